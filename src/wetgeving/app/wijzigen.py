"""Amending acts: read one (our XML or the published text), apply it to a regeling, generate instructions."""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from wetgeving.bronnen.catalogus import Catalogus, whole
from wetgeving.errors import InputError, Melding, UsageError, WetgevingError, met_meldingen
from wetgeving.locatie import Adres
from wetgeving.model import Regeling, Structuur, artikelen_in, datum_tekst, uit_wetsvoorstel
from wetgeving.nummers import artikelen_tekst, opsomming, sort_key
from wetgeving.wijziging.datums import format_date
from wetgeving.wijziging.model import WijzigingsArtikel, Wijzigingsregeling
from wetgeving.wijziging.toepassen import Toepassing

if TYPE_CHECKING:
    from wetgeving.diff.resultaat import Diff
    from wetgeving.wijziging.acties import Actie
    from wetgeving.wijziging.gen_indeling import NieuweStructuur


class GeenWijzigingen(WetgevingError):
    """Two versions with the same text: an act of no onderdelen would be no wijzigingsregeling (exit code 1)."""


def check_in_force_date(when: date | None, reg: Regeling, base: str) -> None:
    """``--date`` of an act on ``base`` (apply, graph dangling --after, instructions): not before the text it amends
    starts. Else the onderdelen of that date would be laid on a later text (which may hold them already) and
    the result would be 'valid from' a day before its own base ('apply testwet.xml … --date 0001-01-01'
    wrote a Testwet 'geldig vanaf 0001-01-01'); 'tranche diff' refuses it too."""
    if when is not None and when < reg.geldig_vanaf:
        raise UsageError(f"--date {when} ligt vóór de tekst van {base} die de wijziging wijzigt (geldig vanaf "
                         f"{reg.geldig_vanaf})", hint=f"geef een datum op of na {reg.geldig_vanaf}, of een versie van "
                         "de regeling die op die datum gold (NAAM@JJJJ-MM-DD)")


def read_act(cat: Catalogus, path: Path) -> Wijzigingsregeling:
    """An amending act from our XML or from the published plain text; the regelingen it names are resolved
    against the catalogue (what it cannot read is in ``problems()``)."""
    import difflib

    from wetgeving.wijziging.laden import load_act

    try:
        wet = load_act(path, titels=cat.titels())
    except WetgevingError:
        bron = cat.herken(path)
        if bron is None:
            raise
        # helper-133: the BWB's consolidation of Stb. 2022, 444 read «dit lijkt geen wijzigingsregeling»; it is the act,
        # without the artikelen I–V that amend: no instruction is in it to read (helper-136: a BWB XML or the Markdown
        # mirror of a law failed on its first line as «onjuiste XML»)
        raise InputError(f"dit is de bron {bron.id} uit de catalogus («{bron.beschrijving or bron.citeertitel}»): een "
                         "geconsolideerde tekst, geen wijzigingsregeling met wijzigingsinstructies", file=path,
                         hint="geef de wijzigingsregeling zoals bekendgemaakt (Staatsblad) of het wetsvoorstel (Kamerstuk "
                              "…, nr. 2) als tekstbestand, of een wijzigingsregeling in ons XML-formaat") from None
    stuk = cat.herken_stuk(path)
    if stuk is not None and stuk.kind == "excerpt":  # helper-153: «misschien afgebroken», where the catalogue knows
        warnings.warn(Melding(f"{path} is een uittreksel uit de catalogus ({stuk.id}: «{stuk.beschrijving}»): de rest "
                              "van de tekst staat niet in de bronnen, en een instructie aan het eind kan daar zijn "
                              "afgebroken"), stacklevel=2)
    namen = {b.citeertitel.casefold(): b.citeertitel for b in cat.bronnen if b.citeertitel}
    for art in wet.artikelen:  # helper-94: «De Gemeentwet wordt …» was read without a word, then applied to nothing
        bijna = [] if art.bwb_id or " " in art.regeling.strip() else \
            [n for n in difflib.get_close_matches(art.regeling.casefold(), list(namen), n=1, cutoff=0.8) if " " not in n]
        # one word against one word: «Gemeentwet»; not «Wet op de huurtoeslag» against the zorgtoeslag (helper-99)
        if bijna:  # a name the catalogue does not know, close to one it does (the user's own law stays unsaid)
            warnings.warn(Melding(f"{path}: ARTIKEL {art.nr} wijzigt «{art.regeling}», een regeling die de catalogus niet "
                                  f"kent; bedoelt u {namen[bijna[0]]}?"), stacklevel=2)
        _een_regeling(cat, path, art)
    return wet


