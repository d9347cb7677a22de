"""References whose citing text stayed as it was while the unit they cite was renumbered: the same words now name
another unit (Gemeentewet 47, eerste lid, «artikel 36a, eerste en tweede lid»: on 2023-01-01 Stb. 2022, 444 inserted a
new tweede lid in 36a, the VOG, and the earlier tweede lid, the ontheffing van het vereiste van ingezetenschap, became
the derde lid; artikel 47 was not changed). `instructions` says so for the acts it generates (``verwijzingen_na``);
`refs` and `graph impact` say it of a version against the version before it in the same series (helper-180)."""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from pathlib import Path

from wetgeving.bronnen.catalogus import Catalogus
from wetgeving.errors import Melding, WetgevingError
from wetgeving.locatie import Adres
from wetgeving.model import Regeling


@dataclass(frozen=True, slots=True)
class Vernummering:
    """A cited unit whose earlier text now stands elsewhere, while the citing unit reads as it did."""

    bron: Adres  # the citing unit (its text the same in both versions)
    doel: Adres  # the unit the words cite
    nu: Adres  # where the text that ``doel`` had in the earlier version stands now
    eerder: str  # the date of the earlier version ("2022-11-05")

    def tekst(self) -> str:
        """Dutch: what changed under the reference, and that the sources do not say what it means now."""
        doel = self.doel.onderwerp()
        return (f"{self.bron.onderwerp()} luidt zo al in de versie van {self.eerder}; wat toen {doel} was, staat in "
                f"deze versie als {self.nu.citation()}, en {doel} heeft nu een andere tekst (een vernummering); of de "
                f"verwijzing nu {self.doel.onderwerp()} bedoelt of {self.nu.citation()}, staat niet in de bronnen")


def eerdere_versies(cat: Catalogus, spec: str, reg: Regeling) -> list[Regeling]:
    """The versions before ``reg`` in the same series of sources (not partial ones), the newest first; [] for a file,
    the first version, a regeling the catalogue does not hold. All of them, not only the one before (helper-184: the
    note on Gemeentewet 47 was said of 2023-01-01 only, while 47 and 36a read so in 2023-04-01 and 2026-10-01 too)."""
    name = spec.partition("@")[0]
    if reg.geldig_vanaf is None or Path(spec).is_file():
        return []
    try:
        kind = cat.pick(spec).kind
    except WetgevingError:  # a spec the catalogue cannot pick has no series to compare with
        return []
    eerder = [b.geldig_vanaf for b in cat.versions(name) if b.kind == kind and not b.partial and b.geldig_vanaf is not None
              and b.geldig_vanaf < reg.geldig_vanaf]
    with warnings.catch_warnings():  # what the reader says of those versions was not asked for
        warnings.simplefilter("ignore", Melding)
        return [cat.load(f"{name}@{d}") for d in reversed(eerder)]


def eerste_vernummering(eerdere: list[Regeling], reg: Regeling, bron: Adres, doel: Adres) -> Vernummering | None:
    """:func:`vernummering` against the newest of ``eerdere`` that shows one."""
    return next((v for oud in eerdere if (v := vernummering(oud, reg, bron, doel)) is not None), None)


def vernummering(vorige: Regeling, reg: Regeling, bron: Adres, doel: Adres) -> Vernummering | None:
    """Whether the citing unit ``bron`` reads the same in ``vorige`` and ``reg`` while the text ``doel`` had in
    ``vorige`` stands, in ``reg``, under another number beside it (and ``doel`` reads otherwise)."""
    from wetgeving.diff.align import full_text

    oud_doel, nieuw_doel = vorige.get(doel), reg.get(doel)
    oud_bron, nieuw_bron = vorige.get(bron), reg.get(bron)
    if oud_doel is None or nieuw_doel is None or oud_bron is None or nieuw_bron is None:
        return None
    if full_text(oud_bron) != full_text(nieuw_bron):  # the citing text was written or changed: its own choice
        return None
    was = full_text(oud_doel)
    if was == full_text(nieuw_doel) or not (naast := _naast(reg, doel, was)):
        return None
    assert vorige.geldig_vanaf is not None
    return Vernummering(bron, doel, naast[0], vorige.geldig_vanaf.isoformat())


def _naast(reg: Regeling, adres: Adres, tekst: str) -> list[Adres]:
    """The units beside ``adres`` in ``reg`` (the same parent, the same kind) whose text is ``tekst``."""
    from wetgeving.diff.align import full_text

    return [a for a, u in reg.index.items()
            if a != adres and a.parent == adres.parent and a.soort == adres.soort and full_text(u) == tekst]


def vorige_plaats(eerdere: list[Regeling], reg: Regeling, adres: Adres) -> list[Adres]:
    """Where the text ``adres`` has in ``reg`` stood, in one of ``eerdere``, under another number beside it."""
    from wetgeving.diff.align import full_text

    unit = reg.get(adres)
    if unit is None:
        return []
    nu = full_text(unit)
    out: list[Adres] = []
    for vorige in eerdere:
        oud = vorige.get(adres)
        if oud is None or full_text(oud) != nu:
            out += [a for a in _naast(vorige, adres, nu) if a not in out]
    return out
