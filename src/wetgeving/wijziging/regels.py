"""One instruction sentence (+ its new text) → operations. Each formula of the Aanwijzingen voor de
regelgeving, ch. 6, is one rule here; a sentence that matches none raises :class:`GrammarError`."""

from __future__ import annotations

import re
from collections.abc import Callable

from wetgeving.locatie import Adres
from wetgeving.wijziging.model import Operatie
from wetgeving.wijziging.tekstblok import parse_units
from wetgeving.wijziging.zinnen import (
    EENHEID,
    SINGULAR,
    TELWOORD,
    Doel,
    GrammarError,
    Groepen,
    groups,
    number_word,
    parse_range,
    q,
    split_van_tot,
    target,
)

T = r"(?P<t>[^«»‘’“”„\"]+?)"  # a target never holds a quotation mark
WW = r"(?:wordt|worden)"
Rule = Callable[[Groepen, list[str], Adres | None], list[Operatie]]
LUIDENDE = r"(?:luidende|luidend|die luiden|dat luidt|die luidt)"
RULES: list[tuple[re.Pattern[str], Rule]] = []


def rule(pattern: str, *, first: bool = False) -> Callable[[Rule], Rule]:
    """Register a formula; ``first`` puts it before the general ones it would otherwise lose to."""
    def register(fn: Rule) -> Rule:
        entry = (re.compile(pattern + r"$", re.I | re.S), fn)
        if first:
            RULES.insert(0, entry)
        else:
            RULES.append(entry)
        return fn

    return register


def parse_sentence(sentence: str, body: list[str], context: Adres | None) -> list[Operatie]:
    """Operations of one instruction sentence; ``body`` holds the lines after 'luidende:'."""
    s = " ".join(sentence.split())
    if s.count("«") != s.count("»") or s.count("‘") > s.count("’"):
        raise GrammarError("a quotation is opened but not closed (the text may be cut off here)")
    for pattern, fn in RULES:
        m = pattern.match(s)
        if m:
            return fn(groups(m), body, context)
    raise GrammarError("no formula of the Aanwijzingen (ch. 6) matches this sentence")


_ENDS = re.compile(r"[.;:]\W*$|\b(?:en|of)$")


def _units(body: list[str], eenheid: str, expected: int | None = None) -> tuple:  # type: ignore[type-arg]
    last = next((ln for ln in reversed(body) if ln.strip()), "")
    if not last:
        raise GrammarError("the new text announced by 'luidende:' is missing")
    if not _ENDS.search(last.strip()):
        raise GrammarError(f"the new text ends mid-sentence ({last.strip()[-40:]!r}): it looks cut off")
    units = parse_units(body, eenheid)
    if expected is not None and len(units) != expected:
        raise GrammarError(f"the sentence announces {expected} {eenheid}(en) but {len(units)} follow")
    return tuple(units)


def _parent(context: Adres | None, eenheid: str) -> Adres | None:
    """Where new units of a kind go when no place is named: the context, cut to the right level."""
    if eenheid == "artikel":
        return None
    if context is None:
        raise GrammarError(f"a new {eenheid} needs an artikel to go into; none is being amended here")
    if eenheid == "lid":
        return Adres(tuple(s for s in context.segmenten if s[0] == "artikel"))
    return context


# --- text: vervangen, schrappen, toevoegen, invoegen ---------------------------------------------------


@rule(rf"In {T},? {WW} (?P<telkens1>telkens )?{q('oud')} (?P<telkens2>telkens )?vervangen door {q('nieuw')}\.")
def _vervangen(m: Groepen, body: list[str], ctx: Adres | None) -> list[Operatie]:
    return [Operatie("vervangen", d.adres, oud=m["oud"] or "", nieuw=m["nieuw"] or "", zin=d.zin, aanhef=d.aanhef,
                     telkens=bool(m["telkens1"] or m["telkens2"])) for d in targets(m["t"] or "", ctx)]


@rule(rf"{q('oud')} {WW} (?P<telkens>telkens )?vervangen door {q('nieuw')}\.")
def _vervangen_kaal(m: Groepen, body: list[str], ctx: Adres | None) -> list[Operatie]:
    if ctx is None:
        raise GrammarError("the sentence does not say where the words are to be replaced")
    return [Operatie("vervangen", ctx, oud=m["oud"], nieuw=m["nieuw"], telkens=bool(m["telkens"]))]


