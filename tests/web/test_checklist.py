"""The checklist page: obligations on a date, recording (plain form and htmx), evidence files, history,
"wat is nieuw sinds" and exports."""

from __future__ import annotations

import hashlib
import io
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from wetgeving.web.models import Beoordeling, Bewijsstuk

URL = "/checklist/GM0363/"
VOG = "vog-wethouder"  # artikel 36a Gemeentewet, in force from 2023-01-01 (tranche 1)
PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


def test_shows_obligations_on_the_date(als: Any) -> None:
    html = als("anna").get(URL + "?datum=2023-06-01").content.decode()
    assert 'lang="nl"' in html
    assert "Checklist Amsterdam (GM0363) op 2023-06-01" in html
    assert 'id="v-vog-wethouder"' in html
    assert "https://wetten.overheid.nl/jci1.3:c:BWBR0005416&amp;artikel=36a" in html
    # before tranche 1 the VOG duty is not yet in force: its status says so (not 'geldend')
    before = als("anna").get(URL + "?datum=2022-06-01").content.decode()
    assert "nog niet geldend" in before


def test_bad_date_is_explained(als: Any) -> None:
    html = als("anna").get(URL + "?datum=31-12-2023").content.decode()
    assert "is geen datum in de vorm JJJJ-MM-DD" in html


def test_a_bad_date_is_never_today_in_an_export_or_an_assessment(als: Any) -> None:
    """helper-51: ?datum=abc gave a CSV named and made for today, and a POST recorded on today, without a word."""
    c = als("anna")
    r = c.get(URL + "export.csv?datum=abc")
    assert r.status_code == 400 and "‘abc’ is geen datum in de vorm JJJJ-MM-DD" in r.content.decode()
    assert "Content-Disposition" not in r
    r = c.post(f"{URL}beoordeel/{VOG}/?datum=xx", {"status": "voldoet", "op": "2023-06-01"})
    assert r.status_code == 400 and "er is niets vastgelegd" in r.content.decode()
    assert not Beoordeling.objects.exists()



def test_a_zip_named_docx_is_no_evidence_but_a_word_document_is(als: Any) -> None:
    """helper-51: any ZIP archive named .docx was stored and later served as a Word document."""
    import docx

    r = als("anna").post(f"{URL}beoordeel/{VOG}/?datum=2023-06-01", {"status": "voldoet", "op": "2023-06-01",
                         "bestand": SimpleUploadedFile("a.docx", b"PK\x03\x04zipzip")})
    assert r.status_code == 400 and "geen Word-document" in r.content.decode() and not Bewijsstuk.objects.exists()
    buf = io.BytesIO()
    docx.Document().save(buf)
    r = als("anna").post(f"{URL}beoordeel/{VOG}/?datum=2023-06-01", {"status": "voldoet", "op": "2023-06-01",
                         "bestand": SimpleUploadedFile("besluit.docx", buf.getvalue())})
    assert r.status_code == 302 and Bewijsstuk.objects.count() == 1


def test_a_note_longer_than_the_register_takes_is_refused(als: Any) -> None:
    """helper-51: a 2 MB note was accepted and shown on every load of the checklist."""
    r = als("anna").post(f"{URL}beoordeel/{VOG}/?datum=2023-06-01", {"status": "voldoet", "op": "2023-06-01",
                                                                      "notitie": "x" * 10_001})
    assert r.status_code == 400 and "langer dan 10.000 tekens" in r.content.decode()
    assert not Beoordeling.objects.exists()
    r = als("anna").post(f"{URL}beoordeel/{VOG}/?datum=2023-06-01", {"status": "voldoet", "op": "2023-06-01",
                                                                      "notitie": "x" * 10_000})
    assert r.status_code == 302


def test_a_bills_grondslag_says_wetsvoorstel_once(als: Any) -> None:
    html = als("anna").get(URL + "?datum=2026-12-06").content.decode()
    assert "beoogde bepaling in de Gemeentewet (wetsvoorstel)</summary>" in html and "(wetsvoorstel) (wetsvoorstel)" not in html


