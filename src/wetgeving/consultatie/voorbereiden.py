"""Check a comments file against the bill: every provision exists in the bill, quoted words occur in it;
a comment on a provision the bill does not change is a warning. The bill is a tranche (its act applied to
the base law), an act file, or a whole regeling version."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from wetgeving.bronnen import integriteit
from wetgeving.bronnen.catalogus import Catalogus, load_bron
from wetgeving.bronnen.integriteit import SourceModifiedError
from wetgeving.citaten import adres_van, resolve
from wetgeving.consultatie.invoer import CommentsError, Opmerking, Reactie
from wetgeving.consultatie.plaats import Stap, aanduiding, artikelen_van, oud_adres, plaats, stappen
from wetgeving.diff import diff
from wetgeving.diff.align import full_text
from wetgeving.diff.resultaat import Diff, Segment
from wetgeving.diff.woorden import redline
from wetgeving.errors import AddressError, UsageError, WetgevingError, met_meldingen
from wetgeving.locatie import Adres
from wetgeving.model import Eenheid, Regeling, buiten_deel, children, datum_tekst, voorgelezen
from wetgeving.nummers import Key, opsomming, sort_key
from wetgeving.nummers import kamerstuk as kamerstuk_naam
from wetgeving.wijziging.datums import format_date

if TYPE_CHECKING:
    from wetgeving.tranches.model import Consultatie, Tranche

T = TypeVar("T")


@dataclass(frozen=True)
class Punt:
    """One comment, resolved against the base law and the bill."""

    opmerking: Opmerking
    adres: Adres
    citaat: str
    huidig: str | None  # None: the provision is new in the bill
    voorstel: str
    wijziging: tuple[Segment, ...]  # base → bill
    alternatief: tuple[Segment, ...]  # bill → proposed alternative (empty if none)
    over: tuple[int, int] | None  # the quoted words in ``voorstel``
    over_vervalt: bool = False  # the quoted words are in the current text only: words the bill drops or replaces
    onzeker: bool = False  # an onderdeel that amends this artikel could not be applied: changed or not is unknown
    onzeker_waarom: str = "een onderdeel op dit artikel is niet toegepast"  # why, in Dutch

    @property
    def ongewijzigd(self) -> bool:
        """The bill leaves the provision as it is (said with the comment in every format); never said when an
        onderdeel on its artikel was not applied (helper-86: Kamerstuk 35 546, nr. 2, onderdeel C, 23, zesde lid)."""
        return self.huidig == self.voorstel and not self.onzeker

    @property
    def niet_vast_te_stellen(self) -> str:
        """Dutch, for a provision whose artikel a failed onderdeel amends: said where «niet gewijzigd» would be."""
        return f"of het dit wijzigt, is niet vast te stellen: {self.onzeker_waarom}" \
            if self.onzeker and self.huidig == self.voorstel else ""


def _de(titel: str) -> str:
    """A law's title as the subject of a sentence: «de Wet bevorderen …» (helper-137: «Wet bevorderen … is sinds …»);
    a title that is no «Wet …» as it is."""
    return f"de {titel}" if titel.startswith("Wet ") else titel


def _voluit(d: date | None) -> str:
    return format_date(d) if d is not None else "onbekende datum"


@dataclass(frozen=True)
class Voorbereid:
    reactie: Reactie
    basis: Regeling
    wetsvoorstel: Regeling
    punten: tuple[Punt, ...]
    waarschuwingen: tuple[str, ...]
    label: str = ""  # e.g. the illustrative-draft label of tranche 2
    kanttekeningen: tuple[str, ...] = ()  # said in the document too: what the reaction's date means for the texts
    van: str = "het wetsvoorstel"  # what the commented text is: «het wetsvoorstel», «het illustratieve ontwerp», «de wet»
    na_indiening: str = ""  # the bill was before the Tweede Kamer on the reaction's date: said in the internetconsultatie
    # text, which is for a concept before submission (helper-96)
    consultatie: str = ""  # the internetconsultatie open on the reaction's date, as the sources show it (helper-126)
    stand: str = ""  # a bill submitted before the reaction's date: «bij de Tweede Kamer ingediend (stukken gedateerd
    # 2026-02-03)» (helper-152: the Word document named the Kamerstuk and no date of it)

    @property
    def basis_kop(self) -> str:
        """The heading of the base text's column: «Tekst geldig vanaf 5 november 2022», for the Markdown mirror «Tekst
        zoals geldend op 24 november 2015 (Markdown-spiegel)» (helper-110: it was «geldig vanaf», an official date it has not)."""
        if self.basis.tekstdatum:
            return f"Tekst zoals geldend op {_voluit(self.basis.geldig_vanaf)} (Markdown-spiegel)"
        return f"Tekst geldig vanaf {_voluit(self.basis.geldig_vanaf)}"

    @property
    def basis_naam(self) -> str:
        """«Gemeentewet, zoals geldend vanaf 5 november 2022»; the mirror: «Gemeentewet, tekst zoals geldend op 24
        november 2015 (Markdown-spiegel)» (dates in words, as the document writes them)."""
        if self.basis.tekstdatum:
            return f"{self.basis.citeertitel}, tekst zoals geldend op {_voluit(self.basis.geldig_vanaf)} (Markdown-spiegel)"
        return f"{self.basis.citeertitel}, zoals geldend vanaf {_voluit(self.basis.geldig_vanaf)}"


@dataclass(frozen=True)
class Voorstel:
    """What the comments are on: the law as the bill makes it, a label (an illustrative draft says so), and, when
    the bill is an act, its onderdelen applied one by one (:mod:`wetgeving.consultatie.plaats`)."""

    regeling: Regeling
    label: str = ""
    stappen: tuple[Stap, ...] = ()
    van: str = "het wetsvoorstel"  # «Artikel I, onderdeel A, van het wetsvoorstel»; an act in force: «van de wet»
    wet_sinds: date | None = None  # an act: the day it was published (else its first entry into force): no bill since
    wet: str = ""  # and what it is: «Wet bevorderen … is sinds 2023-01-01 in werking (Stb. 2022, 444; …)»
    ingediend: date | None = None  # the bill introduced in the Tweede Kamer: no bill before
    aangenomen: date | None = None  # adopted by the Eerste Kamer: a bill no longer open to amendment
    ingediend_tekst: str = ""  # how that date is known when it is not the day of submission («stukken gedateerd …»)
    kamerstuk: str = ""  # the bill's dossier number, where the tranche gives it
    onvolledig: str = ""  # an act file some onderdelen of which could not be applied: which, said in the document
    onzeker: frozenset[str] = frozenset()  # the artikelen those onderdelen amend
    beperkt: tuple[str, ...] = ()  # what our model of the act leaves out of this law (helper-88: the Provinciewet)
    deel: str = ""  # the act file is a catalogued excerpt of the bill: what it holds (helper-110), said in the document
    consultaties: tuple[Consultatie, ...] = ()  # the internetconsultaties on it the sources show

    @property
    def voorgesteld(self) -> bool:
        """Whether the text is proposed (a bill, a draft), not an act's."""
        return self.van != "de wet"


