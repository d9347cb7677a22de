from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from wetgeving.diff.resultaat import Segment, canonical, new_text, old_text
from wetgeving.diff.woorden import redline, tokenize

WORDS = st.sampled_from(["de", "raad", "stemming", "beraadslaging", "en", "het", "lid", "artikel", "28", "4:8",
                         ",", ".", "«", "»", "geheimhouding", "terstond", "wethouder", "verklaring", "e-mail"])
SENTENCE = st.lists(WORDS, max_size=30).map(lambda ws: re.sub(r" ([,.»])", r"\1", " ".join(ws)))


@given(st.text(max_size=60))
def test_tokenize_is_lossless(text: str) -> None:
    assert "".join(tokenize(text)) == text


@given(SENTENCE, SENTENCE)
@settings(max_examples=300)
def test_redline_reconstructs_both_sides(a: str, b: str) -> None:
    segs = redline(a, b)
    assert old_text(segs) == a
    assert new_text(segs) == b


@given(SENTENCE, SENTENCE)
@settings(max_examples=300)
def test_redline_is_symmetric(a: str, b: str) -> None:
    flip = {"insert": "delete", "delete": "insert", "equal": "equal"}
    assert redline(b, a) == canonical(tuple(Segment(flip[s.op], s.tekst) for s in redline(a, b)))


@given(SENTENCE, SENTENCE)
@settings(max_examples=300)
def test_never_splits_words(a: str, b: str) -> None:
    """At every boundary between segments, the characters on either side are not both word characters
    of the same word (edits start and end at token boundaries)."""
    segs = redline(a, b)
    for side, keep in ((a, "insert"), (b, "delete")):
        pos = 0
        for s in segs:
            if s.op == keep:
                continue
            pos += len(s.tekst)
            if 0 < pos < len(side):
                left, right = side[pos - 1], side[pos]
                assert not (left.isalnum() and right.isalnum()), (side, pos)


def test_semantic_cleanup_merges_small_islands() -> None:
    segs = redline("de raad en het college", "een commissie of het college")
    assert [s.op for s in segs] == ["delete", "insert", "equal"]
    assert segs[-1].tekst == " het college"


def test_known_amendment_phrase() -> None:
    segs = redline("neemt niet deel aan de stemming over:", "neemt niet deel aan de beraadslaging en stemming over:")
    assert [(s.op, s.tekst) for s in segs if s.op != "equal"] == [("insert", "beraadslaging en ")]
