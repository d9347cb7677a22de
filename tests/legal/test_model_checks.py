"""The consistency check of the obligations refuses the mistakes issue 12 found: a recommendation with a
statutory grondslag, a bill cited as law, a provision that does not exist in the version a period quotes,
periods that overlap, and evidence dates (bekend-op) the sources do not support."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.katalogus import omgeving
from wetgeving.bronnen.catalogus import corpus_dir
from wetgeving.compliance.controle import check
from wetgeving.compliance.verplichtingen import load


def _mutated(tmp_path: Path, old: str, new: str) -> list[str]:
    text = (corpus_dir() / "verplichtingen.xml").read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "verplichtingen.xml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return check(omgeving(), load(path))


@pytest.mark.parametrize(("old", "new", "needle"), [
    # a recommendation citing artikel 15, derde lid (2023-01-01), as the old model did
    ('<grondslag aanbeveling="modelgedragscode"/>', '<grondslag regeling="gemeentewet" adres="artikel:15/lid:3"/>',
     "actielijn van het programma als grondslag"),
    # a bill citing artikel 170, tweede lid, as if the bill were law
    ('<grondslag regeling="gemeentewet" voorziening="t2-risicoanalyse"/>',
     '<grondslag regeling="gemeentewet" adres="artikel:170/lid:2"/>', "geen geldend recht"),
    # artikel 87 does not exist before 2023-04-01
    ('<grondslag regeling="gemeentewet" adres="artikel:25/lid:3"/>', '<grondslag regeling="gemeentewet" adres="artikel:87"/>',
     "artikel:87 bestaat niet in gemeentewet@2022-11-05"),
    # periods of artikel 28 that do not adjoin
    ('<periode vanaf="2023-01-01">\n      <handeling>Een raadslid neemt niet deel aan de beraadslaging',
     '<periode vanaf="2023-02-01">\n      <handeling>Een raadslid neemt niet deel aan de beraadslaging',
     "eindigt niet op de dag waarop periode 2 begint"),
    # evidence that the sources do not hold
    ('bekend-op="2022-11-05" afwezig-op="2015-11-24"', 'bekend-op="2016-01-01" afwezig-op="2015-11-24"',
     "geen versie van gemeentewet van die datum"),
])
def test_check_refuses(tmp_path: Path, old: str, new: str, needle: str) -> None:
    problems = _mutated(tmp_path, old, new)
    assert any(needle in p for p in problems), problems


def test_the_corpus_itself_is_consistent() -> None:
    from wetgeving.compliance.verplichtingen import corpus

    assert check(omgeving(), corpus()) == []
