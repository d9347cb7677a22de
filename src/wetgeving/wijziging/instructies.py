"""Parse an amending act as published in plain text into a :class:`Wijzigingsregeling`.

Layout (as in the Kamerstukken and the Staatsblad)::

    ARTIKEL I

    De Gemeentewet wordt als volgt gewijzigd:

    A

    Aan artikel 13, eerste lid, onderdeel o, wordt toegevoegd «of werkzaam ten behoeve van die gemeente».

    C

    Artikel 23 wordt als volgt gewijzigd:

    1. Onder vernummering van het vierde en vijfde lid tot vijfde en zesde lid, wordt een lid ingevoegd, luidende:

      4. Indien met gesloten deuren wordt vergaderd, …

Also read: a single-article act ("Artikel 174a van de Gemeentewet wordt als volgt gewijzigd:", numbered
points, no letters) and the older opening "In de Gemeentewet worden de volgende wijzigingen aangebracht:".
New text after "luidende:" is indented or bulleted (•); pasted text that lost its indentation is taken up
to the next line that reads as an instruction (:func:`_is_point_start`). A sentence broken over lines is joined. An
ARTIKEL of inwerkingtreding sentences ("Artikel I, onderdelen B en C, treden in werking met ingang van 1 april
2023.") dates the onderdelen; one without a date («op een bij koninklijk besluit te bepalen tijdstip») and the
citeertitel are read too (:mod:`wetgeving.wijziging.datums`). Lines starting with ``#`` are comments. What cannot be
read is kept as :class:`Onleesbaar` with its line and position, never guessed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property
from pathlib import Path

from wetgeving.errors import WetgevingError
from wetgeving.locatie import Adres
from wetgeving.nummers import hoofdletters
from wetgeving.wijziging.acties import Actie
from wetgeving.wijziging.datums import format_date, lees_datums
from wetgeving.wijziging.model import Onleesbaar, WijzigingsArtikel, Wijzigingsonderdeel, Wijzigingsregeling
from wetgeving.wijziging.nieuw import nieuw_meldingen
from wetgeving.wijziging.tokens import SLUIT, ZinFout, citaat_open
from wetgeving.wijziging.zinnen import als_volgt, lees_zin_nieuw

__all__ = ["Regel", "format_date", "parse_act", "parse_onderdeel"]

_ARTIKEL = re.compile(r"^ARTIKEL\s+(?P<nr>[IVXLC]+)$")
_LETTER = re.compile(r"^(?P<nr>[A-Z]{1,3})$")
_AANHEF = re.compile(r"^(?:De|Het) (?P<naam>[^:]+?) wordt als volgt gewijzigd:$")
_AANHEF_OUD = re.compile(r"^In (?:de|het) (?P<naam>[^:]+?) worden de volgende wijzigingen aangebracht:$")
_AANHEF_ART = re.compile(r"^(?P<t>Artikel [^:]+?) van (?:de|het) (?P<naam>[A-Z][^:]*?) wordt als volgt gewijzigd:$")
_POINT = re.compile(r"^(?P<nr>\d{1,3}|[a-z])\.\s+(?=\S)")
_OPENERS = re.compile(r"(?:In|Aan|Na|Voor|Onder|Er|De|Het|Onderdeel|Artikel|Hoofdstuk|Paragraaf|«)\b")


@dataclass
class Regel:
    nr: int
    raw: str

    @cached_property
    def text(self) -> str:
        return " ".join(self.raw.split())

    @property
    def indented(self) -> bool:
        return self.raw[:1].isspace() or self.text.startswith(("•", "·"))


def parse_act(text: str, source: str | Path = "<text>", *, titels: Mapping[str, tuple[str, str]] | None = None
              ) -> Wijzigingsregeling:
    """Parse the text of an amending act; never raises for unreadable instructions (see ``problems()``).
    ``titels`` maps a citeertitel (casefolded) to the catalogue's short name and BWB id of the regeling
    (:meth:`~wetgeving.bronnen.catalogus.Catalogus.titels`); without it an artikel names its regeling by title."""
    lines = [Regel(i, raw.rstrip()) for i, raw in enumerate(text.splitlines(), start=1)]
    lines = [ln for ln in lines if ln.text and not ln.text.startswith("#")]
    heads = [i for i, ln in enumerate(lines) if _ARTIKEL.match(ln.text)]
    if not heads:
        raise WetgevingError("geen kop «ARTIKEL I» gevonden: dit lijkt geen wijzigingsregeling", file=str(source),
                             hint="een wijzigingsregeling bevat regels «ARTIKEL I», «De <regeling> wordt als volgt "
                                  "gewijzigd:», «A», …")
    # the title: the first line before ARTIKEL I that is not one of our «Let op:» notes (a generated act saved as text)
    titel = next((ln.text for ln in lines[:heads[0]] if not ln.text.lstrip("\ufeff").startswith("Let op:")), "")
    artikelen: list[WijzigingsArtikel] = []
    dates: dict[tuple[str, str], date] = {}
    per_artikel: dict[str, date] = {}  # a whole ARTIKEL the inwerkingtreding names («met uitzondering van artikel II»)
    default: date | None = None
    wijze = citeertitel = ""
    problems: list[Onleesbaar] = []
    datum_kop = lines[heads[0]]
    for k, start in enumerate(heads):
        block = lines[start + 1: heads[k + 1] if k + 1 < len(heads) else len(lines)]
        nr = lines[start].text.split()[1]
        if block and _opening(block[0].text):
            artikelen.append(_artikel(nr, block, titels or {}))
            continue
        found = lees_datums([(b.nr, b.text) for b in block])
        if block and found is not None:
            default = found.rest or default
            dates.update(found.per_onderdeel)
            per_artikel.update(found.per_artikel)
            datum_kop = lines[start]
            wijze, citeertitel = found.wijze or wijze, found.citeertitel or citeertitel
            problems += [Onleesbaar(t, r, reden) for r, t, reden in found.fouten]
        else:
            first = block[0] if block else lines[start]
            problems.append(Onleesbaar(first.text, first.nr, "na deze ARTIKEL-kop wordt «De <regeling> wordt als volgt "
                                       "gewijzigd:» of een zin over de inwerkingtreding verwacht"))
    bestaand = {(a.nr, o.nr) for a in artikelen for o in a.onderdelen}
    problems += [Onleesbaar(datum_kop.text, datum_kop.nr, f"de inwerkingtreding noemt artikel {art}, onderdeel {ond}, "
                            "maar de wet heeft dat onderdeel niet")  # helper-66: it was silently skipped
                 for art, ond in sorted(dates) if (art, ond) not in bestaand]
    problems += [Onleesbaar(datum_kop.text, datum_kop.nr, f"de inwerkingtreding noemt artikel {art}, maar de wet heeft "
                            "dat artikel niet") for art in sorted(per_artikel) if art not in {a.nr for a in artikelen}]
    zes19 = {a.nr: nieuw_meldingen(a) for a in artikelen}  # «(nieuw)» where 6.19 asks for it, and only there
    zes15 = {a.nr: _volgorde(a) for a in artikelen}  # letters out of order (6.15), once per artikel
    artikelen = [replace(a, onderdelen=tuple(
        replace(o, inwerking=dates.get((a.nr, o.nr), per_artikel.get(a.nr, default)),
                meldingen=tuple(zes19[a.nr].get(o.nr, ())) + zes15[a.nr].get(o.nr, ()))
        for o in a.onderdelen)) for a in artikelen]
    problems.extend(_duplicates(artikelen, lines, heads))
    return Wijzigingsregeling(titel, tuple(artikelen), inwerking=default, bron=str(source), onleesbaar=tuple(problems),
                              inwerking_wijze=wijze, citeertitel=citeertitel)


def _volgorde(a: WijzigingsArtikel) -> dict[str, tuple[str, ...]]:
    """Onderdelen whose capital letter is not the next one (aanwijzing 6.15, tweede lid: the changes within an artikel
    are marked with capitals; by custom A, B, C …, after Z: AA, AB …); helper-109: A, C, B was applied without a word. A note on
    the onderdeel, not a refusal: the act as published is what it is."""
    volgende = hoofdletters()
    out: dict[str, tuple[str, ...]] = {}
    vorige = ""
    gezien: set[str] = set()
    for o in a.onderdelen:
        if not re.fullmatch(r"[A-Z]{1,2}", o.nr) or o.nr not in volgende:
            return {}  # not lettered as 6.15 says (or a letter of a nota van wijziging, «Aa»): not checked
        if o.nr in gezien:  # a letter twice is refused (_duplicates); a note keyed by it fell on the first one too
            continue
        gezien.add(o.nr)
        verwacht = volgende[volgende.index(vorige) + 1] if vorige in volgende else "A"
        if o.nr != verwacht:
            # helper-111: the aanwijzing prescribes capitals, not their order; the order is custom
            out[o.nr] = (f"de onderdelen worden aangeduid met hoofdletters (aanwijzing 6.15, tweede lid), gebruikelijk "
                         f"op volgorde A, B, C …; na {'onderdeel ' + vorige if vorige else 'het begin'} wordt onderdeel "
                         f"{verwacht} verwacht, niet {o.nr}: controleer of een onderdeel ontbreekt of verwisseld is",)
        vorige = o.nr
    return out


def _opening(text: str) -> re.Match[str] | None:
    return _AANHEF.match(text) or _AANHEF_OUD.match(text) or _AANHEF_ART.match(text)


def _duplicates(artikelen: list[WijzigingsArtikel], lines: list[Regel], heads: list[int]) -> list[Onleesbaar]:
    """ARTIKEL I twice, or onderdeel A twice in one artikel: the act is ambiguous, so say so."""
    out: list[Onleesbaar] = []
    seen_art: set[str] = set()
    for h in heads:
        nr = lines[h].text.split()[1]
        if nr in seen_art:
            out.append(Onleesbaar(lines[h].text, lines[h].nr, f"ARTIKEL {nr} komt twee keer voor"))
        seen_art.add(nr)
    for a in artikelen:
        seen_ond: set[str] = set()
        for o in a.onderdelen:
            if o.nr in seen_ond:
                out.append(Onleesbaar(o.nr, o.regel, f"onderdeel {o.nr} komt twee keer voor in ARTIKEL {a.nr}"))
            seen_ond.add(o.nr)
    return out


def _artikel(nr: str, block: list[Regel], titels: Mapping[str, tuple[str, str]]) -> WijzigingsArtikel:
    m = _opening(block[0].text)
    assert m is not None  # the caller matched it
    naam = m["naam"]
    context = als_volgt(m["t"] + " wordt als volgt gewijzigd:", None) if "t" in m.groupdict() else None
    regeling, bwb_id = titels.get(naam.casefold(), (naam, ""))
    starts = [i for i, ln in enumerate(block) if i > 0 and _LETTER.match(ln.text) and not ln.indented]
    onderdelen = []
    for k, s in enumerate(starts):
        body = block[s + 1: starts[k + 1] if k + 1 < len(starts) else len(block)]
        onderdelen.append(parse_onderdeel(block[s].text, body, context, regel=block[s].nr))
    if not starts and len(block) > 1:
        onderdelen.append(parse_onderdeel("", block[1:], context))
    return WijzigingsArtikel(nr, regeling, naam, tuple(onderdelen), aanhef=block[0].text, bwb_id=bwb_id)


# --- one onderdeel ---------------------------------------------------------------------------------------


@dataclass
class _Statement:
    line: Regel
    sentence: str
    body: list[str] = field(default_factory=list)
    open_body: bool = False  # new text after 'luidende:' that lost its indentation: taken up to the next point
    na_open_tekst: bool = False  # this line ended such new text: it may belong to it (a lid that reads like an instruction)


_LUIDENDE = ("luiden:", "luidende:", "luidend:", "luidt:")


def _opent_tekst(sentence: str) -> bool:
    """The instruction ends where new text begins: «luidende:», or «Artikel 32a, tweede lid, wordt vervangen door:»
    (aanwijzing 6.9, eerste lid; not «wordt «a» vervangen door:», the older words formula)."""
    return sentence.endswith(_LUIDENDE) or (sentence.endswith("vervangen door:") and not _CITAAT.search(sentence))


def _statements(lines: list[Regel]) -> list[_Statement]:
    out: list[_Statement] = []
    for ln in lines:
        prev = out[-1] if out else None
        if prev is not None and ln.indented and (prev.sentence.endswith(":") or prev.body) and not prev.open_body:
            prev.body.append(ln.text)
        elif prev is not None and (prev.open_body or (_opent_tekst(prev.sentence) and not prev.body)) \
                and not _is_point_start(ln.text):
            prev.open_body = True
            prev.body.append(ln.text)
        elif prev is not None and not prev.body and _incomplete(prev.sentence, ln.text) and not _POINT.match(ln.text):
            prev.sentence += " " + ln.text  # a sentence broken over lines
        else:
            out.append(_Statement(ln, ln.text, na_open_tekst=prev is not None and prev.open_body and not ln.indented))
    return out


def _incomplete(sentence: str, volgende: str) -> bool:
    """Whether ``sentence`` goes on on the next line: a quote is open, it does not end a sentence, or it ends in a closing
    quote and the next line begins in lower case («… 29 en 30»» / «vervangen door …», a line broken by a PDF; helper-70)."""
    if citaat_open(sentence):  # inside a quoted text: a full stop there ends no instruction
        return True
    if sentence.endswith((".", ":")):
        return False
    return not sentence.endswith(("»", "’", "”", '"')) or volgende[:1].islower()


def parse_onderdeel(nr: str, lines: list[Regel], context: Adres | None = None, *, regel: int = 0) -> Wijzigingsonderdeel:
    """Parse the lines of one onderdeel (A, B …) into actions; ``context`` is the unit a single-article act
    amends (its numbered points then need no 'wordt als volgt gewijzigd:' of their own); ``regel``: the line of its
    letter (default: its first line)."""
    text = "\n".join(ln.raw for ln in lines)
    acties: list[Actie] = []
    nieuw: list[Adres] = []
    per_actie: list[tuple[Adres, ...]] = []
    problems: list[Onleesbaar] = []
    stmts = _statements(lines)
    whole = context
    sub: Adres | None = None
    for st in stmts:
        sentence = st.sentence
        offset = 0
        try:
            pm = _POINT.match(sentence)
            if pm:
                sentence, offset = sentence[pm.end():], pm.end()
                if pm["nr"].isdigit():
                    sub = None
            elif context is not None and (st is not stmts[0] or whole is not None):
                raise ZinFout("onder «wordt als volgt gewijzigd:» wordt een genummerd punt (1., 2., …) verwacht", 0)
            here = sub or context
            resolved = als_volgt(sentence, here)
            if resolved is not None:
                if pm and pm["nr"].isdigit():
                    sub = resolved
                else:
                    context = resolved
                continue
            gelezen, genoemd = lees_zin_nieuw(sentence, st.body, here)
            acties.extend(gelezen)
            nieuw.extend(genoemd)
            per_actie.extend([tuple(genoemd)] * len(gelezen))
        except ZinFout as exc:
            waarom = exc.in_regel(offset) + (  # helper-99: a lid read as instruction
                "; hoort deze regel bij de nieuwe tekst erboven, zet die tekst dan ingesprongen onder de instructie"
                if st.na_open_tekst else "")
            problems.append(Onleesbaar(st.sentence, st.line.nr, waarom, offset + exc.positie + 1))
        except WetgevingError as exc:
            problems.append(Onleesbaar(st.sentence, st.line.nr, exc.message))
    return Wijzigingsonderdeel(nr, text, tuple(acties), onleesbaar=tuple(problems), regel=regel or (lines[0].nr if lines else 0),
                               nieuw_genoemd=tuple(dict.fromkeys(nieuw)), nieuw_per_actie=tuple(per_actie))


# what every instruction of Aanwijzingen 6.9–6.19 says it does: the verb of its form (6.9.2 «wordt vervangen door»,
# 6.11.2 «wordt ingevoegd», 6.12.2 «vervalt», 6.9.3 «komt te luiden», 6.17/6.18 «vernummerd», «geplaatst» …)
_DOET = re.compile(r"\b(?:(?:wordt|worden)\b.*\b(?:vervangen|ingevoegd|toegevoegd|geplaatst|vernummerd|verletterd|"
                   r"gewijzigd|aangebracht|verplaatst|geschrapt|ingetrokken)|verval(?:t|len)|kom(?:t|en) te luiden)\b")


def _is_point_start(sentence: str) -> bool:
    """Whether a line in new text that lost its indentation begins the next instruction: it opens as one does («In»,
    «Aan», «Artikel» …) and, numbered, says what it does (:data:`_DOET`); unnumbered, it names a unit and quotes («…»)
    or reads whole as an instruction. «2. De openbaarmaking geschiedt elektronisch.» under «komt te luiden:» is the new
    lid (helper-94: it was taken for an instruction); an unnumbered «In artikel 1 wordt «a» vervangen door «b».» after
    it is not taken into that lid in silence. A numbered lid of law text that reads like an instruction ends the new
    text: then a line is reported unreadable, never misread."""
    m = _POINT.match(sentence)
    rest = sentence[m.end():] if m is not None else sentence
    if not _OPENERS.match(rest):
        return False
    doet = bool(_DOET.search(rest))
    if m is not None:
        return doet
    if (_CITAAT.search(rest) and _NAAR_EENHEID.match(rest)) or (doet and (_opent_tekst(rest)
                                                                       or als_volgt(rest, None) is not None)):
        return True  # a quotation in a unit: an instruction with a slip of the pen is reported, never taken in (helper-99)
    if not doet:
        return False
    try:  # unnumbered, without a quotation: only a whole instruction (helper-97: «De bepalingen … zijn van rechtswege
        # vervallen.», the new text of Gemeentewet 122, ended the text it belongs to)
        lees_zin_nieuw(rest, [], None)
    except (ZinFout, WetgevingError):
        return False
    return True


_CITAAT = re.compile("[" + re.escape("".join(k for k in SLUIT if k != "'")) + "]")  # an apostrophe is in law text too
# how an instruction on words names its place: «In artikel 279, …», «Aan het tweede lid …», «Artikel 12, tweede lid, …»
_NAAR_EENHEID = re.compile(r"(?:(?:In|Aan|Na|Voor)\s+(?:de\s+|het\s+)?(?:artikel|artikelen|aanhef|\w+\s+lid|onderdeel|"
                           r"hoofdstuk|paragraaf)\b|(?:Artikel|Onderdeel|Hoofdstuk|Paragraaf)\s+\S+\s*,)")
