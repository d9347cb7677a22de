"""Resolve human Dutch citations of a unit inside one regeling to an :class:`Adres`.

Handles the forms of the Aanwijzingen voor de regelgeving (ch. 3, citeren): "artikel 36a, tweede lid,
onder b", "artikel 36a, lid 2, onderdeel b", "het eerste lid, aanhef en onder d" (relative to an artikel
given as context), "artikel P 19", "onder d, sub 1°". A trailing citeertitel ("van de Gemeentewet", or an
abbreviation such as "Awb") must be that of the regeling it is resolved in (:func:`check_wet`). Everyday forms
people type work too: "art. 36a lid 2", "artikel 36a, 2e lid", "36a", "Artikel 36A", "art 36a(2)" and
"art. 15(1)(d)", also without "art." ("36a lid 2", "36a(2)", "13 lid 1 onder o").
:func:`resolve` also accepts the address form and a JCI.

Examples:
    >>> str(parse_citation("artikel 36a, tweede lid, onder b").adres)
    'artikel:36a/lid:2/onderdeel:b'
    >>> c = parse_citation("het eerste lid, aanhef en onder d", context="15")
    >>> str(c.adres), c.aanhef
    ('artikel:15/lid:1/onderdeel:d', True)
    >>> str(parse_citation("art 36A(2)").adres)
    'artikel:36a/lid:2'
"""

from __future__ import annotations

import difflib
import itertools
import re
from collections.abc import Mapping
from dataclasses import dataclass

from wetgeving.errors import AddressError
from wetgeving.locatie import MAX_SEGMENTEN, Adres, Jci
from wetgeving.model import Eenheid, Regeling, datum_tekst
from wetgeving.nummers import from_ordinal, normalize_onderdeel

# possessive quantifiers (*+): the number never backtracks, so "artikel 1.1.1…1_" fails in linear time
# «artikel 10.23», «artikel 2.3a», and the numbering of a law in titles and afdelingen: «artikel 5:16» (Awb)
# and the roman number of an artikel of an amending act: «artikel VI» (Stb. 2022, 444)
_ARTIKEL = re.compile(r"(?:het\s+)?artikel\s+(?P<nr>[A-Z]{1,3}\s?\d++[a-z]*+|\d++(?:[.:]\d++)*+[a-z]*+(?:[.:]\d++)*+"
                      r"|(?-i:[IVXL]{1,6}[a-z]?)(?!\s?\d))\b", re.I)
_LID_ORD = re.compile(r"(?:het\s+)?(?P<ord>[a-zë]+ste|[a-zë]+de|eerste)\s+lid\b", re.I)
_LID_NUM = re.compile(r"lid\s+(?P<nr>\d+[a-z]*)\b", re.I)
_AANHEF = re.compile(r"aanhef(?:\s+en\s+|\s*,\s*|$)", re.I)
_ONDER = re.compile(
    r"(?:onder(?:deel)?|sub|subonderdeel)\s+(?P<nr>\*?[0-9]+[a-z]*\s*[°e]?\.?|\*?[a-z]{1,4}\*?\.?)(?=$|[\s,])", re.I
)
_TAIL = re.compile(r",?\s*(?:van\s+(?:de|het)\s+)?[A-Z][\w ’'-]*$")
# a container: "hoofdstuk Va", "paragraaf 6.3", "§ 6.3", "afdeling 2.1", "titel IV" (with the law's title after it)
_CONTAINER = re.compile(r"(?:het\s+|de\s+)?(?P<kw>hoofdstuk|titel|afdeling|paragraaf|§)\s*"
                        r"(?P<nr>[IVXLC]+[a-zA-Z]?|\d+(?:\.\d+)*[a-z]?|[A-Z][a-z]?)(?=$|[\s,])", re.I)
_KW = {"§": "paragraaf"}

