"""A readable listing of the actions read from an act (``wetgeving parse-act``)."""

from __future__ import annotations

import dataclasses

from wetgeving.locatie import Adres
from wetgeving.model import Artikel, Lid, Onderdeel, Structuur
from wetgeving.nummers import telling
from wetgeving.wijziging.acties import Actie, Anker, Plaats
from wetgeving.wijziging.model import Wijzigingsregeling


def _waarde(v: object) -> str:
    if isinstance(v, Plaats):
        extra = (", aanhef" if v.aanhef else "") + (f", zin {v.zin}" if v.zin is not None else "")
        return str(v.adres) + extra
    if isinstance(v, Adres):
        return str(v)
    if isinstance(v, Anker):
        return f"{v.positie} {v.nr}"
    if isinstance(v, (Artikel, Lid, Onderdeel, Structuur)):
        return f"{v.soort} {v.nr}"
    if isinstance(v, tuple):
        return ", ".join(_paar(item) for item in v)
    return repr(v) if isinstance(v, str) else str(v)


def _paar(item: object) -> str:
    if isinstance(item, tuple) and len(item) == 2 and all(isinstance(y, str) for y in item):
        return f"{item[0]}→{item[1]}"
    return _waarde(item)


def describe_op(a: Actie) -> str:
    """'vervangen  artikel:28/lid:1  oud='stemming'; nieuw='beraadslaging en stemming''."""
    velden = [f"{f.name}={_waarde(getattr(a, f.name))}" for f in dataclasses.fields(a)
              if getattr(a, f.name) not in (None, False, (), "")]
    return f"{a.naam:24} " + "; ".join(velden)


def describe_act(act: Wijzigingsregeling) -> str:
    lines = [act.titel] if act.titel else []
    if act.citeertitel:
        lines.append(f"citeertitel: {act.citeertitel}")
    if act.inwerking_wijze:
        lines.append(f"inwerkingtreding: {act.inwerking_wijze} (de wet noemt geen datum)")
    for art, ond in act.onderdelen():
        when = f" (inwerking {ond.inwerking})" if ond.inwerking else ""
        lines.append(f"ARTIKEL {art.nr} ({art.citeertitel}), onderdeel {ond.nr}{when}")
        lines.extend(f"  {describe_op(a)}" for a in ond.acties)
        lines.extend(f"  LET OP: {x}" for x in ond.meldingen)
        lines.extend(f"  ONLEESBAAR {p.waar()}: {p.tekst[:70]!r} — {p.reden}" for p in ond.onleesbaar)
    lines.extend(f"ONLEESBAAR {p.waar()}: {p.tekst[:70]!r} — {p.reden}" for p in act.onleesbaar)
    n = sum(len(o.acties) for _, o in act.onderdelen())
    lines.append(f"{telling(len(act.onderdelen()), 'onderdeel', 'onderdelen')}, {telling(n, 'wijziging', 'wijzigingen')}, "
                 f"{len(act.problems())} onleesbaar")
    return "\n".join(lines) + "\n"
