"""Commands for gemeenten: obligations and checklist."""

from __future__ import annotations

from pathlib import Path

import click

from wetgeving.app import naleving as app
from wetgeving.cli import basis as b
from wetgeving.errors import UsageError
from wetgeving.nummers import telling
from wetgeving.render import dekking, verplichtingen
from wetgeving.render.checklist import CHANGES_FORMATS, render, render_changes
from wetgeving.render.checklist_map import write_all
from wetgeving.render.uitvoer import EXTENSIONS
from wetgeving.util import vandaag

CHECKLIST_FORMATS = ("markdown", "html", "docx", "pdf", "csv", "json")


@click.command()
@click.option("--theme", help="Only this theme (e.g. vog, geheimhouding), with what a tranche changed under it.")
@click.option("--actor", help="Only obligations this actor bears or carries out, or powers it holds (raad, college, "
              "burgemeester, wethouder, raadslid, griffier, commissaris-van-de-koning …), and bills that do not say who.")
@click.option("--soort", type=click.Choice(["wettelijk", "wetsvoorstel", "aanbeveling"]))
@b.date_option("Show each obligation as it is on this date (YYYY-MM-DD).")
@click.option("--coverage", is_flag=True, help="Instead: the coverage table of the articles tranche 1 changed.")
@b.output_options(default="markdown")
def obligations(theme: str | None, actor: str | None, soort: str | None, when: str | None, coverage: bool,
                output: Path | None, force: bool) -> None:
    """List the obligations for gemeenten (legal duties, bills, recommendations) with their periods."""
    day = b.day(when)
    gekozen = " ".join(f"--{k} {v}" for k, v in (("theme", theme), ("actor", actor), ("soort", soort)) if v)
    b.emit(output, dekking.markdown(b.cat(), app.coverage(b.cat())) if coverage else verplichtingen.listing(
        *app.listing(b.cat(), theme=theme, actor=actor, soort=soort, when=day), when=day, selectie=gekozen, actor=actor),
        force)


@click.command()
@click.argument("gemeente", required=False)
@b.date_option("Peildatum (YYYY-MM-DD); default today in the Netherlands.")
@click.option("--since", help="Show what changed for the gemeente between this date and --date (Markdown, HTML or JSON).")
@click.option("--format", "fmt", type=click.Choice(CHECKLIST_FORMATS), help="Default: from the extension of -o, else markdown.")
@click.option("--all", "everyone", is_flag=True, help="A checklist for every gemeente in the list (needs --output DIR).")
@click.option("--output", "-o", type=click.Path(path_type=Path), callback=b.dash_is_stdout,
              help="Output file (or folder with --all).")
@click.option("--no-text", is_flag=True, help="Hash instead of law text (for golden files).")
@b.force_option
@b.register_options
def checklist(gemeente: str | None, when: str | None, since: str | None, fmt: str | None, everyone: bool,
              output: Path | None, no_text: bool, force: bool, gemeenten_file: Path | None, register_file: Path | None) -> None:
    """Which obligations apply to a gemeente on a date, who is responsible, and whether it complies."""
    fmt = b.format_for(fmt, None if everyone else output, CHECKLIST_FORMATS, "markdown")
    peil, start, c = b.day(when) or vandaag(), b.day(since, "--since"), b.cat()
    if everyone and (output is None or since or output.suffix.lower() in EXTENSIONS):  # all.html would be a folder
        raise UsageError("--all vraagt --output MAP, een map zonder extensie" if not since else "--since vergelijkt de "
                         "checklists van één gemeente", hint="noem een gemeente, zonder --all" if since else
                         "geef --output MAP zonder extensie, en --format voor het formaat van de checklists")
    if since and fmt not in CHANGES_FORMATS:  # helper-59: a .docx got the plain text of the changes
        raise UsageError(f"--since schrijft de veranderingen als Markdown, HTML of JSON, niet als {fmt}",
                         hint="schrijf naar een .md-, .html- of .json-bestand of naar het scherm")
    if everyone == (gemeente is not None):  # --all and a gemeente: the gemeente was silently left out
        raise UsageError("noem één gemeente (code GM0363 of naam) óf geef --all, niet beide en niet geen van beide")
    with b.store(register_file) as reg:
        if everyone and output is not None:
            b.weiger_in_bronnen(output, c)  # the folder and its staging folder beside it (helper-220)
            nieuw = not output.exists()  # helper-203: said as for one file
            n = write_all(app.all_checklists(c, reg, gemeenten_file, peil), output, fmt, force=force)
            click.echo(f"{telling(n, 'checklist', 'checklists')} geschreven naar {output}" + " (map aangemaakt)" * nieuw,
                       err=True)
            return
        b.emit(output, render(app.checklist_of(c, reg, gemeenten_file, gemeente or "", peil, met_tekst=not no_text), fmt)
               if start is None else render_changes(app.changes_of(c, reg, gemeenten_file, gemeente or "", start, peil),
                                                    fmt),
               force)
