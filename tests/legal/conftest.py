"""The legal suite: every test names the provision and the date it checks. Real sources are required
(WETGEVING_SOURCES); under CI a missing folder fails, never skips."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _env(sources: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("WETGEVING_SOURCES", str(sources))
    monkeypatch.setenv("WETGEVING_REGISTER", str(tmp_path / "register.sqlite"))


@pytest.fixture(scope="module")
def gw_index(sources: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A reverse-reference index over the Gemeentewet's regelrecht versions (for `cited-by`), once per module."""
    from tests.katalogus import omgeving
    from wetgeving.index.bouw import build
    from wetgeving.verwijzingen.titels import Titelregister

    db = tmp_path_factory.mktemp("gw") / "index.sqlite"
    assert not build(sources / "gemeentewet" / "regelrecht", db, Titelregister.voor(omgeving()), jobs=1).fouten
    return db
