"""The SQLite script the CLI creates the shared database with is what the Django migrations make (one schema)."""

from __future__ import annotations

import os
import subprocess
import sys
from importlib.resources import files
from pathlib import Path

from wetgeving.compliance.register import Beoordelingsregister
from wetgeving.web.schema import sqlite_schema


def test_register_sql_equals_the_migrations() -> None:
    kept = files("wetgeving.compliance").joinpath("register.sql").read_text(encoding="utf-8")
    assert sqlite_schema(os.environ) == kept, (
        "the migrations changed: python3 -m wetgeving.web schema > src/wetgeving/compliance/register.sql")


def test_a_file_the_cli_created_needs_no_migration(tmp_path: Path) -> None:
    path = tmp_path / "cli.sqlite3"
    with Beoordelingsregister(path) as reg:
        reg.record("GM0363", "vog-wethouder", "voldoet", wie="Griffie", op="2023-02-01")
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE")}
    check = ("import os, django; os.environ['DJANGO_SETTINGS_MODULE'] = 'wetgeving.web.settings'; django.setup(); "
             "from django.core.management import call_command; call_command('migrate', check=True, verbosity=0); "
             "from wetgeving.web.models import Beoordeling; print(Beoordeling.objects.get().wie)")
    r = subprocess.run([sys.executable, "-c", check], env={**env, "WETGEVING_REGISTER": str(path)},
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "Griffie"
