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

from wetgeving.errors import WetgevingError
from wetgeving.locatie import Adres
from wetgeving.model import Artikel, Lid, Onderdeel, Structuur

NieuweEenheid = Union[Artikel, Lid, Onderdeel]
VSoort = Literal["lid", "onderdeel"]
STRUCTUREN = ("bijlage", "boek", "deel", "titel", "hoofdstuk", "afdeling", "paragraaf", "subparagraaf")
LEESTEKENS = (".", ";", ",", ":", "; en", "; of", ", en", ", of")


class ActieFout(WetgevingError):
    """An action cannot be built: its fields contradict each other."""

    hint = "controleer de wijzigingsinstructie (of het XML-element) die deze wijziging beschrijft"


def _eis(ok: bool, bericht: str) -> None:
    if not ok:
        raise ActieFout(bericht)


@dataclass(frozen=True, slots=True)
class Plaats:
    """Where a text change happens: a unit, optionally only one sentence of it (-1: the last) or only its
    own text (``aanhef``: not the text of its onderdelen)."""

    adres: Adres
    zin: int | None = None
    aanhef: bool = False

    def __post_init__(self) -> None:
        _eis(self.zin is None or self.zin != 0, "zinnen tellen vanaf 1 (of -1 voor de laatste zin)")


@dataclass(frozen=True, slots=True)
class Anker:
    """The sibling after or before which new units go."""

    positie: Literal["na", "voor"]
    nr: str

    def __post_init__(self) -> None:
        _eis(self.positie in ("na", "voor"), f"onbekende plaats {self.positie!r} (na of voor)")
        _eis(bool(self.nr.strip()), "een invoeging na of voor een eenheid noemt het nummer van die eenheid")


# --- text inside a unit (6.9–6.12) -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Vervangen:
    """6.9: In X wordt «oud» (telkens) vervangen door «nieuw»."""

    plaats: Plaats
    oud: str
    nieuw: str
    telkens: bool = False
    naam: ClassVar[str] = "vervangen"

    def __post_init__(self) -> None:
        _eis(bool(self.oud), "een vervanging noemt geen woorden die vervangen worden")
        _eis(self.oud != self.nieuw, f"«{self.oud[:40]}» wordt door zichzelf vervangen")

    @property
    def doel(self) -> Adres:
        return self.plaats.adres


@dataclass(frozen=True, slots=True)
class Schrappen:
    """6.12: In X vervalt (telkens) «oud»."""

    plaats: Plaats
    oud: str
    telkens: bool = False
    naam: ClassVar[str] = "schrappen"

    def __post_init__(self) -> None:
        _eis(bool(self.oud), "er vervallen geen woorden: de instructie noemt ze niet")

    @property
    def doel(self) -> Adres:
        return self.plaats.adres


@dataclass(frozen=True, slots=True)
class TekstInvoegen:
    """6.11: In X wordt (telkens) na/voor «anker» ingevoegd: «nieuw»."""

    plaats: Plaats
    anker: str
    nieuw: str
    positie: Literal["na", "voor"] = "na"
    telkens: bool = False
    naam: ClassVar[str] = "tekst-invoegen"

    def __post_init__(self) -> None:
        _eis(bool(self.anker), "een invoeging van woorden noemt niet na of voor welke woorden")
        _eis(bool(self.nieuw), "een invoeging van woorden noemt geen nieuwe woorden")
        _eis(self.positie in ("na", "voor"), f"onbekende plaats {self.positie!r} (na of voor)")

    @property
    def doel(self) -> Adres:
        return self.plaats.adres


@dataclass(frozen=True, slots=True)
class TekstToevoegen:
    """6.11: Aan X wordt toegevoegd «nieuw» (at the end, before the closing punctuation; a new sentence
    after it)."""

    plaats: Plaats
    nieuw: str
    naam: ClassVar[str] = "tekst-toevoegen"

    def __post_init__(self) -> None:
        _eis(bool(self.nieuw), "er wordt niets toegevoegd: de instructie noemt geen nieuwe woorden")

    @property
    def doel(self) -> Adres:
        return self.plaats.adres


@dataclass(frozen=True, slots=True)
class TekstKomtTeLuiden:
    """6.9.1: The own text of X (its aanhef, or one sentence) komt te luiden: «nieuw»."""

    plaats: Plaats
    nieuw: str
    naam: ClassVar[str] = "tekst-komt-te-luiden"

    def __post_init__(self) -> None:
        _eis(bool(self.nieuw), "de nieuwe tekst ontbreekt")

    @property
    def doel(self) -> Adres:
        return self.plaats.adres


@dataclass(frozen=True, slots=True)
class ZinVervalt:
    """6.12: In X vervalt de tweede zin (a whole sentence of the unit's own text; -1: the last)."""

    adres: Adres
    zin: int
    naam: ClassVar[str] = "zin-vervalt"

    def __post_init__(self) -> None:
        _eis(self.zin != 0, "zinnen tellen vanaf 1 (of -1 voor de laatste zin)")

    @property
    def doel(self) -> Adres:
        return self.adres


