"""What the command line says, and with which exit code, when a command ends in an exception: one Dutch message
on stderr (``fout: …`` with what to do), never a traceback. Exit code 1 for content, 2 for usage."""

from __future__ import annotations

from dataclasses import dataclass

import click

from wetgeving.errors import WetgevingError, oorzaak
from wetgeving.render.clickfout import dutch


@dataclass(frozen=True)
class Afloop:
    tekst: str  # for stderr; empty: say nothing
    code: int


def afloop(exc: BaseException) -> Afloop | None:
    """The message and exit code for ``exc``; None for an exception that is a bug (it keeps its traceback)."""
    if isinstance(exc, WetgevingError):
        return Afloop(f"fout: {exc}", exc.exit_code)
    if isinstance(exc, SystemExit):
        return Afloop("", exc.code if isinstance(exc.code, int) else 1)
    if isinstance(exc, click.exceptions.Abort):  # click turns Ctrl-C (SIGINT) into Abort: exit 130, as a shell does
        if isinstance(exc.__context__, KeyboardInterrupt):
            return Afloop("onderbroken (Ctrl-C)", 130)
        return Afloop("afgebroken", 1)
    if isinstance(exc, click.UsageError):
        message, hint = dutch(exc)
        return Afloop(f"fout: {message}\n  wat te doen: {hint}", exc.exit_code)
    if isinstance(exc, click.ClickException):
        return Afloop(f"fout: {exc.format_message()}", exc.exit_code)
    if isinstance(exc, KeyboardInterrupt):
        return Afloop("onderbroken (Ctrl-C)", 130)
    if isinstance(exc, BrokenPipeError):
        return Afloop("", 0)
    if isinstance(exc, OSError) and exc.filename is None and _in_echo(exc):  # '> /dev/full': the answer is lost
        return Afloop(f"fout: kan niet naar de standaarduitvoer schrijven: {oorzaak(exc)}\n"
                      "  wat te doen: stuur de uitvoer naar een plek waar zij past, bijvoorbeeld een bestand op een "
                      "schijf met ruimte", 1)
    if isinstance(exc, OSError):  # last resort: a file the command could not open, read or write
        where = f" {exc.filename}" if exc.filename else ""
        return Afloop(f"fout: kan{where} niet gebruiken: {oorzaak(exc)}\n"
                      "  wat te doen: controleer of het pad bestaat en of u het mag lezen of schrijven", 1)
    return None


def _in_echo(exc: BaseException) -> bool:
    """Whether ``exc`` came from writing an answer (click's ``echo`` writes every answer to standard output)."""
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_name == "echo" and tb.tb_frame.f_globals.get("__name__") == "click.utils":
            return True
        tb = tb.tb_next
    return False
