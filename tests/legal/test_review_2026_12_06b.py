"""Legal review of 2026-12-06, afternoon: references, the tranches and the consultation reaction; each test names
its provision and date."""

from __future__ import annotations

import pytest

from wetgeving.cli import main


def _run(args: list[str], capsys: pytest.CaptureFixture[str], code: int = 0) -> tuple[str, str]:
    assert main(args) == code
    got = capsys.readouterr()
    assert "Traceback" not in got.err
    return got.out, got.err


# --- references ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("versie", ["2022-11-05", "2023-04-01", "2026-10-01"])
def test_gemeentewet_249_cites_artikelen_21_and_59_not_a_phantom_2159(versie: str,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet artikel 249 (every version in the sources) leaves «de artikelen 5, 7c, 20, 21 59, 62 en 69» of
    the Invorderingswet 1990 out of application. The source writes two touching links ([21][ref5][59][ref6]);
    `show` printed «2159» and `refs` a phantom artikel 2159 of the Invorderingswet, losing 21 and 59."""
    out, _ = _run(["show", f"gemeentewet@{versie}", "artikel 249"], capsys)
    assert "2159" not in out and "20, 21 59, 62 en 69" in " ".join(out.split())
    out, _ = _run(["refs", f"gemeentewet@{versie}", "artikel 249"], capsys)
    targets = {line.split("→")[1].split()[0] for line in out.splitlines() if "→" in line}
    assert {f"jci1.3:c:BWBR0004770&artikel={n}" for n in ("5", "7c", "20", "21", "59", "62", "69")} <= targets
    assert not any("2159" in t for t in targets)