def _een_regeling(cat: Catalogus, path: Path, art: WijzigingsArtikel) -> None:
    """Refuse an ARTIKEL whose names (regeling, citeertitel, bwb-id of our XML) name different regelingen of the
    catalogue (helper-116: regeling="provinciewet" with the Gemeentewet's citeertitel and BWB id was applied to the
    Gemeentewet, for one name matched)."""
    def ids(naam: str) -> set[str]:
        n = naam.strip().casefold()  # a BWB id in any case («bwbr0005416», helper-118)
        return {b.bwb_id for b in cat.bronnen if b.bwb_id and n in
                {b.bwb_id.casefold(), b.regeling.casefold(), b.citeertitel.casefold()}} if n else set()

    genoemd = [(f"{veld} «{naam}»", {naam.strip().upper()} if veld == "bwb-id" else ids(naam)) for veld, naam in
               (("regeling", art.regeling), ("citeertitel", art.citeertitel), ("bwb-id", art.bwb_id)) if naam.strip()]
    bekend = [(k, v) for k, v in genoemd if v]
    if len(bekend) > 1 and not set.intersection(*(v for _, v in bekend)):
        raise InputError(f"ARTIKEL {art.nr} noemt verschillende regelingen: " + ", ".join(
            k if k.endswith(f"«{next(iter(v))}»") else f"{k} ({', '.join(sorted(v))})" for k, v in bekend), file=path,
            hint="laat regeling, citeertitel en bwb-id dezelfde regeling noemen")


@dataclass(frozen=True, slots=True)
class Toegepast:
    """An act applied to a regeling: the report per onderdeel and, when it was asked for and may be written, the
    result; or why it may not be written (raised after the report is shown)."""

    basis: Regeling
    toepassing: Toepassing
    resultaat: Regeling | None = None
    weigering: UsageError | None = None


def apply_act(cat: Catalogus, base: str, act: Path, *, when: date | None = None, partial: bool = False,
              schrijven: bool = False) -> Toegepast:
    """Apply the act at ``act`` to the regeling ``base``; only onderdelen in force on ``when`` when given.
    An act that changes nothing in ``base`` is a usage error (the wrong regeling was given). With ``schrijven``
    the answer holds the amended regeling when it may be written: every onderdeel applied, or ``partial``."""
    from wetgeving.wijziging.toepassen import ANDERE_REGELING, apply

    reg = cat.load(base)
    check_in_force_date(when, reg, base)
    wet = read_act(cat, act)
    if when is not None:  # which onderdelen were in force that day; without --date a text still needs one (helper-53)
        wet = dated_from_model(cat, wet, act)
    res = apply(reg, wet, when=when, partial=partial)
    if all(v.status == ANDERE_REGELING for v in res.verslag):
        raise UsageError(f"{act}: geen onderdeel wijzigt de {reg.citeertitel} ({reg.bwb_id})",
                         hint="geef de regeling die de wijzigingsregeling wijzigt (zie «De … wordt als volgt gewijzigd:»)")
    for tekst in (verwijzingen_na_toepassing(cat, reg, res, wet) + _gaten(reg, res, wet)
                  + _tussenversies(cat, reg, res, when)):
        warnings.warn(Melding(tekst), stacklevel=2)
    if not schrijven or not (res.ok or partial):
        return Toegepast(reg, res)
    if not res.datum_bekend:  # the result would carry the base's date, which is wrong
        return Toegepast(reg, res, weigering=UsageError(
            (f"{act} noemt niet voor elk toegepast onderdeel een datum van inwerkingtreding"
             if any(v.inwerking for v in res.verslag) else f"{act} noemt geen datum van inwerkingtreding")
            + (f" (de wet treedt in werking {wet.inwerking_wijze})" if wet.inwerking_wijze else "")
            + f": de gewijzigde tekst zou de datum van {base} "
            f"({reg.geldig_vanaf}) krijgen, en die klopt niet",
            hint="geef --date JJJJ-MM-DD: de datum waarop de gewijzigde tekst geldt"))
    return Toegepast(reg, res, resultaat=res.regeling)


