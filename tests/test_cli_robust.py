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


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    """Exit code and stderr+stdout (the error message goes to stderr)."""
    code = main(args)
    got = capsys.readouterr()
    assert "Traceback" not in got.err
    return code, got.err + got.out


def test_output_under_a_file_is_an_error(testwet_xml: Path, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    code, err = _run(["convert", str(testwet_xml), str(testwet_xml / "x.xml")], capsys)
    assert code == 1 and "cannot write" in err and str(testwet_xml) in err


def test_force_never_replaces_something_that_is_not_a_file(testwet_xml: Path, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    code, err = _run(["convert", str(testwet_xml), str(fifo), "--force"], capsys)
    assert code == 1 and "not a regular file" in err
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_author_with_control_character(testwet_xml: Path, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "d.docx"
    code, err = _run(["diff", str(testwet_xml), str(testwet_xml), "--format", "docx", "-o", str(out),
                      "--author", "a\x01b"], capsys)
    assert code == 2 and "control character" in err and not out.exists()


def test_two_different_regelingen_are_not_compared(testwet_xml: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "andere.xml"
    other.write_bytes(native.dumps(replace(make_testwet(), bwb_id="BWBR9999998", citeertitel="Anderewet")))
    for verb in ("diff", "instructions"):
        code, err = _run([verb, str(testwet_xml), str(other)], capsys)
        assert code == 2 and "two different regelingen" in err


@pytest.mark.parametrize(("args", "code", "needle"), [
    (["show", "{f}", "artikel 1 artikel 3"], 1, "more than one unit"),
    (["show", "{f}", "jci1.3:c:BWBR0004627&artikel=1"], 1, "names BWBR0004627"),
    (["show", "gemeentewet@", "artikel 1"], 2, "no date"),
    (["diff", "{f}", "{f}", "--only", "artikel 99"], 1, "does not exist"),
    (["graph", "impact", "{f}", "artikel 99"], 1, "does not exist"),
    (["graph", "impact", "{f}", "artikel 1", "--depth", "0"], 2, "--depth"),
    (["tranche", "show", ""], 2, "unknown tranche"),
    (["obligations", "--theme", "nope"], 2, "known:"),
    (["obligations", "--actor", "nope"], 2, "known:"),
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
    assert code == 2 and "no onderdeel amends the Testwet" in err and not out.exists()


EXPORT_HEADER = "gemeente,verplichting,status,reden,bewijs,notitie,wie,wanneer\n"


@pytest.mark.parametrize(("row", "needle"), [
    ("GM9999,vog-wethouder,compliant,,,,Griffie,2023-01-02T10:00:00+00:00", "unknown gemeente"),
    ("GM0363,nope,compliant,,,,Griffie,2023-01-02T10:00:00+00:00", "unknown verplichting"),
    ("GM0363,vog-wethouder,compliant,,,,Griffie,2023-13-45", "not an ISO date"),
    ("GM0363,vog-wethouder,not-applicable,,,,Griffie,2023-01-02T10:00:00+00:00", "without a reason"),
    ("GM0363,vog-wethouder,compliant,,,,Griffie", "wrong number of columns"),
])
def test_register_import_checks_every_row(tmp_path: Path, capsys: pytest.CaptureFixture[str], row: str,
                                          needle: str) -> None:
    from wetgeving.compliance.register import FIELDS

    assert EXPORT_HEADER.strip() == ",".join(FIELDS)
    good = "GM0363,vog-wethouder,compliant,,,,Griffie,2023-01-02T10:00:00+00:00"
    f = tmp_path / "in.csv"
    f.write_text(EXPORT_HEADER + good + "\n" + row + "\n", encoding="utf-8")
    reg = tmp_path / "reg.sqlite"
    code, err = _run(["register", "import", str(f), "--register", str(reg)], capsys)
    assert code == 1 and needle in err and "in.csv:3" in err
    code, out = _run(["register", "history", "--register", str(reg)], capsys)
    assert code == 0 and "0 assessments" in out  # all or nothing


@pytest.mark.parametrize("data", [b"\xff\xfeG\x00M\x00", bytes(range(256)) * 4, "a,b\n1,2\n".encode("utf-16")])
def test_unreadable_csv_files(tmp_path: Path, capsys: pytest.CaptureFixture[str], data: bytes) -> None:
    f = tmp_path / "x.csv"
    f.write_bytes(data)
    code, err = _run(["register", "import", str(f), "--register", str(tmp_path / "r.sqlite")], capsys)
    assert code == 1 and "x.csv" in err
    code, err = _run(["checklist", "GM0363", "--gemeenten", str(f), "--register", str(tmp_path / "r.sqlite")],
                     capsys)
    assert code == 1 and "x.csv" in err


def test_register_under_a_file(testwet_xml: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, err = _run(["register", "history", "--register", str(testwet_xml / "r.sqlite")], capsys)
    assert code == 1 and "cannot open the register" in err


def test_batch_refuses_before_writing_anything(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "lijsten"
    out.mkdir()
    (out / "GM0363-2023-04-15.md").write_text("al hier", encoding="utf-8")
    code, err = _run(["checklist", "--all", "--date", "2023-04-15", "--format", "markdown", "-o", str(out),
                      "--register", str(tmp_path / "r.sqlite")], capsys)
    assert code == 2 and "exist already" in err
    assert [p.name for p in out.iterdir()] == ["GM0363-2023-04-15.md"]
