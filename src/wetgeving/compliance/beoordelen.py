"""Recording an assessment: the words must fit what the obligation is on the assessment date, and the
wording assessed (its period and a hash of the grondslag texts valid then) is stored with it."""

from __future__ import annotations

import warnings
from datetime import date

from wetgeving.bronnen.catalogus import Catalogus
from wetgeving.compliance.grondslagtekst import bases, tekst_hash
from wetgeving.compliance.register import WOORDEN, Beoordeling, Beoordelingsopslag, label, slug
from wetgeving.compliance.tijd import Stand, nog_geen_wet, stand
from wetgeving.compliance.verplichtingen import Verplichting, procedures
from wetgeving.errors import Melding, WetgevingError
from wetgeving.nummers import kamerstuk
from wetgeving.programma import load_programma


class BeoordelingError(WetgevingError):
    """An assessment that does not fit the obligation on its date (exit code 1)."""

    hint = "kies een van de woorden die de melding noemt"


def words_for(s: Stand) -> tuple[str, ...]:
    """The assessment words that fit an obligation in this state."""
    if s.status in ("geldend", "onzeker"):
        return WOORDEN["wettelijk"]
    if s.status == "nog-niet-geldend":  # enacted, not yet in force: prepare, or already comply; no one breaches it
        return (*WOORDEN["wetsvoorstel"], "voldoet", "niet-van-toepassing")
    return WOORDEN[s.status]


def stand_op(v: Verplichting, when: date) -> Stand | None:
    return stand(v, when, procedures(), load_programma().datum)


def _begin(v: Verplichting) -> tuple[date, str] | None:
    """The day a bill or a recommendation begins to exist (its submission; the programme), and that said; None for
    the law."""
    if v.soort == "wetsvoorstel" and (proc := procedures().get(v.bron_tranche)) is not None:
        # as the model has it: «stukken gedateerd 2026-02-03», taken as the submission (helper-103: said as a fact)
        # helper-155: «bestaat op 2026-01-26 nog niet», of a bill the ministerraad had sent on 2026-01-23 and the Raad
        # van State advised on in 2025: it existed, but was not yet before the Tweede Kamer
        return proc.ingediend, (f"het wetsvoorstel ({kamerstuk(proc.kamerstuk)}) lag toen nog niet bij de Tweede Kamer "
                                f"({proc.ingediend_tekst or f'ingediend {proc.ingediend}'}), en wat eraan voorafging (een "
                                "concept, het advies van de Raad van State) wordt in dit register niet beoordeeld")
    if v.soort == "aanbeveling":
        datum = load_programma().datum
        return datum, f"het programma weerbaar bestuur, waaruit deze aanbeveling komt, is van {datum}"
    return None


