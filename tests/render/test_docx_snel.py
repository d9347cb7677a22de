"""The fast paragraph and cell writers (docx_util.Stijlen, run) write exactly the XML python-docx's own API
writes, for any text: spaces at the ends, tabs, line breaks, characters outside ASCII."""

from __future__ import annotations

from docx import Document
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from wetgeving.render.docx_util import Stijlen, run

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
