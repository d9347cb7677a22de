"""The obligations (corpus/verplichtingen.xml, schemas/verplichtingen.xsd): each with its periods, each
period with its own wording and grondslag; and the procedure dates of the bills behind them.

A grondslag names an address, never a version: which version is quoted is decided by the peildatum
(:mod:`wetgeving.compliance.grondslagtekst`). The status of an obligation on a date is decided in
:mod:`wetgeving.compliance.tijd`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from pathlib import Path

from lxml import etree

from wetgeving.bronnen.catalogus import corpus_dir, titels_in
from wetgeving.bronnen.schemas import validate
from wetgeving.bronnen.secure import expect_root, line_of, parse_xml, read_bytes
from wetgeving.errors import AddressError, SchemaError
from wetgeving.locatie import Adres
from wetgeving.tranches.model import AFGELEID

NS = "urn:wetgeving:verplichtingen:2"
SOORTEN = ("wettelijk", "wetsvoorstel", "aanbeveling")
ONBEKEND = "vanaf-onbekend"  # the key of a legal duty's period whose start the sources do not show
NIET_GENOEMD = "onbekend"  # the normadressaat of a bill whose text the sources do not hold
# Actors outside the gemeente: a duty or recommendation addressed only to them (the commissaris van de Koning's task
# of Provinciewet 182; the programme's recommendation to political parties) is shown to a gemeente for information,
# never as something it must assess. The centraal stembureau of a raadsverkiezing is the gemeente's own.
BUITEN_GEMEENTE = {"commissaris-van-de-koning": "de commissaris van de Koning", "gedeputeerde-staten": "gedeputeerde staten",
                   "politieke-partij": "lokale partijen en partijafdelingen"}  # → who, as a sentence names them


def _v(tag: str) -> str:
    return f"{{{NS}}}{tag}"


@dataclass(frozen=True, slots=True)
class Grondslag:
    """A provision (regeling + adres), a planned provision of a bill, or a programme action line."""

    regeling: str = ""
    adres: Adres | None = None
    voorziening: str = ""
    aanbeveling: str = ""
    bekend_op: date | None = None  # a held version shows this provision, as its period has it, from this date
    titel: str = ""  # the law's citeertitel, from the catalogue beside the model (corpus/bronnen.toml)

    def label(self) -> str:
        """A short Dutch label for listings: the provision cited with the law's citeertitel («artikel 36a, tweede lid
        (Gemeentewet)»; our short name «gemeentewet» only when the catalogue has no title), the planned provision of a
        bill, or the action line."""
        if self.adres is not None:
            return f"{self.adres.citation()} ({self.titel or self.regeling})"
        if self.voorziening:
            # helper-155: «beoogde voorziening t2-financiele-belangen», our model's id
            return f"beoogde bepaling in de {self.titel or self.regeling} (wetsvoorstel, geen geldend recht)"
        from wetgeving.programma import load_programma  # the action line as the checklist names it (helper-142: the id)

        line = load_programma().actielijn(self.aanbeveling or "")
        return f"actielijn ‘{line.naam}’ van het programma weerbaar bestuur" if line else f"actielijn {self.aanbeveling}"




@dataclass(frozen=True, slots=True)
class Bekendmaking:
    """An act outside the tranches that started a wording, as the BWB data of a held version name it (Kieswet W 1 since
    2023-01-01: Stb. 2022, 292, published 2022-07-13; its entry into force set by a besluit published 2022-09-02)."""

    publicatie: str
    gepubliceerd: date
    inwerking_bepaald: date | None = None

    def bepaald(self, when: date) -> bool:
        """Whether the date of entry into force was set on ``when``."""
        return self.inwerking_bepaald is None or when >= self.inwerking_bepaald


@dataclass(frozen=True, slots=True)
class Periode:
    """One wording of an obligation, valid from ``vanaf`` up to (not including) ``tot``."""

    handeling: str
    moment: str
    grondslagen: tuple[Grondslag, ...]
    vanaf: date | None = None
    tot: date | None = None
    vanaf_onbekend: bool = False
    vanaf_afgeleid: bool = False  # the sources do not state ``vanaf``: our derivation (the toelichting says how)
    tot_afgeleid: bool = False  # ``tot`` is the derived start of the next wording
    bekend_op: date | None = None  # oldest version in the sources that has it (when vanaf is unknown)
    afwezig_op: date | None = None  # a version in the sources that does not have it yet
    termijn: str = ""
    voorwaarde: str = ""
    bewijs: str = ""  # what would show compliance in this wording, where not the obligation's (:meth:`Verplichting.bewijs_in`)
    bron_tranche: str = ""
    bron_onderdeel: str = ""
    bron_deel: str = ""  # the act made only this part of the wording («onderdeel l»); another change the rest
    bron_afgeleid: bool = False  # that the act made it is our inference (the tranche onderdeel's toeschrijving)
    bekendmaking: Bekendmaking | None = None  # an act outside the tranches that started this period
    einde_tranche: str = ""  # the act that ended a last period
    einde_onderdeel: str = ""
    toelichting: str = ""
    normadressaten: tuple[str, ...] = ()  # who bears the duty in this period; () = the obligation's
    soort: str = "wettelijk"  # the kind of its obligation (one of SOORTEN): decides the key of an undated period

    @property
    def vanaf_tekst(self) -> str:
        """The start as a user reads it: "2023-01-01", and when it is our derivation "2023-01-01 [datum afgeleid,
        niet uit een officiële bekendmaking]" — wherever a date is named, not only in the status (Provinciewet 182, tweede
        lid)."""
        if self.vanaf is None:
            return ""
        return f"{self.vanaf.isoformat()} [{AFGELEID}]" if self.vanaf_afgeleid else self.vanaf.isoformat()

    @property
    def tot_tekst(self) -> str:
        """The end as a user reads it, marked as :attr:`vanaf_tekst` when it is derived."""
        if self.tot is None:
            return ""
        return f"{self.tot.isoformat()} [{AFGELEID}]" if self.tot_afgeleid else self.tot.isoformat()

    @property
    def sleutel(self) -> str:
        """A stable key of this wording, stored with an assessment: "vanaf-2023-01-01"; "vanaf-onbekend" for a
        legal duty whose start the sources do not show; "wetsvoorstel" or "aanbeveling" for the one undated
        period of a bill or a recommendation (which has no start in law at all)."""
        if self.vanaf:
            return f"vanaf-{self.vanaf.isoformat()}"
        return self.soort if self.soort in ("wetsvoorstel", "aanbeveling") else ONBEKEND

    def past(self, sleutel: str) -> bool:
        """Whether a stored key names this wording; registers of earlier versions stored "vanaf-onbekend" for
        every undated period, also a bill's or recommendation's (append-only rows: read, never rewritten)."""
        return sleutel == self.sleutel or (self.vanaf is None and sleutel == ONBEKEND)

    def geldt_op(self, when: date) -> bool:
        return (self.vanaf is None or self.vanaf <= when) and (self.tot is None or when < self.tot)


@dataclass(frozen=True, slots=True)
class Verplichting:
    id: str
    titel: str
    thema: str
    soort: str  # one of SOORTEN
    normadressaten: tuple[str, ...]
    uitvoering: tuple[str, ...]
    bewijs: str
    perioden: tuple[Periode, ...]
    aard: str = "plicht"  # "bevoegdheid": the law grants a power; what is assessed is our reading of its bounds
    bevoegd: str = ""  # the holder of that power when it is not the gemeente («commissaris-van-de-koning»; helper-113)

    def periode_op(self, when: date) -> Periode | None:
        return next((p for p in self.perioden if p.geldt_op(when)), None)

    def wie(self, p: Periode) -> tuple[str, ...]:
        """Who bears the duty in period ``p``: the period's own normadressaten, else the obligation's."""
        return p.normadressaten or self.normadressaten

    def bewijs_in(self, p: Periode) -> str:
        """What would show compliance in period ``p``: the period's own, else the obligation's (helper-157: before
        2023 the Kieswet items asked for the «met redenen omkleed besluit» the law asked only from 2023-01-01)."""
        return p.bewijs or self.bewijs

    @property
    def wie_gelezen(self) -> str:
        """How a reader must take the addressees of a bill (helper-107: `obligations` and `graph explain` named
        «wethouder» for the financial interests of Kamerstuk 36 892 as if the bill said so; its text is not in the
        sources): «onze lezing van het wetsvoorstel, …», or "" for a duty whose provision names them, or a bill whose
        addressee is already «onbekend (niet in de bronnen)»."""
        if self.soort != "wetsvoorstel" or NIET_GENOEMD in self.normadressaten:
            return ""
        return "onze lezing van het wetsvoorstel, waarvan de tekst niet in de bronnen staat"

    def betreft(self, actor: str, p: Periode) -> bool:
        """Whether ``actor`` bears or carries out the duty in period ``p``, holds the power, or may: a bill that does not
        say who bears it (:data:`NIET_GENOEMD`) is listed under every actor (helper-170: under none, the risicoanalyse of
        Kamerstuk 36 892 was «geen … met --actor burgemeester»)."""
        wie = self.actoren_in(p)
        return actor in wie or actor == self.bevoegd or (NIET_GENOEMD in wie and self.niet_genoemd_betreft(actor))

    def niet_genoemd_betreft(self, actor: str) -> bool:
        """Whether an addressee the sources do not name (:data:`NIET_GENOEMD`) may be ``actor``: for a bill, anyone; for
        a legal duty whose earlier wording the sources lack, only an actor it names in another period (helper-195: Kieswet
        W 1 before 2023 and X 8 before 2021-07-01 were listed under ``--actor commissaris-van-de-koning``)."""
        return self.soort == "wetsvoorstel" or actor in self.actoren

    def actoren_in(self, p: Periode) -> tuple[str, ...]:
        """Who bears (:meth:`wie`) or carries out the duty in period ``p``."""
        return tuple(dict.fromkeys((*self.wie(p), *self.uitvoering)))

    @property
    def actoren(self) -> tuple[str, ...]:
        """Every actor named in any period (normadressaat or uitvoering), in order, without repeats."""
        return tuple(dict.fromkeys((*self.normadressaten, *(a for p in self.perioden for a in p.normadressaten),
                                    *self.uitvoering)))

    @property
    def voor_gemeente(self) -> bool:
        """Whether an organ or officer of the gemeente bears or carries out this obligation in some period (an
        unknown addressee of a bill counts as one): else it is on a gemeente's checklist for information only."""
        return any(a not in BUITEN_GEMEENTE for a in self.actoren)

    @property
    def buiten_gemeente(self) -> str:
        """Whose task it is when not the gemeente's («de commissaris van de Koning»), as a sentence names them."""
        return " en ".join(BUITEN_GEMEENTE.get(a, a) for a in self.actoren)

    def periode(self, sleutel: str) -> Periode | None:
        return next((p for p in self.perioden if p.past(sleutel)), None)

    @property
    def bron_tranche(self) -> str:
        return next((p.bron_tranche for p in self.perioden if p.bron_tranche), "")

    @property
    def grondslagen(self) -> tuple[Grondslag, ...]:
        """Every grondslag of every period, in order, without repeats."""
        return tuple(dict.fromkeys(g for p in self.perioden for g in p.grondslagen))


