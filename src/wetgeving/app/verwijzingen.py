"""References and the provision graph: what a regeling cites, what cites a unit, what dangles, why it matters."""

from __future__ import annotations

import re
import time
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import networkx as nx

from wetgeving.app.regelingen import artikel_sinds, gevraagd, niet_in, verdwenen
from wetgeving.app.vernummerd import eerdere_versies, eerste_vernummering, vorige_plaats
from wetgeving.app.verouderd import changed_since_version
from wetgeving.bronnen.catalogus import Catalogus, whole
from wetgeving.errors import AddressError, InputError, Leesmeldingen, Melding, UsageError, met_leesmeldingen
from wetgeving.graaf.vragen import Citing, is_unit
from wetgeving.locatie import Adres, Jci
from wetgeving.model import Regeling, artikelen_in
from wetgeving.verwijzingen.extract import Gevonden

BESTAAT, ONTBREEKT, VERVALLEN, ONBEKEND = "bestaat", "ONTBREEKT", "VERVALLEN", "ONBEKEND"
NIET_TE_CONTROLEREN, NIET_IN_BRON, EERDERE_TEKST = "NIET TE CONTROLEREN", "NIET IN DE BRON", "eerdere tekst"
# another law, known by its BWB id: whether the unit exists there is not checked here, for the version of that law
# which was in force on this version's date may not be in the sources (helper-102: the status was empty, and the summary
# counted it with the resolved ones); `cited-by` and `dangling --all` check it in the index, on one date
ANDERE_REGELING = "andere regeling, niet gecontroleerd"
ONOPGELOST = (ONTBREEKT, VERVALLEN, NIET_TE_CONTROLEREN, NIET_IN_BRON, ONBEKEND)
UITLEG = {ONTBREEKT: "het artikel, lid of onderdeel bestaat niet in deze versie",
          VERVALLEN: "het artikel is vervallen (de bron houdt alleen het opschrift «Vervallen»)",
          NIET_TE_CONTROLEREN: "de bron geeft geen indeling in hoofdstukken, titels, afdelingen of paragrafen",
          NIET_IN_BRON: "de bron bevat alleen enkele artikelen van deze regeling, en dit artikel niet",
          ONBEKEND: "een andere regeling waarvan het BWB-nummer niet bekend is"}
"""What each unresolved status means, for the summary under a listing."""


@dataclass(frozen=True, slots=True)
class Aanwezig:
    """What an existing unit has, where a reference cites a lid or onderdeel of it that it does not have:
    «artikel 200, eerste lid» → artikel 200 has no leden (Gemeentewet 203, tweede lid, onder b)."""

    eenheid: str  # its citation, 'artikel 200'
    soort: str  # 'lid' or 'onderdeel'
    nummers: tuple[str, ...]  # those it has, in order


@dataclass(frozen=True, slots=True)
class Verwijzingsrij:
    """One reference: where, the citing text, its kind and target, and what can be said of the target:
    ``bestaat``, ``ONTBREEKT`` or ``eerdere tekst`` ('artikel 86 zoals dat artikel luidde …'), or
    ``NIET TE CONTROLEREN`` (a container in a source without structure), all internal; ``ONBEKEND``
    (another law whose BWB id is not known); ``andere regeling, niet gecontroleerd`` (another law, known by its BWB id,
    its unit not looked up)."""

    bron: str
    tekst: str
    soort: str
    doel: str
    status: str
    ook: tuple[str, ...] = ()  # the other leden or onderdelen the same words cite, as citations (Gevonden.ook)
    ook_status: tuple[str, ...] = ()  # what can be said of each of them, as of ``doel`` ("" for another law's)
    aanwezig: Aanwezig | None = None  # for the first lid or onderdeel that is not there: what its parent has
    behalve: tuple[str, ...] = ()  # the parts excepted from the target, as citations (Gevonden.behalve)
    behalve_status: tuple[str, ...] = ()  # what can be said of each of them, as of ``ook``
    als_uitzondering: bool = False  # named in an exception ("met uitzondering van de artikelen 12"; applies or not)
    # the last artikel of a range in another law, as a citation: «de artikelen 5:15 tot en met 5:17 van de Algemene wet
    # bestuursrecht» (Gemeentewet 124e) cites 5:15 to 5:17; the artikelen between are that law's (a range in this
    # regeling has them in ``ook``)
    tot_en_met: str = ""
    # where a cited artikel this version lacks is found in the other versions held, and whether another unit keeps its
    # earlier text applying (:func:`wetgeving.app.regelingen.verdwenen`; helper-162: Gemeentewet 155g cites 86, which
    # lapsed on 2023-04-01, and was said «ONTBREEKT» only, as 97, which never was)
    elders: str = ""
    # a cited unit renumbered since the version before, while the citing text stayed (Dutch, one per unit;
    # :mod:`wetgeving.app.vernummerd`; helper-180: Gemeentewet 47 citing 36a, tweede lid, on 2023-01-01)
    vernummerd: tuple[str, ...] = ()
    # the target as a reader is given it (:func:`_doel_in`): a JCI dated by the version read, with a container's whole
    # path; in a text that is no official version the unit, no JCI. ``doel`` stays the undated target.
    getoond: str = ""

    @property
    def onopgelost(self) -> bool:
        """The target, or one of the other leden or onderdelen cited (or excepted), does not resolve."""
        return any(s in ONOPGELOST for s in (self.status, *self.ook_status, *self.behalve_status))

    @property
    def eerste_onopgelost(self) -> str:
        """The status the row counts under in a summary: its target's, else that of the first other unit
        that does not resolve ("" when everything resolves)."""
        return next((s for s in (self.status, *self.ook_status, *self.behalve_status) if s in ONOPGELOST), "")


