"""The inwerkingtreding of an amending act: "Artikel I, onderdelen B en C, treden in werking met ingang van
1 april 2023." and "Deze wet treedt voor het overige in werking met ingang van 1 januari 2023.", or in one sentence
"Deze wet treedt in werking met ingang van 1 januari 2023, met uitzondering van artikel I, onderdeel A, dat in werking
treedt met ingang van 1 april 2023."."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from wetgeving.nummers import MAANDEN

_DATUM = r"(?P<d>\d{1,2}) (?P<m>" + "|".join(MAANDEN) + r") (?P<y>\d{4})"
_DEEL = re.compile(r"^Artikel (?P<art>[IVXLC]+), onderde(?:el|len) (?P<ond>[A-Z, en]+?),? tre(?:edt|den) in werking "
                   r"(?:met ingang van|op) " + _DATUM + r"\.$")
_REST = re.compile(r"^(?:Deze wet|Dit besluit|Deze regeling) treedt (?:voor het overige )?in werking "
                   r"(?:met ingang van|op) " + _DATUM + r"\.$")
_ZONDER_DATUM = re.compile(  # the date is set elsewhere (a koninklijk besluit) or follows from the Staatsblad
    r"^(?:Deze wet|Dit besluit|Deze regeling) treedt (?:voor het overige )?in werking (?P<wijze>"
    r"op een bij koninklijk besluit te bepalen tijdstip(?:, dat voor de verschillende artikelen (?:of|en) onderdelen "
    r"(?:daarvan|van deze wet) verschillend kan worden vastgesteld)?"
    r"|met ingang van de (?:dag|eerste dag van de (?:\w+ )?(?:kalender)?maand) na (?:de datum van )?(?:de )?uitgifte van "
    r"het Staatsblad waarin (?:zij|hij|het) wordt geplaatst)\.$")
_DATUM_2 = _DATUM.replace("?P<d>", "?P<d2>").replace("?P<m>", "?P<m2>").replace("?P<y>", "?P<y2>")
# «Deze wet treedt in werking met ingang van 1 januari 2023, met uitzondering van artikel I, onderdelen B, C en S, en
# artikel Vb, die in werking treden met ingang van 1 april 2023.» (the form in which the inwerkingtredingsbesluit,
# Stb. 2022, 504, dated Stb. 2022, 444; helper-94: it was refused as no sentence on the inwerkingtreding)
_UITZONDERING = re.compile(
    r"^(?:Deze wet|Dit besluit|Deze regeling) treedt in werking (?:met ingang van|op) " + _DATUM
    + r", met uitzondering van (?P<lijst>.+?),? (?:dat|die) in werking tre(?:edt|den) (?:met ingang van|op) "
    + _DATUM_2 + r"\.$")
_ITEM = re.compile(r"artikel (?P<art>[IVXLC]+[a-z]*)(?:, onderde(?:el|len) (?P<ond>(?:[A-Z]{1,3}(?:, | en |$))+))?")
_CITEERTITEL = re.compile(r"^(?:Deze wet|Dit besluit|Deze regeling) wordt aangehaald als:? (?P<t>.+?)\.$")


@dataclass
class Datums:
    """What the inwerkingtreding sentences say: a date per (ARTIKEL, onderdeel), one for the rest."""

    per_onderdeel: dict[tuple[str, str], date] = field(default_factory=dict)
    per_artikel: dict[str, date] = field(default_factory=dict)  # «met uitzondering van … artikel Vb»: all of it
    rest: date | None = None
    wijze: str = ""  # «op een bij koninklijk besluit te bepalen tijdstip …»: how, when no date is said
    citeertitel: str = ""
    fouten: list[tuple[int, str, str]] = field(default_factory=list)  # (line, text, reason)


def format_date(d: date) -> str:
    return f"{d.day} {MAANDEN[d.month - 1]} {d.year:04d}"


_ISO = re.compile(r"(?<![@\w/.-])(\d{4})-(\d{2})-(\d{2})(?![\w/-]|\.\w)")


def datums_voluit(tekst: str) -> str:
    """Our own prose for a document, with every ISO date written as a Dutch document writes it («sinds 2023-01-01» →
    «sinds 1 januari 2023»). What is not ours stays as it is: a regeling named with its date
    (``gemeentewet@2022-11-05``), a file name («voorstel 2020-08-31.txt»; helper-136), words quoted in «…» (a law's
    or a bill's text), and an impossible date. Never for text a user wrote."""
    def voluit(m: re.Match[str]) -> str:
        try:
            return format_date(date(int(m[1]), int(m[2]), int(m[3])))
        except ValueError:
            return m[0]
    delen, diepte, begin = [], 0, 0  # text outside every «…», also around a quotation inside a quotation
    for i, teken in enumerate(tekst):
        if teken == "«":
            if diepte == 0:
                delen.append(_ISO.sub(voluit, tekst[begin:i]))
                begin = i
            diepte += 1
        elif teken == "»" and diepte:
            diepte -= 1
            if diepte == 0:
                delen.append(tekst[begin:i + 1])
                begin = i + 1
    rest = tekst[begin:]
    return "".join([*delen, rest if diepte else _ISO.sub(voluit, rest)])


def _date_of(m: re.Match[str], n: str = "") -> date | None:
    """The date in a match (groups d, m, y; with ``n`` "2": d2, m2, y2), or None for an impossible one (31 februari)."""
    try:
        return date(int(m["y" + n]), MAANDEN.index(m["m" + n]) + 1, int(m["d" + n]))
    except ValueError:
        return None


def _uitzondering(m: re.Match[str], nr: int, text: str, out: Datums) -> None:
    """The dates of «… treedt in werking met ingang van D1, met uitzondering van <lijst>, die … met ingang van D2.»: D1
    for the rest, D2 for every artikel and onderdeel the list names; a list not read whole is an error, never a guess."""
    rest, later = _date_of(m), _date_of(m, "2")
    lijst = m["lijst"].rstrip(",")
    items = list(_ITEM.finditer(lijst))
    if rest is None or later is None:
        out.fouten.append((nr, text, "deze datum bestaat niet"))
        return
    if not items or _woorden(" ".join(i[0] for i in items)) != _woorden(lijst):  # every word of the list read
        out.fouten.append((nr, text, "de uitzondering is niet te lezen als «artikel I, onderdelen B en C» en «artikel "
                                     "II» (met komma's en «en» ertussen)"))
        return
    out.rest = rest
    for i in items:
        if i["ond"]:
            for o in re.split(r",\s*|\s+en\s+", i["ond"].strip().removesuffix(" en").rstrip(",")):
                if o:
                    out.per_onderdeel[(i["art"], o)] = later
        else:
            out.per_artikel[i["art"]] = later


def _zinnen(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The lines joined into sentences: a sentence broken over lines (pasted text) is one, at its first line."""
    out: list[tuple[int, str]] = []
    for nr, text in lines:
        if out and not out[-1][1].endswith("."):
            out[-1] = (out[-1][0], f"{out[-1][1]} {text}")
        else:
            out.append((nr, text))
    return out


def _woorden(text: str) -> list[str]:
    """The words of a list, without its commas and «en»."""
    return [w for w in text.replace(",", " ").split() if w != "en"]


def lees_datums(lines: list[tuple[int, str]]) -> Datums | None:
    """The dates of a block of inwerkingtreding sentences (and a citeertitel), or None when the block holds anything
    else."""
    lines = _zinnen(lines)
    if not lines or not all(_DEEL.match(t) or _REST.match(t) or _ZONDER_DATUM.match(t) or _CITEERTITEL.match(t)
                            or _UITZONDERING.match(t) for _, t in lines):
        return None
    out = Datums()
    for nr, text in lines:
        if u := _UITZONDERING.match(text):
            _uitzondering(u, nr, text, out)
            continue
        if z := _ZONDER_DATUM.match(text):
            out.wijze = z["wijze"]
            continue
        if t := _CITEERTITEL.match(text):
            out.citeertitel = t["t"]
            continue
        m = _DEEL.match(text) or _REST.match(text)
        when = _date_of(m) if m else None
        if m is None or when is None:
            out.fouten.append((nr, text, "deze datum bestaat niet"))
        elif "ond" in m.groupdict():
            for o in re.split(r",\s*|\s+en\s+", m["ond"].strip()):
                if o:
                    out.per_onderdeel[(m["art"], o)] = when
        else:
            out.rest = when
    return out