# Everyday forms, rewritten to the formal one before parsing.
AANWIJZINGEN = "BWBR0005730"
# «aanwijzing 6.12»: the Aanwijzingen voor de regelgeving call their artikelen so (BWB: artikel 6.12; helper-183); in
# another regeling :func:`resolve` refuses the word (helper-190)
_ART_ABBR = re.compile(r"^(?:het\s+|de\s+)?(?:art(?:ikel|\.|\b)|aanwijzing\b)\s*", re.I)
# a citation that starts with an artikel number ("36a", "36a lid 2", "36a(2)", "P 19, vijfde lid", "Ya 42"); an ordinal
# lid ("2e lid") is rewritten to "lid 2" first, so it never reads as an artikel
_BARE_NR = re.compile(r"^(?!(?i:lid|sub|onder|aanhef|art)\b)(?:[A-Z][A-Za-z]{0,2}\s?)?\d+(?:[.:]\d+)*[a-zA-Z]*(?=$|[\s,(])")
_PARENS = re.compile(r"\((\d+[a-z]?)\)(?:\(([a-z]{1,3}|\d+)\))?")
_NUM_ORD = re.compile(r"\b(\d+)(?:e|de|ste)\s+lid\b", re.I)
_SUFFIX = re.compile(r"^((?:[A-Z]{1,3}\s?)?\d+(?:[.:]\d+)*)([A-Z]+)\b")


def _everyday(text: str) -> str:
    """'art. 36A(2)' → 'artikel 36a, lid 2'; '2e lid' → 'lid 2'; a citation that starts with a bare number
    starts with an artikel."""
    text = _NUM_ORD.sub(_ordinal_lid, text)
    if _BARE_NR.match(text):
        text = "artikel " + text
    if m := _ART_ABBR.match(text):
        rest = text[m.end():]
        if s := _SUFFIX.match(rest):  # artikel numbers carry lower-case letters: 36A is 36a
            rest = s[1] + s[2].lower() + rest[s.end():]
        text = "artikel " + rest
    return _PARENS.sub(lambda m: f", lid {m[1]}" + (f", onder {m[2]}" if m[2] else ""), text)


def _ordinal_lid(m: re.Match[str]) -> str:
    """'2e lid' → 'lid 2', unless the number is the artikel's ('art. 62e lid 2', '62e lid 2')."""
    if re.search(r"(?i)\bart(?:ikel|\.)?\s*$", m.string[:m.start()]) or re.match(r"\s+\d", m.string[m.end():]):
        return m[0]
    return f"lid {m[1]}"


MAX_CITATION = 1000
"""The longest citation read (real ones are under a hundred characters); longer input is refused at once."""


@dataclass(frozen=True, slots=True)
class Citaat:
    """A resolved citation: the address and whether the aanhef (lead-in) was named."""

    adres: Adres
    aanhef: bool = False
    wet: str = ""  # the law the citation names after the unit («van de Gemeentewet» → «Gemeentewet»), if any


# «(nieuw)» right after the number, letter or «lid» it qualifies: «het vijfde lid (nieuw)», «artikel 36a (nieuw)»
_NIEUW = re.compile(r"(\b(?:lid|\d+[a-z]*°?|[a-z]{1,2}°?))\s*\(nieuw\)(?=\s*,|\s*$)", re.IGNORECASE)


