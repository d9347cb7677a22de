"""Commands for gemeenten: obligations, checklist and the register of assessments."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click

from wetgeving.cli import basis as b
from wetgeving.errors import UsageError

CHECKLIST_FORMATS = ("markdown", "html", "docx", "pdf", "csv", "json")
STATUS_HELP = ("Legal duty: 'voldoet', 'voldoet gedeeltelijk', 'voldoet niet', 'niet van toepassing'; recommendation: "
               "'opgevolgd', 'niet opgevolgd', 'bewust afgeweken'; bill: 'voorbereiding gestart', 'nog niet'.")
create_option = click.option("--create", is_flag=True, help="Start a new register when the file does not exist yet.")


@b.cli.command()
@click.option("--theme", help="Only this theme (e.g. vog, geheimhouding).")
@click.option("--actor", help="Only duties of this actor (raad, college, burgemeester, wethouder, raadslid, griffier …).")
@click.option("--soort", type=click.Choice(["wettelijk", "wetsvoorstel", "aanbeveling"]))
@b.date_option("Show each obligation as it is on this date (YYYY-MM-DD).")
@click.option("--coverage", is_flag=True, help="Instead: the coverage table of the articles tranche 1 changed.")
@b.output_options
def obligations(theme: str | None, actor: str | None, soort: str | None, when: str | None, coverage: bool,
                output: Path | None, force: bool) -> None:
    """List the obligations for gemeenten (legal duties, bills, recommendations) with their periods."""
    from wetgeving.app import naleving as app
    from wetgeving.render import dekking, verplichtingen

    b.emit(output, dekking.markdown(b.cat(), app.coverage(b.cat())) if coverage else verplichtingen.listing(
        app.select_obligations(b.cat(), theme=theme, actor=actor, soort=soort), b.day(when)), force)


@b.cli.command()
@click.argument("gemeente", required=False)
@b.date_option("Peildatum (YYYY-MM-DD); default today.")
@click.option("--since", help="Show what changed for the gemeente between this date and --date.")
@b.format_option(*CHECKLIST_FORMATS, default="markdown")
@click.option("--all", "everyone", is_flag=True, help="A checklist for every gemeente in the list (needs --output DIR).")
@click.option("--output", "-o", type=click.Path(path_type=Path), help="Output file (or folder with --all).")
@click.option("--no-text", is_flag=True, help="Hash instead of law text (for golden files).")
@click.option("--force", is_flag=True)
@b.gemeenten_option
@b.register_option
def checklist(gemeente: str | None, when: str | None, since: str | None, fmt: str | None, everyone: bool,
              output: Path | None, no_text: bool, force: bool, gemeenten_file: Path | None, register_file: Path | None) -> None:
    """Which obligations apply to a gemeente on a date, who is responsible, and whether it complies."""
    from wetgeving.app import naleving as app
    from wetgeving.render.checklist import changes_text, render
    from wetgeving.render.checklist_map import write_all

    fmt = b.format_for(fmt, None if everyone else output, CHECKLIST_FORMATS, "markdown")
    peil, start, c = b.day(when) or date.today(), b.day(since, "--since"), b.cat()
    if everyone and (output is None or since):
        raise UsageError("--all vraagt --output MAP" if output is None else "--since vergelijkt de checklists van één "
                         "gemeente", hint="geef --output MAP" if output is None else "noem een gemeente, zonder --all")
    if not everyone and gemeente is None:
        raise UsageError("noem een gemeente (code GM0363 of naam) of geef --all")
    with b.store(register_file) as reg:
        if everyone and output is not None:
            n = write_all(lambda g: app.checklist(c, reg, app.ChecklistVraag(g, peil)), app.gemeenten(gemeenten_file),
                          peil, output, fmt, force=force)
            click.echo(f"{n} checklists geschreven naar {output}", err=True)
            return
        g = app.gemeente(gemeenten_file, gemeente or "")
        b.emit(output, render(app.checklist(c, reg, app.ChecklistVraag(g, peil, met_tekst=not no_text)), fmt)
               if start is None else changes_text(g.naam, start.isoformat(), peil.isoformat(),
                                                  app.changes_since(c, reg, g, start, peil)), force)


@b.cli.group()
def register() -> None:
    """The register of assessments (append-only), shared with the web application."""


@register.command("record")
@click.argument("gemeente")
@click.argument("verplichting")
@click.option("--status", required=True, help=STATUS_HELP)
@click.option("--op", "op", help="The date the assessment is about (YYYY-MM-DD); default today.")
@click.option("--who", required=True, help="Who makes this assessment.")
@click.option("--reason", default="", help="Why (required for 'niet van toepassing').")
@click.option("--evidence", default="", help="A link or file reference that shows compliance.")
@click.option("--note", default="")
@create_option
@b.gemeenten_option
@b.register_option
def register_record(gemeente: str, verplichting: str, status: str, op: str | None, who: str, reason: str,
                    evidence: str, note: str, create: bool, gemeenten_file: Path | None, register_file: Path | None) -> None:
    """Record an assessment (a new row; nothing is ever overwritten)."""
    from wetgeving.app import naleving as app

    g, day = app.gemeente(gemeenten_file, gemeente), b.day(op, "--op") or date.today()
    app.check_assessment(b.cat(), verplichting, status, day, wie=who, reden=reason, bewijs=evidence, notitie=note)
    with b.store(register_file, write=True, create=create) as reg:
        x = app.record(b.cat(), reg, g, verplichting, status, wie=who, op=day, reden=reason, bewijs=evidence, notitie=note)
    click.echo(f"vastgelegd #{x.id}: {g.naam} — {verplichting}: {x.status_nl} (beoordeeld op {x.op}, {x.wie})")


@register.command("history")
@click.argument("gemeente", required=False)
@click.argument("verplichting", required=False)
@b.gemeenten_option
@b.register_option
def register_history(gemeente: str | None, verplichting: str | None, gemeenten_file: Path | None,
                     register_file: Path | None) -> None:
    """The full history of assessments (of a gemeente, of one verplichting)."""
    from wetgeving.app import naleving as app
    from wetgeving.render.berichten import history

    g = app.gemeente(gemeenten_file, gemeente) if gemeente else None
    with b.store(register_file) as reg:
        click.echo(history(app.history(b.cat(), reg, g, verplichting)), nl=False)


@register.command("export")
@b.output_options
@b.register_option
def register_export(output: Path | None, force: bool, register_file: Path | None) -> None:
    """Export the whole register as CSV."""
    with b.store(register_file) as reg:
        b.emit(output, reg.export_csv(), force)
        if output is not None:
            reg.note_export(output)


@register.command("import")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@create_option
@b.gemeenten_option
@b.register_option
def register_import(file: Path, create: bool, gemeenten_file: Path | None, register_file: Path | None) -> None:
    """Append the assessments of an exported CSV or of another register file, also one of an earlier version
    (all or nothing; every row is checked first, and found back unchanged afterwards)."""
    from wetgeving.app import naleving as app

    with b.store(register_file, write=True, create=create) as reg:
        n = app.import_assessments(b.cat(), reg, file, gemeenten_file)
    click.echo(f"{n} beoordelingen ingelezen (elk teruggevonden met dezelfde SHA-256)")