def _tussenversies(cat: Catalogus, base: Regeling, res: Toepassing, when: date | None) -> list[str]:
    """Catalogued versions of the law that began after ``base`` and on or before the date of the result (or ``--date``,
    when later): what they changed (by this act or another) is in the result only as far as this act makes it
    (helper-159: the text of 2023-01-01 amended «met ingang van 1 januari 2027» was written as the Gemeentewet of 2027
    with artikel 25, which lapsed on 2023-04-01; helper-161: with a --date before every onderdeel, nothing was said).
    A version of that very day is one to compare with (helper-160: the text of 2022-11-05 amended on 2023-01-01 lacks
    what else changed that day); a partial version counts where it holds an artikel the act changed (helper-160:
    Provinciewet 182)."""
    from wetgeving.app.vergelijken import andere_teksten

    data = [d for d in (res.regeling.geldig_vanaf if res.datum_bekend else None, when) if d is not None]
    na = max(data) if data else None
    if not base.bwb_id or na is None or na <= base.geldig_vanaf or base.samengesteld:
        return []
    kandidaten = [b for b in cat.versions(base.bwb_id)
                  if b.geldig_vanaf is not None and base.geldig_vanaf < b.geldig_vanaf <= na]
    if any(b.partial for b in kandidaten):
        gewijzigd = _gewijzigde_artikelen(base, res.regeling)
        kandidaten = [b for b in kandidaten if not b.partial or gewijzigd & {
            a.nr for a in cat.load(f"{b.regeling}@{b.geldig_vanaf}").artikelen()}]
    versies = {b.geldig_vanaf: b.regeling for b in kandidaten if b.geldig_vanaf is not None}
    if not versies:
        return []
    tussen = sorted(d for d in versies if d < na)
    zelf = f"{versies[na]}@{na}" if na in versies else ""
    if not tussen:
        return [f"de bronnen hebben de {base.citeertitel} van {na} zelf ({zelf}): vergelijk het resultaat daarmee; wat "
                "daar anders is, komt van wijzigingen die niet in deze wijzigingsregeling staan of niet zijn toegepast"]
    return [f"de {base.citeertitel} van {base.geldig_vanaf} was op {na} niet meer de laatste tekst: de bronnen hebben "
            f"ook {andere_teksten(base.citeertitel, tussen)}" + (f", en die van {na} zelf" if zelf else "")
            + "; wat daarin anders werd, staat in het resultaat alleen voor zover deze wijzigingsregeling het zelf "
            f"wijzigt (pas haar zo nodig toe op {versies[tussen[-1]]}@{tussen[-1]}"
            + (f", en vergelijk het resultaat met {zelf})" if zelf else ", of vergelijk het resultaat daarmee)")]


def _gewijzigde_artikelen(voor: Regeling, na: Regeling) -> set[str]:
    """The numbers of the artikelen whose text differs between ``voor`` and ``na`` (or that only one of them has)."""
    oud = {a.nr: a for a in voor.artikelen()}
    nieuw = {a.nr: a for a in na.artikelen()}
    return {nr for nr in oud.keys() | nieuw.keys() if oud.get(nr) != nieuw.get(nr)}


