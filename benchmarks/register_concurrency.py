"""Two writers on a NEW register: 2 × N concurrent ``wetgeving register record`` CLI calls (issue 17, finding 4).

Each stream runs N whole CLI processes one after the other; the two streams run at the same time against one
register file that does not exist at the start. Prints the rows in the register, the failed calls (with their
messages) and the time per call. Acceptance: 2 × 1,000 calls → 2,000 rows, 0 failures.

    WETGEVING_SOURCES=../shared/sources python3 benchmarks/register_concurrency.py [--calls 1000] [--streams 2]

Too slow for CI on 2 cores (each call is a whole process: about 0.5–1 s); the CI test with the same race
through the library is tests/compliance/test_register_robust.py.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path


def stream(register: Path, who: str, calls: int, failures: list[str], times: list[float]) -> None:
    for i in range(calls):
        t = time.perf_counter()
        proc = subprocess.run(
            [sys.executable, "-m", "wetgeving", "register", "record", "--create", "GM0363", "vog-wethouder",
             "--status", "voldoet", "--who", who, "--note", str(i), "--op", "2023-02-01", "--register", str(register)],
            capture_output=True, text=True, check=False)
        times.append(time.perf_counter() - t)
        if proc.returncode != 0 or "vastgelegd" not in proc.stdout:
            failures.append(f"{who} #{i}: exit {proc.returncode}: {proc.stderr.strip()[:200]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--calls", type=int, default=1000, help="calls per stream")
    ap.add_argument("--streams", type=int, default=2)
    args = ap.parse_args()
    register = Path(tempfile.mkdtemp(prefix="wetgeving-bench-")) / "nieuw-register.sqlite"
    failures: list[str] = []
    times: list[float] = []
    t = time.perf_counter()
    threads = [threading.Thread(target=stream, args=(register, f"schrijver-{k}", args.calls, failures, times))
               for k in range(args.streams)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    took = time.perf_counter() - t
    from wetgeving.compliance.register import Beoordelingsregister

    with Beoordelingsregister(register, readonly=True) as reg:
        rows = reg.history()
        integrity = reg.db.execute("PRAGMA integrity_check").fetchone()[0]
    per = {f"schrijver-{k}": sorted(int(r.notitie) for r in rows if r.wie == f"schrijver-{k}")
           for k in range(args.streams)}
    complete = all(v == list(range(args.calls)) for v in per.values())
    print(f"{args.streams} × {args.calls} concurrent 'register record' calls on a new register: "
          f"{len(rows)} rows (expected {args.streams * args.calls}), {len(failures)} failed calls, every stream "
          f"complete: {complete}, integrity_check: {integrity}")
    print(f"wall {took:.0f} s; per call median {statistics.median(times):.2f} s, max {max(times):.2f} s")
    for f in failures[:10]:
        print("  " + f)
    sys.exit(0 if not failures and len(rows) == args.streams * args.calls and complete else 1)


if __name__ == "__main__":
    main()
