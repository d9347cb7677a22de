"""Changes in the arrangement of a regeling: chapters, titels, afdelingen and paragraphs, at their own level
(Aanwijzingen 6.11, 6.12, 6.16): a new chapter with its new artikelen is inserted as a chapter ("Na hoofdstuk V
wordt een hoofdstuk ingevoegd, luidende:"), a chapter whose artikelen all go vervalt as a chapter, a changed
heading "komt te luiden"; what cannot be said at that level (a paragraph dissolved into its chapter) makes the
enclosing container "komt te luiden".

A source without chapters (the regelrecht corpus) knows no arrangement; :class:`NieuweStructuur` hints (from
the corpus model of a tranche: "artikelen 87 tot en met 89 vormen het nieuwe hoofdstuk Va Geheimhouding, na
hoofdstuk V") let the generator still write the chapter insertion the act made.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from wetgeving.locatie import Adres
from wetgeving.model import Artikel, Regeling, Structuur
from wetgeving.wijziging.acties import Actie, Anker, KomtTeLuiden, OpschriftKomtTeLuiden, StructuurInvoegen, Vervalt
from wetgeving.wijziging.tekstblok import gedrukt


@dataclass(frozen=True, slots=True)
class NieuweStructuur:
    """A container an act added to a source that has no arrangement: its kind, number, heading, artikelen and
    the container it follows."""

    soort: str
    nr: str
    titel: str
    artikelen: tuple[str, ...]
    na: str = ""


@dataclass
class Plan:
    """Container-level actions, each with the artikelen it takes care of (no onderdeel of their own)."""

    stappen: list[tuple[str, list[Actie]]] = field(default_factory=list)  # (first artikel nr, actions)
    gedekt: set[str] = field(default_factory=set)


Pad = tuple[tuple[str, str], ...]
LAATST = "\uffff"  # a container without artikelen (a bijlage) is dealt with after them


def structuren(reg: Regeling) -> dict[Pad, Structuur]:
    out: dict[Pad, Structuur] = {}

    def walk(node: Regeling | Structuur, path: Pad) -> None:
        for k in node.inhoud:
            if isinstance(k, Structuur):
                p = (*path, (k.soort, k.nr))
                out[p] = k
                walk(k, p)

    walk(reg, ())
    return out


def artikelen_in(u: Structuur) -> list[str]:
    return [nr for k in u.inhoud for nr in ([k.nr] if isinstance(k, Artikel) else
                                            artikelen_in(k) if isinstance(k, Structuur) else [])]


def kort(path: Pad, alle: list[Pad]) -> Adres:
    """The shortest tail of ``path`` that names one container ('hoofdstuk:V' rather than 'titel:II/hoofdstuk:V')."""
    for n in range(1, len(path) + 1):
        tail = path[-n:]
        if sum(1 for p in alle if p[-n:] == tail) == 1:
            return Adres(tail)
    return Adres(path)


def plan(old: Regeling, new: Regeling, added: set[str], removed: set[str],
         hints: tuple[NieuweStructuur, ...] = ()) -> Plan:
    """The container-level actions between two versions; ``added``/``removed`` are artikel numbers."""
    out = Plan()
    os_, ns = structuren(old), structuren(new)
    if not os_ and not ns:
        _hints(out, new, added, hints)
        return out
    new_paths = [p for p in ns if p not in os_]
    gone = [p for p in os_ if p not in ns]
    complex_ = _complex(os_, ns, new_paths, gone, added, removed)

    def within_complex(p: Pad) -> bool:
        return any(p[:len(c)] == c and c for c in complex_)

    for p in new_paths:
        if p[:-1] not in new_paths and not within_complex(p):
            _insert(out, p, ns, os_, artikelen_in(ns[p]))
    for p in gone:
        if p[:-1] not in gone and not within_complex(p):
            arts = artikelen_in(os_[p])
            out.stappen.append((arts[0] if arts else LAATST, [Vervalt(kort(p, list(os_)))]))
            out.gedekt.update(arts)
    for p in os_:
        if p in ns and os_[p].titel != ns[p].titel and ns[p].titel and not within_complex(p):
            arts = artikelen_in(ns[p])
            out.stappen.append((arts[0] if arts else LAATST, [OpschriftKomtTeLuiden(kort(p, list(os_)), ns[p].titel)]))
    for p in sorted(c for c in complex_ if c):
        if not any(p[:len(c)] == c and c != p for c in complex_ if c):
            arts = artikelen_in(ns[p])
            out.stappen.append((arts[0] if arts else LAATST, [KomtTeLuiden(kort(p, list(os_)), gedrukt(ns[p]))]))
            out.gedekt.update(arts + artikelen_in(os_[p]))
    return out


def _complex(os_: dict[Pad, Structuur], ns: dict[Pad, Structuur], new_paths: list[Pad], gone: list[Pad],
             added: set[str], removed: set[str]) -> set[Pad]:
    """Containers whose parts change in a way no container-level formula says: a new container holding
    artikelen that existed, or one that goes while its artikelen stay. The nearest container that exists on
    both sides "komt te luiden" (the empty path: none does)."""
    out: set[Pad] = set()
    for p in new_paths:
        if p[:-1] not in new_paths and not set(artikelen_in(ns[p])) <= added:
            out.add(_bestaand(p[:-1], os_, ns))
    for p in gone:
        if p[:-1] not in gone and not set(artikelen_in(os_[p])) <= removed:
            out.add(_bestaand(p[:-1], os_, ns))
    return out


def _bestaand(p: Pad, os_: dict[Pad, Structuur], ns: dict[Pad, Structuur]) -> Pad:
    while p and not (p in os_ and p in ns):
        p = p[:-1]
    return p


def _insert(out: Plan, p: Pad, ns: dict[Pad, Structuur], os_: dict[Pad, Structuur], arts: list[str]) -> None:
    u = gedrukt(ns[p])
    siblings = [q for q in ns if q[:-1] == p[:-1] and q[-1][0] == u.soort]
    i = siblings.index(p)
    prev = next((q for q in reversed(siblings[:i]) if q in os_), None)
    nxt = next((q for q in siblings[i + 1:] if q in os_), None)
    if prev is not None:
        actie: Actie = StructuurInvoegen(None, (u,), Anker("na", prev[-1][1]))
    elif nxt is not None:
        actie = StructuurInvoegen(None, (u,), Anker("voor", nxt[-1][1]))
    else:
        actie = StructuurInvoegen(kort(p[:-1], list(os_)) if p[:-1] else None, (u,), None)
    out.stappen.append((arts[0] if arts else LAATST, [actie]))
    out.gedekt.update(arts)


def _hints(out: Plan, new: Regeling, added: set[str], hints: tuple[NieuweStructuur, ...]) -> None:
    for h in hints:
        arts = [new.get(Adres.of(("artikel", nr))) for nr in h.artikelen]
        if h.artikelen and set(h.artikelen) <= added and all(isinstance(a, Artikel) for a in arts):
            unit = Structuur(h.soort, h.nr, tuple(gedrukt(a) for a in arts if isinstance(a, Artikel)), h.titel)
            out.stappen.append((h.artikelen[0], [StructuurInvoegen(None, (unit,), Anker("na", h.na) if h.na else None)]))
            out.gedekt.update(h.artikelen)