@dataclass(frozen=True, slots=True)
class Verwijzingen:
    """The references of ``refs``, and the version they are taken from with the date asked for (helper-58: the rows
    named no version)."""

    regeling: Regeling
    gevraagd: str
    rijen: list[Verwijzingsrij]


def _doel_in(reg: Regeling, f: Gevonden, doelwit: Adres | None = None) -> str:
    """An internal target as the version read has it: a JCI with that version's date (one without a date names today's
    version, which may not have the unit: Gemeentewet 25 read in the version of 2022-11-05), and no JCI at all in a
    composed text, where it would name an official unit that may not exist (helper-213: artikel 36c of the illustrative
    tranche-2 draft applied to the Gemeentewet), nor for a container of a source that records none. A container is
    named by the whole path the graph resolves it to (``doelwit``; helper-216: Kieswet L 2 «paragraaf 2 … van dit
    hoofdstuk» was «&paragraaf=2», one of seventeen)."""
    if f.soort not in ("intern", "relatief") or f.adres is None or f.bwb_id != reg.bwb_id:
        return ""
    adres = doelwit or f.adres
    if reg.samengesteld or reg.geldig_vanaf is None:
        return f"{adres.citation()} (in deze tekst; geen JCI: geen officiële versie)"
    if adres.artikel is None and not reg.heeft_indeling:  # helper-217: «hoofdstuk=V» without its «titeldeel=II»
        return f"{adres.citation()} (geen JCI: de bron legt de indeling van de wet niet vast)"
    # the Markdown mirror's date is when its text was current: the JCI of that day, as `show` gives it (helper-217)
    return str(Jci(f.bwb_id, adres, reg.geldig_vanaf, reg.geldig_vanaf))


def refs(cat: Catalogus, regeling: str, address: str | None = None, *, unresolved: bool = False) -> Verwijzingen:
    """The references in a regeling (or in one unit); ``unresolved``: only those whose target does not
    resolve (a missing unit, a container the source cannot show, or a law we cannot identify) — none is
    dropped silently. The status of an internal one is the graph's (:func:`~wetgeving.graaf.bouw.internal_target`)."""
    return met_leesmeldingen(lambda lm: _refs(cat, regeling, address, unresolved, lm))


