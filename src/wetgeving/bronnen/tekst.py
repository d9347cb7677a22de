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
