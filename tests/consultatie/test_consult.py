"""Consultation reactions: the examples on both tranches through LibreOffice, Word comments and tracked
alternatives read back, bad comments files, markup kept literal, a deterministic document."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from tests.katalogus import omgeving
from wetgeving.bronnen import native
from wetgeving.cli import main

from ..conftest import docx_to_pdf, pdf_text
from ..wijziging.testwet import make_testwet

EXAMPLES = Path(__file__).parent.parent.parent / "examples"
GOLDEN = Path(__file__).parent.parent / "golden" / "consultatie"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def parts(docx: Path) -> tuple[etree._Element, etree._Element | None]:
    with zipfile.ZipFile(docx) as z:
        doc = etree.fromstring(z.read("word/document.xml"))
        com = etree.fromstring(z.read("word/comments.xml")) if "word/comments.xml" in z.namelist() else None
    return doc, com


def anchored_texts(doc: etree._Element) -> dict[str, str]:
    """Comment id → the text between its commentRangeStart and commentRangeEnd."""
    out: dict[str, str] = {}
    open_ids: set[str] = set()
    for el in doc.iter():
        if el.tag == f"{W}commentRangeStart":
            open_ids.add(el.get(f"{W}id", ""))
        elif el.tag == f"{W}commentRangeEnd":
            open_ids.discard(el.get(f"{W}id", ""))
        elif el.tag == f"{W}t" and el.text:
            for i in open_ids:
                out[i] = out.get(i, "") + el.text
    return out


@pytest.fixture(autouse=True)
def _env(sources: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WETGEVING_SOURCES", str(sources))


@pytest.mark.parametrize(("example", "heading", "quote", "comment", "alternative"), [
    ("reactie-tranche-2.yaml", "Artikel 36c", "risicoanalyse bestuurlijke integriteit",
     "Benoem die rol in de wet.", "burgemeester namens de"),
    # the words of one line of the PDF's text column (2026-12-07: with the label column at its 3.5 cm, the text
    # extracted without layout interleaves «zoals later aangenomen» of that column between «niet» and «ouder»)
    ("reactie-tranche-1.md", "Artikel 36a", "ouder is dan drie maanden",
     "kies voor zes maanden", "zes"),
])
def test_example_through_libreoffice(example: str, heading: str, quote: str, comment: str, alternative: str,
                                     tmp_path: Path, soffice: str, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "reactie.docx"
    assert main(["consult", str(EXAMPLES / example), "--output", str(out)]) == 0
    pdf = docx_to_pdf(soffice, out, tmp_path)
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(pdf), str(tmp_path / "page")], check=True)
    assert list(tmp_path.glob("page-*.png"))
    text = " ".join(pdf_text(pdf).split())
    assert heading in text and quote in text and comment in text and alternative in text
    # issue 14: the PDF's table of contents is filled (it said «wordt bijgewerkt bij het openen (F9)»)
    inhoud = text.split("Inhoud", 1)[1]
    toc = inhoud[:inhoud.index("Inleiding", inhoud.index("Inleiding") + 1)]  # up to the first heading of the body
    assert "bijgewerkt" not in text and "Opmerkingen per artikel Artikel" in toc and heading in toc
    doc, com = parts(out)
    assert com is not None
    comments = {c.get(f"{W}id"): "".join(c.itertext()) for c in com.iter(f"{W}comment")}
    anchors = anchored_texts(doc)
    assert any(comment in t for t in comments.values())
    assert any(quote in anchors.get(i, "") for i, t in comments.items() if comment in t)
    ins = ["".join(e.itertext()) for e in doc.iter(f"{W}ins")]
    assert any(alternative in t for t in ins)


def test_tranche2_is_labelled_illustrative(tmp_path: Path) -> None:
    for fmt, name in (("html", "r.html"), ("markdown", "r.md"), ("internetconsultatie", "r.txt"), ("docx", "r.docx")):
        out = tmp_path / name
        assert main(["consult", str(EXAMPLES / "reactie-tranche-2.yaml"), "--format", fmt, "-o", str(out)]) == 0
        body = parts(out)[0] if fmt == "docx" else None
        text = "".join(body.itertext()) if body is not None else out.read_text(encoding="utf-8")
        assert "ILLUSTRATIEF" in text


def test_internetconsultatie_fields() -> None:
    from wetgeving.consultatie.invoer import load
    from wetgeving.consultatie.voorbereiden import prepare
    from wetgeving.render import consultatie_tekst as tekst

    out = tekst.internetconsultatie(prepare(omgeving(), load(EXAMPLES / "reactie-tranche-2.yaml")))
    head, answer = out.split("\n\n", 1)  # reference/internetconsultatie-format.md: the details, then the answers,
    assert head.splitlines() == ["Naam: J. de Vries, secretaris", "Organisatie: Vereniging van Proefgriffiers",
                                 "Datum: 15-10-2026", "Openbaar: ja"]  # dates as the site writes them
    assert answer.startswith("Vraag: Reactie op het wetsvoorstel") and "###" not in out  # '###' only between answers
    two = tekst.internetconsultatie(prepare(omgeving(), dataclasses.replace(
        load(EXAMPLES / "reactie-tranche-2.yaml"), vragen=("Vraag 1", "Vraag 2"))))
    assert two.split("\n\n", 1)[1].split("\n###\n")[1].startswith("Vraag: Vraag 2")


def _fixture(tmp_path: Path, comments: str) -> Path:
    base = tmp_path / "testwet.xml"
    base.write_bytes(native.dumps(make_testwet()))
    act = tmp_path / "voorstel.txt"
    act.write_text("ARTIKEL I\n\nDe Testwet wordt als volgt gewijzigd:\n\nA\n\n"
                   "In artikel 2, tweede lid, wordt «besloten» vervangen door «in het openbaar».\n\n"
                   "B\n\nNa artikel 3 wordt een artikel ingevoegd, luidende:\n\n  Artikel 3a\n\n"
                   "  De raad evalueert de gedragscode elk jaar.\n", encoding="utf-8")
    path = tmp_path / "reactie.yaml"
    path.write_text(comments.replace("{base}", str(base)).replace("{act}", str(act)), encoding="utf-8")
    return path


GOOD = """consultatie:
  titel: Reactie op de Testwet
  wetsvoorstel: {act}
  basis: {base}
  kamerstuk: "99999"
  organisatie: Stichting Proef
  contact: P. Roef
  datum: 2025-03-01