def _refs(cat: Catalogus, regeling: str, address: str | None, unresolved: bool, lm: Leesmeldingen) -> Verwijzingen:
    from wetgeving.citaten import resolve
    from wetgeving.graaf import bouw
    from wetgeving.verwijzingen.titels import Titelregister

    try:
        with lm:  # given again once the unit is known (a notice on another artikel of the source is not for it)
            reg, eerder = cat.load(regeling), None
    except UsageError:  # a unit on a date before every version held, as `show` gives it (helper-117: `refs
        # kieswet@2023-06-01 "artikel W 4"` was refused while `show` gave it, W 4 reading so since 2023-01-01)
        eerder = artikel_sinds(cat, regeling, address) if address else None
        if eerder is None:
            raise
        reg = eerder.regeling
        warnings.warn(Melding(f"of de doelen bestaan, is nagegaan in de versie van {reg.geldig_vanaf}, niet in een "
                              f"versie die op {gevraagd(regeling)} gold"), stacklevel=2)
    if address is None:  # every reference of the law: not from a source that holds only some artikelen
        whole(reg, regeling, "refs")
    # "" names nothing: refused
    try:
        scope, unit = resolve(reg, address, namen=cat.citeertitels()) if address is not None else (None, None)
    except AddressError as exc:
        assert address is not None
        niet_in(cat, regeling, reg, address, exc)
    lm.geef(scope.artikel if scope is not None else None)
    # a container holds artikelen whose addresses do not name it ("paragraaf 6.3": artikel 55 …)
    artikelen = set(artikelen_in(unit)) if scope is not None and unit is not None and scope.artikel is None else None
    if eerder is None:
        changed_since_version(cat, regeling, reg, scope)
    shown = {bouw.BESTAAT: BESTAAT, bouw.ONTBREEKT: ONTBREEKT, bouw.VERVALLEN: VERVALLEN,
             bouw.ONVERIFIEERBAAR: NIET_TE_CONTROLEREN, bouw.BUITEN_BRON: NIET_IN_BRON, bouw.HISTORISCH: EERDERE_TEKST}
    rows = []
    verdwenen_uit: dict[str, str] = {}  # per artikel number: what the other versions say of it
    # the earlier versions are loaded once, when an internal reference first needs them (not for an artikel citing
    # nothing of its own law)
    eerdere: list[Regeling] | None = None if eerder is None else []
    for r in bouw.find_refs(reg, Titelregister.voor(cat)):
        if scope is not None and not (r.bron.artikel in artikelen if artikelen is not None else r.bron.is_within(scope)):
            continue
        f = r.gevonden
        delen = (*f.ook, *f.behalve)  # the other units the words name: cited too, or excepted
        status, andere = "", tuple("" for _ in delen)
        aanwezig, ongeplaatst, doelwit = None, "", None
        if f.soort in ("intern", "relatief") and f.adres is not None:
            doelwit, gevonden = bouw.internal_target(reg, r)
            status = shown[gevonden]
            andere = tuple(shown[bouw.target_status(reg, a, r)[1]] for a in delen)
            missing = [a for a, s in zip((f.adres, *delen), (status, *andere), strict=True) if s == ONTBREEKT]
            if missing and (there := bouw.present_instead(reg, missing[0])) is not None:
                aanwezig = Aanwezig(there[0].citation(), there[1], there[2])
        elif f.binnen:  # «deze paragraaf» in a source without containers, «de vorige leden» in a first lid: not placed
            ongeplaatst, status = bouw.niet_geplaatst(reg, f, r.bron)
            status = shown[status]
        elif not f.doel:
            status, andere = ONBEKEND, tuple(ONBEKEND for _ in delen)
        elif f.historisch:  # another law's artikel as it read then ('… van de Wet …, zoals deze wetten luidden')
            status, andere = EERDERE_TEKST, tuple(EERDERE_TEKST for _ in delen)
        elif f.adres is not None:  # a unit of it; a law named whole («de Grondwet») has nothing to check (helper-103)
            status = ANDERE_REGELING
        doel = ongeplaatst or f.doel or (f"{f.titel} (niet in de titellijst)" if f.titel else "")
        getoond = "" if ongeplaatst else _doel_in(reg, f, doelwit)
        n = len(f.ook)
        elders = ""
        if status == ONTBREEKT and f.adres is not None and f.adres.artikel is not None and aanwezig is None:
            if f.adres.artikel not in verdwenen_uit:
                verdwenen_uit[f.adres.artikel] = verdwenen(cat, regeling, reg, Adres.of(("artikel", f.adres.artikel)))
            elders = verdwenen_uit[f.adres.artikel]
        vernummerd: tuple[str, ...] = ()
        if eerdere != [] and f.soort in ("intern", "relatief") and f.adres is not None:
            if eerdere is None:
                eerdere = eerdere_versies(cat, regeling, reg)
            vernummerd = tuple(v.tekst() for t in (f.adres, *f.ook) if (v := eerste_vernummering(eerdere, reg, r.bron, t)))
        rows.append(Verwijzingsrij(str(r.bron), r.tekst, f.soort, doel, status, tuple(a.citation() for a in f.ook),
                                   andere[:n], aanwezig, tuple(a.citation() for a in f.behalve), andere[n:],
                                   f.als_uitzondering, _tot_en_met(f), elders, vernummerd, getoond))
    return Verwijzingen(reg, gevraagd(regeling), [r for r in rows if r.onopgelost] if unresolved else rows)


