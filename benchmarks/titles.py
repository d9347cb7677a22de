"""Does title matching grow with the number of known titles? ``find_refs`` on the real Participatiewet with a
register of 100 titles and of 45,000 (the committed seed plus synthetic titles of the generic shape, so the
automaton is as large as the statute book's list of citeertitels), medians of several calls after a warm-up.
Side by side: the former implementation (one regex alternation of all titles) on a sample of alinea's.

    python benchmarks/titles.py [--sources DIR] [--runs N] [--titles N]

Target (issue 16): a call with 45,000 titles costs at most 2x a call with 100.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from wetgeving.bronnen.formats import load_file  # noqa: E402
from wetgeving.graaf.bouw import find_refs  # noqa: E402
from wetgeving.model import alineas  # noqa: E402
from wetgeving.verwijzingen.titels import Titelregister  # noqa: E402

FILE = "bwb-xml/BWBR0015703_2024-01-01_participatiewet.xml"
WORDS = ("zorg", "onderwijs", "arbeid", "water", "bodem", "verkeer", "energie", "natuur", "cultuur", "wonen",
         "pensioen", "toeslag", "jeugd", "veiligheid", "omgeving", "inkomen", "gegevens", "archief", "sport",
         "landbouw", "visserij", "luchtvaart", "havens", "spoor", "post", "media", "kansspelen", "belasting")
HEADS = ("Wet op de {a}{b}", "Wet {a} en {b}", "Besluit {a}{b} {y}", "{A}{b}wet {y}", "Regeling {a}{b}",
         "Algemene wet {a}{b}", "Uitvoeringsbesluit {a}{b}")


def synthetic_titles(n: int, seed: int = 16) -> dict[str, str]:
    """n invented titles of the generic shape with invented ids (marked: BWBX…)."""
    rnd = random.Random(seed)
    out: dict[str, str] = {}
    while len(out) < n:
        a, b = rnd.choice(WORDS), rnd.choice(WORDS)
        t = rnd.choice(HEADS).format(a=a, b=b, A=a.capitalize(), y=rnd.randint(1900, 2025)) + f" {len(out)}"
        out[t] = f"BWBX{len(out):07d}"
    return out


def median_call(reg: object, register: Titelregister, runs: int) -> float:
    find_refs(reg, register)  # type: ignore[arg-type]  # warm-up: builds the automaton once
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        find_refs(reg, register)  # type: ignore[arg-type]
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def regex_sample(register: Titelregister, texts: list[str]) -> tuple[float, float]:
    """The former matcher: compile one alternation (seconds), then search the sample (seconds)."""
    t = time.perf_counter()
    alts = sorted(register.titles, key=len, reverse=True)
    pat = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(x) for x in alts) + r")(?![\w-])")
    built = time.perf_counter() - t
    t = time.perf_counter()
    for text in texts:
        list(pat.finditer(text))
    return built, time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sources", type=Path, default=REPO.parent / "shared" / "sources")
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--titles", type=int, default=45_000)
    args = ap.parse_args()
    reg = load_file(args.sources / FILE)
    seed = Titelregister.load(REPO / "corpus" / "wettitels.toml").titles
    small = Titelregister(dict(list(seed.items())[:100]) | {reg.citeertitel: reg.bwb_id})
    t = time.perf_counter()
    big = Titelregister({**synthetic_titles(args.titles - len(seed)), **seed, reg.citeertitel: reg.bwb_id})
    big.find_titles("")  # builds the automaton
    build = time.perf_counter() - t
    m_small = median_call(reg, small, args.runs)
    m_big = median_call(reg, big, args.runs)
    n_al = sum(1 for a in reg.artikelen() for _ in alineas(a))
    print(f"find_refs on the Participatiewet ({len(reg.artikelen())} artikelen, {n_al} alinea's), median of {args.runs}")
    print(f"  register of {len(small):>6} titles: {m_small * 1000:8.1f} ms per call")
    print(f"  register of {len(big):>6} titles: {m_big * 1000:8.1f} ms per call  (building it once: {build:.2f} s)")
    ratio = m_big / m_small
    print(f"  ratio {ratio:.2f}x — target <= 2x: {'MET' if ratio <= 2 else 'NOT MET'}")
    texts = [al.tekst for a in reg.artikelen() for al in alineas(a)][:100]
    print("former matcher (one regex alternation), 100 alinea's only:")
    for r in (small, big):
        built, searched = regex_sample(r, texts)
        print(f"  {len(r):>6} titles: compile {built:.2f} s, search {searched * 1000:.1f} ms")


if __name__ == "__main__":
    main()
