"""Points a legal reviewer left open on the municipal checklist. Each test names the provision and the date.

1. Tranche 2 (Kamerstuk 36 892, stukken of 2026-02-03): the sources do not show that the bill fills in the
   zorgplicht of artikel 170, tweede lid; only the never-submitted nota van wijziging of 2021 on 35 546 did.
   It is no obligation (not law, not confirmed bill content), and where the tranche model still names the
   plan, it says it is unconfirmed.
2. The vermelding of geheimhouding: before 2023-04-01 (artikelen 25, 55 and 86, tweede lid) only the organs
   that imposed secrecy on documents they handed over had to say so on the documents; the raad, imposing
   under the eerste lid, had no such duty. From 2023-04-01 (artikel 89, eerste lid) every geheimhouding is
   mentioned, also the raad's (artikel 87).
3. The key of a bill's or recommendation's wording is "wetsvoorstel" / "aanbeveling", not "vanaf-onbekend"
   (which reads as a duty in force since an unknown date); assessments stored with the old key still fit.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from tests.katalogus import omgeving
from wetgeving.cli import main
from wetgeving.compliance import checklist as cl
from wetgeving.compliance import gemeenten as gm
from wetgeving.compliance.register import Beoordelingsregister
from wetgeving.compliance.verplichtingen import verplichtingen
from wetgeving.locatie import Adres
from wetgeving.model import tekst
from wetgeving.render.checklist import row_data

ZORGPLICHT = "zorgplicht-burgemeester-risicoanalyse"


def checklist(when: date, reg: Beoordelingsregister | None = None) -> cl.Checklist:
    recorded = reg.as_of("GM0363", when) if reg else None
    return cl.make(omgeving(), gm.find(gm.load(), "GM0363"), when, verplichtingen(), recorded)


def rows(when: date) -> dict[str, cl.Regel]:
    return {r.verplichting.id: r for r in checklist(when).regels}


def actors(when: date, vid: str) -> set[str]:
    return {a.strip() for a in row_data(rows(when)[vid])["normadressaat"].split(",")}


# --- 2: who mentions geheimhouding on the documents --------------------------------------------------------

@pytest.mark.parametrize(("when", "versie"), [(date(2022, 12, 31), "gemeentewet@2022-11-05"),
                                              (date(2023, 1, 15), "gemeentewet@2023-01-01")], ids=str)
def test_vermelding_of_geheimhouding_is_not_a_duty_of_the_raad_before_2023_04_01(real, when: date, versie: str) -> None:  # type: ignore[no-untyped-def]
    """Artikelen 25, 55 and 86, tweede lid (versions of 2022-11-05 and 2023-01-01): «Daarvan wordt op de
    stukken melding gemaakt» follows secrecy imposed by the college, the burgemeester, a commissie or the
    voorzitter van een commissie on documents they hand over; the raad (eerste lid) has no such duty."""
    gw = real(versie)
    lid2 = {a: tekst(gw.get(Adres.parse(f"artikel:{a}/lid:2")), " ") for a in ("25", "55", "86")}
    assert all("Daarvan wordt op de stukken melding gemaakt" in t for t in lid2.values())
    assert "door de voorzitter van een commissie" in lid2["86"]
    assert "melding" not in tekst(gw.get(Adres.parse("artikel:25/lid:1")), " ")
    r = rows(when)["geheimhouding-vermelding"]
    assert r.basis[0].versie == versie
    assert actors(when, "geheimhouding-vermelding") == {"college van B&W", "burgemeester", "commissie",
                                                          "voorzitter van een commissie"}
    assert re.search(r"\braad\b[^.]*geen vermeldingsplicht", r.periode.handeling)


def test_vermelding_of_geheimhouding_includes_the_raad_from_2023_04_01(real) -> None:  # type: ignore[no-untyped-def]
    """Artikel 89, eerste lid, with artikel 87 (2023-04-15, version of 2023-04-01): every geheimhouding is
    mentioned on the document, also the one the raad imposed."""
    gw = real("gemeentewet@2023-04-01")
    assert tekst(gw.get(Adres.parse("artikel:87")), " ").startswith("De raad, het college, de burgemeester en een commissie")
    assert actors(date(2023, 4, 15), "geheimhouding-vermelding") == {"raad", "college van B&W", "burgemeester",
                                                                      "commissie"}


def test_oplegging_before_2023_04_01_names_the_voorzitter_van_een_commissie(real) -> None:  # type: ignore[no-untyped-def]
    """Artikel 86, tweede lid (2022-12-31, version of 2022-11-05): the voorzitter van een commissie may impose
    secrecy on documents he hands to a commissie; from 2023-04-01 (artikel 87) he is no longer named."""
    assert "voorzitter van een commissie" in tekst(real("gemeentewet@2022-11-05").get(Adres.parse("artikel:86/lid:2")), " ")
    assert "voorzitter van een commissie" in actors(date(2022, 12, 31), "geheimhouding-oplegging")
    assert "voorzitter van een commissie" not in actors(date(2023, 4, 15), "geheimhouding-oplegging")


def test_obligations_filter_finds_a_period_only_actor(capsys: pytest.CaptureFixture[str]) -> None:
    """Artikel 86, tweede lid (until 2023-04-01): `obligations --actor commissievoorzitter` lists the duties
    of the voorzitter van een commissie, which only the old period names."""
    assert main(["obligations", "--actor", "commissievoorzitter"]) == 0
    out = capsys.readouterr().out
    assert "geheimhouding-vermelding" in out and "geheimhouding-oplegging" in out
