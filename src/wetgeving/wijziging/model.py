"""The model of an amending act (wijzigingsregeling).

``Wijzigingsregeling`` → ``WijzigingsArtikel`` (ARTIKEL I, II …, each naming its target regeling) →
``Wijzigingsonderdeel`` (A, B, …; each with its Dutch instruction text, its typed actions
(:mod:`wetgeving.wijziging.acties`), inwerkingtreding and, for the corpus, theme and sources). What could
not be read is kept as :class:`Onleesbaar` with its line and position, never guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from wetgeving.locatie import Adres
from wetgeving.wijziging.acties import Actie


@dataclass(frozen=True, slots=True)
class Onleesbaar:
    """Instruction prose that could not be read: where it is (line, and character in that sentence) and why."""

    tekst: str
    regel: int
    reden: str
    positie: int = 0

    def waar(self) -> str:
        return f"regel {self.regel}" + (f", positie {self.positie}" if self.positie else "")


@dataclass(frozen=True, slots=True)
class Wijzigingsonderdeel:
    """An onderdeel (A, B …) of an amending artikel."""

    nr: str
    tekst: str
    acties: tuple[Actie, ...]
    inwerking: date | None = None
    onleesbaar: tuple[Onleesbaar, ...] = ()
    thema: str = ""
    gereconstrueerd: bool = False
    toelichting: str = ""
    bronnen: tuple[str, ...] = ()
    regel: int = field(default=0, compare=False)  # line of the onderdeel in its source text
    # the units its instructions name with «(nieuw)» (Aanwijzing 6.19), for the check of :mod:`.nieuw`; read from the
    # text, not kept in our XML (the actions there carry the numbers after renumbering)
    nieuw_genoemd: tuple[Adres, ...] = field(default=(), compare=False)
    # the same per action (``acties[i]`` was read from a sentence naming these): «In het vierde lid wordt …» beside «In
    # het vierde lid (nieuw) wordt …» in one onderdeel is checked sentence by sentence (helper-153); empty: not known
    nieuw_per_actie: tuple[tuple[Adres, ...], ...] = field(default=(), compare=False)
    # what a check of the text found (Aanwijzing 6.19, :mod:`.nieuw`): notes, the instructions still name one unit
    meldingen: tuple[str, ...] = field(default=(), compare=False)
    # where ``inwerking`` comes from when the act itself does not say it (a bill's text, dated from our model of the
    # tranche it became): said with the onderdeel in the report of `apply`
    inwerking_bron: str = field(default="", compare=False)


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
    inwerking_wijze: str = ""  # no date in the act: «op een bij koninklijk besluit te bepalen tijdstip»
    citeertitel: str = ""  # «Deze wet wordt aangehaald als: …»
    # what a reader of a generated act must be told beside it («let op»: an arrangement the sources cannot show, a
    # heading not in the sources); every output format carries it, not only stderr (helper-60)
    meldingen: tuple[str, ...] = field(default=(), compare=False)

    def onderdelen(self) -> list[tuple[WijzigingsArtikel, Wijzigingsonderdeel]]:
        return [(a, o) for a in self.artikelen for o in a.onderdelen]

    @property
    def kamerstuk_nr(self) -> str:
        """«35 546»: the Kamerstuk a bill's text (Kamerstuk 35 546, nr. 2) names at the start of its title; empty for
        an act (whose ``kamerstuk``, of our XML, is where it came from, not what it is)."""
        found = re.match(r"(\d{2} \d{3})\b", self.titel)
        return found[1] if found else ""

    def problems(self) -> list[Onleesbaar]:
        return list(self.onleesbaar) + [p for _, o in self.onderdelen() for p in o.onleesbaar]