def test_an_assessment_on_a_day_the_obligation_does_not_exist_names_the_web_field(als: Any) -> None:
    """helper-51: the web refusal told the user to pick «een --op-datum» (an option the CLI does not even have) and
    named the obligation by its id only."""
    r = als("anna").post(f"{URL}beoordeel/{VOG}/?datum=2023-06-01", {"status": "voldoet", "op": "2000-01-01"})
    html = r.content.decode()
    assert r.status_code == 400 and "--op" not in html and "kies voor de datum een dag" in html
    assert "«Verklaring omtrent het gedrag bij de benoeming van een wethouder» (vog-wethouder)" in html


def test_record_with_plain_form(als: Any) -> None:
    c = als("anna")
    r = c.post(f"{URL}beoordeel/{VOG}/?datum=2023-06-01", {"status": "voldoet", "op": "2023-06-01", "bewijs": "https://example.org/besluit"})
    assert r.status_code == 302 and r["Location"].endswith(f"?datum=2023-06-01#v-{VOG}")
    b = Beoordeling.objects.get()
    assert (b.gemeente, b.verplichting, b.status, b.op, b.wie) == ("GM0363", VOG, "voldoet", "2023-06-01", "anna")
    assert b.periode == "vanaf-2023-01-01" and b.tekst  # the wording assessed is stored with it
    html = c.get(URL + "?datum=2023-06-01").content.decode()
    assert "‘voldoet’ — beoordeeld op 2023-06-01 door <bdi>anna</bdi>" in html  # the name isolated (2026-12-08)
    assert 'href="https://example.org/besluit"' in html


def test_record_with_htmx_returns_the_row(als: Any) -> None:
    r = als("anna").post(f"{URL}beoordeel/{VOG}/?datum=2023-06-01", {"status": "voldoet niet", "op": "2023-06-01"},
                         HTTP_HX_REQUEST="true")
    html = r.content.decode()
    assert r.status_code == 200
    assert html.lstrip().startswith(f'<section class="verplichting" id="v-{VOG}"')
    assert "‘voldoet niet’ — beoordeeld op 2023-06-01" in html


def test_words_must_fit(als: Any) -> None:
    r = als("anna").post(f"{URL}beoordeel/{VOG}/?datum=2023-06-01", {"status": "opgevolgd", "op": "2023-06-01"})
    assert r.status_code == 400
    assert "past niet bij" in r.content.decode()
    assert not Beoordeling.objects.exists()


@pytest.mark.parametrize("htmx", [True, False])
def test_a_refused_form_comes_back_as_it_was_filled_in(als: Any, htmx: bool) -> None:
    """helper-100: «niet van toepassing» without a reden came back with the oordeel reset to «voldoet», the date to the
    peildatum and the notitie and bewijs empty; adding the reden then recorded «voldoet», for good."""
    extra = {"HTTP_HX_REQUEST": "true"} if htmx else {}
    r = als("anna").post(f"{URL}beoordeel/{VOG}/?datum=2023-06-01",
                         {"status": "niet-van-toepassing", "op": "2023-05-02", "notitie": "MIJN <NOTITIE>",
                          "bewijs": "https://bewijs.example/x?a=1&b=2"}, **extra)
    assert r.status_code == (422 if htmx else 400)
    html = r.content.decode()
    rij = html[html.index(f'id="v-{VOG}"'):]
    rij = rij[:rij.index("</section>")]
    assert '<option value="niet-van-toepassing" selected>' in rij and 'value="2023-05-02"' in rij
    assert ">MIJN &lt;NOTITIE&gt;</textarea>" in rij and 'value="https://bewijs.example/x?a=1&amp;b=2"' in rij
    assert " selected>" not in html.replace(rij, "")  # only the refused row is filled in
    assert not Beoordeling.objects.exists()


def test_not_applicable_needs_reason(als: Any) -> None:
    r = als("anna").post(f"{URL}beoordeel/{VOG}/?datum=2023-06-01", {"status": "niet-van-toepassing", "op": "2023-06-01"},
                         HTTP_HX_REQUEST="true")
    assert r.status_code == 422
    assert "vraagt een reden" in r.content.decode()


