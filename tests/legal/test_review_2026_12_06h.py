"""Legal review of 2026-12-06, sixth session; each test names its provision and date."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.legal._cli import run as _run

# --- the index lists relative references that name no unit, as the graph does ---------------------------------------


def test_dangling_all_lists_deze_paragraaf_where_the_artikel_is_in_none(capsys: pytest.CaptureFixture[str],
                                                                          tmp_path: Path) -> None:
    """Kieswet Ua 2 (version of 2025-08-01), asked on 2026-10-01: «voor zover deze paragraaf niet anders bepaalt», while
    hoofdstuk Ua has no paragrafen. `graph dangling kieswet` listed it; `dangling --all` left it out, because the index
    skipped every relative reference it could not place. Participatiewet 37, derde lid (2024-01-01), «in deze afdeling»,
    likewise. Gemeentewet 81c, derde lid («Deze paragraaf»), stays out: the regelrecht YAML records no paragrafen, so
    it cannot be checked there, and the index does not call it missing."""
    db = tmp_path / "i.sqlite"
    _run(["index", "build", os.environ["WETGEVING_SOURCES"], "--db", str(db), "--jobs", "1"], capsys)
    out, _ = _run(["dangling", "--all", "--db", str(db), "--date", "2026-10-01"], capsys)
    assert "artikel Ua 2 Kieswet" in out and "→ de paragraaf waarin artikel Ua 2 staat (niet in deze versie)" in out
    assert "→ de afdeling waarin artikel 37 staat (niet in deze versie): «deze afdeling»" in out
    assert "artikel 81c" not in out
    graph, _ = _run(["graph", "dangling", "kieswet"], capsys)
    assert "artikel Ua 2 → de paragraaf waarin artikel Ua 2 staat" in graph
