"""A law whose title is not known, read from the source's own link on the same words (invented texts)."""

from __future__ import annotations

from datetime import date

import pytest

from wetgeving.graaf.bouw import find_refs
from wetgeving.model import Alinea, Artikel, Regeling, Verwijzing
from wetgeving.verwijzingen.titels import Titelregister

EIGEN = "BWBR0000001"
ANDER = "BWBR0000002"


def _refs(tekst: str, gelinkt: str) -> list[tuple[str, str]]:
    start = tekst.index(gelinkt)
    al = Alinea(tekst, (Verwijzing(start, start + len(gelinkt), f"jci1.3:c:{ANDER}"),))
    reg = Regeling(EIGEN, "Proefwet", date(2024, 1, 1), (Artikel("1", (al,)),))
    return [(r.gevonden.soort, r.gevonden.bwb_id) for r in find_refs(reg, Titelregister({}))]


@pytest.mark.parametrize("gelinkt", ["artikel 10 van de Wet openbaarheid van bestuur", "artikel 10 van de Wet openbaarheid"])
def test_the_link_on_the_reference_and_the_rest_of_its_title_names_the_law(gelinkt: str) -> None:
    found = _refs("De raad kan, gelet op artikel 10 van de Wet openbaarheid van bestuur, besluiten.", gelinkt)
    assert [s for s, _ in found] == ["extern"] and ANDER in found[0][1]


@pytest.mark.parametrize("gelinkt", [
    "artikel 3 van de Wet bijzondere maatregelen, zoals gewijzigd bij de Wet tot wijziging",  # covers more (helper-85)
    "de Wet bijzondere maatregelen",  # begins elsewhere
])
def test_a_link_over_more_or_other_words_is_not_followed(gelinkt: str) -> None:
    found = _refs("Gelet op artikel 3 van de Wet bijzondere maatregelen, zoals gewijzigd bij de Wet tot wijziging, "
                  "beslist de raad.", gelinkt)
    assert ("onbekend", "") in [(s, "") for s, _ in found] and all(ANDER not in d for _, d in found)
