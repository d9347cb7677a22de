"""The provision graph (networkx MultiDiGraph) of one version of a regeling, with the legislation layer.

Nodes (key → kind):

* ``regeling:BWBR0005416`` (the regeling), units by their address (``artikel:36a/lid:2``), structure by
  its path (``hoofdstuk:III``); external targets by JCI (``jci1.3:c:BWBR0005537&artikel=4:8``);
* ``tranche:tranche-1``, ``onderdeel:tranche-1/I/F``, ``thema:vog``, ``actor:burgemeester``,
  ``verplichting:…`` and ``aanbeveling:…`` when those layers are added.

Edges (``soort``): contains, refers_to (with the citing text and span), amends, introduces, based_on, recommends;
from an obligation to an actor (``ACTOR_VERBINDINGEN``): obliges, would_oblige (a bill's), empowers
(a power the actor holds, also the commissaris van de Koning's), asks_cooperation (another's power, our reading),
addresses (a recommendation).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from itertools import takewhile
from typing import TYPE_CHECKING, Any

from wetgeving.bronnen.catalogus import Catalogus
from wetgeving.errors import AddressError
from wetgeving.locatie import Adres, Jci
from wetgeving.model import Alinea, Artikel, Lid, Regeling, Structuur, children, datum_tekst
from wetgeving.nummers import kamerstuk, sort_key
from wetgeving.verwijzingen.evaluatie import exists_in
from wetgeving.verwijzingen.extract import Extractor, Gevonden
from wetgeving.verwijzingen.titels import Titelregister

ACTOR_VERBINDINGEN = ("obliges", "would_oblige", "empowers", "asks_cooperation", "addresses")
"""The kinds of edge from an obligation to an actor (``compliance.graaf``): a duty (in force or enacted), a bill's duty,
a power the actor holds, another's power that asks the actor's cooperation (our reading), a recommendation addressed
to it."""

if TYPE_CHECKING:
    import networkx as nx

    from wetgeving.tranches.model import Tranche

ACTOREN = ("raad", "college", "burgemeester", "wethouder", "raadslid", "commissie", "griffier",
           "commissaris-van-de-koning", "gedeputeerde-staten", "centraal-stembureau", "gemeentesecretaris",
           "politieke-partij")


@dataclass(frozen=True, slots=True)
class Ref:
    """A reference found in the regeling: from which unit, to which target, with its text."""

    bron: Adres
    gevonden: Gevonden
    tekst: str  # the citing span
    context: str  # the sentence around it

    @property
    def target_key(self) -> str:
        return target_key(self.gevonden)


def target_key(g: Gevonden, own: str | None = None) -> str:
    if g.doel_anders:
        return g.doel_anders
    if g.soort == "onbekend":  # a law not in the register: its title as written (empty: an EU act or treaty)
        return f"titel:{g.titel}" + (f"#{g.adres}" if g.adres is not None else "") if g.titel else ""
    if g.bwb_id and (own is None or g.bwb_id != own) and g.soort in ("extern", "regeling"):
        return str(Jci(g.bwb_id, g.adres))
    return str(g.adres) if g.adres is not None else ""


def find_refs(reg: Regeling, register: Titelregister) -> list[Ref]:
    """Every reference in every alinea of ``reg`` (relative ones resolved inside their artikel); law titles are
    recognised with ``register`` (:meth:`Titelregister.voor` a catalogue); a reference to a law the register
    does not know is kept as soort ``onbekend`` with its title."""
    out: list[Ref] = []
    for adres, k, found in refs_by_alinea(reg, register):
        for g in found:
            ctx = k.tekst[max(0, g.start - 60): g.einde + 60]
            span = k.tekst[g.start:g.einde]
            out.append(Ref(adres, _relative_to(g, adres, span), span, ctx))
    return out


def refs_by_alinea(reg: Regeling, register: Titelregister) -> Iterator[tuple[Adres, Alinea, list[Gevonden]]]:
    """(unit address, alinea, its references) for every alinea of ``reg`` that belongs to a unit, in order.
    A law named in a unit's own text is known in its onderdelen ("… krachtens Boek 1 van het Burgerlijk
    Wetboek …, indien de rechter: a. … artikel 401 van dat boek", Participatiewet 62e, tweede lid)."""
    ex = Extractor(reg.bwb_id, register, exists=exists_in(reg), unit_exists=reg.heeft)
    order = {a.nr: i for i, a in enumerate(a for a in reg.artikelen() if not a.vervallen)}  # for ranges
    containers = _container_order(reg)
    named: dict[Adres, str | None] = {}  # unit → the law named last in its own text (or its parent's)
    # unit → the artikel its text makes applicable "met dien verstande dat:", for its onderdelen (Kieswet E 6, tweede lid)
    applied: dict[Adres, Gevonden | None] = {}
    opens: set[Adres] = set()  # units whose text ends in "artikel:", so that each of their onderdelen goes on from it
    for adres, unit in reg.index.items():
        if isinstance(unit, Structuur):
            continue
        own = (k for k in unit.inhoud if isinstance(k, Alinea))
        parent = adres.parent
        inherited = applied.get(parent) if parent is not None else None
        for k, found in ex.find_run(own, adres.artikel, last_law=named.get(parent) if parent is not None else None,
                                    applied=inherited, eenheid=adres, continues=parent in opens):
            yield adres, k, [_in_range(order, containers, _by_source_link(reg, k, _binnen(reg, adres, g))) for g in found]
        named[adres] = ex.last_law
        applied[adres] = ex.last_applied or inherited
        if ex.last_continues:  # «bedoeld in artikel:» — its onderdelen begin with the artikel numbers
            opens.add(adres)


