"""The users of the web application, as the command line manages them: add one (or give roles), take roles
away, remove one. Each task returns the Dutch line that reports it; a refusal is a :class:`UsageError`."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import ProtectedError

from wetgeving.errors import UsageError
from wetgeving.web import dienst, toegang
from wetgeving.web.models import Beoordeling, Bewijsstuk, Lidmaatschap, Opmerking, Profiel


def codes(gemeenten: Sequence[str], provincies: Sequence[str] = (), *, bekend: bool = True) -> list[str]:
    """The gemeente codes named: CBS codes (with ``bekend`` only those in the list of gemeenten; a role at a
    gemeente that has since merged must still be removable), and every gemeente of each province."""

    known = dienst.gemeenten()
    # a name («Súdwest-Fryslân», «Den Haag») is found as `checklist` finds it (helper-65: only codes were taken)
    hint = "de webapplicatie kent de gemeenten uit WETGEVING_GEMEENTEN (de CBS-lijst, zie README), anders de voorbeeldlijst"
    gemeenten = [_code(code, known, bekend, hint) for code in gemeenten]
    namen = sorted({g.provincie for g in known.values() if g.provincie})
    out = list(dict.fromkeys(gemeenten))
    for provincie in provincies:
        if provincie not in namen:
            raise UsageError(f"onbekende provincie {provincie!r}: geen gemeente in de lijst van gemeenten ligt erin",
                             hint="kies een van: " + ", ".join(namen) + f"; of {hint}")
        out += [g.code for g in sorted(known.values(), key=lambda g: g.code) if g.provincie == provincie and g.code not in out]
    return out


def _code(naam: str, known: dict[str, Any], bekend: bool, hint: str) -> str:
    """The code of a gemeente named by code or name. Without ``bekend`` a code not in the list is kept as written (a
    role at a gemeente that has since merged), but a name or a lower-case code is still looked up (helper-104: «user
    remove griffier --gemeente "Den Haag"» found no role, though «user add» had given one at GM0518)."""
    if naam not in known and not bekend and re.fullmatch(r"GM\d{4}", naam):
        return naam
    return dienst.code_van(naam, hint)


def add(name: str, gemeenten: Sequence[str], rol: str, organisatie: str, password: Callable[[], str]) -> str:
    """Add a user with the password ``password()`` gives (asked after the gemeenten are checked), or give an
    existing one (whose password stays) ``rol`` in ``gemeenten`` (CBS codes, checked with :func:`codes`)."""
    codes(gemeenten)
    model = get_user_model()
    bestaat = model.objects.filter(username=name).first()
    if bestaat is None:
        _check_name(model, name)
    # an existing user keeps the password: not asked for (helper-106: a prompt for one that was then thrown away)
    wachtwoord = password() if bestaat is None else ""
    if any("\udc80" <= c <= "\udcff" for c in wachtwoord):  # bytes that are no UTF-8, as Python reads them (helper-205)
        raise UsageError("het wachtwoord is geen UTF-8-tekst", hint="geef het wachtwoord als UTF-8 op standaardinvoer")
    if bestaat is None:
        try:
            validate_password(wachtwoord)
        except ValidationError as exc:
            redenen = [WACHTWOORD[e.code].format_map(e.params or {}) if e.code in WACHTWOORD else " ".join(e.messages)
                       for e in exc.error_list]
            raise UsageError("wachtwoord geweigerd: " + "; ".join(redenen),
                             hint=f"geef het wachtwoord op standaardinvoer, minstens {_min_lengte()} tekens") from None
    with transaction.atomic():
        u = bestaat or model.objects.create_user(username=name, password=wachtwoord)
        for code in gemeenten:
            Lidmaatschap.objects.update_or_create(gebruiker=u, gemeente=code, defaults={"rol": rol})
        if organisatie:
            Profiel.objects.update_or_create(gebruiker=u, defaults={"organisatie": organisatie})
    wat = "bijgewerkt" if bestaat else "aangemaakt"
    return f"gebruiker {name} {wat}" + (f"; {rol} van {_opsomming(gemeenten)}" if gemeenten else "") + (
        "; het wachtwoord is niet gewijzigd (dat kan in /beheer/)" if bestaat else "")


WACHTWOORD = {  # Django's codes → Dutch (its own Dutch translation lags behind some of its messages)
    "password_too_short": "het is korter dan {min_length} tekens",  # Django's params fill in the numbers
    "password_too_common": "het is een veelgebruikt wachtwoord",
    "password_entirely_numeric": "het bestaat alleen uit cijfers",
    "password_too_similar": "het lijkt te veel op de gebruikersnaam",
}


def _min_lengte() -> int:
    """The shortest password the settings' validators accept (AUTH_PASSWORD_VALIDATORS)."""
    from django.contrib.auth.password_validation import MinimumLengthValidator, get_default_password_validators

    return max((v.min_length for v in get_default_password_validators() if isinstance(v, MinimumLengthValidator)),
               default=1)


