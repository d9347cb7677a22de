"""The diff as a Word document with native tracked changes, a heading per artikel, so a drafter can
accept or reject each change in Word. Written with lxml (:mod:`wetgeving.render.docx_pakket`): the package
python-docx would write, without importing it."""

from __future__ import annotations

from datetime import datetime

from wetgeving.diff.resultaat import Diff, Segment
from wetgeving.render.diff_tekst import LABELS, describe, whole_unit
from wetgeving.render.docx_pakket import Document, Wijzigingen


def build(d: Diff, *, author: str = "wetgeving", date: datetime | None = None, label: str | None = None) -> Document:
    """The document of the diff (``.save(stream)`` writes it, as a python-docx Document does)."""
    title = f"Vergelijking {d.oud.citeertitel} {d.oud.geldig_vanaf} – {d.nieuw_label or d.nieuw.geldig_vanaf}"
    doc = Document(title, when=date)
    doc.paragraph(title, "Heading 1")
    if label:
        doc.paragraph(label, bold=True)
    doc.paragraph(
        f"Oud: {d.oud.citeertitel} ({d.oud.bwb_id}), geldig vanaf {d.oud.geldig_vanaf}. "
        + (f"Nieuw: {d.nieuw.citeertitel} ({d.nieuw.bwb_id}), {d.nieuw_label}. " if d.nieuw_label else
           f"Nieuw: {d.nieuw.citeertitel} ({d.nieuw.bwb_id}), geldig vanaf {d.nieuw.geldig_vanaf}. ") +
        "Wijzigingen staan als bijgehouden wijzigingen in de tekst."
    )
    doc.paragraph(d.summary_line())
    tracker = Wijzigingen(author, date)
    for g in d.artikelen:
        doc.paragraph(f"{g.label} ({LABELS.get(g.soort, g.soort)})", "Heading 2")
        for w in g.verschillen:
            p = doc.paragraph()
            tracker.text(p, describe(w) + ": ", bold=True)
            whole = whole_unit(d, w)
            if whole is None:
                tracker.segments(p, w.redline)
                continue
            op = "insert" if w.soort == "added" else "delete"
            for ln in whole:  # a lid or onderdeel a paragraph, its number kept
                tracker.segments(doc.paragraph(), (Segment(op, ln.strip()),))
    return doc
