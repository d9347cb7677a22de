"""Checks every imported regeling passes, whichever importer made it and whichever command asked.

:func:`check` runs in :func:`wetgeving.bronnen.formats.load_bytes`, the one door of every file and every
catalogued source (validate, show, diff, convert, apply, checklists …), so no entry point accepts what
another refuses:

* **duplicate units**: two artikelen numbered 1, a lid twice in one artikel, a container path twice.
  The model addresses units by number, so the second would silently hide the first (``show`` printed
  both, ``diff`` and the index kept one).
* **depth**: an address deeper than :data:`wetgeving.locatie.MAX_SEGMENTEN` (hostile nesting).

Truncation (a file that ends mid-way) is found where the format shows it: the regelrecht importer
compares its last entry with the others, the laws-markdown importer looks for the closing formula and
its own table of contents; XML cut short does not parse.
"""

from __future__ import annotations

from pathlib import Path

from wetgeving.errors import InputError
from wetgeving.locatie import MAX_SEGMENTEN, Adres
from wetgeving.model import Alinea, Artikel, Eenheid, Regeling

HINT = ("maak de nummers uniek in het bestand (elk artikel, elk lid binnen een artikel en elk onderdeel één keer), "
        "of haal een volledige kopie van de bron")


def check(regeling: Regeling, source: str | Path) -> Regeling:
    """Raise an :class:`InputError` naming ``source`` for a duplicate unit or a too deep nesting."""
    seen: set[tuple[tuple[str, str], ...]] = set()
    stack: list[tuple[tuple[tuple[str, str], ...], Eenheid]] = [((), u) for u in reversed(regeling.inhoud)]
    while stack:
        prefix, unit = stack.pop()
        segs = ((unit.soort, unit.nr),) if isinstance(unit, Artikel) else (*prefix, (unit.soort, unit.nr))
        if len(segs) > MAX_SEGMENTEN:
            raise InputError(f"{Adres._trusted(segs[:3])} … is dieper genest dan {MAX_SEGMENTEN} niveaus", file=source,
                             hint="dit is geen wettekst; controleer het bestand")
        if segs in seen:
            where = Adres._trusted(segs)
            raise InputError(f"{where.citation()} ({where}) komt meer dan één keer voor; het model zou er één "
                             "van verbergen", file=source, hint=HINT)
        seen.add(segs)
        stack.extend((segs, k) for k in reversed(unit.inhoud) if not isinstance(k, Alinea))
    return regeling
