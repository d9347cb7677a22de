"""Alignment of two versions: artikelen by number, then leden and onderdelen by sequence alignment on
content, so that renumbering ("het tweede en derde lid worden vernummerd tot derde en vierde lid") shows
as renumbered units with their small text changes, not as delete + insert.

Similarity is the Dice coefficient over word multisets (symmetric). Children are aligned with an
order-preserving dynamic programme that rewards similar content and, slightly, equal numbers; what stays
unmatched with the same number becomes ``replaced``, the rest ``added``/``removed``; units that reappear
elsewhere with near-identical text become ``moved``. Every decision is computed in a canonical
orientation, so ``diff(b, a)`` is exactly the mirror image of ``diff(a, b)``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from wetgeving.diff.resultaat import ArtikelVerschil, Diff, Segment, Verschil
from wetgeving.diff.woorden import redline
from wetgeving.locatie import Adres
from wetgeving.model import Alinea, Artikel, Eenheid, Lid, Regeling, children, tekst, voorgelezen
from wetgeving.nummers import sort_key

MATCH = 0.5  # minimum similarity to align two units with different numbers
MATCH_SAME_NR = 0.25  # minimum similarity to align two units with the same number
RENUMBER_ARTIKEL = 0.8  # minimum similarity to call a vanished and a new artikel the same
SAME_NR_BONUS = 0.1  # a small preference for keeping numbers, so content decides renumbering
MOVE = 0.85  # minimum similarity to call a removed and an added unit a move
MOVE_MIN_CHARS = 40
_WORD = re.compile(r"\w+")
_VERVALLEN = re.compile(r"^\W*vervallen\b", re.I)


def own_text(unit: Eenheid) -> str:
    """The text directly in a unit (its alinea's, not its children's), whitespace-joined. An alinea that stands
    after the children (the closing words of a lid after its onderdelen: Gemeentewet 154b, eerste lid, since
    2026-10-01) is preceded by «[na de onderdelen]» (or «[na de leden]»), one between two children by «[na onderdeel
    b]», so a redline shows where it stands and never joins it to the aanhef; an onderdeel added before the closing
    words changes nothing in the marker (helper-85)."""
    parts: list[str] = []
    na: Eenheid | None = None
    rest = sum(not isinstance(k, Alinea) for k in unit.inhoud)  # children still to come
    for k in unit.inhoud:
        if isinstance(k, Alinea):
            if na is None:
                parts.append(k.tekst)
            else:
                waar = f"{na.soort} {na.nr}" if rest else ("de leden" if na.soort == "lid" else "de onderdelen")
                parts.append(f"[na {waar}] {k.tekst}")
            na = None
        else:
            na, rest = k, rest - 1
    return " ".join(parts)


# the place marker :func:`own_text` puts before closing words: «[na de onderdelen] », «[na onderdeel b] »
MARKERING = re.compile(r"\[na (?:de leden|de onderdelen|(?:lid|onderdeel) [^\]\s]+)\] ?")


_MARKERING_OP = {"insert": "markering-nieuw", "delete": "markering-oud"}


def markering_apart(segs: Sequence[Segment]) -> tuple[Segment, ...]:
    """The redline as it is shown: a place marker that an inserted or deleted text begins with or holds stands apart,
    as op «markering-nieuw» or «markering-oud» (the side that has it), so no rendering marks it as law text inserted or
    struck (helper-98: «{+[na de onderdelen] De voordracht …+}» in Word's w:ins put the marker into the law on «accept
    all changes»), and a view of one side shows it only where it stands (helper-99)."""
    out: list[Segment] = []
    for s in segs:
        if s.op == "equal" or not MARKERING.search(s.tekst):
            out.append(s)
            continue
        at = 0
        for m in MARKERING.finditer(s.tekst):
            if m.start() > at:  # only a space before it: unchanged too («{+ +}» says nothing)
                out.append(Segment(s.op if s.tekst[at:m.start()].strip() else "equal", s.tekst[at:m.start()]))
            out.append(Segment(_MARKERING_OP[s.op], m.group()))
            at = m.end()
        if at < len(s.tekst):
            out.append(Segment(s.op, s.tekst[at:]))
    return tuple(out)


def full_text(unit: Eenheid) -> str:
    return tekst(unit, " ")


@lru_cache(maxsize=65536)
def _bag(text: str) -> Counter[str]:
    return Counter(w.casefold() for w in _WORD.findall(text))


def similarity(a: str, b: str) -> float:
    """Dice coefficient of the two texts' word multisets (1.0 for equal texts)."""
    if a == b:
        return 1.0
    ba, bb = _bag(a), _bag(b)
    total = sum(ba.values()) + sum(bb.values())
    return 2 * sum((ba & bb).values()) / total if total else 1.0


