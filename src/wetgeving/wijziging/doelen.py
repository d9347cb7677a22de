"""The grammar of one target in instructions: "artikel 19, tweede lid, tweede zin", "het vijfde lid (nieuw),
onderdeel c", "de aanhef van het eerste lid", "hoofdstuk VIII, paragraaf 3" (several targets and ranges:
:mod:`wetgeving.wijziging.reeksen`).

A target names each level once, from the artikel down (the Aanwijzingen, ch. 3: citeren): "tweede lid,
tweede lid" is an error, not a lid of a lid. Targets without an artikel are read relative to the unit being
amended ("Artikel 23 wordt als volgt gewijzigd:"). "(nieuw)" (Aanwijzing 6.19) is read and dropped: the
number after renumbering is the number named.

Examples:
    >>> from wetgeving.wijziging.tokens import tokenize
    >>> c = Cursor(tokenize("het vijfde lid (nieuw), tweede zin"), "")
    >>> p = doel(c, Adres.parse("artikel:23"))
    >>> str(p.adres), p.zin
    ('artikel:23/lid:5', 2)
"""

from __future__ import annotations

import itertools
import re

from wetgeving.locatie import Adres
from wetgeving.nummers import from_ordinal, normalize_onderdeel
from wetgeving.wijziging.acties import STRUCTUREN, Plaats
from wetgeving.wijziging.grammatica import Cursor
from wetgeving.wijziging.tokens import ZinFout

ENKELVOUD = {
    "artikel": "artikel", "artikelen": "artikel", "lid": "lid", "leden": "lid", "onderdeel": "onderdeel",
    "onderdelen": "onderdeel", "subonderdeel": "onderdeel", "subonderdelen": "onderdeel",
    "hoofdstuk": "hoofdstuk", "hoofdstukken": "hoofdstuk", "titel": "titel", "titels": "titel",
    "afdeling": "afdeling", "afdelingen": "afdeling", "paragraaf": "paragraaf", "paragrafen": "paragraaf",
    "subparagraaf": "subparagraaf", "subparagrafen": "subparagraaf", "boek": "boek", "boeken": "boek",
    "deel": "deel", "delen": "deel", "bijlage": "bijlage", "bijlagen": "bijlage",
}
MEERVOUD = {"artikelen", "leden", "onderdelen", "subonderdelen", "hoofdstukken", "paragrafen", "afdelingen"}
NIVEAU = {"artikel": 0, "lid": 1, "onderdeel": 2, "onder": 3}
MAX_REEKS = 1000
"""Most units one range may name: real acts name a few dozen; a typo must not exhaust memory."""

_ARTIKEL_NR = re.compile(r"^(?:\d+(?:[.:]\d+)*[a-z]*|[A-Z]{1,3}\d+[a-z]*)$")
_PREFIX = re.compile(r"^[A-Z]{1,3}$")
# b, ba (inserted, 6.16), aa, iii, 1°, 2a — not a short Dutch word that can follow a number ('c en d')
# an inserted unit adds a letter to the number it follows: 'ba', '3a', and so a roman 'iia' between ii and iii
_ONDERDEEL_NR = re.compile(r"^(?:[a-z]{1,2}|([a-z])\1{2}|[ivx]{1,5}[a-z]?|\d+[a-z]?)$")
_GEEN_ONDERDEEL = frozenset({"de", "en", "of", "op", "te", "in", "na", "al", "is", "zo", "om", "ze", "we", "je", "er",
                             "via", "vis"})
_STRUCTUUR_NR = re.compile(r"^(?:[IVXLC]+[a-zA-Z]?|\d+(?:\.\d+)*[a-zA-Z]?|[A-Z]{1,2})$")

Seg = tuple[str, str]  # (soort, nr), ("zin", "2"), ("aanhef", "")


def fout(c: Cursor, bericht: str) -> ZinFout:
    return ZinFout(bericht, c.positie)


# --- numbers ---------------------------------------------------------------------------------------------


def artikel_nr(c: Cursor) -> str | None:
    """'36a', 'P 19', '1.1.2', '4:8' (None, nothing read, when no artikel number comes next)."""
    t = c.peek()
    if t is None or t.soort != "woord":
        return None
    if _PREFIX.match(t.tekst) and (u := c.peek(1)) is not None and u.soort == "woord" and u.tekst[:1].isdigit():
        c.i += 2
        return f"{t.tekst} {u.tekst}"
    if _ARTIKEL_NR.match(t.tekst):
        c.i += 1
        return t.tekst
    return None


def lid_nr(c: Cursor) -> str | None:
    """'tweede' → '2' (an ordinal as the Aanwijzingen write leden)."""
    t = c.peek()
    if t is None or t.soort != "woord":
        return None
    n = from_ordinal(t.tekst)
    if n is None:
        return None
    c.i += 1
    return str(n)


