"""Importer for the older Markdown mirror of the Gemeentewet (statengeneraal/laws-markdown, 2011–2015).

The mirror writes one paragraph per line and never wraps. Its shape:

* an HTML ``<meta …>`` first line, the intitulé as ``##Wet van …`` and the preamble (both dropped);
* containers as ``### Titel  II``, ``### Hoofdstuk  IVa``, ``### Afdeling 1``, ``### Paragraaf 2`` or
  ``### §  3``, with their title on the next ``####…`` heading;
* ``### Artikel  36a`` headings; leden as ``1.  …`` on consecutive lines; onderdelen as ``a. …``
  (sometimes ``o.text`` without a space), ``1e. …`` or ``1°. …``, each after a blank line;
* links to other laws as ``[text](../../../wet/…/BWBR0001840/README.md)`` (→ :class:`Verwijzing` to
  that regeling's JCI) and emphasis as ``*d*`` (→ plain text);
* a status note "Treedt in werking per 01-07-2014" (→ ``Artikel.inwerking``) or "… op een nader te
  bepalen tijdstip" (→ ``Artikel.onbepaald``) under some article headings; the closing formula from "Lasten en bevelen …"
  and the "Inhoudsopgave" table (dropped); ``###Bijlage I``, whose lines become alinea's of a
  ``bijlage`` :class:`Structuur`.

A vervallen artikel ("Vervallen", "[Vervallen per …]" as its first line or after its number) gets
``vervallen=True``; a marker line is kept as its alinea, as the BWB importer does.

A numbered line counts as a new lid only when it is the next lid in sequence and not an item of an
enumeration (after a blank line following an onderdeel or a line ending in ':'); otherwise it stays
text, label included, so the stray "5." after lid 8 of artikel 44 (2011) is kept as text of lid 8.
The version date is not in the file: it is read from the file name (``2015-11-24.md``).
"""

from __future__ import annotations

import contextlib
import re
import warnings
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Union

from wetgeving.bronnen.opbouw import Node, next_lid
from wetgeving.bronnen.secure import niet_utf8, read_bytes
from wetgeving.bronnen.tekst import AlineaBuilder
from wetgeving.errors import ArtikelMelding, InputError
from wetgeving.model import Alinea, Artikel, Regeling, Structuur
from wetgeving.nummers import normalize_onderdeel, ordinal, sort_key

BWB_ID = "BWBR0005416"
CITEERTITEL = "Gemeentewet"
HINT = "geef een laws-markdown-bestand van de Gemeentewet (kopjes '### Artikel  1', leden als '1.  …')"

_ARTIKEL = re.compile(r"^Artikel\s+(?P<nr>[A-Z]{1,3} \d+[a-z]*|[^\s\[]+?)\.?(?:\s+(?P<rest>.*))?$", re.I)
_CONTAINER = re.compile(
    r"^(?P<soort>titel|hoofdstuk|afdeling|paragraaf|subparagraaf|par\.|§|bijlage)"
    r"(?:\s*(?P<nr>[^\s.]+)\.?)?(?:\s+(?P<rest>.*))?$", re.I)
_RANK = {"bijlage": 0, "titel": 1, "hoofdstuk": 2, "afdeling": 3, "paragraaf": 4, "subparagraaf": 5}
_SOORT = {"par.": "paragraaf", "§": "paragraaf"}
_LABEL = re.compile(r"^(?:(?P<num>\d+)(?P<suf>[a-df-z]?)(?P<mark>[°e]?)|(?P<alpha>[a-z]{1,3}))\.(?!\d)(?P<sp>\s*)")
_VERVALLEN_HEAD = re.compile(r"^\[?\s*vervallen", re.I)
_VERVALLEN_PER = re.compile(r"^\s+(?:per|met ingang van)\b", re.I)
_NOTE = re.compile(r"^treedt in werking (?:op een nader te bepalen tijdstip|per (\d\d)-(\d\d)-(\d{4}))\.?$", re.I)
_SLOT = re.compile(r"^Lasten en bevelen\b")
_TOC = re.compile(r"\(artt?\.\s*([0-9a-zA-Z ,\-]{1,40})\)")
_HTML = re.compile(r"^\s*<[A-Za-z!/][^>]*>\s*$")
_INLINE = re.compile(r"\[([^\[\]]*)\]\(([^()\s]*)\)|\*([^*\n]+)\*")
_EMPHASIS = re.compile(r"\*([^*\n]+)\*")
_BWB = re.compile(r"(BWB[RV]\d{7})")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def load(path: Path) -> Regeling:
    """Import a laws-markdown file named by its date (``…/2015-11-24.md``)."""
    return loads(read_bytes(path), path)


