"""The reference extractor on invented sentences (no real law text), one per citation form."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wetgeving.locatie import Adres
from wetgeving.model import Alinea
from wetgeving.verwijzingen.extract import Extractor, Gevonden
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
     [("artikel 4:8 van de Proefwet 2000", "extern", "jci1.3:c:BWBR2222222&artikel=4:8")]),
    ("de Wet op de proefdieren is van toepassing", [("Wet op de proefdieren", "regeling", "jci1.3:c:BWBR1111111")]),
    ("richtlijn 2004/38/EG", [("richtlijn 2004/38/EG", "eu", "celex:32004L0038")]),
    ("verordening (EEG) nr. 1612/68", [("verordening (EEG) nr. 1612/68", "eu", "celex:31968R1612")]),
    # the roman artikel of an amending act, before that act (Gemeentewet 292); alone it is no artikel of this law
    ("voor inwerkingtreding van Artikel I van de Proefwet 2000 blijft",
     [("Artikel I van de Proefwet 2000", "extern", "jci1.3:c:BWBR2222222&artikel=I")]),
    ("van artikel IX, onderdeel B, van de Proefwet 2000", [("Proefwet 2000", "regeling", "jci1.3:c:BWBR2222222")]),
    ("zie artikel I hierboven", []),
    ("artikel I 2a, eerste lid", [("artikel I 2a, eerste lid", "intern", f"jci1.3:c:{OWN}&artikel=I_2a&lid=1")]),
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


def test_a_list_of_leden_or_onderdelen_points_at_its_first() -> None:
    """An address names one unit (a JCI has one ``o=``): "onder a, b en c" is cited at onderdeel a, as "eerste en
    derde lid" is at the eerste lid; "onderdeel f en onderdeel g" and "eerste lid en derde lid" do not end the
    chain before its law, and the second part is a sibling, not a deeper unit."""
    assert [d for _, _, d in refs("bedoeld in artikel 31, eerste lid, onder a, b en c, van de Proefwet 2000.")] == [
        "jci1.3:c:BWBR2222222&artikel=31&lid=1&o=a"]
    assert [d for _, _, d in refs("bedoeld in artikel 31, eerste lid, onderdeel f en onderdeel g, van de Proefwet 2000, "
                                  "tenzij")] == ["jci1.3:c:BWBR2222222&artikel=31&lid=1&o=f"]
    assert [d for _, _, d in refs("genoemd in artikel 9, eerste lid en derde lid, eerste volzin, en artikel 10 van de "
                                  "Proefwet 2000")] == ["jci1.3:c:BWBR2222222&artikel=9&lid=1",
                                                        "jci1.3:c:BWBR2222222&artikel=10"]
    assert [d for _, _, d in refs("artikel 32, onder 1°, 2° en 4°, van de Proefwet 2000")] == [
        "jci1.3:c:BWBR2222222&artikel=32&o=1"]
    assert [d for _, _, d in refs("artikel 5, onder a, onder 1°, geldt")] == [f"jci1.3:c:{OWN}&artikel=5&o=a&o=1"]


def test_a_restarting_en_artikel_takes_the_law_for_itself() -> None:
    """"de artikelen 17, eerste lid, of 36b, vierde lid, en artikel 30c, derde lid, van de Wet …" (the form of
    Participatiewet 18a): the law at the end is 30c's; 17 and 36b are this regeling's. Not after one "artikel"
    (all of the law), and not after "juncto artikel" (which joins provisions of the same law)."""
    found = refs("bedoeld in de artikelen 17, eerste lid, of 36b, vierde lid, en artikel 30c, derde lid, van de "
                 "Proefwet 2000 niet")
    assert [(k, d) for _, k, d in found] == [("intern", f"jci1.3:c:{OWN}&artikel=17&lid=1"),
                                             ("intern", f"jci1.3:c:{OWN}&artikel=36b&lid=4"),
                                             ("extern", "jci1.3:c:BWBR2222222&artikel=30c&lid=3")]
    found = refs("genoemd in artikel 9, eerste lid, artikel 10, tweede lid, en artikel 19 van de Proefwet 2000.")
    assert {k for _, k, _ in found} == {"extern"}
    found = refs("met toepassing van de artikelen 51 en 52, eerste lid, juncto artikel 8, tweede lid, van de "
                 "Proefwet 2000 in te stellen")
    assert {k for _, k, _ in found} == {"extern"}


def test_a_clause_inside_a_list_of_artikelen() -> None:
    """"J 16, met uitzondering van de voorschriften die …, J 17, tweede lid, J 18" (the form of Kieswet N 15):
    the list goes on after the clause."""
    found = refs("De artikelen J 12, J 16, met uitzondering van de voorschriften die betrekking hebben op stemhokjes, "
                 "J 17, tweede lid, en J 18 zijn van overeenkomstige toepassing.")
    assert [t for t, _, _ in found] == ["artikelen J 12", "J 16", "J 17, tweede lid", "J 18"]
    found = refs("artikel 5, met uitzondering van de gevallen bedoeld in 3 jaar, 7 dagen")  # numbers: not a clause
    assert [t for t, _, _ in found] == ["artikel 5"]


def test_a_missing_artikel_is_another_laws_only_when_that_law_is_named_in_the_same_text() -> None:
    """"De artikelen 22 en 86, eerste lid, zijn van overeenkomstige toepassing" after a lid that named another law
    (Gemeentewet 155g, 2023-04-01, artikel 86 repealed): still this regeling's. After "van de Proefwet 2000 …
    de artikelen 5 en 7c" in the same text, a missing 7c makes the list that law's."""
    ex = Extractor(OWN, REG, exists=lambda soort, nr: nr != "86" and nr != "7c")
    found = ex.find("De artikelen 22 en 86, eerste lid, zijn van overeenkomstige toepassing.", "5",
                    last_law="BWBR2222222")
    assert [g.doel for g in found] == [f"jci1.3:c:{OWN}&artikel=22", f"jci1.3:c:{OWN}&artikel=86&lid=1"]
    found = ex.find("blijven van de Proefwet 2000 buiten toepassing de artikelen 5 en 7c.", "5")
    assert [g.doel for g in found][1:] == ["jci1.3:c:BWBR2222222&artikel=5", "jci1.3:c:BWBR2222222&artikel=7c"]


