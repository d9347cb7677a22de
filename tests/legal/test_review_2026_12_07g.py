"""Legal review of 2026-12-07 (seventh session); each test names its provision and date."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.legal._cli import run as _run

# --- refs: where a reference stands, cited as a lawyer cites it ------------------------------------------------------


def test_refs_cites_where_each_reference_stands(sources: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 290, derde lid (2023-04-01), cites «artikel 100, eerste lid van de gemeentewet» (the withdrawn
    Gemeentewet of 1851): the row begins «artikel 290, derde lid», not the address «artikel:290/lid:3»; the JSON keeps
    the address."""
    out, _ = _run(["refs", "gemeentewet@2023-04-01", "artikel 290"], capsys)
    rij = next(ln for ln in out.splitlines() if "artikel 100, eerste lid van de gemeentewet" in ln)
    assert rij.startswith("artikel 290, derde lid ") and "artikel:290" not in out
    out, _ = _run(["refs", "gemeentewet@2023-04-01", "artikel 290", "--format", "json"], capsys)
    assert '"bron": "artikel:290/lid:3"' in out


# --- consult: our group of other changes is no bill --------------------------------------------------------------------


def test_consult_refuses_the_group_of_other_changes_as_a_bill(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 169, vierde lid, changed on 2023-01-01 by an act other than Stb. 2022, 444: corpus/tranches/overig-2023
    only groups such changes. `consult` took «wetsvoorstel: overig-2023» and wrote «Wetsvoorstel: overig-2023» and
    «Artikel I (nummer door ons afgeleid)» of an act the sources do not name (helper-172); it is refused, and the hint
    offers the tranches that are a bill or an act."""
    from tests.legal._cli import consult

    uit = tmp_path / "r.docx"
    _, err = consult(tmp_path, "consultatie:\n  titel: Reactie\n  wetsvoorstel: overig-2023\n  basis: gemeentewet@2022-11-05\n"
                     "  organisatie: VNG\n  datum: 2022-12-01\nopmerkingen:\n  - bepaling: artikel 169, vierde lid\n"
                     "    opmerking: test\n", uit, capsys, 1)
    assert "overig-2023 is geen wetsvoorstel en geen wet" in err and "(1, 2)" in err and not uit.exists()
