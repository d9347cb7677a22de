"""Shared fixtures. Real data comes from WETGEVING_SOURCES; under CI a missing folder fails, never skips."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"


def sources_dir() -> Path | None:
    env = os.environ.get("WETGEVING_SOURCES")
    if env and Path(env).is_dir():
        return Path(env)
    return None


@pytest.fixture(scope="session")
def sources() -> Path:
    """The real sources folder; skips locally without it, fails under CI."""
    d = sources_dir()
    if d is None:
        msg = "real sources not found: set WETGEVING_SOURCES to the shared sources folder"
        if os.environ.get("CI"):
            pytest.fail(msg)
        pytest.skip(msg)
    return d


@pytest.fixture(scope="session")
def real(sources: Path):  # type: ignore[no-untyped-def]
    """Load a real regeling by catalogue spec, e.g. real('gemeentewet@2023-04-01')."""
    from wetgeving.bronnen.catalogus import load_regeling

    def _load(spec: str):  # type: ignore[no-untyped-def]
        return load_regeling(spec, mirror=sources)

    return _load


@pytest.fixture
def data_dir() -> Path:
    return DATA