_LETTERS = st.sampled_from(["a", "b", "c", "d", "f", "g", "k", "aa", "i", "ii", "iv"])
_NUMS = st.sampled_from(["1°", "2°", "3°", "4", "12"])


@given(st.one_of(st.lists(_LETTERS, min_size=1, max_size=5), st.lists(_NUMS, min_size=1, max_size=4)),
       st.sampled_from(["onder", "onderdeel", "onderdelen", "sub"]), st.sampled_from([" en ", " of ", ", "]),
       st.sampled_from(["", ", van de Proefwet 2000", " van deze wet"]), st.booleans())
@settings(max_examples=200)
def test_a_listed_onderdeel_is_one_unit(items: list[str], word: str, last_sep: str, law: str, lid: bool) -> None:
    """Whatever list of onderdelen is cited, the target names one onderdeel: the first one."""
    listed = items[0] if len(items) == 1 else ", ".join(items[:-1]) + last_sep + items[-1]
    text = f"bedoeld in artikel 31{', tweede lid' if lid else ''}, {word} {listed}{law}, geldt niet."
    found = Extractor(OWN, REG).find(text, "1")
    assert len(found) == 1, text
    adres = found[0].adres
    assert adres is not None and adres.segmenten[-1] == ("onderdeel", items[0].rstrip("°")), text
    # the others are cited too, in the same lid
    assert [a.segmenten[-1][1] for a in found[0].ook] == [o.rstrip("°") for o in items[1:]], text
    assert all(a.parent == adres.parent for a in found[0].ook), text
    assert found[0].bwb_id == ("BWBR2222222" if "Proefwet" in law else OWN), text