AANGENOMEN = "het aangenomen wetsvoorstel"
"""What an act's text is, commented on a date before its publication: the bill as adopted, not as introduced ..."""
LATER_AANGENOMEN = "het wetsvoorstel zoals later aangenomen"
"""... and before the Eerste Kamer adopted it (the text it then had is not in the sources)."""

DEEL = "de bron bevat alleen een deel van het wetsvoorstel"
"""Why a provision a bill read from an excerpt leaves as it is may still be changed by it (helper-110)."""

# what to name as the bill instead of a published text
GEEN_WETSVOORSTEL = "noem een tranche (1, 2), een wijzigingsregeling als tekstbestand of een bestand met de voorgestelde tekst"


def _zelfde_wet(voorstel: Regeling, base: Regeling, spec: str) -> Regeling:
    """A file with the proposed text must be a text of the law the comments are on (helper-96: the Participatiewet as
    «het wetsvoorstel» on the Gemeentewet turned artikel 1 of the one into artikel 1 of the other)."""
    if voorstel.bwb_id and base.bwb_id and voorstel.bwb_id != base.bwb_id:
        raise UsageError(f"{spec} is een tekst van de {voorstel.citeertitel} ({voorstel.bwb_id}), maar de basiswet is de "
                         f"{base.citeertitel} ({base.bwb_id})",
                         hint="geef als wetsvoorstel de voorgestelde tekst van dezelfde wet, of een wijzigingsregeling")
    return voorstel


def _geen_officiele_tekst(cat: Catalogus, voorstel: Regeling, spec: str) -> Regeling:
    """A file whose text is that of a catalogued version of the same date (`convert gemeentewet@2023-04-01 x.xml`) is
    published law, no bill (helper-97: the file check compared only the source file's SHA-256)."""
    bron = next((b for b in (cat.versions(voorstel.bwb_id) if voorstel.bwb_id else [])
                 if b.geldig_vanaf == voorstel.geldig_vanaf and not b.partial), None)
    if bron is not None and not diff(load_bron(bron, cat.find(bron)), voorstel).artikelen:
        raise UsageError(f"{spec} bevat de tekst van de {voorstel.citeertitel} geldig vanaf {voorstel.geldig_vanaf} (bron "
                         f"{bron.id}): een officiële tekst, geen wetsvoorstel",
                         hint=GEEN_WETSVOORSTEL)
    return voorstel


def bill_of(cat: Catalogus, spec: str, base: Regeling) -> tuple[Regeling, str]:
    """The bill as a regeling version, and a label when it is an illustrative draft."""
    v = voorstel_van(cat, spec, base)
    return v.regeling, v.label


