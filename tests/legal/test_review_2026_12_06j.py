"""Legal review of 2026-12-06, eighth session; each test names its provision and date."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.legal._cli import run as _run

# --- cited-by: the VOG of Gemeentewet 36a, tweede lid, asked by the abbreviation a lawyer types ---------------------


def test_cited_by_reads_wjsg_for_the_vog_of_36a_on_2023_01_01(sources: Path, capsys: pytest.CaptureFixture[str],
                                                            tmp_path: Path) -> None:
    """Gemeentewet 36a, tweede lid (2023-01-01): the beoogde wethouder has «een verklaring omtrent het gedrag als
    bedoeld in artikel 28 van de Wet justitiële en strafvorderlijke gegevens». `cited-by "artikel 28 Wjsg"` (the law's
    BWB afkorting) answered «noemt geen wet»; it now finds 36a. An abbreviation the tool does not know is named as
    such, with the ones it knows, instead of «noemt geen wet»."""
    from tests.katalogus import omgeving
    from wetgeving.index.bouw import build
    from wetgeving.verwijzingen.titels import Titelregister

    db = tmp_path / "i.sqlite"
    build(sources / "gemeentewet" / "regelrecht", db, Titelregister.voor(omgeving()), jobs=1)
    out, _ = _run(["cited-by", "artikel 28 Wjsg", "--db", str(db), "--date", "2023-01-01"], capsys)
    assert out.startswith("artikel 28 Wet justitiële en strafvorderlijke gegevens (BWBR0014194) op 2023-01-01")
    assert "- artikel 36a, tweede lid, Gemeentewet (versie geldig vanaf 2023-01-01" in out
    _, err = _run(["cited-by", "artikel 28 Wjg", "--db", str(db)], capsys, 2)
    assert "'Wjg' is geen bekende afkorting (bekend: Awb, BW, " in err and "noem de wet voluit" in err
    _, err = _run(["cited-by", "artikel 28", "--db", str(db)], capsys, 2)
    assert "de verwijzing 'artikel 28' noemt geen wet" in err and "afkorting" not in err
