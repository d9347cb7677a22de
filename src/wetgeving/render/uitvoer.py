"""One entry per result type for the CLI's output formats: a diff and an amending act as text, HTML, DOCX,
JSON or our XML. Every rendering carries the label of modified sources (``--allow-modified``)."""

from __future__ import annotations

import io
import os
import warnings
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from wetgeving.bronnen.integriteit import with_label
from wetgeving.errors import Melding, UsageError

if TYPE_CHECKING:  # the CLI imports this module on every call: the models only when a result is rendered
    from wetgeving.bronnen.catalogus import Catalogus
    from wetgeving.consultatie.voorbereiden import Voorbereid
    from wetgeving.diff.resultaat import Diff
    from wetgeving.model import Regeling
    from wetgeving.wijziging.model import Wijzigingsregeling


DIFF_FORMATS = ("text", "html", "docx", "json")


def lees_moment(value: str, option: str = "--date", *, tijd: bool = True) -> datetime:
    """A date (``tijd`` false) or a moment given as ``option``, written as the help says (JJJJ-MM-DD, a time after «T»;
    helper-159: Python also read «20230401» and «2023-W13-6»), as :func:`moment` checks it; else the Dutch usage
    error of :func:`geen_datum`."""
    from wetgeving.nummers import iso_geschreven

    try:
        if not iso_geschreven(value, tijd=tijd):
            raise ValueError(value)
        return moment(datetime.fromisoformat(value), option, lokaal=any(c in value for c in "T "))
    except ValueError:
        raise geen_datum(option, value, tijd=tijd) from None


def moment(when: datetime, option: str, *, lokaal: bool = False) -> datetime:
    """A moment given on the command line (``diff --date``, ``consult --date``): one whose UTC time exists.
    9999-12-31T23:00-05:00 is in the year 10000 in UTC, which a Word document stores (w:date): Python's
    OverflowError was a traceback. ``lokaal``: a time of day without a time zone is Dutch time (Europe/Amsterdam, as
    «today» is, :func:`wetgeving.util.vandaag`), whatever the machine's zone, so Word in the Netherlands shows it as
    typed (helper-96: «14:30» was stored as 14:30 UTC, shown as 15:30; helper-97: a server in UTC); a date alone stays
    a day."""
    gegeven = when
    try:
        if lokaal and when.tzinfo is None:
            from zoneinfo import ZoneInfo

            nl = ZoneInfo("Europe/Amsterdam")
            when = when.replace(tzinfo=nl)
            if when.astimezone(UTC).astimezone(nl).replace(tzinfo=None) != gegeven:  # the hour skipped in spring
                raise UsageError(f"{option} {gegeven.isoformat()} bestaat niet in Nederlandse tijd: die nacht gaat de klok "
                                 "van 2:00 naar 3:00 (zomertijd)", hint="geef een tijd vóór 2:00 of vanaf 3:00")
        when.astimezone(UTC) if when.tzinfo is not None else None
    except (OverflowError, ValueError, OSError):  # also the local time zone of year 1 or 9999 (mktime's range)
        raise UsageError(f"{option} {gegeven.isoformat()} valt in UTC buiten de jaren 1 tot en met 9999",
                         hint="geef een datum binnen die jaren" + ("" if lokaal else ", of een tijd zonder tijdzone")
                         ) from None
    return when


def geen_datum(option: str, value: str, *, tijd: bool = True) -> UsageError:
    """The error for a --date that is none: «2023-02-30» is written right but does not exist (helper-54: the hint
    told the user to write JJJJ-MM-DD, which they had)."""
    from wetgeving.nummers import bedoelde_datum, dag_bestaat_niet

    if (waarom := dag_bestaat_niet(value)) is not None:
        return UsageError(f"{option} {value!r} bestaat niet: {waarom}", hint="geef een dag die bestaat")
    bedoeld = bedoelde_datum(value)  # helper-104: «15-4-2023» got a hint with a time of day, and no date
    return UsageError(f"{option} {value!r} is geen datum",
                      hint=f"schrijf JJJJ-MM-DD, hier {bedoeld}" if bedoeld else
                      "schrijf JJJJ-MM-DD (een tijdstip erbij: JJJJ-MM-DDTHH:MM)" if tijd else "schrijf JJJJ-MM-DD")


