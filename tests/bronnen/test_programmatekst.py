"""The programme's annex read by heading (:mod:`wetgeving.bronnen.programmatekst`), on invented Markdown."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from wetgeving.bronnen.programmatekst import _koppen

WOORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzéë", min_size=1, max_size=8)
ZIN = st.lists(WOORD, min_size=1, max_size=6).map(" ".join)


def test_a_section_is_its_paragraphs_up_to_the_next_heading_or_rule() -> None:
    md = ("## **Deel een**\n\n#### *Eerste kop*\n\nEen alinea met een noot<sup>1</sup>.\n\nNog *een* alinea.\n\n---\n\n"
          "<sup>1</sup> De noot.\n\n#### *Tweede kop*\n\nTekst.\n")
    found = _koppen(md)
    assert found["Eerste kop"] == (3, "Een alinea met een noot. Nog een alinea.", "Deel een", True)
    assert found["Tweede kop"] == (13, "Tekst.", "Deel een", False)
    assert found["Deel een"] == (1, "", "", False)  # a part heading with a section heading right under it


@given(st.lists(st.tuples(ZIN, st.lists(ZIN, min_size=1, max_size=3)), min_size=1, max_size=5, unique_by=lambda x: x[0]))
def test_every_heading_gives_back_its_own_paragraphs(secties: list[tuple[str, list[str]]]) -> None:
    regels: list[str] = []
    verwacht = {}
    for kop, alineas in secties:
        verwacht[kop] = (len(regels) + 1, " ".join(alineas), "", False)
        regels += [f"#### *{kop}*", ""]
        for a in alineas:
            regels += [a, ""]
    assert _koppen("\n".join(regels)) == verwacht