def test_the_other_leden_and_onderdelen_of_a_list_are_cited_too() -> None:
    """``Gevonden.ook``: what else the same words cite, so that "what cites lid 3" finds "eerste en derde lid"."""
    def ook(text: str) -> list[str]:
        return [str(a) for a in Extractor(OWN, REG).find(text, "7")[0].ook]

    assert ook("bedoeld in artikel 30c, tweede en derde lid, geldt") == ["artikel:30c/lid:3"]
    assert ook("artikel 18b, tweede tot en met vierde lid, geldt") == ["artikel:18b/lid:3", "artikel:18b/lid:4"]
    assert ook("artikel 9, eerste lid en derde lid, eerste volzin") == ["artikel:9/lid:3"]
    assert ook("artikel 31, eerste lid, onderdeel f en onderdeel g") == ["artikel:31/lid:1/onderdeel:g"]
    assert ook("artikel 5, onder a tot en met c, geldt") == ["artikel:5/onderdeel:b", "artikel:5/onderdeel:c"]
    assert ook("het eerste lid van artikel 5") == []
    assert ook("Het tweede of derde lid geldt") == ["artikel:7/lid:3"]  # relative, in artikel 7


def _cited(found: list[Gevonden]) -> list[tuple[str, str, list[str]]]:
    return [(g.soort, str(g.adres), [str(a) for a in g.ook]) for g in found]


def test_the_onderdeel_after_a_second_lid_is_that_lids() -> None:
    """"zesde lid, onder a, en zevende lid, onder a" (the form of Gemeentewet 81d, tweede lid): onderdeel a of the
    zevende lid, not an onderdeel a inside onderdeel a of the zesde."""
    found = Extractor(OWN, REG).find("bedoeld in artikel 8, zesde lid, onder a, en zevende lid, onder a, geldt", "1")
    assert _cited(found) == [("intern", "artikel:8/lid:6/onderdeel:a", ["artikel:8/lid:7/onderdeel:a"])]
    found = Extractor(OWN, REG).find("artikel 8, eerste lid, en tweede lid, onder a en onder b, geldt", "1")
    assert _cited(found) == [("intern", "artikel:8/lid:1", ["artikel:8/lid:2/onderdeel:a", "artikel:8/lid:2/onderdeel:b"])]


def test_the_leden_of_that_artikel_are_the_artikel_cited_before() -> None:
    """"artikel 36b, eerste lid, en het tweede of derde lid van dat artikel" (the form of Gemeentewet 46): leden of
    artikel 36b, in the law it belongs to; not leden of the artikel being read."""
    ex = Extractor(OWN, REG)
    found = ex.find("een functie als bedoeld in artikel 12, eerste lid, en het tweede of derde lid van dat artikel "
                    "niet van toepassing zijn", "46")
    assert _cited(found)[1] == ("intern", "artikel:12/lid:2", ["artikel:12/lid:3"])
    found = ex.find("bedoeld in artikel 19 van de Proefwet 2000 zijn de krachtens het elfde lid van dat artikel, "
                    "aanhef en onder b, gestelde regels", "46")
    assert (found[1].soort, found[1].doel) == ("extern", "jci1.3:c:BWBR2222222&artikel=19&lid=11&o=b")
    assert ex.find("Het tweede lid van dat artikel geldt niet.", "46") == []  # no artikel before it: not guessed


def test_a_relative_lid_this_artikel_lacks_is_the_artikel_cited_before() -> None:
    """"Het tweede tot en met zevende lid van artikel G 1 zijn van toepassing, met dien verstande dat voor de
    toepassing van het zevende lid …" in an artikel of three leden (the form of Kieswet Q 6): lid 7 of G 1. Only
    when the own artikel lacks the lid and the artikel cited before has it."""
    have = {"artikel:Q 6/lid:1", "artikel:Q 6/lid:3", "artikel:G 1/lid:7", "artikel:G 1/lid:2"}
    ex = Extractor(OWN, REG, unit_exists=lambda a: str(a) in have)
    text = "Bij de toepassing van artikel G 1 het zevende lid iets anders."  # the form of Gemeentewet 155h, onder e
    assert _cited(ex.find(text, "Q 6"))[1] == ("intern", "artikel:G 1/lid:7", [])
    assert _cited(ex.find(text.replace("zevende", "derde"), "Q 6"))[1] == ("relatief", "artikel:Q 6/lid:3", [])
    assert _cited(ex.find(text.replace("zevende", "vijfde"), "Q 6"))[1] == ("relatief", "artikel:Q 6/lid:5", [])


