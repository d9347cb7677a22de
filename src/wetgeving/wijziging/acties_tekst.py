"""Text actions (Aanwijzingen 6.9–6.12, 6.18.2): words replaced, dropped, inserted or added, the own text or a
sentence rewritten, a sentence dropped, the punctuation at the end changed. Part of the typed action
vocabulary of :mod:`wetgeving.wijziging.acties`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Literal

from wetgeving.errors import WetgevingError
from wetgeving.locatie import Adres

LEESTEKENS = (".", ";", ",", ":", "; en", "; of", ", en", ", of")


class ActieFout(WetgevingError):
    """An action cannot be built: its fields contradict each other."""

    hint = "controleer de wijzigingsinstructie (of het XML-element) die deze wijziging beschrijft"


def eis(ok: bool, bericht: str) -> None:
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
        eis(self.zin is None or self.zin != 0, "zinnen tellen vanaf 1 (of -1 voor de laatste zin)")


@dataclass(frozen=True, slots=True)
class Anker:
    """The sibling after or before which new units go."""

    positie: Literal["na", "voor"]
    nr: str

    def __post_init__(self) -> None:
        eis(self.positie in ("na", "voor"), f"onbekende plaats {self.positie!r} (na of voor)")
        eis(bool(self.nr.strip()), "een invoeging na of voor een eenheid noemt het nummer van die eenheid")


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
        eis(bool(self.oud), "een vervanging noemt geen woorden die vervangen worden")
        eis(self.oud != self.nieuw, f"«{self.oud[:40]}» wordt door zichzelf vervangen")

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
        eis(bool(self.oud), "er vervallen geen woorden: de instructie noemt ze niet")

    @property
    def doel(self) -> Adres:
        return self.plaats.adres


@dataclass(frozen=True, slots=True)
class TekstInvoegen:
    """6.11: In X wordt (telkens) na/voor «anker» ingevoegd «nieuw»."""

    plaats: Plaats
    anker: str
    nieuw: str
    positie: Literal["na", "voor"] = "na"
    telkens: bool = False
    naam: ClassVar[str] = "tekst-invoegen"

    def __post_init__(self) -> None:
        eis(bool(self.anker), "een invoeging van woorden noemt niet na of voor welke woorden")
        eis(bool(self.nieuw), "een invoeging van woorden noemt geen nieuwe woorden")
        eis(self.positie in ("na", "voor"), f"onbekende plaats {self.positie!r} (na of voor)")

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
        eis(bool(self.nieuw), "er wordt niets toegevoegd: de instructie noemt geen nieuwe woorden")

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
        eis(bool(self.nieuw), "de nieuwe tekst ontbreekt")

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
        eis(self.zin != 0, "zinnen tellen vanaf 1 (of -1 voor de laatste zin)")

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
        eis(self.oud in LEESTEKENS and self.nieuw in LEESTEKENS,
             f"aan het slot staat een leesteken ({', '.join(LEESTEKENS)}), niet «{self.oud}» of «{self.nieuw}»")
        eis(self.oud != self.nieuw, "het leesteken wordt door zichzelf vervangen")

    @property
    def doel(self) -> Adres:
        return self.adres
