"""Parse an amending act as published in plain text into a :class:`Wijzigingsregeling`.

Layout (as in the Kamerstukken)::

    ARTIKEL I

    De Gemeentewet wordt als volgt gewijzigd:

    A

    Aan artikel 13, eerste lid, onderdeel o, wordt toegevoegd «of werkzaam ten behoeve van die gemeente».

    C

    Artikel 23 wordt als volgt gewijzigd:

    1. Onder vernummering van het vierde en vijfde lid tot vijfde en zesde lid, wordt een lid ingevoegd, luidende:

      4. Indien met gesloten deuren wordt vergaderd, …

New text after "luidende:" is indented or bulleted (•). An ARTIKEL of inwerkingtreding sentences
("Artikel I, onderdelen B en C, treden in werking met ingang van 1 april 2023.") dates the onderdelen.
Lines starting with ``#`` are comments. What cannot be read is kept as :class:`Onleesbaar` with its line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from wetgeving.errors import WetgevingError
from wetgeving.locatie import Adres
from wetgeving.wijziging.model import (
    Onleesbaar,
    Operatie,
    WijzigingsArtikel,
    Wijzigingsonderdeel,
    Wijzigingsregeling,
)
from wetgeving.wijziging.regels import parse_sentence
from wetgeving.wijziging.zinnen import GrammarError, target

_ARTIKEL = re.compile(r"^ARTIKEL\s+(?P<nr>[IVXLC]+)\s*$")
_LETTER = re.compile(r"^(?P<nr>[A-Z]{1,3})$")
_AANHEF = re.compile(r"^(?:De|Het)\s+(?P<naam>.+?)\s+wordt als volgt gewijzigd:$")
# a single-article act: "Artikel 174a van de Gemeentewet wordt als volgt gewijzigd:" (no opening for the law)
_AANHEF_ART = re.compile(r"^(?P<t>Artikel\s+.+?)\s+van\s+(?:de|het)\s+"
                         r"(?P<naam>[A-Z].+?)\s+wordt als volgt gewijzigd:$")
_ALS_VOLGT = re.compile(r"^(?P<t>.+?),? wordt als volgt gewijzigd:$")
_POINT = re.compile(r"^(?P<nr>\d+|[a-z])\.\s+(?=\S)")
MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"]
_DATUM = r"(?P<d>\d{1,2}) (?P<m>" + "|".join(MAANDEN) + r") (?P<y>\d{4})"
_IWT_DEEL = re.compile(r"^Artikel (?P<art>[IVXLC]+), onderde(?:el|len) (?P<ond>[A-Z, en]+?),? tre(?:edt|den) in werking "
                       r"(?:met ingang van|op) " + _DATUM + r"\.$")
_IWT_REST = re.compile(r"^(?:Deze wet|Dit besluit|Deze regeling) treedt (?:voor het overige )?in werking "
                       r"(?:met ingang van|op) " + _DATUM + r"\.$")


@dataclass
class _Line:
    nr: int
    raw: str

    @property
    def text(self) -> str:
        return self.raw.strip()

    @property
    def indented(self) -> bool:
        return self.raw[:1].isspace() or self.text.startswith(("•", "·"))


def _date_of(m: re.Match[str]) -> date | None:
    """The date in a match of ``_DATUM`` (groups d, m, y), or None for an impossible one (31 februari)."""
    try:
        return date(int(m["y"]), MAANDEN.index(m["m"]) + 1, int(m["d"]))
    except ValueError:
        return None


def format_date(d: date) -> str:
    return f"{d.day} {MAANDEN[d.month - 1]} {d.year:04d}"


def parse_act(text: str, source: str | Path = "<text>") -> Wijzigingsregeling:
    """Parse the text of an amending act; never raises for unreadable instructions (see ``problems()``)."""
    lines = [_Line(i, raw.rstrip()) for i, raw in enumerate(text.splitlines(), start=1)]
    lines = [ln for ln in lines if ln.text and not ln.text.startswith("#")]
    heads = [i for i, ln in enumerate(lines) if _ARTIKEL.match(ln.text)]
    if not heads:
        raise WetgevingError("no 'ARTIKEL I' heading found: this does not look like an amending act", file=str(source),
                             hint="the act must contain lines 'ARTIKEL I', 'De <regeling> wordt als volgt gewijzigd:', 'A', …")
    titel = lines[0].text if heads[0] > 0 else ""
    artikelen: list[WijzigingsArtikel] = []
    dates: dict[tuple[str, str], date] = {}
    default: date | None = None
    problems: list[Onleesbaar] = []
    for k, start in enumerate(heads):
        block = lines[start + 1: heads[k + 1] if k + 1 < len(heads) else len(lines)]
        nr = _ARTIKEL.match(lines[start].text)["nr"]  # type: ignore[index]
        if block and (_AANHEF.match(block[0].text) or _AANHEF_ART.match(block[0].text)):
            artikelen.append(_artikel(nr, block))
        elif block and all(_IWT_DEEL.match(b.text) or _IWT_REST.match(b.text) for b in block):
            default = _dates(block, dates, problems) or default
        else:
            first = block[0] if block else lines[start]
            problems.append(Onleesbaar(first.text, first.nr, "expected 'De <regeling> wordt als volgt gewijzigd:' "
                                       "or inwerkingtreding sentences after this ARTIKEL heading"))
    artikelen = [replace(a, onderdelen=tuple(
        replace(o, inwerking=dates.get((a.nr, o.nr), default)) for o in a.onderdelen)) for a in artikelen]
    problems.extend(_duplicates(artikelen, lines, heads))
    return Wijzigingsregeling(titel, tuple(artikelen), inwerking=default, bron=str(source), onleesbaar=tuple(problems))


def _duplicates(artikelen: list[WijzigingsArtikel], lines: list[_Line], heads: list[int]) -> list[Onleesbaar]:
    """ARTIKEL I twice, or onderdeel A twice in one artikel: the act is ambiguous, so say so."""
    out: list[Onleesbaar] = []
    seen_art: set[str] = set()
    for h in heads:
        nr = _ARTIKEL.match(lines[h].text)["nr"]  # type: ignore[index]
        if nr in seen_art:
            out.append(Onleesbaar(lines[h].text, lines[h].nr, f"ARTIKEL {nr} occurs twice"))
        seen_art.add(nr)
    for a in artikelen:
        seen_ond: set[str] = set()
        for o in a.onderdelen:
            if o.nr in seen_ond:
                out.append(Onleesbaar(o.nr, o.regel, f"onderdeel {o.nr} occurs twice in ARTIKEL {a.nr}"))
            seen_ond.add(o.nr)
    return out


def _dates(block: list[_Line], dates: dict[tuple[str, str], date], problems: list[Onleesbaar]) -> date | None:
    default = None
    for ln in block:
        m = _IWT_DEEL.match(ln.text) or _IWT_REST.match(ln.text)
        when = _date_of(m) if m else None
        if m is None or when is None:
            problems.append(Onleesbaar(ln.text, ln.nr, "this date does not exist"))
        elif "ond" in m.groupdict():
            for o in re.split(r",\s*|\s+en\s+", m["ond"].strip()):
                if o:
                    dates[(m["art"], o)] = when
        else:
            default = when
    return default


def _artikel(nr: str, block: list[_Line]) -> WijzigingsArtikel:
    from wetgeving.bronnen.catalogus import catalogue

    m = _AANHEF.match(block[0].text) or _AANHEF_ART.match(block[0].text)
    assert m
    naam = m["naam"]
    context = target(m["t"], None).adres if "t" in m.groupdict() and m["t"] else None
    bron = next((b for b in catalogue() if b.citeertitel and b.citeertitel.casefold() == naam.casefold()), None)
    starts = [i for i, ln in enumerate(block) if i > 0 and _LETTER.match(ln.text) and not ln.indented]
    onderdelen = []
    for k, s in enumerate(starts):
        body = block[s + 1: starts[k + 1] if k + 1 < len(starts) else len(block)]
        onderdelen.append(parse_onderdeel(block[s].text, body, context))
    if not starts and len(block) > 1:
        onderdelen.append(parse_onderdeel("", block[1:], context))
    return WijzigingsArtikel(nr, bron.regeling if bron else naam, naam, tuple(onderdelen), aanhef=block[0].text,
                              bwb_id=bron.bwb_id if bron else "")


# --- one onderdeel ---------------------------------------------------------------------------------------


@dataclass
class _Statement:
    line: _Line
    sentence: str
    body: list[str]


def _statements(lines: list[_Line]) -> list[_Statement]:
    out: list[_Statement] = []
    for ln in lines:
        if (out and (ln.indented and out[-1].sentence.endswith(":")))  or (out and out[-1].body and ln.indented):
            out[-1].body.append(ln.text)
        else:
            out.append(_Statement(ln, ln.text, []))
    return out


def parse_onderdeel(nr: str, lines: list[_Line], context: Adres | None = None) -> Wijzigingsonderdeel:
    """Parse the lines of one onderdeel (A, B …) into operations; ``context`` is the unit a single-article
    act amends (its numbered points then need no 'wordt als volgt gewijzigd:' of their own)."""
    text = "\n".join(ln.raw for ln in lines)
    ops: list[Operatie] = []
    problems: list[Onleesbaar] = []
    stmts = _statements(lines)
    _fold_unindented_bodies(stmts)
    whole = context
    sub: Adres | None = None
    for st in stmts:
        sentence = st.sentence
        try:
            pm = _POINT.match(sentence)
            if pm:
                sentence = sentence[pm.end():]
                if pm["nr"].isdigit():
                    sub = None
            elif context is not None and (st is not stmts[0] or whole is not None):
                raise GrammarError("expected a numbered point (1., 2., …) under 'wordt als volgt gewijzigd:'")
            here = sub or context
            av = _ALS_VOLGT.match(sentence)
            if av:
                resolved = target(av["t"], here).adres
                if pm and pm["nr"].isdigit():
                    sub = resolved
                else:
                    context = resolved
                continue
            ops.extend(parse_sentence(sentence, st.body, here))
        except (GrammarError, WetgevingError) as exc:
            problems.append(Onleesbaar(st.sentence, st.line.nr, getattr(exc, "message", str(exc))))
    return Wijzigingsonderdeel(nr, text, tuple(ops), onleesbaar=tuple(problems), regel=lines[0].nr - 1 if lines else 0)


def _fold_unindented_bodies(stmts: list[_Statement]) -> None:
    """Pasted text may lose the indentation of new text: after 'luidende:' with no indented lines, take the
    following lines up to the next numbered point as the new text."""
    i = 0
    while i < len(stmts):
        st = stmts[i]
        if st.sentence.endswith(("luiden:", "luidende:")) and not st.body:
            j = i + 1
            while j < len(stmts) and not _is_point_start(stmts[j].sentence):
                st.body.append(stmts[j].sentence)
                j += 1
            del stmts[i + 1: j]
        i += 1


_OPENERS = re.compile(r"(In|Aan|Na|Voor|Onder|Er|Het \w+ (?:lid|onderdeel)|Onderdeel|Artikel \S+ (?:wordt|komt|vervalt))\b")


def _is_point_start(sentence: str) -> bool:
    m = _POINT.match(sentence)
    return m is not None and bool(_OPENERS.match(sentence[m.end():]))