def _tot_en_met(f: Gevonden) -> str:
    """The last artikel of a range in another law, as a citation ("" for anything else)."""
    if not f.tot_en_met or f.soort in ("intern", "relatief") or f.adres is None or f.adres.artikel is None:
        return ""
    return Adres.of(("artikel", f.tot_en_met)).citation()


def graph_for(cat: Catalogus, reg: Regeling, *, layers: bool = True) -> nx.MultiDiGraph:
    """The graph of a regeling version: containment and references; with ``layers`` also the programme,
    the tranches and the obligations."""
    from wetgeving.compliance.graaf import add_obligations
    from wetgeving.graaf.bouw import add_programme, build_graph, find_refs
    from wetgeving.verwijzingen.titels import Titelregister

    g = build_graph(reg, find_refs(reg, Titelregister.voor(cat)))
    if layers:
        add_programme(cat, g, reg)
        add_obligations(cat, g, reg)
    return g


def apply_named(cat: Catalogus, reg: Regeling, act: str, when: date | None) -> Regeling:
    """``reg`` with an act applied: a tranche ('1', 'tranche-1') or an act file (XML or text)."""
    return _toegepast(cat, reg, act, when)[0]


def _toegepast(cat: Catalogus, reg: Regeling, act: str, when: date | None) -> tuple[Regeling, list[str]]:
    """:func:`apply_named`, and the references in a text the act left as it was to a unit it renumbered or let lapse
    (``app.wijzigen.verwijzingen_na``; helper-181: `graph dangling --after 1` did not name Gemeentewet 47, which cites
    36a, tweede lid, after tranche 1 inserted a new tweede lid)."""
    from wetgeving.app.tranches import tranche
    from wetgeving.app.wijzigen import read_act, verwijzingen_na_toepassing
    from wetgeving.tranches.bouwen import build
    from wetgeving.tranches.vergelijken import herkomst
    from wetgeving.wijziging.toepassen import apply

    if Path(act).is_file():
        wet = read_act(cat, Path(act))
    else:
        tr = tranche(cat, act)
        if tr.status == "wetsvoorstel":  # helper-82: «met alleen tranche 2 toegepast (de onderdelen in werking op …)»
            raise UsageError(f"tranche {tr.nr or act}{herkomst(tr)} is een {tr.stand}: er is geen tekst met die tranche "
                             "toegepast",
                             hint=f"het illustratieve ontwerp bij het wetsvoorstel: wetgeving tranche diff {tr.nr or act} "
                                  f"--law {reg.citeertitel.casefold()}")
        wet = build(cat, tr).act
    res = apply(reg, wet, when=when)
    return res.regeling, verwijzingen_na_toepassing(cat, reg, res, wet)


GRAAF_HEEL = ("een graaf vraagt de hele wet; lees één artikel met 'wetgeving show', of zoek de taken van de commissaris "
              "van de Koning (Provinciewet 182) in de graaf van de Gemeentewet, bijvoorbeeld met 'wetgeving graph explain "
              "gemeentewet verplichting:cdk-informatie'")
"""What to do when a graph is asked of a partial source (helper-195: the Provinciewet's hint offered `show` alone)."""


def graph(cat: Catalogus, regeling: str, *, after: str | None = None, when: date | None = None) -> nx.MultiDiGraph:
    """The graph of ``regeling`` (after applying the act ``after``, in force on ``when``)."""
    return _graph(cat, regeling, after=after, when=when)[0]


def _graph(cat: Catalogus, regeling: str, *, after: str | None, when: date | None) -> tuple[nx.MultiDiGraph, list[str]]:
    """:func:`graph`, and with ``after`` what :func:`_toegepast` says of the references the act left."""
    if when and not after:
        raise UsageError("--date kiest de onderdelen van --after", hint="geef ook --after, of laat --date weg")
    reg = whole(cat.load(regeling), regeling, hint=GRAAF_HEEL)  # a graph of some artikelen would call the others missing
    changed_since_version(cat, regeling, reg, None)
    notes: list[str] = []
    if after:
        from wetgeving.app.wijzigen import check_in_force_date

        check_in_force_date(when, reg, regeling)
        reg, notes = _toegepast(cat, reg, after, when)
    return graph_for(cat, reg), notes


