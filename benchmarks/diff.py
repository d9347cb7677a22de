"""Diff benchmark: wetgeving's structural + word-level diff beside difflib, HtmlDiff, redlines and xmldiff (a report,
always exits 0).

Case a: Gemeentewet regelrecht YAML 2022-11-05 → 2023-04-01. Case b: the Participatiewet BWB XML against a copy
modified in memory with a fixed seed (word edits inside ``<al>`` texts of distinct artikelen, one ``<artikel>``
removed), written to a temp dir. Text tools get the same flattened text: one line per alinea
(``wetgeving.model.alineas``). xmldiff gets the XML (case b: the BWB XML; case a: ``native.dumps`` of both models),
once, with a time limit. Every measurement runs in a fresh child pinned to one core: inputs are loaded first, then
the peak RSS is reset (``/proc/self/clear_refs``), the tool runs N times (fewer when slow) and the child reports its
best time and ``VmHWM``. wetgeving's word-bag cache (``align._bag``) is cleared before every timed run.

    python benchmarks/diff.py [--sources DIR] [--repeat N] [--json OUT] [--skip-xmldiff] [--timeout S]
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from lxml import etree  # noqa: E402

from wetgeving.bronnen import bwb, native, regelrecht, secure  # noqa: E402
from wetgeving.bronnen.tekst import clean  # noqa: E402
from wetgeving.diff import Diff, align, diff  # noqa: E402
from wetgeving.model import Regeling, alineas  # noqa: E402

CASE_A = ("gemeentewet/regelrecht/2022-11-05.yaml", "gemeentewet/regelrecht/2023-04-01.yaml")
CASE_B = "bwb-xml/BWBR0015703_2024-01-01_participatiewet.xml"
SEED, EDITS = 20240101, 36
SLOW = 5.0  # a run slower than this (s) is not repeated
TOOLS = {"wetgeving": "wetgeving diff (imported models)", "import+diff": "wetgeving import + diff",
         "unified": "difflib.unified_diff", "htmldiff": "difflib.HtmlDiff.make_file",
         "redlines": "redlines output_markdown", "xmldiff": "xmldiff diff_texts"}
MB = 1024 * 1024


def load(path: str) -> Regeling:
    data = Path(path).read_bytes()
    reg = (regelrecht if path.endswith(".yaml") else bwb).loads(data, path)
    _ = reg.index
    return reg


def flatten(reg: Regeling) -> str:
    return "\n".join(al.tekst for unit in reg.inhoud for al in alineas(unit))


def proc_status(key: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1]) * 1024
    return 0


def setup(tool: str, m: dict[str, str]) -> Callable[[], object]:
    """Load a tool's inputs (not measured) and return the measured call."""
    if tool == "wetgeving":
        old, new = load(m["old"]), load(m["new"])
        return lambda: diff(old, new)
    if tool == "import+diff":
        return lambda: diff(load(m["old"]), load(m["new"]))
    if tool in ("xmldiff", "base"):
        from xmldiff import main as xd

        xa, xb = Path(m["old_xml"]).read_bytes(), Path(m["new_xml"]).read_bytes()
        return lambda: xd.diff_texts(xa, xb)
    ta, tb = Path(m["old_txt"]).read_text(encoding="utf-8"), Path(m["new_txt"]).read_text(encoding="utf-8")
    la, lb = ta.splitlines(), tb.splitlines()
    if tool == "unified":
        import difflib

        return lambda: list(difflib.unified_diff(la, lb, "old", "new", lineterm=""))
    if tool == "htmldiff":
        import difflib

        return lambda: difflib.HtmlDiff().make_file(la, lb)
    from redlines import Redlines

    return lambda: Redlines(ta, tb).output_markdown


