"""The register of law titles → BWB ids, used to resolve "van de Wet open overheid" and "de Grondwet";
and the generic shape of a Dutch law title, so that a law not in the register is still recognised.

Seeded from the titles in the real sources' own link markup (BWB ``extref``, regelrecht links, the Markdown mirror's links)
and the catalogue's citeertitels; ``corpus/wettitels.toml`` keeps the seed (titles and ids are facts, not law
text) so the extractor works without the sources. The register grows with every imported regeling's
citeertitel (:meth:`Titelregister.with_titles`).

Matching uses one Aho–Corasick automaton (pyahocorasick), built once per register: a search costs the
length of the text plus the hits, not the number of titles (``benchmarks/titles.py`` measures it).
"""

from __future__ import annotations

import bisect
import re
import tomllib
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from functools import cached_property
from pathlib import Path
from typing import Any

import ahocorasick

from wetgeving.bronnen.catalogus import Catalogus
from wetgeving.errors import AddressError
from wetgeving.locatie import Jci
from wetgeving.model import Regeling, alineas

# a title goes on over one comma: "Wet openbare lichamen Bonaire, Sint Eustatius en Saba" (Kieswet Ya 20)
_BES = r"(?:(?<=Bonaire),\s+Sint\s+Eustatius\s+en\s+Saba)?"
_TITLE_IN_SPAN = re.compile(r"\bvan\s+(?:de\s+|het\s+)?(?P<t>Boek\s+\d+[a-z]?\s+van\s+het\s+Burgerlijk\s+Wetboek|"
                            rf"(?<=de\s|et\s)[A-Z][^,;:()]*?{_BES})\s*$")
_WHOLE = re.compile(rf"^(?:de\s+|het\s+)?(?P<t>[A-Z][^,;:()]{{3,}}?{_BES})\s*$")
_TOO_GENERIC = {"Wet", "Besluit", "Regeling"}
# a linked span that names a unit, or ends in a number that is not a title's year ("Natuurschoonwet 1928" and
# "Leerplichtwet 1969" are titles; "Gemeentewet 12" is not)
_NOT_TITLE = re.compile(r"^(?:Artikel|Hoofdstuk|Afdeling|Paragraaf|Titel|Bijlage)\b|(?<!\s(?:18|19|20)\d\d)(?<=\d)$")
_WORDCHAR = re.compile(r"[\w-]")

# -- the generic shape of a Dutch law title ---------------------------------------------------------------
# "Wet op de zorgtoeslag", "Algemene wet bestuursrecht", "Besluit bijstandverlening zelfstandigen 2004",
# "Wegenverkeerswet 1994", "Participatiewet", "Wet werk en bijstand", "Burgerlijk Wetboek", "Wet Bibob".
_STOPWORDS = ("en|of|is|zijn|wordt|worden|werd|werden|niet|van|voor|bedoeld|bedoelde|met|in|te|die|dat|de|het|een|"
              "aan|bij|door|als|om|zoals|onder|na|tot|op|inzake|ter|over|uit|artikel|artikelen|lid|leden|hoofdstuk|"
              "afdeling|paragraaf|titel|onderdeel|juncto|jo|nr|ingevolge|krachtens|gesteld|gestelde|genoemd|genoemde|"
              "vastgesteld|opgenomen|geregeld|alsmede|dan|wel|ook|slechts|uitsluitend|indien|waarin|waarbij|welke|waarop|"
              "gelden|geldt|golden|gold|kan|kunnen|moet|moeten|mag|mogen|heeft|hebben|had|blijft|blijven|vervalt|"
              "vervallen|luidt|luidde|luidden|genomen|gegeven|verleend|verstrekt|toegekend|ontvangen|betaald|bepaald|"
              "bepaalde|verstaan|overeenkomstig|gedaan|ingediend|aangevraagd|afgegeven|aangewezen|zal|zullen|sedert|"
              "sinds|tenzij|totdat|nadat|voordat|wanneer|zodra|hun|zijn|haar|ons|onze|jo|alsook|respectievelijk")