@dataclass(frozen=True, slots=True)
class Gebouwd:
    """A graph just built: how many of its references dangle, and how long the building took."""

    graaf: nx.MultiDiGraph
    onopgelost: int
    seconden: float


def build(cat: Catalogus, regeling: str) -> Gebouwd:
    """Build the graph of a regeling version (the time it takes is part of the answer: ``graph build`` reports it)."""
    from wetgeving.graaf.vragen import dangling as question

    start = time.perf_counter()
    g = graph(cat, regeling)
    took = time.perf_counter() - start
    return Gebouwd(g, len(question(g)), took)


@dataclass(frozen=True, slots=True)
class Impact:
    adres: Adres
    bestaat: bool  # False: the unit does not exist in this version, so these references dangle
    verwijzingen: tuple[Citing, ...]
    geheel: tuple[Citing, ...] = ()  # references to the artikel (or lid) around the unit, as a whole
    te_controleren: bool = True  # False: a container in a source that records none (only what names it in words)
    regeling: Regeling | None = None  # the version searched, and the date asked for (for the header)
    gevraagd: str = ""
    verdwenen: str = ""  # where the unit that is not in this version was (helper-89: Gemeentewet 25 on 2023-04-01)
    vernummerd: tuple[str, ...] = ()  # a citing text that stayed while the unit was renumbered (Dutch; helper-180)

    @property
    def melding(self) -> str:
        """What to say first when the unit is not in this version: that it disappeared, and whether the references to
        it dangle or name its earlier text (transitional law: Gemeentewet 292 on 86); else ""."""
        if self.bestaat or not self.te_controleren:
            return ""
        waar = f": {self.verdwenen}" if self.verdwenen else ""
        los = [c for c in self.verwijzingen if c.diepte == 1 and not c.overgang]
        if not self.verwijzingen or not los:
            eerder = "; wat hieronder verwijst, noemt de eerdere tekst ervan (overgangsrecht)" if self.verwijzingen else ""
            return f"{self.adres.onderwerp()} bestaat niet in deze versie{waar}{eerder}"
        return f"{self.adres.onderwerp()} bestaat niet in deze versie{waar}; de verwijzingen hieronder zijn onopgelost" + (
            " (behalve die naar de eerdere tekst)" if len(los) < sum(c.diepte == 1 for c in self.verwijzingen) else "")


def impact(cat: Catalogus, regeling: str, address: str, *, depth: int = 1) -> Impact:
    """What refers to a unit (directly, or transitively up to ``depth``), each with its citing text."""
    from wetgeving.app.regelingen import verdwenen
    from wetgeving.citaten import adres_van, container, resolve
    from wetgeving.graaf.vragen import impact as question
    from wetgeving.graaf.vragen import whole_of

    reg = whole(cat.load(regeling), regeling, hint=GRAAF_HEEL)  # what cites a unit: in the whole law
    adres = adres_van(address, reg.citeertitel, reg.bwb_id, cat.citeertitels())
    changed_since_version(cat, regeling, reg, None)
    checkable = adres.artikel is not None or reg.heeft_indeling
    if not checkable:  # "hoofdstuk Va" of the Gemeentewet's regelrecht YAML: what names it, nothing about its artikelen
        warnings.warn(Melding(f"de bron van de {reg.citeertitel} geldig vanaf {reg.geldig_vanaf} geeft geen indeling in "
                              f"hoofdstukken, titels, afdelingen of paragrafen: hieronder alleen wat «{adres.citation()}» "
                              "met zoveel woorden noemt, niet wat naar de artikelen erin verwijst"), stacklevel=2)
    else:
        adres = container(reg, adres) or adres  # "paragraaf 6.3" → hoofdstuk:6/paragraaf:6.3
    g = graph_for(cat, reg)
    unit = reg.get(adres) if adres.artikel is None else None  # a container: the artikelen it holds count
    found = question(g, adres, depth=depth, artikelen=frozenset(artikelen_in(unit)) if unit is not None else frozenset())
    exists = reg.heeft(adres)  # a vervallen artikel is in the source, not in the law
    weg = verdwenen(cat, regeling, reg, adres) if not exists and checkable else ""
    if not exists and not found and checkable and not weg:
        resolve(reg, str(adres))  # raises: the unit does not exist, with the nearest ones
    eerdere = eerdere_versies(cat, regeling, reg) if exists and adres.artikel is not None else []
    vernummerd: list[str] = []
    if eerdere:
        # what cites the unit (or, asked for an artikel, one of its leden: helper-184) whose earlier text now stands
        # elsewhere; and what cites, by an earlier number, the text a unit has now (artikel 36a, derde lid, on
        # 2023-01-01: 47 cites it as «tweede lid»)
        leden = [a for a in reg.index if a.parent == adres and a.soort == "lid"] if adres.soort == "artikel" else []
        eigen = [adres, *leden]
        elders = [a for x in eigen for a in vorige_plaats(eerdere, reg, x)]
        for c in (*found, *(c for a in elders for c in question(g, a, depth=1))):
            if c.diepte == 1 and is_unit(c.bron) and is_unit(c.doel):
                v = eerste_vernummering(eerdere, reg, Adres.parse(c.bron), Adres.parse(c.doel))
                vernummerd += [v.tekst()] if v is not None and (v.doel in eigen or v.nu in eigen) else []
    return Impact(adres, exists, tuple(found), tuple(whole_of(g, adres)) if exists else (), checkable, reg,
                  gevraagd(regeling), weg, tuple(dict.fromkeys(vernummerd)))


