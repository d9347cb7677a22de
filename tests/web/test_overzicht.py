"""The overview for a beheerder of several gemeenten: table and SVG chart with the same numbers."""

from __future__ import annotations

import re
from datetime import date
from typing import Any
from xml.etree import ElementTree

VOG = "vog-wethouder"


def test_overview_counts(als: Any) -> None:
    als("anna").post(f"/checklist/GM0363/beoordeel/{VOG}/?datum=2023-06-01", {"status": "voldoet", "op": "2023-06-01"})
    als("piet").post(f"/checklist/GM0599/beoordeel/{VOG}/?datum=2023-06-01", {"status": "voldoet niet", "op": "2023-06-01"})
    r = als("bob").get("/overzicht/?datum=2023-06-01")
    html = r.content.decode()
    assert r.status_code == 200
    assert "Amsterdam" in html and "Rotterdam" in html
    svg = re.search(r"<svg.*?</svg>", html, re.S)
    assert svg is not None
    root = ElementTree.fromstring(svg.group(0))  # well-formed
    from django.utils.html import escape

    from wetgeving.compliance.verplichtingen import by_id

    titel = by_id(VOG).titel
    titles = {t.text for t in root.iter("{http://www.w3.org/2000/svg}title")}
    assert f"{titel}: voldoet 1" in titles and f"{titel}: voldoet niet 1" in titles
    # the table has the same numbers (columns: voldoet, gedeeltelijk, niet, n.v.t., anders, opnieuw, niet beoordeeld)
    cells = "".join(f"<td>{n}</td>" for n in (1, 0, 1, 0, 0, 0, 0))
    assert f'<tr><th scope="row">{escape(titel)}</th>{cells}</tr>' in html


def test_not_beheerder_is_refused(als: Any) -> None:
    assert als("lotte").get("/overzicht/").status_code == 403


def test_overview_names_the_provision_and_the_date_of_each_status(als: Any) -> None:
    """The "Stand" column is a statement about the law: each row names its grondslag (VOG: artikel 36a
    Gemeentewet, on 2023-06-01) and the column the peildatum, as the gemeente's own checklist does."""
    from django.utils.html import escape

    from wetgeving.web import dienst

    html = als("bob").get("/overzicht/?datum=2023-06-01").content.decode()
    rij = next(r for r in dienst.checklist_gegevens(dienst.checklist("GM0363", date(2023, 6, 1)))["verplichtingen"]
               if r["id"] == VOG)
    citaat = "; ".join(x["citaat"] for x in rij["grondslag"])
    assert "artikel 36a" in citaat
    assert f'<span class="grondslag">{escape(citaat)}</span>' in html
    assert "Stand op 2023-06-01" in html


def test_bills_and_recommendations_are_marked_in_the_table_and_the_chart(als: Any) -> None:
    """helper-51: the counts and the chart listed Kamerstuk 36 892's plans and the programme's recommendations like the
    law's duties."""
    html = als("bob").get("/overzicht/?datum=2026-12-06").content.decode()
    assert "Risicoanalyse integriteit vóór de benoeming van een wethouder (wetsvoorstel, geen geldend recht)" in html
    assert "(aanbeveling, geen wettelijke plicht)" in html
    svg = re.search(r"<svg.*?</svg>", html, re.S)
    assert svg is not None and "(wetsvoorstel, geen geldend recht)" in svg.group(0)
