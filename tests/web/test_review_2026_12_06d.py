"""The web application, reviewed on 2026-12-06 (helper-61): what a page says, once and where it belongs."""

from __future__ import annotations

from typing import Any

URL = "/checklist/GM0363/"
VOG = "vog-wethouder"


def test_a_refused_assessment_is_said_under_its_own_obligation_only(als: Any) -> None:
    """Gemeentewet 36a, tweede lid (the VOG), on 2023-04-01: a refused assessment put «Niet vastgelegd: …» under every
    one of the 54 obligations of the page, each an alert; a bad peildatum did the same without anything submitted."""
    c = als("anna")
    r = c.post(f"{URL}beoordeel/{VOG}/?datum=2023-04-01", {"status": "onzin", "op": "2023-04-01"})
    html = r.content.decode()
    assert r.status_code == 400 and html.count("Niet vastgelegd:") == 1 and html.count('role="alert"') == 1
    assert html.index("Niet vastgelegd:") > html.index(f'id="v-{VOG}"')
    html = c.get(f"{URL}?datum=2023-02-30").content.decode()
    assert "Niet vastgelegd:" not in html and html.count('role="alert"') == 1


def test_the_chart_keeps_the_mark_of_a_bill(als: Any) -> None:
    """Kamerstuk 36 892 on 2026-12-06: the bar of the risicoanalyse (a bill) was labelled «Risicoanalyse integriteit
    vóór de ben…», its «(wetsvoorstel, geen geldend recht)» cut off."""
    html = als("bob").get("/overzicht/?datum=2026-12-06").content.decode()
    assert "(wetsvoorstel)</text>" in html


def test_an_export_for_a_bad_date_offers_no_file_of_today(als: Any) -> None:
    """`export.csv?datum=2023-13-01`: the 400 page offered «dezelfde checklist» as DOCX and CSV, both of today."""
    html = als("anna").get(f"{URL}export.csv?datum=2023-13-01").content.decode()
    assert "export.docx?datum=" not in html and "export.csv?datum=" not in html


def test_the_history_shows_dutch_time_and_the_wording_assessed(als: Any) -> None:
    """An assessment of the VOG (Gemeentewet 36a, tweede lid, since 2023-01-01) on 2023-06-01: the history showed the
    UTC timestamp, and not which wording was assessed."""
    c = als("anna")
    c.post(f"{URL}beoordeel/{VOG}/?datum=2023-06-01", {"status": "voldoet", "op": "2023-06-01"})
    html = c.get(f"{URL}geschiedenis/{VOG}/").content.decode()
    assert "tekst geldend vanaf 2023-01-01" in html and "+00:00" not in html and " om " in html


def test_the_checklist_csv_carries_the_reason(als: Any) -> None:
    """«Niet van toepassing» needs a reason (the register refuses one without); the CSV download dropped it."""
    c = als("anna")
    c.post(f"{URL}beoordeel/{VOG}/?datum=2023-06-01", {"status": "niet van toepassing", "op": "2023-06-01",
                                                       "reden": "geen wethouders benoemd"})
    csv = c.get(f"{URL}export.csv?datum=2023-06-01").content.decode("utf-8-sig")
    assert csv.splitlines()[0].split(";").count('"reden"') == 1 and "geen wethouders benoemd" in csv


def test_a_consultation_comment_has_the_registers_limit(als: Any) -> None:
    """A comment on Kamerstuk 36 892 of 200.000 characters was stored and went into every document."""
    r = als("anna").post("/consultatie/tranche-2/", {"bepaling": "artikel:36c/lid:1", "opmerking": "x" * 200_000})
    assert "langer dan 10.000 tekens" in r.content.decode()


def test_the_tranche_comparison_names_its_columns(als: Any) -> None:
    """Tranche 1 (Stb. 2022, 444) on the Gemeentewet of 2022-11-05: the table headed «Oud» and «Nieuw» with no date or
    what the new side is (a composed text with only this tranche applied)."""
    html = als("anna").get("/vergelijken/?tranche=tranche-1").content.decode()
    assert "Oud (geldig vanaf 2022-11-05)" in html and "Nieuw (2022-11-05 met alleen deze tranche toegepast" in html
    html = als("anna").get("/vergelijken/?tranche=tranche-2").content.decode()
    # helper-125: the dossier number as the Kamer prints it, «36 892»
    # 2026-12-07 (fifth session): the bill dated (helper-152)
    assert "Nieuw (illustratief ontwerp bij het wetsvoorstel (Kamerstuk 36 892, stukken gedateerd 2026-02-03), niet de " \
           "tekst ervan)" in html


