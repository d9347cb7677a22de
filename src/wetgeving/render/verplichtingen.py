"""The list of obligations as plain text: per obligation its kind, actors and periods (or, for a date, its
status and wording on that date)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from wetgeving.compliance.tijd import KB_TIJDSTIP, VLAK, Stand, herkomst, stand
from wetgeving.compliance.verplichtingen import NIET_GENOEMD, Periode, Verplichting, procedures
from wetgeving.nummers import opsomming, telling
from wetgeving.programma import actor_id, actoren, load_programma
from wetgeving.tranches.model import AFGELEID

if TYPE_CHECKING:
    from wetgeving.app.naleving import Versiestand


def _span(p: Periode) -> str:
    start = p.vanaf_tekst if p.vanaf else onbekend_vanaf(p)
    return f"vanaf {start}" + (f" tot {p.tot_tekst}" if p.tot else "")


def onbekend_vanaf(p: Periode) -> str:
    """An unknown start as a listing says it, with the date from which the sources show the wording: a held version of
    that date, or an official toestand's date of the artikel's text (Kieswet X 1: 1989-11-01, of which no version is
    held; helper-127: «al in de versie van 1989-11-01»)."""
    return f"onbekend (de bronnen tonen haar vanaf {p.bekend_op})" if p.bekend_op else "onbekend"


def _grond(p: Periode) -> str:
    return "; ".join(g.label() + (f" (de bronnen tonen het vanaf {g.bekend_op})" if g.bekend_op else "")
                     for g in p.grondslagen)


def _wie(p: Periode) -> str:
    """The period's own normadressaten, when it names others than the obligation."""
    return f" — wie in deze periode: {actoren(p.normadressaten)}" if p.normadressaten else ""  # no brackets in brackets


SOORTEN = {"wettelijk": ("wettelijke verplichting", "wettelijke verplichtingen"),
           "bevoegdheid": ("wettelijke bevoegdheid of voorwaarde", "wettelijke bevoegdheden of voorwaarden"),
           "wetsvoorstel": ("wetsvoorstel", "wetsvoorstellen"), "aanbeveling": ("aanbeveling", "aanbevelingen")}


AARD = {"bevoegdheid": " (bevoegdheid of voorwaarde, geen plicht)"}


def aard_tekst(v: Verplichting) -> str:
    """« (bevoegdheid of voorwaarde, geen plicht)»; a power of another: « (bevoegdheid van de commissaris van de Koning;
    een plicht van de gemeente om mee te werken is onze lezing, …)» (helper-113: raad, college and burgemeester were
    named as if they held it)."""
    if v.aard == "bevoegdheid" and v.bevoegd:
        # helper-173: «geen plicht van de gemeente» beside a title «het gemeentebestuur werkt mee (onze lezing)» and the
        # gemeente's organs as «wie»: the law gives the power and names no duty; that the gemeente cooperates is ours
        return (f" (bevoegdheid van de {actoren((v.bevoegd,))}; een plicht van de gemeente om mee te werken is onze lezing, "
                "de wet formuleert haar niet)")
    return AARD.get(v.aard, "")
STANDEN = {k: VLAK[k] for k in ("geldend", "onzeker", "nog-niet-geldend")}  # what a total of the law counts by


def _soort(v: Verplichting, status: str = "") -> str:
    """The kind a total counts ``v`` as: a power (or a condition on one) is no verplichting; a duty that is only a
    bill on the date (``status``) is a bill (helper-58: on 2020-08-31 the VOG of artikel 36a counted as a duty)."""
    if status == "wetsvoorstel":
        return "wetsvoorstel"
    return "bevoegdheid" if v.soort == "wettelijk" and v.aard == "bevoegdheid" else v.soort


def grondslag_woord(soort: str) -> str:
    """«grondslag» for the law and a bill's planned provision; a recommendation has none in law: «vindplaats», its place
    in the programme (helper-63)."""
    return "vindplaats" if soort == "aanbeveling" else "grondslag"


def _info(v: Verplichting) -> str:
    """A task of another than the gemeente (the commissaris van de Koning's) is listed for information only."""
    return "" if v.voor_gemeente else " (ter informatie: een taak van een ander dan de gemeente)"