def loads(data: bytes, source: str | Path = "<bytes>") -> Regeling:
    """Import laws-markdown bytes; ``source`` names the file and must have a ``YYYY-MM-DD`` stem."""
    lines = _decode(data, source)
    parser = _Parser(source)
    for nr, line in enumerate(lines, start=1):
        parser.line(line, nr)
    inhoud = parser.finish(len(lines))
    stem = Path(str(source)).stem
    try:
        geldig = date.fromisoformat(stem) if _DATE.match(stem) else None
    except ValueError:
        geldig = None
    if geldig is None:
        raise InputError(f"de versiedatum is niet af te leiden uit de bestandsnaam {stem!r}", file=source,
                         hint="noem het bestand naar de datum waarop de tekst gold, bijvoorbeeld 2015-11-24.md")
    return Regeling(BWB_ID, CITEERTITEL, geldig, inhoud, bron=Path(str(source)).name, tekstdatum=True)


def _decode(data: bytes, source: str | Path) -> list[str]:
    if not data.strip():
        raise InputError("het bestand is leeg", file=source, hint=HINT)
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError("het bestand is binair, geen Markdown-tekst", file=source,
                         line=data.count(b"\n", 0, nul) + 1, hint=HINT)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        waar, regel = niet_utf8(data, exc)
        raise InputError(f"het bestand is geen UTF-8-tekst: {waar}", file=source, line=regel, hint=HINT) from None
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def split_heading(text: str) -> tuple[int, str]:
    """``"### Artikel 1 "`` → ``(3, "Artikel 1")``: at most six marks count, the rest is the title.

    Without a pattern, so a heading of any length is read in linear time (the pattern it replaces,
    ``^(#{1,6})\\s*(.*?)\\s*$``, backtracked over every run of spaces: a 100 KB heading took 24 s).

    Examples:
        >>> split_heading("###  Artikel  36a  "), split_heading("####### zeven")
        ((3, 'Artikel  36a'), (6, '# zeven'))
    """
    level = min(len(text) - len(text.lstrip("#")), 6)
    return level, text[level:].strip()


def vervallen_marker(text: str) -> bool:
    """Is ``text`` a repeal marker: "Vervallen", "[Vervallen per 01-01-2010.]", "vervallen met ingang van …"?

    Read in linear time; the pattern it replaces (``…[^\\]]*)?\\s*\\.?\\s*\\]?\\.?$``) backtracked.

    Examples:
        >>> [vervallen_marker(t) for t in ("Vervallen.", "[Vervallen per 01-01-2010.]", "Vervallenx", "vervallen ] x")]
        [True, True, False, False]
    """
    m = _VERVALLEN_HEAD.match(text)
    if not m:
        return False
    rest = text[m.end():].removesuffix(".").removesuffix("]").rstrip().removesuffix(".").rstrip()
    return not rest or (bool(_VERVALLEN_PER.match(rest)) and "]" not in rest)


def alinea(text: str) -> Alinea:
    """A line with ``[text](…BWBR…/README.md)`` links and ``*emphasis*`` → an :class:`Alinea`."""
    b = AlineaBuilder()
    pos = 0
    for m in _INLINE.finditer(text):
        b.text(text[pos:m.start()])
        if m[3] is not None:
            b.text(m[3])
        else:
            bwb = _BWB.search(m[2])  # emphasis inside a link's words too: «[artikel 8:4, onderdeel *a*, van de …](…)»
            b.ref(_EMPHASIS.sub(r"\1", m[1]), f"jci1.3:c:{bwb[1]}" if bwb else m[2])
        pos = m.end()
    b.text(text[pos:])
    return b.build()


def _plain(text: str) -> str:
    return alinea(text).tekst.strip()


