"""Legal review of 2026-12-07 (eighth session); each test names its provision and date."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.legal._cli import run as _run

# --- checklist: a note shown before a change speaks of that change as still to come ----------------------------------


@pytest.mark.parametrize("datum", ["2022-10-01", "2022-12-31"])
def test_belangenverstrengeling_before_2023_speaks_of_the_new_lid_as_coming(
    sources: Path, capsys: pytest.CaptureFixture[str], datum: str
) -> None:
    """Gemeentewet 28, tweede lid (Awb 2:4 excluded), exists only from 2023-01-01 (Stb. 2022, 444). On a date before,
    the note said the law was «in werking sinds 1 januari 2023», as if it were already in force on that date."""
    out, _ = _run(["checklist", "GM0344", "--date", datum], capsys)
    assert "in werking sinds 1 januari 2023" not in out
    assert "Pas vanaf 1 januari 2023 sluit artikel 28, tweede lid" in out
