"""Gemeentewet art. 86 (geheimhouding in commissies) was repealed with effect from 2023-04-01 by the Wet
bevorderen integriteit en functioneren decentraal bestuur (Stb. 2022, 444; inwerkingtreding Stb. 2022, 504);
art. 155g, zevende lid, still cites "86, eerste lid" in the versions of 2023-04-01 and 2026-10-01, and art. 292
keeps the old art. 86 for geheimhouding imposed before that date. Checked on the index of the four
regelrecht versions of the Gemeentewet (2022-11-05, 2023-01-01, 2023-04-01, 2026-10-01)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.katalogus import omgeving
from wetgeving.index.bouw import build
from wetgeving.index.vragen import cited_by, dangling_all
from wetgeving.verwijzingen.titels import Titelregister


@pytest.fixture(scope="module")
def index(sources: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("gw") / "index.sqlite"
    verslag = build(sources / "gemeentewet" / "regelrecht", db, Titelregister.voor(omgeving()), jobs=2)
    assert verslag.gelezen == 4 and not verslag.fouten
    return db


def test_artikel_86_exists_on_2023_01_01_not_on_2023_04_01(index: Path) -> None:
    register = Titelregister.voor(omgeving())
    before, _ = cited_by(index, "artikel 86 Gemeentewet", date(2023, 3, 31), register)
    after, _ = cited_by(index, "artikel 86 Gemeentewet", date(2023, 4, 1), register)
    assert (before.versie, before.bestaat) == ("2023-01-01", True)
    assert (after.versie, after.bestaat) == ("2023-04-01", False)


def test_155g_lid_7_still_cites_86_on_2026_10_01(index: Path) -> None:
    doel, found = cited_by(index, "artikel 86 Gemeentewet", date(2026, 10, 1), Titelregister.voor(omgeving()))
    assert doel.bestaat is False
    current = [(c.bron, c.historisch) for c in found]
    assert current == [("artikel:155g/lid:7", False), ("artikel:292", True)]  # 292: the old text, rightly
    lid7 = found[0]
    assert lid7.geldig_vanaf == "2026-10-01" and lid7.span == "86, eerste lid"
    assert lid7.tekst.startswith("De artikelen 22 en 86, eerste lid, zijn van overeenkomstige toepassing")
    dangling = {(c.bron, c.doel) for c in dangling_all(index, date(2026, 10, 1))}
    assert ("artikel:155g/lid:7", "artikel:86/lid:1") in dangling
    assert not any(b == "artikel:292" for b, _ in dangling)


def test_no_dangling_reference_to_86_before_2023_04_01(index: Path) -> None:
    dangling = dangling_all(index, date(2023, 1, 1))
    assert not any(c.doel.startswith("artikel:86") for c in dangling)
