"""How the instruction parser scales on adversarial input (issue 17): lines of 10 KB to 1 MB built to make a
backtracking pattern or a careless loop go quadratic, read (1) by the sentence grammar alone, with the
length limit lifted, and (2) through the front door, ``parse_act`` on a whole act with that line as an
onderdeel. Prints, per input kind, the median time per size, the growth exponent (slope of log time over
log size; 1.0 is linear, target <= 1.2) and, side by side, the cheapest real alternative on the same text:
splitting it into words (``str.split``).

    python benchmarks/scaling_instructies.py [--repeat 3] [--max-kb 1024]
"""

from __future__ import annotations

import argparse
import contextlib
import math
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from wetgeving.errors import WetgevingError  # noqa: E402
from wetgeving.locatie import Adres  # noqa: E402
from wetgeving.wijziging import zinnen  # noqa: E402
from wetgeving.wijziging.instructies import parse_act  # noqa: E402

CTX = Adres.parse("artikel:1")


def _rep(unit: str, size: int, head: str = "", tail: str = "") -> str:
    n = max(1, (size - len(head) - len(tail)) // len(unit))
    return head + unit * n + tail


KINDS: dict[str, Callable[[int], str]] = {
    # a real formula, repeated: every clause must be read (the old pattern read this as one replacement)
    "clauses": lambda n: _rep("wordt «a» vervangen door «b» en ", n, "In artikel 1 ", "wordt «c» vervangen door «d»."),
    # one quotation that never closes
    "unclosed quote": lambda n: _rep("raad ", n, "In artikel 1 wordt «", "vervangen door «x»."),
    # quotations without a formula around them
    "bare quotes": lambda n: _rep("«a» ", n),
    # a target that never ends (the old '.+?' before ' wordt')
    "long target": lambda n: _rep("artikel 1, ", n, "In ", "wordt «a» vervangen door «b»"),
    # a list of artikelen that never ends
    "long list": lambda n: _rep("12a, ", n, "De artikelen ", "en 13 vervallen."),
    # words that are no formula at all
    "no formula": lambda n: _rep("gemeente ", n, "In artikel 1 ", "."),
    # opening marks only
    "open marks": lambda n: _rep("«", n),
    # whitespace runs between the words of a formula
    "spaces": lambda n: _rep(" ", n, "In", "artikel 1 wordt «a» vervangen door «b»."),
    # a range phrase that keeps going
    "ranges": lambda n: _rep("tweede tot en met ", n, "Het ", "derde lid vervalt."),
    # apostrophes that look like closing marks
    "apostrophes": lambda n: _rep("auto’s ", n, "In artikel 1 wordt ‘", "’ vervangen door «x»."),
}


FRONT_DOOR: dict[str, Callable[[int], str]] = {
    # new text after 'luidende:' that is one enormous line
    "new text": lambda n: "Na artikel 1 wordt een artikel ingevoegd, luidende:\n\n  Artikel 1a\n\n  " + _rep("raad ", n, "", "."),
    # an act of many short lines
    "many lines": lambda n: _rep("B\n\nArtikel 1 vervalt.\n\n", n),
}


def _time(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        with contextlib.suppress(WetgevingError):  # refused with our own error: a handled outcome
            fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def exponent(sizes: list[int], times: list[float]) -> float:
    """Least-squares slope of log(time) over log(size)."""
    xs = [math.log(s) for s in sizes]
    ys = [math.log(max(t, 1e-6)) for t in times]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs)


def _act(line: str) -> str:
    return f"ARTIKEL I\n\nDe Testwet wordt als volgt gewijzigd:\n\nA\n\n{line}\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--max-kb", type=int, default=1024)
    args = ap.parse_args()
    sizes = [s for s in (10_240, 32_768, 102_400, 327_680, 1_048_576) if s <= args.max_kb * 1024]
    limit = zinnen.MAX_ZIN
    worst = 0.0
    print(f"sizes: {', '.join(f'{s // 1024} KB' for s in sizes)}; median of {args.repeat} runs; "
          f"front-door limit {limit:,} characters per sentence")
    print(f"{'input':16} {'grammar (limit lifted)':>40}  {'exp':>5}  {'str.split':>22} {'exp':>5}  front door @1MB")
    for name, make in KINDS.items():
        texts = [make(s) for s in sizes]
        zinnen.MAX_ZIN = 10 ** 9
        t_gram = [_time(lambda t=t: zinnen.lees_zin(t, [], CTX), args.repeat) for t in texts]  # type: ignore[misc]
        zinnen.MAX_ZIN = limit
        t_split = [_time(lambda t=t: t.split(), args.repeat) for t in texts]  # type: ignore[misc]
        biggest = _act(texts[-1])
        t_door = _time(lambda a=biggest: parse_act(a), args.repeat)  # type: ignore[misc]
        e_gram, e_split = exponent(sizes, t_gram), exponent(sizes, t_split)
        worst = max(worst, e_gram)
        print(f"{name:16} {' '.join(f'{t * 1000:7.1f}' for t in t_gram)} ms  {e_gram:5.2f}  "
              f"{t_split[-1] * 1000:7.1f} ms at max   {e_split:5.2f}  {t_door:6.2f} s")
    print(f"worst growth exponent of the grammar: {worst:.2f} (target <= 1.2)")
    print(f"{'front door only':16} {'parse_act on the whole act':>40}  {'exp':>5}")
    for name, make in FRONT_DOOR.items():
        texts = [make(s) for s in sizes]
        t_door = [_time(lambda t=t: parse_act(_act(t)), args.repeat) for t in texts]  # type: ignore[misc]
        print(f"{name:16} {' '.join(f'{t * 1000:7.1f}' for t in t_door)} ms  {exponent(sizes, t_door):5.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
