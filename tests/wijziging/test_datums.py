"""The inwerkingtreding sentences of an amending act (:mod:`wetgeving.wijziging.datums`), on invented text."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from wetgeving.wijziging.datums import format_date, lees_datums

JAN, APR = date(2023, 1, 1), date(2023, 4, 1)


def test_one_sentence_with_exceptions_dates_the_rest_and_the_exceptions() -> None:
    """The form in which the inwerkingtredingsbesluit (Stb. 2022, 504) dated Stb. 2022, 444: one date, «met
    uitzondering van» a list of artikelen and onderdelen with another (helper-94: refused as no sentence on the
    inwerkingtreding)."""
    found = lees_datums([(1, "Deze wet treedt in werking met ingang van 1 januari 2023, met uitzondering van artikel I, "
                             "onderdelen B, C en S, artikel II, onderdeel T, en artikel Vb die in werking treden met "
                             "ingang van 1 april 2023.")])
    assert found is not None and not found.fouten
    assert found.rest == JAN
    assert found.per_onderdeel == {("I", "B"): APR, ("I", "C"): APR, ("I", "S"): APR, ("II", "T"): APR}
    assert found.per_artikel == {"Vb": APR}


def test_one_exception_with_dat() -> None:
    found = lees_datums([(1, "Deze wet treedt in werking met ingang van 1 januari 2023, met uitzondering van artikel I, "
                             "onderdeel A, dat in werking treedt met ingang van 1 april 2023.")])
    assert found is not None and found.per_onderdeel == {("I", "A"): APR} and found.rest == JAN


def test_a_list_not_read_whole_is_an_error_not_a_guess() -> None:
    found = lees_datums([(3, "Deze wet treedt in werking met ingang van 1 januari 2023, met uitzondering van artikel I, "
                             "onderdelen B en de bijlage, die in werking treden met ingang van 1 april 2023.")])
    assert found is not None and found.fouten and found.fouten[0][0] == 3
    assert not found.per_onderdeel and found.rest is None


@given(st.lists(st.sampled_from(["A", "B", "C", "D", "AA", "AB"]), min_size=1, max_size=5, unique=True),
       st.dates(date(1990, 1, 1), date(2040, 12, 31)), st.dates(date(1990, 1, 1), date(2040, 12, 31)))
def test_any_list_of_onderdelen_reads_back(onderdelen: list[str], d1: date, d2: date) -> None:
    lijst = onderdelen[0] if len(onderdelen) == 1 else ", ".join(onderdelen[:-1]) + " en " + onderdelen[-1]
    woord = "onderdeel" if len(onderdelen) == 1 else "onderdelen"
    found = lees_datums([(1, f"Deze wet treedt in werking met ingang van {format_date(d1)}, met uitzondering van "
                             f"artikel I, {woord} {lijst}, die in werking treden met ingang van {format_date(d2)}.")])
    assert found is not None and not found.fouten
    assert found.rest == d1 and found.per_onderdeel == {("I", o): d2 for o in onderdelen}
