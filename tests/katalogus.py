"""The catalogue for tests that call the library directly: tests are entry points, so they build it from the
environment as the CLI does (``WETGEVING_SOURCES``, ``WETGEVING_CACHE``): one per distinct environment, so a
test that changes the environment gets what it set."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from wetgeving.bronnen.catalogus import Catalogus


def omgeving() -> Catalogus:
    return _voor(os.environ.get("WETGEVING_SOURCES", ""), os.environ.get("WETGEVING_CACHE", ""))


@cache
def _voor(sources: str, cache_dir: str) -> Catalogus:
    return Catalogus.uit_omgeving({"WETGEVING_SOURCES": sources, "WETGEVING_CACHE": cache_dir})


def register_default() -> Path:
    """The register the CLI would use (``WETGEVING_REGISTER``)."""
    from wetgeving.compliance.register import default_path

    return default_path(os.environ)