def voorstel_van(cat: Catalogus, spec: str, base: Regeling) -> Voorstel:
    """The bill named by ``spec`` (a tranche, an act file, or a regeling version) on ``base``."""
    from wetgeving.wijziging.toepassen import GEDEELTELIJK, MISLUKT, apply

    path = Path(spec)
    if path.is_file():
        if not _is_act(path):
            bron = cat.herken(path)
            if bron is not None:  # a source of the catalogue, named by its file: published law, no bill
                raise UsageError(f"{spec} is de bron {bron.id}: een officiële tekst, geen wetsvoorstel",
                                 hint=GEEN_WETSVOORSTEL)
            return Voorstel(_geen_officiele_tekst(cat, _zelfde_wet(cat.load(spec), base, spec), spec))
        from wetgeving.wijziging.laden import load_act

        act = load_act(path, titels=cat.titels())
        bron = cat.herken_stuk(path)  # a catalogued Kamerstuk: its number, and whether it holds the whole bill
        kamerstuk = m[1] if bron is not None and (m := re.match(r"kst-(\d{5})-", bron.id)) else ""
        deel = (f"{path.name} is de bron {bron.id} ({bron.beschrijving or bron.id}), een uittreksel van het wetsvoorstel: "
                "wat het wetsvoorstel verder wijzigt, staat er niet in"
                if bron is not None and bron.kind == "excerpt" else "")
        res = apply(base, act, partial=True)
        fout = [v for v in res.verslag if v.status in (MISLUKT, GEDEELTELIJK)]
        mislukt = [str(v) for v in fout]
        geraakt = frozenset(nr for art, ond in act.onderdelen() for v in fout
                            if (art.nr, ond.nr) == (v.artikel, v.onderdeel) for nr in artikelen_van(ond))
        # helper-72: a failed onderdeel was left out without a word, and the comments placed on the text without it
        return Voorstel(res.regeling, stappen=stappen(base, act), onvolledig=(
            f"niet alle onderdelen van {path.name} zijn toegepast ({'; '.join(mislukt)}); de opmerkingen staan bij de "
            "tekst zonder die onderdelen, en een opmerking die een onderdeel noemt, staat bij het hele artikel"
            if mislukt else ""), onzeker=geraakt, kamerstuk=kamerstuk, deel=deel)
    try:
        from wetgeving.tranches.bouwen import build, illustration_for, illustrative_act
        from wetgeving.tranches.lezen import tranche, tranches

        tr = tranche(spec.removeprefix("tranche-") if spec.startswith("tranche-") else spec)
    except UsageError:
        try:
            officieel = cat.load(spec)
        except UsageError as exc:  # neither a tranche nor a regeling: name both kinds
            raise UsageError(exc.message, hint=f"noem een tranche ({_wetten(tranches())}) of een "
                                               f"regeling ({exc.hint.removeprefix('bekend: ')})") from None
        # helper-96: «--bill gemeentewet@2023-04-01» showed the law in force since 2023 as «tekst volgens het
        # wetsvoorstel», under the file's Kamerstuk; a version in the catalogue is published law, no bill
        raise UsageError(f"{spec} is een officiële versie van de {officieel.citeertitel} (geldig vanaf "
                         f"{officieel.geldig_vanaf}), geen wetsvoorstel",
                         hint=GEEN_WETSVOORSTEL + "; twee versies vergelijkt 'wetgeving diff'") from None
    if tr.soort == "overig":  # helper-172: «Wetsvoorstel: overig-2023 … Artikel I (nummer door ons afgeleid)»; our model
        # only groups changes of 2023-01-01 that are not tranche 1's, of an act the sources do not name
        per = sorted({o.inwerking.isoformat() for _, o in tr.onderdelen()})
        wetten = " en de ".join(dict.fromkeys(cat.titel_van(w.regeling) for w in tr.wijzigingen))  # helper-174: not the base's
        raise UsageError(f"{tr.nr or tr.id} is geen wetsvoorstel en geen wet: het groepeert wijzigingen van de "
                         f"{wetten} die op {' of '.join(per)} in werking traden en niet uit tranche 1 komen; van "
                         "welke wet ze zijn, staat niet in de bronnen",
                         hint=f"noem een tranche die een wetsvoorstel of een wet is ({_wetten(tranches())}), of een "
                              "wijzigingswet als bestand")
    if tr.status == "wetsvoorstel":
        ill = illustration_for(cat, tr, base.bwb_id, base.citeertitel)
        act = illustrative_act(cat, tr, ill)
        return Voorstel(apply(base, act).regeling, ill.label, stappen(base, act), "het illustratieve ontwerp",
                        ingediend=tr.ingediend, ingediend_tekst=tr.ingediend_tekst, kamerstuk=tr.kamerstuk,
                        consultaties=tr.consultaties)
    # an act in force: what is commented on is the text it alone gives, never a version of the law (other acts of the
    # same date, e.g. the rekenkamer changes of 2023-01-01 beside Stb. 2022, 444, are not in it)
    _al_toegepast(cat, tr, base)
    act = build(cat, tr).act
    letters = {(w.artikel, o.naam): f"Artikel {w.artikel}" + (" (nummer door ons afgeleid)" if w.artikel_zekerheid != "bekend"
                                                            else "") + ", " + (  # helper-88: Provinciewet, Artikel II
               f"onderdeel {o.naam}" if o.letter_zekerheid == "bekend"
               else f"onderdeel {o.naam} (letter door ons afgeleid)" if o.letter_zekerheid == "afgeleid"
               else f"het onderdeel dat {' en '.join(d.citation() for d in o.doelen)} wijzigt (letter niet in de bronnen)")
               for w, o in tr.onderdelen()}  # helper-86: pw-182; our model's own name is no citation (helper-131)
    onderwerp = _de(tr.titel)
    return Voorstel(apply(base, act).regeling, (
        f"{onderwerp[:1].upper()}{onderwerp[1:]} is {tr.in_werking()}. De tekst per artikel is die van de wet zoals zij "
        "is aangenomen (niet "
        f"noodzakelijk die van het wetsvoorstel op de datum van deze reactie), toegepast op de {base.citeertitel} zoals "
        f"{'geldend op' if base.tekstdatum else 'geldend vanaf'} {base.geldig_vanaf}"
        f"{' (Markdown-spiegel)' if base.tekstdatum else ''}: een samengestelde tekst, want wijzigingen uit andere wetten "
        "staan er niet in."),
        stappen(base, act, lambda art, ond: letters.get((art, ond), f"Artikel {art}, onderdeel {ond}")), "de wet",
        tr.gepubliceerd or min((o.inwerking for _, o in tr.onderdelen()), default=None),
        (f"de wet is gepubliceerd op {tr.gepubliceerd} ({tr.publicatie}); " if tr.gepubliceerd else "")
        + f"{_de(tr.titel)} is {tr.in_werking()}", tr.ingediend, tr.aangenomen, kamerstuk=tr.kamerstuk,
        consultaties=tr.consultaties,
        beperkt=tuple(f"onvolledig: {n.tekst[:1].lower()}{n.tekst[1:]}" for n in tr.niet_gemodelleerd
                      if n.noemt(base.citeertitel)))


def _wetten(alle: Sequence[Tranche]) -> str:
    """The tranches a reaction can be on: a bill or an act, not our group of other changes (overig-2023)."""
    return ", ".join(t.nr or t.id for t in alle if t.soort != "overig")


def _al_toegepast(cat: Catalogus, tr: Tranche, base: Regeling) -> None:
    """An act in force commented on a base text that already holds it: every provision it changed would read «niet
    gewijzigd» (helper-86: tranche 1 on gemeentewet@2023-04-01, 36a, tweede lid, and 87). Refused, naming the text
    before it."""
    for w in tr.wijzigingen:
        if base.bwb_id not in {b.bwb_id for b in cat.versions(w.regeling)}:
            continue
        eerste = min((o.inwerking for o in w.onderdelen), default=None)
        if eerste is not None and base.geldig_vanaf >= eerste:
            raise UsageError(f"de basis, de {base.citeertitel} {datum_tekst(base)}, bevat de wijzigingen van tranche "
                             f"{tr.nr or tr.id} al (in werking vanaf {eerste}): elke bepaling die de wet wijzigde, zou "
                             "«niet gewijzigd» heten",
                             hint=f"geef als basis de tekst van vóór de wet: {w.voor}" if w.voor else
                             f"de bronnen hebben geen tekst van de {base.citeertitel} van vóór de wet")


