"""A checklist as a Word document for the college or the raad."""

from __future__ import annotations

from typing import Any

from wetgeving.compliance.checklist import Checklist
from wetgeving.render.docx_util import new_document


def build(c: Checklist, d: dict[str, Any]) -> Any:
    from wetgeving.render.checklist import beoordeling_text, summary_text

    title = f"Checklist weerbaar bestuur — {c.gemeente.naam}"
    doc = new_document(title)
    doc.add_heading(title, level=1)
    if c.waarschuwing:
        doc.add_paragraph().add_run(c.waarschuwing).bold = True
    doc.add_paragraph(f"Gemeente {c.gemeente.naam} ({c.gemeente.code}), provincie {c.gemeente.provincie}. "
                      f"Peildatum {c.datum.isoformat()}.")
    doc.add_paragraph(summary_text(d["samenvatting"]) + ".")
    if d["bronversies"]:
        doc.add_paragraph("Geciteerde wetsversies:")
        for x in d["bronversies"]:
            doc.add_paragraph(x, style="List Bullet")
    table = doc.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ["Verplichting", "Status", "Wie", "Beoordeling"], strict=True):
        cell.text = text
    for r in d["verplichtingen"]:
        cells = table.add_row().cells
        cells[0].text = r["titel"]
        cells[1].text = r["status_tekst"]
        cells[2].text = r["normadressaat"]
        b = r["beoordeling"]
        cells[3].text = (b["status"] + (" — opnieuw beoordelen" if b["opnieuw"] else "")) if b else "nog niet beoordeeld"
    for r in d["verplichtingen"]:
        _row(doc, r, beoordeling_text)
    return doc


def _row(doc: Any, r: dict[str, Any], beoordeling_text: Any) -> None:
    doc.add_heading(r["titel"], level=2)
    doc.add_paragraph(f"Status: {r['status_tekst']} — {r['uitleg']}. Soort: {r['soort_tekst']}.")
    doc.add_paragraph(f"Wie: {r['normadressaat']}" + (f" (uitvoering: {r['uitvoering']})" if r["uitvoering"] else "")
                      + f". Wanneer: {r['moment']}.")
    doc.add_paragraph(r["handeling"])
    for key, name in (("termijn", "Termijn"), ("voorwaarde", "Voorwaarde"), ("toelichting", "Toelichting")):
        if r[key]:
            doc.add_paragraph(f"{name}: {r[key]}")
    if r["volgende"]:
        doc.add_paragraph(f"Wijzigt op {r['volgende']['vanaf']}: {r['volgende']['handeling']}")
    for x in r["grondslag"]:
        p = doc.add_paragraph()
        p.add_run(x["citaat"]).bold = True
        if x["jci"]:
            p.add_run(f" ({x['jci']})")
        if x["tekst"]:
            doc.add_paragraph(x["tekst"], style="Quote")
        doc.add_paragraph(x["toelichting"]).runs[0].italic = True
    doc.add_paragraph(f"Bewijs: {r['bewijs']}")
    p = doc.add_paragraph(f"Beoordeling: {beoordeling_text(r['beoordeling'])}")
    if r["beoordeling"] and r["beoordeling"]["opnieuw"]:
        p.add_run(f" {r['beoordeling']['opnieuw']}.").bold = True
