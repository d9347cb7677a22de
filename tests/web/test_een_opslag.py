"""Issue 15: the register CLI and the web application show the same assessments — one store. On SQLite
(the default) both use one file: the CLI writes it without Django, the web application through the ORM.
Each side runs in its own process here, as a griffier's terminal and the gemeente's server would."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

WEB = textwrap.dedent("""
    import sys
    from wetgeving.web.opstart import setup
    setup()
    from django.contrib.auth.models import User
    from django.test import Client
    from wetgeving.web.models import Lidmaatschap
    u = User.objects.create_user("anna", password="een-lang-wachtwoord-42")
    Lidmaatschap.objects.create(gebruiker=u, gemeente="GM0363", rol="beoordelaar")
    c = Client(HTTP_HOST="localhost")
    c.force_login(u, backend="django.contrib.auth.backends.ModelBackend")
    page = c.get("/checklist/GM0363/?datum=2023-06-01").content.decode()
    print("CLI-BEOORDELING-GEZIEN" if "door <bdi>Griffie via de CLI</bdi>" in page else "NIET-GEZIEN")
    r = c.post("/checklist/GM0363/beoordeel/gedragscode-raad/?datum=2023-06-01",
               {"status": "voldoet", "op": "2023-06-01", "bewijs": "raadsbesluit 12"})
    print("WEB-STATUS", r.status_code)
""")


def _env(tmp_path: Path, sources: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE")}
    return {**env, "WETGEVING_SOURCES": str(sources.resolve()), "WETGEVING_REGISTER": str(tmp_path / "gedeeld.sqlite3"),
            "WETGEVING_DATA": str(tmp_path / "data")}


def _cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "wetgeving.cli", *args], env=env, capture_output=True, text=True,
                          timeout=300)


def test_cli_and_web_share_one_sqlite_file(tmp_path: Path, sources: Path) -> None:
    env = _env(tmp_path, sources)
    r = _cli(env, "register", "record", "--create", "GM0363", "vog-wethouder", "--status", "voldoet niet",
             "--who", "Griffie via de CLI", "--op", "2023-06-01")
    assert r.returncode == 0, r.stderr
    web = subprocess.run([sys.executable, "-c", WEB], env=env, capture_output=True, text=True, timeout=300)
    assert web.returncode == 0, web.stderr
    assert "CLI-BEOORDELING-GEZIEN" in web.stdout and "WEB-STATUS 302" in web.stdout, web.stdout
    history = _cli(env, "register", "history", "GM0363")
    assert history.returncode == 0, history.stderr
    assert "Griffie via de CLI" in history.stdout and "anna" in history.stdout and "raadsbesluit 12" in history.stdout
    r = _cli(env, "register", "record", "GM0363", "vog-wethouder", "--status", "voldoet", "--who", "Griffie",
             "--op", "2023-07-01")  # the web application's migrations made the file: the CLI writes on in it
    assert r.returncode == 0, r.stderr
    assert "vastgelegd #3" in r.stdout


def test_an_earlier_default_register_is_named_not_ignored(tmp_path: Path, sources: Path) -> None:
    """The earlier version kept its register as register.sqlite in the data dir: the CLI says so and how to
    import it, instead of showing a checklist without those assessments."""
    env = _env(tmp_path, sources)
    del env["WETGEVING_REGISTER"]
    data = Path(env["WETGEVING_DATA"])
    data.mkdir()
    import sqlite3

    from wetgeving.compliance.register import SCHEMA
    db = sqlite3.connect(data / "register.sqlite")
    db.executescript(SCHEMA)
    db.close()
    r = _cli(env, "checklist", "GM0363", "--date", "2023-06-01")
    assert r.returncode == 2, r.stdout
    assert "register van een eerdere versie" in r.stderr and "register import" in r.stderr
    assert "Traceback" not in r.stderr
    r = _cli(env, "register", "import", str(data / "register.sqlite"), "--create")
    assert r.returncode == 0, r.stderr
    assert _cli(env, "checklist", "GM0363", "--date", "2023-06-01").returncode == 0


def test_the_longest_name_the_register_takes_is_what_the_web_database_holds() -> None:
    """compliance.register.WIE_MAX refuses in the SQLite register what the shared database could not store."""
    from wetgeving.compliance.register import WIE_MAX
    from wetgeving.web.models import Beoordeling

    assert Beoordeling._meta.get_field("wie").max_length == WIE_MAX
