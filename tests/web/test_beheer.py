"""Django's admin at /beheer/: staff only; roles and profiles editable (also a role for a whole province);
the register (Beoordeling) and the evidence (Bewijsstuk) read only, whatever the user's permissions."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.auth.models import Permission, User
from django.core.management import call_command
from django.test import Client

from tests.web.conftest import PASSWORD
from wetgeving.web.models import Beoordeling, Bewijsstuk, Lidmaatschap


@pytest.fixture
def beheerder(users: Any, monkeypatch: pytest.MonkeyPatch) -> Client:
    """A superuser made as the README says (Django's createsuperuser), signed in."""
    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", PASSWORD)
    call_command("createsuperuser", interactive=False, username="functioneel-beheer", email="beheer@example.org",
                 verbosity=0)
    c = Client()
    r = c.post("/beheer/login/?next=/beheer/", {"username": "functioneel-beheer", "password": PASSWORD})  # Django's form
    assert r.status_code == 302 and r["Location"] == "/beheer/"
    return c


@pytest.fixture
def register_rows(users: Any) -> tuple[Beoordeling, Bewijsstuk]:
    stuk = Bewijsstuk.objects.create(sha256="b" * 64, gemeente="GM0363", naam="besluit.pdf", soort="application/pdf",
                                     grootte=10, door=users["anna"])
    b = Beoordeling.objects.create(gemeente="GM0363", verplichting="vog-wethouder", status="voldoet", wie="anna",
                                   wanneer="2023-06-01T10:00:00Z", op="2023-06-01", bewijsstuk=stuk, door=users["anna"])
    return b, stuk


def test_only_staff(client: Client, als: Any) -> None:
    assert client.get("/beheer/")["Location"].startswith("/beheer/login/")
    r = als("bob").get("/beheer/")  # a beheerder of gemeenten is not staff of the application
    assert r.status_code == 302 and r["Location"].startswith("/beheer/login/")
    assert als("bob").get("/beheer/web/lidmaatschap/").status_code == 302


def test_menu_links_to_beheer_for_staff_only(beheerder: Client, als: Any) -> None:
    assert '<a class="utrecht-link" href="/beheer/">Beheer</a>' in beheerder.get("/").content.decode()
    assert 'href="/beheer/"' not in als("bob").get("/").content.decode()


def test_index_in_dutch(beheerder: Client) -> None:
    html = beheerder.get("/beheer/").content.decode()
    assert "Wetgeving — beheer" in html and 'lang="nl"' in html
    for name in ("Lidmaatschappen", "Profielen", "Beoordelingen", "Bewijsstukken", "Gebruikers"):
        assert name in html


@pytest.mark.parametrize("model", ["beoordeling", "bewijsstuk"])
def test_register_is_read_only(beheerder: Client, register_rows: Any, model: str) -> None:
    b, stuk = register_rows
    pk = b.pk if model == "beoordeling" else stuk.pk
    lijst = beheerder.get(f"/beheer/web/{model}/")
    assert lijst.status_code == 200 and "delete_selected" not in lijst.content.decode()
    assert f"/beheer/web/{model}/add/" not in lijst.content.decode()
    view = beheerder.get(f"/beheer/web/{model}/{pk}/change/")
    assert view.status_code == 200 and 'name="_save"' not in view.content.decode()  # shown, not a form to save
    assert beheerder.get(f"/beheer/web/{model}/add/").status_code == 403
    assert beheerder.post(f"/beheer/web/{model}/{pk}/change/", {"status": "voldoet niet", "naam": "x"}).status_code == 403
    assert beheerder.get(f"/beheer/web/{model}/{pk}/delete/").status_code == 403
    assert beheerder.post(f"/beheer/web/{model}/{pk}/delete/", {"post": "yes"}).status_code == 403
    r = beheerder.post(f"/beheer/web/{model}/", {"action": "delete_selected", "_selected_action": [pk], "post": "yes"})
    assert r.status_code in (200, 302)
    b.refresh_from_db()
    stuk.refresh_from_db()
    assert (b.status, stuk.naam) == ("voldoet", "besluit.pdf")


def test_staff_with_every_permission_still_cannot_change_the_register(users: Any, register_rows: Any) -> None:
    u = User.objects.create_user("medewerker", password=PASSWORD, is_staff=True)
    u.user_permissions.set(Permission.objects.filter(content_type__app_label="web"))
    c = Client()
    c.force_login(u, backend="django.contrib.auth.backends.ModelBackend")
    b, _ = register_rows
    assert c.get("/beheer/web/beoordeling/").status_code == 200
    assert c.get("/beheer/web/beoordeling/add/").status_code == 403
    assert c.get(f"/beheer/web/beoordeling/{b.pk}/delete/").status_code == 403
    assert c.get("/beheer/web/lidmaatschap/add/").status_code == 200  # roles are theirs to manage


def test_staff_without_permissions_sees_nothing(users: Any) -> None:
    u = User.objects.create_user("stagiair", password=PASSWORD, is_staff=True)
    c = Client()
    c.force_login(u, backend="django.contrib.auth.backends.ModelBackend")
    assert c.get("/beheer/").status_code == 200
    assert c.get("/beheer/web/lidmaatschap/").status_code == 403
    assert c.get("/beheer/web/beoordeling/").status_code == 403
    assert c.get("/beheer/web/lidmaatschap/provincie/").status_code == 403


def test_change_and_remove_a_role(beheerder: Client, users: Any) -> None:
    lid = Lidmaatschap.objects.get(gebruiker=users["anna"], gemeente="GM0363")
    r = beheerder.post(f"/beheer/web/lidmaatschap/{lid.pk}/change/",
                       {"gebruiker": users["anna"].pk, "gemeente": "GM0363", "rol": "lezer"})
    assert r.status_code == 302
    lid.refresh_from_db()
    assert lid.rol == "lezer"
    assert beheerder.post(f"/beheer/web/lidmaatschap/{lid.pk}/delete/", {"post": "yes"}).status_code == 302
    assert not Lidmaatschap.objects.filter(gebruiker=users["anna"]).exists()
    client = Client()
    client.force_login(users["anna"], backend="django.contrib.auth.backends.ModelBackend")
    assert client.get("/checklist/GM0363/").status_code == 403  # the role is gone, and with it the access


def test_unknown_gemeente_is_refused(beheerder: Client, users: Any) -> None:
    r = beheerder.post("/beheer/web/lidmaatschap/add/", {"gebruiker": users["jurist"].pk, "gemeente": "GM9998", "rol": "lezer"})
    assert r.status_code == 200 and "onbekende gemeente GM9998" in r.content.decode()
    assert not Lidmaatschap.objects.filter(gebruiker=users["jurist"]).exists()


def test_role_for_a_whole_province(beheerder: Client, users: Any) -> None:
    from wetgeving.web import dienst

    zh = sorted(g.code for g in dienst.gemeenten().values() if g.provincie == "Zuid-Holland")
    assert len(zh) >= 2 and "GM0599" in zh
    lijst = beheerder.get("/beheer/web/lidmaatschap/").content.decode()
    assert 'href="/beheer/web/lidmaatschap/provincie/"' in lijst
    form = beheerder.get("/beheer/web/lidmaatschap/provincie/").content.decode()
    assert "Zuid-Holland" in form
    r = beheerder.post("/beheer/web/lidmaatschap/provincie/", {"gebruiker": users["jurist"].pk, "provincie": "Zuid-Holland",
                                                               "rol": "beheerder"}, follow=True)
    assert f"Gebruiker jurist is nu beheerder van {len(zh)} gemeenten in Zuid-Holland." in r.content.decode()
    assert sorted(Lidmaatschap.objects.filter(gebruiker=users["jurist"]).values_list("gemeente", flat=True)) == zh
    c = Client()
    c.force_login(users["jurist"], backend="django.contrib.auth.backends.ModelBackend")
    overzicht = c.get("/overzicht/?datum=2023-06-01")
    assert overzicht.status_code == 200 and "Rotterdam" in overzicht.content.decode()
    assert c.get("/checklist/GM0363/").status_code == 403  # Amsterdam is in Noord-Holland


def test_user_page_shows_profile_and_roles_inline(beheerder: Client, users: Any) -> None:
    html = beheerder.get(f"/beheer/auth/user/{users['anna'].pk}/change/").content.decode()
    assert "rollen bij gemeenten" in html.lower() and 'value="GM0363"' in html and 'value="VNG"' in html


def test_admin_post_without_csrf_is_refused(users: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", PASSWORD)
    call_command("createsuperuser", interactive=False, username="su", email="su@example.org", verbosity=0)
    c = Client(enforce_csrf_checks=True)
    c.force_login(User.objects.get(username="su"), backend="django.contrib.auth.backends.ModelBackend")
    lid = Lidmaatschap.objects.get(gebruiker=users["anna"], gemeente="GM0363")
    assert c.post(f"/beheer/web/lidmaatschap/{lid.pk}/delete/", {"post": "yes"}).status_code == 403
    assert Lidmaatschap.objects.filter(pk=lid.pk).exists()


def test_migrations_are_complete(db: Any) -> None:
    call_command("makemigrations", "web", "--check", "--dry-run", verbosity=0)


def test_admin_login_is_throttled(client: Client, beheerder: Client) -> None:
    for _ in range(5):
        client.post("/beheer/login/", {"username": "functioneel-beheer", "password": "fout"})
    locked = client.post("/beheer/login/", {"username": "functioneel-beheer", "password": PASSWORD})
    assert locked.status_code == 429 and "geblokkeerd" in locked.content.decode()