def test_upload_evidence_stored_by_hash_and_downloadable(als: Any, settings: Any) -> None:
    c = als("anna")
    f = SimpleUploadedFile("../../etc/besluit.pdf", PDF, content_type="text/html")
    r = c.post(f"{URL}beoordeel/{VOG}/?datum=2023-06-01", {"status": "voldoet", "op": "2023-06-01", "bestand": f})
    assert r.status_code == 302
    sha = hashlib.sha256(PDF).hexdigest()
    stuk = Bewijsstuk.objects.get()
    assert (stuk.sha256, stuk.soort, stuk.grootte) == (sha, "application/pdf", len(PDF))
    stored = settings.UPLOAD_DIR / sha[:2] / sha
    assert stored.read_bytes() == PDF
    assert list(settings.UPLOAD_DIR.rglob("*.pdf")) == []  # never under the name the user chose
    assert f"sha256:{sha}" in Beoordeling.objects.get().bewijs
    d = c.get(f"{URL}bewijs/{stuk.pk}/")
    assert d.status_code == 200 and b"".join(d.streaming_content) == PDF
    assert d["Content-Disposition"].startswith("attachment;") and d["Content-Type"] == "application/pdf"


@pytest.mark.parametrize(("name", "data", "message"), [
    ("script.pdf", b"<script>alert(1)</script>", "bestandstype wordt niet aanvaard"),
    ("groot.pdf", b"%PDF-" + b"0" * (11 * 1024 * 1024), "groter dan 10 MB"),
])
def test_upload_refused(als: Any, settings: Any, name: str, data: bytes, message: str) -> None:
    f = SimpleUploadedFile(name, data)
    r = als("anna").post(f"{URL}beoordeel/{VOG}/?datum=2023-06-01", {"status": "voldoet", "op": "2023-06-01", "bestand": f})
    assert r.status_code == 400 and message in r.content.decode()
    assert not Beoordeling.objects.exists() and not Bewijsstuk.objects.exists()
    assert not settings.UPLOAD_DIR.exists() or not any(settings.UPLOAD_DIR.rglob("*"))


def test_history_keeps_every_assessment(als: Any) -> None:
    c = als("anna")
    for status in ("voldoet niet", "voldoet gedeeltelijk", "voldoet"):
        c.post(f"{URL}beoordeel/{VOG}/?datum=2023-06-01", {"status": status, "op": "2023-06-01"})
    html = c.get(f"{URL}geschiedenis/{VOG}/").content.decode()
    assert html.index("voldoet niet") < html.index("voldoet gedeeltelijk") < html.rindex("<td>voldoet</td>")
    part = c.get(f"{URL}geschiedenis/{VOG}/", HTTP_HX_REQUEST="true").content.decode()
    assert "<html" not in part and "voldoet gedeeltelijk" in part
    assert Beoordeling.objects.count() == 3


def test_wat_is_nieuw_sinds(als: Any) -> None:
    html = als("anna").get(URL + "?datum=2023-06-01&sinds=2022-06-01").content.decode()
    # headings and lists, not the Markdown of `checklist --since` in a <pre> (helper-129)
    assert 'id="kop-nieuw">Wat is er veranderd voor Amsterdam tussen 2022-06-01 en 2023-06-01</h2>' in html
    assert '<h3 class="utrecht-heading-3">Nieuw (' in html and "## " not in html and "[vog-wethouder]" in html


def test_export_csv_and_docx(als: Any) -> None:
    c = als("anna")
    c.post(f"{URL}beoordeel/{VOG}/?datum=2023-06-01", {"status": "voldoet", "op": "2023-06-01"})
    csv = c.get(f"{URL}export.csv?datum=2023-06-01")
    assert csv["Content-Type"].startswith("text/csv")
    assert VOG in csv.content.decode() and "voldoet" in csv.content.decode()
    docx = c.get(f"{URL}export.docx?datum=2023-06-01")
    from docx import Document

    text = "\n".join(p.text for p in Document(io.BytesIO(docx.content)).paragraphs)
    assert "Amsterdam" in text


