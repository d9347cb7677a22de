"""The web application's tasks the command line runs (``serve``, ``user add``, ``user remove``): each sets Django up
(and migrates) first, so that the CLI makes one call per command and imports nothing of Django itself."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from wetgeving.web import opstart


def serve(host: str, port: int, *, production: bool, workers: int | None, started: Callable[[], None]) -> None:
    """Migrate, refuse an unsafe production configuration, tell ``started`` and run gunicorn until it is stopped
    (default workers: 1, in production 4)."""
    opstart.setup()
    if production:
        opstart.production_check()
    opstart.port_vrij(host, port)  # helper-92: a port in use gave English gunicorn lines after «http://…»
    started()
    opstart.serve(host, port, workers=workers or (4 if production else 1))


def add_user(name: str, gemeenten: Sequence[str], provincies: Sequence[str], rol: str, organisatie: str,
             password: Callable[[], str]) -> str:
    """Add a user (or give an existing one ``rol``) at the gemeenten named and every gemeente of the provincies."""
    opstart.setup()
    from wetgeving.web import gebruikers  # needs Django set up

    return gebruikers.add(name, gebruikers.codes(gemeenten, provincies), rol, organisatie, password)


def remove_user(name: str, gemeenten: Sequence[str], provincies: Sequence[str]) -> str:
    """Take away the user's roles at the gemeenten and provincies named; naming none removes the user."""
    opstart.setup()
    from wetgeving.web import gebruikers  # needs Django set up

    taken = gebruikers.codes(gemeenten, provincies, bekend=False) if gemeenten or provincies else None
    return gebruikers.remove(name, taken)
