"""Starting the web application: configure Django and migrate (also for the CLI's register on ``DATABASE_URL``),
refuse an unsafe production configuration, run gunicorn."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from wetgeving.errors import UsageError


def setup() -> None:
    """Configure Django (once) with :mod:`wetgeving.web.settings` and bring the database schema up to date."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wetgeving.web.settings")
    _check_database_url(os.environ.get("DATABASE_URL", ""))
    import django
    from django.conf import settings

    django.setup()
    from django.core.management import call_command

    if settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"):
        Path(settings.DATABASES["default"]["NAME"]).parent.mkdir(parents=True, exist_ok=True)
    from wetgeving.web.register import fouten

    with fouten():
        call_command("migrate", interactive=False, verbosity=0)


def _check_database_url(url: str) -> None:
    """Refuse a DATABASE_URL the settings cannot read (an unknown scheme, a broken address) or that names an
    SQLite database in memory, before Django reads it, with what to write instead."""
    if not url:
        return
    import dj_database_url

    try:
        db = dj_database_url.parse(url)
    except ValueError as exc:
        scheme = url.partition(":")[0]
        unknown = isinstance(exc, dj_database_url.UnknownSchemeError)
        wat = f"het schema {scheme!r} is onbekend" if unknown else "het adres is onleesbaar"
        raise UsageError(f"DATABASE_URL is geen databaseadres: {wat}",
                         hint="schrijf postgres://gebruiker:wachtwoord@server/database, of maak DATABASE_URL leeg voor "
                              "het SQLite-bestand") from None
    in_memory = str(db.get("ENGINE", "")).endswith("sqlite3") and db.get("NAME") in ("", ":memory:")
    if in_memory:  # each command would start an empty database and lose what it recorded
        raise UsageError("DATABASE_URL wijst een database in het geheugen aan: wat een opdracht vastlegt, is weg "
                         "zodra zij eindigt", hint="noem een bestand (sqlite:////pad/naar/wetgeving.sqlite3) of een "
                         "databaseserver (postgres://…)")


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


def serve(host: str, port: int, *, workers: int) -> None:
    """Run the (migrated, checked) application under gunicorn until it is stopped."""
    from django.db import connections
    from gunicorn.app.base import BaseApplication

    connections.close_all()  # gunicorn forks its workers: none may inherit the migration's open connection

    from wetgeving.web.wsgi import application

    class _App(BaseApplication):  # type: ignore[misc]
        def load_config(self) -> None:
            self.cfg.set("bind", f"{host}:{port}")
            self.cfg.set("workers", workers)
            self.cfg.set("accesslog", "-")

        def load(self) -> Any:
            return application

    _App().run()
