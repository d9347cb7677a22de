"""The ``wetgeving`` command line: parse options, call the application layer (:mod:`wetgeving.app`), render.

Errors the user can fix are reported as one clear Dutch message on stderr with exit code 1 (content) or
2 (usage); never a traceback (:mod:`wetgeving.render.foutmelding`). What the user must be told while the answer
stands (a :class:`~wetgeving.errors.Melding`, e.g. a version that may not be the one in force on the date asked
for) is printed once per text as a "let op" line on stderr.
"""

from __future__ import annotations

import gc
import sys
import warnings

import click

from wetgeving.bronnen import integriteit, secure
from wetgeving.cli.basis import cli
from wetgeving.errors import Melding, WetgevingError
from wetgeving.util import named_stdout

__all__ = ["cli", "main", "main_exit"]


def main(argv: list[str] | None = None) -> int:
    """Entry point: run the CLI and turn every user-facing error into a message and an exit code."""
    try:
        with integriteit.scope(), warnings.catch_warnings(record=True) as seen:
            warnings.simplefilter("always", Melding)
            code, gedekt = _main(argv)
            if integriteit.used():
                click.echo(integriteit.markering(), err=True)
    finally:
        secure.set_max_bytes(None)  # the limit of this invocation (WETGEVING_MAX_BYTES) ends with it
    for tekst in dict.fromkeys(str(w.message) for w in seen if issubclass(w.category, Melding)
                               and not issubclass(w.category, gedekt)):
        click.echo(f"let op: {tekst}", err=True)
    for w in seen:  # any other warning as Python would have shown it
        if not issubclass(w.category, Melding):
            warnings.showwarning(w.message, w.category, w.filename, w.lineno)
    return code


def _main(argv: list[str] | None) -> tuple[int, tuple[type[Warning], ...]]:
    """The exit code, and the kinds of Melding the error that ended the command already says (not printed after it)."""
    try:
        cli.main(args=argv, prog_name="wetgeving", standalone_mode=False)
    except (Exception, KeyboardInterrupt, SystemExit) as exc:
        from wetgeving.render.foutmelding import afloop  # only a command that ends in an exception needs it

        found = afloop(exc)
        if found is None:
            raise
        if found.tekst:
            click.echo(found.tekst, err=True)
        return found.code, exc.dekt if isinstance(exc, WetgevingError) else ()
    return 0, ()


def main_exit() -> None:
    """Console-script entry point (and ``python -m wetgeving``): one command, one process.

    The objects the imports made (modules, functions, classes) live until the process ends; ``gc.freeze()``
    moves them out of the collector's generations, so its full collections while a command builds its models
    no longer walk them. Not in :func:`main`, which tests call many times in one process."""
    gc.freeze()
    sys.stdout = named_stdout(sys.stdout)  # a full disk, or '>&-': the message names standard output
    sys.exit(main())
