"""Apply an amending act to a regeling: ``apply(base, act, when=…) → Toepassing`` (a new regeling and a report
per onderdeel). The base is never changed. An onderdeel applies whole or not at all; one that fails is
reported with its reason (target not found, text not found or found twice, conflict with an earlier
onderdeel, an instruction that could not be read). With a date, only onderdelen in force on that date are
applied.

The result's date: the latest inwerkingtreding of an applied onderdeel (the text is valid from then), else
the date given; when neither is known the result has no known date and says so (``datum_bekend`` is
False) rather than carry the date of the version it started from.
"""

from __future__ import annotations

import dataclasses
import re
import warnings
from dataclasses import dataclass
from datetime import date

from wetgeving.errors import Melding
from wetgeving.locatie import Adres
from wetgeving.model import UIT_WETSVOORSTEL, Regeling, buiten_deel
from wetgeving.wijziging.acties import Actie, ArtikelenInvoegen, KomtTeLuiden, Vervalt
from wetgeving.wijziging.bewerken import EditError
from wetgeving.wijziging.model import WijzigingsArtikel, Wijzigingsonderdeel, Wijzigingsregeling
from wetgeving.wijziging.uitvoeren import voer_uit

TOEGEPAST, MISLUKT, NIET_IN_WERKING, ANDERE_REGELING = "toegepast", "mislukt", "niet in werking", "andere regeling"
GEDEELTELIJK = "gedeeltelijk toegepast"


@dataclass(frozen=True, slots=True)
class Verslag:
    """What happened to one onderdeel."""

    artikel: str
    onderdeel: str
    status: str
    reden: str = ""
    inwerking: date | None = None
    regel: int = 0  # the line of the onderdeel in a text act (0: not from a text, or unknown)

    def __str__(self) -> str:
        where = (f"ARTIKEL {self.artikel}, onderdeel {self.onderdeel}" if self.onderdeel
                 else f"ARTIKEL {self.artikel}" if self.artikel else "de wijzigingsregeling")
        if self.regel and self.status == MISLUKT:  # helper-109: which of two onderdelen B, and where in the file
            where += f" (regel {self.regel})"
        return f"{where}: {self.status}" + (f" — {self.reden}" if self.reden else "")


@dataclass(frozen=True)
class Toepassing:
    """The result of applying an act."""

    regeling: Regeling
    verslag: tuple[Verslag, ...]
    datum_bekend: bool = True

    @property
    def ok(self) -> bool:
        return all(v.status not in (MISLUKT, GEDEELTELIJK) for v in self.verslag)

    def count(self, status: str) -> int:
        return sum(v.status == status for v in self.verslag)


def targets_base(art: WijzigingsArtikel, base: Regeling) -> bool:
    names = {art.regeling.casefold(), art.citeertitel.casefold(), art.bwb_id.casefold()} - {""}
    return bool(names & {base.bwb_id.casefold(), base.citeertitel.casefold()}) or art.regeling == base.bron


def voer_alle_uit(reg: Regeling, acties: tuple[Actie, ...] | list[Actie], notities: list[str] | None = None) -> Regeling:
    """Apply actions in order (raises :class:`EditError` at the first that cannot be done)."""
    for a in acties:
        reg = voer_uit(reg, a, notities)
    return reg


