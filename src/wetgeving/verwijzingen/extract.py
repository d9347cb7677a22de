"""Find references in Dutch legal text and resolve them to addresses and JCI targets.

Recognised (Aanwijzingen voor de regelgeving, ch. 3 "citeren"):

* internal: "artikel 36a", "artikel 10, tweede lid, onder b", "de artikelen 12 tot en met 15",
  "de artikelen 22, 82, derde lid, en 86", "artikel P 19", "artikel 4:8", "het eerste lid van artikel X 1",
  "hoofdstuk XIa", "paragraaf 3.4", "de paragrafen 4.2, 6.1 en 7.1", "afdeling 8.2.3";
* relative (inside the artikel being read): "het eerste lid", "het vorige lid", "dit artikel",
  "het tweede en derde lid", "het eerste lid, onderdeel b"; after "X is van (overeenkomstige) toepassing, met dien
  verstande dat" a lid of X, also in the onderdelen of a text ending so ("met dien verstande dat:"); a lid the
  artikel being read does not have is the lid of the artikel cited before it in the alinea, when that one has it
  (with ``unit_exists``);
* an onderdeel on its own ("de in onderdeel l bedoelde", "bedoeld onder a", "in het tweede lid in plaats van
  onderdeel b"): of that lid after "in plaats van", else of the nearest unit around the text that has it (a
  sibling), else of the lid cited last before it in the alinea that has it; one none of these has is not read,
  since whose it is cannot be told (with ``unit_exists`` and the unit being read, ``eenheid``);
* "het tweede of derde lid van dat artikel": leden of the artikel cited before it in the alinea, in its law;
* external: a chain followed by "van de <citeertitel>", "van die wet", or a citeertitel on its own
  ("de Wet gemeenschappelijke regelingen"), EU acts ("richtlijn 2004/38/EG" → CELEX);
* external to a law the register does not know: a title of the generic shape ("Wet op de …", "… wet
  1994", "Algemene wet …", "Besluit …") is kept as soort ``onbekend`` with its ``titel`` — never dropped.

Each reference keeps its span. In a list each cited artikel is one reference (as the official markup does);
a range "tot en met" is one reference to its first artikel, and a list of leden or onderdelen of one artikel
("eerste en derde lid", "onder a, b en c") is cited at its first one (an address, and a JCI, names one unit);
the others are in ``Gevonden.ook``.
A law named after a list is the whole list's, except after a restart ("de artikelen 17 en 36b en artikel 30c
van de Wet …": only 30c's); a plural list goes on after a law ("… van deze wet, 35 van de Wet …"). A reference
followed by "zoals dat artikel luidde" is to an earlier text (``historisch``); "zoals deze wetten luidden" makes the
whole list before it so.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace

from wetgeving.locatie import Adres, Jci
from wetgeving.model import Alinea
from wetgeving.nummers import from_ordinal
from wetgeving.verwijzingen.boeken import per_boek, wetboek_na_boek
from wetgeving.verwijzingen.titels import Titelregister, generic_title_at, generic_titles

ORD = (r"(?:eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|elfde|twaalfde|dertiende|"
       r"veertiende|vijftiende|zestiende|zeventiende|achttiende|negentiende|twintigste|laatste)")
# an artikel number: 36a, 4:8, 1.1, 10.2.3a, P 19, Na 32, I 2a, 78ee
ARTNR = r"(?:[A-Z][a-z]?\s\d+[a-z]*|\d+(?::\d+[a-z]*|(?:\.\d+)+[a-z]*)?[a-z]*)"
_ITEM_SEP = (r"(?:(?:,\s+en\s+|,\s+of\s+|,\s+onderscheidenlijk\s+|,\s*|\s+en\s+|\s+of\s+|\s+onderscheidenlijk\s+"
             r"|,?\s+juncto\s+|,?\s+in\s+samenhang\s+met\s+"
             r"|\s+en(?=\d)"  # "66 en142a van de Algemene bijstandswet" (Participatiewet 78g)
             r"|\s(?=\d+[a-z]?,\s))(?:artikel\s+)?)")  # "de artikelen 5, 7c, 20, 21 59, 62 en 69" (Gemeentewet 249)
# "het eerste en het vierde lid" (Participatiewet 64, tiende lid) is a list too
_LIST = (rf"{ORD}(?:(?:,\s+|\s+en\s+(?:het\s+)?|\s+of\s+(?:het\s+)?|\s+tot\s+en\s+met\s+(?:het\s+)?"
         rf"|\s+onderscheidenlijk\s+){ORD})*")
_STOP = r"(?!(?:en|of|van|de|het|tot|in|op|te|is|bij)\b)"
_OSEP = r"(?:,\s+|\s+en\s+|\s+of\s+|\s+tot\s+en\s+met\s+)"
# a letter or a doubled one after z ("aa", "ee": Participatiewet 78ee), or roman; not a two-letter word ("onder b,
# zo spoedig mogelijk", Kieswet M 6, vierde lid)
_OALPHA = rf"{_STOP}(?:{'|'.join(c + c for c in 'abcdefghijklmnopqrstuvwxyz')}|[a-z]|[ivx]+)(?![\w:])"
_ONUM = r"\d+[°º]?(?![\w:])"
_ONDER = rf"(?:{_OALPHA}|{_ONUM})"
# a list of onderdelen is all letters or all numbers ("onder a, b en c"; "onder 1, 2 of 3"), so that
# "onderdelen b en c, 15, tweede lid" ends before the next artikel
_ONDERS = rf"(?:{_OALPHA}(?:{_OSEP}{_OALPHA})*|{_ONUM}(?:{_OSEP}{_ONUM})*)"
# a part of the artikel cited ("eerste lid", "onder b", "tweede volzin"); after "en"/"of" a sibling of the part
# before it ("eerste lid en derde lid", "onderdeel f en onderdeel g", Participatiewet 31), not a deeper one
_SUB = re.compile(
    rf"(?:,\s+(?P<en>en|of)\s+|,?\s+(?:(?P<en2>en|of)\s+)?)(?:(?P<behalve>met\s+uitzondering\s+van|behoudens)\s+(?:het\s+|de\s+)?)?(?:(?P<lid>{_LIST})\s+lid|lid\s+(?P<lidnr>\d+[a-z]?)|(?P<aanhef>aanhef)"
    rf"(?:\s+en\s+(?:onder|onderdeel|onderdelen)\s+(?P<o0>{_ONDERS}))?|(?:onder|onderdeel|onderdelen|sub)\s+(?P<o>{_ONDERS})"
    rf"|(?P<zin>{ORD})\s+(?:vol)?zin)(?![\w])"
)
_END = r"(?![\w]|[.:]\d)"
# the roman number of an artikel of an amending act, only before the act it is of ("Artikel I van de Wet bevorderen
# integriteit en functioneren decentraal bestuur", Gemeentewet 292 since 2023-04-01): never one of the law read;
# with a capital onderdeel («artikel IX, onderdeel B, van de Verzamelwet SZW 2016») only the act is read
_ROMEINS = r"[IVXLC]+(?=\s+van\s+(?:de|het)\s+[A-Z])"
_START = re.compile(rf"\b(?P<kw>[Aa]rtikel(?:en)?)\s+(?P<nr>{ARTNR}|{_ROMEINS}){_END}")
_NEXT = re.compile(rf"{_ITEM_SEP}(?P<nr>{ARTNR}){_END}(?!\s+(?:lid|leden|jaar|dagen|weken|maanden|procent|%))")
# "tot en met 104", also after the first one's lid: "De artikelen 100, tweede lid, tot en met 104" (Gemeentewet 106)
_RANGE = re.compile(rf",?\s+tot\s+en\s+met\s+(?P<nr>{ARTNR}){_END}")
# a range of leden after a lid: "het eerste lid tot en met achtste lid" (Participatiewet 64, tiende lid)
_LID_RANGE = re.compile(rf"\s+tot\s+en\s+met\s+(?:het\s+)?(?P<ord>{ORD})\s+lid\b")
_LID_FIRST = re.compile(rf"\b(?:[Hh]et|[Dd]e)\s+(?P<lid>{_LIST})\s+lid\s+van\s+(?P<kw>artikel)\s+(?P<nr>{ARTNR}){_END}")
_CONTAINER = re.compile(
    r"(?:\b|(?=§))(?P<kw>[Hh]oofd?stuk(?:ken)?|[Tt]itel|[Aa]fdeling(?:en)?|[Pp]aragra(?:af|fen)|§)\s+"
    r"(?P<nr>[IVXLC]+[a-zA-Z]?|[A-Z][a-z]?|\d+(?:\.\d+)*[a-z]?)(?![\w]|\.\d)"
)
# the period some texts put after a container's number ("de afdelingen 10.2.2. en 10.2.3. van de Algemene wet
# bestuursrecht", Gemeentewet 85, tweede lid), when the list or the law's title goes on after it
_NR_DOT = re.compile(r"\.(?=,|\s+(?:en|of|onderscheidenlijk|tot\s+en\s+met|van)\s)")
# an exception inside a container reference, before the law it belongs to (Kieswet Ya 42, tweede lid)
_EXCEPT = re.compile(r",\s+met\s+uitzondering\s+van\s+(?:(?:§|paragra(?:af|fen)|afdelingen?|titels?)\s+[\w.]+"
                     r"(?:\s+(?:en|of)\s+|,\s+(?=§|paragra|afdeling|titel))?)+")
# a clause between two items of a list of artikelen, without numbers of its own (Kieswet N 15)
_INTERJECTED = re.compile(r",\s+met\s+uitzondering\s+van\s+[^,;:()\d«»]{3,120}(?=,\s)")
# an onderdeel on its own, not "onderdeel a van …" (whose unit follows): a sibling in the lid being read ("de in
# onderdeel l bedoelde vergoedingen", Participatiewet 31, tweede lid, onder m), or after "<lid> in plaats van" that
# lid's ("onderdeel n van toepassing" is one too); "onder a" only after "bedoeld", "genoemd", "de", "der", "voor" ("de
# som van de aantallen, bedoeld onder a", Kieswet N 6; "op een der onder a tot en met e genoemde gronden", G 1)
_LONE_ONDERDEEL = re.compile(rf"(?:\b[Oo]nderde(?:el|len)|(?:(?<=bedoeld\s)|(?<=genoemd\s)|(?<=\bde\s)|(?<=der\s)|"
                             rf"(?<=voor\s))onder)\s+(?P<o>(?>{_ONDERS}))(?!\s+van\b(?!\s+(?:overeenkomstige\s+)?toepassing))")
_INSTEAD = re.compile(r",?\s+in\s+plaats\s+van\s+")
_AFTER_NUMBER = re.compile(r"(?:^|\s)\d+[a-z]*,\s*$")  # "21, onderdeel b": an artikel's onderdeel, not a sibling
_DAT = r"\s+van\s+(?:dat|datzelfde|hetzelfde|laatstgenoemd)\s+artikel\b"
# "het tweede lid van het stembureau" is a member of a body (Kieswet J 25, vijfde lid), no lid of this artikel: a lid
# «van het/de/een/deze …» belongs to something else (helper-64); «van dit artikel» is this artikel's
_RELATIVE = re.compile(
    rf"\b(?:(?P<dit>[Dd]it\s+(?:artikel|lid))|(?:[Hh]et|[Dd]e)\s+(?P<vorige>vorige|voorgaande)\s+lid|"
    rf"(?:[Hh]et|[Dd]e)\s+(?P<lid>{_LIST})\s+lid(?!\s+van\s+(?:artikel|het|de|een|deze)\b|{_DAT}))\b"
)
# helper-89: the container around the citing artikel («Deze paragraaf is op plaatsvervangende leden van overeenkomstige
# toepassing», Gemeentewet 81c, derde lid; «dit hoofdstuk», 81p), the leden before or after the citing lid («In afwijking
# in zoverre van de vorige leden», 237, derde lid) and a volzin of the citing lid («de vorige volzin», 220h, tweede
# lid): read as ``Gevonden.binnen``, placed by graaf.bouw, which knows the regeling. A volzin «van» a lid named after it
# («de eerste volzin van het eerste lid») is that lid's, which _RELATIVE finds.
_BINNEN = re.compile(rf"\b(?:[Dd]eze\s+(?P<c>paragraaf|afdeling|titel)|[Dd]it\s+(?P<h>hoofdstuk)|(?:[Dd]e|[Hh]et)\s+"
                     rf"(?P<l>vorige|voorgaande|volgende)\s+leden|[Dd]e\s+(?:vorige|voorgaande|{ORD})\s+(?P<v>volzin))\b"
                     rf"(?!\s+van\b(?!\s+(?:overeenkomstige\s+)?toepassing))")
# "artikel 36b, eerste lid, en het tweede of derde lid van dat artikel" (Gemeentewet 46, eerste lid): the leden of
# the artikel cited before, in this alinea
_LID_VAN_DAT = re.compile(rf"\b(?:[Hh]et|[Dd]e)\s+(?P<lid>{_LIST})\s+lid{_DAT}")
# the container a container is part of, before the law they are of: "§ 2 van hoofdstuk 6 van de Wet …"
_OUTER = re.compile(r"\s+van\s+(?P<kw>[Hh]oofdstuk|[Tt]itel|[Aa]fdeling|[Pp]aragraaf|§)\s+(?P<nr>[IVXLC]+[a-zA-Z]?|[A-Z][a-z]?|"
                    r"\d+(?:\.\d+)*[a-z]?)(?![\w]|\.\d)")
_LAW_SUFFIX = re.compile(r",?\s+van\s+(?:de\s+|het\s+|(?=Boek\s+\d))")
# a law named in lower case («de gemeentewet»): no citeertitel (those begin with a capital), so not the law that cites
# it; in our sources only Gemeentewet 290, on the withdrawal of the gemeentewet of 1851
_KLEINE_WET = re.compile(r"[a-z][\w-]*wet(?![\w-])")
_UNKNOWN_TITLE = re.compile(r"(?:[A-Z][\w-]*)(?:\s+(?:[a-z][\w-]*|[A-Z][\w-]*|\d{4}))*?\s*(?=[,.;:)]|\s+(?:is|zijn|wordt|"
                            r"worden|niet|van|bedoelde?|bepaalde?|genoemde?|en|of|voor|met|op|in)\b|$)")
_EU_OR_TREATY = re.compile(r",?\s+van\s+(?:de\s+|het\s+)?(?P<t>(?:[Rr]ichtlijn|[Vv]erordening)\s+"
                           r"(?:\((?:EU|EG|EEG|Euratom)\)\s+)?(?:nr\.\s+)?\d+/\d+(?:/(?:EU|EG|EEG|Euratom))?|(?<=het\s)Verdrag[^,;:()]{0,120}?(?=[,;:()]|\.\s|\.$|$)"
                           r"|(?<=de\s)Algemene\s+verordening\s+gegevensbescherming)")
_LATER_LAW = re.compile(r"\s+(?:en|of)\s+(?:afdeling|hoofdstuk|paragraaf|titel|artikel)\s+[\w.:]+\s+van\s+(?:de|het)\s+")
_DIE = re.compile(r",?\s+van\s+(?P<w>die\s+wet|dat\s+besluit|die\s+regeling|die\s+verordening|genoemde\s+wet|"
                  r"deze\s+wet|dit\s+besluit|dat\s+boek|dat\s+wetboek)\b")
_EU_NR = r"(?P<a>\d+)/(?P<b>\d+)(?:/(?:EU|EG|EEG|Euratom))?"
_EU = re.compile(
    r"\b(?P<kw>[Rr]ichtlijn(?:en)?|[Vv]erordening(?:en)?)\s+(?:\((?:EU|EG|EEG|Euratom)\)\s+)?(?:nr\.\s+)?" + _EU_NR
)
_EU_NEXT = re.compile(r"(?:,\s+|\s+en\s+|\s+of\s+)(?:nr\.\s+)?" + _EU_NR + r"(?![\w/])")


@dataclass(frozen=True, slots=True)
class Gevonden:
    """A reference found in text: its span, kind and target (BWB id + address; or another identifier)."""

    start: int
    einde: int
    soort: str  # "intern", "extern", "relatief", "regeling", "eu", "onbekend" (a law not in the register)
    bwb_id: str = ""
    adres: Adres | None = None
    doel_anders: str = ""  # e.g. celex:32004L0038
    titel: str = ""  # the title as written, for a law not in the register ("onbekend")
    # the other leden or onderdelen the same words cite ("eerste en derde lid": lid 3); in a regeling's references
    # also the other artikelen of a range (``tot_en_met``)
    ook: tuple[Adres, ...] = ()
    # the parts the words except from the target: "artikel 81f, behoudens het eerste lid, onder k en o" cites 81f,
    # without 81f, eerste lid, onder k and o (Gemeentewet 81oa, derde lid, 2022-11-05)
    behalve: tuple[Adres, ...] = ()
    # the last artikel of a range "de artikelen 155b tot en met 155f" (cited at its first); ``tot_apart``: that last
    # one is cited on its own with its parts ("P 1b tot en met P 1d, eerste, derde en vierde lid", Kieswet P 1h).
    # The artikelen between are known only to the regeling (graaf.bouw.with_range puts them in ``ook``)
    tot_en_met: str = ""
    tot_apart: bool = False
    # named in an exception ("De Kaderwet … is van toepassing op de Kiesraad, met uitzondering van de artikelen 12,
    # 21 en 22", Kieswet A 4). Whether that is what does not apply or, as an exception to a non-application, what
    # does ("… zijn niet van toepassing, met uitzondering van hoofdstuk 2", Participatiewet 78h), the words around
    # it say; the tool does not read that and never says which
    als_uitzondering: bool = False
    historisch: bool = False  # the text it had before: "artikel 86 zoals dat artikel luidde voor …" (_HISTORISCH)
    # what the words name relative to the citing unit (_BINNEN): a container kind («paragraaf»), «vorige-leden»,
    # «volgende-leden» or «volzin»; graaf.bouw places it (``adres``), or leaves ``adres`` None when the source
    # records no containers
    binnen: str = ""

    @property
    def doel(self) -> str:
        if self.doel_anders:
            return self.doel_anders
        return str(Jci(self.bwb_id, self.adres)) if self.bwb_id else ""


CONTINUES = re.compile(r"\b[Aa]rtikel(?:en)?:\s*$")  # an alinea ending so is followed by a list of artikelen

# a reference to an earlier text: "artikel 86 zoals dat artikel luidde voor …" (Gemeentewet 292) — of the unit
# right before it; the plural ("zoals deze wetten luidden", Participatiewet 78z, zesde lid) of the whole list before it
_HISTORISCH = re.compile(r",?\s*zoals (?:dat|die|dit|het|de|deze) (?:artikel|lid|onderdeel|bepaling|hoofdstuk|paragraaf|wet|"
                         r"regeling|artikelen|leden|bepalingen|wetten|regelingen)?\s*(?P<v>luidde|luidden|gold|golden)\b", re.I)
_LIST_GAP = re.compile(r"(?:,\s+en\s+|,\s+of\s+|,\s*|\s+en\s+|\s+of\s+)")


def _lid_nrs(text: str) -> list[str]:
    """The leden of a list of ordinals: "eerste en derde" → 1, 3; "tweede tot en met zevende en negende" → 2 to 7, 9
    (Kieswet Q 6, derde lid)."""
    out: list[int] = []
    upto = False
    for w in re.findall(rf"{ORD}|\btot\s+en\s+met\b", text):
        if w.startswith("tot"):
            upto = True
            continue
        n = from_ordinal(w) if w != "laatste" else None
        if n and upto and out and out[-1] < n <= out[-1] + 50:
            out += range(out[-1] + 1, n + 1)
        elif n:
            out.append(n)
        upto = False
    return [str(n) for n in out]


def _onderdelen(listed: str) -> list[str]:
    """The onderdelen of a list ("a, c, e en f"; "1°, 2° en 4°"). It is cited at the first one, as a list of
    leden is at its first lid (an address names one unit; a JCI has one ``o=``); the others are in ``ook``."""
    parts = re.split(rf"({_OSEP})", listed)
    out = [parts[0].rstrip("°º")]
    for sep, o in zip(parts[1::2], parts[2::2], strict=True):
        o = o.rstrip("°º")
        lo = out[-1]
        if "tot" in sep and len(lo) == len(o) == 1 and lo.isalpha() and lo < o:  # "a tot en met d"
            out += [chr(c) for c in range(ord(lo) + 1, ord(o) + 1)]
        elif "tot" in sep and lo.isdigit() and o.isdigit() and int(lo) < int(o) <= int(lo) + 50:  # "1° tot en met 4°"
            out += [str(n) for n in range(int(lo) + 1, int(o) + 1)]
        else:
            out.append(o)
    return out


_TOEPASSING = re.compile(r"\bvan\s+(?:overeenkomstige\s+)?toepassing\b")
_MDV = "met dien verstande"


def _applied(text: str, at: int, found: list[Gevonden]) -> Gevonden | None:
    """In "Artikel E 4, tweede tot en met vierde lid, is van overeenkomstige toepassing, met dien verstande dat in het
    tweede lid …" (Kieswet E 8, tweede lid; Pa 8; Q 6): the artikel made applicable, whose lid a relative lid after
    "met dien verstande" is — the artikel cited last before "van (overeenkomstige) toepassing", in the same sentence.
    None when the sentence has no such form, or names no artikel there (Participatiewet 34, vierde lid: «Het derde
    lid is van overeenkomstige toepassing …, met dien verstande dat … het derde lid»: its own)."""
    mdv = text.rfind(_MDV, 0, at)
    if mdv < 0 or any(c in text[mdv:at] for c in ".;:"):
        return None
    return _applied_before(text, mdv, found)


def _applied_before(text: str, mdv: int, found: list[Gevonden]) -> Gevonden | None:
    """The artikel made applicable in the sentence of "met dien verstande" at ``mdv`` (see :func:`_applied`)."""
    sentence = max(text.rfind(". ", 0, mdv), text.rfind("; ", 0, mdv), text.rfind(": ", 0, mdv)) + 1
    applied = list(_TOEPASSING.finditer(text, sentence, mdv))
    if not applied:
        return None
    before = [g for g in found if sentence <= g.start < applied[-1].start() and g.soort in ("intern", "extern", "onbekend")
              and g.adres is not None and g.adres.artikel is not None]
    return max(before, key=lambda g: g.start) if before else None


# "… is van overeenkomstige toepassing, met dien verstande dat:" ending a unit's text: its onderdelen go on with it
_MDV_OPEN = re.compile(r"met\s+dien\s+verstande,?\s+dat:\s*$")


def applied_after(text: str, found: list[Gevonden]) -> Gevonden | None:
    """The artikel made applicable by an alinea that ends in "…, met dien verstande dat:", whose onderdelen name its
    leden ("in het tweede lid in plaats van onderdeel b wordt gelezen", Kieswet E 6, tweede lid, onder a); else None."""
    m = _MDV_OPEN.search(text)
    got = _applied_before(text, m.start(), found) if m else None
    if got is None or text.startswith(("artikelen", "Artikelen"), got.start):
        return None  # "De artikelen 155b tot en met 155f zijn van overeenkomstige toepassing" (Gemeentewet 155h): whose?
    return got


def _mark_historical(text: str, found: list[Gevonden]) -> list[Gevonden]:
    """``found`` (in order) with ``historisch`` set where a "zoals … luidde" clause follows: right after the
    reference, or, in the plural, after the list it heads (references joined by commas, "en", "of")."""
    out = list(found)
    for i, g in enumerate(found):
        if (m := _HISTORISCH.match(text, g.einde)) is not None:
            out[i] = replace(g, historisch=True)
            if m["v"] in ("luidden", "golden"):  # the list before it, back to its first reference
                j = i
                while j > 0 and _LIST_GAP.fullmatch(text, found[j - 1].einde, found[j].start) is not None:
                    j -= 1
                    out[j] = replace(out[j], historisch=True)
    return out


# "met uitzondering van de artikelen 12 …", also "met uitzondering van de verplichting opgenomen in artikel 17"
# (Participatiewet 47c, tweede lid): a few words and a participle between
_EXCEPTION_BEFORE = re.compile(r"met\s+uitzondering\s+van\s+(?:de\s+|het\s+)?(?:(?:[a-z]+\s+){1,8}?(?:als\s+)?"
                               r"(?:opgenomen|bedoeld|genoemd|vermeld)\s+in\s+(?:de\s+|het\s+)?)?$")
_AND = re.compile(r"\s+(?:en|of)\s+(?:de\s+|het\s+)?")
_PLURAL = re.compile(r"(?:[Aa]rtikelen|[Pp]aragrafen|[Aa]fdelingen|[Hh]oofdstukken|[Tt]itels)\b")


def _mark_exceptions(text: str, found: list[Gevonden]) -> list[Gevonden]:
    """``found`` (in order) with ``als_uitzondering`` set on what follows "met uitzondering van": the reference right
    after it; after a plural head the rest of its list ("de artikelen 12, 21 en 22", Kieswet A 4; "paragrafen 7.1
    en 7.3", Participatiewet 8c); and what is joined to it by "en" ("hoofdstuk 2 en de paragrafen 6.1 tot en met
    6.5", Participatiewet 78h). Not what follows a comma after a singular one: «hoofdstuk 2, met uitzondering van
    artikel 18, hoofdstuk 3, …» (Participatiewet 47a, tweede lid) goes on with what applies."""
    out = list(found)
    for i, g in enumerate(found):
        if out[i].als_uitzondering or not _EXCEPTION_BEFORE.search(text, 0, g.start):
            continue
        out[i] = replace(g, als_uitzondering=True)
        plural = _PLURAL.match(text, g.start) is not None
        for j in range(i + 1, len(found)):
            gap, nxt = (found[j - 1].einde, found[j].start), found[j]
            keywordless = not re.match(r"[A-Za-z§]{3,}", text[nxt.start:nxt.einde])  # "21", "P 1", not "hoofdstuk 3"
            if _AND.fullmatch(text, *gap) or (plural and keywordless and _LIST_GAP.fullmatch(text, *gap)):
                out[j] = replace(nxt, als_uitzondering=True)
                plural = plural or _PLURAL.match(text, nxt.start) is not None
            else:
                break
    return out


def _adres(it: _Item) -> Adres:
    return Adres((("artikel", it.nr), *it.segs))


def _ook(it: _Item) -> tuple[Adres, ...]:
    return tuple(Adres((("artikel", it.nr), *segs)) for segs in it.ook)


def _behalve(it: _Item) -> tuple[Adres, ...]:
    """The parts excepted from the target: every one the words after "behoudens" name (never the target itself)."""
    if it.behalve is None:
        return ()
    return tuple(a for a in (_adres(it.behalve), *_ook(it.behalve)) if a != _adres(it))


@dataclass(slots=True)
class _Item:
    """One cited artikel in a chain, under construction."""

    start: int
    end: int
    nr: str
    segs: list[tuple[str, str]]
    ook: list[tuple[tuple[str, str], ...]] = field(default_factory=list)  # segs of the other listed parts
    # the parts after a sibling lid belong to it ("zesde lid, onder a, en zevende lid, onder a", Gemeentewet 81d)
    sibling: bool = False
    # the parts after "behoudens" or "met uitzondering van", read as parts of the artikel as cited so far
    behalve: _Item | None = None
    tot: str = ""  # the last artikel of a range this item starts
    tot_apart: bool = False  # … cited as an item of its own, with its parts


def _container_soort(kw: str) -> str:
    """The kind of container a keyword names: "§" and "paragrafen" → paragraaf, "hoofdstukken" → hoofdstuk."""
    kw = kw.lower().replace("hoofstuk", "hoofdstuk")
    return {"§": "paragraaf", "paragrafen": "paragraaf", "hoofdstukken": "hoofdstuk", "afdelingen": "afdeling"}.get(kw, kw)


class Extractor:
    """Finds references in the alinea's of one regeling, resolving 'deze wet' and 'die wet'."""

    def __init__(self, own_bwb: str, register: Titelregister, exists: Callable[[str, str], bool] | None = None,
                 unit_exists: Callable[[Adres], bool] | None = None) -> None:
        self.own = own_bwb
        self.register = register
        self.exists = exists  # does this regeling have a unit of this kind and number?
        self.unit_exists = unit_exists  # does this regeling have (in force) the unit at this address?
        self.last_law: str | None = None
        self.applied: Gevonden | None = None  # the artikel made applicable in the text the alinea continues
        self.last_applied: Gevonden | None = None  # … and by the last alinea of a run (find_run)
        self.last_continues = False  # the last alinea of a run ends in "artikel:"

    # -- public ---------------------------------------------------------------------------------------

    def find_run(self, alineas: Iterable[Alinea], artikel: str | None, *, last_law: str | None = None,
                 applied: Gevonden | None = None, eenheid: Adres | None = None,
                 continues: bool = False) -> Iterator[tuple[Alinea, list[Gevonden]]]:
        """The references of consecutive alineas, carrying from one alinea to the next the law named last
        (for "die wet"; ``last_law``: the one named before the first alinea) and an alinea ending in
        "artikel:" whose list of artikelen follows. Afterwards ``last_law`` holds the law named last, and
        ``last_applied`` the artikel made applicable by a last alinea ending in "met dien verstande dat:" (for
        the onderdelen that go on with it: ``applied``); ``continues``: the first alinea goes on from a text ending
        in "artikel:" (its onderdelen begin with the numbers: «bedoeld in artikel: a. 21, onderdeel b, …»,
        Participatiewet 22a, eerste lid), and afterwards ``last_continues`` says whether the last one ends so."""
        last = self.last_law = last_law
        self.last_applied = None
        cont = continues
        for al in alineas:
            self.applied = applied
            found = self.find(al.tekst, artikel, last_law=last, continues=cont, eenheid=eenheid)
            last = self.last_law
            cont = bool(CONTINUES.search(al.tekst))
            self.last_applied = applied_after(al.tekst, found)
            yield al, found
        self.last_continues = cont
        self.applied = None

    def find(self, text: str, artikel: str | None = None, *, last_law: str | None = None,
             continues: bool = False, eenheid: Adres | None = None) -> list[Gevonden]:
        """All references in ``text`` (an alinea of ``artikel``; of the unit ``eenheid`` when known, for an
        onderdeel on its own), in order. ``last_law`` is the external regeling mentioned last before this text (for
        "van die wet"); afterwards ``last_law`` holds the last one mentioned in it."""
        self._previous = last_law
        known = self.register.find_titles(text)
        generic = [g for g in generic_titles(text) if not any(s <= g[0] and g[1] <= e for s, e, _ in known)]
        # a law named earlier in the text, for "die wet" and "de artikelen 5 en 7" after it: (start, bwb, title)
        self._titles = sorted([(s, b, "") for s, _, b in known if b != self.own]
                              + [(s, self.register.resolve(t), t) for s, _, t in generic])
        found: list[Gevonden] = []
        taken: list[tuple[int, int]] = []

        def free(s: int, e: int) -> bool:
            return all(e <= a or s >= b for a, b in taken)

        for m in _LID_FIRST.finditer(text):
            chain = self._chain(text, m.start(), m.start("nr"), m["nr"], lid_first=m["lid"])
            found.extend(chain)
            taken.extend((g.start, g.einde) for g in chain)
        if continues and (m0 := re.match(rf"(?P<nr>{ARTNR}){_END}", text)):
            chain = self._chain(text, 0, 0, m0["nr"])
            found.extend(chain)
            taken.extend((g.start, g.einde) for g in chain)
        for m in _START.finditer(text):
            if free(m.start(), m.end()):
                chain = self._chain(text, m.start(), m.start("nr"), m["nr"])
                found.extend(chain)
                taken.extend((g.start, g.einde) for g in chain)
        for m in _CONTAINER.finditer(text):
            if free(m.start(), m.end()):
                chain = self._containers(text, m)
                found.extend(chain)
                taken.extend((g.start, g.einde) for g in chain)
        for m in _EU.finditer(text):
            if free(m.start(), m.end()):
                kind = "L" if m["kw"].lower().startswith("richtlijn") else "R"
                found.append(self._eu(m, m.start(), kind))
                taken.append((m.start(), m.end()))
                pos = m.end()
                while (n := _EU_NEXT.match(text, pos)) is not None:
                    found.append(self._eu(n, n.start("a"), kind))
                    taken.append((n.start("a"), n.end()))
                    pos = n.end()
        for start, end, bwb in known:
            if bwb != self.own and free(start, end):  # its own citeertitel ("aangehaald als …") is no reference
                found.append(Gevonden(start, end, "regeling", bwb))
                taken.append((start, end))
        # the own title inside a longer one ("de Invoeringswet Participatiewet") is part of that one
        taken.extend((s, e) for s, e, _ in known if not any(gs <= s and e <= ge and ge - gs > e - s for gs, ge, _ in generic))
        for start, end, title in generic:
            if free(start, end):  # a law not in the register: kept with its title
                bwb = self.register.resolve(title)
                if bwb != self.own:
                    found.append(Gevonden(start, end, "regeling", bwb) if bwb else
                                 Gevonden(start, end, "onbekend", titel=title))
                taken.append((start, end))
        for m in _LID_VAN_DAT.finditer(text):
            before = [g for g in found if g.start < m.start() and g.adres is not None and g.adres.artikel is not None]
            if before and free(m.start(), m.end()):
                found.append(self._of_that(text, m, max(before, key=lambda g: g.start)))
                taken.append((m.start(), found[-1].einde))
        if artikel is not None:
            for m in _RELATIVE.finditer(text):
                if free(m.start(), m.end()):
                    found.append(self._relative(m, artikel, found))
                    taken.append((m.start(), found[-1].einde))  # with its onderdeel: "het eerste lid, onder b"
            for m in _BINNEN.finditer(text):
                if free(m.start(), m.end()):
                    wat = m["c"] or m["h"] or (f"{'volgende' if m['l'] == 'volgende' else 'vorige'}-leden" if m["l"]
                                               else "volzin")
                    found.append(Gevonden(m.start(), m.end(), "relatief", self.own, Adres.of(("artikel", artikel)),
                                          binnen=wat))
                    taken.append((m.start(), m.end()))
            for m in _LONE_ONDERDEEL.finditer(text):
                if free(m.start(), m.end()) and (lone := self._lone(m, found, eenheid or Adres.of(("artikel", artikel)))):
                    found.append(lone)
                    taken.append((m.start(), m.end()))
        found.sort(key=lambda g: g.start)
        found = _mark_historical(text, found)
        found = _mark_exceptions(text, found)
        found = [per_boek(g, self.register, text[g.start:g.einde]) for g in found]  # «6:162 van het BW»: Boek 6
        externals = [(g.start, g.bwb_id) for g in found if g.bwb_id and g.bwb_id != self.own]
        self.last_law = max(externals)[1] if externals else last_law
        return found

    def _law_before(self, pos: int, *, here: bool = False) -> str | None:
        """The law named last before ``pos``: in this text, else (unless ``here``) in the text before it."""
        before = [b for s, b, _ in self._titles if s < pos]
        return before[-1] if before else None if here else self._previous

    def _unknown_before(self, pos: int) -> str:
        """The title of the law named last before ``pos`` when the register does not know it, else ''."""
        before = [(b, t) for s, b, t in self._titles if s < pos]
        return before[-1][1] if before and not before[-1][0] else ""

    # -- artikel chains ---------------------------------------------------------------------------------

    def _chain(self, text: str, start: int, nr_at: int, first_nr: str, lid_first: str | None = None,
               plural: bool = False) -> list[Gevonden]:
        pos = nr_at + len(first_nr)
        pos += 1 if _NR_DOT.match(text, pos) else 0  # "artikel 7.2.2., eerste lid, … van de Wet …"
        segs: list[tuple[str, str]] = []
        ook: list[tuple[tuple[str, str], ...]] = []
        if lid_first:
            nrs = _lid_nrs(lid_first)
            segs, ook = [("lid", n) for n in nrs[:1]], [(("lid", n),) for n in nrs[1:]]
        cur = _Item(start, pos, " ".join(first_nr.split()), segs, ook)
        items = [cur]
        plural = plural or text.startswith(("artikelen", "Artikelen"), start)
        restart = 0  # the first item of the last "… en artikel N" after "de artikelen …"
        while True:
            pos = self._subparts(text, pos, cur)
            m = _RANGE.match(text, pos)
            if m and _SUB.match(text, m.end()):
                # "de artikelen P 1b tot en met P 1d, eerste, derde en vierde lid" (Kieswet P 1h): the leden are
                # P 1d's, the last of the range; it is cited on its own with them
                cur.end = m.start() + len(text[m.start():m.start("nr")].rstrip())  # "artikelen P 1b tot en met"
                cur.tot, cur.tot_apart = " ".join(m["nr"].split()), True
                cur = _Item(m.start("nr"), m.end("nr"), " ".join(m["nr"].split()), [])
                items.append(cur)
                pos = m.end()
                continue
            if m:
                pos = m.end()
                cur.end = pos
                cur.tot = " ".join(m["nr"].split())
                continue
            m = _NEXT.match(text, pos)
            if m is None and (x := _INTERJECTED.match(text, pos)):
                m = _NEXT.match(text, x.end())  # "J 16, met uitzondering van de voorschriften …, J 17" (Kieswet N 15)
            if m and self._plausible(m["nr"], items[0].nr):
                cur = _Item(m.start("nr"), m.end("nr"), " ".join(m["nr"].split()), [])
                items.append(cur)
                if plural and re.fullmatch(r",?\s+(?:en|of)\s+artikel\s+", text[m.start():m.start("nr")]):
                    restart = len(items) - 1
                pos = m.end("nr") + (1 if _NR_DOT.match(text, m.end("nr")) else 0)
                continue
            break
        bwb, end, title = self._law_after(text, pos)
        if end > pos:
            items[-1].end = end
        elif bwb == self.own and self.exists is not None and any(not self.exists("artikel", it.nr) for it in items):
            # "… van de Invorderingswet 1990 … de artikelen 5, 7c en 20": a law named before in this alinea (not in
            # the one before: "De artikelen 22 en 86, eerste lid" of Gemeentewet 155g are its own, 86 repealed)
            if named := self._law_before(start, here=True):
                bwb = named
            elif title := self._unknown_before(start):
                bwb = ""  # the same after a law the register does not know
        kind = "intern" if bwb == self.own else "extern" if bwb else "onbekend"
        # "de artikelen 17, eerste lid, of 36b, vierde lid, en artikel 30c, derde lid, van de Wet …"
        # (Participatiewet 18a): the law after a restarting "en artikel" is that item's, not the list's
        own = restart if end > pos else 0
        found = [Gevonden(it.start, it.end, "intern" if i < own else kind, self.own if i < own else bwb, _adres(it),
                          titel="" if i < own else title, ook=_ook(it), behalve=_behalve(it), tot_en_met=it.tot,
                          tot_apart=it.tot_apart)
                 for i, it in enumerate(items)]
        if plural and end > pos and (m := _NEXT.match(text, end)) and self._plausible(m["nr"], items[0].nr):
            # "de artikelen 8, eerste lid, … van deze wet, 35, eerste lid, … van de Wet …" (Participatiewet 78z):
            # the list goes on after a law, with artikelen of the law named after them
            found += self._chain(text, m.start("nr"), m.start("nr"), m["nr"], plural=True)
        return found

    @staticmethod
    def _plausible(nr: str, first: str) -> bool:
        """A list item looks like the same kind of artikel number as the first one (not '3 001 inwoners')."""
        lettered = bool(re.match(r"[A-Z]", first))
        return bool(re.match(r"[A-Z]", nr)) == lettered or ((":" in first) == (":" in nr) and not lettered)

    def _subparts(self, text: str, pos: int, item: _Item) -> int:
        """Read the parts after an artikel number into ``item``: its lid and onderdeel, the other leden and
        onderdelen of a list (``ook``); after "behoudens" or "met uitzondering van" into ``item.behalve``, an
        exception of the artikel as cited so far ("artikel 9, met uitzondering van het eerste lid, onderdelen b en
        c", Participatiewet 47b)."""
        cur = item
        while True:
            if (r := _LID_RANGE.match(text, pos)) and cur.segs and cur.segs[-1][0] == "lid" and cur.segs[-1][1].isdigit() \
                    and (last := from_ordinal(r["ord"])) is not None:
                cur.ook += [(*cur.segs[:-1], ("lid", str(n))) for n in range(int(cur.segs[-1][1]) + 1, last + 1)]
                pos = item.end = r.end()
                continue
            m = _SUB.match(text, pos)
            if not m:
                return pos
            if m["behalve"] and item.behalve is None:
                cur = item.behalve = _Item(item.start, item.end, item.nr, list(item.segs))
            segs = cur.segs
            sibling = bool(m["en"] or m["en2"])
            if m["lid"]:
                nrs = _lid_nrs(m["lid"])
                at = next((i for i, s in enumerate(segs) if s[0] == "lid"), None)
                if nrs and at is None:
                    segs.append(("lid", nrs[0]))
                    cur.ook += [(*segs[:-1], ("lid", n)) for n in nrs[1:]]
                elif nrs and at is not None:  # "eerste lid en derde lid"; "eerste lid, onder a, tweede tot en met
                    # het vierde lid" (Participatiewet 41, negende lid): a lid after a lid is a sibling
                    cur.ook += [(*segs[:at], ("lid", n)) for n in nrs]
                    cur.sibling = len(nrs) == 1
            elif m["lidnr"]:
                segs.append(("lid", m["lidnr"]))
            elif m["o"] or m["o0"]:
                nrs = _onderdelen(m["o"] or m["o0"])
                if cur.sibling:  # "zesde lid, onder a, en zevende lid, onder a": the zevende lid's onderdeel a
                    base = cur.ook.pop()
                    if sibling and base[-1][0] == "onderdeel":  # "… en zevende lid, onder a en onder b"
                        cur.ook.append(base)
                        base = base[:-1]
                    cur.ook += [(*base, ("onderdeel", o)) for o in nrs]
                elif sibling and segs and segs[-1][0] == "onderdeel":  # "onderdeel f en onderdeel g"
                    cur.ook += [(*segs[:-1], ("onderdeel", o)) for o in nrs]
                else:
                    segs.append(("onderdeel", nrs[0]))
                    cur.ook += [(*segs[:-1], ("onderdeel", o)) for o in nrs[1:]]
            pos = m.end()
            item.end = pos

    def _law_after(self, text: str, pos: int) -> tuple[str, int, str]:
        """The regeling a chain belongs to: 'van de <titel>', 'van die wet', else this regeling; with the title
        as written when the register does not know it."""
        m = _DIE.match(text, pos)
        if m:
            if m["w"].startswith(("deze", "dit")):
                return self.own, m.end(), ""
            before = self._law_before(pos)
            # a law the register does not know: its title; "die verordening" of an EU act: as written
            return (before or ""), m.end(), "" if before else (self._unknown_before(pos) or m["w"])
        m = _EU_OR_TREATY.match(text, pos)
        if m:  # an article of an EU act or treaty: another regeling, target not resolved here; kept with its name
            return "", pos, " ".join(m["t"].split())
        m = _LAW_SUFFIX.match(text, pos)
        if m:
            hit = self.register.title_at(text, m.end()) or wetboek_na_boek(text, m.end(), self.register)
            if hit:
                end, bwb = hit
                return bwb, end, ""
            generic = generic_title_at(text, m.end())
            if generic:
                end, title = generic
                return self.register.resolve(title), end, title  # not in the register: kept with its title
            unknown = _UNKNOWN_TITLE.match(text, m.end())
            if unknown and re.search(r"(?i)wet|verordening|besluit|wetboek|regeling|verdrag|\bakte\b", unknown.group(0)):
                return "", unknown.end(), " ".join(unknown.group(0).split())  # another regeling, not in the register
            kleine = _KLEINE_WET.match(text, m.end())
            if kleine:  # «van de gemeentewet» (Gemeentewet 290): the law withdrawn in 1994, not this one (helper-77)
                return "", kleine.end(), kleine.group(0)
        return self.own, pos, ""

    # -- containers, EU acts, relative references -------------------------------------------------------

    def _containers(self, text: str, m: re.Match[str]) -> list[Gevonden]:
        kw = m["kw"].lower().replace("hoofstuk", "hoofdstuk")
        soort = _container_soort(kw)
        items = [[m.start(), m.end(), m["nr"]]]
        ends: dict[int, str] = {}  # item → the last container of the range it starts
        pos = m.end() + (1 if _NR_DOT.match(text, m.end()) else 0)
        nr_pat = re.compile(rf"{_ITEM_SEP}(?P<nr>[IVXLC]+[a-zA-Z]?|[A-Z][a-z]?|\d+(?:\.\d+)*[a-z]?)(?![\w]|\.\d)")
        while kw.endswith(("en", "ken")) or kw == "paragrafen":
            n = nr_pat.match(text, pos) or _RANGE.match(text, pos)
            if not n:
                break
            if text[n.start():n.start("nr")].strip().startswith("tot"):
                items[-1][1] = n.end()
                ends[len(items) - 1] = n["nr"]  # "de paragrafen 6.1 tot en met 6.5" (Participatiewet 78h)
            else:
                items.append([n.start("nr"), n.end(), n["nr"]])
            pos = n.end() + (1 if _NR_DOT.match(text, n.end()) else 0)
        kinds = [soort] * len(items)
        if (x := _EXCEPT.match(text, pos)) and text.startswith(",", x.end()):
            # "de hoofdstukken 3 en 6, met uitzondering van § 1 en § 3, van de Wet …": all of that Wet
            for c in _CONTAINER.finditer(text, x.start(), x.end()):
                items.append([c.start(), c.end(), c["nr"]])
                kinds.append(_container_soort(c["kw"]))
            pos = x.end()
        bwb, end, title = self._law_after(text, pos)
        binnen: tuple[tuple[str, str], ...] = ()  # the container named around it: «paragraaf 2 van hoofdstuk L»
        if end > pos:
            items[-1][1] = end
        elif (outer := _OUTER.match(text, pos)) is not None and (law := self._law_after(text, outer.end()))[1] > outer.end():
            bwb, _, title = law  # "§ 2 van hoofdstuk 6 van de Wet administratieve rechtspraak BES" (Kieswet Ya 42)
        elif outer is not None and len(items) == 1:  # "paragraaf 2 van hoofdstuk L" (Kieswet K 8): L's, not the first § 2
            binnen = ((_container_soort(outer["kw"]), outer["nr"]),)
            items[-1][1] = outer.end()
        if bwb == self.own and self.exists is not None and not self.exists(soort, str(items[0][2])):
            later = _LATER_LAW.match(text, pos)
            hit = self.register.title_at(text, later.end()) if later else None
            # "hoofdstuk 6 en afdeling 7.3 van de Algemene wet bestuursrecht"; "afdeling 8.2.4" after one of another law
            bwb = hit[1] if hit else (self._law_before(m.start(), here=True) or bwb)
            if not hit and bwb == self.own and (unknown := self._unknown_before(m.start())):
                bwb, title = "", unknown
        kind = "intern" if bwb == self.own else "extern" if bwb else "onbekend"
        return [Gevonden(int(s), int(e), kind, bwb, Adres((*binnen, (k, str(nr)))), titel=title, tot_en_met=ends.get(i, ""))
                for i, ((s, e, nr), k) in enumerate(zip(items, kinds, strict=True))]

    @staticmethod
    def _eu(m: re.Match[str], start: int, kind: str) -> Gevonden:
        """An EU act by its number as a CELEX identifier: directives are year/number (64/221/EEG,
        2004/38/EG); older regulations number/year ("nr. 1612/68"), newer ones year/number (2016/679)."""
        a, b = m["a"], m["b"]
        if kind == "L" or (len(a) == 4 and 1950 <= int(a) <= 2100 and "nr." not in m.group(0)):
            year, num = a, b
        else:
            year, num = b, a
        if len(year) == 2:
            year = ("19" if int(year) > 50 else "20") + year
        return Gevonden(start, m.end(), "eu", doel_anders=f"celex:3{year}{kind}{int(num):04d}")

    def _of_that(self, text: str, m: re.Match[str], that: Gevonden) -> Gevonden:
        """'het tweede of derde lid van dat artikel': leden of the artikel ``that`` cites, in its law."""
        assert that.adres is not None and that.adres.artikel is not None
        # with the parts after it: "het zevende lid van dat artikel, aanhef en onder b" (Kieswet Ea 5)
        return self._leden(m, that.adres.artikel, _lid_nrs(m["lid"]), that.soort, that.bwb_id, that.titel)

    def _relative(self, m: re.Match[str], artikel: str, found: list[Gevonden]) -> Gevonden:
        """'het eerste lid' of this artikel; in "Artikel E 4 is van overeenkomstige toepassing, met dien verstande
        dat in het tweede lid …", of the artikel made applicable (:func:`_applied`); when this artikel has no such
        lid, of the artikel of this regeling cited last before it in the alinea, if that one has it ("bij de
        toepassing van artikel 155e het derde lid", Gemeentewet 155h, onder e); else, in an onderdeel of a text that
        ends "…, met dien verstande dat:", of the one artikel that text makes applicable, if it has it (Kieswet E 6,
        tweede lid, onder a: «in het tweede lid» of artikel E 4)."""
        nrs = _lid_nrs(m["lid"]) if m["lid"] else []
        if not nrs:  # "dit artikel", "dit lid", "het vorige lid": resolved from the citing unit (graaf.bouw)
            return Gevonden(m.start(), m.end(), "relatief", self.own, Adres.of(("artikel", artikel)))
        applied = _applied(m.string, m.start(), found)
        if applied is not None and applied.adres is not None:
            return self._leden(m, applied.adres.artikel or "", nrs, applied.soort, applied.bwb_id, applied.titel)
        if self.unit_exists is not None and not self.unit_exists(Adres.of(("artikel", artikel), ("lid", nrs[0]))):
            before = [(g.start, g.adres.artikel) for g in found if g.start < m.start() and g.soort == "intern"
                      and g.adres is not None and g.adres.artikel is not None and g.adres.artikel != artikel]
            last = max(before)[1] if before else None  # the last one before (found is unsorted)
            if last is not None and all(self.unit_exists(Adres.of(("artikel", last), ("lid", n))) for n in nrs):
                return self._leden(m, last, nrs, "intern", self.own)
        if (carried := self._carried(nrs)) is not None and carried.adres is not None:
            # an onderdeel of "…, met dien verstande dat:" (Kieswet E 6, tweede lid, onder a): the applied artikel's lid
            return self._leden(m, carried.adres.artikel or "", nrs, "intern", self.own)
        return self._leden(m, artikel, nrs, "relatief", self.own)

    def _lone(self, m: re.Match[str], found: list[Gevonden], eenheid: Adres) -> Gevonden | None:
        """An onderdeel on its own ("in onderdeel a", "de onderdelen b en c", "bedoeld onder a"): after "<lid> in
        plaats van", of that lid ("in het tweede lid in plaats van onderdeel b", Kieswet E 8, tweede lid: of E 4's
        tweede lid); else of the nearest unit around the text that has it (the lid being read: a sibling); else of
        the lid cited last before it in the alinea that has it («bedoeld in het tweede lid, …, met dien verstande dat
        onderdeel j», Participatiewet 31, vijfde lid). Only what can be placed so is read (with ``unit_exists``); an
        onderdeel none of these has is not read, as it cannot be told whose it is."""
        nrs = _onderdelen(m["o"])
        if self.unit_exists is None or not nrs or _AFTER_NUMBER.search(m.string, 0, m.start()):
            return None
        before = [g for g in found if g.einde <= m.start() and g.adres is not None and g.soort in ("intern", "relatief")]
        last = max(before, key=lambda g: g.einde) if before else None
        bases: list[tuple[Adres, str]] = []
        if last is not None and last.adres is not None and last.adres.segmenten[-1][0] == "lid" \
                and _INSTEAD.fullmatch(m.string, last.einde, m.start()):
            bases = [(last.adres, last.soort)]
        else:
            cur: Adres | None = eenheid
            while cur is not None and cur.artikel is not None:
                bases.append((cur, "relatief"))
                cur = cur.parent
            for g in sorted(before, key=lambda g: -g.einde):  # the leden cited before it, the last first
                segs = g.adres.segmenten if g.adres is not None else ()
                at = next((i for i, seg in enumerate(segs) if seg[0] == "lid"), None)
                if at is not None and segs[0][0] == "artikel":
                    bases.append((Adres(segs[:at + 1]), "relatief" if segs[0][1] == eenheid.artikel else "intern"))
        for base, soort in bases:
            if all(self.unit_exists(base.child("onderdeel", o)) for o in nrs):
                return Gevonden(m.start(), m.end(), soort, self.own, base.child("onderdeel", nrs[0]),
                                ook=tuple(base.child("onderdeel", o) for o in nrs[1:]))
        return None

    def _carried(self, nrs: list[str]) -> Gevonden | None:
        """The artikel made applicable in the text this alinea goes on from (``applied``), when it is of this
        regeling and has the leden ``nrs`` (without a check, or when it lacks them: None, and the lid is read as
        usual)."""
        a = self.applied
        if a is None or a.adres is None or a.adres.artikel is None or a.soort != "intern" or self.unit_exists is None:
            return None
        return a if all(self.unit_exists(Adres.of(("artikel", a.adres.artikel), ("lid", n))) for n in nrs) else None

    def _leden(self, m: re.Match[str], artikel: str, nrs: list[str], soort: str, bwb: str, titel: str = "") -> Gevonden:
        """The leden ``nrs`` of ``artikel`` named at ``m``, with the parts after them: "het eerste lid, onderdeel
        b" (Participatiewet 34, vierde lid), "het zevende lid, onder d" (Kieswet Q 6, derde lid)."""
        it = _Item(m.start(), m.end(), artikel, [("lid", nrs[0])], [(("lid", n),) for n in nrs[1:]])
        self._subparts(m.string, m.end(), it)
        return Gevonden(it.start, it.end, soort, bwb, _adres(it), titel=titel, ook=_ook(it), behalve=_behalve(it))
