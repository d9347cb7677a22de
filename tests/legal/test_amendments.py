"""Issue 13 (step 9), legal findings about amendments, each naming the provision and date it checks."""

from __future__ import annotations

import re

import pytest

from wetgeving.cli import main


def test_dangling_2026_10_01_reports_155g_and_not_292(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 2026-10-01: artikel 155g, zevende lid, still cites the repealed artikel 86 (a real slip);
    artikel 292 cites 'artikel 86 zoals dat artikel luidde …' on purpose (transitional law)."""
    assert main(["graph", "dangling", "gemeentewet@2026-10-01"]) == 0
    out = capsys.readouterr().out
    assert "artikel 155g, zevende lid → artikel 86, eerste lid" in out
    assert not any(x.startswith("artikel 292") for x in out.splitlines())  # not itself listed as dangling
    assert "(zie ook artikel 292, dat naar de eerdere tekst van artikel 86 verwijst: overgangsrecht)" in out


def test_tranche_1_header_names_kamerstuk_and_staatsblad(capsys: pytest.CaptureFixture[str]) -> None:
    """Tranche 1 is Kamerstuk 35 546, published as Stb. 2022, 444 (in force by Stb. 2022, 504)."""
    assert main(["tranche", "show", "1"]) == 0
    head = "\n".join(capsys.readouterr().out.splitlines()[:3])
    assert "Kamerstuk 35 546" in head and "Stb. 2022, 444" in head


def test_nothing_calls_the_new_regime_bekrachtigd() -> None:
    """Artikel 89 (2023-04-01): secrecy is stated, observed and lifted; bekrachtiging ended with old artikel 25."""
    from wetgeving.bronnen.catalogus import corpus_dir

    for path in (corpus_dir() / "tranches").glob("*.xml"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if re.search(r"bekrachtig", line, re.I):
                assert "bestaat niet meer" in line or "niet langer" in line, (path.name, line.strip()[:120])


def test_article_58_change_is_not_called_a_renumbering() -> None:
    """Artikel 58 (2023-01-01): the college no longer has artikel 29 applied; that is no renumbering."""
    from wetgeving.tranches.lezen import tranche

    o = next(o for _, o in tranche("1").onderdelen() if o.id == "gw-58")
    assert "artikel 29" in o.samenvatting and "vernummering" not in o.samenvatting
    # since the sixth session of 2026-12-07: the note says the reference follows artikel 28's renumbering (helper-164:
    # «Geen vernummering» read as if artikel 28 was not renumbered)
    assert "volgt de vernummering van artikel 28" in o.toelichting


def test_generated_instructions_change_article_82_lid_by_lid(capsys: pytest.CaptureFixture[str]) -> None:
    """Artikel 82, vijfde lid (2022-11-05 → 2023-04-01): one phrase vervalt; the article does not 'komt te luiden'."""
    assert main(["instructions", "gemeentewet@2022-11-05", "gemeentewet@2023-04-01"]) == 0
    out = capsys.readouterr().out
    assert "Artikel 82 komt te luiden" not in out
    assert "In artikel 82, vijfde lid, vervalt" in out
    line_81j = next(ln for ln in out.splitlines() if "artikel 81j, derde lid" in ln)
    assert "toegevoegd" in line_81j or "ingevoegd" in line_81j  # an addition is an insertion (6.11)
    assert "vervangen" not in line_81j


def test_a_draft_is_never_labelled_with_the_base_date(capsys: pytest.CaptureFixture[str]) -> None:
    """Kamerstuk 36892 (illustrative draft on the Gemeentewet of 2026-10-01): the right side is a draft."""
    assert main(["tranche", "diff", "2", "--law", "gemeentewet"]) == 0
    out = capsys.readouterr().out
    assert "→ Gemeentewet: illustratief ontwerp" in out and "→ Gemeentewet: geldig vanaf 2026-10-01" not in out


def test_an_applied_act_carries_its_own_date(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    """An act in force on 2027-07-01 applied to the Gemeentewet of 2026-10-01: the result is dated 2027-07-01."""
    act = tmp_path / "act.txt"
    act.write_text("Wijzigingswet\n\nARTIKEL I\n\nDe Gemeentewet wordt als volgt gewijzigd:\n\nA\n\n"
                   "In artikel 12, eerste lid, wordt «De leden» vervangen door «De raadsleden».\n\nARTIKEL II\n\n"
                   "Deze wet treedt in werking met ingang van 1 juli 2027.\n", encoding="utf-8")
    out = tmp_path / "new.xml"
    assert main(["apply", "gemeentewet@2026-10-01", str(act), "-o", str(out)]) == 0
    capsys.readouterr()
    assert main(["show", str(out), "artikel 12"]) == 0
    shown = capsys.readouterr().out  # its own date, and never an official version (samengesteld, no dated JCI)
    assert "gedateerd 2027-07-01: samengestelde tekst: de Gemeentewet geldig vanaf 2026-10-01" in shown
    assert "geen officiële versie" in shown and "&g=" not in shown
    assert main(["diff", "gemeentewet@2026-10-01", str(out)]) == 0
    assert ("Gemeentewet: geldig vanaf 2026-10-01 → Gemeentewet: gedateerd 2027-07-01 (samengesteld, geen officiële "
            "versie)") in capsys.readouterr().out  # helper-133: a composed text is valid from no date


# The 6.10 scan of every real version pair is in test_amendments_generator.py (typed actions).


def test_hoofdstuk_va_is_inserted_as_a_chapter(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 2022-11-05 → 2023-04-01: artikelen 87–89 form the new hoofdstuk Va (Geheimhouding), inserted
    as a chapter after hoofdstuk V (Aanwijzing 6.11.1; the letter per 6.16.1), not as three loose artikelen."""
    assert main(["instructions", "gemeentewet@2022-11-05", "gemeentewet@2023-04-01"]) == 0
    out = capsys.readouterr().out
    assert "Na hoofdstuk V wordt een hoofdstuk ingevoegd, luidende:" in out and "Hoofdstuk Va. Geheimhouding" in out
    assert "Na artikel 85 worden drie artikelen ingevoegd" not in out