def _gelezen(v: Verplichting) -> str:
    """« (onze lezing van het wetsvoorstel, …)» after the addressees of a bill that the sources do not name."""
    return f" ({v.wie_gelezen})" if v.wie_gelezen else ""


def _uitvoering(v: Verplichting) -> str:
    """«; uitvoering: griffier»: who carries a duty out without bearing it (``--actor griffier`` lists those too)."""
    return f"; uitvoering: {actoren(v.uitvoering)}" if v.uitvoering else ""


def _totaal(shown: list[tuple[Verplichting, str]], when: date | None) -> str:
    """'42 wettelijke verplichtingen, 2 wetsvoorstellen en 12 aanbevelingen op 2026-12-05': a bill or a
    recommendation, or a power, is never counted as a verplichting. On a date, what the law holds is counted by
    its state then: «43 wettelijke verplichtingen (geldend: 41; nog niet geldend: 2)»."""
    parts = []
    for k in SOORTEN:
        of_kind = [status for v, status in shown if _soort(v, status) == k]
        if k == "wetsvoorstel" and of_kind:  # helper-170: «2 wetsvoorstellen» were two subjects of one bill (36 892)
            bills = {v.bron_tranche or v.id for v, status in shown if _soort(v, status) == k}
            # listed under every --actor (Verplichting.betreft), so the count says it (helper-174)
            wie = sum(NIET_GENOEMD in v.normadressaten for v, status in shown if _soort(v, status) == k)
            parts.append(f"{telling(len(of_kind), 'onderwerp', 'onderwerpen')} uit "
                         f"{telling(len(bills), 'wetsvoorstel', 'wetsvoorstellen')}"
                         + (f" ({wie} zonder genoemde normadressaat)" if wie else ""))
        elif of_kind:
            states = [f"{label}: {n}" for st, label in STANDEN.items() if (n := of_kind.count(st))]
            parts.append(telling(len(of_kind), *SOORTEN[k]) + (f" ({'; '.join(states)})" if states else ""))
    text = opsomming(parts) or "geen verplichtingen, wetsvoorstellen of aanbevelingen"
    return text + (f" op {when}" if when else "")


def _versies(versies: list[Versiestand], when: date) -> str:
    """«Let op: de nieuwste versies in de bronnen op 2026-12-05 zijn de Gemeentewet van 2026-10-01 en de Kieswet van
    2025-08-01; een latere wijziging is niet uitgesloten.», with the changes our model dates after such a version, and
    «van de Kieswet hebben de bronnen geen officiële versie die op 2023-01-01 gold (de vroegste officiële is van
    2025-08-01)» with what the listing then rests on."""
    zinnen = []
    namen = [f"de {x.titel} van {x.versie.isoformat()}" for x in versies if x.eerder]
    if namen:
        lijst = opsomming(namen)
        zijn = "de nieuwste versies in de bronnen op {} zijn" if len(namen) > 1 else "de nieuwste versie in de bronnen op {} is"
        zinnen.append(f"{zijn.format(when.isoformat())} {lijst}; een latere wijziging is niet uitgesloten")
    zinnen += [f"van de {x.titel} kent ons model een wijziging na {x.versie.isoformat()}: "
               + opsomming([f"{art} per {vanaf}" for art, vanaf in x.gewijzigd])
               + "; wat hier daarover staat, rust op ons model en een latere versie in de bronnen"
               for x in versies if x.eerder and x.gewijzigd]
    # «officiële»: the Markdown mirror of the Gemeentewet (2011–2015) is older, but no official text (its dates are
    # not official either); helper-69: only a BWB XML gives a date per artikel, a regelrecht version does not
    zinnen += [f"van de {x.titel} hebben de bronnen geen officiële versie die op {when.isoformat()} gold (de vroegste "
               f"officiële is van {x.versie.isoformat()}); wat hier over de {x.titel} staat, rust op ons model (de "
               "datums die het per verplichting geeft, met de toelichting) en op die latere versie, "
               + ("met de datum van inwerkingtreding die zij per artikel vermeldt" if x.per_artikel else
                  "die geen datum per artikel geeft")
               + (f", en op de niet-officiële tekst uit {x.spiegel} (de Markdown-spiegel)" if x.spiegel else "")
               for x in versies if not x.eerder and not x.bestond_niet]
    zinnen += [x.bestond_niet for x in versies if x.bestond_niet]
    return "Let op: " + "; ".join(zinnen) + "."