def render_diff(d: Diff, fmt: str, *, author: str = "wetgeving", when: datetime | None = None,
                structure_only: bool = False, colour: bool = False, label: str | None = None) -> str | bytes:
    """A diff as ``text``, ``html``, ``docx`` (tracked changes) or ``json``; its «let op» notices (``meldingen``) in
    the document itself (JSON: ``waarschuwingen``), as well as on stderr where the CLI prints them."""
    label = with_label(label)
    if d.meldingen and fmt in ("html", "docx", "text"):
        label = "\n".join([*([label] if label else []), *(f"Let op: {m}" for m in d.meldingen)])
    if fmt == "json":
        import json

        data = d.to_json(with_text=not structure_only)
        if not structure_only:  # a whole added or removed unit also as its printed lines, lid numbers kept
            from wetgeving.render.diff_tekst import whole_unit

            for a, rij in zip(d.artikelen, data["artikelen"], strict=True):
                for w, item in zip(a.verschillen, rij["wijzigingen"], strict=True):
                    if (regels := whole_unit(d, w)) is not None:
                        item["regels"] = regels
        if label:
            data = {"label": label, **data}
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if fmt == "html":
        from wetgeving.render.diff_html import render

        return render(d, label=label)
    if fmt == "docx":
        from wetgeving.render.diff_docx import build

        buf = io.BytesIO()
        build(d, author=author, date=when, label=label).save(buf)
        return buf.getvalue()
    from wetgeving.render.diff_tekst import render as text

    out = text(d, colour=colour)
    return (label + "\n\n" + out) if label else out


def render_act(act: Wijzigingsregeling, fmt: str, *, label: str | None = None) -> str | bytes:
    """An amending act as ``text`` (the Dutch instructions), ``xml`` (ours) or ``docx``."""
    label = with_label(label)
    if fmt == "xml":
        from wetgeving.wijziging import xml

        return xml.dumps(act).decode("utf-8")
    if fmt == "docx":
        from wetgeving.render.wijziging_docx import build

        buf = io.BytesIO()
        build(act, label=label).save(buf)
        return buf.getvalue()
    from wetgeving.render.wijziging_tekst import render_act as text

    return text(act, label=label)


def render_regeling(reg: Regeling) -> bytes:
    """A regeling in our XML (schemas/regeling.xsd), checked against the schema."""
    from wetgeving.bronnen import native

    return native.dumps(reg)


GESCHREVEN = {".txt": "text", ".html": "html", ".htm": "html", ".docx": "docx", ".json": "json", ".xml": "xml",
              ".csv": "csv", ".md": "markdown", ".markdown": "markdown", ".graphml": "graphml", ".dot": "dot",
              ".svg": "svg", ".pdf": "pdf"}
# formats no command writes: named, so that a CSV or Markdown file is never called .xlsx (helper-54)
NIET_GESCHREVEN = {".xlsx": "Excel", ".xls": "Excel", ".ods": "OpenDocument", ".odt": "OpenDocument",
                   ".doc": "Word 97", ".rtf": "RTF",
                   # formats wetgeving reads but never writes (helper-205: «convert … gw.yaml» wrote XML that the YAML
                   # reader then refused; «register export -o reg.sqlite» wrote CSV over a register)
                   ".yaml": "YAML", ".yml": "YAML", ".sqlite": "SQLite", ".sqlite3": "SQLite", ".db": "SQLite"}
EXTENSIONS = GESCHREVEN | NIET_GESCHREVEN


