"""Carry out text actions inside a unit (Aanwijzingen 6.9–6.12): replace, delete, insert and append words,
rewrite the own text or one sentence, delete a sentence, change the punctuation at the end.

Words are matched as whole words («raad» is not found in «gemeenteraad»). A phrase must occur exactly once
in its scope unless the instruction says «telkens»; the scope is the unit with its onderdelen, or only its
own text when the instruction names the aanhef or a sentence.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from typing import Any

from wetgeving.model import Alinea, Regeling, alineas, buiten_deel
from wetgeving.wijziging import bewerken as ed
from wetgeving.wijziging.acties import (
    LeestekenVervangen,
    Plaats,
    Schrappen,
    TekstInvoegen,
    TekstKomtTeLuiden,
    TekstToevoegen,
    Vervangen,
    ZinVervalt,
)
from wetgeving.wijziging.bewerken import EditError

Edit = tuple[int, int, str]


def eenheid(reg: Regeling, plaats_adres: Any) -> Any:
    unit = reg.get(plaats_adres)
    if unit is None:
        raise EditError(buiten_deel(reg, plaats_adres) or f"{plaats_adres.onderwerp()} bestaat niet in de {reg.citeertitel}")
    return unit


def phrase_pattern(text: str) -> re.Pattern[str]:
    """``text`` as whole words: «raad» does not match inside «gemeenteraad»."""
    left = r"(?<!\w)" if text[:1].isalnum() else ""
    right = r"(?!\w)" if text[-1:].isalnum() else ""
    return re.compile(left + re.escape(text) + right)


def _zin_spans(unit: Any, plaats: Plaats) -> list[tuple[int, int]] | None:
    if plaats.zin is None:
        return None
    joined = " ".join(a.tekst for a in unit.inhoud if isinstance(a, Alinea))
    sents = ed.sentences(joined)
    idx = plaats.zin - 1 if plaats.zin > 0 else len(sents) + plaats.zin
    if not 0 <= idx < len(sents):
        raise EditError(f"{plaats.adres.citation()} heeft geen {_zin_woord(plaats.zin)} zin")
    return [sents[idx]]


def _zin_woord(n: int) -> str:
    from wetgeving.nummers import ordinal

    return "laatste" if n < 0 else ordinal(n)


def text_edit(reg: Regeling, plaats: Plaats, edit: Callable[[str], list[Edit]], what: str, telkens: bool) -> Regeling:
    """Run ``edit`` on every alinea in scope; it returns (start, end, new) edits, counted over the scope."""
    unit = eenheid(reg, plaats.adres)
    spans = _zin_spans(unit, plaats)
    counter = {"n": 0, "pos": 0}

    def fn(al: Alinea) -> Alinea:
        edits = edit(al.tekst)
        if spans is not None:
            off = counter["pos"]
            edits = [e for e in edits if any(s <= e[0] + off and e[1] + off <= t for s, t in spans)]
            counter["pos"] += len(al.tekst) + 1
        counter["n"] += len(edits)
        for start, end, new in sorted(edits, reverse=True):
            al = ed.edit_alinea(al, start, end, new)
        return tidy(al)

    new_unit = ed.map_alineas(unit, fn, deep=not (plaats.aanhef or plaats.zin is not None))
    n = counter["n"]
    if n == 0:
        raise EditError(f"{what} staat niet in {_waar(plaats)}")
    if n > 1 and not telkens:
        raise EditError(f"{what} staat {n} keer in {_waar(plaats)}; schrijf «telkens» of noem de zin")
    return ed.replace_unit(reg, plaats.adres, new_unit)


def _waar(p: Plaats) -> str:
    extra = ", aanhef" if p.aanhef else (f", {_zin_woord(p.zin)} zin" if p.zin is not None else "")
    return p.adres.citation() + extra


def tidy(al: Alinea) -> Alinea:
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


def vervangen(reg: Regeling, a: Vervangen) -> Regeling:
    pat = phrase_pattern(a.oud)
    return text_edit(reg, a.plaats, lambda t: [(m.start(), m.end(), a.nieuw) for m in pat.finditer(t)],
                     f"«{a.oud}»", a.telkens)


def schrappen(reg: Regeling, a: Schrappen) -> Regeling:
    pat = phrase_pattern(a.oud)
    return text_edit(reg, a.plaats, lambda t: [(m.start(), m.end(), "") for m in pat.finditer(t)], f"«{a.oud}»",
                     a.telkens)


def invoegen(reg: Regeling, a: TekstInvoegen) -> Regeling:
    pat = phrase_pattern(a.anker)

    def edits(t: str) -> list[Edit]:
        out = []
        for m in pat.finditer(t):
            if a.positie == "voor":  # a space between the new words and the word they stand before
                out.append((m.start(), m.start(), a.nieuw + ("" if a.nieuw[-1:] in "( " else " ")))
            else:  # … and after, unless the new text starts with punctuation
                out.append((m.end(), m.end(), ("" if a.nieuw[:1] in ",.;:) " else " ") + a.nieuw))
        return out

    return text_edit(reg, a.plaats, edits, f"«{a.anker}»", a.telkens)


_CLOSING = re.compile(r"(?:[.;:,]|; en|; of|, en|, of)$")


def toevoegen(reg: Regeling, a: TekstToevoegen) -> Regeling:
    """At the end of the own text: a new sentence after it, words before its closing punctuation."""
    unit = eenheid(reg, a.plaats.adres)
    idx = max((i for i, k in enumerate(unit.inhoud) if isinstance(k, Alinea)), default=None)
    inh = list(unit.inhoud)
    if idx is None:
        inh.insert(0, Alinea(a.nieuw))
    else:
        al = inh[idx]
        text = al.tekst
        if _eindigt_op(text, a.nieuw):  # Kamerstuk 35 546, nr. 2, onderdeel A on the Gemeentewet of 2023-01-01,
            # which already has its words: adding them again would double them; the act was applied before
            cit = a.plaats.adres.citation()
            raise EditError(f"{cit}{',' if ',' in cit else ''} eindigt al op «{a.nieuw.strip()}»: dit onderdeel lijkt al "
                            "te zijn toegepast (kies de versie van vóór de wijziging)")
        if a.nieuw[:1].isupper() or not text:
            inh[idx] = ed.edit_alinea(al, len(text), len(text), (" " if text else "") + a.nieuw)
        else:
            m = _CLOSING.search(text)
            at = m.start() if m else len(text)
            inh[idx] = ed.edit_alinea(al, at, at, ("" if a.nieuw[:1] in ",.;:)" else " ") + a.nieuw)
    return ed.replace_unit(reg, a.plaats.adres, dataclasses.replace(unit, inhoud=tuple(inh)))


def _eindigt_op(text: str, nieuw: str) -> bool:
    """Whether ``text`` ends, before its closing punctuation («.», «;», «; of»), on the words ``nieuw``: more than one
    word, whole words («en» is no end of «…benoemde leden;»)."""
    words = nieuw.strip().rstrip(".;:, ")
    m = _CLOSING.search(text)
    body = text[:m.start() if m else len(text)].rstrip()
    return len(words.split()) > 1 and re.search(phrase_pattern(words).pattern + r"$", body) is not None


def komt_te_luiden(reg: Regeling, a: TekstKomtTeLuiden) -> Regeling:
    """The own text (aanhef) of a unit, or one of its sentences, gets new words."""
    unit = eenheid(reg, a.plaats.adres)
    if a.plaats.zin is not None:
        spans = _zin_spans(unit, a.plaats) or []
        return _zin_edit(reg, a.plaats, unit, spans[0], a.nieuw)
    own = [i for i, k in enumerate(unit.inhoud) if isinstance(k, Alinea)]
    inh = [k for i, k in enumerate(unit.inhoud) if i not in own[1:]]
    if own:
        inh[own[0]] = Alinea(a.nieuw)
    else:
        inh.insert(0, Alinea(a.nieuw))
    return ed.replace_unit(reg, a.plaats.adres, dataclasses.replace(unit, inhoud=tuple(inh)))


def zin_vervalt(reg: Regeling, a: ZinVervalt) -> Regeling:
    """6.12.1: a sentence vervalt; the only sentence of a unit does not — the unit itself vervalt (helper-53: a lid
    left without text, «4.», was «toegepast»)."""
    plaats = Plaats(a.adres, a.zin)
    unit = eenheid(reg, a.adres)
    spans = _zin_spans(unit, plaats) or []
    joined = " ".join(k.tekst for k in unit.inhoud if isinstance(k, Alinea))
    if not (joined[:spans[0][0]] + joined[spans[0][1]:]).strip() and not any(
            not isinstance(k, Alinea) for k in unit.inhoud):
        cit = a.adres.onderwerp()  # «artikel 36a, vierde lid, heeft …», «artikel 58 heeft …»
        raise EditError(f"{cit} heeft geen andere tekst dan deze zin; dan vervalt de eenheid zelf: schrijf "
                        f"«{cit[:1].upper()}{cit[1:]} vervalt.» (aanwijzing 6.12, eerste lid)")
    return _zin_edit(reg, plaats, unit, spans[0], "")


def _zin_edit(reg: Regeling, plaats: Plaats, unit: Any, span: tuple[int, int], new: str) -> Regeling:
    """Replace the sentence at ``span`` of the joined own text (alinea's joined with one space)."""
    pos = 0
    inh = list(unit.inhoud)
    for i, k in enumerate(inh):
        if not isinstance(k, Alinea):
            continue
        s, e = span[0] - pos, span[1] - pos
        if s >= 0 and e <= len(k.tekst):
            inh[i] = tidy(ed.edit_alinea(k, s, e, new))
            return ed.replace_unit(reg, plaats.adres, dataclasses.replace(unit, inhoud=tuple(inh)))
        pos += len(k.tekst) + 1
    raise EditError(f"de {_zin_woord(plaats.zin or 0)} zin van {plaats.adres.citation()} loopt over twee alinea's")


def leesteken(reg: Regeling, a: LeestekenVervangen) -> Regeling:
    """The punctuation at the end of the unit (the end of its last alinea, also inside its onderdelen)."""
    unit = eenheid(reg, a.adres)
    alle = list(alineas(unit))
    if not alle or not alle[-1].tekst.rstrip().endswith(a.oud):
        raise EditError(f"{a.adres.citation()} eindigt niet op «{a.oud}»")
    seen = {"n": 0}

    def fn(al: Alinea) -> Alinea:
        seen["n"] += 1
        if seen["n"] < len(alle):
            return al
        end = len(al.tekst.rstrip())
        return ed.edit_alinea(al, end - len(a.oud), end, a.nieuw)

    return ed.replace_unit(reg, a.adres, ed.map_alineas(unit, fn))
