"""Which changes between two real versions belong to an onderdeel: the diff of its stage, within its doelen.

A tranche's stages follow each other: the text before the first stage is the wijziging's ``voor``, the text
before a later stage is the previous stage's ``na`` (tranche 1 changed the Gemeentewet on 2023-01-01 and again on
2023-04-01). The corpus check (:mod:`wetgeving.tranches.controle`) attributes every change of a stage to exactly
one onderdeel; the graph (:func:`wetgeving.graaf.bouw.mark_changed_parts`) uses the same changes to say which
units within a whole-artikel doel an onderdeel actually changed."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from wetgeving.bronnen.catalogus import Catalogus
from wetgeving.diff import diff
from wetgeving.locatie import Adres
from wetgeving.tranches.model import TOnderdeel, TWijziging

Eenheden = tuple[tuple[Adres | None, Adres | None], ...]
"""The changes of a stage as (address before, address after) pairs: None where the unit did not exist."""


def stappen(w: TWijziging) -> Iterator[tuple[str, str, date]]:
    """(version before, version after, date) of each stage of ``w``, oldest first; none when the text before the
    first stage is not in the sources (``voor`` empty: tranche 1's Kieswet onderdelen)."""
    if not w.voor:
        return
    prev = w.voor
    for st in sorted(w.stadia, key=lambda s: s.datum):
        yield prev, st.na, st.datum
        prev = st.na


def wijzigingen(cat: Catalogus, old: str, new: str) -> Eenheden:
    """Every changed unit between two catalogued versions, computed once per catalogue. Between two partial
    sources (some artikelen only), an artikel present in one and absent in the other is no change."""
    def compute() -> Eenheden:
        partial = cat.pick(old).partial or cat.pick(new).partial
        d = diff(cat.load(old), cat.load(new))
        return tuple((wz.oud, wz.nieuw) for g in d.artikelen if not (partial and g.soort in ("added", "removed"))
                     for wz in g.verschillen)
    return cat.eenmalig(f"wijzigingen:{old}→{new}", compute)


def binnen(units: tuple[Adres | None, Adres | None], doelen: tuple[Adres, ...]) -> bool:
    """Whether a change (address before, after) lies within one of ``doelen``."""
    return any(u is not None and u.is_within(t) for u in units for t in doelen)


def gewijzigd(cat: Catalogus, w: TWijziging, o: TOnderdeel) -> tuple[Adres, ...] | None:
    """The units within the doelen of ``o`` that its stage changed (inserted, replaced, renumbered or removed),
    with their addresses before and after; None when the sources do not hold the text before the stage."""
    for old, new, datum in stappen(w):
        if datum == o.inwerking:
            found = [u for pair in wijzigingen(cat, old, new) if binnen(pair, o.doelen) for u in pair if u is not None]
            return tuple(dict.fromkeys(found))
    return None