def _check_name(model: Any, name: str) -> None:
    """A new user name as Django's own forms require it (letters, digits and @.+-_, at most 150 characters):
    no control characters or spaces that make the name unreadable in the register and the web pages."""
    field = model._meta.get_field(model.USERNAME_FIELD)
    try:
        field.clean(name, None)
    except ValidationError:
        raise UsageError(f"ongeldige gebruikersnaam {name!r}",
                         hint=f"gebruik ten hoogste {field.max_length} letters, cijfers en de tekens @ . + - _") from None


def _opsomming(gemeenten: Sequence[str]) -> str:
    return ", ".join(gemeenten) if len(gemeenten) <= 6 else f"{len(gemeenten)} gemeenten ({', '.join(gemeenten[:3])} …)"


def remove(name: str, gemeenten: Sequence[str] | None) -> str:
    """Take away the user's roles in ``gemeenten``; with None remove the user (refused when the register names
    them: it keeps who recorded what)."""
    u = get_user_model().objects.filter(username=name).first()
    if u is None:
        raise UsageError(f"onbekende gebruiker {name!r}", hint="kijk in /beheer/ welke gebruikers er zijn")
    if gemeenten is None:
        _remove_user(u, name)
        return f"gebruiker {name} verwijderd, met rollen en profiel"
    had = toegang.neem_rollen(u, gemeenten)
    if not had:
        rollen = ", ".join(f"{r} van {g}" for g, r in sorted(toegang.rollen(u).items())) or "geen"
        raise UsageError(f"{name} heeft geen rol bij {', '.join(gemeenten)}; er is niets weggehaald",
                         hint=f"de rollen van {name}: {rollen}")
    rest = sorted(set(gemeenten) - set(had))
    return f"rol van {name} weggehaald bij {_opsomming(had)}" + (f"; geen rol bij {_opsomming(rest)}" if rest else "")


def _remove_user(u: Any, name: str) -> None:
    """Delete the user with their roles and profile; refused (PROTECT) when the register names them."""
    try:
        with transaction.atomic():
            u.delete()
    except ProtectedError:
        counts = [(Beoordeling.objects.filter(door=u).count(), "beoordeling", "beoordelingen"),
                  (Bewijsstuk.objects.filter(door=u).count(), "bewijsstuk", "bewijsstukken"),
                  (Opmerking.objects.filter(door=u).count(), "consultatieopmerking", "consultatieopmerkingen")]
        delen = [f"{n} {een if n == 1 else meer}" for n, een, meer in counts if n]
        wat = " en ".join([", ".join(delen[:-1]), delen[-1]] if len(delen) > 1 else delen)
        raise UsageError(f"{name} wordt niet verwijderd: {name} legde {wat} vast, en het register is alleen aan te "
                         "vullen (het bewaart wie wat vastlegde)",
                         hint=f"neem in plaats daarvan de rollen weg: wetgeving user remove {name} --gemeente GM… "
                              "(of zet het account uit in /beheer/: 'Actief' uitvinken)") from None
