"""The checklist CSV's date column says what it holds: the start of the wording shown, not of the duty.

It was called ``geldt_sinds`` and held, for Gemeentewet artikel 28 on 2023-04-15, 2023-01-01: the day the present
wording began, while a raadslid's duty to abstain is older. For Kieswet artikel P 19 on 2022-12-31, whose start the
sources do not give, it was empty, as if there were no start. Legal review, 2026-12-04."""

from __future__ import annotations

import csv
import io
from datetime import date

from tests.katalogus import omgeving
from wetgeving.compliance import checklist as cl
from wetgeving.compliance import gemeenten as gm
from wetgeving.compliance.verplichtingen import verplichtingen
from wetgeving.render.checklist import to_csv


def rows(when: date) -> dict[str, dict[str, str]]:
    c = cl.make(omgeving(), gm.find(gm.load(), "GM0363"), when, verplichtingen())
    return {r["kenmerk"]: r for r in csv.DictReader(io.StringIO(to_csv(c).removeprefix("\ufeff")), delimiter=";")}


def test_artikel_28_on_2023_04_15_gives_the_start_of_this_wording() -> None:
    """Gemeentewet artikel 28 on 2023-04-15: the column is 'deze_vorm_vanaf', 2023-01-01."""
    found = rows(date(2023, 4, 15))
    assert "geldt_sinds" not in next(iter(found.values()))
    r = next(r for r in found.values() if "artikel 28," in r["grondslag"] or "artikel 28 " in r["grondslag"])
    assert r["deze_vorm_vanaf"] == "2023-01-01", r


def test_kieswet_p19_on_2022_12_31_says_its_start_is_unknown() -> None:
    """Kieswet artikel P 19 on 2022-12-31 (the old lijstuitputting rule): its start is not in the sources."""
    r = rows(date(2022, 12, 31))["lijstuitputting-rangschikking"]
    assert r["deze_vorm_vanaf"] == "onbekend", r


def test_the_csv_carries_the_caveats_of_the_markdown() -> None:
    """Kieswet artikel X 8 on 2022-12-31: the text cited is of 2025-08-01; the Markdown says it reads so since
    2021-07-01 (Stb. 2020, 262), the CSV only «kieswet@2025-08-01» (helper-49). Gemeentewet artikel 12 on 2022-12-01
    changes on 2023-01-01 (Stb. 2022, 444): the Markdown says so, the CSV had no column for it."""
    x8 = rows(date(2022, 12, 31))["schorsing-verboden-handelingen"]
    assert "sinds 2021-07-01" in x8["tekstversie_toelichting"] and x8["status_uitleg"]
    nf = rows(date(2022, 12, 1))["nevenfuncties-raadslid"]
    # the date was set by the besluit of 2022-12-16 (Stb. 2022, 504), after 2022-12-01 (helper-111)
    assert nf["wijzigt_op"].startswith("Wijzigt op een bij koninklijk besluit te bepalen tijdstip (later vastgesteld: "
                                       "2023-01-01): ")
    assert rows(date(2022, 12, 16))["nevenfuncties-raadslid"]["wijzigt_op"].startswith("Wijzigt op 2023-01-01: ")
