"""The model of an amending act (wijzigingsregeling).

``Wijzigingsregeling`` → ``WijzigingsArtikel`` (ARTIKEL I, II …, each naming its target regeling) →
``Onderdeel`` (A, B, …; each with its Dutch instruction text, parsed operations, inwerkingtreding and,
for the corpus, theme and sources). Operations are a small vocabulary (:data:`SOORTEN`); what could not
be parsed is kept as :class:`Onleesbaar` with its position, never guessed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Union

from wetgeving.locatie import Adres
from wetgeving.model import Artikel, Lid, Onderdeel, Structuur

Nieuw = Union[Structuur, Artikel, Lid, Onderdeel]

SOORTEN = (
    "vervangen",       # In X wordt «a» vervangen door «b» (telkens; zin)
    "schrappen",       # In X vervalt «a»
    "toevoegen_tekst", # Aan X wordt toegevoegd «t» (at the end, before the closing punctuation)
    "invoegen_tekst",  # In X wordt na/voor «a» ingevoegd «t»
    "komt_te_luiden",  # X komt te luiden: <unit>
    "vervalt",         # X vervalt
    "invoegen",        # (Na Y|Aan X|Er) wordt een lid/onderdeel/artikel ingevoegd/toegevoegd, luidende: <units>
    "vernummeren",     # (onder) vernummering/verlettering van R tot R
    "aanduiding_plaatsen",   # Voor de tekst wordt de aanduiding ‘1.’ geplaatst (6.18.3)
    "aanduiding_vervalt",    # … de aanduiding ‘1.’ voor het eerste lid vervalt (6.18.4)
    "intrekken",       # De X wordt ingetrokken (6.23)
)


@dataclass(frozen=True, slots=True)
class Operatie:
    """One elementary change. ``doel`` is the unit acted on (for ``invoegen`` and ``vernummeren``: the
    parent whose children change; None = the regeling's top level)."""

    soort: str
    doel: Adres | None
    oud: str = ""
    nieuw: str = ""
    telkens: bool = False
    zin: int | None = None  # only in this sentence of the unit's own text (-1: the last sentence)
    aanhef: bool = False  # only in the unit's own text (its lead-in), not in its onderdelen
    positie: str = ""  # invoegen_tekst: "na"|"voor"; invoegen: "na"|"voor"|"" (natural order)
    anker: str = ""  # invoegen: the sibling number after/before which to insert
    eenheden: tuple[Nieuw, ...] = ()
    eenheid: str = ""  # vernummeren / invoegen: "lid", "onderdeel", "artikel"
    van: tuple[str, ...] = ()
    naar: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Onleesbaar:
    """Instruction prose that could not be parsed: where it is and why."""

    tekst: str
    regel: int
    reden: str


@dataclass(frozen=True, slots=True)
class Wijzigingsonderdeel:
    """An onderdeel (A, B …) of an amending artikel."""

    nr: str
    tekst: str
    operaties: tuple[Operatie, ...]
    inwerking: date | None = None
    onleesbaar: tuple[Onleesbaar, ...] = ()
    thema: str = ""
    gereconstrueerd: bool = False
    toelichting: str = ""
    bronnen: tuple[str, ...] = ()
    regel: int = field(default=0, compare=False)  # line of the onderdeel in its source text


@dataclass(frozen=True, slots=True)
class WijzigingsArtikel:
    """ARTIKEL I, II …: the changes to one regeling."""

    nr: str
    regeling: str  # short name or BWB id, as in the catalogue ("gemeentewet")
    citeertitel: str
    onderdelen: tuple[Wijzigingsonderdeel, ...]
    aanhef: str = ""
    bwb_id: str = ""


@dataclass(frozen=True)
class Wijzigingsregeling:
    """An amending act."""

    titel: str
    artikelen: tuple[WijzigingsArtikel, ...]
    inwerking: date | None = None
    kamerstuk: str = ""
    bron: str = ""
    onleesbaar: tuple[Onleesbaar, ...] = field(default=())

    def onderdelen(self) -> list[tuple[WijzigingsArtikel, Wijzigingsonderdeel]]:
        return [(a, o) for a in self.artikelen for o in a.onderdelen]

    def problems(self) -> list[Onleesbaar]:
        return list(self.onleesbaar) + [p for _, o in self.onderdelen() for p in o.onleesbaar]
