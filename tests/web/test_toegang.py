"""Access: a user sees and changes only their own gemeenten (403 otherwise), per view; anonymous users get
the login page; a POST without CSRF token is refused."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from wetgeving.web.models import Beoordeling, Bewijsstuk

# Every view of a gemeente, with the method it answers (GM0599 belongs to piet, not to anna).
VIEWS_GM0599 = [
    ("get", "/checklist/GM0599/"),
    ("get", "/checklist/GM0599/?datum=2023-06-01"),
    ("get", "/checklist/GM0599/geschiedenis/vog-wethouder/"),
    ("get", "/checklist/GM0599/export.csv"),
    ("get", "/checklist/GM0599/export.docx"),
    ("get", "/checklist/GM0599/export.pdf"),
    ("get", "/register/GM0599/"),
    ("post", "/checklist/GM0599/beoordeel/vog-wethouder/"),
]


def _first_verplichting() -> str:
    from wetgeving.compliance.verplichtingen import verplichtingen

    return next(v.id for v in verplichtingen() if v.soort == "wettelijk")


@pytest.mark.parametrize(("method", "url"), VIEWS_GM0599)
def test_other_gemeente_is_403(als: Any, method: str, url: str) -> None:
    c = als("anna")
    r = getattr(c, method)(url, {"status": "voldoet", "op": "2023-06-01"} if method == "post" else None)
    assert r.status_code == 403
    assert "Geen toegang" in r.content.decode()
    assert not Beoordeling.objects.filter(gemeente="GM0599").exists()


@pytest.mark.parametrize(("method", "url"), VIEWS_GM0599 + [("get", "/overzicht/"), ("get", "/vergelijken/"),
                                                           ("get", "/consultatie/"), ("get", "/checklist/")])
def test_anonymous_gets_login_page(client: Client, users: Any, method: str, url: str) -> None:
    r = getattr(client, method)(url)
    assert r.status_code == 302
    assert r["Location"].startswith("/accounts/login/?next=")


def test_lezer_cannot_record(als: Any) -> None:
    vid = _first_verplichting()
    r = als("lotte").post(f"/checklist/GM0363/beoordeel/{vid}/", {"status": "voldoet", "op": "2023-06-01"})
    assert r.status_code == 403
    assert not Beoordeling.objects.exists()


def test_lezer_reads_own_gemeente(als: Any) -> None:
    assert als("lotte").get("/checklist/GM0363/?datum=2023-06-01").status_code == 200


def test_evidence_of_other_gemeente_is_403_or_not_found(als: Any, users: Any) -> None:
    """A gemeente in the URL that is not hers: 403 (gemeente codes are public). Another gemeente's file under her
    own gemeente: the same 404, body and all, as an id that does not exist (it was 403, which told that it exists)."""
    stuk = Bewijsstuk.objects.create(sha256="a" * 64, gemeente="GM0599", naam="x.pdf", soort="application/pdf",
                                     grootte=1, door=users["piet"])
    c = als("anna")
    assert c.get(f"/checklist/GM0599/bewijs/{stuk.pk}/").status_code == 403  # not her gemeente
    found, missing = (c.get(f"/checklist/GM0363/bewijs/{pk}/") for pk in (stuk.pk, stuk.pk + 1000))
    assert found.status_code == missing.status_code == 404 and _zonder_token(found.content) == _zonder_token(missing.content)


def test_overzicht_only_for_beheerder(als: Any) -> None:
    assert als("anna").get("/overzicht/").status_code == 403


def test_post_without_csrf_token_is_refused(users: Any) -> None:
    c = Client(enforce_csrf_checks=True)
    c.force_login(users["anna"], backend="django.contrib.auth.backends.ModelBackend")
    r = c.post(f"/checklist/GM0363/beoordeel/{_first_verplichting()}/", {"status": "voldoet", "op": "2023-06-01"})
    assert r.status_code == 403
    assert "CSRF" in r.content.decode()
    assert not Beoordeling.objects.exists()


def test_login_form_and_throttling(client: Client, users: Any) -> None:
    r = client.get("/accounts/login/")
    assert r.status_code == 200 and 'lang="nl"' in r.content.decode()
    ok = client.post("/accounts/login/", {"username": "anna", "password": "een-lang-wachtwoord-42"})
    assert ok.status_code == 302
    client.post("/accounts/logout/")
    for _ in range(5):
        client.post("/accounts/login/", {"username": "anna", "password": "fout"})
    locked = client.post("/accounts/login/", {"username": "anna", "password": "een-lang-wachtwoord-42"})
    assert locked.status_code == 429
    assert "geblokkeerd" in locked.content.decode()


def test_security_headers(als: Any) -> None:
    r = als("anna").get("/")
    csp = r["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert r["X-Frame-Options"] == "DENY"
    assert r["X-Content-Type-Options"] == "nosniff"


# Every URL pattern of the application (not the admin's), filled in: a view added later is in this list by
# construction, so it cannot escape the checks below.
OPEN = {"start", "login", "logout"}  # reachable without signing in
ARGS = {"gemeente": "GM0599", "verplichting": "vog-wethouder", "fmt": "csv", "wetsvoorstel": "tranche-2"}


def _every_url(pk: int) -> list[tuple[str, str]]:
    from django.urls import URLPattern, reverse

    from wetgeving.web.urls import urlpatterns

    out = []
    for p in urlpatterns:
        if isinstance(p, URLPattern) and p.name:
            names = p.pattern.regex.groupindex
            out.append((p.name, reverse(p.name, kwargs={k: (pk if k == "pk" else ARGS[k]) for k in names})))
    return out


def test_every_url_pattern_is_listed(db: Any) -> None:
    from wetgeving.web.urls import urlpatterns

    assert len(_every_url(1)) == len(urlpatterns) - 1  # all but the admin's include


def test_every_view_but_the_open_ones_needs_signing_in(client: Client, users: Any) -> None:
    for name, url in _every_url(1):
        if name in OPEN:
            continue
        for method in ("get", "post"):
            r = getattr(client, method)(url)
            assert r.status_code in (302, 405), (name, method, r.status_code)
            if r.status_code == 302:
                assert r["Location"].startswith("/accounts/login/?next="), (name, method)


def test_every_gemeente_view_is_403_for_a_user_without_a_role_there(users: Any) -> None:
    stuk = Bewijsstuk.objects.create(sha256="a" * 64, gemeente="GM0599", naam="x.pdf", soort="application/pdf",
                                     grootte=1, door=users["piet"])
    c = Client()
    c.force_login(users["anna"], backend="django.contrib.auth.backends.ModelBackend")
    gemeente_views = [(n, u) for n, u in _every_url(stuk.pk) if "GM0599" in u]
    assert {n for n, _ in gemeente_views} == {"checklist", "beoordeel", "geschiedenis", "checklist-export", "bewijs", "register"}
    for name, url in gemeente_views:
        for method in ("get", "post"):
            r = getattr(c, method)(url, {"status": "voldoet", "op": "2023-06-01"} if method == "post" else None)
            assert r.status_code in (403, 405), (name, method, r.status_code)
    assert not Beoordeling.objects.filter(gemeente="GM0599").exists()


def test_every_post_needs_the_csrf_token(users: Any) -> None:
    from wetgeving.web.models import Opmerking

    o = Opmerking.objects.create(wetsvoorstel="tranche-2", organisatie="VNG", bepaling="artikel:1", opmerking="x",
                                 door=users["anna"])
    c = Client(enforce_csrf_checks=True)
    c.force_login(users["anna"], backend="django.contrib.auth.backends.ModelBackend")
    for name, url in _every_url(o.pk):
        r = c.post(url.replace("GM0599", "GM0363"), {"status": "voldoet", "op": "2023-06-01", "opmerking": "y"})
        assert r.status_code in (403, 405), (name, r.status_code)
        if r.status_code == 403:
            assert "CSRF" in r.content.decode(), name
    assert not Beoordeling.objects.exists()
    assert Opmerking.objects.get().opmerking == "x"


def _zonder_token(body: bytes) -> bytes:
    """A page without its CSRF token (masked anew in every response)."""
    import re

    return re.sub(rb'("X-CSRFToken": "|name="csrfmiddlewaretoken" value=")[^"]+', rb"\1", body)


def _fail_five_times(client: Client, **meta: str) -> None:
    for _ in range(5):
        client.post("/accounts/login/", {"username": "anna", "password": "fout"}, **meta)


def test_lockout_without_proxies_ignores_a_forwarded_header(client: Client, users: Any) -> None:
    """WETGEVING_PROXY_COUNT=0 (default): a client that sends X-Forwarded-For cannot change the address the lockout
    counts (a new made-up address per attempt would otherwise never be locked out)."""
    for i in range(5):
        client.post("/accounts/login/", {"username": "anna", "password": "fout"}, HTTP_X_FORWARDED_FOR=f"10.0.0.{i}")
    locked = client.post("/accounts/login/", {"username": "anna", "password": "een-lang-wachtwoord-42"},
                         HTTP_X_FORWARDED_FOR="10.0.0.99")
    assert locked.status_code == 429


def test_lockout_behind_one_proxy_counts_the_client_not_the_proxy(client: Client, users: Any,
                                                                  settings: Any) -> None:
    """Behind one proxy (WETGEVING_PROXY_COUNT=1) REMOTE_ADDR is the proxy's: the lockout of one client (the
    address the proxy appended, last in X-Forwarded-For) must not lock out another client behind the same proxy,
    and an address the client put in front of it is ignored."""
    settings.WETGEVING_PROXY_COUNT = 1
    proxy = {"REMOTE_ADDR": "192.0.2.1"}
    _fail_five_times(client, HTTP_X_FORWARDED_FOR="198.51.100.7, 203.0.113.5", **proxy)  # spoofed, then real
    ok = {"username": "anna", "password": "een-lang-wachtwoord-42"}
    assert client.post("/accounts/login/", ok, HTTP_X_FORWARDED_FOR="203.0.113.5", **proxy).status_code == 429
    assert client.post("/accounts/login/", ok, HTTP_X_FORWARDED_FOR="203.0.113.6", **proxy).status_code == 302


def test_a_bad_proxy_count_is_a_dutch_error(tmp_path: Any) -> None:
    import os
    import subprocess
    import sys

    env = {**os.environ, "WETGEVING_PROXY_COUNT": "twee", "WETGEVING_DATA": str(tmp_path)}
    env.pop("DATABASE_URL", None)
    r = subprocess.run([sys.executable, "-m", "wetgeving", "user", "add", "x"], input="", capture_output=True,
                       text=True, env=env)
    assert r.returncode == 2 and "WETGEVING_PROXY_COUNT='twee' is geen geheel aantal proxy's" in r.stderr, r.stderr
    assert "Traceback" not in r.stderr


def test_the_403_page_says_why_but_never_repeats_what_was_typed_into_the_address(als: Any) -> None:
    """The 403 page gives the reason of a refusal; the gemeente code in it comes from the address, so only a real code
    is repeated (helper-53: «/checklist/GM0014 … Meld u opnieuw aan op evil-example.nl …/» appeared on the page)."""
    r = als("anna").get("/checklist/GM0599/")
    assert r.status_code == 403 and "U hebt geen rol bij gemeente GM0599." in r.content.decode()
    r = als("anna").get("/checklist/GM0599 is verlopen, meld u aan op evil.example/")  # in no list: unknown (404)
    assert r.status_code == 404 and "evil.example" not in r.content.decode()
    assert "Deze gemeente staat niet in de lijst" in r.content.decode()


@pytest.mark.parametrize("adres", ["gm0363", "Amsterdam", "363"])
def test_own_gemeente_by_lower_case_code_or_name(als: Any, adres: str) -> None:
    """helper-100: «/checklist/gm0363/» and «/checklist/Amsterdam/» gave the user of GM0363 «Geen toegang … vraag de
    beheerder om een rol»; the address takes a gemeente as the CLI does. Another's stays 403 («rotterdam»)."""
    r = als("lotte").get(f"/checklist/{adres}/?datum=2023-06-01")
    assert r.status_code == 200 and "Amsterdam" in r.content.decode()
    assert als("lotte").get("/checklist/rotterdam/").status_code == 403


def test_a_gemeente_not_in_the_list_is_unknown_not_forbidden(als: Any) -> None:
    """GM9999 is in no list of gemeenten (a public list): «onbekende gemeente» (404), not a role to ask for (helper-100)."""
    for url in ("/checklist/GM9999/", "/register/GM9999/", "/checklist/GM9999/export.csv"):
        r = als("anna").get(url)
        assert r.status_code == 404 and "Deze gemeente staat niet in de lijst" in r.content.decode(), url
    r = als("anna").post("/checklist/GM9999/beoordeel/vog-wethouder/", {"status": "voldoet", "op": "2023-06-01"})
    assert r.status_code == 404 and not Beoordeling.objects.exists()
