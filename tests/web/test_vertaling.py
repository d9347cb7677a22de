"""/beheer/ speaks Dutch: django-axes ships no Dutch catalogue, so its model and admin strings (the login logs a
beheerder reads) are translated in ``web/locale/nl`` (Django reads the ``locale`` folder of every installed app;
axes has no Dutch one, so ours is used); the compiled catalogue must match its
source."""

from __future__ import annotations

import gettext
import re
from pathlib import Path
from typing import Any

import wetgeving.web

LOCALE = Path(wetgeving.web.__file__).parent / "locale" / "nl" / "LC_MESSAGES"


def _po() -> dict[str, str]:
    """msgid → msgstr of the .po (one-line entries, as ours are)."""
    pairs = re.findall(r'^msgid "(.*)"\nmsgstr "(.*)"$', (LOCALE / "django.po").read_text(encoding="utf-8"), re.M)
    return {k: v for k, v in pairs if k}


def test_the_compiled_catalogue_is_the_source() -> None:
    with (LOCALE / "django.mo").open("rb") as f:
        mo = gettext.GNUTranslations(f)
    po = _po()
    assert po and all(mo.gettext(k) == v for k, v in po.items()), "run: msgfmt -o django.mo django.po"


def test_every_axes_string_in_the_admin_has_a_dutch_translation() -> None:
    """Every verbose name of django-axes' models and their fields, as the admin shows them."""
    from axes import models
    from django.apps import apps
    from django.utils import translation

    with translation.override("nl"):
        for model in apps.get_app_config("axes").get_models():
            namen = [model._meta.verbose_name, model._meta.verbose_name_plural]
            namen += [f.verbose_name for f in model._meta.get_fields() if hasattr(f, "verbose_name")
                      and f.name not in ("id", "user", "access_log", "attempt")]
            for naam in namen:
                assert str(naam) in _po().values() or str(naam).lower() in {"id", "http-accept"}, (model.__name__, naam)
    assert models  # imported: the app's models are registered


def test_the_login_log_list_in_the_admin_is_dutch(admin_client: Any) -> None:
    html = admin_client.get("/beheer/axes/accessattempt/").content.decode()
    assert "Toegangspogingen" in html or "toegangspogingen" in html
    assert "access attempts" not in html.lower() and "Attempt Time" not in html


def test_the_admin_app_list_headers_are_dutch() -> None:
    """helper-51: every /beheer/ page had the table headers «Model name», «Add link», «Change or view list link»
    (Django 5.2 has no Dutch for them), read aloud by screen readers."""
    from django.utils import translation

    with translation.override("nl"):
        assert [translation.gettext(x) for x in ("Model name", "Add link", "Change or view list link")] == [
            "Onderdeel", "Toevoegen", "Wijzigen of bekijken"]
