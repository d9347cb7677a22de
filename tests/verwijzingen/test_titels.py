"""The register of law titles (one automaton) and the generic shape of a Dutch law title (invented titles)."""

from __future__ import annotations

import pickle
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from wetgeving.verwijzingen.extract import Extractor
from wetgeving.verwijzingen.titels import Titelregister, generic_titles, title_of

TITLES = {"Proefwet": "BWBR1", "Proefwet 2000": "BWBR2", "Wet op de proef": "BWBR3", "Wet op de proefdieren": "BWBR4"}


def _regex_reference(reg: Titelregister, text: str) -> list[tuple[int, int, str]]:
    """The former implementation: one alternation, longest first, whole words."""
    alts = sorted(reg.titles, key=len, reverse=True)
    pat = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(t) for t in alts) + r")(?![\w-])")
    return [(m.start(), m.end(), reg.titles[m.group(0)]) for m in pat.finditer(text)]


@given(st.lists(st.sampled_from(["Proefwet", "Proefwet 2000", "Wet op de proef", "Wet op de proefdieren", " ", "-",
                                 "x", "de ", "2000", "Wet op de ", "dieren", ","]), max_size=12))
@settings(max_examples=300)
def test_automaton_finds_what_the_alternation_found(parts: list[str]) -> None:
    reg = Titelregister(TITLES)
    text = "".join(parts)
    assert reg.find_titles(text) == _regex_reference(reg, text)
    for s, e, bwb in reg.find_titles(text):
        assert reg.title_at(text, s) == (e, bwb)


def test_longest_title_whole_words_and_pickling() -> None:
    reg = Titelregister(TITLES)
    text = "de Proefwet 2000 en de Wet op de proefdieren, niet de Proefwetten"
    assert reg.find_titles(text) == [(3, 16, "BWBR2"), (23, 44, "BWBR4")]
    again = pickle.loads(pickle.dumps(reg))
    assert again.find_titles(text) == reg.find_titles(text)
    assert reg.with_titles({"Testbesluit": "BWBR5", "Proefwet": "BWBR9"}).titles["Proefwet"] == "BWBR1"


def test_title_cut_off_mid_word_is_dropped() -> None:
    reg = Titelregister({"Wet op het proefonderwij": "BWBR1", "Wet op het proefonderwijs": "BWBR2", "Proefwet": "BWBR3",
                         "Proefwet 2000": "BWBR4"})
    assert sorted(reg.titles) == ["Proefwet", "Proefwet 2000", "Wet op het proefonderwijs"]


def test_generic_shapes() -> None:
    text = ("artikel 3 van de Wet op de proefzorg en de Algemene wet proefrecht, de Proefverkeerswet 1994, de Wet "
            "proefwerk en bijstand en samenvoeging van die wet; het Besluit proefsteun zelfstandigen 2004, het "
            "Burgerlijk Wetboek. Regeling en bestuur kunnen. De Wet van 5 juni. Een raadsbesluit. Het Raadsbesluit.")
    assert [t for _, _, t in generic_titles(text)] == [
        "Wet op de proefzorg", "Algemene wet proefrecht", "Proefverkeerswet 1994", "Wet proefwerk en bijstand",
        "Besluit proefsteun zelfstandigen 2004", "Burgerlijk Wetboek"]
    # the islands of the Caribbean Netherlands are part of a title (Kieswet Ya 31e: «de Wet openbare lichamen
    # Bonaire, Sint Eustatius en Saba»); a comma elsewhere ends one
    bes = "artikel 9 van de Wet proeflichamen Bonaire, Sint Eustatius en Saba, en de Wet proefzorg, Saba"
    assert [t for _, _, t in generic_titles(bes)] == ["Wet proeflichamen Bonaire, Sint Eustatius en Saba", "Wet proefzorg"]


def test_unknown_law_is_kept_with_its_title() -> None:
    ex = Extractor("BWBR9", Titelregister(TITLES))
    text = "artikel 4, tweede lid, van de Wet op de proeftuinen 2011 en de Proefwet 2000 gelden; zie ook de Proefbesluit."
    found = [(text[g.start:g.einde], g.soort, g.bwb_id, g.titel) for g in ex.find(text, "1")]
    assert found == [("artikel 4, tweede lid, van de Wet op de proeftuinen 2011", "onbekend", "", "Wet op de proeftuinen 2011"),
                     ("Proefwet 2000", "regeling", "BWBR2", ""),
                     ("Proefbesluit", "onbekend", "", "Proefbesluit")]


def test_a_linked_title_may_end_in_a_year_not_in_another_number() -> None:
    """The seed takes titles from linked spans: "Natuurschoonwet 1928" is a title, "Proefwet 12" and
    "Artikel 5 Proefwet" are not."""
    assert title_of("Natuurschoonwet 1928") == "Natuurschoonwet 1928"
    assert title_of("de Proefwet 2000") == "Proefwet 2000"
    assert title_of("Proefwet 12") == "" and title_of("Proefwet 20001") == "" and title_of("Artikel 5 Proefwet") == ""
    assert title_of("artikel 5 van de Proefwet 2000") == "Proefwet 2000"


def test_a_linked_title_goes_on_over_bonaire_sint_eustatius_en_saba_only() -> None:
    """"Wet openbare lichamen Bonaire, Sint Eustatius en Saba" is one title (its comma is part of it); another comma
    still ends a title, or makes a span no title at all."""
    assert title_of("artikel 12 van de Wet openbare lichamen Bonaire, Sint Eustatius en Saba") == \
        "Wet openbare lichamen Bonaire, Sint Eustatius en Saba"
    assert title_of("de Invoeringswet openbare lichamen Bonaire, Sint Eustatius en Saba") == \
        "Invoeringswet openbare lichamen Bonaire, Sint Eustatius en Saba"
    assert title_of("artikel 5 van de Proefwet, Sint Eustatius en Saba") == ""
    assert title_of("Proefwet, artikel 5") == ""
