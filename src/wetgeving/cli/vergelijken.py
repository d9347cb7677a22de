"""The diff command: compare two versions of a regeling, as text, HTML, DOCX with tracked changes, or JSON."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from wetgeving.app import vergelijken
from wetgeving.cli import basis as b
from wetgeving.errors import UsageError
from wetgeving.render.uitvoer import DIFF_FORMATS, render_diff


@click.command("diff")
@click.argument("old")
@click.argument("new")
@b.output_options(*DIFF_FORMATS, default="text")
@click.option("--only", help='Only this unit, e.g. "artikel 28" or artikel:28/lid:2.')
@click.option("--author", default="wetgeving", show_default=True, callback=b.check_author,
              help="Author of the tracked changes (docx).")
@b.date_option("Date of the tracked changes (docx), YYYY-MM-DD; default none.")
@click.option("--structure-only", is_flag=True, help="JSON without law text: kinds, addresses, text hashes.")
def diff_cmd(old: str, new: str, fmt: str, output: Path | None, force: bool, only: str | None, author: str,
             when: str | None, structure_only: bool) -> None:
    """Compare two versions of a regeling: which units changed, and which words."""
    if structure_only and fmt != "json":
        raise UsageError("--structure-only hoort bij --format json", hint="geef --format json, of laat --structure-only weg")
    if when and fmt != "docx":
        raise UsageError("--date dateert de bijgehouden wijzigingen van --format docx",
                         hint="geef --format docx (of -o BESTAND.docx), of laat --date weg")
    d = vergelijken.compare(b.cat(), old, new, only)
    b.emit(output, render_diff(d, fmt, author=author, when=b.moment_of(when), structure_only=structure_only,
                             colour=output is None and sys.stdout.isatty()), force)