def test_hostile_text_is_escaped(als: Any) -> None:
    c = als("anna")
    c.post(f"{URL}beoordeel/{VOG}/?datum=2023-06-01", {"status": "voldoet", "op": "2023-06-01",
                                                       "notitie": "<script>alert('x')</script>",
                                                       "bewijs": "javascript:alert(1)"})
    html = c.get(URL + "?datum=2023-06-01").content.decode()
    assert "<script>alert" not in html and "&lt;script&gt;alert" in html
    assert 'href="javascript:' not in html


def test_refused_assessment_keeps_no_evidence_row(als: Any) -> None:
    f = SimpleUploadedFile("besluit.pdf", PDF)
    r = als("anna").post(f"{URL}beoordeel/{VOG}/?datum=2023-06-01", {"status": "opgevolgd", "op": "2023-06-01", "bestand": f})
    assert r.status_code == 400
    assert not Bewijsstuk.objects.exists() and not Beoordeling.objects.exists()


def test_export_pdf(als: Any, soffice: str, tmp_path: Any) -> None:
    from tests.conftest import pdf_text

    c = als("lotte")  # a lezer may download, as CSV and DOCX
    html = c.get(URL + "?datum=2023-06-01").content.decode()
    assert f'href="{URL}export.pdf?datum=2023-06-01">PDF</a>' in html
    r = c.get(f"{URL}export.pdf?datum=2023-06-01")
    assert r.status_code == 200 and r["Content-Type"] == "application/pdf"
    assert r["Content-Disposition"] == 'attachment; filename="checklist-GM0363-2023-06-01.pdf"'
    assert r.content.startswith(b"%PDF")
    path = tmp_path / "checklist.pdf"
    path.write_bytes(r.content)
    text = " ".join(pdf_text(path).split())
    assert "Checklist weerbaar bestuur — Amsterdam" in text
    from wetgeving.compliance.verplichtingen import by_id

    v = by_id(VOG)
    assert v is not None and " ".join(v.titel.split()) in text


def test_export_pdf_without_libreoffice_is_a_dutch_page(als: Any, monkeypatch: Any, tmp_path: Any) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no soffice on PATH
    r = als("anna").get(f"{URL}export.pdf?datum=2023-06-01")
    html = r.content.decode()
    assert r.status_code == 503 and r["Content-Type"].startswith("text/html")
    assert "De checklist als PDF is nu niet te maken" in html
    assert "PDF vraagt LibreOffice (soffice), en dat is op deze computer niet gevonden." in html
    assert "installeer LibreOffice" in html and "of kies DOCX" in html
    assert f'href="{URL}export.docx?datum=2023-06-01">DOCX</a>' in html
    assert "Traceback" not in html


def test_refused_assessment_leaves_no_file_on_disk(als: Any, settings: Any) -> None:
    """A refused assessment ('niet van toepassing' without a reason) keeps neither the row nor the file."""
    f = SimpleUploadedFile("besluit.pdf", PDF)
    r = als("anna").post(f"{URL}beoordeel/{VOG}/?datum=2023-06-01", {"status": "niet-van-toepassing", "op": "2023-06-01",
                                                                     "bestand": f}, HTTP_HX_REQUEST="true")
    assert r.status_code == 422 and "vraagt een reden" in r.content.decode()
    assert not Bewijsstuk.objects.exists() and not Beoordeling.objects.exists()
    assert not settings.UPLOAD_DIR.exists() or [p for p in settings.UPLOAD_DIR.rglob("*") if p.is_file()] == []


