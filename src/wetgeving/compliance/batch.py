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
from wetgeving.errors import UsageError
from wetgeving.util import atomic_write

SUFFIX = {"markdown": "md", "html": "html", "docx": "docx", "csv": "csv", "json": "json"}


def write_all(gemeenten: list[Gemeente], when: date, items: tuple[Verplichting, ...], reg: Register, folder: Path,
              fmt: str, *, force: bool = False, progress: bool = True) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    n = 0
    with click.progressbar(gemeenten, label="checklists", file=sys.stderr,
                           hidden=not progress) as bar:
        for g in bar:
            path = folder / f"{g.code}-{when.isoformat()}.{SUFFIX[fmt]}"
            if path.exists() and not force:
                raise UsageError(f"{path} exists", hint="pass --force to overwrite")
            atomic_write(path, render(cl.make(g, when, items, reg.current(g.code)), fmt))
            n += 1
    return n