@dataclass
class _Art:
    """An artikel under construction: its leden, the open enumeration and the previous line."""

    nr: str
    titel: str
    vervallen: bool
    root: Node = field(default_factory=lambda: Node("artikel", ""))
    lid: tuple[int, str] | None = None
    container: Node | None = None
    stack: list[tuple[str, Node]] = field(default_factory=list)
    last: str = ""
    inwerking: date | None = None
    onbepaald: bool = False
    terug: str = ""  # a numbered line kept as text of the lid before it, the numbering going back (say it once)

    def add(self, line: str, blank: bool) -> None:
        target = self.container or self.root
        if not self.root.inhoud:
            if note := _NOTE.match(line):
                with contextlib.suppress(ValueError):  # an impossible date stays unknown
                    self.inwerking = date(int(note[3]), int(note[2]), int(note[1])) if note[3] else None
                self.onbepaald = not note[3]  # «op een nader te bepalen tijdstip»: not yet in force (helper-84)
                return
            self.vervallen = self.vervallen or vervallen_marker(line)  # the marker stays as text
        m = _LABEL.match(line)
        if m and (not line[m.end():].strip() or (not m["sp"] and not (m["alpha"] and len(m["alpha"]) == 1))):
            m = None
        listy = blank and (bool(self.stack) or self.last.endswith(":"))
        self.last = line.rstrip()
        if m and m["num"] and not m["mark"] and not listy:
            num, suf = int(m["num"]), m["suf"]
            if next_lid(self.lid, num, suf):
                self.lid = (num, suf)
                self.container = Node("lid", f"{num}{suf}")
                self.root.add(self.container)
                self.stack = []
                self.container.inhoud.append(alinea(line[m.end():]))
                return
            if self.lid is not None and num <= self.lid[0] and not self.terug:  # «5.» after lid 8 (44, 2011)
                self.terug = f"na het {ordinal(self.lid[0])} lid een alinea die met «{m[0].strip()}» begint"
            m = None
        if m is None:
            self.stack = []
            if (a := alinea(line)).tekst:
                target.inhoud.append(a)
            return
        kind = "alpha" if m["alpha"] else "num" + m["mark"]
        levels = [k for k, _ in self.stack]
        if kind in levels:
            del self.stack[levels.index(kind):]
        label = m[0].strip()
        node = Node("onderdeel", normalize_onderdeel(label) or label, label)
        (self.stack[-1][1] if self.stack else target).add(node)
        self.stack.append((kind, node))
        node.inhoud.append(alinea(line[m.end():]))

    def freeze(self) -> Artikel:
        kids = tuple(k if isinstance(k, Alinea) else k.freeze() for k in self.root.inhoud)
        return Artikel(self.nr, kids, titel=self.titel, vervallen=self.vervallen, inwerking=self.inwerking,
                       onbepaald=self.onbepaald)


@dataclass
class _Box:
    """A structural container under construction."""

    soort: str
    nr: str
    titel: str = ""
    inhoud: list[Union[_Box, _Art, Alinea]] = field(default_factory=list)

    def freeze(self) -> Structuur:
        return Structuur(self.soort, self.nr, tuple(
            k.freeze() if isinstance(k, (_Box, _Art)) else k for k in self.inhoud), self.titel)


