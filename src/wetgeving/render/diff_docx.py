"""The diff as a Word document with native tracked changes, a heading per artikel, so a drafter can
accept or reject each change in Word."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from wetgeving.diff.resultaat import Diff, Segment
from wetgeving.render.diff_tekst import LABELS, describe, whole_unit
from wetgeving.render.docx_util import Stijlen, Tracker, new_document


def build(d: Diff, *, author: str = "wetgeving", date: datetime | None = None, label: str | None = None) -> Any:
    """A python-docx Document of the diff (save it with :func:`wetgeving.render.docx_util.save`)."""
    title = f"Vergelijking {d.oud.citeertitel} {d.oud.geldig_vanaf} – {d.nieuw_label or d.nieuw.geldig_vanaf}"
    doc = new_document(title)  # --date dates the tracked changes, not the file (helper-145: created «2023-04-01»)
    styled = Stijlen(doc)
    styled(title, "Heading 1")
    if label:
        p = doc.add_paragraph()
        p.add_run(label).bold = True
    doc.add_paragraph(
        f"Oud: {d.oud.citeertitel} ({d.oud.bwb_id}), {d.datum('oud')}. "
        f"Nieuw: {d.nieuw.citeertitel} ({d.nieuw.bwb_id}), {d.datum('nieuw')}. " +
        "Wijzigingen staan als bijgehouden wijzigingen in de tekst."
    )
    doc.add_paragraph(d.summary_line())
    tracker = Tracker(author, date)
    for g in d.artikelen:
        styled(f"{g.label} ({LABELS.get(g.soort, g.soort)})", "Heading 2")
        for w in g.verschillen:
            p = doc.add_paragraph()
            tracker.text(p, describe(w) + ": ", bold=True)
            whole = whole_unit(d, w)
            if whole is None:
                tracker.segments(p, w.redline)
                continue
            op = "insert" if w.soort == "added" else "delete"
            for ln in whole:  # a lid or onderdeel a paragraph, its number kept
                tracker.segments(doc.add_paragraph(), (Segment(op, ln.strip()),))
    return doc