@dataclass(frozen=True, slots=True)
class Procedure:
    """The passage of a bill: its obligations are bills from ``ingediend``, enacted from ``gepubliceerd``."""

    tranche: str
    kamerstuk: str
    ingediend: date
    gepubliceerd: date | None = None
    publicatie: str = ""
    toelichting: str = ""
    ingediend_tekst: str = ""  # how the submission date is known, for users
    aangenomen: date | None = None  # adopted by the Eerste Kamer: no longer a bill, not yet published
    inwerking_bepaald: date | None = None  # when the date of entry into force was set (the besluit appeared)
    niet_in: str = ""  # a held version («gemeentewet@2026-10-01») that does not contain the bill (PROVENANCE.md)

    @property
    def niet_in_datum(self) -> date | None:
        """The date of :attr:`niet_in`'s version (None for a malformed one, which the check of the tranche reports;
        helper-128: «gemeentewet@2026-1001» ended in a traceback)."""
        from wetgeving.tranches.model import versie_van

        versie = versie_van(self.niet_in)
        return versie[1] if versie else None


@dataclass(frozen=True)
class Corpus:
    verplichtingen: tuple[Verplichting, ...]
    procedures: dict[str, Procedure]
    ingetrokken: dict[str, str] = field(default_factory=dict)  # id → why it is no obligation any more (Dutch)
    wetten: dict[str, Wet] = field(default_factory=dict)  # regeling → since when it exists


