"""A version asked for by date (``provinciewet@2023-03-31``) that the tranches know to be out of date.

The catalogue answers a date with the newest version held that began on or before it, and warns that a version
the sources do not hold may have applied instead (:class:`~wetgeving.bronnen.catalogus.VersieOnzeker`). The
tranches of ``corpus/tranches`` can know more: that an artikel changed in between
(:mod:`wetgeving.tranches.tussen`; Provinciewet artikel 182 on 2023-01-01, while the sources hold the versions of
2022-11-05 and 2023-04-01). Then that artikel's text in the version used is not its text on the date, and every
task that reads a dated version (show, diff, refs) checks it here:

* a unit whose text the next version held has alike is used, with a notice (as the checklist does,
  :mod:`wetgeving.compliance.grondslagtekst`);
* another unit is refused: the sources do not hold its text on that date;
* the whole regeling is used with a notice that names the changed artikelen.
"""

from __future__ import annotations

import warnings
from datetime import date
from pathlib import Path

from wetgeving.bronnen.catalogus import Catalogus, VersieOnzeker
from wetgeving.errors import Melding, SourceError
from wetgeving.locatie import Adres
from wetgeving.model import Artikel, Eenheid, Regeling, Structuur, tekst


def changed_since_version(cat: Catalogus, spec: str, reg: Regeling, adres: Adres | None) -> None:
    """Check the unit at ``adres`` of ``reg`` (loaded from ``spec``; ``None``: the whole regeling) against the
    changes modelled between the version's start and the date ``spec`` asks for; warn or refuse as above."""
    name, at, asked = spec.partition("@")
    bron = cat.pick(spec) if at and not Path(spec).is_file() else None
    if reg.tekstdatum:  # the laws-markdown mirror (sources/PROVENANCE.md): no official date
        warnings.warn(Melding(f"{spec}: de Markdown-spiegel van de {reg.citeertitel}; {reg.geldig_vanaf} is de datum "
                              "waarop deze tekst gold, geen officiële datum van inwerkingtreding (ook niet in de JCI's "
                              "hierbij)"), stacklevel=2)
    unit: Eenheid | Regeling | None = reg if adres is None else reg.get(adres)
    if unit is None and not (adres is not None and adres.artikel and reg.get(Adres.parse(f"artikel:{adres.artikel}"))):
        return  # neither the unit nor its artikel: the caller says «bestaat niet»; a unit its artikel lacks in this
        # version may have one on the date (checked below)
    if bron is None or bron.geldig_vanaf is None or bron.geldig_tot is not None:
        return
    when, held = date.fromisoformat(asked), bron.geldig_vanaf
    if when <= held:  # the version's own date: nothing between (and the tranches need not be read)
        return
    from wetgeving.app.tranches import tranches
    from wetgeving.tranches.tussen import tussen

    artikelen = {adres.artikel} if adres is not None and adres.artikel else _artikelnummers(unit) if unit else set()
    changes = [c for c in tussen(tranches(cat), bron.regeling, held, when) if c.raakt(artikelen)]
    if not changes:
        if adres is not None and unit is not None and not isinstance(unit, Regeling):
            _volgende_anders(cat, bron.bwb_id, adres, unit, reg.citeertitel, held, when)
        return
    what = "; ".join(c.beschrijving() for c in changes)
    if unit is None:  # helper-68: «artikel 182, zevende lid» on 2023-02-15 was «bestaat niet», pointing at the zesde
        assert adres is not None
        nxt = next((b.geldig_vanaf for b in cat.versions(name) if b.geldig_vanaf and b.geldig_vanaf > when), None)
        if nxt is None or cat.load(f"{name}@{nxt}").get(adres) is None:  # the next one lacks it too (helper-72:
            return  # «artikel 182, achtste lid» was sent to a version without it): «bestaat niet» is said as always
        raise _dekt(SourceError(f"{adres.citation(reg.citeertitel)}: de versie van {held} heeft deze bepaling niet, maar "
                                f"{what}; de bronnen hebben de tekst niet zoals die op {when} luidde", file=spec,
                                hint=f"geef {name}@{held} voor de tekst van vóór {changes[0].onderdeel.inwerking}"
                                + (f", of {name}@{nxt} voor de tekst vanaf {nxt}" if nxt else "")))
    if adres is None or isinstance(unit, Regeling):
        warnings.warn(Melding(f"{spec}: de versie van {held} toont nog niet wat daarna veranderde: {what}"), stacklevel=2)
        return
    nxt = next((b.geldig_vanaf for b in cat.versions(name) if b.geldig_vanaf and b.geldig_vanaf > when), None)
    later = cat.load(f"{name}@{nxt}").get(adres) if nxt else None
    citaat = adres.citation(reg.citeertitel)
    if later is not None and tekst(later, " ") == tekst(unit, " "):
        warnings.warn(Melding(f"{citaat} op {when}: {what}; deze bepaling is in de versie van {nxt} gelijk aan die "
                              f"van {held}, dus bij die wijziging niet veranderd"), stacklevel=2)
        return
    raise _dekt(SourceError(f"{citaat}: de bronnen hebben de tekst niet zoals die op {when} luidde: {what}; de versie "
                            f"van {held} toont de tekst van daarvóór", file=spec,
                            hint=f"geef {name}@{held} voor de tekst van vóór {changes[0].onderdeel.inwerking}"
                            + (f", of {name}@{nxt} voor de tekst vanaf {nxt}" if nxt else "")))


def _dekt(exc: SourceError) -> SourceError:
    """The error says the text of that date is not held, and why: the version warning (:class:`VersieOnzeker`, «of die
    op … nog gold, tonen ze niet») is not printed after it."""
    exc.dekt = (VersieOnzeker,)
    return exc


def _volgende_anders(cat: Catalogus, bwb_id: str, adres: Adres, unit: Eenheid, titel: str, held: date,
                     when: date) -> None:
    """A unit whose text the next version held of the same law (under any name: the Markdown mirror's successor is
    the official text) has otherwise: it changed between the two versions, perhaps before ``when`` (helper-108:
    `show gemeentewet-md@2022-11-04 "artikel 25"` gave the Wob wording of 2015 with no word that the version of
    2022-11-05 cites the Woo)."""
    volgende = [b for b in cat.regeling_sources() if b.bwb_id == bwb_id and b.regeling and not b.partial
                and b.geldig_vanaf and b.geldig_vanaf > when]
    if not volgende:
        return
    nxt = min(volgende, key=lambda b: (b.geldig_vanaf or date.max, b.kind != "regelrecht-yaml"))
    later = cat.load(f"{nxt.regeling}@{nxt.geldig_vanaf}").get(adres)
    if later is not None and tekst(later, " ") == tekst(unit, " "):
        return
    anders = "heeft deze bepaling niet meer" if later is None else "luidt anders"
    warnings.warn(Melding(f"{adres.citation(titel)} op {when}: de versie van {nxt.geldig_vanaf} ({nxt.regeling}) {anders}; "
                          f"de tekst veranderde dus tussen {held} en {nxt.geldig_vanaf}, en of dat vóór {when} gebeurde, "
                          "tonen de bronnen niet"), stacklevel=3)


def _artikelnummers(unit: Eenheid | Regeling) -> set[str]:
    """The numbers of the artikelen in a container (or the whole regeling)."""
    out: set[str] = set()
    stack: list[Eenheid | Regeling] = [unit]
    while stack:
        u = stack.pop()
        if isinstance(u, Artikel):
            out.add(u.nr)
        elif isinstance(u, Regeling | Structuur):
            stack.extend(k for k in u.inhoud if isinstance(k, Structuur | Artikel))
    return out
