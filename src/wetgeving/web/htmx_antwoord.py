"""Answers an htmx request can show (helper-51's review of 2026-12-06).

* **Aanmelden**: a request whose session has expired is sent to the login page (302). htmx follows that redirect
  and swaps the whole login page into the row of the checklist it came from, with a ``next`` that only takes POST.
  The middleware :class:`AanmeldenVoorHtmx` answers such a request instead with ``HX-Redirect`` to the login page,
  ``next`` being the page the user was on.
* **Te groot**: a request larger than Django accepts (``RequestDataTooBig``: a form field over
  ``DATA_UPLOAD_MAX_MEMORY_SIZE`` or a whole request over ``UPLOAD_MAX_REQUEST_BYTES``, see :mod:`.grens`) ended as
  the general «Onjuist verzoek» page (400), which htmx does not show at all. :func:`onjuist_verzoek` (``handler400``)
  answers it with 413 and a page that says what is too large and the limits; htmx shows it in place of the page
  (``HX-Retarget: body``; the site's htmx configuration swaps 413).
* **Foutpagina's**: 403, 404, 405 and 500 (:class:`FoutpaginaVoorHtmx`) are shown the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlencode, urlsplit

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django_htmx.http import HttpResponseClientRedirect


class AanmeldenVoorHtmx:
    """An htmx request sent to the login page goes there as a whole page, back to the page it came from."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        htmx = getattr(request, "htmx", None)
        if not htmx or response.status_code != 302:
            return response
        if urlsplit(response.get("Location", "")).path != settings.LOGIN_URL:
            return response
        terug = htmx.current_url_abs_path or "/"
        return HttpResponseClientRedirect(f"{settings.LOGIN_URL}?{urlencode({'next': terug})}")


FOUTPAGINAS = (403, 404, 405, 500)  # the site's whole Dutch pages (403.html, 403_csrf.html, 404.html, 405.html, 500.html)


class FoutpaginaVoorHtmx:
    """An htmx request answered with one of the site's error pages shows it in place of the page (helper-73: a 403 for
    a role taken away, an expired CSRF token, a 404 or a 500 were not shown at all; «Vastleggen» did nothing)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if getattr(request, "htmx", None) and response.status_code in FOUTPAGINAS and "HX-Retarget" not in response:
            response["HX-Retarget"] = "body"
            response["HX-Reswap"] = "innerHTML"
        return response


def onjuist_verzoek(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """``handler400``: a request too large says so (413, with the limits); any other bad request keeps ``400.html``."""
    if not isinstance(exception, RequestDataTooBig):
        return render(request, "400.html", status=400)
    from django.urls import reverse

    from wetgeving.web.views.vergelijken import MAX_BESTAND

    mb = 1024 * 1024
    # two versions to compare have their own limit, and no «Bewijs» field (helper-100: the page spoke of evidence)
    vergelijken = request.path == reverse("vergelijken-bestanden")
    response = render(request, "413.html", {"bestand_mb": (MAX_BESTAND if vergelijken else settings.BEWIJS_MAX_BYTES) // mb,
                                            "verzoek_mb": settings.UPLOAD_MAX_REQUEST_BYTES // mb,
                                            "veld_mb": settings.DATA_UPLOAD_MAX_MEMORY_SIZE // mb,
                                            "vergelijken": vergelijken}, status=413)
    if getattr(request, "htmx", None):
        response["HX-Retarget"] = "body"
        response["HX-Reswap"] = "innerHTML"
    return response
