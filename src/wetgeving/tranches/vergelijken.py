"""``tranche diff``: the law before a tranche against the law with (the part in force of) the tranche."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date

from wetgeving.bronnen.catalogus import Catalogus
from wetgeving.diff import diff
from wetgeving.diff.resultaat import Diff
from wetgeving.errors import UsageError
from wetgeving.nummers import kamerstuk
from wetgeving.tranches.bouwen import build, illustrative_act
from wetgeving.tranches.lezen import tranche
from wetgeving.tranches.model import TOnderdeel, Tranche
from wetgeving.wijziging.toepassen import apply


def _per_datum(onderdelen: Sequence[TOnderdeel], when: date | None) -> str:
    """«; in werking getreden op 2023-01-01: artikel 12, 13, … ; op 2023-04-01: artikel 19, …»: which artikelen changed
    on which date (helper-145: the redline of tranche 1 mixed the changes of 1 January and 1 April 2023 undated)."""
    from wetgeving.nummers import opsomming, sort_key

    per: dict[date, set[str]] = {}
    afgeleid: set[date] = set()
    for o in onderdelen:
        if when is None or o.inwerking <= when:
            per.setdefault(o.inwerking, set()).update(d.artikel for d in o.doelen if d.artikel)
            if o.inwerking_zekerheid != "bekend":  # helper-147: Provinciewet 182's date is our derivation
                afgeleid.add(o.inwerking)
    if not per:
        return ""
    delen = [f"{'in werking getreden ' if i == 0 else ''}op {d}{' (datum door ons afgeleid)' if d in afgeleid else ''}: "
             f"{'de artikelen' if len(a) > 1 else 'artikel'} {opsomming(sorted(a, key=sort_key))}"
             for i, (d, a) in enumerate(sorted(per.items()))]
    return "; " + "; ".join(delen)


def tranche_diff(cat: Catalogus, name: str, law: str, when: date | None) -> tuple[Diff, str]:
    """(diff, label) for a tranche and one regeling."""
    tr = tranche(name)
    if not law:  # helper-164: «--law ontbreekt» named no law to choose; helper-165: only those that can be compared
        voorstel = tr.status == "wetsvoorstel"
        keuze = [i.regeling for i in tr.illustraties] if voorstel else [w.regeling for w in tr.wijzigingen if w.voor]
        raise UsageError(f"noem met --law de regeling die u wilt vergelijken (een die tranche {name} "
                         + ("zou wijzigen, volgens ons illustratieve ontwerp)" if voorstel else "wijzigt)"),
                         hint="te vergelijken: " + ", ".join(dict.fromkeys(keuze)))
    law = _regeling(cat, tr, law)
    if tr.status == "wetsvoorstel":
        ill = next((i for i in tr.illustraties if i.regeling == law), None)
        if ill is None:
            _niet_gemodelleerd(tr, name, law, "ontwerpen voor: " + ", ".join(i.regeling for i in tr.illustraties))
            # helper-125: «geen ontwerp voor kieswet» suggested the bill might amend the Kieswet; its title names the
            # laws it amends, and our model those (an ontwerp, or niet-gemodelleerd)
            titel = next((b.citeertitel for b in cat.versions(law) if b.citeertitel), law)
            genoemd = [next((b.citeertitel for b in cat.versions(i.regeling) if b.citeertitel), i.regeling)
                       for i in tr.illustraties] + [n.citeertitel or n.regeling for n in tr.niet_gemodelleerd]
            raise UsageError(f"tranche {name} heeft geen ontwerp voor de {titel}, en ons model van het wetsvoorstel "
                             f"noemt de {titel} niet onder de wetten die het wijzigt",
                             hint=f"ons model noemt: {', '.join(genoemd)}; de tekst van het wetsvoorstel is offline niet "
                                  "beschikbaar")
        base = cat.load(ill.basis)
        _bill_on(tr, name, law, base.geldig_vanaf, when)
        res = apply(base, illustrative_act(cat, tr, ill))
        d = diff(base, res.regeling)
        gedateerd = f", {tr.ingediend_tekst or f'ingediend op {tr.ingediend}'}" if tr.ingediend else ""
        # the title of every format says what this text is, and of when the bill is (helper-152: it was undated)
        nieuw = (f"illustratief ontwerp bij het wetsvoorstel ({kamerstuk(tr.kamerstuk)}{gedateerd}), niet de tekst "
                 "ervan; geen datum van inwerkingtreding") if tr.kamerstuk else (
                     f"illustratief ontwerp bij het wetsvoorstel{herkomst(tr)}, niet de tekst ervan; geen datum van "
                     "inwerkingtreding")
        label = ill.label.rstrip().removesuffix(".") + "." if when else ill.label
        if when:
            # helper-107: «Op D is het … een wetsvoorstel; of het op die datum al wet is, tonen de bronnen niet» said
            # both; and --date, «in force on this date» for an act, selects nothing of a bill
            label += (f" Volgens de bronnen een wetsvoorstel ({tr.ingediend_tekst or f'ingediend op {tr.ingediend}'}), "
                      f"toen geen geldend recht; of het op {when} al wet of in werking is, tonen de bronnen niet. Het "
                      f"ontwerp is illustratief: het toont niet de wijzigingen van het wetsvoorstel, en niet wat op "
                      f"{when} geldt.")  # helper-125: it «toont wat het voorstel zou veranderen», under the banner
                      # «geen officiële tekst»
        return dataclasses.replace(d, nieuw_label=nieuw), label
    w = tr.wijziging(law)
    if w is None:
        gemodelleerd = "gemodelleerd: " + ", ".join(x.regeling for x in tr.wijzigingen)
        _niet_gemodelleerd(tr, name, law, gemodelleerd)
        raise UsageError(f"ons model van tranche {name} bevat geen wijzigingen van {law}", hint=gemodelleerd)
    if not w.voor:
        titel = next((b.citeertitel for b in cat.versions(law) if b.citeertitel), law)  # «de Kieswet» (helper-88)
        raise UsageError(f"de tekst van de {titel} van vóór tranche {name} is offline niet beschikbaar",
                         hint=f"zie 'wetgeving tranche show {name}' voor de tekst van de gewijzigde artikelen in de "
                                  "nieuwste versie in de bronnen")
    base = cat.load(w.voor)
    if when is not None and when < base.geldig_vanaf:  # the diff would run backwards: base → a text 'of' 1900
        raise UsageError(f"--date {when} ligt vóór de tekst van {law} waarop tranche {name} voortbouwt "
                         f"({base.geldig_vanaf})", hint=f"geef een datum op of na {base.geldig_vanaf}")
    res = apply(base, build(cat, tr).act, when=when)
    label = f"{tr.titel}{herkomst(tr)} — alleen {'deze tranche' if tr.soort == 'tranche' else 'deze wijzigingen'}"
    if when:
        label += f", voor zover in werking op {when}"
    label += _per_datum(w.onderdelen, when)
    label += "".join(f"; dat de wijziging van {', '.join(d.citation() for d in o.doelen)} op {o.inwerking} in werking trad, "
                     + ("staat niet in de bronnen, maar is door ons afgeleid" if o.inwerking_zekerheid == "afgeleid"
                        else "is onzeker") for o in w.onderdelen
                     if o.inwerking_zekerheid != "bekend" and (when is None or o.inwerking <= when))
    label += "".join(f"; dat de wijziging van {', '.join(d.citation() for d in o.doelen)}, uit deze wet komt, staat niet "
                     "in de bronnen, maar is door ons afgeleid" for o in w.onderdelen  # helper-79: Gemeentewet 68, onder l
                     if tr.soort == "tranche" and o.toeschrijving != "bekend" and (when is None or o.inwerking <= when))
    label += "".join(f"; de tekst erna is die van {st.na}, aangenomen gelijk op {st.datum} (de bronnen hebben geen versie "
                     f"van {st.datum})" for st in w.stadia  # helper-119: Provinciewet 182, shown as of 2023-01-01
                     if (when is None or st.datum <= when) and cat.pick(st.na).geldig_vanaf != st.datum)
    label += "".join(f"; onvolledig: {n.tekst[:1].lower()}{n.tekst[1:]}" for n in tr.niet_gemodelleerd if n.noemt(law))
    nieuw = (f"{base.geldig_vanaf} met alleen {'deze tranche' if tr.soort == 'tranche' else 'deze wijzigingen'} "
             "toegepast (samengesteld: wijzigingen uit andere wetten staan er niet in)")
    return dataclasses.replace(diff(base, res.regeling), nieuw_label=nieuw), label


def _regeling(cat: Catalogus, tr: Tranche, law: str) -> str:
    """The name the tranche uses for ``law`` as a user names it: short name, BWB id, any case (helper-79: «--law
    BWBR0005416» was said to be a law the model holds no changes of); a name no source or note knows is refused."""
    eigen = {w.regeling for w in tr.wijzigingen} | {i.regeling for i in tr.illustraties}
    if law in eigen:
        return law
    bwb = {b.bwb_id for b in cat.versions(law) if b.bwb_id}  # also another name of the same law (gemeentewet-md)
    found = next((n for n in sorted(eigen) if n.casefold() == law.casefold()
                  or bwb & {b.bwb_id for b in cat.versions(n)}), None)
    if found is not None:
        return found
    if not cat.versions(law) and not any(n.noemt(law) for n in tr.niet_gemodelleerd):
        known = sorted({b.regeling for b in cat.regeling_sources() if b.regeling})
        raise UsageError(f"onbekende regeling {law!r}", hint=f"bekend: {', '.join(known)}")
    return law


def _niet_gemodelleerd(tr: Tranche, name: str, law: str, hint: str) -> None:
    """A law the act or bill amends and the model does not hold: refused saying so, never «wijzigt niet»."""
    ook = next((n for n in tr.niet_gemodelleerd if n.noemt(law)), None)
    if ook is not None:
        wat = "voorgestelde wijzigingen" if tr.status == "wetsvoorstel" else "wijzigingen"
        raise UsageError(f"ons model van tranche {name} bevat de {wat} van de {ook.citeertitel or law} niet: "
                         f"{ook.tekst[:1].lower()}{ook.tekst[1:]}", hint=hint)


def _bill_on(tr: Tranche, name: str, law: str, basis: date | None, when: date | None) -> None:
    """A bill is a bill only from its submission (DESIGN.md, "Time"), and its draft builds on one version of the law:
    ``--date`` before either is refused, as for an act (helper-57: the date was ignored, the draft shown as a bill on
    2019-01-01)."""
    if when is None:
        return
    if tr.ingediend is not None and when < tr.ingediend:
        hoe = (f"volgens de bronnen pas vanaf {tr.ingediend} ({tr.ingediend_tekst}; de dag van indiening zelf staat "
               "niet in de bronnen)") if tr.ingediend_tekst else f"pas vanaf {tr.ingediend}, de dag van indiening"
        # helper-82: «nog geen wetsvoorstel» — it was one (at the Raad van State since February 2025), not yet a bill
        # before the Tweede Kamer
        raise UsageError(f"op {when} was tranche {name}{herkomst(tr)} nog geen wetsvoorstel bij de Tweede Kamer: dat is "
                         f"het {hoe}",
                         hint=f"geef een datum op of na {tr.ingediend}")
    if basis is not None and when < basis:
        raise UsageError(f"--date {when} ligt vóór de tekst van {law} waarop het ontwerp van tranche {name} voortbouwt "
                         f"({basis})", hint=f"geef een datum op of na {basis}")


def herkomst(tr: Tranche) -> str:
    """" (Stb. 2022, 444)", " (Kamerstuk 36 892)", or for changes whose act the sources do not name, that."""
    if tr.publicatie:
        return f" ({tr.publicatie})"
    if tr.kamerstuk:
        return f" ({kamerstuk(tr.kamerstuk)})"  # «Kamerstuk 36 892», as the Kamer prints it
    return " (van welke wet of wetten deze wijzigingen komen, staat niet in de bronnen)"
