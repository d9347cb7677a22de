"""Commands on the sources and on one regeling: sources list/sync, show, validate, convert."""

from __future__ import annotations

from pathlib import Path

import click

from wetgeving.app import regelingen as app
from wetgeving.cli import basis as b
from wetgeving.nummers import telling
from wetgeving.render import berichten, tekst


@click.group()
def sources() -> None:
    """The real sources listed in corpus/bronnen.toml."""


@sources.command("list")
@click.option("--from", "mirror", type=click.Path(path_type=Path, file_okay=False, exists=True),
              help="Mirror folder to check too.")
def sources_list(mirror: Path | None) -> None:
    """List every source with its kind, date and whether it is available locally (and unchanged)."""
    states = app.source_states(b.cat(mirror))
    click.echo(berichten.sources(states), nl=False)
    refused = next((s.weigering for s in states if s.weigering is not None), None)
    if refused is not None:  # listed first, then refused with the hash message
        raise refused


@sources.command("sync")
@click.option("--from", "mirror", type=click.Path(path_type=Path, file_okay=False),
              help="Mirror folder to copy from (default: WETGEVING_SOURCES, else download).")
@click.option("--url", "base_url", help="Base URL of a mirror served over HTTP (file paths as in the catalogue).")
@click.option("--cache", "cache", type=click.Path(path_type=Path, file_okay=False),
              help="Cache folder to fill (default: WETGEVING_CACHE or the user cache dir).")
@click.option("--only", multiple=True, help="Sync only these source ids.")
def sources_sync(mirror: Path | None, base_url: str | None, cache: Path | None, only: tuple[str, ...]) -> None:
    """Copy or download every source into the local cache, verifying checksums."""
    c = b.cat().met_cache(cache)
    results = app.sync_sources(c, only, mirror=mirror if mirror or base_url else c.sources_dir, base_url=base_url,
                               report=lambda r: click.echo(f"{berichten.SYNC_STATUS[r.status]:11} {r.bron.id}"))
    click.echo(berichten.synced(results, c.cache), nl=False)


@click.command()
@click.argument("regeling")
@click.argument("address", required=False)
def show(regeling: str, address: str | None) -> None:
    """Print a unit of a regeling with its citation and JCI.

    ADDRESS is a citation ("artikel 36a, tweede lid"), an address (artikel:36a/lid:2) or a JCI.
    """
    found = app.show(b.cat(), regeling, address)
    b.emit(None, tekst.show(found.regeling, found.adres, found.eenheid, found.gevraagd, found.jci_op), False)


@click.command()
@click.argument("file", type=click.Path(path_type=Path))
def validate(file: Path) -> None:
    """Check a file: our XML against schemas/, any other supported format by importing it.

    A folder (corpus/) is checked whole: every XML file against its schema, then the consistency of the
    tranches (themes, addresses, dates, sources, attribution of every change)."""
    if not file.is_dir():
        click.echo(berichten.file_checked(file, app.validate_file(file)), nl=False)
        return
    found = app.validate_corpus(b.cat(), file)
    out, findings = berichten.corpus_checked(found)
    click.echo(findings, err=True, nl=False)
    click.echo(out, nl=False)
    if found.fouten:
        raise SystemExit(1)


@click.command()
@click.argument("source")
@click.argument("output", type=click.Path(path_type=Path, dir_okay=False))
@b.force_option
def convert(source: str, output: Path, force: bool) -> None:
    """Convert a regeling (name[@date] or file) to our XML (schemas/regeling.xsd)."""
    naar = None if output == b.STDOUT else output  # «-»: standard output (helper-116: a file named «-» was written)
    b.check_extension(naar, "xml")  # helper-80: «convert … c.docx» wrote XML into a .docx
    b.refuse_existing(naar, force)
    reg, data = app.convert(b.cat(), source)
    b.emit(naar, data.decode("utf-8"), True)
    click.echo(telling(len(reg.artikelen()), "artikel", "artikelen"), err=naar is None)  # the XML alone on stdout
