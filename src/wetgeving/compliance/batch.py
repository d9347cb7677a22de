"""Checklists for every gemeente of a register, with a progress bar on stderr."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import click

from wetgeving.compliance import checklist as cl
from wetgeving.compliance.gemeenten import Gemeente
from wetgeving.compliance.register import Register
from wetgeving.compliance.verplichtingen import Verplichting
from wetgeving.compliance.weergave import render
from wetgeving.errors import OutputError, UsageError
from wetgeving.util import atomic_write

SUFFIX = {"markdown": "md", "html": "html", "docx": "docx", "csv": "csv", "json": "json"}


def write_all(gemeenten: list[Gemeente], when: date, items: tuple[Verplichting, ...], reg: Register, folder: Path,
              fmt: str, *, force: bool = False, progress: bool = True) -> int:
    if folder.exists() and not folder.is_dir():
        raise OutputError(f"{folder} is geen map", hint="geef bij --output een map voor de checklists")
    paths = [folder / f"{g.code}-{when.isoformat()}.{SUFFIX[fmt]}" for g in gemeenten]
    if not force:  # refuse before writing anything, so a refusal never leaves half a batch
        existing = [p for p in paths if p.exists()]
        if existing:
            raise UsageError(f"{len(existing)} checklists bestaan al, bijvoorbeeld {existing[0]}",
                             hint="geef --force om te overschrijven, of kies een andere map bij --output")
    n = 0
    with click.progressbar(list(zip(gemeenten, paths, strict=True)), label="checklists", file=sys.stderr,
                           hidden=not progress) as bar:
        for g, path in bar:
            atomic_write(path, render(cl.make(g, when, items, reg.as_of(g.code, when)), fmt))
            n += 1
    return n
