"""Issue 14's front door, each item as a user meets it on the command line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from wetgeving.cli import main

SRC = Path(__file__).resolve().parents[1] / "src"


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    got = capsys.readouterr()
    assert "Traceback" not in got.err
    return code, got.out, got.err


@pytest.mark.usefixtures("sources")  # the real sources: skipped locally without them
def test_register_with_a_new_path_asks_for_create(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    reg = tmp_path / "typfout" / "register.sqlite"
    args = ["register", "record", "GM0363", "gedragscode-raad", "--status", "voldoet", "--who", "Griffie",
            "--op", "2023-04-15", "--register", str(reg)]
    code, _, err = run(args, capsys)
    assert code == 2 and "--create" in err and str(reg) in err and not reg.exists()
    code, out, err = run([*args, "--create"], capsys)
    assert code == 0 and "vastgelegd #1" in out and reg.exists()
    # it exists now: no --create needed (2026-12-07: another note, the same assessment twice in a second is refused)
    code, out, _ = run([*args, "--note", "opnieuw"], capsys)
    assert code == 0 and "vastgelegd #2" in out
    # a named register that is not there is a typing error, not «nothing assessed» (helper-104: an export of it was an
    # empty «backup», a checklist showed nothing assessed)
    for cmd in (["register", "history"], ["register", "export", "-o", str(tmp_path / "e.csv")],
                ["checklist", "GM0363", "--date", "2023-04-15", "--no-text", "-o", str(tmp_path / "c.md")]):
        code, out, err = run([*cmd, "--register", str(tmp_path / "leeg.sqlite")], capsys)
        assert code == 2 and f"er is geen register {tmp_path / 'leeg.sqlite'}" in err, cmd
    assert not any(tmp_path.glob("leeg.sqlite*")) and not (tmp_path / "e.csv").exists() and not (tmp_path / "c.md").exists()


def _split_summary(out: str) -> tuple[list[str], list[str]]:
    """The rows of a ``refs`` listing, and its summary (the count, then one line per kind of unresolved)."""
    lines = out.splitlines()
    at = next(i for i, ln in enumerate(lines) if ln.split(" ", 1)[0].isdigit() and " verwijzingen, waarvan " in ln)
    return lines[:at], lines[at:]


@pytest.mark.realdata
def test_refs_unresolved_lists_them_explicitly(sources: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet on 2023-04-01: artikel 155g, zevende lid, cites artikel 86, repealed that day."""
    code, out, _ = run(["refs", "gemeentewet@2023-04-01", "--unresolved"], capsys)
    kop, out = out.split("\n", 1)  # the version the rows are taken from (helper-58)
    assert kop == "Verwijzingen in Gemeentewet (BWBR0005416), geldig vanaf 2023-04-01"
    rows, summary = _split_summary(out)
    assert code == 0 and any(ln.startswith("artikel 155g, zevende lid ") and "ONTBREEKT" in ln for ln in rows)
    assert summary[0] == f"{len(rows)} verwijzingen, waarvan {len(rows)} onopgelost"
    # what each kind of unresolved means, counted: they add up to the total
    assert sum(int(ln.split()[0]) for ln in summary[1:]) == len(rows)
    assert any("ONTBREEKT: het artikel, lid of onderdeel bestaat niet in deze versie" in ln for ln in summary)
    code, out, _ = run(["refs", "gemeentewet@2023-04-01"], capsys)
    assert code == 0 and "onopgelost" in _split_summary(out)[1][0]


