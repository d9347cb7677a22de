"""Model of a tranche (or of the 'other changes' of a date): amended regelingen with their onderdelen."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from wetgeving.locatie import Adres
from wetgeving.wijziging.gen_indeling import NieuweStructuur

AFGELEID = "datum afgeleid, niet uit een officiële bekendmaking"
"""Said with a date the sources do not state (``inwerking-zekerheid``, ``Periode.vanaf_afgeleid``)."""

@dataclass(frozen=True, slots=True)
class TOnderdeel:
    """One change: which units, which theme, from when, how sure we are, and where its text comes from."""

    id: str
    doelen: tuple[Adres, ...]
    thema: str
    inwerking: date
    samenvatting: str
    letter: str = ""
    letter_zekerheid: str = "onbekend"
    inwerking_zekerheid: str = "bekend"
    toeschrijving: str = "bekend"
    echte_bron: str = ""  # source id of the real instruction text
    echte_artikel: str = "I"
    echte_onderdeel: str = ""
    toelichting: str = ""
    structuur: NieuweStructuur | None = None  # the chapter (paragraph) this onderdeel inserts, if any
    titel_zekerheid: str = "bekend"  # of that chapter's heading

    @property
    def naam(self) -> str:
        return self.letter or self.id

    @property
    def inwerking_tekst(self) -> str:
        """The date of entry into force as a user reads it: «2023-01-01 [datum afgeleid, …]» when derived."""
        if self.inwerking_zekerheid == "afgeleid":
            return f"{self.inwerking} [{AFGELEID}]"
        return f"{self.inwerking}" + (" [datum onzeker]" if self.inwerking_zekerheid == "onbekend" else "")

    @property
    def aanduiding(self) -> str:
        """Dutch: 'onderdeel E'; a letter the sources do not give is said to be derived, or, without a letter, the
        onderdeel is named by what it changes ('onderdeel over artikel P 19, letter niet in de bronnen'; helper-136:
        'ons modelonderdeel kw-p19' showed our model's own name)."""
        if self.letter_zekerheid == "onbekend":
            return f"onderdeel over {' en '.join(d.citation() for d in self.doelen)}, letter niet in de bronnen"
        return self.letter_tekst

    @property
    def letter_tekst(self) -> str:
        """:attr:`aanduiding` where the provision it changes is named beside it: 'onderdeel, letter niet in de
        bronnen' without a letter."""
        if self.letter_zekerheid == "bekend":
            return f"onderdeel {self.naam}"
        if self.letter_zekerheid == "afgeleid":
            return f"onderdeel {self.naam}, letter door ons afgeleid"
        return "onderdeel, letter niet in de bronnen"


@dataclass(frozen=True, slots=True)
class Stadium:
    datum: date
    na: str  # regeling spec of the version after this stage


@dataclass(frozen=True, slots=True)
class TWijziging:
    """The changes of one regeling (ARTIKEL I, II …): the version before and after each stage."""

    artikel: str
    regeling: str
    voor: str  # "" when the earlier text is not available
    stadia: tuple[Stadium, ...]
    onderdelen: tuple[TOnderdeel, ...]
    artikel_zekerheid: str = "bekend"  # "afgeleid": the sources do not give the act's artikel number; "onbekend": ours

    @property
    def nummer_noot(self) -> str:
        """What is said of the artikel's number: "" (the sources give it), «nummer afgeleid», or «nummer niet in de
        bronnen» (helper-164: overig-2023 holds changes of other acts, whose artikel «I» is only our grouping)."""
        return {"bekend": "", "afgeleid": "nummer afgeleid"}.get(self.artikel_zekerheid, "nummer niet in de bronnen")

    @property
    def artikel_aanduiding(self) -> str:
        """'artikel I'; a number the sources do not give says so ('artikel V, nummer afgeleid'); one that is only ours
        is not named («artikelnummer niet in de bronnen»)."""
        if self.artikel_zekerheid == "onbekend":
            return "artikelnummer niet in de bronnen"
        return f"artikel {self.artikel}" + (f", {self.nummer_noot}" if self.nummer_noot else "")

    def na(self, when: date) -> str:
        for st in self.stadia:
            if st.datum == when:
                return st.na
        raise KeyError(when)


@dataclass(frozen=True, slots=True)
class Voorziening:
    """A planned provision of a bill whose text is not available."""

    id: str
    thema: str
    regeling: str
    basis: str
    samenvatting: str
    doelen: tuple[Adres, ...] = ()
    toelichting: str = ""
    bevestigd: bool = True  # False: the sources do not show that the bill contains it


@dataclass(frozen=True, slots=True)
class Illustratie:
    """An illustrative draft amending act written by us (never the official text)."""

    regeling: str
    basis: str
    label: str
    tekst: str


def versie_van(spec: str) -> tuple[str, date] | None:
    """A version named «regeling@JJJJ-MM-DD» (a bill's ``niet-in``): (regeling, date), or None when it names none."""
    regeling, _, dag = spec.partition("@")
    try:
        return (regeling, date.fromisoformat(dag)) if regeling else None
    except ValueError:
        return None


def niet_verwerkt(spec: str) -> str:
    """«het is niet verwerkt in de Gemeentewet zoals geldend vanaf 2026-10-01, de nieuwste versie in de bronnen» for a
    bill's ``niet-in`` (checked to be the newest version held: tranches/controle.py); "" when it names none."""
    v = versie_van(spec)
    if v is None:
        return ""
    from wetgeving.bronnen.catalogus import corpus_titels

    titel = corpus_titels().get(v[0], v[0])  # the law's citeertitel, not its short name capitalised
    return f"het is niet verwerkt in de {titel} zoals geldend vanaf {v[1]}, de nieuwste versie in de bronnen"


@dataclass(frozen=True, slots=True)
class Consultatie:
    """An internetconsultatie the sources show (``bron``, reference/internetconsultatie-format.md): what was
    consulted on, in Dutch, open from ``van`` up to and including ``tot``."""

    onderwerp: str
    van: date
    tot: date
    bron: str
    keten_id: str = ""
    url: str = ""
    let_op: str = ""  # what a reaction dated in it must know of the text shown

    def loopt(self, d: date) -> bool:
        return self.van <= d <= self.tot

    @property
    def tekst(self) -> str:
        """«de internetconsultatie over het concept van het wetsvoorstel, van 27 november 2019 tot en met 31 januari
        2020 (Keten-ID 9590)»."""
        return f"de internetconsultatie over {self.kort}"

    @property
    def kort(self) -> str:
        """As a document's «Consultatie:» line says it: «het concept van het wetsvoorstel, van 27 november 2019 tot en
        met 31 januari 2020 (Keten-ID 9590)»."""
        from wetgeving.wijziging.datums import format_date

        keten = f" (Keten-ID {self.keten_id})" if self.keten_id else ""
        return f"{self.onderwerp}, van {format_date(self.van)} tot en met {format_date(self.tot)}{keten}"


@dataclass(frozen=True, slots=True)
class NietGemodelleerd:
    """What the act also amends but the model does not hold, said in Dutch (``tekst``); ``regeling`` is the law
    (as a user names it: 'waterschapswet') when the sources name it."""

    tekst: str
    regeling: str = ""
    citeertitel: str = ""

    def noemt(self, law: str) -> bool:
        return bool(self.regeling) and law.casefold() in (self.regeling.casefold(), self.citeertitel.casefold())


@dataclass(frozen=True)
class Tranche:
    id: str
    nr: str
    soort: str  # "tranche" | "overig"
    status: str  # "in-werking" | "wetsvoorstel"
    titel: str
    samenvatting: str
    wijzigingen: tuple[TWijziging, ...] = ()
    voorzieningen: tuple[Voorziening, ...] = ()
    illustraties: tuple[Illustratie, ...] = ()
    kamerstuk: str = ""
    publicatie: str = ""
    inwerkingtreding_besluit: str = ""
    bronnen: tuple[str, ...] = ()
    bestand: str = ""
    niet_gemodelleerd: tuple[NietGemodelleerd, ...] = ()
    ingediend: date | None = None  # the bill introduced in the Tweede Kamer (where the sources give it)
    ingediend_tekst: str = ""  # how that date is known when it is not the day of submission («stukken gedateerd …»)
    aangenomen: date | None = None  # adopted by the Eerste Kamer
    gepubliceerd: date | None = None  # the act published in the Staatsblad
    consultaties: tuple[Consultatie, ...] = ()  # the internetconsultaties the sources show
    niet_in: str = ""  # a held version that does not contain the bill («gemeentewet@2026-10-01»)

    def onderdelen(self) -> list[tuple[TWijziging, TOnderdeel]]:
        return [(w, o) for w in self.wijzigingen for o in w.onderdelen]

    @property
    def stand(self) -> str:
        """A bill's standing as far as the sources go, dated (helper-82: «wetsvoorstel, geen geldend recht» in the
        present tense, on any day): «wetsvoorstel volgens de bronnen (stukken gedateerd 2026-02-03), geen geldend
        recht; of het sindsdien is aangenomen of in werking getreden, tonen de bronnen niet»."""
        if self.status != "wetsvoorstel":
            return ""
        sinds = f" ({self.ingediend_tekst or f'ingediend op {self.ingediend}'})" if self.ingediend else ""
        zonder = niet_verwerkt(self.niet_in)  # as `obligations` says it (helper-128)
        return (f"wetsvoorstel volgens de bronnen{sinds}, toen geen geldend recht; of het sindsdien is aangenomen of in "
                f"werking getreden, tonen de bronnen niet" + (f"; {zonder}" if zonder else ""))

    def in_werking(self) -> str:
        """An act in force, in Dutch: "sinds 2023-01-01 in werking (Stb. 2022, 444; inwerkingtreding Stb. 2022, 504);
        de onderdelen over geheimhouding sinds 2023-04-01" (the dates and themes of its onderdelen)."""
        per: dict[date, list[str]] = {}
        for _, o in self.onderdelen():
            themas = per.setdefault(o.inwerking, [])
            if o.thema not in themas:
                themas.append(o.thema)
        bron = "; ".join(x for x in (self.publicatie, f"inwerkingtreding {self.inwerkingtreding_besluit}"
                                     if self.inwerkingtreding_besluit else "") if x)
        dates = sorted(per)
        text = (f"sinds {dates[0].isoformat()} " if dates else "") + "in werking" + (f" ({bron})" if bron else "")
        later = [f"de onderdelen over {' en '.join(t.replace('-', ' ') for t in per[d])} sinds {d.isoformat()}"
                 for d in dates[1:]]
        return "; ".join([text, *later])

    def wijziging(self, regeling: str) -> TWijziging | None:
        return next((w for w in self.wijzigingen if w.regeling == regeling), None)


# The programme (themes, action lines) lives in wetgeving.programma.
from wetgeving.programma import Actielijn, Programma, Thema  # noqa: E402,F401

