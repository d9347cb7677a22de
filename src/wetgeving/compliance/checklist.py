"""A checklist per gemeente and peildatum: each obligation that exists on that date, with its status, the
wording that applies then, who is responsible, its grondslag (citation, JCI for that date, the text of the
version valid then) and the assessment that was current on that date — marked *opnieuw beoordelen* when
it was made against another wording of the duty.

A task of another than the gemeente (the commissaris van de Koning's of Provinciewet 182, the programme's
recommendation to political parties) is listed last, for information: not counted and never assessed.

Obligations that do not exist on the date (a bill before its submission, a recommendation before the
programme, a duty that has ended) are absent; :func:`changes` tells what appeared, changed or ended
between two dates.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from wetgeving.bronnen import integriteit
from wetgeving.bronnen.catalogus import Catalogus
from wetgeving.compliance import peildatum
from wetgeving.compliance.beoordelen import words_for
from wetgeving.compliance.gemeenten import Gemeente
from wetgeving.compliance.grondslagtekst import Basis, bases, tekst_hash
from wetgeving.compliance.register import MET_REDEN, Beoordeling, label
from wetgeving.compliance.tijd import Stand, stand
from wetgeving.compliance.verplichtingen import Periode, Verplichting, procedures
from wetgeving.programma import load_programma
from wetgeving.util import zichtbaar

ORDER = ("geldend", "onzeker", "nog-niet-geldend", "niet-van-toepassing", "wetsvoorstel", "aanbeveling")


@dataclass(frozen=True, slots=True)
class Regel:
    """One obligation on the checklist."""

    verplichting: Verplichting
    stand: Stand
    basis: tuple[Basis, ...]
    beoordeling: Beoordeling | None = None
    opnieuw: str = ""  # why the assessment must be redone (Dutch); "" when it fits this date's wording

    @property
    def periode(self) -> Periode:
        return self.stand.periode

    @property
    def status(self) -> str:
        b = self.beoordeling
        if b is not None and b.status == "niet-van-toepassing" and not self.opnieuw:
            return "niet-van-toepassing"
        return self.stand.status

    @property
    def voor_gemeente(self) -> bool:
        """False for a task of another than the gemeente (:attr:`Verplichting.voor_gemeente`): shown for
        information, not counted, never assessed."""
        return self.verplichting.voor_gemeente

    @property
    def status_tekst(self) -> str:
        if self.status == "niet-van-toepassing" and self.beoordeling is not None:
            # the gemeente's own judgement, not the law's standing (helper-74: it read as the legal status)
            # (a direction control of an older row shown, not obeyed: helper-219)
            return f"volgens de beoordeling van de gemeente niet van toepassing ({zichtbaar(self.beoordeling.reden)})"
        return self.stand.label


@dataclass(frozen=True)
class Checklist:
    gemeente: Gemeente
    datum: date
    regels: tuple[Regel, ...]
    waarschuwing: str = ""  # set when a grondslag text came from a modified source (--allow-modified)
    nog_geen_wet: tuple[str, ...] = ()  # a law whose obligations are left out: it did not hold yet (``Wet.nog_niet``)
    voorbehoud: str = ""  # a peildatum after today: what «geldend» rests on then (Dutch; :func:`na_vandaag`)

    def count(self, status: str) -> int:
        """How many of the gemeente's own obligations have ``status`` (what is listed for information is not)."""
        return sum(r.status == status and r.voor_gemeente for r in self.regels)

    @property
    def ter_informatie(self) -> int:
        return sum(not r.voor_gemeente for r in self.regels)

    @property
    def bronversies(self) -> tuple[str, ...]:
        """One line per source version quoted, with how sure it is (Dutch): what the toelichtingen of all its
        grondslagen say alike (their common leading clauses); where they differ, each grondslag has its own."""
        seen: dict[str, list[str]] = {}
        for r in self.regels:
            for b in r.basis:
                if b.versie:
                    seen.setdefault(b.versie, []).append(b.toelichting)
        return (*(f"{k}: {_gemeenschappelijk(seen[k])}" for k in sorted(seen)), *self.nog_geen_wet)


def _gemeenschappelijk(toelichtingen: list[str]) -> str:
    delen = [t.split("; ") for t in dict.fromkeys(toelichtingen)]
    if len(delen) == 1:
        return toelichtingen[0]
    common = []
    for clause in zip(*delen, strict=False):
        if len(set(clause)) > 1:
            break
        common.append(clause[0])
    return "; ".join([*common, "verder per grondslag verschillend (zie de toelichting bij elke grondslag)"])


