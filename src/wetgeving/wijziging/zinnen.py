"""One instruction sentence (and its new text) → typed actions.

The sentence is tokenized (:mod:`wetgeving.wijziging.tokens`) and read by the formula grammars that can
start with its first word (:mod:`wetgeving.wijziging.formules_tekst`,
:mod:`wetgeving.wijziging.formules_eenheden`). A grammar succeeds only when it reads every word of the
sentence; when none does, the error names the position where the best attempt stopped and what a formula
expected there. Reading is linear in the length of the sentence: each grammar moves left to right once,
and only a fixed handful of grammars is tried.

Examples:
    >>> from wetgeving.locatie import Adres
    >>> lees_zin("In artikel 3 wordt «raad» vervangen door «college» en vervalt «een».", [], None)[1].oud
    'een'
    >>> lees_zin("Het eerste lid vervalt.", [], Adres.parse("artikel:2"))[0].adres
    Adres(segmenten=(('artikel', '2'), ('lid', '1')))
"""

from __future__ import annotations

from wetgeving.locatie import Adres
from wetgeving.wijziging import formules_eenheden, formules_tekst  # noqa: F401 - they register the formulas
from wetgeving.wijziging.acties import Actie
from wetgeving.wijziging.doelen import doel
from wetgeving.wijziging.formule import FORMULES, Body
from wetgeving.wijziging.grammatica import Afwijking, Cursor
from wetgeving.wijziging.tokens import ZinFout, tokenize

MAX_ZIN = 20_000
"""Longest instruction sentence read (characters). Real ones, new text in quotes included, stay under two
thousand; a longer one is a file without line breaks or not an amending act at all. (Reading is linear, see
benchmarks/scaling_instructies.py; the limit keeps a hostile line to a fraction of a second.)"""


def lees_zin(zin: str, body: list[str], ctx: Adres | None) -> list[Actie]:
    """The actions of one sentence; ``body`` holds the lines after 'luidende:', ``ctx`` the unit being
    amended ('Artikel 23 wordt als volgt gewijzigd:'). Raises :class:`ZinFout`."""
    return lees_zin_nieuw(zin, body, ctx)[0]


def lees_zin_nieuw(zin: str, body: list[str], ctx: Adres | None) -> tuple[list[Actie], list[Adres]]:
    """:func:`lees_zin`, and the units the sentence names with «(nieuw)» (Aanwijzing 6.19)."""
    cursor = _cursor(zin)
    first = cursor.tokens[0].sleutel
    best: Afwijking | None = None
    for f in [f for f in FORMULES if first in f.eerste] + [f for f in FORMULES if not f.eerste]:
        c = Cursor(cursor.tokens, zin)
        b = Body(body)
        try:
            acties = f.lees(c, ctx, b)
        except Afwijking as a:
            if best is None or a.index > best.index:
                best = a
            continue
        if body and not b.gebruikt:
            raise ZinFout("onder deze instructie staat nieuwe tekst, maar zij kondigt die niet aan (luidende:)",
                          len(zin))
        return acties, list(dict.fromkeys(c.nieuw))
    raise _fout(zin, best)


def _cursor(zin: str) -> Cursor:
    if len(zin) > MAX_ZIN:
        raise ZinFout(f"deze zin is {len(zin):,} tekens lang; een wijzigingsinstructie is nooit langer dan "
                      f"{MAX_ZIN:,} tekens".replace(",", "."), 0,
                      hint="controleer of het bestand regeleinden heeft en een wijzigingsregeling is")
    tokens = tokenize(zin)
    if not tokens:
        raise ZinFout("lege instructie", 0)
    return Cursor(tokens, zin)


def _fout(zin: str, best: Afwijking | None) -> ZinFout:
    if best is None:
        return ZinFout("geen formule van de Aanwijzingen voor de regelgeving (hoofdstuk 6) begint zo", 0)
    pos = best.positie
    gelezen = zin[:pos].strip()
    waar = f"na «…{gelezen[-40:]}»" if gelezen else "aan het begin"
    if best.verwacht == "het einde van de zin":
        rest = zin[pos:].strip()
        return ZinFout(f"de woorden «{rest[:60]}{'…' if len(rest) > 60 else ''}» (vanaf positie {pos + 1}) horen bij "
                       "geen formule van de Aanwijzingen (hoofdstuk 6): de zin is niet helemaal gelezen", pos)
    if pos >= len(zin):
        return ZinFout(f"de zin houdt op waar {best.verwacht} werd verwacht ({waar})", pos)
    return ZinFout(f"geen formule van de Aanwijzingen (hoofdstuk 6) past: {waar} (positie {pos + 1}) werd "
                   f"{best.verwacht} verwacht", pos)


def als_volgt(zin: str, ctx: Adres | None) -> Adres | None:
    """The unit of 'Artikel 23 wordt als volgt gewijzigd:' (also the older 'In artikel 23 worden de volgende
    wijzigingen aangebracht:'), or None when the sentence is something else."""
    if not zin.rstrip().endswith(":") or len(zin) > MAX_ZIN:
        return None
    try:
        c = _cursor(zin)
        older = c.opt("in")
        adres = doel(c, ctx).adres
        c.opt_teken(",")
        if older:
            c.phrase("worden de volgende wijzigingen aangebracht")
        else:
            c.phrase("wordt als volgt gewijzigd")
        c.end_colon()
    except (Afwijking, ZinFout):
        return None
    return adres