def test_refused_assessment_keeps_a_file_another_row_refers_to(als: Any, settings: Any) -> None:
    c = als("anna")
    c.post(f"{URL}beoordeel/{VOG}/?datum=2023-06-01", {"status": "voldoet", "op": "2023-06-01",
                                                       "bestand": SimpleUploadedFile("besluit.pdf", PDF)})
    stuk = Bewijsstuk.objects.get()
    r = c.post(f"{URL}beoordeel/{VOG}/?datum=2023-06-01", {"status": "niet-van-toepassing", "op": "2023-06-01",
                                                           "bestand": SimpleUploadedFile("zelfde.pdf", PDF)})
    assert r.status_code == 400
    assert list(Bewijsstuk.objects.all()) == [stuk] and Beoordeling.objects.count() == 1
    assert (settings.UPLOAD_DIR / stuk.sha256[:2] / stuk.sha256).read_bytes() == PDF  # still there for the first one
    assert b"".join(c.get(f"{URL}bewijs/{stuk.pk}/").streaming_content) == PDF


def test_a_failure_after_the_file_was_written_removes_it(users: Any, settings: Any) -> None:
    """If recording fails after the file is on disk (e.g. at commit), the file no row refers to goes again."""
    from wetgeving.web import bewijs

    upload = bewijs.lees(SimpleUploadedFile("besluit.pdf", PDF))
    written: list[bool] = []

    def fail_after_write(stuk: Any, tekst: str) -> None:
        bewijs.schrijf(upload)  # as if the transaction had got as far as writing
        written.append(bewijs.pad(upload.sha256).is_file())
        raise RuntimeError("commit mislukt")

    with pytest.raises(RuntimeError, match="commit mislukt"):
        bewijs.met_bewijs(upload, "GM0363", users["anna"], fail_after_write)
    assert written == [True]
    assert not bewijs.pad(upload.sha256).exists() and not Bewijsstuk.objects.exists()


def test_cleanup_only_removes_unreferenced_files(users: Any, settings: Any) -> None:
    from wetgeving.web import bewijs

    kept = bewijs.lees(SimpleUploadedFile("a.pdf", PDF))
    orphan = bewijs.lees(SimpleUploadedFile("b.pdf", PDF + b"%% ander\n"))
    bewijs.met_bewijs(kept, "GM0363", users["anna"], lambda stuk, tekst: None)
    bewijs.schrijf(orphan)
    assert bewijs.opruimen(kept.sha256) is False and bewijs.pad(kept.sha256).read_bytes() == PDF
    assert bewijs.opruimen(orphan.sha256) is True and not bewijs.pad(orphan.sha256).exists()


def test_an_assessment_of_a_day_that_has_not_come_is_refused(als: Any) -> None:
    """The form's date defaults to the checklist's peildatum, which may lie in the future (?datum=9999-12-31):
    such an assessment was stored; it is refused in Dutch, as 'register record --op' is."""
    r = als("anna").post(f"{URL}beoordeel/{VOG}/?datum=2023-06-01", {"status": "voldoet", "op": "9999-12-31"},
                         HTTP_HX_REQUEST="true")
    assert r.status_code == 422 and "de datum 9999-12-31 ligt na vandaag" in r.content.decode()
    assert not Beoordeling.objects.exists()


def test_the_forms_date_is_a_day_that_has_come(als: Any) -> None:
    """On a checklist of a later peildatum (?datum=9999-12-31) the form's date was that peildatum, so recording
    with it was refused; it is today now (the browser is told: max), and an empty date records today."""
    from wetgeving.compliance.register import vastgelegd_op

    today, c = vastgelegd_op(), als("anna")
    html = c.get(f"{URL}?datum=9999-12-31").content.decode()
    assert f'id="op-{VOG}" name="op" value="{today}" max="{today}"' in html
    old = c.get(f"{URL}?datum=2023-06-01").content.decode()
    assert f'id="op-{VOG}" name="op" value="2023-06-01" max="{today}"' in old
    r = c.post(f"{URL}beoordeel/{VOG}/?datum=9999-12-31", {"status": "opgevolgd", "op": "9999-12-31"})
    assert r.status_code == 400 and "de datum 9999-12-31 ligt na vandaag" in r.content.decode()
    assert "de stand op 9999-12-31" not in r.content.decode()
    r = c.post(f"{URL}beoordeel/{VOG}/?datum=9999-12-31", {"status": "voldoet", "op": ""})
    assert r.status_code == 302 and Beoordeling.objects.get().op == today


