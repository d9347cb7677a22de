"""A law in Boeken cited by «Boek:artikel»: «artikel 6:162 van het Burgerlijk Wetboek» is Boek 6, artikel 162.

The title register knows «Burgerlijk Wetboek» by the BWB id of its Boek 1, and each Boek as «Boek 6 van het Burgerlijk
Wetboek» (with its own BWB id) where it knows it; in the BWB an artikel of a Boek is numbered without the Boek («162»).
Read as it stands, «artikel 6:162 van het Burgerlijk Wetboek» cited an artikel «6:162» of Boek 1. The Algemene wet
bestuursrecht numbers its artikelen «5:16» itself and is not a law in Boeken: it is left alone.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from wetgeving.locatie import Adres
from wetgeving.verwijzingen.titels import Titelregister

_BOEK_NA = re.compile(r"Boek\s+\d+[A-Za-z]?\s+van\s+het\s+")
_BOEK_GENOEMD = re.compile(r"\bBoek\s+\d|\b[Dd]at boek\b")  # «van Boek 1 van het …», «van dat boek»

if TYPE_CHECKING:
    from wetgeving.verwijzingen.extract import Gevonden  # which calls this module


def per_boek(g: Gevonden, register: Titelregister, span: str) -> Gevonden:
    """``g`` (its words: ``span``) with its Boek as the law and the artikel's own number, when it cites a law in Boeken
    by «B:N»; a Boek the register does not know is a law not in the title list («onbekend», with its title). Words that
    name the law without a Boek («artikel 162 van het Burgerlijk Wetboek») cite no Boek we can tell: «onbekend» too,
    not Boek 1."""
    art = g.adres.artikel if g.adres is not None else None
    wet = register.in_boeken.get(g.bwb_id) if g.soort in ("extern", "regeling") else None
    if wet is None:
        return g
    if (art is None or ":" not in art) and (wet in span or "dat wetboek" in span) and not _BOEK_GENOEMD.search(span):
        return replace(g, soort="onbekend", bwb_id="", titel=wet)
    if g.adres is None or art is None or ":" not in art:
        return g
    boek, nr = art.split(":", 1)
    titel = f"Boek {boek} van het {wet}"
    bwb = register.resolve(titel)

    def in_boek(a: Adres) -> Adres:  # another artikel of the same words, in the same Boek (one in another: as it was)
        b, _, n = (a.artikel or "").partition(":")
        return Adres.of(("artikel", n), *a.segmenten[1:]) if b == boek and n else a

    tot = g.tot_en_met.partition(":")
    return replace(g, soort="extern" if bwb else "onbekend", bwb_id=bwb, titel="" if bwb else titel,
                   adres=Adres.of(("artikel", nr), *g.adres.segmenten[1:]), ook=tuple(in_boek(a) for a in g.ook),
                   behalve=tuple(in_boek(a) for a in g.behalve), tot_en_met=tot[2] if tot[0] == boek and tot[2] else
                   g.tot_en_met)


def wetboek_na_boek(text: str, pos: int, register: Titelregister) -> tuple[int, str] | None:
    """(end, BWB id) of «Boek 1 van het Wetboek van Strafrecht» at ``pos``, when the Wetboek is one regeling numbered
    through its Boeken: «artikel 3 van Boek 1 van het Wetboek van Strafrecht» is that law's artikel 3, not the citing
    law's. The Burgerlijk Wetboek's Boeken are laws of their own (the register's titles, or a law not in it)."""
    m = _BOEK_NA.match(text, pos)
    hit = register.title_at(text, m.end()) if m else None
    if hit is None or hit[1] in register.in_boeken or "wetboek" not in text[pos:hit[0]].casefold():
        return None
    return hit
