"""Checklists as Markdown, HTML (printable, readable on a phone), DOCX (for the college or the raad), PDF
(the DOCX converted by LibreOffice), CSV and JSON. Dutch throughout; deterministic (no timestamps of their own;
the PDF's text, not its bytes). Every form shows, per obligation, the status and wording on the peildatum, the
grondslag with the version quoted and how sure that is, and the assessment with its date, assessor, evidence
and notes (and whether it must be redone)."""

from __future__ import annotations

import functools
import io
import json
import re
from typing import TYPE_CHECKING, Any

from wetgeving import csvio
from wetgeving.compliance.checklist import Checklist, Regel, Verschil
from wetgeving.compliance.grondslagtekst import Basis
from wetgeving.compliance.register import Beoordeling, label
from wetgeving.compliance.tijd import KB_TIJDSTIP
from wetgeving.compliance.verplichtingen import Periode, Verplichting
from wetgeving.nummers import opsomming
from wetgeving.programma import actoren
from wetgeving.render.html import render_template
from wetgeving.render.md import escape, escape_tree
from wetgeving.render.verplichtingen import aard_tekst, grondslag_woord, onbekend_vanaf, periode_data, volgende_van
from wetgeving.util import zichtbaar

if TYPE_CHECKING:
    from wetgeving.app.naleving import Veranderd

SOORT = {"wettelijk": "wettelijke verplichting", "wetsvoorstel": "wetsvoorstel (geen geldend recht)",
         "aanbeveling": "aanbeveling (geen wettelijke plicht)"}
ZEKERHEID = {"zeker": "tekst zoals geldend op de peildatum",
             "laatst-bekend": "nieuwste tekst in de bronnen; een latere wijziging is niet uitgesloten",
             "niet-beschikbaar": "tekst niet beschikbaar", "wetsvoorstel": "wetsvoorstel",
             "aanbeveling": "aanbeveling"}
SUMMARY = ("geldend", "onzeker", "nog-niet-geldend", "niet-van-toepassing", "wetsvoorstel", "aanbeveling")
FORMATS = ("markdown", "html", "docx", "pdf", "csv", "json")


def _actors(names: tuple[str, ...]) -> str:
    return actoren(names)


def _bron(v: Verplichting, p: Periode) -> str:
    if v.soort == "aanbeveling":
        return "programma weerbaar bestuur (aanbeveling)"
    if p.bron_tranche:  # the act's onderdeel as our model has it (helper-136: «modelonderdeel pw-182», our own id)
        return _onderdeel(p.bron_tranche, p.bron_onderdeel)
    return "bestaande verplichting (niet uit een van de tranches)"


@functools.cache
def _onderdeel(tranche: str, onderdeel: str) -> str:
    """«tranche 1, artikel I, onderdeel F, letter door ons afgeleid»: the onderdeel of the model's tranche an obligation's period
    comes from, as `tranche show` names it; without a letter, by the provision it changes."""
    from wetgeving.nummers import kamerstuk
    from wetgeving.tranches.lezen import tranches

    for t in tranches():
        naam = (t.nr and f"tranche {t.nr}") or t.id
        for w, o in t.onderdelen():
            if t.id == tranche and o.id == onderdeel and t.soort != "tranche":  # no act of ours: its artikel is none
                return f"{t.titel} (uit welke wet, staat niet in de bronnen)"
            if t.id == tranche and o.id == onderdeel:  # the law named: Gemeentewet 182 and Provinciewet 182 (helper-139)
                zeker = f"; {w.nummer_noot}" if w.nummer_noot else ""  # as `tranche show` says it
                return f"{naam}, artikel {w.artikel} ({_wet(w.regeling)}{zeker}), {o.aanduiding}"
        for x in t.voorzieningen:  # a bill's planned provision (helper-139: «ons model van tranche-2, t2-risicoanalyse»)
            if t.id == tranche and x.id == onderdeel:
                return (f"{naam} ({kamerstuk(t.kamerstuk) or 'wetsvoorstel'}, een wetsvoorstel): beoogde bepaling over "
                        f"de {_thema(x.thema)} in de {_wet(x.regeling)}; de artikelen staan niet in de bronnen")
    return f"ons model van {tranche}, onderdeel {onderdeel}"  # checked by `validate`: not reached for the corpus


def _wet(regeling: str) -> str:
    """«Gemeentewet» for «gemeentewet»: the citeertitel our model's law of that name has."""
    from wetgeving.bronnen.catalogus import corpus_titels

    return corpus_titels().get(regeling, regeling)


def _thema(thema: str) -> str:
    from wetgeving.programma import load_programma

    th = load_programma().thema(thema)
    return th.naam[:1].lower() + th.naam[1:] if th is not None else thema


ALS_VOORBEREIDING = " (als voorbereiding: de verplichting gold toen nog niet)"


