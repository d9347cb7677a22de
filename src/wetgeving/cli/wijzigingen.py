"""Commands for drafters: diff, parse-act, apply, instructions and the tranches."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from wetgeving.cli import basis as b
from wetgeving.errors import InputError, SchemaError, UsageError

DIFF_FORMATS = ("text", "html", "docx", "json")


@b.cli.command("diff")
@click.argument("old")
@click.argument("new")
@b.format_option(*DIFF_FORMATS, default="text")
@b.output_options
@click.option("--only", help='Only this unit, e.g. "artikel 28" or artikel:28/lid:2.')
@click.option("--author", default="wetgeving", show_default=True, callback=b.check_author,
              help="Author of the tracked changes (docx).")
@b.date_option("Date of the tracked changes (docx), YYYY-MM-DD; default none.")
@click.option("--structure-only", is_flag=True, help="JSON without law text: kinds, addresses, text hashes.")
def diff_cmd(old: str, new: str, fmt: str | None, output: Path | None, force: bool, only: str | None, author: str,
             when: str | None, structure_only: bool) -> None:
    """Compare two versions of a regeling: which units changed, and which words."""
    from wetgeving.app import vergelijken
    from wetgeving.render.uitvoer import render_diff

    fmt = b.format_for(fmt, output, DIFF_FORMATS, "text")
    if structure_only and fmt != "json":
        raise UsageError("--structure-only hoort bij --format json")
    if when and fmt != "docx":
        raise UsageError("--date dateert de bijgehouden wijzigingen van --format docx")
    d = vergelijken.compare(b.cat(), old, new, only)
    b.emit(output, render_diff(d, fmt, author=author, when=b.moment_of(when), structure_only=structure_only,
                             colour=output is None and sys.stdout.isatty()), force)


@b.cli.command("parse-act")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["text", "xml"]), default="text", show_default=True)
def parse_act_cmd(file: Path, fmt: str) -> None:
    """Show the operations read from an amending act, and anything that could not be read."""
    from wetgeving.app import wijzigen
    from wetgeving.render.acties import describe_act
    from wetgeving.render.berichten import unreadable
    from wetgeving.wijziging import xml

    act = wijzigen.read_act(b.cat(), file)
    click.echo(unreadable(file, act.problems()), err=True, nl=False)
    try:
        click.echo(xml.dumps(act).decode("utf-8") if fmt == "xml" else describe_act(act), nl=False)
    except SchemaError as exc:  # e.g. ARTIKEL I twice: the act itself is at fault, not our writer
        raise InputError(f"de wijzigingsregeling kan niet als XML worden geschreven: {exc.message}", file=file,
                         hint="herstel eerst de onleesbare regels hierboven") from None
    if act.problems():
        raise InputError(f"{len(act.problems())} regel(s) onleesbaar (hierboven genoemd)", file=file,
                         hint="herstel die regels; alleen de gelezen onderdelen staan hierboven")


@b.cli.command("apply")
@click.argument("base")
@click.argument("act", type=click.Path(path_type=Path, dir_okay=False))
@b.date_option("Apply only onderdelen in force on this date (YYYY-MM-DD).")
@b.output_options
@click.option("--partial", is_flag=True, help="Write the output even when some onderdelen failed.")
def apply_cmd(base: str, act: Path, when: str | None, output: Path | None, force: bool, partial: bool) -> None:
    """Apply an amending act (our XML or published text) to a regeling; report per onderdeel."""
    from wetgeving.app import wijzigen
    from wetgeving.bronnen import native
    from wetgeving.render.berichten import applied

    t = wijzigen.apply_act(b.cat(), base, act, when=b.day(when), partial=partial)
    click.echo(applied(t.toepassing), nl=False)
    result = wijzigen.result_to_write(t, act, base, partial=partial) if output is not None else None
    if result is not None:
        b.emit(output, native.dumps(result), force)
    if not t.toepassing.ok:
        unwritten = output is not None and not partial
        raise InputError("niet alle onderdelen zijn toegepast" + (f"; niets geschreven naar {output}" if unwritten else ""),
                         file=act, hint="geef --partial om de toegepaste onderdelen te schrijven" if unwritten else
                         "zie het verslag hierboven")


@b.cli.command("instructions")
@click.argument("old")
@click.argument("new")
@b.format_option("text", "xml", "docx", default="text")
@b.output_options
@b.date_option("Inwerkingtreding of the generated onderdelen (YYYY-MM-DD).")
def instructions_cmd(old: str, new: str, fmt: str | None, output: Path | None, force: bool, when: str | None) -> None:
    """Generate the wijzigingsinstructies that turn OLD into NEW (Aanwijzingen voor de regelgeving, ch. 6)."""
    from wetgeving.app import wijzigen
    from wetgeving.render.uitvoer import render_act

    fmt = b.format_for(fmt, output, ("text", "xml", "docx"), "text")
    b.emit(output, render_act(wijzigen.instruct(b.cat(), old, new, when=b.day(when)), fmt), force)


@b.cli.group()
def tranche() -> None:
    """The weerbaar-bestuur legislation: tranche 1 (in force), tranche 2 (bill), other changes."""


@tranche.command("list")
def tranche_list() -> None:
    """List the tranches and the other changes modelled in corpus/tranches."""
    from wetgeving.app import tranches as app_tranches
    from wetgeving.render.tranches import list_view

    click.echo(list_view(app_tranches.tranches(b.cat())), nl=False)


@tranche.command("show")
@click.argument("name")
@click.option("--theme", help="Only onderdelen of this theme (e.g. vog, geheimhouding).")
def tranche_show(name: str, theme: str | None) -> None:
    """Show a tranche's onderdelen with their instructions, dates and before/after text."""
    from wetgeving.app import tranches as app_tranches
    from wetgeving.render.tranches import show_view

    b.emit(None, show_view(app_tranches.inspect(b.cat(), name, theme=theme)), False)


@tranche.command("timeline")
def tranche_timeline() -> None:
    """What enters into force when."""
    from wetgeving.app import tranches as app_tranches
    from wetgeving.render.tranches import timeline_view

    click.echo(timeline_view(app_tranches.tranches(b.cat())), nl=False)


@tranche.command("diff")
@click.argument("name")
@click.option("--law", "law", required=True, help="The regeling to compare (e.g. gemeentewet).")
@b.date_option("Only what is in force on this date (YYYY-MM-DD).")
@b.format_option(*DIFF_FORMATS, default="text")
@b.output_options
def tranche_diff(name: str, law: str, when: str | None, fmt: str | None, output: Path | None, force: bool) -> None:
    """Redline of the law just before the tranche against the law with the tranche applied.

    For a bill (tranche 2): the current law against the law with the illustrative draft applied,
    labelled illustrative in every format."""
    from wetgeving.app import vergelijken
    from wetgeving.render.uitvoer import render_diff

    fmt = b.format_for(fmt, output, DIFF_FORMATS, "text")
    d, label = vergelijken.compare_tranche(b.cat(), name, law, b.day(when))
    b.emit(output, render_diff(d, fmt, label=label, colour=output is None and sys.stdout.isatty()), force)