@rule(rf"In {T},? (?:vervalt|vervallen) (?P<telkens>telkens )?{q('oud')}\.")
def _schrappen(m: Groepen, body: list[str], ctx: Adres | None) -> list[Operatie]:
    d = target(m["t"], ctx)
    return [Operatie("schrappen", d.adres, oud=m["oud"], zin=d.zin, aanhef=d.aanhef, telkens=bool(m["telkens"]))]


@rule(rf"In {T},? {WW} (?P<telkens>telkens )?{q('oud')} geschrapt\.")
def _geschrapt(m: Groepen, body: list[str], ctx: Adres | None) -> list[Operatie]:
    return _schrappen(m, body, ctx)


@rule(rf"Aan {T},? {WW} (?:een zin |een zinsnede )?toegevoegd(?:, luidende)?:? {q('nieuw')}\.?")
def _toevoegen_tekst(m: Groepen, body: list[str], ctx: Adres | None) -> list[Operatie]:
    d = target(m["t"], ctx)
    return [Operatie("toevoegen_tekst", d.adres, nieuw=m["nieuw"], zin=d.zin, aanhef=d.aanhef)]


@rule(rf"In {T},? {WW} (?P<telkens>telkens )?(?P<pos>na|voor) {q('oud')} (?:telkens )?ingevoegd:? {q('nieuw')}\.")
def _invoegen_tekst(m: Groepen, body: list[str], ctx: Adres | None) -> list[Operatie]:
    return [Operatie("invoegen_tekst", d.adres, oud=m["oud"] or "", nieuw=m["nieuw"] or "",
                     positie=(m["pos"] or "").lower(), zin=d.zin, aanhef=d.aanhef, telkens=bool(m["telkens"]))
            for d in targets(m["t"] or "", ctx)]


# --- units: komt te luiden, vervalt, invoegen, toevoegen, vernummeren -----------------------------------


@rule(rf"{T} komt te luiden:")
def _komt_te_luiden(m: Groepen, body: list[str], ctx: Adres | None) -> list[Operatie]:
    d = target(m["t"], ctx)
    (unit,) = _units(body, d.adres.soort, 1)
    return [Operatie("komt_te_luiden", d.adres, eenheden=(unit,))]


@rule(rf"{T} komt te luiden:? {q('nieuw')}\.?")
def _komt_te_luiden_kort(m: Groepen, body: list[str], ctx: Adres | None) -> list[Operatie]:
    d = target(m["t"], ctx)
    return [Operatie("vervangen", d.adres, oud="", nieuw=m["nieuw"], positie="alles", aanhef=True)]


def _vervalt_targets(text: str, ctx: Adres | None) -> list[Adres]:
    t = re.sub(r"^(?:de|het)\s+", "", text.strip(), flags=re.I)
    if re.match(r"^(?:artikelen|leden|onderdelen)\b", t, re.I) or re.search(r"\b(?:en|tot en met)\b", t):
        kind, nrs = parse_range(t)
        if kind == "artikel":
            return [Adres.of(("artikel", n)) for n in nrs]
        parent = _parent(ctx, kind)
        assert parent is not None
        return [parent.child(kind, n) for n in nrs]
    return [target(text, ctx).adres]


@rule(rf"{T} (?:vervalt|vervallen)\.")
def _vervalt(m: Groepen, body: list[str], ctx: Adres | None) -> list[Operatie]:
    return [Operatie("vervalt", a) for a in _vervalt_targets(m["t"], ctx)]


@rule(rf"{T} (?:vervalt|vervallen), onder (?:vernummering|verlettering) van (?P<r>.+)\.")
def _vervalt_vernummer(m: Groepen, body: list[str], ctx: Adres | None) -> list[Operatie]:
    gone = _vervalt_targets(m["t"], ctx)
    if len({a.parent for a in gone}) != 1 or len({a.soort for a in gone}) != 1:
        raise GrammarError("units of different kinds or places cannot be repealed with one renumbering")
    return [*(Operatie("vervalt", a) for a in gone), _renumber(m["r"], gone[0].parent, gone[0].soort)]


