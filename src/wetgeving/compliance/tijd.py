"""What an obligation is on a date: its status and the wording that applies.

- A legal duty is *geldend* in the period that covers the date. Before its first period it is absent,
  a *wetsvoorstel* from the bill's submission, or *nog niet geldend* from the law's publication (the
  procedure of the tranche that introduced it). When the start of the first period is unknown, dates
  before the oldest version that shows it are *onzeker*, or absent when a version shows it was not there;
  with no such version at all (``bekend-op`` not given) every date of that period is *onzeker*: the
  sources then show on no date that the duty was in force.
- A bill (wetsvoorstel) exists from its submission; a recommendation (aanbeveling) from the programme's
  date. Before those dates the item is absent (``None``).
- After the last period has ended the duty is absent (``None``): it *vervalt*.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date

from wetgeving.bronnen.catalogus import corpus_titels
from wetgeving.compliance.verplichtingen import Bekendmaking, Periode, Procedure, Verplichting, Wet
from wetgeving.nummers import kamerstuk
from wetgeving.tranches.model import AFGELEID, niet_verwerkt

_AFGELEID_ZIE = f"{AFGELEID}; zie de toelichting"  # in a status: the toelichting of its period says how

STATUSSEN = ("geldend", "onzeker", "nog-niet-geldend", "wetsvoorstel", "aanbeveling")
LABEL = {"geldend": "geldend", "onzeker": "mogelijk geldend (ingangsdatum onbekend)",
         "nog-niet-geldend": "nog niet geldend", "wetsvoorstel": "wetsvoorstel", "aanbeveling": "aanbeveling"}
VLAK = {k: v.replace(" (", ", ").rstrip(")") for k, v in LABEL.items()}
GEEN_RECHT = {"wetsvoorstel": "wetsvoorstel, geen geldend recht", "aanbeveling": "aanbeveling, geen wettelijke plicht"}
"""What a bill's or a recommendation's obligation says of itself where it stands beside the law's duties: the graph's
nodes in every export (helper-141), the web overview's table and chart (helper-51)."""
"""The same labels without parentheses, for text that is itself in parentheses («mogelijk geldend, ingangsdatum
onbekend»)."""


@dataclass(frozen=True, slots=True)
class Stand:
    """An obligation on a date: status, the wording shown, why, and an announced next wording."""

    status: str  # one of STATUSSEN
    periode: Periode
    uitleg: str  # Dutch: the legal basis of the status (in force since, bill since, …)
    volgende: Periode | None = None  # the next wording when it is already enacted on the date
    bepaald: bool = True  # False: adopted, but the date of entry into force was not yet set on the date
    volgende_bepaald: bool = True  # the same of the date of ``volgende``
    bekendgemaakt: bool = True  # False: adopted by the Eerste Kamer, not yet published in the Staatsblad on the date
    # how far the act bringing ``volgende`` was on the date: "" published; "aangenomen" adopted by the Eerste Kamer, not
    # yet published; "wetsvoorstel" a bill (no law); ``volgende_uitleg`` says it in Dutch (Gemeentewet 28 on
    # 2022-10-01: its new wording, Kamerstuk 35 546, was said nowhere until Stb. 2022, 444 was published)
    volgende_stadium: str = ""
    volgende_uitleg: str = ""

    @property
    def label(self) -> str:
        if self.status == "nog-niet-geldend" and not self.bepaald:
            return "nog niet geldend (inwerkingtreding nog niet bepaald)"
        if self.status == "nog-niet-geldend" and self.periode.vanaf:
            return f"nog niet geldend (vanaf {self.periode.vanaf_tekst})"
        return LABEL[self.status]


def _nl(d: date) -> str:
    return d.isoformat()


def _kamerstuk(p: Procedure) -> str:
    return kamerstuk(p.kamerstuk)


def _ingediend(p: Procedure) -> str:
    return p.ingediend_tekst or f"ingediend {_nl(p.ingediend)}"


