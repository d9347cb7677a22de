"""The web application, reviewed on 2026-12-07 (helper-120): security and robustness."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def test_a_host_not_allowed_is_a_400_not_a_500(client: Any) -> None:
    """A request with an unknown Host header is refused by Django before the user is known; the menu's context
    processor then failed and the answer was a 500 with a traceback in the log."""
    r = client.get("/", HTTP_HOST="evil.example")
    assert r.status_code == 400


def test_two_markdown_mirror_files_compare_by_their_names(als: Any, sources: Path) -> None:
    """Gemeentewet in the Markdown mirror, 2013-07-01 against 2014-09-03: the page took the version date from the
    name «oud.md», never from the uploaded name, so Markdown could never be compared."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    md = sources / "gemeentewet" / "laws-markdown"
    r = als("anna").post("/vergelijken/bestanden/", {
        "oud": SimpleUploadedFile("2013-07-01.md", (md / "2013-07-01.md").read_bytes()),
        "nieuw": SimpleUploadedFile("2014-09-03.md", (md / "2014-09-03.md").read_bytes())})
    assert r.status_code == 200, r.content.decode()[:500]
    assert "versiedatum is niet af te leiden" not in r.content.decode()


def test_head_is_answered_as_get(als: Any) -> None:
    """An uptime monitor's HEAD got a 405 on every page (require_GET); it is answered as GET without a body."""
    r = als("anna").head("/checklist/GM0363/?datum=2023-06-01")
    assert r.status_code == 200


def test_head_is_answered_on_the_consultation_page(als: Any) -> None:
    """HEAD on /consultatie/… was still a 405 (helper-122): its views took GET and POST only."""
    assert als("anna").head("/consultatie/tranche-2/").status_code == 200


def test_head_never_removes_a_comment(als: Any, users: dict[str, Any]) -> None:
    """HEAD is a safe method (no CSRF check): on «verwijderen» it must only ask, as GET does, never remove."""
    from wetgeving.web.models import Opmerking

    c = als("anna")
    o = Opmerking.objects.create(wetsvoorstel="tranche-2", organisatie="VNG", bepaling="artikel:36c/lid:1",
                                 opmerking="Een opmerking om te bewaren.", door=users["anna"])
    assert c.head(f"/consultatie/tranche-2/opmerking/{o.pk}/verwijderen/").status_code == 200
    assert Opmerking.objects.filter(pk=o.pk).exists()