def _renumber(phrase: str, parent: Adres | None, default_kind: str | None) -> Operatie:
    return _renumbering(*split_van_tot(phrase), lambda _: parent, default_kind)


def _renumbering(van_t: str, naar_t: str, parent: Callable[[str], Adres | None],
                 default_kind: str | None = None) -> Operatie:
    """«2 en 3» «3 en 4» → one simultaneous renumbering; ``parent`` maps the unit kind to its parent."""
    kind, van = parse_range(van_t, default_kind)
    _, naar = parse_range(naar_t, kind)
    if len(van) != len(naar):
        raise GrammarError(f"renumbering {len(van)} units to {len(naar)} numbers")
    return Operatie("vernummeren", parent(kind), eenheid=kind, van=tuple(van), naar=tuple(naar))


@rule(rf"Onder (?:vernummering|verlettering) van (?P<r>.+?),? {WW} (?:(?:in|aan) (?P<t>.+?) )?"
      rf"(?P<n>{TELWOORD}) {EENHEID} (?P<how>ingevoegd|toegevoegd), {LUIDENDE}:")
def _vernummer_invoegen(m: Groepen, body: list[str], ctx: Adres | None) -> list[Operatie]:
    eenheid = SINGULAR.get(m["e"].lower(), m["e"].lower())
    parent = target(m["t"], ctx).adres if m["t"] else _parent(ctx, eenheid)
    units = _units(body, eenheid, number_word(m["n"]))
    return [_renumber(m["r"], parent, eenheid), Operatie("invoegen", parent, eenheden=units, eenheid=eenheid)]


@rule(rf"(?P<pos>Na|Voor) {T} {WW} (?P<n>{TELWOORD}) {EENHEID} ingevoegd, {LUIDENDE}:")
def _invoegen_bij(m: Groepen, body: list[str], ctx: Adres | None) -> list[Operatie]:
    eenheid = SINGULAR.get(m["e"].lower(), m["e"].lower())
    anchor = target(m["t"], ctx).adres
    units = _units(body, eenheid, number_word(m["n"]))
    return [Operatie("invoegen", anchor.parent if eenheid != "artikel" else None, eenheden=units,
                     eenheid=eenheid, positie=m["pos"].lower(), anker=anchor.nr)]


@rule(rf"(?:Aan (?P<t>.+?)|Er) {WW} (?P<n>{TELWOORD}) {EENHEID} (?:toegevoegd|ingevoegd), {LUIDENDE}:")
def _toevoegen(m: Groepen, body: list[str], ctx: Adres | None) -> list[Operatie]:
    eenheid = SINGULAR.get(m["e"].lower(), m["e"].lower())
    parent = target(m["t"], ctx).adres if m["t"] else _parent(ctx, eenheid)
    units = _units(body, eenheid, number_word(m["n"]))
    return [Operatie("invoegen", parent, eenheden=units, eenheid=eenheid)]


_SLOT = (r"onder vervanging van (?P<{o}>de punt|de puntkomma|een puntkomma|{qo}) aan het slot van (?P<{t}>.+?) "
         r"door (?P<{n}>een puntkomma|een punt|{qn})")


def _slot_value(v: str) -> str:
    return {"de punt": ".", "een punt": ".", "de puntkomma": ";", "een puntkomma": ";"}.get(v.lower(), v.strip("«»‘’'\""))


@rule(r"(?:" + _SLOT.format(o="o1", t="t1", n="n1", qo=q("q1"), qn=q("q2")).replace("onder", "Onder", 1)
      + r")(?: en " + _SLOT.format(o="o2", t="t2", n="n2", qo=q("q3"), qn=q("q4")) + r")?,? "
      + rf"{WW} (?P<n>{TELWOORD}) {EENHEID} toegevoegd, {LUIDENDE}:")