@dataclass(frozen=True, slots=True)
class Wet:
    """Since when a law exists, as the source ``bron`` shows it in the words ``citaat`` (checked by controle.py):
    enacted («vastgesteld», its opschrift «Wet van 14 februari 1992») or in force («in-werking»)."""

    regeling: str
    sinds: date
    soort: str
    bron: str
    citaat: str

    @property
    def tekst(self) -> str:
        """Since when, in the words of what the source shows (Dutch)."""
        if self.soort == "vastgesteld":
            return f"vastgesteld op {self.sinds.isoformat()}, volgens het opschrift «{self.citaat}»"
        if self.soort == "uitgegeven":
            return (f"uitgegeven op {self.sinds.isoformat()}, volgens de datum «{self.citaat}» in het slot van de tekst; "
                    "wanneer zij in werking trad, staat niet in de bronnen")
        return f"in werking sinds {self.sinds.isoformat()}, volgens de BWB-tekst"

    def nog_niet(self, when: date, titel: str, *, nieuw: bool = False) -> str:
        """That the law did not hold yet on ``when``, and what the model leaves out (Dutch; helper-93: an earlier
        gemeentewet did hold, Gemeentewet 290); ``nieuw``: in a comparison from ``when``, where its obligations are
        listed as new."""
        return (f"de {titel} die dit model volgt ({self.tekst}) gold op {when.isoformat()} nog niet: haar verplichtingen "
                + ("staan daarom hieronder als nieuw" if nieuw else "staan hier niet")
                + "; wat eerdere wetgeving toen regelde, valt buiten dit model")


