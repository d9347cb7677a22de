"""Aanwijzing 6.10 at the edges of a quoted phrase: a range or list of numbers is one begripseenheid."""

from __future__ import annotations

import pytest

from wetgeving.wijziging.gen_tekst import goed

_TEKST = ("De artikelen 19, 22 en 23, eerste tot en met vierde lid, en 29 tot en met 31 zijn van toepassing op het "
          "eerste en tiende lid.")


@pytest.mark.parametrize(("frase", "zelfstandig"), [
    ("vierde lid", False),                               # inside «eerste tot en met vierde lid»
    ("eerste tot en met vierde lid", False),             # an ordinal after «23,» belongs to its artikel
    ("23, eerste tot en met vierde lid", True),          # «22 en 23»: two artikelen, each self-standing
    ("31", False), ("29", False),                        # inside «29 tot en met 31»
    ("29 tot en met 31", True),
    ("tiende lid", False), ("eerste en tiende lid", True),  # two ordinals share «lid»
])
def test_a_phrase_does_not_begin_or_end_inside_a_range(frase: str, zelfstandig: bool) -> None:
    a = _TEKST.index(frase)
    assert goed(_TEKST, a, a + len(frase)) is zelfstandig
