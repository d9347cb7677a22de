"""Aanwijzing 6.19: «Indien een artikel, lid of onderdeel in één wijzigingsregeling zowel wordt vernummerd of
verletterd als gewijzigd, wordt dat artikel, lid of onderdeel ten behoeve van die wijziging aangeduid met de nieuwe
nummering of lettering, met toevoeging van de vermelding ‘(nieuw)’.»

The parser reads «(nieuw)» and drops it (the number named is the number after renumbering, as the applier reads
it); this module checks that it stands where 6.19 asks for it, and nowhere else:

* a unit that an earlier instruction of the act renumbered, named again without «(nieuw)» («In het vijfde lid
  wordt …» after «Onder vernummering van het vierde lid tot vijfde lid …»): a reader may take the old fifth lid;
* «(nieuw)» at a unit the act did not renumber: a reader looks for a renumbering that is not there.

What it finds is a note, not an error: the instruction still names one unit.
"""

from __future__ import annotations

from wetgeving.locatie import Adres
from wetgeving.wijziging.acties import ArtikelenVernummeren, Invoegen, Vernummeren, Vervalt
from wetgeving.wijziging.model import WijzigingsArtikel


def nieuw_meldingen(art: WijzigingsArtikel) -> dict[str, list[str]]:
    """Per onderdeel (by its letter) of one ARTIKEL of an act, what Aanwijzing 6.19 finds wrong, in Dutch."""
    vernummerd: set[Adres] = set()  # units an earlier instruction of the act gave a new number
    out: dict[str, list[str]] = {}
    for ond in art.onderdelen:
        genoemd = set(ond.nieuw_genoemd)
        per_zin = len(ond.nieuw_per_actie) == len(ond.acties)  # known per sentence (read from a text act)
        notes: list[str] = []
        for i, a in enumerate(ond.acties):
            doel = a.doel
            hier = set(ond.nieuw_per_actie[i]) if per_zin else genoemd  # this sentence's «(nieuw)», not another's
            if doel is not None and not isinstance(a, (Vernummeren, ArtikelenVernummeren)):
                hit = next((d for d in sorted(vernummerd, key=str) if doel.is_within(d) and d not in hier), None)
                if hit is not None:
                    notes.append(f"{hit.onderwerp()} is eerder in deze wijzigingsregeling vernummerd of verletterd; "
                                 "Aanwijzing 6.19 vraagt dan «(nieuw)» achter het nieuwe nummer; gelezen als de eenheid "
                                 "die dat nummer na de vernummering heeft")
            vernummerd = _na(vernummerd, a)
        notes += [f"«(nieuw)» bij {x.citation()}, maar deze wijzigingsregeling vernummert of verlettert die eenheid niet "
                  "(Aanwijzing 6.19)" for x in sorted(genoemd, key=str) if x not in vernummerd]
        if notes:
            out[ond.nr] = list(dict.fromkeys(notes))
    return out


def _na(vernummerd: set[Adres], a: object) -> set[Adres]:
    """The units that bear a new number after action ``a``: a renumbering moves them (the old number is free, the new
    one renumbered); a unit inserted, or one that vervalt, at a number is no renumbered unit (helper-53: after «4 → 5,
    insert 4; 5 → 6, insert 5» the fifth lid is the new one)."""
    if isinstance(a, Vernummeren):
        paren = [(a.ouder.child(a.soort, van), a.ouder.child(a.soort, naar)) for van, naar in a.paren]
    elif isinstance(a, ArtikelenVernummeren):
        paren = [(Adres.of(("artikel", van)), Adres.of(("artikel", naar))) for van, naar in a.paren]
    elif isinstance(a, Invoegen):
        return vernummerd - {a.ouder.child(a.soort, u.nr) for u in a.eenheden}
    elif isinstance(a, Vervalt):
        return {x for x in vernummerd if not x.is_within(a.adres)}
    else:
        return vernummerd
    return (vernummerd - {van for van, _ in paren}) | {naar for _, naar in paren}
