"""Fixtures for the web application: users with roles, uploads in a temporary folder, and — with
WETGEVING_TEST_DB=postgresql — a real PostgreSQL server started by pytest-postgresql."""

from __future__ import annotations

import glob
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest

# Playwright's sync API runs an event loop in the test thread; Django's ORM calls from that thread are safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

PASSWORD = "een-lang-wachtwoord-42"


def _pg_ctl(tmp: Path) -> str:
    """Debian's pg_ctl; as root a wrapper that runs it as the 'postgres' user (initdb refuses to run as root)."""
    found = shutil.which("pg_ctl") or next(iter(sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), reverse=True)), "")
    if not found:
        pytest.fail("pg_ctl not found: install Debian's 'postgresql' (.ci/run does)")
    if os.geteuid() != 0:
        return found
    wrapper = tmp / "pg_ctl"
    # The data folder's parent (pytest's temporary folder) gets to the postgres user; its ancestors only
    # the right to pass through (o+x), never to list or write.
    wrapper.write_text(f"""#!/bin/sh
set -e
data=""; prev=""
for a in "$@"; do
  case "$prev" in -D|--pgdata) data="$a";; esac
  prev="$a"
done
if [ -n "$data" ]; then
  parent=$(dirname "$data")
  mkdir -p "$parent"; chown postgres "$parent"
  d="$parent"
  while [ "$d" != "/" ]; do d=$(dirname "$d"); chmod o+x "$d"; done
fi
exec runuser -u postgres -- {found} "$@"
""")
    wrapper.chmod(0o755)
    return str(wrapper)


if os.environ.get("WETGEVING_TEST_DB") == "postgresql":
    from pytest_postgresql import factories

    postgresql_proc = factories.postgresql_proc(executable=_pg_ctl(Path(tempfile.mkdtemp(prefix="wetgeving-pg-"))),
                                                unixsocketdir="/tmp")

    @pytest.fixture(scope="session")
    def django_db_modify_db_settings(postgresql_proc: Any) -> None:
        from django.conf import settings
        from django.db import connections

        db = settings.DATABASES["default"]  # changed in place: Django has filled in its defaults there
        db.update({"ENGINE": "django.db.backends.postgresql", "NAME": "wetgeving", "USER": postgresql_proc.user,
                   "PASSWORD": postgresql_proc.password or "", "HOST": postgresql_proc.host, "PORT": postgresql_proc.port,
                   "OPTIONS": {}, "TEST": {**db.get("TEST", {}), "NAME": "test_wetgeving"}})
        if hasattr(connections._connections, "default"):
            del connections["default"]  # an SQLite connection made before: make the next one anew


@pytest.fixture(autouse=True)
def _uploads(settings: Any, tmp_path: Any) -> None:
    settings.UPLOAD_DIR = tmp_path / "bewijs"
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # fast users in tests only


@pytest.fixture
def users(db: Any, sources: Any) -> dict[str, Any]:
    """anna: beoordelaar of GM0363 (organisation VNG); lotte: lezer of GM0363 (VNG); piet: beoordelaar of
    GM0599 (organisation Rotterdam); bob: beheerder of GM0363 and GM0599; jurist: no gemeente, no organisation."""
    from django.contrib.auth.models import User

    from wetgeving.web.models import Lidmaatschap, Profiel

    def make(name: str, roles: dict[str, str], org: str = "") -> Any:
        u = User.objects.create_user(name, password=PASSWORD)
        for g, r in roles.items():
            Lidmaatschap.objects.create(gebruiker=u, gemeente=g, rol=r)
        if org:
            Profiel.objects.create(gebruiker=u, organisatie=org)
        return u

    return {"anna": make("anna", {"GM0363": "beoordelaar"}, "VNG"), "lotte": make("lotte", {"GM0363": "lezer"}, "VNG"),
            "piet": make("piet", {"GM0599": "beoordelaar"}, "Gemeente Rotterdam"),
            "bob": make("bob", {"GM0363": "beheerder", "GM0599": "beheerder"}), "jurist": make("jurist", {})}


@pytest.fixture
def als(client: Any, users: dict[str, Any]) -> Any:
    """``als('anna')``: the test client signed in as that user."""
    def login(name: str) -> Any:
        client.force_login(users[name], backend="django.contrib.auth.backends.ModelBackend")
        return client
    return login
