"""Which target an internal reference has, on invented regelingen (no real law text): the law named in a lid's
aanhef is known in its onderdelen; the source's own link names a container cited by its short number; a
container in a source without structure cannot be checked."""

from __future__ import annotations

from datetime import date

from wetgeving.graaf import bouw
from wetgeving.model import Alinea, Artikel, Lid, Onderdeel, Regeling, Structuur, Verwijzing
from wetgeving.verwijzingen.titels import Titelregister

REGISTER = Titelregister({"Proefwet 2000": "BWBR2222222", "Testwet": "BWBR9999999"})


def _refs(reg: Regeling) -> list[tuple[str, str, str]]:
    return [(str(r.bron), r.gevonden.doel, bouw.internal_target(reg, r)[1] if r.gevonden.soort == "intern" else "")
            for r in bouw.find_refs(reg, REGISTER)]


def test_a_law_named_in_the_aanhef_is_known_in_the_onderdelen() -> None:
    reg = Regeling("BWBR9999999", "Testwet", date(2024, 1, 1), (Artikel("1", (
        Lid("1", (Alinea("De rechter kan een uitspraak krachtens de Proefwet 2000 wijzigen, indien:"),
                  Onderdeel("a", "a.", (Alinea("de gronden genoemd in artikel 401 van die wet zich voordoen;"),)))),
        Lid("2", (Alinea("Artikel 401 van die wet is niet van toepassing."),)),  # not a child: own law unknown
    )),))
    assert _refs(reg)[:2] == [("artikel:1/lid:1", "jci1.3:c:BWBR2222222", ""),
                              ("artikel:1/lid:1/onderdeel:a", "jci1.3:c:BWBR2222222&artikel=401", "")]
    assert _refs(reg)[2][1] != "jci1.3:c:BWBR2222222&artikel=401"


def test_the_source_link_names_a_container_cited_by_its_short_number() -> None:
    zin = "Kosten worden teruggevorderd ingevolge paragraaf 4."
    at = zin.index("paragraaf 4")
    link = Verwijzing(at, at + len("paragraaf 4"), "jci1.3:c:BWBR9999999&hoofdstuk=6&paragraaf=6.4")
    hoofdstuk = Structuur("hoofdstuk", "6", (
        Structuur("paragraaf", "6.4", (Artikel("58", (Alinea("Het college vordert terug."),)),)),
        Artikel("63", (Alinea(zin, (link,)),)),
    ))
    reg = Regeling("BWBR9999999", "Testwet", date(2024, 1, 1), (hoofdstuk,))
    assert _refs(reg) == [("artikel:63", "jci1.3:c:BWBR9999999&hoofdstuk=6&paragraaf=6.4", bouw.BESTAAT)]
    unlinked = Regeling("BWBR9999999", "Testwet", date(2024, 1, 1), (Structuur("hoofdstuk", "6", (
        hoofdstuk.inhoud[0], Artikel("63", (Alinea(zin),)))),))
    assert _refs(unlinked) == [("artikel:63", "jci1.3:c:BWBR9999999&paragraaf=4", bouw.ONTBREEKT)]


def test_a_container_in_a_source_without_structure_cannot_be_checked() -> None:
    reg = Regeling("BWBR9999999", "Testwet", date(2024, 1, 1), (
        Artikel("87", (Alinea("Een commissie als bedoeld in hoofdstuk V kan geheimhouding opleggen."),)),))
    assert _refs(reg) == [("artikel:87", "jci1.3:c:BWBR9999999&hoofdstuk=V", bouw.ONVERIFIEERBAAR)]
