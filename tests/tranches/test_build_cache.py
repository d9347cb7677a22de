"""A tranche is built once per process, but a source changed after that first build is still refused
(the web application is a long-running process; issue 17, finding 1)."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from tests.katalogus import omgeving
from wetgeving.bronnen.integriteit import SourceModifiedError
from wetgeving.tranches.bouwen import build
from wetgeving.tranches.lezen import tranche

GW = "gemeentewet/regelrecht/2023-04-01.yaml"


def test_changed_source_refused_after_a_cached_build(sources: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dest = tmp_path / "bronnen"
    shutil.copytree(sources, dest)
    for p in dest.rglob("*"):
        p.chmod(0o755 if p.is_dir() else 0o644)
    monkeypatch.setenv("WETGEVING_SOURCES", str(dest))
    monkeypatch.setenv("WETGEVING_CACHE", str(tmp_path / "leeg"))
    tr = tranche("1")
    assert build(omgeving(), tr).act.artikelen  # built (and cached) from the intact copy
    path = dest / GW
    data = bytearray(path.read_bytes())
    data[len(data) // 2] = ord("X") if data[len(data) // 2] != ord("X") else ord("Y")
    path.write_bytes(bytes(data))
    with pytest.raises(SourceModifiedError) as exc:
        build(omgeving(), tr)
    assert hashlib.sha256(data).hexdigest() in str(exc.value)
