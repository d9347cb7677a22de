"""The real Gemeentewet versions: exactly the known changes, nothing spurious from formatting.

Golden files pin the structure (change kinds, addresses, edit counts, text hashes), never the law text.
Regenerate after a deliberate change with WETGEVING_UPDATE_GOLDEN=1.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from wetgeving.diff import diff

GOLDEN = Path(__file__).parent.parent / "golden" / "diff"
PAIRS = [
    ("2022-11-05", "2023-04-01"),
    ("2022-11-05", "2023-01-01"),
    ("2023-01-01", "2023-04-01"),
    ("2023-04-01", "2026-10-01"),
]


def changes(d) -> set[tuple[str, str | None, str | None]]:  # type: ignore[no-untyped-def]
    return {(w.soort, str(w.oud) if w.oud else None, str(w.nieuw) if w.nieuw else None)
            for g in d.artikelen for w in g.verschillen}


@pytest.mark.parametrize(("old", "new"), PAIRS)
def test_golden_structure(real, old: str, new: str) -> None:  # type: ignore[no-untyped-def]
    d = diff(real(f"gemeentewet@{old}"), real(f"gemeentewet@{new}"))
    got = json.loads(json.dumps(d.to_json(with_text=False), ensure_ascii=False))
    path = GOLDEN / f"gemeentewet_{old}_{new}.json"
    if os.environ.get("WETGEVING_UPDATE_GOLDEN"):
        path.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert got == json.loads(path.read_text(encoding="utf-8"))


def test_tranche1_known_changes(real) -> None:  # type: ignore[no-untyped-def]
    d = diff(real("gemeentewet@2022-11-05"), real("gemeentewet@2023-04-01"))
    c = changes(d)
    same = lambda a: ("changed", a, a)  # noqa: E731
    expected = {
        same("artikel:13/lid:1/onderdeel:o"),
        same("artikel:19/lid:2"),
        ("added", None, "artikel:23/lid:4"),
        ("renumbered", "artikel:23/lid:4", "artikel:23/lid:5"),
        ("renumbered", "artikel:23/lid:5", "artikel:23/lid:6"),
        same("artikel:28/lid:1"),
        ("added", None, "artikel:28/lid:2"),
        ("renumbered", "artikel:28/lid:2", "artikel:28/lid:3"),
        ("added", None, "artikel:36a/lid:2"),
        ("renumbered", "artikel:36a/lid:2", "artikel:36a/lid:3"),
        ("renumbered", "artikel:36a/lid:3", "artikel:36a/lid:4"),
        same("artikel:12/lid:2"),
        same("artikel:41b/lid:3"),
        same("artikel:67/lid:3"),
        ("removed", "artikel:25", None), ("removed", "artikel:55", None), ("removed", "artikel:86", None),
        ("added", None, "artikel:87"), ("added", None, "artikel:88"), ("added", None, "artikel:89"),
        same("artikel:58"), same("artikel:60/lid:3"),
        same("artikel:82/lid:5"), same("artikel:83/lid:4"), same("artikel:84/lid:3"),
    }
    assert expected <= c, expected - c
    # nothing spurious: every changed artikel has at least one text or structure change
    for g in d.artikelen:
        assert any(w.text_changed or w.soort != "changed" for w in g.verschillen), g.label
    assert d.summary() == {"changed": 28, "added": 5, "removed": 4}
    # the word-level redline of the VOG/beraadslaging changes
    (w28,) = [w for g in d.artikelen for w in g.verschillen if str(w.nieuw) == "artikel:28/lid:1"]
    assert [s.tekst for s in w28.redline if s.op == "insert"] == ["beraadslaging en "]


def test_two_stage_entry_into_force(real) -> None:  # type: ignore[no-untyped-def]
    first = changes(diff(real("gemeentewet@2022-11-05"), real("gemeentewet@2023-01-01")))
    second = changes(diff(real("gemeentewet@2023-01-01"), real("gemeentewet@2023-04-01")))
    assert ("added", None, "artikel:36a/lid:2") in first
    assert ("changed", "artikel:28/lid:1", "artikel:28/lid:1") in first
    assert not any(a == "artikel:25" for _, a, _ in first)
    assert {("removed", "artikel:25", None), ("removed", "artikel:55", None), ("removed", "artikel:86", None),
            ("added", None, "artikel:87")} <= second
    assert not any(b and b.startswith("artikel:36a") for _, _, b in second)


def test_no_spurious_formatting_changes_across_schema_generations(real) -> None:  # type: ignore[no-untyped-def]
    """2023-04-01 (one entry per lid, wrapped lines) vs 2026-10-01 (inline leden, one line per item):
    artikel 8 is formatted differently but reads the same, so it must not show up."""
    d = diff(real("gemeentewet@2023-04-01"), real("gemeentewet@2026-10-01"))
    assert "8" not in {g.oud_nr for g in d.artikelen}
    for g in d.artikelen:
        assert any(w.text_changed or w.soort != "changed" for w in g.verschillen), g.label


def test_mirror_on_real_data(real) -> None:  # type: ignore[no-untyped-def]
    a, b = real("gemeentewet@2022-11-05"), real("gemeentewet@2023-04-01")
    assert diff(b, a).to_json() == diff(a, b).mirror().to_json()
    assert diff(a, a).is_empty()


def test_html_ids_are_unique_where_a_unit_lapsed_and_another_took_its_letter(sources: Path, tmp_path: Path) -> None:
    """Gemeentewet 228, tweede lid, 2023-04-01 → 2026-10-01: onderdeel c lapsed and d was relettered to c; both rows had
    id «artikel-228-lid-2-onderdeel-c», so the HTML was invalid and the relettered row's permalink led to the other
    (helper-199)."""
    import re

    from wetgeving.cli import main

    out = tmp_path / "d.html"
    assert main(["diff", "gemeentewet@2023-04-01", "gemeentewet@2026-10-01", "-o", str(out)]) == 0
    ids = re.findall(r' id="([^"]+)"', out.read_text(encoding="utf-8"))
    assert ids and len(ids) == len(set(ids))
    assert "artikel-228-lid-2-onderdeel-c-2" in ids