inleiding: Een verzonnen reactie op een verzonnen wet.
algemeen:
  - "Een opmerking met <script>alert(1)</script> en <w:p/> erin."
opmerkingen:
  - bepaling: artikel 2, tweede lid
    over: in het openbaar
    opmerking: "Graag ook <b>online</b> & live."
    alternatief: Het college vergadert in het openbaar en online.
  - bepaling: artikel 3a
    opmerking: Jaarlijks is te vaak.
"""


def test_golden_document_xml(tmp_path: Path) -> None:
    out = tmp_path / "r.docx"
    assert main(["consult", str(_fixture(tmp_path, GOOD)), "-o", str(out), "--date", "2025-03-01"]) == 0
    with zipfile.ZipFile(out) as z:
        xml = etree.tostring(etree.fromstring(z.read("word/document.xml")), method="c14n")
    path = GOLDEN / "testwet.document.xml"
    if os.environ.get("WETGEVING_UPDATE_GOLDEN"):
        path.write_bytes(xml)
    assert xml == path.read_bytes()
    out2 = tmp_path / "r2.docx"
    assert main(["consult", str(_fixture(tmp_path, GOOD)), "-o", str(out2), "--date", "2025-03-01"]) == 0
    with zipfile.ZipFile(out2) as z:
        assert etree.tostring(etree.fromstring(z.read("word/document.xml")), method="c14n") == xml


def test_tracked_changes_and_comments_have_ids_of_their_own(tmp_path: Path) -> None:
    """An annotation's w:id is unique in a WordprocessingML document (ECMA-376): the tracked insertions and deletions of
    an alternatief took 1, 2, … as the comments did (helper-197)."""
    out = tmp_path / "r.docx"
    assert main(["consult", str(_fixture(tmp_path, GOOD)), "-o", str(out), "--date", "2025-03-01"]) == 0
    doc, com = parts(out)
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    wijzigingen = {e.get(f"{w}id") for e in doc.iter(f"{w}ins", f"{w}del")}
    opmerkingen = {e.get(f"{w}id") for e in com.iter(f"{w}comment")}
    assert wijzigingen and opmerkingen and not wijzigingen & opmerkingen


def test_markup_stays_literal(tmp_path: Path, browser) -> None:  # type: ignore[no-untyped-def]
    src = _fixture(tmp_path, GOOD)
    out = tmp_path / "r.docx"
    assert main(["consult", str(src), "-o", str(out)]) == 0
    doc, com = parts(out)
    text = "".join(doc.itertext())
    assert "<script>alert(1)</script>" in text and "<w:p/>" in text
    assert com is not None and "Graag ook <b>online</b> & live." in "".join(com.itertext())
    html = tmp_path / "r.html"
    assert main(["consult", str(src), "-o", str(html)]) == 0
    page = browser.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(html.as_uri())
    page.wait_for_timeout(200)
    body = page.inner_text("body")
    assert dialogs == [] and "<script>alert(1)</script>" in body and "<b>online</b> & live" in body
    page.close()


@pytest.mark.parametrize(("edit", "needle", "line"), [
    (("bepaling: artikel 3a", "bepaling: artikel 33"), "bestaat niet", 17),
    (("over: in het openbaar", "over: achter gesloten deuren"), "komen niet voor", 14),
    (("  - bepaling: artikel 3a\n", "  - bepaling: [artikel\n"), "onjuiste YAML", None),
    (("opmerking: Jaarlijks is te vaak.", 'opmerking: "Jaarlijks\\x01 is te vaak."'), "stuurteken", 18),
    (("Jaarlijks is te vaak.", "Jaarlijks\x02 is te vaak."), "stuurteken", 18),
])
def test_bad_comments(tmp_path: Path, capsys: pytest.CaptureFixture[str], edit: tuple[str, str], needle: str,
                      line: int | None) -> None:
    src = _fixture(tmp_path, GOOD.replace(*edit))
    out = tmp_path / "r.docx"
    assert main(["consult", str(src), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert needle in err and "Traceback" not in err and not out.exists()
    if line:
        assert f"reactie.yaml:{line}" in err


def test_unknown_article_suggests(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = _fixture(tmp_path, GOOD.replace("bepaling: artikel 3a", "bepaling: artikel 3b"))
    assert main(["consult", str(src), "-o", str(tmp_path / "r.docx")]) == 1
    assert "kies een bestaande eenheid; in de buurt liggen: artikel 3; artikel 3a" in capsys.readouterr().err


def test_empty_and_unchanged(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "leeg.yaml"
    empty.write_text("", encoding="utf-8")
    assert main(["consult", str(empty), "-o", str(tmp_path / "r.docx")]) == 1
    assert "empty" in capsys.readouterr().err
    src = _fixture(tmp_path, GOOD + "  - bepaling: artikel 20, eerste lid\n    opmerking: Prima.\n")
    assert main(["consult", str(src), "-o", str(tmp_path / "r.docx")]) == 0
    assert "waarschuwing: het wetsvoorstel wijzigt artikel 20, eerste lid, niet" in capsys.readouterr().err


def test_one_heading_per_artikel_when_comments_alternate(tmp_path: Path) -> None:
    alternating = GOOD + """  - bepaling: artikel 2, tweede lid
    opmerking: Nog een opmerking bij artikel 2.
