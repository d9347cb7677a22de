"""Generate an amending act from a diff, in the style of the Aanwijzingen voor de regelgeving, ch. 6.

The generator works on typed actions (:mod:`wetgeving.wijziging.acties`), never on prose: per changed
artikel one onderdeel (A, B, … in artikel order) with the actions for the smallest units that changed
(:mod:`wetgeving.wijziging.gen_artikel`), chapters and paragraphs at their own level
(:mod:`wetgeving.wijziging.gen_indeling`), new artikelen as one insertion per run. Each onderdeel is checked
by carrying out its actions on the old version: when that does not give the new artikel exactly, the
artikel "komt te luiden" instead. The instruction text of an onderdeel is then written from its actions
(:mod:`wetgeving.wijziging.schrijven`); the parser reads that text back to the same actions (a property the
tests check), so the round trip apply(generate(diff(a, b)), a) == b holds.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from functools import partial

from wetgeving.diff import diff as structural_diff
from wetgeving.diff.resultaat import ArtikelVerschil, Diff
from wetgeving.errors import WetgevingError
from wetgeving.locatie import Adres
from wetgeving.model import Artikel, Regeling
from wetgeving.nummers import NA_ALLE_ARTIKELEN, Key, hoofdletters, sort_key
from wetgeving.wijziging.acties import (
    Actie,
    Anker,
    ArtikelenInvoegen,
    ArtikelenVernummeren,
    KomtTeLuiden,
    Vervalt,
)
from wetgeving.wijziging.datums import format_date
from wetgeving.wijziging.gen_artikel import artikel_acties
from wetgeving.wijziging.gen_indeling import LAATST, NieuweStructuur, plan
from wetgeving.wijziging.model import WijzigingsArtikel, Wijzigingsonderdeel, Wijzigingsregeling
from wetgeving.wijziging.schrijven import schrijf
from wetgeving.wijziging.tekstblok import gedrukt
from wetgeving.wijziging.toepassen import voer_alle_uit
from wetgeving.wijziging.vergelijk import same_artikel


def onderdeel(nr: str, acties: list[Actie], when: date | None) -> Wijzigingsonderdeel:
    """An onderdeel with its actions and the text written from them."""
    return Wijzigingsonderdeel(nr, "\n".join(schrijf(acties)), tuple(acties), inwerking=when)


def _get(reg: Regeling, nr: str | None) -> Artikel | None:
    unit = reg.get(Adres.of(("artikel", nr))) if nr else None
    return unit if isinstance(unit, Artikel) else None


def _checked(acties: list[Actie], old: Regeling, nr: str, want: Artikel | None) -> bool:
    """Carrying out the actions on the old version gives the new artikel (or none) exactly."""
    try:
        got = _get(voer_alle_uit(old, acties), nr)
    except WetgevingError:
        return False
    return got is None if want is None else got is not None and same_artikel(got, want)


def _acties_voor(g: ArtikelVerschil, old: Regeling, new: Regeling) -> list[Actie]:
    o, n = _get(old, g.oud_nr), _get(new, g.nieuw_nr)
    if n is None:
        return [Vervalt(Adres.of(("artikel", g.oud_nr or "")))]
    if o is None:  # pragma: no cover - added artikelen are inserted in runs
        raise WetgevingError(f"artikel {g.nieuw_nr} is new: it is inserted, not changed")
    out: list[Actie] = []
    if o.nr != n.nr:
        out.append(ArtikelenVernummeren(((o.nr, n.nr),)))
        o = replace(o, nr=n.nr)
    out += artikel_acties(o, n)
    if _checked(out, old, n.nr, n):
        return out
    fallback: list[Actie] = [*out[:1], KomtTeLuiden(Adres.of(("artikel", n.nr)), gedrukt(n))] if o.nr != g.oud_nr else \
        [KomtTeLuiden(Adres.of(("artikel", n.nr)), gedrukt(n))]
    if _checked(fallback, old, n.nr, n):
        return fallback
    raise RuntimeError(f"cannot express the change of {g.label} as actions")  # a bug, not a user error


def _runs(new: Regeling, added: list[str]) -> list[list[Artikel]]:
    order = [a.nr for a in new.artikelen()]
    pos = {nr: i for i, nr in enumerate(order)}
    runs: list[list[Artikel]] = []
    for nr in sorted(added, key=lambda x: pos[x]):
        art = _get(new, nr)
        if art is None:
            continue
        if runs and pos[runs[-1][-1].nr] == pos[nr] - 1:
            runs[-1].append(art)
        else:
            runs.append([art])
    return runs


def _invoeging(run: list[Artikel], new: Regeling, old: Regeling) -> list[Actie]:
    """New artikelen after the artikel before them (in the same chapter), else before the one after them."""
    order = [a.nr for a in new.artikelen()]
    idx = order.index(run[0].nr)
    prev = next((order[k] for k in range(idx - 1, -1, -1) if _get(old, order[k])), None)
    nxt = next((order[k] for k in range(idx + len(run), len(order)) if _get(old, order[k])), None)
    same = new.containers.get(run[0].nr)
    if prev is not None and (new.containers.get(prev) == same or nxt is None or new.containers.get(nxt) != same):
        return [ArtikelenInvoegen(tuple(gedrukt(a) for a in run), Anker("na", prev))]
    if nxt is not None:
        return [ArtikelenInvoegen(tuple(gedrukt(a) for a in run), Anker("voor", nxt))]
    return [ArtikelenInvoegen(tuple(gedrukt(a) for a in run))]


def _vervallen_reeksen(old: Regeling, weg: set[str]) -> list[list[str]]:
    """Runs of two or more artikelen that vervallen with no artikel that stays between them: one onderdeel, «De
    artikelen 87 tot en met 89 vervallen.» (helper-109: Gemeentewet 2023-04-01 → 2022-11-05 gave three onderdelen
    W, X and Y, one per artikel of hoofdstuk Va; aanwijzing 6.12, eerste lid, «vervallen»)."""
    reeksen: list[list[str]] = [[]]
    for a in old.artikelen():
        if a.nr in weg:
            reeksen[-1].append(a.nr)
        elif reeksen[-1]:
            reeksen.append([])
    return [r for r in reeksen if len(r) > 1]


def generate(d: Diff, *, when: date | None = None, titel: str = "", indeling: tuple[NieuweStructuur, ...] = (),
             regeling: str = "") -> Wijzigingsregeling:
    """An amending act that turns ``d.oud`` into ``d.nieuw``; ``indeling`` names chapters the act adds to a
    source that has no chapters of its own; ``regeling`` is the catalogue's short name (default the BWB id)."""
    old = d.oud
    names = hoofdletters()
    onderdelen = tuple(replace(o, nr=names[i]) for i, (_, o) in enumerate(_geordend(d, when, indeling)))
    wa = WijzigingsArtikel("I", regeling or old.bwb_id, old.citeertitel, onderdelen,
                           aanhef=f"De {old.citeertitel} wordt als volgt gewijzigd:", bwb_id=old.bwb_id)
    # helper-153: «(gegenereerd: 2023-01-01 → 2023-04-01)» did not say it is no official text, nor that its letters
    # need not be those of the act that made the changes (Stb. 2022, 444 has artikel 19 as onderdeel B)
    title = titel or (f"Wijziging van de {old.citeertitel} (door het programma wetgeving gegenereerd uit de teksten van "
                      f"{format_date(old.geldig_vanaf)} en {format_date(d.nieuw.geldig_vanaf)}; geen officiële tekst: de "
                      "indeling en de letters van de onderdelen zijn de onze)")
    return Wijzigingsregeling(title, (wa,), inwerking=when)


