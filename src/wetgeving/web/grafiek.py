"""A server-rendered SVG chart: per obligation a stacked bar of how many gemeenten are in each category.
The same numbers are always shown as a table beside it; the SVG has a title and a description."""

from __future__ import annotations

from datetime import date
from xml.sax.saxutils import escape

from wetgeving.web.dienst import CATEGORIEEN, GEEN_RECHT, OverzichtRij

# Colours with at least 3:1 contrast against white (WCAG 1.4.11), and a pattern-free legend with text.
KLEUR = dict(zip(CATEGORIEEN, ("#1a7f37", "#9a6700", "#b00020", "#4f4f4f", "#5a3e9b", "#0b5cad", "#8a8a8a"), strict=True))
LABEL_BREEDTE, BALK_BREEDTE, HOOGTE, RUIMTE = 300, 400, 22, 8
TEKENS = 38  # at 12 px a label of this length fits in LABEL_BREEDTE with room to spare


def _kort(titel: str) -> str:
    """A label that fits: the name is cut, never the mark of a bill or a recommendation (helper-61: «(wetsvoorstel,
    geen geldend recht)» was cut off, and with it what the bar is)."""
    soort = next((k for k, achter in GEEN_RECHT.items() if titel.endswith(achter)), "")
    naam, merk = (titel.removesuffix(GEEN_RECHT[soort]), f" ({soort})") if soort else (titel, "")
    ruimte = TEKENS - len(merk)
    return (naam if len(naam) <= ruimte else naam[:ruimte - 1] + "…") + merk


def staven(rijen: list[OverzichtRij], datum: date) -> str:
    """The chart as an SVG string (all text escaped)."""
    n = max((sum(c for _, c in r.telling) for r in rijen), default=0) or 1
    legenda_y = len(rijen) * (HOOGTE + RUIMTE) + 20
    hoogte = legenda_y + 20 * len(CATEGORIEEN) + 10
    breedte = LABEL_BREEDTE + BALK_BREEDTE + 20
    uit = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {breedte} {hoogte}" width="{breedte}" height="{hoogte}" '
           'role="img" aria-labelledby="grafiek-titel grafiek-uitleg">',
           f'<title id="grafiek-titel">Beoordelingen per verplichting op {datum.isoformat()}</title>',
           '<desc id="grafiek-uitleg">Per verplichting een balk met het aantal gemeenten per soort beoordeling; '
           'dezelfde aantallen staan in de tabel.</desc>']
    for i, r in enumerate(rijen):
        y = i * (HOOGTE + RUIMTE)
        kort = _kort(r.titel)
        uit.append(f'<text x="0" y="{y + 15}" font-size="12">{escape(kort)}</text>')
        x = float(LABEL_BREEDTE)
        for cat, aantal in r.telling:
            if not aantal:
                continue
            w = BALK_BREEDTE * aantal / n
            uit.append(f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{HOOGTE}" fill="{KLEUR[cat]}">'
                       f'<title>{escape(r.titel)}: {escape(cat)} {aantal}</title></rect>')
            x += w
    for j, cat in enumerate(CATEGORIEEN):
        y = legenda_y + 20 * j
        uit.append(f'<rect x="{LABEL_BREEDTE}" y="{y}" width="14" height="14" fill="{KLEUR[cat]}"/>'
                   f'<text x="{LABEL_BREEDTE + 20}" y="{y + 12}" font-size="12">{escape(cat)}</text>')
    uit.append("</svg>")
    return "\n".join(uit)
