"""The diff for the terminal: colour when writing to a TTY, plain ``[-weg-]{+nieuw+}`` marks otherwise,
and a summary line."""

from __future__ import annotations

import click

from wetgeving.diff.align import markering_apart
from wetgeving.diff.resultaat import SOORT_NL, Diff, Segment, Verschil
from wetgeving.model import Alinea, Lid, Onderdeel
from wetgeving.render.tekst import lines as unit_lines

LABELS = SOORT_NL


def segments(segs: tuple[Segment, ...], colour: bool) -> str:
    out = []
    for s in markering_apart(segs):
        if s.op == "equal" or s.op.startswith("markering"):  # a place marker: the reader's, not the law's
            out.append(s.tekst)
        elif colour:
            fg = "red" if s.op == "delete" else "green"
            out.append(click.style(s.tekst, fg=fg, strikethrough=s.op == "delete", underline=s.op == "insert"))
        else:
            out.append(f"[-{s.tekst}-]" if s.op == "delete" else f"{{+{s.tekst}+}}")
    return "".join(out)


def describe(w: Verschil) -> str:
    """``artikel 28, tweede lid → artikel 28, derde lid (vernummerd)``, ``… onder o (gewijzigd)``."""
    a, b = w.oud, w.nieuw
    if a is not None and b is not None and a != b:
        where = f"{a.citation()} → {b.citation()}"
    else:
        unit = b or a
        where = unit.citation() if unit is not None else "?"
    label = LABELS.get(w.soort, w.soort)
    unit = w.nieuw or w.oud
    if w.soort == "renumbered" and unit is not None and unit.segmenten and unit.segmenten[-1][0] == "onderdeel":
        label = "verletterd"  # an onderdeel is lettered (Aanwijzingen 6.17.2, 6.18.2; helper-60)
    if w.soort == "renumbered" and a is not None and b is not None and {a.soort, b.soort} == {"artikel", "lid"}:
        # the text of an artikel becomes its first lid, or the reverse: aanwijzing 6.18, derde and vierde lid
        label = "aanduiding «1.» " + ("geplaatst" if a.soort == "artikel" else "vervallen")
    if w.soort in ("renumbered", "moved") and w.text_changed:  # helper-81: 23, vierde → vijfde lid, 2023-04-01
        label += " en gewijzigd"
    return f"{where} ({label})"


def whole_unit(d: Diff, w: Verschil) -> list[str] | None:
    """An added or removed unit that has parts (leden, onderdelen) as its printed lines, numbering kept;
    ``None`` for a change within a unit (shown as a word redline)."""
    if w.soort not in ("added", "removed"):
        return None
    adres, side = (w.nieuw, d.nieuw) if w.soort == "added" else (w.oud, d.oud)
    unit = side.get(adres) if adres is not None else None
    if unit is None or not any(isinstance(k, (Lid, Onderdeel)) for k in unit.inhoud):
        return None
    body = [k for k in unit.inhoud if isinstance(k, (Alinea, Lid, Onderdeel))]
    # an alinea of the unit itself is one line (helper-76: wrapped without indent, it broke into two «paragraphs»)
    return [ln.rstrip() for k in body for ln in ([k.tekst] if isinstance(k, Alinea) else _joined(unit_lines(k)))]


def _joined(wrapped: list[str]) -> list[str]:
    """Wrapped text lines joined back into one line per lid or onderdeel (their numbers start a line)."""
    out: list[str] = []
    for ln in wrapped:
        if out and ln.startswith(" ") and not _numbered(ln.strip()):
            out[-1] += " " + ln.strip()
        else:
            out.append(ln)
    return out


def _numbered(text: str) -> bool:
    import re

    return bool(re.match(r"^(\d+[a-z]*\.|[a-z]{1,3}\.|\d+°\.?|\d+e\.)\s", text))


def render(d: Diff, *, colour: bool = False) -> str:
    head = f"{d.side('oud')} → {d.side('nieuw')}"
    lines = [click.style(head, bold=True) if colour else head, ""]
    for g in d.artikelen:
        title = f"{g.label} — {LABELS.get(g.soort, g.soort)}"
        lines.append(click.style(title, bold=True) if colour else title)
        for w in g.verschillen:
            lines.append(f"  {describe(w)}")
            whole = whole_unit(d, w)
            if whole is not None:
                op = "insert" if w.soort == "added" else "delete"
                lines += ["    " + segments((Segment(op, ln),), colour) for ln in whole]
            elif w.redline and (w.text_changed or w.soort in ("added", "removed")):
                lines.append("    " + segments(w.redline, colour))
        lines.append("")
    lines.append(d.summary_line())
    return "\n".join(lines) + "\n"
