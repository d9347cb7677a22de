"""The reaction as text for internetconsultatie.nl (the details asked, then one answer per question to paste into
the form's field for it, separated by a line '###' as the scraper of published reactions joins them; dates written
DD-MM-JJJJ as the site writes them; reference/internetconsultatie-format.md), as Markdown, and as an HTML preview."""

from __future__ import annotations

import warnings
from dataclasses import replace

from wetgeving.consultatie.voorbereiden import Punt, Voorbereid, volgens
from wetgeving.errors import Melding
from wetgeving.nummers import kamerstuk
from wetgeving.render.html import render_template
from wetgeving.render.md import escape
from wetgeving.wijziging.datums import datums_voluit, format_date

DEFAULT_VRAAG = "Reactie op het wetsvoorstel"


def voorstel_regel(v: Voorbereid) -> str:
    """The bill's line of a document: «Kamerstuk 36 892, bij de Tweede Kamer ingediend (stukken gedateerd 3 februari
    2026)», for a reaction dated after that; the Kamerstuk alone where the sources show no more (helper-152). Not
    where it stood on the reaction's date (helper-154: Kamerstuk 35 546 was before the Eerste Kamer in July 2022)."""
    naam = kamerstuk(v.reactie.kamerstuk) or v.reactie.wetsvoorstel
    return f"{naam}, {v.stand}" if v.stand else naam


def voorstel_kop(v: Voorbereid) -> str:
    """The label of the bill's line: a bill that was law on the reaction's date is called so (helper-137: «Wetsvoorstel:
    Kamerstuk 35 546» under «was dit geen wetsvoorstel meer»)."""
    return "Wetsvoorstel (inmiddels wet)" if v.van == "de wet" else "Wetsvoorstel"


def voor_document(v: Voorbereid) -> Voorbereid:
    """The reaction with our own prose as a document writes it: dates in words («sinds 1 januari 2023», not
    «sinds 2023-01-01»; :func:`~wetgeving.wijziging.datums.datums_voluit`). The comments and the law's text are left
    as they are."""
    d = datums_voluit
    return replace(v, label=d(v.label), kanttekeningen=tuple(map(d, v.kanttekeningen)), na_indiening=d(v.na_indiening),
                   consultatie=d(v.consultatie), stand=d(v.stand), punten=tuple(replace(p, citaat=d(p.citaat),
                                                                      onzeker_waarom=d(p.onzeker_waarom))
                                                              for p in v.punten))


def _over(p: Punt, van: str) -> str:
    """«over «…»», and for words only the current text has: that the bill drops or replaces them."""
    return f"«{p.opmerking.over}»" + (f", woorden die {van} laat vervallen of vervangt" if p.over_vervalt else "")


def _punt_text(p: Punt, van: str) -> list[str]:
    ongewijzigd = (f" (niet gewijzigd door {van})" if p.ongewijzigd else  # in every format (helper-56)
                   f" ({p.niet_vast_te_stellen})" if p.niet_vast_te_stellen else "")
    out = [f"{p.citaat}{ongewijzigd}" + (f" (over {_over(p, van)})" if p.opmerking.over else "") + ":",
           p.opmerking.opmerking]
    if p.opmerking.alternatief:
        out += ["Voorgestelde tekst:", p.opmerking.alternatief]
    return out


def internetconsultatie(v: Voorbereid) -> str:
    if v.na_indiening:  # said on the terminal too («let op», its dates as the terminal writes them), and in the text
        warnings.warn(Melding(v.na_indiening), stacklevel=2)
    v = voor_document(v)
    r = v.reactie
    # only the details given; publication is the submitter's choice (helper-56: «Openbaar: ja» was always written)
    out = [f"{k}: {w}" for k, w in (("Naam", r.contact), ("Organisatie", r.organisatie),
                                     ("Datum", r.datum.strftime("%d-%m-%Y") if r.datum else ""),
                                     ("Consultatie", v.consultatie)) if w]
    out += [f"Openbaar: {r.openbaar}" if r.openbaar else "Openbaar: nog te kiezen bij het insturen (alleen reacties die "
            "de inzender openbaar maakt, worden gepubliceerd)", ""]
    vragen = list(r.vragen) or ["Reactie op de wet" if v.van == "de wet" else DEFAULT_VRAAG]
    for i, vraag in enumerate(vragen):
        out += [*(["###"] if i else []), f"Vraag: {vraag}", ""]
        if i == 0:
            if v.label:
                out += [v.label, ""]
            out += [x for k in (*v.kanttekeningen, *([v.na_indiening] if v.na_indiening else []))
                    for x in (f"Let op: {k}.", "")]
            if r.inleiding:
                out += [r.inleiding, ""]
            if r.algemeen:
                out += ["Algemene opmerkingen:", *(f"- {x}" for x in r.algemeen), ""]
        for p in v.punten:
            if (p.opmerking.vraag or vragen[0]) == vraag:
                out += [*_punt_text(p, volgens(v.van)), ""]
    return "\n".join(out).rstrip() + "\n"


def markdown(v: Voorbereid) -> str:
    """Markdown; every value from the comments file and the law is HTML-escaped (:mod:`wetgeving.render.md`)."""
    v = voor_document(v)
    r, e = v.reactie, escape
    out = [f"# {e(r.titel)}", ""]
    if v.label:
        out += [f"**{e(v.label)}**", ""]
    out += [x for k in v.kanttekeningen for x in (f"**Let op:** {e(k)}.", "")]
    out += [f"- {voorstel_kop(v)}: {e(voorstel_regel(v))}",
            f"- Te wijzigen regeling: {e(v.basis_naam)}", *([f"- Consultatie: {e(v.consultatie)}"] if v.consultatie else []),
            f"- Organisatie: {e(r.organisatie)}", *([f"- Contact: {e(r.contact)}"] if r.contact else []),
            *([f"- Datum: {format_date(r.datum)}"] if r.datum else []), ""]
    if r.inleiding:
        out += ["## Inleiding", "", e(r.inleiding), ""]
    if r.algemeen:
        out += ["## Algemene opmerkingen", "", *(f"- {e(x)}" for x in r.algemeen), ""]
    for p in v.punten:
        ongewijzigd = (f" (niet gewijzigd door {volgens(v.van)})" if p.ongewijzigd else
                       f" ({p.niet_vast_te_stellen})" if p.niet_vast_te_stellen else "")
        out += [f"## {e(p.citaat[0].upper() + p.citaat[1:] + ongewijzigd)}", ""]
        if p.opmerking.over:
            out += [f"> {e(_over(p, volgens(v.van)))}", ""]
        out += [e(p.opmerking.opmerking), ""]
        if p.opmerking.alternatief:
            out += ["**Voorgestelde tekst:**", "", e(p.opmerking.alternatief), ""]
    return "\n".join(out).rstrip() + "\n"


def html(v: Voorbereid) -> str:
    v = voor_document(v)
    return render_template("consultatie.html.j2", v=v, r=v.reactie, kamerstuk=voorstel_regel(v) if v.reactie.kamerstuk else "",
                           volgens=volgens(v.van), datum=format_date(v.reactie.datum) if v.reactie.datum else "")
