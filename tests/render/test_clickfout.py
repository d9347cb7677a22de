"""Click's usage errors reach the user as one Dutch line with what to do (issue 14, the front door)."""

from __future__ import annotations

import pytest

from wetgeving.cli import main


@pytest.mark.parametrize(("args", "message", "hint"), [
    (["checklist", "--bogus"], "onbekende optie --bogus", "zie 'wetgeving checklist --help'"),
    (["diff", "gemeentewet"], "NEW ontbreekt", "zie 'wetgeving diff --help'"),
    (["diff", "a", "b", "--format", "xml2"], "ongeldige waarde voor --format", "kies een van: text, html, docx, json"),
    (["graph", "impact", "x", "y", "--depth", "0"], "ongeldige waarde voor --depth", "ten minste 1"),
    (["nosuchcmd"], "onbekende opdracht nosuchcmd", "zie 'wetgeving --help'"),
    (["refs", "a", "b", "c", "d"], "te veel argumenten: c d", "zie 'wetgeving refs --help'"),
    (["diff", "a", "b", "--only"], "--only vraagt een waarde", "--help"),
])
def test_usage_errors_are_dutch(args: list[str], message: str, hint: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(args) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"fout: {message}\n  wat te doen: ") and hint in err
    assert "Usage:" not in err and "Error:" not in err and "Traceback" not in err