def _is_act(path: Path) -> bool:
    """An amending act: our act XML, or any plain text (helper-80: a .txt act in Latin-1 or headed «Artikel I» was
    read as a regeling and refused for its extension; the act reader names what is wrong with it)."""
    head = path.read_bytes()[:4096]
    root = re.search(rb"<(?![?!])(?:[\w.-]+:)?([\w.-]+)", head) if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<") \
        else None
    if root is not None:  # XML: its root element says it (helper-97: «ARTIKEL I» in the provenance note of a text
        return root[1] == b"wijzigingsregeling"  # that `apply -o` wrote made it an act)
    return b"urn:wetgeving:wijziging:1" in head or b"ARTIKEL I" in head or path.suffix.lower() == ".txt"


def prepare(cat: Catalogus, reactie: Reactie, *, bill: str | None = None, base: str | None = None,
            datum: date | None = None) -> Voorbereid:
    """The comments of ``reactie`` anchored to the bill; ``datum`` (``--date``) replaces the file's date everywhere."""
    path = Path(reactie.bron)
    if datum is not None:
        reactie = dataclasses.replace(reactie, datum=datum)
    # what loading the base says goes into the document too, with the file's other notes (kanttekeningen)
    basis, bij_basis = met_meldingen(lambda: _geladen(lambda: cat.load(base or reactie.basis), "de basiswet", path,
                                                      reactie.regel("basis"), optie="--base" if base else ""),
                                     opnieuw=False)
    gekozen = _geladen(lambda: voorstel_van(cat, bill or reactie.wetsvoorstel, basis), "het wetsvoorstel", path,
                       reactie.regel("wetsvoorstel"), optie="--bill" if bill else "--base" if base else "")
    voorstel, label = gekozen.regeling, gekozen.label
    reactie = _kamerstuk(reactie, gekozen, path)
    if reactie.datum is None:  # after the sources: a modified source is said first, whatever the file lacks
        raise CommentsError("'datum' ontbreekt onder 'consultatie': de datum van de reactie", file=path,
                            line=reactie.regel("consultatie"), hint="voeg 'datum: JJJJ-MM-DD' toe, of geef --date")
    if not gekozen.voorgesteld and gekozen.wet_sinds is not None and reactie.datum < gekozen.wet_sinds:
        # helper-110: a reaction of 2021 on Kamerstuk 35 546 spoke of «(ingevoegd)» and «de wet wijzigt … niet»; on its
        # date the act was a bill, so it speaks of one; of the bill as adopted, whose text it shows (helper-126: «Tekst
        # volgens het wetsvoorstel» showed the adopted text, and onderdeel 0A, which the bill of 2020 did not have)
        # (helper-128: before the Eerste Kamer adopted it, «het aangenomen wetsvoorstel» named what was not yet so)
        gekozen = dataclasses.replace(gekozen, van=AANGENOMEN if gekozen.aangenomen is not None
                                      and gekozen.aangenomen <= reactie.datum else LATER_AANGENOMEN)
    # helper-56: «the sources do not show whether the base version still held» went to the terminal only
    vooraf = gekozen.consultaties and gekozen.ingediend is not None and reactie.datum < gekozen.ingediend and not any(
        c.loopt(reactie.datum) for c in gekozen.consultaties)  # helper-128: before submission, in no consultation
    kanttekeningen = tuple(k.removesuffix(".") for k in (  # each is said «Let op: ….» (helper-126: «titel..»)
        *_op_datum(cat, reactie.datum, basis, gekozen), *([_geen_consultatie(gekozen)] if vooraf else []), *bij_basis,
        *([gekozen.onvolledig] if gekozen.onvolledig else []),
        *gekozen.beperkt, *([gekozen.deel] if gekozen.deel else [])))
    punten, waarschuwingen = [], [f"{path}: let op: {k}" for k in kanttekeningen]
    uitlijning = diff(basis, voorstel)
    # helper-172: «zoals het wetsvoorstel zoals later aangenomen haar zou wijzigen»
    door = volgens(gekozen.van)  # «de wijzigingswet», not «de wet» (the law it amends)
    naam = (f"de {basis.citeertitel} met de wijzigingen van {door}" if " zoals " in door else
            f"de {basis.citeertitel} zoals {door} haar zou wijzigen") + f" (basis: de versie {datum_tekst(basis)})"
    fouten: list[CommentsError] = []  # every comment that cannot be placed, said in one run (helper-54)
    for o in reactie.opmerkingen:
        try:
            o = _onderdeel_van(o, gekozen, path)
            try:
                adres, unit = resolve(voorstel, o.bepaling, naam=naam, nieuw=True)  # the text after the change
            except AddressError as exc:
                if (waarom := _buiten_bron(basis, o.bepaling)) is not None:  # helper-88: Provinciewet 175
                    raise CommentsError(f"{o.bepaling!r}: {waarom}", file=path, line=o.regel,
                                        hint="plaats de opmerking bij een artikel dat de bron bevat") from None
                weg = _vervallen(basis, uitlijning, o, path, gekozen)
                if weg is None and (m := _WIJZIGINGSARTIKEL.match(o.bepaling)) and gekozen.stappen:
                    raise CommentsError(  # helper-71: the hint named the law's last artikelen
                        f"{o.bepaling!r}: artikel {m[1].upper()} is een artikel van {door}, geen "
                        f"artikel van de {basis.citeertitel}", file=path, line=o.regel,
                        hint="noem een onderdeel of de bepaling die het wijzigt; bekend: "
                             + ", ".join(x.aanduiding for x in gekozen.stappen)) from None
                if weg is None:
                    raise CommentsError(f"{o.bepaling!r}: {exc.message}", file=path, line=o.regel, hint=exc.hint) from None
                punten.append(weg)
                continue
            text = voorgelezen(unit)  # with its lid numbers and onderdeel labels, as a lawyer reads it (helper-71)
            vorig = oud_adres(uitlijning, adres)  # a lid inserted «onder vernummering» has no current text
            if vorig == adres and "(nieuw)" in o.bepaling.casefold():  # helper-131: «(nieuw)» where nothing was renumbered
                waarschuwingen.append(f"{path}:{o.regel}: waarschuwing: «(nieuw)» (aanwijzing 6.19) noemt een nummer dat "
                                      f"een wijziging geeft, maar {door} vernummert {adres.onderwerp()} "
                                      f"niet: het heeft dat nummer ook in de tekst {datum_tekst(basis)}")
            old_unit = basis.get(vorig) if vorig is not None else None
            old = voorgelezen(old_unit) if old_unit is not None else None
            span, vervalt = None, False
            if o.over:
                at = woorden_in(text, o.over)
                vervalt = at < 0 and old is not None and woorden_in(old, o.over) >= 0  # «anders beslist», which the bill
                if at < 0 and not vervalt:  # replaces
                    elders = basis.get(adres) if adres != vorig else None  # the address in the old numbering
                    if elders is not None and woorden_in(voorgelezen(elders), o.over) >= 0:
                        raise CommentsError(
                            f"de woorden «{o.over}» staan in {adres.citation()}{',' if ',' in adres.citation() else ''} "
                            f"van de tekst {datum_tekst(basis)}, maar "
                            f"{door} nummert die bepaling anders",
                            file=path,
                            line=o.regel_over or o.regel, hint="noem de bepaling met het nummer dat zij na de wijziging heeft "
                                                               "(de bepaling met dit nummer is daarin een andere)")
                    raise CommentsError(
                        f"de woorden «{o.over}» komen niet voor in {adres.citation()}, niet zoals {door} dat laat luiden "
                        f"en niet in de tekst {datum_tekst(basis)}",
                        file=path, line=o.regel_over or o.regel,
                        hint=f"citeer de woorden precies zoals ze in de tekst volgens {door} of in de tekst "
                             f"{datum_tekst(basis)} staan")
                span = (at, at + len(o.over)) if not vervalt else None
                keer = _keer_in(text if not vervalt else old or "", o.over)
                if keer > 1:  # helper-86: «bevordert» in artikel 170 stands in more than one lid
                    waarschuwingen.append(f"{path}:{o.regel_over or o.regel}: waarschuwing: de woorden «{o.over}» staan "
                                          f"{keer} keer in {adres.citation()}; de opmerking staat bij de eerste keer "
                                          "(noem het lid of onderdeel, of citeer meer woorden)")
            if old == text and gekozen.deel:  # helper-110: 36a, «niet gewijzigd» by the excerpt of 35 546, nr. 2
                waarschuwingen.append(f"{path}:{o.regel}: waarschuwing: of {door} {adres.onderwerp()} wijzigt, is "
                                      f"niet vast te stellen: {DEEL}")
            elif old == text and adres.artikel not in gekozen.onzeker:
                nummer = f"; {vorig.onderwerp()} wordt vernummerd tot {adres.citation()}" if vorig and vorig != adres else ""
                # «… wijzigt artikel 1 niet», «… wijzigt artikel 36a, tweede lid, niet» (helper-54)
                waarschuwingen.append(f"{path}:{o.regel}: waarschuwing: {door} wijzigt {adres.onderwerp()} niet; "
                                "de opmerking blijft staan bij de tekst zoals die is" + nummer)
            if o.alternatief and (ontbreekt := _onderdelen_weg(unit, o.alternatief)):
                waarschuwingen.append(f"{path}:{o.regel}: waarschuwing: het alternatief voor {adres.onderwerp()} bevat "
                                      f"{ontbreekt} niet: in het document staan die als doorgehaald; gaat het alternatief alleen "
                                      "over de aanhef, neem de onderdelen dan over in het alternatief")
            citaat = aanduiding(adres, vorig if old_unit is not None else None, voorstel.citeertitel,
                                str(basis.geldig_vanaf), voorgesteld=gekozen.voorgesteld)
            waar = plaats(gekozen.stappen, adres)
            if waar:  # the provision as amended, and the onderdeel of the act that amends it («van de wijzigingswet»)
                citaat = f"{waar}, van {door}: {citaat}"
            niet_toegepast = adres.artikel in gekozen.onzeker  # else, from an excerpt: the rest of the bill is unknown
            onzeker_door = {} if niet_toegepast or not gekozen.deel else {"onzeker_waarom": DEEL}
            punten.append(Punt(o, adres, citaat, old, text,
                               redline(old or "", text), redline(text, o.alternatief) if o.alternatief else (), span, vervalt,
                               niet_toegepast or bool(gekozen.deel), **onzeker_door))
        except CommentsError as exc:
            fouten.append(exc)
    if len(fouten) == 1:
        raise fouten[0]
    if fouten:
        raise CommentsError(f"{len(fouten)} opmerkingen zijn niet te plaatsen:\n" + "\n".join(
            "  " + str(e).replace("\n", "\n    ") for e in fouten),
                            file=path, hint="herstel elk van deze regels van het reactiebestand")
    # in the order of the law as the bill leaves it, as the web application orders them (helper-182: the file's order gave
    # «Artikel 170 / 41d / 36c» for Kamerstuk 36 892, whose onderdelen A, B, C change 36c, 41d, 170); comments on one
    # provision keep the order they were written in (a stable sort)
    punten.sort(key=lambda p: in_volgorde(p.adres))
    if reactie.vragen:  # helper-71: such a comment went under the first question without a word
        waarschuwingen += [f"{path}:{o.regel}: waarschuwing: de opmerking bij '{o.bepaling}' noemt geen 'vraag'; in de "
                           f"tekst voor internetconsultatie staat zij onder de eerste vraag («{reactie.vragen[0]}»)"
                           for o in reactie.opmerkingen if not o.vraag]
    # helper-214: without a titel, an act in force was «Reactie op het wetsvoorstel» in the Word document's title
    getiteld = reactie if reactie.titel else dataclasses.replace(reactie, titel=f"Reactie op {gekozen.van}")
    return Voorbereid(getiteld, basis, voorstel, tuple(punten), tuple(waarschuwingen), integriteit.with_label(label) or "",
                      kanttekeningen, gekozen.van, _na_indiening(reactie.datum, gekozen),
                      # helper-197: what the reader must know of it (a nota van wijziging never submitted) in every format
                      next((c.kort + (f"; let op: {c.let_op}" if c.let_op else "") for c in gekozen.consultaties
                            if c.loopt(reactie.datum)), ""),
                      _stand(reactie.datum, gekozen))


