"""Growth of each parser on adversarial input of 10 KB – 1 MB (issue 17, finding 5): time per size and the
growth exponent (slope of log time over log size; 1 is linear, 2 quadratic). Target: ≤ 1.2.

Each case builds its worst input we know for one parser and times the library call in this process: the CPU
time of this process (``time.process_time``, so other processes on a shared machine do not enter), the best
of ``--repeat`` runs (default 5). A whole process per run would add a constant start-up time that hides growth.

Beside each case, two floors, each on the same input:
- ``lines``: splitting the input into lines (``str.splitlines``), the cheapest real pass over it;
- ``objects``: one small frozen object per line and a dict index of them, the least a parser that builds a
  tree must allocate. Its exponent is this machine's own growth for allocating that many objects (CPU caches,
  the allocator, the cyclic garbage collector), which no parser written in Python can get under.
And the same parser with the cyclic garbage collector paused (``gc-paused``): growth that remains there is
in our code; growth that appears only with the collector on is the collector's (it traverses every live
object on a full collection, and full collections start only once enough objects are alive).
A case whose input is refused (a size or depth limit) is timed up to the refusal, and the table says so.

    python3 benchmarks/scaling.py [--max 1000000] [--repeat 5] [--only markdown-heading ...]
"""

from __future__ import annotations

import argparse
import gc
import io
import math
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from wetgeving.errors import WetgevingError  # noqa: E402

TMP = Path(tempfile.mkdtemp(prefix="wetgeving-scaling-"))
MD_HEAD = "### Titel  I\n\n####Algemeen\n\n### Artikel  1\n\n1.  Eerste lid.\n\n"
MD_TAIL = "\nLasten en bevelen dat deze in het Staatsblad zal worden geplaatst.\n"


@dataclass
class Case:
    name: str
    what: str
    make: Callable[[int], object]  # size in bytes → input
    run: Callable[[object], object]
    floor: Callable[[object], object]


def _md(body: str) -> bytes:
    return (MD_HEAD + body + MD_TAIL).encode("utf-8")


def _md_import(data: object) -> object:
    from wetgeving.bronnen import markdown

    assert isinstance(data, bytes)
    return markdown.loads(data, "2015-01-01.md").index


def _lines(data: object) -> object:
    text = data.decode("utf-8", "replace") if isinstance(data, bytes) else str(data)
    return text.splitlines()


def _address_run(text: object) -> object:
    from wetgeving.locatie import Adres

    assert isinstance(text, str)
    a: Adres | None = Adres.parse(text)
    while a is not None:
        a = a.parent
    return None


def _citation_run(text: object) -> object:
    from wetgeving.citaten import parse_citation

    assert isinstance(text, str)
    return parse_citation(text)


def _wrap_run(text: object) -> object:
    from wetgeving.model import Alinea
    from wetgeving.render.tekst import lines

    assert isinstance(text, str)
    return lines(Alinea(text))


