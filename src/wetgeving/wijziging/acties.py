"""Typed amendment actions: one small frozen class per formula of the Aanwijzingen voor de regelgeving,
ch. 6, each with only the fields it needs.

The parser (:mod:`wetgeving.wijziging.zinnen`) and the generator (:mod:`wetgeving.wijziging.genereren`)
produce them, the applier (:mod:`wetgeving.wijziging.uitvoeren`) and the renderer
(:mod:`wetgeving.wijziging.schrijven`) consume them. A shape that makes no sense (a replacement without
words, a lid that "komt te luiden" as an onderdeel, a renumbering to two equal numbers) cannot be built:
construction raises :class:`ActieFout` with a Dutch message, so input from prose or XML is checked once,
where it enters.

Examples:
    >>> from wetgeving.locatie import Adres
    >>> Vervangen(Plaats(Adres.parse("artikel:28/lid:1")), "stemming", "beraadslaging en stemming").naam
    'vervangen'
    >>> try:
    ...     Vervangen(Plaats(Adres.parse("artikel:28")), "", "x")
    ... except ActieFout as exc:
    ...     print(exc.message)
    een vervanging noemt geen woorden die vervangen worden
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Literal, Union

from wetgeving.locatie import Adres
from wetgeving.model import Artikel, Lid, Onderdeel, Structuur
from wetgeving.wijziging.acties_tekst import (
    LEESTEKENS,
    ActieFout,
    Anker,
    LeestekenVervangen,
    Plaats,
    Schrappen,
    TekstInvoegen,
    TekstKomtTeLuiden,
    TekstToevoegen,
    Vervangen,
    ZinVervalt,
    eis,
)

__all__ = [
    "LEESTEKENS", "STRUCTUREN", "AanduidingPlaatsen", "AanduidingVervalt", "Actie", "ActieFout", "Anker",
    "ArtikelenInvoegen", "ArtikelenVernummeren", "Intrekken", "Invoegen", "KomtTeLuiden", "LeestekenVervangen",
    "NieuweEenheid", "OpschriftKomtTeLuiden", "Plaats", "Schrappen", "StructuurInvoegen", "TekstActie", "TekstInvoegen",
    "TekstKomtTeLuiden", "TekstToevoegen", "VSoort", "Vernummeren", "Vervalt", "Vervangen", "ZinVervalt",
]

NieuweEenheid = Union[Artikel, Lid, Onderdeel]
VSoort = Literal["lid", "onderdeel"]
STRUCTUREN = ("bijlage", "boek", "deel", "titel", "hoofdstuk", "afdeling", "paragraaf", "subparagraaf")


# --- whole units (6.9.3, 6.11, 6.12, 6.17–6.18, 6.23) -----------------------------------------------------


@dataclass(frozen=True, slots=True)
class KomtTeLuiden:
    """6.9: X komt te luiden: (the new unit, with its own number)."""

    adres: Adres
    eenheid: Artikel | Lid | Onderdeel | Structuur
    naam: ClassVar[str] = "komt-te-luiden"

    def __post_init__(self) -> None:
        eis(self.eenheid.soort == self.adres.soort,
             f"{_lidw(self.adres.soort)} {self.adres.soort} kan niet luiden als {_lidw(self.eenheid.soort)} "
             f"{self.eenheid.soort}")
        eis(self.eenheid.nr == self.adres.nr,
             f"de nieuwe tekst is genummerd {self.eenheid.nr}, de eenheid die zij vervangt {self.adres.nr}")

    @property
    def doel(self) -> Adres:
        return self.adres


@dataclass(frozen=True, slots=True)
class Vervalt:
    """6.12: X vervalt (an artikel, lid, onderdeel, chapter or paragraph)."""

    adres: Adres
    naam: ClassVar[str] = "vervalt"

    @property
    def doel(self) -> Adres:
        return self.adres


@dataclass(frozen=True, slots=True)
class Invoegen:
    """6.11, 6.18: Na het tweede lid / Aan X / Er wordt een lid (onderdeel) ingevoegd, luidende: … into
    ``ouder`` (an artikel, lid or onderdeel); without ``anker`` the new units take their place by number."""

    ouder: Adres
    eenheden: tuple[Lid | Onderdeel, ...]
    anker: Anker | None = None
    naam: ClassVar[str] = "invoegen"

    def __post_init__(self) -> None:
        eis(bool(self.eenheden), "er worden geen eenheden ingevoegd: de nieuwe tekst ontbreekt")
        soorten = {u.soort for u in self.eenheden}
        eis(len(soorten) == 1, "één instructie voegt eenheden van één soort in")
        _nummers_uniek([u.nr for u in self.eenheden])
        eis(self.ouder.soort not in STRUCTUREN, "leden en onderdelen worden in een artikel ingevoegd")
        if self.soort == "lid":
            eis(self.ouder.soort == "artikel", "een lid wordt in een artikel ingevoegd")

    @property
    def soort(self) -> str:
        return self.eenheden[0].soort

    @property
    def doel(self) -> Adres:
        return self.ouder


@dataclass(frozen=True, slots=True)
class ArtikelenInvoegen:
    """6.11: Na artikel 85 worden drie artikelen ingevoegd, luidende: … (without ``anker``: by number, in the
    chapter of the artikel before them)."""

    eenheden: tuple[Artikel, ...]
    anker: Anker | None = None
    naam: ClassVar[str] = "artikelen-invoegen"

    def __post_init__(self) -> None:
        eis(bool(self.eenheden), "er worden geen artikelen ingevoegd: de nieuwe tekst ontbreekt")
        _nummers_uniek([u.nr for u in self.eenheden])

    @property
    def doel(self) -> None:
        return None


def _nummers_uniek(nrs: list[str]) -> None:
    eis(len(set(nrs)) == len(nrs), f"twee nieuwe eenheden hebben hetzelfde nummer ({', '.join(nrs)})")


@dataclass(frozen=True, slots=True)
class StructuurInvoegen:
    """6.11, 6.16: Na hoofdstuk V wordt een hoofdstuk ingevoegd, luidende: (a chapter or paragraph with its
    artikelen; ``ouder`` None for the top level)."""

    ouder: Adres | None
    eenheden: tuple[Structuur, ...]
    anker: Anker | None = None
    naam: ClassVar[str] = "structuur-invoegen"

    def __post_init__(self) -> None:
        eis(bool(self.eenheden), "er wordt geen hoofdstuk of paragraaf ingevoegd: de nieuwe tekst ontbreekt")
        soorten = {u.soort for u in self.eenheden}
        eis(len(soorten) == 1 and next(iter(soorten)) in STRUCTUREN,
             "één instructie voegt hoofdstukken, titels, afdelingen of paragrafen van één soort in")

    @property
    def soort(self) -> str:
        return self.eenheden[0].soort

    @property
    def doel(self) -> Adres | None:
        return self.ouder


@dataclass(frozen=True, slots=True)
class OpschriftKomtTeLuiden:
    """Het opschrift van hoofdstuk V komt te luiden: «…» (the heading of a chapter or paragraph)."""

    adres: Adres
    titel: str
    naam: ClassVar[str] = "opschrift-komt-te-luiden"

    def __post_init__(self) -> None:
        eis(self.adres.soort in STRUCTUREN, "alleen een hoofdstuk, titel, afdeling of paragraaf heeft een opschrift")
        eis(bool(self.titel.strip()), "het nieuwe opschrift ontbreekt")

    @property
    def doel(self) -> Adres:
        return self.adres


@dataclass(frozen=True, slots=True)
class Vernummeren:
    """6.17.2, 6.18: (onder) vernummering/verlettering van leden or onderdelen of ``ouder`` — all at once, so
    2→3 and 3→4 do not collide."""

    ouder: Adres
    soort: VSoort
    paren: tuple[tuple[str, str], ...]
    naam: ClassVar[str] = "vernummeren"

    def __post_init__(self) -> None:
        eis(self.soort in ("lid", "onderdeel"), f"{self.soort!r} wordt niet in een artikel vernummerd")
        eis(self.soort != "lid" or self.ouder.soort == "artikel", "leden worden in hun artikel vernummerd")
        _paren(self.paren)

    @property
    def doel(self) -> Adres:
        return self.ouder


@dataclass(frozen=True, slots=True)
class ArtikelenVernummeren:
    """6.17.1: Artikel 2 wordt vernummerd tot artikel 3 (all at once: 2→3 and 3→4 do not collide)."""

    paren: tuple[tuple[str, str], ...]
    naam: ClassVar[str] = "artikelen-vernummeren"

    def __post_init__(self) -> None:
        _paren(self.paren)

    @property
    def doel(self) -> None:
        return None


def _paren(paren: tuple[tuple[str, str], ...]) -> None:
    eis(bool(paren), "een vernummering noemt geen nummers")
    van = [a for a, _ in paren]
    naar = [b for _, b in paren]
    eis(all(x.strip() for x in van + naar), "een vernummering met een leeg nummer")
    eis(len(set(van)) == len(van), "een vernummering noemt een oud nummer twee keer")
    eis(len(set(naar)) == len(naar), "een vernummering geeft twee eenheden hetzelfde nieuwe nummer")
    eis(van != naar, "een vernummering die niets verandert")


@dataclass(frozen=True, slots=True)
class AanduidingPlaatsen:
    """6.18.3: Voor de tekst wordt de aanduiding «1.» geplaatst (an artikel gets leden)."""

    adres: Adres
    label: str = "1."
    naam: ClassVar[str] = "aanduiding-plaatsen"

    def __post_init__(self) -> None:
        eis(self.adres.soort == "artikel", "alleen voor de tekst van een artikel wordt een aanduiding geplaatst")
        eis(bool(self.label.strip().rstrip(".")), "de aanduiding ontbreekt")

    @property
    def doel(self) -> Adres:
        return self.adres


@dataclass(frozen=True, slots=True)
class AanduidingVervalt:
    """6.18.4: … alsmede de aanduiding «1.» voor het eerste lid vervallen (the artikel loses its leden; ``lid``
    is the one that remains)."""

    artikel: Adres
    lid: str
    label: str = "1."
    naam: ClassVar[str] = "aanduiding-vervalt"

    def __post_init__(self) -> None:
        eis(self.artikel.soort == "artikel", "de aanduiding die vervalt staat voor een lid van een artikel")
        eis(bool(self.lid.strip()), "het lid waarvoor de aanduiding vervalt is niet genoemd")

    @property
    def doel(self) -> Adres:
        return self.artikel.child("lid", self.lid)


@dataclass(frozen=True, slots=True)
class Intrekken:
    """6.23: De Vuurwapenwet 1919 wordt ingetrokken."""

    regeling: str
    naam: ClassVar[str] = "intrekken"

    def __post_init__(self) -> None:
        eis(bool(self.regeling.strip()), "de regeling die wordt ingetrokken is niet genoemd")

    @property
    def doel(self) -> None:
        return None


Actie = Union[
    Vervangen, Schrappen, TekstInvoegen, TekstToevoegen, TekstKomtTeLuiden, ZinVervalt, LeestekenVervangen,
    KomtTeLuiden, Vervalt, Invoegen, ArtikelenInvoegen, StructuurInvoegen, OpschriftKomtTeLuiden, Vernummeren,
    ArtikelenVernummeren, AanduidingPlaatsen, AanduidingVervalt, Intrekken,
]
TekstActie = Union[Vervangen, Schrappen, TekstInvoegen, TekstToevoegen, TekstKomtTeLuiden, ZinVervalt]
SOORTEN: tuple[type[Actie], ...] = (
    Vervangen, Schrappen, TekstInvoegen, TekstToevoegen, TekstKomtTeLuiden, ZinVervalt, LeestekenVervangen,
    KomtTeLuiden, Vervalt, Invoegen, ArtikelenInvoegen, StructuurInvoegen, OpschriftKomtTeLuiden, Vernummeren,
    ArtikelenVernummeren, AanduidingPlaatsen, AanduidingVervalt, Intrekken,
)


def _lidw(soort: str) -> str:
    return "het" if soort in ("artikel", "lid", "onderdeel", "boek", "deel") else "de"
