"""What the web pages say about the law (helper-31's legal review of 2026-12-05).

The checklist must say what the checklist's other outputs say: each obligation's own
toelichting (where the tool marks a reading as «onze lezing», or what the sources do not show) and the change still to
come on a later date. The page left both out (helper-31's legal review), while the Markdown export shows them: a user
of the page read «Raadsleden maken hun andere functies openbaar» on 2022-12-01 without being told that the duty
changes on 2023-01-01 (Gemeentewet 12, Stb. 2022, 444), and the geheimhouding duties of artikel 25 without the
toelichting that says which words are the law's and which are our reading."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

URL = "/checklist/GM0363/"


@pytest.fixture
def lezer(client: Any, db: Any) -> Any:
    from django.contrib.auth.models import User

    from wetgeving.web.models import Lidmaatschap

    u = User.objects.create_user("lezer", password="een-lang-wachtwoord-42")
    Lidmaatschap.objects.create(gebruiker=u, gemeente="GM0363", rol="lezer")
    client.force_login(u, backend="django.contrib.auth.backends.ModelBackend")
    return client


def _section(html: str, verplichting: str) -> str:
    start = html.index(f'id="v-{verplichting}"')
    return html[start:html.index("</section>", start)]


def test_gemeentewet_12_on_2022_12_01_says_it_changes_on_2023_01_01(lezer: Any) -> None:
    html = lezer.get(URL + "?datum=2022-12-01").content.decode()
    section = _section(html, "nevenfuncties-raadslid")
    # on 2022-12-01 the date was not yet set: the besluit of 2022-12-16 (Stb. 2022, 504) did that (helper-111)
    assert "<dt>Wijzigt op een bij koninklijk besluit te bepalen tijdstip (later vastgesteld: 2023-01-01)</dt>" in section
    assert "Raadsleden maken hun andere functies openbaar" in section


def test_gemeentewet_25_on_2022_12_01_shows_the_toelichting_of_the_geheimhouding_duty(lezer: Any) -> None:
    html = lezer.get(URL + "?datum=2022-12-01").content.decode()
    section = _section(html, "geheimhouding-oplegging")
    assert "<dt>Toelichting</dt>" in section and "«kunnen»" in section
    # hoofdstuk Va (artikel 87) from 2023-04-01, a date set only on 2022-12-16 (helper-111)
    assert "<dt>Wijzigt op een bij koninklijk besluit te bepalen tijdstip (later vastgesteld: 2023-04-01)</dt>" in section


def test_every_toelichting_of_the_checklist_on_2023_04_01_is_on_the_page(lezer: Any, sources: Any) -> None:
    """The page against the checklist data of the same date: no obligation's toelichting or next change left out."""
    import html as h
    from datetime import date

    from wetgeving.app import naleving
    from wetgeving.bronnen.catalogus import Catalogus
    from wetgeving.render.checklist import row_data
    from wetgeving.web.register import OrmRegister

    page = h.unescape(lezer.get(URL + "?datum=2023-04-01").content.decode())
    cat = Catalogus.uit_omgeving({"WETGEVING_SOURCES": str(sources)})
    with OrmRegister() as reg:
        rows = [row_data(r) for r in naleving.checklist_of(cat, reg, None, "GM0363", date(2023, 4, 1)).regels]
    assert any(r["toelichting"] for r in rows)
    for r in rows:
        section = _section(page, r["id"])
        assert not r["toelichting"] or r["toelichting"] in section, r["id"]
        assert not r["volgende"] or r["volgende"]["handeling"] in section, r["id"]


