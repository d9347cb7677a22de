"""The register of assessments (append-only), shared with the web application: record, history, export, import."""

from __future__ import annotations

from pathlib import Path

import click

from wetgeving.app import naleving as app
from wetgeving.cli import basis as b
from wetgeving.render.berichten import history, imported
from wetgeving.util import vandaag

STATUS_HELP = ("Legal duty: 'voldoet', 'voldoet gedeeltelijk', 'voldoet niet', 'niet van toepassing'; recommendation: "
               "'opgevolgd', 'niet opgevolgd', 'bewust afgeweken'; bill: 'voorbereiding gestart', 'nog niet'; a duty "
               "enacted but not yet in force: those two, 'voldoet' or 'niet van toepassing'.")
create_option = click.option("--create", is_flag=True, help="Start a new register when the file does not exist yet.")


@click.group()
def register() -> None:
    """The register of assessments (append-only), shared with the web application."""


@register.command("record")
@click.argument("gemeente")
@click.argument("verplichting")
@click.option("--status", required=True, help=STATUS_HELP)
@click.option("--op", "op", help="The date the assessment is about (YYYY-MM-DD); default today in the Netherlands.")
@click.option("--who", required=True, help="Who makes this assessment.")
@click.option("--reason", default="", help="Why (required for 'niet van toepassing' and 'bewust afgeweken').")
@click.option("--evidence", default="", help="A link or file reference that shows compliance.")
@click.option("--note", default="")
@create_option
@b.register_options
def register_record(gemeente: str, verplichting: str, status: str, op: str | None, who: str, reason: str,
                    evidence: str, note: str, create: bool, gemeenten_file: Path | None, register_file: Path | None) -> None:
    """Record an assessment (a new row; nothing is ever overwritten)."""
    g, x = app.record_of(b.cat(), lambda: b.store(register_file, write=True, create=create), gemeenten_file, gemeente,
                         verplichting, status, wie=who, op=b.day(op, "--op") or vandaag(), reden=reason,
                         bewijs=evidence, notitie=note)
    click.echo(f"vastgelegd #{x.id}: {g.naam} — {verplichting}: {x.status_getoond} (beoordeeld op {x.op}, {x.wie})")


@register.command("history")
@click.argument("gemeente", required=False)
@click.argument("verplichting", required=False)
@b.register_options
def register_history(gemeente: str | None, verplichting: str | None, gemeenten_file: Path | None,
                     register_file: Path | None) -> None:
    """The full history of assessments (of a gemeente, of one verplichting)."""
    with b.store(register_file) as reg:
        click.echo(history(app.history_of(b.cat(), reg, gemeenten_file, gemeente, verplichting)), nl=False)


@register.command("export")
@b.output_options(default="csv")
@b.register_option
def register_export(output: Path | None, force: bool, register_file: Path | None) -> None:
    """Export the whole register as CSV."""
    with b.store(register_file) as reg:
        app.export(reg, lambda data: b.emit(output, data, force), output)


@register.command("import")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@create_option
@b.register_options
def register_import(file: Path, create: bool, gemeenten_file: Path | None, register_file: Path | None) -> None:
    """Append the assessments of an exported CSV or of another register file, also one of an earlier version
    (all or nothing; every row is checked first, and found back unchanged afterwards)."""
    n = app.import_assessments(b.cat(), lambda: b.store(register_file, write=True, create=create), file, gemeenten_file)
    click.echo(imported(n), nl=False)
