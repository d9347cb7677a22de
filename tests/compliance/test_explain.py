"""Every obligation's grondslag resolves in the graph, and explain shows theme → source → provision →
obligation → actor for each."""

from __future__ import annotations

from pathlib import Path

import pytest

from wetgeving.app.verwijzingen import graph_for
from wetgeving.cli import main
from wetgeving.compliance.verplichtingen import verplichtingen
from wetgeving.graaf.vragen import explain


@pytest.fixture(autouse=True)
def _env(sources: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WETGEVING_SOURCES", str(sources))


@pytest.mark.parametrize("versie", ["gemeentewet@2023-04-01", "gemeentewet@2026-10-01"])
def test_every_obligation_is_explained(cat, real, versie: str) -> None:  # type: ignore[no-untyped-def]
    g = graph_for(cat, real(versie))
    assert "verplichting:geheimhouding-bekrachtiging" not in g  # ended on 2023-04-01
    for v in verplichtingen():
        key = f"verplichting:{v.id}"
        if key not in g:  # ended, or a bill submitted after the version began (Kamerstuk 36 892: 2026-02-03)
            assert (v.soort == "wettelijk" and v.perioden[-1].tot is not None) or (
                v.soort == "wetsvoorstel" and versie.endswith("2023-04-01")), v.id
            continue
        based = [t for _, t, d in g.out_edges(key, data=True) if d["soort"] == "based_on"]
        recommended = [s for s, _, d in g.in_edges(key, data=True) if d["soort"] == "recommends"]
        assert (recommended if v.soort == "aanbeveling" else based), v.id
        assert not (based and v.soort == "aanbeveling"), v.id  # never a statutory grondslag
        paths = explain(g, key)
        assert paths, v.id
        unknown = v.normadressaten == ("onbekend",)  # a bill that does not say who bears the duty
        full = [p for p in paths if p[0] == f"thema:{v.thema}" and (unknown or p[-1].startswith("actor:")) and key in p]
        assert full, (v.id, paths)
        if v.bron_tranche == "tranche-1":
            assert any(p[1].startswith("onderdeel:tranche-1/") for p in full), v.id


def test_cli_explain(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["graph", "explain", "gemeentewet@2023-04-01", "verplichting:vog-wethouder"]) == 0
    out = capsys.readouterr().out
    assert "[thema:vog]" in out and "[onderdeel:tranche-1/I/F]" in out and "[actor:wethouder]" in out