def _binnen(reg: Regeling, bron: Adres, g: Gevonden) -> Gevonden:
    """A reference relative to the citing unit ``bron`` (``Gevonden.binnen``) placed in ``reg``: «deze paragraaf» → the
    paragraaf that holds the citing artikel (None when the source records no containers: the regelrecht YAML, so it
    cannot be checked); «de vorige leden» → the leden before the citing lid, «de volgende leden» those after it; «de
    vorige volzin» → the citing lid (a volzin is no unit of the model)."""
    if not g.binnen or bron.artikel is None:
        return g
    art = Adres.of(("artikel", bron.artikel))
    lid = next((nr for soort, nr in bron.segmenten if soort == "lid"), None)
    if g.binnen == "volzin":
        return replace(g, adres=art.child("lid", lid) if lid is not None else art)
    if g.binnen.endswith("-leden"):
        unit = reg.get(art)
        nrs = [k.nr for k in unit.inhoud if isinstance(k, Lid)] if unit is not None else []
        at = nrs.index(lid) if lid in nrs else -1
        gekozen = (nrs[:at] if g.binnen == "vorige-leden" else nrs[at + 1:]) if at >= 0 else []
        if not gekozen:  # helper-91: in the first lid «de vorige leden» name none: not placed (ONTBREEKT)
            return replace(g, adres=None)
        return replace(g, adres=art.child("lid", gekozen[0]), ook=tuple(art.child("lid", n) for n in gekozen[1:]))
    houder = reg.containers.get(bron.artikel)
    segs = houder.segmenten if houder is not None else ()
    at = max((i for i, (soort, _) in enumerate(segs) if soort == g.binnen), default=-1)
    return replace(g, adres=Adres(segs[:at + 1]) if at >= 0 else None)


CONTAINER_LIDWOORD = {"hoofdstuk": "het", "paragraaf": "de", "afdeling": "de", "titel": "de"}