def _gaten(base: Regeling, res: Toepassing, wet: Wijzigingsregeling) -> list[str]:
    """Gaps the applied onderdelen leave in the numbering of leden and onderdelen (aanwijzing 6.17, tweede lid; helper-94)."""
    from wetgeving.wijziging.nummering import gaten
    from wetgeving.wijziging.toepassen import GEDEELTELIJK, TOEGEPAST

    gedaan = {(v.artikel, v.onderdeel) for v in res.verslag if v.status in (TOEGEPAST, GEDEELTELIJK)}
    return gaten(base, res.regeling, [a for art, ond in wet.onderdelen() if (art.nr, ond.nr) in gedaan for a in ond.acties])


def verwijzingen_na_toepassing(cat: Catalogus, base: Regeling, res: Toepassing, wet: Wijzigingsregeling) -> list[str]:
    """:func:`verwijzingen_na` for the onderdelen of ``wet`` that were applied to ``base`` (giving ``res``)."""
    from wetgeving.wijziging.toepassen import GEDEELTELIJK, TOEGEPAST

    gedaan = {(v.artikel, v.onderdeel) for v in res.verslag if v.status in (TOEGEPAST, GEDEELTELIJK)}
    return verwijzingen_na(cat, base, res.regeling, [a for art, ond in wet.onderdelen() if (art.nr, ond.nr) in gedaan
                                                      for a in ond.acties])


def verwijzingen_na(cat: Catalogus, base: Regeling, na: Regeling, acties: Sequence[Actie]) -> list[str]:
    """References, in a text the ``acties`` left as it was, to a unit they renumbered or let lapse (``na``: the text
    after them): the consolidation copies them as they stand, but they now name another unit or none (helper-66:
    Gemeentewet 47 «artikel 36a, eerste en tweede lid» after a lid inserted as 36a, tweede lid). Said, so that a drafter
    can decide whether the act must adapt them (aanwijzing 6.17, tweede lid: leden are renumbered «tenzij daartegen
    overwegend bezwaar bestaat»). Each reference is read in the base text, where it was written (helper-70: «onder a»
    in a lid that moved with its onderdelen was said to be stale; a reference to a lapsed lid or a renumbered artikel
    was not said). `instructions` says it too (helper-121). Every artikel is read: one that names none of the numbers
    concerned can still cite a unit (a range «95 tot en met 97» cites 96; an artikel of a hoofdstuk that «komt te
    luiden»; helper-122 found both missed by a filter on the numbers)."""
    from wetgeving.diff.align import full_text
    from wetgeving.graaf.bouw import find_refs
    from wetgeving.verwijzingen.titels import Titelregister
    from wetgeving.wijziging.acties import ArtikelenVernummeren, KomtTeLuiden, Vernummeren, Vervalt

    verschoven = {a.ouder.child(a.soort, oud): a.ouder.child(a.soort, nieuw)
                  for a in acties if isinstance(a, Vernummeren) for oud, nieuw in a.paren if oud != nieuw}
    verschoven |= {Adres.parse(f"artikel:{oud}"): Adres.parse(f"artikel:{nieuw}")
                   for a in acties if isinstance(a, ArtikelenVernummeren) for oud, nieuw in a.paren if oud != nieuw}
    vervallen = [a.adres for a in acties if isinstance(a, Vervalt) and a.adres.artikel is not None]
    herschreven = [a.adres for a in acties if isinstance(a, KomtTeLuiden)]
    if not verschoven and not vervallen and not herschreven:
        return []

    def naar(adres: Adres) -> Adres:  # where a unit of the base stands after the renumbering
        for oud, nieuw in verschoven.items():
            if adres.is_within(oud):
                return Adres(nieuw.segmenten + adres.segmenten[len(oud.segmenten):])
        return adres

    out: list[str] = []
    for r in find_refs(base, Titelregister.voor(cat)):
        g = r.gevonden
        if g.soort not in ("intern", "relatief") or g.adres is None or any(r.bron.is_within(v) for v in vervallen):
            continue
        voor, daarna = base.get(r.bron), na.get(naar(r.bron))
        if voor is None or daarna is None or full_text(voor) != full_text(daarna):  # written or changed: its own choice
            continue
        bron = naar(r.bron).citation(base.citeertitel)
        delen = []
        for doel in (g.adres, *g.ook):
            weg = next((v for v in vervallen if doel.is_within(v)), None)
            oud = next((o for o in verschoven if doel.is_within(o)), None)
            if weg is not None:
                wat = "deze wijziging laat vervallen"
            elif oud is not None and not (g.soort == "relatief" and r.bron.is_within(oud)):  # moved along with it
                wat = f"deze wijziging vernummerde tot {naar(doel).citation()}"
            elif oud is None and base.get(doel) is not None and na.get(doel) is None:
                wat = "na deze wijziging niet meer bestaat"  # helper-72: «36a komt te luiden» without leden; 47 unsaid
            else:
                continue
            delen.append((doel.citation(), wat))
        if not delen:
            continue
        # one line per reference, also for a range of leden (helper-122: five lines for «derde tot en met veertiende
        # lid»): «naar X («…»), dat …», «naar X en Y («…»), die …», or each with its own «dat …»
        doelen = f"{opsomming([c for c, _ in delen])} («{r.tekst}»)"
        if len(delen) == 1:
            naar_wat = f"{doelen}, dat {delen[0][1]}"
        elif len({w for _, w in delen}) == 1:
            naar_wat = f"{doelen}, die {delen[0][1].replace('bestaat', 'bestaan')}"
        else:
            naar_wat = f"«{r.tekst}»: " + opsomming([f"{c}, dat {w}" for c, w in delen])
        out.append(f"{bron} verwijst naar {naar_wat}; de verwijzing is niet aangepast: controleer of de "
                   "wijzigingsregeling haar moet meenemen")
    return list(dict.fromkeys(out))


