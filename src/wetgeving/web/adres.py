"""The client's address for the login lockout (django-axes calls :func:`client_ip`, ``AXES_CLIENT_IP_CALLABLE``).

Without proxies (``WETGEVING_PROXY_COUNT=0``, the default) it is ``REMOTE_ADDR``; an ``X-Forwarded-For`` header
is then never believed, since any client can send one. Behind N reverse proxies that each append the address
they received the request from, the N-th address from the right is the one the outermost proxy saw: the
client. Addresses a client put in the header itself stand to the left of it and are ignored. A header with
fewer than N addresses, or an N-th address that is no IP address, means the request did not come through the
proxies as configured: then ``REMOTE_ADDR`` counts.
"""

from __future__ import annotations

import ipaddress

from django.conf import settings
from django.http import HttpRequest


def client_ip(request: HttpRequest) -> str | None:
    remote = request.META.get("REMOTE_ADDR")
    n = int(getattr(settings, "WETGEVING_PROXY_COUNT", 0))
    if n <= 0:
        return remote
    hops = [h.strip() for h in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if h.strip()]
    if len(hops) < n:
        return remote
    try:
        return str(ipaddress.ip_address(hops[-n]))
    except ValueError:
        return remote