def herkomst(proc: Procedure, *, later: bool = True) -> str:
    """Where a bill stands as far as the sources go, for a listing without a date too (helper-107: only «beoogde
    voorziening t2-risicoanalyse»): «Kamerstuk 36 892, stukken gedateerd 2026-02-03; geen geldend recht voor zover de
    bronnen tonen» (``later``: the sources end before the day asked about)."""
    return f"{_kamerstuk(proc)}, {_ingediend(proc)}; geen geldend recht" + (" voor zover de bronnen tonen" if later else "")


def stand(v: Verplichting, when: date, procedures: dict[str, Procedure], programma_datum: date) -> Stand | None:
    """The state of ``v`` on ``when``, or ``None`` when it does not exist (yet, or any more) on that date."""
    if v.soort == "aanbeveling":
        if when < programma_datum:
            return None
        return Stand("aanbeveling", v.perioden[0], f"ontleend aan het programma weerbaar bestuur van "
                     f"{_nl(programma_datum)}; geen wettelijke plicht")
    if v.soort == "wetsvoorstel":
        proc = procedures.get(v.bron_tranche)
        if proc is None or when < proc.ingediend:
            return None
        later = _later(proc, when) if when > proc.ingediend else ""
        return Stand("wetsvoorstel", v.perioden[0], herkomst(proc, later=when > proc.ingediend) + later)
    return _legal(v, when, procedures)


def _later(proc: Procedure, when: date) -> str:
    """What the sources say of a bill after its submission: a held version without it (PROVENANCE.md: the
    Gemeentewet of 2026-10-01 «has no risicoanalyse provision (tranche 2, Kamerstuk 36892, is not enacted in it)»)
    shows it was not in force then, nor before (helper-125, helper-127: «niet bekend» on 2026-10-01)."""
    zonder = proc.niet_in_datum
    if zonder is None:
        return f"; of het voorstel op {_nl(when)} wet is en in werking is getreden, is niet bekend"
    naam = proc.niet_in.split("@", 1)[0]
    regeling = corpus_titels().get(naam, naam)  # the law's citeertitel, as niet_verwerkt names it
    if when <= zonder:  # helper-128: the version shows the Gemeentewet only, not the other laws the bill amends
        return (f"; wat het aan de {regeling} wijzigt, was op {_nl(when)} niet in werking: het is"
                f"{' ook' * (when < zonder)} in de {regeling} zoals geldend vanaf {_nl(zonder)} {'nog ' * (when < zonder)}"
                "niet verwerkt; of het toen al was aangenomen, is niet bekend")
    return f"; {niet_verwerkt(proc.niet_in)}; of het voorstel op {_nl(when)} wet is en in werking is getreden, is niet bekend"


def _legal(v: Verplichting, when: date, procedures: dict[str, Procedure]) -> Stand | None:
    current = v.periode_op(when)
    if current is not None:
        return _in_force(v, current, when, procedures)
    future = next((p for p in v.perioden if p.vanaf and p.vanaf > when), None)
    if future is None:
        return None  # ended
    proc = procedures.get(future.bron_tranche)
    if proc is None:
        return None
    assert future.vanaf is not None
    inwerking = f"in werking vanaf {_nl(future.vanaf)}" + (f" ({_AFGELEID_ZIE})" if future.vanaf_afgeleid else "")
    bepaald = _bepaald(proc, when)
    if not bepaald:  # the date was set later, by koninklijk besluit (helper-108: «in werking vanaf 2023-01-01; op deze
        # datum nog niet bepaald» asserted a date that did not exist yet on the day asked)
        assert proc.inwerking_bepaald is not None
        # the sources give the day the besluit was published, not its own date (helper-114)
        # the date, not «op deze datum»: `--since` shows it beside another date (helper-184, helper-187)
        inwerking = (f"datum van inwerkingtreding op {_nl(when)} nog niet bepaald (het inwerkingtredingsbesluit, "
                     f"gepubliceerd op {_nl(proc.inwerking_bepaald)}, stelde haar later vast: {inwerking})")
    if proc.gepubliceerd and when >= proc.gepubliceerd:
        return Stand("nog-niet-geldend", future, f"aangenomen ({proc.publicatie}, gepubliceerd "
                     f"{_nl(proc.gepubliceerd)}); {inwerking}", bepaald=bepaald)
    if proc.aangenomen and when >= proc.aangenomen:  # adopted by both Kamers, not yet published
        return Stand("nog-niet-geldend", future, f"aangenomen door de Eerste Kamer op {_nl(proc.aangenomen)}, nog niet "
                     "bekendgemaakt" + (f" ({proc.publicatie} verscheen op {_nl(proc.gepubliceerd)})"
                                        if proc.gepubliceerd else "") + f"; {inwerking}", bepaald=bepaald,
                     bekendgemaakt=False)
    if when >= proc.ingediend:
        return Stand("wetsvoorstel", future, f"op {_nl(when)} een wetsvoorstel ({_kamerstuk(proc)}; {_ingediend(proc)}); "
                     + ZOALS_AANGENOMEN)
    return None


