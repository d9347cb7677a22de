"""docs/obligations-coverage.md: every lid of every artikel tranche 1 changed (Stb. 2022, 444; real version
pairs 2022-11-05 → 2023-04-01) that addresses an organ is modelled or explained — one test per row."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.katalogus import omgeving
from wetgeving.compliance.dekking import Rij, rows, stale_notes
from wetgeving.compliance.verplichtingen import verplichtingen
from wetgeving.locatie import Adres
from wetgeving.render.dekking import markdown

DOC = Path(__file__).parents[2] / "docs" / "obligations-coverage.md"


def test_the_document_is_current_and_complete() -> None:
    """The committed coverage table equals a fresh generation from the real sources; nothing unexplained."""
    found = rows(omgeving())
    assert DOC.read_text(encoding="utf-8") == markdown(omgeving(), found), "run: wetgeving obligations --coverage -o " \
        "docs/obligations-coverage.md --force"
    assert "ONVERKLAARD" not in DOC.read_text(encoding="utf-8")
    assert stale_notes(omgeving(), found) == []
    arts = {(r.regeling, r.adres.artikel) for r in found}
    for must in [("gemeentewet", a) for a in ("12", "13", "19", "23", "25", "28", "36a", "41b", "55", "58", "60", "67",
                                               "68", "82", "83", "84", "86", "87", "88", "89", "155a")] + [
            ("provinciewet", "182"), ("kieswet", "P 19"), ("kieswet", "W 4")]:
        assert must in arts, must


def _id(r: Rij) -> str:
    return f"{r.regeling}-{r.adres}-{'+'.join(r.versies)}"


@pytest.fixture(scope="module")
def by_key(sources: Path) -> dict[str, Rij]:
    return {_id(r): r for r in rows(omgeving())}


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "row_id" in metafunc.fixturenames:
        from tests.conftest import sources_dir

        ids = [_id(r) for r in rows(omgeving())] if sources_dir() else ["geen-bronnen"]
        metafunc.parametrize("row_id", ids)


def test_row(row_id: str, by_key: dict[str, Rij]) -> None:
    """One coverage row: its obligations cite the provision in the wording valid in that version, or it is
    explained in corpus/dekking.toml."""
    r = by_key[row_id]
    assert r.verklaard, row_id
    items = {v.id: v for v in verplichtingen()}
    for vid in r.verplichtingen:
        v = items[vid]
        assert any(g.regeling == r.regeling and g.adres is not None
                   and (_within(g.adres, r.adres) or _within(r.adres, g.adres))
                   for p in v.perioden for g in p.grondslagen), (row_id, vid)
    if not r.verplichtingen:
        assert len(r.uitleg) > 30, row_id


def _within(a: Adres, b: Adres) -> bool:
    return a.segmenten[: len(b.segmenten)] == b.segmenten
