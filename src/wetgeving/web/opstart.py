"""Starting the web application: configure Django and migrate (also for the CLI's register on ``DATABASE_URL``),
refuse an unsafe production configuration, run gunicorn."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from wetgeving.errors import UsageError, oorzaak


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

    key = settings.SECRET_KEY  # what Django's check --deploy asks (security.W009): 50 characters, 5 different ones
    if key == DEFAULT_SECRET_KEY or len(key) < 50 or len(set(key)) < 5 or key.startswith("django-insecure-"):
        raise UsageError("--production weigert de standaardsleutel en een sleutel korter dan 50 tekens, met minder "
                         "dan 5 verschillende tekens of die begint met «django-insecure-»",
                         hint="zet WETGEVING_SECRET_KEY op een lange geheime waarde, bijv. "
                              "python3 -c 'import secrets; print(secrets.token_urlsafe(50))'")
    if settings.DEBUG:
        raise UsageError("--production met WETGEVING_DEBUG=1 is onveilig", hint="zet WETGEVING_DEBUG uit")


def port_vrij(host: str, port: int) -> None:
    """Refuse, in Dutch, an address gunicorn cannot listen on (a port in use, a host not of this machine)."""
    import errno
    import socket

    naam = host.removeprefix("[").removesuffix("]")  # «[::1]», as in a URL (helper-93: refused since the check came)
    try:
        family = socket.getaddrinfo(naam, port, type=socket.SOCK_STREAM)[0][0]
    except socket.gaierror:
        raise UsageError(f"kan niet luisteren op {host}: dat adres is op deze machine niet bekend",
                         hint="geef met --host een adres van deze machine, bijvoorbeeld 127.0.0.1 of ::1") from None
    try:
        with socket.create_server((naam, port), family=family):
            pass
    except OSError as exc:
        bezet = exc.errno == errno.EADDRINUSE
        raise UsageError(f"kan niet luisteren op {host}:{port}: {oorzaak(exc)}",
                         hint="geef met --port een vrije poort, of stop het programma dat deze poort gebruikt" if bezet
                         else "geef met --host een adres van deze machine, bijvoorbeeld 127.0.0.1") from None


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
            # the longest request line gunicorn allows (0 … 8190; default 4094): a longer URL than the default gets
            # Django's Dutch 404, not gunicorn's English «Request Line is too large» (helper-193); beyond 8190 bytes
            # gunicorn still answers itself (docs/architecture.md, web/opstart.py)
            self.cfg.set("limit_request_line", 8190)
            if "control_socket_disable" in self.cfg.settings:  # gunicorn 27 writes one to ~/.gunicorn otherwise
                self.cfg.set("control_socket_disable", True)

        def load(self) -> Any:
            return application

    _App().run()
