"""Legal review of 2026-12-06, eighth session; each test names its provision and date."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.legal._cli import run as _run

# --- cited-by: the VOG of Gemeentewet 36a, tweede lid, asked by the abbreviation a lawyer types ---------------------


def test_cited_by_reads_wjsg_for_the_vog_of_36a_on_2023_01_01(sources: Path, capsys: pytest.CaptureFixture[str],
                                                            tmp_path: Path) -> None:
    """Gemeentewet 36a, tweede lid (2023-01-01): the beoogde wethouder has «een verklaring omtrent het gedrag als
    bedoeld in artikel 28 van de Wet justitiële en strafvorderlijke gegevens». `cited-by "artikel 28 Wjsg"` (the law's
    BWB afkorting) answered «noemt geen wet»; it now finds 36a. An abbreviation the tool does not know is named as
    such, with the ones it knows, instead of «noemt geen wet»."""
    from tests.katalogus import omgeving
    from wetgeving.index.bouw import build
    from wetgeving.verwijzingen.titels import Titelregister

    db = tmp_path / "i.sqlite"
    build(sources / "gemeentewet" / "regelrecht", db, Titelregister.voor(omgeving()), jobs=1)
    out, _ = _run(["cited-by", "artikel 28 Wjsg", "--db", str(db), "--date", "2023-01-01"], capsys)
    assert out.startswith("artikel 28 Wet justitiële en strafvorderlijke gegevens (BWBR0014194) op 2023-01-01")
    assert "- artikel 36a, tweede lid, Gemeentewet (versie geldig vanaf 2023-01-01" in out
    _, err = _run(["cited-by", "artikel 28 Wjg", "--db", str(db)], capsys, 2)
    assert "'Wjg' is geen bekende afkorting (bekend: Awb, BW, " in err and "noem de wet voluit" in err
    _, err = _run(["cited-by", "artikel 28", "--db", str(db)], capsys, 2)
    assert "de verwijzing 'artikel 28' noemt geen wet" in err and "afkorting" not in err


# --- tranche 2 (Kamerstuk 36 892): a bill, and what the sources do not show of it (helper-107) -----------------------


def test_tranche_2_is_never_said_to_apply_to_gedeputeerden(capsys: pytest.CaptureFixture[str]) -> None:
    """Kamerstuk 36 892 (stukken gedateerd 2026-02-03): the press release says the bill wants «verplicht te stellen
    dat voor een benoeming een risicoanalyse plaatsvindt»; `tranche show 2` said the risicoanalyse «geldt» before the
    appointment of gedeputeerden, as if it were law."""
    out, _ = _run(["tranche", "show", "2"], capsys)
    assert "geldt de risicoanalyse" not in out
    assert "wil het wetsvoorstel de risicoanalyse ook vóór de benoeming van gedeputeerden verplicht stellen" in out


def test_tranche_2_redline_on_a_date_does_not_say_both(capsys: pytest.CaptureFixture[str]) -> None:
    """Kamerstuk 36 892 on 2027-01-01: the label said «Op 2027-01-01 is het volgens de bronnen een wetsvoorstel» and
    «of het op die datum al wet is, tonen de bronnen niet». It now dates the bill by its stukken, says its standing on
    the day asked is unknown, and that the draft shows what the bill would change, not what holds then."""
    out, _ = _run(["tranche", "diff", "2", "--law", "gemeentewet", "--date", "2027-01-01"], capsys)
    kop = out.split("\n")[0]
    assert "Op 2027-01-01 is het" not in kop
    assert "of het op 2027-01-01 al wet of in werking is, tonen de bronnen niet" in kop
    assert "niet wat op 2027-01-01 geldt" in kop


def test_obligations_name_the_bill_and_our_reading_of_its_addressee(capsys: pytest.CaptureFixture[str]) -> None:
    """Kamerstuk 36 892 (stukken gedateerd 2026-02-03), financiële belangen: the sources say the bill concerns
    «decentrale bestuurders»; that it means the wethouder is our reading. `obligations` named «wethouder» as certain,
    headed the bill «wetsvoorstel op 2027-01-01», and without a date named neither Kamerstuk nor stukken."""
    out, _ = _run(["obligations", "--soort", "wetsvoorstel"], capsys)
    assert out.count("Kamerstuk 36 892, stukken gedateerd 2026-02-03; geen geldend recht") == 2
    assert "— wethouder (onze lezing van het wetsvoorstel, waarvan de tekst niet in de bronnen staat) —" in out
    out, _ = _run(["obligations", "--soort", "wetsvoorstel", "--date", "2027-01-01"], capsys)
    assert "wetsvoorstel op 2027-01-01" not in out and "— wetsvoorstel volgens de bronnen —" in out
    assert "of het voorstel op 2027-01-01 wet is en in werking is getreden, is niet bekend" in out


def test_graph_explain_marks_the_bills_addressee_as_our_reading(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet of 2026-10-01, thema financiële belangen (Kamerstuk 36 892, a bill): the path ended «→ wethouder
    [actor:wethouder]» as if the bill named the wethouder."""
    out, _ = _run(["graph", "explain", "gemeentewet@2026-10-01", "thema:financiele-belangen"], capsys)
    assert "→ wethouder (onze lezing van het wetsvoorstel, waarvan de tekst niet in de bronnen staat) [actor:wethouder]" in out


def test_checklist_since_names_the_bill(capsys: pytest.CaptureFixture[str]) -> None:
    """Amsterdam, 2026-01-01 → 2026-12-06: the two duties of Kamerstuk 36 892 were listed as «wetsvoorstel» alone."""
    out, _ = _run(["checklist", "GM0363", "--date", "2026-12-06", "--since", "2026-01-01"], capsys)
    assert ("[risicoanalyse-wethouder]: Kamerstuk 36 892, stukken gedateerd 2026-02-03; geen geldend recht voor zover de "
            "bronnen tonen; of het voorstel op 2026-12-06 wet is") in out


def test_register_history_of_a_bill_duty_does_not_claim_its_text(capsys: pytest.CaptureFixture[str]) -> None:
    """Kamerstuk 36 892: the bill text (36 892, nr. 2) is not in the sources; an assessment of its risicoanalyse was
    shown «[tekst van het wetsvoorstel]»."""
    _run(["register", "record", "GM0363", "risicoanalyse-wethouder", "--status", "voorbereiding gestart", "--who",
          "jurist", "--op", "2026-12-06", "--create"], capsys)
    out, _ = _run(["register", "history", "GM0363"], capsys)
    assert "[beschrijving van het wetsvoorstel; de wettekst staat niet in de bronnen]" in out
    assert "tekst van het wetsvoorstel" not in out


def test_a_reaction_dated_long_after_submission_does_not_say_where_the_bill_is(capsys: pytest.CaptureFixture[str]) -> None:
    """Kamerstuk 36 892, reaction dated 2030-01-01: the text said the bill «lag … al bij de Tweede Kamer» then; the
    sources end with stukken dated 2026-02-03."""
    voorbeeld = Path(__file__).parents[2] / "examples" / "reactie-tranche-2.yaml"
    out, _ = _run(["consult", str(voorbeeld), "--format", "internetconsultatie", "--date", "2030-01-01"], capsys)
    assert "lag het wetsvoorstel" not in out
    assert "op 2030-01-01, de datum van deze reactie, was het wetsvoorstel al bij de Tweede Kamer ingediend" in out
    assert "waar het voorstel op die dag stond" in out