def apply(base: Regeling, act: Wijzigingsregeling, *, when: date | None = None, partial: bool = False) -> Toepassing:
    """Apply every onderdeel of ``act`` that amends ``base`` (and is in force on ``when``, if given).

    An onderdeel with unreadable instructions fails whole; with ``partial`` its readable actions are
    applied and it is reported as partly applied (for excerpts cut off mid-way)."""
    reg = base
    verslag: list[Verslag] = []
    touched: dict[Adres, tuple[str, str]] = {}
    gedateerd = bool(act.inwerking_wijze) or any(o.inwerking for _, o in act.onderdelen())  # the act says when
    for art, ond in act.onderdelen():
        if not targets_base(art, base):
            verslag.append(Verslag(art.nr, ond.nr, ANDERE_REGELING, f"wijzigt de {art.citeertitel}", ond.inwerking))
            continue
        if when is not None and ond.inwerking is not None and ond.inwerking > when:
            # an unreadable instruction is said here too: without --date the onderdeel «mislukt» (helper-183: Kamerstuk
            # 35 546, nr. 2, onderdeel C, cut off in line 41, was only «niet in werking» with --date 2023-01-01)
            onleesbaar = (f"; bevat ook een onleesbare instructie ({ond.onleesbaar[0].waar()}): {ond.onleesbaar[0].reden}"
                          if ond.onleesbaar else "")
            verslag.append(Verslag(art.nr, ond.nr, NIET_IN_WERKING, f"vanaf {ond.inwerking}" + (
                f": {ond.inwerking_bron}" if ond.inwerking_bron else "") + onleesbaar, ond.inwerking))
            continue
        status, reden = TOEGEPAST, ""
        if ond.onleesbaar:
            p = ond.onleesbaar[0]
            reden = f"onleesbare instructie ({p.waar()}): {p.reden}"
            if not partial or not ond.acties:
                verslag.append(Verslag(art.nr, ond.nr, MISLUKT, reden, ond.inwerking, ond.regel))
                continue
            status = GEDEELTELIJK
        notities: list[str] = list(ond.meldingen)  # e.g. Aanwijzing 6.19 on «(nieuw)», said with the onderdeel
        if ond.inwerking_bron:  # a bill's onderdeel dated from our model of the act it became
            notities.append(f"gedateerd {ond.inwerking}: {ond.inwerking_bron}")
        try:
            _check_overlap(ond, touched)
            new = voer_alle_uit(reg, ond.acties, notities)
        except EditError as exc:
            eerder = _eerder(ond, touched)  # context, not the cause: the failure says what went wrong
            # «ter informatie»: helper-75 read «(onderdeel A wijzigde artikel 36a al eerder)» as the cause
            reden = (exc.message if exc.message.startswith("botst") or not eerder else
                     f"{exc.message} (ter informatie: {eerder}; of dat de oorzaak is, is niet nagegaan)")
            reden = _buiten_bron(reg, ond) or reden
            verslag.append(Verslag(art.nr, ond.nr, MISLUKT, reden, ond.inwerking, ond.regel))
            continue
        reg = new
        for a in ond.acties:
            if a.doel is not None:
                touched.setdefault(a.doel, (ond.nr, a.naam))
        if when is not None and ond.inwerking is None and act.inwerking_wijze:
            notities.append(f"de wet noemt voor dit onderdeel geen datum van inwerkingtreding (zij treedt in werking "
                            f"«{act.inwerking_wijze}»): toegepast op de gevraagde datum ({when}), maar of het toen gold, "
                            "staat niet in de wet")
        elif when is not None and ond.inwerking is None:
            notities.append(f"van dit onderdeel is geen datum van inwerkingtreding gelezen: toegepast op de gevraagde "
                            f"datum ({when}), maar of het toen gold, is niet nagegaan")
        elif ond.inwerking is None and gedateerd:
            # without --date, beside dated onderdelen: the text this one makes has no date (helper-53)
            notities.append("van dit onderdeel is geen datum van inwerkingtreding gelezen" + (
                f" (de wet treedt in werking «{act.inwerking_wijze}»)" if act.inwerking_wijze else "")
                + ": de gewijzigde tekst heeft dus geen datum; geef --date")
        reden = "; ".join(x for x in (reden, *notities) if x)
        verslag.append(Verslag(art.nr, ond.nr, status, reden, ond.inwerking))
    for p in act.onleesbaar:  # outside any onderdeel (headings, inwerkingtreding): the act as a whole is doubtful
        verslag.append(Verslag("", "", MISLUKT, f"onleesbare {p.waar()}: {p.reden} («{p.tekst}»)"))
    applied = [v.inwerking for v in verslag if v.status in (TOEGEPAST, GEDEELTELIJK) and v.inwerking]
    geldig = max(applied) if applied else when if reg is not base else base.geldig_vanaf  # nothing applied: the base
    if when is None and any(v.status in (TOEGEPAST, GEDEELTELIJK) and v.inwerking is None for v in verslag):
        geldig = None  # an onderdeel without a date: the latest date of the others is not the text's (helper-53)
    if geldig is not None and reg is not base and geldig < base.geldig_vanaf:  # helper-66: a 2023 text dated 2020
        warnings.warn(Melding(f"de toegepaste onderdelen treden in werking op {geldig}, vóór de tekst waarop zij zijn "
                              f"toegepast ({base.geldig_vanaf}); de samengestelde tekst krijgt de datum van die tekst, en "
                              "of de wijzigingen er al in stonden, is niet nagegaan"), stacklevel=2)
        geldig = base.geldig_vanaf
    result = dataclasses.replace(reg, geldig_vanaf=geldig or base.geldig_vanaf)
    if reg is not base:  # a text no official version has: said in it, wherever it goes (show, diff, a file)
        result = dataclasses.replace(result, samengesteld=_samengesteld(base, act, verslag), tekstdatum=False)
    return Toepassing(result, tuple(verslag), datum_bekend=geldig is not None or not any(
        v.status in (TOEGEPAST, GEDEELTELIJK) for v in verslag))


