"""Importer for official BWB toestand XML (schema toestand_2016-1) from the overheid.nl repository.

Keeps every artikel, lid and lijst/li, the text of each ``al`` with its ``intref``/``extref`` as
references to their JCI targets, each artikel's ``inwerking`` date and ``bron`` (Staatsblad), and the
structural containers (afdeling, hoofdstuk, titel, paragraaf …) with their numbers and titles.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Union

from lxml import etree

from wetgeving.bronnen.secure import expect_root, line_of, parse_xml, read_bytes, text_of
from wetgeving.bronnen.tekst import AlineaBuilder, clean
from wetgeving.errors import InputError
from wetgeving.model import Alinea, Artikel, Lid, Onderdeel, Regeling, Structuur
from wetgeving.nummers import normalize_onderdeel

CONTAINERS = {
    "boek": "boek", "deel": "deel", "titeldeel": "titel", "hoofdstuk": "hoofdstuk", "afdeling": "afdeling",
    "paragraaf": "paragraaf", "sub-paragraaf": "subparagraaf", "divisie": "afdeling", "bijlage": "bijlage",
}
_SKIP = {"kop", "meta-data", "lidnr", "li.nr", "redactionele-correcties", "jcis"}
_REFS = {"intref", "extref"}
_STB = re.compile(r"^(Stb|Stcrt|Trb)\.?\s*(\d{4})-(\d+)$")

BlockList = list[Union[Alinea, Onderdeel]]


def load(path: Path) -> Regeling:
    """Import a BWB toestand XML file."""
    return loads(read_bytes(path), path)


def loads(data: bytes, source: str | Path = "<bytes>") -> Regeling:
    tree = parse_xml(data, source)
    root = expect_root(tree, ("toestand",), source, "BWB toestand XML")
    return _Importer(source).regeling(root)


def format_bron(raw: str) -> str:
    """``Stb.2022-444`` → ``Stb. 2022, 444`` (others unchanged).

    Examples:
        >>> format_bron("Stb.2022-444")
        'Stb. 2022, 444'
    """
    m = _STB.match(raw.strip())
    return f"{m[1]}. {m[2]}, {m[3]}" if m else raw.strip()


def _date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _doel(ref: etree._Element) -> str:
    """The target of an intref/extref: its JCI, or ``celex:…`` (EU law) and the like for other series."""
    doc = (ref.get("doc") or "").strip()
    reeks = (ref.get("reeks") or "").strip()
    if doc.startswith("jci") or not reeks:
        return doc
    return f"{reeks.lower()}:{doc}"


class _Importer:
    def __init__(self, source: str | Path) -> None:
        self.source = source

    def fail(self, el: etree._Element, message: str) -> InputError:
        return InputError(message, file=self.source, line=line_of(el),
                          hint="dit lijkt geen volledig BWB-toestandbestand")

    def regeling(self, root: etree._Element) -> Regeling:
        bwb_id = root.get("bwb-id") or ""
        geldig = _date(root.get("inwerkingtreding"))
        if not bwb_id or geldig is None:
            raise self.fail(root, "<toestand> mist het attribuut bwb-id of inwerkingtreding")
        wet = root.find("wetgeving")
        if wet is None:
            raise self.fail(root, "<toestand> heeft geen element <wetgeving>")
        titel = clean("".join(wet.findtext("citeertitel") or wet.findtext("intitule") or bwb_id)).strip()
        inhoud: list[Union[Structuur, Artikel]] = []
        for body in wet.iter("wettekst", "bijlage"):
            if body.tag == "wettekst":
                inhoud.extend(self.container_items(body))
            else:
                inhoud.append(self.container(body, len(inhoud)))
        return Regeling(bwb_id, titel, geldig, tuple(inhoud), bron=Path(str(self.source)).name)

    def container_items(self, el: etree._Element) -> list[Union[Structuur, Artikel]]:
        items: list[Union[Structuur, Artikel]] = []
        for child in el:
            if not isinstance(child.tag, str) or child.tag in _SKIP:
                continue
            if child.tag == "artikel":
                items.append(self.artikel(child))
            elif child.tag in CONTAINERS:
                items.append(self.container(child, len(items)))
        return items

    def container(self, el: etree._Element, pos: int) -> Structuur:
        nr = clean(el.findtext("kop/nr") or "").strip() or str(pos + 1)
        titel = clean(el.findtext("kop/titel") or "").strip()
        inhoud: list[Union[Structuur, Artikel, Alinea]] = list(self.container_items(el))
        if el.tag == "bijlage":
            inhoud.extend(a for a in self.blocks_of(el) if isinstance(a, Alinea))
        return Structuur(CONTAINERS[el.tag], nr, tuple(inhoud), titel)

    def artikel(self, el: etree._Element) -> Artikel:
        nr = clean(el.findtext("kop/nr") or "").strip()
        if not nr:
            raise self.fail(el, "een <artikel> heeft geen <kop><nr>")
        inhoud: list[Union[Alinea, Lid, Onderdeel]] = []
        for child in el:
            if child.tag == "lid":
                inhoud.append(self.lid(child))
            else:
                inhoud.extend(self.blocks([child]))
        return Artikel(
            nr=nr, inhoud=tuple(inhoud), titel=clean(el.findtext("kop/titel") or "").strip(),
            vervallen=el.get("status") == "vervallen", inwerking=_date(el.get("inwerking")),
            bron=format_bron(el.get("bron") or ""),
        )

    def lid(self, el: etree._Element) -> Lid:
        nr = clean(el.findtext("lidnr") or "").strip().rstrip(".")
        if not nr:
            raise self.fail(el, "een <lid> heeft geen <lidnr>")
        return Lid(nr, tuple(self.blocks_of(el)))

    def blocks_of(self, el: etree._Element) -> BlockList:
        return self.blocks(list(el))

    def blocks(self, elements: list[etree._Element]) -> BlockList:
        out: BlockList = []
        for child in elements:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP:
                continue
            if tag == "al":
                out.append(self.alinea(child))
            elif tag == "lijst":
                out.extend(self.lijst(child))
            elif tag in ("table", "tgroup", "tbody", "thead"):
                out.extend(self.table(child))
            elif tag in ("plaatje", "illustratie"):
                naam = child.get("naam") or child.findtext(".//naam") or ""
                out.append(Alinea(f"[afbeelding {naam}]".replace(" ]", "]")))
            elif tag in CONTAINERS or tag in ("artikel", "lid", "li"):
                continue
            else:
                alinea = self.alinea(child)
                if alinea.tekst:
                    out.append(alinea)
        return out

    def lijst(self, el: etree._Element) -> list[Onderdeel]:
        items: list[Onderdeel] = []
        seen: set[str] = set()
        for pos, li in enumerate(el.iterfind("li"), start=1):
            label = clean(li.findtext("li.nr") or "").strip()
            nr = normalize_onderdeel(label) or str(pos)
            while nr in seen:  # an unnumbered or duplicated item keeps a unique, positional number
                nr = f"{nr}-{pos}"
            seen.add(nr)
            items.append(Onderdeel(nr, label, tuple(self.blocks_of(li))))
        return items

    def table(self, el: etree._Element) -> list[Alinea]:
        rows = el.iter("row")
        return [Alinea(" | ".join(clean(text_of(e)).strip() for e in row.iter("entry")))
                for row in rows]

    def alinea(self, el: etree._Element) -> Alinea:
        b = AlineaBuilder()
        self._inline(el, b)
        return b.build()

    def _inline(self, el: etree._Element, b: AlineaBuilder) -> None:
        b.text(el.text)
        for child in el:
            if isinstance(child.tag, str) and child.tag not in _SKIP:
                if child.tag in _REFS:
                    b.ref(text_of(child), _doel(child))
                else:
                    self._inline(child, b)
            b.text(child.tail)
