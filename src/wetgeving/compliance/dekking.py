"""Coverage of tranche 1 by the obligations (docs/obligations-coverage.md).

The articles come from the real version pairs, not from a hand-typed list: every artikel that differs
between the version before tranche 1 and the version after it, and that a tranche-1 onderdeel targets.
For the Kieswet, whose earlier text is not in the sources, the tranche model's targets are used and the
row says so. For each such artikel, every lid (in the old and the new version) that addresses an organ or
office-holder is a row: either modelled (the obligations whose wording of that date cites it) or explained
in ``corpus/dekking.toml``. No law text is written, only addresses and our own explanations.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from wetgeving.bronnen.catalogus import Catalogus
from wetgeving.bronnen.secure import toml_fout
from wetgeving.compliance.verplichtingen import Verplichting, verplichtingen
from wetgeving.diff import diff
from wetgeving.errors import InputError
from wetgeving.locatie import Adres
from wetgeving.model import Artikel, Lid, Regeling, tekst

# Words that show a lid addresses an organ or office-holder (a griffier checks what applies to whom).
ORGANEN = re.compile(
    r"\b(raad|raden|college|burgemeester|wethouders?|commissies?|raadscommissies?|bestuurscommissies?|"
    r"onderzoekscommissie|voorzitter|griffier|commissaris|gedeputeerde staten|centraal stembureau|"
    r"gemeentebestuur|lid van de raad|leden van de raad)\b", re.IGNORECASE)

# (regeling, before, after): the real version pairs around tranche 1; None = no earlier text in the sources.
PAREN = (("gemeentewet", "2022-11-05", "2023-04-01"), ("provinciewet", "2022-11-05", "2023-04-01"),
         ("kieswet", None, "2025-08-01"))


@dataclass(frozen=True, slots=True)
class Rij:
    """One coverage row: a lid (or a lid-less artikel) of an artikel tranche 1 changed."""

    regeling: str
    adres: Adres
    versies: tuple[str, ...]  # the version dates the lid appears in ("2022-11-05", "2023-04-01")
    organen: tuple[str, ...]
    verplichtingen: tuple[str, ...]  # obligation ids modelling it
    uitleg: str  # why not modelled (from corpus/dekking.toml), or a note
    bron: str  # "versiepaar" or "tranchemodel"

    @property
    def verklaard(self) -> bool:
        return bool(self.verplichtingen or self.uitleg)


@cache
def uitleg(cat: Catalogus) -> dict[tuple[str, str, str], str]:
    """(regeling, adres, versie or "") → why the row is not modelled."""
    return lees_uitleg(cat.corpus / "dekking.toml")


def lees_uitleg(path: Path) -> dict[tuple[str, str, str], str]:
    """The explanations of a ``dekking.toml`` (an :class:`InputError` naming the file when it cannot be read)."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        return {(e["regeling"], e["adres"], e.get("versie", "")): e["reden"] for e in data.get("uitleg", [])}
    except tomllib.TOMLDecodeError as exc:
        raise toml_fout(exc, path) from None
    except (OSError, KeyError, TypeError) as exc:
        raise InputError(f"kan de dekkingstoelichting niet lezen: {exc}", file=path,
                         hint="elke [[uitleg]] heeft regeling, adres, reden en eventueel versie") from None


def _note(notes: dict[tuple[str, str, str], str], regeling: str, adres: Adres, versies: tuple[str, ...]) -> str:
    exact = [notes[(regeling, str(adres), v)] for v in versies if (regeling, str(adres), v) in notes]
    return exact[0] if exact else notes.get((regeling, str(adres), ""), "")


def _changed_artikelen(cat: Catalogus, regeling: str, before: str | None, after: str) -> tuple[list[str], str]:
    from wetgeving.tranches.lezen import tranche

    targets = {d.artikel for w, o in tranche("1").onderdelen() if w.regeling == regeling for d in o.doelen}
    if before is None:
        return sorted(x for x in targets if x), "tranchemodel"
    a = cat.load(f"{regeling}@{before}")
    b = cat.load(f"{regeling}@{after}")
    changed = {nr for g in diff(a, b).artikelen for nr in (g.oud_nr, g.nieuw_nr) if nr}
    return sorted(x for x in changed & targets if x), "versiepaar"


def _units(reg: Regeling, nr: str) -> list[tuple[Adres, str]]:
    art = reg.get(Adres.of(("artikel", nr)))
    if not isinstance(art, Artikel):
        return []
    leden = [u for u in art.inhoud if isinstance(u, Lid)]
    base = Adres.of(("artikel", nr))
    if not leden:
        return [(base, tekst(art, " "))]
    return [(base.child("lid", lid.nr), tekst(lid, " ")) for lid in leden]


def _covers(cited: Adres, row: Adres) -> bool:
    """A citation covers a row when one contains the other (a whole artikel, a lid, an onderdeel of it)."""
    a, b = cited.segmenten, row.segmenten
    n = min(len(a), len(b))
    return a[:n] == b[:n]


def _modelled(regeling: str, adres: Adres, on: date, items: tuple[Verplichting, ...]) -> tuple[str, ...]:
    return tuple(v.id for v in items for p in v.perioden if p.geldt_op(on)
                 and any(g.regeling == regeling and g.adres is not None and _covers(g.adres, adres)
                         for g in p.grondslagen))


def rows(cat: Catalogus) -> list[Rij]:
    """Every coverage row, in law and artikel order. A lid with the same text in both versions is one row;
    a lid whose text differs is a row per version (its number may even name another provision)."""
    items = verplichtingen()
    notes = uitleg(cat)
    out: list[Rij] = []
    for regeling, before, after in PAREN:
        arts, how = _changed_artikelen(cat, regeling, before, after)
        sides = [d for d in (before, after) if d]
        regs = {d: cat.load(f"{regeling}@{d}") for d in sides}
        for nr in _natural(arts):
            found: dict[tuple[Adres, str], list[str]] = {}
            for d in sides:
                for adres, text in _units(regs[d], nr):
                    found.setdefault((adres, text), []).append(d)
            for (adres, text), ds in found.items():
                ids = tuple(dict.fromkeys(i for d in ds for i in _modelled(regeling, adres, _start(cat, regeling, d), items)))
                organs = sorted({m.group(0).lower() for m in ORGANEN.finditer(text)})
                note = _note(notes, regeling, adres, tuple(ds))
                if organs or ids or note:
                    out.append(Rij(regeling, adres, tuple(ds), tuple(organs), ids, note, how))
    return out


def _start(cat: Catalogus, regeling: str, d: str) -> date:
    """The date a version stands for in the coverage: its own start (the old version: the day before tranche 1)."""
    b = cat.pick(f"{regeling}@{d}")
    return b.geldig_vanaf or date.fromisoformat(d)


def _natural(nrs: list[str]) -> list[str]:
    from wetgeving.nummers import sort_key

    return sorted(nrs, key=sort_key)


def stale_notes(cat: Catalogus, found: list[Rij]) -> list[str]:
    """Explanations in corpus/dekking.toml that explain no unmodelled row (the law or the model moved on)."""
    used = {(r.regeling, str(r.adres), v) for r in found if not r.verplichtingen for v in ("", *r.versies)}
    return sorted(f"{reg} {adres} {v}".strip() for reg, adres, v in uitleg(cat) if (reg, adres, v) not in used)
