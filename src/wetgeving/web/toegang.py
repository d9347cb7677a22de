"""Who may see and change what: roles per gemeente (lezer < beoordelaar < beheerder).

Every view that shows or changes something of a gemeente calls :func:`vereist`; a user without a role
for that gemeente gets 403, an anonymous user the login page (``login_required`` on the view).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from wetgeving.web.models import Lidmaatschap

NIVEAU = {"lezer": 1, "beoordelaar": 2, "beheerder": 3}


class GeenRolHelpt(PermissionDenied):
    """Refused for a reason no role changes (another user's comment): the 403 page gives no advice to ask for one
    (helper-137)."""


def geen_toegang(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """The site's 403 page (``handler403``): the reason when the view gave one, and the advice to ask for a role only
    where a role would help."""
    reden = exception.args[0] if exception is not None and exception.args and isinstance(exception.args[0], str) else ""
    return render(request, "403.html", {"exception": reden, "rol_helpt": not isinstance(exception, GeenRolHelpt)},
                  status=403)


def rollen(user: AbstractBaseUser | AnonymousUser) -> dict[str, str]:
    """The user's role per gemeente code."""
    if not user.is_authenticated:
        return {}
    return dict(Lidmaatschap.objects.filter(gebruiker_id=user.pk).values_list("gemeente", "rol"))


def vereist(user: AbstractBaseUser | AnonymousUser, gemeente: str, rol: str = "lezer") -> str:
    """The user's role for ``gemeente`` if it is at least ``rol``; otherwise 403."""
    heeft = rollen(user).get(gemeente)
    if heeft is None or NIVEAU[heeft] < NIVEAU[rol]:
        # the 403 page shows this reason: a code from the address only when it is one (helper-53: any text typed
        # into the address appeared on the site's own page)
        wie = f"gemeente {gemeente}" if re.fullmatch(r"GM[0-9]{4}", gemeente) else "deze gemeente"
        # helper-150: «Dit mag u hier niet: geen toegang tot gemeente GM0363 als lezer» read as if being a lezer were
        # the fault, to one who has no role there at all
        raise PermissionDenied(f"U hebt geen rol bij {wie}." if heeft is None else
                               f"Uw rol bij {wie} is {heeft}; hiervoor is de rol "
                               + " of ".join(r for r in NIVEAU if NIVEAU[r] >= NIVEAU[rol]) + " nodig.")
    return heeft


def beheerde(user: AbstractBaseUser | AnonymousUser) -> list[str]:
    """The gemeenten the user manages (beheerder), sorted."""
    return sorted(g for g, r in rollen(user).items() if r == "beheerder")


def menu(request: HttpRequest) -> dict[str, bool]:
    """Template context: whether the menu offers «Overzicht», which only a beheerder may open (helper-112: a lezer
    followed it to a 403 page). A request refused before the user is known (a Host not allowed: Django's 400) has
    none: it was a 500 (helper-120)."""
    return {"is_beheerder": bool(beheerde(getattr(request, "user", AnonymousUser())))}


def geef_rol(user: AbstractBaseUser, gemeenten: Iterable[str], rol: str) -> int:
    """Give ``user`` the role ``rol`` for each of ``gemeenten`` (replacing a role they had there); how many."""
    if rol not in NIVEAU:
        raise ValueError(f"onbekende rol {rol!r}")
    n = 0
    with transaction.atomic():
        for code in gemeenten:
            Lidmaatschap.objects.update_or_create(gebruiker_id=user.pk, gemeente=code, defaults={"rol": rol})
            n += 1
    return n


def neem_rollen(user: AbstractBaseUser, gemeenten: Iterable[str]) -> list[str]:
    """Take away the user's roles for ``gemeenten``; the codes where they had one, sorted."""
    codes = set(gemeenten)
    with transaction.atomic():
        had = sorted(Lidmaatschap.objects.filter(gebruiker_id=user.pk, gemeente__in=codes).values_list("gemeente", flat=True))
        Lidmaatschap.objects.filter(gebruiker_id=user.pk, gemeente__in=codes).delete()
    return had
