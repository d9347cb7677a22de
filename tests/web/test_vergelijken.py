"""Vergelijken: two versions of a regeling from the catalogue → diff, instructions, downloads."""

from __future__ import annotations

import io
import json
from typing import Any

import pytest

Q = "regeling=gemeentewet&oud=2022-11-05&nieuw=2023-04-01"


def test_diff_page(als: Any) -> None:
    html = als("jurist").get("/vergelijken/?" + Q).content.decode()  # a drafter needs no gemeente
    assert "37 artikelen verschillen" in html
    assert 'id="artikel-36a"' in html
    assert "<ins>" in html and "<del>" in html
    assert "https://wetten.overheid.nl/jci1.3:c:BWBR0005416&amp;artikel=12&amp;lid=2&amp;z=2023-04-01&amp;g=2023-04-01" in html
    assert "Wijzigingsinstructies" in html and "ARTIKEL I" in html
    assert "style=" not in html  # no inline styles: the CSP allows none
    # Gemeentewet 2022-11-05 → 2023-04-01: what the sources cannot show is on the page, as the CLI says it
    assert "Let op: het opschrift van hoofdstuk Va («Geheimhouding») staat niet in de bronnen" in html


def test_form_without_choice(als: Any) -> None:
    html = als("jurist").get("/vergelijken/").content.decode()
    assert '<option value="gemeentewet"' in html and "2026-10-01" in html


def test_wrong_choices_are_explained(als: Any) -> None:
    c = als("jurist")
    assert "vóór de tweede" in c.get("/vergelijken/?regeling=gemeentewet&oud=2023-04-01&nieuw=2022-11-05").content.decode()
    r = c.get("/vergelijken/?regeling=gemeentewet&oud=2023-02-02&nieuw=2023-04-01")
    # 2026-12-07 (fifth session): the date and the regeling named (helper-150)
    assert r.status_code == 400 and "2023-02-02 is geen datum van een versie van de Gemeentewet" in r.content.decode()
    assert "uit de lijst" in c.get("/vergelijken/?regeling=onbekend&oud=x&nieuw=y").content.decode()


def test_downloads(als: Any) -> None:
    c = als("jurist")
    data = json.loads(c.get("/vergelijken/download.json?" + Q).content)
    assert data["oud"]["geldig_vanaf"] == "2022-11-05" and len(data["artikelen"]) == 37
    page = c.get("/vergelijken/download.html?" + Q)
    assert page["Content-Disposition"].startswith("attachment;") and b"<html" in page.content
    from docx import Document

    doc = Document(io.BytesIO(c.get("/vergelijken/download.docx?" + Q).content))
    assert any("36a" in p.text for p in doc.paragraphs)
    assert c.get("/vergelijken/download.exe?" + Q).status_code == 404


def test_tranche_2_is_shown_as_a_draft_not_law(als: Any) -> None:
    c = als("jurist")
    html = c.get("/vergelijken/?tranche=tranche-2").content.decode()
    assert "ILLUSTRATIEF ONTWERP" in html  # a bill is never presented as law
    # helper-125: the dossier number as the Kamer prints it, «36 892»
    assert "illustratief ontwerp bij het wetsvoorstel (Kamerstuk 36 892, stukken gedateerd 2026-02-03), niet de tekst " \
           "ervan" in html
    assert 'id="artikel-36c"' in html
    assert "artikel=36c" not in html  # no link to wetten.overheid.nl for a provision that is not law
    data = json.loads(c.get("/vergelijken/download.json?tranche=tranche-2").content)
    assert data["label"].startswith("ILLUSTRATIEF ONTWERP")


def test_tranche_1(als: Any) -> None:
    html = als("jurist").get("/vergelijken/?tranche=tranche-1").content.decode()
    assert "Stb. 2022, 444" in html and 'id="artikel-36a"' in html
    assert "https://wetten.overheid.nl/jci1.3:c:BWBR0005416&amp;artikel=12&amp;lid=2&amp;z=2022-11-05" in html


def test_unknown_tranche(als: Any) -> None:
    r = als("jurist").get("/vergelijken/?tranche=tranche-9")
    assert r.status_code == 400 and "Kies een tranche" in r.content.decode()


def _testwet_files() -> tuple[bytes, bytes]:
    import dataclasses

    from tests.testwet import make_testwet
    from wetgeving.bronnen import native
    from wetgeving.model import Alinea, Artikel

    old = make_testwet()
    new = dataclasses.replace(old, inhoud=(*old.inhoud, Artikel("3", (Alinea("Een <b>nieuw</b> artikel."),))))
    return native.dumps(old), native.dumps(new)


