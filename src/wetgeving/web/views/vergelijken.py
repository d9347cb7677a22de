"""Comparing two versions of a regeling: the structural diff (side by side and inline), the generated
wijzigingsinstructies and downloads. For every signed-in user (drafters and lawyers need no gemeente)."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_POST, require_safe

from wetgeving.errors import WetgevingError
from wetgeving.web import dienst
from wetgeving.web.views.hulp import iso_datum

SOORT = {"docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
         "html": "text/html; charset=utf-8", "json": "application/json"}


def _keuze(request: HttpRequest) -> tuple[dict[str, list[date]], str, date | None, date | None, str]:
    """The regelingen with at least two versions, and the choice in the query string (or a Dutch error)."""
    regs = {k: v for k, v in dienst.regelingen().items() if len(v) >= 2}
    regeling = request.GET.get("regeling", "")
    if not regeling:
        return regs, "", None, None, ""
    if regeling not in regs:
        return regs, regeling, None, None, "Kies een regeling uit de lijst."
    try:
        oud, nieuw = iso_datum(request.GET.get("oud", "")), iso_datum(request.GET.get("nieuw", ""))
    except ValueError:
        return regs, regeling, None, None, "Kies twee datums uit de lijst."
    if oud not in regs[regeling] or nieuw not in regs[regeling]:
        namen = dienst.regeling_namen(regs)
        naam = namen[regeling]
        vreemd = next(d for d in (oud, nieuw) if d not in regs[regeling])
        elders = [namen[n] for n in regs if vreemd in regs[n] and n != regeling]
        return regs, regeling, None, None, (f"{vreemd.isoformat()} is geen datum van een versie van de {naam}"
                                            + (f", maar van de {elders[0]}" if elders else "")
                                            + "; kies twee datums uit de groep van deze regeling.")
    if oud >= nieuw:
        return regs, regeling, oud, nieuw, "De eerste datum moet vóór de tweede liggen."
    return regs, regeling, oud, nieuw, ""


def _tranche(request: HttpRequest) -> tuple[str, str]:
    """The tranche asked for, or a Dutch error."""
    naam = request.GET.get("tranche", "")
    if naam not in dict(dienst.tranches_te_vergelijken()):
        return naam, "Kies een tranche uit de lijst."
    return naam, ""


def _formulier(request: HttpRequest) -> dict[str, Any]:
    """The comparison form with what was chosen (and any message): the page, and the page a refused download shows
    (helper-193: its lists were empty, the choice could not be corrected there)."""
    regs, regeling, oud, nieuw, fout = _keuze(request)
    tekstdatums = dienst.tekstdatums()
    namen = dienst.regeling_namen(regs)
    return {"regelingen": regs, "keuzes": [(n, namen[n], regs[n]) for n in regs], "regeling": regeling,
            "oud": oud, "nieuw": nieuw, "fout": fout, "tranches": dienst.tranches_te_vergelijken(), "tranche": "",
            "tekstdatum": regeling in tekstdatums, "tekstdatums": sorted(tekstdatums & set(regs))}


@login_required
@require_safe
def vergelijken(request: HttpRequest) -> HttpResponse:
    ctx = _formulier(request)
    regeling, oud, nieuw, fout = ctx["regeling"], ctx["oud"], ctx["nieuw"], ctx["fout"]
    if "tranche" in request.GET:
        naam, ctx["fout"] = _tranche(request)
        if not ctx["fout"]:
            d, label = dienst.vergelijk_tranche(naam)
            ctx |= {"diff": d, "groepen": dienst.diff_rijen(d, alleen_oud=True), "label": label, "tranche": naam,
                    "kop": f"{d.side('oud')} → {d.side('nieuw')}", "kolom_oud": d.datum("oud"),  # helper-61: no dates
                    # what the new side is, as the diff's label says it (an illustrative draft of a bill; a text with only
                    # this tranche or these changes applied), never «the tranche» for a draft (helper-67)
                    "kolom_nieuw": d.nieuw_label.split(";")[0] if d.nieuw_label else d.datum("nieuw"),
                    "query": request.GET.urlencode()}
    elif regeling and oud and nieuw and not fout:
        try:
            d = dienst.vergelijk(regeling, oud, nieuw)
            ctx |= {"diff": d, "groepen": dienst.diff_rijen(d), "instructies": dienst.instructies(regeling, oud, nieuw),
                    "query": request.GET.urlencode()}
        except WetgevingError as exc:
            ctx["fout"] = str(exc).replace("\n  wat te doen: ", " — ")
    return render(request, "web/vergelijken.html", ctx, status=400 if ctx["fout"] else 200)


@login_required
@require_safe
def download(request: HttpRequest, fmt: str) -> HttpResponse:
    if fmt not in SOORT:
        raise Http404("onbekend formaat")
    if "tranche" in request.GET:
        naam, fout = _tranche(request)
        if fout:
            return render(request, "web/vergelijken.html", {**_formulier(request), "fout": fout}, status=400)
        d, label = dienst.vergelijk_tranche(naam)
        resp = HttpResponse(dienst.diff_download(d, fmt, label), content_type=SOORT[fmt])
        resp["Content-Disposition"] = f'attachment; filename="{naam}-gemeentewet.{fmt}"'
        return resp
    _, regeling, oud, nieuw, fout = _keuze(request)
    if fout or not (regeling and oud and nieuw):
        return render(request, "web/vergelijken.html", {**_formulier(request), "fout": fout or "Kies een regeling en twee "
                                                        "datums."}, status=400)
    data = dienst.diff_download(dienst.vergelijk(regeling, oud, nieuw), fmt)
    resp = HttpResponse(data, content_type=SOORT[fmt])
    resp["Content-Disposition"] = f'attachment; filename="{regeling}-{oud.isoformat()}-{nieuw.isoformat()}.{fmt}"'
    return resp


MAX_BESTAND = 16 * 1024 * 1024


@login_required
@require_POST
def bestanden(request: HttpRequest) -> HttpResponse:
    """Two uploaded versions of one regeling: the comparison as a page, or straight as a download."""
    regs = {k: v for k, v in dienst.regelingen().items() if len(v) >= 2}
    ctx: dict[str, Any] = {"regelingen": regs, "tranches": dienst.tranches_te_vergelijken(), "fout": "",
                           # the form again, with what its dates are (helper-73: the mirror's caveat was dropped here)
                           "tekstdatums": sorted(dienst.tekstdatums() & set(regs))}
    oud, nieuw, fmt = request.FILES.get("oud"), request.FILES.get("nieuw"), request.POST.get("formaat", "pagina")
    if oud is None or nieuw is None:
        ctx["fout"] = "Kies twee bestanden: de oude en de nieuwe versie."
    elif (oud.size or 0) > MAX_BESTAND or (nieuw.size or 0) > MAX_BESTAND:
        ctx["fout"] = "Een bestand is groter dan 16 MB."
    elif fmt not in ("pagina", *SOORT):
        ctx["fout"] = "Kies een formaat uit de lijst."
    else:
        try:
            d = dienst.vergelijk_bestanden((oud.name or "", oud.read()), (nieuw.name or "", nieuw.read()))
        except WetgevingError as exc:
            ctx["fout"] = str(exc).replace("\n  wat te doen: ", " — ")
        else:
            if fmt != "pagina":
                resp = HttpResponse(dienst.diff_download(d, fmt), content_type=SOORT[fmt])
                resp["Content-Disposition"] = f'attachment; filename="vergelijking.{fmt}"'
                return resp
            ctx |= {"diff": d, "groepen": dienst.diff_rijen(d, alleen_oud=True), "kop": f"{d.side('oud')} → {d.side('nieuw')}",
                    "tranche": "bestanden"}
    return render(request, "web/vergelijken.html", ctx, status=400 if ctx["fout"] else 200)
