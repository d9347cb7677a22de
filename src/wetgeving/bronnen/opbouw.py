"""Build leden and (nested) onderdelen from a sequence of paragraphs, as law text prints them:
``1 …``/``1. …`` for leden, ``a. …``, ``1°. …``, ``1e. …``, ``3. …`` for onderdelen.

A paragraph opens a new lid only when its number is the next in sequence (1, 2, 2a, 3 …), so a numbered
line inside a lid ("9 leden in een gemeente …") stays text. Onderdelen nest by the kind of their label:
a label of a kind already open closes the deeper levels; a new kind opens a level below the current one.
Used by the regelrecht importer (v0.7) and by the parser of new text in amending acts.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Union

from wetgeving.model import Alinea, Lid, Onderdeel
from wetgeving.nummers import normalize_onderdeel

LID_PLAIN = re.compile(r"^(\d+)([a-z]?)\s+(?=\S)")  # regelrecht v0.7: "1 De raad …"
LID_DOT = re.compile(r"^(\d+)([a-z]?)\.(?:\s+|$)")  # published acts: "1. De raad …"
ONDERDEEL = re.compile(
    r"^(?P<label>(?P<alpha>[a-z]{1,3})\.|(?P<num>\d+[a-z]?)(?P<mark>[°e])?\.|(?P<dash>[-–•])|\((?P<paren>[a-z0-9]{1,4})\))(?:\s+(?=\S)|$)"
)

Item = Union[Alinea, Lid, Onderdeel]


def next_lid(prev: tuple[int, str] | None, num: int, suffix: str, *, start_any: bool = False) -> bool:
    """Is ``num``+``suffix`` the lid that may follow ``prev`` (None: the first lid)?"""
    if prev is None:
        return start_any or (num == 1 and not suffix)
    pnum, psuf = prev
    if num == pnum + 1 and not suffix:
        return True
    if num == pnum and suffix and (suffix == "a" if not psuf else ord(suffix) == ord(psuf) + 1):
        return True
    return num == pnum + 1 and suffix == "a"


@dataclass
class Node:
    """A lid or onderdeel under construction (shared by the importers)."""

    soort: str
    nr: str
    label: str = ""
    inhoud: list[Union[Alinea, Node]] = field(default_factory=list)
    _taken: dict[str, dict[str, int]] = field(default_factory=dict, repr=False, compare=False)
    _counts: dict[str, int] = field(default_factory=dict, repr=False, compare=False)

    def add(self, kind: Node) -> None:
        """Append a child; a repeated number gets a unique, positional suffix ('c-2').

        The numbers taken are kept per kind of child, so adding n children costs O(n), not O(n²)."""
        taken = self._taken.setdefault(kind.soort, {})
        nr = kind.nr
        if nr in taken:
            n = taken[nr]
            while f"{nr}-{n}" in taken:
                n += 1
            taken[nr] = n + 1
            kind.nr = f"{nr}-{n}"
        taken.setdefault(kind.nr, 2)
        self.append(kind)

    @property
    def nodes(self) -> int:
        """How many children are units (not alinea's), counted as they are appended."""
        return sum(self._counts.values())

    def append(self, kind: Node) -> None:
        """Append a child without renumbering (the importers that number positionally use this)."""
        self._counts[kind.soort] = self._counts.get(kind.soort, 0) + 1
        self.inhoud.append(kind)

    def kids(self) -> tuple[Union[Alinea, Lid, Onderdeel], ...]:
        return tuple(k if isinstance(k, Alinea) else k.freeze() for k in self.inhoud)

    def freeze(self) -> Union[Lid, Onderdeel]:
        kids = self.kids()
        if self.soort == "lid":
            return Lid(self.nr, kids)  # type: ignore[arg-type]
        return Onderdeel(self.nr, self.label, kids)  # type: ignore[arg-type]


def build(
    paras: list[str],
    make_alinea: Callable[[str], Alinea],
    *,
    lid_re: re.Pattern[str] = LID_PLAIN,
    leden: bool = True,
    start_any: bool = False,
) -> list[Item]:
    """Turn paragraphs into the content of an artikel (or, with ``start_any``, a run of leden)."""
    top = Node("artikel", "")
    container = top
    lid_prev: tuple[int, str] | None = None
    stack: list[tuple[str, Node]] = []
    for para in paras:
        m = lid_re.match(para) if leden else None
        if m and next_lid(lid_prev, int(m[1]), m[2], start_any=start_any):
            lid_prev = (int(m[1]), m[2])
            container = Node("lid", m[1] + m[2])
            top.append(container)
            stack = []
            rest = para[m.end():]
            if rest:
                container.inhoud.append(make_alinea(rest))
            continue
        o = ONDERDEEL.match(para)
        if o:
            kind = ("alpha" if o["alpha"] else "dash" if o["dash"] else "paren" if o["paren"]
                    else "mark" + (o["mark"] or ""))
            levels = [k for k, _ in stack]
            if kind in levels:
                del stack[levels.index(kind):]
            parent = stack[-1][1] if stack else container
            label = "" if o["dash"] == "-" else o["label"]  # "-" stands for an item printed without a label
            nr = normalize_onderdeel(label) or str(1 + parent.nodes)
            child = Node("onderdeel", nr or label, label)
            parent.append(child)
            stack.append((kind, child))
            rest = para[o.end():]
            if rest:
                child.inhoud.append(make_alinea(rest))
            continue
        container.inhoud.append(make_alinea(para))
        stack = []
    return [k if isinstance(k, Alinea) else k.freeze() for k in top.inhoud]
