"""Text normalisation shared by the importers: whitespace, control characters, reference spans."""

from __future__ import annotations

import re

from wetgeving.model import Alinea, Verwijzing

_WS = re.compile(r"[\s\u00a0\u2028\u2029]+")
_CTRL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


def clean(text: str) -> str:
    """Collapse whitespace to single spaces and drop characters XML cannot hold."""
    if text.isprintable() and "  " not in text:
        return text  # the common case, checked in C: no control character, no whitespace but single spaces
    return _WS.sub(" ", _CTRL.sub("", text))


def alinea_uit(stukken: list[tuple[str, str | None]]) -> Alinea:
    """The alinea of raw pieces of text in order, each ``(text, None)`` or, for a reference, ``(text, doel)``:
    what :class:`AlineaBuilder` makes of the same calls (``text`` for plain pieces, ``ref`` for references),
    in one pass. Adjacent plain pieces may be passed joined: whitespace collapses across their border either way.
    """
    parts: list[str] = []
    size = 0
    after_space = True  # nothing yet: a leading space is dropped, as after a space
    refs: list[Verwijzing] = []
    for raw, doel in stukken:
        piece = raw if raw.isprintable() and "  " not in raw else clean(raw)  # clean's own fast path, inline
        if doel is None:
            if after_space and piece.startswith(" "):
                piece = piece[1:]
            if piece:
                parts.append(piece)
                size += len(piece)
                after_space = piece[-1] == " "
            continue
        body = piece.strip(" ")  # clean leaves at most one space on either side
        if piece.startswith(" ") and not after_space:
            parts.append(" ")
            size += 1
            after_space = True
        start = size
        if body:
            parts.append(body)
            size += len(body)
            after_space = False
        refs.append(Verwijzing(start, size, doel))
        if piece.endswith(" ") and body and not after_space:
            parts.append(" ")
            size += 1
            after_space = True
    text = "".join(parts).rstrip(" ")
    n = len(text)
    if n < size:  # a trailing space went: no span may reach past the text
        refs = [r if r.einde <= n else Verwijzing(min(r.start, n), n, r.doel) for r in refs]
    return Alinea(text, tuple(refs))


class AlineaBuilder:
    """Builds an :class:`Alinea` from pieces of text, some of them references, keeping spans exact."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._len = 0
        self._refs: list[Verwijzing] = []

    def _add(self, piece: str) -> None:
        piece = clean(piece)
        if not piece:
            return
        if piece.startswith(" ") and (self._len == 0 or self._parts[-1].endswith(" ")):
            piece = piece[1:]
        if piece:
            self._parts.append(piece)
            self._len += len(piece)

    def text(self, piece: str | None) -> None:
        if piece:
            self._add(piece)

    def ref(self, piece: str, doel: str) -> None:
        piece = clean(piece)
        lead = piece[: len(piece) - len(piece.lstrip(" "))]
        body = piece.strip(" ")
        trail = piece[len(lead) + len(body):]
        self._add(lead)
        start = self._len
        self._add(body)
        self._refs.append(Verwijzing(start, self._len, doel))
        self._add(trail)

    def build(self) -> Alinea:
        raw = "".join(self._parts)
        text = raw.rstrip(" ")
        refs = tuple(
            Verwijzing(min(r.start, len(text)), min(r.einde, len(text)), r.doel) for r in self._refs
        )
        return Alinea(text, refs)
