"""The web application, reviewed on 2026-12-07 (ninth session)."""

from __future__ import annotations

from typing import Any

import pytest


def test_a_refused_download_shows_the_form_to_correct_the_choice(als: Any) -> None:
    """Gemeentewet 2023-01-01 → 2022-11-05 as a Word download: the 400 page said «De eerste datum moet vóór de tweede
    liggen.» above a form whose lists were empty, so the choice could not be corrected there (helper-193)."""
    r = als("anna").get("/vergelijken/download.docx", {"regeling": "gemeentewet", "oud": "2023-01-01",
                                                       "nieuw": "2022-11-05"})
    html = r.content.decode()
    assert r.status_code == 400
    assert '<option value="gemeentewet"' in html and "2022-11-05" in html


@pytest.mark.parametrize(("ruw", "getoond"), [("２０２３-０６-０１", "geen datum in de vorm JJJJ-MM-DD"),
                                             ("\x00", "‘\\x00’ is geen datum in de vorm JJJJ-MM-DD"),
                                             ("2023-01-01\u200b", "‘2023-01-01\\u200b’ is geen datum")])
def test_a_date_of_other_digits_or_a_control_character_is_named(als: Any, ruw: str, getoond: str) -> None:
    """The checklist of Amsterdam (Gemeentewet 36a, tweede lid, on the default date): full-width digits were called «geen
    bestaande datum», and a NUL went into the page unseen (helper-193)."""
    html = als("anna").get("/checklist/GM0363/", {"datum": ruw}).content.decode()
    assert getoond in html and "\x00" not in html
