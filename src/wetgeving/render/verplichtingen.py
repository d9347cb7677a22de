"""The list of obligations as plain text: per obligation its kind, actors and periods (or, for a date, its
status and wording on that date)."""

from __future__ import annotations

from datetime import date

from wetgeving.compliance.tijd import stand
from wetgeving.compliance.verplichtingen import Periode, Verplichting, procedures
from wetgeving.programma import load_programma


def _span(p: Periode) -> str:
    start = p.vanaf_tekst if p.vanaf else (f"onbekend (al in de versie van {p.bekend_op})" if p.bekend_op else "onbekend")
    return f"vanaf {start}" + (f" tot {p.tot_tekst}" if p.tot else "")


def _grond(p: Periode) -> str:
    return "; ".join(g.label() for g in p.grondslagen)


def _wie(p: Periode) -> str:
    """The period's own normadressaten, when it names others than the obligation."""
    return f" (wie in deze periode: {', '.join(p.normadressaten)})" if p.normadressaten else ""


def listing(items: list[Verplichting], when: date | None = None) -> str:
    out = []
    shown = 0
    for v in items:
        who = ", ".join(v.normadressaten)
        if when is None:
            out.append(f"{v.id} — {v.soort} — {who} — {v.titel}")
            if v.soort == "wettelijk":
                out += [f"    {_span(p)}: {_grond(p)}{_wie(p)}" for p in v.perioden]
            else:
                out.append(f"    {_grond(v.perioden[0])}")
            shown += 1
            continue
        s = stand(v, when, procedures(), load_programma().datum)
        if s is None:
            continue
        out.append(f"{v.id} — {s.label} op {when} — {', '.join(v.wie(s.periode))} — {v.titel}")
        later = f" (zoals geldend vanaf {s.periode.vanaf_tekst})" if s.periode.vanaf and when < s.periode.vanaf else ""
        out.append(f"    {s.uitleg}; grondslag {_grond(s.periode)}{later}")
        shown += 1
    out.append(f"{shown} verplichting" + ("" if shown == 1 else "en") + (f" op {when}" if when else ""))
    return "\n".join(out) + "\n"
