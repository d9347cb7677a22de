"""Resolve human Dutch citations of a unit inside one regeling to an :class:`Adres`.

Handles the forms of the Aanwijzingen voor de regelgeving (ch. 3, citeren): "artikel 36a, tweede lid,
onder b", "artikel 36a, lid 2, onderdeel b", "het eerste lid, aanhef en onder d" (relative to an artikel
given as context), "artikel P 19", "onder d, sub 1°". A trailing citeertitel ("van de Gemeentewet") is
ignored. :func:`resolve` also accepts the address form and a JCI.

Examples:
    >>> str(parse_citation("artikel 36a, tweede lid, onder b").adres)
    'artikel:36a/lid:2/onderdeel:b'
    >>> c = parse_citation("het eerste lid, aanhef en onder d", context="15")
    >>> str(c.adres), c.aanhef
    ('artikel:15/lid:1/onderdeel:d', True)
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from wetgeving.errors import AddressError
from wetgeving.locatie import MAX_SEGMENTEN, Adres, Jci
from wetgeving.model import Eenheid, Regeling
from wetgeving.nummers import from_ordinal, normalize_onderdeel

# possessive quantifiers (*+): the number never backtracks, so "artikel 1.1.1…1_" fails in linear time
_ARTIKEL = re.compile(r"(?:het\s+)?artikel\s+(?P<nr>[A-Z]{1,3}\s?\d++[a-z]*+|\d++(?:\.\d++)*+[a-z]*+(?:\.\d++)*+)\b", re.I)
_LID_ORD = re.compile(r"(?:het\s+)?(?P<ord>[a-zë]+ste|[a-zë]+de|eerste)\s+lid\b", re.I)
_LID_NUM = re.compile(r"lid\s+(?P<nr>\d+[a-z]*)\b", re.I)
_AANHEF = re.compile(r"aanhef(?:\s+en\s+|\s*,\s*|$)", re.I)
_ONDER = re.compile(
    r"(?:onder(?:deel)?|sub|subonderdeel)\s+(?P<nr>\*?[0-9]+[a-z]*\s*[°e]?\.?|\*?[a-z]{1,4}\*?\.?)(?=$|[\s,])", re.I
)
_TAIL = re.compile(r",?\s*(?:van\s+(?:de|het)\s+)?[A-Z][\w ’'-]*$")


MAX_CITATION = 1000
"""The longest citation read (real ones are under a hundred characters); longer input is refused at once."""


@dataclass(frozen=True, slots=True)
class Citaat:
    """A resolved citation: the address and whether the aanhef (lead-in) was named."""

    adres: Adres
    aanhef: bool = False


def parse_citation(text: str, context: str | None = None) -> Citaat:
    """Parse a Dutch citation; ``context`` is the artikel nr used when the citation starts below it."""
    if len(text) > MAX_CITATION:
        raise AddressError(f"een verwijzing van {len(text)} tekens is langer dan de grens van {MAX_CITATION}",
                           hint="verwijs naar één eenheid, bijvoorbeeld 'artikel 36a, tweede lid, onder b'")
    rest = " ".join(text.replace("\u00a0", " ").split()).strip().rstrip(".")
    segs: list[tuple[str, str]] = []
    aanhef = False
    pos = 0  # patterns match at pos: no slicing, so a long citation is read in linear time
    while pos < len(rest):
        while pos < len(rest) and rest[pos] in ", ":
            pos += 1
        if pos == len(rest):
            break
        if len(segs) > MAX_SEGMENTEN:
            raise AddressError(f"citation {text[:80]!r}… names more than {MAX_SEGMENTEN} levels",
                               hint="cite one unit, e.g. 'artikel 36a, tweede lid, onder b'")
        if m := _ARTIKEL.match(rest, pos):
            if segs:
                raise AddressError(f"citation {text!r} names more than one unit",
                                   hint="cite one unit, e.g. 'artikel 36a, tweede lid'")
            segs = [("artikel", " ".join(m["nr"].split()))]
        elif m := _LID_ORD.match(rest, pos):
            n = from_ordinal(m["ord"])
            if n is None:
                raise AddressError(f"unknown ordinal {m['ord']!r} in citation {text!r}")
            segs.append(("lid", str(n)))
        elif m := _LID_NUM.match(rest, pos):
            segs.append(("lid", m["nr"]))
        elif m := _AANHEF.match(rest, pos):
            aanhef = True
        elif m := _ONDER.match(rest, pos):
            segs.append(("onderdeel", normalize_onderdeel(m["nr"].replace("*", ""))))
        elif segs and _TAIL.fullmatch(rest, pos):
            break
        else:
            raise AddressError(f"cannot read {rest[pos:pos + 80]!r} in citation {text[:200]!r}")
        pos = m.end() if m and m.end() > pos else len(rest)
    if not segs:
        raise AddressError(f"citation {text!r} names no artikel, lid or onderdeel")
    if segs[0][0] != "artikel":
        if context is None:
            raise AddressError(f"citation {text!r} names no artikel and no artikel was given as context")
        segs.insert(0, ("artikel", context))
    return Citaat(Adres(tuple(segs)), aanhef)


def resolve(regeling: Regeling, text: str, context: str | None = None) -> tuple[Adres, Eenheid]:
    """Resolve an address, JCI or citation to a unit of ``regeling``; suggest near misses on failure."""
    text = text.strip()
    if text.startswith(("jci", "1.0:", "1.3:")):
        jci = Jci.parse(text)
        if jci.adres is None:
            raise AddressError(f"JCI {text!r} names the whole regeling, not a unit")
        if regeling.bwb_id and jci.bwb_id != regeling.bwb_id:
            raise AddressError(f"JCI {text!r} names {jci.bwb_id}, not {regeling.citeertitel} ({regeling.bwb_id})",
                               hint=f"give a JCI of {regeling.bwb_id}, or name the regeling the JCI belongs to")
        adres = jci.adres
    elif re.match(r"^[a-z]+:", text):
        adres = Adres.parse(text)
    else:
        adres = parse_citation(text, context).adres
    unit = regeling.get(adres)
    if unit is None:
        raise AddressError(
            f"{adres.citation()} ({adres}) does not exist in {regeling.citeertitel} "
            f"geldig vanaf {regeling.geldig_vanaf}",
            hint=("nearest existing: " + "; ".join(near)) if (near := suggest(regeling, adres)) else None,
        )
    return adres, unit


def suggest(regeling: Regeling, adres: Adres, n: int = 4) -> list[str]:
    """Existing addresses near ``adres``: its nearest artikelen in order, or the units of its deepest
    existing ancestor (for error messages)."""
    from wetgeving.model import children
    from wetgeving.nummers import sort_key

    art = adres.artikel
    if art is not None and regeling.get(Adres.of(("artikel", art))) is None:
        nrs = sorted((a.nr for a in regeling.artikelen()), key=sort_key)
        key = sort_key(art)
        pos = next((i for i, nr in enumerate(nrs) if sort_key(nr) > key), len(nrs))
        return [f"artikel {nr}" for nr in nrs[max(0, pos - n // 2): pos + n // 2]]
    parent = adres.parent
    while parent is not None and regeling.get(parent) is None:
        parent = parent.parent
    if parent is None:
        return difflib.get_close_matches(str(adres), [str(a) for a in regeling.index], n=n, cutoff=0.6)
    unit = regeling.get(parent)
    assert unit is not None
    return [parent.child(*((k.soort, k.nr))).citation() for k in children(unit)][:8]
