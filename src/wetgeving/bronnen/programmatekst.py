"""The text of the weerbaar-bestuur programme, read from its source at run time (never copied into the corpus).

The source is the annex "Bijlage brief weerbaar bestuur: toelichting actielijnen en acties" to the letter of
18 October 2019 (catalogued as :data:`BRON`, verified against its SHA-256 like every source). Our model of the
programme (``corpus/programma.xml``) names for each action line the section it comes from (``onderdeel``: «Het
bevorderen van bestuurlijke integriteit — Integriteit van bestuurders»); :func:`passage` finds that section's heading
in the annex and returns its paragraphs as plain text, with the line of the heading, so that a checklist can quote
what the programme says where it shows our summary of it (helper-142: the tool never showed the programme's words).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from wetgeving.bronnen.catalogus import Catalogus

BRON = "programma-weerbaar-bestuur"
"""The catalogue id of the programme's annex (corpus/bronnen.toml)."""

_KOP = re.compile(r"^#+\s*(.*?)\s*$")
_NOOT = re.compile(r"<sup>\s*\d+\s*</sup>")  # a footnote mark
_OPMAAK = re.compile(_NOOT.pattern + r"|[*_]")  # footnote marks and emphasis: not the programme's words


@dataclass(frozen=True, slots=True)
class Passage:
    """A section of the annex: its heading as printed, the line of that heading, and its paragraphs as text."""

    kop: str
    regel: int  # 1-based line of the heading in the source file
    tekst: str
    bestand: str  # the source file as catalogued (programma/bijlage-brief-weerbaar-bestuur.md)
    noten: bool = False  # footnote marks were left out of ``tekst``


def _plat(line: str) -> str:
    return " ".join(_OPMAAK.sub("", line).split())


@lru_cache(maxsize=4)
def _koppen(text: str) -> dict[str, tuple[int, str, str, bool]]:
    """Each heading's plain text → (its line, the plain text of the paragraphs under it up to the next heading or
    rule, the heading of a higher level above it or "", whether footnote marks were left out); a heading printed
    twice keeps its first place."""
    lines = text.splitlines()
    out: dict[str, tuple[int, str, str, bool]] = {}
    boven: dict[int, str] = {}  # level → the last heading of that level
    for i, line in enumerate(lines):
        m = _KOP.match(line)
        if not m:
            continue
        niveau = len(line) - len(line.lstrip("#"))
        kop = _plat(m.group(1))
        ouder = next((boven[n] for n in range(niveau - 1, 0, -1) if n in boven), "")
        boven = {n: k for n, k in boven.items() if n < niveau} | {niveau: kop}
        body = []
        for nxt in lines[i + 1:]:
            if _KOP.match(nxt) or nxt.strip() == "---":
                break
            if nxt.strip():
                body.append(nxt)
        out.setdefault(kop, (i + 1, " ".join(_plat(b) for b in body), ouder, any(_NOOT.search(b) for b in body)))
    return out


def passage(cat: Catalogus, onderdeel: str) -> Passage | None:
    """The section an action line comes from (the last part of ``onderdeel``, after «—»), or None when the annex has
    no such heading (or not under the heading named before «—»). The source is read and verified on each call; a
    missing or changed source raises (:class:`~wetgeving.errors.SourceError`), as for a law."""
    bron, text = cat.tekst(BRON)
    *boven, kop = (d.strip() for d in onderdeel.split("—"))
    found = _koppen(text).get(kop)
    if found is None or (boven and boven[-1] != found[2]):  # «A — B»: B under A (helper-147: A was not checked)
        return None
    regel, tekst, _, noten = found
    return Passage(kop, regel, tekst, bron.file, noten)