def niet_geplaatst(reg: Regeling, g: Gevonden, bron: Adres) -> tuple[str, str]:
    """A relative reference :func:`_binnen` could not place, in words, and its status: «de paragraaf waarin artikel 81c
    staat», ONVERIFIEERBAAR in a source without containers (the regelrecht YAML); «de leden vóór artikel 1, eerste lid»
    or a container the citing artikel is not in, ONTBREEKT."""
    art = Adres.of(("artikel", bron.artikel or "")).citation()
    if g.binnen in CONTAINER_LIDWOORD:
        return (f"{CONTAINER_LIDWOORD[g.binnen]} {g.binnen} waarin {art} staat",
                ONVERIFIEERBAAR if not reg.heeft_indeling else ONTBREEKT)
    lid = Adres.of(*(x for x in bron.segmenten if x[0] in ("artikel", "lid"))).citation()
    return f"de leden {'vóór' if g.binnen == 'vorige-leden' else 'na'} {lid}", ONTBREEKT


def _container_order(reg: Regeling) -> dict[str, dict[str, int]]:
    """Per kind of container (hoofdstuk, paragraaf, …): the numbers of this regeling's containers in document order."""
    out: dict[str, dict[str, int]] = {}
    for soort, nr in reg.containers_bij_nummer:
        per = out.setdefault(soort, {})
        per[nr] = len(per)
    return out


def _in_range(artikelen: dict[str, int], containers: dict[str, dict[str, int]], g: Gevonden) -> Gevonden:
    """:func:`with_range` for a range of artikelen, or of containers of one kind ("de paragrafen 6.1 tot en met 6.5")."""
    if g.adres is not None and g.adres.artikel is None and g.tot_en_met and g.soort == "intern":
        soort = g.adres.segmenten[-1][0]
        return with_range(containers.get(soort, {}), g, soort)
    return with_range(artikelen, g)


def with_range(order: dict[str, int], g: Gevonden, soort: str = "artikel") -> Gevonden:
    """A range of this regeling's artikelen with the artikelen after its first in ``ook`` (``order``: the numbers of
    the artikelen in force, in document order): «de artikelen 155b tot en met 155f» (Gemeentewet 155h) cites 155c to
    155f too, so that `graph impact` of 155d finds 155h. A repealed artikel between is left out (the range is not
    about it); a last one that is not there is kept, so that it is reported (the artikelen before it are those
    numbered below it). The last one is left to its own reference when it is cited with its parts ("P 1b tot en met
    P 1d, eerste, derde en vierde lid", Kieswet P 1h)."""
    if not g.tot_en_met or g.soort not in ("intern", "relatief") or g.adres is None:
        return g
    nr = g.adres.artikel if soort == "artikel" else g.adres.segmenten[-1][1]
    if nr is None:
        return g
    first, last = order.get(nr), order.get(g.tot_en_met)
    if first is not None and last is not None:
        nrs = [nr for nr, i in order.items() if first < i < last]
    elif first is not None:  # the last one is not there (Gemeentewet 98: «95 tot en met 97», 97 gone): by number
        end = sort_key(g.tot_en_met)
        nrs = list(takewhile(lambda nr: sort_key(nr) < end, (nr for nr, i in order.items() if i > first)))
    else:
        nrs = []  # the first one is not there: it is reported, and what follows it cannot be told
    nrs += [] if g.tot_apart else [g.tot_en_met]
    return replace(g, ook=(*g.ook, *(Adres.of((soort, n)) for n in nrs if n != nr)))


def _by_source_link(reg: Regeling, al: Alinea, g: Gevonden) -> Gevonden:
    """An internal reference whose target we cannot find, where the source's own link on the same words
    names a unit that exists: that unit. The BWB XML of the Participatiewet (2024-01-01) cites «paragraaf 4»
    in artikel 63, eerste lid, and links it to hoofdstuk 6, paragraaf 6.4; the short number is the
    paragraaf's within its hoofdstuk. A reference we can find keeps our reading: the source's link spans are
    the publisher's markup, often loose (Participatiewet 47d, derde lid, onder a: one link to artikel 9 covers «en de
    inhoud van het tweede lid», which is 47d's own, as «de inhoud van artikel 41» in 44, tweede lid, onder a)."""
    if al.verwijzingen and g.soort == "onbekend":
        return _onbekend_by_source_link(reg, al, g)
    if not al.verwijzingen or g.soort not in ("intern", "relatief") or g.adres is None \
            or resolve_internal(reg, g.adres) is not None:
        return g
    for v in al.verwijzingen:
        if v.start < g.einde and g.start < v.einde and v.doel.startswith("jci"):
            try:
                jci = Jci.parse(v.doel)
            except AddressError:
                continue
            if jci.bwb_id == reg.bwb_id and jci.adres is not None and resolve_internal(reg, jci.adres) == jci.adres:
                return replace(g, adres=jci.adres)
    return g