def _reassess(b: Beoordeling, s: Stand, grond: tuple[Basis, ...]) -> str:
    if b.status in MET_REDEN and not b.reden.strip():  # a row of an older register, or imported (helper-155)
        return f"opnieuw beoordelen: ‘{label(b.status)}’ (beoordeeld op {b.op}) is vastgelegd zonder reden"
    if b.status not in words_for(s):
        # helper-166: «nu» read as today, where the checklist speaks of its peildatum
        return f"opnieuw beoordelen: ‘{label(b.status)}’ (beoordeeld op {b.op}) past niet bij de stand op de peildatum: {s.label}"
    if not b.periode:
        return "opnieuw beoordelen: bij deze beoordeling is niet vastgelegd welke tekst van de verplichting zij betrof"
    if not s.periode.past(b.periode):
        since = f"sinds {s.periode.vanaf_tekst}" if s.periode.vanaf else "nu"
        return f"opnieuw beoordelen: beoordeeld op {b.op} tegen een eerdere tekst; {since} geldt een andere tekst"
    if s.status in ("geldend", "onzeker") and s.periode.vanaf and date.fromisoformat(b.op) < s.periode.vanaf:
        # helper-73: «voldoet» about 2022-12-31, recorded as preparation, showed as compliance from 2023-01-01 on
        return (f"opnieuw beoordelen: beoordeeld op {b.op}, vóór deze tekst op {s.periode.vanaf_tekst} in werking trad "
                "(toen als voorbereiding)")
    now = tekst_hash(grond)
    if b.tekst and now and b.tekst != now:
        # what the register holds, not a claim about the law (helper-138: an imported row with another text's hash
        # read as «de tekst … is gewijzigd» where the law did not change)
        return (f"opnieuw beoordelen: de beoordeling van {b.op} is vastgelegd bij een andere tekst van de grondslag "
                "dan de tekst die deze checklist citeert")  # the peildatum's, not today's (helper-139)
    return ""


def regel(cat: Catalogus, v: Verplichting, when: date, recorded: Beoordeling | None = None, *,
          with_text: bool = True) -> Regel | None:
    """The checklist row of ``v`` on ``when``, or ``None`` when ``v`` does not exist on that date."""
    s = stand(v, when, procedures(), load_programma().datum)
    if s is None:
        return None
    grond = bases(cat, s, when, with_text=with_text)
    return _met_beoordeling(v, peildatum.zonder_tekst(s, grond, when), grond, recorded)


def make(cat: Catalogus, gemeente: Gemeente, when: date, verplichtingen: tuple[Verplichting, ...],
         recorded: dict[str, Beoordeling] | None = None, *, with_text: bool = True) -> Checklist:
    """The checklist of ``gemeente`` on ``when``; ``recorded`` holds the assessments current on that date
    (:meth:`Beoordelingsregister.as_of`). What is the same for every gemeente on that date is computed once
    (:mod:`~wetgeving.compliance.peildatum`); the assessments are added here, per gemeente."""
    recorded = recorded or {}
    rows = [_with(x, recorded.get(x.verplichting.id)) for x in peildatum.rows(cat, verplichtingen, when, with_text=with_text)]
    rows.sort(key=volgorde)
    return Checklist(gemeente, when, tuple(rows), integriteit.markering(), _nog_geen_wet(cat, verplichtingen, when))


def _nog_geen_wet(cat: Catalogus, verplichtingen: tuple[Verplichting, ...], when: date) -> tuple[str, ...]:
    """helper-93: the checklist of 1990-05-01 left the Gemeentewet's obligations out without a word."""
    from wetgeving.compliance.verplichtingen import wetten

    genoemd = {g.regeling for v in verplichtingen for p in v.perioden for g in p.grondslagen if g.adres is not None}
    zinnen = (w.nog_niet(when, next((b.citeertitel for b in cat.versions(law) if b.citeertitel), law))
              for law, w in wetten().items() if law in genoemd and when < w.sinds)
    return tuple(z[:1].upper() + z[1:] for z in zinnen)


def volgorde(r: Regel) -> tuple[bool, int]:
    """The order of a checklist: by status (:data:`ORDER`), another's task last, for information."""
    return not r.voor_gemeente, ORDER.index(r.status)


def _with(x: peildatum.Vast, recorded: Beoordeling | None) -> Regel:
    return _met_beoordeling(x.verplichting, x.stand, x.basis, recorded)


