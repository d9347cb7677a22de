"""``python3 -m wetgeving.web schema``: the SQLite script the CLI creates the shared database with (see
:mod:`wetgeving.web.schema`). The web application itself is started with ``wetgeving serve``."""

from __future__ import annotations

import os
import sys

import click

from wetgeving.render.foutmelding import afloop


@click.group()
def main() -> None:
    """The web application of wetgeving (start it with 'wetgeving serve')."""


@main.command("schema")
def schema() -> None:
    """Print the SQLite script of the shared database (the migrations run on an empty file)."""
    from wetgeving.web.schema import sqlite_schema

    click.echo(sqlite_schema(os.environ), nl=False)


if __name__ == "__main__":
    try:
        main(standalone_mode=False)
    except (Exception, KeyboardInterrupt) as exc:
        found = afloop(exc)
        if found is None:
            raise
        click.echo(found.tekst, err=True)
        sys.exit(found.code)
