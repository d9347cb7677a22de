"""The admin (/beheer/) answers every object id alike for a staff user without the model's permission: an id
that exists and one that does not get the same status and page (Django's history view looked the object up
before it checked the permission). Every registered model and every admin view with an id is listed from the
admin's own URL patterns, so a model or view added later is covered."""

from __future__ import annotations

import re
from typing import Any

from django.db.models import Max, Model
from django.test import Client
from django.urls import URLPattern

from wetgeving.web.models import Beoordeling, Bewijsstuk

# the CSRF token is masked anew for every page: taken out before two pages are compared
_TOKEN = re.compile(r'("X-CSRFToken": "|name="csrfmiddlewaretoken" value=")[^"]*"')


def _missing(model: type[Model]) -> int:
    return int(model.objects.aggregate(m=Max("pk"))["m"] or 0) + 1000  # type: ignore[attr-defined]


# The admin (/beheer/): permissions are per model. A staff user without them gets the same answer for every
# id of every registered model, on every admin view that takes an id (Django's history view looked the object
# up first: 403 for an id that exists, a redirect for one that does not).
_PARAM = re.compile(r"<(?:\w+:)?(\w+)>")


def _admin_id_urls(pk: int) -> list[tuple[type[Model], str]]:
    from django.contrib import admin

    out = []
    for model, model_admin in admin.site._registry.items():
        base = f"/beheer/{model._meta.app_label}/{model._meta.model_name}/"
        for p in model_admin.get_urls():
            route = str(p.pattern)
            if isinstance(p, URLPattern) and _PARAM.search(route):
                out.append((model, base + _PARAM.sub(str(pk), route)))
    return out


def test_admin_without_permission_answers_alike_for_every_id(users: Any) -> None:
    from axes.models import AccessFailureLog
    from django.contrib.auth.models import Group, User

    Group.objects.create(name="redactie")
    login = Client()  # a failed and a successful login: rows in django-axes' logs
    login.post("/accounts/login/", {"username": "anna", "password": "fout"})
    login.post("/accounts/login/", {"username": "anna", "password": "een-lang-wachtwoord-42"})
    AccessFailureLog.objects.create(user_agent="test", ip_address="127.0.0.1", username="anna", http_accept="*/*",
                                    path_info="/accounts/login/")  # kept only with AXES_ENABLE_ACCESS_FAILURE_LOG
    stuk = Bewijsstuk.objects.create(sha256="b" * 64, gemeente="GM0363", naam="besluit.pdf", soort="application/pdf",
                                     grootte=10, door=users["anna"])
    Beoordeling.objects.create(gemeente="GM0363", verplichting="vog-wethouder", status="voldoet", wie="anna",
                               wanneer="2023-06-01T10:00:00Z", op="2023-06-01", bewijsstuk=stuk, door=users["anna"])
    u = User.objects.create_user("stagiair", password="een-lang-wachtwoord-42", is_staff=True)
    c = Client()
    c.force_login(u, backend="django.contrib.auth.backends.ModelBackend")
    big = max(_missing(m) for m, _ in _admin_id_urls(0))
    checked = set()
    for model, _ in _admin_id_urls(0):
        first = model.objects.order_by("pk").first()  # type: ignore[attr-defined]
        assert first is not None, model
        existing = dict((url, m) for m, url in _admin_id_urls(first.pk) if m is model)
        unknown = [url for m, url in _admin_id_urls(big) if m is model]
        for url_e, url_u in zip(existing, unknown, strict=True):
            for method in ("get", "post"):
                a, b = getattr(c, method)(url_e), getattr(c, method)(url_u)
                assert a.status_code == b.status_code, (url_e, method, a.status_code, b.status_code)
                assert a.status_code in (302, 403), (url_e, method, a.status_code)
                assert _TOKEN.sub("", a.content.decode()) == _TOKEN.sub("", b.content.decode()), (url_e, method)
                if a.status_code == 302:  # only the bare id's redirect to its change page, the same for both
                    assert a["Location"].replace(str(first.pk), "ID") == b["Location"].replace(str(big), "ID")
                checked.add(url_e.replace(str(first.pk), "ID"))
    assert any(u.endswith("/ID/history/") for u in checked) and "/beheer/auth/user/ID/password/" in checked