def test_tranche_1_stb_2022_444_applied_alone_is_not_labelled_as_the_gemeentewet_of_2023_04_01(sources: Any) -> None:
    """`tranche diff 1 --law gemeentewet` (and the web's compare page) applies only the Wet bevorderen integriteit
    en functioneren decentraal bestuur (Stb. 2022, 444) to the Gemeentewet of 2022-11-05. The new side was headed
    «Gemeentewet: 2023-04-01», its JSON «geldig_vanaf: 2023-04-01», while the other changes of 2023-01-01 (the
    rekenkamer in artikel 68, eerste lid, onder k; corpus/tranches/overig-2023.xml) are not in it: a text that
    was never the Gemeentewet of that date. The changes of overig-2023 were headed «(Kamerstuk )»."""
    from wetgeving.app.vergelijken import compare_tranche
    from wetgeving.bronnen.catalogus import Catalogus

    cat = Catalogus.uit_omgeving({"WETGEVING_SOURCES": str(sources)})
    d, label = compare_tranche(cat, "1", "gemeentewet")
    assert label.startswith("Wet bevorderen integriteit en functioneren decentraal bestuur (Stb. 2022, 444)")
    assert d.side("nieuw").startswith("Gemeentewet: 2022-11-05 met alleen deze tranche toegepast (samengesteld")
    assert "geldig_vanaf" not in d.to_json()["nieuw"] and "samengesteld" in d.to_json()["nieuw"]["label"]
    _, overig = compare_tranche(cat, "overig-2023", "gemeentewet")
    assert "Kamerstuk )" not in overig and "alleen deze wijzigingen" in overig
    assert "van welke wet of wetten deze wijzigingen komen, staat niet in de bronnen" in overig


def test_the_consultation_page_of_tranche_1_calls_it_law_in_force_not_a_proposal(lezer: Any) -> None:
    """Tranche 1 (Stb. 2022, 444) is in force since 2023-01-01: its consultation page said «de tekst zoals het
    voorstel die geeft» and showed artikel 68, eerste lid, with the rekenkamer words of 2022-11-05 beside the new
    «lid van de raad van een gemeente» (a text no version has) without saying the text is composed."""
    html = lezer.get("/consultatie/tranche-1/").content.decode()
    assert "zoals het voorstel die geeft" not in html
    assert ("Deze wet is sinds 1 januari 2023 in werking (Stb. 2022, 444; inwerkingtreding Stb. 2022, 504); de "
            "onderdelen over geheimhouding sinds 1 april 2023.") in html  # dates in words (helper-137)
    assert "een samengestelde tekst" in html
    assert "de Gemeentewet zoals geldend vanaf 5 november 2022" in html  # dates in words (helper-137)
    bill = lezer.get("/consultatie/tranche-2/").content.decode()
    assert "Dit is een wetsvoorstel volgens de bronnen (stukken gedateerd 3 februari 2026), toen geen geldend recht;" in bill
    assert "de tekst volgens het illustratieve ontwerp" in bill


def test_the_bill_on_financial_interests_never_says_it_geldt_on_2026_12_05(sources: Any) -> None:
    """Kamerstuk 36 892 is a bill, and a recommendation is no law: the wording may not say what either «geldt» for."""
    import re

    from wetgeving.compliance.verplichtingen import verplichtingen

    for v in verplichtingen():
        if v.soort in ("wetsvoorstel", "aanbeveling"):  # neither is law
            for p in v.perioden:
                assert not re.search(r"\bgeldt\b", p.handeling), v.id


def test_the_model_ids_do_not_read_as_onderdelen_of_stb_2022_444_on_2023_04_01(lezer: Any) -> None:
    """«Bron: tranche-1, onderdeel gw-36a» read as an onderdeel of the Wet bevorderen integriteit en functioneren
    decentraal bestuur, whose onderdelen are letters (artikel I, onderdeel A …); «gw-36a» is our model's id."""
    section = _section(lezer.get(URL + "?datum=2023-04-01").content.decode(), "vog-wethouder")
    assert "tranche 1, artikel I (Gemeentewet), onderdeel F, letter door ons afgeleid" in section  # helper-136
    assert "tranche-1, onderdeel gw-36a" not in section and "gw-36a" not in section


def test_the_markdown_texts_of_2015_are_not_called_geldig_vanaf(lezer: Any) -> None:
    """The laws-markdown mirror of the Gemeentewet (2011–2015) is dated by when its text was current, not by an official
    date of entry into force (sources/PROVENANCE.md); the compare page called both «geldig vanaf»."""
    page = lezer.get("/vergelijken/?regeling=gemeentewet-md&oud=2015-07-01&nieuw=2015-10-31").content.decode()
    assert "tekst van 2015-07-01 → tekst van 2015-10-31 (datums waarop de tekst gold, geen officiële datums" in page
    assert "bij de Markdown-kopie: de datum waarop de tekst gold, geen officiële datum" in page
    official = lezer.get("/vergelijken/?regeling=gemeentewet&oud=2022-11-05&nieuw=2023-04-01").content.decode()
    assert "Gemeentewet: 2022-11-05 → 2023-04-01" in official and "tekst van 2022-11-05" not in official