def parse_citation(text: str, context: str | None = None, *, nieuw: bool = False) -> Citaat:
    """Parse a Dutch citation; ``context`` is the artikel nr used when the citation starts below it."""
    if len(text) > MAX_CITATION:
        raise AddressError(f"een verwijzing van {len(text)} tekens is langer dan de grens van {MAX_CITATION}",
                           hint="verwijs naar één eenheid, bijvoorbeeld 'artikel 36a, tweede lid, onder b'")
    plain = " ".join(text.replace("\u00a0", " ").split()).strip().rstrip(".")
    if any(c.isdigit() and not c.isascii() for c in plain):  # «artikel ３６a»: read as a number, found nowhere
        raise AddressError(f"kan de verwijzing {text[:200]!r} niet lezen", hint=_vreemde_letter(plain))
    # Aanwijzing 6.19: «het vijfde lid (nieuw)» names a unit by the numbering a change gives it: read (``nieuw``) where
    # the text it is resolved in is the one after that change (a comment on a bill; helper-126: the tool wrote it and
    # refused it back), refused elsewhere, where it would name the unit of that number before the change (helper-128)
    if _NIEUW.search(plain):
        if not nieuw:
            raise AddressError(f"«(nieuw)» in de verwijzing {text!r} noemt een eenheid naar haar nummer na een wijziging "
                               "(Aanwijzing 6.19); hier wordt een versie van de wet zelf gelezen",
                               hint="laat «(nieuw)» weg en noem het nummer dat de eenheid in deze versie heeft")
        plain = _NIEUW.sub(r"\1", plain)
    if (c := _CONTAINER.match(plain)) and (c.end() == len(plain) or _TAIL.fullmatch(plain, c.end())):
        soort = c["kw"].lower()  # found by its own number: see :func:`container`
        return Citaat(Adres(((_KW.get(soort, soort), c["nr"]),)), wet=_wet(plain[c.end():]))
    rest = _everyday(plain)
    segs: list[tuple[str, str]] = []
    aanhef = False
    wet = ""
    pos = 0  # patterns match at pos: no slicing, so a long citation is read in linear time
    while pos < len(rest):
        while pos < len(rest) and rest[pos] in ", ":
            pos += 1
        if pos == len(rest):
            break
        if len(segs) > MAX_SEGMENTEN:
            raise AddressError(f"de verwijzing {text[:80]!r}… noemt meer dan {MAX_SEGMENTEN} niveaus",
                               hint="noem één eenheid, bijvoorbeeld 'artikel 36a, tweede lid, onder b'")
        if m := _ARTIKEL.match(rest, pos):
            if segs:
                raise AddressError(f"de verwijzing {text!r} noemt meer dan één eenheid",
                                   hint="noem één eenheid, bijvoorbeeld 'artikel 36a, tweede lid'")
            segs = [("artikel", " ".join(m["nr"].split()))]
        elif m := _LID_ORD.match(rest, pos):
            n = from_ordinal(m["ord"])
            if n is None:
                raise AddressError(f"onbekend rangtelwoord {m['ord']!r} in de verwijzing {text!r}")
            segs.append(("lid", str(n)))
        elif m := _LID_NUM.match(rest, pos):
            segs.append(("lid", m["nr"]))
        elif m := _AANHEF.match(rest, pos):
            aanhef = True
        elif m := _ONDER.match(rest, pos):
            segs.append(("onderdeel", normalize_onderdeel(m["nr"].replace("*", ""))))
        elif segs and _TAIL.fullmatch(rest, pos):
            wet = _wet(rest[pos:])
            break
        elif re.match(r"(?i)[a-zë]+\s+(?:en|tot\s+en\s+met)\s+[a-zë]+\s+lid\b|(?:en|tot\s+en\s+met)\s", rest[pos:]):
            raise AddressError(f"de verwijzing {text[:200]!r} noemt meer dan één eenheid",  # helper-56
                               hint="noem één eenheid, bijvoorbeeld 'artikel 36c, tweede lid', of het artikel als geheel")
        else:
            raise AddressError(f"kan {rest[pos:pos + 80]!r} in de verwijzing {text[:200]!r} niet lezen",
                               hint=_vreemde_letter(rest[pos:pos + 80]) or None)
        pos = m.end() if m and m.end() > pos else len(rest)
    if not segs:
        raise AddressError(f"de verwijzing {text!r} noemt geen artikel, lid of onderdeel")
    if sum(soort == "lid" for soort, _ in segs) > 1 or any(  # helper-159: «artikel 36a lid 2 lid 3» was lid:2/lid:3
            a == "onderdeel" and b == "lid" for (a, _), (b, _) in itertools.pairwise(segs)):
        raise AddressError(f"de verwijzing {text!r} noemt een lid in een lid of onder een onderdeel",
                           hint="noem één lid, en de onderdelen daarna, bijvoorbeeld 'artikel 13, eerste lid, onder a'")
    if segs[0][0] != "artikel":
        if context is None:
            raise AddressError(f"de verwijzing {text!r} noemt geen artikel, en er is ook geen artikel als context gegeven")
        segs.insert(0, ("artikel", context))
    return Citaat(Adres(tuple(segs)), aanhef, wet)


def _wet(tail: str) -> str:
    """«, van de Gemeentewet» → «Gemeentewet»."""
    return re.sub(r"^,?\s*(?:van\s+(?:de|het)\s+)?", "", tail).strip()


