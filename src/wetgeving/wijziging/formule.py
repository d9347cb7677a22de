"""The pieces every formula grammar shares: the registry, the new text after "luidende:", and small
phrases (wordt/worden, telkens, a number of units, a punctuation mark, a renumbering)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar, cast

from wetgeving.locatie import Adres
from wetgeving.model import Artikel, Lid, Onderdeel, Structuur
from wetgeving.nummers import telling
from wetgeving.wijziging.acties import (
    LEESTEKENS,
    STRUCTUREN,
    Actie,
    ActieFout,
    Anker,
    ArtikelenInvoegen,
    ArtikelenVernummeren,
    Invoegen,
    LeestekenVervangen,
    NieuweEenheid,
    Vernummeren,
    VSoort,
)
from wetgeving.wijziging.citeren import MEERVOUD
from wetgeving.wijziging.doelen import ENKELVOUD
from wetgeving.wijziging.grammatica import Cursor
from wetgeving.wijziging.tekstblok import BodyError, parse_structuren, parse_units
from wetgeving.wijziging.tokens import ZinFout

LEESTEKEN_WOORD = {"punt": ".", "puntkomma": ";", "komma": ",", "dubbele punt": ":"}


class Body:
    """The lines of new text after a sentence ending in 'luidende:'; a formula that announces new text
    takes them (and says how many units it expects), any other formula must find none."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.gebruikt = False

    def _take(self, c: Cursor) -> list[str]:
        if self.gebruikt:
            raise ZinFout("de nieuwe tekst wordt twee keer gebruikt", c.positie)
        self.gebruikt = True
        return self.lines

    def eenheden(self, soort: str, aantal: int | None, c: Cursor, aanduiding: str | None = None) -> tuple[NieuweEenheid, ...]:
        try:
            units = parse_units(self._take(c), soort, aanduiding)
        except BodyError as exc:
            raise ZinFout(exc.message, c.positie) from None
        _count(len(units), aantal, soort, c)
        return tuple(units)

    def structuren(self, soort: str, aantal: int | None, c: Cursor) -> tuple[Structuur, ...]:
        try:
            units = parse_structuren(self._take(c), soort)
        except BodyError as exc:
            raise ZinFout(exc.message, c.positie) from None
        _count(len(units), aantal, soort, c)
        return tuple(units)

    def eenheid(self, soort: str, c: Cursor, nr: str | None = None) -> Artikel | Lid | Onderdeel | Structuur:
        """The one new unit of 'X komt te luiden:' (``nr``: X's number or letter, which the new text begins with)."""
        if soort in STRUCTUREN:
            return self.structuren(soort, 1, c)[0]
        return self.eenheden(soort, 1, c, nr)[0]


def _count(found: int, aantal: int | None, soort: str, c: Cursor) -> None:
    if aantal is not None and found != aantal:
        raise ZinFout(f"de zin kondigt {aantal} nieuwe eenheid(en) van de soort {soort} aan, maar er volgen er {found}",
                      c.positie)


Lezer = Callable[[Cursor, Adres | None, Body], list[Actie]]


@dataclass(frozen=True, slots=True)
class Formule:
    """One formula: its name, the first words it can start with (empty: any) and its grammar."""

    naam: str
    eerste: frozenset[str]
    lees: Lezer


FORMULES: list[Formule] = []


def formule(naam: str, *eerste: str) -> Callable[[Lezer], Lezer]:
    """Register a formula grammar; formulas are tried in the order they are registered."""
    def register(fn: Lezer) -> Lezer:
        FORMULES.append(Formule(naam, frozenset(w for w in eerste if w), fn))
        return fn

    return register


# --- small phrases ---------------------------------------------------------------------------------------


def ww(c: Cursor) -> None:
    c.word("wordt", "worden")


def eenheid_woord(c: Cursor) -> str:
    """'lid', 'leden', 'onderdelen', 'hoofdstuk' … → the singular kind."""
    t = c.peek()
    if t is None or t.soort != "woord" or t.tekst.casefold() not in ENKELVOUD:
        c.fail("de soort eenheid (lid, onderdeel, artikel, hoofdstuk …)")
    c.i += 1
    return ENKELVOUD[t.tekst.casefold()]