def test_the_leden_after_a_range_are_its_last_artikels() -> None:
    """"De artikelen P 1b tot en met P 1d, eerste, derde en vierde lid" (the form of Kieswet P 1h): the leden are P 1d's."""
    found = Extractor(OWN, REG).find("De artikelen P 1b tot en met P 1d, eerste, derde en vierde lid, zijn van toepassing.", "1")
    assert _cited(found) == [("intern", "artikel:P 1b", []),
                             ("intern", "artikel:P 1d/lid:1", ["artikel:P 1d/lid:3", "artikel:P 1d/lid:4"])]
    assert found[0].einde - found[0].start == len("artikelen P 1b tot en met")


@given(st.lists(st.tuples(st.integers(1, 20), st.integers(0, 3)), min_size=1, max_size=4))
def test_lid_lists_with_ranges(parts: list[tuple[int, int]]) -> None:
    """A list of ordinals with ranges ("tweede tot en met zevende en negende") gives every lid once, in order."""
    from wetgeving.nummers import ordinal
    from wetgeving.verwijzingen.extract import _lid_nrs

    expected: list[int] = []
    words: list[str] = []
    for lo, span in parts:
        lo = max(lo, (expected[-1] + 1) if expected else 1)
        hi = lo + span
        if hi > 20:
            break
        expected += range(lo, hi + 1)
        words.append(ordinal(lo) if span == 0 else f"{ordinal(lo)} tot en met {ordinal(hi)}")
    text = words[0] if len(words) == 1 else ", ".join(words[:-1]) + " en " + words[-1] if words else ""
    assert _lid_nrs(text) == [str(n) for n in expected]


def test_a_missing_space_after_en_does_not_end_a_list() -> None:
    """"66 en142a van de Proefwet 2000" (a typo of the form of Participatiewet 78g): 142a is in the list, and the
    law at its end is the whole list's."""
    found = refs("De artikelen 14, 66 en142a van de Proefwet 2000 vervallen.")
    assert [d for _, _, d in found] == [f"jci1.3:c:BWBR2222222&artikel={n}" for n in ("14", "66", "142a")]


def test_a_lid_after_van_overeenkomstige_toepassing_met_dien_verstande_is_the_applied_artikels() -> None:
    """"Artikel 4, tweede tot en met vierde lid, is van overeenkomstige toepassing, met dien verstande dat in het
    tweede lid …" (the form of Kieswet E 8, tweede lid): artikel 4's tweede lid, also in another law; without an
    artikel made applicable in the same sentence, the lid is the own artikel's."""
    assert _cited(Extractor(OWN, REG).find("Artikel 4, tweede tot en met vierde lid, is van overeenkomstige toepassing, "
                                           "met dien verstande dat in het tweede lid iets anders geldt.", "8"))[1] == \
        ("intern", "artikel:4/lid:2", [])
    found = Extractor(OWN, REG).find("Artikel 5 van de Proefwet 2000 is van toepassing, met dien verstande dat het "
                                     "tweede lid niet geldt.", "8")
    assert (found[1].soort, found[1].doel) == ("extern", "jci1.3:c:BWBR2222222&artikel=5&lid=2")
    for own in ("Het derde lid is van overeenkomstige toepassing, met dien verstande dat het derde lid anders luidt.",
                "De raad beslist, met dien verstande dat in het tweede lid iets geldt.",
                "Artikel 12 is van toepassing. Met dien verstande dat het tweede lid geldt."):
        assert _cited(Extractor(OWN, REG).find(own, "8"))[-1] == ("relatief", str(_lid("8", own)), []), own


def _lid(artikel: str, text: str) -> str:
    from wetgeving.verwijzingen.extract import _lid_nrs

    words = text.split(" lid")[-2].split()[-1]
    return f"artikel:{artikel}/lid:{_lid_nrs(words)[0]}"


