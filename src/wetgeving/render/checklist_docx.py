"""A checklist as a Word document for the college or the raad."""

from __future__ import annotations

from typing import Any

from wetgeving.compliance.checklist import Checklist
from wetgeving.render.docx_util import Stijlen, new_document, run


def build(c: Checklist, d: dict[str, Any]) -> Any:
    from wetgeving.render.checklist import beoordeling_text, summary_text

    title = f"Checklist weerbaar bestuur — {c.gemeente.naam}"
    doc = new_document(title)
    styled = Stijlen(doc)
    styled(title, "Heading 1")
    if c.waarschuwing:
        run(styled(), c.waarschuwing).bold = True
    styled(f"Gemeente {c.gemeente.naam} ({c.gemeente.code}), provincie {c.gemeente.provincie}. "
                      f"Peildatum {c.datum.isoformat()}.")
    styled(summary_text(d["samenvatting"]) + ".")
    if d["bronversies"]:
        styled("Geciteerde wetsversies:")
        for x in d["bronversies"]:
            styled(x, "List Bullet")
    table = doc.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ["Verplichting", "Status", "Wie", "Beoordeling"], strict=True):
        styled.cell(cell, text)
    for r in d["verplichtingen"]:
        b = r["beoordeling"]
        texts = (r["titel"], r["status_tekst"], r["normadressaat"],
                 (b["status"] + (" — opnieuw beoordelen" if b["opnieuw"] else "")) if b else "nog niet beoordeeld")
        for cell, text in zip(table.add_row().cells, texts, strict=True):
            styled.cell(cell, text)
    for r in d["verplichtingen"]:
        _row(doc, styled, r, beoordeling_text)
    return doc


def _row(doc: Any, styled: Stijlen, r: dict[str, Any], beoordeling_text: Any) -> None:
    styled(r["titel"], "Heading 2")
    styled(f"Status: {r['status_tekst']} — {r['uitleg']}. Soort: {r['soort_tekst']}.")
    styled(f"Wie: {r['normadressaat']}" + (f" (uitvoering: {r['uitvoering']})" if r["uitvoering"] else "")
           + f". Wanneer: {r['moment']}.")
    styled(r["handeling"])
    for key, name in (("termijn", "Termijn"), ("voorwaarde", "Voorwaarde"), ("toelichting", "Toelichting")):
        if r[key]:
            styled(f"{name}: {r[key]}")
    if r["volgende"]:
        styled(f"Wijzigt op {r['volgende']['vanaf']}: {r['volgende']['handeling']}")
    for x in r["grondslag"]:
        p = styled()
        run(p, x["citaat"]).bold = True
        if x["jci"]:
            run(p, f" ({x['jci']})")
        if x["tekst"]:
            styled(x["tekst"], "Quote")
        styled(x["toelichting"]).runs[0].italic = True
    styled(f"Bewijs: {r['bewijs']}")
    p = styled(f"Beoordeling: {beoordeling_text(r['beoordeling'])}")
    if r["beoordeling"] and r["beoordeling"]["opnieuw"]:
        run(p, f" {r['beoordeling']['opnieuw']}.").bold = True
