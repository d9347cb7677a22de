"""Importer for official BWB toestand XML (schema toestand_2016-1) from the overheid.nl repository.

Keeps every artikel, lid and lijst/li, the text of each ``al`` with its ``intref``/``extref`` as
references to their JCI targets, each artikel's ``inwerking`` date and ``bron`` (Staatsblad), and the
structural containers (afdeling, hoofdstuk, titel, paragraaf …) with their numbers and titles.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any, Union

from lxml import etree

from wetgeving.bronnen.secure import expect_root, line_of, parse_xml, read_bytes, text_of
from wetgeving.bronnen.tekst import alinea_uit, clean
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


_BWB_ID = re.compile(r"BWB[RV][0-9]{7}")


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
        if not bwb_id or not root.get("inwerkingtreding"):
            raise self.fail(root, "<toestand> mist het attribuut bwb-id of inwerkingtreding")
        if not _BWB_ID.fullmatch(bwb_id):  # helper-80: «rubbish» was a valid law id, and went into every JCI
            raise self.fail(root, f"bwb-id {bwb_id!r} is geen BWB-identificatie (BWBR of BWBV en 7 cijfers)")
        if geldig is None:
            raise self.fail(root, f"inwerkingtreding {root.get('inwerkingtreding')!r} is geen datum (JJJJ-MM-DD)")
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
            tag = child.tag  # a skipped tag (_SKIP, a comment or entity) is neither an artikel nor a container
            if tag == "artikel":
                items.append(self.artikel(child))
            elif tag in CONTAINERS:
                items.append(self.container(child, len(items)))
        return items

    def container(self, el: etree._Element, pos: int) -> Structuur:
        nr = clean(_kop(el, "nr") or "").strip() or str(pos + 1)
        titel = clean(_kop(el, "titel") or "").strip()
        inhoud: list[Union[Structuur, Artikel, Alinea]] = list(self.container_items(el))
        if el.tag == "bijlage":
            inhoud.extend(a for a in self.blocks(el) if isinstance(a, Alinea))
        return Structuur(CONTAINERS[el.tag], nr, tuple(inhoud), titel)

    def artikel(self, el: etree._Element) -> Artikel:
        nr = clean(_kop(el, "nr") or "").strip()
        if not nr:
            raise self.fail(el, "een <artikel> heeft geen <kop><nr>")
        inhoud: list[Union[Alinea, Lid, Onderdeel]] = []
        for child in el:
            if child.tag == "lid":
                inhoud.append(self.lid(child))
            else:
                self.block(child, inhoud)
        return Artikel(
            nr=nr, inhoud=tuple(inhoud), titel=clean(_kop(el, "titel") or "").strip(),
            vervallen=el.get("status") == "vervallen", inwerking=_date(el.get("inwerking")),
            bron=format_bron(el.get("bron") or ""), bron_gepubliceerd=_date(el.get("publicatie_bron")),
            iwt_gepubliceerd=_date(el.get("publicatie_iwt")),
        )

    def lid(self, el: etree._Element) -> Lid:
        nr = clean(_child_text(el, "lidnr") or "").strip().rstrip(".")
        if not nr:
            raise self.fail(el, "een <lid> heeft geen <lidnr>")
        return Lid(nr, tuple(self.blocks(el)))

    def blocks(self, el: etree._Element) -> BlockList:
        """The alinea's and onderdelen of the children of ``el``."""
        out: BlockList = []
        for child in el:
            self.block(child, out)
        return out

    def block(self, child: etree._Element, out: list[Any]) -> None:
        """Append what one child element holds (alinea's, onderdelen) to ``out``."""
        tag = child.tag
        if tag == "al":
            out.append(self.alinea(child))
        elif not isinstance(tag, str) or tag in _SKIP:
            return
        elif tag == "lijst":
            out.extend(self.lijst(child))
        elif tag in ("table", "tgroup", "tbody", "thead"):
            out.extend(self.table(child))
        elif tag in ("plaatje", "illustratie"):
            naam = child.get("naam") or child.findtext(".//naam") or ""
            out.append(Alinea(f"[afbeelding {naam}]".replace(" ]", "]")))
        elif tag in CONTAINERS or tag in ("artikel", "lid", "li"):
            return
        else:
            alinea = self.alinea(child)
            if alinea.tekst:
                out.append(alinea)

    def lijst(self, el: etree._Element) -> list[Onderdeel]:
        items: list[Onderdeel] = []
        seen: set[str] = set()
        for pos, li in enumerate(el.iterchildren("li"), start=1):
            label = clean(_child_text(li, "li.nr") or "").strip()
            nr = normalize_onderdeel(label) or str(pos)
            while nr in seen:  # an unnumbered or duplicated item keeps a unique, positional number
                nr = f"{nr}-{pos}"
            seen.add(nr)
            items.append(Onderdeel(nr, label, tuple(self.blocks(li))))
        return items

    def table(self, el: etree._Element) -> list[Alinea]:
        rows = el.iter("row")
        return [Alinea(" | ".join(clean(text_of(e)).strip() for e in row.iter("entry")))
                for row in rows]

    def alinea(self, el: etree._Element) -> Alinea:
        if not len(el):  # text only (most alinea's): no pieces to join
            text = clean(el.text or "")
            return Alinea((text[1:] if text.startswith(" ") else text).rstrip(" "))
        run: list[str] = []
        stukken: list[tuple[str, str | None]] = []
        _inline(el, run, stukken)
        if run:
            stukken.append(("".join(run), None))
        return alinea_uit(stukken)


def _kop(el: etree._Element, name: str) -> str | None:
    """The text of the first ``name`` in a ``kop``, with that of its inline elements (helper-212: a title «bedoeld in
    <intref>artikel E 1, eerste lid</intref>, van de Kieswet» was cut at the reference)."""
    for kop in el.iterchildren("kop"):
        for found in kop.iterchildren(name):
            return "".join(str(t) for t in found.itertext()) if len(found) else found.text or ""
    return None


def _child_text(el: etree._Element, name: str) -> str | None:
    """``el.findtext(name)``: the text of the first child ``name``."""
    for found in el.iterchildren(name):
        return found.text or ""
    return None


def _inline(el: etree._Element, run: list[str], stukken: list[tuple[str, str | None]]) -> None:
    """The text of ``el`` in order: plain text gathered in ``run``, each reference a piece of its own."""
    if el.text:
        run.append(el.text)
    for child in el:
        tag = child.tag
        if isinstance(tag, str) and tag not in _SKIP:
            if tag in _REFS:
                if run:
                    stukken.append(("".join(run), None))
                    run.clear()
                stukken.append((text_of(child) if len(child) else child.text or "", _doel(child)))
            else:
                _inline(child, run, stukken)
        if child.tail:
            run.append(child.tail)
