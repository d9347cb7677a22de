"""The ``wetgeving`` command line: parse options, call the application layer (:mod:`wetgeving.app`), render.

Errors the user can fix are reported as one clear Dutch message on stderr with exit code 1 (content) or
2 (usage); never a traceback.
"""

from __future__ import annotations

import sys

import click

from wetgeving.cli import consultatie, graaf, naleving, regelingen, wijzigingen  # noqa: F401  (they add the commands)
from wetgeving.cli.basis import cli
from wetgeving.errors import WetgevingError
from wetgeving.index.commands import cited_by_cmd, dangling_cmd, index_group
from wetgeving.web.commands import serve, user

for _command in (index_group, cited_by_cmd, dangling_cmd, serve, user):  # the index (issue 16), the web app (11)
    cli.add_command(_command)

__all__ = ["cli", "main", "main_exit"]


def main(argv: list[str] | None = None) -> int:
    """Entry point: run the CLI and turn every user-facing error into a message and an exit code."""
    from wetgeving.bronnen import integriteit, secure

    try:
        with integriteit.scope():
            code = _main(argv)
            if integriteit.used():
                click.echo(integriteit.markering(), err=True)
    finally:
        secure.set_max_bytes(None)  # the limit of this invocation (WETGEVING_MAX_BYTES) ends with it
    return code


def _main(argv: list[str] | None) -> int:
    try:
        cli.main(args=argv, prog_name="wetgeving", standalone_mode=False)
    except WetgevingError as exc:
        click.echo(f"fout: {exc}", err=True)
        return exc.exit_code
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 1
    except click.exceptions.Abort:
        click.echo("afgebroken", err=True)
        return 1
    except click.UsageError as exc:
        from wetgeving.render.clickfout import dutch

        message, hint = dutch(exc)
        click.echo(f"fout: {message}\n  wat te doen: {hint}", err=True)
        return exc.exit_code
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except KeyboardInterrupt:
        click.echo("onderbroken", err=True)
        return 130
    except BrokenPipeError:
        return 0
    except OSError as exc:  # last resort: a file the command could not open, read or write
        where = f" {exc.filename}" if exc.filename else ""
        click.echo(f"fout: kan{where} niet gebruiken: {exc.strerror or exc}\n"
                   "  wat te doen: controleer of het pad bestaat en of u het mag lezen of schrijven", err=True)
        return 1
    return 0


def main_exit() -> None:
    """Console-script entry point."""
    sys.exit(main())
