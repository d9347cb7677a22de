"""Several targets and ranges in instructions: "de artikelen 151b, tweede lid, 151c, tweede lid, en 154b",
"het eerste en tweede lid", "de onderdelen a tot en met c", and the numbers of a renumbering ("het vierde
en vijfde lid tot vijfde en zesde lid", "d tot en met g", "3 en 4").

Examples:
    >>> from wetgeving.wijziging.tokens import tokenize
    >>> [str(p.adres) for p in doelen(Cursor(tokenize("het eerste en derde lid"), ""), Adres.parse("artikel:2"))]
    ['artikel:2/lid:1', 'artikel:2/lid:3']
    >>> reeks(Cursor(tokenize("de onderdelen c tot en met f"), ""), None)
    ('onderdeel', ['c', 'd', 'e', 'f'])
"""

from __future__ import annotations

import re

from wetgeving.locatie import Adres
from wetgeving.wijziging.acties import STRUCTUREN, Plaats
from wetgeving.wijziging.citeren import MEERVOUD
from wetgeving.wijziging.doelen import (
    ENKELVOUD,
    MAX_REEKS,
    NIVEAU,
    Seg,
    artikel_nr,
    bouw,
    fout,
    lid_nr,
    nieuw,
    onderdeel_nr,
    segmenten,
    starts_segment,
    structuur_nr,
)
from wetgeving.wijziging.grammatica import Cursor
from wetgeving.wijziging.tokens import ZinFout

# --- several targets -------------------------------------------------------------------------------------


def doelen(c: Cursor, ctx: Adres | None) -> list[Plaats]:
    """One target or several: 'de artikelen 151b, tweede lid, 151c, tweede lid, en 154b', 'het eerste en
    tweede lid', 'de onderdelen a tot en met c', 'artikel 2, eerste en derde lid'."""
    start = c.positie
    save = c.i
    c.opt("de")
    if c.opt("artikelen"):
        return _artikelen(c, ctx, start)
    c.i = save
    head = segmenten(c)
    if head and head[-1][0] == "onder":  # «onderdeel d, onder 3° en 4°» (helper-194: written, then not read)
        meer = _verder(c, "onderdeel", [head[-1][1]])
        if len(meer) > 1:
            staart = _staart(c)
            return [bouw([*head[:-1], ("onder", nr), *staart], ctx, start, c) for nr in meer]
    comma = c.is_teken(",") and not starts_segment(c, 1)
    if c.is_teken(","):
        c.i += 1
    lijst = _lijst(c)
    if lijst is None:
        if comma:
            c.i -= 1
        if not head:
            c.fail("een artikel, lid, onderdeel of hoofdstuk")
        out = [bouw(head, ctx, start, c)]
        while (volgend := _en_doel(c, head)) is not None:
            head = volgend
            out.append(bouw(head, ctx, start, c))
        return out
    soort, nrs = lijst
    tail = _staart(c)
    return [bouw([*head, (soort, nr), *tail], ctx, start, c) for nr in nrs]


def _staart(c: Cursor) -> list[Seg]:
    """The levels after a list, said of each unit in it: «…, aanhef,» (nothing read when none follow)."""
    if c.is_teken(",") and starts_segment(c, 1):
        c.i += 1
        return segmenten(c)
    return []


def _en_doel(c: Cursor, vorig: list[Seg]) -> list[Seg] | None:
    """A further whole target after «en»: «het vierde lid (nieuw) en vijfde lid (nieuw)», «artikel 5, eerste lid, en
    artikel 6», «het eerste lid, eerste zin, en tweede zin». The levels above the first one it names are those of
    the target before it (helper-53: the first was unreadable). None, nothing read, when no target follows."""
    if vorig and vorig[-1][0] == "aanhef":  # «aanhef en onderdeel a» cites one passage (Aanwijzing 3.29): no list
        return None
    save = c.i
    if c.is_teken(",") and c.is_word("en", k=1):
        c.i += 2
    elif c.is_word("en"):
        c.i += 1
    else:
        return None
    segs = segmenten(c)
    if not segs:
        c.i = save
        return None
    eerste = segs[0][0]
    if eerste in NIVEAU:  # the containers above the artikel too («titel II, artikel 5, en artikel 6»)
        boven = [s for s in vorig if (s[0] in NIVEAU and NIVEAU[s[0]] < NIVEAU[eerste]) or s[0] in STRUCTUREN]
    elif eerste == "zin" and any(s[0] == "zin" for s in vorig):  # «…, eerste zin, en tweede zin»
        boven = [s for s in vorig if s[0] not in ("zin", "aanhef")]
    elif eerste in ("zin", "aanhef"):  # «het eerste lid en eerste zin»: a part of what was named whole: no list
        c.i = save
        return None
    else:  # a hoofdstuk, titel, …: named whole
        boven = []
    return [*boven, *segs]


def _artikelen(c: Cursor, ctx: Adres | None, start: int) -> list[Plaats]:
    out: list[Plaats] = []
    while True:
        nr = artikel_nr(c)
        if nr is None:
            c.fail("een artikelnummer")
        nrs = [nr]
        if c.opt("tot en met"):
            hi = artikel_nr(c)
            if hi is None:
                c.fail("een artikelnummer")
            nrs = _expand(nr, hi, c)
        tail: list[Seg] = []
        if c.is_teken(",") and starts_segment(c, 1):
            c.i += 1
            tail = segmenten(c)
        out += [bouw([("artikel", n), *tail], ctx, start, c) for n in nrs]
        save = c.i
        if c.is_teken(",") and c.is_word("en", k=1):
            c.i += 2
        elif c.is_teken(",") or c.is_word("en"):
            c.i += 1
        else:
            break
        if not _komt_artikel_nr(c):
            c.i = save
            break
    if len(out) < 2:
        raise ZinFout("«de artikelen» noemt maar één artikel", start)
    return out


