"""Compare two versions of a regeling, or a regeling before and after a tranche."""

from __future__ import annotations

import dataclasses
import re
import warnings
from collections.abc import Iterator, Sequence
from datetime import date, timedelta

from wetgeving.app.verouderd import changed_since_version
from wetgeving.bronnen.catalogus import Catalogus, in_deel, whole
from wetgeving.diff.align import own_text
from wetgeving.diff.resultaat import Diff, Verschil, new_text, old_text, restrict
from wetgeving.errors import AddressError, Leesmeldingen, Melding, UsageError, met_leesmeldingen, met_meldingen
from wetgeving.locatie import Adres
from wetgeving.model import Alinea, Eenheid, Regeling, Structuur, artikelen_in, children, datum_tekst, tekst, uit_wetsvoorstel
from wetgeving.nummers import opsomming, telling


def same_regeling(old: Regeling, new: Regeling) -> tuple[Regeling, Regeling]:
    """Two versions of one regeling, or a usage error: comparing different laws is a mistake."""
    if old.bwb_id and new.bwb_id and old.bwb_id != new.bwb_id:
        raise UsageError(f"dit zijn twee verschillende regelingen: {old.citeertitel} ({old.bwb_id}) en "
                         f"{new.citeertitel} ({new.bwb_id})",
                         hint="vergelijk twee versies van dezelfde regeling, bijvoorbeeld gemeentewet@2022-11-05 "
                              "gemeentewet@2023-04-01")
    return old, new


def over_gat(cat: Catalogus, a: Regeling, b: Regeling) -> None:
    """Warn when two catalogued versions of a law do not follow each other in the sources: the comparison is the sum
    of every change between them, not one change (helper-84: the mirror of 2015-11-24 → 2022-11-05, 86 artikelen
    «verschillen» as if in one change; helper-158: 2023-04-01 → 2026-10-01, three and a half years, said nothing).
    Versions follow each other where the older one's end (``geldig_tot``) is the day before the newer one began. Two
    neighbouring texts of the Markdown mirror are its own series (one file per commit of it): not said of them; two
    with others between are (helper-160)."""
    if not a.bwb_id or a.bwb_id != b.bwb_id or a.samengesteld or b.samengesteld:
        return
    van, tot = sorted((a.geldig_vanaf, b.geldig_vanaf))
    if van == tot:  # before the catalogue is read: two files of one date need no TOML reader (docs/references.md)
        return
    versies = [x for x in cat.versions(a.bwb_id) if x.geldig_vanaf is not None]
    if not {van, tot} <= {x.geldig_vanaf for x in versies}:  # a user's own file: no series to place it in
        return
    if any(x.geldig_vanaf == van and x.geldig_tot == tot - timedelta(days=1) for x in versies):
        return
    tussen = sorted({x.geldig_vanaf for x in versies if x.geldig_vanaf is not None and van < x.geldig_vanaf < tot})
    if not tussen and not (a.tekstdatum and b.tekstdatum):
        warnings.warn(Melding(f"tussen {van} en {tot} hebben de bronnen geen tekst van de {a.citeertitel}: dit is het "
                              "saldo van alle wijzigingen in die tijd, hoeveel het er ook waren, niet één wijziging"),
                      stacklevel=2)
    elif tussen:
        warnings.warn(Melding(f"tussen {van} en {tot} hebben de bronnen ook {andere_teksten(a.citeertitel, tussen)}: dit "
                              "is het saldo van alle wijzigingen in die tijd, niet één wijziging; vergelijk de versies "
                              "na elkaar om ze, voor zover de bronnen ze hebben, apart te zien"), stacklevel=2)


def andere_teksten(titel: str, data: Sequence[date]) -> str:
    """«de tekst van de Gemeentewet van 2023-01-01», «de teksten … van 2023-01-01 en 2023-04-01»; more than three by
    their count and range, «21 andere teksten van de Gemeentewet (van 2011-08-03 tot en met 2015-11-24)»."""
    if len(data) <= 3:
        return f"de {'tekst' if len(data) == 1 else 'teksten'} van de {titel} van {opsomming([str(d) for d in data])}"
    return f"{len(data)} andere teksten van de {titel} (van {data[0]} tot en met {data[-1]})"


def over_bronnen(a: Regeling, b: Regeling, d: Diff, *, bijlagen: bool = True, instructies: bool = False) -> None:
    """What a comparison of ``a`` and ``b`` must say about its sources beside the differences it shows: words a
    source cannot hold (:func:`over_slotzinnen`), differences only in spaces (:func:`over_spaties`), and bijlagen,
    which it does not compare (:func:`over_bijlagen`)."""
    over_slotzinnen(a, b, d)
    over_spaties(d, instructies=instructies)
    if bijlagen:  # not for a comparison of one unit (--only)
        over_bijlagen(a, b, instructies=instructies)


