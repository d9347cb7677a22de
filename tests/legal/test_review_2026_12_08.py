"""Legal review of 2026-12-08; each test names its provision and date."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.legal._cli import run as _run
from tests.legal._cli import wet

# --- instructions: a new bijlage is the last onderdeel, and its heading keeps its comma ---------------------------------


def test_a_new_bijlage_comes_after_the_artikelen_with_its_own_heading(
    sources: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Gemeentewet, Markdown mirror 2012-01-01 → 2012-10-01: bijlage I («bedoeld in artikel 124b, eerste lid, van de
    Gemeentewet») was added. Its onderdeel came first (A), before the changes of artikel 123 and later, and its heading
    read «Bijlage I. bedoeld in …» (helper-207). The onderdelen follow the regeling, the bijlage at its end."""
    out, _ = _run(["instructions", "gemeentewet-md@2012-01-01", "gemeentewet-md@2012-10-01"], capsys)
    letters = re.findall(r"^([A-Z]{1,2})$", out, re.M)
    bijlage = out.index("Er wordt een bijlage ingevoegd")
    laatste = out.rindex(f"\n{letters[-1]}\n")
    assert laatste < bijlage and out.index("\nA\n") < bijlage
    assert "Bijlage I, bedoeld in artikel 124b, eerste lid" in out and "Bijlage I. bedoeld" not in out


# --- parse-act: a refusal names the rule that was not followed ----------------------------------------------------------


def test_a_replaced_lid_without_its_number_names_aanwijzing_6_9_3(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 81j, derde lid (as on 2023-04-01), «komt te luiden:» with text that does not begin with «3.»: the
    refusal said «na «luidende:» worden alleen eenheden van de soort lid verwacht», words the instruction does not
    have (helper-207). Aanwijzing 6.9.3: the new text begins with the aanduiding."""
    act = wet(tmp_path, "A\n\nArtikel 81j, derde lid, komt te luiden:\n\nDe ambtenaren werken voor de rekenkamer.\n")
    _, err = _run(["parse-act", str(act)], capsys, 1)
    assert "in de nieuwe tekst begint elk lid met zijn aanduiding (aanwijzing 6.9.3), zoals «3.»" in err
    assert "luidende:" not in err


def test_withdrawing_a_law_except_an_artikel_is_refused_with_aanwijzing_6_23(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """«De Gemeentewet wordt ingetrokken, met uitzondering van artikel 1.» was refused with «na «…De» werd «aanduiding»
    verwacht» (helper-207). The toelichting bij aanwijzing 6.23: «Intrekking van een regeling met uitzondering van een of
    meer artikelen is niet mogelijk.»"""
    act = wet(tmp_path, "A\n\nDe Gemeentewet wordt ingetrokken, met uitzondering van artikel 1.\n")
    _, err = _run(["parse-act", str(act)], capsys, 1)
    assert "niet mogelijk (toelichting bij aanwijzing 6.23)" in err and "«aanduiding»" not in err


def test_a_letter_twice_is_refused_without_an_order_note_on_the_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two onderdelen A (Gemeentewet 19 and 36b, as on 2023-04-01): the second is refused; the first got «na onderdeel A
    wordt onderdeel B verwacht, niet A» too, a note (aanwijzing 6.15, tweede lid) about the other one (helper-207)."""
    act = wet(tmp_path, "A\n\nIn artikel 19, eerste lid, wordt «schriftelijk» vervangen door «elektronisch».\n\n"
              "A\n\nIn artikel 36b, eerste lid, wordt «minister» vervangen door «Minister».\n")
    out, err = _run(["parse-act", str(act)], capsys, 1)
    assert "onderdeel A komt twee keer voor in ARTIKEL I" in out + err
    assert "wordt onderdeel B verwacht" not in out + err
