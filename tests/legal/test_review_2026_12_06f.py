"""Legal review of 2026-12-06, fourth session; each test names its provision and date."""

from __future__ import annotations

import json

import pytest

from tests.legal._cli import run as _run

# --- diff: the closing words of a lid after its onderdelen ----------------------------------------------------------


def test_closing_words_after_the_onderdelen_are_not_shown_in_the_aanhef(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 154b, eerste lid, 2023-04-01 → 2026-10-01: the sentence «De voordracht voor een krachtens dit lid
    vast te stellen algemene maatregel van bestuur …» stands after onderdeel b. The redline ran it on from the aanhef
    («… voor overtreding van: De voordracht …»), as if it were inserted before the onderdelen."""
    out, _ = _run(["diff", "gemeentewet@2023-04-01", "gemeentewet@2026-10-01", "--only", "artikel 154b"], capsys)
    assert "overtreding van:{+ [na onderdeel b] De voordracht voor een krachtens dit lid" in out
    out, _ = _run(["diff", "gemeentewet@2023-04-01", "gemeentewet@2026-10-01", "--only", "artikel 154b", "--format",
                   "json"], capsys)
    lid = next(w for g in json.loads(out)["artikelen"] for w in g["wijzigingen"]
               if w["nieuw"] == "artikel:154b/lid:1")
    assert [lid["redline"][1][0], lid["redline"][1][1][:31]] == ["insert", " [na onderdeel b] De voordracht"]
