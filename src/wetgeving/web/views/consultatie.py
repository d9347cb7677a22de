"""Consultation: read a bill (tranche) article by article, comment per artikel/lid with the other users of
one's organisation, and download the organisation's reaction as DOCX (step 7)."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_safe

from wetgeving.compliance.register import TEKST_MAX
from wetgeving.consultatie.voorbereiden import woorden_in
from wetgeving.errors import WetgevingError
from wetgeving.util import stuurteken, stuurteken_genoemd
from wetgeving.web import dienst
from wetgeving.web.models import Opmerking, Profiel
from wetgeving.web.toegang import GeenRolHelpt
from wetgeving.web.views.hulp import gebruiker


def organisatie(request: HttpRequest) -> str:
    p = Profiel.objects.filter(gebruiker_id=request.user.pk).first()
    return p.organisatie if p else ""


def voorstel(naam: str) -> dienst.Wetsvoorstel:
    w = next((w for w in dienst.wetsvoorstellen() if w.id == naam), None)
    if w is None:
        raise Http404("onbekend wetsvoorstel")
    return w


@login_required
@require_safe
def kies(request: HttpRequest) -> HttpResponse:
    return render(request, "web/consultatie_kies.html", {"voorstellen": dienst.wetsvoorstellen(),
                                                         "organisatie": organisatie(request)})


def anker(adres: str) -> str:
    """The HTML id part of a provision's address: ``artikel:36c/lid:1`` → ``artikel-36c-lid-1``."""
    return adres.replace(":", "-").replace("/", "-")


def bepalingen_van(w: dienst.Wetsvoorstel) -> dict[str, dienst.Bepaling]:
    return {b.adres: b for _, rows in dienst.lees_wetsvoorstel(w) for b in rows}


def controleer(bepalingen: dict[str, dienst.Bepaling], bepaling: str, over: str, tekst: str, alternatief: str, *,
               wet: bool = False) -> str:
    """Why a comment cannot be saved ("" when it can); ``wet``: the text is an enacted law, no bill (helper-100)."""
    if bepaling not in bepalingen:
        return f"Kies een bepaling uit {'de wet' if wet else 'het wetsvoorstel'}."
    if not tekst.strip():
        return "Vul een opmerking in."
    for veld, x in (("De geciteerde woorden", over), ("De opmerking", tekst), ("De voorgestelde tekst", alternatief)):
        if len(x) > TEKST_MAX:  # as the register's texts (helper-61)
            return f"{veld} is langer dan {TEKST_MAX:,} tekens; maak die korter.".replace(",", ".")
    if over and woorden_in(bepalingen[bepaling].tekst, over) < 0:  # whole words, as the reaction's document places
        # them (helper-172: «meester» from «burgemeester» was saved here, and the download then failed for the whole
        # organisation)
        return "De geciteerde woorden komen niet letterlijk, als hele woorden, voor in deze bepaling; citeer ze precies."
    for x in (over, tekst, alternatief):
        bad = stuurteken(x)
        if bad is not None:  # also one that changes the reading direction (helper-206)
            return f"De tekst bevat een stuurteken ({stuurteken_genoemd(x, bad)}); geef gewone tekst."
    return ""


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def lezen(request: HttpRequest, wetsvoorstel: str) -> HttpResponse:
    w = voorstel(wetsvoorstel)
    org = organisatie(request)
    artikelen = dienst.lees_wetsvoorstel(w)
    bepalingen = {b.adres: b for _, rows in artikelen for b in rows}
    fout = ""
    if request.method == "POST":
        if not org:
            raise GeenRolHelpt("Alleen gebruikers van een organisatie kunnen reageren; vraag de beheerder van deze "
                               "toepassing u aan een organisatie te koppelen.")  # a role does not help (helper-154)
        p = request.POST
        bepaling, over, tekst, alt = (p.get(k, "").strip() for k in ("bepaling", "over", "opmerking", "alternatief"))
        fout = controleer(bepalingen, bepaling, over, tekst, alt, wet=w.status != "wetsvoorstel")
        if not fout:
            Opmerking.objects.create(wetsvoorstel=w.id, organisatie=org, bepaling=bepaling, over=over, opmerking=tekst,
                                     alternatief=alt, door=gebruiker(request))
            return HttpResponseRedirect(reverse("consultatie-lezen", args=[w.id]) + f"#b-{anker(bepaling)}")
    opm: dict[str, list[Opmerking]] = {}
    for o in Opmerking.objects.filter(wetsvoorstel=w.id, organisatie=org).select_related("door") if org else []:
        opm.setdefault(o.bepaling, []).append(o)
    # a refused comment comes back filled in under its provision (helper-100: its text was lost)
    ingevuld = {k: request.POST.get(k, "") for k in ("bepaling", "over", "opmerking", "alternatief")} if fout else {}
    rows = [(a, [(b, anker(b.adres), opm.get(b.adres, []), ingevuld if ingevuld.get("bepaling") == b.adres else None)
                 for b in bs]) for a, bs in artikelen]
    return render(request, "web/consultatie.html", {"w": w, "artikelen": rows, "organisatie": org, "fout": fout},
                  status=400 if fout else 200)


@login_required
@require_safe
def docx(request: HttpRequest, wetsvoorstel: str) -> HttpResponse:
    """The organisation's reaction as DOCX."""
    return _download(request, wetsvoorstel, "docx")


@login_required
@require_safe
def tekst(request: HttpRequest, wetsvoorstel: str) -> HttpResponse:
    """The organisation's reaction as text for internetconsultatie.nl."""
    return _download(request, wetsvoorstel, "txt")


def _download(request: HttpRequest, wetsvoorstel: str, fmt: str) -> HttpResponse:
    w = voorstel(wetsvoorstel)
    org = organisatie(request)
    if not org:
        raise GeenRolHelpt("Alleen gebruikers van een organisatie kunnen een reactie downloaden; vraag de beheerder van "
                           "deze toepassing u aan een organisatie te koppelen.")
    opm = [{"bepaling": o.bepaling, "opmerking": o.opmerking, "over": o.over, "alternatief": o.alternatief}
           for o in Opmerking.objects.filter(wetsvoorstel=w.id, organisatie=org)]
    try:
        maak = dienst.consultatie_docx if fmt == "docx" else dienst.consultatie_tekst
        data = maak(w, org, opm, timezone.now())
    except WetgevingError as exc:
        return render(request, "web/consultatie_kies.html", {"voorstellen": dienst.wetsvoorstellen(), "organisatie": org,
                                                             "fout": str(exc).replace("\n  wat te doen: ", " — ")}, status=400)
    soort = "application/vnd.openxmlformats-officedocument.wordprocessingml.document" if fmt == "docx" \
        else "text/plain; charset=utf-8"
    resp = HttpResponse(data, content_type=soort)
    resp["Content-Disposition"] = f'attachment; filename="reactie-{w.id}.{fmt}"'
    return resp
