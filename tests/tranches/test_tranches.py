"""The tranches in the corpus, checked against the real versions of the law."""

from __future__ import annotations

import json
import shutil
import zipfile
from datetime import date
from pathlib import Path

import pytest

from tests.katalogus import omgeving
from wetgeving.bronnen.catalogus import corpus_dir
from wetgeving.cli import main
from wetgeving.programma import load_programma
from wetgeving.tranches.bouwen import build
from wetgeving.tranches.controle import check_corpus
from wetgeving.tranches.lezen import tranche, tranches
from wetgeving.wijziging.toepassen import apply
from wetgeving.wijziging.vergelijk import differences, shape


@pytest.fixture(autouse=True)
def _sources_env(sources: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WETGEVING_SOURCES", str(sources))


def test_corpus_is_valid_and_consistent(capsys: pytest.CaptureFixture[str]) -> None:
    assert check_corpus(omgeving()) == []
    assert main(["validate", str(corpus_dir())]) == 0
    out = capsys.readouterr().out
    assert "samenhang: 0 fouten" in out and "tranche-1.xml: geldig (tranche)" in out


def test_every_onderdeel_is_complete() -> None:
    themes = {t.id for t in load_programma().themas}
    count = 0
    for tr in tranches():
        for w, o in tr.onderdelen():
            count += 1
            assert o.thema in themes and o.doelen and o.inwerking and o.samenvatting, o.id
            assert w.stadia and (w.voor or w.stadia[-1].na)
    assert count >= 30


@pytest.mark.parametrize(("when", "version"), [(date(2023, 1, 1), "gemeentewet@2023-01-01"),
                                               (date(2023, 4, 1), "gemeentewet@2023-04-01")])
def test_tranche1_plus_other_changes_reproduce_the_real_versions(real, when: date, version: str) -> None:  # type: ignore[no-untyped-def]
    base = real("gemeentewet@2022-11-05")
    t1 = apply(base, build(omgeving(), tranche("1")).act, when=when)
    both = apply(t1.regeling, build(omgeving(), tranche("overig-2023")).act, when=when)
    assert t1.ok and both.ok
    assert differences(both.regeling, real(version)) == []


def test_tranche1_alone_reproduces_its_own_units(real) -> None:  # type: ignore[no-untyped-def]
    base, final = real("gemeentewet@2022-11-05"), real("gemeentewet@2023-04-01")
    alone = apply(base, build(omgeving(), tranche("1")).act).regeling
    others = {d for _, o in tranche("overig-2023").onderdelen() for d in o.doelen}
    checked = 0
    for w, o in tranche("1").onderdelen():
        if w.regeling != "gemeentewet":
            continue
        for d in o.doelen:
            assert not any(d.is_within(x) or x.is_within(d) for x in others)
            assert shape(alone.get(d)) == shape(final.get(d)) if final.get(d) else alone.get(d) is None, d
            checked += 1
    assert checked >= 22


def test_real_instruction_text_is_used_where_known() -> None:
    b = build(omgeving(), tranche("1"))
    assert b.herkomst["I/A"] == "echt" and b.herkomst["I/B"] == "echt"
    assert b.herkomst["I/C"] == "echt, aangevuld"  # the source is cut off in C, point 3
    assert all(v == "gereconstrueerd" for k, v in b.herkomst.items() if k not in ("I/A", "I/B", "I/C"))
    (c,) = [o for a, o in b.act.onderdelen() if a.nr == "I" and o.nr == "C"]
    assert c.gereconstrueerd and "Aangevuld uit de geconsolideerde tekst" in c.tekst


def test_kieswet_attribution_agrees_with_official_metadata(real) -> None:  # type: ignore[no-untyped-def]
    kw = real("kieswet@2025-08-01")
    w = tranche("1").wijziging("kieswet")
    assert w is not None and not w.voor  # the earlier text is not available offline
    for o in w.onderdelen:
        art = kw.get(o.doelen[0])
        assert art.bron == "Stb. 2022, 444" and art.inwerking == o.inwerking  # type: ignore[union-attr]


def test_show_gives_real_current_text(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["tranche", "show", "1", "--theme", "toezicht-ter-plaatse"]) == 0
    out = capsys.readouterr().out
    assert "alle vergaderingen van het gemeentebestuur bij te wonen" in out
    assert main(["tranche", "show", "1", "--theme", "zetelherverdeling-lijstuitputting"]) == 0
    out = capsys.readouterr().out
    assert "Tekst vóór: niet beschikbaar" in out and "Artikel P 19" in out and "negentien" in out
    assert main(["tranche", "show", "1", "--theme", "bestaatniet"]) == 2


def test_timeline_and_list(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["tranche", "timeline"]) == 0
    out = capsys.readouterr().out
    assert out.index("2023-01-01") < out.index("2023-04-01") < out.index("wetsvoorstel")
    assert "gemeentewet artikel 36a — Verklaring omtrent het gedrag (onderdeel F, letter door ons afgeleid)" in out
    assert main(["tranche", "list"]) == 0
    assert "Kamerstuk 36 892" in capsys.readouterr().out


def test_tranche_diff_by_date(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["tranche", "diff", "1", "--law", "gemeentewet", "--date", "2023-01-01"]) == 0
    early = capsys.readouterr().out
    assert "Artikel 36a" in early and "Artikel 87" not in early
    assert main(["tranche", "diff", "1", "--law", "gemeentewet"]) == 0
    full = capsys.readouterr().out
    assert "Artikel 87 — ingevoegd" in full and "Artikel 184" not in full  # the rekenkamer is not tranche 1


@pytest.mark.parametrize("fmt", ["text", "html", "docx", "json"])
def test_tranche2_draft_is_labelled_illustrative_everywhere(tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"t2.{fmt}"
    assert main(["tranche", "diff", "2", "--law", "gemeentewet", "--format", fmt, "--output", str(out)]) == 0
    if fmt == "docx":
        with zipfile.ZipFile(out) as z:
            body = z.read("word/document.xml").decode("utf-8")
    else:
        body = out.read_text(encoding="utf-8")
    assert "ILLUSTRATIEF" in body and "geen officiële tekst" in body
    assert "36c" in body
    if fmt == "json":
        assert json.loads(body)["label"].startswith("ILLUSTRATIEF")


def test_broken_corpus_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(corpus_dir(), corpus)
    t1 = corpus / "tranches" / "tranche-1.xml"
    text = t1.read_text(encoding="utf-8")
    text = text.replace('thema="vog"', 'thema="onbekend-thema"')
    text = text.replace("<doel>artikel:58</doel>", "<doel>artikel:58z</doel>")
    t1.write_text(text, encoding="utf-8")
    (corpus / "tranches" / "overig-2023.xml").unlink()  # the rekenkamer changes are now unattributed
    tranches.cache_clear()
    try:
        assert main(["validate", str(corpus)]) == 1
    finally:
        tranches.cache_clear()
    err = capsys.readouterr().err
    assert "onbekend thema 'onbekend-thema'" in err
    assert "artikel:58z bestaat niet" in err
    assert "artikel 81a: wijziging die aan geen onderdeel is toegeschreven" in err


def test_schema_error_in_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(corpus_dir(), corpus)
    t2 = corpus / "tranches" / "tranche-2.xml"
    t2.write_text(t2.read_text(encoding="utf-8").replace('status="wetsvoorstel"', 'status="misschien"'), encoding="utf-8")
    assert main(["validate", str(corpus)]) == 1
    assert "tranche-2.xml" in capsys.readouterr().err


def test_tranche_build_is_verified_on_every_call(tmp_path: Path, sources: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """The built tranche is cached per state of its sources, never past a check: a build made from a modified
    copy allowed in one scope (one command, one web request) is refused in the next scope that does not allow
    it, and a source changed after a good build is refused too."""
    import shutil

    from wetgeving.bronnen import integriteit
    from wetgeving.bronnen.integriteit import SourceModifiedError
    from wetgeving.tranches.bouwen import build
    from wetgeving.tranches.lezen import tranche

    copy = tmp_path / "bronnen"
    shutil.copytree(sources, copy)
    f = copy / "tranche1/kst-35546-2-voorstel-van-wet.EXCERPT.txt"
    f.chmod(0o644)
    monkeypatch.setenv("WETGEVING_SOURCES", str(copy))
    monkeypatch.setenv("WETGEVING_CACHE", str(tmp_path / "geen-cache"))
    with integriteit.scope():
        good = build(omgeving(), tranche("1"))
        assert not integriteit.used()
    original = f.read_bytes()
    f.write_bytes(original[:-2] + original[-2:].swapcase())  # one letter at the cut-off end, still parseable
    with integriteit.scope(allow=True):
        build(omgeving(), tranche("1"))
        assert [a.bron for a in integriteit.used()] == ["kst-35546-2"]
    with integriteit.scope(), pytest.raises(SourceModifiedError):
        build(omgeving(), tranche("1"))
    f.write_bytes(original)
    with integriteit.scope():
        assert build(omgeving(), tranche("1")) == good
