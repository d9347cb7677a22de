"""The register of law titles → BWB ids, used to resolve "van de Wet open overheid" and "de Grondwet".

Seeded from the titles in the real sources' own link markup (BWB ``extref``, regelrecht links) and the
catalogue's citeertitels; ``corpus/wettitels.toml`` keeps the seed (titles and ids are facts, not law
text) so the extractor works without the sources.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import cached_property
from pathlib import Path

from wetgeving.bronnen.catalogus import Catalogus
from wetgeving.errors import AddressError
from wetgeving.locatie import Jci
from wetgeving.model import Regeling, alineas

_TITLE_IN_SPAN = re.compile(r"\bvan\s+(?:de\s+|het\s+)?(?P<t>Boek\s+\d+[a-z]?\s+van\s+het\s+Burgerlijk\s+Wetboek|"
                            r"(?<=de\s|et\s)[A-Z][^,;:()]*?)\s*$")
_WHOLE = re.compile(r"^(?:de\s+|het\s+)?(?P<t>[A-Z][^,;:()]{3,}?)\s*$")
_TOO_GENERIC = {"Wet", "Besluit", "Regeling"}
_NOT_TITLE = re.compile(r"^(?:Artikel|Hoofdstuk|Afdeling|Paragraaf|Titel|Bijlage)\b|\d+\s*$")


class Titelregister:
    """Known law titles and their BWB ids."""

    def __init__(self, titles: dict[str, str]) -> None:
        clean = {" ".join(t.split()): b for t, b in titles.items() if 4 <= len(t) <= 120 and t not in _TOO_GENERIC}
        # a title cut off mid-word in the markup ("Wet op het voortgezet onderwij") is dropped
        self.titles = {t: b for t, b in clean.items()
                       if not any(o != t and o.startswith(t) and o[len(t)].isalpha() for o in clean)}

    @cached_property
    def _pattern(self) -> re.Pattern[str] | None:
        if not self.titles:
            return None
        alts = sorted(self.titles, key=len, reverse=True)
        return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(t) for t in alts) + r")(?![\w-])")

    def title_at(self, text: str, pos: int) -> tuple[int, str] | None:
        """(end, bwb) when a known title starts at ``pos``."""
        if self._pattern is None:
            return None
        m = self._pattern.match(text, pos)
        return (m.end(), self.titles[m.group(0)]) if m else None

    def find_titles(self, text: str) -> list[tuple[int, int, str]]:
        if self._pattern is None:
            return []
        return [(m.start(), m.end(), self.titles[m.group(0)]) for m in self._pattern.finditer(text)]

    # -- building ---------------------------------------------------------------------------------------

    @classmethod
    def from_markup(cls, regelingen: Iterable[Regeling], extra: dict[str, str] | None = None) -> Titelregister:
        """Seed from the official link markup of real regelingen (the most frequent id per title wins)."""
        votes: dict[str, Counter[str]] = defaultdict(Counter)
        for reg in regelingen:
            votes[reg.citeertitel][reg.bwb_id] += 1
            for art in reg.artikelen():
                for al in alineas(art):
                    for v in al.verwijzingen:
                        title = title_of(al.tekst[v.start:v.einde])
                        bwb = _bwb(v.doel)
                        if title and bwb:
                            votes[title][bwb] += 1
        titles = {t: c.most_common(1)[0][0] for t, c in votes.items()}
        titles.update(extra or {})
        return cls(titles)

    @classmethod
    def load(cls, path: Path) -> Titelregister:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        return cls({e["naam"]: e["bwb_id"] for e in data.get("titel", [])})

    @classmethod
    def voor(cls, cat: Catalogus) -> Titelregister:
        """The committed seed (``corpus/wettitels.toml``) plus the catalogue's citeertitels; built once per
        catalogue."""
        return cat.eenmalig("titelregister", lambda: cls._bouw(cat))

    @classmethod
    def _bouw(cls, cat: Catalogus) -> Titelregister:
        path = cat.corpus / "wettitels.toml"
        base = cls.load(path).titles if path.is_file() else {}
        for b in cat.bronnen:
            if b.citeertitel and b.bwb_id:
                base.setdefault(b.citeertitel, b.bwb_id)
        return cls(base)

    def dumps(self) -> str:
        lines = ["# Law titles → BWB ids, seeded from the link markup of the real sources (wetgeving refs seed).", ""]
        for t, b in sorted(self.titles.items()):
            naam = t.replace("\\", "\\\\").replace('"', '\\"')
            lines += ["[[titel]]", f'naam = "{naam}"', f'bwb_id = "{b}"', ""]
        return "\n".join(lines)


def title_of(span: str) -> str:
    """The law title inside a linked span ('artikel 5.1 van de Wet open overheid' → 'Wet open overheid')."""
    span = " ".join(span.split())
    m = _TITLE_IN_SPAN.search(span)
    if m:
        return m["t"].strip()
    m = _WHOLE.match(span)
    if m and not _NOT_TITLE.search(m["t"]) and re.search(r"wet|Wetboek|besluit|regeling|Grondwet|Statuut", m["t"], re.I):
        return m["t"].strip()
    return ""


def _bwb(doel: str) -> str:
    try:
        return Jci.parse(doel).bwb_id if doel.startswith("jci") else ""
    except AddressError:
        return ""
