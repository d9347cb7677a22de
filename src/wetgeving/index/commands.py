"""Click commands for the index, to be wired into the ``wetgeving`` CLI:

* ``index`` (group) with ``build DIR [--jobs N] [--scheduler ADDRESS] [--db PATH] [--partial FILE]…``
* ``cited-by CITATION [--date D] [--db PATH] [--format text|json]``
* ``dangling --all [--date D] [--db PATH] [--format text|json]``

They read nothing global: under the ``wetgeving`` CLI they take the title register and the partial sources from
its :class:`Catalogus` (the root context's object); called on their own (tests), ``ctx.obj`` may be a dict with
``"titelregister"``, ``"gedeeltelijk"`` (paths of files that hold only some artikelen) and ``"index_db"``.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click
import platformdirs

from wetgeving.bronnen.catalogus import Catalogus
from wetgeving.errors import InputError, UsageError, WetgevingError

if TYPE_CHECKING:  # the CLI imports this module on every call
    from wetgeving.verwijzingen.titels import Titelregister


def default_db() -> Path:
    """Where the index lives when --db is not given: the user data folder."""
    return platformdirs.user_data_path("wetgeving") / "index.sqlite"


def _obj(ctx: click.Context) -> dict[str, Any]:
    return ctx.obj if isinstance(ctx.obj, dict) else {}


def _catalogus(ctx: click.Context) -> Catalogus | None:
    obj = ctx.find_root().obj
    return obj if isinstance(obj, Catalogus) else None


def _register(ctx: click.Context) -> Titelregister:
    """The title register: given in ``ctx.obj`` (a dict), else the one of the CLI's catalogue."""
    from wetgeving.verwijzingen.titels import Titelregister

    reg = _obj(ctx).get("titelregister")
    if isinstance(reg, Titelregister):
        return reg
    return Titelregister.voor(_catalogus(ctx) or Catalogus())


def _partial(ctx: click.Context) -> list[Path]:
    """The catalogue's partial sources (only some artikelen) that are present: never judged complete."""
    cat = _catalogus(ctx)
    if cat is None:
        return list(_obj(ctx).get("gedeeltelijk") or ())
    out = []
    for b in cat.bronnen:
        if b.partial:
            try:
                out.append(cat.find(b))
            except WetgevingError:
                continue
    return out


def _db(ctx: click.Context, db: Path | None) -> Path:
    return db or Path(_obj(ctx).get("index_db") or default_db())


def _date(value: str | None) -> date:
    if value is None:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"--date {value!r} is geen datum", hint="schrijf JJJJ-MM-DD, bijvoorbeeld 2026-10-01") from None


_DB = click.option("--db", type=click.Path(path_type=Path, dir_okay=False),
                   help="The index database (default: index.sqlite in the user data folder).")
_FORMAT = click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)


@click.group("index")
def index_group() -> None:
    """The reverse-reference index over a folder of BWB XML and regelrecht YAML."""


@index_group.command("build")
@click.argument("folder", type=click.Path(path_type=Path, exists=True))
@click.option("--jobs", type=click.IntRange(min=1), help="Processes (default: one per core; 1: no pool).")
@click.option("--scheduler", metavar="ADDRESS", help="Run the per-file work on this Dask scheduler (tcp://host:8786).")
@_DB
@click.option("--partial", "partial", multiple=True, type=click.Path(path_type=Path, dir_okay=False),
              help="A file that holds only some artikelen of its version (repeatable).")
@click.option("--skip-unreadable", is_flag=True, help="Exit 0 even when some files could not be indexed (they are listed).")
@click.pass_context
def index_build(ctx: click.Context, folder: Path, jobs: int | None, scheduler: str | None, db: Path | None,
                partial: tuple[Path, ...], skip_unreadable: bool) -> None:
    """Index every BWB XML and regelrecht YAML file under FOLDER; unchanged files are not read again."""
    from wetgeving.index.bouw import build

    if jobs is not None and scheduler is not None:
        raise UsageError("--jobs en --scheduler sluiten elkaar uit", hint="de Dask-workers bepalen het aantal processen")
    path = _db(ctx, db)
    path.parent.mkdir(parents=True, exist_ok=True)
    gedeeltelijk = [*partial, *_partial(ctx)]
    verslag = build(folder, path, _register(ctx), jobs=jobs, scheduler=scheduler, partial=gedeeltelijk)
    regels = verslag.regels()
    click.echo(regels[0] + f" → {path}")
    for regel in regels[1:]:
        click.echo(regel, err=True)
    if verslag.fouten and not skip_unreadable:
        raise InputError(f"{len(verslag.fouten)} bestanden konden niet worden geïndexeerd (hierboven genoemd)",
                         file=folder, hint="herstel of verwijder ze, of geef --skip-unreadable om ze over te slaan")


