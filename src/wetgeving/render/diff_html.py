"""The diff as a self-contained HTML page: table of contents of changed artikelen, side-by-side and
inline renvooi views, an anchor per address."""

from __future__ import annotations

import re
from typing import Any

from wetgeving.diff.align import markering_apart
from wetgeving.diff.resultaat import Diff, Verschil
from wetgeving.render.diff_tekst import LABELS, describe, whole_unit
from wetgeving.render.html import render_template


def anchor(text: str) -> str:
    """A safe HTML id for an address: ``artikel:36a/lid:2`` → ``artikel-36a-lid-2``."""
    return re.sub(r"[^A-Za-z0-9_.-]+", "-", text).strip("-") or "x"


def _row(d: Diff, w: Verschil) -> dict[str, object]:
    whole = whole_unit(d, w)
    return {
        "label": describe(w),
        "soort": w.soort,
        "anchor": anchor(str(w.nieuw or w.oud)),
        "adres": str(w.nieuw or w.oud),
        "segments": [(s.op, s.tekst) for s in markering_apart(w.redline)],
        # an added or removed unit with leden or onderdelen: one line each, numbering kept
        "lines": [(ln.strip(), len(ln) - len(ln.lstrip())) for ln in whole] if whole else [],
        "op": "insert" if w.soort == "added" else "delete",
    }


def _uniek(groups: list[dict[str, Any]]) -> None:
    """One id per row: onderdeel c that lapsed and onderdeel d relettered to c both had «…-onderdeel-c» (helper-199:
    Gemeentewet 228, tweede lid, 2023-04-01 → 2026-10-01); a later one gets a suffix, the permalink follows it."""
    gebruikt: set[str] = set()
    for g in groups:
        gebruikt.add(str(g["anchor"]))
        for r in g["rows"]:
            if r["anchor"] == g["anchor"]:
                continue
            basis, n = r["anchor"], 2
            while r["anchor"] in gebruikt:
                r["anchor"], n = f"{basis}-{n}", n + 1
            gebruikt.add(r["anchor"])


def render(d: Diff, *, label: str | None = None) -> str:
    """The whole page. ``label`` is an optional banner (e.g. 'illustratief')."""
    groups: list[dict[str, Any]] = [
        {"label": g.label, "soort": LABELS.get(g.soort, g.soort), "anchor": anchor(g.anchor),
         "rows": [_row(d, w) for w in g.verschillen]}
        for g in d.artikelen
    ]
    _uniek(groups)
    title = f"{d.oud.citeertitel} {d.oud.geldig_vanaf} → {d.nieuw_label or d.nieuw.geldig_vanaf}"
    return render_template(
        "diff.html.j2", title=title, oud=d.oud, nieuw=d.nieuw, groups=groups, oud_datum=d.datum("oud"),
        nieuw_datum=d.datum("nieuw"),
        summary=d.summary_line(), banner=label, nieuw_label=d.nieuw_label,
    )