def over_spaties(d: Diff, *, instructies: bool = False) -> None:
    """Warn of units whose words differ only in spaces beside punctuation (helper-109: the laws-markdown mirror of
    2014-05-16 lost the space in «vierde lid,124c» of Gemeentewet 124a, tweede lid, and in «gesteld.De voordracht» of
    154b; the instructions replaced «…vierde lid, 124c» by «…vierde lid,124c»): such a difference is likely one of the
    source's layout, not of the law (aanwijzing 6.10: a whole lees- of begripseenheid is replaced, never a space). A
    space between two letters or digits is meaningful: «2159» and «21 59» in 249 (2014-01-06 → 2014-05-16) are one
    number and two (helper-111)."""
    def los(v: Verschil) -> bool:
        return bool(v.redline) and v.soort == "changed" and \
            _zonder_losse_spaties(old_text(v.redline)) == _zonder_losse_spaties(new_text(v.redline))

    waar = [(v.nieuw or v.oud).citation() for g in d.artikelen for v in g.verschillen  # type: ignore[union-attr]
            if los(v) and (v.nieuw or v.oud) is not None]
    # helper-145: «86 artikelen verschillen» counted Gemeentewet 81g, whose words differ in a space only
    alleen = [g.label[:1].lower() + g.label[1:] for g in d.artikelen
              if g.soort == "changed" and g.verschillen and all(map(los, g.verschillen))]
    geteld = (f"; {telling(len(alleen), 'artikel', 'artikelen')} ({', '.join(alleen)}) "
              f"{'telt' if len(alleen) == 1 else 'tellen'} daardoor mee als gewijzigd") if alleen and not instructies else ""
    if waar:
        warnings.warn(Melding(
            f"in {'; '.join(waar)} verschillen alleen spaties naast een leesteken: waarschijnlijk een verschil in de opmaak "
            f"van de bron, geen wijziging van de wet; controleer het in de officiële tekst{geteld}" + (
                "; deze instructies nemen het verschil over, zodat de tekst precies de nieuwe wordt: schrap zo'n wijziging "
                "als de officiële tekst het verschil niet heeft (een instructie die alleen een spatie verandert, hoort niet "
                "in een wijzigingsregeling)" if instructies else "")), stacklevel=3)


def _zonder_losse_spaties(text: str) -> str:
    """``text`` with white space beside a punctuation mark left out, and other runs of white space as one space."""
    text = re.sub(r"\s*([^\w\s])\s*", r"\1", text)
    return " ".join(text.split())


def over_bijlagen(a: Regeling, b: Regeling, *, instructies: bool = False) -> None:
    """Warn when a bijlage differs: the comparison (and so the instructions) covers artikelen and their arrangement,
    not the text of bijlagen (helper-109: Gemeentewet, laws-markdown 2014-11-19 → 2014-11-21, Bijlage I bedoeld in
    artikel 124b gained «Jeugdwet» twice, and `instructions` said both had the same text; aanwijzing 6.14). The
    ``instructies`` insert a new bijlage and let one that is gone vervallen: only one in both texts is left to the user
    (helper-212: bijlage I, new on 2012-10-01 and inserted as the act's last onderdeel, was called «verschilt»)."""
    def bijlagen(r: Regeling) -> dict[tuple[tuple[str, str], ...], str]:
        """The bijlagen by their path; only the structure is walked, not the artikelen (the whole :attr:`index` cost a
        tenth of a whole `diff` of the Participatiewet)."""
        Pad = tuple[tuple[str, str], ...]
        out: dict[Pad, str] = {}
        stack: list[tuple[Pad, Structuur]] = [((), u) for u in r.inhoud if isinstance(u, Structuur)]
        while stack:
            pad, u = stack.pop()
            segs = (*pad, (u.soort, u.nr))
            if u.soort == "bijlage":
                out[segs] = tekst(u, " ")
            stack.extend((segs, k) for k in u.inhoud if isinstance(k, Structuur))
        return out

    oud, nieuw = bijlagen(a), bijlagen(b)
    anders = sorted(k for k in (oud.keys() & nieuw.keys() if instructies else oud.keys() | nieuw.keys())
                    if oud.get(k) != nieuw.get(k))
    if anders:
        namen = opsomming([Adres.verlengd(k).citation() for k in anders])
        warnings.warn(Melding(
            f"{namen} {'verschilt' if len(anders) == 1 else 'verschillen'} tussen de twee teksten; wetgeving vergelijkt "
            "de artikelen en hun indeling, niet de tekst van bijlagen: vergelijk die zelf, en regel een wijziging ervan "
            "uitdrukkelijk (voor het vervallen van een bijlage: aanwijzing 6.14)"), stacklevel=3)