def instruct(cat: Catalogus, old: str, new: str, *, when: date | None = None) -> Wijzigingsregeling:
    """The wijzigingsinstructies that turn ``old`` into ``new`` (Aanwijzingen voor de regelgeving, ch. 6), as
    typed actions; chapters that the modelled tranches added are inserted as the act made them (6.11.1). What the
    act must say beside it (:class:`~wetgeving.errors.Melding`) is warned as always and kept in the act."""
    act, meldingen = met_meldingen(lambda: _instruct(cat, old, new, when))
    return replace(act, meldingen=meldingen) if meldingen else act


def _instruct(cat: Catalogus, old: str, new: str, when: date | None) -> Wijzigingsregeling:
    from wetgeving.app.vergelijken import over_bronnen, over_gat, same_regeling
    from wetgeving.diff import diff
    from wetgeving.tranches.indeling import nieuwe_structuren
    from wetgeving.wijziging.genereren import generate

    a, b = same_regeling(whole(cat.load(old), old), whole(cat.load(new), new))
    for spec, reg in ((old, a), (new, b)):
        if reg.samengesteld:  # as `diff` says it (helper-161: a text written by `apply` read as a version of the law)
            warnings.warn(Melding(f"{spec}: {reg.samengesteld}"), stacklevel=2)
    over_gat(cat, a, b)
    a0, b0 = a, b
    a, b = _zonder_indeling(a, b)
    if a.bwb_id and a.bwb_id == b.bwb_id and a.geldig_vanaf > b.geldig_vanaf:  # as `diff` says it (helper-60)
        voorstel = uit_wetsvoorstel(a) or uit_wetsvoorstel(b)  # helper-136: a bill's words were never inserted
        warnings.warn(Melding(f"{old} ({datum_tekst(a)}) is " + ("van een latere datum" if voorstel else "een latere versie")
                              + f" dan {new} ({datum_tekst(b)}): deze instructies draaien wijzigingen terug; wat hier "
                              "vervalt, " + ("staat in de latere tekst en niet in de eerdere" if voorstel else
                                             "werd in werkelijkheid ingevoegd") + ", en omgekeerd"), stacklevel=2)
    check_in_force_date(when, a, old)  # the act changes OLD's text: it cannot enter into force before OLD began
    indeling = () if Path(old).is_file() else nieuwe_structuren(cat.pick(old).regeling, a.geldig_vanaf, b.geldig_vanaf)
    d = diff(a, b)
    over_bronnen(a, b, d, instructies=True)
    act = generate(d, when=when, indeling=indeling, regeling=cat.naam(a.bwb_id))
    _empty_containers(a0, b0, d, indeling)
    for tekst in verwijzingen_na(cat, a, b, [x for _, ond in act.onderdelen() for x in ond.acties]):
        warnings.warn(Melding(tekst), stacklevel=2)  # as `apply` says it (helper-121)
    _nog_niet_in_werking(b, d, when)
    _andere_datum(new, b, when, a)
    if not Path(old).is_file() and a.geldig_vanaf < b.geldig_vanaf:
        _meer_wetten(cat.pick(old).regeling, a.geldig_vanaf, b.geldig_vanaf)
    if indeling:
        for st in nieuwe_structuren(cat.pick(old).regeling, a.geldig_vanaf, b.geldig_vanaf, afgeleid=True):
            warnings.warn(Melding(f"het opschrift van {st.soort} {st.nr} («{st.titel}») staat niet in de bronnen: ons "
                                  "model van de tranche noemt het, maar hier is het niet te controleren; controleer het "
                                  "in de officiële tekst"), stacklevel=2)
    if not act.onderdelen():  # "wordt als volgt gewijzigd:" with nothing after it is no wijzigingsregeling
        raise GeenWijzigingen(f"{old} en {new} hebben dezelfde artikelen en indeling: er is geen wijzigingsinstructie "
                             "te maken (bijlagen worden niet vergeleken)",
                             hint="vergelijk twee versies die verschillen ('wetgeving diff' toont of ze verschillen)")
    return act


