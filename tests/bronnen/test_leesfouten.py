"""The readers' errors in Dutch: the XML parser's (helper-51: «StartTag: invalid element name» reached the web page
in English) and the YAML reader's (helper-54: «could not find expected ':'»; helper-55: a byte that is not UTF-8)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wetgeving.bronnen.secure import compose_yaml, parse_xml
from wetgeving.errors import WetgevingError


@pytest.mark.parametrize(("lezer", "data", "zegt"), [
    (parse_xml, b"<<<", "onjuiste XML: een ongeldige elementnaam na «<» (regel 1, kolom 2)"),
    (parse_xml, b"<a>", "onjuiste XML: het document houdt op binnen element «a» (regel 1, kolom 4)"),
    (parse_xml, b"<a></b>", "onjuiste XML: de eindtag «b» past niet bij de begintag «a» (regel 1, kolom 8)"),
    (parse_xml, b"", "onjuiste XML: het document is leeg of begint niet met leesbare XML (regel 1, kolom 1)"),
    (parse_xml, b"\x00\xff rommel", "onjuiste XML: het document is leeg of begint niet met leesbare XML"),
    (parse_xml, b"<a/>x", "onjuiste XML: na het einde van het document staat nog tekst (regel 1, kolom 5)"),
    (parse_xml, b"<a>&b</a>", "onjuiste XML: een «&» zonder «;» (schrijf «&amp;» voor een losse &) (regel 1, kolom 6)"),
    (compose_yaml, b"a: b\nc", "onjuiste YAML: een «:» ontbreekt"),
    (compose_yaml, b"a:\n\tb: 1", "onjuiste YAML: een teken waarmee geen waarde kan beginnen (zoals een tab"),
    (compose_yaml, b"a: b: c", "onjuiste YAML: een «:» waar geen waarde kan beginnen"),
    (compose_yaml, b"a: 'b", "onjuiste YAML: het bestand houdt op binnen een waarde"),
    (compose_yaml, b"a:\n  b: 1\n c: 2", "onjuiste YAML: de inspringing klopt niet"),
    (compose_yaml, b"a: \x7f", "de YAML kan niet gelezen worden: een teken dat YAML niet toestaat (#x"),
    # helper-205 (2026-12-08): these were said in English, or blamed the character after a Latin-1 byte
    (compose_yaml, b"a: b\nc: caf\xe9 x\n", "de YAML is geen UTF-8-tekst (byte 0xE9)"),
    (parse_xml, b"<a>&nbsp;</a>", "onjuiste XML: de entiteit «&nbsp;» bestaat in XML niet"),
    (parse_xml, b"<a sta></a>", "onjuiste XML: attribuut «sta» zonder waarde (schrijf sta=\"…\")"),
    (parse_xml, b"<a x='1' x='2'/>", "onjuiste XML: attribuut «x» staat twee keer in één element"),
    (parse_xml, b"<a>\x01</a>", "onjuiste XML: een stuurteken dat XML niet toestaat"),
    (parse_xml, b"<a><!-- x </a>", "onjuiste XML: een commentaar «<!--» dat niet met «-->» gesloten wordt"),
    (parse_xml, b"<a><![CDATA[x</a>", "onjuiste XML: een «<![CDATA[» dat niet met «]]>» gesloten wordt"),
])
def test_the_common_errors_are_dutch(lezer: Callable[[bytes, str], Any], data: bytes, zegt: str) -> None:
    with pytest.raises(WetgevingError) as exc:
        lezer(data, "x")
    assert exc.value.message.startswith(zegt) and "Engels" not in exc.value.message


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=60) | st.text(alphabet="<>/a=\"'&;! -x", max_size=40).map(str.encode))
def test_any_bad_xml_is_said_in_dutch_or_quoted_as_english(data: bytes) -> None:
    try:
        parse_xml(data, "x.xml")
    except WetgevingError as exc:
        m = exc.message
        assert m.startswith(("onjuiste XML: ", "het document declareert entiteiten")), m
        assert "(in het Engels)" in m or not any(w in m for w in (" tag ", "expected", "Document", "Extra "))


def test_a_byte_that_is_not_utf8_and_an_unclosed_quotation_are_placed() -> None:
    """helper-55: «\\xff» was «een teken dat YAML niet toestaat (#x00ff)» without a line; an unclosed quotation
    pointed at the end of the file, not where it opened."""
    with pytest.raises(WetgevingError) as exc:
        compose_yaml(b"a: 1\nb: caf\xff\n", "x.yaml")
    assert "geen UTF-8-tekst" in exc.value.message and exc.value.line == 2
    with pytest.raises(WetgevingError) as exc:
        compose_yaml(b"a: 1\nb: 'open\nc: 2\nd: 3\n", "x.yaml")
    assert "aanhalingsteken niet gesloten" in exc.value.message and exc.value.line == 2
