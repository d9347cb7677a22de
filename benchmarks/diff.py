"""Diff benchmark: wetgeving's diff beside difflib, HtmlDiff, redlines and xmldiff (a report, always exits 0).

Case a: Gemeentewet regelrecht YAML 2022-11-05 → 2023-04-01. Case b: the Participatiewet BWB XML against a copy
modified with a fixed seed (word edits in ``<al>`` texts of distinct artikelen, one ``<artikel>`` removed), in a temp
dir. Text tools share one flattened text, a line per alinea (``model.alineas``); xmldiff gets the XML (case a:
``native.dumps`` of both models), once, with a time limit. Three ``difflib.unified_diff`` floors: the flattened text
as alinea lines; the same text as word tokens, one per line (``woorden.tokenize``, whitespace dropped: the
like-for-like floor for a word-level redline, and the one the ratio column and the target use); the raw XML as lines
(case b: the BWB XML, case a: ``native.dumps``), the likeliest reading of the issue's quoted figure. Splitting
into lines or tokens is setup, not timed. Each measurement is a fresh child pinned to one core: it loads its inputs,
resets its peak RSS (``/proc/self/clear_refs``), runs the tool N times (fewer when slow; the ``align._bag`` cache
cleared each time) and reports its best time and ``VmHWM``.

    python benchmarks/diff.py [--sources DIR] [--repeat N] [--json OUT] [--skip-xmldiff] [--timeout S]
"""

from __future__ import annotations

import argparse
import difflib
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
from wetgeving.diff.woorden import tokenize  # noqa: E402
from wetgeving.model import Regeling, alineas  # noqa: E402

CASE_A = ("gemeentewet/regelrecht/2022-11-05.yaml", "gemeentewet/regelrecht/2023-04-01.yaml")
CASE_B = "bwb-xml/BWBR0015703_2024-01-01_participatiewet.xml"
SEED, EDITS = 20240101, 36
OUTSIDE = {"meta-data", "kop", "redactionele-correcties", "jcis"}  # not law text: the importer skips them
SLOW = 5.0  # a run slower than this (s) is not repeated
TOOLS = {"wetgeving": "wetgeving diff (imported models)", "import+diff": "wetgeving import + diff",
         "unified": "difflib.unified_diff (alinea lines)", "words": "difflib.unified_diff (words)",
         "xmllines": "difflib.unified_diff (raw XML lines)", "htmldiff": "difflib.HtmlDiff.make_file",
         "redlines": "redlines output_markdown", "xmldiff": "xmldiff diff_texts"}
FLOORS = {"words": "word tokens", "unified": "alinea lines", "xmllines": "raw XML lines"}  # the first is primary
FLOOR = next(iter(FLOORS))  # the ratio column and the target are relative to this one (like for like)
MB = 1024 * 1024


def load(path: str) -> Regeling:
    data = Path(path).read_bytes()
    reg: Regeling = (regelrecht if path.endswith(".yaml") else bwb).loads(data, path)
    _ = reg.index
    return reg


def flatten(reg: Regeling) -> str:
    return "\n".join(al.tekst for unit in reg.inhoud for al in alineas(unit))


def words(text: str) -> list[str]:
    """The text's word and punctuation tokens (``woorden.tokenize``), whitespace tokens dropped: one per line."""
    return [tok for tok in tokenize(text) if not tok.isspace()]