def test_the_title_of_the_secrecy_duty_does_not_state_our_reading_as_the_law_on_2023_04_01(lezer: Any) -> None:
    """Gemeentewet 87 (2023-04-01) and 25, 55, 86 before: the organen «kunnen» impose secrecy on a belang of the
    Wob, later the Woo; that they can do so «alleen» on such a ground is our reading (the toelichting says so), and the
    title said «alleen» and «Wob- of Woo-belang» as if the law did."""
    section = _section(lezer.get(URL + "?datum=2023-04-01").content.decode(), "geheimhouding-oplegging")
    assert "Geheimhouding opleggen: welk orgaan, op welk belang" in section  # 2026-12-06: no Wob after 2023-04-01
    assert "alleen opleggen" not in section
    assert "wettelijke bevoegdheid of voorwaarde, geen plicht; wat hier wordt beoordeeld, is onze lezing" in section


def test_a_consultation_reaction_on_tranche_1_says_the_act_is_in_force_and_its_text_composed(
        tmp_path: Path, sources: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """The reaction documents (DOCX, Markdown, HTML, internetconsultatie text) on tranche 1 (Stb. 2022, 444, in force
    since 2023-01-01) carried no label, while the text per artikel is that of this act alone applied to the
    Gemeentewet of 2022-11-05 (artikel 68, eerste lid: the rekenkamer words of 2022-11-05 beside the new ones)."""
    from wetgeving.cli import main

    monkeypatch.setenv("WETGEVING_SOURCES", str(sources))
    example = Path(__file__).resolve().parents[2] / "examples" / "reactie-tranche-1.md"
    for fmt, name in (("html", "r.html"), ("markdown", "r.md"), ("internetconsultatie", "r.txt"), ("docx", "r.docx")):
        out = tmp_path / name
        assert main(["consult", str(example), "--format", fmt, "-o", str(out)]) == 0
        if fmt == "docx":
            import zipfile

            with zipfile.ZipFile(out) as z:
                text = z.read("word/document.xml").decode("utf-8")
        else:
            text = out.read_text(encoding="utf-8")
        assert "is sinds 1 januari 2023 in werking (Stb. 2022, 444; inwerkingtreding Stb. 2022, 504); de onderdelen " \
               "over geheimhouding sinds 1 april 2023" in text, fmt  # dates in words in a document (helper-131)
        assert "niet noodzakelijk die van het wetsvoorstel op de datum van deze reactie" in text, fmt
        assert "een samengestelde tekst" in text, fmt


def test_a_downloaded_comparison_carries_the_notices_of_the_page(lezer: Any) -> None:
    """The Gemeentewet in the Markdown mirror (2011-02-23 → 2015-11-24) has no official dates of entry into force. The
    web page and the CLI's files say so; the web's HTML and DOCX downloads did not (helper-51). Its JSON of the
    Gemeentewet 2022-11-05 → 2023-04-01 lacked the printed lines of a whole removed artikel (25, 55, 81oa, 86) that the
    CLI's JSON has."""
    import io
    import json

    from docx import Document

    q = "regeling=gemeentewet-md&oud=2011-02-23&nieuw=2015-11-24"
    zegt = "2011-02-23 is de datum waarop deze tekst gold, geen officiële datum van inwerkingtreding"
    assert zegt in lezer.get("/vergelijken/download.html?" + q).content.decode()
    doc = Document(io.BytesIO(lezer.get("/vergelijken/download.docx?" + q).content))
    assert any(zegt in p.text for p in doc.paragraphs[:6])
    data = json.loads(lezer.get("/vergelijken/download.json?regeling=gemeentewet&oud=2022-11-05&nieuw=2023-04-01").content)
    artikel_25 = next(a for a in data["artikelen"] if a["oud"] == "25")
    assert artikel_25["soort"] == "removed" and "regels" in artikel_25["wijzigingen"][0]
