"""The lxml DOCX package (docx_pakket) is, part for part, the package python-docx writes for the same document:
styled paragraphs, bold runs (spaces at the ends, tabs, line breaks, characters outside ASCII), tracked
insertions and deletions with an author and a date, the title and date of the core properties."""

from __future__ import annotations

import io
import zipfile
from datetime import datetime
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wetgeving.diff.resultaat import Segment
from wetgeving.render.docx_pakket import Document, Wijzigingen, style_id
from wetgeving.render.docx_util import Tracker, new_document

TEXT = st.lists(st.sampled_from(list("ab é—’ \t\n\r") + ["Artikel 36a", "–"]), max_size=12).map("".join)
STYLE = st.sampled_from([None, "Heading 1", "Heading 2", "Title", "Normal", "List Bullet", "Quote"])
SEGMENTS = st.lists(st.tuples(st.sampled_from(["equal", "insert", "delete"]), TEXT), max_size=5)
STEP = st.one_of(st.tuples(st.just("para"), TEXT, STYLE), st.tuples(st.just("bold"), TEXT, st.none()),
                 st.tuples(st.just("tracked"), SEGMENTS, st.booleans()))
WHEN = st.one_of(st.none(), st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1)))


def members(data: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return [(info.filename, z.read(info)) for info in z.infolist()]


def assert_same(ours: bytes, theirs: bytes) -> None:
    a, b = members(ours), members(theirs)
    assert [n for n, _ in a] == [n for n, _ in b]
    differ = [(n, x[:2000], y[:2000]) for (n, x), (_, y) in zip(a, b, strict=True) if x != y]
    assert not differ, differ


def both(title: str, when: datetime | None, steps: list[tuple[str, Any, Any]], author: str) -> tuple[bytes, bytes]:
    ours, theirs = Document(title, when=when), new_document(title, when=when)
    mine, docx_tracker = Wijzigingen(author, when), Tracker(author, when)
    for kind, value, extra in steps:
        if kind == "para":
            ours.paragraph(value, extra)
            theirs.add_paragraph(value, extra)
        elif kind == "bold":  # a banner: diff_docx writes one only when there is a text
            ours.paragraph(value, bold=True)
            q = theirs.add_paragraph()
            if value:
                q.add_run(value).bold = True
        else:
            segs = tuple(Segment(op, text) for op, text in value)
            p, q = ours.paragraph(), theirs.add_paragraph()
            if extra:
                mine.text(p, "artikel 1 (gewijzigd): ", bold=True)
                docx_tracker.text(q, "artikel 1 (gewijzigd): ", bold=True)
            mine.segments(p, segs)
            docx_tracker.segments(q, segs)
    buf = io.BytesIO()
    theirs.save(buf)
    return ours.to_bytes(), buf.getvalue()


@settings(max_examples=150, deadline=None)
@given(title=TEXT, when=WHEN, steps=st.lists(STEP, max_size=6), author=st.sampled_from(["wetgeving", "Jurist é"]))
def test_package_as_python_docx_writes_it(title: str, when: datetime | None, steps: list[tuple[str, Any, Any]],
                                          author: str) -> None:
    assert_same(*both(title, when, steps, author))


def test_long_title_is_cut_as_python_docx_requires() -> None:
    assert_same(*both("Vergelijking " + "x" * 300, datetime(2024, 5, 1, 10), [("para", "tekst", "Heading 1")], "a"))


def test_unknown_style_is_refused() -> None:
    with pytest.raises(KeyError):
        style_id("Geen stijl")
    assert style_id("Normal") is None and style_id("Heading 2") == "Heading2"
