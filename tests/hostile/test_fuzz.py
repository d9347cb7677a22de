"""Hypothesis fuzzing (issue 17) of the citation parser and the comments reader: whatever comes in, the
answer is a result or the project's own error naming its input, never another exception.
(The instruction parser is fuzzed with the amending-act code, tests/wijziging.)"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wetgeving.citaten import parse_citation, resolve
from wetgeving.consultatie.invoer import load
from wetgeving.errors import AddressError, InputError
from wetgeving.locatie import Adres
from wetgeving.model import Alinea, Artikel, Lid, Onderdeel, Regeling

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

TOKENS = st.sampled_from([
    "artikel", "het", "36a", "1", "1.1.2", "P 19", "X", ",", " ", ", ", "eerste", "tweede", "twintigste", "lid", "lid 2",
    "onder", "onderdeel", "sub", "a", "b.", "1°", "2e", "aanhef", "en", "van", "de", "Gemeentewet", ".", "_", "*",
    "\u00a0", "°", "ë", "(", ")", "'", "jci1.3:c:BWBR0005416&artikel=1", "artikel:1/lid:2", "/", ":",
])
CITATION = st.one_of(st.text(max_size=80), st.lists(TOKENS, max_size=20).map("".join),
                     st.lists(TOKENS, max_size=20).map(" ".join))

REG = Regeling("BWBR0005416", "Gemeentewet", date(2023, 4, 1), (
    Artikel("1", (Lid("1", (Alinea("Tekst."), Onderdeel("a", "a.", (Alinea("Een."),)))),
                  Lid("2", (Alinea("Meer."),)))),
    Artikel("36a", (Alinea("Tekst."),)),
))


@SETTINGS
@given(CITATION)
def test_citation_parser_answers_or_refuses(text: str) -> None:
    try:
        c = parse_citation(text, context="1")
    except AddressError as exc:
        assert exc.message
        return
    assert Adres.parse(str(c.adres)) == c.adres  # a parsed citation is a valid, printable address


@SETTINGS
@given(CITATION)
def test_resolve_answers_or_refuses(text: str) -> None:
    try:
        adres, unit = resolve(REG, text)
    except AddressError as exc:
        assert exc.message
        return
    assert REG.get(adres) is unit


COMMENT_KEYS = st.sampled_from(["consultatie", "titel", "wetsvoorstel", "basis", "datum", "opmerkingen", "bepaling",
                                "opmerking", "over", "alternatief", "inleiding", "algemeen", "vragen", "vraag"])
SCALAR = st.one_of(st.text(max_size=30), st.integers(), st.none(), st.booleans(), st.dates().map(str))
YAMLISH = st.recursive(SCALAR, lambda kids: st.one_of(st.lists(kids, max_size=4),
                                                     st.dictionaries(COMMENT_KEYS, kids, max_size=5)), max_leaves=20)


def _yaml_text(value: object, indent: int = 0) -> str:
    pad = " " * indent
    if isinstance(value, dict):
        return "".join(f"{pad}{k}:\n{_yaml_text(v, indent + 2)}" for k, v in value.items()) or f"{pad}{{}}\n"
    if isinstance(value, list):
        return "".join(f"{pad}-\n{_yaml_text(v, indent + 2)}" for v in value) or f"{pad}[]\n"
    return f"{pad}{value!r}\n" if isinstance(value, str) else f"{pad}{value}\n"


def _load(name: str, data: bytes) -> None:
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / name
        path.write_bytes(data)
        try:
            load(path)
        except InputError as exc:
            assert exc.file == str(path), str(exc)


@SETTINGS
@given(st.binary(max_size=2048), st.sampled_from(["reactie.yaml", "reactie.md"]))
def test_comments_reader_on_bytes(data: bytes, name: str) -> None:
    _load(name, data)


@SETTINGS
@given(YAMLISH)
def test_comments_reader_on_yaml_shapes(doc: object) -> None:
    _load("reactie.yaml", _yaml_text(doc).encode("utf-8"))


@SETTINGS
@given(st.lists(st.sampled_from(["---", "titel: x", "wetsvoorstel: tranche-2", "basis: gemeentewet", "# Inleiding",
                                 "# Algemene opmerkingen", "- punt", "## artikel 1", "Over: woorden",
                                 "Alternatief:", "tekst", "", "## ", "Over:", "datum: 2025-13-45"]), max_size=25))
def test_comments_reader_on_markdown_shapes(lines: list[str]) -> None:
    _load("reactie.md", ("\n".join(lines) + "\n").encode("utf-8"))