"""
    out = tmp_path / "r.docx"
    assert main(["consult", str(_fixture(tmp_path, alternating)), "-o", str(out)]) == 0
    doc, _ = parts(out)
    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    headings = ["".join(p.itertext()) for p in doc.iter(f"{W}p")
                if p.find(f"{W}pPr/{W}pStyle") is not None
                and p.find(f"{W}pPr/{W}pStyle").get(f"{W}val") == "Heading2"]
    assert headings == ["Artikel 2", "Artikel 3a"]


def test_windows_line_endings_read(tmp_path: Path) -> None:
    src = tmp_path / "reactie.md"
    src.write_bytes((EXAMPLES / "reactie-tranche-1.md").read_bytes().replace(b"\n", b"\r\n"))
    assert main(["consult", str(src), "-o", str(tmp_path / "r.html")]) == 0


def test_vragen_must_be_plain_texts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = _fixture(tmp_path, GOOD.replace("  datum: 2025-03-01\n", "  datum: 2025-03-01\n  vragen: [{a: b}]\n"))
    assert main(["consult", str(src), "-o", str(tmp_path / "r.txt")]) == 1
    assert "'vragen' moet een lijst" in capsys.readouterr().err


def test_an_unknown_bill_or_base_is_named_at_its_own_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """«wetsvoorstel: tranche-9» was reported without a line, with only the regelingen as the known names."""
    path = tmp_path / "r.yaml"
    path.write_text("consultatie:\n  wetsvoorstel: tranche-9\n  basis: gemeentewet@2026-10-01\n  datum: 2026-10-15\n"
                    "opmerkingen:\n  - bepaling: artikel 36c\n    opmerking: x\n", encoding="utf-8")
    assert main(["consult", str(path), "-o", str(tmp_path / "r.md")]) == 1
    err = capsys.readouterr().err
    assert f"{path}:2: het wetsvoorstel kan niet geladen worden" in err and "noem een tranche (1, 2" in err
    path.write_text(path.read_text(encoding="utf-8").replace("tranche-9", "tranche-2").replace("2026-10-01", "1999-01-01"),
                    encoding="utf-8")
    assert main(["consult", str(path), "-o", str(tmp_path / "r.md")]) == 1
    assert f"{path}:3: de basiswet kan niet geladen worden" in capsys.readouterr().err


def test_a_wrong_bill_or_base_on_the_command_line_names_the_option(tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """helper-54: `consult c.yaml --bill tranche-3` blamed line 3 of the comments file."""
    out = tmp_path / "c.docx"
    for option, value in (("--bill", "tranche-3"), ("--base", "gemeenteweet"), ("--base", "kieswet")):
        assert main(["consult", str(EXAMPLES / "reactie-tranche-2.yaml"), "-o", str(out), option, value]) == 2
        err = capsys.readouterr().err
        assert err.startswith(f"fout: {option}: ") and "reactie-tranche-2.yaml:" not in err and not out.exists()


def test_every_comment_that_cannot_be_placed_is_said_in_one_run(tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    """helper-54: with two bad comments, the second one's error appeared only after the first was fixed."""
    text = (EXAMPLES / "reactie-tranche-2.yaml").read_text(encoding="utf-8")
    bad = tmp_path / "r.yaml"
    bad.write_text(text.replace("bepaling: artikel 36c, eerste lid", "bepaling: artikel 999", 1)
                   .replace("bepaling: artikel 170, tweede lid", "bepaling: artikel 998", 1), encoding="utf-8")
    assert main(["consult", str(bad), "-o", str(tmp_path / "r.docx")]) == 1
    err = capsys.readouterr().err
    assert "2 opmerkingen zijn niet te plaatsen" in err and "'artikel 999'" in err and "'artikel 998'" in err
    assert not (tmp_path / "r.docx").exists()


