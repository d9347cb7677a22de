"""The web application, reviewed on 2026-12-07 (seventh session)."""

from __future__ import annotations

from typing import Any

from wetgeving.web.models import Opmerking

URL = "/consultatie/tranche-2/"


def test_a_quote_from_inside_a_word_is_refused_as_the_download_would_refuse_it(als: Any) -> None:
    """Gemeentewet 170, tweede lid (2026-10-01): «De burgemeester bevordert de bestuurlijke integriteit van de
    gemeente.» The form saved a comment quoting «meester bevordert» (a plain substring test); the organisation's
    reaction.docx then failed for everyone, since the document places quoted words as whole words (helper-172)."""
    c = als("anna")
    r = c.post(URL, {"bepaling": "artikel:170/lid:2", "over": "meester bevordert", "opmerking": "x"})
    assert r.status_code == 400 and "als hele woorden" in r.content.decode()
    assert not Opmerking.objects.exists()
    r = c.post(URL, {"bepaling": "artikel:170/lid:2", "over": "burgemeester bevordert", "opmerking": "x"})
    assert r.status_code == 302
    assert c.get(URL + "reactie.docx").status_code == 200
