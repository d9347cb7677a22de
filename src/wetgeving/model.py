"""The immutable model of one version of a regeling.

``Regeling`` → ``Structuur`` (boek, titel, hoofdstuk, afdeling, paragraaf …) → ``Artikel`` → ``Lid`` →
``Onderdeel`` (nested) → ``Alinea`` (text with its ``Verwijzing`` spans). Importers build it, every
capability reads it, amendments return a new one. All classes are frozen; children live in tuples.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Union

from wetgeving.locatie import Adres
from wetgeving.nummers import artikelen_tekst


@dataclass(frozen=True, slots=True)
class Verwijzing:
    """A reference inside an alinea: characters ``start:einde`` of its text point at ``doel`` (a JCI)."""

    start: int
    einde: int
    doel: str


@dataclass(frozen=True, slots=True)
class Alinea:
    """A block of text; whitespace is normalised to single spaces."""

    tekst: str
    verwijzingen: tuple[Verwijzing, ...] = ()


@dataclass(frozen=True, slots=True)
class Onderdeel:
    """An item of an enumeration; ``nr`` identifies it (``a``, ``1``), ``label`` is as printed (``1°.``)."""

    nr: str
    label: str
    inhoud: tuple[Union[Alinea, Onderdeel], ...]

    soort = "onderdeel"


@dataclass(frozen=True, slots=True)
class Lid:
    """A numbered paragraph of an artikel."""

    nr: str
    inhoud: tuple[Union[Alinea, Onderdeel], ...]

    soort = "lid"


@dataclass(frozen=True, slots=True)
class Artikel:
    """An artikel with its metadata: when it (last) entered into force and by which publication."""

    nr: str
    inhoud: tuple[Union[Alinea, Lid, Onderdeel], ...]
    titel: str = ""
    vervallen: bool = False
    inwerking: date | None = None
    bron: str = ""
    # the source says it «treedt in werking op een nader te bepalen tijdstip» (the Markdown mirror: Gemeentewet 174b on
    # 2014-06-05, 81bis on 2015-11-24): in the text, not yet in force (helper-84)
    onbepaald: bool = False
    # the day ``bron`` was published and the day the regeling of its entry into force was (BWB publicatie_bron and
    # publicatie_iwt): metadata, not text, so no part of an artikel's equality
    bron_gepubliceerd: date | None = field(default=None, compare=False)
    iwt_gepubliceerd: date | None = field(default=None, compare=False)

    soort = "artikel"

    def niet_in_werking(self, op: date) -> str:
        """Dutch, when the source says this artikel is not in force on ``op`` though it stands in the text: «treedt
        volgens de bron in werking op een nader te bepalen tijdstip» or «… op 2014-07-01»; else ""."""
        if self.onbepaald:
            return f"treedt volgens de bron in werking op een nader te bepalen tijdstip: op {op} nog niet in werking"
        if self.inwerking is not None and self.inwerking > op:
            return f"treedt volgens de bron in werking op {self.inwerking}: op {op} nog niet in werking"
        return ""

    @property
    def luidt_sinds(self) -> str:
        """Dutch: «artikel P 19 zo sinds 2023-01-01 (Stb. 2022, 444)», as an official toestand records it."""
        return f"artikel {self.nr} zo sinds {self.inwerking}" + (f" ({self.bron})" if self.bron else "")


@dataclass(frozen=True, slots=True)
class Structuur:
    """A structural container (hoofdstuk, titel, paragraaf …) holding artikelen and other containers."""

    soort: str
    nr: str
    inhoud: tuple[Union[Structuur, Artikel, Alinea], ...]
    titel: str = ""

    @property
    def kop(self) -> str:
        """The heading: 'Hoofdstuk Va. Geheimhouding'; a title that goes on from the label (it begins in lower case, as
        a bijlage's «bedoeld in artikel 124b, eerste lid, van de Gemeentewet») after a comma, as the source has it
        (helper-207: «Bijlage I. bedoeld in …»)."""
        if not self.titel:
            return f"{self.soort.capitalize()} {self.nr}"
        return f"{self.soort.capitalize()} {self.nr}" + (", " if self.titel[:1].islower() else ". ") + self.titel


Eenheid = Union[Structuur, Artikel, Lid, Onderdeel]
Kind = Union[Structuur, Artikel, Lid, Onderdeel, Alinea]


@dataclass(frozen=True)
class Regeling:
    """One version of a regeling, valid from ``geldig_vanaf``."""

    bwb_id: str
    citeertitel: str
    geldig_vanaf: date
    inhoud: tuple[Union[Structuur, Artikel], ...]
    bron: str = ""
    # the source holds only some artikelen (catalogue: partial = true); about the source, not the law: not compared
    gedeeltelijk: bool = field(default=False, compare=False)
    # a text composed by applying an act to a version («samengestelde tekst: …», Dutch): no official version, so no
    # JCI of its own; about the text's standing, not its content: not compared
    samengesteld: str = field(default="", compare=False)
    # the version is dated by when its text was current, not by an official date of entry into force (the laws-markdown
    # mirror, sources/PROVENANCE.md); set by its importer
    tekstdatum: bool = field(default=False, compare=False)
    # the source has one text per lid and onderdeel (regelrecht schema v0.3.x) and cannot hold words after a unit's
    # onderdelen (Gemeentewet 154b, eerste lid, «De voordracht …»): about the source, not the law; set by its importer
    zonder_slotzinnen: bool = field(default=False, compare=False)

    @cached_property
    def index(self) -> dict[Adres, Eenheid]:
        """Every addressable unit by its address, in document order."""
        return {adres: unit for adres, unit in walk(self)}

    @cached_property
    def containers(self) -> dict[str, Adres]:
        """Artikel nr → the address of the structural container that holds it (absent: top level)."""
        return {k.nr: adres for adres, unit in self.index.items() if isinstance(unit, Structuur)
                for k in unit.inhoud if isinstance(k, Artikel)}

    def artikelen(self) -> list[Artikel]:
        """All artikelen in document order (as in :attr:`index`: a number that occurs twice keeps its first
        place and its last artikel)."""
        return list(self._per_nr.values())

    @cached_property
    def containers_bij_nummer(self) -> dict[tuple[str, str], list[Adres]]:
        """(soort, nr) → the containers of that number, in document order: a container cited by its own number
        («paragraaf 3») is one of them (six hoofdstukken of the Kieswet have a paragraaf 3)."""
        out: dict[tuple[str, str], list[Adres]] = {}
        for adres, unit in self.index.items():
            if isinstance(unit, Structuur):
                out.setdefault(adres.segmenten[-1], []).append(adres)
        return out

    @property
    def heeft_indeling(self) -> bool:
        """Whether the source records hoofdstukken, titels, afdelingen or paragrafen (the regelrecht YAML lists
        artikelen only: there a container can be neither found nor called missing)."""
        return bool(self.containers_bij_nummer)

    @cached_property
    def _per_nr(self) -> dict[str, Artikel]:
        """Artikel nr → the artikel, in document order, as :attr:`index` has them (the last of a number that
        occurs twice, in the place of the first), found without the index: only containers hold artikelen."""
        found: dict[str, Artikel] = {}
        stack: list[Union[Structuur, Artikel]] = list(reversed(self.inhoud))
        while stack:
            unit = stack.pop()
            if isinstance(unit, Artikel):
                found[unit.nr] = unit
            else:
                stack.extend(k for k in reversed(unit.inhoud) if not isinstance(k, Alinea))
        return found

    def get(self, adres: Adres) -> Eenheid | None:
        """The unit at ``adres``, or None. An artikel is found without building the index of every unit."""
        segs = adres.segmenten
        if len(segs) == 1 and segs[0][0] == "artikel" and "index" not in self.__dict__:
            return self._per_nr.get(segs[0][1])
        return self.index.get(adres)


    def heeft(self, adres: Adres) -> bool:
        """Does the law of this version have the unit at ``adres``: it is in the text, and not in an artikel the
        source keeps only as «Vervallen» (the BWB XML keeps a repealed artikel so: Participatiewet 30)."""
        if self.get(adres) is None:
            return False
        art = self._per_nr.get(adres.artikel) if adres.artikel is not None else None
        return art is None or not art.vervallen


def children(unit: Eenheid) -> Iterator[Eenheid]:
    """The addressable children of a unit (not its alinea's)."""
    for kind in unit.inhoud:
        if not isinstance(kind, Alinea):
            yield kind


def artikelen_in(unit: Eenheid) -> list[str]:
    """The numbers of the artikelen inside ``unit`` (a hoofdstuk, afdeling, …; an artikel: itself), in order."""
    if isinstance(unit, Artikel):
        return [unit.nr]
    return [nr for k in children(unit) for nr in artikelen_in(k) if isinstance(k, Artikel | Structuur)]


def segment(unit: Eenheid) -> tuple[str, str]:
    """The address segment of a unit: (soort, nr)."""
    return (unit.soort, unit.nr)


def walk(regeling: Regeling) -> Iterator[tuple[Adres, Eenheid]]:
    """Yield (address, unit) for every unit; artikelen are addressed from the root (``artikel:36a``)."""
    stack: list[tuple[tuple[tuple[str, str], ...], Eenheid]] = [
        ((), u) for u in reversed(regeling.inhoud)
    ]
    while stack:
        prefix, unit = stack.pop()
        seg = (unit.soort, unit.nr)
        segs = (seg,) if isinstance(unit, Artikel) else (*prefix, seg)
        yield Adres.verlengd(segs), unit
        stack.extend((segs, c) for c in reversed(unit.inhoud) if not isinstance(c, Alinea))


def tekst(unit: Kind, sep: str = "\n") -> str:
    """All text of a unit, alinea's joined by ``sep``."""
    if isinstance(unit, Alinea):
        return unit.tekst
    return sep.join(tekst(k, sep) for k in unit.inhoud)


def gedateerd(reg: Regeling, adres: Adres) -> Artikel | None:
    """The artikel that holds ``adres`` in ``reg`` when it records since when its present text is in force (an
    official BWB toestand gives each artikel that date, ``Artikel.inwerking``) and has not lapsed; else None. Its text
    then read the same from that date until ``reg``'s own."""
    if adres.artikel is None:
        return None
    art = reg.get(Adres.of(("artikel", adres.artikel)))
    return art if isinstance(art, Artikel) and not art.vervallen and art.inwerking is not None else None


def voorgelezen(unit: Kind, sep: str = " ") -> str:
    """The text of a unit as it reads, each onderdeel with its label ("a.", "1°.") and, in an artikel of several
    leden, each lid with its number ("1."): a quote without them loses the «onder l» another lid cites.
    (:func:`tekst` gives the words alone; compare and hash those.)"""
    if isinstance(unit, Alinea):
        return unit.tekst
    leden = isinstance(unit, Artikel) and sum(isinstance(k, Lid) for k in unit.inhoud) > 1
    parts = []
    for k in unit.inhoud:
        inner = voorgelezen(k, sep)
        if isinstance(k, Onderdeel) and k.label:
            inner = f"{k.label} {inner}"
        elif leden and isinstance(k, Lid):
            inner = f"{k.nr}. {inner}"
        parts.append(inner)
    return sep.join(parts)


def alineas(unit: Kind) -> Iterator[Alinea]:
    """All alinea's of a unit, depth first."""
    if isinstance(unit, Alinea):
        yield unit
        return
    for k in unit.inhoud:
        yield from alineas(k)


def datum_tekst(r: Regeling) -> str:
    """«geldig vanaf 2023-04-01»; for a text dated by when it was current (the Markdown mirror) «tekst zoals geldend op
    2015-11-24», never «geldig vanaf» (sources/PROVENANCE.md); for a composed text «gedateerd 2023-04-01»."""
    if r.samengesteld:  # helper-133: a text composed from a bill (or any act applied by us) is valid from no date
        return f"gedateerd {r.geldig_vanaf}"
    return f"tekst zoals geldend op {r.geldig_vanaf}" if r.tekstdatum else f"geldig vanaf {r.geldig_vanaf}"


UIT_WETSVOORSTEL = "het wetsvoorstel (Kamerstuk"
"""How ``samengesteld`` names a bill it applied (:func:`wetgeving.wijziging.toepassen._samengesteld` writes it)."""


def uit_wetsvoorstel(r: Regeling) -> bool:
    """Whether ``r`` was composed by applying a bill's text: no law, not even when the bill later became one."""
    return UIT_WETSVOORSTEL in r.samengesteld


def buiten_deel(regeling: Regeling, adres: Adres) -> str | None:
    """Why ``adres`` cannot be found in ``regeling`` when it is a partial source that does not hold its artikel
    (helper-88: `apply` and `consult` said «bestaat niet» of Provinciewet 175, which the law has); else None."""
    if not regeling.gedeeltelijk or adres.artikel is None or regeling.get(Adres.of(("artikel", adres.artikel))):
        return None
    held = [a.nr for a in regeling.artikelen()]
    return (f"de bron bevat van de {regeling.citeertitel} geldig vanaf {regeling.geldig_vanaf} alleen "
            f"{artikelen_tekst(held)}; {adres.citation()}"
            f"{',' if ',' in adres.citation() else ''} staat er niet in, en of het in die versie bestond, is daaruit niet "
            "te zien")