AFKORTINGEN = {"Awb": "Algemene wet bestuursrecht", "BW": "Burgerlijk Wetboek", "Sr": "Wetboek van Strafrecht",
               "Sv": "Wetboek van Strafvordering", "Woo": "Wet open overheid", "Gemw": "Gemeentewet",
               "Wzt": "Wet op de zorgtoeslag", "Kw": "Kieswet", "Wjsg": "Wet justitiële en strafvorderlijke gegevens"}
"""Abbreviations of law titles as citations write them (the BWB's own «afkorting», where it is not ambiguous:
«Pw» is both the Provinciewet and the Participatiewet, «Gw» the Grondwet)."""
_VOLUIT = {k.casefold(): v for k, v in AFKORTINGEN.items()}
AFKORTING = re.compile(r"(?<![\w-])(?:" + "|".join(AFKORTINGEN) + r")(?![\w-])", re.I)  # «AWB» too
"""An abbreviation of :data:`AFKORTINGEN` in a citation a user types (any case)."""


def voluit(tekst: str) -> str:
    """``tekst`` with every abbreviation of :data:`AFKORTINGEN` written as the law's title («artikel 5:16 Awb» →
    «artikel 5:16 Algemene wet bestuursrecht»)."""
    return AFKORTING.sub(lambda m: _VOLUIT[m[0].casefold()], tekst)


def andere_wet(citaat: Citaat, citeertitel: str) -> str:
    """The law a citation names after its unit when it is not ``citeertitel`` (an abbreviation read as its title),
    else ""."""
    if not citaat.wet or not citeertitel:
        return ""
    naam = _VOLUIT.get(citaat.wet.casefold().rstrip("."), citaat.wet)
    return "" if naam.casefold() == " ".join(citeertitel.split()).casefold() else citaat.wet


def check_wet(citaat: Citaat, text: str, citeertitel: str) -> None:
    """Refuse a citation that names another law than the one it is read in (helper-56: «artikel 170, tweede lid,
    Provinciewet» was placed in the Gemeentewet)."""
    if andere := andere_wet(citaat, citeertitel):
        raise AddressError(f"de verwijzing {text!r} noemt de {andere}, maar hier wordt de {citeertitel} gelezen",
                           hint=f"noem een bepaling van de {citeertitel}, of laat de naam van de wet weg")


def adres_van(text: str, citeertitel: str = "", bwb_id: str = "", namen: Mapping[str, str] | None = None) -> Adres:
    """The address a JCI («jci1.3:c:…&artikel=36a»), an address (artikel:36a/lid:2) or a citation («artikel 36a, tweede
    lid») names; :class:`AddressError` when it names none, or (with ``citeertitel``, ``bwb_id``) when it names another
    law (helper-98: a JCI of the Kieswet gave artikel 28 of the Gemeentewet), named by its title when ``namen`` (BWB id
    → citeertitel) knows it."""
    text = text.strip()
    if Jci.is_jci(text):
        jci = Jci.parse(text)
        if jci.adres is None:
            raise AddressError(f"JCI {text!r} noemt de hele regeling, geen eenheid")
        if bwb_id and jci.bwb_id != bwb_id:
            andere = f"de {namen[jci.bwb_id]} ({jci.bwb_id})" if namen and jci.bwb_id in namen else jci.bwb_id
            raise AddressError(f"JCI {text!r} noemt {andere}, niet {f'de {citeertitel}' if citeertitel else 'deze regeling'} "
                               f"({bwb_id})",
                               hint=f"geef een JCI van {bwb_id}, of noem de regeling waar de JCI bij hoort")
        return jci.adres
    if ":" in text.split(" ")[0]:
        return Adres.parse(text)
    citaat = parse_citation(text)
    check_wet(citaat, text, citeertitel)
    return citaat.adres