def over_slotzinnen(a: Regeling, b: Regeling, d: Diff) -> None:
    """Warn when one side's source cannot hold words after a unit's onderdelen (regelrecht v0.3.x) and the other has
    such words in an artikel the comparison changes (helper-101: Gemeentewet 154b, eerste lid, «De voordracht voor een
    krachtens dit lid …», absent from the sources of 2022-11-05 to 2023-04-01, came out as deleted and inserted again,
    though nothing shows that the law changed there)."""
    if a.zonder_slotzinnen == b.zonder_slotzinnen:
        return
    zonder, met = (a, b) if a.zonder_slotzinnen else (b, a)
    gewijzigd = {nr for g in d.artikelen for nr in (g.oud_nr, g.nieuw_nr) if nr}
    waar = [adres.citation() for art in met.artikelen() if art.nr in gewijzigd
            for adres, u in _eenheden(Adres.of(("artikel", art.nr)), art)
            if _slotwoorden(u) or _aan_het_laatste(u, zonder.get(adres))]
    if waar:
        genoemd = opsomming(waar) + ("," if "," in waar[-1] else "")  # «heeft artikel 154b, eerste lid, zulke woorden»
        warnings.warn(Melding(
            f"de bron van de {zonder.citeertitel} {datum_tekst(zonder)} (regelrecht-schema v0.3) geeft per lid en "
            f"onderdeel één tekst en kan geen woorden na de onderdelen bevatten; in de "
            f"{'' if met.tekstdatum else 'versie '}{datum_tekst(met)} "
            f"{'heeft' if len(waar) == 1 else 'hebben'} {genoemd} zulke woorden: wat hier daarover staat, kan een "
            "verschil van de bronnen zijn, geen wijziging van de wet; controleer het in de officiële tekst"), stacklevel=2)


def _eenheden(adres: Adres, unit: Eenheid) -> Iterator[tuple[Adres, Eenheid]]:
    """``unit`` and every unit inside it, with their addresses, in document order."""
    yield adres, unit
    for k in children(unit):
        yield from _eenheden(adres.child(k.soort, k.nr), k)


def _aan_het_laatste(u: Eenheid, ander: Eenheid | None) -> bool:
    """Whether the last onderdeel of ``u`` is that of ``ander`` with a sentence more: closing words a source glued to
    it (the laws-markdown mirror: Gemeentewet 154b, eerste lid, onderdeel b, «… strafbaar zijn gesteld.De voordracht …»;
    helper-103: the instructions 2015-11-24 → 2022-11-05 let it vervallen without a word)."""
    delen, andere = list(children(u)), list(children(ander)) if ander is not None else []
    if not delen or not andere or delen[-1].nr != andere[-1].nr:
        return False
    hier, daar = own_text(delen[-1]).strip(), own_text(andere[-1]).strip()
    return hier != daar and hier.startswith(daar) and daar[-1:] in ".;" and hier[len(daar):].strip()[:1].isupper()


def _slotwoorden(u: Eenheid) -> bool:
    """Whether a unit has words after (or between) its onderdelen or leden."""
    kind = [i for i, k in enumerate(u.inhoud) if not isinstance(k, Alinea)]
    return bool(kind) and any(isinstance(k, Alinea) for k in u.inhoud[kind[0]:])


def compare(cat: Catalogus, old: str, new: str, only: str | None = None) -> Diff:
    """The structural diff of two versions (``name@date`` or files); ``only`` restricts it to one unit
    (a citation or an address), which may then come from a partial source. What the comparison must say beside
    it (:class:`~wetgeving.errors.Melding`) is warned as always and kept in the diff, for every output format."""
    d, meldingen = met_meldingen(lambda: _compare(cat, old, new, only))
    return dataclasses.replace(d, meldingen=meldingen) if meldingen else d


def _compare(cat: Catalogus, old: str, new: str, only: str | None) -> Diff:
    return met_leesmeldingen(lambda lm: _vergelijk(cat, old, new, only, lm))


