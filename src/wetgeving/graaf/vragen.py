"""Questions to the provision graph: impact of a unit, dangling references, orphan units, explanation
paths from a theme to an actor."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

import networkx as nx

from wetgeving.errors import AddressError
from wetgeving.graaf.bouw import ACTOR_VERBINDINGEN
from wetgeving.locatie import Adres, Jci


@dataclass(frozen=True, slots=True)
class Citing:
    """A unit that refers (directly or via others) to the unit asked about."""

    bron: str
    doel: str
    tekst: str
    context: str
    diepte: int
    verwijzing: int = -1  # the reference's number in the graph (the edges of one list share it)
    uitgezonderd: bool = False  # named as an exception: "artikel 81f, behoudens het eerste lid, onder k"
    overgang: str = ""  # a dangling target whose earlier text another unit keeps applying («artikel 292»)


def is_unit(key: str) -> bool:
    return key.startswith(("artikel:", "hoofdstuk:", "titel:", "afdeling:", "paragraaf:", "boek:", "deel:"))


def _within(key: str, adres: Adres) -> bool:
    if not is_unit(key):
        return False
    try:
        return Adres.parse(key).is_within(adres)
    except AddressError:
        return False


def impact(g: nx.MultiDiGraph, adres: Adres, *, depth: int = 1, artikelen: frozenset[str] = frozenset()) -> list[Citing]:
    """Units that refer to ``adres`` (or to a unit inside it: for a container, its ``artikelen``, whose addresses do
    not name it); with ``depth`` > 1 also what refers to those citing units, transitively: to the unit itself, to a
    unit inside it, or to the artikel or lid it is part of as a whole (helper-77: every lid of the citing artikel was
    followed, so Gemeentewet 84, eerste lid, «83, eerste lid», came under 23, vierde lid, cited by 83, vierde lid).
    Self-references inside ``adres`` are left out."""
    out: list[Citing] = []
    seen: set[str] = set()
    frontier = [(adres, 1)]
    queue = deque(frontier)

    held = {str(Adres.of(("artikel", nr))) for nr in artikelen}

    def inside(key: str, target: Adres) -> bool:
        return _within(key, target) or (target == adres and bool(held) and _artikel_of(key) in held)

    def raakt(key: str, target: Adres) -> bool:  # a later step: the citing unit, inside it, or around it as a whole
        if target == adres:
            return inside(key, target)
        try:
            return is_unit(key) and (Adres.parse(key).is_within(target) or target.is_within(Adres.parse(key)))
        except AddressError:
            return False

    while queue:
        target, d = queue.popleft()
        for u, v, data in g.edges(data=True):
            if data.get("soort") != "refers_to" or not raakt(v, target) or inside(u, target):
                continue
            if inside(u, adres):
                continue
            key = (u, data["ref"]) if "ref" in data else (u, v, data.get("tekst", ""))  # a list's edges: once
            if str(key) in seen:
                continue
            seen.add(str(key))
            out.append(Citing(u, v, data.get("tekst", ""), data.get("context", ""), d,
                              uitgezonderd=bool(data.get("uitgezonderd")),
                              overgang=u if data.get("historisch") else ""))  # 292: «86 zoals dat artikel luidde»
            if d < depth:
                queue.append((Adres.parse(u), d + 1))
    return sorted(out, key=lambda c: (c.diepte, _order(c.bron)))


def whole_of(g: nx.MultiDiGraph, adres: Adres) -> list[Citing]:
    """References to a unit that holds ``adres`` as a whole: its artikel, or its lid when ``adres`` is an onderdeel
    («artikel 81f … van overeenkomstige toepassing», Gemeentewet 81oa, concerns 81f, tweede lid, too), and the
    hoofdstukken, afdelingen and paragrafen around its artikel («hoofdstuk 6» concerns Participatiewet 56). Not
    those from inside that unit («dit artikel», «deze paragraaf»); nothing for a container itself."""
    if adres.artikel is None:
        return []
    artikel = str(Adres.of(("artikel", adres.artikel)))
    around = {str(a) for a in _ancestors(adres)} | set(_containers(g, artikel))
    out: list[Citing] = []
    seen: set[str] = set()
    for u, v, data in g.edges(data=True):
        if data.get("soort") != "refers_to" or v not in around or _inside(g, u, v):
            continue
        key = str((u, data["ref"]) if "ref" in data else (u, v, data.get("tekst", "")))
        if key not in seen:
            seen.add(key)
            out.append(Citing(u, v, data.get("tekst", ""), data.get("context", ""), 1,
                              uitgezonderd=bool(data.get("uitgezonderd"))))
    return sorted(out, key=lambda c: _order(c.bron))


def _containers(g: nx.MultiDiGraph, artikel: str) -> list[str]:
    """The containers around the artikel node ``artikel``, innermost first: the one that 'contains' it in the graph
    (graaf.bouw: ``Regeling.containers``) and the containers its address names."""
    holder = next((u for u, _, d in g.in_edges(artikel, data=True) if d.get("soort") == "contains" and is_unit(u)), None)
    out: list[str] = []
    cur = Adres.parse(holder) if holder is not None else None
    while cur is not None:
        out.append(str(cur))
        cur = cur.parent
    return out


def _inside(g: nx.MultiDiGraph, u: str, v: str) -> bool:
    """Whether the citing unit ``u`` lies inside the unit ``v`` (for a container: inside one of its artikelen)."""
    if _within(u, Adres.parse(v)):
        return True
    art = _artikel_of(u)
    return v.split(":", 1)[0] != "artikel" and art is not None and v in _containers(g, art)


def _ancestors(adres: Adres) -> list[Adres]:
    """The units around ``adres`` from its artikel down, without ``adres`` itself."""
    out, cur = [], adres.parent
    while cur is not None and cur.artikel is not None:
        out.append(cur)
        cur = cur.parent
    return out


def _order(key: str) -> tuple[object, ...]:
    from wetgeving.nummers import sort_key

    try:
        a = Adres.parse(key)
        return (sort_key(a.artikel or ""), key)
    except AddressError:
        return ((), key)


def dangling(g: nx.MultiDiGraph) -> list[Citing]:
    """References to units that do not exist in this version (a repealed or renumbered target)."""
    # an artikel that is gone but whose earlier text a unit of this version cites (Gemeentewet 292 on 86 since
    # 2023-04-01: «zoals dat artikel luidde»): transitional law, said with the reference to it (helper-77)
    eerder: dict[str, str] = {}
    for u, v, d in g.edges(data=True):
        if d.get("soort") == "refers_to" and d.get("historisch") and (art := _artikel_of(v)) is not None:
            eerder.setdefault(art, u)
    out = [Citing(u, v, d.get("tekst", ""), d.get("context", ""), 1, d.get("ref", -1), bool(d.get("uitgezonderd")),
                  eerder.get(_artikel_of(v) or "", ""))
           for u, v, d in g.edges(data=True) if d.get("soort") == "refers_to" and d.get("dangling")]
    return sorted(out, key=lambda c: _order(c.bron))


def orphans(g: nx.MultiDiGraph) -> list[str]:
    """Artikelen nothing outside themselves refers to and no tranche amends."""
    cited: set[str] = set()  # artikelen with a reference or amendment from outside themselves (one pass)
    for u, v, d in g.edges(data=True):
        if d.get("soort") in ("refers_to", "amends"):
            target = _artikel_of(v)
            if target is not None and target != _artikel_of(u):
                cited.add(target)
    out = [n for n, data in g.nodes(data=True) if data.get("soort") == "artikel" and n not in cited]
    return sorted(out, key=_order)


def _artikel_of(key: str) -> str | None:
    """The artikel node holding unit ``key`` (None: not a unit of this regeling)."""
    if not is_unit(key):
        return None
    try:
        nr = Adres.parse(key).artikel
    except AddressError:
        return None
    return str(Adres.of(("artikel", nr))) if nr else None


def explain(g: nx.MultiDiGraph, start: str) -> list[list[str]]:
    """Paths theme → source (tranche onderdeel, planned provision or recommendation) → provision →
    obligation → actor that pass through ``start`` (any node on the path). Onderdelen that create no
    obligation give theme → onderdeel → provision."""
    paths: list[list[str]] = []
    for obl in _nodes(g, "verplichting"):
        theme = f"thema:{g.nodes[obl].get('thema')}"
        sources = _pred(g, obl, "introduces") + _pred(g, obl, "recommends") or [""]
        for src in sources:
            amended = ([(v, d.get("delen")) for _, v, d in g.out_edges(src, data=True) if d.get("soort") == "amends"]
                       if g.nodes.get(src, {}).get("soort") == "onderdeel" else None)
            for prov in succ(g, obl, "based_on") or [""]:
                # onderdeel → provision only where the onderdeel amends it (kw-w4 amends W 4, not W 3, though the
                # duty it introduces rests on both): otherwise the path goes theme → provision
                via = src if amended is None or not prov or any(_amends(prov, a, delen) for a, delen in amended) else ""
                for actor in [a for k in ACTOR_VERBINDINGEN for a in succ(g, obl, k)] or [""]:
                    paths.append([x for x in dict.fromkeys((theme, via, prov, obl, actor)) if x])
    covered = {p[1] for p in paths if len(p) > 1}
    for theme in _nodes(g, "thema"):
        for ond in succ(g, theme, "contains", "onderdeel"):
            if ond not in covered:
                for prov in succ(g, ond, "amends") or [""]:
                    paths.append([x for x in (theme, ond, prov) if x])
    return [p for p in paths if start in p or any(_related(start, x) for x in p)]


def unit_of(key: str) -> tuple[str, Adres | None] | None:
    """The namespace and address of a unit node: ``("", adres)`` for a unit of this version, ``("gemeentewet@2023-01-01",
    adres)`` for a later wording, ``(bwb_id, adres)`` for a unit of another law (its JCI; no address: the law
    itself). None for any other node."""
    try:
        if key.startswith("jci"):
            j = Jci.parse(key)
            return j.bwb_id, j.adres
        ns, rest = ("", key) if is_unit(key) else key.split(":", 1) if ":" in key else ("", "")
        return (ns, Adres.parse(rest)) if is_unit(rest) else None
    except AddressError:
        return None


def key_like(like: str, adres: Adres) -> str:
    """The node key of ``adres`` in the namespace of the unit node ``like`` (see :func:`unit_of`)."""
    found = unit_of(like)
    assert found is not None, like
    if like.startswith("jci"):
        return str(Jci(found[0], adres))
    return f"{found[0]}:{adres}" if found[0] else str(adres)


def _same_unit(prov: str, amended: str) -> bool:
    """Whether ``prov`` and ``amended`` are the same unit or one holds the other: two unit keys, or two keys of one
    later wording (``gemeentewet@2023-01-01:artikel:36a/lid:2`` within ``gemeentewet@2023-01-01:artikel:36a``)."""
    a, b = unit_of(prov), unit_of(amended)
    if a is None or b is None or a[0] != b[0]:
        return False
    x, y = a[1], b[1]
    if x is None or y is None:
        return x is None and y is None
    return x == y or x.is_within(y) or y.is_within(x)  # a change inside the provision amends it too


def strictly_within(prov: str, amended: str) -> bool:
    """Whether unit ``prov`` lies inside unit ``amended`` and is not the unit itself (a lid of an amended artikel)."""
    a, b = unit_of(prov), unit_of(amended)
    return (a is not None and b is not None and a[0] == b[0] and a[1] is not None and b[1] is not None
            and a[1] != b[1] and a[1].is_within(b[1]))


def _amends(prov: str, amended: str, delen: tuple[str, ...] | None) -> bool:
    """Whether an onderdeel with doel ``amended`` amends provision ``prov``. Where the doel holds the provision and
    the units the onderdeel changed within it are known (``delen``, :func:`wetgeving.graaf.bouw.mark_changed_parts`),
    only when one of them is the provision, lies in it or holds it: tranche 1 changed Provinciewet 182 by inserting
    a tweede lid, not 182, eerste lid, onder c."""
    if not _same_unit(prov, amended):
        return False
    return delen is None or not strictly_within(prov, amended) or any(_same_unit(prov, d) for d in delen)


def _related(a: str, b: str) -> bool:
    if a == b:
        return True
    if is_unit(a) and is_unit(b):
        x, y = Adres.parse(a), Adres.parse(b)
        return x.is_within(y) or y.is_within(x)
    return False


def _nodes(g: nx.MultiDiGraph, soort: str) -> list[str]:
    return [n for n, d in g.nodes(data=True) if d.get("soort") == soort]


def succ(g: nx.MultiDiGraph, n: str, edge: str, node_soort: str | None = None) -> list[str]:
    return [v for _, v, d in g.out_edges(n, data=True)
            if d.get("soort") == edge and (node_soort is None or g.nodes[v].get("soort") == node_soort)]


def _pred(g: nx.MultiDiGraph, n: str, edge: str) -> list[str]:
    return [u for u, _, d in g.in_edges(n, data=True) if d.get("soort") == edge]