def _onbekend_by_source_link(reg: Regeling, al: Alinea, g: Gevonden) -> Gevonden:
    """A law whose title we do not know, where the source links the same words to another law: that law. The Markdown
    mirror of the Gemeentewet (2011–2015) links «artikel 10 van de Wet openbaarheid van bestuur» (25, eerste lid) to
    BWBR0005252 and «artikel 14 van de Politiewet 1993» (151b, tweede lid) to BWBR0006299 (helper-84). A link to the
    regeling itself is not followed: Gemeentewet 290's «gemeentewet» in lower case is the withdrawn law, which the
    regelrecht markup links to today's. Only a link that begins where the reference begins and covers it is the
    reference's own: the Participatiewet (2024-01-01) links all of «wet van 22 december 2011 tot wijziging van de Wet
    werk en bijstand …» (78t) to that amending act, not the «Wet werk en bijstand» inside it; and it ends with the rest
    of the title (at most three words, no punctuation: «van bestuur», «1993»), not with more words after it (helper-85:
    «…, zoals gewijzigd bij de Wet …» linked to the amending law)."""
    for v in al.verwijzingen:
        rest = al.tekst[g.einde:v.einde]
        if abs(v.start - g.start) > 1 or v.einde < g.einde or len(rest.split()) > 3 or re.search(r"[,;:()]", rest):
            continue
        if v.doel.startswith("jci"):
            try:
                jci = Jci.parse(v.doel)
            except AddressError:
                continue
            if jci.bwb_id and jci.bwb_id != reg.bwb_id:
                return replace(g, soort="extern", bwb_id=jci.bwb_id, adres=g.adres or jci.adres)
    return g


def resolved(g: Gevonden, bron: Adres, tekst: str) -> Gevonden:
    """The reference with 'het vorige lid' and 'dit lid' resolved from the citing unit."""
    return _relative_to(g, bron, tekst)


def _relative_to(g: Gevonden, bron: Adres, span: str) -> Gevonden:
    """'het vorige lid' and 'dit lid' are resolved from the citing lid (what :func:`_binnen` placed is left)."""
    if g.soort != "relatief" or g.binnen:
        return g
    lid = next((nr for soort, nr in bron.segmenten if soort == "lid"), None)
    art = Adres.of(("artikel", bron.artikel or ""))
    if lid is not None and "dit lid" in span.casefold():  # helper-93: «Dit lid vervalt …» (Participatiewet 37, vierde lid)
        return replace(g, adres=art.child("lid", lid))
    if lid is not None and lid.isdigit() and ("vorige" in span or "voorgaande" in span):
        return replace(g, adres=art.child("lid", str(int(lid) - 1)))
    return g


def resolve_internal(reg: Regeling, adres: Adres, bron: Adres | None = None) -> Adres | None:
    """The deepest existing unit at or above ``adres`` (None when even the artikel/container is missing). A container
    cited by its own number is found anywhere; where several have it («paragraaf 3»: six hoofdstukken of the Kieswet
    have one), the one in the hoofdstuk (or other container) of the citing unit ``bron`` (Kieswet L 2: L § 3)."""
    cur: Adres | None = adres
    while cur is not None:
        if reg.get(cur) is not None:
            return cur
        cur = cur.parent
    if adres.segmenten[0][0] != "artikel":  # a container cited by its last segment: find it anywhere
        found = [a for a in reg.containers_bij_nummer.get(adres.segmenten[-1], [])  # «paragraaf 2 van hoofdstuk L»: L's
                 if all(seg in a.segmenten for seg in adres.segmenten[:-1])]
        around = reg.containers.get(bron.artikel) if bron is not None and bron.artikel is not None else None
        if len(found) > 1 and around is not None:
            def shared(a: Adres) -> int:  # the containers it shares with the citing artikel's, from the top
                pairs = zip(a.segmenten[:-1], around.segmenten, strict=False)
                return next((i for i, (x, y) in enumerate(pairs) if x != y), min(len(a.segmenten) - 1, len(around.segmenten)))
            return max(found, key=shared)  # the first of the nearest, as before for a tie
        return found[0] if found else None
    return None


