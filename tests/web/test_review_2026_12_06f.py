"""The web application, reviewed on 2026-12-06, fifth session (helper-90): the register as an auditor reads it."""

from __future__ import annotations

from typing import Any

from wetgeving.web.models import Beoordeling

URL = "/checklist/GM0363/"
INFO = "geheimhouding-informatie-aan-raad"  # Gemeentewet 88, vijfde lid: in force from 2023-04-01 (tranche 1)


def test_history_says_an_assessment_before_the_wording_was_preparation(als: Any) -> None:
    """Gemeentewet 88, vijfde lid, from 2023-04-01: «voldoet» recorded about 2022-12-20 was shown in the register and
    the history as a bare «voldoet» beside «tekst geldend vanaf 2023-04-01», which reads as compliance with law in force;
    the checklist already said «als voorbereiding»."""
    c = als("anna")
    r = c.post(f"{URL}beoordeel/{INFO}/?datum=2022-12-31", {"status": "voldoet", "op": "2022-12-20"})
    assert r.status_code == 302
    for page in ("/register/GM0363/", f"{URL}geschiedenis/{INFO}/"):
        html = c.get(page).content.decode()
        assert "voldoet (als voorbereiding: deze tekst gold op 2022-12-20 nog niet)" in html, page
    r = c.post(f"{URL}beoordeel/{INFO}/?datum=2023-06-01", {"status": "voldoet", "op": "2023-06-01"})
    html = c.get(f"{URL}geschiedenis/{INFO}/").content.decode()
    assert html.count("als voorbereiding") == 1  # the assessment about 2023-06-01 is compliance


def test_the_same_form_sent_twice_records_once(als: Any) -> None:
    """A double click or the browser's «opnieuw verzenden» recorded the same assessment twice in the append-only register
    (which cannot remove it). The page gives each form a one-time token; a form without one records as before."""
    c = als("anna")
    html = c.get(URL + "?datum=2023-06-01").content.decode()
    start = html.index(f'action="{URL}beoordeel/vog-wethouder/')
    token = html[start:].split('name="formulier" value="', 1)[1].split('"', 1)[0]
    form = {"status": "voldoet", "op": "2023-06-01", "notitie": "dubbel", "formulier": token}
    assert c.post(f"{URL}beoordeel/vog-wethouder/?datum=2023-06-01", form).status_code == 302
    r = c.post(f"{URL}beoordeel/vog-wethouder/?datum=2023-06-01", form)
    assert r.status_code == 400 and "dit formulier was al verzonden en de beoordeling is toen vastgelegd" in r.content.decode()
    r = c.post(f"{URL}beoordeel/vog-wethouder/?datum=2023-06-01", form, HTTP_HX_REQUEST="true")
    assert r.status_code == 422 and "Niet vastgelegd: dit formulier was al verzonden" in r.content.decode()
    assert Beoordeling.objects.filter(notitie="dubbel").count() == 1
    # a refused form does not use its token: corrected and sent again, it records
    html = c.get(URL + "?datum=2023-06-01").content.decode()
    token = html[html.index(f'action="{URL}beoordeel/vog-wethouder/'):].split('name="formulier" value="', 1)[1][:32]
    token = token.split('"', 1)[0]
    bad = {"status": "niet-van-toepassing", "op": "2023-06-01", "formulier": token}
    assert c.post(f"{URL}beoordeel/vog-wethouder/?datum=2023-06-01", bad).status_code == 400
    goed = {**bad, "reden": "geen wethouder benoemd"}
    assert c.post(f"{URL}beoordeel/vog-wethouder/?datum=2023-06-01", goed).status_code == 302


def test_production_asks_the_key_djangos_deploy_check_asks(settings: Any) -> None:
    """helper-92: a 40-character key passed `serve --production`, but `check --deploy` still warned (security.W009: fewer
    than 50 characters or fewer than 5 different ones), where the README says only the HSTS choices remain."""
    import pytest

    from wetgeving.errors import UsageError
    from wetgeving.web.opstart import production_check

    settings.DEBUG = False
    for key in ("k" * 60, "a1b2c3d4e5" * 4, "django-insecure-" + "abcdefghij" * 5):
        settings.SECRET_KEY = key
        with pytest.raises(UsageError, match="korter dan 50 tekens, met minder dan 5 verschillende tekens of die begint "
                                             "met «django-insecure-»"):
            production_check()
    settings.SECRET_KEY = "abcdefghij" * 5
    production_check()


def test_serve_on_a_port_in_use_is_a_dutch_error() -> None:
    """helper-92: `serve --port <busy>` printed «wetgeving: http://…» and then gunicorn's English «Connection in use»."""
    import socket

    import pytest

    from wetgeving.errors import UsageError
    from wetgeving.web.opstart import port_vrij

    with socket.create_server(("127.0.0.1", 0)) as bezet:
        port = bezet.getsockname()[1]
        with pytest.raises(UsageError, match=r"kan niet luisteren op 127\.0\.0\.1:\d+: het adres \(de poort\) is al in gebruik"):
            port_vrij("127.0.0.1", port)


def test_serve_listens_on_an_ipv6_address_as_written_in_a_url() -> None:
    """helper-93: `serve --host '[::1]'` served before the port check and was refused by it, in English."""
    import socket

    import pytest

    from wetgeving.errors import UsageError
    from wetgeving.web.opstart import port_vrij

    try:  # a machine without an IPv6 loopback checks the refusal only
        with socket.create_server(("::1", 0), family=socket.AF_INET6) as s:
            vrij = s.getsockname()[1]
        port_vrij("[::1]", vrij)
        port_vrij("::1", vrij)
    except OSError:
        vrij = 8000
    with pytest.raises(UsageError, match="dat adres is op deze machine niet bekend"):
        port_vrij("geen-host.invalid", vrij)
