"""Checklists for every gemeente of a register, with a progress bar on stderr."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

import click

from wetgeving.errors import OutputError, UsageError, oorzaak
from wetgeving.nummers import telling
from wetgeving.render.checklist import render
from wetgeving.util import atomic_write

if TYPE_CHECKING:
    from wetgeving.app.naleving import Checklistreeks

SUFFIX = {"markdown": "md", "html": "html", "docx": "docx", "pdf": "pdf", "csv": "csv", "json": "json"}


def write_all(reeks: Checklistreeks, folder: Path, fmt: str, *, force: bool = False, progress: bool = True) -> int:
    """Write the checklist of every gemeente of ``reeks`` (each made as it is written:
    :func:`wetgeving.app.naleving.all_checklists`) into ``folder``: all of them or none.

    The checklists are written into a hidden temporary folder beside ``folder`` first and moved in only
    when every one of them is complete, so a full disk, an error or Ctrl-C never leaves a partial batch
    (and never replaces only some of the files an earlier run wrote)."""
    if folder.exists() and not folder.is_dir():
        raise OutputError(f"{folder} is geen map", hint="geef bij --output een map voor de checklists")
    gemeenten, make = reeks.gemeenten, reeks.maak
    names = [f"{g.code}-{reeks.peildatum.isoformat()}.{SUFFIX[fmt]}" for g in gemeenten]
    mappen = [folder / n for n in names if (folder / n).is_dir()]  # no --force replaces a folder (helper-80: 7 of 13
    if mappen:  # files were replaced before the rename into a folder of that name failed)
        raise OutputError(f"{mappen[0]} is een map, geen checklist" + (f" (en {len(mappen) - 1} meer)" if len(mappen) > 1
                                                                       else ""),
                          hint="verwijder of hernoem die map, of kies een andere map bij --output")
    if not force:  # refuse before writing anything, so a refusal never leaves half a batch
        existing = [folder / n for n in names if (folder / n).exists()]
        if existing:
            raise UsageError(f"{telling(len(existing), 'checklist bestaat', 'checklists bestaan')} al, "
                             f"bijvoorbeeld {existing[0]}",
                             hint="geef --force om te overschrijven, of kies een andere map bij --output")
    staging = _staging(folder)
    try:
        # on a terminal only: elsewhere click writes the label alone, a stray «checklists» line (helper-75)
        with click.progressbar(list(zip(gemeenten, names, strict=True)), label="checklists schrijven", file=sys.stderr,
                               hidden=not progress or not sys.stderr.isatty()) as bar:
            for g, name in bar:
                atomic_write(staging / name, render(make(g), fmt))
        _move_in(staging, folder, names)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return len(names)


def _staging(folder: Path) -> Path:
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        return Path(tempfile.mkdtemp(prefix=f".{folder.name}.", suffix=".tmp", dir=folder.parent))
    except OSError as exc:
        raise OutputError(f"kan niet schrijven naast {folder}: {oorzaak(exc)}") from None


def _move_in(staging: Path, folder: Path, names: list[str]) -> None:
    """Renames within one file system: they need no space, so they do not fail on a full disk."""
    try:
        if not folder.exists():
            umask = os.umask(0)
            os.umask(umask)
            staging.chmod(0o777 & ~umask)  # mkdtemp made it private; the folder gets the usual mode
            staging.rename(folder)
            return
        for name in names:
            os.replace(staging / name, folder / name)
    except OSError as exc:
        raise OutputError(f"kan de checklists niet naar {folder} verplaatsen: {oorzaak(exc)}") from None
