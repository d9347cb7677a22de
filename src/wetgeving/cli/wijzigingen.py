"""Commands for drafters on amending acts: parse-act, apply, instructions."""

from __future__ import annotations

from pathlib import Path

import click

from wetgeving.app import wijzigen
from wetgeving.cli import basis as b
from wetgeving.errors import InputError, SchemaError
from wetgeving.nummers import telling
from wetgeving.render.acties import describe_act
from wetgeving.render.berichten import applied, unreadable
from wetgeving.render.uitvoer import render_act, render_regeling


@click.command("parse-act")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["text", "xml"]), default="text", show_default=True)
def parse_act_cmd(file: Path, fmt: str) -> None:
    """Show the operations read from an amending act, and anything that could not be read."""
    act = wijzigen.read_act(b.cat(), file)
    click.echo(unreadable(file, act.problems()), err=True, nl=False)
    try:
        click.echo(render_act(act, "xml") if fmt == "xml" else describe_act(act), nl=False)
    except SchemaError as exc:  # e.g. ARTIKEL I twice: the act itself is at fault, not our writer
        raise InputError(f"de wijzigingsregeling kan niet als XML worden geschreven: {exc.message}", file=file,
                         hint="herstel eerst de onleesbare regels hierboven") from None
    if act.problems():
        raise InputError(f"{telling(len(act.problems()), 'regel', 'regels')} onleesbaar (hierboven genoemd)", file=file,
                         hint="herstel die regels; alleen de gelezen onderdelen staan hierboven")


@click.command("apply")
@click.argument("base")
@click.argument("act", type=click.Path(path_type=Path, dir_okay=False))
@b.date_option("Apply only onderdelen in force on this date (YYYY-MM-DD); also the date the result is valid from, "
               "needed with --output when a text act names no inwerkingtreding.")
@b.output_options(default="xml")
@click.option("--partial", is_flag=True, help="Write the output even when some onderdelen failed.")
def apply_cmd(base: str, act: Path, when: str | None, output: Path | None, force: bool, partial: bool) -> None:
    """Apply an amending act (our XML or published text) to a regeling; report per onderdeel."""
    b.refuse_existing(output, force)  # before the work and its report, not after (helper-65)
    t = wijzigen.apply_act(b.cat(), base, act, when=b.day(when), partial=partial, schrijven=output is not None)
    click.echo(applied(t.toepassing, t.weigering is not None), nl=False)
    if t.weigering is not None:
        raise t.weigering
    if t.resultaat is not None:
        b.emit(output, render_regeling(t.resultaat), force)
    if not t.toepassing.ok:
        unwritten = output is not None and not partial
        raise InputError("niet alle onderdelen zijn toegepast" + (f"; niets geschreven naar {output}" if unwritten else ""),
                         file=act, hint="geef --partial om de toegepaste onderdelen te schrijven" if unwritten else
                         "zie het verslag hierboven")


@click.command("instructions")
@click.argument("old")
@click.argument("new")
@b.output_options("text", "xml", "docx", default="text")
@b.date_option("Inwerkingtreding of the generated onderdelen (YYYY-MM-DD).")
def instructions_cmd(old: str, new: str, fmt: str, output: Path | None, force: bool, when: str | None) -> None:
    """Generate the wijzigingsinstructies that turn OLD into NEW (Aanwijzingen voor de regelgeving, ch. 6)."""
    b.emit(output, render_act(wijzigen.instruct(b.cat(), old, new, when=b.day(when)), fmt), force)