def test_anothers_task_has_no_assessment_form_and_is_not_in_the_overview(als: Any) -> None:
    """Provinciewet 182 on 2023-04-01: the commissaris van de Koning's task had an assessment form on the gemeente's
    checklist, and the overview counted every gemeente as «niet beoordeeld» for it."""
    c = als("anna")
    html = c.get(f"{URL}?datum=2023-04-01").content.decode()
    blok = html[html.index('id="v-cdk-taak"'):]
    blok = blok[:blok.index("</section>")]
    assert "<form" not in blok and "Niet te beoordelen: dit is een taak van de commissaris van de Koning" in blok
    assert 'action="/checklist/GM0363/beoordeel/cdk-informatie/' in html  # the gemeente's own part keeps its form
    r = c.post(f"{URL}beoordeel/cdk-taak/?datum=2023-04-01", {"status": "voldoet", "op": "2023-04-01"})
    assert r.status_code == 400 and "niet van de gemeente" in r.content.decode()
    assert "Commissaris van de Koning adviseert" not in als("bob").get("/overzicht/?datum=2023-04-01").content.decode()


def test_recording_before_a_duty_applies_says_so_on_the_page(als: Any) -> None:
    """Gemeentewet 36a, tweede lid (the VOG), in force from 2023-01-01: «voldoet» about 2022-12-31 on the checklist of
    that date was answered «Vastgelegd.» only."""
    r = als("anna").post(f"{URL}beoordeel/{VOG}/?datum=2022-12-31", {"status": "voldoet", "op": "2022-12-31"},
                         HTTP_HX_REQUEST="true")
    html = r.content.decode()
    assert r.status_code == 200 and ("Vastgelegd. Let op: «Verklaring omtrent het gedrag bij de benoeming van een "
                                     "wethouder» (vog-wethouder) gold op 2022-12-31 nog niet (geldt vanaf 2023-01-01); "
                                     "deze beoordeling is vastgelegd als voorbereiding") in html


def test_an_assessment_about_a_later_day_says_where_it_shows(als: Any) -> None:
    """Gemeentewet 87 on the checklist of 2023-04-01, assessed about 2026-12-02: «Vastgelegd.» stood above «Nog niet
    beoordeeld.», inviting a second recording; the plain form went back to the page of 2023-04-01."""
    c = als("anna")
    r = c.post(f"{URL}beoordeel/geheimhouding-oplegging/?datum=2023-04-01", {"status": "voldoet", "op": "2026-12-02"},
               HTTP_HX_REQUEST="true")
    assert "deze beoordeling gaat over 2026-12-02, na de peildatum van deze pagina (2023-04-01)" in r.content.decode()
    r = c.post(f"{URL}beoordeel/geheimhouding-oplegging/?datum=2023-04-01", {"status": "voldoet", "op": "2026-12-03"})
    assert r.status_code == 302 and "datum=2026-12-03" in r["Location"]


def test_an_htmx_request_answered_with_an_error_page_shows_it(als: Any) -> None:
    """A recording that meets a 404 (or a 403: a role taken away, an expired CSRF token) showed nothing with htmx: the
    site's htmx configuration did not swap those answers."""
    r = als("anna").post(f"{URL}beoordeel/onbekend/?datum=2023-04-01", {"status": "voldoet"}, HTTP_HX_REQUEST="true")
    assert r.status_code == 404 and r["HX-Retarget"] == "body"
    r = als("piet").post(f"{URL}beoordeel/vog-wethouder/?datum=2023-04-01", {"status": "voldoet"},
                        HTTP_HX_REQUEST="true")
    assert r.status_code == 403 and r["HX-Retarget"] == "body"


def test_a_bad_sinds_says_it_was_sinds(als: Any) -> None:
    """`?datum=2023-04-01&sinds=xx` said «‘xx’ is geen datum …; getoond is 2023-04-01», not that the bad value was «sinds»."""
    html = als("anna").get(f"{URL}?datum=2023-04-01&sinds=xx").content.decode()
    assert "‘xx’ bij ‘sinds’ is geen datum in de vorm JJJJ-MM-DD; er is niets vergeleken." in html
