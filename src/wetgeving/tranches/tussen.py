"""Which modelled changes touched a regeling between two dates: what a version held in the sources does not yet
show on a later date.

The sources hold some regelingen only at a few dates (the Provinciewet at 2022-11-05 and 2023-04-01). On a date
between two of them the older version is the newest we hold, but the tranches of ``corpus/tranches`` may record
that an artikel changed in between (Provinciewet artikel 182 on 2023-01-01, tranche 1): that artikel's text in
the older version is then known to be no longer the text on the date. Only enacted acts count (status
``in-werking``); a bill changes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from wetgeving.nummers import artikelen_tekst
from wetgeving.tranches.model import TOnderdeel, Tranche


@dataclass(frozen=True, slots=True)
class Tussenwijziging:
    """An onderdeel of an enacted act that changed a regeling after one date and on or before another."""

    tranche: Tranche
    onderdeel: TOnderdeel

    @property
    def artikelen(self) -> tuple[str, ...]:
        """The artikel numbers the onderdeel changes (in the order of its doelen, each once)."""
        return tuple(dict.fromkeys(d.artikel for d in self.onderdeel.doelen if d.artikel is not None))

    def raakt(self, artikelen: Iterable[str]) -> bool:
        return not set(self.artikelen).isdisjoint(artikelen)

    def beschrijving(self, werkwoord: str = "wijzigde") -> str:
        """Dutch: «tranche 1 (Stb. 2022, 444) wijzigde artikel 182 per 2023-01-01 (datum afgeleid)», «onderdeel B van
        tranche 1 (…) wijzigde artikel 19 per 2023-04-01» (helper-151: it read «tranche-1 (onderdeel pw-182)», our
        model's ids)."""
        t, o = self.tranche, self.onderdeel
        wet = ((f"tranche {t.nr}" + (f" ({t.publicatie})" if t.publicatie else "")) if t.soort == "tranche" else
               f"«{t.titel}» (onze groepering; uit welke wet, staat niet in de bronnen)")
        wie = {"bekend": f"onderdeel {o.naam} van {wet}", "afgeleid": f"onderdeel {o.naam} (letter door ons afgeleid) van "
               f"{wet}"}.get(o.letter_zekerheid, wet)
        zeker = "" if o.inwerking_zekerheid == "bekend" else " (datum afgeleid)"
        return f"{wie} {werkwoord} {artikelen_tekst(self.artikelen)} per {o.inwerking}{zeker}"

def tussen(alle: Iterable[Tranche], regeling: str, na: date, tot_en_met: date) -> tuple[Tussenwijziging, ...]:
    """The onderdelen of enacted acts in ``alle`` that change ``regeling`` (short name) in force after ``na`` and
    on or before ``tot_en_met``, oldest first."""
    key = regeling.casefold()
    found = [Tussenwijziging(t, o) for t in alle if t.status == "in-werking" for w in t.wijzigingen
             if w.regeling.casefold() == key for o in w.onderdelen if na < o.inwerking <= tot_en_met]
    return tuple(sorted(found, key=lambda x: x.onderdeel.inwerking))
