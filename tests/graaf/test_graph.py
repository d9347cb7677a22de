"""The provision graph on real data: dangling references, impact, explanation paths, exports."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import networkx as nx
import pytest

from wetgeving.app.verwijzingen import apply_named, graph_for
from wetgeving.cli import main
from wetgeving.graaf.vragen import dangling, explain, impact, orphans
from wetgeving.locatie import Adres
from wetgeving.render.graaf import export


@pytest.fixture(autouse=True)
def _env(sources: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WETGEVING_SOURCES", str(sources))


@pytest.fixture(scope="module")
def gw2023(cat, real):  # type: ignore[no-untyped-def]
    return graph_for(cat, real("gemeentewet@2023-04-01"))


def test_dangling_in_2023_04_01(gw2023) -> None:  # type: ignore[no-untyped-def]
    found = {(c.bron, c.doel) for c in dangling(gw2023)}
    # artikel 155g still cites the repealed artikel 86; artikel 292 cites it on purpose ("zoals dat artikel
    # luidde …", overgangsrecht): not dangling, but kept as a historical reference. Two references cite a lid an
    # existing artikel does not have: 154a has thirteen leden, 200 none. Artikel 98's range «95 tot en met 97» ends in
    # an artikel this version does not have.
    assert found == {("artikel:155g/lid:7", "artikel:86/lid:1"), ("artikel:176a/lid:3", "artikel:154a/lid:14"),
                     ("artikel:203/lid:2/onderdeel:b", "artikel:200/lid:1"), ("artikel:98", "artikel:97")}
    hist = [(u, v) for u, v, d in gw2023.edges(data=True) if d.get("historisch")]
    assert hist == [("artikel:292", "artikel:86")]


def test_dangling_after_applying_tranche1(cat, real) -> None:  # type: ignore[no-untyped-def]
    after = apply_named(cat, real("gemeentewet@2022-11-05"), "1", None)
    found = {(c.bron, c.doel) for c in dangling(graph_for(cat, after))}
    assert ("artikel:155g/lid:7", "artikel:86/lid:1") in found
    assert not any(d.startswith("artikel:25") or d.startswith("artikel:55") for _, d in found)


def test_impact_of_artikel_25(cat, real) -> None:  # type: ignore[no-untyped-def]
    g = graph_for(cat, real("gemeentewet@2022-11-05"))
    direct = impact(g, Adres.parse("artikel:25"))
    assert {Adres.parse(c.bron).artikel for c in direct} == {"19", "23", "82"}
    assert all("25" in c.tekst and c.context for c in direct)
    deeper = {Adres.parse(c.bron).artikel for c in impact(g, Adres.parse("artikel:25"), depth=2)}
    # what cites a citing unit (83, vierde lid, cites 19, tweede lid), not any lid of its artikel (84, eerste lid,
    # cites 83, eerste lid, which has nothing to do with 25; helper-77)
    assert {"83", "155", "197"} <= deeper and "84" not in deeper


def test_explain_theme_to_provision(gw2023) -> None:  # type: ignore[no-untyped-def]
    paths = explain(gw2023, "thema:vog")
    assert ["thema:vog", "onderdeel:tranche-1/I/F", "artikel:36a/lid:2", "verplichting:vog-wethouder"] in [p[:4] for p in paths]
    assert orphans(gw2023)  # some artikelen nothing refers to


@pytest.mark.parametrize("fmt", ["graphml", "json", "dot", "html"])
def test_exports(gw2023, fmt: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = export(gw2023, fmt)
    if fmt == "graphml":
        path = tmp_path / "g.graphml"
        path.write_text(text, encoding="utf-8")
        back = nx.read_graphml(path)
        assert back.number_of_nodes() == gw2023.number_of_nodes()
    elif fmt == "json":
        data = json.loads(text)
        assert len(data["nodes"]) == gw2023.number_of_nodes() and len(data["links"]) == gw2023.number_of_edges()
    elif fmt == "dot":
        assert text.startswith("digraph") and '"artikel:36a" -> ' in text
    else:
        assert "<script" not in text and "http" not in text.replace("http-equiv", "")


def test_svg_when_graphviz_is_installed(tmp_path: Path) -> None:
    if shutil.which("dot") is None:
        import os

        msg = "graphviz not installed (CI installs it; SVG export is optional elsewhere)"
        pytest.fail(msg) if os.environ.get("CI") else pytest.skip(msg)
    out = tmp_path / "kw.svg"
    assert main(["graph", "export", "gemeentewet@2023-04-01", "--format", "svg", "--output", str(out)]) == 0
    assert out.read_text(encoding="utf-8").lstrip().startswith(("<?xml", "<svg"))


def test_html_view_can_be_clicked_through(gw2023, browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page_file = tmp_path / "graaf.html"
    page_file.write_text(export(gw2023, "html"), encoding="utf-8")
    page = browser.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(page_file.as_uri() + "#n-artikel-36a")
    assert page.locator("#n-artikel-36a").is_visible()
    page.locator("#n-thema-vog a").first.click()
    assert page.evaluate("location.hash").startswith("#n-onderdeel-tranche-1")
    assert errors == []
    page.close()


def test_cli(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["graph", "impact", "gemeentewet@2022-11-05", "artikel 25"]) == 0
    out = capsys.readouterr().out
    assert "artikel 19, tweede lid: «artikel 25, tweede lid»" in out and "uit 3 artikelen: 19, 23, 82" in out
    assert main(["graph", "dangling", "gemeentewet@2023-04-01"]) == 0
    assert "4 onopgeloste verwijzingen in gemeentewet@2023-04-01" in capsys.readouterr().out
    assert main(["graph", "dangling", "kieswet@2025-08-01"]) == 0  # E 5a twice in Pa 5, derde lid; Ua 2: «deze paragraaf», none
    assert "9 onopgeloste verwijzingen in kieswet@2025-08-01" in capsys.readouterr().out
    assert main(["graph", "dangling", "participatiewet@2024-01-01"]) == 0  # not 78z, zesde lid: an earlier text
    assert "3 onopgeloste verwijzingen in participatiewet@2024-01-01" in capsys.readouterr().out  # 37: «deze afdeling»
    assert main(["refs", "gemeentewet@2023-04-01", "artikel 36a, tweede lid"]) == 0
    assert "jci1.3:c:BWBR0014194&artikel=28" in capsys.readouterr().out
    assert main(["graph", "explain", "gemeentewet@2023-04-01", "thema:bestaatniet"]) == 1  # as show, since 2026-12-07
