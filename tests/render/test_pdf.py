"""DOCX → PDF through LibreOffice: a tagged PDF with the document's text; a missing, failing or hanging
soffice gives a Dutch PdfError that says what to do (never a traceback, never a partial file)."""

from __future__ import annotations

import io
import subprocess
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import pdf_text
from wetgeving.render.pdf import PdfError, from_docx


def _docx(*lines: str) -> bytes:
    from docx import Document

    doc = Document()
    doc.add_heading(lines[0], level=1)
    for line in lines[1:]:
        doc.add_paragraph(line)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "uit.pdf"
    path.write_bytes(pdf)
    return pdf_text(path)


def test_pdf_is_tagged_and_has_the_text(soffice: str, tmp_path: Path) -> None:
    pdf = from_docx(_docx("Checklist Zaanstad", "Verklaring omtrent het gedrag voor wethouders"))
    assert pdf.startswith(b"%PDF")
    text = _text(pdf, tmp_path)
    assert "Checklist Zaanstad" in text and "Verklaring omtrent het gedrag voor wethouders" in text
    path = tmp_path / "uit.pdf"
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    assert any(line.split() == ["Tagged:", "yes"] for line in info.splitlines())


def test_concurrent_conversions_do_not_clash(soffice: str, tmp_path: Path) -> None:
    names = ["Alkmaar", "Bergen", "Castricum"]
    with ThreadPoolExecutor(3) as pool:
        pdfs = list(pool.map(lambda n: from_docx(_docx(f"Checklist {n}")), names))
    for n, pdf in zip(names, pdfs, strict=True):
        text = _text(pdf, tmp_path)
        assert f"Checklist {n}" in text and all(m not in text for m in names if m != n)


def test_missing_soffice(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # an empty folder: no soffice, no libreoffice
    with pytest.raises(PdfError) as exc:
        from_docx(_docx("x"))
    assert str(exc.value) == ("PDF vraagt LibreOffice (soffice), en dat is op deze computer niet gevonden\n"
                              "  wat te doen: installeer LibreOffice (Debian: apt-get install libreoffice-writer-nogui) "
                              "of kies DOCX")


def _fake_soffice(folder: Path, body: str) -> None:
    exe = folder / "soffice"
    exe.write_text("#!/bin/sh\n" + body + "\n")
    exe.chmod(0o755)
    (folder / "libreoffice").symlink_to(exe)


def test_failing_soffice(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _fake_soffice(tmp_path, "echo 'Error: source file could not be loaded'; exit 0")  # LibreOffice's way: exit 0, no file
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(PdfError, match="de omzetting mislukte: Error: source file could not be loaded") as exc:
        from_docx(_docx("x"))
    assert "wat te doen: installeer LibreOffice" in str(exc.value)


def test_hanging_soffice_is_stopped(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    marker = tmp_path / "nog-bezig"
    # a child that would outlive a kill of only the parent (as soffice.bin does); the process group goes
    _fake_soffice(tmp_path, f"(sleep 3; touch {marker}) & sleep 30")
    monkeypatch.setenv("PATH", str(tmp_path) + ":/usr/bin:/bin")
    t = time.monotonic()
    with pytest.raises(PdfError, match="langer dan 1 seconden"):
        from_docx(_docx("x"), timeout=1)
    assert time.monotonic() - t < 10
    time.sleep(3)
    assert not marker.exists()


@pytest.mark.realdata
def test_checklist_as_pdf(sources: Path, soffice: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from tests.katalogus import omgeving
    from wetgeving.compliance import checklist as cl
    from wetgeving.compliance import gemeenten as gm
    from wetgeving.compliance.verplichtingen import verplichtingen
    from wetgeving.render.checklist import render

    monkeypatch.setenv("WETGEVING_SOURCES", str(sources))
    c = cl.make(omgeving(), gm.find(gm.load(), "GM0363"), date(2023, 6, 1), verplichtingen())
    pdf = render(c, "pdf")
    assert isinstance(pdf, bytes) and pdf.startswith(b"%PDF")
    text = " ".join(_text(pdf, tmp_path).split())
    assert "Checklist weerbaar bestuur — Amsterdam" in text
    vog = next(r.verplichting.titel for r in c.regels if r.verplichting.id == "vog-wethouder")
    assert " ".join(vog.split()) in text


def test_cli_checklist_pdf_from_the_extension(sources: Path, soffice: str, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    """`wetgeving checklist GM0363 -o x.pdf` writes the PDF (format from the extension, issue 15)."""
    from wetgeving.app.naleving import open_register
    from wetgeving.cli import main

    out = tmp_path / "x.pdf"
    open_register(tmp_path / "geen.sqlite3", write=True, create=True).close()  # a named register must be there
    assert main(["checklist", "GM0363", "--date", "2023-06-01", "-o", str(out),
                 "--register", str(tmp_path / "geen.sqlite3")]) == 0, capsys.readouterr().err
    assert out.read_bytes().startswith(b"%PDF")
    assert "Checklist weerbaar bestuur — Amsterdam" in " ".join(_text(out.read_bytes(), tmp_path).split())
