"""A range of artikelen ("de artikelen 155b tot en met 155f") cites every artikel of the regeling from its first to its
last, in the order of the text (graaf.bouw.with_range); on invented numbers."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wetgeving.graaf.bouw import with_range
from wetgeving.locatie import Adres
from wetgeving.verwijzingen.extract import Gevonden

NUMBERS = ["1", "2", "2a", "3", "4", "4a", "4b", "5", "6", "7", "8", "9", "10"]


def _range(first: str, last: str, *, apart: bool = False, soort: str = "intern") -> Gevonden:
    return Gevonden(0, 10, soort, "BWBR9", Adres.of(("artikel", first)), tot_en_met=last, tot_apart=apart)


@given(st.lists(st.sampled_from(NUMBERS), min_size=2, max_size=10, unique=True), st.data(), st.booleans())
@settings(max_examples=300)
def test_a_range_cites_what_lies_between_its_ends(present: list[str], data: st.DataObject, apart: bool) -> None:
    present = sorted(present, key=NUMBERS.index)  # the order of the text follows the numbering here
    order = {nr: i for i, nr in enumerate(present)}
    i = data.draw(st.integers(0, len(present) - 2))
    j = data.draw(st.integers(i + 1, len(present) - 1))
    got = with_range(order, _range(present[i], present[j], apart=apart))
    expected = present[i + 1:j] + ([] if apart else [present[j]])
    assert [a.artikel for a in got.ook] == expected
    assert got.adres == Adres.of(("artikel", present[i]))


@given(st.lists(st.sampled_from(NUMBERS), min_size=1, max_size=10, unique=True), st.data())
@settings(max_examples=200)
def test_a_last_artikel_that_is_not_there_is_kept_with_those_numbered_below_it(present: list[str],
                                                                               data: st.DataObject) -> None:
    present = sorted(present, key=NUMBERS.index)
    missing = [n for n in NUMBERS if n not in present and NUMBERS.index(n) > NUMBERS.index(present[0])]
    if not missing:
        return
    last = data.draw(st.sampled_from(missing))
    got = with_range({nr: i for i, nr in enumerate(present)}, _range(present[0], last))
    below = [n for n in present[1:] if NUMBERS.index(n) < NUMBERS.index(last)]
    assert [a.artikel for a in got.ook] == [*below, last]  # reported: the words name it


def test_what_is_not_a_range_of_this_regeling_is_left_alone() -> None:
    order = {"1": 0, "2": 1, "3": 2}
    other = _range("1", "3", soort="extern")
    assert with_range(order, other) is other  # another law's order is not known here
    plain = Gevonden(0, 5, "intern", "BWBR9", Adres.of(("artikel", "2")))
    assert with_range(order, plain) is plain
    assert [a.artikel for a in with_range(order, _range("9", "3")).ook] == ["3"]  # a first one not there: its end only
