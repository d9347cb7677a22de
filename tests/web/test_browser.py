"""The main flows in Debian's chromium (Playwright) against a live server, with axe-core on every page,
the Content-Security-Policy enforced (no violation may be reported), keyboard use and a 320 px viewport."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.db import connection

from tests.web.conftest import PASSWORD
from wetgeving.web.models import Beoordeling, Lidmaatschap, Opmerking

pytestmark = pytest.mark.slow
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
# Every page of the application, as (user, path); each must have 0 axe violations.
PAGES = [
    (None, "/"), (None, "/accounts/login/"),
    ("anna", "/"), ("anna", "/checklist/"), ("anna", "/checklist/GM0363/?datum=2023-06-01"),
    ("anna", "/checklist/GM0363/?datum=2023-06-01&sinds=2022-06-01"),
    ("anna", "/checklist/GM0363/geschiedenis/vog-wethouder/"), ("anna", "/register/GM0363/"),
    ("anna", "/vergelijken/"), ("anna", "/vergelijken/?regeling=gemeentewet&oud=2022-11-05&nieuw=2023-04-01"),
    ("anna", "/vergelijken/?tranche=tranche-2"),
    ("bob", "/overzicht/?datum=2023-06-01"), ("anna", "/consultatie/"), ("anna", "/consultatie/tranche-2/"),
    ("anna", "/checklist/GM0599/"), ("anna", "/bestaat-niet/"),
    # a comment of anna's (made by the test): the page with its links, editing and removing without JavaScript
    ("anna", "/consultatie/tranche-2/opmerking/{opmerking}/wijzigen/"),
    ("anna", "/consultatie/tranche-2/opmerking/{opmerking}/verwijderen/"), ("lotte", "/consultatie/tranche-2/"),
]
# Also checked: the PDF error page (test_axe_on_the_pdf_error_page) and the in-place comment forms
# (test_edit_and_delete_comment_in_place), and the admin at /beheer/ — index, roles, a province's roles, the
# register (read only), a user with profile and roles — in test_admin_pages_keep_the_csp.


@pytest.fixture
def live(live_server: Any, transactional_db: Any, users: Any) -> Iterator[str]:
    """The live server's URL. On SQLite the register's DELETE trigger is lifted after the test, only so the
    test runner can empty the tables (it deletes rows between tests), and put back before the next one."""
    if connection.vendor == "sqlite":
        with connection.cursor() as cur:
            cur.execute("CREATE TRIGGER IF NOT EXISTS web_beoordeling_geen_verwijdering BEFORE DELETE ON web_beoordeling "
                        "BEGIN SELECT RAISE(ABORT, 'het register is alleen aan te vullen'); END;")
    yield str(live_server.url)
    if connection.vendor == "sqlite":
        with connection.cursor() as cur:
            cur.execute("DROP TRIGGER IF EXISTS web_beoordeling_geen_verwijdering")


@pytest.fixture
def page_factory(browser: Any, live: str) -> Iterator[Any]:
    contexts: list[Any] = []
    csp: list[str] = []

    def make(user: str | None, *, width: int = 1280, javascript: bool = True) -> Any:
        ctx = browser.new_context(viewport={"width": width, "height": 900}, java_script_enabled=javascript,
                                  accept_downloads=True, locale="nl-NL")
        contexts.append(ctx)
        page = ctx.new_page()
        page.on("console", lambda m: csp.append(m.text) if "Content Security Policy" in m.text else None)
        if user:
            page.goto(live + "/accounts/login/")
            page.fill("#id_username", user)
            page.fill("#id_password", PASSWORD)
            page.click("button[type=submit]")
            page.wait_for_url(live + "/")
        return page

    yield make
    for ctx in contexts:
        ctx.close()
    assert csp == [], csp  # nothing was blocked: no inline script or style anywhere


# page.wait_for_function gets arrow functions, never bare expressions: Playwright polls an expression through
# eval(), which our CSP (no 'unsafe-eval') blocks as soon as the first check is false.


def _axe(page: Any, *, preload: bool = True) -> None:
    """axe-core on the page; ``preload=False`` skips axe's own fetch of the style sheets (on Django's user page
    that fetch inserts a style element, which our CSP blocks: axe's doing, not the page's)."""
    from axe_playwright_python.sync_playwright import Axe

    options: dict[str, Any] = {"runOnly": {"type": "tag", "values": AXE_TAGS}}
    if not preload:
        options["preload"] = False
    result = Axe().run(page, options=options)
    assert result.violations_count == 0, result.generate_report()


def test_axe_on_every_page(page_factory: Any, live: str, users: Any) -> None:
    o = Opmerking.objects.create(wetsvoorstel="tranche-2", organisatie="VNG", bepaling="artikel:36c/lid:1",
                                 opmerking="Wie geeft de opdracht?", door=users["anna"])
    pages: dict[str | None, Any] = {}
    for user, path in PAGES:
        page = pages.get(user) or pages.setdefault(user, page_factory(user))
        page.goto(live + path.format(opmerking=o.pk))
        assert page.locator("html").get_attribute("lang") == "nl"
        _axe(page)


def test_axe_on_the_pdf_error_page(page_factory: Any, live: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The page shown when the server has no LibreOffice (the live server runs in this process)."""
    page = page_factory("anna")
    monkeypatch.setenv("PATH", str(tmp_path))
    page.goto(live + "/checklist/GM0363/export.pdf?datum=2023-06-01")
    assert "De checklist als PDF is nu niet te maken" in page.content()
    _axe(page)


