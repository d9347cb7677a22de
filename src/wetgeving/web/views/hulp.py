"""Small helpers shared by the views (reading a date, the user's display name)."""

from __future__ import annotations

import re
from datetime import date

from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest

from wetgeving.util import vandaag


def iso_datum(ruw: str) -> date:
    """JJJJ-MM-DD only: ``date.fromisoformat`` reads «20230401» and the week date «2023-W14-1» too (Python 3.11), which
    the messages do not offer (helper-179). ValueError otherwise."""
    if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", ruw):  # helper-193: \d took «２０２３-０６-０１» as digits
        raise ValueError(ruw)
    return date.fromisoformat(ruw)


def datum_uit(request: HttpRequest, naam: str, standaard: date | None = None) -> tuple[date, str]:
    """A date from the query string (YYYY-MM-DD); today (or ``standaard``) with a Dutch message when it is wrong."""
    ruw = request.GET.get(naam, "").strip()
    terug = standaard or vandaag()
    if not ruw:
        return terug, ""
    try:
        return iso_datum(ruw), ""
    except ValueError:
        getoond = ruw if len(ruw) <= 40 else ruw[:40] + "…"  # helper-100: 3,000 characters filled the page and the PDF
        # a control character shown as what it is (helper-193: a NUL went into the page unseen)
        getoond = "".join(c if c.isprintable() else f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}"
                          for c in getoond)  # helper-200: «\x200b» read as «\x20» and «0b»
        if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", ruw):  # helper-129: «2023-02-30» is in that form; the day does not exist
            return terug, f"‘{getoond}’ is geen bestaande datum; getoond is {terug.isoformat()}."
        return terug, f"‘{getoond}’ is geen datum in de vorm JJJJ-MM-DD; getoond is {terug.isoformat()}."


def gebruiker(request: HttpRequest) -> User:
    """The signed-in user (the views that call this are behind ``login_required``)."""
    u = request.user
    if not isinstance(u, User):
        raise PermissionDenied("U bent niet aangemeld.")
    return u


def naam(request: HttpRequest) -> str:
    u = request.user
    full = u.get_full_name() if hasattr(u, "get_full_name") else ""
    return str(full or u.get_username())
