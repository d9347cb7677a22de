"""The register of gemeenten: CBS code (GMxxxx), name, province. Imports the CBS table "Gemeenten
alfabetisch" (columns Gemeentecode, GemeentecodeGM, Gemeentenaam, Provinciecode, ProvinciecodePV,
Provincienaam) from CSV or XLSX; corpus/gemeenten.csv holds a small example register of real gemeenten."""

from __future__ import annotations

import io
import itertools
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from wetgeving import csvio
from wetgeving.bronnen.catalogus import corpus_dir
from wetgeving.bronnen.secure import read_bytes
from wetgeving.errors import InputError, UsageError
from wetgeving.util import stuurteken, stuurteken_genoemd

COLUMNS = ("Gemeentecode", "GemeentecodeGM", "Gemeentenaam", "Provinciecode", "ProvinciecodePV", "Provincienaam")
_GM = re.compile(r"^GM\d{4}$")


@dataclass(frozen=True, slots=True)
class Gemeente:
    code: str  # GM0363
    naam: str
    provincie: str
    provinciecode: str = ""  # PV27
    inwoners: int | None = None
    synthetisch: bool = False


class GemeentenError(InputError):
    """The gemeenten table cannot be read (the hint is about CSV and XLSX, not about law files)."""

    hint = ("geef de CBS-tabel 'Gemeenten alfabetisch' als .csv (UTF-8 of Windows-1252) of .xlsx, met de kolommen "
            + ", ".join(COLUMNS))


XLSX_MAX_UNPACKED = 32 * 1024 * 1024
"""The most a gemeenten workbook may hold unpacked (CBS's table of 342 gemeenten is about 100 KB)."""
XLSX_MAX_ROWS = 10_000
_DTD = re.compile(rb"<!DOCTYPE|<!ENTITY", re.I)


def _row_to_gemeente(row: dict[str, str], where: str, line: int) -> Gemeente:
    code = (row.get("GemeentecodeGM") or "").strip()
    cijfers = (row.get("Gemeentecode") or "").strip()
    if not code and cijfers.isdigit():
        code = f"GM{int(cijfers):04d}"
    elif cijfers.isdigit() and _GM.match(code) and int(cijfers) != int(code[2:]):  # helper-116: 0363 beside GM0364
        raise GemeentenError(f"de Gemeentecode {cijfers} en de GemeentecodeGM {code} noemen verschillende gemeenten",
                             file=where, line=line, hint="herstel een van beide in de tabel van gemeenten")
    if not _GM.match(code):
        raise GemeentenError(f"{code!r} is geen CBS-gemeentecode (GM + 4 cijfers)", file=where, line=line)
    naam = (row.get("Gemeentenaam") or "").strip()
    if not naam:
        raise GemeentenError("geen Gemeentenaam", file=where, line=line)
    for kolom in ("Gemeentenaam", "Provincienaam"):  # helper-80: a DOCX checklist ended in a traceback
        bad = stuurteken(row.get(kolom) or "")
        if bad is not None:
            raise GemeentenError(f"de {kolom} bevat een stuurteken ({stuurteken_genoemd(row.get(kolom) or '', bad)})",
                                 file=where, line=line, hint="verwijder het teken uit de tabel van gemeenten")
    inw = (row.get("Inwoners") or "").strip().replace(".", "")
    pv = (row.get("ProvinciecodePV") or "").strip()
    if not pv and (row.get("Provinciecode") or "").strip().isdigit():
        pv = f"PV{int(row['Provinciecode']):02d}"
    return Gemeente(code, naam, (row.get("Provincienaam") or "").strip(), pv, int(inw) if inw.isdigit() else None,
                    (row.get("Synthetisch") or "").strip().lower() in ("1", "ja", "true"))