@click.command("cited-by")
@click.argument("citation")
@click.option("--date", "when", help="The date (YYYY-MM-DD) whose versions count; default: today.")
@_DB
@_FORMAT
@click.pass_context
def cited_by_cmd(ctx: click.Context, citation: str, when: str | None, db: Path | None, fmt: str) -> None:
    """Every provision, in any indexed law, that cites CITATION ("artikel 86 Gemeentewet") on a date."""
    from wetgeving.index.vragen import cited_by

    day = _date(when)
    doel, found = cited_by(_db(ctx, db), citation, day, _register(ctx))
    if fmt == "json":
        click.echo(json.dumps({"doel": {"bwb_id": doel.bwb_id, "citeertitel": doel.citeertitel, "adres": str(doel.adres),
                                        "datum": day.isoformat(), "versie": doel.versie, "bestaat": doel.bestaat},
                               "citeringen": [_json(c) for c in found]}, ensure_ascii=False, indent=1))
        return
    naam = f"{doel.adres.citation()} {doel.citeertitel} ({doel.bwb_id})"
    if doel.bestaat is None:
        staat = "niet te controleren: geen volledige versie van die regeling op die datum in de index"
    else:
        staat = (f"{'bestaat' if doel.bestaat else 'BESTAAT NIET'} in de versie geldig vanaf {doel.versie}")
    click.echo(f"{naam} op {day}: {staat}.")
    for c in found:
        click.echo(_line(c))
    click.echo(f"{len(found)} verwijzingen" if found else "geen verwijzingen in de geïndexeerde wetten")


@click.command("dangling")
@click.option("--all", "everything", is_flag=True, help="In every indexed law (required: the whole index).")
@click.option("--date", "when", help="The date (YYYY-MM-DD) whose versions count; default: today.")
@_DB
@_FORMAT
@click.pass_context
def dangling_cmd(ctx: click.Context, everything: bool, when: str | None, db: Path | None, fmt: str) -> None:
    """References, in any indexed law, to artikelen and containers that do not exist on the date."""
    from wetgeving.index.vragen import dangling_all

    if not everything:
        raise UsageError("geef --all: zoek in de hele index",
                         hint="voor één regeling: wetgeving graph dangling REGELING")
    day = _date(when)
    found = dangling_all(_db(ctx, db), day)
    if fmt == "json":
        click.echo(json.dumps([_json(c) for c in found], ensure_ascii=False, indent=1))
        return
    for c in found:
        click.echo(_line(c, doel=True))
    click.echo(f"{len(found)} verwijzingen naar eenheden die op {day} niet bestaan" if found else
               f"geen verwijzingen naar ontbrekende eenheden op {day}")


def _line(c: Any, doel: bool = False) -> str:
    versie = f"versie geldig vanaf {c.geldig_vanaf}" + ("; nieuwste in de index, einde onbekend" if c.laatste else "")
    extra = " [verwijst naar een eerdere tekst]" if c.historisch else ""
    naar = ""
    if doel:
        from wetgeving.locatie import Adres

        wet = c.titel or c.doel_bwb
        naar = f" → {Adres.parse(c.doel).citation()} ({wet})"
    return f"- {c.plaats} ({versie}){naar}: «{c.span}»{extra}\n    {c.tekst}"


def _json(c: Any) -> dict[str, Any]:
    return {"bwb_id": c.bwb_id, "citeertitel": c.citeertitel, "geldig_vanaf": c.geldig_vanaf, "laatste": c.laatste,
            "bron": c.bron, "tekst": c.tekst, "verwijzing": c.span, "soort": c.soort, "doel_bwb": c.doel_bwb,
            "doel": c.doel, "titel": c.titel, "historisch": c.historisch}