def test_compare_checklist_record_history_export(page_factory: Any, live: str, tmp_path: Path) -> None:
    page = page_factory("anna")
    page.goto(live + "/vergelijken/")
    page.select_option("#regeling", "gemeentewet")
    page.select_option("#oud", "2022-11-05")
    page.select_option("#nieuw", "2023-04-01")
    page.click("button:has-text(\"Vergelijk\")")
    page.wait_for_selector("#artikel-36a")
    assert "37 artikelen verschillen" in page.content()
    with page.expect_download() as dl:
        page.click("a:has-text(\"DOCX (bijgehouden wijzigingen)\")")
    assert dl.value.suggested_filename == "gemeentewet-2022-11-05-2023-04-01.docx"

    page.goto(live + "/checklist/GM0363/?datum=2023-06-01")
    row = page.locator("#v-vog-wethouder")
    row.locator("select[name=status]").select_option("voldoet")
    row.locator("input[name=bewijs]").fill("https://example.org/raadsbesluit")
    url = page.url
    row.locator("button[type=submit]").click()  # htmx: the row is replaced in place
    page.wait_for_selector("#v-vog-wethouder >> text=‘voldoet’ — beoordeeld op 2023-06-01 door anna")
    assert page.url == url
    assert Beoordeling.objects.filter(gemeente="GM0363", verplichting="vog-wethouder", status="voldoet").count() == 1

    page.locator("#v-vog-wethouder >> text=Geschiedenis van deze verplichting").click()
    page.wait_for_selector("table >> text=https://example.org/raadsbesluit")
    page.goto(live + "/checklist/GM0363/?datum=2023-06-01")
    with page.expect_download() as dl:
        page.click("text=CSV")
    saved = tmp_path / "checklist.csv"
    dl.value.save_as(saved)
    assert "vog-wethouder" in saved.read_text(encoding="utf-8")


def test_record_without_javascript(page_factory: Any, live: str) -> None:
    page = page_factory("anna", javascript=False)
    page.goto(live + "/checklist/GM0363/?datum=2023-06-01")
    row = page.locator("#v-vog-wethouder")
    row.locator("select[name=status]").select_option("voldoet gedeeltelijk".replace(" ", "-"))
    row.locator("button[type=submit]").click()
    page.wait_for_url(re.compile(r".*#v-vog-wethouder$"))
    assert "‘voldoet gedeeltelijk’ — beoordeeld op 2023-06-01" in page.content()


def test_consult_comment_docx(page_factory: Any, live: str, tmp_path: Path) -> None:
    page = page_factory("anna")
    page.goto(live + "/consultatie/")
    page.click("text=tweede tranche")
    block = page.locator("#b-artikel-36c-lid-1")
    block.locator("summary").click()
    block.locator("textarea[name=opmerking]").fill("Wie geeft de opdracht? <script>alert(1)</script>")
    block.locator("button[type=submit]").click()
    page.wait_for_selector("#b-artikel-36c-lid-1 >> text=Wie geeft de opdracht?")
    assert Opmerking.objects.count() == 1
    with page.expect_download() as dl:
        page.click("text=Reactie downloaden")
    saved = tmp_path / "reactie.docx"
    dl.value.save_as(saved)
    import zipfile

    assert "Wie geeft de opdracht?" in zipfile.ZipFile(saved).read("word/comments.xml").decode()