def _samengesteld(base: Regeling, act: Wijzigingsregeling, verslag: list[Verslag]) -> str:
    """«samengestelde tekst: de Gemeentewet geldig vanaf 2022-11-05, met toegepast uit de Wet bevorderen …: ARTIKEL I,
    onderdelen A en B; ARTIKEL I, onderdeel C (gedeeltelijk); geen officiële versie»."""
    from wetgeving.nummers import opsomming

    per: dict[tuple[str, str], list[str]] = {}
    for v in verslag:
        if v.status in (TOEGEPAST, GEDEELTELIJK):
            per.setdefault((v.artikel, " (gedeeltelijk)" if v.status == GEDEELTELIJK else ""), []).append(v.onderdeel)
    wat = "; ".join(f"ARTIKEL {a}, {'onderdeel' if len(o) == 1 else 'onderdelen'} {opsomming(o)}{hoe}"
                    for (a, hoe), o in per.items())
    kort = re.search(r"\(([^()]+)\)\s*$", act.titel)  # «… (Wet bevorderen integriteit en functioneren …)»
    naam = kort[1] if kort and kort[1][:1].isupper() else act.titel
    kamerstuk = act.kamerstuk_nr  # a bill's text (Kamerstuk 35 546, nr. 2) is no law
    titel = (f"{UIT_WETSVOORSTEL} {kamerstuk}{'; ' + naam if kort else ''})" if kamerstuk
             else f"«{naam}»" if naam else "de wijzigingsregeling")
    basis = (f"de tekst van de {base.citeertitel} zoals geldend op {base.geldig_vanaf}" if base.tekstdatum
             else f"de {base.citeertitel} geldig vanaf {base.geldig_vanaf}")
    eerder = f"{base.samengesteld}; daarop" if base.samengesteld else f"samengestelde tekst: {basis},"
    return f"{eerder} met toegepast uit {titel}: {wat}; geen officiële versie"


_HEEL = (KomtTeLuiden.naam, Vervalt.naam)


def _check_overlap(ond: Wijzigingsonderdeel, touched: dict[Adres, tuple[str, str]]) -> None:
    for a in ond.acties:
        if isinstance(a, (KomtTeLuiden, Vervalt)):
            for adres, (other, how) in touched.items():
                if how in _HEEL and (adres == a.doel or a.doel.is_within(adres)):
                    raise EditError(f"botst met onderdeel {other}, dat {adres.citation()} al "
                                    f"{'een nieuwe tekst gaf' if how == KomtTeLuiden.naam else 'liet vervallen'}")


def _eerder(ond: Wijzigingsonderdeel, touched: dict[Adres, tuple[str, str]]) -> str:
    """An earlier onderdeel that touched the unit a failed one aims at («onderdeel A wijzigde artikel 12, tweede lid, al
    eerder»): said beside the failure, never instead of it (it need not be the cause)."""
    for a in ond.acties:
        doel = a.doel
        if doel is None:
            continue
        for adres, (other, _) in touched.items():
            if adres == doel or doel.is_within(adres) or adres.is_within(doel):
                return f"onderdeel {other} wijzigde {adres.citation()} al eerder"
    return ""


def _buiten_bron(reg: Regeling, ond: Wijzigingsonderdeel) -> str:
    """helper-91: on a source that holds only some artikelen (the Provinciewet), a failure of an onderdeel on an
    artikel the source does not hold is said so (:func:`wetgeving.model.buiten_deel`), never «bestaat niet»: whether
    the law has it, the source cannot show. "" otherwise."""
    if not reg.gedeeltelijk:
        return ""
    for a in ond.acties:
        doel = getattr(a, "doel", None)  # «Na artikel 175 wordt een artikel ingevoegd»: its anchor
        anker = a.anker if isinstance(a, ArtikelenInvoegen) else None
        for adres in (doel, Adres.of(("artikel", anker.nr)) if anker is not None else None):
            if isinstance(adres, Adres) and (waarom := buiten_deel(reg, adres)):
                return waarom
    return ""
