"""The ``wetgeving`` command line: a thin layer over the library.

Every command is a few lines that call library functions. Errors the user can fix are reported as one
clear message on stderr with exit code 1 (content) or 2 (usage); never a traceback.
"""

from __future__ import annotations

import sys
from collections import Counter
from datetime import datetime
from pathlib import Path
from typing import Any

import click

from wetgeving import __version__
from wetgeving.errors import AddressError, InputError, SchemaError, UsageError, WetgevingError


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="wetgeving")
@click.option("--allow-modified", is_flag=True,
              help="Use sources whose SHA-256 differs from corpus/bronnen.toml (your own edited copy); "
                   "every output then says it was made from a modified copy.")
def cli(allow_modified: bool) -> None:
    """Dutch municipal law and its integrity amendments, as data.

    Regelingen are named by short name or BWB id with an optional date (gemeentewet@2023-04-01,
    BWBR0004627) or by a file (BWB XML, regelrecht YAML, our XML). Every source is checked against
    its SHA-256 in corpus/bronnen.toml when it is read.
    """
    from wetgeving.bronnen import integriteit

    integriteit.allow_modified(allow_modified)


# --- sources ------------------------------------------------------------------------------------------


@cli.group()
def sources() -> None:
    """The real sources listed in corpus/bronnen.toml."""


@sources.command("list")
@click.option("--from", "mirror", type=click.Path(path_type=Path, file_okay=False, exists=True),
              help="Mirror folder to check too.")
def sources_list(mirror: Path | None) -> None:
    """List every source with its kind, date and whether it is available locally (and unchanged)."""
    from wetgeving.bronnen.catalogus import catalogue, find
    from wetgeving.bronnen.integriteit import SourceModifiedError, check
    from wetgeving.errors import SourceError

    modified: list[SourceModifiedError] = []
    for b in catalogue():
        try:
            where = str(find(b, mirror))
            if check(b, Path(where)) != b.sha256:
                where += "  GEWIJZIGD (--allow-modified)"
        except SourceModifiedError as exc:
            modified.append(exc)
            where += "  GEWIJZIGD (sha256 wijkt af)"
        except SourceError:
            where = "MISSING (run: wetgeving sources sync)"
        click.echo(f"{b.id:42} {b.kind:16} {b.geldig_vanaf or ''!s:10}  {where}")
    if modified:
        raise modified[0]


@sources.command("sync")
@click.option("--from", "mirror", type=click.Path(path_type=Path, file_okay=False),
              help="Mirror folder to copy from (default: WETGEVING_SOURCES, else download).")
@click.option("--url", "base_url", help="Base URL of a mirror served over HTTP (file paths as in the catalogue).")
@click.option("--cache", "cache", type=click.Path(path_type=Path, file_okay=False),
              help="Cache folder to fill (default: WETGEVING_CACHE or the user cache dir).")
@click.option("--only", multiple=True, help="Sync only these source ids.")
def sources_sync(mirror: Path | None, base_url: str | None, cache: Path | None, only: tuple[str, ...]) -> None:
    """Copy or download every source into the local cache, verifying checksums."""
    import os

    from wetgeving.bronnen.catalogus import by_id, cache_dir, catalogue
    from wetgeving.bronnen.sync import SyncResult, sync

    if mirror is None and base_url is None and os.environ.get("WETGEVING_SOURCES"):
        mirror = Path(os.environ["WETGEVING_SOURCES"])
    bronnen = [by_id(i) for i in only] if only else list(catalogue())
    target = cache or cache_dir()

    def report(r: SyncResult) -> None:
        click.echo(f"{r.status:10} {r.bron.id}")

    results = sync(bronnen, target, mirror=mirror, base_url=base_url, report=report)
    counts = Counter(r.status for r in results)
    click.echo(f"{len(results)} sources verified in {target} ("
               + ", ".join(f"{n} {s}" for s, n in sorted(counts.items())) + ")")


# --- show / validate / convert ------------------------------------------------------------------------


@cli.command()
@click.argument("regeling")
@click.argument("address", required=False)
def show(regeling: str, address: str | None) -> None:
    """Print a unit of a regeling with its citation and JCI.

    ADDRESS is a citation ("artikel 36a, tweede lid"), an address (artikel:36a/lid:2) or a JCI.
    """
    from wetgeving.bronnen.catalogus import load_regeling
    from wetgeving.citaten import resolve
    from wetgeving.render.tekst import show as render

    reg = load_regeling(_version_for_jci(regeling, address))
    if not address:
        from wetgeving.bronnen.catalogus import whole

        reg = whole(reg, regeling)
    adres, unit = resolve(reg, address) if address else (None, None)
    emit(None, render(reg, adres, unit), False)


def _version_for_jci(regeling: str, address: str | None) -> str:
    """A JCI with a date names a version: use it when REGELING names none, refuse it when it names another."""
    from wetgeving.bronnen.catalogus import pick
    from wetgeving.locatie import Jci

    if not address or not address.strip().startswith(("jci", "1.0:", "1.3:")) or Path(regeling).is_file():
        return regeling
    jci = Jci.parse(address.strip())
    when = jci.g or jci.z
    if when is None:
        return regeling
    name, at, _ = regeling.partition("@")
    if not at:
        return f"{name}@{when}"
    if pick(regeling).geldig_vanaf != pick(f"{name}@{when}").geldig_vanaf:
        raise UsageError(f"the JCI names the version in force on {when}, not {regeling}",
                         hint=f"give {name}@{when}, or leave out the dates (z=, g=) of the JCI")
    return regeling


