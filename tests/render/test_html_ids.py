"""An HTML document's ids are unique (a second id="artikel-25" is invalid HTML, and a link to it lands on the first)."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from wetgeving.cli import main


def test_a_whole_artikel_added_or_removed_has_one_anchor(sources: Path, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 2022-11-05 → 2023-04-01: artikel 25 lapsed and 87 was inserted whole; the artikel's heading and its
    one row both had id="artikel-25"."""
    out = tmp_path / "d.html"
    assert main(["diff", "gemeentewet@2022-11-05", "gemeentewet@2023-04-01", "-o", str(out)]) == 0
    capsys.readouterr()
    ids = Counter(re.findall(r'\bid="([^"]*)"', out.read_text(encoding="utf-8")))
    assert {"artikel-25", "artikel-87", "renvooi-artikel-25"} <= set(ids)
    assert [i for i, n in ids.items() if n > 1] == []
