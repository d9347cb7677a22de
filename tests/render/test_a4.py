"""Every document we make is A4 with a 16 cm text width (python-docx's own template is US Letter), and so is
its PDF."""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

from docx.shared import Cm

import wetgeving
from wetgeving.render.docx_util import new_document


def test_a_new_document_is_a4_with_2_5_cm_margins() -> None:
    s = new_document("Proef").sections[0]
    assert (round(s.page_width.cm, 1), round(s.page_height.cm, 1)) == (21.0, 29.7)
    assert abs(s.page_width - s.left_margin - s.right_margin - Cm(16)) < Cm(0.01)


def test_every_renderer_starts_from_new_document() -> None:
    src = Path(wetgeving.__file__).parent
    makers = sorted(str(p.relative_to(src)) for p in src.rglob("*.py") if re.search(r"\bDocument\(\)", p.read_text("utf-8")))
    assert makers == ["render/docx_util.py"], makers


def test_the_pdf_is_a4(soffice: str, tmp_path: Path) -> None:
    from wetgeving.render.pdf import from_docx

    doc = new_document("Proef")
    doc.add_paragraph("Een bladzijde.")
    buf = io.BytesIO()
    doc.save(buf)
    path = tmp_path / "proef.pdf"
    path.write_bytes(from_docx(buf.getvalue()))
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Page size:\s+595\.\d* x 841\.\d* pts \(A4\)", info, re.M), info
