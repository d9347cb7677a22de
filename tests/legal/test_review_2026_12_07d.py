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


# --- the reverse-reference index (cited-by) --------------------------------------------------------------------


@pytest.fixture(scope="module")
def gw_index(sources: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.katalogus import omgeving
    from wetgeving.index.bouw import build
    from wetgeving.verwijzingen.titels import Titelregister

    db = tmp_path_factory.mktemp("gw") / "index.sqlite"
    assert not build(sources / "gemeentewet" / "regelrecht", db, Titelregister.voor(omgeving()), jobs=1).fouten
    return db


def test_cited_by_json_names_the_versions_that_cite_a_unit_none_has(gw_index: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 169, vierde lid, of 2022-11-05 cites «artikel 160, eerste lid, onder […] h», which no version has.
    On 2023-01-01 the text answer names that version in a note on stderr; the JSON said only «bestaat: false» and an
    empty list, so a script read «nothing cites it, ever». It now lists the citing versions."""
    out, _ = _run(["cited-by", "artikel 160, eerste lid, onder h, Gemeentewet", "--date", "2023-01-01", "--format",
                   "json", "--db", str(gw_index)], capsys)
    doel = json.loads(out)["doel"]
    assert (doel["bestaat"], doel["verwezen_door_versies"]) == (False, ["2022-11-05"])
    out, _ = _run(["cited-by", "artikel 25 Gemeentewet", "--date", "2023-04-01", "--format", "json", "--db",
                   str(gw_index)], capsys)
    assert json.loads(out)["doel"]["verwezen_door_versies"] == []  # a unit an indexed version has: no such list