def in_volgorde(adres: Adres) -> tuple[tuple[str, Key], ...]:
    """Where a provision stands in the law: artikel 36c before 170, lid 2 before lid 10."""
    return tuple((soort, sort_key(nr)) for soort, nr in adres.segmenten)


def _na_indiening(datum: date, gekozen: Voorstel) -> str:
    """A bill already before the Tweede Kamer on ``datum`` (and not yet law): the internetconsultaties the sources
    show, and which was open that day. Kamerstuk 35 546: on the concept 27-11-2019 to 31-01-2020, submitted 2020-08-31,
    and on a nota van wijziging 12-02-2021 to 01-04-2021 (helper-126: «een internetconsultatie gaat over het concept,
    vóór de indiening» was said of a reaction of 2021-03-01, in the second one)."""
    stand = _stand(datum, gekozen)
    if not stand:
        return ""
    # helper-107: «lag … al bij de Tweede Kamer» on 2030-01-01, a day the sources say nothing of
    eerst = f"op {datum}, de datum van deze reactie, was het wetsvoorstel al {stand}"
    if not gekozen.consultaties:
        return f"{eerst}; waar het voorstel op die dag stond, en of er toen een internetconsultatie openstond, tonen de " \
               "bronnen niet"
    toen = next((c for c in gekozen.consultaties if c.loopt(datum)), None)
    if toen is not None:  # helper-128: a reaction in the consultation on a nota van wijziging whose text is not shown
        return f"{eerst}; op die dag liep {toen.tekst}" + (f"; {toen.let_op}" if toen.let_op else "")
    return f"{eerst}; {_geen_consultatie(gekozen)}"


