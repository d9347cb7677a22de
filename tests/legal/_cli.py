"""Running the CLI in a legal test: the exit code asked for, never a traceback; (stdout, stderr)."""

from __future__ import annotations

from pathlib import Path

import pytest

from wetgeving.cli import main


def run(args: list[str], capsys: pytest.CaptureFixture[str], code: int = 0) -> tuple[str, str]:
    assert main(args) == code
    got = capsys.readouterr()
    assert "Traceback" not in got.err
    return got.out, got.err


def consult(tmp_path: Path, reactie: str, uit: Path, capsys: pytest.CaptureFixture[str], code: int = 0) -> tuple[str, str]:
    """Write the reaction file ``reactie`` (YAML) and run `consult` on it into ``uit``."""
    f = tmp_path / "reactie.yaml"
    f.write_text(reactie, encoding="utf-8")
    return run(["consult", str(f), "-o", str(uit)], capsys, code)