FORMAATNAMEN = {"markdown": "Markdown", "csv": "CSV", "json": "JSON", "xml": "XML", "html": "HTML", "text": "tekst",
                "docx": "Word (.docx)", "pdf": "PDF"}


def format_for(fmt: str | None, output: Path | None, choices: tuple[str, ...], default: str) -> str:
    """The output format: --format, else the extension of --output (x.docx → docx), else the default.
    A --format that contradicts the extension is refused rather than writing, say, text into a .docx."""
    ext = EXTENSIONS.get(output.suffix.lower()) if output is not None and output.suffix else None
    if ext == "text" and "text" not in choices:
        ext = default  # a .txt checklist is its Markdown
    if output is not None and output.suffix.lower() in NIET_GESCHREVEN:  # .xlsx: no --format writes it
        werkt = ", ".join(e for e, f in GESCHREVEN.items() if f in choices)
        raise UsageError(f"{output} heeft de extensie {output.suffix} ({NIET_GESCHREVEN[output.suffix.lower()]}), en dat "
                         "formaat schrijft wetgeving niet",
                         hint=f"kies een uitvoerbestand met de extensie {werkt}")
    if fmt is None:
        if ext is None and output is not None and output.suffix:  # helper-146: «-o g.png» wrote HTML, not a word
            warnings.warn(Melding(f"{output} heeft een extensie die wetgeving niet kent ({output.suffix}): het formaat "
                                  f"wordt {FORMAATNAMEN.get(default, default)} (de extensie kiest het formaat: "
                                  f"{_of([e for e, f in GESCHREVEN.items() if f in choices])}; of geef --format)"),
                          stacklevel=2)
        if ext is None:
            return default
        if ext not in choices:
            raise UsageError(f"{output} heeft een extensie die deze opdracht niet schrijft "
                             f"({output.suffix if output else ''})",
                             hint="formaten: " + ", ".join(choices) + "; geef --format of een andere extensie")
        return ext
    if ext is not None and ext != fmt and not (fmt == "markdown" and ext == "text"):
        # helper-159: «gebruik --format xml» was offered where the command writes no XML
        raise UsageError(f"--format {fmt} past niet bij de extensie van {output}",
                         hint=(f"gebruik --format {ext}, of " if ext in choices else "kies ")
                         + "een uitvoerbestand met de extensie "
                         + " of ".join(e for e, f in GESCHREVEN.items() if f == fmt))  # «.txt», not «van text»
    return fmt




def _of(delen: list[str]) -> str:
    """«.txt, .html of .json»."""
    return ", ".join(delen[:-1]) + " of " + delen[-1] if len(delen) > 1 else "".join(delen)


def check_extension(output: Path | None, writes: str) -> None:
    """For a command that writes one format: refuse an output whose extension names another (Markdown in a
    .docx, CSV in a .html); one the tool does not know (.png) is written with a «let op»; none, or .txt, is fine."""
    ext = EXTENSIONS.get(output.suffix.lower()) if output is not None else None
    if output is not None and output.suffix and ext is None:  # helper-146: «-o o.png» got Markdown, not a word
        own = _of([e for e, f in EXTENSIONS.items() if f == writes] + ([".txt"] if writes in ("markdown", "csv") else []))
        warnings.warn(Melding(f"{output} heeft een extensie die wetgeving niet kent ({output.suffix}): het formaat wordt "
                              f"{FORMAATNAMEN.get(writes, writes)} (de gewone extensie: {own})"), stacklevel=2)
    if output is not None and ext not in (None, "text", writes):
        own = ", ".join(e for e, f in EXTENSIONS.items() if f == writes)
        # helper-141: «heeft de extensie van csv» is no Dutch; the extension as it is, and the format by its name
        raise UsageError(f"{output} heeft de extensie {output.suffix}, maar deze opdracht schrijft "
                         f"{FORMAATNAMEN.get(writes, writes)}",
                         hint=f"kies een uitvoerbestand met de extensie {own} (of .txt)")


