"""The fast paragraph, run, cell and row writers (docx_util.Stijlen, Rijen, run) write exactly the XML
python-docx's own API writes, for any text: spaces at the ends, tabs, line breaks, characters outside ASCII,
in bold or italic, in a document's body, in a table's cells."""

from __future__ import annotations

from docx import Document
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from wetgeving.render.docx_util import Rijen, Stijlen, run

TEXT = st.lists(st.sampled_from(list("ab é—’ \t\n\r") + ["Artikel 36a"]), max_size=12).map("".join)


def _xml(element: object) -> bytes:
    return etree.tostring(element)  # type: ignore[call-overload, no-any-return]


@settings(max_examples=200, deadline=None)
@given(text=TEXT, style=st.sampled_from([None, "Heading 1", "Heading 2", "Quote", "List Bullet"]))
def test_paragraph_as_python_docx_writes_it(text: str, style: str | None) -> None:
    ours, theirs = Document(), Document()
    Stijlen(ours)(text, style)
    theirs.add_paragraph(text, style=style)
    assert _xml(ours.paragraphs[-1]._p) == _xml(theirs.paragraphs[-1]._p)


@settings(max_examples=200, deadline=None)
@given(first=TEXT, second=TEXT)
def test_runs_and_cells_as_python_docx_writes_them(first: str, second: str) -> None:
    ours, theirs = Document(), Document()
    p, q = ours.add_paragraph(), theirs.add_paragraph()
    run(p, first).bold = True
    run(p, second)
    q.add_run(first).bold = True
    q.add_run(second)
    assert _xml(p._p) == _xml(q._p)
    a, b = ours.add_table(rows=1, cols=1), theirs.add_table(rows=1, cols=1)
    Stijlen.cell(a.rows[0].cells[0], first)
    b.rows[0].cells[0].text = first
    assert _xml(a._tbl) == _xml(b._tbl)


FORMAT = st.sampled_from(["", "b", "i", "bi"])


def _theirs(doc: object, parts: list[tuple[str, str]], style: str | None) -> None:
    p = doc.add_paragraph(style=style)  # type: ignore[attr-defined]
    for text, fmt in parts:
        r = p.add_run(text)
        if "b" in fmt:
            r.bold = True
        if "i" in fmt:
            r.italic = True


@settings(max_examples=200, deadline=None)
@given(paragraphs=st.lists(st.tuples(st.lists(st.tuples(TEXT, FORMAT), max_size=3),
                                     st.sampled_from([None, "Heading 2", "Quote"])), min_size=1, max_size=3))
def test_paragraphs_of_runs_as_python_docx_writes_them(paragraphs: list[tuple[list[tuple[str, str]], str | None]]) -> None:
    """Whole documents: the paragraphs land where add_paragraph puts them (before the section properties)."""
    ours, theirs = Document(), Document()
    styled = Stijlen(ours)
    for parts, style in paragraphs:
        styled.delen(parts, style)
        _theirs(theirs, parts, style)
    assert _xml(ours.element) == _xml(theirs.element)


@settings(max_examples=100, deadline=None)
@given(rows=st.lists(st.lists(TEXT, min_size=3, max_size=3), max_size=4), after=TEXT)
def test_rows_as_python_docx_writes_them(rows: list[list[str]], after: str) -> None:
    ours, theirs = Document(), Document()
    mine, other = ours.add_table(rows=1, cols=3), theirs.add_table(rows=1, cols=3)
    add = Rijen(mine)
    for texts in rows:
        add(texts)
        for cell, text in zip(other.add_row().cells, texts, strict=True):
            cell.text = text
    Stijlen(ours)(after)
    theirs.add_paragraph(after)
    assert _xml(ours.element) == _xml(theirs.element)
