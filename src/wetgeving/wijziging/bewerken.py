"""Immutable edits of a :class:`Regeling` by address: replace, remove, insert and renumber units, and
edit text inside units. Every function returns a new regeling and leaves its input untouched; unchanged
subtrees are shared."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from typing import Any, Union

from wetgeving.errors import WetgevingError
from wetgeving.locatie import Adres
from wetgeving.model import Alinea, Artikel, Eenheid, Lid, Onderdeel, Regeling, Structuur, Verwijzing
from wetgeving.nummers import LETTERREEKS, Key, sort_key

Node = Union[Regeling, Structuur, Artikel, Lid, Onderdeel]


class EditError(WetgevingError):
    """An edit cannot be carried out (target missing, text not found or ambiguous)."""

    hint = "controleer of de instructie de tekst noemt zoals die op deze datum luidt"


def _with_inhoud(node: Any, inhoud: tuple[Any, ...]) -> Any:
    return dataclasses.replace(node, inhoud=inhoud)


def _path(reg: Regeling, adres: Adres) -> list[tuple[Node, int]]:
    """The chain of (parent, index) from the regeling down to ``adres``."""
    target = reg.get(adres)
    if target is None:
        raise EditError(f"{adres.onderwerp()} bestaat niet")
    # artikelen are addressed from the root but may sit inside structure: find the artikel's path first
    chain: list[tuple[Node, int]] = []
    segs = list(adres.segmenten)
    node: Node = reg
    if segs[0][0] == "artikel":
        chain = _find_artikel(reg, segs[0][1])
        node = chain[-1][0].inhoud[chain[-1][1]]  # type: ignore[assignment]
        segs = segs[1:]
    for soort, nr in segs:
        idx = next((i for i, k in enumerate(node.inhoud)
                    if not isinstance(k, Alinea) and k.soort == soort and k.nr == nr), None)
        if idx is None:
            raise EditError(f"{adres.onderwerp()} bestaat niet")
        chain.append((node, idx))
        node = node.inhoud[idx]  # type: ignore[assignment]
    return chain


def _find_artikel(node: Node, nr: str) -> list[tuple[Node, int]]:
    for i, k in enumerate(node.inhoud):
        if isinstance(k, Artikel) and k.nr == nr:
            return [(node, i)]
        if isinstance(k, Structuur):
            try:
                return [(node, i), *_find_artikel(k, nr)]
            except EditError:
                continue
    raise EditError(f"artikel {nr} bestaat niet")


def _rebuild(chain: list[tuple[Node, int]], new_inhoud_of_last_parent: tuple[Any, ...]) -> Regeling:
    node: Any = _with_inhoud(chain[-1][0], new_inhoud_of_last_parent)
    for parent, idx in reversed(chain[:-1]):
        inh = list(parent.inhoud)
        inh[idx] = node
        node = _with_inhoud(parent, tuple(inh))
    assert isinstance(node, Regeling)
    return node


def replace_unit(reg: Regeling, adres: Adres, new: Eenheid) -> Regeling:
    """Put ``new`` in the place of the unit at ``adres``."""
    chain = _path(reg, adres)
    parent, idx = chain[-1]
    inh = list(parent.inhoud)
    inh[idx] = new
    return _rebuild(chain, tuple(inh))


def remove_unit(reg: Regeling, adres: Adres) -> Regeling:
    chain = _path(reg, adres)
    parent, idx = chain[-1]
    inh = list(parent.inhoud)
    del inh[idx]
    return _rebuild(chain, tuple(inh))


def get_node(reg: Regeling, parent: Adres | None) -> Node:
    if parent is None:
        return reg
    unit = reg.get(parent)
    if unit is None:
        raise EditError(f"{parent.onderwerp()} bestaat niet")
    return unit


def set_children(reg: Regeling, parent: Adres | None, inhoud: tuple[Any, ...]) -> Regeling:
    """Replace the whole content of ``parent`` (None: the regeling's top level)."""
    if parent is None:
        return dataclasses.replace(reg, inhoud=inhoud)
    node = get_node(reg, parent)
    return replace_unit(reg, parent, _with_inhoud(node, inhoud))  # type: ignore[arg-type]


def insert_units(reg: Regeling, parent: Adres | None, units: Sequence[Eenheid], *,
                 after: str | None = None, before: str | None = None) -> Regeling:
    """Insert ``units`` into ``parent``: after/before the sibling numbered so, else in natural number order.

    For artikelen the parent is the container that holds the anchor artikel (or the top level)."""
    node = get_node(reg, parent)
    inh = list(node.inhoud)
    for unit in units:
        soort = unit.soort
        if any(not isinstance(k, Alinea) and k.soort == soort and k.nr == unit.nr for k in inh):
            raise EditError(f"{soort} {unit.nr} bestaat al in {parent.citation() if parent else 'de regeling'}")
        pos = _position(inh, unit, after, before)
        inh.insert(pos, unit)
        after, before = unit.nr, None
    return set_children(reg, parent, tuple(inh))


def _position(inh: list[Any], unit: Eenheid, after: str | None, before: str | None) -> int:
    same = [(i, k) for i, k in enumerate(inh) if not isinstance(k, Alinea) and k.soort == unit.soort]
    if after is not None:
        for i, k in same:
            if k.nr == after:
                return i + 1
        raise EditError(f"{unit.soort} {after} bestaat niet")
    if before is not None:
        for i, k in same:
            if k.nr == before:
                return i
        raise EditError(f"{unit.soort} {before} bestaat niet")
    # a lettering that reached z goes on with aa, bb, … (Participatiewet 31, tweede lid): «bb» then follows «aa», not «b»
    # as an inserted «ba», «bb» would (helper-196: «Aan … wordt een onderdeel toegevoegd, luidende: bb.» landed after b)
    doorlopend = any(k.nr == "z" for _, k in same)

    def rang(nr: str) -> Key:
        if doorlopend and len(nr) == 2 and nr in LETTERREEKS:
            return (((2, LETTERREEKS.index(nr), ""),), nr)
        return sort_key(nr)

    key = rang(unit.nr)
    for i, k in same:
        if rang(k.nr) > key:
            return i
    if same:
        return same[-1][0] + 1
    return len(inh)


def renumber(reg: Regeling, parent: Adres | None, soort: str, mapping: dict[str, str]) -> Regeling:
    """Renumber children of ``parent`` simultaneously (``{'2': '3', '3': '4'}``); labels follow."""
    node = get_node(reg, parent)
    present = {k.nr for k in node.inhoud if not isinstance(k, Alinea) and k.soort == soort}
    missing = [m for m in mapping if m not in present]
    if missing:
        raise EditError(f"vernummering niet mogelijk: {soort} {', '.join(missing)} bestaat niet")
    targets = [mapping.get(nr, nr) for nr in present]
    if len(set(targets)) != len(targets):
        raise EditError(f"na de vernummering zouden twee eenheden ({soort}) hetzelfde nummer hebben")
    out = []
    for k in node.inhoud:
        if not isinstance(k, Alinea) and k.soort == soort and k.nr in mapping:
            new_nr = mapping[k.nr]
            if isinstance(k, Onderdeel):
                k = dataclasses.replace(k, nr=new_nr, label=relabel(k.label, k.nr, new_nr))
            else:
                k = dataclasses.replace(k, nr=new_nr)
        out.append(k)
    return set_children(reg, parent, tuple(out))


def relabel(label: str, old: str, new: str) -> str:
    """``a.`` → ``b.``; ``1°.`` → ``2°.`` (keeps the printed style)."""
    return label.replace(old, new, 1) if old in label else f"{new}."


# --- text edits ------------------------------------------------------------------------------------


def map_alineas(unit: Any, fn: Callable[[Alinea], Alinea], *, deep: bool = True) -> Any:
    """Apply ``fn`` to every alinea of ``unit`` (and of its children when ``deep``)."""
    out = []
    for k in unit.inhoud:
        if isinstance(k, Alinea):
            out.append(fn(k))
        elif deep:
            out.append(map_alineas(k, fn))
        else:
            out.append(k)
    return _with_inhoud(unit, tuple(out))


def edit_alinea(al: Alinea, start: int, end: int, new: str) -> Alinea:
    """Replace characters ``start:end`` by ``new``, keeping reference spans outside the edit."""
    delta = len(new) - (end - start)
    refs = []
    for r in al.verwijzingen:
        if r.einde <= start:
            refs.append(r)
        elif r.start >= end:
            refs.append(Verwijzing(r.start + delta, r.einde + delta, r.doel))
    text = al.tekst[:start] + new + al.tekst[end:]
    return Alinea(text, tuple(refs))


# not before «(»: in the sources only the oath's «(Dat verklaar en beloof ik!)» follows a full stop so, within its sentence
_SENTENCE_END = re.compile(r"(?<=[.!?])([\"”»)]*)\s+(?=[A-Z«‘\"„“])")


def sentences(text: str) -> list[tuple[int, int]]:
    """Spans of the sentences of a text: split after . ! ? (and a closing quote or bracket) before a capital, but not
    inside a quotation — the oath of Gemeentewet 14, 41a, 65, 81g and 81s quotes three sentences in one (helper-130:
    «eerste zin» of a lid a drafter reads as one sentence)."""
    citaten = [m.span() for m in _CITAAT.finditer(text)]
    spans = []
    pos = 0
    for m in _SENTENCE_END.finditer(text):
        end = m.start() + len(m[1])
        if any(a < end < b for a, b in citaten):
            continue
        spans.append((pos, end))
        pos = m.end()
    spans.append((pos, len(text)))
    return spans


# a quotation that closes: "…", «…», „…“ or „…”, “…” (one left open — the oath's «ik!")» — quotes nothing: helper-132)
_CITAAT = re.compile(r'"[^"]*"|«[^«»]*»|„[^„“”]*[“”]|“[^“”]*”')
