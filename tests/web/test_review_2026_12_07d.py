"""The web application, reviewed on 2026-12-07 (fourth session)."""

from __future__ import annotations

from typing import Any

from django.utils.html import escape

VOG = "vog-wethouder"


def test_the_overview_does_not_count_preparation_as_compliance(als: Any) -> None:
    """Gemeentewet 36a, tweede lid (the VOG), in force from 2023-01-01; the overview of 2022-12-31 after Amsterdam
    recorded «voldoet» about 2022-12-31: preparation, not compliance with a duty in force. It is counted under
    «anders beoordeeld» and shown with «als voorbereiding», not counted under «voldoet»."""
    from wetgeving.compliance.verplichtingen import by_id

    r = als("anna").post(f"/checklist/GM0363/beoordeel/{VOG}/?datum=2022-12-31", {"status": "voldoet", "op": "2022-12-31"})
    assert r.status_code == 302
    html = als("bob").get("/overzicht/?datum=2022-12-31").content.decode()
    cells = "".join(f"<td>{n}</td>" for n in (0, 0, 0, 0, 1, 0, 1))  # voldoet … anders, opnieuw, niet beoordeeld
    assert f'<tr><th scope="row">{escape(by_id(VOG).titel)}</th>{cells}</tr>' in html
    assert "voldoet (als voorbereiding: de verplichting gold toen nog niet)" in html