def _voorbereiding(r: Regel) -> bool:
    """Whether the assessment shown preceded the wording it is shown with: the duty does not apply yet on the
    peildatum, or the day it assessed (``op``) lies before this wording entered into force (helper-144: on 2023-04-01 a
    «voldoet» about 2022-12-20 of the VOG duty of 2023-01-01 had «als_voorbereiding»: false)."""
    from datetime import date

    b, vanaf = r.beoordeling, r.periode.vanaf
    if r.stand.status == "nog-niet-geldend":
        return True
    if b is None or vanaf is None or date.fromisoformat(b.op) >= vanaf:
        return False
    # before this wording: preparation only where no earlier form of the duty applied on that day (helper-155: an
    # assessment of Gemeentewet 28 of 2022-06-01, under the wording of before 2023-01-01, was called preparation)
    return r.verplichting.periode_op(date.fromisoformat(b.op)) is None


def _beoordeling(b: Beoordeling | None, opnieuw: str, voorbereiding: bool = False) -> dict[str, Any] | None:
    """The assessment shown; ``voorbereiding``: the duty did not apply yet on the peildatum, so what was recorded is
    preparation (helper-72: «voldoet» on 2022-12-31 for a duty of 2023-01-01 read as compliance)."""
    if b is None:
        return None
    # the status itself and whether it was preparation, apart: a JSON or spreadsheet filter on «voldoet» found no
    # preparation, and one on «als voorbereiding» had to read prose; ``status_getoond`` is what a reader sees
    als_voorbereiding = voorbereiding and b.status in ("voldoet", "niet-van-toepassing")
    return {"status": b.status_nl, "als_voorbereiding": als_voorbereiding,
            "status_getoond": b.status_nl + (ALS_VOORBEREIDING if als_voorbereiding else ""),
            # the word quoted after «Beoordeling:»: «nog niet — beoordeeld op …» read as «nog niet beoordeeld» (helper-198)
            "status_aangehaald": f"‘{b.status_nl}’" + (ALS_VOORBEREIDING if als_voorbereiding else ""),
            "reden": b.reden, "bewijs": b.bewijs, "notitie": b.notitie, "wie": b.wie,
            "op": b.op, "vastgelegd": b.wanneer, "vastgelegd_tekst": tijdstip(b.wanneer), "periode": b.periode,
            "opnieuw": opnieuw}


