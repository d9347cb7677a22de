"""The web CLI commands (wired into ``wetgeving`` by the CLI): user add, serve --production, register import."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from django.contrib.auth.models import User

from wetgeving.compliance.register import Beoordelingsregister
from wetgeving.web.commands import register, serve, user
from wetgeving.web.models import Lidmaatschap, Profiel
from wetgeving.web.register import OrmRegister, row_hash


@pytest.fixture
def fast(settings: Any) -> None:
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.mark.django_db
def test_user_add_reads_password_from_stdin(fast: None, sources: Path) -> None:
    r = CliRunner().invoke(user, ["add", "griffier", "--gemeente", "GM0363", "--rol", "beoordelaar", "--organisatie", "VNG"],
                           input="een-lang-wachtwoord-42\n")
    assert r.exit_code == 0, r.output
    assert "gebruiker griffier aangemaakt; beoordelaar van GM0363" in r.output
    u = User.objects.get(username="griffier")
    assert u.check_password("een-lang-wachtwoord-42")
    assert Lidmaatschap.objects.get(gebruiker=u).rol == "beoordelaar"
    assert Profiel.objects.get(gebruiker=u).organisatie == "VNG"
    again = CliRunner().invoke(user, ["add", "griffier", "--gemeente", "GM0599", "--rol", "lezer"], input="\n")
    assert again.exit_code == 0 and "bijgewerkt" in again.output
    assert dict(Lidmaatschap.objects.filter(gebruiker=u).values_list("gemeente", "rol")) == {"GM0363": "beoordelaar",
                                                                                            "GM0599": "lezer"}


@pytest.mark.django_db
@pytest.mark.parametrize(("args", "password", "message"), [
    (["add", "x", "--gemeente", "GM0363"], "kort\n", "wachtwoord geweigerd"),
    (["add", "x", "--gemeente", "GM9998"], "een-lang-wachtwoord-42\n", "onbekende gemeente 'GM9998'"),
])
def test_user_add_refuses(fast: None, sources: Path, args: list[str], password: str, message: str) -> None:
    r = CliRunner().invoke(user, args, input=password)
    assert r.exit_code != 0
    assert message in str(r.exception)
    assert not User.objects.filter(username="x").exists()


@pytest.mark.django_db
def test_serve_production_refuses_default_secret_key() -> None:
    r = CliRunner().invoke(serve, ["--production", "--port", "8999"])
    assert r.exit_code != 0
    assert "--production weigert de standaardsleutel" in str(r.exception)


@pytest.mark.django_db
def test_serve_production_refuses_debug(settings: Any) -> None:
    settings.SECRET_KEY = "x" * 50
    settings.DEBUG = True
    r = CliRunner().invoke(serve, ["--production"])
    assert "WETGEVING_DEBUG" in str(r.exception)


@pytest.mark.django_db
def test_register_import_sqlite_and_csv(tmp_path: Path, sources: Path) -> None:
    path = tmp_path / "oud.sqlite"
    with Beoordelingsregister(path) as old:
        old.record("GM0363", "vog-wethouder", "voldoet", wie="a", op="2023-02-01")
        old.record("GM0599", "vog-wethouder", "voldoet-niet", wie="b", op="2023-03-01", notitie="<b>niet</b>")
        rows = old.history()
        csv = tmp_path / "export.csv"
        csv.write_text(old.export_csv(), encoding="utf-8")
    r = CliRunner().invoke(register, ["import", str(path)])
    assert r.exit_code == 0, r.output
    assert "2 beoordelingen geïmporteerd" in r.output
    assert sorted(map(row_hash, OrmRegister().history())) == sorted(map(row_hash, rows))
    r = CliRunner().invoke(register, ["import", str(csv)])
    assert r.exit_code == 0 and "2 beoordelingen geïmporteerd" in r.output
    assert len(OrmRegister().history()) == 4