def _plaats(first: str) -> Key:
    """Where the onderdeel of a change starting at artikel ``first`` goes: in the order of the artikelen, a container
    without artikelen (a bijlage, :data:`LAATST`) after all of them (helper-207: «\uffff» sorted before artikel 1, so a
    new bijlage was onderdeel A)."""
    return NA_ALLE_ARTIKELEN if first == LAATST else sort_key(first)


def _geordend(d: Diff, when: date | None,
              indeling: tuple[NieuweStructuur, ...]) -> list[tuple[tuple[object, ...], Wijzigingsonderdeel]]:
    """The onderdelen of the act for ``d``, each with its place, in the order of the regeling (still unlettered)."""
    old, new = d.oud, d.nieuw
    added = [g.nieuw_nr for g in d.artikelen if g.soort == "added" and g.nieuw_nr]
    removed = {g.oud_nr for g in d.artikelen if g.soort == "removed" and g.oud_nr}
    structuur = plan(old, new, set(added), removed, indeling)
    items: list[tuple[tuple[object, ...], Callable[[], list[Actie]]]] = []
    for first, acties in structuur.stappen:
        items.append(((_plaats(first), 1), partial(list, acties)))
    for run in _runs(new, [nr for nr in added if nr not in structuur.gedekt]):
        items.append(((sort_key(run[0].nr), 1), partial(_invoeging, run, new, old)))
    samen: set[str] = set()
    for reeks in _vervallen_reeksen(old, removed - structuur.gedekt):
        items.append(((sort_key(reeks[0]), 0), partial(list, [Vervalt(Adres.of(("artikel", nr))) for nr in reeks])))
        samen.update(reeks)
    for g in d.artikelen:
        if g.soort != "added" and (g.oud_nr or "") not in structuur.gedekt | samen \
                and (g.nieuw_nr or "") not in structuur.gedekt:
            items.append(((sort_key(g.oud_nr or g.nieuw_nr or ""), 0), partial(_acties_voor, g, old, new)))
    items.sort(key=lambda t: t[0])
    return [(plaats, onderdeel("", make(), when)) for plaats, make in items]


def staged(base: Regeling, stages: list[tuple[date, Regeling]], *, titel: str = "",
           indeling: tuple[NieuweStructuur, ...] = (), regeling: str = "") -> Wijzigingsregeling:
    """One act for a law that changed in stages (e.g. 1 January and 1 April 2023): the onderdelen of each
    stage carry its date, ordered by artikel (a later stage after an earlier one for the same artikel)."""
    parts: list[tuple[tuple[object, ...], Wijzigingsonderdeel]] = []
    prev = base
    for k, (when, reg) in enumerate(stages):
        # each stage's onderdelen at the place its own act gives them (helper-207: a change of a container was placed by
        # the artikel its actions name, and one naming none came first)
        parts.extend(((plaats[0], k), ond) for plaats, ond in _geordend(structural_diff(prev, reg), when, indeling))
        prev = reg
    parts.sort(key=lambda t: t[0])
    names = hoofdletters()
    onderdelen = tuple(replace(o, nr=names[i]) for i, (_, o) in enumerate(parts))
    art = WijzigingsArtikel("I", regeling or base.bwb_id, base.citeertitel, onderdelen,
                            aanhef=f"De {base.citeertitel} wordt als volgt gewijzigd:", bwb_id=base.bwb_id)
    return Wijzigingsregeling(titel or f"Wijziging van de {base.citeertitel}", (art,),
                              inwerking=min((w for w, _ in stages), default=None))
