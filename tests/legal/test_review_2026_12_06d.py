"""Legal review of 2026-12-06, second session: the tranches over time, the consultation comments; each test names
its provision and date."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from wetgeving.cli import main

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _run(args: list[str], capsys: pytest.CaptureFixture[str], code: int = 0) -> tuple[str, str]:
    assert main(args) == code
    got = capsys.readouterr()
    assert "Traceback" not in got.err
    return got.out, got.err


# --- tranche 2 is a bill only from its submission ---------------------------------------------------------------

def test_tranche_2s_redline_on_a_date_before_the_bill_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    """Kamerstuk 36 892: the ministerraad agreed on 2026-01-23 to send it, its stukken are dated 2026-02-03. On
    2019-01-01 there was no bill; `tranche diff 2 --date 2019-01-01` showed the draft all the same, date ignored."""
    out, err = _run(["tranche", "diff", "2", "--law", "gemeentewet", "--date", "2019-01-01"], capsys, code=2)
    assert out == "" and "op 2019-01-01 was tranche 2 (Kamerstuk 36892) nog geen wetsvoorstel" in err
    assert "volgens de bronnen pas vanaf 2026-02-03 (stukken gedateerd 2026-02-03" in err


def test_tranche_2s_redline_on_a_date_says_it_is_a_bill_then_not_law(capsys: pytest.CaptureFixture[str]) -> None:
    """Kamerstuk 36 892 on 2026-12-06, on the Gemeentewet of 2026-10-01: the date is said, with what the sources can
    and cannot show (whether the bill is law by then)."""
    out, _ = _run(["tranche", "diff", "2", "--law", "gemeentewet", "--date", "2026-12-06"], capsys)
    assert ("Op 2026-12-06 is het volgens de bronnen een wetsvoorstel, geen geldend recht; of het op die datum al wet "
            "is, tonen de bronnen niet.") in out.split("\n")[0]
    _, err = _run(["tranche", "diff", "2", "--law", "gemeentewet", "--date", "2026-06-01"], capsys, code=2)
    assert "--date 2026-06-01 ligt vóór de tekst van gemeentewet waarop het ontwerp van tranche 2 voortbouwt" in err


def test_a_reaction_on_tranche_2_dated_before_the_bill_is_told(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    """Kamerstuk 36 892 for a reaction dated 2019-06-01: tranche 1 (35 546, ingediend 2020-08-31) warned that the
    bill did not exist yet, tranche 2 did not, for its model had no submission date."""
    out = tmp_path / "r.md"
    _, err = _run(["consult", str(EXAMPLES / "reactie-tranche-2.yaml"), "--date", "2019-06-01", "-o", str(out)], capsys)
    assert ("let op: op 2019-06-01, de datum van deze reactie, was dit volgens de bronnen nog geen wetsvoorstel bij de "
            "Tweede Kamer: stukken gedateerd 2026-02-03 (de dag van indiening zelf staat niet in de bronnen)") in err
    _, err = _run(["consult", str(EXAMPLES / "reactie-tranche-2.yaml"), "--date", "2026-10-15", "-o", str(out),
                   "--force"], capsys)
    assert "nog geen wetsvoorstel" not in err


def test_validate_finds_a_tranche_and_its_procedure_disagreeing() -> None:
    """The submission of Kamerstuk 36 892 (2026-02-03) is in two corpus files, verplichtingen.xml (the checklist) and
    tranche-2.xml (diff, consult); `validate corpus/` now says when they differ."""
    from datetime import date

    from wetgeving.compliance.controle import _procedure_problems
    from wetgeving.compliance.verplichtingen import corpus

    c = corpus()
    assert _procedure_problems(c) == []
    fout = replace(c, procedures={**c.procedures, "tranche-2": replace(c.procedures["tranche-2"],
                                                                        ingediend=date(2026, 1, 23))})
    assert _procedure_problems(fout) == ["procedure tranche-2: ingediend is 2026-01-23 in verplichtingen.xml maar "
                                         "2026-02-03 in tranche-2.xml"]


# --- the version valid on a date ----------------------------------------------------------------------------------

def test_the_markdown_mirror_is_not_used_after_a_later_official_version(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 36a, tweede lid, on 2026-12-06 is the VOG (Stb. 2022, 444, since 2023-01-01). Named
    `gemeentewet-md@2026-12-06`, the Markdown mirror gave its text of 2015-11-24 (the ontheffing van het vereiste van
    ingezetenschap) as if still in force, «geen latere versie in de bronnen»; the official texts of 2022-11-05 to
    2026-10-01 are the same law (BWBR0005416) under the name gemeentewet."""
    out, err = _run(["show", "gemeentewet-md@2026-12-06", "artikel 36a, tweede lid"], capsys, code=2)
    assert out == "" and ("de laatste versie van de Gemeentewet onder deze naam, die van 2015-11-24, is opgevolgd door "
                          "een versie die geldt vanaf 2022-11-05; op 2026-12-06 gold die niet meer") in err
    assert "gemeentewet@… (versies: 2022-11-05, 2023-01-01, 2023-04-01, 2026-10-01)" in err
    _, err = _run(["show", "gemeentewet-md@2020-01-01", "artikel 36a, tweede lid"], capsys)
    assert "of die op 2020-01-01 nog gold, tonen ze niet (de volgende versie in de bronnen geldt vanaf 2022-11-05)" in err


def test_a_duty_that_is_only_a_bill_on_the_date_is_counted_as_a_bill(capsys: pytest.CaptureFixture[str]) -> None:
    """On 2020-08-31 Kamerstuk 35 546 was a bill (ingediend that day): the VOG of Gemeentewet 36a, tweede lid, and the
    geheimhouding duties each read «wetsvoorstel op 2020-08-31», yet the total counted them among «39 wettelijke
    verplichtingen». On 2026-12-06 they are law and counted so."""
    out, _ = _run(["obligations", "--date", "2020-08-31"], capsys)
    assert "vog-wethouder — wetsvoorstel op 2020-08-31" in out
    totaal = next(r for r in out.splitlines() if r.endswith("op 2020-08-31"))
    assert "36 wettelijke verplichtingen" in totaal and "4 wetsvoorstellen" in totaal
    out, _ = _run(["obligations", "--date", "2026-12-06"], capsys)
    assert "39 wettelijke verplichtingen (geldend: 39)" in out and "2 wetsvoorstellen" in out


def test_a_checklist_without_a_date_is_for_today_in_the_netherlands(monkeypatch: pytest.MonkeyPatch,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """At 2022-12-31 23:30 UTC it is 2023-01-01 00:30 in Amsterdam: artikel 28 Gemeentewet in its new wording (Stb.
    2022, 444) is in force. The checklist without --date used the machine's date, 2022-12-31 on a server in UTC,
    and answered with the old regime."""
    from datetime import datetime, timezone

    import wetgeving.util

    class Klok(datetime):
        @classmethod
        def now(cls, tz: object = None) -> Klok:  # type: ignore[override]
            moment = datetime(2022, 12, 31, 23, 30, tzinfo=timezone.utc)
            return moment.astimezone(tz) if tz is not None else moment  # type: ignore[arg-type,return-value]

    monkeypatch.setattr(wetgeving.util, "datetime", Klok)
    assert str(wetgeving.util.vandaag()) == "2023-01-01"
    out, _ = _run(["checklist", "GM0363"], capsys)
    assert "\nPeildatum: 2023-01-01." in out and "2022-12-31" not in out