def _text(el: etree._Element, tag: str) -> str:
    return " ".join((el.findtext(_v(tag)) or "").split())


def _date(el: etree._Element, attr: str) -> date | None:
    value = el.get(attr)
    return date.fromisoformat(value) if value else None


def _grondslag(el: etree._Element, path: Path, titels: dict[str, str]) -> Grondslag:
    try:
        adres = Adres.parse(el.get("adres", "")) if el.get("adres") else None
    except AddressError as exc:
        raise SchemaError(f"grondslag adres {el.get('adres')!r}: {exc.message}", file=path,
                          line=line_of(el)) from None
    g = Grondslag(el.get("regeling", ""), adres, el.get("voorziening", ""), el.get("aanbeveling", ""),
                  _date(el, "bekend-op"), titels.get(el.get("regeling", ""), ""))
    kinds = sum(bool(x) for x in (g.adres, g.voorziening, g.aanbeveling))
    if kinds != 1 or (g.aanbeveling and g.regeling) or (not g.aanbeveling and not g.regeling):
        raise SchemaError("een grondslag noemt precies één van: regeling met adres, regeling met voorziening, "
                          "of aanbeveling", file=path, line=line_of(el))
    return g


def _bekendmaking(el: etree._Element | None) -> Bekendmaking | None:
    if el is None:
        return None
    gepubliceerd = _date(el, "gepubliceerd")
    assert gepubliceerd is not None  # required by the schema
    return Bekendmaking(el.get("publicatie", ""), gepubliceerd, _date(el, "inwerkingtreding-bepaald"))


def _periode(el: etree._Element, path: Path, soort: str, titels: dict[str, str]) -> Periode:
    bron = el.find(_v("bron"))
    einde = el.find(_v("einde"))
    return Periode(
        handeling=_text(el, "handeling"), moment=_text(el, "moment"),
        grondslagen=tuple(_grondslag(g, path, titels) for g in el.iterfind(_v("grondslag"))),
        vanaf=_date(el, "vanaf"), tot=_date(el, "tot"), vanaf_onbekend=el.get("vanaf-onbekend") == "true",
        vanaf_afgeleid=el.get("vanaf-zekerheid") == "afgeleid",
        bekend_op=_date(el, "bekend-op"), afwezig_op=_date(el, "afwezig-op"),
        termijn=_text(el, "termijn"), voorwaarde=_text(el, "voorwaarde"), bewijs=_text(el, "bewijs"),
        bron_tranche=bron.get("tranche", "") if bron is not None else "",
        bron_onderdeel=bron.get("onderdeel", "") if bron is not None else "",
        bron_deel=bron.get("deel", "") if bron is not None else "",
        bron_afgeleid=bron is not None and bron.get("toeschrijving") == "afgeleid",
        bekendmaking=_bekendmaking(el.find(_v("bekendmaking"))),
        einde_tranche=einde.get("tranche", "") if einde is not None else "",
        einde_onderdeel=einde.get("onderdeel", "") if einde is not None else "",
        toelichting=_text(el, "toelichting"),
        normadressaten=tuple((x.text or "") for x in el.iterfind(_v("normadressaat"))), soort=soort,
    )