def _meer_wetten(regeling: str, van: date, tot: date) -> None:
    """The changes between two consolidations that our model ascribes to more than one act (Gemeentewet 2022-11-05 →
    2023-01-01: tranche 1 and the rekenkamer act): one set of instructions is no rendering of either act (helper-148;
    Aanwijzing 6.4: several subjects in one wijzigingswet only where they cohere)."""
    from wetgeving.tranches.lezen import tranches

    geraakt = [t for t in tranches() if t.status != "wetsvoorstel" and any(
        w.regeling == regeling and van < o.inwerking <= tot for w, o in t.onderdelen())]
    wetten = [f"de {t.titel}" if t.soort == "tranche" else f"wijzigingen uit andere wetten («{t.titel}»)" for t in geraakt]
    if len(wetten) > 1:
        warnings.warn(Melding(
            f"volgens ons model komen de verschillen tussen {van} en {tot} uit meer dan één wet: {opsomming(wetten)}; "
            "deze instructies voegen ze samen en geven dus geen van die wetten weer (aanwijzing 6.4: meerdere "
            "onderwerpen in één wijzigingswet in principe alleen als zij onder meer samenhangen); 'wetgeving tranche "
            "diff' toont een tranche apart"), stacklevel=3)


def _andere_datum(new: str, b: Regeling, when: date | None, a: Regeling) -> None:
    """``--date`` on another day than the one from which the new version is in force: the instructions then put its
    wording in force on a day it did not hold (helper-177: gemeentewet@2023-01-01 → @2023-04-01 with --date 2023-02-01
    ended «Deze wet treedt in werking met ingang van 1 februari 2023», the geheimhouding of 1 April). Said, not refused:
    a drafter may mean another day on purpose."""
    if when is None or b.geldig_vanaf is None or when == b.geldig_vanaf or a.geldig_vanaf >= b.geldig_vanaf:
        return
    if b.tekstdatum or Path(new).is_file():  # a text around a date, or a file: no day of entry into force to compare
        return
    warnings.warn(Melding(
        f"--date {when.isoformat()} is niet de dag vanaf welke {new} geldt ({format_date(b.geldig_vanaf)}): deze instructies "
        f"laten de tekst van {format_date(b.geldig_vanaf)} op {format_date(when)} in werking treden; is dat niet de "
        f"bedoeling, geef dan --date {b.geldig_vanaf.isoformat()}"), stacklevel=3)


