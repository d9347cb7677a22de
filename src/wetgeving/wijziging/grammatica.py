"""A cursor over the tokens of one instruction sentence, for the small per-formula grammars.

Each formula reads the sentence from left to right with these steps (a word, a phrase, a quotation, a
mark, the end) and never goes back further than the start of the step it tries: reading is linear in the
length of the sentence. A step that does not match raises :class:`Afwijking` with the position and what
was expected there; the parser reports the formula that read furthest.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Literal, NoReturn

from wetgeving.locatie import Adres
from wetgeving.wijziging.tokens import Token

TELWOORDEN = {"een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
              "negen": 9, "tien": 10, "elf": 11, "twaalf": 12}


@lru_cache(maxsize=1024)
def _woorden(phrase: str) -> tuple[str, ...]:
    return tuple(phrase.split())


class Afwijking(Exception):
    """The sentence does not follow this formula from ``positie`` on."""

    def __init__(self, positie: int, verwacht: str, index: int) -> None:
        super().__init__(verwacht)
        self.positie = positie
        self.verwacht = verwacht
        self.index = index


class Cursor:
    """Reads tokens left to right; ``zin`` is the sentence they came from."""

    def __init__(self, tokens: list[Token], zin: str) -> None:
        self.tokens = tokens
        self.zin = zin
        self.i = 0
        self.nieuw_segs: list[tuple[str, str]] = []  # levels of a target followed by «(nieuw)» (Aanwijzing 6.19)
        self.nieuw: list[Adres] = []  # the units they name, once the target is resolved

    # --- looking ------------------------------------------------------------------------------------

    def peek(self, k: int = 0) -> Token | None:
        j = self.i + k
        return self.tokens[j] if 0 <= j < len(self.tokens) else None

    def is_word(self, *words: str, k: int = 0) -> bool:
        j = self.i + k
        return 0 <= j < len(self.tokens) and self.tokens[j].sleutel in words

    def is_phrase(self, phrase: str, k: int = 0) -> bool:
        words = _woorden(phrase)
        j = self.i + k
        if j < 0 or j + len(words) > len(self.tokens):
            return False
        return all(self.tokens[j + n].sleutel == w for n, w in enumerate(words))

    def is_teken(self, ch: str, k: int = 0) -> bool:
        t = self.peek(k)
        return t is not None and t.soort == "teken" and t.tekst == ch

    def is_quote(self, k: int = 0) -> bool:
        t = self.peek(k)
        return t is not None and t.soort == "citaat"

    def at_end(self) -> bool:
        return self.i >= len(self.tokens)

    @property
    def positie(self) -> int:
        t = self.peek()
        return t.start if t is not None else len(self.zin)

    # --- reading ------------------------------------------------------------------------------------

    def fail(self, verwacht: str) -> NoReturn:
        raise Afwijking(self.positie, verwacht, self.i)

    def next(self) -> Token:
        t = self.peek()
        if t is None:
            self.fail("meer tekst")
        self.i += 1
        return t

    def word(self, *words: str) -> str:
        """One of ``words`` (lower case); returns it as written in the formula."""
        t = self.peek()
        if t is None or t.sleutel not in words:
            self.fail(" of ".join(f"«{w}»" for w in words))
        self.i += 1
        return t.sleutel

    def na_voor(self) -> Literal["na", "voor"]:
        """'na' or 'voor' (where new words or units go)."""
        return "na" if self.word("na", "voor") == "na" else "voor"

    def word_opt(self, *words: str) -> str | None:
        """One of ``words`` if it comes next, else None (nothing read)."""
        return self.word(*words) if self.is_word(*words) else None

    def phrase(self, phrase: str) -> None:
        for w in _woorden(phrase):
            self.word(w)

    def opt(self, phrase: str) -> bool:
        """Read ``phrase`` if it comes next (all of it), else nothing."""
        if self.is_phrase(phrase):
            self.i += len(_woorden(phrase))
            return True
        return False

    def opt_teken(self, ch: str) -> bool:
        if self.is_teken(ch):
            self.i += 1
            return True
        return False

    def teken(self, ch: str) -> None:
        if not self.opt_teken(ch):
            self.fail(f"«{ch}»")

    def quote(self) -> str:
        t = self.peek()
        if t is None or t.soort != "citaat":
            self.fail("een tekst tussen aanhalingstekens")
        self.i += 1
        return t.tekst

    def any_word(self) -> str:
        t = self.peek()
        if t is None or t.soort != "woord":
            self.fail("een woord of nummer")
        self.i += 1
        return t.tekst

    def number(self) -> int:
        """'een', 'twee' … or digits."""
        t = self.peek()
        if t is not None and t.soort == "woord":
            w = t.tekst.casefold()
            if w in TELWOORDEN or w.isdigit():
                self.i += 1
                return TELWOORDEN[w] if w in TELWOORDEN else int(w)
        self.fail("een aantal (een, twee, drie …)")

    def end(self) -> None:
        """The sentence ends here (with its full stop)."""
        self.opt_teken(".")
        if not self.at_end():
            self.fail("het einde van de zin")

    def end_colon(self) -> None:
        """The sentence ends with a colon: the new text follows on the next lines."""
        self.teken(":")
        if not self.at_end():
            self.fail("het einde van de zin na de dubbele punt")

    def rest(self) -> str:
        """The raw text from here to the end of the sentence, without its final full stop (the older style
        'wordt "X" vervangen door: Y.')."""
        if self.at_end():
            self.fail("nieuwe tekst")
        start = self.positie
        text = self.zin[start:].rstrip()
        if text.endswith("."):
            text = text[:-1].rstrip()
        self.i = len(self.tokens)
        return text

    def luidende(self) -> None:
        """', luidende:' (or 'luidend', 'die luiden', 'dat luidt', 'die luidt') and the end of the sentence."""
        self.opt_teken(",")
        if not (self.opt("luidende") or self.opt("luidend") or self.opt("die luiden") or self.opt("dat luidt")
                or self.opt("die luidt")):
            self.fail("«luidende:»")
        self.end_colon()
