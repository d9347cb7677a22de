"""An amending act as a Word document, laid out as a Kamerstuk: ARTIKEL headings, onderdeel letters,
instruction sentences, and new text indented."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from docx.shared import Cm

from wetgeving.render.docx_util import Stijlen, new_document
from wetgeving.render.wijziging_tekst import render_act
from wetgeving.wijziging.model import Wijzigingsregeling


def build(act: Wijzigingsregeling, *, label: str | None = None, when: datetime | None = None) -> Any:
    doc = new_document(act.titel or "Wijzigingsregeling", when=when)
    styled = Stijlen(doc)
    if label:
        p = doc.add_paragraph()
        p.add_run(label).bold = True
    for m in act.meldingen:
        doc.add_paragraph().add_run(f"Let op: {m}.").bold = True
    for line in render_act(replace(act, meldingen=())).splitlines():
        if not line.strip():
            continue
        if line.startswith("ARTIKEL "):
            styled(line, "Heading 2")
        elif line == act.titel:
            styled(line, "Heading 1")
        elif line.strip().isupper() and len(line.strip()) <= 3:
            p = doc.add_paragraph()
            p.add_run(line.strip()).bold = True
            p.paragraph_format.keep_with_next = True  # helper-148: «C» alone at the foot of a page, its text on the next
        elif line.startswith("  "):
            p = doc.add_paragraph(line.strip())
            p.paragraph_format.left_indent = Cm(1.25)
        else:
            doc.add_paragraph(line)
    return doc
