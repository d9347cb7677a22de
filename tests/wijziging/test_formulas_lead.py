"""Issue 13, item 2 (the lead's set, kept beside the formula corpus): formulas that
enacted Dutch acts use, parsed and applied on an invented Testwet, then regenerated (the generator's own
instructions for the same change re-parse and apply to the same result); and item 1: no silent corruption."""

from __future__ import annotations

from datetime import date

import pytest

from wetgeving.diff import diff
from wetgeving.locatie import Adres
from wetgeving.model import Alinea, Artikel, Regeling, Structuur, tekst
from wetgeving.render.wijziging_tekst import render_act
from wetgeving.wijziging.genereren import generate
from wetgeving.wijziging.instructies import parse_act
from wetgeving.wijziging.toepassen import TOEGEPAST, apply
from wetgeving.wijziging.vergelijk import differences

from .testwet import act, make_testwet

FORMULAS = {
    # name: (onderdeel body, address, text expected there afterwards, or None when the unit is gone)
    "two replacements in one sentence": (
        "In artikel 2, eerste lid, wordt «raad» telkens vervangen door «gemeenteraad» en wordt «handopsteking» "
        "vervangen door «stemming».", "artikel:2/lid:1",
        "De gemeenteraad vergadert in het openbaar. De gemeenteraad stemt bij stemming."),
    "older style without quotes after a colon": (
        'In artikel 3 wordt "een gedragscode" vervangen door: twee gedragscodes.', "artikel:3",
        "De raad stelt twee gedragscodes vast."),
    "de zinsnede … wordt vervangen door:": (
        "Artikel 3 wordt als volgt gewijzigd:\n\n1. De zinsnede «een gedragscode» wordt vervangen door: een "
        "integriteitscode.", "artikel:3", "De raad stelt een integriteitscode vast."),
    "puntkomma aan het slot → komma": (
        "Artikel 1 wordt als volgt gewijzigd:\n\n1. De puntkomma aan het slot van onderdeel a wordt vervangen door "
        "een komma.", "artikel:1/onderdeel:a", "raad: de proefraad,"),
    "de punt aan het slot → puntkomma": (
        "In artikel 1, onderdeel d, wordt de punt aan het slot vervangen door een puntkomma.", "artikel:1/onderdeel:d",
        "griffier: de proefgriffier;"),
    "worden … ingevoegd, die luiden:": (
        "Na artikel 3 worden twee artikelen ingevoegd, die luiden:\n\n  Artikel 3a\n\n  Eerste nieuw artikel.\n\n"
        "  Artikel 3b\n\n  Tweede nieuw artikel.", "artikel:3b", "Tweede nieuw artikel."),
    "several targets, telkens vervangen": (
        "In de artikelen 2, eerste lid, en 3 wordt «raad» telkens vervangen door «gemeenteraad».", "artikel:3",
        "De gemeenteraad stelt een gedragscode vast."),
    "several targets, na … telkens ingevoegd": (
        "In de artikelen 2, derde lid, en 3 wordt na «raad» telkens ingevoegd: «, zo nodig,».", "artikel:2/lid:3",
        "De burgemeester zit de raad, zo nodig, voor."),
    "onder vernummering … een lid ingevoegd": (
        "In artikel 20 wordt, onder vernummering van het derde en vierde lid tot vierde en vijfde lid, na het tweede "
        "lid een lid ingevoegd, luidende:\n\n  3. Nieuw derde lid.", "artikel:20/lid:3", "Nieuw derde lid."),
    "Na het tweede lid wordt, onder vernummering …": (
        "Artikel 20 wordt als volgt gewijzigd:\n\n1. Na het tweede lid wordt, onder vernummering van het derde en "
        "vierde lid tot vierde en vijfde lid, een lid ingevoegd, luidende:\n\n  3. Nieuw derde lid.",
        "artikel:20/lid:5", "Het tweede en derde lid gelden niet op zondag."),
}


@pytest.mark.parametrize("name", list(FORMULAS))
def test_formula_parses_applies_and_regenerates(name: str) -> None:
    body, adres, expected = FORMULAS[name]
    parsed = parse_act(act("A\n\n" + body))
    assert parsed.problems() == [], parsed.problems()
    res = apply(make_testwet(), parsed)
    assert res.ok, [str(v) for v in res.verslag]
    unit = res.regeling.get(Adres.parse(adres))
    assert unit is not None and tekst(unit, " ") == expected
    # regenerated: the generator's instructions for the same change give the same law
    again = parse_act(render_act(generate(diff(make_testwet(), res.regeling))))
    assert again.problems() == []
    res2 = apply(make_testwet(), again)
    assert res2.ok and differences(res2.regeling, res.regeling) == []


