"""Apply an amending act to a regeling: ``apply(base, act, date) → Toepassing`` (a new regeling and a report
per onderdeel). The base is never changed. An onderdeel applies whole or not at all; one that fails is
reported with its reason (target not found, text not found or found twice, conflict with an earlier
onderdeel, unreadable instruction). With a date, only onderdelen in force on that date are applied.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from wetgeving.locatie import Adres
from wetgeving.model import Alinea, Artikel, Lid, Regeling, Structuur
from wetgeving.wijziging import bewerken as ed
from wetgeving.wijziging.bewerken import EditError
from wetgeving.wijziging.model import Operatie, WijzigingsArtikel, Wijzigingsonderdeel, Wijzigingsregeling

TOEGEPAST, MISLUKT, NIET_IN_WERKING, ANDERE_REGELING = "toegepast", "mislukt", "niet in werking", "andere regeling"
GEDEELTELIJK = "gedeeltelijk toegepast"


@dataclass(frozen=True, slots=True)
class Verslag:
    """What happened to one onderdeel."""

    artikel: str
    onderdeel: str
    status: str
    reden: str = ""
    inwerking: date | None = None

    def __str__(self) -> str:
        where = (f"ARTIKEL {self.artikel}, onderdeel {self.onderdeel}" if self.onderdeel
                 else f"ARTIKEL {self.artikel}" if self.artikel else "de wijzigingsregeling")
        return f"{where}: {self.status}" + (f" — {self.reden}" if self.reden else "")


@dataclass(frozen=True)
class Toepassing:
    """The result of applying an act."""

    regeling: Regeling
    verslag: tuple[Verslag, ...]

    @property
    def ok(self) -> bool:
        return all(v.status not in (MISLUKT, GEDEELTELIJK) for v in self.verslag)

    def count(self, status: str) -> int:
        return sum(v.status == status for v in self.verslag)


def _targets_base(art: WijzigingsArtikel, base: Regeling) -> bool:
    names = {art.regeling.casefold(), art.citeertitel.casefold(), art.bwb_id.casefold()} - {""}
    return bool(names & {base.bwb_id.casefold(), base.citeertitel.casefold()}) or art.regeling == base.bron


def apply(base: Regeling, act: Wijzigingsregeling, *, when: date | None = None, partial: bool = False) -> Toepassing:
    """Apply every onderdeel of ``act`` that amends ``base`` (and is in force on ``when``, if given).

    An onderdeel with unreadable instructions fails whole; with ``partial`` its readable operations are
    applied and it is reported as partly applied (for excerpts cut off mid-way)."""
    reg = base
    verslag: list[Verslag] = []
    touched: dict[Adres, tuple[str, str]] = {}
    for art, ond in act.onderdelen():
        if not _targets_base(art, base):
            verslag.append(Verslag(art.nr, ond.nr, ANDERE_REGELING, f"wijzigt {art.citeertitel}", ond.inwerking))
            continue
        if when is not None and ond.inwerking is not None and ond.inwerking > when:
            verslag.append(Verslag(art.nr, ond.nr, NIET_IN_WERKING, f"vanaf {ond.inwerking}", ond.inwerking))
            continue
        status = TOEGEPAST
        reden = ""
        if ond.onleesbaar:
            p = ond.onleesbaar[0]
            reden = f"onleesbare instructie (regel {p.regel}): {p.reden}"
            if not partial or not ond.operaties:
                verslag.append(Verslag(art.nr, ond.nr, MISLUKT, reden, ond.inwerking))
                continue
            status = GEDEELTELIJK
        try:
            _check_overlap(ond, touched)
            new = reg
            for op in ond.operaties:
                new = apply_op(new, op)
        except EditError as exc:
            reason = _conflict(ond, touched, base) or exc.message
            verslag.append(Verslag(art.nr, ond.nr, MISLUKT, reason, ond.inwerking))
            continue
        reg = new
        for op in ond.operaties:
            if op.doel is not None:
                touched.setdefault(op.doel, (ond.nr, op.soort))
        verslag.append(Verslag(art.nr, ond.nr, status, reden, ond.inwerking))
    for p in act.onleesbaar:  # outside any onderdeel (headings, inwerkingtreding): the act as a whole is doubtful
        verslag.append(Verslag("", "", MISLUKT, f"onleesbare regel {p.regel}: {p.reden} («{p.tekst}»)"))
    applied = [v.inwerking for v in verslag if v.status in (TOEGEPAST, GEDEELTELIJK) and v.inwerking]
    geldig = when or (max(applied) if applied else base.geldig_vanaf)
    return Toepassing(dataclasses.replace(reg, geldig_vanaf=geldig), tuple(verslag))


def _check_overlap(ond: Wijzigingsonderdeel, touched: dict[Adres, tuple[str, str]]) -> None:
    for op in ond.operaties:
        if op.soort in ("komt_te_luiden", "vervalt") and op.doel is not None:
            for adres, (other, how) in touched.items():
                if how in ("komt_te_luiden", "vervalt") and (adres == op.doel or op.doel.is_within(adres)):
                    raise EditError(f"conflicts with onderdeel {other}, which already "
                                    f"{'rewrote' if how == 'komt_te_luiden' else 'repealed'} {adres.citation()}")


def _conflict(ond: Wijzigingsonderdeel, touched: dict[Adres, tuple[str, str]], base: Regeling) -> str:
    """Explain a failure as a conflict when an earlier onderdeel touched the same unit."""
    for op in ond.operaties:
        if op.doel is None:
            continue
        for adres, (other, how) in touched.items():
            if adres == op.doel or op.doel.is_within(adres) or adres.is_within(op.doel):
                return f"conflicts with onderdeel {other} ({how.replace('_', ' ')} {adres.citation()})"
    return ""


# --- single operations ----------------------------------------------------------------------------------

OPS: dict[str, Callable[[Regeling, Operatie], Regeling]] = {}


def op(name: str) -> Callable[[Callable[[Regeling, Operatie], Regeling]], Callable[[Regeling, Operatie], Regeling]]:
    def register(fn: Callable[[Regeling, Operatie], Regeling]) -> Callable[[Regeling, Operatie], Regeling]:
        OPS[name] = fn
        return fn

    return register


def apply_op(reg: Regeling, o: Operatie) -> Regeling:
    """Apply one operation (raises :class:`EditError` when it cannot be carried out)."""
    problem = malformed(o)
    if problem:
        raise EditError(f"malformed operation {o.soort!r}: {problem}")
    if o.doel is not None and o.doel.segmenten[0][0] not in ("artikel",) and reg.get(o.doel) is None:
        o = dataclasses.replace(o, doel=container(reg, o.doel))
    return OPS[o.soort](reg, o)


def container(reg: Regeling, adres: Adres) -> Adres:
    """The full path of a container named by its own kind and number ('hoofdstuk:IVb' → 'titel:II/hoofdstuk:IVb')."""
    soort, nr = adres.segmenten[-1]
    found = [a for a, u in reg.index.items() if isinstance(u, Structuur) and a.segmenten[-1] == (soort, nr)]
    if len(found) != 1:
        raise EditError(f"{soort} {nr} " + ("does not exist" if not found else "occurs more than once; name its path"))
    return found[0]


_NEEDS_DOEL = {"vervangen", "schrappen", "toevoegen_tekst", "invoegen_tekst", "komt_te_luiden", "vervalt",
               "aanduiding_plaatsen", "aanduiding_vervalt"}


def malformed(o: Operatie) -> str:
    """What makes an operation impossible whatever the regeling (acts from XML can hold anything), or ``""``."""
    if o.soort not in OPS:
        return "unknown kind of operation"
    if o.soort in _NEEDS_DOEL and o.doel is None:
        return "it names no unit (doel)"
    if o.soort in ("vervangen", "schrappen") and not o.oud and o.positie not in ("alles", "slot"):
        return "no words to replace or delete (oud)"
    if o.soort == "komt_te_luiden" and len(o.eenheden) != 1:
        return f"it needs exactly one new unit, not {len(o.eenheden)}"
    if o.soort == "komt_te_luiden" and o.doel is not None and o.eenheden[0].soort != o.doel.soort:
        return f"a {o.doel.soort} cannot be replaced by a {o.eenheden[0].soort}"
    if o.soort == "invoegen" and not o.eenheden:
        return "no units to insert"
    if o.soort == "invoegen" and o.doel is None and any(not isinstance(u, (Artikel, Structuur)) for u in o.eenheden):
        return "only artikelen and containers can be inserted at the top level; name the unit to insert into (doel)"
    if o.soort == "aanduiding_vervalt" and (o.doel is None or o.doel.parent is None):
        return "its doel must be the last lid of an artikel"
    if o.soort == "vernummeren" and (not o.van or len(o.van) != len(o.naar) or not all(o.naar)):
        return "it needs as many new numbers (naar) as old ones (van)"
    return ""


def _unit(reg: Regeling, adres: Adres | None) -> Any:
    if adres is None:
        raise EditError("the instruction names no unit")
    unit = reg.get(adres)
    if unit is None:
        raise EditError(f"{adres.citation()} does not exist in {reg.citeertitel}")
    return unit


def phrase_pattern(text: str) -> re.Pattern[str]:
    """``text`` as whole words: «raad» does not match inside «gemeenteraad»."""
    left = r"(?<!\w)" if text[:1].isalnum() else ""
    right = r"(?!\w)" if text[-1:].isalnum() else ""
    return re.compile(left + re.escape(text) + right)


def _text_edit(reg: Regeling, o: Operatie, edit: Callable[[str], list[tuple[int, int, str]]], what: str) -> Regeling:
    """Run ``edit`` on every alinea in scope; it returns (start, end, new) edits; count over the scope."""
    unit = _unit(reg, o.doel)
    assert o.doel is not None
    spans: list[tuple[int, int]] | None = None
    own = [k for k in unit.inhoud if isinstance(k, Alinea)]
    if o.zin is not None:
        joined = " ".join(a.tekst for a in own)
        sents = ed.sentences(joined)
        idx = o.zin - 1 if o.zin > 0 else len(sents) + o.zin
        if not 0 <= idx < len(sents):
            raise EditError(f"{o.doel.citation()} has no sentence {o.zin}")
        spans = [sents[idx]]
    found: list[tuple[int, int, str]] = []
    counter = {"n": 0}
    offset = {"pos": 0}

    def fn(al: Alinea) -> Alinea:
        edits = edit(al.tekst)
        if spans is not None:
            base_off = offset["pos"]
            edits = [e for e in edits if any(s <= e[0] + base_off and e[1] + base_off <= t for s, t in spans)]
            offset["pos"] += len(al.tekst) + 1
        counter["n"] += len(edits)
        found.extend(edits)
        for start, end, new in sorted(edits, reverse=True):
            al = ed.edit_alinea(al, start, end, new)
        return _tidy(al)

    deep = not (o.aanhef or o.zin is not None)
    new_unit = ed.map_alineas(unit, fn, deep=deep)
    n = counter["n"]
    if n == 0:
        raise EditError(f"{what} not found in {o.doel.citation()}")
    if n > 1 and not o.telkens:
        raise EditError(f"{what} found {n} times in {o.doel.citation()}; write 'telkens' or name the sentence")
    return ed.replace_unit(reg, o.doel, new_unit)


def _tidy(al: Alinea) -> Alinea:
    """Remove double spaces and spaces before punctuation that a deletion leaves behind."""
    text = al.tekst
    for m in reversed(list(re.finditer(r"  +| (?=[,.;:])", text))):
        al = ed.edit_alinea(al, m.start(), m.end(), " " if m.group().startswith("  ") else "")
        text = al.tekst
    if text != text.strip():
        lead = len(text) - len(text.lstrip())
        al = ed.edit_alinea(al, 0, lead, "")
        al = ed.edit_alinea(al, len(al.tekst.rstrip()), len(al.tekst), "")
    return al


@op("vervangen")
def _vervangen(reg: Regeling, o: Operatie) -> Regeling:
    if o.positie == "alles":
        unit = _unit(reg, o.doel)
        own = [i for i, k in enumerate(unit.inhoud) if isinstance(k, Alinea)]
        inh = [k for i, k in enumerate(unit.inhoud) if i not in own[1:]]
        if own:
            inh[own[0]] = Alinea(o.nieuw)
        else:
            inh.insert(0, Alinea(o.nieuw))
        assert o.doel is not None
        return ed.replace_unit(reg, o.doel, dataclasses.replace(unit, inhoud=tuple(inh)))
    if o.positie == "slot":
        return _slot(reg, o)
    pat = phrase_pattern(o.oud)
    return _text_edit(reg, o, lambda t: [(m.start(), m.end(), o.nieuw) for m in pat.finditer(t)], f"«{o.oud}»")


def _slot(reg: Regeling, o: Operatie) -> Regeling:
    unit = _unit(reg, o.doel)
    idx = max((i for i, k in enumerate(unit.inhoud) if isinstance(k, Alinea)), default=None)
    if idx is None or not unit.inhoud[idx].tekst.endswith(o.oud):
        raise EditError(f"{o.doel.citation() if o.doel else ''} does not end with «{o.oud}»")
    al = unit.inhoud[idx]
    inh = list(unit.inhoud)
    inh[idx] = ed.edit_alinea(al, len(al.tekst) - len(o.oud), len(al.tekst), o.nieuw)
    assert o.doel is not None
    return ed.replace_unit(reg, o.doel, dataclasses.replace(unit, inhoud=tuple(inh)))


@op("schrappen")
def _schrappen(reg: Regeling, o: Operatie) -> Regeling:
    pat = phrase_pattern(o.oud)
    return _text_edit(reg, o, lambda t: [(m.start(), m.end(), "") for m in pat.finditer(t)], f"«{o.oud}»")


@op("invoegen_tekst")
def _invoegen_tekst(reg: Regeling, o: Operatie) -> Regeling:
    pat = phrase_pattern(o.oud)

    def edits(t: str) -> list[tuple[int, int, str]]:
        out = []
        for m in pat.finditer(t):
            if o.positie == "voor":  # a space between the new words and the word they stand before
                out.append((m.start(), m.start(), o.nieuw + ("" if o.nieuw[-1:] in "( " else " ")))
            else:  # … and after, unless the new text starts with punctuation
                out.append((m.end(), m.end(), ("" if o.nieuw[:1] in ",.;:) " else " ") + o.nieuw))
        return out

    return _text_edit(reg, o, edits, f"«{o.oud}»")


_CLOSING = re.compile(r"(?:[.;:,]|; en|; of|, en|, of)$")


@op("toevoegen_tekst")
def _toevoegen_tekst(reg: Regeling, o: Operatie) -> Regeling:
    unit = _unit(reg, o.doel)
    idx = max((i for i, k in enumerate(unit.inhoud) if isinstance(k, Alinea)), default=None)
    inh = list(unit.inhoud)
    if idx is None:
        inh.insert(0, Alinea(o.nieuw))
    else:
        al = inh[idx]
        text = al.tekst
        if o.nieuw[:1].isupper() or not text:
            inh[idx] = ed.edit_alinea(al, len(text), len(text), (" " if text else "") + o.nieuw)
        else:
            m = _CLOSING.search(text)
            at = m.start() if m else len(text)
            inh[idx] = ed.edit_alinea(al, at, at, " " + o.nieuw)
    assert o.doel is not None
    return ed.replace_unit(reg, o.doel, dataclasses.replace(unit, inhoud=tuple(inh)))


@op("komt_te_luiden")
def _komt_te_luiden(reg: Regeling, o: Operatie) -> Regeling:
    old = _unit(reg, o.doel)
    (new,) = o.eenheden
    if new.nr != old.nr:
        raise EditError(f"the new text is numbered {new.nr}, the unit it replaces {old.nr}")
    if isinstance(old, Artikel) and isinstance(new, Artikel):
        new = dataclasses.replace(new, titel=new.titel or old.titel)
    assert o.doel is not None
    return ed.replace_unit(reg, o.doel, new)


@op("vervalt")
def _vervalt(reg: Regeling, o: Operatie) -> Regeling:
    _unit(reg, o.doel)
    assert o.doel is not None
    return ed.remove_unit(reg, o.doel)


@op("vernummeren")
def _vernummeren(reg: Regeling, o: Operatie) -> Regeling:
    mapping = dict(zip(o.van, o.naar, strict=True))
    if o.eenheid == "artikel":
        for nr in o.van:
            if reg.get(Adres.of(("artikel", nr))) is None:
                raise EditError(f"artikel {nr} does not exist")
        staying = {a.nr for a in reg.artikelen()} - set(mapping)
        clash = sorted(set(mapping.values()) & staying)
        if clash or len(set(mapping.values())) != len(mapping):
            raise EditError(f"renumbering would give two artikelen the number {(clash or ['?'])[0]}")
        # simultaneous: first to placeholders, then to the new numbers (2→3 and 3→4 must not collide)
        temp = {nr: f"\x00{i}" for i, nr in enumerate(mapping)}
        for step in (temp, {temp[nr]: new for nr, new in mapping.items()}):
            for nr, new in step.items():
                art = _unit(reg, Adres.of(("artikel", nr)))
                reg = ed.replace_unit(reg, Adres.of(("artikel", nr)), dataclasses.replace(art, nr=new))
        return reg
    if o.doel is not None:
        _unit(reg, o.doel)
    return ed.renumber(reg, o.doel, o.eenheid, mapping)


@op("invoegen")
def _invoegen(reg: Regeling, o: Operatie) -> Regeling:
    if o.eenheden and isinstance(o.eenheden[0], Structuur):
        return _invoegen_containers(reg, o)
    if o.eenheid == "artikel":
        return _invoegen_artikelen(reg, o)
    if o.doel is not None:
        _unit(reg, o.doel)
    return ed.insert_units(reg, o.doel, o.eenheden, after=o.anker if o.positie == "na" else None,
                           before=o.anker if o.positie == "voor" else None)


def _invoegen_artikelen(reg: Regeling, o: Operatie) -> Regeling:
    from wetgeving.nummers import sort_key

    anchor, pos = o.anker, o.positie
    if not anchor:
        first = o.eenheden[0].nr
        before = [a.nr for a in reg.artikelen() if sort_key(a.nr) < sort_key(first)]
        if before:
            anchor, pos = max(before, key=sort_key), "na"
        elif reg.artikelen():
            anchor, pos = reg.artikelen()[0].nr, "voor"
    if anchor and reg.get(Adres.of(("artikel", anchor))) is None:
        raise EditError(f"artikel {anchor} does not exist")
    parent = reg.containers.get(anchor) if anchor else None
    return ed.insert_units(reg, parent, o.eenheden, after=anchor if pos == "na" else None,
                           before=anchor if pos == "voor" else None)


@op("aanduiding_plaatsen")
def _aanduiding_plaatsen(reg: Regeling, o: Operatie) -> Regeling:
    art = _unit(reg, o.doel)
    if any(isinstance(k, Lid) for k in art.inhoud):
        raise EditError(f"{o.doel.citation() if o.doel else ''} already has leden")
    nr = o.nieuw.strip().rstrip(".")
    assert o.doel is not None
    return ed.replace_unit(reg, o.doel, dataclasses.replace(art, inhoud=(Lid(nr, art.inhoud),)))


@op("aanduiding_vervalt")
def _aanduiding_vervalt(reg: Regeling, o: Operatie) -> Regeling:
    lid = _unit(reg, o.doel)
    assert o.doel is not None and o.doel.parent is not None
    art = _unit(reg, o.doel.parent)
    if [k for k in art.inhoud if isinstance(k, Lid)] != [lid]:
        raise EditError(f"{o.doel.parent.citation()} still has other leden")
    inh = [x for k in art.inhoud for x in (lid.inhoud if k is lid else (k,))]
    return ed.replace_unit(reg, o.doel.parent, dataclasses.replace(art, inhoud=tuple(inh)))


@op("intrekken")
def _intrekken(reg: Regeling, o: Operatie) -> Regeling:
    return dataclasses.replace(reg, inhoud=())


def _invoegen_containers(reg: Regeling, o: Operatie) -> Regeling:
    """A new chapter or paragraph, placed next to its sibling (Aanwijzing 6.11.1 invoegen; 6.16.1 a letter
    added to the number); its artikelen must be new."""
    soort = o.eenheden[0].soort
    if not any(isinstance(u, Structuur) for u in reg.inhoud):
        # the source is flat (regelrecht carries no chapters): place the artikelen in number order
        arts = [k for u in o.eenheden for k in u.inhoud if isinstance(k, Artikel)]
        for a in arts:
            if reg.get(Adres.of(("artikel", a.nr))) is not None:
                raise EditError(f"artikel {a.nr} of the new {soort} already exists")
        return ed.insert_units(reg, None, arts)
    anchor = container(reg, Adres.of((soort, o.anker))) if o.anker else None
    parent = anchor.parent if anchor is not None else None
    for u in o.eenheden:
        for k in u.inhoud:
            if isinstance(k, Artikel) and reg.get(Adres.of(("artikel", k.nr))) is not None:
                raise EditError(f"artikel {k.nr} of the new {soort} {u.nr} already exists")
    return ed.insert_units(reg, parent, o.eenheden, after=o.anker if o.positie == "na" else None,
                           before=o.anker if o.positie == "voor" else None)
