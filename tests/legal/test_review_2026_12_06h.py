"""Legal review of 2026-12-06, sixth session; each test names its provision and date."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.legal._cli import run as _run

# --- the index lists relative references that name no unit, as the graph does ---------------------------------------


def test_dangling_all_lists_deze_paragraaf_where_the_artikel_is_in_none(capsys: pytest.CaptureFixture[str],
                                                                          tmp_path: Path) -> None:
    """Kieswet Ua 2 (version of 2025-08-01), asked on 2026-10-01: «voor zover deze paragraaf niet anders bepaalt», while
    hoofdstuk Ua has no paragrafen. `graph dangling kieswet` listed it; `dangling --all` left it out, because the index
    skipped every relative reference it could not place. Participatiewet 37, derde lid (2024-01-01), «in deze afdeling»,
    likewise. Gemeentewet 81c, derde lid («Deze paragraaf»), stays out: the regelrecht YAML records no paragrafen, so
    it cannot be checked there, and the index does not call it missing."""
    db = tmp_path / "i.sqlite"
    _run(["index", "build", os.environ["WETGEVING_SOURCES"], "--db", str(db), "--jobs", "1"], capsys)
    out, _ = _run(["dangling", "--all", "--db", str(db), "--date", "2026-10-01"], capsys)
    assert "artikel Ua 2 Kieswet" in out and "→ de paragraaf waarin artikel Ua 2 staat (niet in deze versie)" in out
    assert "→ de afdeling waarin artikel 37 staat (niet in deze versie): «deze afdeling»" in out
    assert "artikel 81c" not in out
    graph, _ = _run(["graph", "dangling", "kieswet"], capsys)
    assert "artikel Ua 2 → de paragraaf waarin artikel Ua 2 staat" in graph


# --- the checklist's CSV and Word outputs say what the Markdown says (helper-95) ---------------------------------------


def test_csv_checklist_carries_the_condition_of_kieswet_w4(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Kieswet W 4, eerste lid (2023-01-01), holds only «bij opvolging van leden van een vertegenwoordigend orgaan met
    minder dan negentien leden». The CSV checklist of GM0363 on 2023-04-15 listed the duty without that condition, and
    its «zie de toelichting» pointed at a toelichting the file did not hold; it now has the Markdown's wat, wanneer,
    termijn, voorwaarde, toelichting and bron."""
    import csv

    out = tmp_path / "c.csv"
    _run(["checklist", "GM0363", "--date", "2023-04-15", "--format", "csv", "-o", str(out)], capsys)
    rows = {r["kenmerk"]: r for r in csv.DictReader(out.open(encoding="utf-8-sig"), delimiter=";")}
    w4 = rows["lijstuitputting-opvolging"]
    assert "minder dan negentien leden" in w4["voorwaarde"] and w4["bron"] and w4["wat"] and w4["wanneer"]
    vog = rows["vog-wethouder"]
    assert "niet ouder dan drie maanden" in vog["termijn"] and "onze lezing" in vog["toelichting"]
    assert vog["te_tonen_bewijs"] and vog["bewijs"] == ""  # what would show it; no assessment names evidence yet
    uitleg = [r for r in rows.values() if "zie de toelichting" in r["status_uitleg"]]
    assert uitleg and all(r["toelichting"] for r in uitleg)  # what «zie de toelichting» points at is in the file