def test_behoudens_and_ranges_with_het_and_a_lid_after_onderdelen() -> None:
    """"artikel 81f, behoudens het eerste lid, onder k en o" (Gemeentewet 81oa, derde lid, 2022-11-05); "eerste tot
    en met het derde lid" (Kieswet O 16a); "eerste lid, onderdelen a en b, tweede tot en met het vierde lid"
    (Participatiewet 41, negende lid)."""
    found = Extractor(OWN, REG).find("is artikel 81f, behoudens het eerste lid, onder k en o, van toepassing", "1")
    assert _cited(found) == [("intern", "artikel:81f", [])]  # 81f applies, without the parts excepted
    assert [str(a) for a in found[0].behalve] == ["artikel:81f/lid:1/onderdeel:k", "artikel:81f/lid:1/onderdeel:o"]
    assert _cited(Extractor(OWN, REG).find("artikel 16, eerste tot en met het derde lid, geldt", "1")) == \
        [("intern", "artikel:16/lid:1", ["artikel:16/lid:2", "artikel:16/lid:3"])]
    assert _cited(Extractor(OWN, REG).find("artikel 52, eerste lid, onderdelen a en b, tweede tot en met het vierde lid",
                                           "1"))[0][2] == ["artikel:52/lid:1/onderdeel:b", "artikel:52/lid:2",
                                                           "artikel:52/lid:3", "artikel:52/lid:4"]


def test_a_list_of_artikelen_goes_on_after_a_law_and_zoals_luidden_marks_it_all() -> None:
    """"de artikelen 8, eerste lid, van deze wet, 35 van de Proefwet 2000 en 36 van de Wet op de proefdieren, zoals
    deze wetten luidden op …" (the form of Participatiewet 78z, zesde lid): 35 and 36 are found, each in its law, and
    all three are references to an earlier text; the singular "zoals dat artikel luidde" marks only the one before."""
    found = Extractor(OWN, REG).find("op grond van de artikelen 8, eerste lid, van deze wet, 35 van de Proefwet 2000 en "
                                     "36 van de Wet op de proefdieren, zoals deze wetten luidden op de dag voor …", "1")
    assert [(g.doel, g.historisch) for g in found] == [(f"jci1.3:c:{OWN}&artikel=8&lid=1", True),
                                                      ("jci1.3:c:BWBR2222222&artikel=35", True),
                                                      ("jci1.3:c:BWBR1111111&artikel=36", True)]
    found = Extractor(OWN, REG).find("De artikelen 5 en 86 zoals dat artikel luidde voor de wijziging.", "1")
    assert [g.historisch for g in found] == [False, True]
    assert [g.historisch for g in Extractor(OWN, REG).find("de artikelen 5 en 6 van de Proefwet 2000, 7 dagen", "1")] \
        == [False, False]


def test_a_container_of_a_container_of_another_law_is_that_laws() -> None:
    """"§ 2 van hoofdstuk 6 van de Proefwet 2000" (the form of Kieswet Ya 42, vijfde lid): paragraaf 2 is the
    Proefwet's too, not this regeling's; "paragraaf 2 van hoofdstuk L" without a law stays this regeling's, and is
    one reference to L's paragraaf 2 (Kieswet K 8: not the first paragraaf 2 of the law, in hoofdstuk E)."""
    found = refs("met toepassing van § 2 van hoofdstuk 6 van de Proefwet 2000 staat beroep open")
    assert [(t, d) for t, _, d in found] == [("§ 2", "jci1.3:c:BWBR2222222&paragraaf=2"),
                                             ("hoofdstuk 6 van de Proefwet 2000", "jci1.3:c:BWBR2222222&hoofdstuk=6")]
    assert refs("overeenkomstig paragraaf 2 van hoofdstuk L is toegestaan") == [
        ("paragraaf 2 van hoofdstuk L", "intern", f"jci1.3:c:{OWN}&hoofdstuk=L&paragraaf=2")]


