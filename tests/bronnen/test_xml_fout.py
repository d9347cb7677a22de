"""The XML parser's error in Dutch (helper-51: «StartTag: invalid element name» reached the web page in English)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wetgeving.bronnen.secure import parse_xml
from wetgeving.errors import WetgevingError


@pytest.mark.parametrize(("data", "zegt"), [
    (b"<<<", "onjuiste XML: een ongeldige elementnaam na «<» (regel 1, kolom 2)"),
    (b"<a>", "onjuiste XML: het document houdt op binnen element «a» (regel 1, kolom 4)"),
    (b"<a></b>", "onjuiste XML: de eindtag «b» past niet bij de begintag «a» (regel 1, kolom 8)"),
    (b"", "onjuiste XML: het document is leeg (regel 1, kolom 1)"),
    (b"<a/>x", "onjuiste XML: na het einde van het document staat nog tekst (regel 1, kolom 5)"),
    (b"<a>&b</a>", "onjuiste XML: een «&» zonder «;» (schrijf «&amp;» voor een losse &) (regel 1, kolom 6)"),
])
def test_the_common_errors_are_dutch(data: bytes, zegt: str) -> None:
    with pytest.raises(WetgevingError) as exc:
        parse_xml(data, "x.xml")
    assert exc.value.message == zegt


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=60) | st.text(alphabet="<>/a=\"'&;! -x", max_size=40).map(str.encode))
def test_any_bad_xml_is_said_in_dutch_or_quoted_as_english(data: bytes) -> None:
    try:
        parse_xml(data, "x.xml")
    except WetgevingError as exc:
        m = exc.message
        assert m.startswith(("onjuiste XML: ", "het document declareert entiteiten")), m
        assert "(in het Engels)" in m or not any(w in m for w in (" tag ", "expected", "Document", "Extra "))
