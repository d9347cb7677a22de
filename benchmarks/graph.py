"""Build the provision graph of each real regeling: time and peak memory, per artikel, and the projection
to the whole BWB. Run: python benchmarks/graph.py [--sources DIR] [--repeat N]."""

from __future__ import annotations

import argparse
import os
import resource
import time
import tracemalloc
from pathlib import Path

SPECS = ["gemeentewet@2023-04-01", "kieswet", "participatiewet"]
BWB_REGELINGEN = 40_000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sources", type=Path, default=Path(os.environ.get("WETGEVING_SOURCES", "../shared/sources")))
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    os.environ["WETGEVING_SOURCES"] = str(args.sources)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    from wetgeving.app.verwijzingen import graph_for
    from wetgeving.bronnen.catalogus import Catalogus
    from wetgeving.graaf.bouw import build_graph, find_refs
    from wetgeving.verwijzingen.titels import Titelregister

    cat = Catalogus(zoekmappen=(args.sources,))
    titels = Titelregister.voor(cat)

    print(f"{'regeling':26} {'art':>5} {'units':>6} {'refs':>5} {'nodes':>6} {'edges':>6} {'refs s':>7} {'graph s':>8} "
          f"{'+layers s':>9} {'peak MB':>8} {'ms/art':>7}")
    per_art: list[float] = []
    per_art_mb: list[float] = []
    for spec in SPECS:
        reg = cat.load(spec)
        n_art = len(reg.artikelen())
        best_refs = best_graph = best_all = float("inf")
        for _ in range(args.repeat):
            reg.__dict__.pop("_containers", None)
            t = time.perf_counter()
            refs = find_refs(reg, titels)
            best_refs = min(best_refs, time.perf_counter() - t)
            t = time.perf_counter()
            g = build_graph(reg, refs)
            best_graph = min(best_graph, time.perf_counter() - t)
            t = time.perf_counter()
            g = graph_for(cat, reg)
            best_all = min(best_all, time.perf_counter() - t)
        tracemalloc.start()
        graph_for(cat, reg)
        peak = tracemalloc.get_traced_memory()[1] / 1e6
        tracemalloc.stop()
        per_art.append(best_all / n_art * 1000)
        per_art_mb.append(peak / n_art)
        print(f"{spec:26} {n_art:5} {len(reg.index):6} {len(refs):5} {g.number_of_nodes():6} {g.number_of_edges():6} "
              f"{best_refs:7.3f} {best_graph:8.3f} {best_all:9.3f} {peak:8.1f} {per_art[-1]:7.2f}")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    ms = max(per_art)
    mb = max(per_art_mb)
    print(f"\nprocess max RSS {rss:.0f} MB (interpreter, sources and graphs included)")
    print("Targets: whole-Gemeentewet graph under 1 s and 300 MB.")
    for avg in (10, 25, 60):
        arts = BWB_REGELINGEN * avg
        print(f"projection whole BWB ({BWB_REGELINGEN} regelingen x {avg} artikelen = {arts:,}): "
              f"{arts * ms / 1000 / 60:.0f} min on one core, graph memory ~{arts * mb / 1000:.1f} GB if kept in one graph")


if __name__ == "__main__":
    main()
