"""Obligations in the provision graph: ``verplichting:<id>`` nodes, based_on the grondslag units of this
version, obliges their actors, introduced by the tranche onderdeel they come from, recommended by a
programme action line."""

from __future__ import annotations

import networkx as nx

from wetgeving.compliance.verplichtingen import verplichtingen
from wetgeving.graaf.bouw import other_law_key
from wetgeving.model import Regeling


def add_obligations(g: nx.MultiDiGraph, reg: Regeling) -> None:
    from wetgeving.bronnen.catalogus import versions
    from wetgeving.tranches.lezen import tranches

    ids = {b.bwb_id for name in ("gemeentewet", "provinciewet", "kieswet") for b in versions(name)}
    parts = {(t.id, o.id): f"onderdeel:{t.id}/{w.artikel}/{o.naam}" for t in tranches() for w, o in t.onderdelen()}
    for v in verplichtingen():
        key = f"verplichting:{v.id}"
        g.add_node(key, soort="verplichting", label=v.titel, status=v.status, thema=v.thema)
        for actor in v.normadressaten:
            g.add_edge(key, f"actor:{actor}", soort="obliges")
        for grond in v.grondslagen:
            same = any(b.bwb_id == reg.bwb_id for b in versions(grond.regeling)) and reg.bwb_id in ids
            if grond.adres is not None and same and reg.get(grond.adres) is not None:
                g.add_edge(key, str(grond.adres), soort="based_on")
            elif grond.adres is not None and not same:
                other = other_law_key(grond.regeling, grond.adres)
                g.add_node(other, soort="extern", label=f"{grond.adres.citation()} ({grond.regeling})")
                g.add_edge(key, other, soort="based_on")
            elif grond.voorziening:
                g.add_edge(key, f"voorziening:{grond.voorziening}", soort="based_on")
        if (v.bron_tranche, v.bron_onderdeel) in parts:
            g.add_edge(parts[(v.bron_tranche, v.bron_onderdeel)], key, soort="introduces")
        elif v.bron_tranche:
            g.add_node(f"voorziening:{v.bron_onderdeel}", soort="voorziening", label=v.bron_onderdeel)
            g.add_edge(f"tranche:{v.bron_tranche}", f"voorziening:{v.bron_onderdeel}", soort="contains")
            g.add_edge(f"voorziening:{v.bron_onderdeel}", key, soort="introduces")
            g.add_edge(f"thema:{v.thema}", f"voorziening:{v.bron_onderdeel}", soort="contains")
        if v.bron_aanbeveling:
            g.add_edge(f"aanbeveling:{v.bron_aanbeveling}", key, soort="recommends")
