"""Typed actions as XML elements of ``schemas/wijziging.xsd`` (one element per kind), both ways. Reading
builds the action, so a shape the schema cannot catch (a lid that "komt te luiden" as an onderdeel) is
refused there with the line of the element."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from lxml import etree

from wetgeving.bronnen import native
from wetgeving.bronnen.secure import line_of
from wetgeving.errors import AddressError, InputError
from wetgeving.locatie import Adres
from wetgeving.wijziging.acties import (
    AanduidingPlaatsen,
    AanduidingVervalt,
    Actie,
    ActieFout,
    Anker,
    ArtikelenInvoegen,
    ArtikelenVernummeren,
    Intrekken,
    Invoegen,
    KomtTeLuiden,
    LeestekenVervangen,
    OpschriftKomtTeLuiden,
    Plaats,
    Schrappen,
    StructuurInvoegen,
    TekstInvoegen,
    TekstKomtTeLuiden,
    TekstToevoegen,
    Vernummeren,
    Vervalt,
    Vervangen,
    ZinVervalt,
)

NS = "urn:wetgeving:wijziging:1"
NAMEN = {cls.naam for cls in (Vervangen, Schrappen, TekstInvoegen, TekstToevoegen, TekstKomtTeLuiden, ZinVervalt,
                              LeestekenVervangen, KomtTeLuiden, Vervalt, Invoegen, ArtikelenInvoegen, StructuurInvoegen,
                              OpschriftKomtTeLuiden, Vernummeren, ArtikelenVernummeren, AanduidingPlaatsen,
                              AanduidingVervalt, Intrekken)}


def _q(tag: str) -> str:
    return f"{{{NS}}}{tag}"


# --- writing -----------------------------------------------------------------------------------------------


def schrijf_actie(parent: etree._Element, a: Actie) -> None:
    el = etree.SubElement(parent, _q(a.naam))
    match a:
        case Vervangen() | Schrappen() | TekstInvoegen() | TekstToevoegen() | TekstKomtTeLuiden():
            _plaats(el, a.plaats)
            for name in ("oud", "anker", "nieuw"):
                if hasattr(a, name):
                    etree.SubElement(el, _q(name)).text = getattr(a, name)
            if isinstance(a, TekstInvoegen):
                el.set("positie", a.positie)
            if getattr(a, "telkens", False):
                el.set("telkens", "true")
        case ZinVervalt():
            el.set("doel", str(a.adres))
            el.set("zin", str(a.zin))
        case LeestekenVervangen():
            el.attrib.update({"doel": str(a.adres), "oud": a.oud, "nieuw": a.nieuw})
        case KomtTeLuiden():
            el.set("doel", str(a.adres))
            native._write_unit(el, a.eenheid)
        case Vervalt():
            el.set("doel", str(a.adres))
        case Invoegen() | ArtikelenInvoegen() | StructuurInvoegen():
            if getattr(a, "ouder", None) is not None:
                el.set("ouder", str(a.ouder))  # type: ignore[union-attr]
            if a.anker is not None:
                el.attrib.update({"anker-positie": a.anker.positie, "anker": a.anker.nr})
            for u in a.eenheden:
                native._write_unit(el, u)
        case OpschriftKomtTeLuiden():
            el.attrib.update({"doel": str(a.adres), "titel": a.titel})
        case Vernummeren() | ArtikelenVernummeren():
            if isinstance(a, Vernummeren):
                el.attrib.update({"ouder": str(a.ouder), "soort": a.soort})
            for van, naar in a.paren:
                etree.SubElement(el, _q("paar"), van=van, naar=naar)
        case AanduidingPlaatsen():
            el.attrib.update({"doel": str(a.adres), "label": a.label})
        case AanduidingVervalt():
            el.attrib.update({"artikel": str(a.artikel), "lid": a.lid, "label": a.label})
        case Intrekken():
            el.set("regeling", a.regeling)


def _plaats(el: etree._Element, p: Plaats) -> None:
    el.set("doel", str(p.adres))
    if p.zin is not None:
        el.set("zin", str(p.zin))
    if p.aanhef:
        el.set("aanhef", "true")


# --- reading -----------------------------------------------------------------------------------------------


def lees_actie(el: etree._Element, source: str | Path) -> Actie:
    """The action an element describes; a shape error names the element's line."""
    try:
        return _lees(el)
    except (ActieFout, AddressError) as exc:
        raise InputError(f"<{etree.QName(el).localname}>: {exc.message}", file=source, line=line_of(el)) from None