def tijdstip(iso: str) -> str:
    """«6 december 2026 om 06:16» (Nederlandse tijd) for the register's UTC time «2026-12-06T05:16:33+00:00»; what is
    no such time is shown as it is."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from wetgeving.wijziging.datums import format_date

    try:
        t = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if t.tzinfo is None:
        return iso
    t = t.astimezone(ZoneInfo("Europe/Amsterdam"))
    return f"{format_date(t.date())} om {t:%H:%M}"


def _volgende(r: Regel) -> dict[str, Any] | None:
    """The next wording of ``r`` with its heading (:func:`wetgeving.render.verplichtingen.volgende_van`)."""
    return volgende_van(r.stand)


ONBEKEND = "wet is en in werking is getreden, is niet bekend"
"""What :func:`wetgeving.compliance.tijd.stand` says of a bill on a day after what the sources show of it."""


def _soort_tekst(r: Regel) -> str:
    """The kind as the reader must take it on the peildatum: a legal duty that is then still a bill (the VOG
    duty of artikel 36a, tweede lid, on 2021-06-01: Kamerstuk 35 546) is no legal duty yet."""
    if r.status == "wetsvoorstel" and ONBEKEND in r.stand.uitleg:  # helper-141: on 2028-01-01 the status says it is
        return "wetsvoorstel (geen geldend recht voor zover de bronnen tonen)"  # not known whether it is law by then
    if r.verplichting.soort == "wettelijk" and r.status == "wetsvoorstel":  # a power of another said as ever (helper-176)
        return SOORT["wetsvoorstel"] + (aard_tekst(r.verplichting) if r.verplichting.bevoegd else "")
    v = r.verplichting
    macht = v.soort == "wettelijk" and v.aard == "bevoegdheid"
    # helper-113: a power of the commissaris van de Koning is his, not one of raad, college or burgemeester
    van = f" van de {actoren((v.bevoegd,))}" if v.bevoegd else ""
    wat = f"wettelijke bevoegdheid{van or ' of voorwaarde'}" if macht else SOORT[v.soort]
    if v.soort == "wettelijk" and r.status == "nog-niet-geldend" and not r.stand.bekendgemaakt:
        # helper-175: on 2022-10-12 (adopted on 2022-10-11, published on 2022-11-10) no law yet
        wat += " uit een aangenomen wetsvoorstel (nog niet bekendgemaakt, nog niet in werking)"
    elif v.soort == "wettelijk" and r.status == "nog-niet-geldend":
        wat += " (aangenomen, nog niet in werking)"
    if not macht:
        return wat
    if van:  # as `obligations` says it (helper-174: «geen plicht van de gemeente» beside «werkt mee (onze lezing)»)
        return (wat + "; een plicht van de gemeente om mee te werken is onze lezing, de wet formuleert haar niet; wat hier "
                "wordt beoordeeld, is onze lezing van wat die bevoegdheid van de gemeente vraagt (zie de toelichting)")
    return wat + (", geen plicht; wat hier wordt beoordeeld, is onze lezing van wat zij van de gemeente vraagt (zie de "
                  "toelichting)")


def _beoogd(v: Verplichting, wie: str) -> str:
    """Who a bill would oblige is our reading of reports on it (its text is not in the sources), not a duty."""
    return f"{wie} ({v.wie_gelezen}; zie de toelichting)" if v.wie_gelezen else wie


@functools.cache
def _kenmerk_patroon() -> tuple[re.Pattern[str], dict[str, str]]:
    from wetgeving.compliance.verplichtingen import verplichtingen

    titels = {v.id: v.titel for v in verplichtingen()}
    ids = sorted(titels, key=len, reverse=True)  # the longest first: «geheimhouding-in-acht-nemen» before a prefix
    return re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, ids)) + r")(?![\w-])"), titels


def met_titels(text: str) -> str:
    """A toelichting that refers to another entry by its kenmerk («zie lijstuitputting-opvolging») names its title too:
    «zie «Titel» (kenmerk lijstuitputting-opvolging)» (helper-143: a raad reads no ids, and the HTML showed none)."""
    if not text:
        return text
    patroon, titels = _kenmerk_patroon()
    return patroon.sub(lambda m: f"«{titels[m.group(1)]}» (kenmerk {m.group(1)})", text)


def row_data(r: Regel) -> dict[str, Any]:
    v, p = r.verplichting, r.periode
    return {
        # «aard» (plicht or bevoegdheid) is said of the law only: a bill or recommendation is neither (helper-63)
        "id": v.id, "titel": v.titel, "thema": v.thema, "soort": v.soort,
        "aard": v.aard if v.soort == "wettelijk" else None, "voor_gemeente": r.voor_gemeente,
        "soort_tekst": _soort_tekst(r) + ("" if r.voor_gemeente else f"; {TER_INFORMATIE}"),
        "status": r.status, "status_tekst": r.status_tekst, "stand_label": r.stand.label, "uitleg": r.stand.uitleg,
        # «vanaf_bepaald»: false while the day of entry into force was not yet set on the peildatum (helper-175)
        # «bekendgemaakt»: false for an act adopted but not yet published on the peildatum (helper-176)
        # helper-178: a bill (Kamerstuk 36 892 on 2026-03-18) said true of both: false for a bill, null for a recommendation
        "periode": periode_data(p), **_bekendmaking_velden(r),
        "volgende": _volgende(r),
        "normadressaat": _beoogd(v, _actors(v.wie(p))), "uitvoering": _actors(v.uitvoering),
        "handeling": p.handeling, "moment": p.moment, "termijn": p.termijn, "voorwaarde": p.voorwaarde,
        "toelichting": met_titels(p.toelichting), "bron": _bron(v, p),
        # a bill is no law: what would show compliance, and an assessment, only as preparation (never «plicht»)
        # helper-125: «Bewijs: als het voorstel wet wordt: Vastgelegde procedure» (two colons, a capital mid-sentence)
        "bewijs": f"{v.bewijs_in(p).removesuffix('.')} (als het voorstel wet wordt)." if v.soort == "wetsvoorstel"
        else v.bewijs_in(p),
        "beoordeling_leeg": _leeg(r),
        "grondslag": [{"citaat": x.citaat, "jci": x.jci, "tekst": x.tekst, "versie": x.versie,
                       "zekerheid": x.zekerheid, "zekerheid_tekst": _zekerheid(r, x),
                       "toelichting": x.toelichting} for x in r.basis],
        "beoordeling": _beoordeling(r.beoordeling, r.opnieuw, _voorbereiding(r)),
    }


TER_INFORMATIE = "ter informatie: een taak van een ander dan de gemeente"
UITVOERING_UITLEG = ("«Uitvoering» bij «Wie» noemt wie in de gemeente het werk gewoonlijk doet; waar de bepaling dat niet "
                     "zelf zegt, is dat onze indeling.")
"""helper-143: «Wie: wethouder (uitvoering: griffier)» for Gemeentewet 41b, derde lid, which names no one but the
wethouder; said once at the top of every checklist document."""
VOORWAARDE_UITLEG = ("Of aan een «Voorwaarde» is voldaan, toetst deze checklist niet: «geldend» zegt dat de bepaling op de "
                     "peildatum geldt, niet dat de voorwaarde bij deze gemeente vervuld is (de gemeentelijst noemt "
                     "bijvoorbeeld geen aantal raadsleden).")
"""helper-151: Kieswet W 4, eerste lid, applies only to a raad of fewer than nineteen members; the checklist of Amsterdam
counted it «geldend» with its Voorwaarde and no word that the condition was not checked; said once, where a Voorwaarde
is shown."""


def _leeg(r: Regel) -> str:
    """What the checklist says where no assessment is recorded: a task of another (the commissaris van de Koning,
    political parties) is not for the gemeente to assess; a bill's assessment is preparation."""
    if not r.voor_gemeente:
        wie = r.verplichting.buiten_gemeente
        if r.verplichting.soort == "aanbeveling":
            return f"niet te beoordelen: deze aanbeveling richt zich tot {wie}, niet tot de gemeente"
        return f"niet te beoordelen: dit is een taak van {wie}, niet van de gemeente"
    # helper-166: by its status, as a duty of tranche 1 on a day it was a bill is one too (a bill's status always is)
    return NIET_BEOORDEELD + (" (een wetsvoorstel, geen geldend recht: beoordelen hoeft niet; wat hier wordt "
                              "vastgelegd, is voorbereiding)" if r.status == "wetsvoorstel" else "")


