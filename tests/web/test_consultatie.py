"""Consultatie: read a bill by article, comments by several users of one organisation, the DOCX reaction."""

from __future__ import annotations

import io
from typing import Any

import pytest

from wetgeving.web.models import Opmerking

URL = "/consultatie/tranche-2/"


def test_read_by_article(als: Any) -> None:
    html = als("anna").get(URL).content.decode()
    assert "Dit is een wetsvoorstel volgens de bronnen" in html and "geen geldend recht" in html  # never law
    assert "ILLUSTRATIEF ONTWERP" in html
    assert "artikel 36c, eerste lid" in html and 'id="b-artikel-36c-lid-1"' in html
    # Kamerstuk 36 892 (2026-12-05): 36c exists only in the draft; the page names the bill's onderdeel (Aanwijzing 6.20)
    assert "Artikel I, onderdeel A, van het illustratieve ontwerp: artikel 36c, eerste lid (in te voegen)" in html
    assert "Artikel I, onderdeel C, van het illustratieve ontwerp: artikel 170, tweede lid" in html


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


def test_a_refused_comment_comes_back_filled_in_under_its_provision(als: Any) -> None:
    """helper-100: a comment refused for words the provision does not hold came back with its opmerking and
    alternatief gone; they are filled in again, in the form of that provision, which is open."""
    r = als("anna").post(URL, {"bepaling": "artikel:36c/lid:1", "over": "niet in de tekst", "opmerking": "NIEUW <456>",
                               "alternatief": "ALT888"})
    html = r.content.decode()
    assert r.status_code == 400 and "letterlijk" in html
    vak = html[html.index('id="b-artikel-36c-lid-1"'):]
    vak = vak[:vak.index("</form>")]
    assert "<details open>" in vak and 'value="niet in de tekst"' in vak
    assert ">NIEUW &lt;456&gt;</textarea>" in vak and ">ALT888</textarea>" in vak
    assert html.count("<details open>") == 1


def test_an_enacted_law_is_no_wetsvoorstel_in_an_error(als: Any) -> None:
    """Tranche 1 (Stb. 2022, 444) is in force since 2023-01-01: «Kies een bepaling uit het wetsvoorstel.» (helper-100)."""
    r = als("anna").post("/consultatie/tranche-1/", {"bepaling": "artikel:999", "opmerking": "x"})
    assert r.status_code == 400 and "Kies een bepaling uit de wet." in r.content.decode()


def test_without_organisation_only_reading(als: Any) -> None:
    c = als("jurist")
    assert c.get(URL).status_code == 200
    r = c.post(URL, {"bepaling": "artikel:36c/lid:1", "opmerking": "x"})
    # the 403 page gives the reason, not «geen toegang tot deze gemeente» (helper-51)
    html = r.content.decode()
    assert r.status_code == 403 and "Alleen gebruikers van een organisatie kunnen reageren; vraag de beheerder" in html
    assert "om een rol" not in html  # a role does not help (helper-154)
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


# --- changing and removing a comment: its author only; the organisation reads it -------------------------

def _comment(als: Any, **fields: str) -> Opmerking:
    r = als("anna").post(URL, {"bepaling": "artikel:36c/lid:1", "opmerking": "Wie geeft de opdracht?", **fields})
    assert r.status_code == 302
    return Opmerking.objects.get()


def test_author_edits_with_plain_form(als: Any) -> None:
    o = _comment(als)
    c = als("anna")
    page = c.get(URL).content.decode()
    assert f'href="{URL}opmerking/{o.pk}/wijzigen/"' in page and f'href="{URL}opmerking/{o.pk}/verwijderen/"' in page
    form = c.get(f"{URL}opmerking/{o.pk}/wijzigen/")
    html = form.content.decode()
    assert form.status_code == 200 and "<html" in html and "Wie geeft de opdracht?</textarea>" in html
    r = c.post(f"{URL}opmerking/{o.pk}/wijzigen/", {"over": "risicoanalyse bestuurlijke integriteit",
                                                    "opmerking": "Wie geeft de opdracht, en wanneer?", "alternatief": ""})
    assert r.status_code == 302 and r["Location"] == f"{URL}#o-{o.pk}"
    o.refresh_from_db()
    assert (o.opmerking, o.over, o.bepaling) == ("Wie geeft de opdracht, en wanneer?", "risicoanalyse bestuurlijke integriteit",
                                                 "artikel:36c/lid:1")
    assert o.gewijzigd is not None and o.gewijzigd >= o.wanneer
    lotte = als("lotte").get(URL).content.decode()  # the organisation reads the changed comment
    assert "Wie geeft de opdracht, en wanneer?" in lotte and ", gewijzigd " in lotte


