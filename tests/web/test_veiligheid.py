"""Findings of the security-and-correctness review of the web application: each test failed before its fix."""

from __future__ import annotations

import hashlib
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from wetgeving.web.models import Beoordeling, Bewijsstuk

URL = "/checklist/GM0363/"
VOG = "vog-wethouder"  # artikel 36a Gemeentewet, in force from 2023-01-01 (tranche 1)
PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


def _vervallen() -> str:
    """An obligation that exists, but not on 2023-06-01 (it is on no checklist of that date)."""
    from datetime import date

    from wetgeving.web import dienst

    return next(v.id for v in dienst.verplichtingen() if not dienst.woorden(v, date(2023, 6, 1)))


@pytest.mark.parametrize("status", ["voldoet", "geen-woord"])
def test_htmx_assessment_of_an_obligation_not_on_the_list_is_a_dutch_fragment(als: Any, status: str) -> None:
    """Was a 500 (NoReverseMatch in _regel.html with no row) for an obligation not on the date's checklist."""
    vid = _vervallen()
    r = als("anna").post(f"{URL}beoordeel/{vid}/?datum=2023-06-01", {"status": status, "op": "2023-06-01"},
                         HTTP_HX_REQUEST="true")
    html = r.content.decode()
    assert r.status_code == 422
    assert html.lstrip().startswith(f'<section class="verplichting" id="v-{vid}"')
    assert "Niet vastgelegd:" in html and "staat niet op de checklist van 2023-06-01" in html
    assert not Beoordeling.objects.exists()


def test_evidence_link_is_the_file_recorded_with_the_assessment(als: Any) -> None:
    """The 'bestand downloaden' link came from the first 'sha256:…' in the evidence text, which the user types:
    it could point at another file of the gemeente than the one recorded with the assessment."""
    c = als("anna")
    ander = PDF + b"% ander\n"
    c.post(f"{URL}beoordeel/{VOG}/?datum=2023-06-01", {"status": "voldoet", "op": "2023-06-01",
                                                       "bestand": SimpleUploadedFile("ander.pdf", ander)})
    r = c.post(f"{URL}beoordeel/{VOG}/?datum=2023-06-01", {
        "status": "voldoet", "op": "2023-06-01", "bewijs": f"zie sha256:{hashlib.sha256(ander).hexdigest()}",
        "bestand": SimpleUploadedFile("besluit.pdf", PDF)})
    assert r.status_code == 302
    eigen = Beoordeling.objects.order_by("-id").first()
    assert eigen is not None and eigen.bewijsstuk is not None and eigen.bewijsstuk.naam == "besluit.pdf"
    html = c.get(URL + "?datum=2023-06-01").content.decode()
    rij = html[html.index(f'id="v-{VOG}"'):]
    rij = rij[:rij.index("</section>")]
    assert f'href="{URL}bewijs/{eigen.bewijsstuk.pk}/">bestand downloaden' in rij
    anders = Bewijsstuk.objects.exclude(pk=eigen.bewijsstuk.pk).get()
    assert f"{URL}bewijs/{anders.pk}/" not in rij


def test_typed_hash_without_upload_is_no_download_link(als: Any) -> None:
    c = als("anna")
    c.post(f"{URL}beoordeel/{VOG}/?datum=2023-06-01", {"status": "voldoet", "op": "2023-06-01",
                                                       "bestand": SimpleUploadedFile("besluit.pdf", PDF)})
    sha = Bewijsstuk.objects.get().sha256
    c.post(f"{URL}beoordeel/{VOG}/?datum=2023-06-01", {"status": "voldoet niet", "op": "2023-06-01",
                                                       "bewijs": f"sha256:{sha}"})
    html = c.get(URL + "?datum=2023-06-01").content.decode()
    rij = html[html.index(f'id="v-{VOG}"'):]
    rij = rij[:rij.index("</section>")]
    assert "‘voldoet niet’ — beoordeeld op" in rij and "bestand downloaden" not in rij


def test_link_with_an_uploaded_file_is_only_the_url(als: Any) -> None:
    """A link and a file together: the href was the whole evidence text ('https://…; bestand x.pdf (sha256:…)')."""
    c = als("anna")
    c.post(f"{URL}beoordeel/{VOG}/?datum=2023-06-01", {"status": "voldoet", "op": "2023-06-01",
                                                       "bewijs": "https://example.org/besluit?id=1",
                                                       "bestand": SimpleUploadedFile("besluit.pdf", PDF)})
    html = c.get(URL + "?datum=2023-06-01").content.decode()
    assert 'href="https://example.org/besluit?id=1" rel="noopener noreferrer">' in html
    assert 'href="https://example.org/besluit?id=1;' not in html


@pytest.mark.parametrize("bewijs", ["javascript:alert(1)", "JavaScript:alert(1)//https://x", " https://x", "data:text/html,x",
                                    "https://x\" onmouseover=\"alert(1)", "http://"])