def is_vervallen(unit: Eenheid) -> bool:
    return bool(getattr(unit, "vervallen", False)) or bool(_VERVALLEN.match(full_text(unit)))


# --- sequence alignment of children -----------------------------------------------------------------

Pair = tuple[int | None, int | None]


def align(olds: Sequence[Eenheid], news: Sequence[Eenheid]) -> list[Pair]:
    """Order-preserving alignment of two child lists; unmatched units pair with None."""
    ot = [full_text(u) for u in olds]
    nt = [full_text(u) for u in news]
    if (ot, [u.nr for u in olds]) > (nt, [u.nr for u in news]):
        return [(i, j) for j, i in _align(news, nt, olds, ot)]
    return _align(olds, ot, news, nt)


def _weight(a: Eenheid, at: str, b: Eenheid, bt: str) -> float | None:
    sim = similarity(at, bt)
    same = a.nr == b.nr
    if sim >= MATCH or (same and sim >= MATCH_SAME_NR):
        return sim + (SAME_NR_BONUS if same else 0.0)
    return None


def _align(a: Sequence[Eenheid], at: list[str], b: Sequence[Eenheid], bt: list[str]) -> list[Pair]:
    # identical children at both ends align trivially; only the middle needs the dynamic programme
    lo = 0
    while lo < len(a) and lo < len(b) and a[lo] == b[lo]:
        lo += 1
    hi = 0
    while hi < len(a) - lo and hi < len(b) - lo and a[len(a) - 1 - hi] == b[len(b) - 1 - hi]:
        hi += 1
    mid = _align_dp(a[lo:len(a) - hi], at[lo:len(at) - hi], b[lo:len(b) - hi], bt[lo:len(bt) - hi])
    pairs: list[Pair] = [(i, i) for i in range(lo)]
    pairs += [(None if i is None else i + lo, None if j is None else j + lo) for i, j in mid]
    pairs += [(len(a) - hi + k, len(b) - hi + k) for k in range(hi)]
    return _pair_replaced(a, b, pairs)


def _align_dp(a: Sequence[Eenheid], at: list[str], b: Sequence[Eenheid], bt: list[str]) -> list[Pair]:
    n, m = len(a), len(b)
    w = [[_weight(a[i], at[i], b[j], bt[j]) for j in range(m)] for i in range(n)]
    score = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            best = max(score[i - 1][j], score[i][j - 1])
            wij = w[i - 1][j - 1]
            if wij is not None:
                best = max(best, score[i - 1][j - 1] + wij)
            score[i][j] = best
    pairs: list[Pair] = []
    i, j = n, m
    while i > 0 and j > 0:
        wij = w[i - 1][j - 1]
        if wij is not None and score[i][j] == score[i - 1][j - 1] + wij:
            pairs.append((i - 1, j - 1))
            i, j = i - 1, j - 1
        elif score[i][j] == score[i - 1][j]:
            pairs.append((i - 1, None))
            i -= 1
        else:
            pairs.append((None, j - 1))
            j -= 1
    pairs.extend((k, None) for k in range(i - 1, -1, -1))
    pairs.extend((None, k) for k in range(j - 1, -1, -1))
    pairs.reverse()
    return pairs


def _pair_replaced(a: Sequence[Eenheid], b: Sequence[Eenheid], pairs: list[Pair]) -> list[Pair]:
    """Join an unmatched old and an unmatched new unit with the same number (text rewritten)."""
    lone_old = {a[i].nr: i for i, j in pairs if j is None and i is not None}
    lone_new = {b[j].nr: j for i, j in pairs if i is None and j is not None}
    same = set(lone_old) & set(lone_new)
    if not same:
        return pairs
    out: list[Pair] = []
    for i, j in pairs:
        if j is None and i is not None and a[i].nr in same:
            out.append((i, lone_new[a[i].nr]))
        elif i is None and j is not None and b[j].nr in same:
            continue
        else:
            out.append((i, j))
    return out


# --- comparing units -------------------------------------------------------------------------------