@dataclass(frozen=True, slots=True)
class Onopgelost:
    """The references of ``graph dangling`` that point nowhere, and the version searched with the date asked for."""

    regeling: Regeling
    gevraagd: str
    rijen: list[Citing]
    toegepast: str = ""  # with --after: what was applied, on which date, and what not (Dutch)
    niet_te_controleren: int = 0  # references to containers a source without structure cannot show (helper-77)
    onbekende_wet: int = 0  # references to a law the title list does not know: not checked (helper-162)
    # with --after: references the act left as they were to a unit it renumbered or let lapse (Dutch; helper-181)
    vernummerd: tuple[str, ...] = ()


def dangling(cat: Catalogus, regeling: str, *, after: str | None = None, when: date | None = None) -> Onopgelost:
    """References to units that do not exist in the version (or after applying an act)."""
    from wetgeving.graaf.vragen import dangling as question

    g, vernummerd = _graph(cat, regeling, after=after, when=when)
    rijen = question(g)
    onzeker = len({(u, d.get("ref")) for u, _, d in g.edges(data=True)
                   if d.get("soort") == "refers_to" and d.get("onverifieerbaar")})
    onbekend = len({(u, d.get("ref")) for u, _, d in g.edges(data=True)  # helper-165: not «titel:» keys, which the
                    if d.get("soort") == "refers_to" and d.get("kind") == "onbekend"})  # mirror's own Titels have too
    reg = cat.load(regeling)
    # helper-77: «5 onopgeloste verwijzingen in gemeentewet@2022-11-05 na 1» read as the law of 2023-04-01
    naam = f"tranche {after}" if after and after.isdigit() else after
    toegepast = (f"met alleen {naam} toegepast" + (f" (de onderdelen in werking op {when})" if when else "")
                 + f" op de versie van {reg.geldig_vanaf}: een samengestelde tekst; andere wijzigingen sindsdien staan er "
                 "niet in") if after else ""
    return Onopgelost(reg, gevraagd(regeling), rijen, toegepast, onzeker, onbekend, tuple(vernummerd))


@dataclass(frozen=True)
class Paden:
    """The answer of ``graph explain``: the paths in the graph of a regeling version (asked for a date, ``gevraagd``)
    and what was left out, in words ("" when nothing)."""

    graaf: nx.MultiDiGraph
    paden: list[list[str]]
    weggelaten: str
    regeling: Regeling
    gevraagd: str