def test_evidence_text_that_is_no_web_address_is_no_link(als: Any, bewijs: str) -> None:
    c = als("anna")
    c.post(f"{URL}beoordeel/{VOG}/?datum=2023-06-01", {"status": "voldoet", "op": "2023-06-01", "bewijs": bewijs})
    html = c.get(URL + "?datum=2023-06-01").content.decode()
    rij = html[html.index(f'id="v-{VOG}"'):]
    rij = rij[:rij.index("</section>")]
    assert "Bewijs: " in rij
    assert 'rel="noopener noreferrer"' not in rij or bewijs.strip().startswith("https://x")
    assert 'onmouseover="' not in rij and 'href="javascript' not in rij.lower() and 'href="data' not in rij


@pytest.mark.parametrize("url", ["/", "/overzicht/"])
@pytest.mark.parametrize("method", ["post", "put", "delete"])
def test_read_only_pages_refuse_other_methods(als: Any, url: str, method: str) -> None:
    """The start page and the overview answered 200 to POST, PUT and DELETE; every other page answers only GET."""
    assert getattr(als("bob"), method)(url).status_code == 405


def test_an_upload_request_over_the_limit_is_refused_unread(als: Any, settings: Any) -> None:
    """Django limits form fields, not files: a multipart request of any size was streamed to temporary files
    before a view could refuse it. Now the declared length is checked first (413, a Dutch page that says what is too
    large and the limits; helper-51: the general «Onjuist verzoek» said neither)."""
    settings.UPLOAD_MAX_REQUEST_BYTES = 4096
    f = SimpleUploadedFile("besluit.pdf", PDF + b"0" * 8192)
    r = als("anna").post(f"{URL}beoordeel/{VOG}/?datum=2023-06-01", {"status": "voldoet", "op": "2023-06-01", "bestand": f})
    assert r.status_code == 413 and "Het verzoek is te groot" in r.content.decode()
    assert "Een bewijsstuk is ten hoogste 10 MB" in r.content.decode()
    assert not Beoordeling.objects.exists() and not Bewijsstuk.objects.exists()
    # htmx shows it in place of the page (it does not swap other 4xx answers)
    r = als("anna").post(f"{URL}beoordeel/{VOG}/?datum=2023-06-01", {"status": "voldoet", "op": "2023-06-01",
                         "bestand": SimpleUploadedFile("besluit.pdf", PDF + b"0" * 8192)}, HTTP_HX_REQUEST="true")
    assert r.status_code == 413 and r["HX-Retarget"] == "body"
    klein = SimpleUploadedFile("besluit.pdf", PDF)
    r = als("anna").post(f"{URL}beoordeel/{VOG}/?datum=2023-06-01", {"status": "voldoet", "op": "2023-06-01", "bestand": klein})
    assert r.status_code == 302 and Bewijsstuk.objects.count() == 1


def test_too_large_versions_to_compare_are_not_called_evidence(als: Any, settings: Any) -> None:
    """helper-100: two files too large to compare got «Een bewijsstuk is ten hoogste 10 MB … verwijs in het veld
    «Bewijs» naar de vindplaats»; that page has no evidence, and its files may be 16 MB."""
    settings.UPLOAD_MAX_REQUEST_BYTES = 4096
    r = als("anna").post("/vergelijken/bestanden/", {"oud": SimpleUploadedFile("a.xml", b"0" * 8192),
                                                     "nieuw": SimpleUploadedFile("b.xml", b"<x/>")})
    html = r.content.decode()
    assert r.status_code == 413 and "Een bestand om te vergelijken is ten hoogste 16 MB" in html
    assert "bewijsstuk" not in html.lower() and "«Bewijs»" not in html


def test_the_request_limit_leaves_room_for_the_largest_upload() -> None:
    from django.conf import settings

    from wetgeving.web.views.vergelijken import MAX_BESTAND

    assert settings.UPLOAD_MAX_REQUEST_BYTES > 2 * MAX_BESTAND > settings.BEWIJS_MAX_BYTES


def test_an_anonymous_upload_over_the_limit_is_refused_before_the_csrf_check_reads_it(users: Any, settings: Any) -> None:
    from django.test import Client

    settings.UPLOAD_MAX_REQUEST_BYTES = 4096
    c = Client(enforce_csrf_checks=True)
    c.get("/accounts/login/")  # the CSRF cookie anyone gets
    r = c.post("/accounts/login/", {"username": "x", "bestand": SimpleUploadedFile("x.pdf", b"0" * 8192)})
    assert r.status_code == 413 and "Het verzoek is te groot" in r.content.decode()