def _md_reactie(tmp_path: Path, body: str) -> Path:
    f = tmp_path / "r.md"
    f.write_text("---\nwetsvoorstel: tranche-1\nbasis: gemeentewet@2022-11-05\ndatum: 2020-10-01\n---\n\n" + body,
                 encoding="utf-8")
    return f


def test_markdown_paragraphs_stay_paragraphs(tmp_path: Path) -> None:
    """Blank lines in a Markdown reaction separate paragraphs, as in a YAML block (helper-126: «Eerste alinea. Tweede
    alinea.» was one paragraph); lines of one paragraph are joined by a space."""
    from wetgeving.consultatie.invoer import load

    r = load(_md_reactie(tmp_path, "# Inleiding\n\nEerste\nalinea.\n\nTweede alinea.\n\n## artikel 19, tweede lid\n\n"
                                   "Opmerking 1.\n\n\nOpmerking 2.\nAlternatief: Lid een.\n\nLid twee.\n"))
    assert r.inleiding == "Eerste alinea.\n\nTweede alinea."
    assert r.opmerkingen[0].opmerking == "Opmerking 1.\n\nOpmerking 2."
    assert r.opmerkingen[0].alternatief == "Lid een.\n\nLid twee."


def test_a_repeated_markdown_section_is_refused(tmp_path: Path) -> None:
    """Two «# Inleiding» headings were merged unsaid (helper-126): refused with the line of the second."""
    from wetgeving.consultatie.invoer import CommentsError, load

    with pytest.raises(CommentsError) as exc:
        load(_md_reactie(tmp_path, "# Inleiding\n\nEen.\n\n# Inleiding\n\nTwee.\n"))
    assert exc.value.line == 11 and "de kop '# Inleiding' staat er twee keer (eerder op regel 7)" in exc.value.message


def test_a_bill_onderdeel_without_a_comma_and_comment_initials(tmp_path: Path) -> None:
    """«Artikel I onderdeel B» (no comma) was read as a unit of the Gemeentewet; the Word comment's initials of «Proef &
    Partners» were «P&P» (helper-126)."""
    from wetgeving.consultatie.invoer import load
    from wetgeving.consultatie.voorbereiden import prepare
    from wetgeving.render.consultatie_docx import build

    f = tmp_path / "r.yaml"
    f.write_text("consultatie:\n  titel: Reactie\n  wetsvoorstel: tranche-1\n  basis: gemeentewet@2022-11-05\n"
                 "  organisatie: Proef & Partners\n  datum: 2020-10-01\nopmerkingen:\n"
                 "  - bepaling: Artikel I onderdeel B\n    opmerking: Een opmerking.\n", encoding="utf-8")
    v = prepare(omgeving(), load(f))
    assert v.punten[0].citaat.startswith("Artikel I, onderdeel B, van het wetsvoorstel zoals later aangenomen: artikel 19")
    doc = build(v)
    initials = {c.initials for c in doc.comments}
    assert initials == {"PP"}
