"""Comparing law versions by their text and structure (not by reference markup or metadata): what "the
same law" means for round trips such as ``apply(generate(diff(a, b)), a) == b``."""

from __future__ import annotations

from typing import Any

from wetgeving.model import Alinea, Artikel, Regeling


def shape(unit: Any) -> Any:
    """A comparable form of a unit: kind, number, label, kop and alinea texts, recursively."""
    if isinstance(unit, Alinea):
        return unit.tekst
    label = getattr(unit, "label", "")
    titel = getattr(unit, "titel", "")
    return (unit.soort, unit.nr, label, titel, tuple(shape(k) for k in unit.inhoud))


def same_artikel(a: Artikel | None, b: Artikel | None) -> bool:
    if a is None or b is None:
        return a is b
    return bool(shape(a) == shape(b))


def differences(a: Regeling, b: Regeling) -> list[str]:
    """The artikelen whose text or structure differs (empty when the two read the same)."""
    aa = {x.nr: x for x in a.artikelen()}
    bb = {x.nr: x for x in b.artikelen()}
    out = [f"artikel {nr} only in the first" for nr in aa if nr not in bb]
    out += [f"artikel {nr} only in the second" for nr in bb if nr not in aa]
    out += [f"artikel {nr} differs" for nr in aa if nr in bb and not same_artikel(aa[nr], bb[nr])]
    if [x.nr for x in a.artikelen() if x.nr in bb] != [x.nr for x in b.artikelen() if x.nr in aa]:
        out.append("artikelen are in another order")
    return out