def test_a_relative_lid_keeps_its_onderdeel_and_a_word_is_no_onderdeel() -> None:
    """"het eerste lid, onderdeel b" (Participatiewet 34, vierde lid) is onderdeel b of lid 1; in "het eerste lid,
    onder b, zo spoedig mogelijk" (Kieswet M 6) «zo» is no onderdeel; doubled letters are ("onder aa en bb")."""
    assert _cited(Extractor(OWN, REG).find("middelen als bedoeld in het eerste lid, onderdeel b, gelden", "34")) == \
        [("relatief", "artikel:34/lid:1/onderdeel:b", [])]
    assert _cited(Extractor(OWN, REG).find("het overzicht, bedoeld in het eerste lid, onder b, zo spoedig", "6")) == \
        [("relatief", "artikel:6/lid:1/onderdeel:b", [])]
    assert _cited(Extractor(OWN, REG).find("bedoeld in artikel 78, onder aa en bb, geldt", "6")) == \
        [("intern", "artikel:78/onderdeel:aa", ["artikel:78/onderdeel:bb"])]


def test_an_exception_is_of_the_unit_cited_before_it_and_ends_with_the_item() -> None:
    """"met uitzondering van" after a lid excepts a part of that lid; in a list the next artikel is cited whole
    ("de artikelen 58, met uitzondering van het eerste lid, en 59", Participatiewet 60, derde lid)."""
    found = Extractor(OWN, REG).find("artikel 12, eerste lid, met uitzondering van onderdeel a, is van toepassing", "1")
    assert [(str(g.adres), [str(a) for a in g.behalve]) for g in found] == [
        ("artikel:12/lid:1", ["artikel:12/lid:1/onderdeel:a"])]
    found = Extractor(OWN, REG).find("als bedoeld in de artikelen 58, met uitzondering van het eerste lid, en 59", "1")
    assert [(str(g.adres), [str(a) for a in g.behalve]) for g in found] == [
        ("artikel:58", ["artikel:58/lid:1"]), ("artikel:59", [])]
    found = Extractor(OWN, REG).find("de artikelen 9, met uitzondering van het eerste lid, onderdelen b en c, 15, "
                                     "tweede lid, en 17", "1")
    assert [(str(g.adres), [str(a) for a in g.behalve]) for g in found] == [
        ("artikel:9", ["artikel:9/lid:1/onderdeel:b", "artikel:9/lid:1/onderdeel:c"]), ("artikel:15/lid:2", []),
        ("artikel:17", [])]


def test_the_onderdelen_of_met_dien_verstande_dat_name_the_applied_artikels_leden() -> None:
    """An alinea ending "…, met dien verstande dat:" carries the artikel it makes applicable to the alineas after it
    (its onderdelen): their relative lid is that artikel's when it has the lid; after a plural list of artikelen it is
    not known whose, and the lid stays relative."""
    have = {"artikel:4/lid:2", "artikel:6/lid:2"}
    ex = Extractor(OWN, REG, unit_exists=lambda a: str(a) in have)
    run = list(ex.find_run([Alinea("Artikel 4, tweede lid, is van overeenkomstige toepassing, met dien verstande dat:")],
                           "6"))
    assert ex.last_applied is not None and str(ex.last_applied.adres) == "artikel:4/lid:2" and len(run[0][1]) == 1
    [(_, found)] = ex.find_run([Alinea("in het tweede lid wordt gelezen: een ander woord.")], "6", applied=ex.last_applied)
    assert [(g.soort, str(g.adres)) for g in found] == [("intern", "artikel:4/lid:2")]
    [(_, found)] = ex.find_run([Alinea("in het tweede lid wordt gelezen: een ander woord.")], "6")
    assert [(g.soort, str(g.adres)) for g in found] == [("relatief", "artikel:6/lid:2")]
    list(ex.find_run([Alinea("De artikelen 4 tot en met 5 zijn van toepassing, met dien verstande dat:")], "6"))
    assert ex.last_applied is None