def child(tool: str, case: str, repeat: int) -> None:
    """In a fresh interpreter: load inputs, reset the peak RSS, run the tool up to ``repeat`` times."""
    fn = setup(tool, json.loads(Path(case).read_text(encoding="utf-8")))
    gc.collect()
    hwm0 = proc_status("VmHWM")
    try:
        Path("/proc/self/clear_refs").write_text("5")  # VmHWM := VmRSS
        reset = True
    except OSError:
        reset = False
    rss0 = proc_status("VmRSS")
    times: list[float] = []
    for _ in range(repeat if tool != "base" else 0):
        align._bag.cache_clear()
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
        if times[-1] > SLOW:
            break
    print(json.dumps({"times": times, "hwm": proc_status("VmHWM"), "rss0": rss0, "hwm0": hwm0, "reset": reset}))


def run_child(tool: str, case: Path, repeat: int, timeout: float) -> dict[str, Any]:
    try:
        proc = subprocess.run([sys.executable, __file__, "--child", tool, str(case), str(repeat)],
                              capture_output=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:  # subprocess.run kills the child (by its pid) on timeout
        return {"error": f"timeout after {timeout:g} s (killed)"}
    if proc.returncode:
        return {"error": f"exit {proc.returncode}: " + proc.stderr.decode(errors="replace").strip()[-200:]}
    r = json.loads(proc.stdout)
    base = r["rss0"] if r["reset"] else r["hwm0"]
    return {"best_s": min(r["times"]) if r["times"] else None, "runs": len(r["times"]),
            "peak_mb": r["hwm"] / MB, "delta_mb": max(0, r["hwm"] - base) / MB, "loaded_mb": r["rss0"] / MB}


def mutate(data: bytes) -> tuple[bytes, bytes, list[tuple[str, str, str]], str]:
    """(old XML, modified XML, [(artikel nr, op, word)], removed artikel nr), deterministic for SEED."""
    old = etree.fromstring(data, secure._parser())
    root = etree.fromstring(data, secure._parser())
    rng = random.Random(SEED)
    arts = [a for a in root.iter("artikel") if a.get("status") != "vervallen"]
    nrs = [clean(a.findtext("kop/nr") or "").strip() for a in arts]
    word = re.compile(r"\b[^\W\d_]{3,}\b")
    cands = [(nr, a, [al for al in a.iter("al") if al.text and len(word.findall(al.text)) >= 4])
             for nr, a in zip(nrs, arts, strict=True) if nr and nrs.count(nr) == 1]
    picks = rng.sample([c for c in cands if c[2]], EDITS + 1)
    gone_nr, gone, _ = picks[0]
    parent = gone.getparent()
    assert parent is not None
    parent.remove(gone)
    edits: list[tuple[str, str, str]] = []
    for i, (nr, _a, als) in enumerate(picks[1:]):
        al = rng.choice(als)
        text = al.text or ""
        m = rng.choice(list(word.finditer(text)))
        op = ("replace", "insert", "delete")[i % 3]
        if op == "replace":
            repl = rng.choice([w for w in ("bevoegd", "uiterlijk", "eveneens", "schriftelijk") if w != m[0]])
            al.text = text[:m.start()] + repl + text[m.end():]
        elif op == "insert":
            al.text = text[:m.start()] + "tevens " + text[m.start():]
        else:
            al.text = (text[:m.start()] + text[m.end():]).replace("  ", " ", 1)
        edits.append((nr, op, m[0]))
    dump: Callable[[etree._Element], bytes] = lambda el: etree.tostring(el, encoding="UTF-8", xml_declaration=True)
    return dump(old), dump(root), edits, gone_nr


def prepare(tmp: Path, name: str, old_path: Path, new_path: Path, xml: tuple[bytes, bytes] | None) -> Path:
    """Write a case's inputs (flattened text, XML) to ``tmp`` and return its manifest."""
    m = {"old": str(old_path), "new": str(new_path)}
    old, new = load(m["old"]), load(m["new"])
    for side, reg in (("old", old), ("new", new)):
        (tmp / f"{name}-{side}.txt").write_text(flatten(reg), encoding="utf-8")
        m[f"{side}_txt"] = str(tmp / f"{name}-{side}.txt")
    xa, xb = xml or (native.dumps(old), native.dumps(new))
    for side, data in (("old", xa), ("new", xb)):
        (tmp / f"{name}-{side}.xml").write_bytes(data)
        m[f"{side}_xml"] = str(tmp / f"{name}-{side}.xml")
    (tmp / f"{name}.json").write_text(json.dumps(m), encoding="utf-8")
    return tmp / f"{name}.json"


def check_b(d: Diff, edits: list[tuple[str, str, str]], gone_nr: str) -> tuple[list[str], bool]:
    groups = {g.oud_nr or g.nieuw_nr: g for g in d.artikelen}
    located = sum(1 for nr, _op, _w in edits if nr in groups and groups[nr].soort == "changed")
    units = sum(1 for g in d.artikelen for w in g.wijzigingen if w.soort == "changed" and w.text_changed)
    extra = sorted(set(groups) - {nr for nr, _o, _w in edits} - {gone_nr})
    removed = gone_nr in groups and groups[gone_nr].soort == "removed"
    ops = {op: sum(1 for _n, o, _w in edits if o == op) for op in ("replace", "insert", "delete")}
    lines = [f"edits made: {len(edits)} in distinct artikelen ({', '.join(f'{n} {o}' for o, n in ops.items())}), "
             f"artikel {gone_nr} removed; wetgeving: {d.summary_line()}",
             f"edits located (artikel in the diff as changed): {located}/{len(edits)}; changed units with a text "
             f"change: {units} (expected {len(edits)}: one per edit); unexpected artikelen: {extra or 'none'}",
             f"removed artikel {gone_nr}: {'found as removed' if removed else 'NOT FOUND'}"]
    return lines, located == len(edits) and removed and units == len(edits) and not extra


def table(rows: list[dict[str, Any]]) -> str:
    head = f"{'tool':<34} {'best s':>9} {'runs':>4} {'x floor':>8} {'peak MB':>8} {'Δ MB':>7}  note"
    lines = [head, "-" * len(head)]
    floor = next((r.get("best_s") for r in rows if r["tool"] == "unified"), None)
    for r in rows:
        if "error" in r or r.get("best_s") is None:
            lines.append(f"{TOOLS[r['tool']]:<34} {'-':>9} {'-':>4} {'-':>8} {'-':>8} {'-':>7}  {r.get('error', '')}")
            continue
        r["x_floor"] = r["best_s"] / floor if floor else None
        ratio = f"{r['x_floor']:.1f}" if floor else "-"
        lines.append(f"{TOOLS[r['tool']]:<34} {r['best_s']:>9.4f} {r['runs']:>4} {ratio:>8} {r['peak_mb']:>8.1f} "
                     f"{r['delta_mb']:>7.1f}  inputs loaded: {r['loaded_mb']:.1f} MB")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    default = os.environ.get("WETGEVING_SOURCES") or str(REPO.parent / "shared" / "sources")
    ap.add_argument("--sources", type=Path, default=Path(default), help=f"sources folder (default {default})")
    ap.add_argument("--repeat", type=int, default=3, help="timing runs per measurement; the best counts")
    ap.add_argument("--json", type=Path, help="also write the results as JSON here")
    ap.add_argument("--skip-xmldiff", action="store_true", help="do not run xmldiff (~100 s on case b)")
    ap.add_argument("--timeout", type=float, default=300.0, help="time limit per child process (s)")
    ap.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child[0], args.child[1], int(args.child[2]))
        return
    notes: list[str] = []
    if hasattr(os, "sched_setaffinity"):
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})  # inherited by the child processes
        notes.append(f"pinned to cpu {cpu}")
    else:
        notes.append("not pinned: os.sched_setaffinity unavailable")
    src = args.sources
    out: dict[str, Any] = {"notes": notes, "repeat": args.repeat, "cases": {}}
    with tempfile.TemporaryDirectory(prefix="wetgeving-diffbench-") as t:
        tmp = Path(t)
        data = (src / CASE_B).read_bytes()
        xa, xb, edits, gone_nr = mutate(data)
        (tmp / "b-old-src.xml").write_bytes(xa)
        (tmp / "b-new-src.xml").write_bytes(xb)
        cases = {"a": ("Gemeentewet regelrecht YAML 2022-11-05 → 2023-04-01",
                       prepare(tmp, "a", src / CASE_A[0], src / CASE_A[1], None)),
                 "b": (f"Participatiewet BWB XML ({len(data) / MB:.2f} MB) vs a copy with {EDITS} word edits and one "
                       f"artikel removed (seed {SEED})", prepare(tmp, "b", tmp / "b-old-src.xml", tmp / "b-new-src.xml",
                                                                 (xa, xb)))}
        base = run_child("base", cases["a"][1], 1, args.timeout)
        notes.append(f"baseline child (interpreter + wetgeving, lxml, xmldiff imported, XML read) "
                     f"{base.get('peak_mb', 0):.1f} MB")
        print(f"wetgeving diff benchmark: sources {src}, best of {args.repeat}, Python {sys.version.split()[0]}")
        print("".join(f"  note: {n}\n" for n in notes))
        print("  best s  = best wall time of the runs (a run slower than 5 s is not repeated; xmldiff runs once)\n"
              "  x floor = time / difflib.unified_diff time on the same flattened text (one line per alinea)\n"
              "  peak MB = VmHWM of the fresh child (interpreter, imports and loaded inputs included)\n"
              "  Δ MB    = peak above the child's RSS once its inputs were loaded (peak reset via clear_refs)\n")
        passed, ours, floor = False, None, None
        for key, (title, case) in cases.items():
            m = json.loads(case.read_text(encoding="utf-8"))
            old, new = load(m["old"]), load(m["new"])
            lines = Path(m["old_txt"]).read_text(encoding="utf-8").count("\n") + 1
            print(f"Case {key}: {title}\n  {len(old.artikelen())} → {len(new.artikelen())} artikelen, {lines} alinea "
                  f"lines, XML for xmldiff {Path(m['old_xml']).stat().st_size} / {Path(m['new_xml']).stat().st_size} "
                  "bytes")
            rows: list[dict[str, Any]] = []
            for tool in TOOLS:
                if tool == "xmldiff" and args.skip_xmldiff:
                    rows.append({"tool": tool, "error": "skipped (--skip-xmldiff)"})
                    continue
                reps = 1 if tool == "xmldiff" else max(1, args.repeat)
                rows.append({"tool": tool} | run_child(tool, case, reps, args.timeout))
                print(f"  measured {key} {tool}", file=sys.stderr, flush=True)
            print(table(rows))
            d = diff(old, new)
            res: dict[str, Any] = {"title": title, "rows": rows, "summary": d.summary_line()}
            if key == "b":
                check, ok = check_b(d, edits, gone_nr)
                print("\n".join(f"  check: {c}" for c in check) + f"\n  check: {'OK' if ok else 'MISMATCH'}")
                res |= {"edits": edits, "removed": gone_nr, "check_ok": ok}
                floor = next(r.get("best_s") for r in rows if r["tool"] == "unified")
                ours = next(r.get("best_s") for r in rows if r["tool"] == "wetgeving")
                passed = bool(floor and ours and ours <= 2 * floor)
                res["target_pass"] = passed
            else:
                print(f"  wetgeving: {d.summary_line()}")
            out["cases"][key] = res
            print()
    ratio = f"{ours / floor:.2f}× ({ours * 1000:.1f} ms vs {floor * 1000:.1f} ms)" if floor and ours else "no measurement"
    print(f"Target: wetgeving's structural and word-level diff within 2× of the difflib floor (case b): "
          f"{'PASS' if passed else 'FAIL'} — {ratio}")
    if args.json:
        args.json.write_text(json.dumps(out, indent=2, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