def _ends(perioden: tuple[Periode, ...]) -> tuple[Periode, ...]:
    """A wording that ends where the next begins on a derived date ends on a derived date too."""
    return tuple(replace(p, tot_afgeleid=True) if nxt is not None and p.tot is not None and p.tot == nxt.vanaf
                 and nxt.vanaf_afgeleid else p for p, nxt in zip(perioden, (*perioden[1:], None), strict=True))


def load(path: Path | None = None) -> Corpus:
    path = path or corpus_dir() / "verplichtingen.xml"
    tree = parse_xml(read_bytes(path), path)
    root = expect_root(tree, (_v("verplichtingen"),), path, "wetgeving verplichtingen XML (versie 2)")
    validate(tree, "verplichtingen.xsd", str(path))
    titels = titels_in(path.parent / "bronnen.toml")  # the catalogue beside the model (a copied corpus has its own)
    procs = {}
    for el in root.iterfind(_v("procedure")):
        ingediend = _date(el, "ingediend")
        assert ingediend is not None  # required by the schema
        procs[el.get("tranche", "")] = Procedure(el.get("tranche", ""), el.get("kamerstuk", ""), ingediend,
                                                 _date(el, "gepubliceerd"), el.get("publicatie", ""),
                                                 el.get("toelichting", ""), el.get("ingediend-tekst", ""),
                                                 _date(el, "aangenomen"), _date(el, "inwerkingtreding-bepaald"),
                                                 el.get("niet-in", ""))
    items = tuple(
        Verplichting(
            id=el.get("id", ""), titel=_text(el, "titel"), thema=el.get("thema", ""), soort=el.get("soort", ""),
            normadressaten=tuple((x.text or "") for x in el.iterfind(_v("normadressaat"))),
            uitvoering=tuple((x.text or "") for x in el.iterfind(_v("uitvoering"))),
            bewijs=_text(el, "bewijs"),
            perioden=_ends(tuple(_periode(p, path, el.get("soort", ""), titels) for p in el.iterfind(_v("periode")))),
            aard=el.get("aard", "plicht"), bevoegd=el.get("bevoegd", ""),
        )
        for el in root.iterfind(_v("verplichting")))
    retired = {el.get("id", ""): " ".join((el.text or "").split()) for el in root.iterfind(_v("ingetrokken"))}
    wetten = {el.get("regeling", ""): Wet(el.get("regeling", ""), date.fromisoformat(el.get("sinds", "")),
                                          el.get("soort", ""), el.get("bron", ""), el.get("citaat", ""))
              for el in root.iterfind(_v("wet"))}
    return Corpus(items, procs, retired, wetten)


@cache
def corpus() -> Corpus:
    return load()


def verplichtingen() -> tuple[Verplichting, ...]:
    return corpus().verplichtingen


def procedures() -> dict[str, Procedure]:
    return corpus().procedures


def wetten() -> dict[str, Wet]:
    return corpus().wetten


def by_id(vid: str) -> Verplichting | None:
    return next((v for v in verplichtingen() if v.id == vid), None)


def select(items: Iterable[Verplichting], *, theme: str | None = None, actor: str | None = None,
           soort: str | None = None) -> list[Verplichting]:
    return [v for v in items if (theme is None or v.thema == theme)
            and (actor is None or actor in v.actoren or actor == v.bevoegd  # the holder of another's power (helper-134)
                 or (NIET_GENOEMD in v.actoren and v.soort == "wetsvoorstel"))  # a bill that does not say who (helper-170)
            and (soort is None or v.soort == soort)]