@cli.command()
@click.argument("file", type=click.Path(path_type=Path))
def validate(file: Path) -> None:
    """Check a file: our XML against schemas/, any other supported format by importing it.

    A folder (corpus/) is checked whole: every XML file against its schema, then the consistency of the
    tranches (themes, addresses, dates, sources, attribution of every change)."""
    from wetgeving.bronnen.formats import load_file

    if file.is_dir():
        _validate_corpus(file)
        return
    reg = load_file(file)
    try:
        kinds = Counter(type(u).__name__ for u in reg.index.values())
    except AddressError as exc:  # e.g. an empty or padded number: name the file, not just the address
        raise InputError(f"a unit cannot be addressed: {exc.message}", file=file) from None
    click.echo(f"{file}: valid — {reg.citeertitel} ({reg.bwb_id}) geldig vanaf {reg.geldig_vanaf}: "
               f"{kinds['Artikel']} artikelen, {kinds['Lid']} leden, {kinds['Onderdeel']} onderdelen")


def _validate_corpus(folder: Path) -> None:
    from wetgeving.errors import InputError
    from wetgeving.tranches.controle import check_corpus
    from wetgeving.validatie import validate_xml_files

    if not (folder / "programma.xml").is_file():
        raise InputError("is a directory, not a corpus folder (it has no programma.xml)", file=folder,
                         hint="give a file to validate, or the corpus/ folder")
    checked = validate_xml_files(folder)
    for path, kind in checked:
        click.echo(f"{path}: valid {kind}")
    findings = check_corpus(folder)
    for f in findings:
        click.echo(str(f), err=f.fout)
    errors = [f for f in findings if f.fout]
    if (folder / "verplichtingen.xml").is_file():
        from wetgeving.compliance.controle import check
        from wetgeving.compliance.verplichtingen import load

        for problem in check(load(folder / "verplichtingen.xml")):
            click.echo(f"fout: verplichtingen.xml: {problem}", err=True)
            errors.append(problem)  # type: ignore[arg-type]
    click.echo(f"{len(checked)} files valid; consistency: {len(errors)} errors, {len(findings) - len(errors)} notes")
    if errors:
        raise SystemExit(1)


