"""The YAML reader's errors in Dutch (helper-54: «could not find expected ':'» reached the user in English)."""

from __future__ import annotations

import pytest

from wetgeving.bronnen.secure import compose_yaml
from wetgeving.errors import WetgevingError


@pytest.mark.parametrize(("data", "zegt"), [
    (b"a: b\nc", "een «:» ontbreekt"),
    (b"a:\n\tb: 1", "een teken waarmee geen waarde kan beginnen (zoals een tab"),
    (b"a: b: c", "een «:» waar geen waarde kan beginnen"),
    (b"a: 'b", "het bestand houdt op binnen een waarde"),
    (b"a:\n  b: 1\n c: 2", "de inspringing klopt niet"),
    (b"a: \x7f", "een teken dat YAML niet toestaat (#x"),
])
def test_the_common_yaml_errors_are_dutch(data: bytes, zegt: str) -> None:
    with pytest.raises(WetgevingError) as exc:
        compose_yaml(data, "x.yaml")
    assert zegt in exc.value.message and "Engels" not in exc.value.message


def test_a_byte_that_is_not_utf8_and_an_unclosed_quotation_are_placed() -> None:
    """helper-55: «\\xff» was «een teken dat YAML niet toestaat (#x00ff)» without a line; an unclosed quotation pointed
    at the end of the file, not where it opened."""
    with pytest.raises(WetgevingError) as exc:
        compose_yaml(b"a: 1\nb: caf\xff\n", "x.yaml")
    assert "geen UTF-8-tekst" in exc.value.message and exc.value.line == 2
    with pytest.raises(WetgevingError) as exc:
        compose_yaml(b"a: 1\nb: 'open\nc: 2\nd: 3\n", "x.yaml")
    assert "aanhalingsteken niet gesloten" in exc.value.message and exc.value.line == 2