def _vergelijk(cat: Catalogus, old: str, new: str, only: str | None, lm: Leesmeldingen) -> Diff:
    from wetgeving.diff import diff

    with lm:  # given again below, for the unit asked for (--only)
        a, b = cat.load(old), cat.load(new)
    if only is None:  # one unit of a partial source is fine; the whole law is not there
        advies = f"vergelijk één artikel, bijvoorbeeld met 'wetgeving diff {old} {new} --only \"artikel …\"'"
        a, b = whole(a, old, hint=advies), whole(b, new, hint=advies)
    a, b = same_regeling(a, b)
    for spec, reg in ((old, a), (new, b)):
        if reg.samengesteld:  # a text written by `apply`: the reader of the diff must know it
            warnings.warn(Melding(f"{spec}: {reg.samengesteld}"), stacklevel=2)
    if a.bwb_id and a.bwb_id == b.bwb_id and a.geldig_vanaf > b.geldig_vanaf:
        # helper-136: words of a bill (a text composed from it) were never «in werkelijkheid ingevoegd»
        voorstel = uit_wetsvoorstel(a) or uit_wetsvoorstel(b)
        warnings.warn(Melding(f"{old} ({datum_tekst(a)}) is " + ("van een latere datum" if voorstel else "een latere versie")
                              + f" dan {new} ({datum_tekst(b)}): de vergelijking loopt terug in de tijd; wat hier "
                              "«vervallen» heet, " + ("staat in de latere tekst en niet in de eerdere" if voorstel else
                                                     "werd in werkelijkheid ingevoegd") + ", en omgekeerd"), stacklevel=2)
    over_gat(cat, a, b)
    adres = None
    if only is not None:  # an empty --only names no unit: refused below, never the whole diff
        from wetgeving.citaten import adres_van, container, resolve

        adres = adres_van(only, b.citeertitel, b.bwb_id, cat.citeertitels())
        if adres.artikel is not None and a.get(adres) is None and b.get(adres) is None:
            for spec, reg in ((old, a), (new, b)):  # a partial source without it: refused first, never «bestaat niet»
                in_deel(reg, spec, adres)  # (helper-76)
        if a.get(adres) is None and b.get(adres) is None:  # "hoofdstuk Va": its full address, in either version
            found = (container(b, adres) or container(a, adres)) if adres.artikel is None else None
            try:
                adres = found or resolve(b, str(adres))[0]  # raises: in neither version, with the nearest units
            except AddressError as exc:  # helper-199: it named the new version alone
                if datum_tekst(a) == datum_tekst(b):
                    raise
                raise AddressError(f"{adres.citation()} staat in geen van beide versies (de {b.citeertitel} {datum_tekst(a)} en "
                                   f"{datum_tekst(b)})", hint=exc.hint) from None
        for spec, reg in ((old, a), (new, b)):  # a partial source without it: no «ingevoegd» or «vervallen»
            in_deel(reg, spec, adres)
    lm.geef(adres.artikel if adres is not None else None)  # 2026-12-07: the notice on artikel 44 came with artikel 68
    for spec, reg in ((old, a), (new, b)):  # a dated side whose version the tranches know to be out of date
        changed_since_version(cat, spec, reg, adres)
    if a.bwb_id and a.bwb_id == b.bwb_id and a.geldig_vanaf == b.geldig_vanaf and a.bron == b.bron and a == b:
        # only when the texts are equal (helper-80: an edited copy of a converted file was said to be the same)
        # helper-114: two composed texts of the same content are no «versie» of the law; after the checks above
        # (helper-115: a refused comparison also said «er is niets te vergelijken»)
        wat = "hebben dezelfde tekst" if a.samengesteld or b.samengesteld else "zijn dezelfde versie"
        warnings.warn(Melding(f"{old} en {new} {wat} ({datum_tekst(a)}): er is niets te vergelijken"),
                      stacklevel=2)  # helper-76: «0 artikelen verschillen» without a word why
    # a container ("hoofdstuk Va"): the artikelen it holds in either version, whose addresses do not name it
    held = None if adres is None else {nr for reg in (a, b) if (u := reg.get(adres)) is not None for nr in artikelen_in(u)}
    for spec, reg in ((old, a), (new, b)):  # helper-84: «Artikel 81bis — ingevoegd», not yet in force on 2015-11-24;
        for art in reg.artikelen():  # with --only, of the artikelen asked for only (helper-85)
            if (held is None or art.nr in held) and (nog_niet := art.niet_in_werking(reg.geldig_vanaf)):
                warnings.warn(Melding(f"{spec}: artikel {art.nr} staat in de tekst, maar {nog_niet}"), stacklevel=2)
    d = diff(a, b)
    if adres is not None and held is not None:
        d = restrict(d, adres, held if adres.artikel is None else None)
    over_bronnen(a, b, d, bijlagen=adres is None)
    return d


def compare_tranche(cat: Catalogus, name: str, law: str, when: date | None = None) -> tuple[Diff, str]:
    """The law just before a tranche against the law with (the part in force on ``when`` of) the tranche;
    for a bill its illustrative draft. Returns the diff and the label every rendering must carry."""
    from wetgeving.tranches.vergelijken import tranche_diff

    return tranche_diff(cat, name, law, when)
