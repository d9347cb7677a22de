"""Obligations in the provision graph: ``verplichting:<id>`` nodes, based_on the grondslag units of the
wording that applies on the graph version's date, obliging their actors, introduced by the tranche
onderdeel of that wording, recommended by a programme action line.

A legal duty not yet in force on the version's date is based on its later wording: a node of its own
(``gemeentewet@2023-01-01:artikel:36a/lid:2``, labelled with that date), never the version's unit of the same
number, which may say something else (artikel 36a, tweede lid, of 2022-11-05 is about ingezetenschap)."""

from __future__ import annotations

from datetime import date

import networkx as nx

from wetgeving.bronnen.catalogus import Catalogus
from wetgeving.compliance.tijd import GEEN_RECHT, VLAK, stand
from wetgeving.compliance.verplichtingen import NIET_GENOEMD, Periode, Verplichting, procedures, verplichtingen
from wetgeving.graaf.bouw import later_node, onderdeel_key, other_law_key
from wetgeving.model import Regeling
from wetgeving.programma import ACTOR_NAMEN, load_programma


def _periode(v: Verplichting, when: date | None) -> tuple[str, Periode] | None:
    """The status and wording on the version's date, or ``None`` for one that does not exist then: a bill before its
    submission, a recommendation before the programme (DESIGN.md, "Time"; helper-63: the graph of the Gemeentewet of
    2015 showed the risicoanalyse of Kamerstuk 36 892). Without a date: every obligation, in its last wording."""
    if when is None:
        return ("geldend" if v.soort == "wettelijk" else v.soort), v.perioden[-1]
    s = stand(v, when, procedures(), load_programma().datum)
    return (s.status, s.periode) if s is not None else None


def actor_verbinding(v: Verplichting) -> str:
    """The kind of edge from ``v`` to who bears it (helper-202: a power and a recommendation were «obliges» in the
    JSON and GraphML, a filter on it counted them as duties)."""
    if v.soort == "aanbeveling":
        return "addresses"
    if v.aard == "bevoegdheid":
        return "asks_cooperation" if v.bevoegd else "empowers"
    return "would_oblige" if v.soort == "wetsvoorstel" else "obliges"


def add_obligations(cat: Catalogus, g: nx.MultiDiGraph, reg: Regeling) -> None:
    """The obligations, bills and recommendations that exist on the version's date (the start of the version: a bill
    submitted later in the version's time is left out, never one shown too early), linked to their grondslag, actors
    and the tranche onderdeel that introduced them."""
    from wetgeving.tranches.lezen import tranches

    ids = {b.bwb_id for name in ("gemeentewet", "provinciewet", "kieswet") for b in cat.versions(name)}
    parts = {(t.id, o.id): onderdeel_key(t.id, w.artikel, o.naam) for t in tranches() for w, o in t.onderdelen()}
    planned = {(t.id, x.id): x for t in tranches() for x in t.voorzieningen}
    for v in verplichtingen():
        key = f"verplichting:{v.id}"
        found = _periode(v, reg.geldig_vanaf)
        if found is None:
            continue
        status, p = found
        g.add_node(key, soort="verplichting", label=v.titel, status=status, thema=v.thema, periode=p.sleutel,
                   **({} if status == "geldend" else {"noot": GEEN_RECHT.get(status) or VLAK.get(status, status)}),
                   **({"aard": v.aard} if v.aard != "plicht" else {}), **({"bevoegd": v.bevoegd} if v.bevoegd else {}))
        later = v.soort == "wettelijk" and p.vanaf is not None and reg.geldig_vanaf is not None and p.vanaf > reg.geldig_vanaf
        for actor in v.wie(p):
            if actor != NIET_GENOEMD:  # a bill that does not say who bears the duty
                if f"actor:{actor}" not in g:  # one the programme does not name (the voorzitter van een commissie)
                    g.add_node(f"actor:{actor}", soort="actor", label=ACTOR_NAMEN.get(actor, actor))
                g.add_edge(key, f"actor:{actor}", soort=actor_verbinding(v),
                           **({"noot": v.wie_gelezen} if v.wie_gelezen else {}))
        if v.bevoegd:  # the power is another's (Provinciewet 182, tweede lid: the commissaris van de Koning; helper-134)
            if f"actor:{v.bevoegd}" not in g:
                g.add_node(f"actor:{v.bevoegd}", soort="actor", label=ACTOR_NAMEN.get(v.bevoegd, v.bevoegd))
            g.add_edge(key, f"actor:{v.bevoegd}", soort="empowers")
        for grond in p.grondslagen:
            same = any(b.bwb_id == reg.bwb_id for b in cat.versions(grond.regeling)) and reg.bwb_id in ids
            if grond.adres is not None and later:  # the wording of a later version (of this law or another): not this unit
                assert p.vanaf is not None
                g.add_edge(key, later_node(g, grond.regeling, p.vanaf, grond.adres, p.vanaf_tekst, grond.titel), soort="based_on")
            elif grond.adres is not None and same and reg.get(grond.adres) is not None:
                g.add_edge(key, str(grond.adres), soort="based_on")
            elif grond.adres is not None and not same:
                other = other_law_key(cat, grond.regeling, grond.adres)
                g.add_node(other, soort="extern", label=f"{grond.adres.citation()} ({grond.titel or grond.regeling})")
                g.add_edge(key, other, soort="based_on")
            elif grond.voorziening:
                g.add_edge(key, f"voorziening:{grond.voorziening}", soort="based_on")
            elif grond.aanbeveling:
                g.add_edge(f"aanbeveling:{grond.aanbeveling}", key, soort="recommends")
        if (p.bron_tranche, p.bron_onderdeel) in parts:
            g.add_edge(parts[(p.bron_tranche, p.bron_onderdeel)], key, soort="introduces")
        elif (p.bron_tranche, p.bron_onderdeel) in planned:
            x = planned[(p.bron_tranche, p.bron_onderdeel)]
            g.add_node(f"voorziening:{x.id}", soort="voorziening", label=x.samenvatting,
                       noot="beoogde bepaling, wetsvoorstel" + ("" if x.bevestigd else "; of het voorstel haar bevat, "
                                                                "tonen de bronnen niet"))
            g.add_edge(f"tranche:{p.bron_tranche}", f"voorziening:{p.bron_onderdeel}", soort="contains")
            g.add_edge(f"voorziening:{p.bron_onderdeel}", key, soort="introduces")
            g.add_edge(f"thema:{v.thema}", f"voorziening:{p.bron_onderdeel}", soort="contains")
