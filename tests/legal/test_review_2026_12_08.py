"""Legal review of 2026-12-08; each test names its provision and date."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.legal._cli import run as _run

# --- instructions: a new bijlage is the last onderdeel, and its heading keeps its comma ---------------------------------


def test_a_new_bijlage_comes_after_the_artikelen_with_its_own_heading(
    sources: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Gemeentewet, Markdown mirror 2012-01-01 → 2012-10-01: bijlage I («bedoeld in artikel 124b, eerste lid, van de
    Gemeentewet») was added. Its onderdeel came first (A), before the changes of artikel 123 and later, and its heading
    read «Bijlage I. bedoeld in …» (helper-207). The onderdelen follow the regeling, the bijlage at its end."""
    out, _ = _run(["instructions", "gemeentewet-md@2012-01-01", "gemeentewet-md@2012-10-01"], capsys)
    letters = re.findall(r"^([A-Z]{1,2})$", out, re.M)
    bijlage = out.index("Er wordt een bijlage ingevoegd")
    laatste = out.rindex(f"\n{letters[-1]}\n")
    assert laatste < bijlage and out.index("\nA\n") < bijlage
    assert "Bijlage I, bedoeld in artikel 124b, eerste lid" in out and "Bijlage I. bedoeld" not in out
