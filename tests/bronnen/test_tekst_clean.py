"""The fast path of ``clean`` gives exactly what the two substitutions give, on any text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wetgeving.bronnen.tekst import _CTRL, _WS, clean


@given(st.text(alphabet=st.one_of(st.characters(), st.sampled_from(list(" \t\n\r\x0b\x0c\xa0\u2028\u2029\x85\u2003"
                                                                           "\x00\x1f\x7f\ufffe\uffff")))))
@settings(max_examples=500)
def test_clean_equals_the_substitutions(text: str) -> None:
    assert clean(text) == _WS.sub(" ", _CTRL.sub("", text))