def _zekerheid(r: Regel, x: Basis) -> str:
    """How sure the quoted text is; a text not yet in force on the peildatum is the one that will be (helper-73: it
    said «tekst zoals geldend op de peildatum» for artikel 36a, tweede lid, on 2022-12-31); a text quoted from a version
    that is not the newest, because a later one reads the same, says so (helper-112: Provinciewet 182 on 2023-01-01
    was «nieuwste tekst in de bronnen» from the version of 2022-11-05)."""
    # helper-163: also while it was a bill (Gemeentewet 36a, tweede lid, on 2022-06-01: «tekst zoals geldend op de
    # peildatum» over the VOG text)
    if x.zekerheid == "zeker" and r.stand.status in ("nog-niet-geldend", "wetsvoorstel") and r.periode.vanaf:
        return f"tekst zoals die luidt vanaf {r.periode.vanaf_tekst}" + (
            "; op de peildatum een wetsvoorstel" if r.stand.status == "wetsvoorstel" else "")
    if x.zekerheid == "laatst-bekend" and x.gelijk_in:
        return f"tekst van {x.versie_datum}; gelijk in de versie van {x.gelijk_in}"
    return ZEKERHEID[x.zekerheid]


def data(c: Checklist) -> dict[str, Any]:
    g = c.gemeente
    return {**({"waarschuwing": c.waarschuwing} if c.waarschuwing else {}),
            **({"voorbehoud": c.voorbehoud} if c.voorbehoud else {}),
            "gemeente": {"code": g.code, "naam": g.naam, "provincie": g.provincie, "synthetisch": g.synthetisch},
            "datum": c.datum.isoformat(),
            "samenvatting": {**{k: c.count(k) for k in SUMMARY},
                             "opnieuw-beoordelen": sum(bool(r.opnieuw) for r in c.regels),
                             "ter-informatie": c.ter_informatie},
            "bronversies": list(c.bronversies), "uitvoering_uitleg": UITVOERING_UITLEG,
            **({"voorwaarde_uitleg": VOORWAARDE_UITLEG} if any(r.periode.voorwaarde for r in c.regels) else {}),
            "verplichtingen": [row_data(r) for r in c.regels]}


def summary_text(s: dict[str, int]) -> str:
    parts = [f"Geldend: {s['geldend']}"]  # a sentence of its own (helper-127: «Peildatum: 2023-04-01. geldend: 43»)
    if s["onzeker"]:
        parts.append(f"mogelijk geldend: {s['onzeker']}")
    parts += [f"nog niet geldend: {s['nog-niet-geldend']}", f"wetsvoorstel: {s['wetsvoorstel']}",
              f"aanbeveling: {s['aanbeveling']}", f"niet van toepassing: {s['niet-van-toepassing']}"]
    if s["opnieuw-beoordelen"]:
        parts.append(f"opnieuw beoordelen: {s['opnieuw-beoordelen']}")
    if s["ter-informatie"]:  # not in the counts above: no task of the gemeente (the commissaris van de Koning's)
        parts.append(f"ter informatie (taak van een ander dan de gemeente): {s['ter-informatie']}")
    return "; ".join(parts)


NIET_BEOORDEELD = "nog niet beoordeeld"


def beoordeling_text(b: dict[str, Any] | None, leeg: str = NIET_BEOORDEELD) -> str:
    if not b:
        return leeg
    # a direction control of a row recorded before they were refused is shown, not obeyed, in what people read; the
    # JSON and CSV keep what was recorded, as the register's export does (helper-217)
    out = (f"{b['status_aangehaald']} — beoordeeld op {b['op']} door {zichtbaar(b['wie'])} (vastgelegd "
           f"{b['vastgelegd_tekst']})")
    for key, name in (("reden", "reden"), ("bewijs", "bewijs"), ("notitie", "notitie")):
        if b[key]:
            out += f"; {name}: {zichtbaar(b[key])}"
    return out


def to_json(c: Checklist) -> str:
    return json.dumps(data(c), ensure_ascii=False, indent=1) + "\n"


# "deze_vorm_vanaf": the start of the wording of this row, not of the duty (artikel 28 read otherwise before
# 2023-01-01; the duty is older); "onbekend" where the sources do not give it. "wat" … "bron": what the Markdown says
# of the duty (helper-95: without them «zie de toelichting» pointed at nothing, and W 4's condition was lost);
# "te_tonen_bewijs" what would show compliance, "bewijs" the evidence the assessment names.
CSV_COLUMNS = ["gemeente", "gemeentenaam", "peildatum", "kenmerk", "titel", "soort", "status", "deze_vorm_vanaf", "wie",
               "uitvoering", "wat", "wanneer", "termijn", "voorwaarde", "toelichting", "bron", "te_tonen_bewijs",
               "grondslag", "jci", "tekstversie", "beoordeling", "als_voorbereiding", "beoordeeld_op", "beoordelaar",
               "reden", "bewijs", "notitie", "opnieuw_beoordelen", "status_uitleg", "tekstversie_toelichting", "wijzigt_op"]