@pytest.mark.parametrize("fmt", ["csv", "docx", "pdf", "xlsx", "exe"])
def test_export_checks_the_role_before_the_format(als: Any, fmt: str) -> None:
    """A user without a role for the gemeente got 404 for an unknown format and 403 for a known one; every other
    view of a gemeente answers 403 first, so the format must not change the answer."""
    assert als("piet").get(f"{URL}export.{fmt}?datum=2023-06-01").status_code == 403
    assert als("anna").get(f"{URL}export.exe?datum=2023-06-01").status_code == 404


def test_a_date_before_the_first_source_of_the_duty_is_a_dutch_error(als: Any) -> None:
    """Artikel 15, derde lid (gedragscode raad) on 2000-01-01: the sources show it from 2011-02-23; the form refuses
    the assessment with the same rule as the CLI (400, nothing stored)."""
    r = als("anna").post(f"{URL}beoordeel/gedragscode-raad/?datum=2000-01-01", {"status": "voldoet", "op": "2000-01-01"})
    assert r.status_code == 400
    assert "niet vast te stellen" in r.content.decode() and "2011-02-23" in r.content.decode()
    assert not Beoordeling.objects.exists()


def test_pdf_exports_beyond_the_limit_get_the_dutch_export_page(als: Any, monkeypatch: Any) -> None:
    """A PDF runs LibreOffice for seconds and any signed-in lezer may ask for one: with PDF_TEGELIJK conversions
    running, the next request gets 503 with a Dutch page at once instead of starting another LibreOffice."""
    from wetgeving.web.views import checklist as view

    gestart: list[str] = []
    monkeypatch.setattr(view.dienst, "export_checklist", lambda c, fmt: gestart.append(fmt) or b"%PDF-")
    for _ in range(view.PDF_TEGELIJK):  # as if that many conversions were running
        assert view._pdf_plaatsen.acquire(blocking=False)
    try:
        r = als("anna").get(f"{URL}export.pdf?datum=2023-06-01")
        assert r.status_code == 503 and gestart == []
        html = r.content.decode()
        assert "er worden al 2 PDF-bestanden tegelijk gemaakt" in html and "probeer het over een minuut opnieuw" in html
        assert als("anna").get(f"{URL}export.csv?datum=2023-06-01").status_code == 200  # other formats go on
    finally:
        for _ in range(view.PDF_TEGELIJK):
            view._pdf_plaatsen.release()
    assert als("anna").get(f"{URL}export.pdf?datum=2023-06-01").status_code == 200 and gestart == ["csv", "pdf"]


def test_a_long_wrong_date_is_not_echoed_whole(als: Any) -> None:
    """helper-100: a `datum` of 3,000 characters was repeated whole in the error (and in the PDF's error page)."""
    r = als("anna").get(f"{URL}?datum=" + "9" * 3000)
    html = r.content.decode()
    assert "is geen datum in de vorm JJJJ-MM-DD" in html and "9" * 41 not in html and "9" * 40 + "…" in html


def test_an_earlier_assessment_recorded_under_a_later_one_says_why_it_is_not_shown(als: Any) -> None:
    """helper-100: an assessment about 2023-05-01, recorded while one about 2023-06-01 was shown, got «Vastgelegd.»
    and the row still showed the later one, without a word why."""
    c = als("anna")
    c.post(f"{URL}beoordeel/{VOG}/?datum=2023-06-01", {"status": "voldoet niet", "op": "2023-06-01"}, HTTP_HX_REQUEST="true")
    r = c.post(f"{URL}beoordeel/{VOG}/?datum=2023-06-01", {"status": "voldoet", "op": "2023-05-01"}, HTTP_HX_REQUEST="true")
    html = r.content.decode()
    assert r.status_code == 200 and "Vastgelegd." in html
    assert "de beoordeling van 2023-06-01 is later dan deze van 2023-05-01 en blijft daarom hier staan" in html