def _nog_niet_in_werking(b: Regeling, d: Diff, when: date | None) -> None:
    """An artikel the instructions insert or change that the new text says enters into force at a time still to be set
    (Gemeentewet 174b in the mirror of 2014-06-05): the instructions' inwerkingtreding (one date for all, or none) does
    not say so (helper-148)."""
    geraakt = {g.nieuw_nr for g in d.artikelen if g.nieuw_nr}
    open_ = [art.nr for art in b.artikelen() if art.nr in geraakt and art.onbepaald]
    if open_:
        wat = artikelen_tekst(open_)
        warnings.warn(Melding(
            f"{wat} {'treedt' if len(open_) == 1 else 'treden'} volgens de bron ({datum_tekst(b)}) in werking op een "
            "nader te bepalen tijdstip" + (f"; deze instructies laten alle onderdelen op {format_date(when)} in werking "
                                          "treden: regel de inwerkingtreding van het onderdeel dat het wijzigt apart "
                                          "(bij koninklijk besluit)" if when else "; regel de inwerkingtreding ervan "
                                          "apart (bij koninklijk besluit)")), stacklevel=3)


def _zonder_indeling(a: Regeling, b: Regeling) -> tuple[Regeling, Regeling]:
    """When one version records hoofdstukken, titels … and the other does not (the Markdown mirror against the
    regelrecht YAML), the instructions are about artikelen only: the other source cannot show its arrangement, and
    «Titel I vervalt» would strike out artikelen that stay (helper-60: gemeentewet-md@2015-11-24 →
    gemeentewet@2022-11-05 gave eleven «Titel … vervalt» and no word of 64 changed artikelen)."""
    if a.heeft_indeling == b.heeft_indeling:
        return a, b
    met = a if a.heeft_indeling else b
    zonder = b if a.heeft_indeling else a
    warnings.warn(Melding(f"de bron van {datum_tekst(met)} noemt hoofdstukken, titels, afdelingen of paragrafen, die van "
                          f"{datum_tekst(zonder)} niet: de instructies gaan alleen over artikelen, en wat er aan de "
                          "indeling veranderde, is niet te zien; controleer de indeling in de officiële tekst"), stacklevel=3)
    plat = [replace(r, inhoud=tuple(r.artikelen())) if r.heeft_indeling else r for r in (a, b)]
    return plat[0], plat[1]


_LEEG_VERVALT = ("dat zo'n deel moet vervallen, schrijven de Aanwijzingen niet voor; wij raden het aan; vervalt het, dan "
                 "met het werkwoord «vervalt» (aanwijzing 6.12, eerste lid)")  # helper-153: the Dutch read as a
# translation («laat zo'n leeg deel naar onze lezing zelf vervallen (het werkwoord: …; dat …, schrijft die aanwijzing
# niet voor)»)


def _empty_containers(a: Regeling, b: Regeling, d: Diff, indeling: tuple[NieuweStructuur, ...]) -> None:
    """A source without arrangement (the regelrecht YAML) cannot show that an artikel that vervalt was the last of
    its hoofdstuk (Gemeentewet 81oa, the only artikel of hoofdstuk IVb in the laws-markdown text of 2015): the
    instruction then says «Artikel 81oa vervalt.» and nothing of the chapter (Aanwijzing 6.12.1). Say so."""
    if a.heeft_indeling and b.heeft_indeling:
        return
    covered = {nr for s in indeling for nr in s.artikelen}
    gone = [g.oud_nr for g in d.artikelen if g.soort == "removed" and g.oud_nr and g.oud_nr not in covered]
    if gone and a.heeft_indeling:  # the old text shows its arrangement, the new one not (helper-84: the mirror of
        # 2015-11-24 was said to have none): what the artikelen that vervallen leave empty there
        leeg = [adres.citation() for adres, unit in a.index.items()
                if isinstance(unit, Structuur) and set(artikelen_in(unit)) <= set(gone) and artikelen_in(unit)]
        if leeg:
            warnings.warn(Melding(
                f"in de tekst van de {a.citeertitel} ({datum_tekst(a)}) raakt {opsomming(leeg)} leeg met het vervallen "
                f"van de artikelen erin; de bron van de versie {datum_tekst(b)} geeft geen indeling, dus deze instructies laten "
                f"dat niet zien: raakt het in de officiële tekst ook leeg, laat het dan vervallen; {_LEEG_VERVALT}"),
                stacklevel=2)
        return
    if gone:
        warnings.warn(Melding(
            f"de bron van de {a.citeertitel} ({datum_tekst(a)}) geeft geen indeling in hoofdstukken, titels, "
            "afdelingen of paragrafen: of met het "
            f"vervallen van {artikelen_tekst(gone)} een hoofdstuk (titel, afdeling, "
            "paragraaf) leeg raakt, is uit de bron niet te zien: controleer de indeling in de officiële tekst, en laat "
            f"een deel dat leeg raakt vervallen; {_LEEG_VERVALT}"), stacklevel=2)


