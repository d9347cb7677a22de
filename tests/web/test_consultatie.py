"""Consultatie: read a bill by article, comments by several users of one organisation, the DOCX reaction."""

from __future__ import annotations

import io
from typing import Any

from wetgeving.web.models import Opmerking

URL = "/consultatie/tranche-2/"


def test_read_by_article(als: Any) -> None:
    html = als("anna").get(URL).content.decode()
    assert "Dit is een wetsvoorstel, geen geldend recht." in html  # a bill is never shown as law
    assert "ILLUSTRATIEF ONTWERP" in html
    assert "artikel 36c, eerste lid" in html and 'id="b-artikel-36c-lid-1"' in html


def test_comments_shared_within_the_organisation(als: Any) -> None:
    r = als("anna").post(URL, {"bepaling": "artikel:36c/lid:1", "over": "risicoanalyse bestuurlijke integriteit",
                               "opmerking": "Wie geeft de opdracht?", "alternatief": ""})
    assert r.status_code == 302
    als("lotte").post(URL, {"bepaling": "artikel:36c/lid:4", "opmerking": "Beperk de kring.",
                            "alternatief": "De uitkomst wordt vertrouwelijk ter kennis gebracht van de kandidaat en de "
                                           "burgemeester."})
    lotte = als("lotte").get(URL).content.decode()
    assert "Wie geeft de opdracht?" in lotte and "Beperk de kring." in lotte  # same organisation (VNG)
    piet = als("piet").get(URL).content.decode()
    assert "Wie geeft de opdracht?" not in piet  # another organisation


def test_comment_must_be_anchored_and_quote_exactly(als: Any) -> None:
    c = als("anna")
    r = c.post(URL, {"bepaling": "artikel:999", "opmerking": "x"})
    assert r.status_code == 400 and "Kies een bepaling" in r.content.decode()
    r = c.post(URL, {"bepaling": "artikel:36c/lid:1", "over": "niet in de tekst", "opmerking": "x"})
    assert r.status_code == 400 and "letterlijk" in r.content.decode()
    assert not Opmerking.objects.exists()


def test_without_organisation_only_reading(als: Any) -> None:
    c = als("jurist")
    assert c.get(URL).status_code == 200
    assert c.post(URL, {"bepaling": "artikel:36c/lid:1", "opmerking": "x"}).status_code == 403
    assert c.get(URL + "reactie.docx").status_code == 403


def test_hostile_comment_is_escaped(als: Any) -> None:
    hostile = "<script>alert('x')</script><img src=x onerror=alert(1)>"
    als("anna").post(URL, {"bepaling": "artikel:36c/lid:1", "opmerking": hostile})
    html = als("lotte").get(URL).content.decode()
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html


def test_docx_reaction(als: Any) -> None:
    als("anna").post(URL, {"bepaling": "artikel:36c/lid:1", "over": "risicoanalyse bestuurlijke integriteit",
                           "opmerking": "Wie geeft de opdracht?",
                           "alternatief": "Voorafgaand aan de benoeming van een wethouder laat de burgemeester een "
                                          "risicoanalyse bestuurlijke integriteit uitvoeren."})
    r = als("lotte").get(URL + "reactie.docx")
    assert r.status_code == 200 and r["Content-Disposition"] == 'attachment; filename="reactie-tranche-2.docx"'
    import zipfile

    z = zipfile.ZipFile(io.BytesIO(r.content))
    assert "Wie geeft de opdracht?" in z.read("word/comments.xml").decode()
    assert "<w:ins " in z.read("word/document.xml").decode()  # the alternative as a tracked change


def test_internetconsultatie_text(als: Any) -> None:
    als("anna").post(URL, {"bepaling": "artikel:36c/lid:4", "opmerking": "Beperk de kring tot de burgemeester."})
    r = als("lotte").get(URL + "reactie.txt")
    assert r.status_code == 200 and r["Content-Type"] == "text/plain; charset=utf-8"
    text = r.content.decode()
    assert "Beperk de kring tot de burgemeester." in text and "36c" in text
    assert als("piet").get(URL + "reactie.txt").status_code == 200  # his organisation has no comments
    assert "Beperk de kring" not in als("piet").get(URL + "reactie.txt").content.decode()