def leestekens_vervangen(c: Cursor, ctx: Adres | None) -> list[LeestekenVervangen]:
    """6.18.2: «‘; of’ aan het slot van onderdeel c door een puntkomma (en onder vervanging van de punt aan het slot
    van onderdeel d door ‘; of’)», after «onder vervanging van»: the marks replaced, in order."""
    from wetgeving.wijziging.doelen import doel

    out: list[LeestekenVervangen] = []
    while True:
        oud = leesteken(c)
        c.phrase("aan het slot van")
        adres = doel(c, ctx).adres
        c.opt_teken(",")
        c.word("door")
        out.append(maak(c, LeestekenVervangen, adres, oud, leesteken(c)))
        if not c.opt("en onder vervanging van"):
            return out


def leesteken(c: Cursor) -> str:
    """'de punt', 'een puntkomma', 'de dubbele punt' or a quoted mark ('; of')."""
    if c.is_quote():
        mark = c.quote().strip()
        if mark not in LEESTEKENS:
            raise ZinFout(f"«{mark}» is geen leesteken aan het slot van een eenheid", c.positie)
        return mark
    c.opt("de") or c.opt("een")
    for woord, mark in LEESTEKEN_WOORD.items():
        if c.opt(woord):
            return mark
    c.fail("een leesteken (de punt, de puntkomma, de komma …)")


def maak_vernummering(c: Cursor, ouder: Adres | None, soort: str, van: list[str],
                      naar: list[str]) -> Vernummeren | ArtikelenVernummeren:
    """A renumbering read as 'van R tot R' in ``ouder`` (artikelen: in the regeling)."""
    if len(van) != len(naar):
        raise ZinFout(f"{telling(len(van), 'eenheid wordt', 'eenheden worden')} vernummerd tot "
                      f"{telling(len(naar), 'nummer', 'nummers')}", c.positie)
    paren = tuple(zip(van, naar, strict=True))
    if soort == "artikel":
        return maak(c, ArtikelenVernummeren, paren)
    if soort not in ("lid", "onderdeel"):
        raise ZinFout(f"een {soort} wordt niet op deze manier vernummerd", c.positie)
    if ouder is None:
        raise ZinFout(f"de zin zegt niet in welk artikel de {MEERVOUD[soort]} worden vernummerd", c.positie)
    if soort == "lid":
        ouder = Adres(tuple(s for s in ouder.segmenten if s[0] == "artikel"))
    return maak(c, Vernummeren, ouder, cast(VSoort, soort), paren)


def invoeging(c: Cursor, ouder: Adres | None, units: tuple[NieuweEenheid, ...],
              anker: Anker | None) -> Invoegen | ArtikelenInvoegen:
    """New artikelen go into the regeling; new leden and onderdelen into ``ouder``."""
    artikelen = tuple(u for u in units if isinstance(u, Artikel))
    if artikelen:
        if len(artikelen) != len(units):
            raise ZinFout("artikelen en andere eenheden worden niet in één zin ingevoegd", c.positie)
        return maak(c, ArtikelenInvoegen, artikelen, anker)
    if ouder is None:
        raise ZinFout("de zin zegt niet in welk artikel de nieuwe eenheden komen", c.positie)
    delen = tuple(u for u in units if isinstance(u, (Lid, Onderdeel)))
    return maak(c, Invoegen, ouder, delen, anker)


A = TypeVar("A")


def maak(c: Cursor, bouw: Callable[..., A], *args: Any) -> A:
    """Build an action; its shape errors become errors of this sentence."""
    try:
        return bouw(*args)
    except ActieFout as exc:
        raise ZinFout(exc.message, c.positie) from None


def ouder_voor(ctx: Adres | None, soort: str, c: Cursor) -> Adres | None:
    """Where new units of a kind go when no place is named: the unit being amended, cut to the right level."""
    if soort == "artikel" or soort in STRUCTUREN:
        return None
    if ctx is None:
        raise ZinFout(f"een nieuw {soort} moet in een artikel: er wordt hier geen artikel gewijzigd", c.positie)
    if soort == "lid":
        return Adres(tuple(s for s in ctx.segmenten if s[0] == "artikel"))
    return ctx