def _slot_toevoegen(m: Groepen, body: list[str], ctx: Adres | None) -> list[Operatie]:
    ops = []
    for o, t, n in (("o1", "t1", "n1"), ("o2", "t2", "n2")):
        if m[t]:
            d = target(m[t], ctx)
            ops.append(Operatie("vervangen", d.adres, oud=_slot_value(m[o]), nieuw=_slot_value(m[n]), positie="slot"))
    eenheid = SINGULAR.get(m["e"].lower(), m["e"].lower())
    first = target(m["t1"], ctx).adres
    units = _units(body, eenheid, number_word(m["n"]))
    ops.append(Operatie("invoegen", first.parent, eenheden=units, eenheid=eenheid))
    return ops


@rule(rf"In {T},? {WW} (?P<r>.+?) (?:vernummerd|verletterd) tot (?P<naar>.+?)\.")
def _vernummeren_in(m: Groepen, body: list[str], ctx: Adres | None) -> list[Operatie]:
    parent = target(m["t"], ctx).adres
    return [_renumbering(m["r"], m["naar"], lambda _: parent)]


@rule(rf"(?P<r>.+?) {WW} (?:vernummerd|verletterd) tot (?P<naar>.+?)\.")
def _vernummeren(m: Groepen, body: list[str], ctx: Adres | None) -> list[Operatie]:
    return [_renumbering(m["r"], m["naar"], lambda kind: _parent(ctx, kind))]


# --- 6.18.3 / 6.18.4: an artikel gets or loses its leden; 6.23: intrekking ------------------------------


@rule(rf"Voor de tekst {WW} de aanduiding {q('label')} geplaatst\.")
def _aanduiding_plaatsen(m: Groepen, body: list[str], ctx: Adres | None) -> list[Operatie]:
    if ctx is None:
        raise GrammarError("'Voor de tekst …' needs the artikel being amended")
    return [Operatie("aanduiding_plaatsen", ctx, nieuw=m["label"])]


@rule(rf"{T} alsmede de aanduiding {q('label')} voor (?P<t2>.+?) vervallen\.", first=True)
def _aanduiding_vervalt(m: Groepen, body: list[str], ctx: Adres | None) -> list[Operatie]:
    ops = [Operatie("vervalt", a) for a in _vervalt_targets(m["t"], ctx)]
    ops.append(Operatie("aanduiding_vervalt", target(m["t2"], ctx).adres, oud=m["label"]))
    return ops


@rule(r"(?:De|Het) (?P<naam>.+?) wordt ingetrokken\.")
def _intrekken(m: Groepen, body: list[str], ctx: Adres | None) -> list[Operatie]:
    return [Operatie("intrekken", None, oud=m["naam"])]


# --- older Staatsblad styles, punctuation, several targets and clauses (issue 13) -----------------------

PUNCT = {"punt": ".", "puntkomma": ";", "komma": ",", "dubbele punt": ":"}
_PUNCT = r"(?:de |een )?(?P<{g}>punt|puntkomma|komma|dubbele punt)"


@rule(rf"In {T},? {WW} {q('oud')} (?P<telkens>telkens )?vervangen door: (?P<kaal>[^«»]+?)\.", first=True)
def _vervangen_dubbelepunt(m: Groepen, body: list[str], ctx: Adres | None) -> list[Operatie]:
    """The older style without quotes around the new text: 'wordt "X" vervangen door: Y.'"""
    return [Operatie("vervangen", d.adres, oud=m["oud"] or "", nieuw=m["kaal"] or "", zin=d.zin, aanhef=d.aanhef,
                     telkens=bool(m["telkens"])) for d in targets(m["t"] or "", ctx)]


@rule(rf"(?:De|Het) (?:zinsnede|woord|woorden) {q('oud')} {WW} (?P<telkens>telkens )?vervangen door:? "
      rf"(?:{q('nieuw')}|(?P<kaal>[^«»]+?))\.")
def _zinsnede(m: Groepen, body: list[str], ctx: Adres | None) -> list[Operatie]:
    if ctx is None:
        raise GrammarError("the sentence does not say where the words are to be replaced")
    nieuw = m["nieuw"] if m.matched("nieuw") else m["kaal"]
    return [Operatie("vervangen", ctx, oud=m["oud"], nieuw=nieuw, telkens=bool(m["telkens"]))]


@rule(rf"(?:In (?P<t>.+?),? {WW} )?{_PUNCT.format(g='van')} aan het slot(?: van (?P<t2>.+?))? "
      rf"(?:{WW} )?vervangen door {_PUNCT.format(g='naar')}\.", first=True)
