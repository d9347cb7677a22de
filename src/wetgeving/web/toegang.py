"""Who may see and change what: roles per gemeente (lezer < beoordelaar < beheerder).

Every view that shows or changes something of a gemeente calls :func:`vereist`; a user without a role
for that gemeente gets 403, an anonymous user the login page (``login_required`` on the view).
"""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.core.exceptions import PermissionDenied

from wetgeving.web.models import Lidmaatschap

NIVEAU = {"lezer": 1, "beoordelaar": 2, "beheerder": 3}


def rollen(user: AbstractBaseUser | AnonymousUser) -> dict[str, str]:
    """The user's role per gemeente code."""
    if not user.is_authenticated:
        return {}
    return dict(Lidmaatschap.objects.filter(gebruiker_id=user.pk).values_list("gemeente", "rol"))


def vereist(user: AbstractBaseUser | AnonymousUser, gemeente: str, rol: str = "lezer") -> str:
    """The user's role for ``gemeente`` if it is at least ``rol``; otherwise 403."""
    heeft = rollen(user).get(gemeente)
    if heeft is None or NIVEAU[heeft] < NIVEAU[rol]:
        raise PermissionDenied(f"geen toegang tot {gemeente} als {rol}")
    return heeft


def beheerde(user: AbstractBaseUser | AnonymousUser) -> list[str]:
    """The gemeenten the user manages (beheerder), sorted."""
    return sorted(g for g, r in rollen(user).items() if r == "beheerder")
