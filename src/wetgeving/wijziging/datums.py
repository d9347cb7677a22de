"""The inwerkingtreding of an amending act: "Artikel I, onderdelen B en C, treden in werking met ingang van
1 april 2023." and "Deze wet treedt voor het overige in werking met ingang van 1 januari 2023."."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"]
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
_CITEERTITEL = re.compile(r"^(?:Deze wet|Dit besluit|Deze regeling) wordt aangehaald als:? (?P<t>.+?)\.$")


@dataclass
class Datums:
    """What the inwerkingtreding sentences say: a date per (ARTIKEL, onderdeel), one for the rest."""

    per_onderdeel: dict[tuple[str, str], date] = field(default_factory=dict)
    rest: date | None = None
    wijze: str = ""  # «op een bij koninklijk besluit te bepalen tijdstip …»: how, when no date is said
    citeertitel: str = ""
    fouten: list[tuple[int, str, str]] = field(default_factory=list)  # (line, text, reason)


def format_date(d: date) -> str:
    return f"{d.day} {MAANDEN[d.month - 1]} {d.year:04d}"


def _date_of(m: re.Match[str]) -> date | None:
    """The date in a match (groups d, m, y), or None for an impossible one (31 februari)."""
    try:
        return date(int(m["y"]), MAANDEN.index(m["m"]) + 1, int(m["d"]))
    except ValueError:
        return None


def _zinnen(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The lines joined into sentences: a sentence broken over lines (pasted text) is one, at its first line."""
    out: list[tuple[int, str]] = []
    for nr, text in lines:
        if out and not out[-1][1].endswith("."):
            out[-1] = (out[-1][0], f"{out[-1][1]} {text}")
        else:
            out.append((nr, text))
    return out


def lees_datums(lines: list[tuple[int, str]]) -> Datums | None:
    """The dates of a block of inwerkingtreding sentences (and a citeertitel), or None when the block holds anything
    else."""
    lines = _zinnen(lines)
    if not lines or not all(_DEEL.match(t) or _REST.match(t) or _ZONDER_DATUM.match(t) or _CITEERTITEL.match(t)
                            for _, t in lines):
        return None
    out = Datums()
    for nr, text in lines:
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