def timed(fn: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def proc_status(key: str) -> int:
    """``VmHWM``/``VmRSS`` in bytes (0 without /proc: this benchmark measures memory on Linux only)."""
    status = Path("/proc/self/status")
    lines = status.read_text().splitlines() if status.is_file() else []
    return next((int(line.split()[1]) * 1024 for line in lines if line.startswith(key + ":")), 0)


def setup(tool: str, m: dict[str, str]) -> Callable[[], object]:
    """Load a tool's inputs (not measured) and return the measured call."""
    if tool == "wetgeving":
        old, new = load(m["old"]), load(m["new"])
        return lambda: diff(old, new)
    if tool == "import+diff":
        return lambda: diff(load(m["old"]), load(m["new"]))
    if tool in ("xmldiff", "base"):
        from xmldiff import main as xd  # type: ignore[import-untyped]

        xa, xb = Path(m["old_xml"]).read_bytes(), Path(m["new_xml"]).read_bytes()
        return lambda: xd.diff_texts(xa, xb)
    if tool == "xmllines":  # the XML's own lines, decoded (not measured, as splitting below is not)
        xla, xlb = (Path(m[k]).read_bytes().decode("utf-8").splitlines() for k in ("old_xml", "new_xml"))
        return lambda: list(difflib.unified_diff(xla, xlb, "old", "new", lineterm=""))
    ta, tb = Path(m["old_txt"]).read_text(encoding="utf-8"), Path(m["new_txt"]).read_text(encoding="utf-8")
    la, lb = ta.splitlines(), tb.splitlines()
    if tool == "unified":
        return lambda: list(difflib.unified_diff(la, lb, "old", "new", lineterm=""))
    if tool == "words":  # tokenized here, not measured (see the tokenize note printed per case)
        wa, wb = words(ta), words(tb)
        return lambda: list(difflib.unified_diff(wa, wb, "old", "new", lineterm=""))
    if tool == "htmldiff":
        return lambda: difflib.HtmlDiff().make_file(la, lb)
    from redlines import Redlines

    return lambda: Redlines(ta, tb).output_markdown


def child(tool: str, case: str, repeat: int) -> None:
    """In a fresh interpreter: load inputs, reset the peak RSS, run the tool up to ``repeat`` times."""
    fn = setup(tool, json.loads(Path(case).read_text(encoding="utf-8")))
    gc.collect()
    hwm0 = proc_status("VmHWM")
    if reset := os.access("/proc/self/clear_refs", os.W_OK):  # else Δ counts from the high-water mark of loading
        Path("/proc/self/clear_refs").write_text("5")  # VmHWM := VmRSS
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
    cands = [(nr, a, [al for al in a.iter("al") if al.text and len(word.findall(al.text)) >= 4
                      and not any(p.tag in OUTSIDE for p in al.iterancestors())])
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
        else:  # the word and one space next to it
            head, tail = text[:m.start()], text[m.end():]
            al.text = head + tail[1:] if tail.startswith(" ") else head.rstrip(" ") + tail
        edits.append((nr, op, m[0]))
    xa, xb = (etree.tostring(el, encoding="UTF-8", xml_declaration=True) for el in (old, root))
    return xa, xb, edits, gone_nr


def prepare(tmp: Path, name: str, srcs: list[Path], xml: tuple[bytes, ...] = ()) -> Path:
    """Write a case's inputs to ``tmp`` (the XML: given, else ``native.dumps``; the flattened text); its manifest."""
    m = {f"{side}_{ext}": str(tmp / f"{name}-{side}.{ext}") for side in ("old", "new") for ext in ("xml", "txt")}
    for side, i in (("old", 0), ("new", 1)):
        if xml:  # case b: the XML is the source
            Path(m[f"{side}_xml"]).write_bytes(xml[i])
        m[side] = m[f"{side}_xml"] if xml else str(srcs[i])
        reg = load(m[side])
        Path(m[f"{side}_txt"]).write_text(flatten(reg), encoding="utf-8")
        if not xml:
            Path(m[f"{side}_xml"]).write_bytes(native.dumps(reg))
    (tmp / f"{name}.json").write_text(json.dumps(m), encoding="utf-8")
    return tmp / f"{name}.json"


def check_b(d: Diff, edits: list[tuple[str, str, str]], gone_nr: str) -> tuple[list[str], bool]:
    groups = {g.oud_nr or g.nieuw_nr or "": g for g in d.artikelen}
    located = sum(1 for nr, _op, _w in edits if nr in groups and groups[nr].soort == "changed")
    units = sum(1 for g in d.artikelen for w in g.verschillen if w.soort == "changed" and w.text_changed)
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
    w = max(map(len, TOOLS.values()))
    head = f"{'tool':<{w}} {'best s':>9} {'runs':>4} {'x floor':>8} {'peak MB':>8} {'Δ MB':>7}  note"
    lines = [head, "-" * len(head)]
    floor = next((r.get("best_s") for r in rows if r["tool"] == FLOOR), None)
    for r in rows:
        if r.get("best_s") is None:
            lines.append(f"{TOOLS[r['tool']]:<{w}} {'-':>9} {'-':>4} {'-':>8} {'-':>8} {'-':>7}  {r.get('error', '')}")
        else:
            r["x_floor"] = r["best_s"] / floor if floor else None
            lines.append(f"{TOOLS[r['tool']]:<{w}} {r['best_s']:>9.4f} {r['runs']:>4} {r['x_floor'] or 0:>8.3f} "
                         f"{r['peak_mb']:>8.1f} {r['delta_mb']:>7.1f}  inputs loaded: {r['loaded_mb']:.1f} MB")
    return "\n".join(lines)


def run_case(key: str, title: str, case: Path, args: argparse.Namespace) -> tuple[list[dict[str, Any]], Diff]:
    m = json.loads(case.read_text(encoding="utf-8"))
    old, new = load(m["old"]), load(m["new"])
    texts = [Path(m[k]).read_text(encoding="utf-8") for k in ("old_txt", "new_txt")]
    xmls = [Path(m[k]).read_bytes() for k in ("old_xml", "new_xml")]
    tok_s = min(timed(lambda: [words(t) for t in texts]) for _ in range(max(1, args.repeat)))
    print(f"Case {key}: {title}\n  {len(old.artikelen())} → {len(new.artikelen())} artikelen; "
          + "; ".join(f"{what} " + " / ".join(str(n) for n in ns) for what, ns in (
              ("alinea lines", [len(t.splitlines()) for t in texts]), ("word tokens", [len(words(t)) for t in texts]),
              ("XML lines", [len(x.decode("utf-8").splitlines()) for x in xmls]), ("XML bytes", map(len, xmls))))
          + f"\n  tokenizing both texts for the word floor takes {tok_s * 1000:.1f} ms (setup: not in its time)")
    rows: list[dict[str, Any]] = []
    for tool in TOOLS:
        if tool == "xmldiff" and args.skip_xmldiff:
            rows.append({"tool": tool, "error": "skipped (--skip-xmldiff)"})
            continue
        reps = 1 if tool == "xmldiff" else max(1, args.repeat)
        rows.append({"tool": tool} | run_child(tool, case, reps, args.timeout))
        print(f"  measured {key} {tool}", file=sys.stderr, flush=True)
    print(table(rows))
    return rows, diff(old, new)


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
    sys.stdout.reconfigure(line_buffering=True)  # type: ignore[union-attr]
    notes: list[str] = []
    passed, ours = False, None
    floors: dict[str, float | None] = {}
    verdicts: dict[str, bool] = {}
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {cpu := min(os.sched_getaffinity(0))})  # inherited by the child processes
    notes.append(f"pinned to cpu {cpu}" if hasattr(os, "sched_setaffinity") else "not pinned: no sched_setaffinity")
    src, out = args.sources, {"notes": notes, "repeat": args.repeat, "cases": {}}
    with tempfile.TemporaryDirectory(prefix="wetgeving-diffbench-") as t:
        data = (src / CASE_B).read_bytes()
        xa, xb, edits, gone_nr = mutate(data)
        cases = {"a": ("Gemeentewet regelrecht YAML 2022-11-05 → 2023-04-01",
                       prepare(Path(t), "a", [src / f for f in CASE_A])),
                 "b": (f"Participatiewet BWB XML ({len(data) / 1e6:.2f} MB) vs a copy with {EDITS} word edits and one "
                       f"artikel removed (seed {SEED})", prepare(Path(t), "b", [], (xa, xb)))}
        base = run_child("base", cases["a"][1], 1, args.timeout)
        notes.append(f"baseline child (interpreter + imports incl. xmldiff, XML read) {base.get('peak_mb', 0):.1f} MB")
        print(f"wetgeving diff benchmark: sources {src}, best of {args.repeat}, Python {sys.version.split()[0]}")
        print("".join(f"  note: {n}\n" for n in notes))
        print("  best s  = best wall time of the runs (a run slower than 5 s is not repeated; xmldiff runs once)\n"
              "  x floor = time / difflib.unified_diff (words) time: the same flattened text as word tokens, one\n"
              "            per line (woorden.tokenize, whitespace dropped): the like-for-like floor for a word-level\n"
              "            redline (one flat diff of the whole token stream; difflib's default autojunk).\n"
              "            Other floors: (alinea lines) = one line per alinea, no word-level work;\n"
              "            (raw XML lines) = the XML's own lines (case b: BWB XML, case a: native.dumps)\n"
              "  peak MB = VmHWM of the fresh child (interpreter, imports and loaded inputs included)\n"
              "  Δ MB    = peak above the child's RSS once its inputs were loaded (peak reset via clear_refs);\n"
              "            0 when the tool fits in memory freed after loading\n")
        for key, (title, case) in cases.items():
            rows, d = run_case(key, title, case, args)
            out["cases"][key] = {"title": title, "rows": rows, "summary": d.summary_line()}
            if key == "a":
                print(f"  wetgeving: {d.summary_line()}\n")
                continue
            check, ok = check_b(d, edits, gone_nr)
            print("\n".join(f"  check: {c}" for c in check) + f"\n  check: {'OK' if ok else 'MISMATCH'}\n")
            best = {r["tool"]: r.get("best_s") for r in rows}
            ours = best["wetgeving"]
            floors = {k: best[k] for k in FLOORS}
            verdicts = {k: bool(f and ours and ours <= 2 * f) for k, f in floors.items()}
            passed = verdicts[FLOOR]
            out["cases"][key] |= {"edits": edits, "removed": gone_nr, "check_ok": ok, "target_pass": passed,
                                  "target_floor": FLOOR, "ratio_vs_floor": {
                                      k: ours / f if f and ours else None for k, f in floors.items()},
                                  "within_2x": verdicts}
    print("Target: wetgeving's structural and word-level diff within 2× of the difflib floor (case b), "
          "wetgeving diff (imported models) against each floor:")
    for k, what in FLOORS.items():
        f = floors.get(k)
        ratio = f"{ours / f:.3g}× ({ours * 1000:.1f} ms vs {f * 1000:.1f} ms)" if f and ours else "no measurement"
        verdict = ("PASS" if verdicts.get(k) else "FAIL") if f and ours else "n/a"
        print(f"  vs {what + ':':<15} {ratio:<30} {verdict}"
              + ("  <- primary (like for like: both do word-level work)" if k == FLOOR else "  (for reference)"))
    print(f"Target (primary, word-level floor): {'PASS' if passed else 'FAIL'}")
    if args.json:
        args.json.write_text(json.dumps(out, indent=2, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
