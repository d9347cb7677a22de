"""A checklist as a Word document for the college or the raad."""

from __future__ import annotations

from typing import Any

from docx.shared import Cm

from wetgeving.compliance.checklist import Checklist
from wetgeving.render.docx_util import Rijen, Stijlen, kop, new_document, paginanummers
from wetgeving.render.verplichtingen import grondslag_woord

BREEDTES = (5.8, 3.0, 3.6, 3.6)  # cm, the text width of 16 cm: no word broken («vervallenverklarin-g», «burgemeeste-r»)


def build(c: Checklist, d: dict[str, Any]) -> Any:
    from wetgeving.render.checklist import UITVOERING_UITLEG, beoordeling_text, summary_text
    from wetgeving.wijziging.datums import format_date

    title = f"Checklist weerbaar bestuur — {c.gemeente.naam}"
    doc = new_document(title)
    paginanummers(doc)
    styled = Stijlen(doc)
    styled(title, "Heading 1")
    if c.waarschuwing:
        styled.delen([(c.waarschuwing, "b")])
    styled(f"Gemeente {c.gemeente.naam} ({c.gemeente.code}), provincie {c.gemeente.provincie}. "
                      f"Peildatum {format_date(c.datum)}.")  # helper-143: «2023-04-» and «01» on two lines in the PDF
    styled(summary_text(d["samenvatting"]) + ".")
    if c.voorbehoud:
        styled.delen([(c.voorbehoud, "b")])
    if d["bronversies"]:
        styled("Geciteerde wetsversies:")
        for x in d["bronversies"]:
            styled(x, "List Bullet")
    styled(UITVOERING_UITLEG)
    if "voorwaarde_uitleg" in d:
        styled(d["voorwaarde_uitleg"])
    table = doc.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    table.autofit = False
    for i, cm in enumerate(BREEDTES):  # the grid, which the rows copy; and the header row's cells
        table.columns[i].width = table.rows[0].cells[i].width = Cm(cm)
    for cell, text in zip(table.rows[0].cells, ["Onderwerp", "Status", "Wie", "Beoordeling"], strict=True):
        styled.cell(cell, text)
    kop(table.rows[0])
    row = Rijen(table, heel=True)
    for r in d["verplichtingen"]:
        b = r["beoordeling"]
        row((r["titel"], r["status_tekst"], r["normadressaat"],
             (b["status_getoond"] + (" — opnieuw beoordelen" if b["opnieuw"] else "")) if b
             else "niet te beoordelen (ter informatie)" if not r["voor_gemeente"]
             else "nog niet beoordeeld" + (" (wetsvoorstel)" if r["status"] == "wetsvoorstel" else "")))
    for r in d["verplichtingen"]:
        _row(doc, styled, r, beoordeling_text)
    return doc


def _row(doc: Any, styled: Stijlen, r: dict[str, Any], beoordeling_text: Any) -> None:
    styled(r["titel"], "Heading 2")
    styled(f"Kenmerk: {r['id']}. Status: {r['status_tekst']} — {r['uitleg']}. Soort: {r['soort_tekst']}.")
    styled(f"Wie: {r['normadressaat']}" + (f" (uitvoering: {r['uitvoering']})" if r["uitvoering"] else "")
           + f". Wanneer: {r['moment']}.")
    styled(r["handeling"])
    for key, name in (("termijn", "Termijn"), ("voorwaarde", "Voorwaarde"), ("toelichting", "Toelichting")):
        if r[key]:
            styled(f"{name}: {r[key]}")
    if r["volgende"]:

        styled(f"{r['volgende']['kop']}: {r['volgende']['tekst']}")
    for x in r["grondslag"]:
        # labelled as the Markdown and HTML do (helper-170: a statute, a bill's planned provision and the programme looked
        # the same here); a recommendation's place in the programme is no grondslag
        styled.delen([(f"{grondslag_woord(r['soort']).capitalize()}: ", ""), (x["citaat"], "b"),
                      *([(f" ({x['jci']})", "")] if x["jci"] else [])])
        if x["tekst"]:
            styled(x["tekst"], "Quote")
        styled.delen([(x["toelichting"], "i")])
    styled(f"Bron: {r['bron']}")  # tranche 1, 2 or existing law, as the Markdown and HTML say (helper-95)
    styled(f"Bewijs: {r['bewijs']}")
    opnieuw = r["beoordeling"]["opnieuw"] if r["beoordeling"] else ""
    styled.delen([(f"Beoordeling: {beoordeling_text(r['beoordeling'], r['beoordeling_leeg'])}", ""),
                  *([(f" {opnieuw}.", "b")] if opnieuw else [])])
