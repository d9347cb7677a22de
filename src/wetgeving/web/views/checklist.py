"""The checklist of a gemeente on a peildatum, recording assessments (htmx or a plain form), history,
"wat is nieuw sinds", exports and evidence files. Every view checks the user's role for the gemeente."""

from __future__ import annotations

import re
import secrets
import threading
from datetime import date
from typing import Any

from django.contrib.auth.decorators import login_required
from django.db import IntegrityError, transaction
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_POST, require_safe

from wetgeving.compliance.register import vastgelegd_op
from wetgeving.errors import UsageError, WetgevingError, met_meldingen
from wetgeving.web import bewijs as bestanden
from wetgeving.web import dienst, toegang
from wetgeving.web.models import Beoordeling, Bewijsstuk, Verzending
from wetgeving.web.views.hulp import datum_uit, gebruiker, iso_datum, naam

# A web address at the start of the evidence text: the link, up to the first space (a file recorded with it
# follows as "; bestand …"). Only http(s): never javascript:, data: or another scheme.
_LINK = re.compile(r"https?://[^\s;]+(?:;[^\s;]+)*")


def _gemeente(request: HttpRequest, code: str, rol: str = "lezer") -> tuple[Any, str]:
    """The gemeente and the user's role there: 404 «onbekende gemeente» for one not in the list (a public list: its
    codes reveal nothing; helper-100 was asked to request a role for GM9999), else 403 without the role."""
    g = dienst.gemeente(code)
    if g is None:
        raise Http404("onbekende gemeente")
    return g, toegang.vereist(request.user, code, rol)


@login_required
@require_safe
def kies(request: HttpRequest) -> HttpResponse:
    """Choose one of the user's gemeenten."""
    alle = dienst.gemeenten()
    mijn = [{"code": c, "naam": alle[c].naam if c in alle else c, "rol": r}
            for c, r in sorted(toegang.rollen(request.user).items())]
    return render(request, "web/checklist_kies.html", {"gemeenten": mijn})


def _regels(code: str, datum: date, rol: str) -> dict[str, Any]:
    c = dienst.checklist(code, datum)
    gegevens = dienst.checklist_gegevens(c)
    # the evidence file recorded with each assessment shown (its row's link, never a hash typed in the text)
    ids = {r.verplichting.id: r.beoordeling.id for r in c.regels if r.beoordeling is not None and r.beoordeling.id}
    stukken = dict(Beoordeling.objects.filter(pk__in=ids.values(), gemeente=code).values_list("pk", "bewijsstuk_id"))
    vandaag = date.fromisoformat(vastgelegd_op())
    op = min(datum, vandaag)  # the form's date: a day that has come (a later one is refused: register.check_op)
    for r in gegevens["verplichtingen"]:
        v = dienst.verplichting(r["id"])
        r["woorden"] = dienst.woorden(v, op) if v is not None and toegang.NIVEAU[rol] >= 2 else ()
        r["op"], r["op_max"] = op.isoformat(), vandaag.isoformat()
        r["formulier"] = secrets.token_urlsafe(24)  # one-time: the same form sent twice records once (Verzending)
        b = r["beoordeling"]
        if b:
            b["bestand_pk"] = stukken.get(ids.get(r["id"], 0))
            m = _LINK.match(b["bewijs"])
            b["link"] = m.group(0) if m else ""
    return gegevens


@login_required
@require_safe
def checklist(request: HttpRequest, gemeente: str) -> HttpResponse:
    g, rol = _gemeente(request, gemeente)
    datum, fout = datum_uit(request, "datum")
    sinds, fout_sinds = datum_uit(request, "sinds", datum)
    if fout_sinds:  # helper-73: «‘xx’ is geen datum …; getoond is 2023-04-01» did not say it was «sinds»; helper-131:
        # the message of datum_uit, cut to 40 characters and naming a day that does not exist, with «bij ‘sinds’»
        waarde, _, rest = fout_sinds.partition("’ ")
        fout_sinds = f"{waarde}’ bij ‘sinds’ {rest.split(';')[0]}; er is niets vergeleken."
    nieuw = dienst.wat_is_nieuw(gemeente, sinds, datum) if request.GET.get("sinds") and not fout_sinds and sinds <= datum else ""
    if request.GET.get("sinds") and not fout_sinds and sinds > datum:
        fout_sinds = "‘sinds’ mag niet na de peildatum liggen."  # the same day is allowed: nothing changed
    return render(request, "web/checklist.html", {
        "g": g, "rol": rol, "datum": datum, "fout": fout or fout_sinds, "lijst": _regels(gemeente, datum, rol),
        "sinds": request.GET.get("sinds", ""), "nieuw": nieuw})