def listing(items: list[Verplichting], versies: list[Versiestand] | None = None, voorbehoud: str = "", *,
            when: date | None = None, selectie: str = "", actor: str | None = None) -> str:
    """The listing; ``versies``: the newest version of each law held before ``when`` (a notice under the total);
    ``voorbehoud``: what a date after today rests on; ``selectie``: the options that chose the items («--soort
    wetsvoorstel»), named when none is left."""
    out = []
    shown: list[tuple[Verplichting, str]] = []
    for v in items:
        who = actoren(v.normadressaten) + _gelezen(v)  # helper-95: «centraal-stembureau» was the corpus's id
        if when is None:
            out.append(f"{v.id} — {v.soort}{aard_tekst(v)}{_info(v)} — {who}{_uitvoering(v)} — {v.titel}")
            if v.soort == "wettelijk":
                out += [f"    {_span(p)}: {_grond(p)}{_wie(p)}" for p in v.perioden]
            else:
                proc = procedures().get(v.bron_tranche) if v.soort == "wetsvoorstel" else None
                out.append(f"    {herkomst(proc) + '; ' if proc else ''}{_grond(v.perioden[0])}")
            shown.append((v, ""))
            continue
        s = stand(v, when, procedures(), load_programma().datum)
        if s is None:
            continue
        op = " volgens de bronnen" if v.soort == "wetsvoorstel" else f" op {when}"  # its state on the date: unknown
        out.append(f"{v.id} — {s.label}{op}{aard_tekst(v)}{_info(v)} — {actoren(v.wie(s.periode))}"
                   f"{_gelezen(v)}{_uitvoering(v)} — {v.titel}{_waarom_onder(v, s, actor, when)}")
        later = f"; tekst zoals geldend vanaf {s.periode.vanaf_tekst}" if s.periode.vanaf and when < s.periode.vanaf else ""
        out.append(f"    {s.uitleg}; {grondslag_woord(v.soort)} {_grond(s.periode)}{later}")
        if (volgende := volgende_van(s)) is not None:  # helper-181: said by the checklist only
            out.append(f"    {volgende['kop']}: {volgende['tekst']}")
        shown.append((v, s.status))
    # Markdown (the format `obligations` writes): a list item per obligation, its periods or state nested under it, the
    # total and the notice paragraphs of their own (helper-141, helper-142: «-o x.md» rendered as one paragraph)
    out = [f"  - {line[4:]}" if line.startswith("    ") else f"- {line}" for line in out]
    out += ["", _totaal(shown, when) + (f" met {selectie}" if selectie and not shown else "")]
    if when is not None and versies:
        out += ["", _versies(versies, when)]
    if voorbehoud:
        out += ["", voorbehoud]
    return "\n".join(out) + "\n"


def _waarom_onder(v: Verplichting, s: Stand, actor: str | None, when: date) -> str:
    """Why a legal duty whose addressee on ``when`` the sources do not name is listed under ``--actor`` (helper-196:
    Kieswet W 1 under the burgemeester on 2020-01-01, without a word)."""
    if (actor is None or v.soort == "wetsvoorstel" or NIET_GENOEMD not in v.wie(s.periode)
            or actor_id(actor) in v.actoren_in(s.periode)):  # helper-200: «uitvoering: griffier» on that line itself
        return ""
    naam = actoren([actor_id(actor)])
    return (f" (vermeld omdat zij in een andere periode ‘{naam}’ noemt als wie haar draagt of uitvoert; wie haar op {when} "
            "droeg, staat niet in de bronnen)")


def periode_data(p: Periode) -> dict[str, Any]:
    """A period as data: its key, start and end, and whether either date is our derivation."""
    return {"sleutel": p.sleutel, "vanaf": p.vanaf.isoformat() if p.vanaf else None,
            "tot": p.tot.isoformat() if p.tot else None, **({"vanaf_afgeleid": True} if p.vanaf_afgeleid else {}),
            **({"tot_afgeleid": True} if p.tot_afgeleid else {})}


