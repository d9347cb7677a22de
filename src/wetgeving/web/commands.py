"""The web application's commands, part of ``wetgeving``'s CLI: ``serve``, ``user add`` and ``user remove``."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import click

from wetgeving.errors import UsageError


def setup() -> None:
    """Configure Django (once) with :mod:`wetgeving.web.settings` and bring the database schema up to date."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wetgeving.web.settings")
    import django
    from django.conf import settings

    django.setup()
    from django.core.management import call_command

    if settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"):
        Path(settings.DATABASES["default"]["NAME"]).parent.mkdir(parents=True, exist_ok=True)
    from wetgeving.web.register import fouten

    with fouten():
        call_command("migrate", interactive=False, verbosity=0)


def production_check() -> None:
    """Refuse production with the default secret key or with debug on."""
    from django.conf import settings

    from wetgeving.web.settings import DEFAULT_SECRET_KEY

    if settings.SECRET_KEY == DEFAULT_SECRET_KEY or len(settings.SECRET_KEY) < 32:
        raise UsageError("--production weigert de standaardsleutel (of een sleutel korter dan 32 tekens)",
                         hint="zet WETGEVING_SECRET_KEY op een lange geheime waarde, bijv. "
                              "python3 -c 'import secrets; print(secrets.token_urlsafe(50))'")
    if settings.DEBUG:
        raise UsageError("--production met WETGEVING_DEBUG=1 is onveilig", hint="zet WETGEVING_DEBUG uit")


@click.command("serve")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--production", is_flag=True, help="Refuse the default SECRET_KEY; more worker processes.")
@click.option("--workers", default=None, type=click.IntRange(1, 64), help="gunicorn workers (default 1, production 4).")
def serve(port: int, host: str, production: bool, workers: int | None) -> None:
    """Migrate the database and start the web application (gunicorn)."""
    setup()
    if production:
        production_check()
    from django.db import connections
    from gunicorn.app.base import BaseApplication

    connections.close_all()  # gunicorn forks its workers: none may inherit the migration's open connection

    from wetgeving.web.wsgi import application

    class _App(BaseApplication):  # type: ignore[misc]
        def load_config(self) -> None:
            self.cfg.set("bind", f"{host}:{port}")
            self.cfg.set("workers", workers or (4 if production else 1))
            self.cfg.set("accesslog", "-")

        def load(self) -> Any:
            return application

    click.echo(f"wetgeving: http://{host}:{port}/ (stoppen met Ctrl-C)", err=True)
    _App().run()


@click.group("user")
def user() -> None:
    """Users of the web application."""


@user.command("add")
@click.argument("name")
@click.option("--gemeente", "gemeenten", multiple=True, help="CBS code (GM0363); repeat for several gemeenten.")
@click.option("--rol", type=click.Choice(["lezer", "beoordelaar", "beheerder"]), default="lezer", show_default=True)
@click.option("--organisatie", default="", help="Organisation for consultation comments (shared by its users).")
def user_add(name: str, gemeenten: tuple[str, ...], rol: str, organisatie: str) -> None:
    """Add a user, or give an existing one a role; the password is read from standard input (one line)."""
    setup()
    from django.contrib.auth import get_user_model
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError
    from django.db import transaction

    from wetgeving.web import dienst
    from wetgeving.web.models import Lidmaatschap, Profiel

    known = dienst.gemeenten()
    for code in gemeenten:
        if code not in known:
            raise UsageError(f"onbekende gemeente {code!r}", hint="geef een CBS-code als GM0363")
    password = sys.stdin.readline().rstrip("\r\n")
    model = get_user_model()
    bestaat = model.objects.filter(username=name).first()
    if bestaat is None:
        try:
            validate_password(password)
        except ValidationError as exc:
            raise UsageError("wachtwoord geweigerd: " + " ".join(exc.messages),
                             hint="geef het wachtwoord op standaardinvoer, minstens 10 tekens") from None
    with transaction.atomic():
        u = bestaat or model.objects.create_user(username=name, password=password)
        for code in gemeenten:
            Lidmaatschap.objects.update_or_create(gebruiker=u, gemeente=code, defaults={"rol": rol})
        if organisatie:
            Profiel.objects.update_or_create(gebruiker=u, defaults={"organisatie": organisatie})
    wat = "bijgewerkt" if bestaat else "aangemaakt"
    click.echo(f"gebruiker {name} {wat}" + (f"; {rol} van {', '.join(gemeenten)}" if gemeenten else ""))


@user.command("remove")
@click.argument("name")
@click.option("--gemeente", "gemeenten", multiple=True,
              help="Take away the role for this gemeente (CBS code); repeat. Without it: remove the user.")
def user_remove(name: str, gemeenten: tuple[str, ...]) -> None:
    """Take away a user's roles for some gemeenten, or remove the user (refused when they recorded something)."""
    setup()
    from django.contrib.auth import get_user_model

    from wetgeving.web import toegang

    u = get_user_model().objects.filter(username=name).first()
    if u is None:
        raise UsageError(f"onbekende gebruiker {name!r}", hint="kijk in /beheer/ welke gebruikers er zijn")
    if gemeenten:
        had = toegang.neem_rollen(u, gemeenten)
        if not had:
            raise UsageError(f"{name} heeft geen rol bij {', '.join(gemeenten)}; er is niets weggehaald",
                             hint=f"de rollen van {name}: {_rollen_tekst(u)}")
        rest = sorted(set(gemeenten) - set(had))
        click.echo(f"rol van {name} weggehaald bij {', '.join(had)}" + (f"; geen rol bij {', '.join(rest)}" if rest else ""))
        return
    _remove_user(u, name)


def _rollen_tekst(u: Any) -> str:
    from wetgeving.web.toegang import rollen

    return ", ".join(f"{r} van {g}" for g, r in sorted(rollen(u).items())) or "geen"


def _remove_user(u: Any, name: str) -> None:
    """Delete the user with their roles and profile; refused (PROTECT) when the register names them."""
    from django.db import transaction
    from django.db.models import ProtectedError

    from wetgeving.web.models import Beoordeling, Bewijsstuk, Opmerking

    try:
        with transaction.atomic():
            u.delete()
    except ProtectedError:
        counts = [(Beoordeling.objects.filter(door=u).count(), "beoordeling", "beoordelingen"),
                  (Bewijsstuk.objects.filter(door=u).count(), "bewijsstuk", "bewijsstukken"),
                  (Opmerking.objects.filter(door=u).count(), "consultatieopmerking", "consultatieopmerkingen")]
        delen = [f"{n} {een if n == 1 else meer}" for n, een, meer in counts if n]
        wat = " en ".join([", ".join(delen[:-1]), delen[-1]] if len(delen) > 1 else delen)
        raise UsageError(f"{name} wordt niet verwijderd: {name} legde {wat} vast, en het register is alleen aan te "
                         "vullen (het bewaart wie wat vastlegde)",
                         hint=f"neem in plaats daarvan de rollen weg: wetgeving user remove {name} --gemeente GM… "
                              "(of zet het account uit in /beheer/: 'Actief' uitvinken)") from None
    click.echo(f"gebruiker {name} verwijderd, met rollen en profiel")