def _stand(datum: date, gekozen: Voorstel) -> str:
    """«bij de Tweede Kamer ingediend (stukken gedateerd 2026-02-03)»: a bill submitted on or before ``datum`` and not
    yet adopted nor law on it; empty otherwise (what an adopted bill or a law was then, :func:`_op_datum` says)."""
    if gekozen.ingediend is None or datum < gekozen.ingediend or not gekozen.voorgesteld:
        return ""
    if gekozen.wet_sinds is not None and gekozen.wet_sinds <= datum:
        return ""  # no bill any more: said by _op_datum
    if gekozen.aangenomen is not None and gekozen.aangenomen <= datum:
        return ""  # adopted: said by _op_datum, and no consultation (helper-131)
    if gekozen.ingediend_tekst and not gekozen.ingediend_tekst.startswith("ingediend"):  # not «ingediend (ingediend …)»
        return f"bij de Tweede Kamer ingediend ({gekozen.ingediend_tekst})"  # (helper-131)
    return f"op {gekozen.ingediend} bij de Tweede Kamer ingediend"  # helper-156: not «ingediend (op 31 augustus 2020)»


def _geen_consultatie(gekozen: Voorstel) -> str:
    """«de bronnen tonen twee internetconsultaties, over … en over …; geen van beide liep op die dag; …»."""
    cs = gekozen.consultaties
    welke = " en ".join(f"over {c.kort}" for c in cs)
    if len(cs) == 1:
        return f"de bronnen tonen één internetconsultatie, {welke}, en die liep op die dag niet; of er toen een andere " \
               "openstond, tonen de bronnen niet"
    aantal = {2: "twee", 3: "drie"}.get(len(cs), str(len(cs)))
    return (f"de bronnen tonen {aantal} internetconsultaties, {welke}; geen {'van beide' if len(cs) == 2 else 'ervan'} "
            "liep op die dag; of er toen een andere openstond, tonen de bronnen niet")


_ONDERDEEL = re.compile(r"(?i)^\s*artikel\s+([IVXL]+)\s*,?\s*onderdeel\s+([A-Z]{1,2}\d*)\s*$")  # «,» or not (helper-126)
_WIJZIGINGSARTIKEL = re.compile(r"(?i)^\s*artikel\s+([IVXL]+)\s*$")  # «Artikel I» of the bill itself