@login_required
@require_POST
def beoordeel(request: HttpRequest, gemeente: str, verplichting: str) -> HttpResponse:
    """Record an assessment; htmx gets the row back, a plain form a redirect to the checklist."""
    _gemeente(request, gemeente, "beoordelaar")
    v = dienst.verplichting(verplichting)
    if v is None:
        raise Http404("onbekende verplichting")
    datum, fout = datum_uit(request, "datum")
    p = request.POST
    let_op: tuple[str, ...] = ()
    try:
        if fout:  # a wrong peildatum is no reason to record on today's (helper-51): nothing is recorded
            raise WetgevingError(f"{fout.split(';')[0]}; er is niets vastgelegd")
        op = iso_datum(p.get("op", "").strip() or min(datum, date.fromisoformat(vastgelegd_op())).isoformat())
        f = request.FILES.get("bestand")
        upload = bestanden.lees(f) if f is not None else None

        def vastleggen(stuk: Bewijsstuk | None, bestand_tekst: str) -> object:
            _eenmalig(request, p.get("formulier", ""))
            bewijs = "; ".join(x for x in (p.get("bewijs", "").strip(), bestand_tekst) if x)
            return dienst.beoordeel(gemeente, v, p.get("status", ""), wie=naam(request), op=op, reden=p.get("reden", ""),
                                    bewijs=bewijs, notitie=p.get("notitie", ""), door=request.user, bewijsstuk=stuk)

        # all or nothing: a refused assessment leaves neither an evidence row nor its file behind; what the register
        # says beside it (a duty not yet in force on that day: preparation) is said with «Vastgelegd.»
        _, let_op = met_meldingen(lambda: bestanden.met_bewijs(upload, gemeente, gebruiker(request), vastleggen),
                                  opnieuw=False)
        if op > datum:  # helper-73: «Vastgelegd.» above «Nog niet beoordeeld.» invited a second recording
            let_op += (f"deze beoordeling gaat over {op.isoformat()}, na de peildatum van deze pagina "
                       f"({datum.isoformat()}); zij staat op de checklist van {op.isoformat()} en later",)
    except ValueError:
        fout = "De datum van de beoordeling is geen datum in de vorm JJJJ-MM-DD."
    except (WetgevingError, IntegrityError) as exc:
        fout = str(exc).replace("\n  wat te doen: ", " — ")
    # a refused form comes back as it was filled in (helper-100: it came back reset to «voldoet» and the peildatum, so
    # adding the missing reden recorded a wrong oordeel on a wrong date in the append-only register)
    ingevuld = {k: p.get(k, "") for k in ("status", "op", "reden", "bewijs", "notitie")} if fout else None
    if fout and request.FILES.get("bestand") is not None:
        fout += " (kies het bestand opnieuw: een browser vult het niet voor u in)"
    if request.htmx:  # type: ignore[attr-defined]
        rol = toegang.vereist(request.user, gemeente, "beoordelaar")
        rij = next((r for r in _regels(gemeente, datum, rol)["verplichtingen"] if r["id"] == verplichting), None)
        if rij is None:  # the obligation is on no checklist of this date: no row to give back
            return render(request, "web/_regel_niet.html", {"vid": verplichting, "datum": datum, "fout": fout},
                          status=200 if not fout else 422)
        getoond = (rij.get("beoordeling") or {}).get("op")
        if not fout and getoond and str(getoond) > op.isoformat():  # helper-100: «Vastgelegd.» above another one
            let_op += (f"de beoordeling van {getoond} is later dan deze van {op.isoformat()} en blijft daarom hier "
                       "staan; de nieuwe staat in de geschiedenis",)
        return render(request, "web/_regel.html", {"r": rij, "g": {"code": gemeente}, "datum": datum, "fout": fout,
                                                    "rol": rol, "gemeld": True, "let_op": let_op, "ingevuld": ingevuld},
                      status=200 if not fout else 422)
    if fout:
        g, rol = _gemeente(request, gemeente)
        lijst = _regels(gemeente, datum, rol)
        eigen = verplichting if any(r["id"] == verplichting for r in lijst["verplichtingen"]) else None
        return render(request, "web/checklist.html", {"g": g, "rol": rol, "datum": datum, "fout": fout,
                                                      "fout_id": eigen,  # under its own row only (helper-61: all 54)
                                                      "lijst": lijst, "ingevuld": ingevuld}, status=400)
    toon = max(datum, op)  # an assessment about a later day is on that day's checklist: show it there
    return HttpResponseRedirect(reverse("checklist", args=[gemeente]) + f"?datum={toon.isoformat()}#v-{verplichting}")


