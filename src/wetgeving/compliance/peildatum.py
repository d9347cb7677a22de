"""The part of a checklist that is the same for every gemeente on a peildatum: which obligations exist then,
their status and wording (:mod:`~wetgeving.compliance.tijd`) and their grondslagen as shown on that date
(:mod:`~wetgeving.compliance.grondslagtekst`). Only the register rows differ per gemeente, so a batch
(``checklist --all``: 342 gemeenten) computes this once per date instead of once per gemeente.

What the cache is keyed on — everything the result depends on:

- the catalogue (the object: its sources, its folders) and the obligations (by value);
- the peildatum, and whether the law texts or only their hashes are shown;
- the state of every source version the grondslagen of that date quote: :func:`bronstaat` verifies each
  file (SHA-256, :mod:`~wetgeving.bronnen.integriteit`) on *every* call, in the order a first computation
  reads them, so a changed source is never answered from the cache, a modified one is refused (or, with
  ``--allow-modified``, recorded for the output's warning) exactly as without the cache; and so is the
  programme's annex when a recommendation quotes it (:mod:`~wetgeving.bronnen.programmatekst`);
- the date of the programme; the procedures are the package's corpus, loaded once per process
  (:func:`~wetgeving.compliance.verplichtingen.procedures`).

Nothing per gemeente (register rows, assessments) is in here: :func:`wetgeving.compliance.checklist.make`
adds those to a fresh row each time.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from wetgeving.bronnen import integriteit
from wetgeving.bronnen.catalogus import Catalogus
from wetgeving.compliance.grondslagtekst import Basis, bases, bronstaat
from wetgeving.compliance.tijd import Stand, stand
from wetgeving.compliance.verplichtingen import Verplichting, procedures
from wetgeving.programma import load_programma

CACHED_DATES = 64  # per catalogue and with/without text: a web server's recent dates, a batch's one


@dataclass(frozen=True, slots=True)
class Vast:
    """One obligation that exists on the date, as shown then (for every gemeente alike)."""

    verplichting: Verplichting
    stand: Stand
    basis: tuple[Basis, ...]


@dataclass(frozen=True, slots=True)
class _Standen:
    items: tuple[tuple[Verplichting, Stand], ...]
    regelingen: tuple[str, ...]  # the regelingen the grondslagen quote, in the order they are first read


def rows(cat: Catalogus, verplichtingen: tuple[Verplichting, ...], when: date, *,
         with_text: bool = True) -> tuple[Vast, ...]:
    """Every obligation of ``verplichtingen`` that exists on ``when`` (in their order), with its grondslagen;
    the sources they quote are verified on each call."""
    standen = _standen(verplichtingen, when, load_programma().datum)
    state = tuple((r, bronstaat(cat, r)) for r in standen.regelingen)
    if any(g.aanbeveling for _, st in standen.items for g in st.periode.grondslagen):
        # the programme's annex, which a recommendation quotes, verified on every call as the laws are (helper-147:
        # an annex changed while the web application ran was answered from the cache)
        from wetgeving.bronnen.programmatekst import BRON

        state += ((BRON, (integriteit.check(cat.by_id(BRON), cat.find(cat.by_id(BRON))),)),)
    return _rows(cat, verplichtingen, when, with_text, load_programma().datum, state)


@lru_cache(maxsize=CACHED_DATES)
def _standen(verplichtingen: tuple[Verplichting, ...], when: date, programma_datum: date) -> _Standen:
    procs = procedures()
    items = tuple((v, s) for v in verplichtingen if (s := stand(v, when, procs, programma_datum)) is not None)
    quoted = (g.regeling for _, s in items for g in s.periode.grondslagen if not g.aanbeveling and not g.voorziening)
    return _Standen(items, tuple(dict.fromkeys(quoted)))


@lru_cache(maxsize=CACHED_DATES)
def _rows(cat: Catalogus, verplichtingen: tuple[Verplichting, ...], when: date, with_text: bool,
          programma_datum: date, state: tuple[tuple[str, tuple[str, ...]], ...]) -> tuple[Vast, ...]:
    """``state`` is only part of the key: :func:`basis` reads the same sources (and checks them again)."""
    out = []
    for v, s in _standen(verplichtingen, when, programma_datum).items:
        grond = bases(cat, s, when, with_text=with_text)
        out.append(Vast(v, zonder_tekst(s, grond, when), grond))
    return tuple(out)


def zonder_tekst(s: Stand, grond: tuple[Basis, ...], when: date) -> Stand:
    """«geldend» on a date no source text of the grondslagen is for (the Gemeentewet between the Markdown mirror's
    2015-11-24 and 2022-11-05): said to be inferred (helper-84: «geldend» on 2016-01-01 beside «tekst niet
    beschikbaar»)."""
    wettelijk = [b for b in grond if b.zekerheid not in ("wetsvoorstel", "aanbeveling")]
    if s.status != "geldend" or s.periode.vanaf is not None or not wettelijk or any(b.versie for b in wettelijk):
        return s
    # helper-215: «van vóór en na die datum» was said on 2011-02-23 too, the first day of any Gemeentewet text in the
    # sources (the Markdown mirror's, which is a text as it read then, with no official validity)
    return replace(s, uitleg=f"{s.uitleg}; de bronnen hebben geen tekst van de grondslag met een geldigheid op {when}: "
                             "dat de bepaling toen gold, leiden wij af uit de teksten die zij wel hebben")
