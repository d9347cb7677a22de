"""A Dutch page for a request with a method the view does not take (405).

Django's ``require_GET``/``require_POST`` and its class-based views (the logout view takes POST only) answer 405
with an empty body, so a user who types ``/accounts/logout/`` or follows an old link sees a blank page. This
middleware gives such an answer the page ``405.html``, keeping its status and ``Allow`` header.
"""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


class NietToegestaan:
    """Fills an empty 405 answer with the Dutch page ``405.html``."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if response.status_code != 405 or response.content:
            return response
        # not the HTTP words («toegestaan: GET»; helper-73): whether it opens as a page, and Afmelden only for logout
        page = render(request, "405.html", {"als_pagina": "GET" in response.get("Allow", ""),
                                            "afmelden": "logout" in request.path}, status=405)
        page["Allow"] = response.get("Allow", "")
        return page
