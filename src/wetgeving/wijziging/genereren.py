"""Generate an amending act in the style of the Aanwijzingen voor de regelgeving from a diff.

Per changed artikel one onderdeel (A, B, … in artikel order): word replacements for small changes
("In artikel 28, eerste lid, wordt «stemming» vervangen door «beraadslaging en stemming»."), "onder
vernummering van … wordt een lid ingevoegd" where leden shift (6.18), "(nieuw)" for renumbered units
(6.19), "komt te luiden" for heavily changed units, "vervalt" and "Na artikel 86 worden drie artikelen
ingevoegd". Every onderdeel is written as text, read back with the parser and applied to the old
version; when that does not give the new text exactly, the onderdeel falls back to "Artikel X komt te
luiden:". So the parser always reads what the generator writes, and the round trip holds by
construction.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from functools import partial

from wetgeving.diff import diff as structural_diff
from wetgeving.diff.align import own_text, similarity
from wetgeving.diff.resultaat import ArtikelWijziging, Diff
from wetgeving.diff.woorden import tokenize
from wetgeving.errors import WetgevingError
from wetgeving.locatie import Adres
from wetgeving.model import Alinea, Artikel, Eenheid, Regeling, children
from wetgeving.nummers import ordinal, sort_key
from wetgeving.wijziging.instructies import _Line, parse_onderdeel
from wetgeving.wijziging.model import WijzigingsArtikel, Wijzigingsonderdeel, Wijzigingsregeling
from wetgeving.wijziging.structuur import new_container
from wetgeving.wijziging.tekstblok import write_units
from wetgeving.wijziging.toepassen import apply_op, phrase_pattern
from wetgeving.wijziging.vergelijk import same_artikel
from wetgeving.wijziging.zinnen import range_phrase

MAX_POINTS = 8  # more instructions than this for one artikel: "komt te luiden" reads better
HEAVY = 0.5  # own text less similar than this: the unit "komt te luiden"
INDENT = "  "
AANTAL = {1: "een", 2: "twee", 3: "drie", 4: "vier", 5: "vijf", 6: "zes", 7: "zeven", 8: "acht", 9: "negen", 10: "tien"}

Cite = Callable[[Adres], str]


def letters() -> list[str]:
    import string

    one = list(string.ascii_uppercase)
    return one + [a + b for a in one for b in one]


def cite_abs(a: Adres) -> str:
    """'artikel 13, eerste lid, onderdeel o' (the form instructions use)."""
    parts = []
    for soort, nr in a.segmenten:
        if soort == "lid":
            parts.append(f"{ordinal(int(nr))} lid" if nr.isdigit() else f"lid {nr}")
        elif soort == "onderdeel":
            parts.append(f"onderdeel {nr}" if not any(p.startswith("onderdeel") for p in parts) else f"onder {nr}")
        else:
            parts.append(f"{soort} {nr}")
    return ", ".join(parts)


def cite_rel(renumbered: set[Adres]) -> Cite:
    """Citations relative to the artikel being amended: 'het vijfde lid (nieuw), onderdeel c'."""
    def cite(a: Adres) -> str:
        rest = [s for s in a.segmenten if s[0] != "artikel"]
        if not rest:
            return f"artikel {a.artikel}"
        text = cite_abs(Adres(tuple(rest)))
        if rest[0][0] == "lid":
            text = "het " + text
        if a in renumbered:
            text += " (nieuw)"
        return text

    return cite


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


# --- text changes: the smallest unique phrases -----------------------------------------------------------


def _deep_text(unit: Eenheid) -> list[str]:
    out = []
    for k in unit.inhoud:
        out.extend([k.tekst] if isinstance(k, Alinea) else _deep_text(k))
    return out


def _count(texts: list[str], phrase: str) -> int:
    pat = phrase_pattern(phrase)
    return sum(len(pat.findall(t)) for t in texts)


MERGE_WORDS = 2  # edits separated by at most this many unchanged words become one replacement


def _runs_of(old: str, new: str) -> list[tuple[int, int, int, int]]:
    """Edit runs (old start, old end, new start, new end) from the cleaned word redline, with runs that
    are only a word or two apart merged into one readable phrase."""
    from wetgeving.diff.woorden import redline

    runs: list[list[int]] = []
    po = pn = 0
    gap = ""
    for seg in redline(old, new):
        n = len(seg.tekst)
        if seg.op == "equal":
            po, pn, gap = po + n, pn + n, seg.tekst
            continue
        if runs and runs[-1][1] + len(gap) == po and runs[-1][3] + len(gap) == pn and \
                len(re.findall(r"\w+", gap)) <= MERGE_WORDS:
            run = runs[-1]
        else:
            run = [po, po, pn, pn]
            runs.append(run)
        if seg.op == "delete":
            po += n
        else:
            pn += n
        run[1], run[3] = po, pn
        gap = ""
    return [(a, b, c, d) for a, b, c, d in runs]


def replacements(old: str, new: str, others: list[str]) -> list[tuple[str, str]] | None:
    """Word replacements that turn own text ``old`` into ``new``, each unique in the unit's text at the
    moment it is applied (``others`` holds the unit's other texts); None if that cannot be done."""
    out: list[tuple[str, str]] = []
    current = old
    done = 0  # end of the last replaced phrase, in current coordinates
    for os_, oe, ns, ne in _runs_of(old, new):
        shift = len(current) - len(old)
        s0, e0 = os_ + shift, oe + shift
        if s0 < done:
            return None
        if ns == ne and (cut := _deletion(current, s0, e0, others)) is not None:
            phrase, current = cut  # a phrase that only vervalt: drop it whole (Aanwijzing 6.12.2)
            out.append((phrase, ""))
            done = s0
            continue
        s1, e1, rep = _widen(current, s0, e0, new[ns:ne], others)
        if s1 < done:
            return None
        out.append((current[s1:e1], rep))
        current = current[:s1] + rep + current[e1:]
        done = s1 + len(rep)
    if current != new:
        return None
    return out


def _deletion(text: str, s: int, e: int, others: list[str]) -> tuple[str, str] | None:
    """A deleted run written as one self-standing phrase without outer spaces, and the text after the
    applier has removed it (double spaces and a space before punctuation tidied); None when not unique."""
    phrase = text[s:e].strip()
    if not phrase or not re.match(r"[\w«‘(]", phrase) or _count([text, *others], phrase) != 1:
        return None
    start = text.index(phrase, s)
    bounds = _bounds(text)
    if start not in bounds or start + len(phrase) not in bounds:
        return None  # it would begin or end inside a word (Aanwijzing 6.10)
    rest = text[:start] + text[start + len(phrase):]
    rest = re.sub(r"  +", " ", rest)
    rest = re.sub(r" (?=[,.;:])", "", rest).strip()
    return phrase, rest


def _bounds(text: str) -> list[int]:
    pos, out = 0, [0]
    for tok in tokenize(text):
        pos += len(tok)
        out.append(pos)
    return out


def _widen(text: str, s: int, e: int, rep: str, others: list[str]) -> tuple[int, int, str]:
    """Grow the span [s, e) by whole tokens of unchanged context (added to ``rep`` too) until the phrase is
    non-empty, has no outer spaces and occurs once."""
    bounds = _bounds(text)
    right_first = rep.endswith(" ") or not rep
    for _ in range(400):
        phrase = text[s:e]
        clean = re.search(r"\w", phrase) and phrase == phrase.strip() and rep == rep.strip()  # 6.10: no lone mark
        if clean and _count([text, *others], phrase) == 1:
            return s, e, rep
        can_r = e < len(text)
        can_l = s > 0
        leading = phrase.startswith(" ") or rep.startswith(" ")
        trailing = phrase.endswith(" ") or rep.endswith(" ")
        go_right = can_r and (trailing or (right_first and not leading) or not can_l)
        if go_right:
            ne = next(b for b in bounds if b > e)
            rep += text[e:ne]
            e = ne
        elif can_l:
            ns = max(b for b in bounds if b < s)
            rep = text[ns:s] + rep
            s = ns
        else:
            return -1, -1, rep
        right_first = not right_first
    return -1, -1, rep


def _q(text: str, *others: str) -> str:
    """Quote with «», or with ‘’ or "" when the text itself holds guillemets (Aanwijzing 6.9.2)."""
    for o, c in (("«", "»"), ("‘", "’"), ('"', '"')):
        if all(o not in t and c not in t for t in (text, *others)):
            return f"{o}{text}{c}"
    return f"«{text}»"


def _c(citation: str) -> str:
    """A citation with a comma, as it stands before the verb: 'artikel 13, eerste lid, onderdeel o,'."""
    return citation + "," if "," in citation else citation


def text_sentences(unit_old: Eenheid, unit_new: Eenheid, where: str) -> list[str] | None:
    """Sentences that change the own text of a unit, or None when it should 'komt te luiden'."""
    ot, nt = own_text(unit_old), own_text(unit_new)
    olds = [k.tekst for k in unit_old.inhoud if isinstance(k, Alinea)]
    news = [k.tekst for k in unit_new.inhoud if isinstance(k, Alinea)]
    if len(olds) != len(news) or similarity(ot, nt) < HEAVY:
        return None
    others = [t for k in unit_old.inhoud if not isinstance(k, Alinea) for t in _deep_text(k)]
    out: list[str] = []
    for i, (o, n) in enumerate(zip(olds, news, strict=True)):
        if o == n:
            continue
        rest = [t for m, t in enumerate(olds) if m != i] + others
        if n.startswith(o) and n[len(o):len(o) + 1] == " " and n[len(o) + 1:][:1].isupper() and len(olds) == 1:
            out.append(f"Aan {_c(where)} wordt toegevoegd {_q(n[len(o) + 1:])}.")
            continue
        if o[:-1] == n[:-1] and o[-1:] in _MARK and n[-1:] in _MARK:  # 6.18.2.B: a mark at the end
            out.append(f"In {_c(where)} wordt {_MARK[o[-1]]} aan het slot vervangen door "
                       f"{_MARK[n[-1]].replace('de ', 'een ', 1)}.")
            continue
        reps = replacements(o, n, rest)
        if reps is None:
            return None
        for old_p, new_p in reps:
            out.append(_text_change(where, old_p, new_p))
    return out


_MARK = {".": "de punt", ";": "de puntkomma", ",": "de komma", ":": "de dubbele punt"}


def _text_change(where: str, old_p: str, new_p: str) -> str:
    """One text change, written as what it is (Aanwijzingen 6.9, 6.11, 6.12): a phrase only added is
    inserted ('na «X» wordt ingevoegd: «Y»'), a phrase only dropped vervalt, anything else is replaced."""
    if not new_p:
        return f"In {_c(where)} vervalt {_q(old_p)}."
    if new_p.startswith(old_p) and len(new_p) > len(old_p):
        added = new_p[len(old_p):]
        if added[0] in " ,;:" and added.strip() and (added[0] != " " or added[1:2].isalnum()):
            ins = added[1:] if added[0] == " " else added
            return f"In {_c(where)} wordt na {_q(old_p, ins)} ingevoegd: {_q(ins, old_p)}."
    if new_p.endswith(old_p) and len(new_p) > len(old_p):
        added = new_p[: len(new_p) - len(old_p)]
        if added.endswith(" ") and added.strip() and added[-2:-1] not in "( ":
            return f"In {_c(where)} wordt voor {_q(old_p, added)} ingevoegd: {_q(added[:-1], old_p)}."
    return f"In {_c(where)} wordt {_q(old_p, new_p)} vervangen door {_q(new_p, old_p)}."


# --- structural changes among the children of one parent -------------------------------------------------


Make = Callable[[Cite], list[str]]


@dataclass
class _Plan:
    """The sentences for one artikel, each written with a citation function (relative or absolute)."""

    make: list[Make]


def _s_vervalt(gone: Adres) -> Make:
    def make(c: Cite) -> list[str]:
        return [f"{_cap(_c(c(gone)))} vervalt."]
    return make


def _s_insert(word: str, where: Adres, soort: str, run: list[Eenheid]) -> Make:
    """'Na X wordt een lid ingevoegd', 'Voor X …', 'Aan X wordt een lid toegevoegd' + the new text."""
    def make(c: Cite) -> list[str]:
        ww = "wordt" if len(run) == 1 else "worden"
        verb = "toegevoegd" if word == "Aan" else "ingevoegd"
        return [f"{word} {_c(c(where))} {ww} {_noun(soort, len(run))} {verb}, luidende:", *_body(run)]
    return make


def _s_renumber_insert(verb: str, van_p: str, naar_p: str, parent: Adres, soort: str, run: list[Eenheid]) -> Make:
    def make(c: Cite) -> list[str]:
        return [f"Onder {verb} van {van_p} tot {naar_p}, wordt in {c(parent)} {_noun(soort, len(run))} "
                f"ingevoegd, luidende:", *_body(run)]
    return make


def _s_renumber(parent: Adres, ww: str, van_p: str, done: str, naar_p: str) -> Make:
    def make(c: Cite) -> list[str]:
        return [f"In {_c(c(parent))} {ww} {van_p} {done} tot {naar_p}."]
    return make


def _s_komt(where: Adres, unit: Eenheid) -> Make:
    def make(c: Cite) -> list[str]:
        return [f"{_cap(_c(c(where)))} komt te luiden:", *_body([unit])]
    return make


def _s_text(o: Eenheid, n: Eenheid, where: Adres) -> Make:
    def make(c: Cite) -> list[str]:
        return text_sentences(o, n, c(where)) or []
    return make


def _noun(soort: str, n: int) -> str:
    plural = {"lid": "leden", "onderdeel": "onderdelen", "artikel": "artikelen"}[soort]
    return f"{AANTAL.get(n, str(n))} {soort if n == 1 else plural}"


def _body(units: list[Eenheid]) -> list[str]:
    return [INDENT + ln for ln in write_units(units)]  # type: ignore[arg-type]


def _parent_plan(old_p: Eenheid, new_p: Eenheid, pa_new: Adres, renumbered: set[Adres],
                 matched: list[tuple[Eenheid, Eenheid]], plan: _Plan) -> bool:
    """Plan the structural changes among the children of one parent; False when too complex."""
    from wetgeving.diff.align import align

    olds, news = list(children(old_p)), list(children(new_p))
    pairs = align(olds, news)
    removed = [olds[i] for i, j in pairs if j is None and i is not None]
    added = [news[j] for i, j in pairs if i is None and j is not None]
    renum = [(olds[i], news[j]) for i, j in pairs if i is not None and j is not None and olds[i].nr != news[j].nr]
    matched.extend((olds[i], news[j]) for i, j in pairs if i is not None and j is not None)
    if not (removed or added or renum):
        return True
    kinds = {u.soort for u in [*removed, *added, *(x for p in renum for x in p)]}
    if len(kinds) != 1:
        return False
    soort = kinds.pop()
    for u in removed:
        gone = pa_new.child(u.soort, u.nr)
        plan.make.append(_s_vervalt(gone))
    van = [o.nr for o, _ in renum]
    naar = [n.nr for _, n in renum]
    for _, n in renum:
        renumbered.add(pa_new.child(n.soort, n.nr))
    runs = _runs(news, added)
    verb = "verlettering" if soort == "onderdeel" else "vernummering"
    if renum:
        van_p, naar_p = range_phrase(soort, van), range_phrase(soort, naar, article=False)
        if len(runs) == 1 and not removed:
            plan.make.append(_s_renumber_insert(verb, van_p, naar_p, pa_new, soort, runs[0]))
            return True
        ww = "wordt" if len(van) == 1 else "worden"
        plan.make.append(_s_renumber(pa_new, ww, van_p, "verletterd" if soort == "onderdeel" else "vernummerd", naar_p))
    for run in runs:
        idx = news.index(run[0])
        prev = news[idx - 1] if idx > 0 else None
        nxt = next((u for u in news[idx + len(run):] if u.soort == soort), None)
        if prev is not None and prev.soort == soort:
            plan.make.append(_s_insert("Na", pa_new.child(prev.soort, prev.nr), soort, run))
        elif nxt is None:
            plan.make.append(_s_insert("Aan", pa_new, soort, run))
        else:
            plan.make.append(_s_insert("Voor", pa_new.child(nxt.soort, nxt.nr), soort, run))
    return True


def _runs(news: list[Eenheid], added: list[Eenheid]) -> list[list[Eenheid]]:
    runs: list[list[Eenheid]] = []
    ids = {id(u) for u in added}
    for u in news:
        if id(u) in ids:
            if runs and runs[-1] and news.index(runs[-1][-1]) == news.index(u) - 1:
                runs[-1].append(u)
            else:
                runs.append([u])
    return runs


def _plan_unit(o: Eenheid, n: Eenheid, pa: Adres, renumbered: set[Adres], plan: _Plan) -> bool:
    """Plan all changes inside matched units ``o`` → ``n`` at address ``pa`` (new numbering)."""
    if o == n:
        return True
    ot, nt = own_text(o), own_text(n)
    if ot != nt:
        probe = text_sentences(o, n, "X")
        if probe is None:
            plan.make.append(_s_komt(pa, n))
            return True
        plan.make.append(_s_text(o, n, pa))
    matched: list[tuple[Eenheid, Eenheid]] = []
    if not _parent_plan(o, n, pa, renumbered, matched, plan):
        return False
    return all(_plan_unit(oc, nc, pa.child(nc.soort, nc.nr), renumbered, plan) for oc, nc in matched)


# --- onderdelen -----------------------------------------------------------------------------------------


def _lines_for_article(old: Artikel, new: Artikel) -> list[str]:
    """Instruction lines for a changed artikel (fine-grained; may be unverified)."""
    renumbered: set[Adres] = set()
    plan = _Plan([])
    art = Adres.of(("artikel", new.nr))
    if old.nr != new.nr or not _plan_unit(old, new, art, renumbered, plan) or not plan.make:
        return _komt_te_luiden(new)
    if len(plan.make) == 1:
        lines = plan.make[0](cite_abs)
        if len([ln for ln in lines if not ln.startswith(INDENT)]) == 1:
            return lines
    rel = cite_rel(renumbered)
    points: list[str] = [f"Artikel {new.nr} wordt als volgt gewijzigd:", ""]
    n = 0
    for make in plan.make:
        for ln in make(rel):
            if ln.startswith(INDENT):
                points.append(ln)
            else:
                n += 1
                points.append(f"{n}. {ln}")
    if n > MAX_POINTS:
        return _komt_te_luiden(new)
    return points


def _komt_te_luiden(new: Artikel) -> list[str]:
    return [f"Artikel {new.nr} komt te luiden:", *_body([new])]


def _verified(lines: list[str], old: Regeling, nr: str, new_art: Artikel | None, when: date | None,
              letter: str) -> Wijzigingsonderdeel | None:
    ond = parse_onderdeel(letter, [_Line(i, ln) for i, ln in enumerate(lines, 1) if ln.strip()])
    if ond.onleesbaar:
        return None
    reg = old
    try:
        for op in ond.operaties:
            reg = apply_op(reg, op)
    except WetgevingError:  # the candidate does not apply: the caller falls back to «komt te luiden»
        return None
    got = reg.get(Adres.of(("artikel", new_art.nr if new_art else nr)))
    if new_art is None:
        return ond if got is None else None
    return ond if isinstance(got, Artikel) and same_artikel(got, new_art) else None


def _onderdeel_for(g: ArtikelWijziging, old: Regeling, new: Regeling, letter: str, *,
                   when: date | None) -> Wijzigingsonderdeel:
    o = old.get(Adres.of(("artikel", g.oud_nr))) if g.oud_nr else None
    n = new.get(Adres.of(("artikel", g.nieuw_nr))) if g.nieuw_nr else None
    assert o is None or isinstance(o, Artikel)
    assert n is None or isinstance(n, Artikel)
    if n is None:
        lines = [f"Artikel {g.oud_nr} vervalt."]
    elif o is not None and o.nr != n.nr:
        ond = _verified([f"Artikel {o.nr} wordt vernummerd tot artikel {n.nr}."], old, o.nr, n, when, letter)
        if ond is not None:
            return replace(ond, inwerking=when)
        lines = [f"Artikel {o.nr} vervalt."]
    else:
        assert o is not None
        lines = _lines_for_article(o, n)
    ond = _verified(lines, old, g.oud_nr or "", n, when, letter)
    if ond is None and n is not None and o is not None:
        ond = _verified(_komt_te_luiden(n), old, n.nr, n, when, letter)
    if ond is None:
        raise RuntimeError(f"cannot express the change of {g.label} as instructions")  # a bug, not user error
    return replace(ond, inwerking=when)


def _insert_run(run: list[Artikel], new: Regeling, old: Regeling, letter: str, *,
                when: date | None) -> Wijzigingsonderdeel:
    order = [a.nr for a in new.artikelen()]
    idx = order.index(run[0].nr)
    prev = next((order[k] for k in range(idx - 1, -1, -1) if old.get(Adres.of(("artikel", order[k])))), None)
    box = new_container(_short(old), [a.nr for a in run], new.geldig_vanaf)
    if box is not None and not any(old.get(Adres.of(("artikel", a.nr))) for a in run):
        # a new chapter as a chapter (Aanwijzing 6.11.1; 'Va' per 6.16.1), with its artikelen
        head = f"Na {box.soort} {box.na} wordt een {box.soort} ingevoegd, luidende:"
        lines = [head, INDENT + f"{box.soort.capitalize()} {box.nr}. {box.titel}", *_body(list(run))]
        ond = parse_onderdeel(letter, [_Line(i, ln) for i, ln in enumerate(lines, 1)])
        return replace(ond, inwerking=when)
    noun = _noun("artikel", len(run))
    ww = "wordt" if len(run) == 1 else "worden"
    if prev is not None:
        head = f"Na artikel {prev} {ww} {noun} ingevoegd, luidende:"
    else:
        nxt = next((order[k] for k in range(idx + len(run), len(order)) if old.get(Adres.of(("artikel", order[k])))), None)
        head = f"Voor artikel {nxt} {ww} {noun} ingevoegd, luidende:" if nxt else f"Er {ww} {noun} ingevoegd, luidende:"
    lines = [head, *_body(list(run))]
    ond = parse_onderdeel(letter, [_Line(i, ln) for i, ln in enumerate(lines, 1)])
    return replace(ond, inwerking=when)


def generate(d: Diff, *, when: date | None = None, titel: str = "") -> Wijzigingsregeling:
    """An amending act that turns ``d.oud`` into ``d.nieuw``."""
    old, new = d.oud, d.nieuw
    items: list[tuple[tuple[object, ...], Callable[[str], Wijzigingsonderdeel]]] = []
    added_nrs = [g.nieuw_nr for g in d.artikelen if g.soort == "added" and g.nieuw_nr]
    order = [a.nr for a in new.artikelen()]
    runs: list[list[Artikel]] = []
    for nr in order:
        if nr in added_nrs:
            art = new.get(Adres.of(("artikel", nr)))
            assert isinstance(art, Artikel)
            if runs and order.index(runs[-1][-1].nr) == order.index(nr) - 1:
                runs[-1].append(art)
            else:
                runs.append([art])
    for run in runs:
        items.append(((sort_key(run[0].nr), 1), partial(_insert_run, run, new, old, when=when)))
    for g in d.artikelen:
        if g.soort != "added":
            items.append(((sort_key(g.oud_nr or g.nieuw_nr or ""), 0), partial(_onderdeel_for, g, old, new, when=when)))
    items.sort(key=lambda t: t[0])
    names = letters()
    onderdelen = tuple(make(names[i]) for i, (_, make) in enumerate(items))
    wa = WijzigingsArtikel("I", _short(old), old.citeertitel, onderdelen,
                            aanhef=f"De {old.citeertitel} wordt als volgt gewijzigd:", bwb_id=old.bwb_id)
    title = titel or f"Wijziging van de {old.citeertitel} (gegenereerd: {old.geldig_vanaf} → {new.geldig_vanaf})"
    return Wijzigingsregeling(title, (wa,), inwerking=when)


def _short(reg: Regeling) -> str:
    from wetgeving.bronnen.catalogus import catalogue

    return next((b.regeling for b in catalogue() if b.bwb_id == reg.bwb_id and b.regeling), reg.bwb_id)


def staged(base: Regeling, stages: list[tuple[date, Regeling]], *, titel: str = "") -> Wijzigingsregeling:
    """One act for a law that changed in stages (e.g. 1 January and 1 April 2023): the onderdelen of each
    stage carry its date, ordered by artikel (a later stage after an earlier one for the same artikel)."""
    parts: list[tuple[tuple[object, ...], Wijzigingsonderdeel]] = []
    prev = base
    for k, (when, reg) in enumerate(stages):
        act = generate(structural_diff(prev, reg), when=when)
        for ond in act.artikelen[0].onderdelen if act.artikelen else ():
            parts.append(((_first_target(ond), k), ond))
        prev = reg
    parts.sort(key=lambda t: t[0])
    names = letters()
    onderdelen = tuple(replace(o, nr=names[i]) for i, (_, o) in enumerate(parts))
    art = WijzigingsArtikel("I", _short(base), base.citeertitel, onderdelen,
                            aanhef=f"De {base.citeertitel} wordt als volgt gewijzigd:", bwb_id=base.bwb_id)
    return Wijzigingsregeling(titel or f"Wijziging van de {base.citeertitel}", (art,),
                              inwerking=min((w for w, _ in stages), default=None))


def _first_target(ond: Wijzigingsonderdeel) -> object:
    for op in ond.operaties:
        a = op.doel
        if a is not None and a.artikel:
            return sort_key(a.artikel)
        if op.eenheden and isinstance(op.eenheden[0], Artikel):
            return sort_key(op.eenheden[0].nr)
    return sort_key("")
