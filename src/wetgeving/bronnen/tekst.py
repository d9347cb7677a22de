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
    """The alinea of raw pieces of text in order, each ``(text, None)`` or, for a reference, ``(text, doel)``,
    in one pass: each piece cleaned (:func:`clean`), whitespace collapsed across the borders of pieces, none at
    either end; a reference's span covers its text without the spaces around it. Adjacent plain pieces may be
    passed one by one or joined: the result is the same.
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
    """Builds an :class:`Alinea` from pieces of text, some of them references, keeping spans exact
    (:func:`alinea_uit` of the pieces, in the order given)."""

    def __init__(self) -> None:
        self._stukken: list[tuple[str, str | None]] = []

    def text(self, piece: str | None) -> None:
        if piece:
            self._stukken.append((piece, None))

    def ref(self, piece: str, doel: str) -> None:
        self._stukken.append((piece, doel))

    def build(self) -> Alinea:
        return alinea_uit(self._stukken)
