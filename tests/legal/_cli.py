"""Running the CLI in a legal test: the exit code asked for, never a traceback; (stdout, stderr)."""

from __future__ import annotations

import pytest

from wetgeving.cli import main


def run(args: list[str], capsys: pytest.CaptureFixture[str], code: int = 0) -> tuple[str, str]:
    assert main(args) == code
    got = capsys.readouterr()
    assert "Traceback" not in got.err
    return got.out, got.err
