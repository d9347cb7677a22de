"""The regelrecht text is wrapped at 120 characters like :func:`textwrap.wrap`, which also breaks after the hyphen of a
compound; :func:`wetgeving.bronnen.regelrecht.paragraphs` must give the unwrapped paragraph back."""

from __future__ import annotations

import textwrap

from hypothesis import given, settings
from hypothesis import strategies as st

from wetgeving.bronnen.regelrecht import paragraphs

# A compound whose second part is a conjunction («x-en») would be ambiguous once wrapped; Dutch has none in our texts.
_WOORD = st.text(alphabet="abcdeéfghijklmnoprstuvwz", min_size=1, max_size=12).filter(
    lambda w: w not in {"en", "of", "tot", "noch", "dan", "als", "alsmede"})
_SAMENSTELLING = st.builds(lambda a, b: f"{a}-{b}", _WOORD, _WOORD)  # «onroerende-zaakbelastingen»
_WEGLATING = st.builds(lambda a, v, b: f"{a}- {v} {b}", _WOORD, st.sampled_from(["en", "of", "tot"]), _WOORD)  # «land- en
_GETAL = st.builds(lambda a, b: f"{a} 001- {b} 000", st.integers(1, 99), st.integers(1, 99))  # «6 001- 10 000» (art. 8)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_WOORD, _SAMENSTELLING, _WEGLATING, _GETAL), min_size=1, max_size=60),
       st.integers(20, 120), st.sampled_from(["\n", " "]))
def test_a_paragraph_wrapped_anywhere_unwraps_to_itself(woorden: list[str], breedte: int, breuk: str) -> None:
    """``breuk`` " ": a folded YAML scalar (Gemeentewet 155f on 2026-10-01) has made every line break a space."""
    tekst = " ".join(woorden)
    gewikkeld = breuk.join(textwrap.wrap(tekst, breedte, break_long_words=False))
    assert paragraphs(gewikkeld)[0] == [tekst]


def test_the_break_of_220d_and_a_conjunction() -> None:
    assert paragraphs("de onroerende-\nzaakbelastingen")[0] == ["de onroerende-zaakbelastingen"]
    assert paragraphs("land-\nen tuinbouw; 6 001-\n10 000")[0] == ["land- en tuinbouw; 6 001- 10 000"]
