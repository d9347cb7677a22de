"""Provinciewet artikel 182, tweede lid (the commissaris van de Koning's right to attend meetings and see
documents of the gemeentebestuur), in force since 2023-01-01 (Stb. 2022, 444; the date from the government's
announcement, Stb. 2022, 504 itself is not in the sources). Legal review, 2026-12-04.

The duty read "alle vergaderingen …, ook besloten vergaderingen, … ook als daarop geheimhouding rust": words the
provision does not have. They are our reading of "alle", and the duty now says so in its toelichting.
"""

from __future__ import annotations

from datetime import date

from tests.katalogus import omgeving
from wetgeving.compliance import checklist as cl
from wetgeving.compliance import gemeenten as gm
from wetgeving.compliance.verplichtingen import verplichtingen
from wetgeving.locatie import Adres
from wetgeving.model import tekst


def _lid2_2023_04_01() -> str:
    unit = omgeving().load("provinciewet@2023-04-01").get(Adres.parse("artikel:182/lid:2"))
    assert unit is not None
    return " ".join(tekst(unit, " ").split())


def test_cdk_duty_on_2023_04_15_quotes_only_what_artikel_182_lid_2_says() -> None:
    """Provinciewet artikel 182, tweede lid, on 2023-04-15: the duty's words about meetings and documents are the
    provision's own; "besloten" and "geheimhouding" are in neither the provision nor the duty's handeling."""
    wet = _lid2_2023_04_01()
    periode = next(p for v in verplichtingen() if v.id == "cdk-informatie" for p in v.perioden
                   if p.vanaf == date(2023, 1, 1))
    for woorden in ("alle vergaderingen van het gemeentebestuur bij te wonen",
                    "kennis te nemen van alle bescheiden waarover het gemeentebestuur beschikt",
                    "redelijk oordeel"):
        assert woorden in wet and woorden in periode.handeling, woorden
    for woord in ("besloten", "geheimhouding"):
        assert woord not in wet and woord not in periode.handeling, woord
    assert "onze lezing" in periode.toelichting and "besloten vergaderingen" in periode.toelichting


def test_cdk_duty_on_2023_04_15_in_the_checklist_says_closed_meetings_are_our_reading() -> None:
    """Provinciewet artikel 182, tweede lid, on 2023-04-15, as a gemeente reads it in its checklist."""
    c = cl.make(omgeving(), gm.find(gm.load(), "GM0363"), date(2023, 4, 15), verplichtingen())
    r = next(r for r in c.regels if r.verplichting.id == "cdk-informatie")
    assert r.status == "geldend"
    assert "besloten" not in r.periode.handeling
    assert "onze lezing" in r.periode.toelichting
