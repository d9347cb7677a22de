"""The one CSV writer and reader: safe against formula injection, and exact for every string.

Every CSV the tool writes goes through :func:`write` (the checklist CSV, ``register export``):

* RFC 4180 with the :mod:`csv` module (``register export`` separates cells with commas, so that what it writes is
  what ``register import`` reads; the checklist, which people open in a spreadsheet, with «;» (:data:`PUNTKOMMA`),
  the separator a spreadsheet set to Dutch splits on, and every cell in quotes; a spreadsheet set to English, which
  splits on commas, may still split a cell after a closing quote, hence the neutralising after «,» below): fields
  that hold a comma, quote, CR or LF are quoted, quotes doubled,
  lines end in CRLF, so CR, LF, quotes and tabs inside a cell survive exactly; the text begins with a byte order
  mark, so that a spreadsheet reads it as UTF-8 (:func:`read` takes it off again);
* **formula injection** (OWASP, "CSV Injection"): a spreadsheet runs a cell that starts with ``=``, ``+``,
  ``-``, ``@``, a tab or a carriage return as a formula. Such a cell is written with a leading apostrophe
  (``'=1+1``), which spreadsheets show as text; so is such a piece after a «;», CR or LF inside a cell (``x;'=2+5``),
  where a spreadsheet set to Dutch (separator «;») begins a new cell, and, in a file separated by «;», after a «,»
  (the cost, where a reader sees our apostrophes: a Dutch amount «€ 1.250,-» in a note reads «€ 1.250,'-» in the
  checklist CSV, and a line «- punt» of a note «'- punt»; the export keeps both, import takes the apostrophes off).
  Where apostrophes already stand before one of those characters, one more is written, so :func:`restore` (used by
  :func:`read`) can take exactly one off again: export → import gives back every string unchanged.

Examples:
    >>> neutralise("=HYPERLINK(\\"http://x\\")"), neutralise("-5"), neutralise("gewoon")
    ('\\'=HYPERLINK("http://x")', "'-5", 'gewoon')
    >>> restore(neutralise("'=x")) == "'=x" and restore("'gewoon") == "'gewoon"
    True
    >>> rows = [["=1+1", "a\\rb", 'zei "ja"\\n', "\\tx"]]
    >>> header, got = read(write(["a", "b", "c", "d"], rows), "x.csv")
    >>> [cells for _, cells in got] == rows
    True
    >>> read('a,b\\r\\n"x"y,z\\r\\n', "x.csv")
    Traceback (most recent call last):
    ...
    wetgeving.csvio.CsvError: x.csv:2: onleesbare CSV: na een sluitend aanhalingsteken (") hoort het scheidingsteken ',' ...
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from wetgeving.errors import InputError

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NEUTRALISED = re.compile(r"^'+[=+\-@\t\r]")
_NEEDS = re.compile(r"^'*[=+\-@\t\r]")
# Where a cell would begin inside one of ours for a reader that splits on the other separator or a line break: after
# a «;», CR or LF in a comma file; after a «,» too in a «;» file (a spreadsheet set to English splits it on commas).
_VOOR = {",": "[;\r\n]", ";": "[,;\r\n]"}
_BINNEN = {d: re.compile(rf"(?<={v})(?=['\"]*[=+\-@\t\r])") for d, v in _VOOR.items()}
_BINNEN_TERUG = {d: re.compile(rf"(?<={v})'(?=['\"]*[=+\-@\t\r])") for d, v in _VOOR.items()}
_ONBESCHERMD = {d: re.compile(rf"(?<={v})[\"]*[=+\-@\t\r]") for d, v in _VOOR.items()}  # none a writer since 2026-12-07 leaves
HINT = "geef een CSV-bestand in UTF-8 met kommagescheiden kolommen, zoals 'wetgeving register export' het schrijft"


class CsvError(InputError):
    """A CSV file cannot be read (the hint is about CSV, not about law files)."""

    hint = HINT


def neutralise(cell: str, delimiter: str = ",") -> str:
    """A cell a spreadsheet will not run as a formula (OWASP CSV injection guidance): at its start, and after every
    «;», CR or LF in it, where a spreadsheet that splits on «;» (Dutch, German, French settings) or a reader that breaks
    the line there would begin a new cell (helper-120, helper-122: «x;=2+5»); in a file separated by «;» also after
    every «,»."""
    return _BINNEN[delimiter].sub("'", "'" + cell if _NEEDS.match(cell) else cell)


def restore(cell: str, *, binnen: bool = True, delimiter: str = ",") -> str:
    """The inverse of :func:`neutralise`; with ``binnen`` false only at the start (a file of before 2026-12-07, whose
    writer put none inside: an apostrophe a user typed there stays)."""
    cell = cell[1:] if _NEUTRALISED.match(cell) else cell
    return _BINNEN_TERUG[delimiter].sub("", cell) if binnen else cell


BOM = "\ufeff"  # a spreadsheet (Excel) takes the file for UTF-8 only with it: «ë» and «—» were garbled (helper-74)


PUNTKOMMA = ";"  # the list separator of a spreadsheet set to Dutch (Excel, LibreOffice): a comma file was one column


def write(header: Sequence[str], rows: Iterable[Sequence[object]], *, delimiter: str = ",") -> str:
    """CSV text (RFC 4180, CRLF, after a byte order mark) with every cell neutralised; ``None`` is written as an
    empty cell. With ``delimiter`` «;» every cell is quoted (see the module's text)."""
    buf = io.StringIO(newline="")
    buf.write(BOM)
    # the header quoted: the mark of a file whose cells may hold our apostrophes inside (see :func:`read`)
    csv.writer(buf, delimiter=delimiter, lineterminator="\r\n", quoting=csv.QUOTE_ALL).writerow(
        [neutralise(str(h), delimiter) for h in header])
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n",
                   quoting=csv.QUOTE_ALL if delimiter == PUNTKOMMA else csv.QUOTE_MINIMAL)
    for row in rows:
        w.writerow([neutralise("" if c is None else str(c), delimiter) for c in row])
    return buf.getvalue()


