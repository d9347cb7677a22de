"""``python3 -m wetgeving.cli serve`` on a fresh data dir: migrates SQLite and serves the start page."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_serve_starts_on_a_fresh_sqlite(tmp_path: Path) -> None:
    port = _port()
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE")}
    env |= {"WETGEVING_DATA": str(tmp_path / "data"), "PYTHONPATH": str(Path(__file__).parents[2] / "src")}
    proc = subprocess.Popen([sys.executable, "-m", "wetgeving.cli", "serve", "--port", str(port)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        body = ""
        for _ in range(120):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2) as r:
                    body = r.read().decode()
                break
            except OSError:
                time.sleep(0.25)
        assert '<html lang="nl"' in body and "Aanmelden" in body
        db = tmp_path / "data" / "wetgeving.sqlite3"
        assert db.is_file()
        import sqlite3

        assert sqlite3.connect(db).execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_serve_production_refuses_default_key(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE", "WETGEVING_SECRET_KEY")}
    env |= {"WETGEVING_DATA": str(tmp_path / "data"), "PYTHONPATH": str(Path(__file__).parents[2] / "src")}
    r = subprocess.run([sys.executable, "-m", "wetgeving.cli", "serve", "--production"], env=env, capture_output=True,
                       text=True, timeout=120)
    assert r.returncode == 2  # a usage error
    assert "--production weigert de standaardsleutel" in r.stderr and "Traceback" not in r.stderr


@pytest.mark.parametrize(("extra", "message"), [
    ({"WETGEVING_HTTPS": "1", "WETGEVING_HSTS_SECONDS": "een uur"},
     "WETGEVING_HSTS_SECONDS='een uur' is geen geheel aantal seconden"),
    ({"DATABASE_URL": "postgress://u:geheim@db/wetgeving"}, "DATABASE_URL is geen databaseadres"),
    ({"DATABASE_URL": "postgres://u:geheim@db:poort/wetgeving"}, "DATABASE_URL is geen databaseadres"),
])
def test_a_bad_setting_in_the_environment_is_a_dutch_error(tmp_path: Path, extra: dict[str, str], message: str) -> None:
    """Both were a Python traceback (ValueError from int(), dj_database_url's errors) from importing the settings."""
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE")}
    env |= {"WETGEVING_DATA": str(tmp_path / "data"), "PYTHONPATH": str(Path(__file__).parents[2] / "src"), **extra}
    r = subprocess.run([sys.executable, "-m", "wetgeving.cli", "user", "remove", "niemand"], env=env, capture_output=True,
                       text=True, timeout=120)
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert message in r.stderr and "wat te doen:" in r.stderr
    assert "geheim" not in r.stderr  # the password in the URL is never repeated
