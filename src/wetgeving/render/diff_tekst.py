"""The diff for the terminal: colour when writing to a TTY, plain ``[-weg-]{+nieuw+}`` marks otherwise,
and a summary line."""

from __future__ import annotations

import click

from wetgeving.diff.resultaat import Diff, Segment, Wijziging

LABELS = {
    "added": "ingevoegd", "removed": "geschrapt", "repealed": "vervallen", "changed": "gewijzigd",
    "renumbered": "vernummerd", "moved": "verplaatst", "replaced": "komt te luiden",
}


def segments(segs: tuple[Segment, ...], colour: bool) -> str:
    out = []
    for s in segs:
        if s.op == "equal":
            out.append(s.tekst)
        elif colour:
            fg = "red" if s.op == "delete" else "green"
            out.append(click.style(s.tekst, fg=fg, strikethrough=s.op == "delete", underline=s.op == "insert"))
        else:
            out.append(f"[-{s.tekst}-]" if s.op == "delete" else f"{{+{s.tekst}+}}")
    return "".join(out)


def describe(w: Wijziging) -> str:
    """``artikel 28, tweede lid → artikel 28, derde lid (vernummerd)``, ``… onder o (gewijzigd)``."""
    a, b = w.oud, w.nieuw
    if a is not None and b is not None and a != b:
        where = f"{a.citation()} → {b.citation()}"
    else:
        unit = b or a
        where = unit.citation() if unit is not None else "?"
    return f"{where} ({LABELS.get(w.soort, w.soort)})"


def render(d: Diff, *, colour: bool = False) -> str:
    head = (f"{d.oud.citeertitel}: {d.oud.geldig_vanaf} → {d.nieuw.citeertitel}: {d.nieuw.geldig_vanaf}")
    lines = [click.style(head, bold=True) if colour else head, ""]
    for g in d.artikelen:
        title = f"{g.label} — {LABELS.get(g.soort, g.soort)}"
        lines.append(click.style(title, bold=True) if colour else title)
        for w in g.wijzigingen:
            lines.append(f"  {describe(w)}")
            if w.redline and (w.text_changed or w.soort in ("added", "removed")):
                lines.append("    " + segments(w.redline, colour))
        lines.append("")
    lines.append(d.summary_line())
    return "\n".join(lines) + "\n"
