"""Assemble graphs for the CLI: a regeling version with its references, the legislation layer and (when
present) the obligations; and a regeling after an act was applied."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import networkx as nx

from wetgeving.bronnen.catalogus import load_regeling
from wetgeving.graaf.bouw import add_programme, build_graph
from wetgeving.model import Regeling


def graph_for(reg: Regeling, *, layers: bool = True) -> nx.MultiDiGraph:
    g = build_graph(reg)
    if layers:
        add_programme(g, reg)
        from wetgeving.compliance.graaf import add_obligations

        add_obligations(g, reg)
    return g


def apply_named(reg: Regeling, act: str, when: date | None) -> Regeling:
    """``reg`` with an act applied: a tranche ('1', 'tranche-1') or an act file (XML or text)."""
    from wetgeving.wijziging.toepassen import apply

    if Path(act).is_file():
        from wetgeving.wijziging.laden import load_act

        parsed = load_act(Path(act))
    else:
        from wetgeving.tranches.bouwen import build
        from wetgeving.tranches.lezen import tranche

        parsed = build(tranche(act)).act
    return apply(reg, parsed, when=when).regeling


def load(spec: str) -> Regeling:
    return load_regeling(spec)