def explain(cat: Catalogus, regeling: str, node: str | None = None) -> Paden:
    """Paths theme → onderdeel → provision → obligation → actor, from one node or from every theme; from every theme
    only those through a provision of this law (helper-88). The answer names the version (helper-117: no line said
    which version or date the paths were of)."""
    from wetgeving.graaf.bouw import mark_changed_parts
    from wetgeving.graaf.vragen import explain as question

    g = graph(cat, regeling)
    reg = cat.load(regeling)
    mark_changed_parts(cat, g)  # an onderdeel → provision step only where it changed that provision
    starts = [_knoop(cat, regeling, reg, node, g)] if node else [n for n, d in g.nodes(data=True) if d.get("soort") == "thema"]
    paths = []
    for start in starts:
        if start not in g:  # exit 1, as `show` and `graph impact` for a unit that does not exist (it was 2, a usage error)
            raise InputError(f"geen knoop {(node or start)!r} in de graaf" + _waarom_niet(start, reg, _dag(gevraagd(regeling))),
                             hint=_bekende(g, start))
        paths += question(g, start)
    if node is None:  # helper-88: `graph explain kieswet` gave 114 paths through Gemeentewet provisions
        alle = paths
        paths = [p for p in paths if not _elders_alleen(p, reg.bwb_id)]
        if not any(_eigen(p, reg.bwb_id) for p in paths):  # helper-91: the Participatiewet, no law of the programme
            paths = []
        weg = len(alle) - len(paths)
        if weg:
            voorbeeld = next(p for p in alle if p not in paths)
            return Paden(g, paths, f"{weg} {'pad' if weg == 1 else 'paden'} over bepalingen van andere wetten of zonder "
                         f"bepaling van de {reg.citeertitel} weggelaten; vraag ze op met een knoop, bijvoorbeeld "
                         f"'wetgeving graph explain {regeling} {voorbeeld[0]}'", reg, gevraagd(regeling))
    if node and not paths and starts[0].startswith("thema:"):  # helper-141: «0 paden» alone, where obligations says why
        from wetgeving.app.naleving import verwante_verplichtingen

        naam, thema = g.nodes[starts[0]].get("label", starts[0]), starts[0].removeprefix("thema:")
        verwant = verwante_verplichtingen(cat, thema)  # helper-144: the zorgplicht of 170 is modelled elsewhere
        return Paden(g, paths, _thema_zonder_pad(naam, thema, reg, verwant), reg, gevraagd(regeling))
    return Paden(g, paths, "", reg, gevraagd(regeling))


def _knoop(cat: Catalogus, spec: str, reg: Regeling, tekst: str, g: nx.MultiDiGraph) -> str:
    """The node ``tekst`` names: a node's own key, or a unit of ``reg`` (read for ``spec``) by an everyday citation
    («artikel P 19», «art. 36a lid 2»; helper-134: only «artikel:P 19» was found). A citation that cannot be read, or
    of a unit the version lacks, is refused as `show` refuses it (it was «geen knoop …» with exit code 2)."""
    from wetgeving.citaten import adres_van, resolve

    if tekst.startswith("onderdeel:") and tekst not in g:  # «onderdeel:gw-13», by our model's kenmerk (helper-156)
        from wetgeving.app.tranches import tranches
        from wetgeving.graaf.bouw import onderdeel_key

        kenmerk = tekst.removeprefix("onderdeel:")
        tekst = next((k for t in tranches(cat) for w, o in t.onderdelen() if o.id == kenmerk
                      and (k := onderdeel_key(t.id, w.artikel, o.naam)) in g), tekst)
    if tekst in g or _SLEUTEL.fullmatch(tekst):  # a key of the graph («thema:vog»), also one it does not hold
        return tekst
    try:  # unreadable: refused as `show` refuses it, and the keys named too
        adres = adres_van(tekst, reg.citeertitel, reg.bwb_id, cat.citeertitels())
    except AddressError as exc:
        raise AddressError(exc.message, hint=f"{exc.hint}; of een knoop, bijvoorbeeld thema:vog of verplichting:vog-wethouder"
                           ) from None
    if str(adres) not in g and not reg.heeft(adres):  # «artikel 999»: the refusal of `show`, with the nearest units
        try:
            resolve(reg, str(adres))
        except AddressError as exc:
            niet_in(cat, spec, reg, tekst, exc)
    return str(adres)


_SLEUTEL = re.compile(r"(thema|verplichting|aanbeveling|onderdeel|actor|tranche|voorziening|regeling):\S+")


def _bekende(g: nx.MultiDiGraph, knoop: str) -> str:
    """The hint for a node the graph does not hold: the keys of its kind that it does hold (at most eight)."""
    soort = knoop.partition(":")[0]
    naam = knoop.partition(":")[2].lower()
    bekend = sorted((k for k in g if k.startswith(f"{soort}:")),  # «onderdeel:gw-13»: the model's id ends the key
                    key=lambda k: (naam not in k.lower() and not k.lower().endswith(f"/{naam}"), k)) \
        if _SLEUTEL.fullmatch(knoop) else []  # those with the name asked for first («verplichting:vog»)
    if not bekend:
        return "bijvoorbeeld thema:vog, verplichting:…, of een bepaling: 'artikel 36a, tweede lid'"
    meer = f" en {len(bekend) - 8} andere" if len(bekend) > 8 else ""
    vorm = "de vorm is onderdeel:TRANCHE/ARTIKEL/LETTER, of het kenmerk waar de letter niet bekend is; " \
        if soort == "onderdeel" else ""
    return f"{vorm}wel in deze graaf: {', '.join(bekend[:8])}{meer}"


