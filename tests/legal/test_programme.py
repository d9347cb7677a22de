"""Finding 3 of issue 12: recommendations are modelled line by line from the programme's own text
(shared/sources/programma/, letter of 2019-10-18), carry no statutory grondslag, and describe the
basisscan and the handreiking accurately."""

from __future__ import annotations

import re
from pathlib import Path

from wetgeving.compliance.verplichtingen import verplichtingen
from wetgeving.programma import load_programma

PROGRAMME = "programma/bijlage-brief-weerbaar-bestuur.md"


def headings(sources: Path) -> list[str]:
    """The action-line headings of the programme annex (### / #### lines), as printed there."""
    text = (sources / PROGRAMME).read_text(encoding="utf-8")
    found = [re.sub(r"[*_]", "", m.group(1)).strip() for m in re.finditer(r"^#{3,4}\s+(.+)$", text, re.M)]
    return [h for h in found if h]


def test_every_action_line_of_the_programme_is_modelled(sources: Path) -> None:
    """Programme annex (2019-10-18): every sub-heading is the source of at least one action line."""
    prog = load_programma()
    sections = " | ".join(a.onderdeel for a in prog.actielijnen)
    top = {"Het bevorderen van bestuurlijke integriteit", "Het verhogen van de weerbaarheid tegen intimidatie en bedreiging",
           "Het omgaan met antidemocratische gedragingen"}
    for h in headings(sources):
        assert h in sections, h
    assert {h for h in headings(sources) if h not in top} <= {a.onderdeel.split(" — ")[-1] for a in prog.actielijnen}


def test_recommendations_carry_no_statutory_grondslag() -> None:
    """No aanbeveling cites a provision (e.g. artikel 15, derde lid, or 170, tweede lid, Gemeentewet)."""
    prog = load_programma()
    for v in verplichtingen():
        if v.soort == "aanbeveling":
            for g in v.grondslagen:
                assert g.adres is None and g.aanbeveling, v.id
                line = prog.actielijn(g.aanbeveling)
                assert line is not None and line.soort == "aanbeveling", v.id


def test_basisscan_is_about_candidate_bestuurders() -> None:
    """Handleiding basisscan integriteit (March 2019): a method for risk analyses of kandidaat-bestuurders."""
    line = load_programma().actielijn("basisscan-integriteit")
    assert line is not None
    assert "kandidaat-bestuurders" in line.omschrijving and "maart 2019" in line.toelichting
    assert "integriteitsbeleid van de gemeente" in line.toelichting  # says what it is not
    v = next(x for x in verplichtingen() if x.id == "aanbeveling-basisscan-integriteit")
    assert "kandidaat-wethouders" in v.perioden[0].handeling


def test_handreiking_is_for_political_parties_about_their_candidates() -> None:
    """Handreiking integriteitstoetsing van kandidaten: addressed to political parties, not to the raad."""
    line = load_programma().actielijn("handreiking-integriteitstoetsing-kandidaten")
    assert line is not None and line.adressaten == ("politieke-partij",)
    v = next(x for x in verplichtingen() if x.id == "aanbeveling-integriteitstoetsing-kandidaten")
    assert v.normadressaten == ("politieke-partij",) and "raad" not in v.normadressaten


def test_actions_of_others_are_not_recommendations_to_the_gemeente() -> None:
    """Programme actions of the Rijk (legislation, security of burgemeesters) are no checklist items."""
    prog = load_programma()
    acties = {a.id for a in prog.actielijnen if a.soort == "actie"}
    assert {"wetgeving-tranches", "beveiliging-burgemeesters"} <= acties
    assert not [v.id for v in verplichtingen() for g in v.grondslagen if g.aanbeveling in acties]