def dated_from_model(cat: Catalogus, wet: Wijzigingsregeling, path: Path) -> Wijzigingsregeling:
    """The bill's text of a tranche as the catalogue holds it (Kamerstuk 35 546, nr. 2, a source of tranche 1), whose
    onderdelen name no date (the act came in by koninklijk besluit): each onderdeel dated from our model of the act it
    became, where every unit it changes lies within what the model's onderdelen of one date change (helper-153:
    applied «on 2023-01-01», onderdelen B and C, artikel 19 and 23, which came in on 2023-04-01 by Stb. 2022, 504, were
    applied with «of het toen gold, is niet nagegaan»). Matched by the units changed, not by letter (the bill's letters
    need not be the act's); a user's own text, also one titled «35 546 …», is not dated (helper-154: its change of
    36a, tweede lid, was dated 2023-01-01). Said of the act, never as the bill's own date."""
    from wetgeving.app.tranches import tranches
    from wetgeving.tranches.model import AFGELEID

    stuk = cat.herken_stuk(path)
    wet_van = next((t for t in tranches(cat) if stuk is not None and stuk.id in t.bronnen and t.status == "in-werking"
                    and t.kamerstuk and wet.kamerstuk_nr.replace(" ", "") == t.kamerstuk), None)
    if wet_van is None:
        return wet
    bron = "; ".join(x for x in (wet_van.publicatie, f"inwerkingtreding {wet_van.inwerkingtreding_besluit}"
                                 if wet_van.inwerkingtreding_besluit else "") if x)
    artikelen = []
    for art in wet.artikelen:
        model = [o for w in wet_van.wijzigingen if w.regeling == art.regeling for o in w.onderdelen]
        onderdelen = []
        for ond in art.onderdelen:
            doelen = [a.doel for a in ond.acties if a.doel is not None]
            dekkend = [o for o in model if any(_binnen(d, m) for d in doelen for m in o.doelen)]
            datums = {(o.inwerking, o.inwerking_zekerheid) for o in dekkend}
            if ond.inwerking is None and doelen and len({d for d, _ in datums}) == 1 \
                    and all(any(_binnen(d, m) for o in dekkend for m in o.doelen) for d in doelen):
                dag, zeker = next(iter(datums))
                geraakt = sorted({d.artikel for d in doelen if d.artikel}, key=sort_key)
                ond = replace(ond, inwerking=dag, inwerking_bron=(
                    f"het wetsvoorstel noemt geen datum; volgens ons model van tranche {wet_van.nr} trad de wijziging "
                    f"van {artikelen_tekst(geraakt)} door de wet ({bron}) op {dag}"
                    f"{' [' + AFGELEID + ']' if zeker == 'afgeleid' else ''} in werking, en die datum hebben wij aan dit "
                    "onderdeel toegekend; of het zo in de wet staat, is niet nagegaan"))
            onderdelen.append(ond)
        artikelen.append(replace(art, onderdelen=tuple(onderdelen)))
    return replace(wet, artikelen=tuple(artikelen))


def _binnen(doel: Adres, model: Adres) -> bool:
    """Whether the unit ``doel`` is ``model`` or lies within it (artikel:23/lid:4 within artikel:23)."""
    return doel.segmenten[:len(model.segmenten)] == model.segmenten
