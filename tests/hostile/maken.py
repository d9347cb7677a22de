"""Generators of hostile input files, one function per class (issue 17): XXE, entity bombs, zip bombs,
truncation, binary, deep nesting, huge lines, ReDoS strings, formula cells, damaged databases."""

from __future__ import annotations

import io
import sqlite3
import zipfile
from pathlib import Path

CBS_HEADER = ["Gemeentecode", "GemeentecodeGM", "Gemeentenaam", "Provinciecode", "ProvinciecodePV", "Provincienaam"]
LOL = ('<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">'
       + "".join(f'<!ENTITY {c} "{("&" + p + ";") * 10}">' for p, c in zip("abcdefgh", "bcdefghi", strict=True))
       + "]>")
XXE = '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'


def workbook(rows: list[list[object]] | None = None) -> bytes:
    """A real XLSX with the CBS header and the given rows."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(CBS_HEADER)
    for r in rows if rows is not None else [[363, "GM0363", "Amsterdam", 27, "PV27", "Noord-Holland"]]:
        ws.append(r)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def rewrite_member(xlsx: bytes, member: str, change: str) -> bytes:
    """The workbook with one XML member changed: ``change`` is 'lol', 'xxe' or 'bomb'."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(xlsx)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            data = src.read(name)
            if name == member:
                text = data.decode("utf-8")
                decl, sep, body = text.partition("?>") if text.startswith("<?xml") else ("", "", text)
                if change == "lol":
                    text = decl + sep + LOL + body.replace("Amsterdam", "&i;")
                elif change == "xxe":
                    text = decl + sep + XXE + body.replace("Amsterdam", "&e;")
                elif change == "bomb":  # 40 MB of one repeated row: a few hundred KB compressed
                    row = '<row r="9"><c r="A9" t="inlineStr"><is><t>' + "x" * 1000 + "</t></is></c></row>"
                    text = text.replace("</sheetData>", row * 40_000 + "</sheetData>")
                data = text.encode("utf-8")
            dst.writestr(name, data)
    return out.getvalue()


def hostile_workbooks() -> dict[str, bytes]:
    good = workbook()
    return {
        "sheet-billion-laughs": rewrite_member(good, "xl/worksheets/sheet1.xml", "lol"),
        "sheet-xxe": rewrite_member(good, "xl/worksheets/sheet1.xml", "xxe"),
        "workbook-billion-laughs": rewrite_member(good, "xl/workbook.xml", "lol"),
        "zip-bomb": rewrite_member(good, "xl/worksheets/sheet1.xml", "bomb"),
        "truncated": good[: len(good) // 2],
        "binary": bytes(range(256)) * 64,
        "empty": b"",
    }


def damage_database(path: Path) -> None:
    """Overwrite the register table's first pages in an SQLite file, keeping its header and schema readable."""
    db = sqlite3.connect(path)
    (root,) = db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'web_beoordeling'").fetchone()
    db.close()
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big") or 65536
    start = (root - 1) * page  # the table's root page and the next: the rows are garbage
    for i in range(start, min(len(data), start + 2 * page)):
        data[i] = (i * 7 + 13) % 256
    path.write_bytes(bytes(data))


def fill_register(path: Path, n: int = 300) -> None:
    """A register with ``n`` rows (enough pages to damage), written by the register itself."""
    from wetgeving.compliance.register import Beoordelingsregister

    with Beoordelingsregister(path) as reg:
        eerder = len(reg.history())  # a second fill adds other rows (the same one twice in a second is refused)
        for i in range(eerder, eerder + n):
            reg.record("GM0363", "vog-wethouder", "voldoet", wie="Griffie", notitie="n" * 200 + str(i),
                       op="2023-02-01")
    db = sqlite3.connect(path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