@cli.command()
@click.argument("source")
@click.argument("output", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--force", is_flag=True, help="Overwrite OUTPUT if it exists.")
def convert(source: str, output: Path, force: bool) -> None:
    """Convert a regeling (name[@date] or file) to our XML (schemas/regeling.xsd)."""
    from wetgeving.bronnen import native
    from wetgeving.bronnen.catalogus import load_regeling
    from wetgeving.util import atomic_write

    if output.exists() and not force:
        raise UsageError(f"{output} bestaat al", hint="geef --force om het te overschrijven")
    from wetgeving.bronnen.catalogus import whole

    reg = whole(load_regeling(source), source)
    try:
        data = native.dumps(reg)
    except SchemaError as exc:  # it names the in-memory document; name the input instead
        raise SchemaError(f"cannot be converted: {exc.message}", file=source,
                          hint="the input holds a value our XML does not allow; fix it in the input") from None
    except ValueError as exc:  # lxml refuses control characters, e.g. from a YAML "\x01" escape
        raise InputError(f"cannot be written as XML: {exc}", file=source,
                         hint="remove control characters from its ids, numbers and titles") from None
    from wetgeving.bronnen.integriteit import markering
    from wetgeving.render.markering import markeer

    atomic_write(output, markeer(data.decode("utf-8"), markering()))
    click.echo(f"wrote {output} ({len(reg.artikelen())} artikelen)")


# --- diff ---------------------------------------------------------------------------------------------


def _parse_when(value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        raise UsageError(f"--date {value!r} is geen datum", hint="schrijf JJJJ-MM-DD of JJJJ-MM-DDTHH:MM:SS") from None


def _check_author(ctx: click.Context, param: click.Parameter, value: str) -> str:
    """A name that goes into a document must be XML text (no control characters)."""
    from wetgeving.util import not_xml_char

    if not_xml_char(value) is not None:
        raise UsageError("--author holds a character a document cannot hold (a control character or a byte "
                         "that is not UTF-8)", hint="give a plain name")
    return value


EXTENSIONS = {".txt": "text", ".html": "html", ".htm": "html", ".docx": "docx", ".json": "json", ".xml": "xml",
              ".csv": "csv", ".md": "markdown", ".graphml": "graphml", ".dot": "dot", ".svg": "svg"}


def format_for(fmt: str | None, output: Path | None, choices: tuple[str, ...], default: str) -> str:
    """The output format: --format, else the extension of --output (x.docx → docx), else the default.
    A --format that contradicts the extension is refused rather than writing, say, text into a .docx."""
    ext = EXTENSIONS.get(output.suffix.lower()) if output is not None and output.suffix else None
    if ext == "text" and "text" not in choices:
        ext = default  # a .txt checklist is its Markdown
    if fmt is None:
        if ext is None:
            return default
        if ext not in choices:
            raise UsageError(f"{output} heeft een extensie die deze opdracht niet schrijft "
                             f"({output.suffix if output else ''})",
                             hint="formaten: " + ", ".join(choices) + "; geef --format of een andere extensie")
        return ext
    if ext is not None and ext != fmt and not (fmt == "markdown" and ext == "text"):
        raise UsageError(f"--format {fmt} past niet bij de extensie van {output}",
                         hint=f"gebruik --format {ext}, of een uitvoerbestand met de extensie van {fmt}")
    return fmt


def emit(output: Path | None, data: str | bytes, force: bool) -> None:
    """Write to OUTPUT atomically (never half a file, no overwrite without --force), or to stdout.

    An output made from a modified source (--allow-modified) is marked so in its own format."""
    from wetgeving.bronnen.integriteit import markering
    from wetgeving.render.markering import markeer
    from wetgeving.util import atomic_write

    data = markeer(data, markering())
    if output is None:
        if isinstance(data, bytes):
            raise UsageError("dit formaat is binair", hint="geef --output BESTAND")
        click.echo(data, nl=False)
        return
    if output.exists() and not force:
        raise UsageError(f"{output} bestaat al", hint="geef --force om het te overschrijven")
    atomic_write(output, data)
    click.echo(f"wrote {output}", err=True)


@cli.command("diff")
@click.argument("old")
@click.argument("new")
@click.option("--format", "fmt", type=click.Choice(["text", "html", "docx", "json"]), default=None,
              help="Default: from the extension of --output, else text.")
@click.option("--output", "-o", type=click.Path(path_type=Path, dir_okay=False), help="Write to FILE (required for docx).")
@click.option("--only", help='Only this unit, e.g. "artikel 28" or artikel:28/lid:2.')
@click.option("--author", default="wetgeving", show_default=True, callback=_check_author,
              help="Author of the tracked changes (docx).")
@click.option("--date", "when", help="Date of the tracked changes (docx), YYYY-MM-DD; default none.")
@click.option("--structure-only", is_flag=True, help="JSON without law text: kinds, addresses, text hashes.")
@click.option("--force", is_flag=True, help="Overwrite OUTPUT if it exists.")
def diff_cmd(old: str, new: str, fmt: str, output: Path | None, only: str | None, author: str,
             when: str | None, structure_only: bool, force: bool) -> None:
    """Compare two versions of a regeling: which units changed, and which words."""
    fmt = format_for(fmt, output, ("text", "html", "docx", "json"), "text")
    if structure_only and fmt != "json":
        raise UsageError("--structure-only hoort bij --format json")
    if when and fmt != "docx":
        raise UsageError("--date dateert de bijgehouden wijzigingen van --format docx")
    d = _diff(old, new, only)
    emit(output, render_diff(d, fmt, author=author, when=_parse_when(when), structure_only=structure_only,
                             colour=output is None and sys.stdout.isatty()), force)


def _diff(old: str, new: str, only: str | None) -> Any:
    from wetgeving.bronnen.catalogus import load_regeling, whole
    from wetgeving.citaten import parse_citation, resolve
    from wetgeving.diff import diff
    from wetgeving.diff.resultaat import restrict
    from wetgeving.locatie import Adres

    a, b = load_regeling(old), load_regeling(new)
    if not only:  # one unit of a partial source is fine; the whole law is not there
        a, b = whole(a, old), whole(b, new)
    a, b = _same_regeling(a, b)
    d = diff(a, b)
    if only:
        adres = Adres.parse(only) if ":" in only.split(" ")[0] else parse_citation(only).adres
        if a.get(adres) is None and b.get(adres) is None:
            resolve(b, str(adres))  # raises: in neither version, with the nearest units
        d = restrict(d, adres)
    return d


def _same_regeling(old: Any, new: Any) -> tuple[Any, Any]:
    """Two versions of one regeling, or a usage error: comparing different laws is a mistake."""
    if old.bwb_id and new.bwb_id and old.bwb_id != new.bwb_id:
        raise UsageError(f"these are two different regelingen: {old.citeertitel} ({old.bwb_id}) and "
                         f"{new.citeertitel} ({new.bwb_id})",
                         hint="compare two versions of the same regeling, e.g. gemeentewet@2022-11-05 "
                              "gemeentewet@2023-04-01")
    return old, new


def render_diff(d: Any, fmt: str, *, author: str = "wetgeving", when: datetime | None = None,
                structure_only: bool = False, colour: bool = False, label: str | None = None) -> str | bytes:
    """Render a diff in one of the CLI's formats."""
    from wetgeving.bronnen.integriteit import with_label

    label = with_label(label)
    if fmt == "json":
        import json

        data = d.to_json(with_text=not structure_only)
        if label:
            data = {"label": label, **data}
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if fmt == "html":
        from wetgeving.render.diff_html import render

        return render(d, label=label)
    if fmt == "docx":
        import io

        from wetgeving.render.diff_docx import build

        buf = io.BytesIO()
        build(d, author=author, date=when, label=label).save(buf)
        return buf.getvalue()
    from wetgeving.render.diff_tekst import render as text

    out = text(d, colour=colour)
    return (label + "\n\n" + out) if label else out


# --- amending acts ---------------------------------------------------------------------------------------


def load_act(path: Path) -> Any:
    """An amending act from our XML or from the published plain text."""
    from wetgeving.wijziging.laden import load_act as load

    return load(path)


@cli.command("parse-act")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["text", "xml"]), default="text", show_default=True)
def parse_act_cmd(file: Path, fmt: str) -> None:
    """Show the operations read from an amending act, and anything that could not be read."""
    from wetgeving.errors import InputError, SchemaError
    from wetgeving.wijziging import xml
    from wetgeving.wijziging.render_ops import describe_act

    act = load_act(file)
    problems = act.problems()
    for p in problems:
        click.echo(f"{file}:{p.regel}: onleesbaar{f' (positie {p.positie})' if p.positie else ''}: "
                   f"{p.tekst[:80]!r} — {p.reden}", err=True)
    if fmt == "xml":
        try:
            click.echo(xml.dumps(act).decode("utf-8"), nl=False)
        except SchemaError as exc:  # e.g. ARTIKEL I twice: the act itself is at fault, not our writer
            raise InputError(f"de wijzigingsregeling kan niet als XML worden geschreven: {exc.message}", file=file,
                             hint="herstel eerst de onleesbare regels hierboven") from None
    else:
        click.echo(describe_act(act), nl=False)
    if problems:
        raise SystemExit(1)


