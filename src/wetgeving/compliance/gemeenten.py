"""The register of gemeenten: CBS code (GMxxxx), name, province. Imports the CBS table "Gemeenten
alfabetisch" (columns Gemeentecode, GemeentecodeGM, Gemeentenaam, Provinciecode, ProvinciecodePV,
Provincienaam) from CSV or XLSX; corpus/gemeenten.csv holds a small example register of real gemeenten."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

from wetgeving.bronnen.catalogus import corpus_dir
from wetgeving.bronnen.secure import read_bytes
from wetgeving.errors import InputError, UsageError

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


def _row_to_gemeente(row: dict[str, str], where: str, line: int) -> Gemeente:
    code = (row.get("GemeentecodeGM") or "").strip()
    if not code and (row.get("Gemeentecode") or "").strip().isdigit():
        code = f"GM{int(row['Gemeentecode']):04d}"
    if not _GM.match(code):
        raise InputError(f"regel {line}: {code!r} is geen CBS-gemeentecode (GM + 4 cijfers)", file=where, line=line,
                         hint="gebruik de CBS-tabel 'Gemeenten alfabetisch' met de kolommen " + ", ".join(COLUMNS))
    naam = (row.get("Gemeentenaam") or "").strip()
    if not naam:
        raise InputError(f"regel {line}: geen Gemeentenaam", file=where, line=line)
    inw = (row.get("Inwoners") or "").strip().replace(".", "")
    pv = (row.get("ProvinciecodePV") or "").strip()
    if not pv and (row.get("Provinciecode") or "").strip().isdigit():
        pv = f"PV{int(row['Provinciecode']):02d}"
    return Gemeente(code, naam, (row.get("Provincienaam") or "").strip(), pv, int(inw) if inw.isdigit() else None,
                    (row.get("Synthetisch") or "").strip().lower() in ("1", "ja", "true"))


def load_csv(path: Path) -> list[Gemeente]:
    data = read_bytes(path)
    not_cbs = InputError("geen CBS-tabel 'Gemeenten alfabetisch' (CSV in UTF-8 of Windows-1252, "
                         "gescheiden door komma's, puntkomma's of tabs)", file=path, line=1,
                         hint="verwachte kolommen: " + ", ".join(COLUMNS))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise not_cbs from None
    try:
        dialect = csv.Sniffer().sniff(text.splitlines()[0] if text else ",", delimiters=",;\t")
    except csv.Error:
        raise not_cbs from None
    reader = csv.DictReader(io.StringIO(text, newline=""), dialect=dialect)
    try:
        fields = set(reader.fieldnames or [])
        if "Gemeentenaam" not in fields or not ({"Gemeentecode", "GemeentecodeGM"} & fields):
            raise not_cbs
        return [_row_to_gemeente(row, str(path), reader.line_num) for row in reader]
    except csv.Error as exc:
        raise InputError(f"onleesbare CSV: {exc}", file=path, line=reader.line_num,
                         hint="verwachte kolommen: " + ", ".join(COLUMNS)) from None


def load_xlsx(path: Path) -> list[Gemeente]:
    import openpyxl

    try:
        wb = openpyxl.load_workbook(io.BytesIO(read_bytes(path)), read_only=True, data_only=True)
    except Exception as exc:
        raise InputError(f"kan het werkboek niet lezen: {exc}", file=path, hint="geef de CBS-tabel als .xlsx of .csv") from None
    rows = wb.active.iter_rows(values_only=True) if wb.active is not None else iter(())
    header = [str(c).strip() if c is not None else "" for c in next(rows, ())]
    if "Gemeentenaam" not in header:
        raise InputError("geen CBS-tabel 'Gemeenten alfabetisch'", file=path, line=1,
                         hint="verwachte kolommen: " + ", ".join(COLUMNS))
    out = []
    for i, row in enumerate(rows, start=2):
        values = {h: ("" if v is None else str(v)) for h, v in zip(header, row, strict=False)}
        if any(values.values()):
            out.append(_row_to_gemeente(values, str(path), i))
    return out


def load(path: Path | None = None) -> list[Gemeente]:
    """A register from CSV or XLSX (default: the example register in the corpus)."""
    path = path or corpus_dir() / "gemeenten.csv"
    gemeenten = load_xlsx(path) if path.suffix.lower() == ".xlsx" else load_csv(path)
    seen: set[str] = set()
    for g in gemeenten:
        if g.code in seen:
            raise InputError(f"gemeente {g.code} komt twee keer voor", file=path,
                             hint="keep one row per gemeentecode in the gemeenten table")
        seen.add(g.code)
    return gemeenten


def find(gemeenten: list[Gemeente], name: str) -> Gemeente:
    """By code (GM0363) or name (case-insensitive)."""
    key = name.strip().casefold()
    for g in gemeenten:
        if key in (g.code.casefold(), g.naam.casefold()):
            return g
    near = [g.naam for g in gemeenten if key[:3] in g.naam.casefold()][:5]
    raise UsageError(f"onbekende gemeente {name!r}",
                     hint=(f"did you mean: {', '.join(near)}? " if near else "")
                     + "load the full CBS list with --gemeenten FILE (see README)")


def synthetic(n: int) -> list[Gemeente]:
    """A made-up register of ``n`` gemeenten for benchmarks (marked synthetic)."""
    provs = [("PV20", "Groningen"), ("PV21", "Fryslân"), ("PV22", "Drenthe"), ("PV23", "Overijssel"),
             ("PV24", "Flevoland"), ("PV25", "Gelderland"), ("PV26", "Utrecht"), ("PV27", "Noord-Holland"),
             ("PV28", "Zuid-Holland"), ("PV29", "Zeeland"), ("PV30", "Noord-Brabant"), ("PV31", "Limburg")]
    return [Gemeente(f"GM{9000 + i:04d}", f"Proefgemeente {i + 1}", provs[i % 12][1], provs[i % 12][0],
                     1000 * (i + 1), synthetisch=True) for i in range(n)]