def resolve(regeling: Regeling, text: str, context: str | None = None, *, naam: str = "",
            namen: Mapping[str, str] | None = None, nieuw: bool = False) -> tuple[Adres, Eenheid]:
    """Resolve an address, JCI or citation to a unit of ``regeling``; suggest near misses on failure. ``naam`` says
    what ``regeling`` is when it is no version of a law (a law as a bill would amend it); a JCI of another law is
    refused, named by its title when ``namen`` (BWB id → citeertitel) knows it. ``nieuw``: ``regeling`` is the text
    after a change, so «(nieuw)» (Aanwijzing 6.19) may qualify a number."""
    text = text.strip()
    if re.match(r"(?i)(?:de\s+)?aanwijzing\b", text) and regeling.bwb_id != AANWIJZINGEN:  # helper-190
        raise AddressError(f"«{text[:60]}» noemt een aanwijzing; de {regeling.citeertitel} heeft artikelen, geen "
                           "aanwijzingen", hint="schrijf «artikel …», of vraag de aanwijzing op in de regeling aanwijzingen")
    if Jci.is_jci(text):
        adres = adres_van(text, regeling.citeertitel, regeling.bwb_id, namen)
    elif re.match(r"^[a-z]+:", text):
        adres = Adres.parse(text)
    else:
        citaat = parse_citation(text, context, nieuw=nieuw)
        adres = citaat.adres
        check_wet(citaat, text, regeling.citeertitel)
    unit = regeling.get(adres)
    if unit is None and (full := container(regeling, adres)) is not None:
        adres, unit = full, regeling.get(full)
    if unit is None:
        raise AddressError(
            f"{adres.citation()} ({adres}) bestaat niet in "
            + (naam or f"de {regeling.citeertitel} " + (f"({datum_tekst(regeling)}, Markdown-spiegel)" if regeling.tekstdatum
                                                         else datum_tekst(regeling))),
            # helper-158: «dichtstbijzijnde bestaande: …» said nothing to do
            hint=("kies een bestaande eenheid; in de buurt liggen: " + "; ".join(near))
            if (near := suggest(regeling, adres)) else None,
        )
    return adres, unit


def container(regeling: Regeling, adres: Adres) -> Adres | None:
    """The full address of a container cited by its own number ("paragraaf 6.3" → hoofdstuk:6/paragraaf:6.3), when
    the regeling has exactly one; None when it has none. Two of that number is refused with both (name the one
    around it), and a source that records no containers at all cannot say whether it exists: refused so."""
    if adres.artikel is not None or len(adres.segmenten) != 1:
        return None
    found = regeling.containers_bij_nummer.get(adres.segmenten[0], [])
    if len(found) > 1:
        raise AddressError(f"{adres.citation()} komt meer dan eens voor in de {regeling.citeertitel}: "
                           + ", ".join(str(a) for a in found[:6]), hint="geef het volledige adres, bijvoorbeeld " + str(found[0]))
    if not found and not regeling.heeft_indeling:
        raise AddressError(f"de bron van de {regeling.citeertitel} geldig vanaf {regeling.geldig_vanaf} geeft geen "
                           "indeling in hoofdstukken, titels, afdelingen of paragrafen: of " + adres.citation()
                           + " erin staat en "
                           "welke artikelen het bevat, is daaruit niet te zeggen",
                           hint="vraag naar een artikel, of gebruik een BWB-XML-bron van deze regeling (die de indeling "
                                "bevat)")
    return found[0] if found else None


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
    zonder = "leden of onderdelen" if parent.segmenten[-1][0] == "artikel" else "onderdelen"  # a lid has no leden
    return [parent.child(*((k.soort, k.nr))).citation() for k in children(unit)][:8] or [
        f"{parent.citation()} (zonder {zonder})"]


_SCHRIFT = {"CYRILLIC": "Cyrillische", "GREEK": "Griekse", "ARMENIAN": "Armeense", "FULLWIDTH": "brede (Oost-Aziatische)"}


def _vreemde_letter(text: str) -> str:
    """A letter that looks Latin but is not («artikel 36а» with a Cyrillic а, helper-146), named; "" when none."""
    import unicodedata

    for c in text:
        naam = unicodedata.name(c, "")
        schrift = next((nl for en, nl in _SCHRIFT.items() if naam.startswith(en)), None)
        if c.isalpha() and schrift:
            return f"«{c}» (U+{ord(c):04X}) is een {schrift} letter, geen Latijnse: typ de verwijzing opnieuw"
        if c.isdigit() and not c.isascii():  # helper-147: «artikel ３６a», full-width digits
            return f"«{c}» (U+{ord(c):04X}) is geen gewoon cijfer: typ de verwijzing opnieuw"
    return ""
