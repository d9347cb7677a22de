"""The fast path of ``clean`` gives exactly what the two substitutions give, on any text; the one-pass alinea
builder that every importer uses (``alinea_uit``, also behind AlineaBuilder) gives exactly what the earlier
piece-by-piece builder gave (kept here as the oracle), with plain pieces passed one by one or joined."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wetgeving.bronnen.tekst import _CTRL, _WS, AlineaBuilder, alinea_uit, clean
from wetgeving.model import Alinea, Verwijzing


@given(st.text(alphabet=st.one_of(st.characters(), st.sampled_from(list(" \t\n\r\x0b\x0c\xa0\u2028\u2029\x85\u2003"
                                                                           "\x00\x1f\x7f\ufffe\uffff")))))
@settings(max_examples=500)
def test_clean_equals_the_substitutions(text: str) -> None:
    assert clean(text) == _WS.sub(" ", _CTRL.sub("", text))


_PIECE = st.text(alphabet=st.sampled_from(list("ab .\t\n\xa0\u2028\x01\u200b")), max_size=6)


class Oracle:
    """The piece-by-piece alinea builder the importers used before ``alinea_uit`` (each piece cleaned and added
    on its own, spans clipped to the text at the end)."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.refs: list[Verwijzing] = []

    def add(self, piece: str) -> None:
        piece = clean(piece)
        if piece.startswith(" ") and (self.size == 0 or self.parts[-1].endswith(" ")):
            piece = piece[1:]
        if piece:
            self.parts.append(piece)
            self.size += len(piece)

    def ref(self, piece: str, doel: str) -> None:
        piece = clean(piece)
        lead = piece[: len(piece) - len(piece.lstrip(" "))]
        body = piece.strip(" ")
        self.add(lead)
        start = self.size
        self.add(body)
        self.refs.append(Verwijzing(start, self.size, doel))
        self.add(piece[len(lead) + len(body):])

    def build(self) -> Alinea:
        text = "".join(self.parts).rstrip(" ")
        return Alinea(text, tuple(Verwijzing(min(r.start, len(text)), min(r.einde, len(text)), r.doel) for r in self.refs))


@given(st.lists(st.tuples(st.lists(_PIECE, max_size=3), st.one_of(st.none(), st.sampled_from(["jci1", "celex:x"]))),
                max_size=8))
@settings(max_examples=500)
def test_alinea_uit_equals_the_oracle(stukken: list[tuple[list[str], str | None]]) -> None:
    """``alinea_uit`` is what the earlier builder made of the same pieces, with adjacent plain pieces passed one
    by one (as AlineaBuilder passes them) or joined (as the BWB importer does)."""
    oracle, b = Oracle(), AlineaBuilder()
    for pieces, doel in stukken:
        if doel is None:
            for piece in pieces:
                oracle.add(piece)
                b.text(piece)
        else:
            oracle.ref("".join(pieces), doel)
            b.ref("".join(pieces), doel)
    expected = oracle.build()
    assert alinea_uit([("".join(pieces), doel) for pieces, doel in stukken]) == expected
    assert b.build() == expected
