"""Finding 4 of issue 12: the duties that were missing are modelled, each with its provision and date."""

from __future__ import annotations

from datetime import date

import pytest

from tests.katalogus import omgeving
from wetgeving.compliance import checklist as cl
from wetgeving.compliance import gemeenten as gm
from wetgeving.compliance.verplichtingen import verplichtingen


def present(when: date) -> dict[str, cl.Regel]:
    c = cl.make(omgeving(), gm.find(gm.load(), "GM0363"), when, verplichtingen())
    return {r.verplichting.id: r for r in c.regels}


@pytest.mark.parametrize(("regeling", "adres", "when", "actor"), [
    ("gemeentewet", "artikel:88/lid:5", "2023-04-15", "college"),
    ("gemeentewet", "artikel:89/lid:1", "2023-04-15", "raad"),
    ("gemeentewet", "artikel:89/lid:3", "2023-04-15", "commissie"),
    ("gemeentewet", "artikel:89/lid:4", "2023-04-15", "raad"),
    ("gemeentewet", "artikel:19/lid:2", "2022-12-01", "burgemeester"),
    ("gemeentewet", "artikel:19/lid:2", "2023-04-15", "burgemeester"),
    ("gemeentewet", "artikel:23/lid:6", "2023-04-15", "raad"),
    ("gemeentewet", "artikel:23/lid:5", "2022-12-01", "raad"),
    ("gemeentewet", "artikel:60/lid:3", "2023-04-15", "college"),
    ("gemeentewet", "artikel:41b/lid:2", "2023-04-15", "wethouder"),
    ("gemeentewet", "artikel:67/lid:2", "2023-04-15", "burgemeester"),
    ("gemeentewet", "artikel:82/lid:1", "2023-04-15", "raad"),
    ("gemeentewet", "artikel:82/lid:5", "2023-04-15", "commissie"),
    ("gemeentewet", "artikel:83/lid:1", "2023-04-15", "college"),
    ("gemeentewet", "artikel:83/lid:4", "2023-04-15", "commissie"),
    ("gemeentewet", "artikel:84/lid:3", "2023-04-15", "raad"),
    ("provinciewet", "artikel:182/lid:2", "2023-04-15", "commissaris-van-de-koning"),
    ("kieswet", "artikel:P 19/lid:5", "2023-04-15", "centraal-stembureau"),
    ("gemeentewet", "artikel:15/lid:1", "2023-04-15", "raadslid"),
    ("gemeentewet", "artikel:41c/lid:1", "2023-04-15", "wethouder"),
    ("gemeentewet", "artikel:69/lid:1", "2023-04-15", "burgemeester"),
])
def test_duty_is_modelled(regeling: str, adres: str, when: str, actor: str) -> None:
    """The provision is the grondslag of a legal duty of that actor in force on that date."""
    rows = present(date.fromisoformat(when))
    hits = [r for r in rows.values() if r.verplichting.soort == "wettelijk" and r.status == "geldend"
            and actor in r.verplichting.normadressaten
            and any(g.regeling == regeling and str(g.adres) == adres for g in r.periode.grondslagen)]
    assert hits, (regeling, adres, when, actor)


def test_p19_applies_only_to_raden_under_19_seats() -> None:
    """Kieswet artikel P 19, vijfde lid, on 2023-04-15: the condition (fewer than nineteen seats) is stated."""
    r = present(date(2023, 4, 15))["lijstuitputting-rangschikking"]
    assert "negentien" in r.periode.voorwaarde and r.periode.vanaf == date(2023, 1, 1)
    assert "negentien" in r.basis[0].tekst and r.basis[0].zekerheid == "zeker"  # P 19 reads so since 2023-01-01
