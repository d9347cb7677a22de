"""The web application, reviewed on 2026-12-07 (eighth session)."""

from __future__ import annotations

import logging
import re
from typing import Any

import pytest

from wetgeving.web.models import Beoordeling


def test_inserted_units_of_a_tranche_have_their_own_anchor(als: Any) -> None:
    """Tranche 1 (Stb. 2022, 444) inserts Gemeentewet 28, tweede lid, and artikel 87: the comparison page gave every
    inserted unit id="None", the same id several times on one page (helper-179)."""
    html = als("anna").get("/vergelijken/", {"tranche": "tranche-1"}).content.decode()
    ids = re.findall(r' id="([^"]*)"', html)
    assert "None" not in ids
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("ruw", ["20230401", "2023-W14-1"])
def test_a_date_in_another_iso_form_is_refused(als: Any, ruw: str) -> None:
    """Gemeentewet 36a, tweede lid (VOG, from 2023-01-01): «20230401» and the week date «2023-W14-1» were read as a
    peildatum and as the day of an assessment, while the page asks for JJJJ-MM-DD (helper-179)."""
    c = als("anna")
    html = c.get("/checklist/GM0363/", {"datum": ruw}).content.decode()
    assert "geen datum in de vorm JJJJ-MM-DD" in html
    r = c.post("/checklist/GM0363/beoordeel/vog-wethouder/?datum=2023-06-01",
               {"status": "voldoet", "op": ruw, "formulier": "x"})
    assert "De datum van de beoordeling is geen datum in de vorm JJJJ-MM-DD." in r.content.decode()
    assert not Beoordeling.objects.exists()


def test_a_foreign_host_is_logged_in_one_line(client: Any) -> None:
    """A request with Host: evil.example gets the Dutch 400 page; the log got a full traceback at ERROR (helper-179)."""
    gezien: list[logging.LogRecord] = []

    class Vang(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            gezien.append(record)

    log = logging.getLogger("django.security.DisallowedHost")
    (kort,) = log.handlers  # the handler of settings.LOGGING, with its filter
    vang = Vang()
    vang.filters = kort.filters
    log.addHandler(vang)
    try:
        r = client.get("/", HTTP_HOST="evil.example")
    finally:
        log.removeHandler(vang)
    assert r.status_code == 400 and "Onjuist verzoek" in r.content.decode()
    assert gezien and all(x.exc_info is None and x.exc_text is None for x in gezien)
    assert "evil.example" in gezien[0].getMessage()