CONSULTATION_KINDS = {".docx": "docx", ".txt": "internetconsultatie", ".md": "markdown", ".html": "html"}


def consultation_kind(fmt: str | None, output: Path | None) -> str:
    """The kind of consultation document: --format, else from the extension of --output (a known extension of
    another kind, e.g. .pdf, is refused rather than given text), else internetconsultatie text."""
    suffix = output.suffix.lower() if output is not None else ""
    kind = CONSULTATION_KINDS.get(suffix)
    other = fmt is not None and kind is not None and kind != fmt and not (suffix == ".txt" and fmt != "docx")
    if (kind is None and suffix in EXTENSIONS) or other:
        raise UsageError(f"{output} heeft een extensie die niet past bij " + (f"--format {fmt}" if fmt else "consult"),
                         hint="gebruik .docx, .txt (internetconsultatie), .md of .html, passend bij --format")
    return fmt or kind or "internetconsultatie"


def render_consultation(v: Voorbereid, kind: str, *, author: str = "", when: datetime | None = None) -> str | bytes:
    """A consultation reaction as DOCX (comments and tracked alternatives), internetconsultatie text, Markdown
    or HTML."""
    from wetgeving.render import consultatie_tekst as tekst

    if kind == "docx":
        from wetgeving.render.consultatie_docx import build

        buf = io.BytesIO()
        build(v, author=author, when=when).save(buf)
        return buf.getvalue()
    return {"html": tekst.html, "markdown": tekst.markdown}.get(kind, tekst.internetconsultatie)(v)


def weiger_overschrijven(output: Path | None, force: bool, *, gelezen: Callable[[], list[Path]] = list,
                         cat: Catalogus | None = None) -> None:
    """Refuse an output that is a folder, that exists without ``force``, or that --force may not replace: a file the
    command reads (``gelezen``; helper-205: «register export --register r.sqlite -o r.sqlite --force» wrote CSV over the
    register it read), a catalogued source (helper-212: «convert kieswet <its own file>»); and any file in a folder of
    the sources, new ones too (helper-217: «-o <bronnen>/PROVENANCE.md --force»; helper-219)."""
    if output is None:
        return
    if output.is_dir():  # no --force can help (helper-54: it was offered)
        raise UsageError(f"{output} is een map, geen bestand", hint="noem een bestand")
    bestaat = output.exists()
    if bestaat and any(_zelfde(p, output) for p in gelezen()):
        raise UsageError(f"{output} is ook een bestand dat deze opdracht leest", hint="schrijf naar een ander bestand "
                         "(--force overschrijft een eerder resultaat, nooit de invoer)")
    bron = cat.herken_stuk(output) if cat is not None and bestaat else None
    if bron is not None:
        raise UsageError(f"{output} is de bron {bron.id} uit corpus/bronnen.toml", hint="schrijf naar een ander "
                         "bestand; wetgeving overschrijft geen bron")
    weiger_in_bronnen(output, cat)
    if bestaat and not force:
        raise UsageError(f"{output} bestaat al", hint="geef --force om het te overschrijven")


def weiger_in_bronnen(pad: Path, cat: Catalogus | None) -> None:
    """Refuse anything written into a folder the catalogue looks in for its sources (WETGEVING_SOURCES, the cache), new
    files too: it holds the sources only (helper-219; helper-220: `checklist --all`, a new register, an index)."""
    map_ = next((d for d in cat.zoekmappen if _binnen(pad, d)), None) if cat is not None else None
    if map_ is not None:
        raise UsageError(f"{pad} staat in de map van de bronnen ({map_.resolve()}; WETGEVING_SOURCES of de cache van de "
                         "bronnen)", hint="schrijf naar een bestand buiten die map; die map houdt alleen de bronnen")


def _binnen(pad: Path, map_: Path) -> bool:
    try:
        return pad.resolve().is_relative_to(map_.resolve())
    except OSError:
        return False


def _zelfde(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False