def check(v: Verplichting, status: str, op: date, datumnaam: str = "--op", *, geschiedenis: bool = False) -> tuple[str, Stand]:
    """The stored word for ``status`` and the obligation's state on ``op``; refused when the obligation
    does not exist on that date, the word does not fit its state, or it is no task of the gemeente (unless
    ``geschiedenis``: a row recorded before that was said, imported as it stands). ``datumnaam``: how the user
    gave ``op`` (the CLI's ``--op``, the web form's «de datum»)."""
    s = stand_op(v, op)
    naam = f"«{v.titel}» ({v.id})"
    if not v.voor_gemeente and not geschiedenis:
        wie = (f"richt zich tot {v.buiten_gemeente}, niet tot de gemeente" if v.soort == "aanbeveling" else
               f"is een taak van {v.buiten_gemeente}, niet van de gemeente")
        raise BeoordelingError(f"{naam} {wie}; de checklist noemt haar ter informatie, er valt voor de gemeente niets "
                               "te beoordelen",
                               hint="kies een verplichting van de gemeente")
    if s is None and v.perioden and (wet := nog_geen_wet(v.perioden[0], op)):  # helper-93: the Gemeentewet in 1990
        raise BeoordelingError(f"{naam} rust op een wet die op {op} nog niet gold ({wet[0].regeling}: {wet[0].tekst}); "
                               "er valt niets te beoordelen",
                               # helper-190: the VOG duty (2023-01-01) was sent to 1992-03-12, the Gemeentewet's day
                               hint=f"kies voor {datumnaam} een dag vanaf "
                                    f"{max(wet[0].sinds, v.perioden[0].bekend_op or wet[0].sinds, *_eerste_dag(v))}")
    if s is None and (begin := _begin(v)) is not None and op < begin[0]:  # helper-100: a bill never «geldt»
        raise BeoordelingError(f"{naam} " + (f"is op {op} nog niet te beoordelen: {begin[1]}" if v.soort == "wetsvoorstel"
                                             else f"bestaat op {op} nog niet: {begin[1]}; er valt niets te beoordelen"),
                               hint=f"kies voor {datumnaam} een dag vanaf {begin[0]}")
    laatste = v.perioden[-1] if v.perioden else None
    if s is None and laatste is not None and laatste.tot is not None and op >= laatste.tot:  # helper-138: known
        raise BeoordelingError(f"{naam} bestaat op {op} niet meer: zij gold tot {laatste.tot_tekst}; er valt niets te "
                               "beoordelen", hint=f"kies voor {datumnaam} een dag vóór {laatste.tot}, of een andere "
                               "verplichting")
    if s is None and (later := _eerst_te_beoordelen(v, op)) is not None:  # helper-198: the bill's stage, 2020-08-31
        raise BeoordelingError(f"{naam} is op {op} nog niet te beoordelen: {later[1]}; er valt niets te beoordelen",
                               hint=f"kies voor {datumnaam} een dag vanaf {later[0]}")
    if s is None:
        raise BeoordelingError(f"{naam} bestaat op {op} niet (nog niet, of niet meer); er valt niets te beoordelen",
                               hint=f"kies voor {datumnaam} een dag waarop de verplichting geldt, of een andere "
                                    "verplichting")
    eerst = s.periode.bekend_op
    getoond = any(g.bekend_op is not None and op >= g.bekend_op for g in s.periode.grondslagen)
    if s.status == "onzeker" and eerst is None and not getoond:  # helper-189: Kieswet X 8 before 2021-07-01, whose
        # earlier wording no source shows, was assessable as «voldoet»
        raise BeoordelingError(f"{naam} is op {op} niet te beoordelen: geen versie in de bronnen toont de tekst die toen "
                               "gold, dus ook niet wat beoordeeld zou worden",
                               hint=f"kies voor {datumnaam} een dag waarop de bronnen de tekst tonen"
                                    + (f" (vanaf {s.periode.tot_tekst})" if s.periode.tot else ""))
    if s.status == "onzeker" and eerst is not None and op < eerst:  # before the first source that shows it
        raise BeoordelingError(f"of {naam} op {op} al gold, is in de bronnen niet vast te stellen: zij tonen de "
                               f"verplichting pas vanaf {eerst}, dus ook niet de tekst die beoordeeld zou worden",
                               hint=f"kies voor {datumnaam} een dag vanaf {eerst}")
    word = slug(status)
    fitting = words_for(s)
    if word not in fitting:
        waarom = (": een regel die nog niet geldt, kan een gemeente niet (gedeeltelijk) schenden"
                  if s.status == "nog-niet-geldend" and word in WOORDEN["wettelijk"] else "")
        nieuw = ""
        if s.volgende is not None and word in WOORDEN["wetsvoorstel"]:  # helper-175: preparing for a new wording
            wanneer = f"vanaf {s.volgende.vanaf_tekst}" if s.volgende.vanaf else "vanaf de dag waarop zij gaat gelden"
            if s.volgende_stadium == "wetsvoorstel":  # helper-189: a bill may never become law
                wanneer = ("pas als het wetsvoorstel wet wordt en in werking treedt; op "
                           f"{op} was het een wetsvoorstel, geen geldend recht")
            elif s.volgende_stadium or not s.volgende_bepaald:  # helper-187: no day was set yet on ``op``
                wanneer = (f"vanaf de dag waarop zij in werking treedt; op {op} was die nog niet bepaald"
                           + (f", later vastgesteld: {s.volgende.vanaf_tekst}" if s.volgende.vanaf else ""))
            nieuw = (f"; een beoordeling gaat over de tekst van {op}, niet over de nieuwe tekst (die is te beoordelen "
                     f"{wanneer}): leg de voorbereiding daarop vast in de notitie bij een beoordeling van de huidige "
                     "tekst")
        raise BeoordelingError(
            f"‘{label(word)}’ past niet bij {naam}: de stand op {op} is ‘{s.label}’{waarom}",
            hint="gebruik een van: " + ", ".join(f"‘{label(w)}’" for w in fitting) + nieuw)
    return word, s


