"""Regression floors for the extractor against the official link markup of the real sources.

Target identity is judged at artikel level (the markup links at artikel level). 'Precision on marked
spans' counts only references the markup also marks; strict precision counts every reference found
(many extras are genuine references the markup lacks, see docs/references.md)."""

from __future__ import annotations

import pytest

from tests.katalogus import omgeving
from wetgeving.verwijzingen.evaluatie import evaluate
from wetgeving.verwijzingen.titels import Titelregister

FLOORS = {  # measured: see benchmarks/refs.py and docs/references.md
    "gemeentewet@2023-04-01": (0.95, 0.90, 0.93),
    "kieswet": (0.95, 0.90, 0.90),
    "participatiewet": (0.95, 0.90, 0.88),
}


@pytest.mark.parametrize("spec", sorted(FLOORS))
def test_precision_and_recall_floors(real, spec: str) -> None:  # type: ignore[no-untyped-def]
    p_marked, recall, p_strict = FLOORS[spec]
    s = evaluate(real(spec), Titelregister.voor(omgeving()))
    assert s.gold > 500
    assert s.target_precision_marked >= p_marked, s.wrong[:10]
    assert s.target_recall >= recall, s.misses[:10]
    assert s.target_precision >= p_strict, s.extras[:10]


def test_every_gemeentewet_version(real) -> None:  # type: ignore[no-untyped-def]
    for v in ["2022-11-05", "2023-01-01", "2026-10-01"]:
        s = evaluate(real(f"gemeentewet@{v}"), Titelregister.voor(omgeving()))
        assert s.target_recall >= 0.90 and s.target_precision_marked >= 0.95, v
