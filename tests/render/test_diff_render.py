"""Diff views: terminal, HTML (golden + real browser), DOCX with native tracked changes, JSON."""

from __future__ import annotations

import json
import os
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from lxml import etree

from wetgeving.cli import main
from wetgeving.diff import diff
from wetgeving.model import Alinea, Artikel, Lid, Regeling
from wetgeving.render import diff_docx, diff_html, diff_tekst
from wetgeving.render.docx_util import save
from wetgeving.render.uitvoer import render_diff

from ..conftest import docx_to_pdf, pdf_text

GOLDEN = Path(__file__).parent.parent / "golden" / "render"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def pair() -> tuple[Regeling, Regeling]:
    """An invented law and its amended version; the amendment smuggles markup and entities in."""
    from datetime import date

    old = Regeling("BWBR9999999", "Testwet", date(2024, 1, 1), (
        Artikel("1", (Lid("1", (Alinea("De raad neemt niet deel aan de stemming."),)),
                      Lid("2", (Alinea("Het college beslist & de burgemeester tekent."),)))),
        Artikel("2", (Alinea("Dit artikel vervalt straks."),)),
    ))
    new = Regeling("BWBR9999999", "Testwet", date(2025, 1, 1), (
        Artikel("1", (Lid("1", (Alinea("De raad neemt niet deel aan de beraadslaging en stemming."),)),
                      Lid("2", (Alinea("Een geheel nieuw lid met <script>alert(1)</script> en «citaat»."),)),
                      Lid("3", (Alinea("Het college beslist & de burgemeester tekent."),)))),
    ))
    return old, new


def golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("WETGEVING_UPDATE_GOLDEN"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


def test_text_plain_golden() -> None:
    out = diff_tekst.render(diff(*pair()), colour=False)
    assert "\x1b[" not in out
    assert out.rstrip().endswith("2 artikelen verschillen: 1 gewijzigd, 0 ingevoegd, 1 vervallen")
    golden("testwet.diff.txt", out)


def test_text_colour() -> None:
    out = diff_tekst.render(diff(*pair()), colour=True)
    assert "\x1b[32m" in out and "\x1b[31m" in out


def test_html_golden_and_escaping() -> None:
    page = diff_html.render(diff(*pair()))
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&amp;" in page and "«citaat»" in page
    assert "http://" not in page and "https://" not in page  # self-contained
    golden("testwet.diff.html", page)


def test_json_round_trips_through_json() -> None:
    data = json.loads(render_diff(diff(*pair()), "json"))  # type: ignore[arg-type]
    assert data["samenvatting"] == {"added": 0, "changed": 1, "removed": 1}
    kinds = [(w["soort"], w["oud"], w["nieuw"]) for a in data["artikelen"] for w in a["wijzigingen"]]
    assert ("added", None, "artikel:1/lid:2") in kinds and ("renumbered", "artikel:1/lid:2", "artikel:1/lid:3") in kinds


def tracked(docx: Path) -> list[tuple[str, str, str | None, str | None]]:
    with zipfile.ZipFile(docx) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    out = []
    for el in root.iter(f"{W}ins", f"{W}del"):
        text = "".join(el.itertext())
        out.append((etree.QName(el).localname, text, el.get(f"{W}author"), el.get(f"{W}date")))
    return out


def test_docx_tracked_changes(tmp_path: Path, soffice: str) -> None:
    path = tmp_path / "testwet.docx"
    save(diff_docx.build(diff(*pair()), author="Jurist", date=datetime(2025, 1, 1)), path)
    marks = tracked(path)
    assert ("ins", "beraadslaging en ", "Jurist", "2025-01-01T00:00:00Z") in marks
    assert any(k == "del" and "Dit artikel vervalt straks." in t for k, t, _, _ in marks)
    assert any(k == "ins" and "<script>alert(1)</script>" in t for k, t, _, _ in marks)
    pdf = docx_to_pdf(soffice, path, tmp_path)
    text = pdf_text(pdf)
    assert "Artikel 1" in text and "beraadslaging" in text


def test_real_docx_opens_in_libreoffice(real, tmp_path: Path, soffice: str) -> None:  # type: ignore[no-untyped-def]
    d = diff(real("gemeentewet@2022-11-05"), real("gemeentewet@2023-04-01"))
    path = tmp_path / "gw.docx"
    save(diff_docx.build(d, author="Wetgevingsjurist"), path)
    marks = tracked(path)
    assert ("ins", "beraadslaging en ", "Wetgevingsjurist", None) in marks
    assert any(k == "ins" and "verklaring omtrent het gedrag" in t for k, t, _, _ in marks)
    headings = pdf_text(docx_to_pdf(soffice, path, tmp_path))
    assert "Artikel 36a" in headings and "Artikel 87" in headings


def _open(browser, html: str, tmp_path: Path, width: int = 1280):  # type: ignore[no-untyped-def]
    page_file = tmp_path / "page.html"
    page_file.write_text(html, encoding="utf-8")
    page = browser.new_page(viewport={"width": width, "height": 900})
    errors: list[str] = []
    dialogs: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("request", lambda r: errors.append("network: " + r.url) if not r.url.startswith("file:") else None)
    page.goto(page_file.as_uri())
    return page, errors, dialogs


def test_html_in_browser_real(real, browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    d = diff(real("gemeentewet@2022-11-05"), real("gemeentewet@2023-04-01"))
    page, errors, _ = _open(browser, diff_html.render(d), tmp_path)
    assert errors == []
    assert page.locator("ins").count() > 30 and page.locator("del").count() > 10
    assert page.locator("nav li").count() == len(d.artikelen)
    # side by side: the old and new columns sit next to each other
    row = page.locator("#artikel-28-lid-1")
    row.scroll_into_view_if_needed()
    old_box = row.locator("td.oud").bounding_box()
    new_box = row.locator("td.nieuw").bounding_box()
    assert old_box and new_box
    assert new_box["x"] >= old_box["x"] + old_box["width"] - 1 and abs(new_box["y"] - old_box["y"]) < 2
    shot = tmp_path / "side-by-side.png"
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000
    # links per address work
    page.click("nav a[href='#artikel-36a']")
    assert page.evaluate("location.hash") == "#artikel-36a"
    page.close()


def test_html_script_injection_is_inert(browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page, errors, dialogs = _open(browser, diff_html.render(diff(*pair())), tmp_path)
    page.wait_for_timeout(200)
    assert dialogs == [] and errors == []
    body = page.inner_text("body")
    assert "<script>alert(1)</script>" in body and "«citaat»" in body and "&" in body
    page.close()


def test_cli_diff_formats(real, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("WETGEVING_SOURCES", os.environ.get("WETGEVING_SOURCES", ""))
    real("gemeentewet@2022-11-05")
    args = ["diff", "gemeentewet@2022-11-05", "gemeentewet@2023-04-01"]
    assert main([*args, "--only", "artikel 28"]) == 0
    out = capsys.readouterr().out
    assert "{+beraadslaging en +}" in out and "1 artikel verschilt" in out
    assert main([*args, "--format", "docx"]) == 2
    assert "--output" in capsys.readouterr().err
    for fmt in ("html", "docx", "json", "text"):
        target = tmp_path / f"d.{fmt}"
        assert main([*args, "--format", fmt, "--output", str(target)]) == 0
        assert target.stat().st_size > 1000
    assert main([*args, "--format", "json", "--output", str(tmp_path / "d.json")]) == 2  # exists, no --force


def test_whole_articles_keep_their_lid_numbers(sources: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Tranche 1 inserts artikel 88 (six leden) and removes artikel 25 (four leden) on 2023-04-01: every view
    prints them lid by lid, numbered, not as one run of text."""
    import zipfile

    os.environ["WETGEVING_SOURCES"] = str(sources)
    old, new = "gemeentewet@2022-11-05", "gemeentewet@2023-04-01"
    assert main(["diff", old, new, "--only", "artikel 88"]) == 0
    out = capsys.readouterr().out
    assert [ln.strip()[:4] for ln in out.splitlines() if ln.strip().startswith("{+")] == \
        ["{+1.", "{+2.", "{+3.", "{+4.", "{+5.", "{+6."]
    assert main(["diff", old, new, "--only", "artikel 25"]) == 0
    out = capsys.readouterr().out
    assert [ln.strip()[:4] for ln in out.splitlines() if ln.strip().startswith("[-")] == ["[-1.", "[-2.", "[-3.", "[-4."]
    html = tmp_path / "d.html"
    assert main(["diff", old, new, "--only", "artikel 88", "--format", "html", "-o", str(html)]) == 0
    page = html.read_text(encoding="utf-8")
    assert page.count('<p class="lid"') == 12 and "<ins>6. " in page  # side by side and renvooi
    docx = tmp_path / "d.docx"
    assert main(["diff", old, new, "--only", "artikel 25", "--format", "docx", "-o", str(docx)]) == 0
    with zipfile.ZipFile(docx) as z:
        body = z.read("word/document.xml").decode("utf-8")
    assert body.count("<w:del ") >= 4 and ">4. De krachtens" in body


def test_real_diff_to_docx_by_extension_converts_to_pdf(sources: Path, soffice: str, tmp_path: Path) -> None:
    """`wetgeving diff gemeentewet@2022-11-05 gemeentewet@2023-04-01 -o x.docx` is a real DOCX (step 10)."""
    from tests.conftest import docx_to_pdf, pdf_text

    os.environ["WETGEVING_SOURCES"] = str(sources)
    out = tmp_path / "x.docx"
    assert main(["diff", "gemeentewet@2022-11-05", "gemeentewet@2023-04-01", "-o", str(out)]) == 0
    assert out.read_bytes()[:2] == b"PK"
    text = pdf_text(docx_to_pdf(soffice, out, tmp_path))
    assert "Artikel 88" in text and "artikelen verschillen" in text
