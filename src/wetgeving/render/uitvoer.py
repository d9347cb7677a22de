"""One entry per result type for the CLI's output formats: a diff and an amending act as text, HTML, DOCX,
JSON or our XML. Every rendering carries the label of modified sources (``--allow-modified``)."""

from __future__ import annotations

import io
import json
from datetime import datetime

from wetgeving.bronnen.integriteit import with_label
from wetgeving.diff.resultaat import Diff
from wetgeving.wijziging.model import Wijzigingsregeling


def render_diff(d: Diff, fmt: str, *, author: str = "wetgeving", when: datetime | None = None,
                structure_only: bool = False, colour: bool = False, label: str | None = None) -> str | bytes:
    """A diff as ``text``, ``html``, ``docx`` (tracked changes) or ``json``."""
    label = with_label(label)
    if fmt == "json":
        data = d.to_json(with_text=not structure_only)
        if label:
            data = {"label": label, **data}
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if fmt == "html":
        from wetgeving.render.diff_html import render

        return render(d, label=label)
    if fmt == "docx":
        from wetgeving.render.diff_docx import build

        buf = io.BytesIO()
        build(d, author=author, date=when, label=label).save(buf)
        return buf.getvalue()
    from wetgeving.render.diff_tekst import render as text

    out = text(d, colour=colour)
    return (label + "\n\n" + out) if label else out


def render_act(act: Wijzigingsregeling, fmt: str, *, label: str | None = None) -> str | bytes:
    """An amending act as ``text`` (the Dutch instructions), ``xml`` (ours) or ``docx``."""
    label = with_label(label)
    if fmt == "xml":
        from wetgeving.wijziging import xml

        return xml.dumps(act).decode("utf-8")
    if fmt == "docx":
        from wetgeving.render.wijziging_docx import build

        buf = io.BytesIO()
        build(act, label=label).save(buf)
        return buf.getvalue()
    from wetgeving.render.wijziging_tekst import render_act as text

    return text(act, label=label)
