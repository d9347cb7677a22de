"""The consultation reaction as a Word document: title page, table of contents, page numbers; per
provision a table with the current text, the bill's text as a redline against it, the comment (also as a
native Word comment anchored on the words it is about) and the proposed alternative as tracked changes."""

from __future__ import annotations

from datetime import datetime
from itertools import pairwise
from typing import Any

from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, RGBColor

from wetgeving.consultatie.voorbereiden import Punt, Voorbereid, volgens
from wetgeving.render.consultatie_tekst import voor_document, voorstel_kop, voorstel_regel
from wetgeving.render.docx_append import Appender
from wetgeving.render.docx_util import Stijlen, Tracker, new_document, paginanummers, w3cdtf
from wetgeving.wijziging.datums import format_date


def _toc(paragraph: Any, entries: list[tuple[int, str]]) -> None:
    """The table of contents as a Word TOC field whose result already lists the headings (level 2 indented), so a
    PDF made by LibreOffice, which does not update fields, shows them too (issue 14: it showed «wordt bijgewerkt
    bij het openen»). Without page numbers (switch ``\\n``): they are not known before a layout; Word, updating the
    field on opening, then writes the same list."""
    def run(tag: str, **attrs: str) -> Any:
        r = OxmlElement("w:r")
        el = OxmlElement(tag)
        for k, val in attrs.items():
            el.set(qn(k), val)
        r.append(el)
        paragraph._p.append(r)
        return el

    run("w:fldChar", **{"w:fldCharType": "begin"})
    instr = run("w:instrText", **{"xml:space": "preserve"})
    instr.text = ' TOC \\o "1-2" \\h \\z \\u \\n '
    run("w:fldChar", **{"w:fldCharType": "separate"})
    for i, (level, text) in enumerate(entries):
        if i:
            run("w:br")
        t = run("w:t", **{"xml:space": "preserve"})
        t.text = "    " * (level - 1) + text
    if not entries:
        run("w:t").text = "(geen hoofdstukken)"
    run("w:fldChar", **{"w:fldCharType": "end"})


def _update_fields_on_open(doc: Any) -> None:
    settings = doc.settings.element
    el = OxmlElement("w:updateFields")
    el.set(qn("w:val"), "true")
    settings.append(el)


def _redline_runs(paragraph: Any, p: Punt) -> list[Any]:
    """The bill's text marked against the current text; returns the runs of the quoted words, or, when they are in the
    struck text only (words the bill drops, a provision it repeals), the struck runs (helper-86: a comment on a
    repealed artikel lost its Word comment)."""
    anchor: list[Any] = []
    struck: list[Any] = []
    pos = 0  # position in the bill's text
    qs, qe = p.over if p.over else (0, len(p.voorstel))
    for seg in p.wijziging:
        if seg.op == "delete":
            r = paragraph.add_run(seg.tekst)
            r.font.strike = True
            r.font.color.rgb = RGBColor(0x99, 0x00, 0x00)
            struck.append(r)
            continue
        text, start = seg.tekst, pos
        cuts = sorted({0, len(text), *(x - start for x in (qs, qe) if start < x < start + len(text))})
        for a, b in pairwise(cuts):
            r = paragraph.add_run(text[a:b])
            if seg.op == "insert":
                r.font.underline = True
                r.font.color.rgb = RGBColor(0x00, 0x55, 0x99)
            if qs <= start + a and start + b <= qe:
                anchor.append(r)
        pos += len(text)
    return anchor or (struck if p.over_vervalt or not p.voorstel else [])