def to_csv(c: Checklist) -> str:
    """One row per obligation, the cells separated by «;» for a spreadsheet set to Dutch and neutralised against formula
    injection (:mod:`wetgeving.csvio`). A checklist made from a modified source has a last column ``waarschuwing``
    saying so."""
    rows = []
    for r in c.regels:
        d = row_data(r)
        b = d["beoordeling"] or {}
        # helper-134: «wettelijk (bevoegdheid)» read as the gemeente's own power; whose it is, is said as in a listing
        # helper-166: a duty of tranche 1 on a day it was a bill was «wettelijk» here, as if it were law then
        soort = ("wetsvoorstel" + (aard_tekst(r.verplichting) if r.verplichting.bevoegd else "")  # helper-176
                 if r.status == "wetsvoorstel" else
                 "aangenomen wetsvoorstel" if not r.stand.bekendgemaakt else  # helper-176: «wettelijk» on 2022-10-12
                 d["soort"] + (aard_tekst(r.verplichting) if d["aard"] == "bevoegdheid" else "")) + (
            "" if r.voor_gemeente else " (ter informatie)")
        rows.append([c.gemeente.code, c.gemeente.naam, c.datum.isoformat(), d["id"], d["titel"], soort,
                     d["status_tekst"], _vorm_vanaf(r),
                     d["normadressaat"], d["uitvoering"], d["handeling"], d["moment"], d["termijn"] or "",
                     d["voorwaarde"] or "", d["toelichting"] or "", d["bron"], d["bewijs"],
                     # helper-170: a spreadsheet filtered on «grondslag» read the programme as a recommendation's legal basis
                     ("vindplaats (geen wettelijke grondslag): " if d["soort"] == "aanbeveling" else "")
                     + "; ".join(x["citaat"] for x in d["grondslag"]),
                     "; ".join(x["jci"] for x in d["grondslag"] if x["jci"]),
                     "; ".join(x["versie"] or x["zekerheid_tekst"] for x in d["grondslag"]),
                     b.get("status", d["beoordeling_leeg"]), "ja" if b.get("als_voorbereiding") else "",
                     b.get("op", ""), b.get("wie", ""),
                     b.get("reden", ""),  # «niet van toepassing» says why (helper-61: the CSV dropped it)
                     b.get("bewijs", ""),
                     b.get("notitie", ""), b.get("opnieuw", ""),
                     # what the Markdown says with the status and each cited text (helper-49: the CSV dropped it)
                     # helper-156: a spreadsheet counting «geldend» had no word that a Voorwaarde is not checked
                     d["uitleg"] + ("; of aan de voorwaarde is voldaan, is niet getoetst" if d["voorwaarde"] else ""),
                     "; ".join(x["toelichting"] for x in d["grondslag"]),
                     f"{d['volgende']['kop']}: {d['volgende']['tekst']}" if d["volgende"] else "",
                     *([c.waarschuwing] if c.waarschuwing else []), *([c.voorbehoud] if c.voorbehoud else [])])
    return csvio.write(CSV_COLUMNS + (["waarschuwing"] if c.waarschuwing else []) + (["voorbehoud"] if c.voorbehoud else []),
                       rows, delimiter=csvio.PUNTKOMMA)


def _bekendmaking_velden(r: Regel) -> dict[str, bool | None]:
    """«vanaf_bepaald» and «bekendgemaakt» of the JSON: what the Stand says of a duty of the law; a bill is neither
    published nor dated, a recommendation is no act at all."""
    if r.status == "aanbeveling":
        return {"vanaf_bepaald": None, "bekendgemaakt": None}
    if r.status == "wetsvoorstel":
        return {"vanaf_bepaald": False, "bekendgemaakt": False}
    return {"vanaf_bepaald": r.stand.bepaald, "bekendgemaakt": r.stand.bekendgemaakt}


def _vorm_vanaf(r: Regel) -> str:
    p = r.periode
    if p.vanaf and r.status == "wetsvoorstel":  # Gemeentewet 36a, tweede lid, on 2022-06-01: a bill's day was not set
        return f"nog niet bepaald (op de peildatum een wetsvoorstel; later vastgesteld: {p.vanaf_tekst})"
    if p.vanaf and not r.stand.bepaald:  # helper-175: «2023-01-01» in the CSV of 2022-12-15, a day set on 2022-12-16
        return f"{KB_TIJDSTIP} (later vastgesteld: {p.vanaf_tekst})"
    return p.vanaf_tekst if p.vanaf else (onbekend_vanaf(p) if p.vanaf_onbekend else "")