@dataclass(frozen=True, slots=True)
class LeestekenVervangen:
    """6.18.2: De puntkomma aan het slot van X wordt vervangen door een komma (or «; of»)."""

    adres: Adres
    oud: str
    nieuw: str
    naam: ClassVar[str] = "leesteken-vervangen"

    def __post_init__(self) -> None:
        _eis(self.oud in LEESTEKENS and self.nieuw in LEESTEKENS,
             f"aan het slot staat een leesteken ({', '.join(LEESTEKENS)}), niet «{self.oud}» of «{self.nieuw}»")
        _eis(self.oud != self.nieuw, "het leesteken wordt door zichzelf vervangen")

    @property
    def doel(self) -> Adres:
        return self.adres


# --- whole units (6.9.3, 6.11, 6.12, 6.17–6.18, 6.23) -----------------------------------------------------


@dataclass(frozen=True, slots=True)
class KomtTeLuiden:
    """6.9: X komt te luiden: (the new unit, with its own number)."""

    adres: Adres
    eenheid: Artikel | Lid | Onderdeel | Structuur
    naam: ClassVar[str] = "komt-te-luiden"

    def __post_init__(self) -> None:
        _eis(self.eenheid.soort == self.adres.soort,
             f"{_lidw(self.adres.soort)} {self.adres.soort} kan niet luiden als {_lidw(self.eenheid.soort)} "
             f"{self.eenheid.soort}")
        _eis(self.eenheid.nr == self.adres.nr,
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
        _eis(bool(self.eenheden), "er worden geen eenheden ingevoegd: de nieuwe tekst ontbreekt")
        soorten = {u.soort for u in self.eenheden}
        _eis(len(soorten) == 1, "één instructie voegt eenheden van één soort in")
        _nummers_uniek([u.nr for u in self.eenheden])
        _eis(self.ouder.soort not in STRUCTUREN, "leden en onderdelen worden in een artikel ingevoegd")
        if self.soort == "lid":
            _eis(self.ouder.soort == "artikel", "een lid wordt in een artikel ingevoegd")

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
        _eis(bool(self.eenheden), "er worden geen artikelen ingevoegd: de nieuwe tekst ontbreekt")
        _nummers_uniek([u.nr for u in self.eenheden])

    @property
    def doel(self) -> None:
        return None


def _nummers_uniek(nrs: list[str]) -> None:
    _eis(len(set(nrs)) == len(nrs), f"twee nieuwe eenheden hebben hetzelfde nummer ({', '.join(nrs)})")


@dataclass(frozen=True, slots=True)
class StructuurInvoegen:
    """6.11, 6.16: Na hoofdstuk V wordt een hoofdstuk ingevoegd, luidende: (a chapter or paragraph with its
    artikelen; ``ouder`` None for the top level)."""

    ouder: Adres | None
    eenheden: tuple[Structuur, ...]
    anker: Anker | None = None
    naam: ClassVar[str] = "structuur-invoegen"

    def __post_init__(self) -> None:
        _eis(bool(self.eenheden), "er wordt geen hoofdstuk of paragraaf ingevoegd: de nieuwe tekst ontbreekt")
        soorten = {u.soort for u in self.eenheden}
        _eis(len(soorten) == 1 and next(iter(soorten)) in STRUCTUREN,
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
        _eis(self.adres.soort in STRUCTUREN, "alleen een hoofdstuk, titel, afdeling of paragraaf heeft een opschrift")
        _eis(bool(self.titel.strip()), "het nieuwe opschrift ontbreekt")

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
        _eis(self.soort in ("lid", "onderdeel"), f"{self.soort!r} wordt niet in een artikel vernummerd")
        _eis(self.soort != "lid" or self.ouder.soort == "artikel", "leden worden in hun artikel vernummerd")
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
    _eis(bool(paren), "een vernummering noemt geen nummers")
    van = [a for a, _ in paren]
    naar = [b for _, b in paren]
    _eis(all(x.strip() for x in van + naar), "een vernummering met een leeg nummer")
    _eis(len(set(van)) == len(van), "een vernummering noemt een oud nummer twee keer")
    _eis(len(set(naar)) == len(naar), "een vernummering geeft twee eenheden hetzelfde nieuwe nummer")
    _eis(van != naar, "een vernummering die niets verandert")


@dataclass(frozen=True, slots=True)
class AanduidingPlaatsen:
    """6.18.3: Voor de tekst wordt de aanduiding «1.» geplaatst (an artikel gets leden)."""

    adres: Adres
    label: str = "1."
    naam: ClassVar[str] = "aanduiding-plaatsen"

    def __post_init__(self) -> None:
        _eis(self.adres.soort == "artikel", "alleen voor de tekst van een artikel wordt een aanduiding geplaatst")
        _eis(bool(self.label.strip().rstrip(".")), "de aanduiding ontbreekt")

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
        _eis(self.artikel.soort == "artikel", "de aanduiding die vervalt staat voor een lid van een artikel")
        _eis(bool(self.lid.strip()), "het lid waarvoor de aanduiding vervalt is niet genoemd")

    @property
    def doel(self) -> Adres:
        return self.artikel.child("lid", self.lid)


@dataclass(frozen=True, slots=True)
class Intrekken:
    """6.23: De Vuurwapenwet 1919 wordt ingetrokken."""

    regeling: str
    naam: ClassVar[str] = "intrekken"

    def __post_init__(self) -> None:
        _eis(bool(self.regeling.strip()), "de regeling die wordt ingetrokken is niet genoemd")

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
