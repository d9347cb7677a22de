"""Exports of the provision graph: GraphML, JSON node-link, DOT (and SVG through Debian's graphviz when it
is installed), and a self-contained HTML view a municipality officer can click through."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections import defaultdict
from typing import Any

import networkx as nx

from wetgeving.compliance.tijd import GEEN_RECHT
from wetgeving.errors import WetgevingError
from wetgeving.nummers import kort
from wetgeving.render.html import render_template

FORMATS = ("graphml", "json", "dot", "svg", "html")


def _plain(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose attributes are all str/int/float/bool (as GraphML requires); each edge has beside its kind
    (``soort``, a key) the relation in Dutch (``relatie``) as the DOT, SVG and HTML say it (helper-181: the JSON and
    GraphML said «obliges» of a bill's duty, a power and a recommendation, where the DOT said «zou verplichten»,
    «geeft bevoegdheid aan», «richt zich tot»)."""
    from wetgeving.render.berichten import verbinding_nl

    h = nx.MultiDiGraph()
    h.graph.update({k: str(v) for k, v in g.graph.items()})
    for n, d in g.nodes(data=True):
        h.add_node(n, **{k: v if isinstance(v, (int, float, bool)) else str(v) for k, v in d.items()})
    for u, v, d in g.edges(data=True):
        h.add_edge(u, v, **{k: x if isinstance(x, (int, float, bool)) else str(x) for k, x in d.items()},
                   relatie=verbinding_nl(g, u, d))
    return h


def to_graphml(g: nx.MultiDiGraph) -> str:
    return "\n".join(nx.generate_graphml(_plain(g))) + "\n"


def to_json(g: nx.MultiDiGraph) -> str:
    data = nx.node_link_data(_plain(g), edges="links")
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def _q(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


def to_dot(g: nx.MultiDiGraph) -> str:
    shapes = {"regeling": "doubleoctagon", "artikel": "box", "lid": "box", "onderdeel": "box", "extern": "note",
              "ontbreekt": "octagon", "vervallen": "octagon", "thema": "ellipse", "tranche": "folder", "actor": "house",
              "verplichting": "component", "aanbeveling": "tab"}
    lines = ["digraph wetgeving {", "  rankdir=LR;", '  node [fontname="DejaVu Sans", fontsize=10];']
    if g.graph.get("citeertitel"):  # the version drawn, on the drawing (helper-102: an SVG could not be dated)
        lines.append(f"  label={_q(_titel(g))}; labelloc=t;")
    for n, d in g.nodes(data=True):
        label = kort(str(d.get("label", n))) + (f" ({d['noot']})" if d.get("noot") else "")
        # no law, drawn dashed: a bill's or a recommendation's node, a planned provision, an action line
        geen_recht = d.get("status") in GEEN_RECHT or d.get("soort") in ("voorziening", "aanbeveling")
        stijl = ", style=dashed" if geen_recht else ""  # a bill's or a recommendation's: no law
        lines.append(f"  {_q(n)} [label={_q(label)}, shape={shapes.get(str(d.get('soort')), 'ellipse')}{stijl}];")
    from wetgeving.render.berichten import verbinding_nl  # the edges in Dutch, as the HTML (helper-131: «obliges»)

    for u, v, d in g.edges(data=True):
        style = "dashed" if d.get("soort") == "contains" else "solid"
        lines.append(f"  {_q(u)} -> {_q(v)} [label={_q(verbinding_nl(g, u, d))}, style={style}];")
    lines.append("}")
    return "\n".join(lines) + "\n"


def _titel(g: nx.MultiDiGraph) -> str:
    """«Gemeentewet, geldig vanaf 2023-04-01»: the regeling and the version a graph is of."""
    return ", ".join(str(x) for x in (g.graph.get("citeertitel"), g.graph.get("versie")) if x)


def to_svg(g: nx.MultiDiGraph) -> str:
    dot = shutil.which("dot")
    if dot is None:
        raise WetgevingError("SVG vraagt het programma 'dot' van graphviz, en dat is niet geïnstalleerd",
                             hint="installeer graphviz (apt-get install graphviz), of exporteer met --format dot en teken "
                                  "het elders")
    try:
        res = subprocess.run([dot, "-Tsvg"], input=to_dot(g), capture_output=True, text=True, timeout=300, check=False)
    except subprocess.TimeoutExpired:  # helper-190: a traceback
        raise WetgevingError("graphviz ('dot') gaf na 300 seconden nog geen tekening; er is niets geschreven",
                             hint="exporteer met --format dot en teken het elders, of probeer het opnieuw") from None
    if res.returncode != 0:  # graphviz's own words are English: said as its own, with what to do (helper-190)
        eigen = res.stderr.strip()[:200]
        raise WetgevingError("graphviz ('dot') kon de tekening niet maken "
                             + (f"(het meldt, in het Engels: {eigen})" if eigen else f"(afsluitcode {res.returncode})"),
                             hint="exporteer met --format dot en teken het elders, of controleer de installatie van graphviz")
    return res.stdout


def anchor(key: str) -> str:
    import re

    return "n-" + re.sub(r"[^A-Za-z0-9_.-]+", "-", key).strip("-")


def to_html(g: nx.MultiDiGraph, *, title: str = "") -> str:
    """One page: every node a section with its outgoing and incoming links (no scripts, no network)."""
    from wetgeving.render.berichten import verbinding_nl  # the edge kinds in Dutch (helper-93)

    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for n, d in g.nodes(data=True):
        out = [{"soort": verbinding_nl(g, n, e), "doel": v, "anker": anchor(v), "label": str(g.nodes[v].get("label", v)),
                "tekst": e.get("tekst", "")} for _, v, e in g.out_edges(n, data=True) if e.get("soort") != "contains"]
        inc = [{"soort": verbinding_nl(g, u, e), "bron": u, "anker": anchor(u), "label": str(g.nodes[u].get("label", u)),
                "tekst": e.get("tekst", "")} for u, _, e in g.in_edges(n, data=True) if e.get("soort") != "contains"]
        parts = [{"doel": v, "anker": anchor(v), "label": str(g.nodes[v].get("label", v))}
                 for _, v, e in g.out_edges(n, data=True) if e.get("soort") == "contains"]
        groups[str(d.get("soort", ""))].append({"key": n, "anker": anchor(n), "label": str(d.get("label", n)),
                                                "noot": str(d.get("noot", "")),
                                                "uit": out, "in": inc, "delen": parts})
    order = ["thema", "tranche", "onderdeel", "verplichting", "actor", "aanbeveling", "regeling", "artikel", "lid",
             "onderdeel", "extern", "ontbreekt", "vervallen", "onbekend"]
    sections = [(s, groups[s]) for s in dict.fromkeys(order + sorted(groups)) if groups.get(s)]
    return render_template("graph.html.j2", title=title or _titel(g) or "Graaf",
                           sections=sections, nodes=g.number_of_nodes(), edges=g.number_of_edges())


def export(g: nx.MultiDiGraph, fmt: str) -> str:
    if fmt not in FORMATS:
        raise WetgevingError(f"onbekend formaat {fmt!r}", hint="kies " + ", ".join(FORMATS))
    return {"graphml": to_graphml, "json": to_json, "dot": to_dot, "svg": to_svg, "html": to_html}[fmt](g)
