"""Issue 13, item 5 (step 9): an amended text carries the date it is valid from — never the date of the version
it started from. Each test names the provision and the dates it checks."""

from __future__ import annotations

from pathlib import Path

import pytest

from wetgeving.bronnen import native
from wetgeving.cli import main
from wetgeving.locatie import Adres

from ..wijziging.test_real_acts import EXCERPT


def test_an_undated_act_gives_no_dated_text(sources: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Kamerstuk 35 546, nr. 2 (the bill, no inwerkingtreding in the excerpt) applied to the Gemeentewet of
    2022-11-05: the text is not written as 'geldig vanaf 2022-11-05'; with --date it carries that date."""
    out = tmp_path / "gw.xml"
    assert main(["apply", "gemeentewet@2022-11-05", str(sources / EXCERPT), "--partial", "-o", str(out)]) == 2
    assert "geen datum van inwerkingtreding" in capsys.readouterr().err and not out.exists()
    assert main(["apply", "gemeentewet@2022-11-05", str(sources / EXCERPT), "--partial", "-o", str(out),
                 "--date", "2023-04-01"]) == 1  # onderdeel C is cut off: partly applied
    capsys.readouterr()
    assert native.load(out).geldig_vanaf.isoformat() == "2023-04-01"
    assert main(["show", str(out), "artikel 13, eerste lid, onder o"]) == 0
    shown = capsys.readouterr().out
    # dated 2023-04-01, not 2022-11-05 (the base it names as such), and never an official version (no dated JCI)
    assert "gedateerd 2023-04-01: samengestelde tekst: de Gemeentewet geldig vanaf 2022-11-05, met toegepast" in shown
    assert "geen officiële versie" in shown and "&z=" not in shown and "geldig vanaf 2023-04-01" not in shown
    assert main(["diff", "gemeentewet@2022-11-05", str(out)]) == 0
    # helper-133: a text composed from the bill is valid from no date, and no law
    assert ("Gemeentewet: geldig vanaf 2022-11-05 → Gemeentewet: gedateerd 2023-04-01 (samengesteld uit een wetsvoorstel, "
            "geen geldend recht)") in capsys.readouterr().out


def test_a_dated_act_carries_the_date_of_its_last_applied_onderdeel(tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """Tranche 1 (Stb. 2022, 444) on 2023-02-01: the onderdelen of 2023-01-01 apply; the text is valid from
    2023-01-01 (not from 2022-11-05, and not from the date asked)."""
    act = tmp_path / "tranche1.txt"
    assert main(["instructions", "gemeentewet@2022-11-05", "gemeentewet@2023-01-01", "--date", "2023-01-01",
                 "-o", str(act)]) == 0
    out = tmp_path / "gw.xml"
    assert main(["apply", "gemeentewet@2022-11-05", str(act), "--date", "2023-02-01", "-o", str(out)]) == 0
    reg = native.load(out)
    assert reg.geldig_vanaf.isoformat() == "2023-01-01"
    assert reg.get(Adres.parse("artikel:36a/lid:2")) is not None  # the VOG lid of 2023-01-01
