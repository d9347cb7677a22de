"""``python3 -m wetgeving.web serve|user add|register import`` — the web commands on their own, until the
``wetgeving`` CLI includes them."""

from __future__ import annotations

import sys

import click

from wetgeving.errors import WetgevingError
from wetgeving.web.commands import register, serve, user


@click.group()
def main() -> None:
    """The web application of wetgeving."""


main.add_command(serve)
main.add_command(user)
main.add_command(register)

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