def _onderdeel_van(o: Opmerking, gekozen: Voorstel, path: Path) -> Opmerking:
    """«Artikel I, onderdeel A», the bill's own numbering (how a reader of the bill cites it; helper-56: it was
    «kan … niet lezen»): the artikel of the law that onderdeel changes, when it changes one; refused naming them
    when it changes several, or the onderdelen there are when there is none of that name."""
    m = _ONDERDEEL.match(o.bepaling)
    if m is None or not gekozen.stappen:
        return o
    naam = f"Artikel {m[1].upper()}, onderdeel {m[2].upper()}"
    stap = next((s for s in gekozen.stappen if s.aanduiding == naam or s.aanduiding.startswith(naam + " ")), None)
    if stap is None:
        raise CommentsError(f"{o.bepaling!r}: {volgens(gekozen.van)} heeft geen {naam[0].lower()}{naam[1:]}", file=path,
                            line=o.regel, hint="bekend: " + ", ".join(s.aanduiding for s in gekozen.stappen))
    if len(stap.artikelen) != 1:
        raise CommentsError(f"{o.bepaling!r}: {stap.aanduiding} wijzigt de artikelen "
                            f"{opsomming(sorted(stap.artikelen, key=sort_key))}", file=path, line=o.regel,
                            hint="noem het artikel (of lid) waarover de opmerking gaat")
    # the lid or onderdeel it changes, not the whole artikel (unless some onderdeel of the act could not be applied)
    if stap.eenheid is not None and not gekozen.onvolledig and _zelfde(stap, gekozen):
        return dataclasses.replace(o, bepaling=stap.eenheid.citation())
    return dataclasses.replace(o, bepaling=f"artikel {next(iter(stap.artikelen))}")


def _zelfde(stap: Stap, gekozen: Voorstel) -> bool:
    """Whether the unit the onderdeel changed reads in the whole bill's text as that onderdeel left it (a later
    onderdeel did not renumber or change it), so the comment is placed at it there."""
    assert stap.eenheid is not None
    na, eind = stap.na.get(stap.eenheid), gekozen.regeling.get(stap.eenheid)
    return na is not None and eind is not None and full_text(na) == full_text(eind)


def _vervallen(basis: Regeling, uitlijning: Diff, o: Opmerking, path: Path, gekozen: Voorstel) -> Punt | None:
    """A comment on a provision of the base law that the bill repeals (helper-56: «artikel 25» on tranche 1, whose
    hoofdstuk Va replaces 25, 55 and 86, was «bestaat niet»): placed at the provision as it is, its whole text
    struck; one the bill renumbers is refused with its new number. None: the base law has no such provision."""
    try:
        adres, unit = resolve(basis, o.bepaling)
    except AddressError:
        return None
    w = next((w for a in uitlijning.artikelen for w in a.verschillen
              if w.oud is not None and (w.oud == adres or adres.is_within(w.oud))), None)
    if w is not None and w.nieuw is not None:
        nieuw = Adres(w.nieuw.segmenten + adres.segmenten[len(w.oud.segmenten):]) if w.oud else w.nieuw
        raise CommentsError(f"{o.bepaling!r}: {volgens(gekozen.van)} vernummert {adres.onderwerp()} tot "
                            f"{nieuw.citation()}", file=path, line=o.regel,
                            hint=f"noem de bepaling met het nummer dat zij na de wijziging heeft: {nieuw.citation()}")
    huidig = voorgelezen(unit)
    if o.over and woorden_in(huidig, o.over) < 0:
        raise CommentsError(f"de woorden «{o.over}» komen niet voor in {adres.citation()} van de tekst geldig vanaf "
                            f"{basis.geldig_vanaf}", file=path, line=o.regel_over or o.regel,
                            hint="citeer de woorden precies zoals ze in die tekst staan")
    titel = basis.citeertitel
    citaat = f"{adres.citation(titel)} ({'vervalt' if gekozen.voorgesteld else 'vervallen'})"
    waar = plaats(gekozen.stappen, adres)
    if waar:
        citaat = f"{waar}, van {volgens(gekozen.van)}: {citaat}"
    return Punt(o, adres, citaat, huidig, "", redline(huidig, ""),
                redline("", o.alternatief) if o.alternatief else (), None, bool(o.over))


def _kamerstuk(reactie: Reactie, gekozen: Voorstel, path: Path) -> Reactie:
    """The dossier number the document names is the bill's (helper-56: «kamerstuk: 35546» on tranche 2 put «Kamerstuk
    35 546» under the banner of 36 892); none given: the bill's own."""
    given = "".join(reactie.kamerstuk.split())
    if given and not re.fullmatch(r"\d{5}(?:-[A-Z0-9]+)?", given):
        raise CommentsError(f"'kamerstuk' {reactie.kamerstuk!r} is geen Kamerstuknummer", file=path,
                            line=reactie.regel("kamerstuk"), hint="schrijf het dossiernummer, zoals \"36892\"")
    if given and gekozen.kamerstuk and given != gekozen.kamerstuk:
        raise CommentsError(f"'kamerstuk' is {reactie.kamerstuk}, maar het gekozen wetsvoorstel is "
                            f"{kamerstuk_naam(gekozen.kamerstuk)}", file=path, line=reactie.regel("kamerstuk"),
                            hint=f"schrijf kamerstuk: \"{gekozen.kamerstuk}\", of laat de sleutel weg")
    return dataclasses.replace(reactie, kamerstuk=given or gekozen.kamerstuk)


def _onderdelen_weg(unit: Eenheid, alternatief: str) -> str:
    """The onderdelen of ``unit`` whose label («a.», «1°.») the alternative text lacks, named («de onderdelen a en b»),
    or "" (helper-110: an alternative for the aanhef of Gemeentewet 28, eerste lid, struck its onderdelen a and b
    without a word)."""
    from wetgeving.wijziging.citeren import reeks_tekst

    weg = [k.nr for k in children(unit) if k.soort == "onderdeel"
           and not re.search(rf"(?<![\w.]){re.escape(k.nr)}[.°]?\s", alternatief + " ")]
    return reeks_tekst("onderdeel", weg) if weg else ""


def woorden_in(text: str, words: str) -> int:
    """Where ``words`` stand in ``text`` as whole words (-1: nowhere): «ders besl» is not in «anders beslist»."""
    from wetgeving.wijziging.uitvoeren_tekst import phrase_pattern

    m = phrase_pattern(words).search(text)
    return m.start() if m else -1


def _keer_in(text: str, words: str) -> int:
    """How often ``words`` stand in ``text`` as whole words."""
    from wetgeving.wijziging.uitvoeren_tekst import phrase_pattern

    return sum(1 for _ in phrase_pattern(words).finditer(text))


