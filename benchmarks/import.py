"""Import benchmark for every real regeling source in ``corpus/bronnen.toml`` (a report, always exits 0).

Per file: size, artikelen/leden/onderdelen, import time (best of N, model + ``.index``), the parse floor
(lxml ``fromstring`` with secure.py's hardened parser for XML, ``yaml.compose`` with the C loader for
YAML), peak memory of one import in a fresh subprocess (tracemalloc peak of Python allocations, and the
process max RSS), and our XML written (``native.dumps``) and read back (``native.loads``), both
schema-validated, with the round trip checked.

Max RSS is the child's ``VmHWM`` from ``/proc/self/status``. ``ru_maxrss`` (``RUSAGE_CHILDREN``, ``os.wait4``
or ``RUSAGE_SELF`` in the child) is no good on Linux: exec keeps the high-water mark of the forking
parent's memory, so it reports at least the benchmark's own RSS. It is the fallback where /proc is missing.

    python benchmarks/import.py [--sources DIR] [--repeat N] [--json OUT]
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from wetgeving.bronnen import catalogus, native, secure  # noqa: E402
from wetgeving.model import Regeling  # noqa: E402

IMPORTERS = {"regelrecht-yaml": "wetgeving.bronnen.regelrecht", "bwb-xml": "wetgeving.bronnen.bwb",
             "laws-markdown": "wetgeving.bronnen.markdown"}
TARGET = ("kieswet", 1.0, 200.0)  # regeling, seconds, MB (issue: "under 1 s and under 200 MB on one core")
RSS_UNIT = 1 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KiB on Linux
MB = 1024 * 1024


def load(kind: str, data: bytes, path: Path) -> Regeling:
    """One full import: the model and its index."""
    regeling: Regeling = importlib.import_module(IMPORTERS[kind]).loads(data, path)
    _ = regeling.index
    return regeling


def best(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def floor_fn(kind: str, data: bytes) -> Callable[[], object] | None:
    if kind == "bwb-xml":
        from lxml import etree

        return lambda: etree.fromstring(data, secure._parser())
    if kind == "regelrecht-yaml":
        import yaml

        loader = getattr(yaml, "CSafeLoader", None)
        return (lambda: yaml.compose(data, Loader=loader)) if loader else None
    return None


def child(mode: str, kind: str, path: str) -> None:
    """Run in a fresh interpreter: one import; ``trace`` reports the tracemalloc peak."""
    data = Path(path).read_bytes()
    importlib.import_module(IMPORTERS[kind])
    peak = 0
    if mode == "trace":
        import tracemalloc

        tracemalloc.start()
        load(kind, data, Path(path))
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    elif mode == "rss":
        load(kind, data, Path(path))
    status = Path("/proc/self/status")
    hwm = [int(line.split()[1]) * 1024 for line in status.read_text().splitlines()
           if line.startswith("VmHWM:")] if status.is_file() else []
    print(json.dumps({"peak": peak, "hwm": hwm[0] if hwm else None}))


def run_child(mode: str, kind: str, path: Path) -> tuple[int, float]:
    """(tracemalloc peak bytes, max RSS MB) of a fresh subprocess doing one import (``base``: none)."""
    proc = subprocess.Popen([sys.executable, __file__, "--child", mode, kind, str(path)],
                            stdout=subprocess.PIPE)
    assert proc.stdout is not None
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise RuntimeError(f"child {mode} exited {proc.returncode}")
    res = json.loads(out)
    return int(res["peak"]), (res["hwm"] or usage.ru_maxrss * RSS_UNIT) / MB


def measure(bron: catalogus.Bron, path: Path, repeat: int) -> dict[str, Any]:
    data = path.read_bytes()
    row: dict[str, Any] = {"id": bron.id, "regeling": bron.regeling, "kind": bron.kind, "file": bron.file,
                           "bytes": len(data)}
    reg = load(bron.kind, data, path)
    soorten = [u.soort for u in reg.index.values()]
    row |= {s: soorten.count(s) for s in ("artikel", "lid", "onderdeel")}
    row["import_s"] = best(lambda: load(bron.kind, data, path), repeat)
    floor = floor_fn(bron.kind, data)
    row["floor_s"] = best(floor, repeat) if floor else None
    row["ratio"] = row["import_s"] / row["floor_s"] if row["floor_s"] else None
    row["tracemalloc_mb"] = run_child("trace", bron.kind, path)[0] / MB
    row["rss_mb"] = run_child("rss", bron.kind, path)[1]
    xml = native.dumps(reg)
    row["xml_bytes"] = len(xml)
    row["dumps_s"] = best(lambda: native.dumps(reg), repeat)
    row["loads_s"] = best(lambda: native.loads(xml, path.name), repeat)
    row["roundtrip"] = native.loads(xml, path.name) == reg
    return row


COLS: list[tuple[str, str, int, Callable[[Any], str]]] = [
    ("file", "file", 44, lambda v: v if len(v) <= 44 else "…" + v[-43:]),
    ("kind", "kind", 15, str), ("bytes", "bytes", 9, str),
    ("artikel", "art", 5, str), ("lid", "leden", 5, str), ("onderdeel", "ond", 5, str),
    ("import_s", "import ms", 9, lambda v: f"{v * 1000:.1f}"),
    ("floor_s", "floor ms", 8, lambda v: "-" if v is None else f"{v * 1000:.1f}"),
    ("ratio", "x floor", 7, lambda v: "-" if v is None else f"{v:.1f}"),
    ("tracemalloc_mb", "tm MB", 6, lambda v: f"{v:.1f}"), ("rss_mb", "RSS MB", 6, lambda v: f"{v:.1f}"),
    ("dumps_s", "dumps ms", 8, lambda v: f"{v * 1000:.1f}"), ("loads_s", "loads ms", 8, lambda v: f"{v * 1000:.1f}"),
    ("roundtrip", "rt", 3, lambda v: "ok" if v else "NO"),
]


def table(rows: list[dict[str, Any]]) -> str:
    head = " ".join(f"{t:<{w}}" if i < 2 else f"{t:>{w}}" for i, (_, t, w, _f) in enumerate(COLS))
    lines = [head, "-" * len(head)]
    for r in rows:
        if "error" in r:
            lines.append(f"{COLS[0][3](r['file']):<44} {r['kind']:<15} ERROR: {r['error']}")
            continue
        cells = [fmt(r[k]) for k, _t, _w, fmt in COLS]
        lines.append(" ".join(f"{c:<{w}}" if i < 2 else f"{c:>{w}}" for i, (c, (_, _t, w, _f)) in
                              enumerate(zip(cells, COLS, strict=True))))
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    default = os.environ.get("WETGEVING_SOURCES") or str(REPO.parent / "shared" / "sources")
    ap.add_argument("--sources", type=Path, default=Path(default), help=f"sources folder (default {default})")
    ap.add_argument("--repeat", type=int, default=5, help="timing runs per measurement; the best counts")
    ap.add_argument("--json", type=Path, help="also write the results as JSON here")
    ap.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(*args.child)
        return
    notes: list[str] = []
    if hasattr(os, "sched_setaffinity"):
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})  # inherited by the memory subprocesses
        notes.append(f"pinned to cpu {cpu}")
    else:
        notes.append("not pinned: os.sched_setaffinity unavailable")
    import yaml

    notes.append("YAML C loader: " + ("yes" if getattr(yaml, "__with_libyaml__", False) else "NO (floor skipped)"))
    base_mb = run_child("base", "bwb-xml", Path(__file__))[1]
    notes.append(f"baseline child RSS (interpreter + imports, no import) {base_mb:.1f} MB")
    rows: list[dict[str, Any]] = []
    missing: dict[str, int] = {}
    for bron in catalogus.iter_regeling_sources():
        if importlib.util.find_spec(IMPORTERS[bron.kind]) is None:
            missing[bron.kind] = missing.get(bron.kind, 0) + 1
            continue
        path = args.sources / bron.file
        if not path.is_file():
            notes.append(f"skipped {bron.id}: {path} not found")
            continue
        try:
            rows.append(measure(bron, path, max(1, args.repeat)))
        except Exception as exc:  # a report: show the failure and go on
            rows.append({"id": bron.id, "kind": bron.kind, "file": bron.file, "error": f"{type(exc).__name__}: {exc}"})
        print(f"  measured {bron.id}", file=sys.stderr, flush=True)
    notes += [f"skipped {n} {k} sources: importer module {IMPORTERS[k]} is missing" for k, n in missing.items()]
    print(f"wetgeving import benchmark: sources {args.sources}, best of {args.repeat}, Python {sys.version.split()[0]}")
    print("".join(f"  note: {n}\n" for n in notes))
    print("  import   = bytes -> model + .index (importer loads(), best of N)\n"
          "  floor    = lxml.etree.fromstring with secure.py's parser (XML) / yaml.compose with CSafeLoader (YAML)\n"
          "  tm MB    = tracemalloc peak of one import: Python allocations only, not libxml2/libyaml memory\n"
          "  RSS MB   = max RSS (VmHWM) of a fresh child doing one import, interpreter and imports included\n"
          "  dumps/loads = our XML written / read back, both schema-validated; rt = loads(dumps(r)) == r\n")
    print(table(rows))
    name, max_s, max_mb = TARGET
    hits = [r for r in rows if r.get("regeling") == name and "error" not in r]
    verdict: dict[str, Any] = {"regeling": name, "max_s": max_s, "max_mb": max_mb, "pass": False}
    if hits:
        r = hits[0]
        ok = r["import_s"] < max_s and r["rss_mb"] < max_mb and r["tracemalloc_mb"] < max_mb
        verdict |= {k: r[k] for k in ("import_s", "rss_mb", "tracemalloc_mb")} | {"pass": ok}
        print(f"\nKieswet target (< {max_s:g} s, < {max_mb:g} MB, one core): {'PASS' if ok else 'FAIL'} — import "
              f"{r['import_s'] * 1000:.0f} ms, max RSS {r['rss_mb']:.1f} MB (baseline {base_mb:.1f}), "
              f"tracemalloc peak {r['tracemalloc_mb']:.1f} MB")
    else:
        print(f"\nKieswet target (< {max_s:g} s, < {max_mb:g} MB, one core): FAIL — no successful {name} measurement")
    if args.json:
        args.json.write_text(json.dumps({"notes": notes, "repeat": args.repeat, "rows": rows, "kieswet": verdict},
                                        indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
