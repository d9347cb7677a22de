"""An amending act as plain text, in the layout the parser reads (and the Kamerstukken use)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from wetgeving.wijziging.datums import format_date
from wetgeving.wijziging.model import Wijzigingsregeling


def render_act(act: Wijzigingsregeling, *, label: str | None = None) -> str:
    """The act as text: title, ARTIKEL I …, onderdelen A, B …, and an inwerkingtreding artikel when the
    onderdelen carry dates."""
    out: list[str] = []
    if label:
        out += [label, ""]
    if act.titel:
        out += [act.titel, ""]
    out += [x for m in act.meldingen for x in (f"Let op: {m}.", "")]  # the parser reads the title, then from ARTIKEL I
    for art in act.artikelen:
        out += [f"ARTIKEL {art.nr}", "", art.aanhef or f"De {art.citeertitel} wordt als volgt gewijzigd:", ""]
        for ond in art.onderdelen:
            if ond.nr:
                out += [ond.nr, ""]
            out += [*ond.tekst.splitlines(), ""]
    out += _inwerkingtreding(act)
    return "\n".join(out).rstrip() + "\n"


def _inwerkingtreding(act: Wijzigingsregeling) -> list[str]:
    dates = {o.inwerking for _, o in act.onderdelen() if o.inwerking}
    if not dates:
        return []
    default = min(dates) if len(dates) > 1 else next(iter(dates))
    by: dict[tuple[str, date], list[str]] = defaultdict(list)
    for art, o in act.onderdelen():
        if o.inwerking and o.inwerking != default:
            by[(art.nr, o.inwerking)].append(o.nr)
    nr = _next_roman(len(act.artikelen) + 1)
    lines = [f"ARTIKEL {nr}", ""]
    for (art_nr, when), onds in sorted(by.items(), key=lambda t: t[0][1]):
        names = ", ".join(onds[:-1]) + (" en " if len(onds) > 1 else "") + onds[-1]
        verb = "treedt" if len(onds) == 1 else "treden"
        word = "onderdeel" if len(onds) == 1 else "onderdelen"
        lines.append(f"Artikel {art_nr}, {word} {names}, {verb} in werking met ingang van {format_date(when)}.")
    rest = "voor het overige " if by else ""
    lines.append(f"Deze wet treedt {rest}in werking met ingang van {format_date(default)}.")
    return lines


def _next_roman(n: int) -> str:
    vals = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out