def test_single_article_act() -> None:
    """'Artikel 2 van de Testwet wordt als volgt gewijzigd:' without the opening for the whole law."""
    text = ("Wijzigingswet\n\nARTIKEL I\n\nArtikel 2 van de Testwet wordt als volgt gewijzigd:\n\n"
            "1. In het eerste lid wordt «raad» telkens vervangen door «gemeenteraad».\n\n2. Het vierde lid vervalt.\n")
    parsed = parse_act(text)
    assert parsed.problems() == []
    res = apply(make_testwet(), parsed)
    assert res.ok and res.regeling.get(Adres.parse("artikel:2/lid:4")) is None
    assert "gemeenteraad" in tekst(res.regeling.get(Adres.parse("artikel:2/lid:1")), " ")  # type: ignore[arg-type]


def _chapters() -> Regeling:
    return Regeling("BWBR9999999", "Testwet", date(2024, 1, 1), (
        Structuur("hoofdstuk", "IV", (Artikel("10", (Alinea("Tien."),)),), "Vier"),
        Structuur("hoofdstuk", "IVb", (Artikel("11", (Alinea("Elf."),)), Artikel("12", (Alinea("Twaalf."),))), "Vier b"),
        Structuur("hoofdstuk", "V", (Artikel("13", (Alinea("Dertien."),)),), "Vijf"),
        Structuur("hoofdstuk", "VI", (Structuur("paragraaf", "3", (Artikel("20", (Alinea("Twintig."),)),)),), "Zes"),
    ))


def test_chapters_and_paragraphs_as_targets() -> None:
    """'Hoofdstuk IVb vervalt.', 'Na hoofdstuk V wordt een hoofdstuk ingevoegd, luidende:', 'Paragraaf 3 wordt
    als volgt gewijzigd:' (Aanwijzing 6.11.1: a new chapter is inserted as one; 6.16.1: Va)."""
    body = ("A\n\nHoofdstuk IVb vervalt.\n\nB\n\nNa hoofdstuk V wordt een hoofdstuk ingevoegd, luidende:\n\n"
            "  HOOFDSTUK VA. GEHEIMHOUDING\n\n  Artikel 14\n\n  Een nieuw artikel.\n\n  Artikel 15\n\n"
            "  1. Eerste lid.\n\n  2. Tweede lid.\n\nC\n\nParagraaf 3 wordt als volgt gewijzigd:\n\n"
            "1. Artikel 20 vervalt.")
    parsed = parse_act(act(body))
    assert parsed.problems() == []
    res = apply(_chapters(), parsed)
    assert res.ok, [str(v) for v in res.verslag]
    tops = [(k.soort, k.nr) for k in res.regeling.inhoud if isinstance(k, Structuur)]
    assert tops == [("hoofdstuk", "IV"), ("hoofdstuk", "V"), ("hoofdstuk", "Va"), ("hoofdstuk", "VI")]
    assert res.regeling.get(Adres.parse("artikel:11")) is None and res.regeling.get(Adres.parse("artikel:20")) is None
    assert res.regeling.get(Adres.parse("hoofdstuk:Va")) is not None


# --- item 1: never corrupt silently ---------------------------------------------------------------------

def test_two_replacements_never_write_instruction_words_into_the_law() -> None:
    parsed = parse_act(act("A\n\nIn artikel 3 wordt «raad» vervangen door «college» en wordt «gedragscode» vervangen "
                           "door «integriteitscode»."))
    res = apply(make_testwet(), parsed)
    text = tekst(res.regeling.get(Adres.parse("artikel:3")), " ")  # type: ignore[arg-type]
    assert res.ok and text == "De college stelt een integriteitscode vast."
    assert "»" not in text and "wordt" not in text


@pytest.mark.parametrize("body", [
    "A\n\nAan artikel 20 wordt een lid toegevoegd, luidende:\n\n  5. Dit nieuwe lid is afgebroken midden in",
    "A\n\nArtikel 3 komt te luiden:\n\n  Artikel 3\n\n  De raad stelt een gedragscode",
])
def test_cut_off_new_text_is_refused_naming_the_onderdeel(body: str) -> None:
    parsed = parse_act(act(body))
    problems = parsed.problems()
    assert problems and "afgebroken" in problems[0].reden
    res = apply(make_testwet(), parsed)
    assert not res.ok and all(v.status != TOEGEPAST for v in res.verslag)
    assert any(v.onderdeel == "A" for v in res.verslag)


@pytest.mark.parametrize("body", [
    "A\n\nIn artikel 3 wordt «raad» vervangen door «college» en de rest is geen formule.",
    "A\n\nIn artikel 3 wordt «raad» vervangen door «college.",
])
def test_words_not_consumed_or_unbalanced_quotes_are_errors(body: str) -> None:
    parsed = parse_act(act(body))
    assert parsed.problems(), body
    assert not apply(make_testwet(), parsed).ok
