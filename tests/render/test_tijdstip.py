"""When an assessment was recorded, as a reader in the Netherlands reads it (helper-51: «2026-12-06T05:16:33+00:00»)."""

from __future__ import annotations

import pytest

from wetgeving.render.checklist import tijdstip


@pytest.mark.parametrize(("iso", "tekst"), [
    ("2026-12-06T05:16:33+00:00", "6 december 2026 om 06:16"),  # winter time, UTC+1
    ("2026-07-06T05:16:33+00:00", "6 juli 2026 om 07:16"),  # summer time, UTC+2
    ("2026-12-31T23:30:00+00:00", "1 januari 2027 om 00:30"),  # another day in Amsterdam
    ("2026-12-06", "2026-12-06"), ("geen tijd", "geen tijd"),  # not a moment with a zone: as it is
])
def test_a_recorded_moment_in_dutch_local_time(iso: str, tekst: str) -> None:
    assert tijdstip(iso) == tekst