_CSV_FOUT = (  # the csv module's messages (English) → what the user reads
    (re.compile(r"'(.)' expected after '\"'"), "na een sluitend aanhalingsteken (\") hoort het scheidingsteken '{0}' "
     "of het einde van de regel (een aanhalingsteken binnen een veld schrijft u dubbel: \"\")"),
    (re.compile(r"unexpected end of data"), "het bestand eindigt binnen een veld tussen aanhalingstekens (een "
     "aanhalingsteken wordt niet gesloten)"),
    (re.compile(r"line contains NUL"), "de regel bevat een NUL-teken: dit is geen CSV-tekst"),
    (re.compile(r"field larger than field limit \((\d+)\)"), "een veld is langer dan de grens van {0} tekens"),
    (re.compile(r"new-line character seen in unquoted field"), "een regeleinde binnen een veld zonder aanhalingstekens"),
)


def _dutch(exc: csv.Error) -> str:
    """The csv module's error in Dutch (its own text, marked as such, when it is not one we know)."""
    text = str(exc)
    for pattern, dutch in _CSV_FOUT:
        if m := pattern.search(text):
            return dutch.format(*m.groups())
    return f"de CSV-lezer meldt: {text}"


def read(text: str, source: str | Path, *, delimiter: str = ",",
         hint: str | None = None) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """The header and the rows (with the line each starts on) of CSV text, every cell restored.

    A row with another number of cells than the header is refused with its line: a shifted column
    would put values under the wrong name. ``hint`` replaces the default hint (which is about the register's
    own export) for other kinds of CSV file."""
    reader = csv.reader(io.StringIO(text.removeprefix(BOM), newline=""), delimiter=delimiter, quotechar='"', doublequote=True,
                        strict=True)
    ruw: list[tuple[int, list[str]]] = []
    start = 1
    try:
        for cells in reader:
            if not ruw:
                ruw.append((1, cells))
            elif cells and any(cells):
                if len(cells) != len(ruw[0][1]):
                    raise CsvError(f"verkeerd aantal kolommen: deze regel heeft er {len(cells)}, de kopregel "
                                   f"{len(ruw[0][1])} (een verschoven of ontbrekende kolom)", file=source, line=start,
                                   hint="controleer scheidingstekens en aanhalingstekens in deze regel")
                ruw.append((start, cells))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise CsvError(f"onleesbare CSV: {_dutch(exc)}", file=source, line=start, hint=hint) from None
    if not ruw:
        raise CsvError("het bestand is leeg", file=source, line=1, hint=hint)
    # apostrophes inside a cell are ours only in a file of this writer (since 2026-12-07): its header is quoted, and no
    # formula character after a «;» or a line break is left bare; in another file (an export of before, with «- »
    # items in a note, or a user's own) none is taken off (helper-124)
    binnen = text.removeprefix(BOM).startswith('"') and not any(_ONBESCHERMD[delimiter].search(c) for _, cells in ruw
                                                                for c in cells)
    header = [restore(c, binnen=binnen, delimiter=delimiter) for c in ruw[0][1]]
    return header, [(regel, [restore(c, binnen=binnen, delimiter=delimiter) for c in cells]) for regel, cells in ruw[1:]]