def test_an_htmx_request_after_the_session_expired_goes_to_the_login_page_whole(users: Any) -> None:
    """helper-51: htmx followed the 302 to the login page and swapped the whole page into the checklist row, with a
    «next» that only takes POST. Now: HX-Redirect to the login page, back to the page the user was on."""
    from django.test import Client

    r = Client().post(f"{URL}beoordeel/{VOG}/?datum=2023-06-01", {"status": "voldoet"}, HTTP_HX_REQUEST="true",
                      HTTP_HX_CURRENT_URL=f"http://testserver{URL}?datum=2023-06-01")
    assert r.status_code == 200 and r["HX-Redirect"] == "/accounts/login/?next=%2Fchecklist%2FGM0363%2F%3Fdatum%3D2023-06-01"
    assert Client().post(f"{URL}beoordeel/{VOG}/", {"status": "voldoet"}).status_code == 302  # without htmx as before


KWAAD = '<script>alert(1)</script>"onmouseover="x" {{ 7|add:1 }} javascript:alert(1)'


def _geen_ruwe_html(html: str) -> None:
    assert "<script>alert" not in html and 'onmouseover="x"' not in html and 'href="javascript' not in html.lower()
    assert "{{ 7|add:1 }}" not in html or "&lt;script&gt;" in html  # shown as text, never evaluated


def test_hostile_gemeente_and_user_and_file_names_are_escaped(als: Any, users: Any, monkeypatch: Any) -> None:
    """Gemeente names come from a CSV, user names from the admin, file names from the upload: all are text."""
    from wetgeving.compliance import gemeenten as gm
    from wetgeving.web import dienst

    echt = gm.load()
    monkeypatch.setattr(dienst.gm, "load", lambda path=None: [
        gm.Gemeente(g.code, KWAAD if g.code in ("GM0363", "GM0599") else g.naam, g.provincie) for g in echt])
    for u in ("anna", "bob"):
        users[u].first_name = KWAAD
        users[u].save()
    c = als("anna")
    r = c.post(f"{URL}beoordeel/{VOG}/?datum=2023-06-01", {"status": "voldoet", "op": "2023-06-01", "reden": KWAAD,
                                                           "notitie": KWAAD, "bestand": SimpleUploadedFile(KWAAD + ".pdf", PDF)})
    assert r.status_code == 302
    for url in ("/", "/checklist/", URL + "?datum=2023-06-01&sinds=2022-06-01", "/register/GM0363/", f"{URL}geschiedenis/{VOG}/"):
        html = c.get(url).content.decode()
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html, url
        _geen_ruwe_html(html)
    fragment = c.post(f"{URL}beoordeel/{VOG}/?datum=2023-06-01", {"status": "voldoet", "op": "2023-06-01", "notitie": KWAAD},
                      HTTP_HX_REQUEST="true").content.decode()
    _geen_ruwe_html(fragment)
    html = als("bob").get("/overzicht/?datum=2023-06-01").content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    _geen_ruwe_html(html)


@pytest.mark.parametrize("url", ["/checklist/GM0363/?datum=", "/checklist/GM0363/?datum=2023-06-01&sinds=", "/overzicht/?datum=",
                                 "/vergelijken/?regeling=", "/vergelijken/?regeling=gemeentewet&oud=", "/vergelijken/?tranche=",
                                 "/accounts/login/?next="])
def test_reflected_query_parameters_are_escaped(als: Any, url: str) -> None:
    r = als("bob").get(url + KWAAD)
    assert r.status_code in (200, 400)
    _geen_ruwe_html(r.content.decode())


def test_evidence_download_headers(als: Any) -> None:
    als("anna").post(f"{URL}beoordeel/{VOG}/?datum=2023-06-01", {"status": "voldoet", "op": "2023-06-01",
                                                                 "bestand": SimpleUploadedFile("../<b>.pdf", PDF)})
    c = als("lotte")  # a lezer downloads
    stuk = Bewijsstuk.objects.get()
    r = c.get(f"{URL}bewijs/{stuk.pk}/")
    assert r.status_code == 200
    assert r["Content-Disposition"] == f'attachment; filename="bewijs-{stuk.pk}.pdf"'
    assert r["Content-Type"] == "application/pdf" and r["X-Content-Type-Options"] == "nosniff"
    assert "default-src 'self'" in r["Content-Security-Policy"]


@pytest.mark.parametrize(("who", "method", "url", "allow"), [
    (None, "get", "/accounts/logout/", "POST"), ("anna", "get", "/accounts/logout/", "POST"),
    ("bob", "delete", "/overzicht/", "GET"), ("anna", "get", f"/checklist/GM0363/beoordeel/{VOG}/", "POST"),
])
def test_a_method_the_page_does_not_take_gets_a_dutch_page(als: Any, client: Any, who: str | None, method: str,
                                                           url: str, allow: str) -> None:
    """Was a 405 with an empty body: a blank page for a user who typed /accounts/logout/."""
    r = getattr(als(who) if who else client, method)(url)
    html = r.content.decode()
    assert r.status_code == 405 and allow in r["Allow"]
    assert "Niet zo op te vragen" in html and ("Afmelden gaat met de knop Afmelden" in html) == ("logout" in url)
    assert 'lang="nl"' in html and "toegestaan:" not in html  # no HTTP words (helper-73)
    assert ("Dit adres opent u als pagina" in html) == ("GET" in allow)