def onderdeel_nr(c: Cursor) -> str | None:
    """'b', 'aa', '1°', '2e' (the identifying part of the label)."""
    t = c.peek()
    if t is None or t.soort != "woord" or not _ONDERDEEL_NR.match(t.tekst) or t.sleutel in _GEEN_ONDERDEEL:
        return None
    c.i += 1
    c.opt_teken("°")
    nr = normalize_onderdeel(t.tekst)
    return nr or t.tekst


def structuur_nr(c: Cursor) -> str | None:
    t = c.peek()
    if t is None or t.soort != "woord" or not _STRUCTUUR_NR.match(t.tekst):
        return None
    c.i += 1
    nr = t.tekst
    # 'VA' as printed in capitals is Va (6.16.1); 'VI', 'III', 'XC' are numerals whole (helper-60: «Titel VI» was Vi)
    if (m := re.fullmatch(r"([IVXLC]+)([A-Z])", nr)) and not _ROMEINS.fullmatch(nr):
        nr = m[1] + m[2].lower()
    return nr


_ROMEINS = re.compile(r"(?=[IVXLC])(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})")
"""A Roman numeral up to LXXXIX and XC (the numbers of hoofdstukken and titels)."""


# --- one target ------------------------------------------------------------------------------------------


def _segment(c: Cursor) -> Seg | None:
    """One level of a target, or None (nothing read)."""
    start = c.i
    c.opt("de") or c.opt("het")
    seg = _segment_kern(c)
    if seg is None:
        c.i = start
        return None
    if seg[0] in ("artikel", "lid", "onderdeel", "onder") and nieuw(c):
        c.nieuw_segs.append(("onderdeel" if seg[0] == "onder" else seg[0], seg[1]))
    return seg


def nieuw(c: Cursor) -> bool:
    """Read «(nieuw)» (Aanwijzing 6.19) if it follows."""
    if c.is_teken("(") and c.is_word("nieuw", k=1) and c.is_teken(")", k=2):
        c.i += 3
        return True
    return False


_STARTERS = frozenset({"artikel", "lid", "onderdeel", "subonderdeel", "onder", "sub", "aanhef", "laatste", "§",
                       *STRUCTUREN})


def _segment_kern(c: Cursor) -> Seg | None:
    start = c.i
    t = c.peek()
    if t is None or (t.sleutel not in _STARTERS and t.tekst != "§" and from_ordinal(t.tekst) is None):
        return None
    if c.opt("artikel"):
        nr = artikel_nr(c)
        return ("artikel", nr) if nr else _terug(c, start)
    if c.opt("lid"):
        t = c.peek()
        if t is not None and t.soort == "woord" and re.fullmatch(r"\d+[a-z]*", t.tekst):
            c.i += 1
            return ("lid", t.tekst)
        return _terug(c, start)
    if c.opt("onderdeel"):
        nr = onderdeel_nr(c)
        return ("onderdeel", nr) if nr else _terug(c, start)
    # a nested onderdeel: "onderdeel b, onder 1°", "onderdeel d, subonderdeel 3°" (helper-194: the second was «het
    # onderdeel wordt twee keer genoemd»)
    if c.opt("onder") or c.opt("sub") or c.opt("subonderdeel"):
        nr = onderdeel_nr(c)
        return ("onder", nr) if nr else _terug(c, start)
    if c.opt("aanhef"):
        return ("aanhef", "")
    if c.opt("laatste zin") or c.opt("laatste volzin"):
        return ("zin", "-1")
    for soort in STRUCTUREN:
        if c.opt(soort) or (soort == "paragraaf" and c.opt_teken("§")):
            nr = structuur_nr(c)
            return (soort, nr) if nr else _terug(c, start)
    nr = lid_nr(c)
    if nr is not None:
        if c.opt("lid"):
            return ("lid", nr)
        if c.opt("zin") or c.opt("volzin"):
            return ("zin", nr)
    return _terug(c, start)


def _terug(c: Cursor, start: int) -> Seg | None:
    """Nothing read: back to ``start``."""
    c.i = start
    return None


def segmenten(c: Cursor) -> list[Seg]:
    """The levels of one target, separated by commas or 'van' ('de aanhef van het eerste lid')."""
    groups: list[list[Seg]] = []
    current: list[Seg] = []
    while True:
        seg = _segment(c)
        if seg is None:
            break
        current.append(seg)
        if c.is_teken(",") and starts_segment(c, 1):
            c.i += 1
        elif c.is_word("van") and starts_segment(c, 1):
            c.i += 1
            groups.append(current)
            current = []
        else:
            break
    groups.append(current)
    return [s for g in reversed(groups) for s in g]


