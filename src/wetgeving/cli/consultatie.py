"""The consultation command: a reaction on a bill as DOCX, internetconsultatie text, Markdown or HTML."""

from __future__ import annotations

from pathlib import Path

import click

from wetgeving.app.consultatie import consult as prepare
from wetgeving.cli import basis as b
from wetgeving.render.uitvoer import consultation_kind, render_consultation


@click.command()
@click.argument("comments", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--output", "-o", type=click.Path(path_type=Path, dir_okay=False), callback=b.dash_is_stdout,
              help="Output file (required for docx).")
@click.option("--format", "fmt", type=click.Choice(["docx", "internetconsultatie", "markdown", "html"]),
              default=None, help="Default: from the output's extension (.docx, .txt, .md, .html).")
@click.option("--bill", help="Override the bill named in the comments file (tranche, act file or a file with the proposed text).")
@click.option("--base", help="Override the base law named in the comments file (e.g. gemeentewet@2026-10-01).")
@b.date_option("Date for the document and its comments (YYYY-MM-DD); default the file's datum.")
@click.option("--author", default="", callback=b.check_author,
              help="Author of the Word document, its comments and tracked changes (default, or empty: organisatie).")
@b.force_option
def consult(comments: Path, output: Path | None, fmt: str | None, bill: str | None, base: str | None,
            when: str | None, author: str, force: bool) -> None:
    """Write a consultation reaction on a bill: DOCX with comments and tracked alternatives, text, HTML."""
    b.refuse_existing(output, force)
    kind = consultation_kind(fmt, output)
    moment = b.moment_of(when)
    v = prepare(b.cat(), comments, bill=bill, base=base, datum=moment.date() if moment else None)
    click.echo("".join(w + "\n" for w in v.waarschuwingen), err=True, nl=False)
    b.emit(output, render_consultation(v, kind, author=author, when=moment), force)