def _consult_make(n: int) -> object:
    """A comments file with one comment per ~250 bytes, all on one provision of an invented law."""
    from wetgeving.bronnen import native
    from wetgeving.model import Alinea, Artikel, Lid, Regeling

    base = TMP / "proefwet.xml"
    if not base.exists():
        reg = Regeling("BWBR9999999", "Proefwet", date(2020, 1, 1), (
            Artikel("1", (Lid("1", (Alinea("De raad vergadert in het openbaar over de begroting."),)),)),))
        base.write_bytes(native.dumps(reg))
    k = max(1, n // 250)
    body = "".join(f"  - bepaling: artikel 1, eerste lid\n    over: in het openbaar\n    opmerking: Opmerking {i} over"
                   f" de openbaarheid van de vergadering, met wat tekst erbij.\n" for i in range(k))
    path = TMP / f"reactie-{k}.yaml"
    path.write_text(f"consultatie:\n  titel: Proef\n  wetsvoorstel: {base}\n  basis: {base}\n  datum: 2025-01-01\n"
                    f"opmerkingen:\n{body}", encoding="utf-8")
    return path


def _consult_run(path: object) -> object:
    from wetgeving.bronnen.catalogus import Catalogus
    from wetgeving.consultatie.invoer import load
    from wetgeving.consultatie.voorbereiden import prepare
    from wetgeving.render.consultatie_docx import build

    assert isinstance(path, Path)
    buf = io.BytesIO()
    build(prepare(Catalogus(), load(path))).save(buf)
    return buf


def _consult_floor(path: object) -> object:
    assert isinstance(path, Path)
    return path.read_text(encoding="utf-8").splitlines()


def _regelrecht_make(n: int) -> object:
    k = max(1, n // 10)
    paras = "\n\n".join("      - x" for _ in range(k))
    return (f"$id: proefwet\n$schema: https://x.invalid/v0.7.0/schema.json\nbwb_id: BWBR9999999\n"
            f"valid_from: '2020-01-01'\narticles:\n  - number: '1'\n    text: |-\n      1 Lid met lijst:\n\n{paras}\n"
            ).encode()


def _regelrecht_run(data: object) -> object:
    from wetgeving.bronnen import regelrecht

    assert isinstance(data, bytes)
    return regelrecht.loads(data, "proef.yaml").index


CASES = [
    Case("markdown-heading", "laws-markdown: one heading with a long run of spaces inside",
         lambda n: _md("### Artikel  2 a" + " " * n + "b\n\nTekst.\n"), _md_import, _lines),
    Case("markdown-leden", "laws-markdown: ever more leden under one artikel",
         lambda n: _md("".join(f"{i}.  Lid.\n" for i in range(2, max(3, n // 12)))), _md_import, _lines),
    Case("markdown-onderdelen", "laws-markdown: ever more onderdelen (a. … z., aa. …) under one lid",
         lambda n: _md("".join("\na. Onderdeel.\n" for _ in range(max(1, n // 15)))), _md_import, _lines),
    Case("regelrecht-streepjes", "regelrecht v0.7: ever more unlabelled items ('- x') in one artikel",
         _regelrecht_make, _regelrecht_run, _lines),
    Case("adres", "an address with ever more segments (artikel:1/lid:1/lid:1/…), walked to the root",
         lambda n: "artikel:1" + "/lid:1" * max(1, n // 6), _address_run, _lines),
    Case("citaat", "a citation 'artikel 1.1.1…1_' (a backtracking trap) of ever more characters",
         lambda n: "artikel 1" + ".1" * max(1, n // 2) + "_", _citation_run, _lines),
    Case("tekst-wrap", "show: wrapping one word of ever more characters", lambda n: "a" * n, _wrap_run, _lines),
    Case("consult-docx", "consult → DOCX: ever more comments (one per 250 bytes of comments file)",
         _consult_make, _consult_run, _consult_floor),
]


@dataclass(frozen=True)
class _Knoop:
    nr: str
    tekst: str


def _objects(floor: Callable[[object], object]) -> Callable[[object], object]:
    """The objects floor: one small frozen object per line (the lines ``floor`` gives), indexed by position."""
    def run(data: object) -> object:
        lines = floor(data)
        assert isinstance(lines, list)
        rows = [_Knoop(str(i), line) for i, line in enumerate(lines)]
        return {k.nr: k for k in rows}
    return run


def timed(fn: Callable[[object], object], arg: object, *, gc_paused: bool = False) -> tuple[float, str]:
    gc.collect()  # start each run with the same heap, not with the garbage of the previous one
    if gc_paused:
        gc.disable()
    t = time.process_time()
    try:
        fn(arg)
        note = ""
    except WetgevingError as exc:
        note = "geweigerd: " + exc.message[:60]
    finally:
        took = time.process_time() - t
        gc.enable()
    return took, note


def best(fn: Callable[[object], object], arg: object, repeat: int, *, gc_paused: bool = False) -> tuple[float, str]:
    runs = [timed(fn, arg, gc_paused=gc_paused) for _ in range(repeat)]
    return min(r[0] for r in runs), runs[0][1]


def exponent(points: list[tuple[int, float]]) -> float:
    """Least-squares slope of log(time) over log(size)."""
    xs = [math.log(n) for n, _ in points]
    ys = [math.log(max(t, 1e-6)) for _, t in points]
    mx, my = statistics.mean(xs), statistics.mean(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs)


def _slope(points: list[tuple[int, float]]) -> float:
    return exponent(points[1:] if len(points) > 2 else points)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--max", type=int, default=1_000_000, help="largest input in bytes")
    ap.add_argument("--repeat", type=int, default=5, help="runs per size (the best counts)")
    ap.add_argument("--only", nargs="*", help="case names")
    args = ap.parse_args()
    sizes = [s for s in (10_000, 30_000, 100_000, 300_000, 1_000_000) if s <= args.max]
    worst = 0.0
    summary = []
    for case in CASES:
        if args.only and case.name not in args.only:
            continue
        print(f"\n{case.name}: {case.what}")
        print(f"{'bytes':>10} {'cpu s':>9} {'s per MB':>9} {'gc-paused':>9} {'lines s':>9} {'objects s':>9}  note")
        series: dict[str, list[tuple[int, float]]] = {"run": [], "paused": [], "lines": [], "objects": []}
        timed(case.run, case.make(sizes[0]))  # warm up: imports and first-call caches are not growth
        for n in sizes:
            data = case.make(n)
            timed(case.run, data)  # the first run at a size is not counted: it pays for the input's first touch
            t, note = best(case.run, data, args.repeat)
            paused = best(case.run, data, args.repeat, gc_paused=True)[0]
            lines = best(case.floor, data, args.repeat)[0]
            objects = best(_objects(case.floor), data, args.repeat)[0]
            for key, value in (("run", t), ("paused", paused), ("lines", lines), ("objects", objects)):
                series[key].append((n, value))
            print(f"{n:>10} {t:>9.4f} {t / n * 1e6:>9.3f} {paused:>9.4f} {lines:>9.4f} {objects:>9.4f}  {note}")
        e = {k: _slope(v) for k, v in series.items()}
        worst = max(worst, e["run"])
        summary.append((case.name, e))
        print(f"growth exponent: {e['run']:.2f} ({'ok' if e['run'] <= 1.2 else 'ABOVE 1.2'}); with the garbage "
              f"collector paused: {e['paused']:.2f}; floors on this machine: lines {e['lines']:.2f}, "
              f"objects {e['objects']:.2f}")
    print(f"\n{'case':22} {'exponent':>8} {'gc-paused':>9} {'lines':>6} {'objects':>7}")
    for name, e in summary:
        print(f"{name:22} {e['run']:>8.2f} {e['paused']:>9.2f} {e['lines']:>6.2f} {e['objects']:>7.2f}")
    print(f"\nhighest growth exponent: {worst:.2f} (target ≤ 1.2)")


if __name__ == "__main__":
    main()
