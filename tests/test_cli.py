"""The CLI: thin commands, clear errors, exit codes 0/1/2, atomic outputs."""

from __future__ import annotations

from pathlib import Path

import pytest

from wetgeving.bronnen import native
from wetgeving.cli import main

from .testwet import make_testwet


@pytest.fixture
def testwet_xml(tmp_path: Path) -> Path:
    p = tmp_path / "testwet.xml"
    p.write_bytes(native.dumps(make_testwet()))
    return p


def test_show_real_vog(sources: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WETGEVING_SOURCES", str(sources))
    assert main(["show", "gemeentewet@2023-04-01", "artikel 36a, tweede lid"]) == 0
    out = capsys.readouterr().out
    assert "jci1.3:c:BWBR0005416&artikel=36a&lid=2&z=2023-04-01&g=2023-04-01" in out
    assert "verklaring omtrent het gedrag" in out
    assert "artikel 36a, tweede lid, Gemeentewet" in out


def test_show_kieswet_by_bwb_id(sources: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WETGEVING_SOURCES", str(sources))
    assert main(["show", "BWBR0004627", "artikel:P 19"]) == 0
    out = capsys.readouterr().out
    assert "Artikel P 19" in out and "Stb. 2022, 444" in out


def test_show_file_and_units(testwet_xml: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", str(testwet_xml), "artikel 1, eerste lid, onder b"]) == 0
    out = capsys.readouterr().out
    assert "b. zingen:" in out and "1°. hard;" in out
    assert "jci1.3:c:BWBR9999999&artikel=1&lid=1&o=b" in out
    assert main(["show", str(testwet_xml)]) == 0
    out = capsys.readouterr().out
    assert "Hoofdstuk I. Algemeen" in out and "Artikel 2 [vervallen]" in out


@pytest.mark.parametrize(("args", "code", "needle"), [
    (["show", "{f}", "artikel 3"], 1, "bestaat niet"),
    (["show", "{f}", "artikel 1, derde lid"], 1, "kies een bestaande eenheid"),
    (["show", "geenwet@2023-01-01", "artikel 1"], 2, "onbekende regeling"),
    (["show", "gemeentewet@gisteren"], 2, "geen datum"),
    (["show", "{f}", "onzin"], 1, "niet lezen"),
    (["frobnicate"], 2, "onbekende opdracht frobnicate"),
    (["validate", "/nonexistent/file.xml"], 1, "bestand niet gevonden"),
])
def test_errors(testwet_xml: Path, capsys: pytest.CaptureFixture[str], args: list[str], code: int, needle: str) -> None:
    assert main([a.replace("{f}", str(testwet_xml)) for a in args]) == code
    err = capsys.readouterr().err
    assert needle in err and "Traceback" not in err


def test_validate_and_convert(testwet_xml: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(testwet_xml)]) == 0
    assert "valid" in capsys.readouterr().out
    out = tmp_path / "out.xml"
    assert main(["convert", str(testwet_xml), str(out)]) == 0
    assert native.load(out) == make_testwet()
    # no overwrite without --force, and the file is untouched
    before = out.read_bytes()
    assert main(["convert", str(testwet_xml), str(out)]) == 2
    assert "--force" in capsys.readouterr().err
    assert out.read_bytes() == before
    assert main(["convert", str(testwet_xml), str(out), "--force"]) == 0


def test_convert_real(sources: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WETGEVING_SOURCES", str(sources))
    out = tmp_path / "kieswet.xml"
    assert main(["convert", "kieswet@2025-08-01", str(out)]) == 0
    assert main(["validate", str(out)]) == 0
    assert len(native.load(out).artikelen()) == 631


def test_broken_output_leaves_nothing(testwet_xml: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.xml"
    bad.write_text("<regeling xmlns='urn:wetgeving:regeling:1'>")
    out = tmp_path / "out.xml"
    assert main(["convert", str(bad), str(out)]) == 1
    assert not out.exists() and not list(tmp_path.glob(".out.xml*"))


def test_wetgeving_gemeenten_is_the_default_list(sources: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """The list the web application uses (WETGEVING_GEMEENTEN) is the CLI's default --gemeenten too."""
    monkeypatch.setenv("WETGEVING_SOURCES", str(sources))
    lijst = tmp_path / "cbs.csv"
    lijst.write_text("Gemeentecode,GemeentecodeGM,Gemeentenaam,Provinciecode,ProvinciecodePV,Provincienaam\n"
                     "687,GM0687,Middelburg,29,PV29,Zeeland\n", encoding="utf-8")
    monkeypatch.setenv("WETGEVING_GEMEENTEN", str(lijst))
    assert main(["checklist", "Middelburg", "--date", "2023-04-01", "--no-text"]) == 0
    assert "# Checklist weerbaar bestuur — Middelburg (GM0687)" in capsys.readouterr().out


def test_validate_checks_each_of_our_xml_kinds_against_its_schema(capsys: pytest.CaptureFixture[str]) -> None:
    """helper-75: `validate corpus/verplichtingen.xml` (or an act `instructions` wrote) said «verwacht <regeling>»."""
    corpus = Path(__file__).resolve().parents[1] / "corpus"
    for name, soort in (("verplichtingen.xml", "verplichtingen"), ("tranches/tranche-1.xml", "tranche")):
        assert main(["validate", str(corpus / name)]) == 0
        assert f"geldig — {soort} volgens zijn schema in schemas/" in capsys.readouterr().out


def test_allow_modified_after_the_command_says_where_it_goes(capsys: pytest.CaptureFixture[str]) -> None:
    """helper-65, helper-75: the source-check hint said «geef --allow-modified»; the natural try `wetgeving show
    --allow-modified …` got «onbekende optie» and a help that does not mention it."""
    assert main(["show", "--allow-modified", "gemeentewet", "artikel 1"]) == 2
    err = capsys.readouterr().err
    assert "--allow-modified hoort bij 'wetgeving' zelf, niet bij 'wetgeving show'" in err
    assert "'wetgeving --allow-modified show …'" in err


def test_a_sources_folder_that_does_not_exist_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """helper-75: a mistyped WETGEVING_SOURCES gave «bron … is hier niet aanwezig» and «zet WETGEVING_SOURCES op de map»,
    which it was."""
    monkeypatch.setenv("WETGEVING_SOURCES", str(tmp_path / "bestaat-niet"))
    monkeypatch.setenv("WETGEVING_CACHE", str(tmp_path / "cache"))
    assert main(["show", "gemeentewet", "artikel 1"]) == 1
    assert f"de map van de bronnen {tmp_path / 'bestaat-niet'} bestaat niet" in capsys.readouterr().err


@pytest.mark.parametrize(("args", "needle"), [
    (["show", "gemeentwet@2023-04-01", "artikel 1"], "bedoelt u gemeentewet?"),
    (["show", "gemeentewet@06-12-2026", "artikel 1"], "schrijf de datum als JJJJ-MM-DD, hier gemeentewet@2026-12-06"),
    (["diff", "gemeentewet@2023-01-01", "gemeentewet@2023-04-01", "--format", "text", "-o", "x.docx"],
     "een uitvoerbestand met de extensie .txt"),
])
def test_first_mistakes_get_a_hint_that_helps(args: list[str], needle: str, sources: Path, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """helper-75: a misspelt law name, a Dutch date order and a --format against the extension."""
    monkeypatch.setenv("WETGEVING_SOURCES", str(sources))
    monkeypatch.chdir(tmp_path)
    assert main(args) == 2
    assert needle in capsys.readouterr().err
