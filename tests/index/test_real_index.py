"""The index over the real sources (and a synthetic corpus made from them at run time, never committed)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.index.test_index import snapshot
from tests.katalogus import omgeving
from wetgeving.cli.index import cited_by_cmd
from wetgeving.index.bouw import build
from wetgeving.index.synthetisch import generate
from wetgeving.verwijzingen.titels import Titelregister

GEMEENTEWET = "BWBR0005416"
XML = ("bwb-xml/BWBR0004627_2025-08-01_kieswet.xml", "bwb-xml/BWBR0015703_2024-01-01_participatiewet.xml")


def partial_sources(sources: Path) -> list[Path]:
    """The catalogue's partial sources (only some artikelen): nothing may be called missing in them."""
    from wetgeving.bronnen.catalogus import Catalogus

    return [sources / b.file for b in Catalogus().bronnen if b.partial]


@pytest.fixture(scope="module")
def real_index(sources: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("real") / "index.sqlite"
    verslag = build(sources, db, Titelregister.voor(omgeving()), jobs=2, partial=partial_sources(sources))
    assert verslag.gelezen >= 10
    assert [Path(p).name for p, _ in verslag.fouten] == ["zorgtoeslag-wti.xml"]  # wetstechnische informatie
    return db


def test_cited_by_artikel_86_gemeentewet(real_index: Path) -> None:
    """Issue 16: art. 155g lid 7 with its text, and no provision that cites 'artikel 86' of another law."""
    res = CliRunner().invoke(cited_by_cmd, ["artikel 86 Gemeentewet", "--date", "2026-10-01", "--db", str(real_index),
                                            "--format", "json"], obj=omgeving())
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert data["doel"]["bestaat"] is False
    rows = data["citeringen"]
    assert {(r["citeertitel"], r["bron"]) for r in rows} == {("Gemeentewet", "artikel:155g/lid:7"),
                                                              ("Gemeentewet", "artikel:292")}  # 292: the old text
    assert all(r["doel_bwb"] == GEMEENTEWET for r in rows)
    lid7 = next(r for r in rows if r["bron"] == "artikel:155g/lid:7")
    assert "De artikelen 22 en 86, eerste lid" in lid7["tekst"] and lid7["geldig_vanaf"] == "2026-10-01"
    # the index does hold references to an "artikel 86" of other laws: they must not be listed
    con = sqlite3.connect(real_index)
    others = con.execute("SELECT COUNT(*) FROM verwijzing WHERE doel_sleutel = 'artikel:86' AND doel_bwb != ?",
                         (GEMEENTEWET,)).fetchone()[0]
    con.close()
    assert others > 0


def test_jobs_and_dask_build_the_same_index_over_real_and_2000_synthetic_files(
        sources: Path, tmp_path: Path) -> None:
    import distributed  # a test dependency: missing, the test fails

    synth = tmp_path / "synthetisch"
    generate([sources / x for x in XML], synth, 2000, artikelen=1)
    register = Titelregister.voor(omgeving())
    partial = partial_sources(sources)
    a, b = tmp_path / "jobs.sqlite", tmp_path / "dask.sqlite"
    first = build([sources, synth], a, register, jobs=2, partial=partial)
    assert first.bestanden >= 2010 and first.gelezen == first.bestanden
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        build([sources, synth], b, register, scheduler=cluster.scheduler_address, partial=partial)
    assert snapshot(a) == snapshot(b)
    again = build([sources, synth], a, register, jobs=2, partial=partial)
    assert (again.gelezen, again.ongewijzigd) == (0, first.bestanden)  # a second run reads no file
    # the synthetic laws are marked and renamed: none claims to be a real law
    con = sqlite3.connect(a)
    titles = {t for (t,) in con.execute("SELECT citeertitel FROM bestand WHERE pad LIKE ?", (f"{synth}%",))}
    con.close()
    assert titles and all(t.startswith("Synthetische wet ") for t in titles)
