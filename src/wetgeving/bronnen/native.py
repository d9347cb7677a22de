"""Our own XML for a regeling (``schemas/regeling.xsd``): writer and reader, validated both ways.

``read(write(r)) == r`` for every regeling the importers produce.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Union

from lxml import etree

from wetgeving.bronnen.schemas import validate
from wetgeving.bronnen.secure import expect_root, line_of, parse_xml, read_bytes
from wetgeving.errors import InputError
from wetgeving.model import Alinea, Artikel, Lid, Onderdeel, Regeling, Structuur, Verwijzing

NS = "urn:wetgeving:regeling:1"
SCHEMA = "regeling.xsd"


def _q(tag: str) -> str:
    return f"{{{NS}}}{tag}"


# --- writing --------------------------------------------------------------------------------------------


def to_element(regeling: Regeling) -> etree._Element:
    root = etree.Element(_q("regeling"), nsmap={None: NS})  # type: ignore[dict-item]
    root.set("bwb-id", regeling.bwb_id)
    root.set("citeertitel", regeling.citeertitel)
    root.set("geldig-vanaf", regeling.geldig_vanaf.isoformat())
    if regeling.bron:
        root.set("bron", regeling.bron)
    if regeling.samengesteld:
        root.set("samengesteld", regeling.samengesteld)
    if regeling.tekstdatum:  # helper-84: the Markdown mirror's date became a «geldig vanaf» in a converted file
        root.set("tekstdatum", "true")
    for unit in regeling.inhoud:
        _write_unit(root, unit)
    return root


def dumps(regeling: Regeling, *, check: bool = True) -> bytes:
    """Serialise to XML bytes, validating against the schema first."""
    root = to_element(regeling)
    if check:
        validate(root, SCHEMA, f"<{regeling.citeertitel} {regeling.geldig_vanaf}>")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _write_unit(parent: etree._Element, unit: Union[Structuur, Artikel, Lid, Onderdeel, Alinea]) -> None:
    if isinstance(unit, Alinea):
        _write_alinea(parent, unit)
        return
    el = etree.SubElement(parent, _q(unit.soort if not isinstance(unit, Structuur) else "structuur"))
    if isinstance(unit, Structuur):
        el.set("soort", unit.soort)
    el.set("nr", unit.nr)
    if isinstance(unit, Onderdeel) and unit.label:
        el.set("label", unit.label)
    if isinstance(unit, (Structuur, Artikel)) and unit.titel:
        el.set("titel", unit.titel)
    if isinstance(unit, Artikel):
        if unit.vervallen:
            el.set("vervallen", "true")
        if unit.inwerking:
            el.set("inwerking", unit.inwerking.isoformat())
        if unit.onbepaald:
            el.set("inwerking-onbepaald", "true")
        if unit.bron:
            el.set("bron", unit.bron)
    for kind in unit.inhoud:
        _write_unit(el, kind)


def _write_alinea(parent: etree._Element, al: Alinea) -> None:
    el = etree.SubElement(parent, _q("al"))
    pos = 0
    last: etree._Element | None = None
    for ref in sorted(al.verwijzingen, key=lambda r: (r.start, r.einde)):
        before = al.tekst[pos:ref.start]
        if last is None:
            el.text = (el.text or "") + before
        else:
            last.tail = (last.tail or "") + before
        last = etree.SubElement(el, _q("ref"), doel=ref.doel)
        last.text = al.tekst[ref.start:ref.einde]
        pos = max(pos, ref.einde)
    rest = al.tekst[pos:]
    if last is None:
        el.text = (el.text or "") + rest
    else:
        last.tail = (last.tail or "") + rest


# --- reading --------------------------------------------------------------------------------------------


def load(path: Path, *, check: bool = True) -> Regeling:
    return loads(read_bytes(path), path, check=check)


def loads(data: bytes, source: str | Path = "<bytes>", *, check: bool = True) -> Regeling:
    tree = parse_xml(data, source)
    root = expect_root(tree, (_q("regeling"),), source, "wetgeving regeling XML")
    if check:
        validate(tree, SCHEMA, str(source))
    try:
        return Regeling(
            bwb_id=root.get("bwb-id", ""), citeertitel=root.get("citeertitel", ""),
            geldig_vanaf=date.fromisoformat(root.get("geldig-vanaf", "")),
            inhoud=tuple(_read(c) for c in root if isinstance(c.tag, str)),  # type: ignore[misc]
            bron=root.get("bron", ""), samengesteld=root.get("samengesteld", ""),
            tekstdatum=root.get("tekstdatum") in ("true", "1"),
        )
    except ValueError as exc:
        raise InputError(f"ongeldige waarde: {exc}", file=source, line=line_of(root)) from None


def _kids(el: etree._Element) -> tuple:  # type: ignore[type-arg]
    return tuple(_read(c) for c in el if isinstance(c.tag, str))


def _read(el: etree._Element) -> Union[Structuur, Artikel, Lid, Onderdeel, Alinea]:
    tag = etree.QName(el).localname
    if tag == "al":
        return _read_alinea(el)
    nr = el.get("nr", "")
    if tag == "structuur":
        return Structuur(el.get("soort", ""), nr, _kids(el), el.get("titel", ""))
    if tag == "artikel":
        inw = el.get("inwerking")
        return Artikel(nr, _kids(el), el.get("titel", ""), el.get("vervallen") in ("true", "1"),
                       date.fromisoformat(inw) if inw else None, el.get("bron", ""),
                       el.get("inwerking-onbepaald") in ("true", "1"))
    if tag == "lid":
        return Lid(nr, _kids(el))
    if tag == "onderdeel":
        return Onderdeel(nr, el.get("label", ""), _kids(el))
    raise InputError(f"onverwacht element <{tag}>", line=line_of(el))


def _read_alinea(el: etree._Element) -> Alinea:
    parts = [el.text or ""]
    refs: list[Verwijzing] = []
    length = len(parts[0])
    for ref in el:
        if not isinstance(ref.tag, str):
            continue
        t = ref.text or ""
        refs.append(Verwijzing(length, length + len(t), ref.get("doel", "")))
        parts.append(t)
        parts.append(ref.tail or "")
        length += len(t) + len(ref.tail or "")
    return Alinea("".join(parts), tuple(refs))