def test_edit_and_delete_comment_in_place(page_factory: Any, live: str, users: Any) -> None:
    o = Opmerking.objects.create(wetsvoorstel="tranche-2", organisatie="VNG", bepaling="artikel:36c/lid:1",
                                 opmerking="Wie geeft de opdracht?", door=users["anna"])
    page = page_factory("anna")
    page.goto(live + "/consultatie/tranche-2/")
    url = page.url
    block = page.locator(f"#o-{o.pk}")
    block.locator("a:has-text('Wijzigen')").click()  # htmx: the form replaces the comment
    page.wait_for_selector(f"#o-{o.pk} textarea[name=opmerking]")
    page.wait_for_function("() => document.activeElement.name === 'opmerking'", timeout=5000)
    _axe(page)
    page.fill(f"#o-{o.pk} textarea[name=opmerking]", "Wie geeft de opdracht, en wanneer?")
    page.click(f"#o-{o.pk} button[type=submit]")
    page.wait_for_selector(f"#o-{o.pk} >> text=Opmerking gewijzigd.")
    assert page.url == url
    o.refresh_from_db()
    assert o.opmerking == "Wie geeft de opdracht, en wanneer?"
    page.locator(f"#o-{o.pk} a:has-text('Verwijderen')").click()
    page.wait_for_selector(f"#o-{o.pk} >> text=Ja, verwijderen")
    _axe(page)
    page.locator(f"#o-{o.pk} a:has-text('Nee, behouden')").click()  # cancelling keeps it
    page.wait_for_selector(f"#o-{o.pk} a:has-text('Wijzigen')")
    assert Opmerking.objects.filter(pk=o.pk).exists()
    page.locator(f"#o-{o.pk} a:has-text('Verwijderen')").click()
    page.click(f"#o-{o.pk} button:has-text('Ja, verwijderen')")
    page.wait_for_selector(f"#o-{o.pk} >> text=Opmerking verwijderd.")
    page.wait_for_function("() => document.activeElement.getAttribute('role') === 'status'", timeout=5000)
    assert not Opmerking.objects.exists() and page.url == url


def test_edit_and_delete_comment_without_javascript(page_factory: Any, live: str, users: Any) -> None:
    o = Opmerking.objects.create(wetsvoorstel="tranche-2", organisatie="VNG", bepaling="artikel:36c/lid:1",
                                 opmerking="Wie geeft de opdracht?", door=users["anna"])
    page = page_factory("anna", javascript=False)
    page.goto(live + "/consultatie/tranche-2/")
    page.locator(f"#o-{o.pk} a:has-text('Wijzigen')").click()
    page.wait_for_url(re.compile(r".*/wijzigen/$"))
    page.fill("textarea[name=opmerking]", "Zonder JavaScript gewijzigd.")
    page.click("button:has-text('Wijziging opslaan')")
    page.wait_for_url(re.compile(rf".*/consultatie/tranche-2/#o-{o.pk}$"))
    assert "Zonder JavaScript gewijzigd." in page.locator(f"#o-{o.pk}").inner_text()
    page.locator(f"#o-{o.pk} a:has-text('Verwijderen')").click()
    page.wait_for_url(re.compile(r".*/verwijderen/$"))
    page.click("button:has-text('Ja, verwijderen')")
    page.wait_for_url(re.compile(r".*#b-artikel-36c-lid-1$"))
    assert not Opmerking.objects.exists()


