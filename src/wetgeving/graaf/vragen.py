"""Questions to the provision graph: impact of a unit, dangling references, orphan units, explanation
paths from a theme to an actor."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

import networkx as nx

from wetgeving.locatie import Adres


@dataclass(frozen=True, slots=True)
class Citing:
    """A unit that refers (directly or via others) to the unit asked about."""

    bron: str
    doel: str
    tekst: str
    context: str
    diepte: int


def _is_unit(key: str) -> bool:
    return key.startswith(("artikel:", "hoofdstuk:", "titel:", "afdeling:", "paragraaf:", "boek:", "deel:"))


def _within(key: str, adres: Adres) -> bool:
    if not _is_unit(key):
        return False
    try:
        return Adres.parse(key).is_within(adres)
    except Exception:
        return False


def impact(g: nx.MultiDiGraph, adres: Adres, *, depth: int = 1) -> list[Citing]:
    """Units that refer to ``adres`` (or to a unit inside it); with ``depth`` > 1 also what refers to
    the artikelen of those, transitively. Self-references inside ``adres`` are left out."""
    out: list[Citing] = []
    seen: set[str] = set()
    frontier = [(adres, 1)]
    queue = deque(frontier)
    while queue:
        target, d = queue.popleft()
        for u, v, data in g.edges(data=True):
            if data.get("soort") != "refers_to" or not _within(v, target) or _within(u, target):
                continue
            if _within(u, adres):
                continue
            key = (u, v, data.get("tekst", ""))
            if str(key) in seen:
                continue
            seen.add(str(key))
            out.append(Citing(u, v, data.get("tekst", ""), data.get("context", ""), d))
            if d < depth:
                art = Adres.of(("artikel", Adres.parse(u).artikel or ""))
                queue.append((art, d + 1))
    return sorted(out, key=lambda c: (c.diepte, _order(c.bron)))


def _order(key: str) -> tuple[object, ...]:
    from wetgeving.nummers import sort_key

    try:
        a = Adres.parse(key)
        return (sort_key(a.artikel or ""), key)
    except Exception:
        return ((), key)


def dangling(g: nx.MultiDiGraph) -> list[Citing]:
    """References to units that do not exist in this version (a repealed or renumbered target)."""
    out = [Citing(u, v, d.get("tekst", ""), d.get("context", ""), 1)
           for u, v, d in g.edges(data=True) if d.get("soort") == "refers_to" and d.get("dangling")]
    return sorted(out, key=lambda c: _order(c.bron))


def orphans(g: nx.MultiDiGraph) -> list[str]:
    """Artikelen nothing refers to and no tranche amends."""
    out = []
    for n, data in g.nodes(data=True):
        if data.get("soort") != "artikel":
            continue
        incoming = {d.get("soort") for _, _, d in g.in_edges(n, data=True)}
        inner = any(d.get("soort") in ("refers_to", "amends") for u, v, d in g.in_edges(data=True)
                    if _within(v, Adres.parse(n)) and not _within(u, Adres.parse(n))) if "refers_to" not in incoming else True
        if not inner:
            out.append(n)
    return sorted(out, key=_order)


def explain(g: nx.MultiDiGraph, start: str) -> list[list[str]]:
    """Paths theme → onderdeel → provision → obligation → actor through ``start`` (a theme, an onderdeel,
    a provision or an obligation node)."""
    paths: list[list[str]] = []
    for theme in _nodes(g, "thema"):
        for ond in _succ(g, theme, "contains", "onderdeel"):
            for prov in _succ(g, ond, "amends"):
                for obl in _pred(g, prov, "based_on") or [""]:
                    actors = _succ(g, obl, "obliges") if obl else []
                    for actor in actors or [""]:
                        path = [x for x in (theme, ond, prov, obl, actor) if x]
                        if start in path or any(_within(start, Adres.parse(prov)) for _ in [0] if _is_unit(start)):
                            paths.append(path)
    if not paths and start.startswith("verplichting:"):
        for prov in _succ(g, start, "based_on"):
            for actor in _succ(g, start, "obliges") or [""]:
                paths.append([x for x in (prov, start, actor) if x])
    return paths


def _nodes(g: nx.MultiDiGraph, soort: str) -> list[str]:
    return [n for n, d in g.nodes(data=True) if d.get("soort") == soort]


def _succ(g: nx.MultiDiGraph, n: str, edge: str, node_soort: str | None = None) -> list[str]:
    return [v for _, v, d in g.out_edges(n, data=True)
            if d.get("soort") == edge and (node_soort is None or g.nodes[v].get("soort") == node_soort)]


def _pred(g: nx.MultiDiGraph, n: str, edge: str) -> list[str]:
    return [u for u, _, d in g.in_edges(n, data=True) if d.get("soort") == edge]