def _leesteken(m: Groepen, body: list[str], ctx: Adres | None) -> list[Operatie]:
    """'De puntkomma aan het slot van onderdeel b wordt vervangen door een komma.' (and 'In X wordt de punt
    aan het slot vervangen door een puntkomma.')"""
    where = " ".join(x for x in (m["t"], m["t2"]) if x) or None
    d = _in(where, ctx) if where else _need(ctx)
    return [Operatie("vervangen", d, oud=PUNCT[(m["van"] or "").lower()], nieuw=PUNCT[(m["naar"] or "").lower()],
                     positie="slot")]


def _in(where: str, ctx: Adres | None) -> Adres:
    """'artikel 5, tweede lid' + 'onderdeel b' (an In-target followed by a van-target) → one address."""
    parts = [p for p in re.split(r"\s+(?=onderdeel\b|het \w+ lid\b)", where) if p]
    adres = target(parts[0], ctx).adres
    for p in parts[1:]:
        adres = target(p, adres).adres
    return adres


def _need(ctx: Adres | None) -> Adres:
    if ctx is None:
        raise GrammarError("the sentence does not say where the punctuation is")
    return ctx


@rule(rf"(?P<pos>Na|Voor) {T},? {WW},? onder (?:vernummering|verlettering) van (?P<r>.+?),? "
      rf"(?P<n>{TELWOORD}) {EENHEID} ingevoegd, {LUIDENDE}:", first=True)
def _invoegen_bij_vernummer(m: Groepen, body: list[str], ctx: Adres | None) -> list[Operatie]:
    eenheid = SINGULAR.get((m["e"] or "").lower(), (m["e"] or "").lower())
    anchor = target(m["t"] or "", ctx).adres
    units = _units(body, eenheid, number_word(m["n"] or ""))
    parent = anchor.parent if eenheid != "artikel" else None
    return [_renumber(m["r"] or "", parent, eenheid),
            Operatie("invoegen", parent, eenheden=units, eenheid=eenheid, positie=(m["pos"] or "").lower(),
                     anker=anchor.nr)]


@rule(rf"In {T},? {WW},? onder (?:vernummering|verlettering) van (?P<r>.+?),? (?:(?P<pos>na|voor) (?P<a>.+?) )?"
      rf"(?P<n>{TELWOORD}) {EENHEID} ingevoegd, {LUIDENDE}:", first=True)
def _in_vernummer_invoegen(m: Groepen, body: list[str], ctx: Adres | None) -> list[Operatie]:
    eenheid = SINGULAR.get((m["e"] or "").lower(), (m["e"] or "").lower())
    parent = target(m["t"] or "", ctx).adres
    units = _units(body, eenheid, number_word(m["n"] or ""))
    ins = Operatie("invoegen", parent, eenheden=units, eenheid=eenheid)
    if m["a"]:
        anchor = target(m["a"], parent).adres
        ins = Operatie("invoegen", parent, eenheden=units, eenheid=eenheid, positie=(m["pos"] or "").lower(),
                       anker=anchor.nr)
    return [_renumber(m["r"] or "", parent, eenheid), ins]


# Clauses of one sentence on one target: '… wordt «A» vervangen door «B» en wordt na «C» ingevoegd: «D».'
_CLAUSES = [
    (re.compile(rf"(?P<telkens>telkens )?{q('oud')} (?P<telkens2>telkens )?vervangen door {q('nieuw')}$"), "vervangen"),
    (re.compile(rf"(?P<telkens>telkens )?(?P<pos>na|voor) {q('oud')} (?P<telkens2>telkens )?ingevoegd:? {q('nieuw')}$"),
     "invoegen_tekst"),
    (re.compile(rf"(?P<telkens>telkens )?{q('oud')} (?P<telkens2>telkens )?geschrapt$"), "schrappen"),
]


