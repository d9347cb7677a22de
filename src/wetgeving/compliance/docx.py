"""A checklist as a Word document for the college or the raad."""

from __future__ import annotations

from typing import Any

from wetgeving.compliance.checklist import Checklist
from wetgeving.render.docx_util import new_document


def build(c: Checklist, d: dict[str, Any]) -> Any:
    title = f"Checklist weerbaar bestuur — {c.gemeente.naam}"
    doc = new_document(title)
    doc.add_heading(title, level=1)
    s = d["samenvatting"]
    doc.add_paragraph(f"Gemeente {c.gemeente.naam} ({c.gemeente.code}), provincie {c.gemeente.provincie}. "
                      f"Peildatum {c.datum.isoformat()}.")
    doc.add_paragraph(f"Geldend: {s['geldend']}; nog niet geldend: {s['nog-niet-geldend']}; wetsvoorstel: "
                      f"{s['wetsvoorstel']}; aanbeveling: {s['aanbeveling']}; niet van toepassing: "
                      f"{s['niet-van-toepassing']}.")
    table = doc.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ["Verplichting", "Status", "Wie", "Beoordeling"], strict=True):
        cell.text = text
    for r in d["verplichtingen"]:
        cells = table.add_row().cells
        cells[0].text = r["titel"]
        cells[1].text = r["status_tekst"]
        cells[2].text = r["normadressaat"]
        cells[3].text = r["beoordeling"]["status"] if r["beoordeling"] else "nog niet beoordeeld"
    for r in d["verplichtingen"]:
        doc.add_heading(r["titel"], level=2)
        doc.add_paragraph(f"Status: {r['status_tekst']}. Wie: {r['normadressaat']}. Wanneer: {r['moment']}.")
        doc.add_paragraph(r["handeling"])
        for x in r["grondslag"]:
            p = doc.add_paragraph()
            p.add_run(x["citaat"]).bold = True
            if x["jci"]:
                p.add_run(f" ({x['jci']})")
            doc.add_paragraph(x["tekst"], style="Quote")
        doc.add_paragraph(f"Bewijs: {r['bewijs']}")
    return doc