def _delimiter(header_line: str) -> str | None:
    """The separator of a CBS table: the one of comma, semicolon and tab its header line uses most."""
    counts = {d: header_line.count(d) for d in (";", ",", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else None


def load_csv(path: Path) -> list[Gemeente]:
    """The CBS table as CSV; quotes (also doubled ones) per RFC 4180, a row with a shifted column is refused."""
    data = read_bytes(path)
    not_cbs = GemeentenError("geen CBS-tabel 'Gemeenten alfabetisch' (CSV in UTF-8 of Windows-1252, "
                             "gescheiden door komma's, puntkomma's of tabs)", file=path, line=1)
    if b"\x00" in data:
        raise GemeentenError("het bestand is binair, geen CSV-tekst", file=path, line=1)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise not_cbs from None
    delimiter = _delimiter(text.split("\n", 1)[0])
    if delimiter is None:
        raise not_cbs
    header, rows = csvio.read(text, path, delimiter=delimiter, hint=GemeentenError.hint)
    header = [h.strip() for h in header]
    if "Gemeentenaam" not in header or not ({"Gemeentecode", "GemeentecodeGM"} & set(header)):
        raise not_cbs
    geen_provincie(header, path)
    return [_row_to_gemeente(dict(zip(header, cells, strict=True)), str(path), line) for line, cells in rows]


def geen_provincie(header: list[str], path: Path) -> None:
    """Refuse a table that names no province (helper-116: its gemeenten had none, and `user add --provincie` then
    offered «kies een van: ;»): a role per province and the commissaris van de Koning need it."""
    if not {"Provincienaam", "ProvinciecodePV", "Provinciecode"} & set(header):
        raise GemeentenError("de tabel van gemeenten heeft geen kolom met de provincie (Provincienaam, ProvinciecodePV "
                             "of Provinciecode)", file=path, line=1)


def _check_workbook(data: bytes, path: Path) -> None:
    """Refuse what no CBS workbook holds before openpyxl sees it: a broken zip, more than
    :data:`XLSX_MAX_UNPACKED` unpacked (a zip bomb), a DTD or entity declarations (XXE, billion laughs)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            members = z.infolist()
            total = sum(m.file_size for m in members)
            if total > XLSX_MAX_UNPACKED:
                raise GemeentenError(f"het werkboek is uitgepakt {total} bytes, meer dan de grens van "
                                     f"{XLSX_MAX_UNPACKED}: dit is geen tabel van gemeenten", file=path)
            for m in members:
                if m.filename.endswith((".xml", ".rels")) and _DTD.search(_read_member(z, m)):
                    raise GemeentenError(f"het werkboek bevat een DTD of entiteiten ({m.filename}); wetgeving "
                                         "weigert die te lezen (XXE, 'billion laughs')", file=path)
    except zipfile.BadZipFile:  # helper-116: «de zip-lezer meldt: File is not a zip file», in English
        raise GemeentenError("het werkboek is onleesbaar: het is geen zip-bestand, wat een .xlsx is (afgebroken, of een "
                             "ander formaat met de extensie .xlsx)", file=path) from None
    except (zipfile.LargeZipFile, EOFError, NotImplementedError, ValueError, OSError) as exc:
        raise GemeentenError(f"het werkboek is onleesbaar (afgebroken of geen .xlsx; de zip-lezer meldt: {exc})",
                             file=path) from None


def _read_member(z: zipfile.ZipFile, m: zipfile.ZipInfo) -> bytes:
    """A member unpacked, never more than its declared size (a lying header cannot make it bigger)."""
    with z.open(m) as fh:
        return fh.read(m.file_size + 1)[: XLSX_MAX_UNPACKED]


def load_xlsx(path: Path) -> list[Gemeente]:
    """The CBS table as XLSX, read by openpyxl (which parses with defusedxml) after :func:`_check_workbook`."""
    import openpyxl

    data = read_bytes(path)
    _check_workbook(data, path)
    try:
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        sheet = wb.active
        rows = list(itertools.islice(sheet.iter_rows(values_only=True), XLSX_MAX_ROWS + 2)) if sheet else []
        wb.close()
    except Exception as exc:  # openpyxl, defusedxml and zipfile raise many kinds; each means: unreadable
        detail = str(exc).splitlines()[0] if str(exc) else ""
        raise GemeentenError(f"het werkboek is onleesbaar (openpyxl meldt {type(exc).__name__}: {detail})",
                             file=path) from None
    if len(rows) > XLSX_MAX_ROWS + 1:
        raise GemeentenError(f"het werkboek heeft meer dan {XLSX_MAX_ROWS} regels: dit is geen tabel van gemeenten",
                             file=path)
    header = [str(c).strip() if c is not None else "" for c in (rows[0] if rows else ())]
    if "Gemeentenaam" not in header:
        raise GemeentenError("geen CBS-tabel 'Gemeenten alfabetisch'", file=path, line=1)
    geen_provincie(header, path)
    out = []
    for i, row in enumerate(rows[1:], start=2):
        values = {h: ("" if v is None else str(v)) for h, v in zip(header, row, strict=False)}
        if any(values.values()):
            out.append(_row_to_gemeente(values, str(path), i))
    return out


def load(path: Path | None = None) -> list[Gemeente]:
    """A register from CSV or XLSX (default: the example register in the corpus)."""
    path = path or corpus_dir() / "gemeenten.csv"
    gemeenten = load_xlsx(path) if path.suffix.lower() == ".xlsx" else load_csv(path)
    if not gemeenten:  # a checklist for --all would be no checklist at all, every code 'unknown'
        raise GemeentenError("de tabel bevat geen gemeenten, alleen een kopregel", file=path, line=2)
    seen: set[str] = set()
    for g in gemeenten:
        if g.code in seen:
            raise GemeentenError(f"gemeente {g.code} komt twee keer voor", file=path,
                                 hint="houd één regel per gemeentecode in de tabel van gemeenten")
        seen.add(g.code)
    return gemeenten


# names in everyday use for a gemeente whose official (CBS) name differs
ROEPNAMEN = {"den haag": "'s-gravenhage", "den bosch": "'s-hertogenbosch"}


def _kaal(naam: str) -> str:
    """«Súdwest-Fryslân» → «sudwest-fryslan»: a name as typed without its accents."""
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", naam.casefold()) if not unicodedata.combining(c))


def find(gemeenten: list[Gemeente], name: str, *, lijst_gegeven: bool = False, hint: str = "") -> Gemeente:
    """By code (GM0363, or the CBS Gemeentecode 363 / 0363) or name (case- and accent-insensitive; «Den Haag» is
    's-Gravenhage). ``lijst_gegeven``: the user gave the list of gemeenten, so the hint does not ask for it; ``hint``:
    another way to give it (the web application's ``WETGEVING_GEMEENTEN``)."""
    import difflib
    import re

    key = name.strip().casefold()
    key = ROEPNAMEN.get(key, key)
    if re.fullmatch(r"[0-9]{1,4}", key):
        key = f"gm{int(key):04d}"
    exact = [g for g in gemeenten if key in (g.code.casefold(), g.naam.casefold())]
    for found in (exact, exact or [g for g in gemeenten if _kaal(key) == _kaal(g.naam)]):  # then without accents
        # (helper-65: «Sudwest-Fryslan»), never before an exact name
        if len(found) > 1:  # helper-80: two «Amsterdam» in a list; the first was taken without a word
            raise UsageError(f"de naam {name!r} hoort in de lijst bij meer dan één gemeente: "
                             + ", ".join(f"{g.code} ({g.naam}{', ' + g.provincie if g.provincie else ''})" for g in found),
                             hint="noem de gemeente met haar code")
        if found:
            return found[0]
    # names that begin with it or hold it as a word («Bergen» → «Bergen (NH.)», «Edam» → «Edam-Volendam»), then close
    # ones (helper-54: «Den Haag» was offered «Leeuwarden», which has «den» in it)
    namen = {g.naam.casefold(): g.naam for g in gemeenten}
    woord = re.compile(rf"(?<![\w']){re.escape(key)}(?!\w)") if key else None
    near = [v for k, v in namen.items() if woord is not None and (k.startswith(key) or woord.search(k))]
    near = list(dict.fromkeys(near + [namen[n] for n in difflib.get_close_matches(key, list(namen), n=5, cutoff=0.75)]))[:5]
    # «Bergen (NH.)» and «Bergen (L.)» (helper-201), the CBS's province suffix; not «Bergen op Zoom» (helper-203)
    meer = [g for g in gemeenten if g.naam.casefold().startswith(key + " (")]
    if len(meer) > 1:  # with their codes (helper-204: «noem de gemeente met haar code», but which?)
        raise UsageError(f"{name!r} past bij meer gemeenten: {', '.join(f'{g.naam} ({g.code})' for g in meer)}",
                         hint="noem de volledige naam of de code")
    raise UsageError(f"onbekende gemeente {name!r}",
                     hint=(f"bedoelt u: {', '.join(near)}? " if near else "")
                     + (hint or ("controleer de naam of de code in de lijst die u gaf" if lijst_gegeven else
                                 "laad de volledige CBS-lijst met --gemeenten BESTAND (zie README)")))


def synthetic(n: int) -> list[Gemeente]:
    """A made-up register of ``n`` gemeenten for benchmarks (marked synthetic)."""
    provs = [("PV20", "Groningen"), ("PV21", "Fryslân"), ("PV22", "Drenthe"), ("PV23", "Overijssel"),
             ("PV24", "Flevoland"), ("PV25", "Gelderland"), ("PV26", "Utrecht"), ("PV27", "Noord-Holland"),
             ("PV28", "Zuid-Holland"), ("PV29", "Zeeland"), ("PV30", "Noord-Brabant"), ("PV31", "Limburg")]
    return [Gemeente(f"GM{9000 + i:04d}", f"Proefgemeente {i + 1}", provs[i % 12][1], provs[i % 12][0],
                     1000 * (i + 1), synthetisch=True) for i in range(n)]