def _md_row(r: dict[str, Any]) -> list[str]:
    # «Kenmerk»: the id `register record` asks for (helper-65: only the CSV and JSON had it)
    out = [f"## {r['titel']}", "", f"- **Kenmerk:** {r['id']}", f"- **Status:** {r['status_tekst']} — {r['uitleg']}",
           f"- **Soort:** {r['soort_tekst']}",
           f"- **Wie:** {r['normadressaat']}" + (f" (uitvoering: {r['uitvoering']})" if r["uitvoering"] else ""),
           f"- **Wat:** {r['handeling']}", f"- **Wanneer:** {r['moment']}"]
    for key, name in (("termijn", "Termijn"), ("voorwaarde", "Voorwaarde"), ("toelichting", "Toelichting")):
        if r[key]:
            out.append(f"- **{name}:** {r[key]}")
    if r["volgende"]:
        out.append(f"- **{r['volgende']['kop']}:** {r['volgende']['tekst']}")
    for x in r["grondslag"]:
        out.append(f"- **{grondslag_woord(r['soort']).capitalize()}:** {x['citaat']}" + (f" (`{x['jci']}`)" if x["jci"] else ""))
        if x["tekst"]:  # a blank line ends the quote: our note is not the quoted text (helper-147)
            out += [f"  > {x['tekst']}", ""]
        out.append(f"  *{x['toelichting']}*")
    out += [f"- **Bron:** {r['bron']}", f"- **Bewijs:** {r['bewijs']}",
            f"- **Beoordeling:** {beoordeling_text(r['beoordeling'], r['beoordeling_leeg'])}"]
    if r["beoordeling"] and r["beoordeling"]["opnieuw"]:
        out.append(f"- **Let op:** {r['beoordeling']['opnieuw']}")
    return [*out, ""]


def to_markdown(c: Checklist) -> str:
    """Markdown; every value from the data is HTML-escaped (:mod:`wetgeving.render.md`)."""
    d = escape_tree(data(c))
    out = [f"# Checklist weerbaar bestuur — {escape(c.gemeente.naam)} ({escape(c.gemeente.code)})", "",
           *([f"**{escape(c.waarschuwing)}**", ""] if c.waarschuwing else []),
           f"Peildatum: {c.datum.isoformat()}. {summary_text(d['samenvatting'])}.", "",
           *([f"**{escape(c.voorbehoud)}**", ""] if c.voorbehoud else [])]
    if c.gemeente.synthetisch:
        out += ["*Deze gemeente is synthetisch (proefgegevens).*", ""]
    if d["bronversies"]:
        out += ["Geciteerde wetsversies:", "", *[f"- {x}" for x in d["bronversies"]], ""]
    out += [UITVOERING_UITLEG, "", *([d["voorwaarde_uitleg"], ""] if "voorwaarde_uitleg" in d else [])]
    for r in d["verplichtingen"]:
        out += _md_row(r)
    return "\n".join(out).rstrip() + "\n"


def to_html(c: Checklist) -> str:
    d = data(c)
    return render_template("checklist.html.j2", c=d, beoordeling_text=beoordeling_text, grondslag_woord=grondslag_woord,
                           uitvoering_uitleg=UITVOERING_UITLEG,
                           samenvatting=summary_text(d["samenvatting"]))


def to_docx(c: Checklist) -> bytes:
    from wetgeving.render.checklist_docx import build

    buf = io.BytesIO()
    build(c, data(c)).save(buf)
    return buf.getvalue()


def to_pdf(c: Checklist) -> bytes:
    """The DOCX form as a tagged PDF, converted by LibreOffice (:mod:`wetgeving.render.pdf`)."""
    from wetgeving.render.pdf import from_docx

    return from_docx(to_docx(c))


def render(c: Checklist, fmt: str) -> str | bytes:
    if fmt == "docx":
        return to_docx(c)
    if fmt == "pdf":
        return to_pdf(c)
    text: dict[str, Any] = {"markdown": to_markdown, "html": to_html, "csv": to_csv, "json": to_json}
    return str(text[fmt](c))


def _citaten(r: Regel | None) -> str:
    return "; ".join(b.citaat for b in r.basis) if r else "—"


def changes_data(veranderd: Veranderd) -> dict[str, Any]:
    """What is new, changed and ended for a gemeente between two dates, as the Markdown of :func:`changes_text` and
    the web page (helper-129: the page showed that Markdown raw) say it: a heading, a note, groups of items, each a
    first line and lines under it."""
    diffs = veranderd.verschillen
    groepen = []
    for soort, kop in (("nieuw", "Nieuw"), ("nieuw-wetsvoorstel", "Nieuw uit ingediende wetsvoorstellen, geen geldend recht"),
                       ("nieuw-aanbeveling", "Nieuwe aanbevelingen, geen wettelijke plicht"), ("gewijzigd", "Gewijzigd"),
                       ("status", "Andere status"), ("aangekondigd", "Aangekondigde wijzigingen"),
                       ("voorgesteld", "Voorgestelde wijzigingen in ingediende wetsvoorstellen, geen geldend recht"),
                       ("aangenomen", "Wijzigingen in aangenomen, nog niet bekendgemaakte wetten, geen geldend recht"),
                       ("tekst", "Andere tekst van de grondslag in de bronnen, in ons model ongewijzigd"),
                       ("vervallen", "Vervallen")):
        items = [(x, _change_lines(x)) for x in diffs if _groep(x) == soort]
        if items:
            groepen.append({"kop": f"{kop} ({len(items)})",
                            "items": [{"regel": r[0].removeprefix("- "), "onder": [y.strip() for y in r[1:]],
                                       **_change_fields(x)} for x, r in items]})
    return {"kop": f"Wat is er veranderd voor {veranderd.gemeente.naam} tussen {veranderd.sinds.isoformat()} en "
                   f"{veranderd.peildatum.isoformat()}",
            # what the comparison rests on: our model, and the versions the sources hold
            "let_op": ("vergeleken zijn de verplichtingen in ons model op beide datums; " + "; ".join(veranderd.bronnen)
                       + ".") if veranderd.bronnen else "",
            "groepen": groepen, "niets": "" if diffs else "Niets: geen verplichting verscheen, veranderde of verviel.",
            "voorbehoud": veranderd.voorbehoud}  # helper-200: a --date after today, as the checklist says it


