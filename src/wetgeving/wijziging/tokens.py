"""The tokenizer of instruction sentences: words, quotations and punctuation, with their positions.

A quotation runs from its opening mark to the closing mark of the same style: «…», ‘…’, “…”, „…”, "…" and
'…'. Inside it every character is text, so «A» vervangen door «B» en wordt «C» can never be read as one
quotation. ‘…’ and '…' close only at a mark that is not followed by a letter (so «auto’s» stays text). An
opening mark without its closing mark is an error naming the position (the text may be cut off there).

One pass, no backtracking: time is linear in the length of the sentence.

Examples:
    >>> [(t.soort, t.tekst) for t in tokenize("wordt «raad» vervangen door ‘het college’.")]
    [('woord', 'wordt'), ('citaat', 'raad'), ('woord', 'vervangen'), ('woord', 'door'), ('citaat', 'het college'), ('teken', '.')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from wetgeving.errors import WetgevingError

SLUIT = {"«": "»", "‘": "’", "“": "”", "„": "”“", '"': '"', "'": "'"}
_WOORD = re.compile(r"[^\W_]+(?:[-'’./:][^\W_]+)*")
_SPATIE = re.compile(r"\s+")


class ZinFout(WetgevingError):
    """An instruction sentence cannot be read; ``positie`` is the character where reading stopped."""

    hint = "schrijf de instructie volgens de formules van de Aanwijzingen voor de regelgeving, hoofdstuk 6"

    def __init__(self, message: str, positie: int = 0, *, hint: str | None = None) -> None:
        self.positie = positie
        super().__init__(message, hint=hint)

    def in_regel(self, offset: int) -> str:
        """The message with the positions it names counted from the start of the line, not of the sentence after a
        point's number («3. »), which starts ``offset`` characters in (helper-109: «positie 48 … op positie 45»)."""
        if not offset:
            return self.message
        citaten = [m.span() for m in re.finditer(r"«[^»]*»", self.message)]  # the act's own words stay as they are

        def schuif(m: re.Match[str]) -> str:  # helper-111: «op positie 12 van de zin» in a quotation was shifted too
            return m[0] if any(a < m.start() < b for a, b in citaten) else str(int(m[0]) + offset)

        return re.sub(r"(?<=positie )\d+", schuif, self.message)


@dataclass(frozen=True, slots=True)
class Token:
    """A word, a quotation (``tekst`` without its marks) or one punctuation mark; ``start``/``einde`` are
    character positions in the sentence."""

    soort: Literal["woord", "citaat", "teken"]
    tekst: str
    start: int
    einde: int
    sleutel: str = ""  # the word as compared in formulas (case-insensitive); never equal for other tokens

    def __post_init__(self) -> None:
        if not self.sleutel:
            object.__setattr__(self, "sleutel", self.tekst.casefold() if self.soort == "woord" else f"\x00{self.soort}")


def tokenize(zin: str) -> list[Token]:
    """Split an instruction sentence into tokens; raise :class:`ZinFout` on an unclosed quotation."""
    out: list[Token] = []
    i, n = 0, len(zin)
    while i < n:
        ch = zin[i]
        if ch.isspace():
            m = _SPATIE.match(zin, i)
            i = m.end() if m else i + 1
            continue
        if ch in SLUIT and _opent(zin, i):
            end = _sluiting(zin, i)
            if ch == "«" and (k := zin.find("«", i + 1, end)) >= 0:  # «A vervangen door «B»: the first one not closed
                raise ZinFout(f"binnen het citaat dat op positie {i + 1} opent, opent op positie {k + 1} een tweede «; "
                              f"is het eerste citaat («{zin[i + 1:k].strip()[:40]}») niet gesloten?", i,
                              hint="sluit elk citaat met » voordat het volgende opent")
            out.append(Token("citaat", zin[i + 1:end], i, end + 1))
            i = end + 1
            continue
        if ch in "»”":
            raise ZinFout(f"het sluitende aanhalingsteken {ch} op positie {i + 1} hoort bij geen openend teken", i)
        m = _WOORD.match(zin, i)
        if m:
            out.append(Token("woord", m.group(), i, m.end()))
            i = m.end()
            continue
        out.append(Token("teken", ch, i, i + 1))
        i += 1
    return out


class OngeslotenCitaat(ZinFout):
    """A quotation with no closing mark in the sentence."""


def citaat_open(zin: str) -> bool:
    """Whether a quotation opened in ``zin`` is not closed in it (a sentence broken over lines inside a quote)."""
    try:
        tokenize(zin)
    except ZinFout as exc:
        return isinstance(exc, OngeslotenCitaat)
    return False


def _opent(zin: str, i: int) -> bool:
    """A straight apostrophe opens a quotation only where a word could begin (not in «auto's»)."""
    if zin[i] != "'":
        return True
    return (i == 0 or not zin[i - 1].isalnum()) and i + 1 < len(zin) and not zin[i + 1].isspace()


def _sluiting(zin: str, i: int) -> int:
    """The position of the mark that closes the quotation opened at ``i``."""
    m = _SLUITER[zin[i]].search(zin, i + 1)
    if m is None:
        raise OngeslotenCitaat(f"het aanhalingsteken {zin[i]} op positie {i + 1} wordt niet gesloten "
                      "(de tekst is hier misschien afgebroken)", i)
    return m.start()


# ‘…’ and '…' close at a mark not followed by a letter or digit (an apostrophe in «auto’s» is text)
_SLUITER = {o: re.compile(f"[{re.escape(c)}]" + (r"(?![^\W_])" if o in "‘'" else "")) for o, c in SLUIT.items()}