class _Differ:
    def __init__(self) -> None:
        self.out: list[Verschil] = []

    def unit(self, o: Eenheid, n: Eenheid, oa: Adres, na: Adres, kind: str | None = None) -> None:
        """Compare two aligned units and record what changed, recursively."""
        if o == n and oa == na:
            return
        ot, nt = own_text(o), own_text(n)
        sim = similarity(full_text(o), full_text(n)) if (kind is not None or oa != na) else 1.0
        if is_vervallen(n) and not is_vervallen(o):
            self.out.append(Verschil("repealed", n.soort, oa, na, redline(full_text(o), full_text(n)), sim))
            return
        if is_vervallen(o) and not is_vervallen(n):
            self.out.append(Verschil("changed", n.soort, oa, na, redline(full_text(o), full_text(n)), sim))
            return
        if kind is None:
            kind = "changed" if oa == na else ("renumbered" if oa.parent == na.parent else "moved")
        if kind == "replaced":  # read as written, «a.», «b.» kept: a lid that komt te luiden loses its onderdelen
            # with their letters (helper-98: Gemeentewet 170, tweede lid, 2015-11-24 → 2022-11-05 lost them)
            self.out.append(Verschil("replaced", n.soort, oa, na, redline(voorgelezen(o), voorgelezen(n)), sim))
            return
        if isinstance(o, Artikel) and isinstance(n, Artikel) and o.titel != n.titel:
            self.out.append(Verschil("changed", "titel", oa, na, redline(o.titel, n.titel), sim))
        if isinstance(o, Artikel) and isinstance(n, Artikel) and (_eerste_lid(o, n) or _eerste_lid(n, o)):
            self.genummerd(o, n, oa, na)
            return
        if ot != nt or kind != "changed":
            self.out.append(Verschil(kind, n.soort, oa, na, redline(ot, nt), sim))
        self.kids(o, n, oa, na)

    def genummerd(self, o: Artikel, n: Artikel, oa: Adres, na: Adres) -> None:
        """An artikel that gets leden, its text becoming the first (aanwijzing 6.18, derde lid: «Voor de tekst wordt
        de aanduiding ‘1.’ geplaatst.» and «Er wordt een lid toegevoegd»), or the reverse (6.18, vierde lid): the
        text is shown renumbered to or from «artikel …, eerste lid», changed at most in its words, and the other leden
        as added or removed, not the whole text as struck and inserted again (helper-98: Gemeentewet 32a and 228,
        2015-11-24 → 2022-11-05). Either direction is the mirror image of the other."""
        if _eerste_lid(o, n):
            leden = leden_van(n)
            self.unit(als_eerste_lid(o), leden[0], oa, na.child("lid", "1"), "renumbered")
            self.out.extend(Verschil("added", "lid", None, na.child("lid", u.nr), (Segment("insert", voorgelezen(u)),))
                            for u in leden[1:])
        else:
            leden = leden_van(o)
            self.unit(leden[0], als_eerste_lid(n), oa.child("lid", "1"), na, "renumbered")
            self.out.extend(Verschil("removed", "lid", oa.child("lid", u.nr), None, (Segment("delete", voorgelezen(u)),))
                            for u in leden[1:])

    def kids(self, o: Eenheid, n: Eenheid, oa: Adres, na: Adres) -> None:
        olds, news = list(children(o)), list(children(n))
        if not olds and not news:
            return
        for i, j in align(olds, news):
            if i is not None and j is not None:
                oc, nc = olds[i], news[j]
                ca, cb = oa.child(oc.soort, oc.nr), na.child(nc.soort, nc.nr)
                if oc == nc and ca == cb:
                    continue
                rewritten = oc.nr == nc.nr and similarity(full_text(oc), full_text(nc)) < MATCH_SAME_NR
                self.unit(oc, nc, ca, cb, "replaced" if rewritten else None)
            elif i is not None:
                oc = olds[i]
                self.out.append(Verschil("removed", oc.soort, oa.child(oc.soort, oc.nr), None,
                                          (Segment("delete", voorgelezen(oc)),)))
            elif j is not None:
                nc = news[j]
                self.out.append(Verschil("added", nc.soort, None, na.child(nc.soort, nc.nr),
                                          (Segment("insert", voorgelezen(nc)),)))


def leden_van(u: Eenheid) -> list[Lid]:
    return [k for k in u.inhoud if isinstance(k, Lid)]


def als_eerste_lid(u: Artikel) -> Lid:
    """The text of an artikel without leden as the first lid it becomes (or was): aanwijzing 6.18, derde en vierde lid
    (the instructions generator reads it so too)."""
    return Lid("1", tuple(k for k in u.inhoud if not isinstance(k, Lid)))


def krijgt_leden(zonder: Eenheid, met: Eenheid) -> bool:
    """Whether ``zonder`` has no leden and ``met`` leden only, the first «1.», two or more (aanwijzing 6.18, vierde lid:
    one lid has no number): the shape of an artikel that gets leden (derde lid), or loses them the other way round."""
    leden = leden_van(met)
    return not leden_van(zonder) and len(leden) >= 2 and len(leden) == len(met.inhoud) and leden[0].nr == "1"


def _eerste_lid(zonder: Artikel, met: Artikel) -> bool:
    """Whether ``zonder`` and ``met`` are one artikel that got (or lost) leden, the text of the one the first lid of the
    other, changed at most in its words."""
    return krijgt_leden(zonder, met) and similarity(full_text(zonder), full_text(leden_van(met)[0])) >= MATCH