def _komt_artikel_nr(c: Cursor) -> bool:
    save = c.i
    found = artikel_nr(c) is not None
    c.i = save
    return found


def _lijst(c: Cursor) -> tuple[str, list[str]] | None:
    """'eerste en tweede lid', 'onderdelen a tot en met c' (two or more numbers), or None (nothing read)."""
    save = c.i
    c.opt("de") or c.opt("het")
    if c.opt("onderdelen"):
        nrs = _nummers(c, "onderdeel")
        if len(nrs) >= 2:
            return _nieuw_voor_alle(c, "onderdeel", nrs)
    elif c.opt("subonderdelen"):  # inside the onderdeel named before (helper-194: «twee keer genoemd»)
        nrs = _nummers(c, "onderdeel")
        if len(nrs) >= 2:
            return _nieuw_voor_alle(c, "onder", nrs)
    elif c.opt("leden"):
        nrs = _nummers(c, "lid")
        if len(nrs) >= 2:
            return _nieuw_voor_alle(c, "lid", nrs)
    else:
        nrs = _nummers(c, "lid")
        if len(nrs) >= 2 and (c.opt("lid") or c.opt("leden")):
            return _nieuw_voor_alle(c, "lid", nrs)
    c.i = save
    return None


def _nieuw_voor_alle(c: Cursor, soort: str, nrs: list[str]) -> tuple[str, list[str]]:
    """«het vierde en vijfde lid (nieuw)», «het derde tot en met vijfde lid (nieuw)»: «(nieuw)» after a list is said
    of every unit in it (Aanwijzing 6.19; helper-53)."""
    if nieuw(c):
        c.nieuw_segs += [("onderdeel" if soort == "onder" else soort, n) for n in nrs]
    return soort, nrs


def _item(c: Cursor, soort: str) -> str | None:
    if soort == "lid":
        nr = lid_nr(c)
        if nr is not None:
            return nr
        t = c.peek()
        if t is not None and t.soort == "woord" and re.fullmatch(r"\d+[a-z]*", t.tekst):
            c.i += 1
            return t.tekst
        return None
    if soort == "onderdeel":
        return onderdeel_nr(c)
    if soort == "artikel":
        return artikel_nr(c)
    return structuur_nr(c)


def _nummers(c: Cursor, soort: str) -> list[str]:
    """'vierde en vijfde', 'c tot en met f', '2, 3 en 4' (stops before anything else)."""
    first = _item(c, soort)
    return [] if first is None else _verder(c, soort, [first])


def _verder(c: Cursor, soort: str, out: list[str]) -> list[str]:
    """The numbers after the first ones ``out``: «, 3», «en 4», «tot en met 6» (stops before anything else)."""
    while True:
        save = c.i
        if c.opt("tot en met"):
            hi = _item(c, soort)
            if hi is None:
                c.i = save
                break
            out[-1:] = _expand(out[-1], hi, c)
            continue
        if c.opt_teken(",") or c.opt("en"):
            nxt = _item(c, soort)
            if nxt is None:
                c.i = save
                break
            out.append(nxt)
            continue
        break
    return out


def _expand(lo: str, hi: str, c: Cursor) -> list[str]:
    if lo.isdigit() and hi.isdigit():
        if not 0 <= int(hi) - int(lo) < MAX_REEKS:
            raise fout(c, f"de reeks {lo} tot en met {hi} is leeg of langer dan {MAX_REEKS} eenheden")
        return [str(i) for i in range(int(lo), int(hi) + 1)]
    if len(lo) == 1 and len(hi) == 1 and lo.isalpha() and hi.isalpha() and lo <= hi:
        return [chr(x) for x in range(ord(lo), ord(hi) + 1)]
    raise fout(c, f"de reeks {lo} tot en met {hi} kan niet worden uitgeschreven")


# --- a range in a renumbering ----------------------------------------------------------------------------


def reeks(c: Cursor, standaard: str | None) -> tuple[str, list[str]]:
    """The numbers of a renumbering: 'het vierde en vijfde lid', 'de onderdelen c tot en met f', 'd tot en
    met g', 'artikel 20', '3 en 4' (``standaard`` is the kind when the words do not name it)."""
    c.opt("de") or c.opt("het")
    soort = standaard
    t = c.peek()
    if t is not None and t.soort == "woord" and t.tekst.casefold() in ENKELVOUD:
        soort = ENKELVOUD[t.tekst.casefold()]
        c.i += 1
    if soort is None:
        save = c.i
        soort = "lid" if lid_nr(c) is not None else None
        c.i = save
    if soort is None:
        raise fout(c, "hier wordt genoemd welke leden, onderdelen of artikelen worden vernummerd")
    nrs = _nummers(c, soort)
    if not nrs:
        raise fout(c, f"hier worden de nummers van de {MEERVOUD.get(soort, soort + 'en')} verwacht")
    if soort == "lid":
        c.opt("lid") or c.opt("leden")
    nieuw(c)
    return soort, nrs
