"""The reference extractor on invented sentences (no real law text), one per citation form."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wetgeving.verwijzingen.extract import Extractor
from wetgeving.verwijzingen.titels import Titelregister

OWN = "BWBR9999999"
REG = Titelregister({"Wet op de proefdieren": "BWBR1111111", "Proefwet 2000": "BWBR2222222", "Testwet": OWN})


def refs(text: str, artikel: str | None = "5") -> list[tuple[str, str, str]]:
    ex = Extractor(OWN, REG)
    return [(text[g.start:g.einde], g.soort, g.doel) for g in ex.find(text, artikel)]


@pytest.mark.parametrize(("text", "expected"), [
    ("zoals bedoeld in artikel 36a.", [("artikel 36a", "intern", f"jci1.3:c:{OWN}&artikel=36a")]),
    ("bedoeld in artikel 10, tweede lid, onder b, van toepassing",
     [("artikel 10, tweede lid, onder b", "intern", f"jci1.3:c:{OWN}&artikel=10&lid=2&o=b")]),
    ("artikel P 19, eerste lid", [("artikel P 19, eerste lid", "intern", f"jci1.3:c:{OWN}&artikel=P_19&lid=1")]),
    ("met toepassing van artikel 4:8 van de Proefwet 2000 wordt",
     [("artikel 4:8 van de Proefwet 2000", "extern", "jci1.3:c:BWBR2222222&artikel=4%3A8")]),
    ("de Wet op de proefdieren is van toepassing", [("Wet op de proefdieren", "regeling", "jci1.3:c:BWBR1111111")]),
    ("richtlijn 2004/38/EG", [("richtlijn 2004/38/EG", "eu", "celex:32004L0038")]),
    ("verordening (EEG) nr. 1612/68", [("verordening (EEG) nr. 1612/68", "eu", "celex:31968R1612")]),
])
def test_single_forms(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert refs(text) == expected


def test_lists_and_ranges() -> None:
    found = refs("De artikelen 12, 13, derde lid, en 15 tot en met 17 van de Proefwet 2000 gelden niet.")
    assert [(t, d) for t, _, d in found] == [
        ("artikelen 12", "jci1.3:c:BWBR2222222&artikel=12"),
        ("13, derde lid", "jci1.3:c:BWBR2222222&artikel=13&lid=3"),
        ("15 tot en met 17 van de Proefwet 2000", "jci1.3:c:BWBR2222222&artikel=15"),
    ]


def test_die_wet_refers_back() -> None:
    found = refs("Op grond van de Wet op de proefdieren geldt artikel 3 van die wet ook hier.")
    assert found[-1] == ("artikel 3 van die wet", "extern", "jci1.3:c:BWBR1111111&artikel=3")


def test_relative_and_containers() -> None:
    found = refs("Het eerste lid en het vorige lid gelden, alsmede hoofdstuk IV en dit artikel.", artikel="7")
    kinds = [(t, k) for t, k, _ in found]
    assert ("hoofdstuk IV", "intern") in kinds
    assert ("Het eerste lid", "relatief") in kinds and ("dit artikel", "relatief") in kinds


def test_not_references() -> None:
    assert refs("Een gemeente met 3 001 inwoners kiest 9 leden; het artikel is kort.") == []
    assert refs("De Testwet kan worden aangehaald als: Testwet.") == []  # its own citeertitel


def test_onderdelen_lists_stop_before_next_artikel() -> None:
    found = refs("de artikelen 9, eerste lid, onderdelen b en c, 15, tweede lid, en 16")
    assert [t for t, _, _ in found] == ["artikelen 9, eerste lid, onderdelen b en c", "15, tweede lid", "16"]


@given(st.text(alphabet=st.sampled_from(list("artikel 0123456789,.lidnedrtwoschv van de Proefwet 2000 ")), max_size=120))
@settings(max_examples=300)
def test_spans_are_sane(text: str) -> None:
    ex = Extractor(OWN, REG)
    found = ex.find(text, "1")
    for g in found:
        assert 0 <= g.start < g.einde <= len(text)
    for a, b in itertools.pairwise(found):
        assert a.einde <= b.start


def test_period_after_a_number_does_not_cut_the_list_from_its_law() -> None:
    """Some texts write a period after a number ("afdelingen 10.2.2. en 10.2.3. van de …")."""
    found = refs("zijn de afdelingen 4.1.2. en 4.1.3. van de Proefwet 2000 van toepassing.")
    assert [(k, d) for _, k, d in found] == [("extern", "jci1.3:c:BWBR2222222&afdeling=4.1.2"),
                                             ("extern", "jci1.3:c:BWBR2222222&afdeling=4.1.3")]
    found = refs("bedoeld in artikel 7.2.2., eerste lid, onderdeel a, van de Proefwet 2000; dan wel")
    assert [(k, d) for _, k, d in found] == [("extern", "jci1.3:c:BWBR2222222&artikel=7.2.2&lid=1&o=a")]
    found = refs("zoals bedoeld in artikel 12. De raad besluit.")  # a sentence's end stays one
    assert [(k, d) for _, k, d in found] == [("intern", f"jci1.3:c:{OWN}&artikel=12")]


def test_an_exception_between_containers_and_their_law() -> None:
    found = refs("Op het beroep zijn de hoofdstukken 3 en 6, met uitzondering van § 1 en § 3, van de Proefwet 2000 "
                 "van overeenkomstige toepassing.")
    assert [(k, d) for _, k, d in found] == [("extern", "jci1.3:c:BWBR2222222&hoofdstuk=3"),
                                             ("extern", "jci1.3:c:BWBR2222222&hoofdstuk=6"),
                                             ("extern", "jci1.3:c:BWBR2222222&paragraaf=1"),
                                             ("extern", "jci1.3:c:BWBR2222222&paragraaf=3")]


def test_an_akte_and_dat_boek_are_other_regelingen() -> None:
    found = refs("als gevolg van een verschuiving ingevolge artikel 5, tweede lid, tweede volzin, van de Akte.")
    assert [(k, d) for _, k, d in found] == [("onbekend", "")]
    ex = Extractor(OWN, REG)
    assert [g.titel for g in ex.find("ingevolge artikel 11, eerste lid, van de Akte bepaalde periode.")] == ["Akte"]
    ex = Extractor(OWN, REG)
    found_dat = ex.find("op de gronden genoemd in artikel 401 van dat boek;", "5", last_law="BWBR1111111")
    assert [g.doel for g in found_dat] == ["jci1.3:c:BWBR1111111&artikel=401"]