def volgende_van(s: Stand) -> dict[str, Any] | None:
    """The next wording with its heading («Wijzigt op 2023-01-01»); ``bepaald`` false before the besluit that set its
    date (helper-111: «Wijzigt op 2023-01-01» on 2022-11-15); for a bill's or an adopted, unpublished act's wording its
    ``stadium`` (Gemeentewet 28 on 2022-10-01). The checklist and `obligations --date` say it alike (helper-181)."""
    nxt = s.volgende
    if nxt is None:
        return None
    out: dict[str, Any] = {**periode_data(nxt), "handeling": nxt.handeling}
    if nxt.bron_deel:  # helper-175: after the besluit too, the rest is of another change the sources do not date
        out["deel"] = nxt.bron_deel
        # what is known of that other change is in the new wording's toelichting, shown with it (helper-185, helper-186:
        # «zie de toelichting» pointed at the toelichting of the wording in force, which does not speak of it)
        out["toelichting"] = nxt.toelichting
    if s.volgende_stadium:  # the act was a bill or adopted, unpublished: no announced law, no day set (helper-184)
        out |= {"stadium": s.volgende_stadium, "uitleg": s.volgende_uitleg, "bepaald": False}
    elif not s.volgende_bepaald:
        out |= {"bepaald": False, **({"bekendmaking": nxt.bekendmaking.publicatie} if nxt.bekendmaking else {})}
    tekst = nxt.handeling + (f" Toelichting bij de nieuwe tekst: {nxt.toelichting}" if out.get("toelichting") else "")
    return {**out, "kop": wijzigt_op(out), "tekst": tekst}


REST = "de rest komt uit een andere wijziging (zie de toelichting bij de nieuwe tekst)"
"""The part of an announced wording another change made (helper-176: «waarvan de bronnen niet tonen of zij op deze datum
al was aangenomen» was untrue of Kieswet W 1, Stb. 2022, 292, whose days the BWB data give; the toelichting says what is
known of each)."""


def wijzigt_op(volgende: dict[str, Any]) -> str:
    """"Wijzigt op 2023-01-01", and whether that date is our derivation (Provinciewet 182, tweede lid); a next wording
    without a date (none in the corpus: an announced one is dated) "Wijzigt op een datum die de bronnen niet geven"."""
    when = volgende["vanaf"] or "een datum die de bronnen niet geven"
    if volgende.get("stadium"):  # a bill's or an adopted, unpublished act's wording: proposed, not announced law
        soort = "Voorgestelde" if volgende["stadium"] == "wetsvoorstel" else "Aangenomen"
        deel = f"; dat geldt voor {volgende['deel']}, {REST}" if volgende.get("deel") else ""
        return f"{soort} wijziging ({volgende['uitleg']}{deel})"
    if volgende.get("bepaald") is False:  # the act left its date to a besluit that had not appeared yet
        # helper-112: Gemeentewet 68, eerste lid, 2023-01-01: only onderdeel l is of that act, k of another
        deel = f"; dat geldt voor {volgende['deel']}, {REST}" if volgende.get("deel") else ""
        afgeleid = f", {AFGELEID}" if volgende.get("vanaf_afgeleid") else ""  # helper-114: Provinciewet 182
        if volgende.get("bekendmaking"):  # an act outside the tranches: the sources show only that the day was set later
            # (BWB publicatie_iwt), not how (helper-174: «bij koninklijk besluit» was ours of Stb. 2022, 292)
            return (f"Wijzigt op een tijdstip dat nog niet was vastgesteld ({volgende['bekendmaking']}; later vastgesteld: "
                    f"{when}{afgeleid})")
        return f"Wijzigt op {KB_TIJDSTIP} (later vastgesteld: {when}{afgeleid}{deel})"
    deel = f"dat geldt voor {volgende['deel']}; {REST}" if volgende.get("deel") else ""
    noten = "; ".join(x for x in (AFGELEID if volgende.get("vanaf_afgeleid") else "", deel) if x)
    return f"Wijzigt op {when}" + (f" ({noten})" if noten else "")
