"""The rule that tells a transitional reference to an earlier text ("artikel 86 zoals dat artikel luidde voor
…") from a dangling one, on an invented regeling (no real law text)."""

from __future__ import annotations

from datetime import date

import pytest

from wetgeving.graaf.bouw import build_graph, find_refs
from wetgeving.graaf.vragen import dangling
from wetgeving.model import Alinea, Artikel, Regeling
from wetgeving.verwijzingen.titels import Titelregister


def _reg(zin: str) -> Regeling:
    return Regeling("BWBR9999999", "Testwet", date(2024, 1, 1), (
        Artikel("1", (Alinea("De raad stelt een gedragscode vast."),)),
        Artikel("2", (Alinea(zin),)),
    ))


@pytest.mark.parametrize("zin", [
    "Artikel 9 zoals dat artikel luidde voor de inwerkingtreding van deze wet blijft van toepassing.",
    "Artikel 9, zoals die luidde op 31 december 2022, blijft van toepassing op lopende zaken.",
    "Artikel 9 zoals het luidde voor 1 april 2023 blijft van toepassing.",
    "Artikel 9 zoals dat gold tot 1 januari 2023 blijft van toepassing.",
])
def test_a_reference_to_an_earlier_text_is_not_dangling(zin: str) -> None:
    g = build_graph(_reg(zin), find_refs(_reg(zin), Titelregister({})))
    assert dangling(g) == []
    assert [(u, v) for u, v, d in g.edges(data=True) if d.get("historisch")] == [("artikel:2", "artikel:9")]


@pytest.mark.parametrize("zin", [
    "Artikel 9 is van overeenkomstige toepassing.",
    "Artikel 9 zoals dat artikel luidt is van toepassing.",  # the present text: a real, broken reference
    "Artikel 9 zoals bedoeld in de wet is van toepassing.",
    "Artikel 1 zoals dat luidde en artikel 9 zijn van toepassing.",  # the rule is about the reference it follows
])
def test_other_references_to_a_missing_artikel_stay_dangling(zin: str) -> None:
    found = [(c.bron, c.doel) for c in dangling(build_graph(_reg(zin), find_refs(_reg(zin), Titelregister({}))))]
    assert found == [("artikel:2", "artikel:9")]