def _in_force(v: Verplichting, p: Periode, when: date, procedures: dict[str, Procedure]) -> Stand | None:
    s = _in_force_status(v, p, when, procedures)
    if s is None:
        return None
    end = procedures.get(p.einde_tranche)
    if p.tot and end and end.gepubliceerd and when >= end.gepubliceerd:
        # helper-111: «vervalt op 2023-04-01» on 2022-12-15, before the besluit that set that date
        tot = p.tot_tekst if _bepaald(end, when) else f"{KB_TIJDSTIP} (later vastgesteld: {p.tot_tekst})"
        s = dataclasses.replace(s, uitleg=f"{s.uitleg}; vervalt op {tot} ({end.publicatie})")
    elif p.tot and end and (end.aangenomen and when >= end.aangenomen):  # helper-188: Gemeentewet 25 on 2022-11-05
        s = dataclasses.replace(s, uitleg=f"{s.uitleg}; het door de Eerste Kamer op {_nl(end.aangenomen)} aangenomen "
                                f"wetsvoorstel, nog niet bekendgemaakt, zou haar laten vervallen (nog geen geldend recht; "
                                f"later vastgesteld: {p.tot_tekst})")
    elif p.tot and end and when >= end.ingediend:  # as the act was adopted; the bill's text the sources lack (helper-189)
        s = dataclasses.replace(s, uitleg=f"{s.uitleg}; een wetsvoorstel ({_kamerstuk(end)}, {_ingediend(end)}) zou haar "
                                f"laten vervallen (geen geldend recht; {ZOALS_AANGENOMEN}; later vastgesteld: {p.tot_tekst})")
    if s.volgende is not None and not _volgende_bepaald(s.volgende, when, procedures):
        s = dataclasses.replace(s, volgende_bepaald=False)
    return s


ZOALS_AANGENOMEN = "beschreven zoals later aangenomen, de tekst van het voorstel kon afwijken"
"""What a bill's wording in our model is: the act as adopted (the sources hold the bill's text only in part)."""

KB_TIJDSTIP = "een bij koninklijk besluit te bepalen tijdstip"
"""How an act that leaves its date to a besluit says it (Stb. 2022, 444, ARTIKEL VI: «Deze wet treedt in werking op een
bij koninklijk besluit te bepalen tijdstip»)."""


def bekendmaking_van(p: Periode, procedures: dict[str, Procedure]) -> Bekendmaking | None:
    """The published act that started wording ``p``: its tranche's (the procedure's publication, once published), or one
    outside the tranches (``<bekendmaking>``, Kieswet W 1: Stb. 2022, 292); None where the sources name none."""
    if p.bekendmaking is not None:
        return p.bekendmaking
    proc = procedures.get(p.bron_tranche)
    if proc is None or proc.gepubliceerd is None:
        return None
    return Bekendmaking(proc.publicatie, proc.gepubliceerd, proc.inwerking_bepaald)