def _change_fields(x: Verschil) -> dict[str, Any]:
    """The change as data beside its sentences (helper-166: the JSON of `--since` was prose only): the obligation's
    kenmerk, the kind of change, and its status and the start of its wording («onbekend» where the sources do not
    show it) on either date (None where it was absent)."""
    def kant(r: Regel | None) -> dict[str, Any] | None:
        if r is None:
            return None
        p = r.periode  # helper-168: a date as a date, whether it is ours as a flag, the words apart
        return {"status": r.status, "vanaf": p.vanaf.isoformat() if p.vanaf else None, "vanaf_afgeleid": p.vanaf_afgeleid,
                "vanaf_tekst": _vorm_vanaf(r)}

    # the group it is listed under (helper-168: «nieuw» for a bill that appeared, listed under the bills)
    return {"kenmerk": x.verplichting.id, "verandering": _groep(x), "was": kant(x.van), "wordt": kant(x.naar),
            **({"teksten": [{"citaat": t.citaat, "was": t.oud, "wordt": t.nieuw} for t in x.teksten]} if x.teksten else {})}


def changes_text(veranderd: Veranderd) -> str:
    """What is new, changed and ended for a gemeente between two dates (Dutch Markdown: headings as the checklist has,
    helper-123)."""
    d = changes_data(veranderd)
    out = [f"# {d['kop']}", ""]
    if d["let_op"]:
        out += [f"Let op: {d['let_op']}", ""]
    if d["voorbehoud"]:
        out += [d["voorbehoud"], ""]
    for g in d["groepen"]:
        out += [f"## {g['kop']}", ""]
        for item in g["items"]:
            out += [f"- {item['regel']}", *(f"  {x}" for x in item["onder"])]
        out.append("")
    if d["niets"]:
        out.append(d["niets"])
    return "\n".join(out).rstrip() + "\n"


CHANGES_FORMATS = ("markdown", "html", "json")
"""What ``checklist --since`` writes: the changes are headings and lists, no table to fill in (no DOCX, PDF or CSV)."""


def render_changes(veranderd: Veranderd, fmt: str) -> str:
    """The changes between two dates in ``fmt`` (:data:`CHANGES_FORMATS`), from one data structure."""
    if fmt == "json":
        return json.dumps(changes_data(veranderd), ensure_ascii=False, indent=1) + "\n"
    if fmt == "html":
        return render_template("veranderd.html.j2", d=changes_data(veranderd))
    return changes_text(veranderd)


def _groep(x: Verschil) -> str:
    """The heading a change goes under: a bill or a recommendation that appeared is not listed as new law."""
    if x.soort == "nieuw" and x.naar and x.naar.status in ("wetsvoorstel", "aanbeveling"):
        return f"nieuw-{x.naar.status}"
    if x.soort == "aangekondigd" and x.naar and x.naar.stand.volgende_stadium == "wetsvoorstel":
        return "voorgesteld"  # a bill's new wording of a duty in force is no announced law
    if x.soort == "aangekondigd" and x.naar and x.naar.stand.volgende_stadium == "aangenomen":
        return "aangenomen"  # nor is an adopted act's before its publication (helper-185, helper-186)
    return "status" if x.soort == "bronnen" else x.soort


def _versie_tekst(spec: str) -> str:
    """«de versie van 2011-02-23 (Markdown-spiegel)»: a version a grondslag was read from."""
    regeling, _, dag = spec.partition("@")
    return f"de versie van {dag}" + (" (Markdown-spiegel)" if regeling.endswith("-md") else "")


def _zonder_wettekst(r: Regel) -> str:
    """« (onze beschrijving; …)» when a statutory grondslag of ``r`` has no text in the sources on that date: the
    wording shown then rests on our description (the Kieswet before 2023-01-01, known from a press release)."""
    missing = [b.citaat for b in r.basis if b.zekerheid == "niet-beschikbaar"]
    if not missing:
        return ""
    return (f" (onze beschrijving; de toenmalige tekst van {' en '.join(missing)} staat niet in de bronnen, zie de "
            "toelichting)")