def test_word_checklist_names_the_source_of_each_duty(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Gemeentewet 36a, tweede lid, on 2023-04-15: the Markdown and HTML checklists say «Bron: ons model van tranche-1»
    or «bestaande verplichting (niet uit een van de tranches)» for each duty; the Word checklist did not."""
    import docx

    out = tmp_path / "c.docx"
    _run(["checklist", "GM0363", "--date", "2023-04-15", "--format", "docx", "-o", str(out)], capsys)
    md, _ = _run(["checklist", "GM0363", "--date", "2023-04-15"], capsys)
    text = [p.text for p in docx.Document(str(out)).paragraphs]
    bron = [t for t in text if t.startswith("Bron: ")]
    assert len(bron) == md.count("- **Bron:** ") > 0
    assert "Bron: tranche 1, artikel I (Gemeentewet), onderdeel F, letter door ons afgeleid" in text  # no model id (helper-136)


# --- the generated instructions, saved from Word as plain text, read back (helper-94) ---------------------------------


def test_generated_instructions_saved_as_text_read_back_and_apply(capsys: pytest.CaptureFixture[str],
                                                                   tmp_path: Path) -> None:
    """Gemeentewet 2022-11-05 → 2023-04-01: the instructions as a Word document, saved as text (one line a paragraph,
    no indentation: «2. De openbaarmaking vindt plaats terstond …» under «Artikel 12, tweede lid, komt te luiden:»).
    `parse-act` found 17 lines unreadable, taking the new leden for instructions (Aanwijzing 6.9.3: the new text
    begins with its aanduiding). Read back and applied to 2022-11-05, they now give the text of 2023-04-01."""
    import docx

    word = tmp_path / "i.docx"
    _run(["instructions", "gemeentewet@2022-11-05", "gemeentewet@2023-04-01", "-o", str(word)], capsys)
    act = tmp_path / "i.txt"
    act.write_text("\n".join(p.text for p in docx.Document(str(word)).paragraphs) + "\n", encoding="utf-8")
    out, _ = _run(["parse-act", str(act)], capsys)
    assert out.startswith("Wijziging van de Gemeentewet") and out.rstrip().endswith(", 0 onleesbaar")
    new = tmp_path / "n.xml"
    _run(["apply", "gemeentewet@2022-11-05", str(act), "--date", "2023-04-01", "-o", str(new)], capsys)
    out, _ = _run(["diff", str(new), "gemeentewet@2023-04-01"], capsys)
    assert "0 artikelen verschillen" in out


# --- consult: only a bill is a bill (helper-96) ------------------------------------------------------------------------


def _reactie(tmp_path: Path, wetsvoorstel: str, basis: str, bepaling: str) -> Path:
    f = tmp_path / "r.yaml"
    f.write_text(f"consultatie:\n  titel: T\n  wetsvoorstel: {wetsvoorstel}\n  basis: {basis}\n  organisatie: X\n"
                 f"  kamerstuk: \"36892\"\n  datum: 2026-10-15\nopmerkingen:\n  - bepaling: {bepaling}\n"
                 "    opmerking: Waarom?\n", encoding="utf-8")
    return f


def test_a_version_in_force_is_refused_as_the_bill(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Gemeentewet 36a, tweede lid, holds since 2023-01-01 (the VOG). `consult --base gemeentewet@2022-11-05 --bill
    gemeentewet@2023-04-01` with «kamerstuk: 36892» showed that lid as «Tekst volgens het wetsvoorstel» of Kamerstuk
    36 892, in te voegen: law in force presented as a bill of tranche 2. A catalogued version, by name or by its file,
    is published law and is refused as a bill."""
    r = _reactie(tmp_path, "gemeentewet@2023-04-01", "gemeentewet@2022-11-05", "artikel 36a, tweede lid")
    _, err = _run(["consult", str(r), "-o", str(tmp_path / "o.html")], capsys, 1)
    assert "gemeentewet@2023-04-01 is een officiële versie van de Gemeentewet (geldig vanaf 2023-04-01), geen " \
           "wetsvoorstel" in err and not (tmp_path / "o.html").exists()
    bron = Path(os.environ["WETGEVING_SOURCES"]) / "gemeentewet" / "regelrecht" / "2023-04-01.yaml"
    _, err = _run(["consult", str(r), "--bill", str(bron), "-o", str(tmp_path / "o.html")], capsys, 2)  # an option
    assert "een officiële tekst, geen wetsvoorstel" in err


def test_a_text_of_another_law_is_refused_as_the_bill(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Gemeentewet 1 (2026-10-01) as the base, and as «het wetsvoorstel» a text of the Participatiewet: the comment on
    artikel 1 showed Gemeentewet artikel 1 redlined into Participatiewet artikel 1. A proposed text must be of the same
    law."""
    from wetgeving.bronnen import native
    from wetgeving.bronnen.catalogus import Catalogus

    cat = Catalogus.uit_omgeving(os.environ)
    eigen = tmp_path / "voorstel.xml"
    eigen.write_bytes(native.dumps(cat.load("participatiewet")))
    r = _reactie(tmp_path, str(eigen), "gemeentewet@2026-10-01", "artikel 1")
    _, err = _run(["consult", str(r), "-o", str(tmp_path / "o.txt")], capsys, 1)
    assert "is een tekst van de Participatiewet (BWBR0015703), maar de basiswet is de Gemeentewet (BWBR0005416)" in err


def test_internetconsultatie_text_after_submission_says_so(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Kamerstuk 36 892 (tranche 2): its stukken are dated 2026-02-03, and the sources list reactions «over
    conceptvoorstel». The example reaction, dated 2026-10-15, was written as text for internetconsultatie.nl without a
    word that the bill was then before the Tweede Kamer; the text and the terminal now say it, and that whether a
    consultation was still open is not in the sources. The Word document (a reaction to the Kamer) does not."""
    voorbeeld = Path(__file__).parents[2] / "examples" / "reactie-tranche-2.yaml"
    out, err = _run(["consult", str(voorbeeld), "--format", "internetconsultatie"], capsys)
    zin = "was het wetsvoorstel al bij de Tweede Kamer ingediend (stukken gedateerd 2026-02-03)"
    voluit = zin.replace("2026-02-03", "3 februari 2026")  # a document writes dates in words (helper-131)
    assert voluit in out and zin in err
    out, err = _run(["consult", str(voorbeeld), "--format", "internetconsultatie", "--date", "2026-01-15"], capsys)
    assert "ingediend (stukken gedateerd" not in out and zin not in err
    md, err = _run(["consult", str(voorbeeld), "--format", "markdown"], capsys)
    # 2026-12-07 (fifth session): the document's bill line names where the bill stood (helper-152); the «let op» on
    # the internetconsultatie is still the text's alone
    assert "was het wetsvoorstel al" not in md and zin not in err
    assert "Kamerstuk 36 892, bij de Tweede Kamer ingediend (stukken gedateerd 3 februari 2026)" in md


def test_the_inwerkingtreding_in_one_sentence_with_exceptions_dates_the_onderdelen(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Stb. 2022, 444 entered into force, by the besluit of Stb. 2022, 504, «met ingang van 1 januari 2023, met
    uitzondering van artikel I, onderdelen B, C, …» on 1 april 2023 (the geheimhouding). An act file with ARTIKEL II
    in that one-sentence form was refused as «geen zin over de inwerkingtreding»; applied on 2023-01-01, its onderdeel
    on artikel 25 (geheimhouding) now waits."""
    act = tmp_path / "act.txt"
    act.write_text("ARTIKEL I\n\nDe Gemeentewet wordt als volgt gewijzigd:\n\nA\n\nArtikel 25, vierde lid, vervalt.\n\n"
                   "B\n\nArtikel 36b, eerste lid, onderdeel k, vervalt.\n\nARTIKEL II\n\nDeze wet treedt in werking met "
                   "ingang van 1 januari 2023, met uitzondering van artikel I, onderdeel A, dat in werking treedt met "
                   "ingang van 1 april 2023.\n", encoding="utf-8")
    out, _ = _run(["parse-act", str(act)], capsys)
    assert "onderdeel A (inwerking 2023-04-01)" in out and "onderdeel B (inwerking 2023-01-01)" in out
    out, _ = _run(["apply", "gemeentewet@2022-11-05", str(act), "--date", "2023-01-01", "-o", str(tmp_path / "n.xml")],
                  capsys)
    assert "1 toegepast" in out and "1 niet in werking" in out


def test_the_completed_point_of_onderdeel_c_cites_the_renumbered_lid_as_nieuw(capsys: pytest.CaptureFixture[str]) -> None:
    """Kamerstuk 35 546, nr. 2, ARTIKEL I, onderdeel C (artikel 23; in force 2023-04-01): point 1 renumbers the fourth
    and fifth lid to fifth and sixth; the source breaks off in point 3 («In het zesde lid (nieuw), tweede zin, …»). Our
    completion read «In artikel 23, zesde lid, wordt …», which Aanwijzing 6.19 does not allow after that renumbering:
    the lid is cited by its new number «met toevoeging van de vermelding ‘(nieuw)’»."""
    out, _ = _run(["tranche", "show", "1"], capsys)
    aangevuld = out.split("[Aangevuld uit de geconsolideerde tekst, gereconstrueerd:]", 1)[1].splitlines()[1]
    # and, as the bill does, the sentence: «In het zesde lid (nieuw), tweede zin, wordt «voor zover het aangel…»
    assert aangevuld.strip().startswith("In artikel 23, zesde lid (nieuw), tweede zin, wordt «voor zover het "
                                        "aangelegenheden")


def test_a_lid_that_vervalt_without_renumbering_is_said(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Gemeentewet 25 (2022-11-05) has four leden. An act «Artikel 25, tweede lid, vervalt.» (in force 2023-01-01)
    left leden 1, 3 and 4 without a word; Aanwijzing 6.17.2 asks that leden be renumbered unless there is an
    overriding objection, in the form of 6.18.1.B. The gap is now said; the text stays as the act makes it."""
    act = tmp_path / "act.txt"
    act.write_text("ARTIKEL I\n\nDe Gemeentewet wordt als volgt gewijzigd:\n\nA\n\nArtikel 25, tweede lid, vervalt.\n\n"
                   "ARTIKEL II\n\nDeze wet treedt in werking met ingang van 1 januari 2023.\n", encoding="utf-8")
    _, err = _run(["apply", "gemeentewet@2022-11-05", str(act), "--date", "2023-01-01"], capsys)
    # 2026-12-07 (ninth session): aanwijzing 6.17, tweede lid, quoted word for word (helper-196)
    assert ("na de wijziging heeft artikel 25 Gemeentewet de leden 1, 3 en 4: lid 2 ontbreekt. De leden zijn dus te "
            "vernummeren (aanwijzing 6.17, tweede lid: «De leden, onderdelen en subonderdelen van een artikel worden wel "
            "vernummerd of verletterd, tenzij daartegen overwegend bezwaar bestaat.»)") in err


def test_word_documents_carry_no_english_language_part(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """The consultation reaction on Kamerstuk 36 892 (dated 2026-10-15) is nl-NL in styles.xml, but python-docx's
    template also carried word/stylesWithEffects.xml with «en-US» (helper-96); it is left out now."""
    import zipfile

    out = tmp_path / "r.docx"
    _run(["consult", str(Path(__file__).parents[2] / "examples" / "reactie-tranche-2.yaml"), "-o", str(out)], capsys)
    with zipfile.ZipFile(out) as z:
        assert "word/stylesWithEffects.xml" not in z.namelist()
        assert all(b'w:val="en-US"' not in z.read(n) for n in z.namelist() if n.endswith(".xml"))


# --- diff: the place marker of closing words is no law text (helper-98) ----------------------------------------------


def test_the_place_marker_of_154b_is_not_inside_a_tracked_insertion(capsys: pytest.CaptureFixture[str],
                                                                     tmp_path: Path) -> None:
    """Gemeentewet 154b, eerste lid, 2023-04-01 → 2026-10-01: the sentence «De voordracht voor een krachtens dit lid …»
    was added after onderdeel b. The Word redline had «[na de onderdelen] De voordracht …» inside one w:ins, so
    «accept all changes» wrote the marker into the law, before the onderdelen; the marker now stands apart."""
    import re
    import zipfile

    out = tmp_path / "d.docx"
    _run(["diff", "gemeentewet@2023-04-01", "gemeentewet@2026-10-01", "--only", "artikel 154b", "-o", str(out)], capsys)
    xml = zipfile.ZipFile(out).read("word/document.xml").decode()
    ingevoegd = " ".join(re.findall(r"<w:ins\b.*?</w:ins>", xml))
    assert "De voordracht" in ingevoegd and "na de onderdelen" not in ingevoegd and "[na de onderdelen]" in xml
    html = tmp_path / "d.html"
    _run(["diff", "gemeentewet@2023-04-01", "gemeentewet@2026-10-01", "--only", "artikel 154b", "-o", str(html)], capsys)
    assert "<ins>[na de onderdelen]" not in html.read_text(encoding="utf-8")


def test_a_converted_version_in_force_is_refused_and_an_applied_proposal_is_taken(capsys: pytest.CaptureFixture[str],
                                                                                  tmp_path: Path) -> None:
    """`convert gemeentewet@2023-04-01 conv.xml` as the bill on the base of 2022-11-05 showed artikel 87, in force since
    2023-04-01, as «in te voegen» by the bill (helper-97): the text is that of the catalogued version of its date, so
    published law. A proposal made with `apply -o` from an act changing Gemeentewet 170, tweede lid (2026-10-01), is a
    proposed text and is taken; it was refused as an act because its provenance note names «ARTIKEL I»."""
    conv = tmp_path / "conv.xml"
    _run(["convert", "gemeentewet@2023-04-01", str(conv)], capsys)
    r = _reactie(tmp_path, str(conv), "gemeentewet@2022-11-05", "artikel 87")
    _, err = _run(["consult", str(r), "-o", str(tmp_path / "o.txt")], capsys, 1)
    assert "bevat de tekst van de Gemeentewet geldig vanaf 2023-04-01 (bron gemeentewet-2023-04-01): een officiële " \
           "tekst, geen wetsvoorstel" in err
    act = tmp_path / "act.txt"
    act.write_text("ARTIKEL I\n\nDe Gemeentewet wordt als volgt gewijzigd:\n\nA\n\nIn artikel 170, tweede lid, wordt «van "
                   "de gemeente» vervangen door «van de gemeente en haar organen».\n\nARTIKEL II\n\nDeze wet treedt in "
                   "werking met ingang van 1 januari 2027.\n", encoding="utf-8")
    voorstel = tmp_path / "voorstel.xml"
    _run(["apply", "gemeentewet@2026-10-01", str(act), "-o", str(voorstel)], capsys)
    r = _reactie(tmp_path, str(voorstel), "gemeentewet@2026-10-01", "artikel 170, tweede lid")
    out, _ = _run(["consult", str(r), "--format", "internetconsultatie"], capsys)
    assert "artikel 170, tweede lid, Gemeentewet:\nWaarom?" in out


def test_diff_only_refuses_a_jci_of_another_law(capsys: pytest.CaptureFixture[str]) -> None:
    """`diff gemeentewet@2022-11-05 gemeentewet@2023-04-01 --only "jci1.3:c:BWBR0004627&artikel=28"` showed Gemeentewet
    artikel 28 (changed 2023-01-01) for a JCI of the Kieswet (BWBR0004627) (helper-98)."""
    _, err = _run(["diff", "gemeentewet@2022-11-05", "gemeentewet@2023-04-01", "--only",
                   "jci1.3:c:BWBR0004627&artikel=28"], capsys, 1)
    assert "noemt de Kieswet (BWBR0004627), niet de Gemeentewet (BWBR0005416)" in err  # by title (helper-99)
    out, _ = _run(["diff", "gemeentewet@2022-11-05", "gemeentewet@2023-04-01", "--only",
                   "jci1.3:c:BWBR0005416&artikel=28"], capsys)
    assert "Artikel 28 — gewijzigd" in out


def test_a_lid_that_komt_te_luiden_keeps_the_letters_of_its_onderdelen(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 170, tweede lid: the text of 2015-11-24 (laws-markdown mirror) «rapporteert over: a. de kwaliteit
    van de gemeentelijke dienstverlening; b. zijn bevindingen …» became «De burgemeester bevordert de bestuurlijke
    integriteit van de gemeente.» (2022-11-05). The redline struck the words without «a.» and «b.», so it did not show
    that two onderdelen went (helper-98)."""
    out, _ = _run(["diff", "gemeentewet-md@2015-11-24", "gemeentewet@2022-11-05", "--only", "artikel 170"], capsys)
    lid = out.split("artikel 170, tweede lid (komt te luiden)", 1)[1]
    assert "rapporteert over: a. de kwaliteit-]" in lid and "dienstverlening; b. zijn bevindingen" in lid


def test_the_text_header_of_a_diff_says_what_its_dates_are(capsys: pytest.CaptureFixture[str]) -> None:
    """The laws-markdown mirror dates its Gemeentewet of 2015-11-24 by when the text was current, not by entry into
    force; the text diff's header gave bare dates («Gemeentewet: 2015-11-24 → Gemeentewet: 2022-11-05»), while HTML
    and Word said «tekst zoals geldend op» and «geldig vanaf» (helper-98)."""
    out, _ = _run(["diff", "gemeentewet-md@2015-11-24", "gemeentewet@2022-11-05", "--only", "artikel 170"], capsys)
    assert "Gemeentewet: tekst zoals geldend op 2015-11-24 → Gemeentewet: geldig vanaf 2022-11-05\n" in out
