from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wetgeving.errors import AddressError
from wetgeving.locatie import SOORTEN, Adres, Jci, to_jci

# Numbers as they occur: no '/', ':' or '_' (JCI writes a space as '_'), no outer whitespace.
NR = st.text(
    alphabet=st.characters(blacklist_characters="/:_&=%", blacklist_categories=("Cs", "Cc", "Zl", "Zp")),
    min_size=1, max_size=6,
).map(str.strip).filter(lambda s: (bool(s) and " " not in s.strip()) or bool(s))
NR = NR.filter(lambda s: bool(s) and s == s.strip() and "\t" not in s and "\n" not in s)
SEGMENT = st.tuples(st.sampled_from(SOORTEN), NR)
ADRES = st.lists(SEGMENT, min_size=1, max_size=5).map(lambda s: Adres(tuple(s)))
ART_ADRES = st.tuples(NR, st.lists(st.tuples(st.sampled_from(["lid", "onderdeel"]), NR), max_size=3)).map(
    lambda t: Adres((("artikel", t[0]), *t[1]))
)


@given(ADRES)
def test_parse_str_inverse(a: Adres) -> None:
    assert Adres.parse(str(a)) == a


@given(ART_ADRES, st.dates(min_value=date(1800, 1, 1), max_value=date(2200, 1, 1)) | st.none())
def test_jci_round_trip(a: Adres, d: date | None) -> None:
    j = Jci.parse(to_jci("BWBR0005416", a, d))
    assert j.bwb_id == "BWBR0005416"
    assert j.adres == a
    assert j.z == d and j.g == d


def test_examples() -> None:
    a = Adres.parse("artikel:36a/lid:2/onderdeel:b")
    assert str(a) == "artikel:36a/lid:2/onderdeel:b"
    assert to_jci("BWBR0005416", a, date(2023, 4, 1)) == (
        "jci1.3:c:BWBR0005416&artikel=36a&lid=2&o=b&z=2023-04-01&g=2023-04-01"
    )
    assert a.citation("Gemeentewet") == "artikel 36a, tweede lid, onder b, Gemeentewet"
    assert Adres.parse("artikel:P 19").citation() == "artikel P 19"


def test_real_bwb_jci_forms() -> None:
    # as found in the official Kieswet XML: structure before the artikel, space written as '_'
    j = Jci.parse("jci1.3:c:BWBR0004627&afdeling=II&hoofdstuk=P&paragraaf=3&artikel=P_15&z=2025-08-01&g=2025-08-01")
    assert str(j.adres) == "artikel:P 15"
    j = Jci.parse("jci1.3:c:BWBR0015703&hoofdstuk=1&paragraaf=1.2&artikel=7&lid=1&o=a&o=1&z=2024-01-01&g=2024-01-01")
    assert str(j.adres) == "artikel:7/lid:1/onderdeel:a/onderdeel:1"
    j = Jci.parse("1.0:c:BWBR0004627&artikel=P%2019&g=2025-08-01")
    assert str(j.adres) == "artikel:P 19" and j.z is None
    assert Jci.parse("jci1.3:c:BWBR0007795").adres is None


@pytest.mark.parametrize("bad", ["", "artikel", "artikel:", "foo:1", "artikel:36a//lid:2", "artikel: 3"])
def test_bad_addresses(bad: str) -> None:
    with pytest.raises(AddressError):
        Adres.parse(bad)


@pytest.mark.parametrize("bad", ["BWBR0005416", "jci1.3:c:BWBR00", "jci1.3:c:BWBR0005416&foo=1",
                                 "jci1.3:c:BWBR0005416&z=2023-13-01", "jci1.3:c:BWBR0005416&artikel"])
def test_bad_jci(bad: str) -> None:
    with pytest.raises(AddressError):
        Jci.parse(bad)


def test_containment() -> None:
    a = Adres.parse("artikel:36a/lid:2/onderdeel:b")
    assert a.is_within(Adres.parse("artikel:36a"))
    assert not Adres.parse("artikel:36").is_within(Adres.parse("artikel:36a"))
    assert a.parent == Adres.parse("artikel:36a/lid:2")
    assert Adres.parse("artikel:1").parent is None