def _eenmalig(request: HttpRequest, token: str) -> None:
    """Mark the form's one-time token used, in the transaction that records; a token used before is refused (a form
    without one, from a page of before this check, records as it did)."""
    if not token:
        return
    try:
        with transaction.atomic():  # a savepoint: the refusal leaves the outer transaction usable
            Verzending.objects.create(token=token[:64], door=gebruiker(request))
    except IntegrityError:
        raise UsageError("dit formulier was al verzonden en de beoordeling is toen vastgelegd; zij is niet nog eens "
                         "vastgelegd", hint="bekijk de geschiedenis, of vul het formulier opnieuw in voor een nieuwe "
                         "beoordeling") from None


@login_required
@require_safe
def geschiedenis(request: HttpRequest, gemeente: str, verplichting: str) -> HttpResponse:
    g, _ = _gemeente(request, gemeente)
    v = dienst.verplichting(verplichting)
    if v is None:
        raise Http404("onbekende verplichting")
    rows = dienst.geschiedenis(gemeente, verplichting)
    sjabloon = "web/_geschiedenis.html" if request.htmx else "web/geschiedenis.html"  # type: ignore[attr-defined]
    return render(request, sjabloon, {"g": g, "v": v, "rijen": rows, "label": dienst.status_label})


@login_required
@require_safe
def register(request: HttpRequest, gemeente: str) -> HttpResponse:
    """Every assessment of the gemeente (the register's history), oldest first."""
    g, _ = _gemeente(request, gemeente)
    return render(request, "web/geschiedenis.html", {"g": g, "v": None, "rijen": dienst.geschiedenis(gemeente, ""),
                                                     "label": dienst.status_label})


# A PDF runs LibreOffice for seconds; any signed-in user could start one per request. At most this many run at
# once in a server process; a request beyond that gets the Dutch export page (503), not a queue.
PDF_TEGELIJK = 2
_pdf_plaatsen = threading.BoundedSemaphore(PDF_TEGELIJK)

EXPORTS = {"csv": "text/csv; charset=utf-8",
           "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
           "pdf": "application/pdf"}


@login_required
@require_safe
def export(request: HttpRequest, gemeente: str, fmt: str) -> HttpResponse:
    """The checklist as CSV, DOCX or PDF; a PDF that cannot be made (no LibreOffice) gives a Dutch page (503)."""
    g, _ = _gemeente(request, gemeente)  # the role first, as in every view of a gemeente: 403 whatever the format
    if fmt not in EXPORTS:
        raise Http404("onbekend formaat")
    datum, fout = datum_uit(request, "datum")
    if fout:  # never a file named and made for today when another date was asked for (helper-51)
        return render(request, "web/export_fout.html", {"g": g, "datum": datum, "fmt": fmt.upper(), "datum_fout": True,
                                                        "melding": fout.split(";")[0], "hint": "geef de peildatum als "
                                                        "JJJJ-MM-DD"}, status=400)  # no links to today's (helper-61)
    if fmt == "pdf" and not _pdf_plaatsen.acquire(blocking=False):
        return render(request, "web/export_fout.html", {
            "g": g, "datum": datum, "fmt": "PDF", "melding": f"er worden al {PDF_TEGELIJK} PDF-bestanden tegelijk gemaakt",
            "hint": "probeer het over een minuut opnieuw"}, status=503)
    try:
        data = dienst.export_checklist(dienst.checklist(gemeente, datum), fmt)
    except WetgevingError as exc:
        return render(request, "web/export_fout.html", {"g": g, "datum": datum, "fmt": fmt.upper(), "melding": exc.message,
                                                        "hint": exc.hint}, status=503)
    finally:
        if fmt == "pdf":
            _pdf_plaatsen.release()
    resp = HttpResponse(data, content_type=EXPORTS[fmt])
    resp["Content-Disposition"] = f'attachment; filename="checklist-{gemeente}-{datum.isoformat()}.{fmt}"'
    return resp


@login_required
@require_safe
def bewijs(request: HttpRequest, gemeente: str, pk: int) -> FileResponse:
    """An evidence file of the gemeente, always as a download, from the path its hash names."""
    _gemeente(request, gemeente)
    stuk = Bewijsstuk.objects.filter(pk=pk, gemeente=gemeente).first()
    if stuk is None:  # another gemeente's file is answered as a missing one: the answer tells no id that exists
        raise Http404("onbekend bewijsstuk")
    pad = bestanden.pad(stuk.sha256)
    if not pad.is_file():
        raise Http404("het bestand ontbreekt")
    ext = {"application/pdf": "pdf", "image/png": "png", "image/jpeg": "jpg"}.get(stuk.soort, "docx")
    return FileResponse(pad.open("rb"), as_attachment=True, filename=f"bewijs-{stuk.pk}.{ext}", content_type=stuk.soort)
