"""Low-level DOCX helpers over python-docx: native Word tracked changes (``w:ins``/``w:del``) with a
settable author and date, deterministic core properties, and atomic saving."""

from __future__ import annotations

import copy
import io
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Twips
from docx.text.paragraph import Paragraph
from docx.text.run import Run
from lxml import etree

from wetgeving.util import atomic_write

FIXED = datetime(2000, 1, 1)
A4 = (Twips(11906), Twips(16838))  # 210 × 297 mm, as Word writes it (python-docx's template is US Letter)
MARGE = Twips(1417)  # 2.5 cm on every side: a text width of 16 cm, which the consultation tables fill


def w3cdtf(when: datetime) -> str:
    """``when`` as a Word document stores a moment (xsd:dateTime in UTC, 'Z'; w:date, dcterms:created): an
    offset is converted, not dropped (10:00+02:00 was written as 10:00Z), and the year has four digits
    (strftime wrote year 1 as '1-01-01T…', which is no dateTime). A time without offset is taken as given."""
    utc = when.astimezone(UTC).replace(tzinfo=None) if when.tzinfo is not None else when
    return utc.isoformat(timespec="seconds") + "Z"


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
    props.created = props.modified = when or FIXED  # python-docx writes them with strftime: set again below
    props._element.created.text = props._element.modified.text = w3cdtf(when or FIXED)
    props.revision = 1
    return doc


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_SECTION = W + "sectPr"
Deel = tuple[str, str]  # one run of a paragraph: its text and its format ("", "b" bold, "i" italic, "bi")


class Stijlen:
    """Adds paragraphs (in a named style, of runs in bold or italic) and table rows quickly, with the XML
    python-docx writes (``tests/render/test_docx_snel.py`` compares them). It looks a style up once per
    document (python-docx scans every style of the document on each paragraph), writes a text without tab or
    line break as one ``<w:t>`` (python-docx appends such a text character by character), and builds the
    elements with lxml directly (python-docx looks up each new child's place among its possible siblings)."""

    def __init__(self, doc: Any) -> None:
        self.doc = doc
        self.body = doc.element.body
        self.ids: dict[str, str] = {}

    def __call__(self, text: str = "", style: str | None = None) -> Any:
        """``doc.add_paragraph(text, style)``."""
        return self.delen([(text, "")] if text else [], style)

    def delen(self, parts: Sequence[Deel], style: str | None = None) -> Any:
        """``doc.add_paragraph(style=style)``, then per part ``add_run(text)`` with ``bold``/``italic = True``."""
        p: Any = etree.SubElement(self.body, W + "p")  # a CT_P: the document's parser picks the class
        end = p.getprevious()
        if end is not None and end.tag == _SECTION:  # add_paragraph puts it before the section properties (last)
            end.addprevious(p)
        if style is not None:
            if style not in self.ids:
                self.ids[style] = self.doc.styles[style].style_id
            etree.SubElement(etree.SubElement(p, W + "pPr"), W + "pStyle").set(W + "val", self.ids[style])
        paragraph = Paragraph(p, self.doc._body)
        for text, fmt in parts:
            run(paragraph, text, fmt)
        return paragraph

    @staticmethod
    def cell(cell: Any, text: str) -> None:
        """``cell.text = text`` for a new, empty cell (one empty paragraph)."""
        paragraphs = cell.paragraphs
        if len(paragraphs) != 1 or paragraphs[0]._p.r_lst:
            cell.text = text
            return
        run(paragraphs[0], text)


class Rijen:
    """``table.add_row()`` with a text in each cell (``cell.text = text``), quickly: each row is a copy of the
    empty row python-docx adds to this table (cell widths from its grid)."""

    def __init__(self, table: Any) -> None:
        self.table = table
        tr = table.add_row()._tr
        self.blank = copy.deepcopy(tr)
        table._tbl.remove(tr)

    def __call__(self, texts: Sequence[str]) -> None:
        tr = copy.deepcopy(self.blank)
        self.table._tbl.append(tr)
        for tc, text in zip(tr.iterchildren(W + "tc"), texts, strict=True):
            run(Paragraph(tc.find(W + "p"), self.table), text)


def run(paragraph: Any, text: str, fmt: str = "") -> Any:
    """``paragraph.add_run(text)`` (then ``bold = True`` for "b" in ``fmt``, ``italic = True`` for "i"): the
    same XML, one ``<w:t>`` when the text has no tab or line break."""
    if not text or any(ch in text for ch in "\t\n\r"):
        r = paragraph.add_run(text)
        if "b" in fmt:
            r.bold = True
        if "i" in fmt:
            r.italic = True
        return r
    el: Any = etree.SubElement(paragraph._p, W + "r")
    if fmt:
        props = etree.SubElement(el, W + "rPr")
        for flag in ("b", "i"):  # the order of the schema, as python-docx writes them
            if flag in fmt:
                etree.SubElement(props, W + flag)
    t = etree.SubElement(el, W + "t")
    t.text = text
    if len(text.strip()) < len(text):
        t.set(_SPACE, "preserve")
    return Run(el, paragraph)


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
            el.set(qn("w:date"), w3cdtf(self.date))
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
