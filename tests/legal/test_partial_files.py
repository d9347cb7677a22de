"""A source file named by its path is read as the catalogued source it is (2026-12-05).

Provinciewet, version of 2022-11-05: the sources hold only artikel 182 of it
(``provinciewet/art182-2022-11-05.selected.yaml``, ``partial = true`` in ``corpus/bronnen.toml``), and of the
version of 2023-04-01 only artikelen 175 and 182. Named ``provinciewet@2022-11-05`` the tool refused every
request about the whole law; named by its path the same file was taken for the whole Provinciewet:
``refs FILE`` said artikel 182, eerste lid, onder d cites an artikel 116 that «ONTBREEKT» (does not exist in
this version), ``graph dangling FILE`` listed it as a dangling reference, and ``diff`` of the two files
reported artikel 175 as added on 2023-04-01. Artikel 116 exists; it is only not in the extract.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from wetgeving.cli import main

PW_2022 = "provinciewet/art182-2022-11-05.selected.yaml"
PW_2023 = "provinciewet/art175-182-2023-04-01.selected.yaml"
PARTIAL = "de bron bevat alleen enkele artikelen van de Provinciewet, niet de hele wet"


@pytest.mark.parametrize("command", [["refs"], ["show"], ["graph", "dangling"], ["graph", "build"]])
def test_whole_law_requests_on_the_provinciewet_extract_of_2022_11_05_are_refused(
        sources: Path, command: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    """Provinciewet (version 2022-11-05), named by its file: no statement about the whole law, as for the name."""
    assert main([*command, str(sources / PW_2022)]) == 2
    captured = capsys.readouterr()
    assert PARTIAL in captured.err and "ONTBREEKT" not in captured.out


def test_artikel_116_cited_in_182_lid_1_onder_d_is_not_in_the_extract_not_missing_from_the_law(
        sources: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Provinciewet artikel 182, eerste lid, onder d (2022-11-05) cites artikel 116: the extract lacks it, the law
    does not. The file, and a copy of it elsewhere (the same SHA-256), say «NIET IN DE BRON», never «ONTBREEKT»."""
    copy = tmp_path / "provinciewet.yaml"
    shutil.copyfile(sources / PW_2022, copy)
    for path in (sources / PW_2022, copy):
        assert main(["refs", str(path), "artikel 182"]) == 0
        out = capsys.readouterr().out
        regel = next(r for r in out.splitlines() if "'artikel 116'" in r)
        assert regel.endswith("NIET IN DE BRON") and "ONTBREEKT" not in out


def test_a_diff_of_the_two_extracts_does_not_call_artikel_175_added_on_2023_04_01(
        sources: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Provinciewet 2022-11-05 → 2023-04-01: artikel 175 is only missing from the older extract. The whole diff is
    refused and names the way to compare one artikel; artikel 182 alone is compared (its tweede lid of
    2023-04-01 inserted)."""
    old, new = str(sources / PW_2022), str(sources / PW_2023)
    assert main(["diff", old, new]) == 2
    err = capsys.readouterr().err
    assert PARTIAL in err and "--only" in err
    assert main(["diff", old, new, "--only", "artikel 182"]) == 0
    out = capsys.readouterr().out
    # since the second session of 2026-12-07 the diff says first that the sources hold no text in between (helper-158)
    assert out.startswith("Let op: tussen 2022-11-05 en 2023-04-01 hebben de bronnen geen tekst van de Provinciewet")
    assert "\nProvinciewet: geldig vanaf 2022-11-05 → Provinciewet: geldig vanaf 2023-04-01" in out
    assert "artikel 182, tweede lid (ingevoegd)" in out and "Artikel 175" not in out


def test_the_extract_is_titled_provinciewet_when_named_by_its_path(sources: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """Provinciewet artikel 182 (2022-11-05): the file has no title of its own; the catalogue's citeertitel names it."""
    assert main(["show", str(sources / PW_2022), "artikel 182, eerste lid, onder c"]) == 0
    assert capsys.readouterr().out.startswith("Provinciewet (BWBR0005645), geldig vanaf 2022-11-05\n"
                                              "artikel 182, eerste lid, onder c, Provinciewet\n")
