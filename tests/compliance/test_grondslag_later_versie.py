"""A grondslag on a date before the oldest version held: the text of a later official toestand is used only
for an artikel whose own ``inwerking`` (BWB, per artikel) is on or before the date. Invented Proefwet."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest

from wetgeving.bronnen.catalogus import Bron, Catalogus
from wetgeving.compliance.grondslagtekst import basis
from wetgeving.compliance.verplichtingen import Grondslag, Periode
from wetgeving.locatie import Adres

PROEFWET = """<?xml version="1.0" encoding="UTF-8"?>
<toestand bwb-id="BWBR9100001" inwerkingtreding="2025-01-01"><wetgeving><citeertitel>Proefwet</citeertitel><wettekst>
<artikel inwerking="2010-07-01" bron="Stb.2010-1"><kop><nr>1</nr></kop>
<lid><lidnr>1</lidnr><al>De commissie meldt elke proef.</al></lid></artikel>
<artikel inwerking="2024-06-01"><kop><nr>2</nr></kop><al>De commissie bewaart de melding vijf jaar.</al></artikel>
<artikel><kop><nr>3</nr></kop><al>Deze wet wordt aangehaald als: Proefwet.</al></artikel>
</wettekst></wetgeving></toestand>
"""


@pytest.fixture
def cat(tmp_path: Path) -> Catalogus:
    data = PROEFWET.encode("utf-8")
    (tmp_path / "proefwet.xml").write_bytes(data)
    bron = Bron("proefwet-2025-01-01", "bwb-xml", "proefwet.xml", hashlib.sha256(data).hexdigest(), regeling="proefwet",
                citeertitel="Proefwet", bwb_id="BWBR9100001", geldig_vanaf=date(2025, 1, 1))
    return Catalogus(bronnen=(bron,), zoekmappen=(tmp_path,))


def shown(cat: Catalogus, adres: str, when: date, vanaf: date | None = None) -> tuple[str, str, str, str]:
    g = Grondslag("proefwet", Adres.parse(adres))
    b = basis(cat, g, Periode("handeling", "moment", (g,), vanaf=vanaf), when)
    return b.zekerheid, b.versie, b.tekst, b.toelichting


def test_an_artikel_in_force_since_before_the_date_is_quoted_from_the_later_version(cat: Catalogus) -> None:
    zekerheid, versie, tekst, uitleg = shown(cat, "artikel:1/lid:1", date(2023, 5, 1), vanaf=date(2020, 1, 1))
    assert (zekerheid, versie) == ("zeker", "proefwet@2025-01-01")
    assert "meldt elke proef" in tekst
    assert "sinds 2010-07-01 (Stb. 2010, 1), dus ook op 2023-05-01" in uitleg


def test_an_artikel_changed_after_the_date_is_not_quoted(cat: Catalogus) -> None:
    zekerheid, versie, tekst, uitleg = shown(cat, "artikel:2", date(2023, 5, 1))
    assert (zekerheid, versie, tekst) == ("niet-beschikbaar", "", "")
    assert "die reeks begint op 2025-01-01" in uitleg


def test_the_day_an_artikel_entered_into_force_is_included(cat: Catalogus) -> None:
    assert shown(cat, "artikel:2", date(2024, 6, 1))[0] == "zeker"
    assert shown(cat, "artikel:2", date(2024, 5, 31))[0] == "niet-beschikbaar"


def test_an_artikel_without_a_date_is_not_quoted_for_an_earlier_date(cat: Catalogus) -> None:
    assert shown(cat, "artikel:3", date(2023, 5, 1))[0] == "niet-beschikbaar"


def test_on_or_after_the_version_date_the_version_itself_is_quoted(cat: Catalogus) -> None:
    zekerheid, versie, _, uitleg = shown(cat, "artikel:1/lid:1", date(2025, 3, 1))
    assert (zekerheid, versie) == ("laatst-bekend", "proefwet@2025-01-01") and "dus ook op" not in uitleg
    # the version's own record of the artikel is named: it has read so since 2010-07-01
    assert "volgens die versie luidt artikel 1 zo sinds 2010-07-01 (Stb. 2010, 1)" in uitleg


def test_the_line_per_version_says_only_what_all_its_grondslagen_share() -> None:
    from wetgeving.compliance.checklist import _gemeenschappelijk

    assert _gemeenschappelijk(["a; b", "a; b"]) == "a; b"
    assert _gemeenschappelijk(["a; b; c", "a; b"]).startswith("a; b; verder per grondslag verschillend")
    assert _gemeenschappelijk(["a; x", "b; x"]).startswith("verder per grondslag verschillend")
