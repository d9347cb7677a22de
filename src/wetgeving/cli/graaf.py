"""Commands on references and the provision graph: refs, graph build/export/impact/dangling/explain."""

from __future__ import annotations

import json
import time
from collections import Counter
from pathlib import Path

import click

from wetgeving.app import verwijzingen as app
from wetgeving.cli.basis import cat, cli, date_option, day, emit, format_for, format_option, output_options
from wetgeving.locatie import Adres


@cli.command()
@click.argument("regeling")
@click.argument("address", required=False)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--unresolved", is_flag=True, help="Only references whose target does not resolve (a missing unit, "
              "or a law whose BWB id is not known).")
def refs(regeling: str, address: str | None, fmt: str, unresolved: bool) -> None:
    """List the references in a regeling (or in one unit): citing text, kind, target and whether it resolves."""
    rows = app.refs(cat(), regeling, address, unresolved=unresolved)
    if fmt == "json":
        click.echo(json.dumps([{"bron": r.bron, "tekst": r.tekst, "soort": r.soort, "doel": r.doel, "status": r.status}
                               for r in rows], ensure_ascii=False, indent=1))
        return
    for r in rows:
        click.echo(f"{r.bron:32} {r.soort:9} {r.tekst!r:60.60} → {r.doel or '?'} {r.status}")
    open_ = sum(1 for r in rows if r.onopgelost)
    click.echo(f"{len(rows)} verwijzingen, waarvan {open_} onopgelost")


@cli.group()
def graph() -> None:
    """The provision graph: containment, references, amendments, obligations, actors."""


@graph.command("build")
@click.argument("regeling")
@output_options
def graph_build(regeling: str, output: Path | None, force: bool) -> None:
    """Build the graph of a regeling version and report its size (and write it as JSON)."""
    from wetgeving.graaf.vragen import dangling
    from wetgeving.render.graaf import to_json

    t = time.perf_counter()
    g = app.graph(cat(), regeling)
    took = time.perf_counter() - t
    kinds = Counter(d.get("soort") for _, _, d in g.edges(data=True))
    click.echo(f"{g.number_of_nodes()} knopen, {g.number_of_edges()} verbindingen ("
               + ", ".join(f"{n} {k}" for k, n in sorted(kinds.items())) + f"); {len(dangling(g))} onopgelost; "
               f"gebouwd in {took:.2f} s")
    if output is not None:
        emit(output, to_json(g), force)


@graph.command("export")
@click.argument("regeling")
@format_option("graphml", "json", "dot", "svg", "html", default="html")
@output_options
def graph_export(regeling: str, fmt: str | None, output: Path | None, force: bool) -> None:
    """Export the graph as GraphML, JSON node-link, DOT, SVG (needs graphviz) or a clickable HTML page."""
    from wetgeving.render.graaf import export

    fmt = format_for(fmt, output, ("graphml", "json", "dot", "svg", "html"), "html")
    g = app.graph(cat(), regeling)
    if fmt == "svg":  # graphviz can take a while on a whole law: say so
        click.echo(f"graaf met {g.number_of_nodes()} knopen wordt met graphviz getekend; dat kan even duren …", err=True)
    emit(output, export(g, fmt), force)


@graph.command("impact")
@click.argument("regeling")
@click.argument("address")
@click.option("--depth", default=1, show_default=True, type=click.IntRange(min=1),
              help="1: direct references; more: transitively.")
def graph_impact(regeling: str, address: str, depth: int) -> None:
    """What refers to a unit (directly or transitively), each with its citing text."""
    found = app.impact(cat(), regeling, address, depth=depth)
    adres = found.adres
    if not found.bestaat:
        click.echo(f"let op: {adres.citation()} bestaat niet in deze versie; deze verwijzingen zijn onopgelost", err=True)
    for c in found.verwijzingen:
        click.echo(f"{'  ' * (c.diepte - 1)}{Adres.parse(c.bron).citation()}: «{c.tekst}» — …{c.context}…")
    arts = sorted({Adres.parse(c.bron).artikel or "" for c in found.verwijzingen if c.diepte == 1})
    click.echo(f"{len(found.verwijzingen)} verwijzingen uit {len(arts)} artikelen: {', '.join(arts)}" if found.verwijzingen
               else f"niets verwijst naar {adres.citation()}")


@graph.command("dangling")
@click.argument("regeling")
@click.option("--after", help="First apply this act: a tranche ('1') or an act file.")
@date_option("With --after: only onderdelen in force on this date.")
def graph_dangling(regeling: str, after: str | None, when: str | None) -> None:
    """References to units that do not exist in the version (or after applying an act)."""
    found = app.dangling(cat(), regeling, after=after, when=day(when))
    for c in found:
        click.echo(f"{Adres.parse(c.bron).citation()} → {c.doel}: «{c.tekst}» — …{c.context}…")
    where = regeling + (f" na {after}" if after else "")
    click.echo(f"{len(found)} onopgeloste verwijzingen in {where}" if found else
               f"geen onopgeloste verwijzingen in {where}: elke interne verwijzing wijst naar een bestaande eenheid")


@graph.command("explain")
@click.argument("regeling")
@click.argument("node", required=False)
def graph_explain(regeling: str, node: str | None) -> None:
    """Paths theme → onderdeel → provision → obligation → actor (for one node, or all)."""
    g, paths = app.explain(cat(), regeling, node)
    for path in paths:
        click.echo(" → ".join(str(g.nodes[p].get("label", p))[:60] + f" [{p}]" for p in path))
    click.echo(f"{len(paths)} paden")