def starts_segment(c: Cursor, k: int) -> bool:
    saved = c.i
    c.i += k
    try:
        return _segment(c) is not None
    finally:
        c.i = saved


def doel(c: Cursor, ctx: Adres | None) -> Plaats:
    """One target, resolved against the unit being amended."""
    start = c.positie
    segs = segmenten(c)
    if not segs:
        c.fail("een artikel, lid, onderdeel of hoofdstuk")
    return bouw(segs, ctx, start, c)


def bouw(segs: list[Seg], ctx: Adres | None, start: int, c: Cursor) -> Plaats:
    """The place a list of segments names: each level once and in order (artikel, lid, onderdeel)."""
    zin: int | None = None
    aanhef = False
    units: list[tuple[str, str]] = []
    for soort, nr in segs:
        if soort == "zin":
            if zin is not None:
                raise ZinFout("de zin wordt twee keer genoemd", start)
            zin = int(nr)
        elif soort == "aanhef":
            if aanhef:
                raise ZinFout("de aanhef wordt twee keer genoemd", start)
            aanhef = True
        else:
            units.append((soort, nr))
    _check_order(units, start)
    # a subonderdeel named first, inside an onderdeel being amended («Artikel 15, eerste lid, onderdeel d, wordt als volgt
    # gewijzigd: … In onderdeel 3° …»): it lies in that onderdeel (helper-194: it was read as artikel 15, eerste lid,
    # onderdeel 3). A lettered onderdeel holds numbered subonderdelen, never numbered siblings.
    binnen = (bool(units) and ctx is not None and ctx.soort == "onderdeel" and not _genummerd(ctx.nr)
              and (units[0][0] == "onder" or (units[0][0] == "onderdeel" and _genummerd(units[0][1]))))
    units = [("onderdeel" if s == "onder" else s, n) for s, n in units]
    if not units:
        if ctx is None:
            raise ZinFout("de instructie noemt niet in welk artikel zij wijzigt", start)
        return Plaats(ctx, zin, aanhef)
    first = units[0][0]
    absolute = first == "artikel" or first in STRUCTUREN
    if not absolute and ctx is None:
        raise ZinFout(f"«{_citeer(units)}» noemt geen artikel, en er wordt hier geen artikel gewijzigd", start)

    def adres(deel: list[tuple[str, str]]) -> Adres:
        if binnen and ctx is not None:
            return Adres(ctx.segmenten + tuple(deel))
        return Adres(tuple(deel)) if absolute or ctx is None else relatief(ctx, tuple(deel))

    c.nieuw += [adres(units[:k + 1]) for k, u in enumerate(units) if u in c.nieuw_segs]
    return Plaats(adres(units), zin, aanhef)


def _genummerd(nr: str) -> bool:
    """An onderdeel numbered (1°, 2, 3a), not lettered (d, ba) nor Roman (ii)."""
    return nr[:1].isdigit()


def _check_order(units: list[tuple[str, str]], start: int) -> None:
    for (s1, n1), (s2, n2) in itertools.pairwise(units):
        if (s1, n1) == (s2, n2) or (s1 == s2 and s1 in ("artikel", "lid", "onderdeel")):
            raise ZinFout(f"{_lidw(s1)} {s1} wordt twee keer genoemd ({_citeer(units)})", start)
        if s1 in NIVEAU and s2 in NIVEAU and NIVEAU[s2] < NIVEAU[s1]:
            raise ZinFout(f"{_lidw(s2)} {s2} hoort vóór {_lidw(s1)} {s1} ({_citeer(units)})", start)
        if s1 in NIVEAU and s2 in STRUCTUREN:
            raise ZinFout(f"een {s2} ligt niet binnen een {s1} ({_citeer(units)})", start)


def _citeer(units: list[tuple[str, str]] | tuple[tuple[str, str], ...]) -> str:
    return ", ".join(f"{s} {n}" for s, n in units)


def _lidw(soort: str) -> str:
    return "het" if soort in ("artikel", "lid", "onderdeel") else "de"


def relatief(ctx: Adres, rel: tuple[tuple[str, str], ...]) -> Adres:
    """Attach relative segments to the context, replacing what the context has at that level or deeper:
    'het vijfde lid' in artikel 23 → artikel 23, vijfde lid; 'onderdeel c' in a lid → that lid's onderdeel."""
    first = rel[0][0]
    if first == "onderdeel":
        keep = [s for s in ctx.segmenten if s[0] != "onderdeel"]
    else:
        keep = [s for s in ctx.segmenten if NIVEAU.get(s[0], -1) < NIVEAU.get(first, 3)]
    if not any(s[0] == "artikel" for s in keep):
        raise ZinFout(f"«{_citeer(rel)}» noemt geen artikel, en er wordt hier geen artikel gewijzigd")
    return Adres(tuple(keep) + rel)