def _split_clauses(rest: str) -> list[str]:
    """Split at ' en (wordt) ' and ', ' outside quotations."""
    out, buf, close = [], [], ""
    i = 0
    while i < len(rest):
        ch = rest[i]
        if close:
            buf.append(ch)
            if ch in close:
                close = ""
            i += 1
            continue
        pair = next((c for o, c in _QPAIRS if o == ch), None)
        if pair:
            close = pair
            buf.append(ch)
            i += 1
            continue
        m = re.match(r",? en (?:wordt |worden )?|, (?:wordt |worden )?", rest[i:])
        if m and buf:
            out.append("".join(buf).strip())
            buf = []
            i += m.end()
            continue
        buf.append(ch)
        i += 1
    if close:
        raise GrammarError("a quotation is opened but not closed (the text may be cut off here)")
    out.append("".join(buf).strip())
    return [c for c in out if c]


_QPAIRS = (("«", "»"), ("‘", "’"), ("“", "”"), ("„", "”“"), ('"', '"'))


@rule(rf"In {T},? {WW} (?P<rest>.+(?:»|’|”|\")(?: en .+)?)\.")
def _clauses(m: Groepen, body: list[str], ctx: Adres | None) -> list[Operatie]:
    """Several changes to one target in one sentence; every clause must be a formula, or nothing applies."""
    ds = targets(m["t"] or "", ctx)
    clauses = _split_clauses(m["rest"] or "")
    ops: list[Operatie] = []
    for c in clauses:
        for pattern, soort in _CLAUSES:
            cm = pattern.match(c)
            if cm:
                g = groups(cm)
                for d in ds:
                    ops.append(Operatie(soort, d.adres, oud=g["oud"] or "", nieuw=g["nieuw"] or "",
                                        positie=(g["pos"] or "").lower(), zin=d.zin, aanhef=d.aanhef,
                                        telkens=bool(g["telkens"] or g["telkens2"])))
                break
        else:
            raise GrammarError(f"part of the sentence is not a formula of the Aanwijzingen: {c!r}")
    return ops


def targets(text: str, ctx: Adres | None) -> list[Doel]:
    """One target, or several: 'de artikelen 151b, tweede lid, 151c, tweede lid, en 154b, vijfde lid'."""
    t = text.strip()
    m = re.match(r"^(?:de )?artikelen\s+(?P<list>.+)$", t, re.I)
    if not m:
        return [target(t, ctx)]
    out: list[Doel] = []
    current: list[str] = []
    for part in re.split(r",\s*(?:en\s+)?|\s+en\s+", m["list"]):
        part = part.strip()
        if not part:
            continue
        if re.match(r"^(?:[A-Z]{1,3}\s?)?\d+[a-z]*$", part):
            if current:
                out.append(target("artikel " + ", ".join(current), ctx))
            current = [part]
        elif current:
            current.append(part)
        else:
            raise GrammarError(f"cannot read the list of artikelen {text!r}")
    if current:
        out.append(target("artikel " + ", ".join(current), ctx))
    if len(out) < 2:
        raise GrammarError(f"'de artikelen' names fewer than two artikelen in {text!r}")
    return out


# --- chapters and paragraphs (Aanwijzing 6.11.1: a new chapter is inserted as a chapter; 6.16.1 numbering) ---

_STRUCT = r"(?P<e>hoofdstuk|titel|afdeling|paragraaf|subparagraaf)(?:ken|en|s)?"


@rule(rf"(?P<pos>Na|Voor) (?P<ak>hoofdstuk|titel|afdeling|paragraaf|subparagraaf) (?P<anr>[\w.]+) {WW} "
      rf"(?P<n>{TELWOORD}) {_STRUCT} ingevoegd, {LUIDENDE}:", first=True)
def _invoegen_container(m: Groepen, body: list[str], ctx: Adres | None) -> list[Operatie]:
    from wetgeving.wijziging.tekstblok import parse_container

    eenheid = m["e"].lower()
    if eenheid != m["ak"].lower():
        raise GrammarError(f"a {eenheid} is inserted after a {m['ak'].lower()}: name a {eenheid} as the place")
    units = tuple(parse_container(body, eenheid))
    if len(units) != number_word(m["n"]):
        raise GrammarError(f"the sentence announces {m['n']} {eenheid}(en) but {len(units)} follow")
    return [Operatie("invoegen", None, eenheden=units, eenheid=eenheid, positie=m["pos"].lower(), anker=m["anr"])]