def _art(nr: str) -> Adres:
    return Adres.of(("artikel", nr))


def _pair_articles(old: dict[str, Artikel], new: dict[str, Artikel]) -> list[tuple[str | None, str | None]]:
    """Same numbers pair; a vanished and a new number pair when their text is near-identical."""
    pairs: list[tuple[str | None, str | None]] = [(nr, nr) for nr in old if nr in new]
    gone = [nr for nr in old if nr not in new]
    came = [nr for nr in new if nr not in old]
    cands = sorted(
        ((similarity(full_text(old[g]), full_text(new[c])), g, c) for g in gone for c in came),
        key=lambda t: (-t[0], sort_key(t[1]), sort_key(t[2])),
    ) if len(gone) * len(came) <= 250_000 else []
    used_g: set[str] = set()
    used_c: set[str] = set()
    for sim, g, c in cands:
        if sim < RENUMBER_ARTIKEL:
            break
        if g not in used_g and c not in used_c:
            used_g.add(g)
            used_c.add(c)
            pairs.append((g, c))
    pairs += [(g, None) for g in gone if g not in used_g]
    pairs += [(None, c) for c in came if c not in used_c]
    return pairs


def diff(old: Regeling, new: Regeling) -> Diff:
    """The structural diff of two versions of a regeling."""
    oa = {a.nr: a for a in old.artikelen()}
    na = {a.nr: a for a in new.artikelen()}
    groups: list[ArtikelVerschil] = []
    for o_nr, n_nr in _pair_articles(oa, na):
        d = _Differ()
        if o_nr is not None and n_nr is not None:
            d.unit(oa[o_nr], na[n_nr], _art(o_nr), _art(n_nr), None if o_nr == n_nr else "renumbered")
            if not d.out:
                continue
            soort = next((w.soort for w in d.out if w.eenheid == "artikel"), "changed")
            if soort not in ("repealed", "renumbered", "replaced", "moved"):
                soort = "changed"
        elif o_nr is not None:
            soort = "removed"
            d.out.append(Verschil("removed", "artikel", _art(o_nr), None, (Segment("delete", voorgelezen(oa[o_nr])),)))
        else:
            assert n_nr is not None
            soort = "added"
            d.out.append(Verschil("added", "artikel", None, _art(n_nr), (Segment("insert", voorgelezen(na[n_nr])),)))
        groups.append(ArtikelVerschil(soort, o_nr, n_nr, tuple(d.out)))
    groups = _detect_moves(groups)
    groups.sort(key=lambda g: (sort_key(g.nieuw_nr or g.oud_nr or ""), g.oud_nr is None))
    return Diff(old, new, tuple(groups))


def _detect_moves(groups: list[ArtikelVerschil]) -> list[ArtikelVerschil]:
    """Turn a removed and an added lid/onderdeel with near-identical text (in matched artikelen) into a move."""
    removed = [(gi, w) for gi, g in enumerate(groups) if g.soort not in ("added", "removed")
               for w in g.verschillen if w.soort == "removed" and w.eenheid != "artikel"]
    added = [(gi, w) for gi, g in enumerate(groups) if g.soort not in ("added", "removed")
             for w in g.verschillen if w.soort == "added" and w.eenheid != "artikel"]
    if not removed or not added or len(removed) * len(added) > 100_000:
        return groups
    cands = []
    for gi, r in removed:
        rt = r.redline[0].tekst
        if len(rt) < MOVE_MIN_CHARS:
            continue
        for gj, a in added:
            at = a.redline[0].tekst
            if a.eenheid == r.eenheid and len(at) >= MOVE_MIN_CHARS:
                s = similarity(rt, at)
                if s >= MOVE:
                    cands.append((s, str(r.oud), str(a.nieuw), gi, gj, r, a))
    cands.sort(key=lambda c: (-c[0], c[1], c[2]))
    replace: dict[int, dict[Verschil, Verschil | None]] = {}
    used: set[Verschil] = set()
    for s, _, _, gi, gj, r, a in cands:
        if r in used or a in used:
            continue
        used.update((r, a))
        move = Verschil("moved", a.eenheid, r.oud, a.nieuw, redline(r.redline[0].tekst, a.redline[0].tekst), s)
        replace.setdefault(gi, {})[r] = move
        replace.setdefault(gj, {})[a] = move if gj != gi else None
    out = []
    for gi, g in enumerate(groups):
        if gi in replace:
            ws = tuple(x for w in g.verschillen if (x := replace[gi].get(w, w)) is not None)
            g = ArtikelVerschil(g.soort, g.oud_nr, g.nieuw_nr, ws)
        out.append(g)
    return out
