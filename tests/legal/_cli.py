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


def wet(tmp_path: Path, onderdelen: str, inwerking: str = "", naam: str = "wet.txt") -> Path:
    """A wijzigingsregeling of the Gemeentewet as published text: «ARTIKEL I / De Gemeentewet wordt als volgt
    gewijzigd:», then ``onderdelen`` («A\\n\\nArtikel 81a vervalt.»), and with ``inwerking`` («1 januari 2028») an
    ARTIKEL II that puts it in force that day."""
    f = tmp_path / naam
    f.write_text("ARTIKEL I\n\nDe Gemeentewet wordt als volgt gewijzigd:\n\n" + onderdelen.rstrip("\n") + "\n"
                 + (f"\nARTIKEL II\n\nDeze wet treedt in werking met ingang van {inwerking}.\n" if inwerking else ""),
                 encoding="utf-8")
    return f


def graaf_verbindingen(tmp_path: Path, capsys: pytest.CaptureFixture[str], versie: str) -> dict[tuple[str, str], dict[str, str]]:
    """The edges of `graph export VERSIE` as JSON, by (source, target)."""
    import json

    uit = tmp_path / "g.json"
    run(["graph", "export", versie, "-o", str(uit)], capsys)
    return {(e["source"], e["target"]): e for e in json.loads(uit.read_text(encoding="utf-8"))["links"]}