class _Parser:
    """Reads the file line by line; ``mode`` is preamble, body, bijlage or skip (closing formula, table)."""

    def __init__(self, source: str | Path) -> None:
        self.source = source
        self.top: list[Union[_Box, _Art]] = []
        self.stack: list[_Box] = []
        self.art: _Art | None = None
        self.mode = "preamble"
        self.titled: _Box | None = None  # the container whose '####' title may come next
        self.seen: dict[str, int] = {}  # artikel nr → line
        self.paths: dict[tuple[tuple[str, str], ...], int] = {}  # container path → line
        self.blank = True
        self.slot = 0  # the line of the closing formula ("Lasten en bevelen …")
        self.toc = False  # inside the table of contents
        self.toc_max: tuple[str, int] | None = None  # the highest artikel the table of contents names, its line

    def fail(self, line: int, message: str) -> InputError:
        return InputError(message, file=self.source, line=line, hint=HINT)

    def line(self, raw: str, nr: int) -> None:
        text = raw.strip()
        if not text or (nr == 1 and _HTML.match(text)):
            self.blank = True
            return
        if text.startswith("#"):
            level, title = split_heading(text)
            self.heading(level, title, nr)
            self.blank = True
            return
        self.titled = None
        if self.toc and text.startswith("|"):
            self.contents(text, nr)
        if self.art is not None and _SLOT.match(text):
            self.art, self.mode, self.slot = None, "skip", nr
        elif self.art is not None:
            terug = self.art.terug
            self.art.add(text, self.blank)
            if self.art.terug and not terug:  # helper-121: `instructions` then wrote «komt te luiden» of an unchanged lid
                warnings.warn(ArtikelMelding(f"{Path(self.source).name}:{nr}: in artikel {self.art.nr} staat "
                                             f"{self.art.terug}: de nummering loopt terug (een fout in de bron?); gelezen "
                                             "als tekst van dat lid", self.art.nr), stacklevel=2)
        elif self.mode in ("body", "bijlage") and self.stack:
            if (a := alinea(text)).tekst:
                self.stack[-1].inhoud.append(a)
        elif self.mode == "body":
            raise self.fail(nr, "tekst buiten elk artikel en elke structuureenheid")
        self.blank = False

    def contents(self, text: str, nr: int) -> None:
        """Note the highest artikel a row of the table of contents names: "| Titel I. | … (artt. 1-5) |"."""
        for m in _TOC.finditer(text):
            last = m[1].replace(",", "-").split("-")[-1].strip()
            if last and (self.toc_max is None or sort_key(last) > sort_key(self.toc_max[0])):
                self.toc_max = (last, nr)

    def heading(self, level: int, text: str, nr: int) -> None:
        self.art, titled, self.titled = None, self.titled, None
        self.toc = self.toc and level >= 4
        plain = _plain(text)
        if level <= 2:
            if self.seen:
                raise self.fail(nr, f"onverwacht kopje van niveau {level} {plain!r} na de artikelen")
            self.mode = "preamble"
        elif level >= 4 and plain.casefold().startswith("inhoudsopgave"):
            self.mode, self.toc = "skip", True
        elif level >= 4 and titled is not None:
            titled.titel = plain.lstrip(",;: ")
        elif (m := _ARTIKEL.match(plain)) and level == 3:
            self.artikel(m, nr)
        elif (c := _CONTAINER.match(plain)) and level == 3:
            self.container(c, nr)
        elif self.mode == "bijlage" and self.stack and plain:
            self.stack[-1].inhoud.append(Alinea(plain))
        elif self.mode != "skip" or level == 3:
            raise self.fail(nr, f"onverwacht kopje {text!r}: verwacht Titel, Hoofdstuk, Afdeling, "
                                "Paragraaf, Bijlage of Artikel")

    def artikel(self, m: re.Match[str], nr: int) -> None:
        anr = m["nr"]
        if anr in self.seen:
            raise self.fail(nr, f"artikel {anr} komt twee keer voor (eerst op regel {self.seen[anr]})")
        self.seen[anr] = nr
        rest = (m["rest"] or "").strip()
        vervallen = vervallen_marker(rest)
        self.art = _Art(anr, "" if vervallen else rest, vervallen)
        (self.stack[-1].inhoud if self.stack else self.top).append(self.art)
        if self.mode != "bijlage":
            self.mode = "body"

    def container(self, m: re.Match[str], nr: int) -> None:
        soort = _SOORT.get(m["soort"].lower(), m["soort"].lower())
        rank = _RANK[soort]
        while self.stack and _RANK[self.stack[-1].soort] >= rank:
            self.stack.pop()
        box = _Box(soort, m["nr"] or str(len(self.top) + 1), (m["rest"] or "").strip())
        path = tuple((b.soort, b.nr) for b in [*self.stack, box])
        if path in self.paths:
            raise self.fail(nr, f"{soort} {box.nr} komt twee keer voor op dezelfde plaats (eerst op regel {self.paths[path]})")
        self.paths[path] = nr
        (self.stack[-1].inhoud if self.stack else self.top).append(box)
        self.stack.append(box)
        self.titled = box
        self.mode = "bijlage" if soort == "bijlage" else "body"

    def finish(self, lines: int) -> tuple[Union[Structuur, Artikel], ...]:
        if not self.seen:
            raise self.fail(1, "geen kopjes '### Artikel' gevonden: dit is geen laws-markdown-wettekst")
        if not self.slot:
            raise InputError("het bestand lijkt afgebroken: het slotformulier ('Lasten en bevelen …') na het laatste "
                             f"artikel ontbreekt (het laatste artikel is {list(self.seen)[-1]})", file=self.source,
                             line=lines, hint="haal het bestand opnieuw op; het is onvolledig (afgebroken download of kopie)")
        highest = max(self.seen, key=sort_key)
        if self.toc_max is not None and sort_key(self.toc_max[0]) > sort_key(highest):
            raise InputError(f"de inhoudsopgave noemt artikel {self.toc_max[0]}, maar het bestand houdt op bij "
                             f"artikel {highest}: er ontbreken artikelen aan het eind", file=self.source,
                             line=self.toc_max[1], hint="haal het bestand opnieuw op; het is onvolledig")
        return tuple(k.freeze() for k in self.top)
