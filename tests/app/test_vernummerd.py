"""`app.vernummerd` on invented laws: a reference whose cited lid was renumbered under an unchanged citing text."""

from __future__ import annotations

from datetime import date

from wetgeving.app.vernummerd import eerste_vernummering, vernummering, vorige_plaats
from wetgeving.locatie import Adres
from wetgeving.model import Alinea, Artikel, Lid, Regeling

CITEERT = Artikel("2", (Lid("1", (Alinea("Wie niet voldoet aan artikel 1, eerste en tweede lid, treedt af."),)),))


def _wet(when: date, *leden: str, citeert: Artikel = CITEERT) -> Regeling:
    return Regeling("BWBR9999999", "Testwet", when, (
        Artikel("1", tuple(Lid(str(i), (Alinea(t),)) for i, t in enumerate(leden, 1))), citeert))


OUD = _wet(date(2024, 1, 1), "Eerste eis.", "Ontheffing van de eerste eis.")
NIEUW = _wet(date(2025, 1, 1), "Eerste eis.", "Nieuwe tweede eis.", "Ontheffing van de eerste eis.")
BRON, TWEEDE, DERDE = Adres.parse("artikel:2/lid:1"), Adres.parse("artikel:1/lid:2"), Adres.parse("artikel:1/lid:3")


def test_a_lid_inserted_before_the_cited_one_is_said() -> None:
    v = vernummering(OUD, NIEUW, BRON, TWEEDE)
    assert v is not None and (v.nu, v.eerder) == (DERDE, "2024-01-01")
    assert "wat toen artikel 1, tweede lid, was, staat in deze versie als artikel 1, derde lid" in v.tekst()
    assert vorige_plaats([OUD], NIEUW, DERDE) == [TWEEDE]
    assert vorige_plaats([OUD], NIEUW, Adres.parse("artikel:1/lid:1")) == []  # the same text under the same number
    # a version after the change, with the same text: the note still reaches back to the version before it
    assert eerste_vernummering([NIEUW, OUD], _wet(date(2026, 1, 1), "Eerste eis.", "Nieuwe tweede eis.",
                                                  "Ontheffing van de eerste eis."), BRON, TWEEDE) is not None


def test_nothing_is_said_when_the_citing_text_changed_or_the_cited_text_did_not() -> None:
    herschreven = Artikel("2", (Lid("1", (Alinea("Wie niet voldoet aan artikel 1, eerste en derde lid, treedt af."),)),))
    assert vernummering(OUD, _wet(date(2025, 1, 1), "Eerste eis.", "Nieuwe tweede eis.", "Ontheffing van de eerste eis.",
                                  citeert=herschreven), BRON, TWEEDE) is None
    assert vernummering(OUD, OUD, BRON, TWEEDE) is None
    gewijzigd = _wet(date(2025, 1, 1), "Eerste eis.", "Een andere ontheffing.")  # amended in place, not renumbered
    assert vernummering(OUD, gewijzigd, BRON, TWEEDE) is None
