"""Word-level redline: tokens are words and punctuation (never parts of words), and a semantic clean-up
merges tiny unchanged islands between edits into readable phrases, as Word's compare does.

Examples:
    >>> [(s.op, s.tekst) for s in redline("neemt niet deel aan de stemming", "neemt niet deel aan de beraadslaging en stemming")]
    [('equal', 'neemt niet deel aan de '), ('insert', 'beraadslaging en '), ('equal', 'stemming')]
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from wetgeving.diff.resultaat import Segment, canonical, flipped

# A word (letters/digits, with inner hyphens, apostrophes, dots or slashes as in "3:8", "p.m.", "e-mail"),
# a single punctuation mark, or a run of whitespace.
_TOKEN = re.compile(r"\w+(?:[-'’.:/]\w+)*|\s+|[^\w\s]", re.UNICODE)


def tokenize(text: str) -> list[str]:
    """Split text into word, punctuation and whitespace tokens; ``"".join(tokenize(t)) == t``.

    Examples:
        >>> tokenize("art. 4:8, «stemming»")
        ['art', '.', ' ', '4:8', ',', ' ', '«', 'stemming', '»']
    """
    return _TOKEN.findall(text)


def redline(old: str, new: str) -> tuple[Segment, ...]:
    """The word-level edit script from ``old`` to ``new`` after semantic clean-up.

    Deterministic and symmetric: ``redline(b, a)`` is ``redline(a, b)`` with inserts and deletes swapped.
    """
    if old == new:
        return (Segment("equal", old),) if old else ()
    swap = new < old
    a, b = (new, old) if swap else (old, new)
    segs = _cleanup(_raw(tokenize(a), tokenize(b)))
    return flipped(segs) if swap else tuple(segs)


def _raw(a: list[str], b: list[str]) -> list[Segment]:
    # the common start and end need no matching (and are most of a lightly amended text)
    lo = 0
    while lo < len(a) and lo < len(b) and a[lo] == b[lo]:
        lo += 1
    hi = 0
    while hi < len(a) - lo and hi < len(b) - lo and a[-1 - hi] == b[-1 - hi]:
        hi += 1
    out: list[Segment] = [Segment("equal", "".join(a[:lo]))] if lo else []
    am, bm = a[lo:len(a) - hi], b[lo:len(b) - hi]
    sm = SequenceMatcher(None, am, bm, autojunk=False)
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal":
            out.append(Segment("equal", "".join(am[i1:i2])))
        else:
            if i2 > i1:
                out.append(Segment("delete", "".join(am[i1:i2])))
            if j2 > j1:
                out.append(Segment("insert", "".join(bm[j1:j2])))
    if hi:
        out.append(Segment("equal", "".join(a[len(a) - hi:])))
    return out


def _is_small(seg: Segment, before: int, after: int) -> bool:
    """An unchanged island is small when it is only spaces/punctuation, or a single short word between
    larger edits."""
    core = seg.tekst.strip()
    if not core or not re.search(r"\w", core):
        return True
    words = len(re.findall(r"\w+", core))
    return words <= 1 and len(core) <= 4 and len(core) * 2 <= min(before, after)


def _edit_len(segs: list[Segment], i: int, step: int) -> int:
    n = 0
    while 0 <= i < len(segs) and segs[i].op != "equal":
        n += len(segs[i].tekst)
        i += step
    return n


def _cleanup(segs: list[Segment]) -> list[Segment]:
    changed = True
    while changed:
        changed = False
        for i in range(1, len(segs) - 1):
            s = segs[i]
            if s.op != "equal":
                continue
            before, after = _edit_len(segs, i - 1, -1), _edit_len(segs, i + 1, 1)
            if before and after and _is_small(s, before, after):
                segs = segs[:i] + [Segment("delete", s.tekst), Segment("insert", s.tekst)] + segs[i + 1:]
                segs = list(canonical(segs))
                changed = True
                break
    return list(canonical(segs))
