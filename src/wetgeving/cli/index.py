"""Commands on the reverse-reference index over a folder of laws: index build, cited-by, dangling --all."""

from __future__ import annotations

import os
from pathlib import Path

import click

from wetgeving.app import index as app
from wetgeving.cli import basis as b
from wetgeving.errors import InputError, UsageError
from wetgeving.nummers import telling
from wetgeving.render import index as weergave
from wetgeving.util import vandaag

db_option = click.option("--db", type=click.Path(path_type=Path, dir_okay=False),
                         callback=lambda ctx, param, given: given or app.default_db(os.environ),
                         help="The index database (default: index.sqlite in WETGEVING_DATA, else the user data folder).")
format_option = click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)


@click.group("index")
def index_group() -> None:
    """The reverse-reference index over a folder of BWB XML and regelrecht YAML."""


@index_group.command("build")
@click.argument("folder", type=click.Path(path_type=Path, exists=True))
@click.option("--jobs", type=click.IntRange(min=1), help="Processes (default: one per core; 1: no pool).")
@click.option("--scheduler", metavar="ADDRESS", help="Run the per-file work on this Dask scheduler (tcp://host:8786).")
@db_option
@click.option("--partial", "partial", multiple=True, type=click.Path(path_type=Path, dir_okay=False, exists=True),
              help="A file that holds only some artikelen of its version (repeatable).")
@click.option("--skip-unreadable", is_flag=True, help="Exit 0 even when some files could not be indexed (they are listed).")
def index_build(folder: Path, jobs: int | None, scheduler: str | None, db: Path, partial: tuple[Path, ...],
                skip_unreadable: bool) -> None:
    """Index every BWB XML and regelrecht YAML file under FOLDER; unchanged files are not read again."""
    b.weiger_in_bronnen(db, b.cat())  # the index is no source (helper-220)
    verslag = app.build(b.cat(), folder, db, jobs=jobs, scheduler=scheduler, partial=partial)
    click.echo(verslag.regels()[0] + f" → {db}")
    click.echo("".join(r + "\n" for r in verslag.regels()[1:]), err=True, nl=False)
    if verslag.fouten and not skip_unreadable:
        raise InputError(f"{telling(len(verslag.fouten), 'bestand kon', 'bestanden konden')} niet worden geïndexeerd "
                         "(hierboven genoemd)", file=folder,
                         hint="herstel of verwijder ze, of geef --skip-unreadable om ze over te slaan")


@click.command("cited-by")
@click.argument("citation")
@b.date_option("The date (YYYY-MM-DD) whose versions count; default: today in the Netherlands.")
@db_option
@format_option
def cited_by_cmd(citation: str, when: str | None, db: Path, fmt: str) -> None:
    """Every provision, in any indexed law, that cites CITATION ("artikel 86 Gemeentewet", "art. 5:16 Awb") on a date."""
    day = b.day(when) or vandaag()
    doel, found = app.cited_by(b.cat(), db, citation, day)
    click.echo((weergave.cited_by_json if fmt == "json" else weergave.cited_by_text)(doel, found, day), nl=False)


@click.command("dangling")
@click.option("--all", "everything", is_flag=True, help="In every indexed law (required: the whole index).")
@b.date_option("The date (YYYY-MM-DD) whose versions count; default: today in the Netherlands.")
@db_option
@format_option
def dangling_cmd(everything: bool, when: str | None, db: Path, fmt: str) -> None:
    """References, in any indexed law, to artikelen and containers that do not exist on the date."""
    if not everything:
        raise UsageError("geef --all: zoek in de hele index", hint="voor één regeling: wetgeving graph dangling REGELING")
    day = b.day(when) or vandaag()
    found = app.dangling(b.cat(), db, day)
    click.echo(weergave.dangling_json(found, day) if fmt == "json" else weergave.dangling_text(found, day), nl=False)
