"""The sentence grammar of wijzigingsinstructies (Aanwijzingen voor de regelgeving, ch. 6).

Each pattern reads one instruction sentence into :class:`~wetgeving.wijziging.model.Operatie` records.
Targets are citations resolved against a context (the unit named in "… wordt als volgt gewijzigd:"):
"het vijfde lid (nieuw)" inside "Artikel 23 wordt als volgt gewijzigd:" is ``artikel:23/lid:5``.
The new text after "luidende:" is read by :mod:`wetgeving.wijziging.tekstblok`.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from wetgeving.citaten import parse_citation
from wetgeving.errors import AddressError, WetgevingError
from wetgeving.locatie import Adres
from wetgeving.nummers import from_ordinal, ordinal

Q_OPEN = "«‘'\"“„"
Q_CLOSE = "»’'\"”"
# Each quotation style closes with its own mark, and the quoted text cannot hold that mark: so
# «A» vervangen door «B» en wordt «C» … can never read "B» en wordt «C" as one quotation.
_PAIRS = (("«", "»"), ("‘", "’"), ("“", "”"), ("„", "”“"), ('"', '"'), ("'", "'"))


def q(name: str) -> str:
    """A quoted text group: «…», ‘…’, “…”, „…”, "…" or '…' (read back with :func:`groups`)."""
    alts = [rf"{re.escape(o)}(?P<{name}__{i}>[^{re.escape(c)}]*?)[{re.escape(c)}]" for i, (o, c) in enumerate(_PAIRS)]
    return "(?:" + "|".join(alts) + ")"


class Groepen(dict[str, str]):
    """The named groups of a match, the alternatives of :func:`q` merged under their own name; a group that
    did not take part reads as "" (:meth:`matched` tells the difference)."""

    def __init__(self) -> None:
        super().__init__()
        self.taken: set[str] = set()

    def __missing__(self, key: str) -> str:
        return ""

    def matched(self, key: str) -> bool:
        return key in self.taken


def groups(m: re.Match[str]) -> Groepen:
    out = Groepen()
    for k, v in m.groupdict().items():
        name = k.split("__", 1)[0]
        if v is not None:
            out[name] = v
            out.taken.add(name)
    return out


AANTAL = {"een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
          "negen": 9, "tien": 10}
TELWOORD = "|".join(AANTAL) + r"|\d+"
EENHEID = r"(?P<e>artikelen|artikel|leden|lid|onderdelen|onderdeel|subonderdelen|subonderdeel)"
SINGULAR = {"artikelen": "artikel", "leden": "lid", "onderdelen": "onderdeel", "subonderdelen": "onderdeel",
            "subonderdeel": "onderdeel"}
_ZIN = re.compile(r",?\s*(?P<zin>[a-zë]+) zin\s*$", re.I)
_AANHEF = re.compile(r",?\s*aanhef\s*$", re.I)
_NIEUW = re.compile(r"\s*\(nieuw\)", re.I)
_SPLIT_TOT = re.compile(r"\s+tot\s+(?!en met)")


CONTAINER = re.compile(r"^(?P<soort>hoofdstuk|titel|afdeling|paragraaf|subparagraaf|boek|deel)\s+(?P<nr>[\w.]+)$",
                       re.I)


class GrammarError(WetgevingError):
    """A sentence does not match any instruction formula."""


def number_word(word: str) -> int:
    w = word.casefold()
    return int(w) if w.isdigit() else AANTAL[w]


@dataclass(frozen=True, slots=True)
class Doel:
    """A resolved target: the unit, optionally one sentence of it or only its aanhef."""

    adres: Adres
    zin: int | None = None
    aanhef: bool = False


def target(text: str, context: Adres | None) -> Doel:
    """Resolve "artikel 19, tweede lid, tweede zin" / "het vijfde lid (nieuw)" / "onderdeel c"."""
    t = _NIEUW.sub("", text).strip().rstrip(",")
    zin = None
    aanhef = False
    if m := _ZIN.search(t):
        word = m["zin"].casefold()
        zin = -1 if word == "laatste" else from_ordinal(word)
        if zin is None:
            raise GrammarError(f"unknown sentence number {m['zin']!r}")
        t = t[: m.start()]
    if m := _AANHEF.search(t):
        aanhef = True
        t = t[: m.start()]
    t = re.sub(r"^(?:de|het)\s+", "", t.strip(), flags=re.I)
    if c := CONTAINER.match(t):  # hoofdstuk IVb, paragraaf 3: its full path is found when the act is applied
        return Doel(Adres.of((c["soort"].lower(), c["nr"])))
    try:
        if re.match(r"^artikel\b", t, re.I):
            return Doel(parse_citation(t).adres, zin, aanhef)
        rel = parse_citation(t, context="0").adres.segmenten[1:]
    except AddressError as exc:
        raise GrammarError(f"cannot read the target {text!r}: {exc.message}") from None
    if context is None:
        raise GrammarError(f"{text!r} names no artikel, and no artikel is being amended here")
    return Doel(relative(context, rel), zin, aanhef)


def relative(context: Adres, rel: tuple[tuple[str, str], ...]) -> Adres:
    """Attach relative segments to the context, replacing what the context has at that level or deeper."""
    order = {"artikel": 0, "lid": 1, "onderdeel": 2}
    first = rel[0][0]
    keep = [s for s in context.segmenten if order.get(s[0], -1) < order.get(first, 3)]
    if first == "onderdeel":
        # "onderdeel c" inside "onderdeel b" context → sibling; inside lid context → child
        keep = [s for s in context.segmenten if s[0] != "onderdeel"]
    return Adres(tuple(keep) + rel)


# --- ranges: "het vierde en vijfde lid", "de onderdelen c tot en met f", "d tot en met g" -------------

_KIND_WORD = re.compile(r"\b(leden|lid|onderdelen|onderdeel|artikelen|artikel)\b", re.I)


def parse_range(text: str, default_kind: str | None = None) -> tuple[str, list[str]]:
    """(eenheid, numbers) of a range phrase.

    Examples:
        >>> parse_range("het vierde en vijfde lid")
        ('lid', ['4', '5'])
        >>> parse_range("de onderdelen c tot en met f")
        ('onderdeel', ['c', 'd', 'e', 'f'])
        >>> parse_range("d tot en met g", "onderdeel")
        ('onderdeel', ['d', 'e', 'f', 'g'])
    """
    t = _NIEUW.sub("", text).strip()
    t = re.sub(r"^(?:de|het)\s+", "", t, flags=re.I)
    m = _KIND_WORD.search(t)
    kind = SINGULAR.get(m[1].lower(), m[1].lower()) if m else default_kind
    if kind is None:
        raise GrammarError(f"cannot tell whether {text!r} names leden, onderdelen or artikelen")
    t = _KIND_WORD.sub(" ", t).replace("tot en met", "TOTENMET")
    parts = re.split(r"\s*,\s*|\s+en\s+", t.strip())
    nrs: list[str] = []
    for part in parts:
        part = part.strip()
        if not part:
            continue
        if "TOTENMET" in part:
            lo, hi = (x.strip() for x in part.split("TOTENMET"))
            nrs.extend(_expand(_one(lo, kind), _one(hi, kind)))
        else:
            nrs.append(_one(part, kind))
    if not nrs:
        raise GrammarError(f"no numbers in {text!r}")
    return kind, nrs


def _one(word: str, kind: str) -> str:
    word = word.strip().strip("«»‘’'\"")
    if kind == "lid":
        n = from_ordinal(word)
        if n is not None:
            return str(n)
    if re.fullmatch(r"[0-9]+[a-z]*|[a-z]{1,3}|[A-Z]{0,3}\s?[0-9]+[a-z]*", word):
        return word
    raise GrammarError(f"cannot read the number {word!r}")


MAX_RANGE = 1000
"""Most units one range may name: real acts name a few dozen; a typo must not exhaust memory."""


def _expand(lo: str, hi: str) -> list[str]:
    if lo.isdigit() and hi.isdigit():
        if not 0 <= int(hi) - int(lo) < MAX_RANGE:
            raise GrammarError(f"the range {lo} tot en met {hi} is empty or longer than {MAX_RANGE} units")
        return [str(i) for i in range(int(lo), int(hi) + 1)]
    if len(lo) == 1 and len(hi) == 1 and lo.isalpha() and hi.isalpha():
        return [chr(c) for c in range(ord(lo), ord(hi) + 1)]
    raise GrammarError(f"cannot expand the range {lo} tot en met {hi}")


def split_van_tot(text: str) -> tuple[str, str]:
    """'het vierde en vijfde lid tot vijfde en zesde lid' → the two ranges."""
    parts = _SPLIT_TOT.split(text, maxsplit=1)
    if len(parts) != 2:
        raise GrammarError(f"expected '… tot …' in {text!r}")
    return parts[0], parts[1]


def range_phrase(kind: str, nrs: list[str], *, article: bool = True) -> str:
    """Dutch phrase for a run of numbers: 'het vierde en vijfde lid', 'de onderdelen c tot en met f'."""
    if kind == "lid":
        words = [ordinal(int(n)) if n.isdigit() else n for n in nrs]
        body = _join(words, nrs)
        return ("het " if article else "") + f"{body} lid"
    noun = {"onderdeel": ("onderdeel", "onderdelen"), "artikel": ("artikel", "artikelen")}[kind]
    if len(nrs) == 1:
        return f"{noun[0]} {nrs[0]}"
    return ("de " if article else "") + f"{noun[1]} {_join(nrs, nrs)}"


def _join(words: list[str], nrs: list[str]) -> str:
    if len(words) == 1:
        return words[0]
    consecutive = len(nrs) > 2 and all(
        (a.isdigit() and b.isdigit() and int(b) == int(a) + 1)
        or (len(a) == 1 and len(b) == 1 and a.isalpha() and ord(b) == ord(a) + 1)
        for a, b in itertools.pairwise(nrs)
    )
    if consecutive:
        return f"{words[0]} tot en met {words[-1]}"
    return ", ".join(words[:-1]) + f" en {words[-1]}"
