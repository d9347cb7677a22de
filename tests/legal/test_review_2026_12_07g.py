"""Legal review of 2026-12-07 (seventh session); each test names its provision and date."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.legal._cli import run as _run

# --- refs: where a reference stands, cited as a lawyer cites it ------------------------------------------------------


def test_refs_cites_where_each_reference_stands(sources: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 290, derde lid (2023-04-01), cites «artikel 100, eerste lid van de gemeentewet» (the withdrawn
    Gemeentewet of 1851): the row begins «artikel 290, derde lid», not the address «artikel:290/lid:3»; the JSON keeps
    the address."""
    out, _ = _run(["refs", "gemeentewet@2023-04-01", "artikel 290"], capsys)
    rij = next(ln for ln in out.splitlines() if "artikel 100, eerste lid van de gemeentewet" in ln)
    assert rij.startswith("artikel 290, derde lid ") and "artikel:290" not in out
    out, _ = _run(["refs", "gemeentewet@2023-04-01", "artikel 290", "--format", "json"], capsys)
    assert '"bron": "artikel:290/lid:3"' in out
