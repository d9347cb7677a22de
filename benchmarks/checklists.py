"""Checklists for 342 gemeenten (a generated register, marked synthetic) in HTML and CSV, and DOCX per
gemeente: time per format, against the targets (HTML + CSV for all under 5 s; DOCX under 100 ms each).

Each batch is timed ``--runs`` times (median, and the spread); DOCX per gemeente over ``--docx-sample``
gemeenten after one warm-up DOCX. Side by side: the floor of each (writing
the same files with nothing to compute; opening and saving an empty python-docx document), and the whole
process as a user runs it (``wetgeving checklist --all``). The load average is printed before and after:
other work on the machine makes every number larger.
Run: python benchmarks/checklists.py [--sources DIR] [--n 342] [--date 2023-04-15] [--runs 3]."""

from __future__ import annotations

import argparse
import io
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wetgeving.compliance.gemeenten import Gemeente


def _times(f: Callable[[], object], runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        f()
        out.append(time.perf_counter() - t)
    return sorted(out)


def _spread(ts: list[float]) -> str:
    return f"median {statistics.median(ts):.2f} s of {len(ts)} runs (min {ts[0]:.2f}, max {ts[-1]:.2f})"


def _load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} cores"


def _gemeenten_csv(path: Path, gemeenten: list[Gemeente]) -> None:
    rows = ["Gemeentecode,GemeentecodeGM,Gemeentenaam,ProvinciecodePV,Provincienaam,Inwoners,Synthetisch"]
    rows += [f"{g.code[2:]},{g.code},{g.naam},{g.provinciecode},{g.provincie},{g.inwoners},ja" for g in gemeenten]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sources", type=Path, default=Path(os.environ.get("WETGEVING_SOURCES", "../shared/sources")))
    ap.add_argument("--n", type=int, default=342)
    ap.add_argument("--date", default="2023-04-15")
    ap.add_argument("--docx-sample", type=int, default=30)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    os.environ["WETGEVING_SOURCES"] = str(args.sources)
    print(f"before: {_load()}")
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    from wetgeving.bronnen.catalogus import Catalogus
    from wetgeving.compliance import checklist as cl
    from wetgeving.compliance.gemeenten import synthetic
    from wetgeving.compliance.register import Beoordelingsregister
    from wetgeving.compliance.verplichtingen import verplichtingen
    from wetgeving.render.checklist import render
    from wetgeving.render.checklist_map import write_all
    from wetgeving.render.docx_util import new_document

    cat = Catalogus(zoekmappen=(args.sources,))
    when = date.fromisoformat(args.date)
    gemeenten = synthetic(args.n)
    items = verplichtingen()
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        reg = Beoordelingsregister(tmp / "register.sqlite")
        for g in gemeenten[::3]:  # a third of them have an assessment on record
            reg.record(g.code, "vog-wethouder", "voldoet", wie="benchmark", op="2023-02-01",
                       wanneer="2023-02-01T09:00:00+00:00")

        def make(g: Gemeente) -> cl.Checklist:
            return cl.make(cat, g, when, items, reg.as_of(g.code, when))

        t = time.perf_counter()
        make(gemeenten[0])  # warm: loads the law versions once
        warm = time.perf_counter() - t
        totals = {}
        for fmt in ("html", "csv"):
            ts = _times(lambda fmt=fmt: write_all(make, gemeenten, when, tmp / fmt, fmt, force=True,  # type: ignore[misc]
                                                  progress=False), args.runs)
            totals[fmt] = statistics.median(ts)
            print(f"{fmt:5} {args.n} checklists: {_spread(ts)}, {totals[fmt] / args.n * 1000:.1f} ms each")
            texts = [(tmp / fmt / f"{g.code}-{when}.{fmt}").read_bytes() for g in gemeenten]
            floor = _times(lambda texts=texts: _write_only(tmp / "vloer", texts), args.runs)  # type: ignore[misc]
            print(f"      floor: writing the same {args.n} files (atomically, as write_all does), nothing to compute: "
                  f"{_spread(floor)}")
        t = time.perf_counter()
        render(make(gemeenten[0]), "docx")
        first_docx = time.perf_counter() - t
        docx: list[float] = []
        for g in gemeenten[: args.docx_sample]:
            docx += _times(lambda g=g: render(make(g), "docx"), 1)  # type: ignore[misc]
        docx.sort()
        empty = _times(lambda: new_document("leeg").save(io.BytesIO()), args.docx_sample)
        reg.close()
        whole = _whole_process(tmp, gemeenten, when, args.runs)
    print(f"docx  {len(docx)} checklists: median {statistics.median(docx) * 1000:.1f} ms, max {docx[-1] * 1000:.1f} ms "
          f"(after a first one, not counted: {first_docx * 1000:.0f} ms)")
    print(f"      floor: an empty python-docx document opened and saved: median {statistics.median(empty) * 1000:.1f} ms")
    print(f"first checklist (loading the law versions): {warm:.2f} s")
    print(f"whole process, wetgeving checklist --all --format html ({args.n} gemeenten, start-up included): "
          f"{_spread(whole)}")
    print(f"after: {_load()}")
    both = totals["html"] + totals["csv"]
    print(f"Target HTML + CSV for {args.n} gemeenten under 5 s: {'PASS' if both < 5 else 'FAIL'} ({both:.2f} s, medians)")
    print(f"Target DOCX under 100 ms per gemeente: {'PASS' if docx[-1] < 0.1 else 'FAIL'} "
          f"(median {statistics.median(docx) * 1000:.1f} ms, max {docx[-1] * 1000:.1f} ms)")


def _write_only(folder: Path, texts: list[bytes]) -> None:
    from wetgeving.util import atomic_write

    for i, data in enumerate(texts):
        atomic_write(folder / f"{i}.bestand", data)


def _whole_process(tmp: Path, gemeenten: list[Gemeente], when: date, runs: int) -> list[float]:
    lijst = tmp / "gemeenten.csv"
    _gemeenten_csv(lijst, gemeenten)
    cmd = [sys.executable, "-m", "wetgeving", "checklist", "--all", "--date", when.isoformat(), "--format", "html",
           "--gemeenten", str(lijst), "--register", str(tmp / "register.sqlite"), "--output", str(tmp / "proces"),
           "--force"]
    return _times(lambda: subprocess.run(cmd, check=True, capture_output=True), runs)


if __name__ == "__main__":
    main()
