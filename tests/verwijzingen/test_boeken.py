"""A law in Boeken cited by «Boek:artikel» (verwijzingen/boeken.py), on an invented Proefwetboek: the title register
knows the code by the id of its Boek 1, and Boek 6 by an id of its own; Boek 7 it does not know."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from wetgeving.verwijzingen.extract import Extractor
from wetgeving.verwijzingen.titels import Titelregister

BOEK1, BOEK6, AWB, SR = "BWBR9200001", "BWBR9200006", "BWBR9200099", "BWBR9200098"
REGISTER = Titelregister({"Proefwetboek": BOEK1, "Boek 1 van het Proefwetboek": BOEK1, "Boek 6 van het Proefwetboek": BOEK6,
                          "Algemene proefwet bestuursrecht": AWB, "Wetboek van Proefrecht": SR})


def _found(text: str) -> list[tuple[str, str, str, str, str]]:
    return [(g.soort, g.bwb_id, str(g.adres), g.titel, g.tot_en_met) for g in Extractor("BWBR9200050", REGISTER).find(text)]


def test_the_boek_of_a_colon_number_is_the_law() -> None:
    assert REGISTER.in_boeken == {BOEK1: "Proefwetboek"}
    assert _found("Artikel 6:162 van het Proefwetboek is van toepassing.") == [("extern", BOEK6, "artikel:162", "", "")]
    assert _found("Artikel 1:2, eerste lid, van het Proefwetboek geldt.") == [("extern", BOEK1, "artikel:2/lid:1", "", "")]
    assert _found("De artikelen 6:162 tot en met 6:165 van het Proefwetboek gelden.") == [
        ("extern", BOEK6, "artikel:162", "", "165")]


def test_a_boek_the_register_does_not_know_is_a_law_not_in_the_title_list() -> None:
    assert _found("Artikel 7:610 van het Proefwetboek geldt.") == [
        ("onbekend", "", "artikel:610", "Boek 7 van het Proefwetboek", "")]


def test_a_law_that_numbers_its_artikelen_with_a_colon_itself_is_left_alone() -> None:
    assert _found("Artikel 5:16 van de Algemene proefwet bestuursrecht geldt.") == [
        ("extern", AWB, "artikel:5%3A16", "", "")]
    assert _found("Artikel 162 van Boek 6 van het Proefwetboek geldt.") == [("extern", BOEK6, "artikel:162", "", "")]


@given(boek=st.integers(1, 9), nr=st.integers(1, 999), suffix=st.sampled_from(["", "a", "b"]))
def test_any_boek_and_artikel(boek: int, nr: int, suffix: str) -> None:
    (soort, bwb, adres, titel, _), = _found(f"Artikel {boek}:{nr}{suffix} van het Proefwetboek geldt.")
    assert adres == f"artikel:{nr}{suffix}"
    assert (soort, bwb, titel) == {1: ("extern", BOEK1, ""), 6: ("extern", BOEK6, "")}.get(
        boek, ("onbekend", "", f"Boek {boek} van het Proefwetboek"))


def test_the_code_named_without_a_boek_is_no_boek_we_can_tell() -> None:
    """«artikel 162 van het Proefwetboek» names no Boek: not Boek 1 (whose id the register gives the code's title)."""
    assert _found("Artikel 162 van het Proefwetboek geldt.") == [("onbekend", "", "artikel:162", "Proefwetboek", "")]
    assert _found("Het Proefwetboek geldt.")[0][:2] == ("onbekend", "")
    assert _found("Artikel 3 van Boek 1 van het Proefwetboek geldt.") == [("extern", BOEK1, "artikel:3", "", "")]
    found = Extractor("BWBR9200050", REGISTER).find(
        "Krachtens Boek 1 van het Proefwetboek, indien artikel 401 van dat boek van toepassing is.")
    assert [(g.soort, g.bwb_id, str(g.adres)) for g in found][-1] == ("extern", BOEK1, "artikel:401")


def test_a_wetboek_numbered_through_its_boeken_is_one_law() -> None:
    """«artikel 3 van Boek 1 van het Wetboek van Proefrecht» (as the Wetboek van Strafrecht) is that law's artikel 3;
    it was read as the citing law's own artikel 3 (helper-34)."""
    assert _found("Artikel 3 van Boek 1 van het Wetboek van Proefrecht geldt.") == [("extern", SR, "artikel:3", "", "")]
    assert [x[:3] for x in _found("De artikelen 3 en 4 van Boek 2 van het Wetboek van Proefrecht gelden.")] == [
        ("extern", SR, "artikel:3"), ("extern", SR, "artikel:4")]


def test_dat_wetboek_is_the_wetboek_named_before() -> None:
    """«artikel 162 van dat wetboek» was read as the citing law's artikel 162 (helper-34); after the Wetboek van
    Proefrecht it is that law's, after the Proefwetboek (in Boeken) no Boek we can tell."""
    assert _found("Het Wetboek van Proefrecht geldt; artikel 162 van dat wetboek ook.")[-1] == (
        "extern", SR, "artikel:162", "", "")
    assert _found("Het Proefwetboek geldt; artikel 162 van dat wetboek ook.")[-1] == (
        "onbekend", "", "artikel:162", "Proefwetboek", "")


def test_a_bes_law_is_not_the_law_of_the_same_name() -> None:
    """«het Burgerlijk Wetboek BES» was read as the Burgerlijk Wetboek (helper-34): a known title followed by «BES» is
    not that title; a BES law the register knows is found whole."""
    bes = Titelregister({**REGISTER.titles, "Wetboek van Proefrecht BES": "BWBR9200097"})
    found = Extractor("BWBR9200050", bes).find("Artikel 5 van de Algemene proefwet bestuursrecht BES geldt.")
    assert all(g.bwb_id != AWB for g in found)
    found = Extractor("BWBR9200050", bes).find("Artikel 131 van het Wetboek van Proefrecht BES geldt.")
    assert [(g.soort, g.bwb_id, str(g.adres)) for g in found] == [("extern", "BWBR9200097", "artikel:131")]
    assert REGISTER.find_titles("het Wetboek van Proefrecht BES") == []


def test_boek_7a_keeps_its_capital() -> None:
    """«artikel 1576 van Boek 7A van het Burgerlijk Wetboek» was read as the citing law's artikel 1576 (helper-34)."""
    found = _found("Artikel 1576 van Boek 7A van het Burgerlijk Wetboek geldt.")
    assert found == [("onbekend", "", "artikel:1576", "Boek 7A van het Burgerlijk Wetboek", "")]
