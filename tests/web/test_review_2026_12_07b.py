"""The web application, reviewed on 2026-12-07 (helper-129): a griffier and an integrity officer."""

from __future__ import annotations

from typing import Any

URL = "/checklist/GM0363/"


def test_an_export_with_a_bad_date_says_the_date_is_wrong(als: Any) -> None:
    """`export.pdf?datum=foo` said «De checklist als PDF is nu niet te maken», as if the server were busy."""
    html = als("anna").get(URL + "export.csv?datum=foo").content.decode()
    assert "De checklist als CSV is niet te maken: de peildatum is geen datum" in html and "nu niet" not in html


def test_a_day_that_does_not_exist_is_named_so(als: Any) -> None:
    """«‘2023-02-30’ is geen datum in de vorm JJJJ-MM-DD»: it is in that form; the day does not exist."""
    html = als("anna").get(URL + "?datum=2023-02-30").content.decode()
    assert "‘2023-02-30’ is geen bestaande datum" in html


def test_a_bills_form_does_not_offer_a_reason_for_niet_van_toepassing(als: Any) -> None:
    """Kamerstuk 36 892 on 2026-12-07: its form offers «voorbereiding gestart» and «nog niet» only, and still said
    «Reden (verplicht bij ‘niet van toepassing’)»; the legal duty's form keeps the note."""
    html = als("anna").get(URL + "?datum=2026-12-07").content.decode()
    bill = html.split('for="reden-risicoanalyse-wethouder"', 1)[1].split("</label>", 1)[0]
    vog = html.split('for="reden-vog-wethouder"', 1)[1].split("</label>", 1)[0]
    assert "verplicht bij" not in bill and "verplicht bij ‘niet van toepassing’" in vog


def test_niet_van_toepassing_without_a_reason_is_quoted_as_elsewhere(als: Any) -> None:
    """«Niet vastgelegd: 'niet van toepassing' vraagt een reden» used straight quotes beside ‘…’ elsewhere."""
    r = als("anna").post(URL + "beoordeel/vog-wethouder/?datum=2023-06-01", {"status": "niet-van-toepassing",
                                                                             "op": "2023-06-01"})
    assert "‘niet van toepassing’ vraagt een reden" in r.content.decode()


def test_a_sinds_that_does_not_exist_is_named_so_and_cut(als: Any) -> None:
    """`sinds=2022-02-29` said «is geen datum in de vorm JJJJ-MM-DD», and 3,000 characters were shown whole
    (helper-131); the same day as the peildatum is allowed, a later one «mag niet na de peildatum liggen»."""
    c = als("anna")
    assert "‘2022-02-29’ bij ‘sinds’ is geen bestaande datum; er is niets vergeleken." in \
        c.get(URL + "?datum=2023-06-01&sinds=2022-02-29").content.decode()
    html = c.get(URL + "?datum=2023-06-01&sinds=" + "x" * 3000).content.decode()
    assert "x" * 40 + "…’ bij ‘sinds’ is geen datum in de vorm JJJJ-MM-DD" in html  # the form keeps what was typed
    assert "‘sinds’ mag niet na de peildatum liggen." in c.get(URL + "?datum=2023-06-01&sinds=2023-07-01").content.decode()