def _adres(el: etree._Element, name: str) -> Adres:
    return Adres.parse(el.get(name, ""))


def _tekst(el: etree._Element, name: str) -> str:
    return el.findtext(_q(name)) or ""


def _anker(el: etree._Element) -> Anker | None:
    pos = el.get("anker-positie")
    return Anker("na" if pos == "na" else "voor", el.get("anker", "")) if pos else None


def _units(el: etree._Element) -> tuple[Any, ...]:
    return tuple(native._read(c) for c in el if isinstance(c.tag, str) and c.tag.startswith(f"{{{native.NS}}}"))


def _lees(el: etree._Element) -> Actie:
    tag = etree.QName(el).localname
    telkens = el.get("telkens") in ("true", "1")
    if tag in ("vervangen", "schrappen", "tekst-invoegen", "tekst-toevoegen", "tekst-komt-te-luiden"):
        zin = el.get("zin")
        p = Plaats(_adres(el, "doel"), int(zin) if zin else None, el.get("aanhef") in ("true", "1"))
        if tag == "vervangen":
            return Vervangen(p, _tekst(el, "oud"), _tekst(el, "nieuw"), telkens)
        if tag == "schrappen":
            return Schrappen(p, _tekst(el, "oud"), telkens)
        if tag == "tekst-invoegen":
            return TekstInvoegen(p, _tekst(el, "anker"), _tekst(el, "nieuw"), "voor" if el.get("positie") == "voor"
                                 else "na", telkens)
        if tag == "tekst-toevoegen":
            return TekstToevoegen(p, _tekst(el, "nieuw"))
        return TekstKomtTeLuiden(p, _tekst(el, "nieuw"))
    paren = tuple((x.get("van", ""), x.get("naar", "")) for x in el.iterfind(_q("paar")))
    lezers: dict[str, Any] = {
        "zin-vervalt": lambda: ZinVervalt(_adres(el, "doel"), int(el.get("zin", "0"))),
        "leesteken-vervangen": lambda: LeestekenVervangen(_adres(el, "doel"), el.get("oud", ""), el.get("nieuw", "")),
        "komt-te-luiden": lambda: KomtTeLuiden(_adres(el, "doel"), _units(el)[0]),
        "vervalt": lambda: Vervalt(_adres(el, "doel")),
        "invoegen": lambda: Invoegen(_adres(el, "ouder"), _units(el), _anker(el)),
        "artikelen-invoegen": lambda: ArtikelenInvoegen(_units(el), _anker(el)),
        "structuur-invoegen": lambda: StructuurInvoegen(_adres(el, "ouder") if el.get("ouder") else None, _units(el),
                                                        _anker(el)),
        "opschrift-komt-te-luiden": lambda: OpschriftKomtTeLuiden(_adres(el, "doel"), el.get("titel", "")),
        "vernummeren": lambda: Vernummeren(_adres(el, "ouder"), "onderdeel" if el.get("soort") == "onderdeel"
                                           else "lid", paren),
        "artikelen-vernummeren": lambda: ArtikelenVernummeren(paren),
        "aanduiding-plaatsen": lambda: AanduidingPlaatsen(_adres(el, "doel"), el.get("label", "")),
        "aanduiding-vervalt": lambda: AanduidingVervalt(_adres(el, "artikel"), el.get("lid", ""), el.get("label", "")),
        "intrekken": lambda: Intrekken(el.get("regeling", "")),
    }
    actie: Actie = lezers[tag]()
    return actie