_LOWER = rf"(?!(?:{_STOPWORDS})(?![\w-]))[a-zà-ÿ][\w'-]*"
_CAPITAL = r"(?!(?:Artikel|Hoofdstuk|Afdeling|Paragraaf|Titel|Onze|Minister|De|Het|Een|Deze|Dit|Die|Bij|In|Op)\b)[A-Z][\w'-]*"
_CONNECT = r"(?:op\s+(?:de|het)|op|inzake|betreffende|tot|ter|houdende|en|voor\s+de|van\s+de)"
_TAIL = rf"(?:\s+(?:{_CONNECT}\s+)?(?:{_LOWER}|{_CAPITAL}))"
_YEAR = r"(?:\s+(?:1[89]|20)\d\d(?![\w/.:-]|,\d))?"
_GENERIC = re.compile(
    r"(?<![\w-])(?:"
    rf"(?:Algemene\s+wet|Wet|Rijkswet|Kaderwet|Invoeringswet|Besluit|Uitvoeringsbesluit|Regeling|Uitvoeringsregeling)"
    rf"{_TAIL}{{1,10}}(?:(?<=Bonaire),\s+Sint\s+Eustatius\s+en\s+Saba)?{_YEAR}"  # "Wet openbare lichamen Bonaire, …"
    r"|(?:Boek\s+\d+[a-zA-Z]?\s+van\s+het\s+)?Burgerlijk\s+Wetboek(?:\s+BES)?|Wetboek\s+van\s+(?:Burgerlijke\s+)?[A-Z][a-z]+"
    r"(?:\s+BES)?"
    r"|(?:Algemene\s+[A-Za-zà-ÿ]|(?!(?:Raads|College|Commissie|Ontwerp|Wijzigings|Inwerkingtredings|Aanwijzings|Delegatie"
    r"|Bestuurs)besluit)[A-Z])[a-zà-ÿ]{2,}(?:-[A-Za-z]+)*"
    rf"(?:wet|wetboek|besluit)(?:\s+(?:BES|Bibob))?{_YEAR}"
    r")(?![\w-])"
)


_SECOND_EN = re.compile(r"\s+en\s+.*?(\s+en\s+)")
_SENTENCE_START = re.compile(r"(?:^|[.:;]\s+|\n)$")


def _shaped(text: str, m: re.Match[str]) -> tuple[int, int, str] | None:
    """The title of a match: a title joins two words with "en" once ("Wet werk en bijstand"), so a second
    "en" ends it; "Regeling …" opening a sentence is an ordinary noun."""
    raw = m.group(0)
    if raw.startswith("Regeling ") and _SENTENCE_START.search(text[max(0, m.start() - 3):m.start()]):
        return None
    if second := _SECOND_EN.search(raw):
        raw = raw[:second.start(1)]
    return m.start(), m.start() + len(raw), " ".join(raw.split())


def generic_titles(text: str) -> list[tuple[int, int, str]]:
    """Spans that have the shape of a Dutch law title (whether or not the register knows it)."""
    return [t for m in _GENERIC.finditer(text) if (t := _shaped(text, m)) is not None]


def generic_title_at(text: str, pos: int) -> tuple[int, str] | None:
    """(end, title) when a law title of the generic shape starts at ``pos``."""
    m = _GENERIC.match(text, pos)
    t = _shaped(text, m) if m else None
    return (t[1], t[2]) if t else None


_BOEK_VAN = re.compile(r"Boek \d+[a-zA-Z]? van het (?P<wet>.+)$")
_BES_NA = re.compile(r" BES\b")


def _ends_title(text: str, end: int) -> bool:
    """Whether a known title found ending at ``end`` ends there: at the end of a word, and not followed by «BES» (the
    «Burgerlijk Wetboek BES» is another law than the Burgerlijk Wetboek; a BES law the register knows is found whole)."""
    return (end == len(text) or not _WORDCHAR.match(text[end])) and not _BES_NA.match(text, end)