def test_two_uploaded_files(als: Any) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    old, new = _testwet_files()
    c = als("jurist")
    r = c.post("/vergelijken/bestanden/", {"oud": SimpleUploadedFile("a.xml", old), "nieuw": SimpleUploadedFile("b.xml", new)})
    html = r.content.decode()
    assert r.status_code == 200 and 'id="artikel-3"' in html
    assert "Een &lt;b&gt;nieuw&lt;/b&gt; artikel." in html  # uploaded law text is escaped
    j = c.post("/vergelijken/bestanden/", {"oud": SimpleUploadedFile("a.xml", old), "nieuw": SimpleUploadedFile("b.xml", new),
                                           "formaat": "json"})
    assert json.loads(j.content)["artikelen"][0]["nieuw"] == "3"


def test_uploaded_files_refused(als: Any) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    old, _ = _testwet_files()
    c = als("jurist")
    r = c.post("/vergelijken/bestanden/", {"oud": SimpleUploadedFile("a.exe", old), "nieuw": SimpleUploadedFile("b.xml", old)})
    assert r.status_code == 400 and "geen .xml, .yaml of .md" in r.content.decode()
    bomb = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>'
    r = c.post("/vergelijken/bestanden/", {"oud": SimpleUploadedFile("a.xml", bomb), "nieuw": SimpleUploadedFile("b.xml", old)})
    assert r.status_code == 400
    assert c.post("/vergelijken/bestanden/", {}).status_code == 400


@pytest.mark.usefixtures("sources")  # the real sources: skipped locally without them
def test_instructions_for_one_version_against_itself_say_there_are_none(db: Any) -> None:
    # the view asks oud < nieuw; the service still answers plainly when both name one text (no empty "ARTIKEL I")
    from datetime import date

    from wetgeving.web import dienst

    assert dienst.instructies("gemeentewet", date(2023, 4, 1), date(2023, 4, 1)) == (
        "Geen wijzigingsinstructies: beide versies hebben dezelfde artikelen en indeling (bijlagen worden niet "
        "vergeleken).")


def test_an_uploaded_extract_is_not_compared_as_the_whole_law(als: Any, sources: Any) -> None:
    """Provinciewet 2022-11-05 → 2023-04-01 (2026-12-05): the sources hold only some artikelen of both versions.
    Uploaded, the two extracts are refused with the source named; a comparison of the whole law would call
    artikel 175 added."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    pw = sources / "provinciewet"
    files = {"oud": SimpleUploadedFile("oud.yaml", (pw / "art182-2022-11-05.selected.yaml").read_bytes()),
             "nieuw": SimpleUploadedFile("nieuw.yaml", (pw / "art175-182-2023-04-01.selected.yaml").read_bytes())}
    r = als("jurist").post("/vergelijken/bestanden/", files)
    html = r.content.decode()
    assert r.status_code == 400 and "bron provinciewet-2022-11-05" in html
    assert "alleen enkele artikelen van de Provinciewet" in html and 'id="artikel-175"' not in html


def test_the_place_marker_of_154b_stands_on_the_new_side_only(als: Any) -> None:
    """Gemeentewet 154b, eerste lid, 2023-04-01 → 2026-10-01: «[na de onderdelen]» stands before the closing words the
    new text adds; the old column showed it too, though the old lid has no closing words (helper-99)."""
    html = als("jurist").get("/vergelijken/?regeling=gemeentewet&oud=2023-04-01&nieuw=2026-10-01").content.decode()
    cellen = [c for c in html.split("<td>") if "overtreding van:" in c and "bestuurlijke boete" in c]
    assert len(cellen) >= 2
    oud, nieuw = cellen[0], cellen[1]
    assert "[na de onderdelen]" not in oud.split("</td>")[0] and "[na de onderdelen] <ins>De voordracht" in nieuw


def test_uploaded_v03_and_v07_files_say_the_sources_may_differ(als: Any, sources: Any) -> None:
    """Gemeentewet of 2023-04-01 (regelrecht v0.3) against 2026-10-01 (v0.7), as uploads: 154b, eerste lid, has words
    after its onderdelen in the second only, which the first kind of file cannot hold (helper-101)."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    map_ = sources / "gemeentewet" / "regelrecht"
    r = als("anna").post("/vergelijken/bestanden/", {
        "oud": SimpleUploadedFile("a.yaml", (map_ / "2023-04-01.yaml").read_bytes()),
        "nieuw": SimpleUploadedFile("b.yaml", (map_ / "2026-10-01.yaml").read_bytes())})
    html = r.content.decode()
    assert r.status_code == 200 and "(regelrecht-schema v0.3)" in html and "artikel 154b, eerste lid, zulke woorden" in html
