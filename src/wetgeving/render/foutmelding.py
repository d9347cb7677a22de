"""What the command line says, and with which exit code, when a command ends in an exception: one Dutch message
on stderr (``fout: …`` with what to do), never a traceback. Exit code 1 for content, 2 for usage."""

from __future__ import annotations

from dataclasses import dataclass

import click

from wetgeving.errors import WetgevingError, oorzaak
from wetgeving.render.clickfout import dutch
from wetgeving.util import STANDAARDUITVOER


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
    if isinstance(exc, click.exceptions.NoArgsIsHelpError) and exc.ctx is not None:  # «wetgeving» alone: its help,
        return Afloop(exc.ctx.get_help(), exc.exit_code)  # as click shows it, not inside a «fout:» (helper-104)
    if isinstance(exc, click.UsageError):
        message, hint = dutch(exc)
        return Afloop(f"fout: {message}\n  wat te doen: {hint}", exc.exit_code)
    if isinstance(exc, click.ClickException):
        return Afloop(f"fout: {exc.format_message()}", exc.exit_code)
    if isinstance(exc, KeyboardInterrupt):
        return Afloop("onderbroken (Ctrl-C)", 130)
    if isinstance(exc, BrokenPipeError):  # the reader stopped early ('| head'): quiet, exit 1 as click does
        return Afloop("", 1)
    if isinstance(exc, OSError) and exc.filename == STANDAARDUITVOER:  # '> /dev/full', a full disk, '>&-'
        return Afloop(f"fout: kan niet naar de standaarduitvoer schrijven: {oorzaak(exc)}; het antwoord is niet of "
                      "niet volledig geschreven\n  wat te doen: stuur de uitvoer naar een plek waar zij past, "
                      "bijvoorbeeld een bestand op een schijf met ruimte (of --output BESTAND, waar de opdracht dat "
                      "kent), en voer de opdracht opnieuw uit", 1)
    if isinstance(exc, OSError):  # last resort: a file the command could not open, read or write
        where = f" {exc.filename}" if exc.filename else ""
        return Afloop(f"fout: kan{where} niet gebruiken: {oorzaak(exc)}\n"
                      "  wat te doen: controleer of het pad bestaat en of u het mag lezen of schrijven", 1)
    return None