def build(v: Voorbereid, *, author: str = "", when: datetime | None = None) -> Any:
    v = voor_document(v)
    r = v.reactie
    stamp = when or (datetime(r.datum.year, r.datum.month, r.datum.day) if r.datum else None)
    doc = new_document(r.titel, when=stamp)
    who = author or r.organisatie or "Inzender"
    # the reaction's author, not the program (helper-152: «Author: wetgeving»; helper-156: last modified by it too)
    doc.core_properties.author = doc.core_properties.last_modified_by = who[:255]
    doc.add_heading(r.titel, level=0)
    if v.label:
        doc.add_paragraph().add_run(v.label).bold = True
    for k in v.kanttekeningen:
        doc.add_paragraph().add_run(f"Let op: {k}.").bold = True
    for label, value in ((voorstel_kop(v), voorstel_regel(v)),
                         ("Te wijzigen regeling", v.basis_naam), ("Consultatie", v.consultatie),
                         ("Organisatie", r.organisatie), ("Contact", r.contact),
                         ("Datum", format_date(r.datum) if r.datum else "")):
        if value:
            para = doc.add_paragraph()
            para.add_run(f"{label}: ").bold = True
            para.add_run(value)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading("Inhoud", level=1)
    toc = doc.add_paragraph()
    _update_fields_on_open(doc)
    paginanummers(doc)
    entries = [(1, kop) for kop, er in (("Inleiding", r.inleiding), ("Algemene opmerkingen", r.algemeen),
                                        ("Opmerkingen per artikel", v.punten)) if er]
    if r.inleiding:
        doc.add_heading("Inleiding", level=1)
        doc.add_paragraph(r.inleiding)
    if r.algemeen:
        doc.add_heading("Algemene opmerkingen", level=1)
        styled = Stijlen(doc)  # linear: python-docx looks the style up among all of them on every paragraph (helper-96)
        for remark in r.algemeen:
            styled(remark, "List Bullet")
    if v.punten:
        doc.add_heading("Opmerkingen per artikel", level=1)
    tracker = Tracker(who, stamp, eerste=len(v.punten) + 1)  # a comment per punt at most, ids 0 … n-1
    per_artikel: dict[str | None, list[Any]] = {}  # one heading per artikel, in order of first mention
    for p in v.punten:
        per_artikel.setdefault(p.adres.artikel, []).append(p)
    entries += [(2, f"Artikel {art}") for art in per_artikel]
    _toc(toc, entries)
    with Appender(doc) as out:  # linear in the number of comments (see render/docx_append.py)
        for art, group in per_artikel.items():
            out.heading(f"Artikel {art}", level=2)
            for p in group:
                _table(out, p, tracker, who, v)
    return doc


def _row(table: Any, label: str) -> Any:
    cells = table.add_row().cells
    cells[0].paragraphs[0].add_run(label).bold = True
    return cells[1].paragraphs[0]


def _table(out: Appender, p: Punt, tracker: Tracker, who: str, v: Voorbereid) -> None:
    doc = out.doc
    table = out.table(cols=2, style="Table Grid")
    table.autofit = False
    _row(table, "Bepaling").add_run(p.citaat)
    _row(table, v.basis_kop).add_run(p.huidig if p.huidig is not None else "(nieuwe bepaling)")
    cell = _row(table, f"Tekst volgens {volgens(v.van)}")
    anchor = _redline_runs(cell, p)
    if p.ongewijzigd:
        cell.add_run(f" (niet gewijzigd door {volgens(v.van)})").italic = True
    elif p.niet_vast_te_stellen:
        cell.add_run(f" ({p.niet_vast_te_stellen})").italic = True
    elif p.huidig and not p.voorstel:  # a provision the bill repeals: its text struck whole
        cell.add_run(" (vervalt geheel)").italic = True
    _row(table, "Opmerking").add_run(p.opmerking.opmerking)
    if p.alternatief:
        tracker.segments(_row(table, "Alternatief"), p.alternatief)
    table.autofit = False  # the grid too, which LibreOffice follows (helper-152: 8 cm and 8 cm, the cells 3.5 and 12.5)
    table.columns[0].width, table.columns[1].width = Cm(3.5), Cm(12.5)
    for row in table.rows:
        row.cells[0].width, row.cells[1].width = Cm(3.5), Cm(12.5)
    if anchor:
        initials = "".join(w[0] for w in who.split() if w[0].isalnum())[:3].upper()  # «Proef & Partners»: PP, not P&
        over = (f"Over «{p.opmerking.over}», woorden die {volgens(v.van)} laat vervallen of vervangt: " if p.over_vervalt
                else "")  # the words are not in the bill's text the comment is anchored on: named in it
        comment = doc.add_comment(anchor, text=over + p.opmerking.opmerking, author=who, initials=initials)
        comment._comment_elm.set(qn("w:date"), w3cdtf(tracker.date) if tracker.date else "")
    out.paragraph()
