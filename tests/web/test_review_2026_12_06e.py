"""The web application, reviewed on 2026-12-06, fourth session (helper-82): what it says of a bill."""

from __future__ import annotations

from typing import Any

STAND = "wetsvoorstel volgens de bronnen (stukken gedateerd 3 februari 2026), toen geen geldend recht"


def test_the_bills_standing_is_dated_and_its_draft_called_so(als: Any) -> None:
    """Kamerstuk 36 892 on 2026-12-06: the consultation said «Dit is een wetsvoorstel, geen geldend recht.» in the present
    tense, and «de tekst zoals het voorstel die geeft» of the project's illustrative draft; each provision lacked the
    CLI's «van het illustratieve ontwerp»."""
    c = als("anna")
    html = c.get("/consultatie/tranche-2/").content.decode()
    assert f"Dit is een {STAND}; of het sindsdien is aangenomen" in html
    assert "de tekst volgens het illustratieve ontwerp" in html and "die geeft" not in html  # helper-137: plainer
    assert "Artikel I, onderdeel A, van het illustratieve ontwerp: artikel 36c" in html
    assert STAND in c.get("/consultatie/").content.decode()