class Titelregister:
    """Known law titles and their BWB ids, matched with one automaton."""

    def __init__(self, titles: Mapping[str, str]) -> None:
        clean = {" ".join(t.split()): b for t, b in titles.items() if 4 <= len(t) <= 120 and t not in _TOO_GENERIC}
        self.titles = _without_cut_off(clean)
        self._last: tuple[str, dict[int, tuple[int, str]]] | None = None

    def __getstate__(self) -> dict[str, Any]:
        return {"titles": self.titles}  # the automaton is rebuilt where it is unpickled

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.titles = state["titles"]
        self._last = None

    def __len__(self) -> int:
        return len(self.titles)

    @cached_property
    def in_boeken(self) -> dict[str, str]:
        """BWB id → the title of a law in Boeken that the register knows by that id: «Burgerlijk Wetboek», known by
        the id of its Boek 1, whose Boeken it lists as «Boek 6 van het Burgerlijk Wetboek» (:mod:`.boeken`)."""
        out: dict[str, str] = {}
        for title in self.titles:
            m = _BOEK_VAN.match(title)
            if m and m["wet"] in self.titles:
                out[self.titles[m["wet"]]] = m["wet"]
        return out

    @cached_property
    def _automaton(self) -> Any:
        auto = ahocorasick.Automaton()
        for title, bwb in self.titles.items():
            auto.add_word(title, (len(title), bwb))
        if self.titles:
            auto.make_automaton()
        return auto

    def find_titles(self, text: str) -> list[tuple[int, int, str]]:
        """Known titles in ``text`` as (start, end, bwb): at each place the longest, left to right, whole words."""
        if not self.titles:
            return []
        hits = []
        for end_incl, (n, bwb) in self._automaton.iter(text):
            start, end = end_incl + 1 - n, end_incl + 1
            if (start == 0 or not _WORDCHAR.match(text[start - 1])) and _ends_title(text, end):
                hits.append((start, end, bwb))
        hits.sort(key=lambda h: (h[0], -h[1]))
        out: list[tuple[int, int, str]] = []
        pos = 0
        for h in hits:
            if h[0] >= pos:
                out.append(h)
                pos = h[1]
        return out

    def title_at(self, text: str, pos: int) -> tuple[int, str] | None:
        """(end, bwb) when a known title starts at ``pos``."""
        if self._last is None or self._last[0] is not text:
            starts: dict[int, tuple[int, str]] = {}
            for end_incl, (n, bwb) in self._automaton.iter(text) if self.titles else ():
                start, end = end_incl + 1 - n, end_incl + 1
                if _ends_title(text, end) and end > starts.get(start, (0, ""))[0]:
                    starts[start] = (end, bwb)
            self._last = (text, starts)
        return self._last[1].get(pos)

    def resolve(self, title: str) -> str:
        """The BWB id of a title, or '' when it is not known."""
        return self.titles.get(" ".join(title.split()), "")

    def with_titles(self, extra: Mapping[str, str]) -> Titelregister:
        """A register that also knows ``extra`` (a known title keeps its id)."""
        return Titelregister({**extra, **self.titles})

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
        lines = ["# Law titles → BWB ids, seeded from the link markup of the real sources",
                 "# (python benchmarks/refs.py --write-seed corpus/wettitels.toml).", ""]
        for t, b in sorted(self.titles.items()):
            naam = t.replace("\\", "\\\\").replace('"', '\\"')
            lines += ["[[titel]]", f'naam = "{naam}"', f'bwb_id = "{b}"', ""]
        return "\n".join(lines)


def _without_cut_off(titles: dict[str, str]) -> dict[str, str]:
    """Drop a title cut off mid-word in the markup ("Wet op het voortgezet onderwij"): another title continues
    it with a letter. Sorted, the titles that start with ``t`` follow ``t`` directly: n log n, not n²."""
    ordered = sorted(titles)
    cut = set()
    for i, t in enumerate(ordered):
        j = bisect.bisect_right(ordered, t, lo=i + 1)
        while j < len(ordered) and ordered[j].startswith(t):
            if ordered[j][len(t)].isalpha():
                cut.add(t)
                break
            j += 1
    return {t: b for t, b in titles.items() if t not in cut}


def title_of(span: str) -> str:
    """The law title inside a linked span ('artikel 5.1 van de Wet open overheid' → 'Wet open overheid')."""
    span = " ".join(span.split())
    m = _TITLE_IN_SPAN.search(span)
    if m:
        return m["t"].strip()
    m = _WHOLE.match(span)
    if m and not _NOT_TITLE.search(m["t"].strip()) and re.search(r"wet|Wetboek|besluit|regeling|Grondwet|Statuut", m["t"], re.I):
        return m["t"].strip()
    return ""


def _bwb(doel: str) -> str:
    try:
        return Jci.parse(doel).bwb_id if doel.startswith("jci") else ""
    except AddressError:
        return ""
