"""The weerbaar-bestuur tranches: list, show, timeline, and the redline a tranche makes in a law."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from wetgeving.app import tranches as app_tranches
from wetgeving.app import vergelijken
from wetgeving.cli import basis as b
from wetgeving.render import tranches as weergave
from wetgeving.render.uitvoer import DIFF_FORMATS, render_diff


@click.group()
def tranche() -> None:
    """The weerbaar-bestuur legislation: tranche 1 (in force), tranche 2 (bill), other changes."""


@tranche.command("list")
def tranche_list() -> None:
    """List the tranches and the other changes modelled in corpus/tranches."""
    click.echo(weergave.list_view(app_tranches.tranches(b.cat())), nl=False)


@tranche.command("show")
@click.argument("name")
@click.option("--theme", help="Only onderdelen of this theme (e.g. vog, geheimhouding).")
def tranche_show(name: str, theme: str | None) -> None:
    """Show a tranche's onderdelen with their instructions, dates and before/after text."""
    b.emit(None, weergave.show_view(app_tranches.inspect(b.cat(), name, theme=theme)), False)


@tranche.command("timeline")
def tranche_timeline() -> None:
    """What enters into force when."""
    click.echo(weergave.timeline_view(*app_tranches.tijdlijn(b.cat())), nl=False)


@tranche.command("diff")
@click.argument("name")
@click.option("--law", "law", default="", help="The regeling to compare (e.g. gemeentewet).")
@b.date_option("Only what is in force on this date (YYYY-MM-DD); for a bill: the day its label speaks of.")
@b.output_options(*DIFF_FORMATS, default="text")
def tranche_diff(name: str, law: str, when: str | None, fmt: str, output: Path | None, force: bool) -> None:
    """Redline of the law just before the tranche against the law with the tranche applied.

    For a bill (tranche 2): the current law against the law with the illustrative draft applied,
    labelled illustrative in every format."""
    d, label = vergelijken.compare_tranche(b.cat(), name, law, b.day(when))
    b.emit(output, render_diff(d, fmt, label=label, colour=output is None and sys.stdout.isatty()), force)
