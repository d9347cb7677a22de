"""The quotation marks around the words a comment is about (:func:`wetgeving.consultatie.invoer.zonder_aanhalingstekens`)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from wetgeving.consultatie.invoer import zonder_aanhalingstekens

PAREN = [("«", "»"), ('"', '"'), ("'", "'"), ("„", "”"), ("“", "”"), ("‘", "’"), ("‚", "’")]
woorden = st.text(st.characters(codec="utf-8", categories=("L", "Nd", "Zs", "Pd", "Po")), min_size=1).map(str.strip).filter(
    lambda t: t != "" and t[0] not in "«\"'„“‘‚" and t[-1] not in "»\"'”’")


@given(woorden, st.sampled_from(PAREN))
def test_one_pair_around_the_words_is_taken_off(tekst: str, paar: tuple[str, str]) -> None:
    assert zonder_aanhalingstekens(f"{paar[0]}{tekst}{paar[1]}") == tekst


@given(woorden)
def test_words_without_a_pair_stay_as_they_are(tekst: str) -> None:
    assert zonder_aanhalingstekens(tekst) == tekst


def test_an_apostrophe_that_belongs_to_the_words_stays() -> None:
    assert zonder_aanhalingstekens("'s-Gravenhage") == "'s-Gravenhage"
    assert zonder_aanhalingstekens("„'s-Hertogenbosch”") == "'s-Hertogenbosch"
