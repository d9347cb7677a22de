"""Invented laws for the index tests (no real law text): a Proefwet in two versions and a Testwet that cites it."""

from __future__ import annotations

from pathlib import Path

from wetgeving.verwijzingen.titels import Titelregister

PROEF = "BWBR9100001"
TEST = "BWBR9100002"
ANDERE = "BWBR9100003"


def proefwet(vanaf: str, *, met_3: bool) -> str:
    drie = ('<artikel><kop><nr>3</nr></kop><lid><lidnr>1</lidnr><al>De proefcommissie meldt elke proef.</al></lid>'
            '<lid><lidnr>2</lidnr><al>Zij bewaart de melding vijf jaar.</al></lid></artikel>') if met_3 else ""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<toestand bwb-id="{PROEF}" inwerkingtreding="{vanaf}"><wetgeving><citeertitel>Proefwet</citeertitel><wettekst>
<hoofdstuk><kop><nr>1</nr></kop>
<artikel><kop><nr>1</nr></kop><lid><lidnr>1</lidnr><al>Er is een proefcommissie.</al></lid>
<lid><lidnr>2</lidnr><al>Artikel 3, tweede lid, is van overeenkomstige toepassing op de commissie.</al></lid></artikel>
<artikel><kop><nr>2</nr></kop><al>Hoofdstuk 1 geldt ook voor artikel 1 van de Andere proefwet.</al></artikel>
{drie}
<artikel><kop><nr>4</nr></kop><al>Deze wet wordt aangehaald als: Proefwet.</al></artikel>
</hoofdstuk></wettekst></wetgeving></toestand>
"""


TESTWET = f"""$id: testwet
$schema: https://example.invalid/regelrecht/v0.7.0/schema.json
bwb_id: {TEST}
valid_from: '2021-06-01'
articles: [
  {{number: '1', text: "1 Artikel 3 van de Proefwet is van toepassing.\\n\\n2 Artikel 3 van de Andere proefwet niet."}},
  {{number: '3', text: "Deze wet wordt aangehaald als: Testwet."}},
]
"""

ANDERE_WET = f"""<?xml version="1.0" encoding="UTF-8"?>
<toestand bwb-id="{ANDERE}" inwerkingtreding="2019-01-01"><wetgeving><citeertitel>Andere proefwet</citeertitel><wettekst>
<artikel><kop><nr>1</nr></kop><al>Artikel 3 geldt hier niet.</al></artikel>
<artikel><kop><nr>3</nr></kop><al>Deze wet wordt aangehaald als: Andere proefwet.</al></artikel>
</wettekst></wetgeving></toestand>
"""

# the register knows the Andere proefwet, not the Proefwet: a reference to it is kept with its title and
# resolved through the Proefwet's own citeertitel once that is indexed
REGISTER = Titelregister({"Andere proefwet": ANDERE, "Testwet": TEST})


def write_corpus(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "proefwet-2020.xml").write_text(proefwet("2020-01-01", met_3=True), encoding="utf-8")
    (folder / "proefwet-2022.xml").write_text(proefwet("2022-01-01", met_3=False), encoding="utf-8")
    (folder / "testwet.yaml").write_text(TESTWET, encoding="utf-8")
    (folder / "andere.xml").write_text(ANDERE_WET, encoding="utf-8")
    return folder
