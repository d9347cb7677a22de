"""Index build at scale: the real sources plus a SYNTHETIC corpus made from them at run time (renamed laws,
shuffled artikelen; ``wetgeving.index.synthetisch``) in a temp dir, never committed.

Scale k = the real sources plus (k - 1) synthetic copies of each real regeling file: 1x, 10x, 100x. Each build
runs as a whole process (a fresh index), with a process pool of 1 and of N processes and on a Dask LocalCluster
(at 100x: the pool of N only); then a second run with no change. Reported: wall seconds and files/s, and the CPU
seconds of the build process and all its workers (user + sys, the kernel's accounting): files per CPU-second is
"files/s per core", which holds on a shared machine where wall time depends on other load; the max RSS of the build
process (its VmHWM: ru_maxrss survives exec and would carry this benchmark's own) and of its largest worker; index
size on disk per file. Beside it, in this process on each real file: the cost of each step (read + hash,
import, references, store) and the tracemalloc peak per file (memory per file).

    python benchmarks/index.py [--sources DIR] [--scales 1,10,100] [--jobs 2] [--no-dask] [--json OUT]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from wetgeving.bronnen.formats import detect, load_bytes  # noqa: E402
from wetgeving.graaf.bouw import refs_by_alinea  # noqa: E402
from wetgeving.index.bestand import index_file  # noqa: E402
from wetgeving.index.bouw import _store, source_files  # noqa: E402
from wetgeving.index.schema import connect  # noqa: E402
from wetgeving.index.synthetisch import generate  # noqa: E402
from wetgeving.verwijzingen.titels import Titelregister  # noqa: E402

CHILD = """
import json, os, resource, sys, time
from pathlib import Path
sys.path.insert(0, {src!r})

def hwm_mb(pid="self"):
    # VmHWM, not ru_maxrss: after exec, ru_maxrss keeps the high-water mark of the process that forked it (here
    # the benchmark, which holds the per-file results and made the synthetic corpus), so it is at least that
    try:
        with open(f"/proc/{{pid}}/status") as fh:
            return next(int(ln.split()[1]) / 1024 for ln in fh if ln.startswith("VmHWM:"))
    except (OSError, StopIteration):
        return None