def build_graph(reg: Regeling, refs: list[Ref]) -> nx.MultiDiGraph:
    """The graph of one regeling version: containment and the references ``refs`` (:func:`find_refs`)."""
    import networkx as nx  # here: reading references (`instructions`, `apply`, the index) needs no graph library

    g = nx.MultiDiGraph(regeling=reg.bwb_id, citeertitel=reg.citeertitel, geldig_vanaf=reg.geldig_vanaf.isoformat(),
                        versie=datum_tekst(reg))  # «geldig vanaf 2023-04-01»: what a drawing says it shows (helper-102)
    root = f"regeling:{reg.bwb_id}"
    g.add_node(root, soort="regeling", label=reg.citeertitel)
    for adres, unit in reg.index.items():
        key = str(adres)
        g.add_node(key, soort=unit.soort, label=adres.citation(), nr=unit.nr)
        parent = adres.parent
        if isinstance(unit, Artikel):
            parent = reg.containers.get(adres.artikel or "")
        g.add_edge(str(parent) if parent is not None else root, key, soort="contains")
    for i, ref in enumerate(refs):
        _add_ref(g, reg, ref, i)
    return g


def historical(ref: Ref) -> bool:
    """A transitional reference to an earlier text: 'artikel 86 zoals dat artikel luidde voor …' (art. 292), or a
    list of them ('… en 35 van de Wet …, zoals deze wetten luidden op …', Participatiewet 78z, zesde lid); the
    extractor reads it (``Gevonden.historisch``)."""
    return ref.gevonden.historisch


BESTAAT, ONVERIFIEERBAAR, HISTORISCH, ONTBREEKT = "bestaat", "onverifieerbaar", "historisch", "ontbreekt"
VERVALLEN, BUITEN_BRON = "vervallen", "buiten de bron"


def internal_target(reg: Regeling, ref: Ref) -> tuple[Adres | None, str]:
    """The unit an internal reference resolves to, and what can be said of its target: it exists (BESTAAT);
    the source has no structure, so a container cannot be checked (ONVERIFIEERBAAR: regelrecht YAML lists
    only artikelen); it names an earlier text, rightly absent ('artikel 86 zoals dat artikel luidde …',
    HISTORISCH, also when a unit of that number exists now); its artikel is kept in the source only as «Vervallen»
    (VERVALLEN); its artikel is not in a
    source that holds only some artikelen (BUITEN_BRON: ``Regeling.gedeeltelijk``, Provinciewet 182 citing 79,
    which the law has); or it is missing (ONTBREEKT), also when only the lid or onderdeel is: «artikel 200,
    eerste lid» of an artikel 200 without leden (Gemeentewet 203, tweede lid, onder b). The graph and
    ``wetgeving refs`` both ask this. A source
    without any container is taken as one that does not record them: a law that really has no hoofdstukken
    cannot be told from it, so a container reference in it is ONVERIFIEERBAAR too, never called missing."""
    return target_status(reg, ref.gevonden.adres, ref)