def test_an_onderdeel_on_its_own_is_read_where_it_can_be_placed() -> None:
    """"in onderdeel l bedoelde" in onderdeel m of a lid is that lid's onderdeel l (a sibling); in a sub-onderdeel, the
    nearest unit around it that has the onderdeel; after "<lid> in plaats van" that lid's; one no unit around has is
    not read (whose it is cannot be told), nor "onderdeel a van …" (its unit follows)."""
    have = {"artikel:31/lid:2/onderdeel:l", "artikel:31/lid:2/onderdeel:y", "artikel:31/lid:2/onderdeel:z",
            "artikel:4/lid:2", "artikel:4/lid:2/onderdeel:b"}
    ex = Extractor(OWN, REG, unit_exists=lambda a: str(a) in have)

    def read(text: str, eenheid: str) -> list[tuple[str, str, list[str]]]:
        return _cited(ex.find(text, Adres.parse(eenheid).artikel, eenheid=Adres.parse(eenheid)))

    assert read("andere dan de in onderdeel l bedoelde vergoedingen", "artikel:31/lid:2/onderdeel:m") == [
        ("relatief", "artikel:31/lid:2/onderdeel:l", [])]
    assert read("voor zover onderdeel y of z niet van toepassing is", "artikel:31/lid:2/onderdeel:r/onderdeel:2") == [
        ("relatief", "artikel:31/lid:2/onderdeel:y", ["artikel:31/lid:2/onderdeel:z"])]
    assert read("artikel 4, tweede lid, in plaats van onderdeel b wordt gelezen", "artikel:8/lid:2") == [
        ("intern", "artikel:4/lid:2", []), ("intern", "artikel:4/lid:2/onderdeel:b", [])]
    assert read("in onderdeel h bedoelde gevallen", "artikel:31/lid:2/onderdeel:m") == []
    assert read("onderdeel l van de bijlage", "artikel:31/lid:2/onderdeel:m") == []
    assert _cited(Extractor(OWN, REG).find("in onderdeel l bedoelde", "31")) == []  # no regeling to place it in


def test_a_run_after_artikel_colon_reads_numbers_and_no_sibling_after_a_bare_number() -> None:
    """An onderdeel that begins with a number after "bedoeld in artikel:" (``continues``) cites that artikel; without
    it, "21, onderdeel b" is an artikel's onderdeel, never read as a sibling of the unit being read; "onderdeel n van
    toepassing" is read ("onderdeel a van de bijlage" is not)."""
    have = {"artikel:22a/lid:1/onderdeel:b", "artikel:31/lid:2/onderdeel:n"}
    ex = Extractor(OWN, REG, unit_exists=lambda a: str(a) in have)
    eenheid = Adres.parse("artikel:22a/lid:1/onderdeel:a")
    [(_, found)] = ex.find_run([Alinea("21, onderdeel b, indien de belanghebbende jonger is;")], "22a", eenheid=eenheid,
                               continues=True)
    assert _cited(found) == [("intern", "artikel:21/onderdeel:b", [])]
    [(_, found)] = ex.find_run([Alinea("21, onderdeel b, indien de belanghebbende jonger is;")], "22a", eenheid=eenheid)
    assert _cited(found) == []
    list(ex.find_run([Alinea("B voor de norm, bedoeld in artikel:")], "22a"))
    assert ex.last_continues
    found = ex.find("tenzij onderdeel n van toepassing is", "31", eenheid=Adres.parse("artikel:31/lid:2/onderdeel:y"))
    assert _cited(found) == [("relatief", "artikel:31/lid:2/onderdeel:n", [])]


def test_onder_on_its_own_only_after_bedoeld_or_genoemd_and_a_lid_cited_before() -> None:
    """"bedoeld onder a" is a sibling onderdeel; "onder voorwaarden" or "onder a" without such a word before it is no
    reference; an onderdeel that no unit around the text has may be one of the lid cited before it in the alinea."""
    have = {"artikel:6/lid:1/onderdeel:a", "artikel:31/lid:2", "artikel:31/lid:2/onderdeel:j"}
    ex = Extractor(OWN, REG, unit_exists=lambda a: str(a) in have)
    here = Adres.parse("artikel:6/lid:1/onderdeel:b")
    assert _cited(ex.find("de som van de aantallen stemmen, bedoeld onder a.", "6", eenheid=here)) == [
        ("relatief", "artikel:6/lid:1/onderdeel:a", [])]
    assert _cited(ex.find("onder voorwaarden, en onder a ook", "6", eenheid=here)) == []
    found = ex.find("bedoeld in het tweede lid, met dien verstande dat onderdeel j wel van toepassing is", "31",
                    eenheid=Adres.parse("artikel:31/lid:5"))
    assert _cited(found)[-1] == ("relatief", "artikel:31/lid:2/onderdeel:j", [])


