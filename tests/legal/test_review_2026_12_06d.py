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