def _met_beoordeling(v: Verplichting, s: Stand, grond: tuple[Basis, ...], recorded: Beoordeling | None) -> Regel:
    """The row with the assessment current on the date, and whether it must be redone; another's task shows none
    (helper-72: an imported row of the commissaris' task showed as current): it stays in the history only."""
    recorded = recorded if v.voor_gemeente else None
    return Regel(v, s, grond, recorded, _reassess(recorded, s, grond) if recorded else "")


@dataclass(frozen=True, slots=True)
class Verschil:
    """What happened to one obligation between two dates."""

    soort: str  # "nieuw" | "gewijzigd" | "status" | "bronnen" (the same period of our model, which the sources show only
    # from a later version: no claim that the wording did not change) | "aangekondigd" (a next wording announced, or its
    # day set, in between) | "tekst" (the same period of our model; a grondslag's text differs in the versions the
    # sources hold on the two dates) | "vervallen"
    verplichting: Verplichting
    van: Regel | None
    naar: Regel | None
    teksten: tuple[Tekstverschil, ...] = ()  # "tekst": the grondslagen whose text differs in the versions held


@dataclass(frozen=True, slots=True)
class Tekstverschil:
    """A grondslag whose text differs between the versions the sources hold on two dates."""

    citaat: str  # "artikel 13, eerste lid, Gemeentewet"
    eenheid: str  # "artikel 13, eerste lid" (for ``diff --only``)
    oud: str  # the version held on the first date, "gemeentewet-md@2014-01-06"
    nieuw: str


def _aangekondigd(o: Regel, r: Regel) -> bool:
    """Whether ``r`` announces a next wording that ``o`` did not, now with its day set, or further on its way (a bill's
    wording adopted, then published)."""
    nu, toen = r.stand.volgende, o.stand.volgende
    return nu is not None and (toen is None or toen.sleutel != nu.sleutel or (
        r.stand.volgende_bepaald and not o.stand.volgende_bepaald) or r.stand.volgende_stadium != o.stand.volgende_stadium)


def na_vandaag(peil: date, vandaag: date) -> str:
    """What a checklist on a day after today can say (helper-191: on 2027-06-01 «Geldend: 45» read as certain, while no
    source can know the law of that day and Kamerstuk 36 892 may change these provisions)."""
    if peil <= vandaag:
        return ""
    return (f"Let op: de peildatum {peil.isoformat()} ligt na vandaag ({vandaag.isoformat()}). Wat hier «geldend» heet, "
            "rust op de nieuwste versies in de bronnen en op ons model; of het op die dag zo geldt, is niet bekend: een "
            "wijziging vóór die dag, bijvoorbeeld door een wetsvoorstel dat dan wet is, is niet uitgesloten.")


def changes(before: Checklist, after: Checklist) -> list[Verschil]:
    """Per obligation: new (absent before), changed wording (another period), another status, or ended."""
    old = {r.verplichting.id: r for r in before.regels}
    new = {r.verplichting.id: r for r in after.regels}
    out = []
    for r in after.regels:
        o = old.get(r.verplichting.id)
        if o is None:
            out.append(Verschil("nieuw", r.verplichting, None, r))
        elif o.periode.sleutel != r.periode.sleutel and o.status in ("geldend", "onzeker"):
            out.append(Verschil("gewijzigd", r.verplichting, o, r))
        elif o.status in ("nog-niet-geldend", "wetsvoorstel") and r.status == "geldend":
            out.append(Verschil("nieuw", r.verplichting, o, r))  # announced before, in force now
        else:
            if o.status == "onzeker" and r.status == "geldend" and o.periode.sleutel == r.periode.sleutel:
                # helper-155: «mogelijk geldend → geldend» read as a new duty; only the versions the sources hold differ
                out.append(Verschil("bronnen", r.verplichting, o, r))
            elif o.status_tekst != r.status_tekst or o.stand.bekendgemaakt != r.stand.bekendgemaakt:  # helper-176
                out.append(Verschil("status", r.verplichting, o, r))
            # helper-175: the publication of Stb. 2022, 444 announced 22 wordings, said nowhere; helper-215: also beside
            # a change of status in the same period (cdk-taak, 2022-11-04 → 2022-12-31)
            if _aangekondigd(o, r):
                out.append(Verschil("aangekondigd", r.verplichting, o, r))
    out += [Verschil("vervallen", o.verplichting, o, None) for o in before.regels if o.verplichting.id not in new]
    return out