def _volgende_bepaald(nxt: Periode, when: date, procedures: dict[str, Procedure]) -> bool:
    """Whether the date of the next wording was set on ``when`` (none named: nothing to wait for)."""
    b = bekendmaking_van(nxt, procedures)
    return b is None or b.bepaald(when)


def _bepaald(proc: Procedure, when: date) -> bool:
    """Whether the act's date of entry into force was set on ``when`` (its besluit had appeared)."""
    return proc.inwerking_bepaald is None or when >= proc.inwerking_bepaald


def _in_force_status(v: Verplichting, p: Periode, when: date, procedures: dict[str, Procedure]) -> Stand | None:
    s = _in_force_wording(v, p, when, procedures)
    if s is None or s.volgende is not None:
        return s
    stadium, uitleg = _proposed_next(v, p, when, procedures)
    if not stadium:
        return s
    return dataclasses.replace(s, volgende=_na(v, p), volgende_stadium=stadium, volgende_uitleg=uitleg)


def _in_force_wording(v: Verplichting, p: Periode, when: date, procedures: dict[str, Procedure]) -> Stand | None:
    nxt = _announced_next(v, p, when, procedures)
    if p.vanaf is not None:
        src = procedures.get(p.bron_tranche)
        wet = src.publicatie if src else p.bekendmaking.publicatie if p.bekendmaking else ""  # a tranche's act is named
        # before its publication too (a bill's wording described «zoals later aangenomen»)
        if wet and p.bron_afgeleid:  # helper-79: that the act made it is our inference (Gemeentewet 68, onder l)
            wet += ", toegeschreven volgens onze afleiding"
        if wet and p.bron_deel:  # Gemeentewet 68, eerste lid, 2023-01-01: onderdeel l from Stb. 2022, 444, k not
            wet = f"{p.bron_deel}: {wet}; de rest door een andere wijziging, zie de toelichting"
        by = "; ".join(x for x in (wet, _AFGELEID_ZIE if p.vanaf_afgeleid else "") if x)
        by = f" ({by})" if by else ""
        if v.perioden.index(p) > 0:  # a new wording of an existing duty, not a new duty
            return Stand("geldend", p, f"in deze vorm in werking sinds {_nl(p.vanaf)}{by}; daarvóór in een "
                         "eerdere vorm", nxt)
        return Stand("geldend", p, f"in werking sinds {_nl(p.vanaf)}{by}", nxt)
    if nog_geen_wet(p, when):  # helper-84: the Gemeentewet «mogelijk geldend» on 1990-05-01, a law of 1992
        return None
    if p.bekend_op is None:  # no version in the sources dates it: in force on no date we can name
        return Stand("onzeker", p, f"ingangsdatum niet in de bronnen, en {_niet_getoond(p, when)}; of zij op "
                     f"{_nl(when)} gold, is in de bronnen niet vast te stellen", nxt)
    if when >= p.bekend_op:
        # bekend-op is a held version of that date or the date from which a later official toestand records the
        # artikel's present text (controle.py checks either): the wording must be true of both
        return Stand("geldend", p, f"de bronnen tonen de bepaling vanaf {_nl(p.bekend_op)}, de vroegste datum waarop "
                     "zij haar tonen; ingangsdatum niet vastgesteld", nxt)
    if p.afwezig_op and when <= p.afwezig_op:
        return None
    after = f"niet in de versie van {_nl(p.afwezig_op)} en " if p.afwezig_op else ""
    # the status says «mogelijk geldend» already (helper-127: «mogelijk geldend (…) — mogelijk geldend: …»)
    return Stand("onzeker", p, f"de bepaling staat {after}wel in de bronnen vanaf "
                 f"{_nl(p.bekend_op)}; of zij op {_nl(when)} al gold, is in de bronnen niet vast te stellen", nxt)