_NEXT_NR = {"9": "12", "81f": "12", "P 1b": "P 2", "4:8": "4:9"}  # an artikel after it, numbered alike


@given(st.sampled_from(sorted(_NEXT_NR)), st.sampled_from(["", ", eerste lid"]),
       st.sampled_from(["behoudens", "met uitzondering van"]), st.sampled_from(["het tweede lid", "het derde lid", ""]),
       st.one_of(st.just([]), st.lists(_LETTERS, min_size=1, max_size=3)), st.sampled_from([" en", ", van de Proefwet 2000", ""]))
@settings(max_examples=200)
def test_an_exception_never_becomes_the_target(nr: str, lid: str, word: str, exc_lid: str, onders: list[str],
                                                after: str) -> None:
    """"artikel N[, eerste lid], behoudens [het M lid][, onder x en y]": the target is what comes before the exception,
    every part after it is in ``behalve`` (under that target), and an item after it is cited whole."""
    if lid:
        exc_lid = ""  # the exception of a lid is a part of it
    if not exc_lid and not onders:
        return
    after = f" en {_NEXT_NR[nr]}" if after == " en" else after
    listed = "" if not onders else ("onder " + (onders[0] if len(onders) == 1 else ", ".join(onders[:-1]) + " en " + onders[-1]))
    parts = ", ".join(p for p in (exc_lid, listed) if p)
    text = f"is artikel {nr}{lid}, {word} {parts}{after}, van toepassing."
    found = Extractor(OWN, REG).find(text, "1")
    target = Adres.of(("artikel", nr), *([("lid", "1")] if lid else []))
    assert found[0].adres == target and found[0].ook == (), text
    assert found[0].behalve and all(a.is_within(target) and a != target for a in found[0].behalve), text
    assert [a.segmenten[-1][1] for a in found[0].behalve if a.segmenten[-1][0] == "onderdeel"] == onders, text
    if after.startswith(" en"):
        assert found[1].adres == Adres.of(("artikel", _NEXT_NR[nr])) and found[1].behalve == (), text


def test_what_follows_met_uitzondering_van_is_named_as_an_exception() -> None:
    """The reference after "met uitzondering van", the rest of a plural list and what "en" joins to it; not what a
    comma after a singular one goes on with (Participatiewet 47a, tweede lid)."""
    reg = Titelregister({"Kaderwet zelfstandige bestuursorganen": "BWBR0020495"})

    def marked(text: str) -> list[tuple[str, bool]]:
        return [(text[g.start:g.einde], g.als_uitzondering) for g in Extractor(OWN, reg).find(text, "1")]

    assert marked("De Kaderwet zelfstandige bestuursorganen is van toepassing, met uitzondering van de artikelen 12, "
                  "21 en 22.") == [("Kaderwet zelfstandige bestuursorganen", False), ("artikelen 12", True),
                                   ("21", True), ("22", True)]
    assert [m for m in marked("hoofdstuk 2, met uitzondering van artikel 18, hoofdstuk 3 en de artikelen 79 en 80 zijn "
                              "van toepassing") if m[1]] == [("artikel 18", True)]
    assert marked("zijn niet van toepassing, met uitzondering van hoofdstuk 2 en de paragrafen 6.1 tot en met 6.5, met "
                  "dien verstande") == [("hoofdstuk 2", True), ("paragrafen 6.1 tot en met 6.5", True)]
    assert not any(g for _, g in marked("De artikelen 12 en 13 zijn van toepassing."))


def test_het_between_listed_leden_and_a_lid_range_after_a_lid() -> None:
    assert [str(a) for a in Extractor(OWN, REG).find("het eerste en het derde lid", "7")[0].ook] == ["artikel:7/lid:3"]
    found = Extractor(OWN, REG).find("bedoeld in het eerste lid tot en met derde lid, gelden", "7")
    assert [str(found[0].adres), *map(str, found[0].ook)] == ["artikel:7/lid:1", "artikel:7/lid:2", "artikel:7/lid:3"]
    found = Extractor(OWN, REG).find("De artikelen 100, tweede lid, tot en met 104 zijn van toepassing", "7")
    assert (str(found[0].adres), found[0].tot_en_met) == ("artikel:100/lid:2", "104")
