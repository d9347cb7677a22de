"""Chapters (paragraphs …) the modelled acts added, for sources that have no arrangement of their own: the
generator then writes the insertion of the chapter as the act made it (Aanwijzing 6.11.1), not a run of
loose artikelen."""

from __future__ import annotations

from datetime import date

from wetgeving.tranches.lezen import tranches
from wetgeving.wijziging.gen_indeling import NieuweStructuur


def nieuwe_structuren(regeling: str, na: date, tot: date, *, afgeleid: bool = False) -> tuple[NieuweStructuur, ...]:
    """The containers that onderdelen in force after ``na`` and on or before ``tot`` added to ``regeling``; with
    ``afgeleid`` only those whose heading the sources do not give (``titel-zekerheid``: hoofdstuk Va «Geheimhouding»
    of tranche 1)."""
    out: list[NieuweStructuur] = []
    for tr in tranches():
        for w in tr.wijzigingen:
            if w.regeling != regeling:
                continue
            out += [o.structuur for o in w.onderdelen if o.structuur is not None and na < o.inwerking <= tot
                    and (not afgeleid or o.titel_zekerheid != "bekend")]
    return tuple(out)
