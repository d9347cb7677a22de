"""The web application's commands: serve, user add and user remove."""

from __future__ import annotations

import sys

import click

from wetgeving.web import taken


@click.command("serve")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--production", is_flag=True, help="Refuse the default SECRET_KEY; more worker processes.")
@click.option("--workers", default=None, type=click.IntRange(1, 64), help="gunicorn workers (default 1, production 4).")
def serve(port: int, host: str, production: bool, workers: int | None) -> None:
    """Migrate the database and start the web application (gunicorn)."""
    taken.serve(host, port, production=production, workers=workers,
                started=lambda: click.echo(f"wetgeving: http://{host}:{port}/ (stoppen met Ctrl-C)", err=True))


@click.group("user")
def user() -> None:
    """Users of the web application."""


@user.command("add")
@click.argument("name")
@click.option("--gemeente", "gemeenten", multiple=True, help="CBS code (GM0363) or name; repeat for several gemeenten.")
@click.option("--provincie", "provincies", multiple=True, help="Every gemeente of this province (Noord-Holland); repeatable.")
@click.option("--rol", type=click.Choice(["lezer", "beoordelaar", "beheerder"]), default="lezer", show_default=True)
@click.option("--organisatie", default="", help="Organisation for consultation comments (shared by its users).")
def user_add(name: str, gemeenten: tuple[str, ...], provincies: tuple[str, ...], rol: str, organisatie: str) -> None:
    """Add a user, or give an existing one a role; the password is read from standard input (one line), asked for
    without echo at a terminal."""
    def wachtwoord() -> str:  # helper-104: at a terminal nothing asked for it, and the typed password showed
        if sys.stdin.isatty():
            import getpass

            return getpass.getpass(f"Wachtwoord voor {name}: ")
        return sys.stdin.readline().rstrip("\r\n")

    click.echo(taken.add_user(name, gemeenten, provincies, rol, organisatie, wachtwoord))


@user.command("remove")
@click.argument("name")
@click.option("--gemeente", "gemeenten", multiple=True,
              help="Take away the role for this gemeente (CBS code or name); repeat. Without it: remove the user.")
@click.option("--provincie", "provincies", multiple=True, help="Take away the roles for every gemeente of this province.")
def user_remove(name: str, gemeenten: tuple[str, ...], provincies: tuple[str, ...]) -> None:
    """Take away a user's roles for some gemeenten, or remove the user (refused when they recorded something)."""
    click.echo(taken.remove_user(name, gemeenten, provincies))

