"""New text in an amending act ("…, luidende:") as printed lines, both ways.

Written as the Staatsblad prints it: ``Artikel 87`` (``Artikel 7. Kop`` with a kop), a lid as
``4. Indien …``, onderdelen as ``a. …``, ``1°. …``; further alinea's on lines of their own; a chapter or
paragraph as its heading (``Hoofdstuk Va. Geheimhouding``, also read in capitals: ``HOOFDSTUK VA.
GEHEIMHOUDING``) followed by its artikelen. ``parse_units(write_units(units)) == units`` for the units the
importers produce (the round-trip tests hold this on the real laws).

New text that does not end as a sentence (with . ; : or with "en"/"of" after an onderdeel) is refused: it
is cut off, and applying it would put half a provision into the law.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import Any

from wetgeving.bronnen.opbouw import LID_DOT, build
from wetgeving.bronnen.tekst import clean
from wetgeving.errors import WetgevingError
from wetgeving.model import Alinea, Artikel, Lid, Onderdeel, Structuur
from wetgeving.wijziging.acties import STRUCTUREN, NieuweEenheid
from wetgeving.wijziging.citeren import een_nieuw

_ARTIKEL = re.compile(
    r"^Artikel\s+(?P<nr>[A-Z][A-Za-z]{0,2}\s?\d+[a-z]*\*?|\d+[a-z]*(?:\.\d+[a-z]*)*\*?)(?:\.\s+(?P<titel>\S.*))?$"
)
# the title after «. », or after «, » when it goes on from the label in lower case («Bijlage I, bedoeld in …»)
_KOP = re.compile(r"^(?P<soort>bijlage|boek|deel|titel|hoofdstuk|afdeling|paragraaf|subparagraaf|§)\s+"
                  r"(?P<nr>[IVXLC]+[A-Za-z]?|\d+(?:\.\d+)*[A-Za-z]?|[A-Z]{1,2})"
                  r"(?:(?:\.\s*|,\s+(?=(?-i:[a-z])))(?P<titel>\S.*)?)?$", re.I)
_BULLET = re.compile(r"^[•·▪]\s+")
_SLOT = "\"'»’”) \t"
RANG = {s: i for i, s in enumerate(STRUCTUREN)}


class BodyError(WetgevingError):
    """New text after 'luidende:' cannot be read as the units it announces."""

    hint = "zet de nieuwe tekst ingesprongen onder de instructie, zoals het Staatsblad die afdrukt"


def _al(text: str) -> Alinea:
    return Alinea(clean(text).strip())


# --- writing -----------------------------------------------------------------------------------------------


def gedrukt(u: Any) -> Any:
    """A unit as the Staatsblad prints it in an instruction: its text, without reference spans or the
    metadata of a consolidation (the inwerkingtreding and source of an artikel)."""
    if isinstance(u, Alinea):
        return Alinea(u.tekst)
    kids = tuple(gedrukt(k) for k in u.inhoud)
    if isinstance(u, Artikel):
        return Artikel(u.nr, kids, titel=u.titel)
    return dataclasses.replace(u, inhoud=kids)


def write_units(units: Sequence[Artikel | Lid | Onderdeel | Structuur]) -> list[str]:
    """Printed lines for new units."""
    lines: list[str] = []
    for u in units:
        lines.extend(_write(u))
    return lines


def kop(u: Structuur) -> str:
    """'Hoofdstuk Va. Geheimhouding' (the heading of a chapter or paragraph)."""
    return u.kop


def _write(u: Structuur | Artikel | Lid | Onderdeel | Alinea) -> list[str]:
    if isinstance(u, Alinea):
        return [u.tekst]
    if isinstance(u, Structuur):
        return [kop(u)] + [ln for k in u.inhoud for ln in _write(k)]
    if isinstance(u, Artikel):
        head = f"Artikel {u.nr}" + (f". {u.titel}" if u.titel else "")
        return [head] + [ln for k in u.inhoud for ln in _write(k)]
    prefix = f"{u.nr}." if isinstance(u, Lid) else (u.label or "-")
    out: list[str] = []
    first = True
    for k in u.inhoud:
        if first and isinstance(k, Alinea):
            out.append(f"{prefix} {k.tekst}")
        else:
            if first:
                out.append(prefix)
            out.extend(_write(k))
        first = False
    return out or [prefix]


# --- reading -----------------------------------------------------------------------------------------------


def eindigt_als_zin(line: str, *, opsomming: bool = False) -> bool:
    """The line ends a sentence (. ; : ! ?), or for an onderdeel also ',', 'en', 'of' or 'dan wel' (a subonderdeel
    «1°. …,» of a list; helper-103: an inserted one was refused as cut off)."""
    t = line.rstrip(_SLOT)
    if t[-1:] in (".", ";", ":", "!", "?"):
        return True
    return opsomming and (t.endswith((" en", " of", " wel", ",")) or t in ("en", "of"))


def _clean_lines(lines: list[str], wat: str, *, opsomming: bool = False) -> list[str]:
    out = [_BULLET.sub("", ln.strip()) for ln in lines if ln.strip()]
    if not out:
        raise BodyError(f"na «luidende:» volgt geen tekst voor {wat}; staat zij er wel, zet haar dan ingesprongen onder de "
                        "instructie: een genummerde regel die begint zoals een instructie en zegt wat zij doet (wordt "
                        "… vervangen, vervalt …), of een regel die geheel als instructie te lezen is, is gelezen als de "
                        "volgende instructie")
    if not eindigt_als_zin(out[-1], opsomming=opsomming):
        raise BodyError(f"de nieuwe tekst houdt midden in een zin op («…{out[-1][-40:]}»): zij is afgebroken")
    return out


def parse_units(lines: list[str], eenheid: str, aanduiding: str | None = None) -> list[NieuweEenheid]:
    """Read printed lines as new ``artikel``, ``lid`` or ``onderdeel`` units; ``aanduiding``: the number or letter of
    the unit whose text they replace («komt te luiden:»), named when it is missing."""
    lines = _clean_lines(lines, f"het nieuwe {eenheid}", opsomming=eenheid == "onderdeel")
    if eenheid == "artikel":
        return list(_artikelen(lines))
    items = build(lines, _al, lid_re=LID_DOT, leden=eenheid == "lid", start_any=True)
    want = Lid if eenheid == "lid" else Onderdeel
    bad = [i for i in items if not isinstance(i, want)]
    if bad:
        first = bad[0]
        shown = first.tekst if isinstance(first, Alinea) else f"{first.soort} {first.nr}"
        # helper-207: it said «na «luidende:»» after «komt te luiden:» too, and not what was missing; helper-212: «zoals
        # «3.»» for the eerste lid, and aanwijzing 6.9.3 (on replacing) for an insertion too
        if aanduiding is not None:
            raise BodyError(f"de nieuwe tekst van het {eenheid} begint met zijn aanduiding «{aanduiding}.» (aanwijzing "
                            f"6.9.3); «{shown[:60]}» heeft er geen")
        raise BodyError(f"elk nieuw {eenheid} begint met zijn aanduiding (zijn {'nummer' if eenheid == 'lid' else 'letter'}"
                        f" met een punt); «{shown[:60]}» heeft er geen")
    return items  # type: ignore[return-value]


def _artikelen(lines: list[str]) -> list[Artikel]:
    out: list[Artikel] = []
    head: re.Match[str] | None = None
    body: list[str] = []

    def flush() -> None:
        if head is not None:
            items = build(body, _al, lid_re=LID_DOT)
            out.append(Artikel(" ".join(head["nr"].split()), tuple(items), titel=(head["titel"] or "").strip()))

    for ln in lines:
        m = _ARTIKEL.match(ln)
        if m:
            flush()
            head, body = m, []
        elif head is None:
            raise BodyError(f"een nieuw artikel begint met «Artikel <nummer>», niet met «{ln[:60]}»")
        else:
            body.append(ln)
    flush()
    return out


def parse_structuren(lines: list[str], soort: str) -> list[Structuur]:
    """New chapters (or paragraphs …): a heading such as 'Hoofdstuk Va. Geheimhouding', then its artikelen
    (and lower containers, each with its own heading)."""
    lines = _clean_lines(lines, f"de nieuwe {soort}")
    return _structuren(lines, soort)


def _structuren(lines: list[str], soort: str) -> list[Structuur]:
    out: list[Structuur] = []
    chunks: list[tuple[re.Match[str], list[str]]] = []
    for ln in lines:
        m = _kop(ln)
        if m is not None and _soort(m) == soort:
            chunks.append((m, []))
        elif not chunks:
            raise BodyError(f"{een_nieuw(soort)} begint met «{soort.capitalize()} <nummer>», niet met «{ln[:60]}»")
        else:
            chunks[-1][1].append(ln)
    for m, body in chunks:
        out.append(Structuur(soort, _nr(m["nr"]), tuple(_inhoud(body, soort)), _titel(m["titel"] or "")))
    return out


def _inhoud(body: list[str], soort: str) -> list[Structuur | Artikel | Alinea]:
    """Text (a bijlage), artikelen, or lower containers (a chapter's paragraphs)."""
    first = next((m for m in map(_kop, body) if m is not None and RANG.get(_soort(m), -1) > RANG[soort]), None)
    if first is not None and body and _kop(body[0]) is not None:
        return list(_structuren(body, _soort(first)))
    k = next((i for i, ln in enumerate(body) if _ARTIKEL.match(ln)), len(body))
    return [*(_al(ln) for ln in body[:k]), *_artikelen(body[k:])]


def _kop(line: str) -> re.Match[str] | None:
    m = _KOP.match(line)
    if m is None:
        return None
    titel = m["titel"] or ""
    heading = line.isupper() or (m["titel"] is not None and not titel.endswith((".", ";", ":"))) or not titel
    return m if heading and (m["titel"] is not None or line.strip() == m.group().strip()) else None


def _soort(m: re.Match[str]) -> str:
    s = m["soort"].casefold()
    return "paragraaf" if s == "§" else s


def _nr(nr: str) -> str:
    if m := re.fullmatch(r"([IVXLC]+)([A-Z])", nr):  # 'VA' as printed in capitals is Va (Aanwijzing 6.16.1)
        return m[1] + m[2].lower()
    return nr


def _titel(titel: str) -> str:
    titel = titel.strip()
    return titel[:1] + titel[1:].lower() if titel.isupper() else titel