def descendants_hwm_mb():
    # Dask's nannies and workers are exec'd (spawn) and still running here: their own VmHWM from /proc
    parents = {{}}
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                with open(f"/proc/{{d}}/stat") as fh:
                    parents[int(d)] = int(fh.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                pass
    mine, todo = set(), [os.getpid()]
    while todo:
        p = todo.pop()
        kids = [c for c, pp in parents.items() if pp == p and c not in mine]
        mine.update(kids)
        todo += kids
    return max((h for h in map(hwm_mb, mine) if h is not None), default=None)
from wetgeving.index.bouw import build
from wetgeving.verwijzingen.titels import Titelregister
paths, db, mode, jobs = [Path(p) for p in {paths!r}], Path({db!r}), {mode!r}, {jobs!r}
register = Titelregister.load(Path({seed!r}))
t = time.perf_counter()
if mode == "dask":
    from distributed import LocalCluster
    with LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        start = time.perf_counter()
        v = build(paths, db, register, scheduler=cluster.scheduler_address)
        took = time.perf_counter() - start
        dask_rss = descendants_hwm_mb()
else:
    v = build(paths, db, register, jobs=jobs)
    took = time.perf_counter() - t
me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
# pool workers are forked without exec: their ru_maxrss is their own (RUSAGE_CHILDREN: the largest)
self_rss = hwm_mb() or me.ru_maxrss / 1024
child_rss = (dask_rss if mode == "dask" else None) or kids.ru_maxrss / 1024
cpu = me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime
print(json.dumps({{"seconds": took, "process": time.perf_counter() - t, "files": v.bestanden, "read": v.gelezen,
                  "failed": len(v.fouten), "bytes": v.bytes, "rss_main_mb": self_rss, "cpu": cpu,
                  "rss_worker_mb": child_rss}}))
"""

def run_build(paths: list[Path], db: Path, mode: str, jobs: int) -> dict[str, Any]:
    code = CHILD.format(src=str(REPO / "src"), paths=[str(p) for p in paths], db=str(db), mode=mode, jobs=jobs,
                        seed=str(REPO / "corpus" / "wettitels.toml"))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=3600)
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def time_queries(db: Path) -> dict[str, float]:
    """Median of 3: cited_by('artikel 86 Gemeentewet', 2026-10-01) and dangling_all(2026-10-01) on the index."""
    from datetime import date

    from wetgeving.index.vragen import cited_by, dangling_all

    register = Titelregister.load(REPO / "corpus" / "wettitels.toml")
    out: dict[str, float] = {}
    for name, fn in (("cited_by_s", lambda: cited_by(db, "artikel 86 Gemeentewet", date(2026, 10, 1), register)),
                     ("dangling_s", lambda: dangling_all(db, date(2026, 10, 1)))):
        times = []
        for _ in range(3):
            t = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t)
        out[name] = statistics.median(times)
    return out


def regeling_files(sources: Path) -> list[Path]:
    """The real files that index as a regeling (the wetstechnische-informatie file does not)."""
    return [p for p in source_files(sources) if not p.name.endswith("-wti.xml")]


def per_file_steps(files: list[Path], register: Titelregister, tmp: Path) -> list[dict[str, Any]]:
    """Median of 3 in this process: read + hash, import, references, store; tracemalloc peak of index_file."""
    con = connect(tmp / "steps.sqlite")
    rows = []
    for f in files:
        times: dict[str, list[float]] = {"read": [], "import": [], "extract": [], "store": []}
        for _ in range(3):
            t = time.perf_counter()
            data = f.read_bytes()
            hashlib.sha256(data).hexdigest()
            times["read"].append(time.perf_counter() - t)
            t = time.perf_counter()
            reg = load_bytes(data, f, detect(f, data))
            times["import"].append(time.perf_counter() - t)
            t = time.perf_counter()
            n_refs = sum(len(found) for _, _, found in refs_by_alinea(reg, register))
            times["extract"].append(time.perf_counter() - t)
            res = index_file(str(f), register)
            t = time.perf_counter()
            st = f.stat()
            _store(con, res, st.st_size, st.st_mtime_ns, False)
            con.commit()
            times["store"].append(time.perf_counter() - t)
        tracemalloc.start()
        index_file(str(f), register)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        rows.append({"file": f.name, "mb": f.stat().st_size / 1e6, "artikelen": len(reg.artikelen()), "refs": n_refs,
                     **{k: statistics.median(v) for k, v in times.items()}, "peak_mb": peak / 1e6})
    con.close()
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sources", type=Path, default=REPO.parent / "shared" / "sources")
    ap.add_argument("--scales", default="1,10,100")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--no-dask", action="store_true")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    register = Titelregister.load(REPO / "corpus" / "wettitels.toml")
    real = regeling_files(args.sources)
    report: dict[str, Any] = {"cores": os.cpu_count(), "jobs": args.jobs, "python": sys.version.split()[0]}
    with tempfile.TemporaryDirectory(prefix="wetgeving-scale-") as tmpname:
        tmp = Path(tmpname)
        steps = per_file_steps(real, register, tmp)
        tiny = generate(real[:3] if real[0].suffix == ".xml" else [p for p in real if p.suffix == ".xml"], tmp / "tiny",
                        200, artikelen=1)
        t = time.perf_counter()
        for p in tiny:
            index_file(str(p), register)
        fixed = (time.perf_counter() - t) / len(tiny)
        report["steps"], report["fixed_per_file_s"] = steps, fixed
        print_steps(steps, fixed)
        made = 0
        runs = []
        for k in [int(x) for x in args.scales.split(",")]:
            synth = tmp / "synthetisch"
            want = (k - 1) * len(real)
            if want > made:
                generate(real, synth, want - made, start=made, seed=made + 1)
                made = want
            paths = [args.sources] + ([synth] if k > 1 else [])
            modes = [("pool", 1), ("pool", args.jobs)] + ([] if args.no_dask else [("dask", args.jobs)])
            if k >= 100:
                modes = [("pool", args.jobs)]  # 100x: the pool only (the per-file work is the same function)
            for mode, jobs in modes:
                db = tmp / f"index-{k}-{mode}-{jobs}.sqlite"
                r = run_build(paths, db, mode, jobs)
                again = run_build(paths, db, "pool", jobs) if mode == "pool" and jobs > 1 else None
                size = db.stat().st_size + sum(p.stat().st_size for p in tmp.glob(db.name + "-*"))
                con = sqlite3.connect(db)
                refs = con.execute("SELECT COUNT(*) FROM verwijzing").fetchone()[0]
                con.close()
                queries = time_queries(db) if mode == "pool" and jobs > 1 else {}
                row = {"scale": k, "mode": mode, "jobs": jobs, **r, "db_mb": size / 1e6, "refs": refs, **queries,
                       "load": os.getloadavg()[0],
                       "rerun_s": again["seconds"] if again else None, "rerun_read": again["read"] if again else None}
                runs.append(row)
                print_run(row)
                db.unlink()
        report["runs"] = runs
    if args.json:
        args.json.write_text(json.dumps(report, indent=1), encoding="utf-8")


def print_steps(steps: list[dict[str, Any]], fixed: float) -> None:
    print("per file, in this process (median of 3): seconds per step; peak = tracemalloc peak of index_file")
    print(f"{'file':46} {'MB':>5} {'art':>4} {'refs':>5} {'read':>6} {'import':>7} {'extract':>7} {'store':>6} "
          f"{'s/MB':>5} {'peak MB':>7}")
    for s in steps:
        total = s["read"] + s["import"] + s["extract"] + s["store"]
        print(f"{s['file'][:46]:46} {s['mb']:5.2f} {s['artikelen']:4} {s['refs']:5} {s['read']:6.3f} {s['import']:7.3f} "
              f"{s['extract']:7.3f} {s['store']:6.3f} {total / s['mb']:5.2f} {s['peak_mb']:7.1f}")
    mb = sum(s["mb"] for s in steps)
    total = sum(s["read"] + s["import"] + s["extract"] + s["store"] for s in steps)
    peak = max(s["peak_mb"] / s["mb"] for s in steps if s["mb"] > 0.1)
    print(f"all real files: {mb:.2f} MB in {total:.2f} s on one core = {total / mb:.2f} s/MB; "
          f"peak memory up to {peak:.0f} MB per MB of source (files > 0.1 MB)")
    print(f"fixed cost per file (a one-artikel synthetic file, index_file only): {fixed * 1000:.1f} ms")


def print_run(r: dict[str, Any]) -> None:
    fps = r["read"] / r["seconds"] if r["seconds"] else 0.0
    rerun = f"; rerun {r['rerun_s']:.2f} s reading {r['rerun_read']} files" if r["rerun_s"] is not None else ""
    if "cited_by_s" in r:
        rerun += f"; cited-by {r['cited_by_s'] * 1000:.0f} ms, dangling --all {r['dangling_s']:.2f} s"
    print(f"{r['scale']:>4}x {r['mode']:5} x{r['jobs']}: {r['files']:5} files ({r['failed']} not indexable), "
          f"{r['bytes'] / 1e6:6.1f} MB; wall {r['seconds']:6.1f} s = {fps:5.1f} files/s; CPU {r['cpu']:6.1f} s = "
          f"{r['read'] / r['cpu']:5.2f} files and {r['bytes'] / 1e6 / r['cpu']:4.2f} MB per CPU-second; max RSS main "
          f"{r['rss_main_mb']:.0f} MB, worker {r['rss_worker_mb']:.0f} MB; index {r['db_mb']:.1f} MB "
          f"({r['db_mb'] / max(r['read'], 1) * 1000:.0f} kB/file, {r['refs']} refs){rerun}; load {r['load']:.1f}",
          flush=True)


if __name__ == "__main__":
    main()
