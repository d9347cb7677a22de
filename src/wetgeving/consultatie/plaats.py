"""Where in the bill a provision is changed: «Artikel I, onderdeel A», beside the provision as amended.

A comment is about a provision of the law as the bill would make it (artikel 36c, eerste lid); the bill changes
it in an onderdeel of its wijzigingsartikel, which is how a reader of the bill finds it. Both are named: the
amended provision first in substance (as Aanwijzing 6.20 asks of a reference to an amendment: to the amended
provision, not to the amending one) and the onderdeel as the place in the bill. The onderdeel of a provision is found
by applying the act one onderdeel at a time: an onderdeel names the provision when one of its actions aims at the
provision's artikel (or inserts it) and applying it changes the provision's text. None when no onderdeel does (a
comment on a provision the bill leaves alone). :func:`oud_adres` says where the provision stood before (a lid
inserted «onder vernummering» is new: its number belonged to another lid).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import get_args

from wetgeving.diff.align import full_text
from wetgeving.diff.resultaat import Diff
from wetgeving.locatie import Adres
from wetgeving.model import Regeling, artikelen_in
from wetgeving.wijziging.acties import ArtikelenInvoegen, KomtTeLuiden, LeestekenVervangen, StructuurInvoegen, TekstActie
from wetgeving.wijziging.bewerken import EditError
from wetgeving.wijziging.model import Wijzigingsonderdeel, Wijzigingsregeling
from wetgeving.wijziging.toepassen import targets_base, voer_alle_uit


@dataclass(frozen=True, slots=True)
class Stap:
    """One onderdeel of the act, applied: the text before and after it, and the artikelen its actions aim at."""

    aanduiding: str  # "Artikel I, onderdeel A"
    voor: Regeling
    na: Regeling
    artikelen: frozenset[str]
    eenheid: Adres | None = None  # the one unit whose text all its actions change («artikel 170, tweede lid»), if so


_TER_PLAATSE = (*get_args(TekstActie), LeestekenVervangen, KomtTeLuiden)  # change a unit's text where it stands


def _eenheid(ond: Wijzigingsonderdeel, na: Regeling) -> Adres | None:
    """The unit an onderdeel changes, when every action of it changes the text of that one unit in place (helper-71:
    «Artikel I, onderdeel C» of tranche 2, «In artikel 170, tweede lid, wordt …», was placed on all of artikel 170)."""
    doelen = {a.doel for a in ond.acties if isinstance(a, _TER_PLAATSE)}
    if len(doelen) != 1 or len(ond.acties) != sum(isinstance(a, _TER_PLAATSE) for a in ond.acties):
        return None
    doel = next(iter(doelen))
    return doel if doel.artikel is not None and na.get(doel) is not None else None


def artikelen_van(ond: Wijzigingsonderdeel) -> frozenset[str]:
    """The artikelen of the law an onderdeel amends or inserts."""
    out: set[str] = set()
    for a in ond.acties:
        if isinstance(a, ArtikelenInvoegen):
            out.update(u.nr for u in a.eenheden)
        elif isinstance(a, StructuurInvoegen):
            out.update(nr for s in a.eenheden for nr in artikelen_in(s))
        elif a.doel is not None and a.doel.artikel is not None:
            out.add(a.doel.artikel)
    return frozenset(out)


def stappen(base: Regeling, act: Wijzigingsregeling,
            aanduiding: Callable[[str, str], str] = lambda art, ond: f"Artikel {art}, onderdeel {ond}") -> tuple[Stap, ...]:
    """The onderdelen of ``act`` that amend ``base``, each applied to the text the ones before it made.
    ``aanduiding(artikel, onderdeel)``: how an onderdeel is named, with its artikel (a number or letter the sources do
    not give says so)."""
    out, reg = [], base
    for art, ond in act.onderdelen():
        if not targets_base(art, base) or not ond.acties:
            continue
        try:
            new = voer_alle_uit(reg, ond.acties)
        except EditError:
            continue  # the act's own report (apply) says why; here it names no provision
        out.append(Stap(aanduiding(art.nr, ond.nr), reg, new, artikelen_van(ond), _eenheid(ond, new)))
        reg = new
    return tuple(out)


def plaats(stappen: tuple[Stap, ...], adres: Adres) -> str:
    """The onderdelen that change the provision at ``adres`` («Artikel I, onderdeel A»; several joined by «en»),
    or "" when none does."""
    found = []
    for s in stappen:
        if adres.artikel is None or adres.artikel not in s.artikelen:
            continue
        voor, na = s.voor.get(adres), s.na.get(adres)
        if (voor is None) != (na is None) or (voor is not None and na is not None and full_text(voor) != full_text(na)):
            found.append(s.aanduiding)
    return " en ".join(dict.fromkeys(found))


def oud_adres(d: Diff, adres: Adres) -> Adres | None:
    """Where the provision at ``adres`` of the bill stood in the base law, by the diff's alignment: None when the
    bill inserts it (a lid inserted «onder vernummering» is new, and the base's lid of that number moved on:
    Gemeentewet 36a, tweede lid, of tranche 1), the address it was renumbered from, or ``adres`` itself."""
    best = None
    for a in d.artikelen:
        for w in a.verschillen:
            if (w.nieuw is not None and (w.nieuw == adres or adres.is_within(w.nieuw))
                    and (best is None or len(w.nieuw.segmenten) > len(best.nieuw.segmenten))):  # type: ignore[union-attr]
                best = w
    if best is None:
        return adres
    if best.oud is None or best.soort == "added":
        return None
    assert best.nieuw is not None
    return Adres(best.oud.segmenten + adres.segmenten[len(best.nieuw.segmenten):])


def aanduiding(adres: Adres, vorig: Adres | None, titel: str, basis: str, *, voorgesteld: bool = False) -> str:
    """The provision as the bill makes it, with what it was: «artikel 36a, tweede lid, Gemeentewet (ingevoegd)»
    for a unit an act inserted (Aanwijzing 6.18), «(in te voegen)» for one a bill or draft would insert
    (``voorgesteld``; helper-56: «ingevoegd» read as done), «artikel 36a, derde lid (nieuw), Gemeentewet; in de
    versie van 2022-11-05: artikel 36a, tweede lid» for one it renumbers (6.19's «(nieuw)» marks the new number)."""
    if vorig is None:
        return f"{adres.citation(titel)} ({'in te voegen' if voorgesteld else 'ingevoegd'})"
    if vorig == adres:
        return adres.citation(titel)
    return f"{adres.citation()} (nieuw){f', {titel}' if titel else ''}; in de versie van {basis}: {vorig.citation()}"