def _change_lines(x: Verschil) -> list[str]:
    lines = _change_lines_of(x)
    if not x.verplichting.voor_gemeente:  # helper-72: listed with the gemeente's own changes without a word
        lines[0] += f" ({TER_INFORMATIE})"
    return lines + _beoordeling_lines(x)


def _beoordeling_lines(x: Verschil) -> list[str]:
    """What the change means for the gemeente's own assessment (helper-123: the report was the same with or without
    a register, while the checklist said «opnieuw beoordelen»)."""
    if x.naar is not None and x.naar.beoordeling is not None and x.naar.opnieuw:
        return [f"  beoordeling: {x.naar.opnieuw}"]
    b = x.van.beoordeling if x.van is not None else None
    if x.soort == "vervallen" and b is not None:
        return [f"  beoordeling: ‘{label(b.status)}’ (beoordeeld op {b.op}) betrof deze verplichting, die niet meer geldt"]
    return []


def _change_lines_of(x: Verschil) -> list[str]:
    v = x.verplichting
    if x.soort == "nieuw" and x.naar:
        was = f" (was: {x.van.status_tekst})" if x.van else ""
        # a bill named by its Kamerstuk and the date of its stukken (helper-107: «wetsvoorstel» alone)
        stand = x.naar.stand.uitleg if v.soort == "wetsvoorstel" else x.naar.status_tekst
        return [f"- {v.titel} [{v.id}]: {stand}{was}; {grondslag_woord(v.soort)} {_citaten(x.naar)}",
                f"  {x.naar.periode.handeling}"]
    if x.soort == "vervallen" and x.van:
        end = f" op {x.van.periode.tot_tekst}" if x.van.periode.tot else ""
        return [f"- {v.titel} [{v.id}]: vervallen{end}; was {_citaten(x.van)}"]
    if x.soort == "gewijzigd" and x.van and x.naar:
        since = f" vanaf {x.naar.periode.vanaf_tekst}" if x.naar.periode.vanaf else ""
        old_arts = {g.adres.artikel for g in x.van.periode.grondslagen if g.adres}
        # «nu als grondslag genoemd»: newly cited here, not necessarily new in the law (helper-59: Kieswet W 1 and E 19,
        # amended on 2023-01-01, were called «nieuw artikel»); not «ook» (helper-138: 87 and 89 replace 25, 55, 86)
        new = "; ".join(b.citaat + (" (nu als grondslag genoemd)" if g.adres and g.adres.artikel not in old_arts else "")
                        for g, b in zip(x.naar.periode.grondslagen, x.naar.basis, strict=True))
        return [f"- {v.titel} [{v.id}]: andere tekst{since}",
                f"  grondslag: {_citaten(x.van)} → {new}",
                f"  was{_zonder_wettekst(x.van)}: {x.van.periode.handeling}",
                f"  wordt: {x.naar.periode.handeling}"]  # helper-168: «nu» read as today
    assert x.van and x.naar
    if x.soort == "aangekondigd":
        volgende = _volgende(x.naar)
        assert volgende is not None
        toen = _volgende(x.van)
        was = f" (was: {toen['kop'][:1].lower()}{toen['kop'][1:]})" if toen else ""
        wordt = "zou worden" if volgende.get("stadium") else "wordt"  # a bill's, an unpublished act's (helper-184, -185)
        return [f"- {v.titel} [{v.id}]: {volgende['kop'][:1].lower()}{volgende['kop'][1:]}{was}",
                f"  {wordt}: {volgende['tekst']}"]
    if x.soort == "tekst":  # helper-193: the deelraad left Gemeentewet 13, 36b, 68 in 2014, and «Niets» was said
        return [f"- {v.titel} [{v.id}]: de tekst van {opsomming([t.citaat for t in x.teksten])} verschilt tussen de "
                "versies in de bronnen", *(f"  {t.citaat}: {_versie_tekst(t.oud)} → {_versie_tekst(t.nieuw)}; vergelijk "
                                          f"met 'wetgeving diff {t.oud} {t.nieuw} --only \"{t.eenheid}\"'" for t in x.teksten),
                "  ons model beschrijft de verplichting op beide datums gelijk; of de wijziging haar raakt, is niet "
                "beoordeeld"]
    if x.soort == "bronnen":  # helper-156: «dezelfde verplichting» was not always so (Kieswet X 8, Stb. 2020, 262)
        vanaf = x.naar.periode.bekend_op
        return [f"- {v.titel} [{v.id}]: {x.van.status_tekst} → {x.naar.status_tekst}",
                "  " + (f"de bronnen tonen deze tekst vanaf {vanaf}" if vanaf else "de bronnen tonen deze tekst pas later")
                + "; of de verplichting daarvóór al gold, en hoe zij toen luidde, staat er niet in"]
    if x.van.status_tekst == x.naar.status_tekst:  # the same status, another standing (an adopted act published)
        return [f"- {v.titel} [{v.id}]: {x.naar.status_tekst}", f"  was: {x.van.stand.uitleg}", f"  wordt: {x.naar.stand.uitleg}"]
    return [f"- {v.titel} [{v.id}]: {x.van.status_tekst} → {x.naar.status_tekst}"]
