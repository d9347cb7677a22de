"""The web application, reviewed on 2026-12-08."""

from __future__ import annotations

from typing import Any

import pytest

from wetgeving.web.models import Beoordeling, Opmerking

URL = "/checklist/GM0363/"
REGEL = "belangenverstrengeling-college"  # artikel 28 Gemeentewet, tranche 1 (in force 2023-01-01)
OMKEREN = "\u202e"  # RIGHT-TO-LEFT OVERRIDE: what follows is shown reversed


@pytest.mark.parametrize("veld", ["reden", "notitie", "bewijs"])
def test_a_character_that_reverses_the_reading_direction_is_refused(als: Any, veld: str) -> None:
    """helper-206: a reason «besluit raad U+202E 10-50-3202» was recorded and shown as the date 2023-05-01, the rest of
    the line reversed: what colleagues read was not what was recorded."""
    r = als("anna").post(f"{URL}beoordeel/{REGEL}/?datum=2026-12-01",
                         {"status": "voldoet", "op": "2026-12-01", veld: f"besluit raad {OMKEREN}10-50-3202"})
    assert r.status_code == 400
    assert f"{veld} bevat een stuurteken (U+202E, dat de leesrichting verandert)" in r.content.decode()
    assert not Beoordeling.objects.exists()


def test_a_name_that_reverses_the_reading_direction_asks_the_beheerder(als: Any, users: dict[str, Any]) -> None:
    """The name recorded is the user's full name: one with a direction control is refused, and who can mend it is said."""
    users["anna"].last_name = f"O'Brien{OMKEREN}live"
    users["anna"].save()
    r = als("anna").post(f"{URL}beoordeel/{REGEL}/?datum=2026-12-01", {"status": "voldoet", "op": "2026-12-01"})
    html = r.content.decode()
    assert r.status_code == 400 and "wie bevat een stuurteken (U+202E" in html and "laat de beheerder" in html
    assert not Beoordeling.objects.exists()


def test_text_recorded_before_is_shown_isolated(als: Any) -> None:
    """A row an older register holds keeps its text, but one field can no longer reorder the rest of its line."""
    Beoordeling.objects.create(gemeente="GM0363", verplichting=REGEL, status="voldoet", wie="anna", op="2026-12-01",
                               wanneer="2026-12-01T10:00:00+00:00", reden=f"x{OMKEREN}y", notitie="z")
    html = als("anna").get(URL, {"datum": "2026-12-01"}).content.decode()
    assert f"reden: <bdi>x{OMKEREN}y</bdi>; notitie: <bdi>z</bdi>" in html


def test_a_comment_that_reverses_the_reading_direction_is_refused(als: Any) -> None:
    """The same in a consultation comment: it went unchanged into the reaction pasted into internetconsultatie.nl."""
    r = als("anna").post("/consultatie/tranche-2/", {"bepaling": "artikel:36c/lid:1",
                                                     "opmerking": f"Te ruim {OMKEREN}RLO", "alternatief": ""})
    assert "De tekst bevat een stuurteken (U+202E, dat de leesrichting verandert)" in r.content.decode()
    assert not Opmerking.objects.exists()
