"""``python3 -m wetgeving.web serve|user …|schema`` — the web commands on their own (``wetgeving serve`` and
``wetgeving user`` are the same commands), and ``schema``: the SQLite script the CLI creates the shared
database with (see :mod:`wetgeving.web.schema`)."""

from __future__ import annotations

import os
import sys

import click

from wetgeving.errors import WetgevingError
from wetgeving.web.commands import serve, user


@click.group()
def main() -> None:
    """The web application of wetgeving."""


@main.command("schema")
def schema() -> None:
    """Print the SQLite script of the shared database (the migrations run on an empty file)."""
    from wetgeving.web.schema import sqlite_schema

    click.echo(sqlite_schema(os.environ), nl=False)


main.add_command(serve)
main.add_command(user)

if __name__ == "__main__":
    try:
        main(standalone_mode=False)
    except WetgevingError as exc:
        click.echo(str(exc), err=True)
        sys.exit(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except click.exceptions.Abort:
        sys.exit(1)