def test_author_edits_in_place_with_htmx(als: Any) -> None:
    o = _comment(als)
    c = als("anna")
    form = c.get(f"{URL}opmerking/{o.pk}/wijzigen/", HTTP_HX_REQUEST="true").content.decode()
    assert "<html" not in form and form.lstrip().startswith(f'<div class="melding opmerking" id="o-{o.pk}">')
    r = c.post(f"{URL}opmerking/{o.pk}/wijzigen/", {"opmerking": "Beter: de burgemeester.", "alternatief": "x"},
               HTTP_HX_REQUEST="true")
    html = r.content.decode()
    assert r.status_code == 200 and "<html" not in html
    # the alternative is isolated in <bdi> (2026-12-08: one text's direction controls can no longer reorder its line)
    assert "Opmerking gewijzigd." in html and "Beter: de burgemeester." in html and "Alternatief: <bdi>x</bdi>" in html
    back = c.get(f"{URL}opmerking/{o.pk}/", HTTP_HX_REQUEST="true").content.decode()  # 'Annuleren'
    assert "Beter: de burgemeester." in back and "<form" not in back
    assert c.get(f"{URL}opmerking/{o.pk}/")["Location"] == f"{URL}#o-{o.pk}"  # without htmx: the page at the comment


def test_edit_is_checked_as_a_new_comment(als: Any) -> None:
    o = _comment(als)
    c = als("anna")
    r = c.post(f"{URL}opmerking/{o.pk}/wijzigen/", {"over": "niet in de tekst", "opmerking": "x"})
    assert r.status_code == 400 and "letterlijk" in r.content.decode() and 'value="niet in de tekst"' in r.content.decode()
    r = c.post(f"{URL}opmerking/{o.pk}/wijzigen/", {"opmerking": "  "}, HTTP_HX_REQUEST="true")
    assert r.status_code == 422 and "Vul een opmerking in." in r.content.decode()
    o.refresh_from_db()
    assert o.opmerking == "Wie geeft de opdracht?" and o.gewijzigd is None


def test_author_deletes_with_confirmation(als: Any) -> None:
    o = _comment(als)
    c = als("anna")
    ask = c.get(f"{URL}opmerking/{o.pk}/verwijderen/")
    assert ask.status_code == 200 and "verwijderen?" in ask.content.decode()
    assert Opmerking.objects.filter(pk=o.pk).exists()  # asking removes nothing
    r = c.post(f"{URL}opmerking/{o.pk}/verwijderen/")
    assert r.status_code == 302 and r["Location"] == f"{URL}#b-artikel-36c-lid-1"
    assert not Opmerking.objects.exists()
    assert "Wie geeft de opdracht?" not in als("lotte").get(URL).content.decode()


def test_author_deletes_in_place_with_htmx(als: Any) -> None:
    o = _comment(als)
    r = als("anna").post(f"{URL}opmerking/{o.pk}/verwijderen/", HTTP_HX_REQUEST="true")
    assert r.status_code == 200 and "Opmerking verwijderd." in r.content.decode() and "<html" not in r.content.decode()
    assert not Opmerking.objects.exists()


@pytest.mark.parametrize("who", ["lotte", "piet", "jurist"])  # same organisation, another one, none
def test_only_the_author_changes_or_removes(als: Any, who: str) -> None:
    o = _comment(als)
    c = als(who)
    for method, path in (("get", "wijzigen/"), ("post", "wijzigen/"), ("get", "verwijderen/"), ("post", "verwijderen/")):
        r = getattr(c, method)(f"{URL}opmerking/{o.pk}/{path}", {"opmerking": "overgenomen"} if method == "post" else None)
        # her own organisation reads it (403: not hers to change); anyone else is told nothing exists (404)
        assert r.status_code == (403 if who == "lotte" else 404), (method, path)
        assert ("Geen toegang" if who == "lotte" else "Niet gevonden") in r.content.decode()
    o.refresh_from_db()
    assert o.opmerking == "Wie geeft de opdracht?" and o.gewijzigd is None
    page = c.get(URL).content.decode()
    assert f"opmerking/{o.pk}/wijzigen/" not in page and f"opmerking/{o.pk}/verwijderen/" not in page
    # the organisation reads it; anyone else gets 404 on the comment itself, as for one that does not exist
    assert c.get(f"{URL}opmerking/{o.pk}/", HTTP_HX_REQUEST="true").status_code == (200 if who == "lotte" else 404)