def test_admin_pages_keep_the_csp(page_factory: Any, live: str, users: Any) -> None:
    """The admin pages we use pass axe, run under our CSP (no inline script or style: page_factory fails on any
    violation) and their forms work, e.g. a role added on a user's page."""
    from django.contrib.auth.models import User

    User.objects.create_superuser("beheer", "beheer@example.org", PASSWORD)
    page = page_factory("beheer")
    for path in ("/beheer/", "/beheer/web/lidmaatschap/", "/beheer/web/lidmaatschap/provincie/", "/beheer/web/beoordeling/",
                 f"/beheer/auth/user/{users['jurist'].pk}/change/"):
        page.goto(live + path)
        assert page.locator("html").get_attribute("lang") == "nl"
        _axe(page, preload=False)
    page.click("text=Nog een Rol bij een gemeente toevoegen")  # the inline's JavaScript adds a row to the empty one
    assert page.locator("input[name^='lidmaatschappen-'][name$='-gemeente']:visible").count() == 2
    page.fill("input[name='lidmaatschappen-0-gemeente']", "GM0363")
    page.select_option("select[name='lidmaatschappen-0-rol']", "lezer")
    page.click("input[name='_save']")
    page.wait_for_selector(".messagelist .success")
    assert dict(Lidmaatschap.objects.filter(gebruiker=users["jurist"]).values_list("gemeente", "rol")) == {"GM0363": "lezer"}


def test_keyboard(page_factory: Any, live: str) -> None:
    page = page_factory("anna")
    page.goto(live + "/checklist/GM0363/?datum=2023-06-01")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Direct naar de inhoud"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "inhoud"
    # record by keyboard only: focus the status field, choose, tab to the button, press Enter
    page.focus("#status-vog-wethouder")
    page.keyboard.press("ArrowDown")
    for _ in range(20):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent") == "Vastleggen":
            break
    page.keyboard.press("Enter")
    page.wait_for_selector("#v-vog-wethouder >> text=beoordeeld op 2023-06-01 door anna")
    # focus is not lost with the replaced form: it moves to the message in the new row
    # (htmx applies autofocus when the swap settles, a moment after the row appears)
    page.wait_for_function("() => document.activeElement.textContent === 'Vastgelegd.'", timeout=5000)
    assert page.evaluate("document.activeElement.closest('section').id") == "v-vog-wethouder"


def test_htmx_error_is_shown_in_the_row(page_factory: Any, live: str) -> None:
    page = page_factory("anna")
    page.goto(live + "/checklist/GM0363/?datum=2023-06-01")
    row = page.locator("#v-vog-wethouder")
    row.locator("select[name=status]").select_option("niet-van-toepassing")
    row.locator("button[type=submit]").click()
    page.wait_for_selector("#v-vog-wethouder >> text=‘niet van toepassing’ vraagt een reden")  # quoted ‘…’ (helper-129)
    page.wait_for_function("() => document.activeElement.getAttribute('role') === 'alert'", timeout=5000)
    assert not Beoordeling.objects.exists()


def test_htmx_403_is_shown_as_a_page(page_factory: Any, live: str) -> None:
    """A role taken away while the page was open: «Vastleggen» did nothing (the 403 page was not swapped; helper-73)."""
    page = page_factory("anna")
    page.goto(live + "/checklist/GM0363/?datum=2023-06-01")
    Lidmaatschap.objects.filter(gebruiker__username="anna").delete()
    page.locator("#v-vog-wethouder button[type=submit]").click()
    page.wait_for_selector("text=U hebt geen rol bij", timeout=5000)
    assert not Beoordeling.objects.exists()


@pytest.mark.parametrize("path", ["/", "/checklist/GM0363/?datum=2023-06-01",
                                  "/vergelijken/?regeling=gemeentewet&oud=2022-11-05&nieuw=2023-04-01",
                                  "/consultatie/tranche-2/", "/overzicht/?datum=2023-06-01"])
def test_320_px(page_factory: Any, live: str, path: str, tmp_path: Path) -> None:
    page = page_factory("bob" if "overzicht" in path else "anna", width=320)
    page.goto(live + path)
    # nothing but the marked scroll regions (wide tables) is wider than the screen (WCAG 1.4.10 reflow)
    too_wide = page.evaluate("""() => [...document.querySelectorAll('body *')].filter(e => {
        if (e.closest('.breed')) return false;
        const r = e.getBoundingClientRect(); return r.width > 0 && r.right > 321; }).map(e => e.tagName + '.' + e.className)""")
    assert too_wide == []
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    page.screenshot(path=str(tmp_path / "320.png"), full_page=False)