def target_status(reg: Regeling, adres: Adres | None, ref: Ref) -> tuple[Adres | None, str]:
    """:func:`internal_target` for ``adres``: the reference's own target, or one of the other leden or onderdelen
    of its list (``Gevonden.ook``)."""
    assert adres is not None, "an internal reference has an address"
    if historical(ref):  # the text it had then, whether or not a unit of that number exists now (Participatiewet
        return None, HISTORISCH  # 78z, zesde lid: old onderdelen a and c of 8, eerste lid, are not today's)
    target = resolve_internal(reg, adres, ref.bron)
    if target is not None and (adres.artikel is None or (target == adres and reg.heeft(adres))):
        return target, BESTAAT  # (a container may be cited by its number alone: found elsewhere)
    if target is None and adres.soort != "artikel" and adres.artikel is None and not reg.heeft_indeling:
        return None, ONVERIFIEERBAAR
    art = reg.get(Adres.of(("artikel", adres.artikel))) if adres.artikel is not None else None
    if art is None and reg.gedeeltelijk:
        return None, BUITEN_BRON
    return None, VERVALLEN if isinstance(art, Artikel) and art.vervallen else ONTBREEKT


def present_instead(reg: Regeling, adres: Adres) -> tuple[Adres, str, tuple[str, ...]] | None:
    """For a lid or onderdeel that is not there, what its existing parent has: (parent, kind missing, the numbers
    of that kind it has): «artikel 200, eerste lid» → (artikel 200, lid, ()); «artikel 154a, veertiende lid» →
    (artikel 154a, lid, 1 … 13). None when the artikel itself is missing, or the unit exists."""
    parent = adres.parent
    if parent is None or adres.artikel is None or reg.get(adres) is not None:
        return None
    unit = reg.get(parent)
    if unit is None:
        return None
    soort = adres.segmenten[-1][0]
    return parent, soort, tuple(k.nr for k in children(unit) if k.soort == soort)


_KNOOP = {ONVERIFIEERBAAR: ("onbekend", "onverifieerbaar"), HISTORISCH: ("historisch", "historisch"),
          ONTBREEKT: ("ontbreekt", "dangling"), VERVALLEN: ("vervallen", "dangling"),
          BUITEN_BRON: ("onbekend", "onverifieerbaar")}  # status → (node kind, edge flag)


def _add_ref(g: nx.MultiDiGraph, reg: Regeling, ref: Ref, nr: int) -> None:
    """The edge of one reference (``nr``: its number, shared by the edges to the other leden or onderdelen its
    words cite, ``Gevonden.ook``, so that a question counts the reference once)."""
    f = ref.gevonden
    base: dict[str, Any] = {"soort": "refers_to", "tekst": ref.tekst, "context": ref.context, "kind": f.soort,
                            "ref": nr}
    if f.als_uitzondering:  # «met uitzondering van de artikelen 12, 21 en 22»: named in an exception (of what, the
        # sentence says: of what applies, Kieswet A 4, or of what does not, Participatiewet 78h)
        base["uitgezonderd"] = True
    attrs = dict(base)
    if f.binnen and f.adres is None:  # «deze paragraaf» not placed: a node of its own, flagged (helper-91)
        woorden, status = niet_geplaatst(reg, f, ref.bron)
        soort, flag = _KNOOP[status]
        key = woorden  # one per artikel (a container) or per lid (leden): the words name it
        if key not in g:
            g.add_node(key, soort=soort, label=woorden)
        g.add_edge(str(ref.bron), key, **attrs, **{flag: True})
        return
    if f.soort in ("intern", "relatief") and f.adres is not None:
        key = _internal_edge(g, reg, ref, f.adres, attrs)
    else:
        key = target_key(f, reg.bwb_id)
        if not key:
            return
        if key not in g:
            g.add_node(key, soort="extern", label=ref.tekst)
    g.add_edge(str(ref.bron), key, **attrs)
    for ook in f.ook:  # "de artikelen 17, eerste en derde lid": lid 3 is cited too
        _add_ook(g, reg, ref, ook, key, dict(base))
    for deel in f.behalve:  # "artikel 81f, behoudens het eerste lid, onder k": named, as an exception (a change
        _add_ook(g, reg, ref, deel, key, dict(base, uitgezonderd=True))  # of 81f, eerste lid, reaches 81oa too)


