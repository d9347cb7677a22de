"""The legal suite: every test names the provision and the date it checks. Real sources are required
(WETGEVING_SOURCES); under CI a missing folder fails, never skips."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _env(sources: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("WETGEVING_SOURCES", str(sources))
    monkeypatch.setenv("WETGEVING_REGISTER", str(tmp_path / "register.sqlite"))
