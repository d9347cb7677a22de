"""Commands on the sources and on one regeling: sources list/sync, show, validate, convert."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import click

from wetgeving.cli import basis as b

STATUS = {"present": "aanwezig", "copied": "gekopieerd", "downloaded": "gedownload"}


@b.cli.group()
def sources() -> None:
    """The real sources listed in corpus/bronnen.toml."""


@sources.command("list")
@click.option("--from", "mirror", type=click.Path(path_type=Path, file_okay=False, exists=True),
              help="Mirror folder to check too.")
def sources_list(mirror: Path | None) -> None:
    """List every source with its kind, date and whether it is available locally (and unchanged)."""
    from wetgeving.app import regelingen as app
    from wetgeving.bronnen.integriteit import check
    from wetgeving.render.berichten import sources as text

    states = app.source_states(b.cat(mirror))
    click.echo(text(states), nl=False)
    refused = next((s for s in states if s.gewijzigd and not s.toegestaan and s.pad is not None), None)
    if refused is not None and refused.pad is not None:
        check(refused.bron, refused.pad)  # raises the hash message


@sources.command("sync")
@click.option("--from", "mirror", type=click.Path(path_type=Path, file_okay=False),
              help="Mirror folder to copy from (default: WETGEVING_SOURCES, else download).")
@click.option("--url", "base_url", help="Base URL of a mirror served over HTTP (file paths as in the catalogue).")
@click.option("--cache", "cache", type=click.Path(path_type=Path, file_okay=False),
              help="Cache folder to fill (default: WETGEVING_CACHE or the user cache dir).")
@click.option("--only", multiple=True, help="Sync only these source ids.")
def sources_sync(mirror: Path | None, base_url: str | None, cache: Path | None, only: tuple[str, ...]) -> None:
    """Copy or download every source into the local cache, verifying checksums."""
    from wetgeving.app import regelingen as app
    from wetgeving.bronnen.catalogus import Catalogus

    c = b.cat()
    if mirror is None and base_url is None:
        mirror = c.sources_dir
    if cache is not None:
        c = Catalogus(bronnen=c.bronnen, cache=cache, corpus=c.corpus)
    results = app.sync_sources(c, only, mirror=mirror, base_url=base_url,
                               report=lambda r: click.echo(f"{STATUS[r.status]:11} {r.bron.id}"))
    counts = Counter(STATUS[r.status] for r in results)
    click.echo(f"{len(results)} bron{'' if len(results) == 1 else 'nen'} gecontroleerd in {c.cache} ("
               + ", ".join(f"{n} {s}" for s, n in sorted(counts.items())) + ")")


@b.cli.command()
@click.argument("regeling")
@click.argument("address", required=False)
def show(regeling: str, address: str | None) -> None:
    """Print a unit of a regeling with its citation and JCI.

    ADDRESS is a citation ("artikel 36a, tweede lid"), an address (artikel:36a/lid:2) or a JCI.
    """
    from wetgeving.app import regelingen as app
    from wetgeving.render.tekst import show as render

    found = app.show(b.cat(), regeling, address)
    b.emit(None, render(found.regeling, found.adres, found.eenheid), False)


@b.cli.command()
@click.argument("file", type=click.Path(path_type=Path))
def validate(file: Path) -> None:
    """Check a file: our XML against schemas/, any other supported format by importing it.

    A folder (corpus/) is checked whole: every XML file against its schema, then the consistency of the
    tranches (themes, addresses, dates, sources, attribution of every change)."""
    from wetgeving.app import regelingen as app

    if file.is_dir():
        found = app.validate_corpus(b.cat(), file)
        for path, kind in found.bestanden:
            click.echo(f"{path}: geldig {kind}")
        for fout, text in found.bevindingen:
            click.echo(text, err=fout)
        click.echo(f"{len(found.bestanden)} bestanden geldig; samenhang: {found.fouten} fouten, "
                   f"{len(found.bevindingen) - found.fouten} opmerkingen")
        if found.fouten:
            raise SystemExit(1)
        return
    r = app.validate_file(file)
    reg, kinds = r.regeling, r.soorten
    click.echo(f"{file}: geldig — {reg.citeertitel} ({reg.bwb_id}) geldig vanaf {reg.geldig_vanaf}: "
               f"{kinds['Artikel']} artikelen, {kinds['Lid']} leden, {kinds['Onderdeel']} onderdelen")


@b.cli.command()
@click.argument("source")
@click.argument("output", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--force", is_flag=True, help="Overwrite OUTPUT if it exists.")
def convert(source: str, output: Path, force: bool) -> None:
    """Convert a regeling (name[@date] or file) to our XML (schemas/regeling.xsd)."""
    from wetgeving.app import regelingen as app

    b.refuse_existing(output, force)
    reg, data = app.convert(b.cat(), source)
    b.emit(output, data.decode("utf-8"), True)
    click.echo(f"{len(reg.artikelen())} artikelen")
