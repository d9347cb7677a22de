"""Commands on references and the provision graph: refs, graph build/export/impact/dangling/explain."""

from __future__ import annotations

from pathlib import Path

import click

from wetgeving.app import verwijzingen as app
from wetgeving.cli import basis as b
from wetgeving.nummers import telling
from wetgeving.render import berichten
from wetgeving.render.graaf import export, to_json


@click.command()
@click.argument("regeling")
@click.argument("address", required=False)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--unresolved", is_flag=True, help="Only references whose target does not resolve: a missing or lapsed "
              "unit, a law whose BWB id is not known, one that cannot be checked, one outside a partial source.")
def refs(regeling: str, address: str | None, fmt: str, unresolved: bool) -> None:
    """List the references in a regeling (or in one unit): citing text, kind, target and whether it resolves."""
    b.emit(None, berichten.refs_answer(app.refs(b.cat(), regeling, address, unresolved=unresolved), fmt), False)


@click.group()
def graph() -> None:
    """The provision graph: containment, references, amendments, obligations, actors."""


@graph.command("build")
@click.argument("regeling")
@b.output_options(default="json")
def graph_build(regeling: str, output: Path | None, force: bool) -> None:
    """Build the graph of a regeling version and report its size (and write it as JSON)."""
    found = app.build(b.cat(), regeling)
    b.emit(None, berichten.graph_summary(found), False)
    if output is not None:
        b.emit(output, to_json(found.graaf), force)


@graph.command("export")
@click.argument("regeling")
@b.output_options("graphml", "json", "dot", "svg", "html", default="html")
def graph_export(regeling: str, fmt: str, output: Path | None, force: bool) -> None:
    """Export the graph as GraphML, JSON node-link, DOT, SVG (needs graphviz) or a clickable HTML page."""
    g = app.graph(b.cat(), regeling)
    if fmt == "svg":  # graphviz can take a while on a whole law: say so
        knopen = telling(g.number_of_nodes(), "knoop", "knopen")
        click.echo(f"graaf met {knopen} wordt met graphviz getekend; dat kan even duren …", err=True)
    b.emit(output, export(g, fmt), force)


@graph.command("impact")
@click.argument("regeling")
@click.argument("address")
@click.option("--depth", default=1, show_default=True, type=click.IntRange(min=1),
              help="1: direct references; more: transitively.")
def graph_impact(regeling: str, address: str, depth: int) -> None:
    """What refers to a unit (directly or transitively), each with its citing text."""
    b.emit(None, berichten.impact(app.impact(b.cat(), regeling, address, depth=depth)), False)


@graph.command("dangling")
@click.argument("regeling")
@click.option("--after", help="First apply this act: a tranche ('1') or an act file.")
@b.date_option("With --after: only onderdelen in force on this date.")
def graph_dangling(regeling: str, after: str | None, when: str | None) -> None:
    """References to units that do not exist in the version (or after applying an act)."""
    found = app.dangling(b.cat(), regeling, after=after, when=b.day(when))
    na = f" na {'tranche ' * after.isdigit()}{after}" if after else ""  # helper-89: «na 1»
    b.emit(None, berichten.dangling_answer(found, regeling + na), False)


@graph.command("explain")
@click.argument("regeling")
@click.argument("node", required=False)
def graph_explain(regeling: str, node: str | None) -> None:
    """Paths theme → onderdeel → provision → obligation → actor (for one node, or all).

    NODE is a node's key (thema:vog, verplichting:vog-wethouder) or a provision by citation ("artikel 36a, tweede
    lid", "art. P 19")."""
    b.emit(None, berichten.paths(app.explain(b.cat(), regeling, node)), False)
