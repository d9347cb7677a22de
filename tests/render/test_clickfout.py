"""Click's usage errors reach the user as one Dutch line with what to do (issue 14, the front door)."""

from __future__ import annotations

from pathlib import Path

import pytest

from wetgeving.cli import main


@pytest.mark.parametrize(("args", "message", "hint"), [
    (["checklist", "--bogus"], "onbekende optie --bogus", "zie 'wetgeving checklist --help'"),
    (["diff", "gemeentewet"], "NEW ontbreekt", "zie 'wetgeving diff --help'"),
    (["diff", "a", "b", "--format", "xml2"], "ongeldige waarde voor --format", "kies een van: text, html, docx, json"),
    (["graph", "impact", "x", "y", "--depth", "0"], "ongeldige waarde voor --depth", "ten minste 1"),
    (["nosuchcmd"], "onbekende opdracht nosuchcmd", "zie 'wetgeving --help'"),
    (["refs", "a", "b", "c", "d"], "te veel argumenten: c d", "zie 'wetgeving refs --help'"),
    (["show", "gemeentewet", "artikel", "36a,", "tweede", "lid"], "te veel argumenten: 36a, tweede lid",
     "zet een verwijzing met spaties tussen aanhalingstekens, zoals \"artikel 36a, tweede lid\""),
    (["diff", "a", "b", "--only"], "--only vraagt een waarde", "--help"),
])
def test_usage_errors_are_dutch(args: list[str], message: str, hint: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(args) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"fout: {message}\n  wat te doen: ") and hint in err
    assert "Usage:" not in err and "Error:" not in err and "Traceback" not in err


@pytest.mark.parametrize(("args", "message", "hint"), [
    (["convert", "gemeentewet", "{d}"], "ongeldige waarde voor OUTPUT: {d} is een map, geen bestand", "noem een bestand"),
    (["index", "build", "{d}/nergens"], "ongeldige waarde voor FOLDER: {d}/nergens bestaat niet", "controleer het pad"),
    (["sources", "list", "--from", "{d}/f.txt"], "ongeldige waarde voor --from: {d}/f.txt is een bestand, geen map",
     "noem een map"),
    (["index", "build", "{d}/it's \"q\"\\x"], "ongeldige waarde voor FOLDER: {d}/it's \"q\"\\x bestaat niet", "pad"),
])
def test_path_errors_name_the_path(args: list[str], message: str, hint: str, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    """A path of the wrong kind is named, with what is wrong with it (click's message named neither)."""
    (tmp_path / "f.txt").write_text("x", encoding="utf-8")
    assert main([a.replace("{d}", str(tmp_path)) for a in args]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"fout: {message.replace('{d}', str(tmp_path))}\n  wat te doen: ") and hint in err
