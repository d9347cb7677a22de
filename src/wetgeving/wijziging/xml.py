"""Amending acts as our XML (``schemas/wijziging.xsd``): writer and reader, validated both ways."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from lxml import etree

from wetgeving.bronnen import native
from wetgeving.bronnen.schemas import validate
from wetgeving.bronnen.secure import expect_root, line_of, parse_xml, read_bytes
from wetgeving.errors import InputError
from wetgeving.wijziging.model import Onleesbaar, WijzigingsArtikel, Wijzigingsonderdeel, Wijzigingsregeling
from wetgeving.wijziging.xml_acties import NAMEN, lees_actie, schrijf_actie

NS = "urn:wetgeving:wijziging:1"
SCHEMA = "wijziging.xsd"


def _q(tag: str) -> str:
    return f"{{{NS}}}{tag}"


def _set(el: etree._Element, name: str, value: object, default: object = "") -> None:
    if value is None or value == default:
        return
    if isinstance(value, bool):
        el.set(name, "true" if value else "false")
    elif isinstance(value, date):
        el.set(name, value.isoformat())
    else:
        el.set(name, str(value))


def to_element(act: Wijzigingsregeling) -> etree._Element:
    root = etree.Element(_q("wijzigingsregeling"), nsmap={None: NS, "r": native.NS})  # type: ignore[dict-item]
    _set(root, "titel", act.titel)
    _set(root, "inwerking", act.inwerking)
    _set(root, "inwerking-wijze", act.inwerking_wijze)
    _set(root, "citeertitel", act.citeertitel)
    _set(root, "kamerstuk", act.kamerstuk)
    _set(root, "bron", act.bron)
    for p in act.onleesbaar:
        _onleesbaar(root, p)
    for art in act.artikelen:
        a = etree.SubElement(root, _q("artikel"), nr=art.nr, regeling=art.regeling, citeertitel=art.citeertitel)
        _set(a, "bwb-id", art.bwb_id)
        if art.aanhef:
            etree.SubElement(a, _q("aanhef")).text = art.aanhef
        for ond in art.onderdelen:
            _onderdeel(a, ond)
    return root


def _onleesbaar(parent: etree._Element, p: Onleesbaar) -> None:
    el = etree.SubElement(parent, _q("onleesbaar"), regel=str(p.regel), reden=p.reden)
    if p.positie:
        el.set("positie", str(p.positie))
    el.text = p.tekst


def _onderdeel(parent: etree._Element, ond: Wijzigingsonderdeel) -> None:
    o = etree.SubElement(parent, _q("onderdeel"), nr=ond.nr)
    _set(o, "inwerking", ond.inwerking)
    _set(o, "thema", ond.thema)
    _set(o, "gereconstrueerd", ond.gereconstrueerd, False)
    etree.SubElement(o, _q("tekst")).text = ond.tekst
    if ond.toelichting:
        etree.SubElement(o, _q("toelichting")).text = ond.toelichting
    for b in ond.bronnen:
        etree.SubElement(o, _q("bron")).text = b
    for a in ond.acties:
        schrijf_actie(o, a)
    for p in ond.onleesbaar:
        _onleesbaar(o, p)


def dumps(act: Wijzigingsregeling) -> bytes:
    root = to_element(act)
    validate(root, SCHEMA, f"<{act.titel or 'wijzigingsregeling'}>")
    for i, m in enumerate(act.meldingen):  # a comment: no element of the schema, read past by the loader
        root.insert(i, etree.Comment(" let op: " + m.replace("--", "–") + " "))
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def load(path: Path) -> Wijzigingsregeling:
    return loads(read_bytes(path), path)


def loads(data: bytes, source: str | Path = "<bytes>") -> Wijzigingsregeling:
    tree = parse_xml(data, source)
    if etree.QName(tree.getroot()).localname == "tranche":  # helper-79: corpus/tranches/tranche-1.xml given to apply
        raise InputError("dit is een tranche van ons model (corpus/tranches), geen wijzigingsregeling", file=source,
                         line=line_of(tree.getroot()),
                         hint="voor de wet met een tranche toegepast: wetgeving tranche diff NR --law REGELING "
                              "[--date JJJJ-MM-DD]; voor de verwijzingen erna: wetgeving graph dangling REGELING --after NR")
    root = expect_root(tree, (_q("wijzigingsregeling"),), source, "wetgeving wijziging XML")
    validate(tree, SCHEMA, str(source))
    try:
        return Wijzigingsregeling(
            titel=root.get("titel", ""), inwerking=_date(root.get("inwerking")),
            inwerking_wijze=root.get("inwerking-wijze", ""), citeertitel=root.get("citeertitel", ""),
            kamerstuk=root.get("kamerstuk", ""), bron=root.get("bron", ""),
            artikelen=tuple(_artikel(a, source) for a in _uniek(list(root.iterfind(_q("artikel"))), "ARTIKEL {nr}", source)),
            onleesbaar=tuple(_read_onleesbaar(p) for p in root.iterfind(_q("onleesbaar"))),
        )
    except ValueError as exc:
        raise InputError(f"ongeldige waarde: {exc}", file=source, line=line_of(root)) from None


def _date(v: str | None) -> date | None:
    return date.fromisoformat(v) if v else None


def _read_onleesbaar(el: etree._Element) -> Onleesbaar:
    return Onleesbaar(el.text or "", int(el.get("regel", "0")), el.get("reden", ""), int(el.get("positie", "0")))


def _uniek(els: list[etree._Element], wat: str, source: str | Path) -> list[etree._Element]:
    """``els``, refused when two have the same ``nr`` (helper-80: two onderdelen A were both applied; the text reader
    refuses them)."""
    gezien: set[str] = set()
    for el in els:
        if el.get("nr", "") in gezien:
            raise InputError(wat.format(nr=el.get("nr", "")) + " komt twee keer voor", file=source, line=line_of(el),
                             hint="geef elk artikel en elk onderdeel van de wijzigingsregeling één keer")
        gezien.add(el.get("nr", ""))
    return els


def _artikel(el: etree._Element, source: str | Path) -> WijzigingsArtikel:
    _uniek(list(el.iterfind(_q("onderdeel"))), "onderdeel {nr} van ARTIKEL " + el.get("nr", ""), source)
    return WijzigingsArtikel(
        nr=el.get("nr", ""), regeling=el.get("regeling", ""), citeertitel=el.get("citeertitel", ""),
        onderdelen=tuple(_read_onderdeel(o, source) for o in el.iterfind(_q("onderdeel"))),
        aanhef=el.findtext(_q("aanhef")) or "", bwb_id=el.get("bwb-id", ""),
    )


def _read_onderdeel(el: etree._Element, source: str | Path) -> Wijzigingsonderdeel:
    return _als_tekst(_lees_onderdeel(el, source), el, source)


def _als_tekst(ond: Wijzigingsonderdeel, el: etree._Element, source: str | Path) -> Wijzigingsonderdeel:
    """``ond``, refused when its ``<tekst>`` reads as other actions than its elements say (helper-116: the text added
    «of werkzaam ten behoeve van die gemeente», ``<nieuw>`` «IETS HEEL ANDERS», and the latter was applied unsaid).
    A text that does not read on its own (it leans on its artikel's «wordt als volgt gewijzigd:») is not compared."""
    from wetgeving.wijziging.instructies import Regel, parse_onderdeel

    if not ond.tekst.strip() or not ond.acties:
        return ond
    gelezen = parse_onderdeel(ond.nr, [Regel(i, r) for i, r in enumerate(ond.tekst.splitlines(), 1) if r.strip()])
    if gelezen.onleesbaar or gelezen.acties == ond.acties:
        return ond
    raise InputError(f"onderdeel {ond.nr}: de tekst zegt iets anders dan de instructies die het onderdeel als elementen "
                     "geeft", file=source, line=line_of(el),
                     hint="maak <tekst> en de instructies gelijk (of laat <tekst> weg), en lees het bestand opnieuw in")


def _lees_onderdeel(el: etree._Element, source: str | Path) -> Wijzigingsonderdeel:
    return Wijzigingsonderdeel(
        nr=el.get("nr", ""), tekst=el.findtext(_q("tekst")) or "",
        acties=tuple(lees_actie(a, source) for a in el if isinstance(a.tag, str) and etree.QName(a).localname in NAMEN),
        inwerking=_date(el.get("inwerking")),
        onleesbaar=tuple(_read_onleesbaar(p) for p in el.iterfind(_q("onleesbaar"))),
        thema=el.get("thema", ""), gereconstrueerd=el.get("gereconstrueerd") in ("true", "1"),
        toelichting=el.findtext(_q("toelichting")) or "",
        bronnen=tuple(b.text or "" for b in el.iterfind(_q("bron"))),
    )
