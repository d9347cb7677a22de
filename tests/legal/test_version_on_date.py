"""A regeling asked for on a date is the version in force on that date (../shared/DESIGN.md, "Time"). The sources
hold a few versions of each law; for a date after the newest one that began before it, the tool uses that one but
must say that the sources do not show it still applied then, and must never use a version whose known end
(``geldig_tot``) lies before the date."""

from __future__ import annotations

import warnings
from datetime import date
from pathlib import Path

import pytest

from wetgeving.bronnen.catalogus import Bron, Catalogus, VersieOnzeker
from wetgeving.cli import main
from wetgeving.errors import UsageError


def test_gemeentewet_on_2024_01_01_is_the_2023_04_01_version_and_says_it_is_not_certain(cat: Catalogus) -> None:
    # Gemeentewet, 2024-01-01: the sources hold 2023-04-01 (no end known) and 2026-10-01.
    with pytest.warns(VersieOnzeker) as seen:
        bron = cat.pick("gemeentewet@2024-01-01")
    assert bron.geldig_vanaf == date(2023, 4, 1)
    (melding,) = {str(w.message) for w in seen}
    assert "vanaf 2023-04-01" in melding and "op 2024-01-01 nog gold, tonen ze niet" in melding
    assert "volgende versie in de bronnen geldt vanaf 2026-10-01" in melding


@pytest.mark.parametrize("spec, vanaf", [
    ("gemeentewet@2022-12-01", date(2022, 11, 5)),  # geldig_tot 2022-12-31: the sources show it still applied
    ("gemeentewet@2023-03-31", date(2023, 1, 1)),   # its last day (geldig_tot 2023-03-31)
    ("gemeentewet@2023-04-01", date(2023, 4, 1)),   # the version's own first day
])
def test_gemeentewet_on_a_date_the_sources_cover_gives_no_warning(cat: Catalogus, spec: str, vanaf: date) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error", VersieOnzeker)
        assert cat.pick(spec).geldig_vanaf == vanaf


def test_a_version_that_had_ended_before_the_date_is_never_used() -> None:
    # Invented: one version valid 2020-01-01 up to and including 2020-12-31, nothing later.
    wet = Bron(id="w", kind="regelrecht-yaml", file="w.yaml", sha256="0" * 64, regeling="testwet",
               geldig_vanaf=date(2020, 1, 1), geldig_tot=date(2020, 12, 31))
    cat = Catalogus(bronnen=(wet,), zoekmappen=())
    assert cat.pick("testwet@2020-12-31") is wet
    with pytest.raises(UsageError, match="geen versie van testwet die op 2021-01-01 gold: die van 2020-01-01 gold tot "
                                         "en met 2020-12-31"):
        cat.pick("testwet@2021-01-01")


def test_the_cli_names_the_uncertain_version_on_stderr(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    # `wetgeving show gemeentewet@2024-01-01 "artikel 36a"`: the text of the 2023-04-01 version, and a "let op" once.
    monkeypatch.setenv("WETGEVING_DATA", str(tmp_path))
    assert main(["show", "gemeentewet@2024-01-01", "artikel 36a"]) == 0
    out, err = capsys.readouterr()
    assert "geldig vanaf 2023-04-01" in out
    assert err.count("let op: gemeentewet@2024-01-01: de bronnen hebben de versie die geldt vanaf 2023-04-01") == 1
