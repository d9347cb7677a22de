"""Checklists for 342 gemeenten (a generated register, marked synthetic) in HTML and CSV, and DOCX per
gemeente: time per format, against the targets (HTML + CSV for all under 5 s; DOCX under 100 ms each).
Run: python benchmarks/checklists.py [--sources DIR] [--n 342] [--date 2023-04-15]."""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from datetime import date
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sources", type=Path, default=Path(os.environ.get("WETGEVING_SOURCES", "../shared/sources")))
    ap.add_argument("--n", type=int, default=342)
    ap.add_argument("--date", default="2023-04-15")
    ap.add_argument("--docx-sample", type=int, default=30)
    args = ap.parse_args()
    os.environ["WETGEVING_SOURCES"] = str(args.sources)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    from wetgeving.bronnen.catalogus import Catalogus
    from wetgeving.compliance import checklist as cl
    from wetgeving.compliance.gemeenten import synthetic
    from wetgeving.compliance.register import Beoordelingsregister
    from wetgeving.compliance.verplichtingen import verplichtingen
    from wetgeving.render.checklist import render
    from wetgeving.render.checklist_map import write_all

    cat = Catalogus(zoekmappen=(args.sources,))
    when = date.fromisoformat(args.date)
    gemeenten = synthetic(args.n)
    items = verplichtingen()
    with tempfile.TemporaryDirectory() as tmp:
        reg = Beoordelingsregister(Path(tmp) / "register.sqlite")
        for g in gemeenten[::3]:  # a third of them have an assessment on record
            reg.record(g.code, "vog-wethouder", "voldoet", wie="benchmark", op="2023-02-01",
                       wanneer="2023-02-01T09:00:00+00:00")
        t = time.perf_counter()
        cl.make(cat, gemeenten[0], when, items)  # warm: loads the law versions once
        warm = time.perf_counter() - t
        totals = {}
        for fmt in ("html", "csv"):
            t = time.perf_counter()
            n = write_all(lambda g: cl.make(cat, g, when, items, reg.as_of(g.code, when)), gemeenten, when, Path(tmp) / fmt,
                          fmt, force=True, progress=False)
            totals[fmt] = time.perf_counter() - t
            print(f"{fmt:5} {n} checklists in {totals[fmt]:.2f} s ({totals[fmt] / n * 1000:.1f} ms each)")
        times = []
        for g in gemeenten[: args.docx_sample]:
            t = time.perf_counter()
            render(cl.make(cat, g, when, items, reg.as_of(g.code, when)), "docx")
            times.append(time.perf_counter() - t)
        times.sort()
        reg.close()
    print(f"docx  {len(times)} checklists: median {times[len(times) // 2] * 1000:.1f} ms, max {times[-1] * 1000:.1f} ms")
    print(f"first checklist (loading the law versions): {warm:.2f} s")
    both = totals["html"] + totals["csv"]
    print(f"Target HTML + CSV for {args.n} gemeenten under 5 s: {'PASS' if both < 5 else 'FAIL'} ({both:.2f} s)")
    print(f"Target DOCX under 100 ms per gemeente: {'PASS' if times[-1] < 0.1 else 'FAIL'} (max {times[-1] * 1000:.1f} ms)")


if __name__ == "__main__":
    main()
