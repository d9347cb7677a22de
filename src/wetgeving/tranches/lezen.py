"""Read the corpus: tranches (schemas/tranche.xsd) and the programme (schemas/programma.xsd)."""

from __future__ import annotations

from datetime import date
from functools import cache
from pathlib import Path

from lxml import etree

from wetgeving.bronnen.catalogus import corpus_dir
from wetgeving.bronnen.schemas import validate
from wetgeving.bronnen.secure import expect_root, line_of, parse_xml, read_bytes
from wetgeving.errors import AddressError, InputError, UsageError
from wetgeving.locatie import Adres
from wetgeving.tranches.model import (
    Consultatie,
    Illustratie,
    NietGemodelleerd,
    Stadium,
    TOnderdeel,
    Tranche,
    TWijziging,
    Voorziening,
)
from wetgeving.wijziging.gen_indeling import NieuweStructuur

T = "urn:wetgeving:tranche:1"


def _t(tag: str) -> str:
    return f"{{{T}}}{tag}"


def _text(el: etree._Element, tag: str) -> str:
    return " ".join((el.findtext(tag) or "").split())


def _adres(el: etree._Element, source: Path) -> Adres:
    try:
        return Adres.parse(el.text or "")
    except AddressError as exc:
        raise InputError(exc.message, file=source, line=line_of(el)) from None


def _datum(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def load_tranche(path: Path) -> Tranche:
    tree = parse_xml(read_bytes(path), path)
    root = expect_root(tree, (_t("tranche"),), path, "wetgeving tranche XML")
    validate(tree, "tranche.xsd", str(path))
    return Tranche(
        id=root.get("id", ""), nr=root.get("nr", ""), soort=root.get("soort", ""), status=root.get("status", ""),
        titel=_text(root, _t("titel")), samenvatting=_text(root, _t("samenvatting")),
        wijzigingen=tuple(_wijziging(w, path) for w in root.iterfind(_t("wijziging"))),
        voorzieningen=tuple(_voorziening(v, path) for v in root.iterfind(_t("voorziening"))),
        illustraties=tuple(Illustratie(i.get("regeling", ""), i.get("basis", ""), i.get("label", ""),
                                       (i.text or "").strip("\n")) for i in root.iterfind(_t("illustratie"))),
        kamerstuk=_text(root, _t("kamerstuk")), publicatie=_text(root, _t("publicatie")),
        inwerkingtreding_besluit=_text(root, _t("inwerkingtreding-besluit")),
        bronnen=tuple(b.get("ref", "") for b in root.iterfind(_t("bron"))), bestand=str(path),
        ingediend=_datum(root.get("ingediend")), ingediend_tekst=root.get("ingediend-tekst", ""),
        aangenomen=_datum(root.get("aangenomen")), niet_in=root.get("niet-in", ""),
        gepubliceerd=_datum(root.get("gepubliceerd")),
        consultaties=tuple(Consultatie(" ".join((c.text or "").split()), date.fromisoformat(c.get("van", "")),
                                       date.fromisoformat(c.get("tot", "")), c.get("bron", ""), c.get("keten-id", ""),
                                       c.get("url", ""), c.get("let-op", "")) for c in root.iterfind(_t("consultatie"))),
        niet_gemodelleerd=tuple(NietGemodelleerd(" ".join((n.text or "").split()), n.get("regeling", ""),
                                                 n.get("citeertitel", "")) for n in root.iterfind(_t("niet-gemodelleerd"))),
    )


def _wijziging(el: etree._Element, path: Path) -> TWijziging:
    return TWijziging(
        artikel=el.get("artikel", ""), regeling=el.get("regeling", ""), voor=el.get("voor", ""),
        stadia=tuple(Stadium(date.fromisoformat(s.get("datum", "")), s.get("na", "")) for s in el.iterfind(_t("stadium"))),
        onderdelen=tuple(_onderdeel(o, path) for o in el.iterfind(_t("onderdeel"))),
        artikel_zekerheid=el.get("artikel-zekerheid", "bekend"),
    )


def _structuur(el: etree._Element | None, doelen: tuple[Adres, ...]) -> NieuweStructuur | None:
    if el is None:
        return None
    return NieuweStructuur(el.get("soort", ""), el.get("nr", ""), el.get("titel", ""),
                           tuple(d.nr for d in doelen if d.soort == "artikel"), el.get("na", ""))


def _onderdeel(el: etree._Element, path: Path) -> TOnderdeel:
    echt = el.find(_t("echte-tekst"))
    doelen = tuple(_adres(d, path) for d in el.iterfind(_t("doel")))
    structuur = el.find(_t("structuur"))
    return TOnderdeel(
        id=el.get("id", ""), doelen=doelen, structuur=_structuur(structuur, doelen),
        titel_zekerheid=structuur.get("titel-zekerheid", "bekend") if structuur is not None else "bekend",
        thema=el.get("thema", ""), inwerking=date.fromisoformat(el.get("inwerking", "")),
        samenvatting=_text(el, _t("samenvatting")), letter=el.get("letter", ""),
        letter_zekerheid=el.get("letter-zekerheid", "onbekend"),
        inwerking_zekerheid=el.get("inwerking-zekerheid", "bekend"), toeschrijving=el.get("toeschrijving", "bekend"),
        echte_bron=echt.get("bron", "") if echt is not None else "",
        echte_artikel=echt.get("artikel", "I") if echt is not None else "I",
        echte_onderdeel=echt.get("onderdeel", "") if echt is not None else "",
        toelichting=_text(el, _t("toelichting")),
    )


def _voorziening(el: etree._Element, path: Path) -> Voorziening:
    return Voorziening(
        id=el.get("id", ""), thema=el.get("thema", ""), regeling=el.get("regeling", ""), basis=el.get("basis", ""),
        samenvatting=_text(el, _t("samenvatting")), doelen=tuple(_adres(d, path) for d in el.iterfind(_t("doel"))),
        toelichting=_text(el, _t("toelichting")), bevestigd=el.get("bevestigd", "true") in ("true", "1"),
    )


@cache
def tranches(folder: Path | None = None) -> tuple[Tranche, ...]:
    """Every tranche in <corpus>/tranches, tranches first (by number), then the other changes."""
    folder = folder or corpus_dir()
    found = [load_tranche(p) for p in sorted((folder / "tranches").glob("*.xml"))]
    return tuple(sorted(found, key=lambda t: (t.soort != "tranche", t.nr, t.id)))


def tranche(name: str, folder: Path | None = None) -> Tranche:
    """A tranche by number ('1'), id ('tranche-1', 'overig-2023') in the corpus ``folder`` (default the package's)."""
    found = tranches(folder)
    for t in found:
        if name and name in (t.nr, t.id):
            return t
    raise UsageError(f"onbekende tranche {name!r}", hint="bekend: " + ", ".join(t.nr or t.id for t in found))