def _add_ook(g: nx.MultiDiGraph, reg: Regeling, ref: Ref, ook: Adres, first: str, attrs: dict[str, Any]) -> None:
    """An edge to a further lid or onderdeel of a list, when it resolves to a unit other than the first's."""
    f = ref.gevonden
    if f.soort in ("intern", "relatief"):
        key = _internal_edge(g, reg, ref, ook, attrs)
        if key == first:
            return
    else:
        key = target_key(replace(f, adres=ook), reg.bwb_id)
        if not key or key == first:
            return
        if key not in g:
            g.add_node(key, soort="extern", label=ref.tekst)
    g.add_edge(str(ref.bron), key, **attrs)


def _internal_edge(g: nx.MultiDiGraph, reg: Regeling, ref: Ref, adres: Adres, attrs: dict[str, Any]) -> str:
    """The node an internal reference to ``adres`` points at (made for a target that is not there, with the
    edge's flag in ``attrs``)."""
    target, status = target_status(reg, adres, ref)
    if target is not None:
        if target != adres:
            attrs["gevonden_als"] = str(adres)  # a container cited by its number alone ("paragraaf 4")
        return str(target)
    soort, flag = _KNOOP[status]
    if str(adres) not in g:  # a vervallen artikel is a node of the text already
        g.add_node(str(adres), soort=soort, label=adres.citation())
    attrs[flag] = True
    return str(adres)


def add_programme(cat: Catalogus, g: nx.MultiDiGraph, reg: Regeling) -> None:
    """Tranches, their onderdelen and themes, recommendations and actors, linked to this version's units."""
    from wetgeving.programma import ACTOR_NAMEN, load_programma
    from wetgeving.tranches.lezen import tranches

    prog = load_programma()
    for t in prog.themas:
        g.add_node(f"thema:{t.id}", soort="thema", label=t.naam)
    for actor in ACTOREN:
        g.add_node(f"actor:{actor}", soort="actor", label=ACTOR_NAMEN.get(actor, actor))
    for a in prog.aanbevelingen:
        if reg.geldig_vanaf is not None and reg.geldig_vanaf < prog.datum:  # no recommendation before the programme
            break
        key = f"aanbeveling:{a.id}"
        g.add_node(key, soort="aanbeveling", label=a.naam)
        for tid in a.themas:
            g.add_edge(f"thema:{tid}", key, soort="contains")
        for actor in a.actoren:
            if actor in ACTOREN:  # not the Rijk or the VNG: they are no actor in a gemeente
                g.add_edge(key, f"actor:{actor}", soort="recommends")
    for tr in tranches():
        status = _stand(tr, reg.geldig_vanaf)
        if status is None:
            continue  # no bill yet on the version's date
        tkey = f"tranche:{tr.id}"
        # helper-141: in DOT, SVG and HTML the bill's node read like tranche 1's; its standing is said on it
        noot = (f"wetsvoorstel{f', {kamerstuk(tr.kamerstuk)}' if tr.kamerstuk else ''}, geen geldend recht"
                if status == "wetsvoorstel" else "" if status == tr.status else status)
        g.add_node(tkey, soort="tranche", label=tr.titel, status=status, **({"noot": noot} if noot else {}))
        for w, o in tr.onderdelen():
            okey = onderdeel_key(tr.id, w.artikel, o.naam)
            g.add_node(okey, soort="onderdeel", label=o.samenvatting, inwerking=o.inwerking.isoformat(),
                       regeling=w.regeling, noot=f"{(tr.nr and f'tranche {tr.nr}') or tr.id}, {w.artikel_aanduiding}, "
                                                 f"{o.aanduiding}")
            g.add_edge(tkey, okey, soort="contains")
            g.add_edge(f"thema:{o.thema}", okey, soort="contains")
            here = w.regeling in (reg.citeertitel.casefold(), reg.bwb_id) or _same_law(cat, w.regeling, reg)
            for d in o.doelen:
                if reg.geldig_vanaf is not None and o.inwerking > reg.geldig_vanaf:
                    key = later_node(g, w.regeling, o.inwerking, d, o.inwerking_tekst, cat.titel_van(w.regeling))
                    g.add_edge(okey, key, soort="amends")
                elif here and reg.get(d) is not None:
                    g.add_edge(okey, str(d), soort="amends")
                elif not here:
                    key = other_law_key(cat, w.regeling, d)
                    g.add_node(key, soort="extern", label=f"{d.citation()} ({w.regeling})")
                    g.add_edge(okey, key, soort="amends")