def _eerst_te_beoordelen(v: Verplichting, op: date) -> tuple[date, str] | None:
    """The first day after ``op`` from which ``v`` has a standing, with why: the day the bill that made it was submitted
    (Kamerstuk 35 546 on 2020-08-31: «nog niet» is recordable from then), or the first day of its first wording."""
    eerste = v.perioden[0] if v.perioden else None
    proc = procedures().get(eerste.bron_tranche) if eerste is not None and eerste.bron_tranche else None
    kandidaten = [*([(proc.ingediend, f"het wetsvoorstel dat haar invoerde ({kamerstuk(proc.kamerstuk)}) werd "
                                      f"pas op {proc.ingediend} ingediend")] if proc is not None else []),
                  *([(eerste.vanaf, f"zij geldt pas vanaf {eerste.vanaf_tekst}")] if eerste is not None and eerste.vanaf
                    else [])]
    return next(((d, waarom) for d, waarom in sorted(kandidaten) if d > op and stand_op(v, d) is not None), None)


def _eerste_dag(v: Verplichting) -> tuple[date, ...]:
    """The first day of ``v`` where its first period names one (a duty new on 2023-01-01), else ()."""
    begin = _begin(v)
    if begin is not None:
        return (begin[0],)
    return (v.perioden[0].vanaf,) if v.perioden and v.perioden[0].vanaf else ()


def beoordeel(cat: Catalogus, reg: Beoordelingsopslag, gemeente: str, v: Verplichting, status: str, *, wie: str, op: date,
              reden: str = "", bewijs: str = "", notitie: str = "", datumnaam: str = "--op") -> Beoordeling:
    """Check and append one assessment of ``v`` for ``gemeente`` about the date ``op``."""
    word, s = check(v, status, op, datumnaam)
    if s.status == "nog-niet-geldend":  # helper-69: «voldoet» on 2023-03-31 for a duty of 2023-04-01 was recorded silently
        vanaf = s.periode.vanaf_tekst or "een latere datum"
        if not s.bepaald:  # helper-175: «geldt vanaf 2023-01-01» on 2022-10-12, a day set on 2022-12-16
            vanaf = f"een toen nog niet bepaalde datum, later vastgesteld: {vanaf}"
        warnings.warn(Melding(f"«{v.titel}» ({v.id}) gold op {op} nog niet (geldt vanaf {vanaf}); deze beoordeling is "
                              "vastgelegd als voorbereiding, niet als naleving van een geldende plicht"), stacklevel=2)
    grond = bases(cat, s, op)
    # the same assessment twice in one second is refused by the store, checking and inserting as one (AlVastgelegd)
    return reg.record(gemeente, v.id, word, wie=wie, op=op.isoformat(), reden=reden, bewijs=bewijs, notitie=notitie,
                      periode=s.periode.sleutel, tekst=tekst_hash(grond))