@cli.command("apply")
@click.argument("base")
@click.argument("act", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--date", "when", help="Apply only onderdelen in force on this date (YYYY-MM-DD).")
@click.option("--output", "-o", type=click.Path(path_type=Path, dir_okay=False), help="Write the amended regeling (our XML).")
@click.option("--partial", is_flag=True, help="Write the output even when some onderdelen failed.")
@click.option("--force", is_flag=True, help="Overwrite OUTPUT if it exists.")
def apply_cmd(base: str, act: Path, when: str | None, output: Path | None, partial: bool, force: bool) -> None:
    """Apply an amending act (our XML or published text) to a regeling; report per onderdeel."""
    from wetgeving.bronnen import native
    from wetgeving.bronnen.catalogus import load_regeling
    from wetgeving.wijziging.toepassen import ANDERE_REGELING, apply

    day = _parse_when(when)
    reg = load_regeling(base)
    res = apply(reg, load_act(act), when=day.date() if day else None, partial=partial)
    for v in res.verslag:
        click.echo(str(v))
    if all(v.status == ANDERE_REGELING for v in res.verslag):
        raise UsageError(f"{act}: geen onderdeel wijzigt de {reg.citeertitel} ({reg.bwb_id})",
                         hint="geef de regeling die de wijzigingsregeling wijzigt (zie «De … wordt als volgt gewijzigd:»)")
    click.echo(f"{res.count('toegepast')} toegepast, {res.count('mislukt')} mislukt, "
               f"{res.count('gedeeltelijk toegepast')} gedeeltelijk, {res.count('niet in werking')} niet in werking")
    if output is not None and (res.ok or partial):
        if not res.datum_bekend:
            raise UsageError(f"{act} noemt geen datum van inwerkingtreding: de gewijzigde tekst zou de datum van "
                             f"{base} ({reg.geldig_vanaf}) krijgen, en die klopt niet",
                             hint="geef --date JJJJ-MM-DD: de datum waarop de gewijzigde tekst geldt")
        emit(output, native.dumps(res.regeling), force)
    if not res.ok:
        if output is not None and not partial:
            click.echo(f"niets geschreven naar {output}: geef --partial om de onderdelen te schrijven die wel zijn "
                       "toegepast", err=True)
        raise SystemExit(1)


@cli.command("instructions")
@click.argument("old")
@click.argument("new")
@click.option("--format", "fmt", type=click.Choice(["text", "xml", "docx"]), default=None,
              help="Default: from the extension of --output, else text.")
@click.option("--output", "-o", type=click.Path(path_type=Path, dir_okay=False), help="Write to FILE (required for docx).")
@click.option("--date", "when", help="Inwerkingtreding of the generated onderdelen (YYYY-MM-DD).")
@click.option("--force", is_flag=True, help="Overwrite OUTPUT if it exists.")
def instructions_cmd(old: str, new: str, fmt: str, output: Path | None, when: str | None, force: bool) -> None:
    """Generate the wijzigingsinstructies that turn OLD into NEW (Aanwijzingen voor de regelgeving, ch. 6)."""
    fmt = format_for(fmt, output, ("text", "xml", "docx"), "text")
    from wetgeving.bronnen.catalogus import load_regeling
    from wetgeving.diff import diff
    from wetgeving.wijziging.genereren import generate

    day = _parse_when(when)
    from wetgeving.bronnen.catalogus import whole

    a, b = _same_regeling(whole(load_regeling(old), old), whole(load_regeling(new), new))
    act = generate(diff(a, b), when=day.date() if day else None, indeling=_indeling(old, a, b))
    emit(output, render_act_as(act, fmt), force)


def _indeling(spec: str, a: Any, b: Any) -> tuple[Any, ...]:
    """Chapters the modelled tranches added between the two versions (for sources without chapters)."""
    from wetgeving.bronnen.catalogus import pick
    from wetgeving.tranches.indeling import nieuwe_structuren

    if Path(spec).is_file():
        return ()
    return nieuwe_structuren(pick(spec).regeling, a.geldig_vanaf, b.geldig_vanaf)


def render_act_as(act: Any, fmt: str, *, label: str | None = None) -> str | bytes:
    """Render an amending act as text, our XML or DOCX."""
    from wetgeving.bronnen.integriteit import with_label

    label = with_label(label)
    if fmt == "xml":
        from wetgeving.wijziging import xml

        return xml.dumps(act).decode("utf-8")
    if fmt == "docx":
        import io

        from wetgeving.wijziging.render_docx import build

        buf = io.BytesIO()
        build(act, label=label).save(buf)
        return buf.getvalue()
    from wetgeving.wijziging.render_tekst import render_act

    return render_act(act, label=label)


# --- tranches ---------------------------------------------------------------------------------------------


@cli.group()
def tranche() -> None:
    """The weerbaar-bestuur legislation: tranche 1 (in force), tranche 2 (bill), other changes."""


@tranche.command("list")
def tranche_list() -> None:
    """List the tranches and the other changes modelled in corpus/tranches."""
    from wetgeving.tranches.lezen import tranches
    from wetgeving.tranches.weergave import list_view

    click.echo(list_view(tranches()), nl=False)


@tranche.command("show")
@click.argument("name")
@click.option("--theme", help="Only onderdelen of this theme (e.g. vog, geheimhouding).")
def tranche_show(name: str, theme: str | None) -> None:
    """Show a tranche's onderdelen with their instructions, dates and before/after text."""
    from wetgeving.programma import load_programma
    from wetgeving.tranches.lezen import tranche as get
    from wetgeving.tranches.weergave import show_view

    if theme and load_programma().thema(theme) is None:
        known = ", ".join(t.id for t in load_programma().themas)
        raise UsageError(f"onbekend thema {theme!r}", hint=f"bekend: {known}")
    click.echo(show_view(get(name), theme=theme), nl=False)


@tranche.command("timeline")
def tranche_timeline() -> None:
    """What enters into force when."""
    from wetgeving.tranches.lezen import tranches
    from wetgeving.tranches.weergave import timeline_view

    click.echo(timeline_view(tranches()), nl=False)


@tranche.command("diff")
@click.argument("name")
@click.option("--law", "law", required=True, help="The regeling to compare (e.g. gemeentewet).")
@click.option("--date", "when", help="Only what is in force on this date (YYYY-MM-DD).")
@click.option("--format", "fmt", type=click.Choice(["text", "html", "docx", "json"]), default=None,
              help="Default: from the extension of --output, else text.")
@click.option("--output", "-o", type=click.Path(path_type=Path, dir_okay=False), help="Write to FILE (required for docx).")
@click.option("--force", is_flag=True, help="Overwrite OUTPUT if it exists.")
def tranche_diff(name: str, law: str, when: str | None, fmt: str, output: Path | None, force: bool) -> None:
    """Redline of the law just before the tranche against the law with the tranche applied.

    For a bill (tranche 2): the current law against the law with the illustrative draft applied,
    labelled illustrative in every format."""
    from wetgeving.tranches.vergelijken import tranche_diff as compute

    fmt = format_for(fmt, output, ("text", "html", "docx", "json"), "text")
    day = _parse_when(when)
    d, label = compute(name, law, day.date() if day else None)
    emit(output, render_diff(d, fmt, label=label, colour=output is None and sys.stdout.isatty()), force)


# --- references and the graph ----------------------------------------------------------------------------


@cli.command()
@click.argument("regeling")
@click.argument("address", required=False)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def refs(regeling: str, address: str | None, fmt: str) -> None:
    """List the references in a regeling (or in one unit): citing text, kind and target."""
    import json

    from wetgeving.bronnen.catalogus import load_regeling
    from wetgeving.citaten import resolve
    from wetgeving.graaf.bouw import find_refs, resolve_internal

    reg = load_regeling(regeling)
    scope = resolve(reg, address)[0] if address else None
    found = [r for r in find_refs(reg) if scope is None or r.bron.is_within(scope)]
    rows = []
    for r in found:
        f = r.gevonden
        status = ""
        if f.soort in ("intern", "relatief") and f.adres is not None:
            status = "bestaat" if resolve_internal(reg, f.adres) is not None else "ONTBREEKT"
        rows.append({"bron": str(r.bron), "tekst": r.tekst, "soort": f.soort, "doel": f.doel, "status": status})
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    for row in rows:
        click.echo(f"{row['bron']:32} {row['soort']:9} {row['tekst']!r:60.60} → {row['doel']} {row['status']}")
    click.echo(f"{len(rows)} references")


@cli.group()
def graph() -> None:
    """The provision graph: containment, references, amendments, obligations, actors."""


def _graph_of(regeling: str, after: str | None = None, when: str | None = None) -> Any:
    from wetgeving.graaf.api import apply_named, graph_for, load

    reg = load(regeling)
    day = _parse_when(when)
    if after:
        reg = apply_named(reg, after, day.date() if day else None)
    return graph_for(reg)


@graph.command("build")
@click.argument("regeling")
@click.option("--output", "-o", type=click.Path(path_type=Path, dir_okay=False), help="Write JSON node-link.")
@click.option("--force", is_flag=True)
def graph_build(regeling: str, output: Path | None, force: bool) -> None:
    """Build the graph of a regeling version and report its size (and write it as JSON)."""
    import time

    from wetgeving.graaf.export import to_json
    from wetgeving.graaf.vragen import dangling

    t = time.perf_counter()
    g = _graph_of(regeling)
    took = time.perf_counter() - t
    kinds = Counter(d.get("soort") for _, _, d in g.edges(data=True))
    click.echo(f"{g.number_of_nodes()} nodes, {g.number_of_edges()} edges ("
               + ", ".join(f"{n} {k}" for k, n in sorted(kinds.items())) + f"); {len(dangling(g))} dangling; "
               f"built in {took:.2f} s")
    if output is not None:
        emit(output, to_json(g), force)


@graph.command("export")
@click.argument("regeling")
@click.option("--format", "fmt", type=click.Choice(["graphml", "json", "dot", "svg", "html"]), default=None,
              help="Default: from the extension of --output, else html.")
@click.option("--output", "-o", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--force", is_flag=True)
def graph_export(regeling: str, fmt: str, output: Path | None, force: bool) -> None:
    """Export the graph as GraphML, JSON node-link, DOT, SVG (needs graphviz) or a clickable HTML page."""
    from wetgeving.graaf.export import export

    fmt = format_for(fmt, output, ("graphml", "json", "dot", "svg", "html"), "html")
    graph = _graph_of(regeling)
    if fmt == "svg":  # graphviz can take a while on a whole law: say so
        click.echo(f"graaf met {graph.number_of_nodes()} knopen wordt met graphviz getekend; dat kan even duren …",
                   err=True)
    emit(output, export(graph, fmt), force)


@graph.command("impact")
@click.argument("regeling")
@click.argument("address")
@click.option("--depth", default=1, show_default=True, type=click.IntRange(min=1),
              help="1: direct references; more: transitively.")
def graph_impact(regeling: str, address: str, depth: int) -> None:
    """What refers to a unit (directly or transitively), each with its citing text."""
    from wetgeving.citaten import parse_citation, resolve
    from wetgeving.graaf.api import graph_for, load
    from wetgeving.graaf.vragen import impact
    from wetgeving.locatie import Adres

    adres = Adres.parse(address) if ":" in address.split(" ")[0] else parse_citation(address).adres
    reg = load(regeling)
    found = impact(graph_for(reg), adres, depth=depth)
    if reg.get(adres) is None:
        if not found:
            resolve(reg, str(adres))  # raises: the unit does not exist, with the nearest ones
        click.echo(f"note: {adres.citation()} does not exist in this version; these references dangle", err=True)
    for c in found:
        click.echo(f"{'  ' * (c.diepte - 1)}{Adres.parse(c.bron).citation()}: «{c.tekst}» — …{c.context}…")
    arts = sorted({Adres.parse(c.bron).artikel or "" for c in found if c.diepte == 1})
    click.echo(f"{len(found)} references from {len(arts)} artikelen: {', '.join(arts)}" if found
               else f"nothing refers to {adres.citation()}")


@graph.command("dangling")
@click.argument("regeling")
@click.option("--after", help="First apply this act: a tranche ('1') or an act file.")
@click.option("--date", "when", help="With --after: only onderdelen in force on this date.")
def graph_dangling(regeling: str, after: str | None, when: str | None) -> None:
    """References to units that do not exist in the version (or after applying an act)."""
    from wetgeving.graaf.vragen import dangling
    from wetgeving.locatie import Adres

    if when and not after:
        raise UsageError("--date kiest de onderdelen van --after", hint="geef ook --after, of laat --date weg")
    found = dangling(_graph_of(regeling, after, when))
    for c in found:
        click.echo(f"{Adres.parse(c.bron).citation()} → {c.doel}: «{c.tekst}» — …{c.context}…")
    where = regeling + (f" after {after}" if after else "")
    click.echo(f"{len(found)} dangling references in {where}" if found else
               f"no dangling references in {where}: every internal reference resolves to an existing unit")


@graph.command("explain")
@click.argument("regeling")
@click.argument("node", required=False)
def graph_explain(regeling: str, node: str | None) -> None:
    """Paths theme → onderdeel → provision → obligation → actor (for one node, or all)."""
    from wetgeving.graaf.vragen import explain

    g = _graph_of(regeling)
    starts = [node] if node else [n for n, d in g.nodes(data=True) if d.get("soort") == "thema"]
    shown = 0
    for start in starts:
        if start not in g:
            raise UsageError(f"no node {start!r} in the graph", hint="e.g. thema:vog, artikel:36a/lid:2, verplichting:…")
        for path in explain(g, start):
            click.echo(" → ".join(str(g.nodes[p].get("label", p))[:60] + f" [{p}]" for p in path))
            shown += 1
    click.echo(f"{shown} paths")


# --- obligations, checklists and the register ---------------------------------------------------------


_GEMEENTEN_OPT = click.option("--gemeenten", "gemeenten_file", type=click.Path(path_type=Path, dir_okay=False),
                              help="Register of gemeenten (CBS 'Gemeenten alfabetisch' as CSV or XLSX).")
_REGISTER_OPT = click.option("--register", "register_file", type=click.Path(path_type=Path, dir_okay=False),
                             help="The SQLite register of assessments (default: WETGEVING_REGISTER or the user data dir).")


@cli.command()
@click.option("--theme", help="Only this theme (e.g. vog, geheimhouding).")
@click.option("--actor", help="Only duties of this actor (raad, college, burgemeester, wethouder, raadslid, griffier …).")
@click.option("--soort", type=click.Choice(["wettelijk", "wetsvoorstel", "aanbeveling"]))
@click.option("--date", "when", help="Show each obligation as it is on this date (YYYY-MM-DD).")
@click.option("--coverage", is_flag=True, help="Instead: the coverage table of the articles tranche 1 changed "
              "(Markdown, as in docs/obligations-coverage.md).")
@click.option("--output", "-o", type=click.Path(path_type=Path, dir_okay=False), help="Write to FILE.")
@click.option("--force", is_flag=True)
def obligations(theme: str | None, actor: str | None, soort: str | None, when: str | None, coverage: bool,
                output: Path | None, force: bool) -> None:
    """List the obligations for gemeenten (legal duties, bills, recommendations) with their periods."""
    from wetgeving.compliance.verplichtingen import select, verplichtingen
    from wetgeving.compliance.weergave_lijst import listing

    if coverage:
        from wetgeving.compliance.dekking import markdown, rows

        emit(output, markdown(rows()), force)
        return
    items = verplichtingen()
    themes = sorted({v.thema for v in items})
    actors = sorted({a for v in items for a in (*v.normadressaten, *v.uitvoering)})
    if theme is not None and theme not in themes:
        raise UsageError(f"geen verplichting heeft het thema {theme!r}", hint="bekend: " + ", ".join(themes))
    if actor is not None and actor not in actors:
        raise UsageError(f"geen verplichting heeft de actor {actor!r}", hint="bekend: " + ", ".join(actors))
    day = _parse_when(when)
    emit(output, listing(select(items, theme=theme, actor=actor, soort=soort), day.date() if day else None), force)


@cli.command()
@click.argument("gemeente", required=False)
@click.option("--date", "when", help="Peildatum (YYYY-MM-DD); default today.")
@click.option("--since", help="Show what changed for the gemeente between this date and --date.")
@click.option("--format", "fmt", type=click.Choice(["markdown", "html", "docx", "csv", "json"]), default=None,
              help="Default: from the extension of --output, else markdown.")
@click.option("--all", "everyone", is_flag=True, help="A checklist for every gemeente in the register (needs --output DIR).")
@click.option("--output", "-o", type=click.Path(path_type=Path), help="Output file (or folder with --all).")
@click.option("--no-text", is_flag=True, help="Hash instead of law text (for golden files).")
@click.option("--force", is_flag=True)
@_GEMEENTEN_OPT
@_REGISTER_OPT
def checklist(gemeente: str | None, when: str | None, since: str | None, fmt: str, everyone: bool, output: Path | None,
              no_text: bool, force: bool, gemeenten_file: Path | None, register_file: Path | None) -> None:
    """Which obligations apply to a gemeente on a date, who is responsible, and whether it complies."""
    from datetime import date as _date

    fmt = format_for(fmt, None if everyone else output, ("markdown", "html", "docx", "csv", "json"), "markdown")
    from wetgeving.compliance import checklist as cl
    from wetgeving.compliance import gemeenten as gm
    from wetgeving.compliance.register import Beoordelingsregister
    from wetgeving.compliance.verplichtingen import verplichtingen
    from wetgeving.compliance.weergave import changes_text, render

    day = _parse_when(when)
    peil = day.date() if day else _date.today()
    register = gm.load(gemeenten_file)
    items = verplichtingen()
    start = _parse_when(since)
    if start is not None and start.date() > peil:
        raise UsageError(f"--since {since} ligt na --date {peil}", hint="geef een --since vóór de --date")
    if everyone:
        if output is None:
            raise UsageError("--all vraagt --output MAP")
        if since:
            raise UsageError("--since vergelijkt de checklists van één gemeente", hint="noem een gemeente in plaats van --all")
        from wetgeving.compliance.batch import write_all

        with Beoordelingsregister(register_file, readonly=True) as reg:
            n = write_all(register, peil, items, reg, output, fmt, force=force)
        click.echo(f"wrote {n} checklists to {output}", err=True)
        return
    if gemeente is None:
        raise UsageError("noem een gemeente (code GM0363 of naam) of geef --all")
    g = gm.find(register, gemeente)
    with Beoordelingsregister(register_file, readonly=True) as reg:
        recorded = reg.as_of(g.code, peil)
        earlier = reg.as_of(g.code, start.date()) if start is not None else {}
    if start is not None:
        before = cl.make(g, start.date(), items, earlier, with_text=False)
        after = cl.make(g, peil, items, recorded, with_text=False)
        emit(output, changes_text(g.naam, start.date().isoformat(), peil.isoformat(), cl.changes(before, after)), force)
        return
    emit(output, render(cl.make(g, peil, items, recorded, with_text=not no_text), fmt), force)


@cli.group()
def register() -> None:
    """The register of compliance assessments (SQLite, append-only)."""


@register.command("record")
@click.argument("gemeente")
@click.argument("verplichting")
@click.option("--status", required=True, help="Legal duty: 'voldoet', 'voldoet gedeeltelijk', 'voldoet niet', "
              "'niet van toepassing'; recommendation: 'opgevolgd', 'niet opgevolgd', 'bewust afgeweken'; bill: "
              "'voorbereiding gestart', 'nog niet'.")
@click.option("--op", "op", help="The date the assessment is about (YYYY-MM-DD); default today.")
@click.option("--who", required=True, help="Who makes this assessment.")
@click.option("--reason", default="", help="Why (required for 'niet van toepassing').")
@click.option("--evidence", default="", help="A link or file reference that shows compliance.")
@click.option("--note", default="")
@_GEMEENTEN_OPT
@_REGISTER_OPT
def register_record(gemeente: str, verplichting: str, status: str, op: str | None, who: str, reason: str,
                    evidence: str, note: str, gemeenten_file: Path | None, register_file: Path | None) -> None:
    """Record an assessment (a new row; nothing is ever overwritten)."""
    from datetime import date as _date

    from wetgeving.compliance import gemeenten as gm
    from wetgeving.compliance.beoordelen import beoordeel
    from wetgeving.compliance.register import Beoordelingsregister
    from wetgeving.compliance.verplichtingen import by_id

    g = gm.find(gm.load(gemeenten_file), gemeente)
    _known_verplichting(verplichting)
    v = by_id(verplichting)
    assert v is not None
    day = _parse_when(op)
    with Beoordelingsregister(register_file) as reg:
        b = beoordeel(reg, g.code, v, status, wie=who, op=day.date() if day else _date.today(), reden=reason,
                      bewijs=evidence, notitie=note)
    click.echo(f"vastgelegd #{b.id}: {g.naam} — {verplichting}: {b.status_nl} (beoordeeld op {b.op}, {b.wie})")


def _known_verplichting(verplichting: str) -> None:
    """Refuse an unknown verplichting id, suggesting near ones."""
    import difflib

    from wetgeving.compliance.verplichtingen import verplichtingen

    known = {v.id for v in verplichtingen()}
    if verplichting not in known:
        near = difflib.get_close_matches(verplichting, sorted(known), n=3)
        raise UsageError(f"onbekende verplichting {verplichting!r}", hint="zie 'wetgeving obligations'"
                         + (f"; bedoelt u {', '.join(near)}?" if near else ""))


@register.command("history")
@click.argument("gemeente", required=False)
@click.argument("verplichting", required=False)
@_GEMEENTEN_OPT
@_REGISTER_OPT
def register_history(gemeente: str | None, verplichting: str | None, gemeenten_file: Path | None,
                     register_file: Path | None) -> None:
    """The full history of assessments (of a gemeente, of one verplichting)."""
    from wetgeving.compliance import gemeenten as gm
    from wetgeving.compliance.register import Beoordelingsregister

    code = gm.find(gm.load(gemeenten_file), gemeente).code if gemeente else None
    if verplichting:
        _known_verplichting(verplichting)
    with Beoordelingsregister(register_file, readonly=True) as reg:
        rows = reg.history(code, verplichting)
    for b in rows:
        click.echo(f"#{b.id} op {b.op or '?'} (vastgelegd {b.wanneer}) {b.gemeente} {b.verplichting}: {b.status_nl}"
                   f" — {b.wie}" + (f"; {b.reden}" if b.reden else "") + (f"; bewijs: {b.bewijs}" if b.bewijs else "")
                   + (f"; notitie: {b.notitie}" if b.notitie else "") + (f" [tekst {b.periode}]" if b.periode else ""))
    click.echo(f"{len(rows)} beoordeling" + ("" if len(rows) == 1 else "en"))


@register.command("export")
@click.option("--output", "-o", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--force", is_flag=True)
@_REGISTER_OPT
def register_export(output: Path | None, force: bool, register_file: Path | None) -> None:
    """Export the whole register as CSV."""
    from wetgeving.compliance.register import Beoordelingsregister

    with Beoordelingsregister(register_file, readonly=True) as reg:
        emit(output, reg.export_csv(), force)
        if output is not None:
            reg.note_export(output)


@register.command("import")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@_GEMEENTEN_OPT
@_REGISTER_OPT
def register_import(file: Path, gemeenten_file: Path | None, register_file: Path | None) -> None:
    """Append the assessments of an exported CSV (all or nothing; every row is checked first)."""
    from wetgeving.compliance import gemeenten as gm
    from wetgeving.compliance.register import Beoordelingsregister
    from wetgeving.compliance.verplichtingen import verplichtingen

    codes = {g.code for g in gm.load(gemeenten_file)}
    with Beoordelingsregister(register_file) as reg:
        n = reg.import_csv(file, gemeenten=codes, verplichtingen={v.id for v in verplichtingen()})
    click.echo(f"imported {n} assessments")


# --- consultation ----------------------------------------------------------------------------------------


@cli.command()
@click.argument("comments", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--output", "-o", type=click.Path(path_type=Path, dir_okay=False), help="Output file (required for docx).")
@click.option("--format", "fmt", type=click.Choice(["docx", "internetconsultatie", "markdown", "html"]),
              default=None, help="Default: from the output's extension (.docx, .txt, .md, .html).")
@click.option("--bill", help="Override the bill named in the comments file (tranche, act file or regeling).")
@click.option("--base", help="Override the base law named in the comments file (e.g. gemeentewet@2026-10-01).")
@click.option("--date", "when", help="Date for the document and its comments (YYYY-MM-DD); default the file's datum.")
@click.option("--author", default="", callback=_check_author,
              help="Author of the Word comments and tracked changes (default: organisatie).")
@click.option("--force", is_flag=True)
def consult(comments: Path, output: Path | None, fmt: str | None, bill: str | None, base: str | None,
            when: str | None, author: str, force: bool) -> None:
    """Write a consultation reaction on a bill: DOCX with comments and tracked alternatives, text, HTML."""
    import io

    from wetgeving.consultatie import tekst
    from wetgeving.consultatie.invoer import load
    from wetgeving.consultatie.voorbereiden import prepare

    kind = fmt or {".docx": "docx", ".txt": "internetconsultatie", ".md": "markdown", ".html": "html"}.get(
        output.suffix.lower() if output else "", "internetconsultatie")
    if output is not None and output.exists() and not force:
        raise UsageError(f"{output} bestaat al", hint="geef --force om het te overschrijven")
    v = prepare(load(comments), bill=bill, base=base)
    for w in v.waarschuwingen:
        click.echo(w, err=True)
    if kind == "docx":
        from wetgeving.consultatie.docx import build

        buf = io.BytesIO()
        build(v, author=author, when=_parse_when(when)).save(buf)
        emit(output, buf.getvalue(), force)
    elif kind == "html":
        emit(output, tekst.html(v), force)
    elif kind == "markdown":
        emit(output, tekst.markdown(v), force)
    else:
        emit(output, tekst.internetconsultatie(v), force)


def main(argv: list[str] | None = None) -> int:
    """Entry point: run the CLI and turn every user-facing error into a message and an exit code."""
    from wetgeving.bronnen import integriteit

    with integriteit.scope():
        code = _main(argv)
        if integriteit.used():
            click.echo(integriteit.markering(), err=True)
    return code


def _main(argv: list[str] | None) -> int:
    try:
        cli.main(args=argv, prog_name="wetgeving", standalone_mode=False)
    except WetgevingError as exc:
        click.echo(f"fout: {exc}", err=True)
        return exc.exit_code
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 1
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        return 1
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        return 130
    except BrokenPipeError:
        return 0
    except OSError as exc:  # last resort: a file the command could not open, read or write
        where = f" {exc.filename}" if exc.filename else ""
        click.echo(f"fout: kan{where} niet gebruiken: {exc.strerror or exc}\n"
                   "  wat te doen: controleer of het pad bestaat en of u het mag lezen of schrijven", err=True)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())


def main_exit() -> None:
    """Console-script entry point."""
    sys.exit(main())
