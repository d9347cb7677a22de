"""Changing and removing a consultation comment: only its author may (403 for the other users of the author's
organisation, who read it; 404 for everyone else, as for a comment that does not exist). Each step works in
place with htmx (the comment's block is swapped) and as plain pages and forms without JavaScript (a redirect
back to the comment)."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_safe

from wetgeving.locatie import Adres
from wetgeving.web import dienst
from wetgeving.web.models import Opmerking
from wetgeving.web.toegang import GeenRolHelpt
from wetgeving.web.views.consultatie import anker, bepalingen_van, controleer, organisatie, voorstel


def _opmerking(request: HttpRequest, wetsvoorstel: str, pk: int, *, eigen: bool) -> tuple[dienst.Wetsvoorstel, Opmerking]:
    """The comment; 404 unless the user wrote it or belongs to its organisation (a comment of another
    organisation is answered as a missing one, so the answer tells no id that exists); 403 when ``eigen`` and
    the user, who may read it, did not write it."""
    w = voorstel(wetsvoorstel)
    o = Opmerking.objects.filter(pk=pk, wetsvoorstel=w.id).select_related("door").first()
    org = organisatie(request)  # "" for a user without one: no organisation is shared with another user's ""
    if o is None or (o.door_id != request.user.pk and not (org and o.organisatie == org)):
        raise Http404("onbekende opmerking")
    if eigen and o.door_id != request.user.pk:
        raise GeenRolHelpt("Alleen wie een opmerking schreef, kan haar wijzigen of verwijderen.")
    return w, o


def _context(w: dienst.Wetsvoorstel, o: Opmerking, **extra: Any) -> dict[str, Any]:
    return {"w": w, "o": o, "citaat": Adres.parse(o.bepaling).citation(), "anker": anker(o.bepaling), **extra}


def _terug(w: dienst.Wetsvoorstel, fragment: str) -> HttpResponseRedirect:
    return HttpResponseRedirect(reverse("consultatie-lezen", args=[w.id]) + "#" + fragment)


def _toon(request: HttpRequest, sjabloon: str, context: dict[str, Any], status: int = 200) -> HttpResponse:
    """The fragment for htmx, or the same fragment in a whole page."""
    if request.htmx:  # type: ignore[attr-defined]
        return render(request, sjabloon, context, status=422 if status == 400 else status)
    return render(request, "web/opmerking.html", {**context, "fragment": sjabloon}, status=status)


@login_required
@require_safe
def opmerking(request: HttpRequest, wetsvoorstel: str, pk: int) -> HttpResponse:
    """One comment (htmx: its block, e.g. after 'Annuleren'; otherwise the consultation page at the comment)."""
    w, o = _opmerking(request, wetsvoorstel, pk, eigen=False)
    if not request.htmx:  # type: ignore[attr-defined]
        return _terug(w, f"o-{o.pk}")
    return render(request, "web/_opmerking.html", _context(w, o, focus=True))


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def wijzigen(request: HttpRequest, wetsvoorstel: str, pk: int) -> HttpResponse:
    """The author changes the comment's quoted words, text and alternative wording (not its provision)."""
    w, o = _opmerking(request, wetsvoorstel, pk, eigen=True)
    waarden = {"over": o.over, "opmerking": o.opmerking, "alternatief": o.alternatief}
    fout = ""
    if request.method == "POST":
        waarden = {k: request.POST.get(k, "").strip() for k in waarden}
        fout = controleer(bepalingen_van(w), o.bepaling, waarden["over"], waarden["opmerking"], waarden["alternatief"],
                          wet=w.status != "wetsvoorstel")
        if not fout:
            o.over, o.opmerking, o.alternatief = waarden["over"], waarden["opmerking"], waarden["alternatief"]
            o.gewijzigd = timezone.now()
            o.save(update_fields=["over", "opmerking", "alternatief", "gewijzigd"])
            if request.htmx:  # type: ignore[attr-defined]
                return render(request, "web/_opmerking.html", _context(w, o, gemeld="Opmerking gewijzigd."))
            return _terug(w, f"o-{o.pk}")
    return _toon(request, "web/_opmerking_wijzigen.html", _context(w, o, waarden=waarden, fout=fout),
                 status=400 if fout else 200)


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def verwijderen(request: HttpRequest, wetsvoorstel: str, pk: int) -> HttpResponse:
    """GET asks for confirmation; POST removes the comment (only its author)."""
    w, o = _opmerking(request, wetsvoorstel, pk, eigen=True)
    if request.method != "POST":  # GET and HEAD ask; only a POST (with its CSRF token) removes
        return _toon(request, "web/_opmerking_verwijderen.html", _context(w, o))
    plek = f"b-{anker(o.bepaling)}"
    o.delete()
    if request.htmx:  # type: ignore[attr-defined]
        return render(request, "web/_opmerking_weg.html", {"pk": pk})
    return _terug(w, plek)
