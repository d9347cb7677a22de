"""The web CLI commands (wired into ``wetgeving`` by the CLI): user add and remove, serve --production; the CLI's register
commands on the web application's database."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from django.contrib.auth.models import User

from wetgeving.cli.web import serve, user
from wetgeving.compliance.register import Beoordelingsregister, fingerprint
from wetgeving.web.models import Lidmaatschap, Profiel
from wetgeving.web.register import OrmRegister


@pytest.fixture
def fast(settings: Any) -> None:
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.mark.django_db
def test_a_password_that_is_no_utf8_is_refused(fast: None, sources: Path) -> None:
    """helper-205 (2026-12-08): «printf 'Sterk-\\xe9…' | wetgeving user add piet» ended in a traceback (UnicodeEncodeError):
    standard input gives the byte 0xE9 as a lone surrogate."""
    from wetgeving.errors import UsageError
    from wetgeving.web.gebruikers import add

    with pytest.raises(UsageError, match="het wachtwoord is geen UTF-8-tekst"):
        add("piet", ["GM0363"], "lezer", "", lambda: "Sterk-\udce9wachtwoord-123")
    assert not User.objects.filter(username="piet").exists()


def test_postgresqls_reasons_are_said_in_dutch() -> None:
    """helper-205 (2026-12-08): «connection failed: … Connection refused / Is the server running on that host …» reached
    the user as it was."""
    from wetgeving.web.register import _pg_oorzaak

    assert _pg_oorzaak('connection failed: connection to server at "127.0.0.1", port 1 failed: Connection refused\n\tIs '
                       "the server running") == ("de database is niet bruikbaar: de databaseserver is niet bereikbaar (geen "
                                                 "verbinding op het adres van DATABASE_URL)")
    assert _pg_oorzaak("iets\nanders") == "de database is niet bruikbaar (PostgreSQL meldt in het Engels: iets anders)"


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
    again = CliRunner().invoke(user, ["add", "griffier", "--gemeente", "GM0599", "--rol", "lezer"],
                               input="een-ander-wachtwoord-43\n")
    assert again.exit_code == 0 and "bijgewerkt" in again.output
    # an existing user keeps the password, and is told so (helper-106: a prompt for one that was thrown away)
    assert "het wachtwoord is niet gewijzigd" in again.output
    u.refresh_from_db()
    assert u.check_password("een-lang-wachtwoord-42") and not u.check_password("een-ander-wachtwoord-43")
    assert dict(Lidmaatschap.objects.filter(gebruiker=u).values_list("gemeente", "rol")) == {"GM0363": "beoordelaar",
                                                                                            "GM0599": "lezer"}


@pytest.mark.django_db
def test_user_add_takes_a_gemeente_by_name(fast: None, sources: Path) -> None:
    """helper-65: `--gemeente Amsterdam` was «onbekende gemeente»; `checklist` takes names, so does this."""
    r = CliRunner().invoke(user, ["add", "griffier", "--gemeente", "Amsterdam", "--gemeente", "rotterdam"],
                           input="een-lang-wachtwoord-42\n")
    assert r.exit_code == 0, r.output
    assert set(Lidmaatschap.objects.values_list("gemeente", flat=True)) == {"GM0363", "GM0599"}


@pytest.mark.django_db
@pytest.mark.parametrize(("args", "password", "message"), [
    (["add", "x", "--gemeente", "GM0363"], "kort\n", "wachtwoord geweigerd"),
    (["add", "x", "--gemeente", "GM9998"], "een-lang-wachtwoord-42\n", "onbekende gemeente 'GM9998'"),
    (["add", "x"], "x\n", "wachtwoord geweigerd: het is korter dan 10 tekens; het is een veelgebruikt"),
    (["add", "a\x01b", "--gemeente", "GM0363"], "een-lang-wachtwoord-42\n", "ongeldige gebruikersnaam 'a\\x01b'"),
    (["add", "a b"], "een-lang-wachtwoord-42\n", "ongeldige gebruikersnaam 'a b'"),
    (["add", "a" * 151], "een-lang-wachtwoord-42\n", "ten hoogste 150 letters"),
])
def test_user_add_refuses(fast: None, sources: Path, args: list[str], password: str, message: str) -> None:
    """Every reason in Dutch (Django's own Dutch lacks 'too short'); a new user's name is checked as Django's
    forms check it (a control character, a space or 151 characters were stored as they came)."""
    r = CliRunner().invoke(user, args, input=password)
    assert r.exit_code != 0
    assert message in str(r.exception) and "This password" not in str(r.exception)
    assert not User.objects.filter(username=args[1]).exists()


@pytest.mark.django_db
def test_serve_production_refuses_default_secret_key() -> None:
    r = CliRunner().invoke(serve, ["--production", "--port", "8999"])
    assert r.exit_code != 0
    assert "--production weigert de standaardsleutel" in str(r.exception)


@pytest.mark.django_db
def test_serve_production_refuses_debug(settings: Any) -> None:
    settings.SECRET_KEY = "abcdefghij" * 5
    settings.DEBUG = True
    r = CliRunner().invoke(serve, ["--production"])
    assert "WETGEVING_DEBUG" in str(r.exception)


@pytest.mark.django_db
def test_the_register_commands_use_the_web_database_with_database_url(tmp_path: Path, sources: Path,
                                                                       monkeypatch: Any, capsys: Any) -> None:
    """With DATABASE_URL the CLI's register commands use the web application's database (here the test
    database, SQLite or PostgreSQL): what the CLI records and imports is what the ORM holds, and back."""
    from wetgeving.cli import main

    monkeypatch.setenv("DATABASE_URL", "postgres://ingesteld-door-de-testdatabase/")  # settings are loaded already
    path = tmp_path / "oud.sqlite"
    with Beoordelingsregister(path) as old:
        old.record("GM0363", "vog-wethouder", "voldoet", wie="a", op="2023-02-01")
        old.record("GM0599", "vog-wethouder", "voldoet-niet", wie="b", op="2023-03-01", notitie="<b>niet</b>")
        rows = old.history()
        csv = tmp_path / "export.csv"
        csv.write_text(old.export_csv(), encoding="utf-8")
    assert main(["register", "import", str(path)]) == 0
    assert "2 beoordelingen ingelezen" in capsys.readouterr().out
    assert sorted(map(fingerprint, OrmRegister().history())) == sorted(map(fingerprint, rows))
    assert main(["register", "import", str(csv)]) == 0  # the same rows again: skipped, not doubled (helper-54)
    assert "niets ingelezen: alle 2 beoordelingen staan al in het register" in capsys.readouterr().out
    assert main(["register", "record", "GM0363", "gedragscode-raad", "--status", "voldoet", "--who", "griffie",
                 "--op", "2023-06-01"]) == 0
    assert [b.wie for b in OrmRegister().history()] == ["a", "b", "griffie"]
    OrmRegister().record("GM0363", "vog-wethouder", "voldoet-niet", wie="via het web", op="2023-07-01")
    capsys.readouterr()
    assert main(["register", "history", "GM0363"]) == 0
    assert "via het web" in capsys.readouterr().out
    assert main(["register", "history", "--register", str(path)]) == 2
    assert "DATABASE_URL" in capsys.readouterr().err


@pytest.mark.django_db
def test_user_remove_roles(fast: None, users: Any) -> None:
    r = CliRunner().invoke(user, ["remove", "bob", "--gemeente", "GM0599", "--gemeente", "GM0014"])
    assert r.exit_code == 0, r.output
    assert r.output == "rol van bob weggehaald bij GM0599; geen rol bij GM0014\n"
    assert dict(Lidmaatschap.objects.filter(gebruiker=users["bob"]).values_list("gemeente", "rol")) == {"GM0363": "beheerder"}
    again = CliRunner().invoke(user, ["remove", "bob", "--gemeente", "GM0599"])
    assert again.exit_code != 0
    assert str(again.exception) == ("bob heeft geen rol bij GM0599; er is niets weggehaald\n"
                                    "  wat te doen: de rollen van bob: beheerder van GM0363")


@pytest.mark.django_db
@pytest.mark.parametrize("naam", ["Rotterdam", "gm0599"])
def test_user_remove_takes_a_gemeente_by_name_as_user_add_does(fast: None, users: Any, naam: str) -> None:
    """helper-104: «user remove bob --gemeente Rotterdam» said bob had no role there, though he had one at GM0599 (which
    «user add --gemeente Rotterdam» gives); a code not in the list (a merged gemeente) is still taken as written."""
    r = CliRunner().invoke(user, ["remove", "bob", "--gemeente", naam])
    assert r.exit_code == 0, r.output
    assert r.output == "rol van bob weggehaald bij GM0599\n"


@pytest.mark.django_db
def test_user_remove_whole_user(fast: None, users: Any) -> None:
    r = CliRunner().invoke(user, ["remove", "lotte"])
    assert r.exit_code == 0 and "gebruiker lotte verwijderd, met rollen en profiel" in r.output
    assert not User.objects.filter(username="lotte").exists()
    assert not Lidmaatschap.objects.filter(gemeente="GM0363", rol="lezer").exists()
    assert not Profiel.objects.filter(organisatie="VNG").exclude(gebruiker=users["anna"]).exists()


@pytest.mark.django_db
def test_user_remove_refuses_a_user_the_register_names(fast: None, users: Any) -> None:
    from wetgeving.web.models import Beoordeling, Opmerking

    Beoordeling.objects.create(gemeente="GM0363", verplichting="vog-wethouder", status="voldoet", wie="anna",
                               wanneer="2023-06-01T10:00:00Z", op="2023-06-01", door=users["anna"])
    Opmerking.objects.create(wetsvoorstel="tranche-2", organisatie="VNG", bepaling="artikel:36c/lid:1", opmerking="x",
                             door=users["anna"])
    r = CliRunner().invoke(user, ["remove", "anna"])
    assert r.exit_code != 0
    assert str(r.exception) == (
        "anna wordt niet verwijderd: anna legde 1 beoordeling en 1 consultatieopmerking vast, en het register is alleen "
        "aan te vullen (het bewaart wie wat vastlegde)\n"
        "  wat te doen: neem in plaats daarvan de rollen weg: wetgeving user remove anna --gemeente GM… "
        "(of zet het account uit in /beheer/: 'Actief' uitvinken)")
    assert User.objects.filter(username="anna").exists() and Lidmaatschap.objects.filter(gebruiker=users["anna"]).exists()
    ok = CliRunner().invoke(user, ["remove", "anna", "--gemeente", "GM0363"])  # what the message says to do works
    assert ok.exit_code == 0 and not Lidmaatschap.objects.filter(gebruiker=users["anna"]).exists()


@pytest.mark.django_db
def test_user_remove_unknown(fast: None, users: Any) -> None:
    r = CliRunner().invoke(user, ["remove", "niemand"])
    assert r.exit_code != 0 and "onbekende gebruiker 'niemand'" in str(r.exception)


@pytest.mark.django_db
def test_user_roles_for_a_whole_province(fast: None, users: Any) -> None:
    """--provincie: every gemeente of the province in the list of gemeenten (here Gelderland: GM0202, GM0268),
    as the admin's "Rol voor een hele provincie"; taken away the same way."""
    r = CliRunner().invoke(user, ["add", "toezicht", "--provincie", "Gelderland", "--gemeente", "GM0344", "--rol", "lezer"],
                           input="een-lang-wachtwoord-42\n")
    assert r.exit_code == 0, r.output
    assert r.output == "gebruiker toezicht aangemaakt; lezer van GM0344, GM0202, GM0268\n"
    u = User.objects.get(username="toezicht")
    assert sorted(Lidmaatschap.objects.filter(gebruiker=u).values_list("gemeente", flat=True)) == ["GM0202", "GM0268", "GM0344"]
    bad = CliRunner().invoke(user, ["add", "toezicht", "--provincie", "Gelre"], input="\n")
    assert bad.exit_code != 0 and "onbekende provincie 'Gelre'" in str(bad.exception) and "Gelderland" in str(bad.exception)
    gone = CliRunner().invoke(user, ["remove", "toezicht", "--provincie", "Gelderland"])
    assert gone.exit_code == 0 and gone.output == "rol van toezicht weggehaald bij GM0202, GM0268\n"
    assert list(Lidmaatschap.objects.filter(gebruiker=u).values_list("gemeente", flat=True)) == ["GM0344"]
    assert User.objects.filter(username="toezicht").exists()  # a province named never removes the user itself


@pytest.mark.django_db
def test_a_role_at_a_merged_gemeente_can_still_be_taken_away(fast: None, users: Any) -> None:
    """A gemeente that merged (herindeling) leaves the CBS list; its old roles must still be removable."""
    Lidmaatschap.objects.create(gebruiker=users["bob"], gemeente="GM9997", rol="lezer")
    r = CliRunner().invoke(user, ["remove", "bob", "--gemeente", "GM9997"])
    assert r.exit_code == 0 and r.output == "rol van bob weggehaald bij GM9997\n"


@pytest.mark.django_db
def test_the_list_of_gemeenten_comes_from_wetgeving_gemeenten(fast: None, users: Any, settings: Any,
                                                               tmp_path: Path) -> None:
    """helper-75: the web application and `user add` knew only the example list, so «--provincie Zeeland» was
    «onbekende provincie» and a role for every gemeente of Noord-Holland gave Amsterdam only; the hint named an option
    `user add` does not have."""
    lijst = tmp_path / "cbs.csv"
    lijst.write_text("Gemeentecode,GemeentecodeGM,Gemeentenaam,Provinciecode,ProvinciecodePV,Provincienaam\n"
                     "687,GM0687,Middelburg,29,PV29,Zeeland\n718,GM0718,Vlissingen,29,PV29,Zeeland\n"
                     "363,GM0363,Amsterdam,27,PV27,Noord-Holland\n", encoding="utf-8")
    bad = CliRunner().invoke(user, ["add", "z", "--gemeente", "Middelburg"], input="een-lang-wachtwoord-42\n")
    assert bad.exit_code != 0 and "WETGEVING_GEMEENTEN" in str(bad.exception) and "--gemeenten" not in str(bad.exception)
    settings.WETGEVING_GEMEENTEN = str(lijst)
    r = CliRunner().invoke(user, ["add", "z", "--provincie", "Zeeland"], input="een-lang-wachtwoord-42\n")
    assert r.exit_code == 0, r.output
    assert sorted(Lidmaatschap.objects.filter(gebruiker__username="z").values_list("gemeente", flat=True)) == [
        "GM0687", "GM0718"]


def test_user_add_at_a_terminal_asks_for_the_password_without_echo(tmp_path: Any, sources: Any) -> None:
    """helper-104: at a terminal `user add` asked nothing and the typed password showed on the screen."""
    import os
    import select
    import subprocess
    import sys
    import time

    pty = pytest.importorskip("pty")
    master, slave = pty.openpty()
    env = {**os.environ, "WETGEVING_DATA": str(tmp_path), "WETGEVING_SOURCES": str(sources)}
    env.pop("DATABASE_URL", None)
    p = subprocess.Popen([sys.executable, "-m", "wetgeving", "user", "add", "tty1", "--gemeente", "GM0363"],
                         stdin=slave, stdout=slave, stderr=slave, env=env, close_fds=True)
    os.close(slave)
    gelezen = b""

    def lees(tot: bytes, seconden: float) -> None:
        nonlocal gelezen
        einde = time.monotonic() + seconden
        while tot not in gelezen and time.monotonic() < einde and p.poll() is None:
            if select.select([master], [], [], 0.2)[0]:
                try:
                    gelezen += os.read(master, 4096)
                except OSError:
                    return

    lees(b"Wachtwoord voor tty1: ", 60)
    os.write(master, b"geheim-wachtwoord-9876\n")
    lees(b"aangemaakt", 60)
    assert p.wait(timeout=60) == 0, gelezen
    os.close(master)
    assert b"Wachtwoord voor tty1: " in gelezen and b"gebruiker tty1 aangemaakt" in gelezen
    assert b"geheim-wachtwoord-9876" not in gelezen