def _stand(tr: Tranche, d: date | None) -> str | None:
    """A tranche's standing on ``d`` (helper-67: the graph of 2015 showed tranche 1 «in-werking» and tranche 2 as a
    bill): None before its submission; a bill, adopted, published but not in force, or its status since."""
    eerste = min((o.inwerking for _, o in tr.onderdelen()), default=None)
    if d is None:
        return tr.status
    if tr.ingediend is None:  # changes whose act the sources do not name (overig-2023): in force from their date
        return "nog niet in werking" if eerste is not None and d < eerste else tr.status
    if d < tr.ingediend:
        return None
    if tr.gepubliceerd is None or d < tr.gepubliceerd:
        return "aangenomen" if tr.aangenomen is not None and d >= tr.aangenomen else "wetsvoorstel"
    return "bekendgemaakt, nog niet in werking" if eerste is not None and d < eerste else tr.status


def onderdeel_key(tranche: str, artikel: str, naam: str) -> str:
    """The node key of a tranche onderdeel: ``onderdeel:tranche-1/I/F``."""
    return f"onderdeel:{tranche}/{artikel}/{naam}"


def mark_changed_parts(cat: Catalogus, g: nx.MultiDiGraph) -> None:
    """On each ``amends`` edge from a tranche onderdeel to a unit that holds a provision a duty of the onderdeel
    rests on, the units within that unit the onderdeel changed (``delen``; None: the sources lack the text
    before). Tranche 1 changed Provinciewet 182 as a whole artikel, but only by inserting a tweede lid: the duty
    it introduced also rests on 182, eerste lid, onder c, which it left as it was. It takes a diff of the stage
    (:func:`wetgeving.tranches.toeschrijving.gewijzigd`), so only the explanation paths ask for it."""
    from wetgeving.graaf.vragen import key_like, strictly_within, succ
    from wetgeving.tranches.lezen import tranches
    from wetgeving.tranches.toeschrijving import gewijzigd

    for tr in tranches():
        for w, o in tr.onderdelen():
            okey = onderdeel_key(tr.id, w.artikel, o.naam)
            if okey not in g:
                continue
            grounds = [p for obl in succ(g, okey, "introduces") for p in succ(g, obl, "based_on")]
            for _, target, k, data in list(g.out_edges(okey, keys=True, data=True)):
                if data.get("soort") == "amends" and any(strictly_within(p, target) for p in grounds):
                    found = gewijzigd(cat, w, o)
                    g.edges[okey, target, k]["delen"] = None if found is None else tuple(key_like(target, u) for u in found)


def later_node(g: nx.MultiDiGraph, regeling: str, vanaf: date, adres: Adres, vanaf_tekst: str, titel: str = "") -> str:
    """The node of a unit as a later wording names it (``gemeentewet@2023-01-01:artikel:36a/lid:2``), added to ``g``:
    a graph of an older version has a unit of that number that may say something else. ``vanaf_tekst``: the date as
    a user reads it (marked when derived); ``titel``: the law's citeertitel, as the note names it (helper-136)."""
    key = f"{regeling}@{vanaf}:{adres}"
    g.add_node(key, soort="later", label=adres.citation(), noot=f"{titel or regeling}, zoals het luidt vanaf {vanaf_tekst}")
    return key


def other_law_key(cat: Catalogus, regeling: str, adres: Adres) -> str:
    """The node key of a unit of another regeling: its JCI (without dates)."""
    found = cat.versions(regeling)
    return str(Jci(found[0].bwb_id, adres)) if found else f"{regeling}:{adres}"


def _same_law(cat: Catalogus, name: str, reg: Regeling) -> bool:
    return any(b.bwb_id == reg.bwb_id for b in cat.versions(name))