def _dag(tekst: str) -> date | None:
    try:
        return date.fromisoformat(tekst)
    except ValueError:  # «nieuwste», a file («»)
        return None


def _thema_zonder_pad(naam: str, thema: str, reg: Regeling, verwant: Sequence[str]) -> str:
    """Why a theme has no path in the graph of ``reg``: its duties are of a bill not yet submitted on the version's date,
    or our model has none (helper-192: «Financiële belangen», the reporting's theme of Kamerstuk 36 892, was called
    «een thema van het programma, waarvoor ons model geen verplichting bevat» on 2022-11-05, though the programme does
    not name it and the bill's duty is modelled)."""
    from wetgeving.compliance.verplichtingen import procedures, verplichtingen

    zie = f" (zie 'wetgeving obligations --theme {thema}')"
    eigen = [v for v in verplichtingen() if v.thema == thema]
    later = {p.ingediend for v in eigen if v.soort == "wetsvoorstel" and (p := procedures().get(v.bron_tranche)) is not None
             and reg.geldig_vanaf is not None and p.ingediend > reg.geldig_vanaf}
    if eigen and later:
        return (f"de verplichtingen van het thema «{naam}» ({', '.join(v.id for v in eigen)}) komen uit een wetsvoorstel, "
                f"en dat was op {reg.geldig_vanaf} nog niet ingediend (volgens ons model een wetsvoorstel vanaf "
                f"{min(later)})" + zie)
    return (f"ons model bevat geen verplichting met het thema «{naam}»"
            + (f"; op dezelfde bepaling: {', '.join(verwant)}" if verwant else "") + zie)


def _waarom_niet(knoop: str, reg: Regeling, op: date | None = None) -> str:
    """Why a duty of our model is not in the graph of ``reg``: on the version's date it had not come in, nor been
    announced (helper-117: `graph explain gemeentewet-md@2015-11-24 verplichting:vog-wethouder` said only «geen knoop»,
    while the version of 2022-11-05 shows it «nog niet geldend»)."""
    from wetgeving.compliance.verplichtingen import procedures, verplichtingen

    soort, _, naam = knoop.partition(":")
    if soort != "verplichting" or reg.geldig_vanaf is None or naam not in {v.id for v in verplichtingen()}:
        return ""
    v = next(v for v in verplichtingen() if v.id == naam)
    proc = procedures().get(v.bron_tranche) if v.soort == "wetsvoorstel" else None
    if proc is not None:  # helper-128: «nog niet aangekondigd» of a risicoanalyse consulted on in 2021
        uitleg = (f" van de {reg.citeertitel} van {reg.geldig_vanaf}: {naam!r} is een verplichting uit een wetsvoorstel, "
                  f"en dat was op {reg.geldig_vanaf} nog niet ingediend (volgens ons model een wetsvoorstel vanaf "
                  f"{proc.ingediend})")
    else:
        uitleg = (f" van de {reg.citeertitel} van {reg.geldig_vanaf}: volgens ons model gold de verplichting {naam!r} "
                  f"op {reg.geldig_vanaf} nog niet en was zij nog niet aangekondigd (of niet meer van kracht)")
    if op is not None and op != reg.geldig_vanaf:  # helper-125: «gemeentewet@2026-03-01» left out the bill of 2026-02-03
        uitleg += (f"; de graaf toont de verplichtingen op de begindatum van die versie, niet op {op}: welke er op {op} "
                   f"zijn, zegt 'wetgeving obligations --date {op}'")
    return uitleg


def _eigen(path: list[str], own: str) -> bool:
    """Whether ``path`` runs through a provision of the law asked for."""
    from wetgeving.graaf.vragen import is_unit

    return any(is_unit(k) or k.startswith(f"jci1.3:c:{own}&") for k in path)


def _elders_alleen(path: list[str], own: str) -> bool:
    """Whether every provision on ``path`` is one of another law (a JCI of another BWB id); a path through none (a
    recommendation's) is no law's and stays."""
    anders = [k for k in path if k.startswith("jci") and not k.startswith(f"jci1.3:c:{own}&")]
    return bool(anders) and not _eigen(path, own)