def _niet_getoond(p: Periode, when: date) -> str:
    """What no version shows of an undated wording, naming a part a version does show on ``when`` (Kieswet W 3,
    2022-12-31: the BWB toestand of 2025-08-01 records its text since 2018-06-13, while W 4 as it then read is in no
    source; helper-115 found «geen versie toont de bepaling» understated that)."""
    getoond = [g for g in p.grondslagen if g.bekend_op and when >= g.bekend_op]
    if not getoond:
        return "geen versie in de bronnen toont de bepaling"
    rest = [g.label() for g in p.grondslagen if g.adres is not None and g not in getoond]
    deel = " en ".join(f"{g.label()}, zoals het sinds {_nl(g.bekend_op)} luidt" for g in getoond if g.bekend_op)
    return (f"de bronnen tonen van de beschreven regels alleen {deel}"
            + (f"; geen versie toont {' en '.join(rest)} zoals het toen luidde" if rest else ""))


def nog_geen_wet(p: Periode, when: date) -> tuple[Wet, ...]:
    """The laws ``p`` rests on when none of them held yet on ``when`` (``Wet.sinds``); () otherwise."""
    from wetgeving.compliance.verplichtingen import wetten

    bekend = wetten()
    wetten_van = list(dict.fromkeys(g.regeling for g in p.grondslagen if g.adres is not None))
    if wetten_van and all(w in bekend and when < bekend[w].sinds for w in wetten_van):
        return tuple(bekend[w] for w in wetten_van)
    return ()


def _announced_next(v: Verplichting, p: Periode, when: date, procedures: dict[str, Procedure]) -> Periode | None:
    """The next wording, when the act that brings it is published by ``when``."""
    nxt = _na(v, p)
    if nxt is None:
        return None
    # helper-169: Kieswet W 1 as of 2023-01-01 (Stb. 2022, 292, published 2022-07-13) was not announced on 2022-12-31,
    # the act being no tranche
    b = bekendmaking_van(nxt, procedures)
    return nxt if b is not None and when >= b.gepubliceerd else None


def _proposed_next(v: Verplichting, p: Periode, when: date, procedures: dict[str, Procedure]) -> tuple[str, str]:
    """How far a tranche's act bringing the next wording of ``p`` was on ``when`` while not yet published: ("aangenomen",
    …) after the Eerste Kamer adopted it, ("wetsvoorstel", …) after its submission, ("", "") otherwise. Only a
    tranche's act: of an act outside the tranches (Kieswet W 1, Stb. 2022, 292) the sources give no passage."""
    nxt = _na(v, p)
    proc = procedures.get(nxt.bron_tranche) if nxt is not None else None
    if nxt is None or proc is None or nxt.bekendmaking is not None or (proc.gepubliceerd and when >= proc.gepubliceerd):
        return "", ""
    if proc.aangenomen and when >= proc.aangenomen:
        # no parentheses inside: the heading puts this text in parentheses («Aangenomen wijziging (…)»)
        wet = f", {proc.publicatie} verscheen pas op {_nl(proc.gepubliceerd)}" if proc.gepubliceerd else ""
        if proc.inwerking_bepaald is not None:  # the act left its date to a besluit (Stb. 2022, 444, ARTIKEL VI)
            iwt = f"; in werking op {KB_TIJDSTIP}" + (f", later vastgesteld: {nxt.vanaf_tekst}" if nxt.vanaf else "")
        else:
            iwt = f"; in werking vanaf {nxt.vanaf_tekst}" if nxt.vanaf else ""
        return "aangenomen", (f"aangenomen door de Eerste Kamer op {_nl(proc.aangenomen)}, nog niet bekendgemaakt{wet}; "
                              f"nog geen geldend recht{iwt}")
    if when >= proc.ingediend:
        # the date, not «op deze datum»: `--since` shows it beside another date (helper-184)
        return "wetsvoorstel", (f"op {_nl(when)} een wetsvoorstel, {_kamerstuk(proc)}, {_ingediend(proc)}; geen geldend "
                                f"recht; {ZOALS_AANGENOMEN}")
    return "", ""


def _na(v: Verplichting, p: Periode) -> Periode | None:
    """The period of ``v`` after ``p`` (None for the last)."""
    i = v.perioden.index(p)
    return v.perioden[i + 1] if i + 1 < len(v.perioden) else None
