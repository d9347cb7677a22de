"""The web application, reviewed on 2026-12-07 (fifth session)."""

from __future__ import annotations

from typing import Any


def test_the_403_page_says_plainly_which_role_is_missing(als: Any) -> None:
    """A lezer of another gemeente opening Amsterdam's checklist read «Dit mag u hier niet: geen toegang tot gemeente
    GM0363 als lezer», as if being a lezer were the fault (helper-150). A user without a role there is told so; one
    whose role is too low, which role is needed."""
    r = als("piet").get("/checklist/GM0363/?datum=2023-06-01")
    html = r.content.decode()
    assert r.status_code == 403 and "U hebt geen rol bij gemeente GM0363." in html and "Dit mag u hier niet" not in html
    r = als("lotte").post("/checklist/GM0363/beoordeel/vog-wethouder/?datum=2023-06-01", {"status": "voldoet"})
    assert r.status_code == 403
    assert "Uw rol bij gemeente GM0363 is lezer; hiervoor is de rol beoordelaar of beheerder nodig." in r.content.decode()


def test_the_bills_consultation_page_says_it_shows_the_illustrative_draft(als: Any) -> None:
    """Kamerstuk 36 892 (tranche 2, stukken dated 2026-02-03): the page of the illustrative draft said «Deze pagina
    toont alleen wat het voorstel in de Gemeentewet wijzigt», of a text that is ours, not the bill's (helper-150)."""
    html = als("anna").get("/consultatie/tranche-2/").content.decode()
    assert "Deze pagina toont alleen het illustratieve ontwerp voor de Gemeentewet, niet de tekst van het wetsvoorstel; " \
           "de titel van het wetsvoorstel noemt ook de Provinciewet" in html
    assert "wat het voorstel in de Gemeentewet wijzigt" not in html


def test_the_comparison_form_names_the_regelingen_in_dutch(als: Any) -> None:
    """The form of /vergelijken/ offered «gemeentewet» and «gemeentewet-md», our catalogue's names, and refused a date of
    the Markdown copy (2011-02-23) chosen with the official series with «Kies twee datums van versies die de bronnen
    bevatten», though the list offered it (helper-150)."""
    c = als("anna")
    html = c.get("/vergelijken/").content.decode()
    assert ">Gemeentewet (officiële versies, 2022–2026)</option>" in html
    assert ">Gemeentewet (Markdown-kopie, teksten van 2011–2015)</option>" in html
    html = c.get("/vergelijken/?regeling=gemeentewet&oud=2011-02-23&nieuw=2023-01-01").content.decode()
    assert "2011-02-23 is geen datum van een versie van de Gemeentewet (officiële versies, 2022–2026), maar van de " \
           "Gemeentewet (Markdown-kopie, teksten van 2011–2015); kies twee datums uit de groep van deze regeling." in html
