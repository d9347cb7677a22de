"""Bad input on the command line: a clear message and exit code, never a traceback or half an output."""

from __future__ import annotations

import os
import stat
from dataclasses import replace
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


def _register(path: Path) -> None:
    """An empty register at ``path``."""
    from wetgeving.app.naleving import open_register

    open_register(path, write=True, create=True).close()


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    """Exit code and stderr+stdout (the error message goes to stderr)."""
    code = main(args)
    got = capsys.readouterr()
    assert "Traceback" not in got.err
    return code, got.err + got.out


def test_output_under_a_file_is_an_error(testwet_xml: Path, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    code, err = _run(["convert", str(testwet_xml), str(testwet_xml / "x.xml")], capsys)
    assert code == 1 and "niet schrijven" in err and str(testwet_xml) in err


def test_force_never_replaces_something_that_is_not_a_file(testwet_xml: Path, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    code, err = _run(["convert", str(testwet_xml), str(fifo), "--force"], capsys)
    assert code == 1 and "geen gewoon bestand" in err
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_author_with_control_character(testwet_xml: Path, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "d.docx"
    code, err = _run(["diff", str(testwet_xml), str(testwet_xml), "--format", "docx", "-o", str(out),
                      "--author", "a\x01b"], capsys)
    assert code == 2 and "stuurteken" in err and not out.exists()


@pytest.mark.parametrize("teken", ["\u202e", "\u2066", "\u200f"])
def test_a_direction_control_is_refused_in_what_a_person_writes(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                                teken: str) -> None:
    """helper-206 (2026-12-08): a reason with U+202E was recorded, and the text after it read reversed (a date
    10-50-3202 as 2023-05-01); the same for --author, whose name goes on every revision of a Word document."""
    reg = tmp_path / "reg.sqlite"
    code, err = _run(["register", "record", "GM0363", "vog-wethouder", "--status", "voldoet", "--who", "Griffie",
                      "--op", "2023-01-02", "--reason", f"besluit {teken}10-50-3202", "--register", str(reg), "--create"],
                     capsys)
    assert code == 2 and f"--reason bevat een stuurteken (U+{ord(teken):04X}, dat de leesrichting verandert)" in err
    assert not reg.exists()


def test_an_old_row_with_a_direction_control_is_kept_and_shown_visibly(tmp_path: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    """helper-212 (2026-12-08): a register's own export was refused on import for a reason recorded before `record`
    refused direction controls; such a row is kept, and `register history` shows the character instead of obeying it."""
    f = tmp_path / "in.csv"
    f.write_text(EXPORT_HEADER + "GM0363,vog-wethouder,voldoet,besluit \u202e10-50-3202,,,Griffie,2023-01-02T10:00:00+00:00,"
                 "2023-01-02,,\n", encoding="utf-8")
    reg = tmp_path / "reg.sqlite"
    code, _ = _run(["register", "import", "--create", str(f), "--register", str(reg)], capsys)
    assert code == 0
    code, out = _run(["register", "history", "--register", str(reg)], capsys)
    assert code == 0 and "reden: besluit [U+202E]10-50-3202" in out and "\u202e" not in out


@pytest.mark.usefixtures("sources")
def test_an_old_reason_of_niet_van_toepassing_is_shown_visibly_in_the_status(tmp_path: Path,
                                                                          capsys: pytest.CaptureFixture[str]) -> None:
    """helper-219 (2026-12-08): the reason of an older «niet van toepassing» row went raw into the status line of the
    checklist («volgens de beoordeling van de gemeente niet van toepassing (…)»)."""
    f = tmp_path / "in.csv"
    f.write_text(EXPORT_HEADER + "GM0363,vog-wethouder,niet-van-toepassing,geen\u202e reden,,,Griffie,"
                 "2023-01-02T10:00:00+00:00,2023-01-02,vanaf-2023-01-01,\n", encoding="utf-8")
    reg = tmp_path / "reg.sqlite"
    assert _run(["register", "import", "--create", str(f), "--register", str(reg)], capsys)[0] == 0
    code, out = _run(["checklist", "GM0363", "--date", "2023-01-15", "--register", str(reg)], capsys)
    assert code == 0 and "niet van toepassing (geen[U+202E] reden)" in out and "\u202e" not in out


def test_a_byte_that_is_no_utf8_is_named_as_such() -> None:
    """helper-221 (2026-12-08): a Latin-1 «é» read from the command line was named «stuurteken (U+DCE9)», Python's own
    stand-in for the byte."""
    from wetgeving.util import stuurteken, stuurteken_genoemd

    tekst = "caf\udce9"
    assert stuurteken_genoemd(tekst, stuurteken(tekst) or 0) == "een byte die geen UTF-8 is: 0xE9"


def test_ordinary_dutch_text_has_no_control_character() -> None:
    from wetgeving.util import stuurteken

    assert stuurteken("Besluit van de raad, artikel 36a, tweede lid — «zie bijlage» § 3, 1°, café, coördinatie") is None
    assert stuurteken("regel\nregel\ttab") is None  # a line break and a tab are ordinary text
    assert stuurteken("a\x01b") == 1 and stuurteken("ab\u061c") == 2


def test_an_output_that_is_an_input_is_refused_even_with_force(testwet_xml: Path, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    """helper-205 (2026-12-08): «register export --register r.txt -o r.txt --force» wrote CSV over the register it read;
    «convert a.xml a.xml --force» and a checklist over its own list of gemeenten likewise. --force replaces an earlier
    result, never the input."""
    reg = tmp_path / "reg.txt"  # an extension that does not give it away
    _register(reg)
    before = reg.read_bytes()
    code, err = _run(["register", "export", "--register", str(reg), "-o", str(reg), "--force"], capsys)
    assert code == 2 and "is ook een bestand dat deze opdracht leest" in err and reg.read_bytes() == before
    code, err = _run(["convert", str(testwet_xml), str(testwet_xml), "--force"], capsys)
    assert code == 2 and "is ook een bestand dat deze opdracht leest" in err
    code, _ = _run(["convert", str(testwet_xml), str(tmp_path / "b.xml"), "--force"], capsys)  # another file: written
    assert code == 0 and (tmp_path / "b.xml").exists()


def test_nothing_in_the_folder_of_the_sources_is_overwritten(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """helper-217 (2026-12-08): «obligations -o <bronnen>/PROVENANCE.md --force» replaced the sources' provenance record."""
    bronnen = tmp_path / "bronnen"
    bronnen.mkdir()
    (bronnen / "PROVENANCE.md").write_text("herkomst\n", encoding="utf-8")
    monkeypatch.setenv("WETGEVING_SOURCES", str(bronnen))
    code, err = _run(["obligations", "-o", str(bronnen / "PROVENANCE.md"), "--force"], capsys)
    assert code == 2 and "staat in de map van de bronnen" in err
    assert (bronnen / "PROVENANCE.md").read_text(encoding="utf-8") == "herkomst\n"
    code, err = _run(["obligations", "-o", str(bronnen / "nieuw.md")], capsys)  # nor a new file (helper-219)
    assert code == 2 and "staat in de map van de bronnen" in err and not (bronnen / "nieuw.md").exists()
    assert f"({bronnen.resolve()}; WETGEVING_SOURCES of de cache van de bronnen)" in err  # which folder (helper-220)
    # nor a register, an index, or the checklists of every gemeente (helper-220)
    code, err = _run(["register", "record", "GM0363", "vog-wethouder", "--status", "voldoet", "--who", "A", "--op",
                      "2023-02-01", "--register", str(bronnen / "r.sqlite"), "--create"], capsys)
    assert code == 2 and "staat in de map van de bronnen" in err and not (bronnen / "r.sqlite").exists()
    code, err = _run(["index", "build", str(tmp_path), "--db", str(bronnen / "i.sqlite")], capsys)
    assert code == 2 and "staat in de map van de bronnen" in err and not (bronnen / "i.sqlite").exists()
    code, err = _run(["checklist", "--all", "-o", str(bronnen / "alle")], capsys)
    assert code == 2 and "staat in de map van de bronnen" in err
    assert sorted(p.name for p in bronnen.iterdir()) == ["PROVENANCE.md"]


@pytest.mark.parametrize(("args", "ext"), [(["convert", "{wet}", "{uit}"], ".yaml"), (["convert", "{wet}", "{uit}"], ".yml"),
                                          (["register", "export", "-o", "{uit}"], ".sqlite")])
def test_an_extension_of_a_format_only_read_is_refused(testwet_xml: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                       args: list[str], ext: str) -> None:
    """helper-205 (2026-12-08): «convert … gw.yaml» wrote XML that `show gw.yaml` then refused as YAML, with a «let op»
    that called .yaml unknown; «register export -o r.sqlite» wrote CSV into a file named as a register."""
    uit = tmp_path / f"uit{ext}"
    reg = tmp_path / "reg.sqlite"
    _register(reg)
    code, err = _run([a.format(wet=testwet_xml, uit=uit) for a in args] + (["--register", str(reg)] if "register" in args
                                                                             else []), capsys)
    assert code == 2 and f"heeft de extensie {ext}, maar deze opdracht schrijft" in err and not uit.exists()


def test_our_xml_is_known_by_its_root_element(testwet_xml: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """helper-205 (2026-12-08): a valid file of ours with a long comment before <regeling> was called «verwacht <toestand>
    (BWB toestand XML)», and so was a <regeling> without its namespace, with advice that did not fit."""
    data = testwet_xml.read_bytes()
    eind = data.index(b"?>") + 2
    lang = tmp_path / "lang.xml"
    lang.write_bytes(data[:eind] + b"\n<!-- " + b"x" * 5000 + b" -->\n" + data[eind:])
    code, out = _run(["validate", str(lang)], capsys)
    assert code == 0 and "geldig" in out
    kaal = tmp_path / "kaal.xml"
    kaal.write_bytes(data.replace(b' xmlns="urn:wetgeving:regeling:1"', b""))
    code, err = _run(["validate", str(kaal)], capsys)
    assert code == 1 and "zet xmlns=\"urn:wetgeving:regeling:1\"" in err and "toestand" not in err


def test_a_scheduler_address_that_is_none_is_said(testwet_xml: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """helper-205 (2026-12-08): «index build … --scheduler nonsense» ended in a traceback (Dask's ValueError)."""
    pytest.importorskip("distributed")  # in the test extras
    (tmp_path / "in").mkdir()
    testwet_xml.rename(tmp_path / "in" / "wet.xml")
    code, err = _run(["index", "build", str(tmp_path / "in"), "--db", str(tmp_path / "i.sqlite"), "--scheduler", "nonsense"],
                     capsys)
    assert code == 2 and "--scheduler 'nonsense' is geen adres van een Dask-scheduler" in err
    assert not (tmp_path / "i.sqlite").exists()


def test_a_data_folder_that_is_a_file_is_called_so(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """helper-205 (2026-12-08): WETGEVING_DATA naming a file was «de map … bestaat niet»."""
    (tmp_path / "f").write_text("x", encoding="utf-8")
    monkeypatch.setenv("WETGEVING_DATA", str(tmp_path / "f"))
    monkeypatch.delenv("WETGEVING_REGISTER", raising=False)
    code, err = _run(["register", "history"], capsys)
    assert code == 2 and "WETGEVING_DATA wijst naar" in err
    assert "en dat is een bestand, geen map; een register kan daar niet staan" in err  # helper-221


def test_two_different_regelingen_are_not_compared(testwet_xml: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "andere.xml"
    other.write_bytes(native.dumps(replace(make_testwet(), bwb_id="BWBR9999998", citeertitel="Anderewet")))
    for verb in ("diff", "instructions"):
        code, err = _run([verb, str(testwet_xml), str(other)], capsys)
        assert code == 2 and "verschillende regelingen" in err


@pytest.mark.parametrize(("args", "code", "needle"), [
    (["show", "{f}", "artikel 1 artikel 3"], 1, "meer dan één eenheid"),
    (["show", "{f}", "jci1.3:c:BWBR0004627&artikel=1"], 1, "noemt de Kieswet (BWBR0004627)"),
    (["show", "gemeentewet@", "artikel 1"], 2, "geen datum"),
    (["diff", "{f}", "{f}", "--only", "artikel 99"], 1, "bestaat niet"),
    (["graph", "impact", "{f}", "artikel 99"], 1, "bestaat niet"),
    (["graph", "impact", "{f}", "artikel 1", "--depth", "0"], 2, "--depth"),
    (["tranche", "show", ""], 2, "onbekende tranche"),
    (["obligations", "--theme", "nope"], 2, "bekend:"),
    (["obligations", "--actor", "nope"], 2, "bekend:"),
])
def test_bad_arguments(testwet_xml: Path, capsys: pytest.CaptureFixture[str], args: list[str], code: int,
                       needle: str) -> None:
    got, err = _run([a.replace("{f}", str(testwet_xml)) for a in args], capsys)
    assert got == code and needle in err


def test_act_for_another_regeling(testwet_xml: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    act = tmp_path / "act.txt"
    act.write_text("ARTIKEL I\n\nDe Kieswet wordt als volgt gewijzigd:\n\nA\n\n"
                   "In artikel 1 wordt «raad» vervangen door «college».\n", encoding="utf-8")
    out = tmp_path / "out.xml"
    code, err = _run(["apply", str(testwet_xml), str(act), "-o", str(out)], capsys)
    assert code == 2 and "geen onderdeel wijzigt de Testwet" in err and not out.exists()


EXPORT_HEADER = "gemeente,verplichting,status,reden,bewijs,notitie,wie,wanneer,op,periode,tekst\n"


@pytest.mark.parametrize(("row", "needle"), [
    ("GM9999,vog-wethouder,voldoet,,,,Griffie,2023-01-02T10:00:00+00:00,2023-01-02,,", "onbekende gemeente"),
    ("GM0363,nope,voldoet,,,,Griffie,2023-01-02T10:00:00+00:00,2023-01-02,,", "onbekende verplichting"),
    ("GM0363,vog-wethouder,voldoet,,,,Griffie,2023-13-45,2023-01-02,,",
     "'wanneer' ('2023-13-45') bestaat niet: er is geen maand 13"),
    ("GM0363,vog-wethouder,voldoet,,,,Griffie,2023-01-02T10:00:00+00:00,2023-02-31,,",
     "'op' ('2023-02-31') bestaat niet: februari 2023 heeft 28 dagen"),
    ("GM0363,vog-wethouder,voldoet,,,,Griffie,2023-01-02T10:00:00+00:00,1-2-2023,,",
     "'op' ('1-2-2023') is geen datum JJJJ-MM-DD"),
    ("GM0363,vog-wethouder,niet-van-toepassing,,,,Griffie,2023-01-02T10:00:00+00:00,2023-01-02,,", "zonder reden"),
    ("GM0363,vog-wethouder,voldoet,,,,Griffie", "verkeerd aantal kolommen"),
    # helper-206 (2026-12-08): a direction control makes the text read other than it was recorded
    # (recorded after `record` refused it; one recorded before is kept: test_an_old_row_with_a_direction_control…)
    ("GM0363,vog-wethouder,voldoet,,,x\u202ey,Griffie,2026-12-08T01:00:00+00:00,2023-01-02,,",
     "een stuurteken in 'notitie' (U+202E, dat de leesrichting verandert)"),
])
def test_register_import_checks_every_row(tmp_path: Path, capsys: pytest.CaptureFixture[str], row: str,
                                          needle: str) -> None:
    from wetgeving.compliance.register import FIELDS

    assert EXPORT_HEADER.strip() == ",".join(FIELDS)
    good = "GM0363,vog-wethouder,voldoet,,,,Griffie,2023-01-02T10:00:00+00:00,2023-01-02,vanaf-2023-01-01,"
    f = tmp_path / "in.csv"
    f.write_text(EXPORT_HEADER + good + "\n" + row + "\n", encoding="utf-8")
    reg = tmp_path / "reg.sqlite"
    code, err = _run(["register", "import", "--create", str(f), "--register", str(reg)], capsys)
    assert code == 1 and needle in err and "in.csv:3" in err
    code, out = _run(["register", "history", "--register", str(reg)], capsys)
    assert code == 2 and "er is geen register" in out and not reg.exists()  # all or nothing: not even a new register


@pytest.mark.parametrize("data", [b"\xff\xfeG\x00M\x00", bytes(range(256)) * 4, "a,b\n1,2\n".encode("utf-16")])
def test_unreadable_csv_files(tmp_path: Path, capsys: pytest.CaptureFixture[str], data: bytes) -> None:
    f = tmp_path / "x.csv"
    f.write_bytes(data)
    code, err = _run(["register", "import", "--create", str(f), "--register", str(tmp_path / "r.sqlite")], capsys)
    assert code == 1 and "x.csv" in err
    _register(tmp_path / "r.sqlite")
    code, err = _run(["checklist", "GM0363", "--gemeenten", str(f), "--register", str(tmp_path / "r.sqlite")],
                     capsys)
    assert code == 1 and "x.csv" in err


def test_register_under_a_file(testwet_xml: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, err = _run(["register", "history", "--register", str(testwet_xml / "r.sqlite")], capsys)
    assert code == 1 and "kan het register niet openen" in err


def test_batch_refuses_before_writing_anything(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "lijsten"
    out.mkdir()
    (out / "GM0363-2023-04-15.md").write_text("al hier", encoding="utf-8")
    _register(tmp_path / "r.sqlite")
    code, err = _run(["checklist", "--all", "--date", "2023-04-15", "--format", "markdown", "-o", str(out),
                      "--register", str(tmp_path / "r.sqlite")], capsys)
    assert code == 2 and "1 checklist bestaat al" in err  # one file: singular (issue 14)
    assert [p.name for p in out.iterdir()] == ["GM0363-2023-04-15.md"]


# --- second review round -----------------------------------------------------------------------------


def _act(tmp_path: Path, body: str, name: str = "act.txt", prefix: bytes = b"") -> Path:
    p = tmp_path / name
    p.write_bytes(prefix + ("ARTIKEL I\n\nDe Testwet wordt als volgt gewijzigd:\n\n" + body).encode("utf-8"))
    return p


@pytest.mark.parametrize(("body", "needle"), [
    ("A\n\nDe artikelen 1 tot en met 99999999 vervallen.\n", "langer dan 1000"),
    ("A\n\nArtikelen 1a en 2 vervallen, onder vernummering van artikel P 19 tot artikel P 20.\n", "1 toegepast"),
    ("A\n\nArtikel 1a vervalt.\n\nA\n\nArtikel 2 vervalt.\n", "komt twee keer voor"),
])
def test_act_prose_never_crashes_or_hangs(testwet_xml: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                          body: str, needle: str) -> None:
    _run(["parse-act", str(_act(tmp_path, body))], capsys)  # no traceback (checked in _run), no hang
    _, out = _run(["apply", str(testwet_xml), str(_act(tmp_path, body))], capsys)
    assert needle in out


def test_unreadable_date_line_fails_the_apply(testwet_xml: Path, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    act = _act(tmp_path, "A\n\nArtikel 1a vervalt.\n\nARTIKEL II\n\n"
                         "Deze wet treedt in werking met ingang van 1 januarie 2030.\n")
    out = tmp_path / "out.xml"
    code, text = _run(["apply", str(testwet_xml), str(act), "-o", str(out)], capsys)
    assert code == 1 and "de wijzigingsregeling: mislukt" in text and not out.exists()


def test_act_with_bom_reads(testwet_xml: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    act = _act(tmp_path, "A\n\nArtikel 1a vervalt.\n", prefix=b"\xef\xbb\xbf")
    code, text = _run(["apply", str(testwet_xml), str(act)], capsys)
    assert code == 0 and "1 toegepast" in text


R = 'xmlns="urn:wetgeving:regeling:1"'


@pytest.mark.parametrize(("actie", "needle"), [
    ('<aanduiding-vervalt artikel="artikel:1a/lid:1" lid="1" label="1."/>', "voor een lid van een artikel"),
    ('<vervangen doel="artikel:1a"><oud></oud><nieuw>x</nieuw></vervangen>', "noemt geen woorden"),
    (f'<invoegen ouder="hoofdstuk:I"><lid {R} nr="9"><al>x</al></lid></invoegen>', "in een artikel ingevoegd"),
    ('<vernummeren ouder="artikel:1a" soort="lid"><paar van="1" naar="2"/><paar van="2" naar="2"/></vernummeren>',
     "hetzelfde nieuwe nummer"),
    (f'<komt-te-luiden doel="artikel:1a"><lid {R} nr="9"><al>x</al></lid></komt-te-luiden>', "kan niet luiden als"),
    ('<leesteken-vervangen doel="artikel:1a" oud="." nieuw="."/>', "door zichzelf vervangen"),
])
def test_malformed_xml_actions_are_refused_where_they_are_read(testwet_xml: Path, tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str], actie: str,
                                                               needle: str) -> None:
    """A typed action cannot hold a shape that makes no sense: reading the XML refuses it, naming file and line."""
    act = tmp_path / "act.xml"
    act.write_text(
        '<wijzigingsregeling xmlns="urn:wetgeving:wijziging:1" titel="T"><artikel nr="I" regeling="testwet" '
        f'citeertitel="Testwet" bwb-id="BWBR9999999"><onderdeel nr="A"><tekst>x</tekst>{actie}</onderdeel>'
        '</artikel></wijzigingsregeling>', encoding="utf-8")
    code, text = _run(["apply", str(testwet_xml), str(act)], capsys)
    assert code == 1 and f"{act}:1:" in text and needle in text and "Traceback" not in text


def test_xml_act_values_outside_the_schema(testwet_xml: Path, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    act = tmp_path / "act.xml"
    act.write_text(
        '<wijzigingsregeling xmlns="urn:wetgeving:wijziging:1" titel="T"><artikel nr="I" regeling="testwet" '
        'citeertitel="Testwet"><onderdeel nr="A"><tekst>x</tekst><tekst-invoegen doel="artikel:1a" positie="zijwaarts">'
        '<anker>a</anker><nieuw>b</nieuw></tekst-invoegen></onderdeel></artikel></wijzigingsregeling>', encoding="utf-8")
    code, text = _run(["apply", str(testwet_xml), str(act)], capsys)
    assert code == 1 and "act.xml" in text and "zijwaarts" in text


@pytest.mark.parametrize(("args", "code", "needle"), [
    (["show", "{f}", "jci1.3:c:BWBR9999999&artikel=1&artikel=3"], 1, "komt twee keer voor"),
    (["diff", "{f}", "{f}", "--structure-only"], 2, "--format json"),
    (["diff", "{f}", "{f}", "--date", "2024-01-01"], 2, "--format docx"),
    (["graph", "dangling", "{f}", "--date", "2024-01-01"], 2, "--after"),
    (["checklist", "GM0363", "--date", "2024-01-01", "--since", "9999-12-31"], 2, "ligt na --date"),
    (["checklist", "--all", "-o", "{d}", "--since", "2023-01-01"], 2, "één gemeente"),
    (["register", "history", "GM0363", "geen-verplichting"], 2, "onbekende verplichting"),
    (["register", "record", "--create", "GM0363", "vog-wethouder", "--status", "voldoet", "--who", "me\x01"], 2,
     "stuurteken"),
])
def test_bad_arguments_second_round(testwet_xml: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                    args: list[str], code: int, needle: str) -> None:
    reg = ["--register", str(tmp_path / "r.sqlite")] if args[0] in ("checklist", "register") else []
    if reg:
        _register(tmp_path / "r.sqlite")  # a register named with --register must be there (helper-104)
    got, text = _run([a.replace("{f}", str(testwet_xml)).replace("{d}", str(tmp_path / "out")) for a in args] + reg,
                     capsys)
    assert got == code and needle in text


def test_generated_dates_read_back() -> None:
    from datetime import date

    from wetgeving.wijziging.instructies import format_date

    assert format_date(date(1, 1, 1)) == "1 januari 0001"


def test_malformed_sync_url(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, text = _run(["sources", "sync", "--url", "http://[::1", "--cache", str(tmp_path / "c"),
                       "--only", "aanwijzingen-ch6"], capsys)
    assert code != 0 and "http://[::1" in text


@pytest.mark.usefixtures("sources")  # the real sources: skipped locally without them
def test_long_gemeente_name_in_docx(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    csv = tmp_path / "g.csv"
    csv.write_text("Gemeentecode,GemeentecodeGM,Gemeentenaam,Provinciecode,ProvinciecodePV,Provincienaam\n"
                   f"9001,GM9001,{'Lang' * 100},20,PV20,Groningen\n", encoding="utf-8")
    out = tmp_path / "c.docx"
    _register(tmp_path / "r.sqlite")
    code, text = _run(["checklist", "GM9001", "--gemeenten", str(csv), "--format", "docx", "-o", str(out),
                    "--date", "2023-04-15", "--register", str(tmp_path / "r.sqlite")], capsys)
    assert code == 0 and out.exists(), text


def test_jci_dates_choose_the_version(sources: Path, monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("WETGEVING_SOURCES", str(sources))
    jci = "jci1.3:c:BWBR0005416&artikel=36a&lid=2&g=2022-12-01"
    code, text = _run(["show", "gemeentewet", jci], capsys)
    assert code == 0 and "geldig vanaf 2022-11-05" in text and "verklaring omtrent het gedrag" not in text
    code, text = _run(["show", "gemeentewet@2023-04-01", jci], capsys)
    assert code == 2 and "die op 2022-12-01 gold" in text


def test_act_xml_of_a_doubled_artikel_names_the_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    body = "A\n\nArtikel 1a vervalt.\n\nARTIKEL I\n\nDe Testwet wordt als volgt gewijzigd:\n\nA\n\nArtikel 2 vervalt.\n"
    act = _act(tmp_path, body)
    code, text = _run(["parse-act", str(act), "--format", "xml"], capsys)
    assert code == 1 and f"{act}: de wijzigingsregeling kan niet als XML worden geschreven" in text
    assert "komt twee keer voor" in text


@pytest.mark.parametrize(("args", "ext", "magic"), [
    (["diff", "{f}", "{f2}"], ".docx", b"PK"),
    (["diff", "{f}", "{f2}"], ".html", b"<!DOCTYPE html>"),
    (["diff", "{f}", "{f2}"], ".json", b"{"),
])
def test_output_extension_picks_the_format(testwet_xml: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                           args: list[str], ext: str, magic: bytes) -> None:
    """`-o x.docx` writes a DOCX, not plain text with a .docx name (step 10, front door)."""
    out = tmp_path / f"x{ext}"
    code, _ = _run([a.replace("{f}", str(testwet_xml)).replace("{f2}", str(testwet_xml)) for a in args]
                   + ["-o", str(out)], capsys)
    assert code == 0 and out.read_bytes().startswith(magic)


def test_contradicting_format_and_extension_is_refused(testwet_xml: Path, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "x.docx"
    code, err = _run(["diff", str(testwet_xml), str(testwet_xml), "--format", "text", "-o", str(out)], capsys)
    assert code == 2 and "past niet bij" in err and not out.exists()


def test_a_partial_source_is_never_used_for_the_whole_law(sources: Path, capsys: pytest.CaptureFixture[str],
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """The Provinciewet sources hold arts. 175 and 182 only (partial = true): a whole-law diff or show is
    refused, one artikel is fine (step 10, front door)."""
    monkeypatch.setenv("WETGEVING_SOURCES", str(sources))
    code, err = _run(["diff", "provinciewet@2022-11-05", "provinciewet@2023-04-01"], capsys)
    assert code == 2 and "alleen enkele artikelen" in err
    code, err = _run(["show", "provinciewet@2023-04-01"], capsys)
    assert code == 2 and "alleen enkele artikelen" in err
    code, out = _run(["diff", "provinciewet@2022-11-05", "provinciewet@2023-04-01", "--only", "artikel 182"], capsys)
    assert code == 0 and "artikel 182, tweede lid" in out


# --- reviewed as a careless or hostile user, 2026-12-06 (helper-80) ---------------------------------------------------

ACT = ("ARTIKEL I\n\nDe Gemeentewet wordt als volgt gewijzigd:\n\nA\n\n"
       "Aan artikel 13, eerste lid, onderdeel o, wordt toegevoegd «of werk{}zaam ten behoeve van die gemeente».\n")
GEMEENTEN_KOP = "Gemeentecode,GemeentecodeGM,Gemeentenaam,Provinciecode,ProvinciecodePV,Provincienaam\n"


@pytest.mark.parametrize("teken", ["\x01", "\x1b", "\uffff"])
def test_a_control_character_in_an_act_is_refused_with_its_line(teken: str, tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    act = tmp_path / "act.txt"
    act.write_text(ACT.format(teken), encoding="utf-8")
    code, err = _run(["parse-act", str(act), "--format", "xml"], capsys)
    assert code == 1 and f"{act}:7: de wijzigingsregeling bevat op positie 67 een stuurteken" in err


def test_a_page_break_in_an_act_is_white_space(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    act = tmp_path / "act.txt"
    act.write_text("\f" + ACT.format("\v"), encoding="utf-8")
    code, out = _run(["parse-act", str(act)], capsys)
    assert code == 0 and "nieuw='of werk zaam ten behoeve van die gemeente'" in out


@pytest.mark.usefixtures("sources")  # the real sources: skipped locally without them
def test_a_control_character_in_the_gemeenten_list_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lijst = tmp_path / "g.csv"
    lijst.write_text(GEMEENTEN_KOP + "363,GM0363,Ams\x01terdam,27,PV27,Noord-Holland\n", encoding="utf-8")
    code, err = _run(["checklist", "GM0363", "--gemeenten", str(lijst), "-o", str(tmp_path / "c.docx")], capsys)
    assert code == 1 and f"{lijst}:2: de Gemeentenaam bevat een stuurteken (U+0001)" in err
    assert not (tmp_path / "c.docx").exists()


@pytest.mark.usefixtures("sources")  # the real sources: skipped locally without them
def test_a_name_two_gemeenten_share_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lijst = tmp_path / "g.csv"
    lijst.write_text(GEMEENTEN_KOP + "14,GM0014,Amsterdam,20,PV20,Groningen\n363,GM0363,Amsterdam,27,PV27,Noord-Holland\n",
                     encoding="utf-8")
    code, err = _run(["checklist", "amsterdam", "--gemeenten", str(lijst)], capsys)
    assert code == 2 and "hoort in de lijst bij meer dan één gemeente: GM0014 (Amsterdam, Groningen), GM0363" in err


def test_the_index_commands_leave_another_sqlite_file_alone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import sqlite3

    db = tmp_path / "ander.sqlite"
    with sqlite3.connect(db) as con:
        con.execute("CREATE TABLE beoordeling (id INTEGER)")
    before = db.read_bytes()
    code, err = _run(["cited-by", "artikel 86 Gemeentewet", "--date", "2023-01-01", "--db", str(db)], capsys)
    assert code == 1 and "geen index van wetgeving (het lijkt het register van beoordelingen)" in err
    assert db.read_bytes() == before


def test_an_empty_or_foreign_register_file_is_said_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    leeg = tmp_path / "leeg.sqlite"
    leeg.write_bytes(b"")
    record = ["register", "record", "GM0363", "vog-wethouder", "--status", "voldoet", "--op", "2023-02-01", "--who", "G"]
    code, err = _run([*record, "--register", str(leeg)], capsys)
    assert code == 2 and "er is nog geen register" in err and "(het is een leeg bestand)" in err
    code, err = _run(["register", "history", "--register", str(leeg)], capsys)
    assert code == 0 and "is een leeg bestand (0 bytes)" in err
    csv = tmp_path / "export.csv"
    csv.write_text("gemeente,verplichting\n", encoding="utf-8")
    code, err = _run(["register", "history", "--register", str(csv)], capsys)
    assert code == 1 and "dit bestand is geen register (geen SQLite-database)" in err and "register import" in err


@pytest.mark.usefixtures("sources")  # the real sources: skipped locally without them
def test_an_import_checks_the_wording_against_the_day_assessed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    reg, export = tmp_path / "r.sqlite", tmp_path / "e.csv"
    record = ["register", "record", "GM0363", "vog-wethouder", "--who", "G", "--register", str(reg), "--create"]
    assert _run([*record, "--status", "voldoet", "--op", "2023-02-01"], capsys)[0] == 0
    # a duty enacted but not yet in force: the wording to come is stored, and an export of it imports (helper-85)
    assert _run([*record, "--status", "voorbereiding gestart", "--op", "2022-12-15"], capsys)[0] == 0
    assert _run(["register", "export", "--register", str(reg), "-o", str(export)], capsys)[0] == 0
    code, out = _run(["register", "import", str(export), "--register", str(tmp_path / "k.sqlite"), "--create"], capsys)
    assert code == 0 and "2 beoordelingen ingelezen" in out
    regels = export.read_text(encoding="utf-8-sig").splitlines()
    later = regels[1].replace(",vanaf-2023-01-01,", ",vanaf-2024-01-01,")
    export.write_text("\n".join([regels[0], later]) + "\n", encoding="utf-8")
    code, err = _run(["register", "import", str(export), "--register", str(tmp_path / "n.sqlite"), "--create"], capsys)
    assert code == 1 and "'periode' 'vanaf-2024-01-01' begint na de dag van de beoordeling (2023-02-01)" in err
    export.write_text(regels[0] + "\n", encoding="utf-8")
    code, out = _run(["register", "import", str(export), "--register", str(tmp_path / "n.sqlite"), "--create"], capsys)
    assert code == 0 and "niets ingelezen: het bestand bevat geen beoordelingen" in out
    assert not (tmp_path / "n.sqlite").exists()  # helper-159: an empty register was left behind


def test_convert_refuses_the_extension_of_another_format(testwet_xml: Path, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    code, err = _run(["convert", str(testwet_xml), str(tmp_path / "c.docx")], capsys)
    assert code == 2 and "docx" in err and not (tmp_path / "c.docx").exists()


@pytest.mark.usefixtures("sources")  # the real sources: skipped locally without them
def test_all_checklists_refuse_a_folder_in_the_way_before_replacing_any(tmp_path: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    args = ["checklist", "--all", "--date", "2023-04-15", "--no-text", "-o", str(out), "--format", "json"]
    assert _run(args, capsys)[0] == 0
    files = sorted(out.iterdir())
    files[-1].unlink()
    files[-1].mkdir()
    stamps = {f: f.stat().st_mtime_ns for f in files[:-1]}
    code, err = _run([*args, "--force"], capsys)
    assert code == 1 and f"{files[-1]} is een map, geen checklist" in err
    assert {f: f.stat().st_mtime_ns for f in files[:-1]} == stamps


def test_an_edited_copy_is_not_said_to_be_the_same_version(testwet_xml: Path, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    copy = tmp_path / "kopie.xml"
    text = testwet_xml.read_text(encoding="utf-8")
    woord = next(w for w in ("burgemeester", "raad", "college") if w in text)
    copy.write_text(text.replace(woord, woord + "s", 1), encoding="utf-8")
    code, out = _run(["diff", str(testwet_xml), str(copy)], capsys)
    assert code == 0 and "niets te vergelijken" not in out and "1 artikel verschilt" in out
    code, out = _run(["diff", str(testwet_xml), str(testwet_xml)], capsys)
    assert "niets te vergelijken" in out


def test_an_xml_act_with_an_onderdeel_twice_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from wetgeving.wijziging.instructies import parse_act
    from wetgeving.wijziging.xml import dumps

    xml = dumps(parse_act(ACT.format(""), "act.txt")).decode("utf-8")
    start, end = xml.index("<onderdeel "), xml.index("</onderdeel>") + len("</onderdeel>")
    act = tmp_path / "act.xml"
    act.write_text(xml[:end] + xml[start:end] + xml[end:], encoding="utf-8")
    code, err = _run(["parse-act", str(act)], capsys)
    assert code == 1 and "onderdeel A van ARTIKEL I komt twee keer voor" in err


@pytest.mark.parametrize(("attrs", "fout"), [
    ('bwb-id="rubbish" inwerkingtreding="2023-01-01"', "bwb-id 'rubbish' is geen BWB-identificatie"),
    ('bwb-id="BWBR0000001" inwerkingtreding="2023-02-30"', "inwerkingtreding '2023-02-30' is geen datum"),
])
def test_a_bwb_file_with_a_bad_id_or_date_is_refused(attrs: str, fout: str, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "t.xml"
    f.write_text(f"<toestand {attrs}><wetgeving><wet-besluit><wettekst><artikel><kop><label>Artikel</label><nr>1</nr>"
                 "</kop><al>tekst</al></artikel></wettekst></wet-besluit></wetgeving></toestand>", encoding="utf-8")
    code, err = _run(["validate", str(f)], capsys)
    assert code == 1 and fout in err


@pytest.mark.usefixtures("sources")  # the real sources: skipped locally without them
def test_a_txt_bill_is_read_as_an_act_and_named_in_its_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bill = tmp_path / "voorstel.txt"
    bill.write_bytes(ACT.format("").encode("latin-1"))
    reactie = tmp_path / "reactie.yaml"
    reactie.write_text("consultatie:\n  titel: T\n  wetsvoorstel: tranche-2\n  basis: gemeentewet@2022-11-05\n"
                       "  organisatie: X\n  datum: 2022-12-01\nopmerkingen:\n  - bepaling: artikel 13, eerste lid\n"
                       "    opmerking: ok\n", encoding="utf-8")
    code, err = _run(["consult", str(reactie), "--bill", str(bill), "-o", str(tmp_path / "r.md")], capsys)
    # since 2026-12-07 (helper-116) the message names the line and the byte
    assert code == 2 and f"het wetsvoorstel ({bill}, regel 7) kan niet geladen worden: de wijzigingsregeling is geen " \
                         "UTF-8" in err
    assert "extensie" not in err and not (tmp_path / "r.md").exists()


def test_an_xml_file_in_latin_1_is_told_to_be_saved_as_utf_8(testwet_xml: Path, tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "latin1.xml"
    f.write_bytes(testwet_xml.read_bytes().replace(b"</", "<!-- één -->".encode("latin-1") + b"</", 1))
    code, err = _run(["validate", str(f)], capsys)
    assert code == 1 and "het is misschien als Latin-1 of Windows-1252 bewaard" in err
    assert "bewaar het bestand als UTF-8" in err and "Engels" not in err


def test_sync_from_a_folder_that_does_not_exist_says_so(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """helper-92: a mistyped WETGEVING_SOURCES gave «bron … ontbreekt in de spiegel» per file, and with the cache already
    full `sources sync --from /nope` said nothing and exited 0."""
    monkeypatch.setenv("WETGEVING_CACHE", str(tmp_path / "cache"))
    code, out = _run(["sources", "sync", "--from", str(tmp_path / "nope")], capsys)
    assert code == 1 and f"de map van de bronnen {tmp_path / 'nope'} bestaat niet (WETGEVING_SOURCES of --from)" in out


@pytest.mark.parametrize("tz", ["UTC", "America/New_York"])
@pytest.mark.parametrize(("given", "stored"), [("2025-03-01T14:30", "2025-03-01T13:30:00Z"),
                                               ("2025-07-01T14:30", "2025-07-01T12:30:00Z"),
                                               ("2025-03-01", "2025-03-01T00:00:00Z"),
                                               ("2025-03-01T14:30+02:00", "2025-03-01T12:30:00Z"),
                                               ("9999-12-31T23:30", "9999-12-31T22:30:00Z")])
def test_a_time_without_zone_is_dutch_time(testwet_xml: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch, tz: str, given: str, stored: str) -> None:
    """«consult --date 2025-03-01T14:30» stored 14:30 UTC in the Word comments, which Word in the Netherlands shows as
    15:30 (helper-96); taking the machine's zone fixed a laptop, not a server in UTC (helper-97). A time of day is Dutch
    time (winter UTC+1, summer UTC+2) on any machine; a date alone a day."""
    import time
    import zipfile

    monkeypatch.setenv("TZ", tz)
    time.tzset()
    try:
        act = tmp_path / "act.txt"
        act.write_text("ARTIKEL I\n\nDe Testwet wordt als volgt gewijzigd:\n\nA\n\nIn artikel 1, tweede lid, wordt "
                       "«zondag» vervangen door «maandag».\n", encoding="utf-8")
        comments = tmp_path / "reactie.yaml"
        comments.write_text(f"consultatie:\n  titel: Proef\n  wetsvoorstel: {act}\n  basis: {testwet_xml}\n"
                            "  organisatie: X\nopmerkingen:\n  - bepaling: artikel 1, tweede lid\n    opmerking: x\n"
                            "    over: maandag\n", encoding="utf-8")
        out = tmp_path / "r.docx"
        code, text = _run(["consult", str(comments), "--date", given, "-o", str(out)], capsys)
        assert code == 0, text
        assert f'w:date="{stored}"' in zipfile.ZipFile(out).read("word/comments.xml").decode()
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_a_misspelt_law_in_an_act_is_pointed_out(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """«De Gemeentwet wordt als volgt gewijzigd:» was read without a word; `apply` then said only that no onderdeel
    changes the Gemeentewet (helper-94). The name close to a known one is now named."""
    act = tmp_path / "act.txt"
    act.write_text("ARTIKEL I\n\nDe Gemeentwet wordt als volgt gewijzigd:\n\nA\n\nArtikel 25, vierde lid, vervalt.\n",
                   encoding="utf-8")
    code, text = _run(["parse-act", str(act)], capsys)
    assert code == 0 and "ARTIKEL I wijzigt «Gemeentwet», een regeling die de catalogus niet kent; bedoelt u " \
                         "Gemeentewet?" in text


def test_an_empty_author_is_refused(tmp_path: Path, testwet_xml: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """«diff --author ""» wrote w:author="" on every tracked change (helper-98)."""
    out = tmp_path / "d.docx"
    code, text = _run(["diff", str(testwet_xml), str(testwet_xml), "--author", " ", "-o", str(out)], capsys)
    assert code == 2 and "--author is leeg" in text and not out.exists()


def test_a_time_in_the_skipped_spring_hour_is_refused(testwet_xml: Path, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    """2025-03-30T02:30 does not exist in Dutch time; it was stored as 01:30 UTC, which Word shows as 03:30 (helper-99)."""
    out = tmp_path / "d.docx"
    code, text = _run(["diff", str(testwet_xml), str(testwet_xml), "--date", "2025-03-30T02:30", "-o", str(out)], capsys)
    assert code == 2 and "bestaat niet in Nederlandse tijd" in text and not out.exists()


def test_a_blank_author_is_refused_by_consult_too(testwet_xml: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    comments = tmp_path / "reactie.yaml"
    comments.write_text(f"consultatie:\n  titel: Proef\n  wetsvoorstel: {testwet_xml}\n  basis: {testwet_xml}\n"
                        "  organisatie: X\n  datum: 2025-01-01\nopmerkingen:\n  - bepaling: artikel 1\n    opmerking: x\n",
                        encoding="utf-8")
    out = tmp_path / "r.docx"
    code, text = _run(["consult", str(comments), "--author", "   ", "-o", str(out)], capsys)
    assert code == 2 and "--author is leeg" in text and not out.exists()


def test_no_suggestion_for_another_law_of_several_words(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    act = tmp_path / "act.txt"
    act.write_text("ARTIKEL I\n\nDe Wet op de huurtoeslag wordt als volgt gewijzigd:\n\nA\n\nArtikel 2 vervalt.\n",
                   encoding="utf-8")
    code, text = _run(["parse-act", str(act)], capsys)
    assert code == 0 and "bedoelt u" not in text


@pytest.mark.parametrize("args", [[], ["register"], ["graph"], ["sources"]])
def test_no_command_shows_the_help_not_an_error(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    """`wetgeving` alone, the first thing a newcomer types, printed «fout: verkeerd gebruik (click meldt: Usage: …)» with
    the whole help inside (helper-104); now the help, as click shows it, with click's exit code."""
    code, err = _run(args, capsys)
    assert code == 2 and err.startswith(f"Usage: wetgeving{''.join(' ' + a for a in args)} [OPTIONS] COMMAND")
    assert "fout:" not in err and "click meldt" not in err


@pytest.mark.parametrize(("datum", "hint"), [("15-4-2023", "schrijf JJJJ-MM-DD, hier 2023-04-15"),
                                             ("2023-4-1", "schrijf JJJJ-MM-DD, hier 2023-04-01"),
                                             ("morgen", "schrijf JJJJ-MM-DD\n")])
def test_a_day_written_otherwise_gets_the_date_it_means(datum: str, hint: str, capsys: pytest.CaptureFixture[str]) \
        -> None:
    """helper-104: «--date 15-4-2023» got «schrijf JJJJ-MM-DD of JJJJ-MM-DDTHH:MM:SS», a time for an option of a day,
    and not the date meant."""
    code, err = _run(["obligations", "--date", datum], capsys)
    assert code == 2 and f"wat te doen: {hint}" in err + "\n"


def test_a_diff_option_of_another_format_says_what_to_do(testwet_xml: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """helper-104: «--date» without Word and «--structure-only» without JSON had no «wat te doen»."""
    code, err = _run(["diff", str(testwet_xml), str(testwet_xml), "--date", "2023-04-01"], capsys)
    assert code == 2 and "wat te doen: geef --format docx (of -o BESTAND.docx), of laat --date weg" in err
    code, err = _run(["diff", str(testwet_xml), str(testwet_xml), "--structure-only"], capsys)
    assert code == 2 and "wat te doen: geef --format json, of laat --structure-only weg" in err


# --- helper-116 (2026-12-07): bad input that passed, or was said in English --------------------------------------


def test_a_regelrecht_text_of_null_or_true_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """«text: null» became the law text «null», «text: true» the text «true»."""
    for waarde in ("null", "~", "true"):
        p = tmp_path / f"r-{waarde}.yaml"
        p.write_text("$schema: https://regelrecht.nl/schema/v0.3.0/schema.json\nbwb_id: BWBR0000001\n"
                     "regulatory_layer: WET\npublication_date: '2020-01-01'\nvalid_from: '2020-01-01'\n"
                     "name: Testwet\narticles:\n- number: '1'\n  text: " + waarde + "\n", encoding="utf-8")
        code, out = _run(["show", str(p), "artikel 1"], capsys)
        assert code == 1 and f"{p}:9: 'text' van artikel '1' is leeg of een ja/nee-waarde" in out


def test_a_gemeenten_table_without_a_province_or_with_two_codes_is_refused(tmp_path: Path,
                                                                           capsys: pytest.CaptureFixture[str]) -> None:
    zonder = tmp_path / "zonder.csv"
    zonder.write_text("Gemeentecode,Gemeentenaam\n363,Amsterdam\n", encoding="utf-8")
    code, out = _run(["checklist", "GM0363", "--date", "2023-04-15", "--gemeenten", str(zonder)], capsys)
    assert code == 1 and f"{zonder}:1: de tabel van gemeenten heeft geen kolom met de provincie" in out
    twee = tmp_path / "twee.csv"
    twee.write_text("Gemeentecode,GemeentecodeGM,Gemeentenaam,Provinciecode,ProvinciecodePV,Provincienaam\n"
                    "0363,GM0364,Amsterdam,27,PV27,Noord-Holland\n", encoding="utf-8")
    code, out = _run(["checklist", "GM0364", "--date", "2023-04-15", "--gemeenten", str(twee)], capsys)
    assert code == 1 and f"{twee}:2: de Gemeentecode 0363 en de GemeentecodeGM GM0364 noemen verschillende gemeenten" in out
    nep = tmp_path / "nep.xlsx"
    nep.write_bytes(b"geen zip")
    code, out = _run(["checklist", "GM0363", "--gemeenten", str(nep)], capsys)
    assert code == 1 and "het is geen zip-bestand" in out and "File is not a zip file" not in out


def test_sqlite_yaml_and_namespace_errors_are_said_in_dutch(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    nep = tmp_path / "nep.sqlite"
    nep.write_bytes(b"\x00\x01" * 64)
    code, out = _run(["cited-by", "artikel 1 Gemeentewet", "--db", str(nep)], capsys)
    assert code == 1 and "het bestand is geen SQLite-database" in out and "file is not a database" not in out
    reactie = tmp_path / "r.md"
    reactie.write_text("---\nconsultatie: [\n---\nx\n", encoding="utf-8")
    code, out = _run(["consult", str(reactie)], capsys)
    assert code == 1 and "een lijst «[» die niet met «]» gesloten wordt" in out and "in het Engels" not in out
    act = tmp_path / "a.xml"
    act.write_text('<?xml version="1.0"?>\n<wijzigingsregeling xmlns="urn:foo"/>\n', encoding="utf-8")
    code, out = _run(["parse-act", str(act)], capsys)
    assert code == 1 and "het hoofdelement <wijzigingsregeling> heeft namespace urn:foo, verwacht " \
                         "urn:wetgeving:wijziging:1" in out
    latin = tmp_path / "a.txt"
    latin.write_bytes("ARTIKEL I\n\nDe Gemeentewet wordt als volgt gewijzigd:\n\nA\n\nIn artikel 1 wordt «é»".encode("latin-1"))
    code, out = _run(["parse-act", str(latin)], capsys)
    assert code == 1 and f"{latin}:7: de wijzigingsregeling is geen UTF-8-tekst: het " in out and "(0xAB)" in out  # «, Latin-1


def test_dash_as_output_is_standard_output(testwet_xml: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """«-o -» and `convert … -` wrote a file named «-»."""
    import os

    if os.environ.get("WETGEVING_SOURCES"):  # CI gives a relative path (../shared/sources), of the checkout's folder
        monkeypatch.setenv("WETGEVING_SOURCES", str(Path(os.environ["WETGEVING_SOURCES"]).resolve()))
    monkeypatch.chdir(tmp_path)
    assert main(["convert", str(testwet_xml), "-"]) == 0
    got = capsys.readouterr()
    assert got.out.startswith("<?xml") and "artikel" in got.err
    assert main(["diff", str(testwet_xml), str(testwet_xml), "-o", "-"]) == 0
    assert main(["checklist", "GM0363", "--date", "2023-06-01", "-o", "-"]) == 0  # its own --output (helper-118)
    assert capsys.readouterr().out.count("# Checklist weerbaar bestuur") >= 1
    assert not (tmp_path / "-").exists()


def test_a_negative_size_limit_is_refused(testwet_xml: Path, capsys: pytest.CaptureFixture[str],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WETGEVING_MAX_BYTES", "-5")
    code, out = _run(["show", str(testwet_xml), "artikel 1"], capsys)
    assert code == 2 and "WETGEVING_MAX_BYTES is '-5', geen positief aantal bytes" in out


def test_validate_corpus_names_the_line_and_reads_every_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A finding of the consistency check named no line; a broken bronnen.toml, dekking.toml, gemeenten.csv or
    wettitels.toml passed (exit 0)."""
    import shutil

    from wetgeving.bronnen.catalogus import corpus_dir

    corp = tmp_path / "corp"
    shutil.copytree(corpus_dir(), corp)
    tranche = corp / "tranches" / "tranche-1.xml"
    regels = tranche.read_text(encoding="utf-8").splitlines(keepends=True)
    nr = next(i for i, r in enumerate(regels) if 'id="gw-13"' in r)
    regels[nr] = regels[nr].replace('thema="incompatibiliteiten"', 'thema="bestaatniet"')
    tranche.write_text("".join(regels), encoding="utf-8")
    code, out = _run(["validate", str(corp)], capsys)
    assert code == 1 and f"tranche-1.xml:{nr + 1}: ARTIKEL I (gemeentewet), onderdeel A: onbekend thema 'bestaatniet'" in out
    for naam in ("bronnen.toml", "dekking.toml", "wettitels.toml"):
        shutil.rmtree(corp)
        shutil.copytree(corpus_dir(), corp)
        with (corp / naam).open("a", encoding="utf-8") as f:
            f.write("kapot = [\n")
        code, out = _run(["validate", str(corp)], capsys)
        assert code == 1 and f"{naam}:" in out and "onjuiste TOML: een ontbrekende of ongeldige waarde" in out, naam


# --- review of the sixth session of 2026-12-07 (helper-159) -----------------------------------------------------------


def test_a_users_file_whose_hash_cannot_be_read_is_not_called_a_source(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """The catalogue recognises a user's file by its SHA-256; when that could not be read, the message was «bron … kan
    niet gelezen worden» with the advice to run `sources sync`. The file is then no source, and its reader speaks."""
    from wetgeving.bronnen import integriteit

    def geweigerd(path: Path) -> str:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(integriteit, "sha256_of", geweigerd)
    code, out = _run(["parse-act", str(_act(tmp_path, "A\n\nArtikel 2 vervalt.\n"))], capsys)
    assert code == 0 and "sources sync" not in out and "vervalt                  adres=artikel:2" in out


def test_two_yaml_documents_in_one_file_are_said_in_dutch(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "twee.yaml"
    f.write_text("a: 1\n---\nb: 2\n", encoding="utf-8")
    code, out = _run(["consult", str(f), "-o", str(tmp_path / "x.html")], capsys)
    assert code == 1 and "het bestand bevat meer dan één YAML-document (een tweede «---»)" in out
    assert "Engels" not in out and not (tmp_path / "x.html").exists()


def test_a_format_the_command_does_not_write_is_not_offered(testwet_xml: Path, tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    """`diff … -o e.xml --format html` advised «gebruik --format xml», which `diff` then refused."""
    code, out = _run(["diff", str(testwet_xml), str(testwet_xml), "-o", str(tmp_path / "e.xml"), "--format", "html"], capsys)
    assert code == 2 and "--format xml" not in out and "kies een uitvoerbestand met de extensie .html of .htm" in out
    code, out = _run(["diff", str(testwet_xml), str(testwet_xml), "-o", str(tmp_path / "e.json"), "--format", "html"],
                     capsys)
    assert code == 2 and "gebruik --format json, of een uitvoerbestand met de extensie .html of .htm" in out


@pytest.mark.parametrize(("args", "hint"), [
    (["show", "gemeentewet@20230401", "artikel 1"], "hier gemeentewet@2023-04-01"),
    (["checklist", "GM0363", "--date", "20230401"], "hier 2023-04-01"),
    (["checklist", "GM0363", "--date", "2023-W13-6"], "schrijf JJJJ-MM-DD"),
])
def test_a_date_not_written_as_the_help_says_is_refused(args: list[str], hint: str,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    """Python reads «20230401» and «2023-W13-6» as dates; the tool took them and echoed them back («de tekst op
    2023-W13-6»), where its help names JJJJ-MM-DD only (helper-159)."""
    code, out = _run(args, capsys)
    assert code == 2 and "is geen datum" in out and hint in out


def test_a_lid_within_a_lid_is_refused(testwet_xml: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """«artikel 1 lid 2 lid 3» was read as artikel:1/lid:2/lid:3 (helper-159)."""
    code, out = _run(["show", str(testwet_xml), "artikel 1 lid 2 lid 3"], capsys)
    assert code == 1 and "noemt een lid in een lid of onder een onderdeel" in out


def test_an_empty_index_is_said_to_be_empty(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`index build` of a folder without law files said «0 bestanden», exit 0; `cited-by` then answered as if nothing
    cites the artikel (helper-162)."""
    leeg, db = tmp_path / "leeg", tmp_path / "i.sqlite"
    leeg.mkdir()
    code, out = _run(["index", "build", str(leeg), "--db", str(db)], capsys)
    assert code == 0 and "staat geen BWB-XML- of regelrecht-YAML-bestand: er is niets aan de index" in out
    code, out = _run(["cited-by", "artikel 86 Gemeentewet", "--db", str(db), "--date", "2023-04-01"], capsys)
    assert code == 2 and "bevat geen enkele wet: er is niets doorzocht" in out


def test_validate_of_an_amending_act_names_the_commands_that_read_it(tmp_path: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    """`validate wet.txt` (a wijzigingsregeling as text) said «onbekend bestandsformaat» only."""
    code, out = _run(["validate", str(_act(tmp_path, "A\n\nArtikel 2 vervalt.\n"))], capsys)
    assert code == 1 and "dit lijkt een wijzigingsregeling als tekst" in out and "wetgeving parse-act" in out
