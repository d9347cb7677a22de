"""The weerbaar-bestuur programme (corpus/programma.xml, schemas/programma.xsd): its themes and its action
lines, modelled line by line from the programme letter of 18 October 2019 (in our own words).

An action line is either an *aanbeveling* (advice to the gemeente or its office-holders, never a legal duty)
or an *actie* (something the Rijk, the VNG or another party undertakes, shown for information). Every line
exists from the programme's date, not before.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from lxml import etree

from wetgeving.bronnen.catalogus import corpus_dir
from wetgeving.bronnen.schemas import validate
from wetgeving.bronnen.secure import expect_root, parse_xml, read_bytes

P = "urn:wetgeving:programma:1"

ACTOR_NAMEN = {"raad": "raad", "college": "college van B&W", "burgemeester": "burgemeester", "wethouder": "wethouder",
               "raadslid": "raadslid", "commissie": "commissie",
               "commissievoorzitter": "voorzitter van een commissie", "griffier": "griffier",
               "gemeentesecretaris": "gemeentesecretaris", "commissaris-van-de-koning": "commissaris van de Koning",
               "gedeputeerde-staten": "gedeputeerde staten", "centraal-stembureau": "centraal stembureau",
               "politieke-partij": "lokale partij of partijafdeling", "onbekend": "onbekend (niet in de bronnen)"}
"""The actors of the programme and the obligations (their ids in the corpus) as a reader names them."""


def actor_id(text: str) -> str:
    """The id of an actor named by its id or as a reader names it («Centraal stembureau» → centraal-stembureau)."""
    text = " ".join(text.split()).casefold()
    return next((a for a, naam in ACTOR_NAMEN.items() if text in (naam.casefold(), a.replace("-", " "))), text)


def actoren(ids: Iterable[str]) -> str:
    """«college van B&W, centraal stembureau»: actors as a reader names them, not by their ids in the corpus."""
    return ", ".join(ACTOR_NAMEN.get(a, a) for a in ids)


def _sleutel(text: str) -> str:
    """«financiele belangen» for «Financiële-belangen»: without accents, case, hyphens or extra spaces."""
    import unicodedata

    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " ".join(plain.replace("-", " ").casefold().split())


def _p(tag: str) -> str:
    return f"{{{P}}}{tag}"


@dataclass(frozen=True, slots=True)
class Thema:
    id: str
    naam: str
    omschrijving: str


@dataclass(frozen=True, slots=True)
class Actielijn:
    """One action line of the programme."""

    id: str
    soort: str  # "aanbeveling" | "actie"
    naam: str
    omschrijving: str
    themas: tuple[str, ...]
    adressaten: tuple[str, ...]
    onderdeel: str  # the programme section it comes from
    toelichting: str = ""

    @property
    def actoren(self) -> tuple[str, ...]:
        return self.adressaten


@dataclass(frozen=True)
class Programma:
    naam: str
    omschrijving: str
    datum: date
    vindplaats: str
    themas: tuple[Thema, ...]
    actielijnen: tuple[Actielijn, ...]

    def thema(self, tid: str) -> Thema | None:
        return next((t for t in self.themas if t.id == tid), None)

    def thema_id(self, text: str) -> str:
        """The id of a theme named by its id or as the tool shows it («Financiële belangen», «financiële-belangen» →
        financiele-belangen; helper-141: the names `tranche show` prints were refused); else ``text`` as given."""
        key = _sleutel(text)
        return next((t.id for t in self.themas if key in (_sleutel(t.id), _sleutel(t.naam))), text)

    def actielijn(self, aid: str) -> Actielijn | None:
        return next((a for a in self.actielijnen if a.id == aid), None)

    @property
    def aanbevelingen(self) -> tuple[Actielijn, ...]:
        """The lines that advise the gemeente or its office-holders."""
        return tuple(a for a in self.actielijnen if a.soort == "aanbeveling")


def _text(el: etree._Element, tag: str) -> str:
    return " ".join((el.findtext(_p(tag)) or "").split())


@cache
def load_programma(path: Path | None = None) -> Programma:
    path = path or corpus_dir() / "programma.xml"
    tree = parse_xml(read_bytes(path), path)
    root = expect_root(tree, (_p("programma"),), path, "wetgeving programma XML")
    validate(tree, "programma.xsd", str(path))
    return Programma(
        naam=_text(root, "naam"), omschrijving=_text(root, "omschrijving"),
        datum=date.fromisoformat(_text(root, "datum")), vindplaats=_text(root, "vindplaats"),
        themas=tuple(Thema(t.get("id", ""), _text(t, "naam"), _text(t, "omschrijving"))
                     for t in root.iterfind(_p("thema"))),
        actielijnen=tuple(
            Actielijn(a.get("id", ""), a.get("soort", ""), _text(a, "naam"), _text(a, "omschrijving"),
                      tuple(x.text or "" for x in a.iterfind(_p("thema"))),
                      tuple(x.text or "" for x in a.iterfind(_p("adressaat"))),
                      a.get("onderdeel", ""), _text(a, "toelichting"))
            for a in root.iterfind(_p("actielijn"))),
    )
