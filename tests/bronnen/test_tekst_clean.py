"""The fast path of ``clean`` gives exactly what the two substitutions give, on any text; the one-pass alinea
builder of the BWB importer gives exactly what AlineaBuilder gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wetgeving.bronnen.tekst import _CTRL, _WS, AlineaBuilder, alinea_uit, clean


@given(st.text(alphabet=st.one_of(st.characters(), st.sampled_from(list(" \t\n\r\x0b\x0c\xa0\u2028\u2029\x85\u2003"
                                                                           "\x00\x1f\x7f\ufffe\uffff")))))
@settings(max_examples=500)
def test_clean_equals_the_substitutions(text: str) -> None:
    assert clean(text) == _WS.sub(" ", _CTRL.sub("", text))


_PIECE = st.text(alphabet=st.sampled_from(list("ab .\t\n\xa0\u2028\x01\u200b")), max_size=6)


@given(st.lists(st.tuples(st.lists(_PIECE, max_size=3), st.one_of(st.none(), st.sampled_from(["jci1", "celex:x"]))),
                max_size=8))
@settings(max_examples=500)
def test_alinea_uit_equals_the_builder(stukken: list[tuple[list[str], str | None]]) -> None:
    """The one-pass alinea of the BWB importer is what AlineaBuilder makes of the same pieces, with adjacent
    plain pieces passed one by one or joined (whitespace collapses across their border either way)."""
    b = AlineaBuilder()
    for pieces, doel in stukken:
        if doel is None:
            for piece in pieces:
                b.text(piece)
        else:
            b.ref("".join(pieces), doel)
    assert alinea_uit([("".join(pieces), doel) for pieces, doel in stukken]) == b.build()
