"""The web application, reviewed on 2026-12-06, eighth session (helper-112): a griffier and an integrity officer."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest


def test_the_consultation_page_keeps_the_onderdeel_letters(als: Any) -> None:
    """Gemeentewet 170, eerste lid (2026-10-01), under the draft of Kamerstuk 36 892: «De burgemeester ziet toe op: a.
    een tijdige voorbereiding …; b. …»; the page dropped the letters, so a lawyer could not cite «onder c»."""
    html = als("anna").get("/consultatie/tranche-2/").content.decode()
    assert "De burgemeester ziet toe op: a. een tijdige voorbereiding" in html


def test_a_reaction_just_after_midnight_is_dated_by_the_dutch_calendar(als: Any,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """A reaction on Kamerstuk 36 892 made at 00:40 in Amsterdam on 7 December 2026 (23:40 UTC on the 6th) was dated
    «06-12-2026», while the register said «7 december»."""
    from django.utils import timezone

    monkeypatch.setattr(timezone, "now", lambda: datetime(2026, 12, 6, 23, 40, tzinfo=UTC))
    tekst = als("lotte").get("/consultatie/tranche-2/reactie.txt").content.decode()
    assert "07-12-2026" in tekst and "06-12-2026" not in tekst


def test_the_overview_is_offered_only_to_a_beheerder(als: Any) -> None:
    """«Overzicht» was in every user's menu and gave a lezer or beoordelaar a 403 page «alleen voor beheerders»."""
    for wie in ("lotte", "anna"):
        html = als(wie).get("/").content.decode()
        assert 'href="/overzicht/"' not in html, wie
    assert 'href="/overzicht/"' in als("bob").get("/").content.decode()


def test_the_register_page_is_named_register(als: Any) -> None:
    """/register/GM0363/ had the title «Geschiedenis Amsterdam» under the heading «Register Amsterdam»."""
    html = als("anna").get("/register/GM0363/").content.decode()
    assert "<title>Register Amsterdam" in html


def test_a_grondslag_quoted_from_an_older_version_is_not_called_the_newest(als: Any) -> None:
    """Provinciewet 182, eerste lid, onder c, on 2023-01-01: quoted from the version of 2022-11-05 because that of
    2023-04-01 reads the same; the heading said «nieuwste tekst in de bronnen»."""
    html = als("anna").get("/checklist/GM0363/?datum=2023-01-01").content.decode()
    assert "(tekst van 2022-11-05; gelijk in de versie van 2023-04-01)" in html


def test_a_refused_request_is_not_logged_with_a_traceback(als: Any, caplog: pytest.LogCaptureFixture) -> None:
    """Every 403 wrote a PermissionDenied traceback to the server log, burying real errors."""
    import logging

    with caplog.at_level(logging.WARNING):
        assert als("piet").get("/checklist/GM0363/").status_code == 403
    assert not [r for r in caplog.records if r.name == "django.request" and r.exc_info]
