"""The register as an audit trail (issue 12): assessment words fit the kind of obligation on the assessment
date, and a later change of the law marks an assessment *opnieuw beoordelen*."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.katalogus import omgeving, register_default
from wetgeving.cli import main
from wetgeving.compliance import checklist as cl
from wetgeving.compliance import gemeenten as gm
from wetgeving.compliance.beoordelen import BeoordelingError, beoordeel
from wetgeving.compliance.register import Beoordelingsregister
from wetgeving.compliance.verplichtingen import by_id, verplichtingen


def _row(reg: Beoordelingsregister, vid: str, when: date) -> cl.Regel:
    c = cl.make(omgeving(), gm.find(gm.load(), "GM0363"), when, verplichtingen(), reg.as_of("GM0363", when))
    return next(r for r in c.regels if r.verplichting.id == vid)


def test_assessment_of_old_article_28_must_be_redone_on_2023_01_15() -> None:
    """Artikel 28, eerste lid: assessed on 2022-12-01 (only the vote) → opnieuw beoordelen on 2023-01-15."""
    with Beoordelingsregister(register_default()) as reg:
        beoordeel(omgeving(), reg, "GM0363", by_id("belangenverstrengeling-raad"), "voldoet", wie="Griffie", op=date(2022, 12, 1),
                  bewijs="notulen")
        same = _row(reg, "belangenverstrengeling-raad", date(2022, 12, 20))
        later = _row(reg, "belangenverstrengeling-raad", date(2023, 1, 15))
    assert same.beoordeling is not None and same.opnieuw == ""
    assert later.beoordeling is not None and later.opnieuw.startswith("opnieuw beoordelen")
    assert "sinds 2023-01-01" in later.opnieuw


def test_assessment_of_unchanged_gedragscode_stays_valid_across_2023() -> None:
    """Artikel 15, derde lid (gedragscode raad) assessed on 2022-12-01 still fits on 2023-04-15 (same text)."""
    with Beoordelingsregister(register_default()) as reg:
        beoordeel(omgeving(), reg, "GM0363", by_id("gedragscode-raad"), "voldoet", wie="Griffie", op=date(2022, 12, 1))
        assert _row(reg, "gedragscode-raad", date(2023, 4, 15)).opnieuw == ""


def test_an_assessment_about_a_later_date_is_not_shown_earlier() -> None:
    """Artikel 36a, tweede lid: assessed on 2023-02-01; the checklist of 2023-01-15 shows no assessment."""
    with Beoordelingsregister(register_default()) as reg:
        beoordeel(omgeving(), reg, "GM0363", by_id("vog-wethouder"), "voldoet", wie="Griffie", op=date(2023, 2, 1))
        assert _row(reg, "vog-wethouder", date(2023, 1, 15)).beoordeling is None
        assert _row(reg, "vog-wethouder", date(2023, 2, 1)).beoordeling is not None


@pytest.mark.parametrize(("vid", "op", "word", "fitting"), [
    ("risicoanalyse-wethouder", "2026-06-01", "voldoet niet", "‘voorbereiding gestart’, ‘nog niet’"),
    ("aanbeveling-basisscan-integriteit", "2023-04-15", "voldoet niet",
     "‘opgevolgd’, ‘niet opgevolgd’, ‘bewust afgeweken’"),
    ("vog-wethouder", "2023-04-15", "opgevolgd", "‘voldoet’, ‘voldoet gedeeltelijk’"),
])
def test_words_that_do_not_fit_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str], vid: str, op: str,
                                           word: str, fitting: str) -> None:
    """Kamerstuk 36892 (bill, 2026-06-01) and the programme (recommendation): 'voldoet niet' refused, exit 1."""
    code = main(["register", "record", "--create", "GM0363", vid, "--status", word, "--op", op, "--who", "Griffie",
                 "--register", str(tmp_path / "r.sqlite")])
    err = capsys.readouterr().err
    assert code == 1 and fitting in err and vid in err
    with Beoordelingsregister(tmp_path / "r.sqlite") as reg:
        assert reg.history() == []


def test_a_duty_that_does_not_exist_on_the_date_cannot_be_assessed() -> None:
    """Artikel 25, derde lid (bekrachtiging) on 2023-04-15: ended on 2023-04-01."""
    with Beoordelingsregister(register_default()) as reg, pytest.raises(BeoordelingError, match="bestaat op 2023-04-15 niet"):
        beoordeel(omgeving(), reg, "GM0363", by_id("geheimhouding-bekrachtiging"), "voldoet", wie="Griffie", op=date(2023, 4, 15))


def test_every_form_shows_the_audit_trail(tmp_path: Path) -> None:
    """Artikel 28, eerste lid, assessed 2022-12-01, checklist of 2023-01-15 in all five forms."""
    import zipfile

    reg_path = tmp_path / "r.sqlite"
    assert main(["register", "record", "--create", "GM0363", "belangenverstrengeling-raad", "--status", "voldoet", "--op",
                 "2022-12-01", "--who", "Griffie Noord", "--evidence", "notulen-2022", "--note", "controle Q4",
                 "--register", str(reg_path)]) == 0
    for fmt in ("markdown", "html", "docx", "csv", "json"):
        out = tmp_path / f"c.{fmt}"
        assert main(["checklist", "GM0363", "--date", "2023-01-15", "--format", fmt, "-o", str(out),
                     "--register", str(reg_path)]) == 0
        if fmt == "docx":
            with zipfile.ZipFile(out) as z:
                body = z.read("word/document.xml").decode("utf-8")
        else:
            body = out.read_text(encoding="utf-8")
        for needle in ("2022-12-01", "Griffie Noord", "notulen-2022", "controle Q4", "opnieuw beoordelen"):
            assert needle in body, (fmt, needle)


@pytest.mark.parametrize("op", ["0001-01-01", "2011-02-22"])
def test_a_duty_before_the_first_source_that_shows_it_cannot_be_assessed(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                                         op: str) -> None:
    """Artikel 15, derde lid (gedragscode raad), on 0001-01-01 and 2011-02-22: the sources show it from 2011-02-23 and
    no earlier version; whether it held then, and in what words, cannot be known. ``register record`` stored such an
    assessment (with the hash of texts it did not have) and said nothing."""
    code = main(["register", "record", "--create", "GM0363", "gedragscode-raad", "--status", "voldoet", "--op", op,
                 "--who", "Griffie", "--register", str(tmp_path / "r.sqlite")])
    err = capsys.readouterr().err
    assert code == 1 and "vanaf 2011-02-23" in err, err
    # before the Gemeentewet was issued (1992-03-12) it rests on a law that did not hold yet (helper-93); after, the
    # sources cannot show whether it held
    assert ("rust op een wet die op 0001-01-01 nog niet gold" if op < "1992" else "niet vast te stellen") in err, err
    assert not (tmp_path / "r.sqlite").exists() or Beoordelingsregister(tmp_path / "r.sqlite").history() == []
    with Beoordelingsregister(register_default()) as reg:  # from the first source on, it can
        beoordeel(omgeving(), reg, "GM0363", by_id("gedragscode-raad"), "voldoet", wie="Griffie", op=date(2011, 2, 23))
