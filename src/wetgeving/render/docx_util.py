"""Low-level DOCX helpers over python-docx: native Word tracked changes (``w:ins``/``w:del``) with a
settable author and date, deterministic core properties, and atomic saving."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path
from typing import Any

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Twips

from wetgeving.util import atomic_write

FIXED = datetime(2000, 1, 1)
A4 = (Twips(11906), Twips(16838))  # 210 × 297 mm, as Word writes it (python-docx's template is US Letter)
MARGE = Twips(1417)  # 2.5 cm on every side: a text width of 16 cm, which the consultation tables fill


def new_document(title: str, *, when: datetime | None = None) -> Any:
    """A new A4 document whose metadata does not depend on the clock (``when`` or a fixed date)."""
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = A4
    section.left_margin = section.right_margin = section.top_margin = section.bottom_margin = MARGE
    props = doc.core_properties
    props.title = title[:255]  # Word's limit for core properties
    props.author = "wetgeving"
    props.last_modified_by = "wetgeving"
    props.created = when or FIXED
    props.modified = when or FIXED
    props.revision = 1
    return doc


class Stijlen:
    """Adds paragraphs (in a named style) and cell text quickly, with the XML python-docx writes. It looks a
    style up once per document (python-docx scans every style of the document on each paragraph: three
    quarters of a checklist's DOCX time) and writes a text without tab or line break as one ``<w:t>``
    (python-docx appends such a text character by character)."""

    def __init__(self, doc: Any) -> None:
        self.doc = doc
        self.ids: dict[str, str] = {}

    def __call__(self, text: str = "", style: str | None = None) -> Any:
        p = self.doc.add_paragraph()
        if text:
            run(p, text)
        if style is not None:
            if style not in self.ids:
                self.ids[style] = self.doc.styles[style].style_id
            p._p.style = self.ids[style]  # what Paragraph.style = name writes, without the lookup
        return p

    @staticmethod
    def cell(cell: Any, text: str) -> None:
        """``cell.text = text`` for a new, empty cell (one empty paragraph)."""
        paragraphs = cell.paragraphs
        if len(paragraphs) != 1 or paragraphs[0]._p.r_lst:
            cell.text = text
            return
        run(paragraphs[0], text)


def run(paragraph: Any, text: str) -> Any:
    """``paragraph.add_run(text)``: the same XML, one ``<w:t>`` when the text has no tab or line break."""
    if not text or any(ch in text for ch in "\t\n\r"):
        return paragraph.add_run(text)
    from docx.text.run import Run

    r = paragraph._p.add_r()
    r.add_t(text)
    return Run(r, paragraph)


def save(doc: Any, path: Path, *, force: bool = True) -> None:
    buf = io.BytesIO()
    doc.save(buf)
    atomic_write(path, buf.getvalue(), force=force)


class Tracker:
    """Adds runs to paragraphs, as plain text or as tracked insertions/deletions."""

    def __init__(self, author: str = "wetgeving", date: datetime | None = None) -> None:
        self.author = author
        self.date = date
        self._next = 1

    def _mark(self, tag: str) -> Any:
        el = OxmlElement(tag)
        el.set(qn("w:id"), str(self._next))
        self._next += 1
        el.set(qn("w:author"), self.author)
        if self.date is not None:
            el.set(qn("w:date"), self.date.strftime("%Y-%m-%dT%H:%M:%SZ"))
        return el

    @staticmethod
    def _run(text: str, *, deleted: bool = False, bold: bool = False) -> Any:
        r = OxmlElement("w:r")
        if bold:
            rpr = OxmlElement("w:rPr")
            rpr.append(OxmlElement("w:b"))
            r.append(rpr)
        t = OxmlElement("w:delText" if deleted else "w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = text
        r.append(t)
        return r

    def text(self, paragraph: Any, text: str, *, bold: bool = False) -> None:
        if text:
            paragraph._p.append(self._run(text, bold=bold))

    def insert(self, paragraph: Any, text: str) -> None:
        if text:
            ins = self._mark("w:ins")
            ins.append(self._run(text))
            paragraph._p.append(ins)

    def delete(self, paragraph: Any, text: str) -> None:
        if text:
            d = self._mark("w:del")
            d.append(self._run(text, deleted=True))
            paragraph._p.append(d)

    def segments(self, paragraph: Any, segs: Any) -> None:
        """Write a redline (segments with op equal/insert/delete) as tracked changes."""
        for s in segs:
            if s.op == "equal":
                self.text(paragraph, s.tekst)
            elif s.op == "insert":
                self.insert(paragraph, s.tekst)
            else:
                self.delete(paragraph, s.tekst)
