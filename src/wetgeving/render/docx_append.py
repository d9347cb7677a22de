"""Building long Word documents in linear time with python-docx.

python-docx is quadratic in three places a long document meets (a consultation reaction with 4,000
comments took 21 s): every paragraph or table added to the body searches the body for its closing
``w:sectPr``; ``Document.add_table`` looks up the last section (an XPath over all paragraphs); and every
comment added scans all earlier comments for the highest id. :class:`Appender` appends blocks after
detaching ``w:sectPr`` (put back by :meth:`Appender.close`), and :class:`_Comments` finds the next id from
the last comment: python-docx itself only ever appends comments with the highest id plus one, so the
last one holds the highest id in every document built this way.
"""

from __future__ import annotations

from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.comments import CT_Comments
from docx.oxml.ns import qn
from docx.oxml.parser import register_element_cls
from docx.oxml.table import CT_Tbl
from docx.table import Table
from docx.text.paragraph import Paragraph


class _Comments(CT_Comments):
    """``w:comments`` whose next free id is read from the last comment (O(1) instead of O(comments))."""

    def _next_available_comment_id(self) -> int:
        try:
            last = self[-1]
        except IndexError:
            return 0
        value = last.get(qn("w:id"))
        if last.tag != qn("w:comment") or value is None or not value.isdigit():
            return int(super()._next_available_comment_id())
        return int(value) + 1


register_element_cls("w:comments", _Comments)


class Appender:
    """Appends paragraphs and tables at the end of a document's body in constant time each."""

    def __init__(self, doc: Any) -> None:
        self.doc = doc
        self.body = doc.element.body
        self.width = doc.sections[-1].page_width - doc.sections[-1].left_margin - doc.sections[-1].right_margin
        self.sect_pr = self.body.sectPr
        if self.sect_pr is not None:
            self.body.remove(self.sect_pr)
        self._styles: dict[str, str] = {}

    def style_id(self, name: str) -> str:
        """The id of a style by its name, looked up once (python-docx looks it up on every assignment)."""
        if name not in self._styles:
            self._styles[name] = self.doc.styles[name].style_id
        return self._styles[name]

    def paragraph(self, text: str = "", style: str | None = None) -> Any:
        p: Any = OxmlElement("w:p")  # a CT_P: python-docx registers the class for w:p
        self.body.append(p)
        para = Paragraph(p, self.doc)
        if style is not None:
            p.get_or_add_pPr().style = self.style_id(style)
        if text:
            para.add_run(text)
        return para

    def heading(self, text: str, level: int) -> Any:
        return self.paragraph(text, "Title" if level == 0 else f"Heading {level}")

    def table(self, cols: int, style: str | None = None) -> Any:
        tbl = CT_Tbl.new_tbl(0, cols, self.width)
        if style is not None:
            tbl.tblPr.style = self.style_id(style)
        self.body.append(tbl)
        return Table(tbl, self.doc)

    def close(self) -> None:
        """Put ``w:sectPr`` back as the body's last child (call once, after the last block)."""
        if self.sect_pr is not None:
            self.body.append(self.sect_pr)
            self.sect_pr = None

    def __enter__(self) -> Appender:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