def _fresh(args: list[str], tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """The command in a new process, as a user starts it (Django not configured yet)."""
    environ = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE")}
    environ |= {"PYTHONPATH": str(SRC), "WETGEVING_REGISTER": str(tmp_path / "standaard.sqlite"), **env}
    return subprocess.run([sys.executable, "-m", "wetgeving", *args], env=environ, capture_output=True, text=True,
                          timeout=120, cwd=SRC.parent)


@pytest.mark.usefixtures("sources")  # the real sources: skipped locally without them
def test_register_commands_on_database_url_in_a_new_process(tmp_path: Path) -> None:
    """With DATABASE_URL the register commands open the web application's database; the models are imported only
    after Django is set up (they crashed with 'settings are not configured' in every new process)."""
    url = f"sqlite:///{tmp_path / 'web.sqlite'}"
    r = _fresh(["register", "record", "GM0363", "vog-wethouder", "--status", "voldoet", "--who", "Griffie", "--op",
                "2023-04-15"], tmp_path, DATABASE_URL=url)
    assert r.returncode == 0 and "vastgelegd #1" in r.stdout, r.stderr[-2000:]
    r = _fresh(["register", "history"], tmp_path, DATABASE_URL=url)
    assert r.returncode == 0 and "Griffie" in r.stdout and "Traceback" not in r.stderr, r.stderr[-2000:]


@pytest.mark.parametrize(("url", "needle"), [("foo://x", "het schema 'foo' is onbekend"),
                                             ("postgres://[::1", "het adres is onleesbaar"),
                                             ("sqlite://", "een database in het geheugen"),
                                             # helper-105: Django's English error and a traceback
                                             ("postgres://u:geheim123@", "noemt geen database")])
def test_unreadable_database_url(tmp_path: Path, url: str, needle: str) -> None:
    for args in (["register", "history"], ["user", "remove", "niemand"]):
        r = _fresh(args, tmp_path, DATABASE_URL=url)
        assert r.returncode == 2 and "Traceback" not in r.stderr, r.stderr[-2000:]
        assert "DATABASE_URL" in r.stderr and needle in r.stderr and "postgres://" in r.stderr


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_a_gemeenten_table_without_gemeenten_is_refused(kind: str, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    """A CBS table with only its header: '--all' wrote "0 checklists" and exited 0, one gemeente was 'unknown'
    with the advice to give --gemeenten (which was given)."""
    from tests.hostile.maken import CBS_HEADER, workbook

    table = tmp_path / f"gemeenten.{kind}"
    if kind == "csv":
        table.write_text(";".join(CBS_HEADER) + "\n", encoding="utf-8")
    else:
        table.write_bytes(workbook([]))
    from wetgeving.app.naleving import open_register

    open_register(tmp_path / "r.sqlite", write=True, create=True).close()  # a named register must be there
    reg = ["--register", str(tmp_path / "r.sqlite"), "--gemeenten", str(table)]
    out = tmp_path / "lijsten"
    for args in (["checklist", "--all", "--date", "2023-04-15", "-o", str(out)], ["checklist", "GM0363"],
                 ["register", "record", "GM0363", "vog-wethouder", "--status", "voldoet", "--who", "x"]):
        code, _, err = run([*args, *reg], capsys)
        assert code == 1 and f"{table}:2: de tabel bevat geen gemeenten" in err, err
    assert not out.exists()
    with open_register(tmp_path / "r.sqlite") as r:
        assert r.history() == []  # nothing recorded


@pytest.mark.parametrize(("args", "code", "needle"), [
    (["show", "{f}", ""], 1, "de verwijzing '' noemt geen artikel"),
    (["refs", "{f}", ""], 1, "de verwijzing '' noemt geen artikel"),
    (["diff", "{f}", "{f}", "--only", ""], 1, "de verwijzing '' noemt geen artikel"),
    (["register", "history", ""], 2, "onbekende gemeente ''\n  wat te doen: laad"),
    (["register", "history", "GM0363", ""], 2, "onbekende verplichting ''"),
    (["tranche", "show", "1", "--theme", ""], 2, "onbekend thema ''"),
])
def test_an_empty_argument_names_nothing(args: list[str], code: int, needle: str, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    """An empty citation, gemeente or theme (a shell variable that was not set) is refused; it was read as
    'none given' and the whole law, register or tranche came out as if asked for."""
    from wetgeving.bronnen import native

    from .testwet import make_testwet

    law = tmp_path / "testwet.xml"
    law.write_bytes(native.dumps(make_testwet()))
    if args[0] == "register":  # an existing, empty register: a named one that is not there is refused first
        from wetgeving.app.naleving import open_register

        open_register(tmp_path / "r.sqlite", write=True, create=True).close()
    reg = ["--register", str(tmp_path / "r.sqlite")] if args[0] == "register" else []
    got, out, err = run([a.replace("{f}", str(law)) for a in args] + reg, capsys)
    assert got == code and needle in err and out == "", err


@pytest.mark.parametrize(("name", "data", "needle"), [
    ("reactie.docx", "zip", "is een Word-, OpenDocument- of PDF-bestand; consult leest een reactiebestand in YAML"),
    ("reactie.pdf", b"%PDF-1.7\n\xe2\xe3\xcf\xd3\n", "is een Word-, OpenDocument- of PDF-bestand"),
    ("reactie.yaml", "consultatie:\n  titel: Caf\xe9\n".encode("latin-1"), ":2: het reactiebestand is geen UTF-8-tekst"),
])
def test_consult_on_a_word_file_says_what_it_reads(name: str, data: bytes | str, needle: str, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """A lawyer's own .docx (a zip, here of garbage) given as COMMENTS: it was 'no UTF-8 text, fix the named
    line' without a line; now what consult reads instead. A Latin-1 file names the line of its first bad byte."""
    import zipfile

    f = tmp_path / name
    if data == "zip":
        with zipfile.ZipFile(f, "w") as z:
            z.writestr("word/document.xml", b"\x00garbage" * 10)
    else:
        f.write_bytes(data if isinstance(data, bytes) else b"")
    out = tmp_path / "uit.docx"
    code, _, err = run(["consult", str(f), "-o", str(out)], capsys)
    assert code == 1 and f"fout: {f}" in err and needle in err and not out.exists(), err


def test_ctrl_c_mid_write_exits_130_and_leaves_no_file(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """SIGINT while the output is being written: click turns it into Abort, which said 'afgebroken' with exit 1
    (the code of bad content); now 130, as a shell reports an interrupted command, and no file or temp file."""
    from wetgeving.bronnen import native

    from .testwet import make_testwet

    law = tmp_path / "testwet.xml"
    law.write_bytes(native.dumps(make_testwet()))

    def interrupted(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    out = tmp_path / "uit" / "nieuw.xml"
    code, _, err = run(["convert", str(law), str(out)], capsys)
    assert code == 130 and err.strip() == "onderbroken (Ctrl-C)"
    assert not out.exists() and list(out.parent.iterdir()) == []


def test_the_systems_errors_are_said_in_dutch(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The operating system's reason reached the user in English ('File name too long', 'File exists' for an
    output under a file); now in Dutch, and an output under a file names that file."""
    import errno

    from wetgeving.errors import oorzaak

    assert oorzaak(OSError(errno.ENOSPC, "No space left on device")) == "de schijf is vol"
    assert oorzaak(OSError(errno.EROFS, "Read-only file system")) == "alleen-lezen"
    assert oorzaak(OSError(errno.ENOTSUP, "Operation not supported")) == "Operation not supported"  # rare: as given
    long = tmp_path / ("a" * 300 + ".xml")
    code, _, err = run(["show", str(long)], capsys)
    assert code == 1 and f"{long}: kan niet gelezen worden: de naam is te lang" in err
    code, _, err = run(["obligations", "-o", str(long.with_suffix(".md"))], capsys)
    assert code == 1 and "de naam is te lang" in err and "File name" not in err
    blocker = tmp_path / "een-bestand"
    blocker.write_text("x", encoding="utf-8")
    code, _, err = run(["obligations", "-o", str(blocker / "map" / "uit.md")], capsys)
    assert code == 1 and f"niet schrijven: {blocker} is een bestand, geen map" in err


def test_register_import_refusals_leave_no_register_and_no_doubles(tmp_path: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    """A refused 'import --create' made an empty register file all the same; an export saved again with
    semicolons (a spreadsheet set to Dutch) was 'no export' without why; a register imported into itself
    doubled every row."""
    from wetgeving.compliance.register import FIELDS

    row = ["GM0363", "vog-wethouder", "voldoet", "", "", "", "Griffie", "2023-01-02T10:00:00+00:00", "2023-01-02", "", ""]
    semi = tmp_path / "export.csv"
    semi.write_text(";".join(FIELDS) + "\r\n" + ";".join(row) + "\r\n", encoding="utf-8")
    reg = tmp_path / "nieuw.sqlite"
    code, _, err = run(["register", "import", "--create", str(semi), "--register", str(reg)], capsys)
    assert code == 1 and f"{semi}:1: de kolommen zijn gescheiden door puntkomma's" in err and not reg.exists()
    semi.write_text(",".join(FIELDS) + "\r\n" + ",".join(row) + "\r\n", encoding="utf-8")
    code, _, err = run(["register", "import", "--create", str(semi), "--register", str(reg)], capsys)
    assert code == 0 and reg.exists()
    code, _, err = run(["register", "import", str(reg), "--register", str(reg)], capsys)
    assert code == 2 and "is het register zelf" in err
    code, out, _ = run(["register", "history", "--register", str(reg)], capsys)
    assert out.splitlines()[-1] == "1 beoordeling"


def test_a_folder_or_another_file_where_a_regeling_is_expected(tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """Both were 'onbekende regeling … of geef een bestandspad', while a path had been given."""
    notes = tmp_path / "wet.txt"
    notes.write_text("Artikel 1\n", encoding="utf-8")
    code, _, err = run(["show", str(tmp_path), "artikel 1"], capsys)
    assert code == 2 and f"fout: {tmp_path} is een map, geen regeling" in err
    code, _, err = run(["diff", str(notes), str(notes)], capsys)
    assert code == 2 and f"{notes} heeft een extensie die wetgeving niet als regeling leest (.txt)" in err


def test_checklist_all_and_a_gemeente_conflict(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """'checklist --all GM0363 -o MAP' wrote a checklist for every gemeente and dropped GM0363 silently."""
    out = tmp_path / "lijsten"
    code, _, err = run(["checklist", "--all", "GM0363", "-o", str(out), "--register", str(tmp_path / "r.sqlite")],
                       capsys)
    assert code == 2 and "óf geef --all, niet beide" in err and not out.exists()


@pytest.mark.realdata
def test_tranche_diff_on_a_date_before_its_base_text(sources: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Tranche 1 builds on the Gemeentewet of 2022-11-05 (corpus/tranches); --date 1900-01-01 gave a diff
    'Gemeentewet: 2022-11-05 → Gemeentewet: 1900-01-01' with 0 differences and exit 0."""
    code, out, err = run(["tranche", "diff", "1", "--law", "gemeentewet", "--date", "1900-01-01"], capsys)
    assert code == 2 and out == "" and "--date 1900-01-01 ligt vóór de tekst van gemeentewet" in err
    assert "geef een datum op of na 2022-11-05" in err


def test_a_closed_stdout_is_an_error_not_a_lost_answer(tmp_path: Path) -> None:
    """Started with stdout closed ('>&-'), Python sets sys.stdout to None and click drops every line: 'show'
    exited 0 with its answer gone. Now exit 1 and a message that names standard output."""
    environ = {**os.environ, "PYTHONPATH": str(SRC)}
    r = subprocess.run([sys.executable, "-m", "wetgeving", "obligations", "--theme", "vog"], env=environ,
                       preexec_fn=lambda: os.close(1), stderr=subprocess.PIPE, text=True, timeout=120, cwd=SRC.parent)
    assert r.returncode == 1 and "Traceback" not in r.stderr, r.stderr[-2000:]
    assert "fout: kan niet naar de standaarduitvoer schrijven: die was gesloten bij het starten (>&-)" in r.stderr


@pytest.mark.parametrize(("args", "name", "needle"), [
    (["obligations"], "lijst.docx", "heeft de extensie .docx, maar deze opdracht schrijft Markdown"),
    (["register", "export"], "export.html", "heeft de extensie .html, maar deze opdracht schrijft CSV"),
    (["graph", "build", "{f}"], "graaf.xml", "heeft de extensie .xml, maar deze opdracht schrijft JSON"),
    (["apply", "{f}", "{act}"], "nieuw.docx", "heeft de extensie .docx, maar deze opdracht schrijft XML"),
    (["consult", "{c}"], "reactie.pdf", "heeft een extensie die niet past bij consult"),
    (["consult", "{c}", "--format", "docx"], "reactie.md", "niet past bij --format docx"),
])
def test_a_one_format_command_refuses_another_formats_extension(args: list[str], name: str, needle: str,
                                                                 tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """'obligations -o lijst.docx' wrote Markdown into a .docx (Word calls it damaged), 'register export -o
    x.html' CSV, 'consult -o x.pdf' plain text: a command with one format took any extension."""
    from wetgeving.bronnen import native

    from .testwet import make_testwet

    law = tmp_path / "testwet.xml"
    law.write_bytes(native.dumps(make_testwet()))
    act = tmp_path / "act.txt"
    act.write_text("ARTIKEL I\n\nDe Testwet wordt als volgt gewijzigd:\n\nA\n\nArtikel 1a vervalt.\n", encoding="utf-8")
    comments = tmp_path / "reactie.yaml"
    comments.write_text(f"consultatie:\n  titel: Proef\n  wetsvoorstel: {law}\n  basis: {law}\nopmerkingen:\n"
                        "  - bepaling: artikel 1\n    opmerking: x\n", encoding="utf-8")
    out = tmp_path / name
    given = [a.replace("{f}", str(law)).replace("{act}", str(act)).replace("{c}", str(comments)) for a in args]
    reg = ["--register", str(tmp_path / "r.sqlite")] if args[0] == "register" else []
    code, _, err = run([*given, "-o", str(out), *reg], capsys)
    assert code == 2 and f"{out} " in err and needle in err and not out.exists(), err


@pytest.mark.usefixtures("sources")  # the real sources: skipped locally without them
def test_a_name_longer_than_the_web_database_holds(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--who of 100,000 characters was recorded in the SQLite register, which the web application's database
    (wie: at most 200 characters, one store) could not take in; an import with such a row neither."""
    from wetgeving.compliance.register import FIELDS, WIE_MAX

    reg = ["--register", str(tmp_path / "r.sqlite")]
    args = ["register", "record", "--create", "GM0363", "vog-wethouder", "--status", "voldoet", "--op", "2023-04-15"]
    code, _, err = run([*args, "--who", "x" * (WIE_MAX + 1), *reg], capsys)
    assert code == 2 and f"--who is langer dan {WIE_MAX} tekens" in err and not (tmp_path / "r.sqlite").exists()
    code, out, _ = run([*args, "--who", "x" * WIE_MAX, *reg], capsys)
    assert code == 0 and "vastgelegd #1" in out
    f = tmp_path / "in.csv"
    f.write_text(",".join(FIELDS) + "\r\nGM0363,vog-wethouder,voldoet,,,," + "x" * (WIE_MAX + 1)
                 + ",2023-01-02T10:00:00+00:00,2023-01-02,,\r\n", encoding="utf-8")
    code, _, err = run(["register", "import", str(f), *reg], capsys)
    assert code == 1 and f"in.csv:2: geen geldige beoordeling: 'wie' is langer dan {WIE_MAX} tekens" in err


@pytest.mark.usefixtures("sources")  # the real sources: skipped locally without them
def test_an_assessment_of_a_day_that_has_not_come_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """'register record --op 9999-12-31' was recorded: nobody can assess a day that has not come. The limit is the
    day of recording in the gemeenten's time zone (Europe/Amsterdam); that day itself is accepted."""
    from datetime import date, timedelta

    from wetgeving.compliance.register import vastgelegd_op

    reg = tmp_path / "r.sqlite"
    args = ["register", "record", "--create", "GM0363", "vog-wethouder", "--status", "voldoet", "--who", "Griffie",
            "--register", str(reg)]
    tomorrow = (date.fromisoformat(vastgelegd_op()) + timedelta(days=1)).isoformat()
    for op in ("9999-12-31", tomorrow):
        code, _, err = run([*args, "--op", op], capsys)
        assert code == 2 and f"--op {op} ligt na vandaag" in err and not reg.exists(), err
    code, out, err = run([*args, "--op", vastgelegd_op()], capsys)
    assert code == 0 and "vastgelegd #1" in out, err
    # the day is checked before the word: 'opgevolgd' said "de stand op 9999-12-31 is ‘geldend’", a claim about 9999
    code, _, err = run([*args[:6], "opgevolgd", *args[7:], "--op", "9999-12-31"], capsys)
    assert code == 2 and "--op 9999-12-31 ligt na vandaag" in err and "de stand op" not in err, err
    assert "legt vandaag ‘voorbereiding gestart’ vast" in err


def test_an_imported_assessment_of_a_day_after_its_recording_is_refused(tmp_path: Path,
                                                                         capsys: pytest.CaptureFixture[str]) -> None:
    """A CSV row assessed on 2023-01-05 but recorded on 2023-01-02 (10:00 UTC) is refused, the whole import with
    it; one recorded on 2023-01-04 at 23:30 UTC (2023-01-05 in Amsterdam) is accepted."""
    from wetgeving.compliance.register import FIELDS

    def row(wanneer: str) -> str:
        return ",".join(["GM0363", "vog-wethouder", "voldoet", "", "", "", "Griffie", wanneer, "2023-01-05", "", ""])

    f, reg = tmp_path / "export.csv", tmp_path / "nieuw.sqlite"
    f.write_text(",".join(FIELDS) + "\r\n" + row("2023-01-04T23:30:00+00:00") + "\r\n" + row("2023-01-02T10:00:00+00:00")
                 + "\r\n", encoding="utf-8")
    code, _, err = run(["register", "import", "--create", str(f), "--register", str(reg)], capsys)
    assert code != 0 and "beoordeeld op 2023-01-05, maar vastgelegd op 2023-01-02" in err and not reg.exists(), err
    f.write_text(",".join(FIELDS) + "\r\n" + row("2023-01-04T23:30:00+00:00") + "\r\n", encoding="utf-8")
    code, _, err = run(["register", "import", "--create", str(f), "--register", str(reg)], capsys)
    assert code == 0, err


def _stdout_env(unbuffered: str) -> dict[str, str]:
    """The environment with Python's stdout buffered (as a user has it) or not (PYTHONUNBUFFERED=1)."""
    environ = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"} | {"PYTHONPATH": str(SRC)}
    return environ | ({"PYTHONUNBUFFERED": unbuffered} if unbuffered else {})


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="/dev/full is a device of Linux")
@pytest.mark.parametrize("unbuffered", ["", "1"])
def test_a_full_standard_output_is_named(unbuffered: str, tmp_path: Path) -> None:
    """'wetgeving tranche list > /dev/full' said "kan niet gebruiken: de schijf is vol", naming nothing; with
    Python's stdout buffered (no PYTHONUNBUFFERED, as a user has it) then also 'Exception ignored in:
    <_io.TextIOWrapper …> OSError' and exit code 120, as Python tried the lost answer again while exiting."""
    with open("/dev/full", "w", encoding="utf-8") as full:
        r = subprocess.run([sys.executable, "-m", "wetgeving", "tranche", "list"], stdout=full, stderr=subprocess.PIPE,
                           text=True, env=_stdout_env(unbuffered) | {"WETGEVING_DATA": str(tmp_path)}, timeout=120,
                           cwd=SRC.parent)
    assert r.returncode == 1, r.stderr[-2000:]
    assert r.stderr.splitlines() == [
        "fout: kan niet naar de standaarduitvoer schrijven: de schijf is vol; het antwoord is niet of niet volledig "
        "geschreven",
        "  wat te doen: stuur de uitvoer naar een plek waar zij past, bijvoorbeeld een bestand op een schijf met "
        "ruimte (of --output BESTAND, waar de opdracht dat kent), en voer de opdracht opnieuw uit"]


@pytest.mark.parametrize("unbuffered", ["", "1"])
def test_a_reader_that_stops_early_gets_a_quiet_exit(unbuffered: str) -> None:
    """'wetgeving … | head -1': the pipe is closed before the answer is written. Quiet (no message, no
    traceback, no 'Exception ignored'), exit 1 as click and Python's note on SIGPIPE have it."""
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before the first write: the broken pipe is certain, not a race
    try:
        r = subprocess.run([sys.executable, "-m", "wetgeving", "tranche", "list"], stdout=write_end,
                           stderr=subprocess.PIPE, env=_stdout_env(unbuffered), text=True, timeout=120,
                           cwd=SRC.parent)
    finally:
        os.close(write_end)
    assert (r.returncode, r.stderr) == (1, "")


@pytest.mark.realdata
def test_instructions_cannot_enter_into_force_before_the_text_they_change(sources: Path,
                                                                          capsys: pytest.CaptureFixture[str]) -> None:
    """'instructions gemeentewet@2022-11-05 gemeentewet@2023-04-01 --date 0001-01-01' wrote onderdelen in force on
    0001-01-01, changing a text that began on 2022-11-05."""
    args = ["instructions", "gemeentewet@2022-11-05", "gemeentewet@2023-04-01"]
    code, out, err = run([*args, "--date", "0001-01-01"], capsys)
    assert code == 2 and not out
    assert "--date 0001-01-01 ligt vóór de tekst van gemeentewet@2022-11-05 die de wijziging wijzigt" in err
    code, out, _ = run([*args, "--date", "2022-11-05"], capsys)
    assert code == 0 and "ARTIKEL I" in out.upper()


def _law_and_act(tmp_path: Path) -> tuple[Path, Path]:
    """The invented Testwet (geldig vanaf 2024-01-01) and an act without a date of entry into force."""
    from wetgeving.bronnen import native

    from .testwet import make_testwet

    law = tmp_path / "testwet.xml"
    law.write_bytes(native.dumps(make_testwet()))
    act = tmp_path / "act.txt"
    act.write_text("ARTIKEL I\n\nDe Testwet wordt als volgt gewijzigd:\n\nA\n\nArtikel 1a vervalt.\n", encoding="utf-8")
    return law, act


def test_an_act_in_force_before_the_text_it_amends(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """'apply … --date 0001-01-01' wrote a Testwet 'geldig vanaf 0001-01-01', before the text it amends (of
    2024-01-01); 'graph dangling --after … --date 0001-01-01' answered for the base as if the act had been
    applied. Both refused now, as 'tranche diff' and 'instructions' are; 9999-12-31 is a date like another."""
    law, act = _law_and_act(tmp_path)
    out = tmp_path / "nieuw.xml"
    refusal = f"--date 0001-01-01 ligt vóór de tekst van {law} die de wijziging wijzigt (geldig vanaf 2024-01-01)"
    for args in (["apply", str(law), str(act), "-o", str(out)], ["graph", "dangling", str(law), "--after", str(act)]):
        code, stdout, err = run([*args, "--date", "0001-01-01"], capsys)
        assert (code, stdout) == (2, "") and refusal in err and not out.exists(), err
    assert run(["apply", str(law), str(act), "-o", str(out), "--date", "9999-12-31"], capsys)[0] == 0


def test_a_word_documents_date_is_a_utc_datetime(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """'diff --date 0001-01-01 -o x.docx' wrote '1-01-01T00:00:00Z' (strftime: no xsd:dateTime) in w:date and
    dcterms:created, and '--date 2023-01-01T10:00+02:00' as 10:00Z (the offset dropped)."""
    import re
    import zipfile

    law, act = _law_and_act(tmp_path)
    new = tmp_path / "nieuw.xml"
    assert run(["apply", str(law), str(act), "-o", str(new), "--date", "2024-06-01"], capsys)[0] == 0

    def stamps(when: str) -> set[str]:
        doc = tmp_path / "diff.docx"
        assert run(["diff", str(law), str(new), "--date", when, "-o", str(doc), "--force"], capsys)[0] == 0
        with zipfile.ZipFile(doc) as z:
            core, body = z.read("docProps/core.xml").decode(), z.read("word/document.xml").decode()
        return set(re.findall(r'w:date="([^"]*)"', body)) | set(re.findall(r"<dcterms:(?:created|modified)[^>]*>([^<]*)", core))

    assert stamps("0001-01-01") == {"0001-01-01T00:00:00Z"}
    assert stamps("2023-01-01T10:00+02:00") == {"2023-01-01T08:00:00Z"}
    assert stamps("9999-12-31") == {"9999-12-31T00:00:00Z"}
    x = tmp_path / "x.docx"
    code, _, err = run(["diff", str(law), str(new), "--date", "9999-12-31T23:00-05:00", "-o", str(x)], capsys)
    assert code == 2 and "--date 9999-12-31T23:00:00-05:00 valt in UTC buiten de jaren 1 tot en met 9999" in err
    assert not x.exists()


def test_an_undated_word_document_claims_no_date(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Without --date a document said it was created and modified on 2000-01-01 (a fixed date for reproducible
    output; helper-123 saw it in the checklist's properties): it now carries no date at all, and stays reproducible."""
    import zipfile

    law, act = _law_and_act(tmp_path)
    new = tmp_path / "nieuw.xml"
    assert run(["apply", str(law), str(act), "-o", str(new), "--date", "2024-06-01"], capsys)[0] == 0
    cores = []
    for i in (1, 2):
        doc = tmp_path / f"diff{i}.docx"
        assert run(["diff", str(law), str(new), "-o", str(doc)], capsys)[0] == 0
        with zipfile.ZipFile(doc) as z:
            cores.append(z.read("docProps/core.xml").decode())
    assert "dcterms:created" not in cores[0] and "dcterms:modified" not in cores[0] and "2000-01-01" not in cores[0]
    assert cores[0] == cores[1]


@pytest.mark.parametrize("leeg", ["", " "])
def test_an_empty_regeling_name_is_named_as_such(capsys: pytest.CaptureFixture[str], leeg: str) -> None:
    """``wetgeving diff '' ''`` said «. is een map, geen regeling»: the empty name was read as the current folder."""
    code, _, err = run(["diff", leeg, leeg], capsys)
    assert code == 2 and "geen regeling genoemd (een lege naam)" in err and "map" not in err


def test_every_word_document_is_dutch(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 14: «DOCX language nl-NL». The documents took python-docx's template language, en-US (Word then
    marks every Dutch word as a spelling error), and its description «generated by python-docx»."""
    import re
    import zipfile

    law, act = _law_and_act(tmp_path)
    new = tmp_path / "nieuw.xml"
    assert run(["apply", str(law), str(act), "-o", str(new), "--date", "2024-06-01"], capsys)[0] == 0
    diff, instr = tmp_path / "diff.docx", tmp_path / "instructies.docx"
    assert run(["diff", str(law), str(new), "-o", str(diff)], capsys)[0] == 0
    assert run(["instructions", str(law), str(new), "-o", str(instr)], capsys)[0] == 0
    for doc in (diff, instr):
        with zipfile.ZipFile(doc) as z:
            styles, core = z.read("word/styles.xml").decode(), z.read("docProps/core.xml").decode()
        assert re.findall(r'<w:lang w:val="([^"]*)"', styles) == ["nl-NL"], doc
        assert "<dc:language>nl-NL</dc:language>" in core and "python-docx" not in core, doc


# --- a newcomer's mistakes (helper-54, 2026-12-06) -----------------------------------------------------------------

def test_a_spreadsheet_extension_is_refused_not_filled_with_csv_or_markdown(tmp_path: Path,
                                                                           capsys: pytest.CaptureFixture[str]) -> None:
    for args in (["register", "export", "-o", str(tmp_path / "r.xlsx"), "--register", str(tmp_path / "x.sqlite")],
                 ["checklist", "GM0363", "--date", "2023-04-15", "-o", str(tmp_path / "c.xlsx")],
                 ["diff", "gemeentewet@2022-11-05", "gemeentewet@2023-01-01", "-o", str(tmp_path / "d.ods")]):
        code, _, err = run(args, capsys)
        assert code == 2 and "extensie" in err, args
    assert not list(tmp_path.glob("*.xlsx")) and not list(tmp_path.glob("*.ods"))
    code, _, err = run(["checklist", "--all", "--date", "2023-04-15", "-o", str(tmp_path / "all.html")], capsys)
    assert code == 2 and "een map zonder extensie" in err and not (tmp_path / "all.html").exists()


@pytest.mark.usefixtures("sources")  # the real sources: skipped locally without them
def test_an_output_that_is_a_folder_is_not_offered_force(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["checklist", "GM0363", "--date", "2023-04-15", "-o", str(tmp_path)], capsys)
    assert code == 2 and f"{tmp_path} is een map, geen bestand" in err and "--force" not in err


def test_a_data_folder_that_is_not_there_is_said(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("WETGEVING_REGISTER", raising=False)
    monkeypatch.setenv("WETGEVING_DATA", str(tmp_path / "typfout"))
    code, _, err = run(["register", "history", "GM0363"], capsys)  # a typing error: refused (helper-104)
    assert code == 2 and f"de map {tmp_path / 'typfout'} (WETGEVING_DATA) bestaat niet" in err
    assert not (tmp_path / "typfout").exists()


@pytest.mark.usefixtures("sources")  # the real sources: skipped locally without them
def test_everyday_names_dates_and_options(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["checklist", "Den Haag", "--date", "2023-04-15"], capsys)
    assert code == 0 and out.startswith("# Checklist weerbaar bestuur — 's-Gravenhage (GM0518)")
    code, out, _ = run(["checklist", "0363", "--date", "2023-04-15"], capsys)
    assert code == 0 and "Amsterdam (GM0363)" in out
    code, _, err = run(["checklist", "Den Bosh"], capsys)
    assert code == 2 and "Leeuwarden" not in err
    code, _, err = run(["checklist", "GM0363", "--date", "2023-02-30"], capsys)
    assert code == 2 and "'2023-02-30' bestaat niet: februari 2023 heeft 28 dagen" in err
    code, out, _ = run(["obligations", "--actor", "Burgemeester", "--theme", "Nevenfuncties"], capsys)
    assert code == 0 and "nevenfuncties-burgemeester" in out


@pytest.mark.usefixtures("sources")  # the real sources: skipped locally without them
def test_a_name_that_begins_a_longer_one_is_suggested_and_an_xlsx_hint_is_one_that_works(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """helper-55: «Bergen» lost its suggestions «Bergen (NH.)», «Bergen (L.)»; `--format csv -o x.xlsx` was told
    «gebruik --format Excel», a format nothing writes."""
    lijst = tmp_path / "cbs.csv"
    lijst.write_text("Gemeentecode,GemeentecodeGM,Gemeentenaam,Provinciecode,ProvinciecodePV,Provincienaam\n"
                     "373,GM0373,Bergen (NH.),27,PV27,Noord-Holland\n893,GM0893,Bergen (L.),31,PV31,Limburg\n"
                     "385,GM0385,Edam-Volendam,27,PV27,Noord-Holland\n", encoding="utf-8")
    code, _, err = run(["checklist", "--gemeenten", str(lijst), "Bergen"], capsys)
    # 2026-12-07: «past bij meer gemeenten», with their codes (helper-201, helper-204)
    assert code == 2 and "past bij meer gemeenten: Bergen (NH.) (GM0373), Bergen (L.) (GM0893)" in err
    code, _, err = run(["checklist", "--gemeenten", str(lijst), "Edam"], capsys)
    assert code == 2 and "Edam-Volendam" in err
    code, _, err = run(["checklist", "GM0363", "--format", "csv", "-o", str(tmp_path / "x.xlsx")], capsys)
    assert code == 2 and "dat formaat schrijft wetgeving niet" in err and "--format Excel" not in err and ".csv" in err


@pytest.mark.realdata
def test_a_citation_that_cannot_be_read_is_content_exit_1_as_the_readme_says(
        sources: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """helper-54: a citation typed on the command line that cannot be read exits 1, as one read from a file does;
    the README said only '1 (bad content) or 2 (bad usage)', which made a reader expect 2."""
    code, out, err = run(["show", "gemeentewet@2023-04-01", "artikel blabla"], capsys)
    assert code == 1 and out == "" and "kan 'artikel blabla' in de verwijzing 'artikel blabla' niet lezen" in err
    readme = " ".join((SRC.parent / "README.md").read_text(encoding="utf-8").split())
    assert "a citation or unit that cannot be read or found, also one typed on the command line" in readme


def test_a_register_named_in_a_folder_that_is_not_there_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """helper-106: a mistyped WETGEVING_REGISTER read as an empty register: `register export` wrote an empty «backup»;
    one in an existing folder that is not there yet still reads as empty (a new installation)."""
    monkeypatch.setenv("WETGEVING_REGISTER", str(tmp_path / "typo" / "wetgeving.sqlite3"))
    code, _, err = run(["register", "export", "-o", str(tmp_path / "e.csv")], capsys)
    assert code == 2 and f"de map {tmp_path / 'typo'} (WETGEVING_REGISTER) bestaat niet" in err
    assert not (tmp_path / "e.csv").exists()
    monkeypatch.setenv("WETGEVING_REGISTER", str(tmp_path / "wetgeving.sqlite3"))
    code, out, _ = run(["register", "history"], capsys)
    assert code == 0 and "0 beoordelingen" in out
