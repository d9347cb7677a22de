"""Precision and recall of the extractor against the official link markup of the real sources.

A found reference matches a marked one when their spans overlap; it is right on target when both name the
same regeling and the same artikel (or container, or whole regeling) — the official markup links at artikel
level. Relative references ("het eerste lid", "dit artikel") are counted apart: the markup never links them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from wetgeving.errors import AddressError
from wetgeving.locatie import Jci
from wetgeving.model import Regeling, alineas
from wetgeving.verwijzingen.extract import Extractor, Gevonden
from wetgeving.verwijzingen.titels import Titelregister

Key = tuple[str, ...]


def key_of(doel: str) -> Key | None:
    """('BWBR0005416', 'artikel', '36a') — the identity a target is judged on."""
    if doel.startswith("celex:"):
        return ("celex", doel[6:])
    try:
        jci = Jci.parse(doel)
    except AddressError:
        return None
    if jci.adres is None:
        return (jci.bwb_id,)
    art = jci.adres.artikel
    if art is not None:
        return (jci.bwb_id, "artikel", art)
    soort, nr = jci.adres.segmenten[-1]
    return (jci.bwb_id, soort, nr)


def same_target(found: Key, gold: Key) -> bool:
    """Equal keys; or the markup's artikel number is ours without its ':' or '.' (the regelrecht links write
    'artikel 4:8' of the Awb as #Artikel4 or #Artikel48, a quirk of the source)."""
    if found == gold:
        return True
    if len(found) == 1 and gold[:1] == found:
        return True  # the text names the regeling, the markup links to a part of it
    if len(found) == 3 and len(gold) == 3 and found[:2] == gold[:2] and not re.search(r"[:.]", gold[2]):
        # older regelrecht links cut '4:8' to #Artikel4, newer ones write it as #Artikel48
        return gold[2] in (re.split(r"[:.]", found[2])[0], re.sub(r"[:.]", "", found[2]))
    return False


def key_found(g: Gevonden) -> Key | None:
    if g.doel_anders:
        return key_of(g.doel_anders)
    if not g.bwb_id:
        return None
    if g.adres is None:
        return (g.bwb_id,)
    art = g.adres.artikel
    if art is not None:
        return (g.bwb_id, "artikel", art)
    soort, nr = g.adres.segmenten[-1]
    return (g.bwb_id, soort, nr)


@dataclass
class Scores:
    gold: int = 0
    gold_with_target: int = 0
    found: int = 0
    relative: int = 0
    unresolved: int = 0  # references to regelingen not in the register (kept, target unknown)
    span_matched_found: int = 0
    span_matched_gold: int = 0
    span_exact: int = 0
    target_right: int = 0
    misses: list[tuple[str, str]] = field(default_factory=list)  # (gold text, context)
    extras: list[tuple[str, str, str]] = field(default_factory=list)  # (found text, kind, context)
    wrong: list[tuple[str, str, str]] = field(default_factory=list)  # (text, found key, gold key)

    def ratio(self, a: int, b: int) -> float:
        return a / b if b else 1.0

    @property
    def span_precision(self) -> float:
        return self.ratio(self.span_matched_found, self.found)

    @property
    def span_recall(self) -> float:
        return self.ratio(self.span_matched_gold, self.gold)

    @property
    def target_precision(self) -> float:
        return self.ratio(self.target_right, self.found)

    @property
    def target_precision_marked(self) -> float:
        """Of the found references the markup also marks: the share with the right target."""
        return self.ratio(self.target_right, self.span_matched_found)

    @property
    def target_recall(self) -> float:
        return self.ratio(self.target_right, self.gold_with_target)


def exists_in(reg: Regeling) -> Callable[[str, str], bool]:
    """A check whether ``reg`` has a unit of a kind and number (structure anywhere, artikelen by number)."""
    have = {(a.soort, a.nr) for a in reg.index}
    return lambda soort, nr: (soort, nr) in have


def evaluate(reg: Regeling, register: Titelregister) -> Scores:
    """Score the extractor on every alinea of ``reg`` against its own link markup."""
    ex = Extractor(reg.bwb_id, register, exists=exists_in(reg), unit_exists=reg.heeft)
    s = Scores()
    for art in reg.artikelen():
        for al, found in ex.find_run(alineas(art), art.nr):
            rel = [g for g in found if g.soort in ("relatief", "onbekend")]
            found = [g for g in found if g.soort not in ("relatief", "onbekend")]
            s.relative += sum(g.soort == "relatief" for g in rel)
            s.unresolved += sum(g.soort == "onbekend" for g in rel)
            gold = list(al.verwijzingen)
            s.gold += len(gold)
            s.found += len(found)
            s.gold_with_target += sum(1 for v in gold if key_of(v.doel) is not None)
            used: set[int] = set()
            for g in found:
                ctx = al.tekst[max(0, g.start - 25): g.einde + 25]
                match = next((i for i, v in enumerate(gold) if i not in used and g.start < v.einde and v.start < g.einde), None)
                if match is None:
                    s.extras.append((al.tekst[g.start:g.einde], g.soort, ctx))
                    continue
                used.add(match)
                v = gold[match]
                s.span_matched_found += 1
                s.span_exact += (g.start, g.einde) == (v.start, v.einde)
                fk, gk = key_found(g), key_of(v.doel)
                if fk is not None and gk is not None and same_target(fk, gk):
                    s.target_right += 1
                elif gk is not None:
                    s.wrong.append((al.tekst[g.start:g.einde], str(fk), str(gk)))
            s.span_matched_gold += len(used)
            for i, v in enumerate(gold):
                if i not in used:
                    s.misses.append((al.tekst[v.start:v.einde], al.tekst[max(0, v.start - 25): v.einde + 25]))
    return s