@pytest.mark.parametrize("path", ["", "wijzigen/", "verwijderen/"])
def test_a_comment_of_another_organisation_is_answered_as_a_missing_one(als: Any, path: str) -> None:
    """403 for an existing comment of another organisation and 404 for a missing one told a user which ids exist."""
    o = _comment(als)
    c = als("piet")  # another organisation
    for method in ("get",) if path == "" else ("get", "post"):  # the comment itself is GET only
        found, missing = (getattr(c, method)(f"{URL}opmerking/{pk}/{path}") for pk in (o.pk, o.pk + 1000))
        assert found.status_code == missing.status_code == 404, (method, path)
        assert _zonder_token(found.content) == _zonder_token(missing.content)


def test_edit_and_delete_need_csrf_and_login(users: Any, als: Any) -> None:
    from django.test import Client

    o = _comment(als)
    c = Client(enforce_csrf_checks=True)
    c.force_login(users["anna"], backend="django.contrib.auth.backends.ModelBackend")
    assert c.post(f"{URL}opmerking/{o.pk}/wijzigen/", {"opmerking": "zonder token"}).status_code == 403
    assert c.post(f"{URL}opmerking/{o.pk}/verwijderen/").status_code == 403
    anonymous = Client()
    for path in ("", "wijzigen/", "verwijderen/"):
        assert anonymous.get(f"{URL}opmerking/{o.pk}/{path}")["Location"].startswith("/accounts/login/?next=")
    o.refresh_from_db()
    assert o.opmerking == "Wie geeft de opdracht?"
    assert als("anna").get(f"/consultatie/tranche-1/opmerking/{o.pk}/wijzigen/").status_code == 404  # another bill


def test_hostile_edit_is_escaped(als: Any) -> None:
    o = _comment(als)
    als("anna").post(f"{URL}opmerking/{o.pk}/wijzigen/", {"opmerking": "<script>alert(1)</script>", "alternatief": "\"><b>x"})
    html = als("lotte").get(URL).content.decode()
    assert "<script>alert(1)" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "\"><b>x" not in html
    form = als("anna").get(f"{URL}opmerking/{o.pk}/wijzigen/").content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;</textarea>" in form


def _zonder_token(body: bytes) -> bytes:
    """A page without its CSRF token (masked anew in every response)."""
    import re

    return re.sub(rb'("X-CSRFToken": "|name="csrfmiddlewaretoken" value=")[^"]+', rb"\1", body)


@pytest.mark.parametrize("path", ["", "wijzigen/", "verwijderen/"])
def test_a_comment_without_organisation_is_not_shared_between_users_without_one(users: Any, als: Any, path: str) -> None:
    """A comment stored without an organisation (possible only from a shell or the admin) was readable by every
    user without an organisation: their "" equalled its "". Only its author reads it; for others it is missing."""
    o = Opmerking.objects.create(wetsvoorstel="tranche-2", organisatie="", bepaling="artikel:36c/lid:1",
                                 opmerking="Zonder organisatie", door=users["bob"])
    c = als("jurist")  # no organisation either
    for method in ("get",) if path == "" else ("get", "post"):
        found, missing = (getattr(c, method)(f"{URL}opmerking/{pk}/{path}", HTTP_HX_REQUEST="true") for pk in (o.pk, o.pk + 1000))
        assert found.status_code == missing.status_code == 404, (method, path)
        assert _zonder_token(found.content) == _zonder_token(missing.content)
    assert als("bob").get(f"{URL}opmerking/{o.pk}/", HTTP_HX_REQUEST="true").status_code == 200  # the author