def volgens(van: str) -> str:
    """What gives the commented text (``Voorstel.van``), as a label says it: «het wetsvoorstel», «het illustratieve
    ontwerp», and for an act «de wijzigingswet» (not «de wet», which the reader may take for the law it amends)."""
    return "de wijzigingswet" if van == "de wet" else van


def _geladen(load: Callable[[], T], wat: str, path: Path, line: int | None, *, optie: str = "") -> T:
    """``load()``, its error said as one of the comments file at the line that names what failed to load, or of
    the command-line ``optie`` (``--bill``, ``--base``) that named it instead (helper-54: the file was blamed)."""
    try:
        return load()
    except SourceModifiedError:
        raise  # names the modified source file and both hashes, not the comments file
    except WetgevingError as exc:
        # the file at fault and where, when it is another than the comments file (helper-80: the bill's was lost)
        waar = (f" ({exc.file}{f', regel {exc.line}' if exc.line else ''})"
                if exc.file and Path(exc.file) != path else "")
        if optie:
            raise UsageError(f"{optie}: {wat}{waar} kan niet geladen worden: {exc.message}",
                             hint=exc.hint or f"controleer de waarde van {optie}") from None
        raise CommentsError(f"{wat}{waar} kan niet geladen worden: {exc.message}", file=path, line=line,
                            hint=exc.hint or "controleer 'wetsvoorstel' (een tranche: tranche-1, tranche-2; een "
                                             "wijzigingsregeling; of een regeling) en 'basis' onder 'consultatie'") from None


def _op_datum(cat: Catalogus, datum: date, basis: Regeling, gekozen: Voorstel) -> tuple[str, ...]:
    """What the reader must know about the reaction's date: an act already in force on it is no bill; the «huidige
    tekst» is that of the basis, which may not be the version in force on it."""
    out = []
    if gekozen.ingediend is not None and datum < gekozen.ingediend and gekozen.ingediend_tekst:  # 36 892 (helper-56)
        out.append(f"op {datum}, de datum van deze reactie, was dit volgens de bronnen nog geen wetsvoorstel bij de "
                   f"Tweede Kamer: {gekozen.ingediend_tekst} (de dag van indiening zelf staat niet in de bronnen)")
    elif gekozen.ingediend is not None and datum < gekozen.ingediend:  # Kamerstuk 35 546: ingediend 2020-08-31
        out.append(f"op {datum}, de datum van deze reactie, was dit nog geen wetsvoorstel bij de Tweede Kamer: het werd "
                   f"ingediend op {gekozen.ingediend}" + (  # helper-111/114: the letters are those of our model
                       "; de onderdelen (A, B, …) die dit document noemt, zijn die van ons model van de wet (waar «door "
                       "ons afgeleid» staat, onze reconstructie); hoe het concept van die datum ze aanduidde, staat niet "
                       "in de bronnen" if gekozen.stappen else ""))
    if gekozen.aangenomen is not None and gekozen.aangenomen <= datum and (gekozen.wet_sinds is None
                                                                          or datum < gekozen.wet_sinds):
        out.append(f"op {datum}, de datum van deze reactie, was het wetsvoorstel al door de Eerste Kamer aangenomen (op "
                   f"{gekozen.aangenomen}); het kon niet meer worden gewijzigd")
    if gekozen.wet_sinds is not None and gekozen.wet_sinds <= datum:
        out.append(f"op {datum}, de datum van deze reactie, was dit geen wetsvoorstel meer: {gekozen.wet}")
    from wetgeving.util import vandaag

    if datum > (nu := vandaag()):  # helper-159: «· 15 oktober 3026» went without a word
        out.append(f"de datum van deze reactie ({datum}) ligt na de dag waarop dit document is gemaakt ({nu}): wat het "
                   "zegt over de stand van het wetsvoorstel en over de geldende tekst, is wat de bronnen die dag tonen; "
                   "of dat op de datum van de reactie nog zo is, is niet te zeggen")
    titel, vanaf = basis.citeertitel, basis.geldig_vanaf
    welke = f"zoals geldend op {vanaf} (Markdown-spiegel)" if basis.tekstdatum else f"geldig vanaf {vanaf}"
    if basis.tekstdatum:  # helper-110: the mirror's date is when its text was current, no date of entry into force
        out.append(f"de tekst vóór de wijziging is die van de Markdown-spiegel van de {titel}: {vanaf} is de datum waarop "
                   "die tekst gold, geen officiële datum van inwerkingtreding")
    if datum < vanaf:
        out.append(f"de tekst vóór de wijziging is in dit document die van de {titel} {welke}, een versie "
                   f"die pas na de datum van deze reactie ({datum}) ging gelden; de tekst die op {datum} gold, kan anders "
                   "luiden")
    else:
        versies = sorted(b.geldig_vanaf for b in (cat.versions(basis.bwb_id) if basis.bwb_id else [])
                         if b.geldig_vanaf is not None and b.geldig_vanaf > vanaf)
        later = [d for d in versies if d <= datum]
        if later:
            out.append(f"de tekst vóór de wijziging is in dit document die van de {titel} {welke}; op {datum}, "
                       f"de datum van deze reactie, gold een latere versie (in de bronnen: die van {later[-1]})")
        elif datum > vanaf and versies:  # helper-110: a base of 2015 for a reaction of 2021, the next text of 2022
            out.append(f"de tekst vóór de wijziging is in dit document die van de {titel} {welke}; of die op {datum}, de "
                       f"datum van deze reactie, nog gold, tonen de bronnen niet (de volgende versie in de bronnen geldt "
                       f"vanaf {versies[0]})")
    return tuple(out)


def _buiten_bron(basis: Regeling, bepaling: str) -> str | None:
    """Why a provision is not found when the source holds only some artikelen of the law and not its artikel (the
    Provinciewet: only 182), instead of «bestaat niet»; None otherwise."""
    try:
        return buiten_deel(basis, adres_van(bepaling))
    except AddressError:
        return None
