"""Legal review of 2026-12-07 (fourth session); each test names its provision and date."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tests.legal._cli import run as _run


def _vastleggen(tmp_path: Path, capsys: pytest.CaptureFixture[str], vid: str, status: str, op: str) -> Path:
    db = tmp_path / "r.sqlite"
    _run(["register", "record", "GM0363", vid, "--status", status, "--who", "griffier", "--op", op, "--register",
          str(db), "--create"], capsys)
    return db


# --- the register in the checklist's data formats ---------------------------------------------------------------


def test_preparation_is_a_field_of_its_own_in_json_and_csv(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Gemeentewet 36a, tweede lid (the VOG), in force from 2023-01-01; «voldoet» recorded about 2022-12-31 and the
    checklist of 2022-12-31. The JSON and CSV status read «voldoet (als voorbereiding: de verplichting gold toen nog
    niet)»: a filter on «voldoet» missed it, and whether it was preparation could only be read from prose. Now the
    status is the status, and «als_voorbereiding» says the rest; the Markdown still says it in words."""
    db = _vastleggen(tmp_path, capsys, "vog-wethouder", "voldoet", "2022-12-31")
    args = ["checklist", "GM0363", "--date", "2022-12-31", "--register", str(db), "--no-text"]
    out, _ = _run([*args, "--format", "json"], capsys)
    b = next(r for r in json.loads(out)["verplichtingen"] if r["id"] == "vog-wethouder")["beoordeling"]
    assert (b["status"], b["als_voorbereiding"]) == ("voldoet", True)
    assert b["status_getoond"] == "voldoet (als voorbereiding: de verplichting gold toen nog niet)"
    out, _ = _run([*args, "--format", "csv"], capsys)
    rij = next(r for r in csv.DictReader(io.StringIO(out)) if r["kenmerk"] == "vog-wethouder")
    assert (rij["beoordeling"], rij["als_voorbereiding"]) == ("voldoet", "ja")
    out, _ = _run(args, capsys)
    assert "voldoet (als voorbereiding: de verplichting gold toen nog niet)" in out


def test_an_assessment_of_a_duty_in_force_is_not_preparation(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Gemeentewet 36a, tweede lid, in force from 2023-01-01; «voldoet» about 2023-02-01 and the checklist of 2023-02-01:
    compliance with law in force, so «als_voorbereiding» is false (JSON) and empty (CSV)."""
    db = _vastleggen(tmp_path, capsys, "vog-wethouder", "voldoet", "2023-02-01")
    args = ["checklist", "GM0363", "--date", "2023-02-01", "--register", str(db), "--no-text"]
    out, _ = _run([*args, "--format", "json"], capsys)
    b = next(r for r in json.loads(out)["verplichtingen"] if r["id"] == "vog-wethouder")["beoordeling"]
    assert (b["status"], b["als_voorbereiding"], b["status_getoond"]) == ("voldoet", False, "voldoet")
    out, _ = _run([*args, "--format", "csv"], capsys)
    rij = next(r for r in csv.DictReader(io.StringIO(out)) if r["kenmerk"] == "vog-wethouder")
    assert (rij["beoordeling"], rij["als_voorbereiding"]) == ("voldoet", "")
