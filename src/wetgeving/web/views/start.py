"""The start page and the overview across gemeenten."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from wetgeving.util import vandaag
from wetgeving.web import dienst, grafiek, toegang
from wetgeving.web.views.hulp import datum_uit


@require_safe
def start(request: HttpRequest) -> HttpResponse:
    """The start page; for a signed-in user also their gemeenten."""
    alle = dienst.gemeenten()
    mijn = [{"code": c, "naam": alle[c].naam if c in alle else c, "rol": r}
            for c, r in sorted(toegang.rollen(request.user).items())]
    return render(request, "web/start.html", {"gemeenten": mijn})


@login_required
@require_safe
def overzicht(request: HttpRequest) -> HttpResponse:
    """For a beheerder: the state per obligation across the gemeenten they manage (table and chart)."""
    codes = toegang.beheerde(request.user)
    if not codes:
        raise PermissionDenied("Deze pagina is alleen voor beheerders.")
    datum, fout = datum_uit(request, "datum")
    alle = dienst.gemeenten()
    lijsten = [dienst.checklist_gegevens(dienst.checklist(c, datum, with_text=False)) for c in codes if c in alle]
    tabel = dienst.overzicht(lijsten)
    return render(request, "web/overzicht.html", {
        "datum": datum, "fout": fout, "tabel": tabel, "gemeenten": [lst["gemeente"] for lst in lijsten],
        "svg": grafiek.staven(tabel, datum), "vandaag": vandaag()})
