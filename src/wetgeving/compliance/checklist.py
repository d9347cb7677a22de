"""A checklist per gemeente and date: each obligation with its status on that date, who is responsible,
its grondslag (citation and JCI), the text of the grondslag as in force, and the recorded assessment."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from wetgeving.bronnen.catalogus import load_regeling, pick
from wetgeving.compliance.gemeenten import Gemeente
from wetgeving.compliance.register import Beoordeling
from wetgeving.compliance.verplichtingen import Grondslag, Verplichting
from wetgeving.errors import WetgevingError
from wetgeving.locatie import to_jci
from wetgeving.model import tekst

ORDER = ("geldend", "nog-niet-geldend", "niet-van-toepassing", "wetsvoorstel", "aanbeveling")
LABEL = {"geldend": "geldend", "nog-niet-geldend": "nog niet geldend", "wetsvoorstel": "wetsvoorstel",
         "aanbeveling": "aanbeveling", "niet-van-toepassing": "niet van toepassing"}


@dataclass(frozen=True, slots=True)
class Basis:
    """A grondslag as shown: citation, JCI, the text in force and the version it comes from."""

    citaat: str
    jci: str
    tekst: str
    versie: str


@dataclass(frozen=True, slots=True)
class Regel:
    verplichting: Verplichting
    status: str  # one of ORDER
    basis: tuple[Basis, ...]
    beoordeling: Beoordeling | None = None

    @property
    def status_tekst(self) -> str:
        v = self.verplichting
        if self.status == "nog-niet-geldend":
            return f"nog niet geldend (vanaf {v.geldig_vanaf})"
        if self.status == "niet-van-toepassing" and self.beoordeling is not None:
            return f"niet van toepassing ({self.beoordeling.reden})"
        return LABEL[self.status]


@dataclass(frozen=True)
class Checklist:
    gemeente: Gemeente
    datum: date
    regels: tuple[Regel, ...]

    def count(self, status: str) -> int:
        return sum(r.status == status for r in self.regels)


def status_on(v: Verplichting, when: date, recorded: Beoordeling | None = None) -> str:
    if recorded is not None and recorded.status == "not-applicable":
        return "niet-van-toepassing"
    if v.status == "aanbeveling":
        return "aanbeveling"
    if v.status == "wetsvoorstel":
        return "wetsvoorstel"
    return "geldend" if v.geldig_vanaf is not None and v.geldig_vanaf <= when else "nog-niet-geldend"


@lru_cache(maxsize=4096)  # the same for every gemeente: compute once per date
def basis_of(v: Verplichting, g: Grondslag, when: date, *, with_text: bool = True) -> Basis:
    """The grondslag's citation, JCI and text: from the version in force on ``when``, or from the
    grondslag's own version when the law as in force then does not have it yet (or is not available)."""
    if g.adres is None:
        return Basis(f"beoogde bepaling ({g.voorziening}) in de {g.regeling.capitalize()}", "",
                     "(tekst nog niet beschikbaar: wetsvoorstel)", "")
    spec = g.spec()
    try:
        in_force = pick(f"{g.regeling}@{when}")
        if (v.geldig_vanaf is None or in_force.geldig_vanaf is None or in_force.geldig_vanaf >= v.geldig_vanaf) \
                and load_regeling(f"{g.regeling}@{in_force.geldig_vanaf}").get(g.adres) is not None:
            spec = f"{g.regeling}@{in_force.geldig_vanaf}"
    except WetgevingError:
        pass
    reg = load_regeling(spec)
    unit = reg.get(g.adres)
    text = tekst(unit, " ") if unit is not None else "(bepaling niet gevonden in deze versie)"
    if not with_text:
        text = "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    return Basis(g.adres.citation(reg.citeertitel), to_jci(reg.bwb_id, g.adres, reg.geldig_vanaf), text, spec)


def make(gemeente: Gemeente, when: date, verplichtingen: tuple[Verplichting, ...],
         recorded: dict[str, Beoordeling] | None = None, *, with_text: bool = True) -> Checklist:
    recorded = recorded or {}
    rows = []
    for v in verplichtingen:
        b = recorded.get(v.id)
        rows.append(Regel(v, status_on(v, when, b), tuple(basis_of(v, g, when, with_text=with_text)
                                                          for g in v.grondslagen), b))
    rows.sort(key=lambda r: ORDER.index(r.status))
    return Checklist(gemeente, when, tuple(rows))


@dataclass(frozen=True, slots=True)
class Verschil:
    verplichting: Verplichting
    van: str
    naar: str


def changes(before: Checklist, after: Checklist) -> list[Verschil]:
    """What is new for the gemeente between the two dates: obligations whose status changed."""
    old = {r.verplichting.id: r for r in before.regels}
    out = []
    for r in after.regels:
        o = old.get(r.verplichting.id)
        if o is None or o.status_tekst != r.status_tekst:
            out.append(Verschil(r.verplichting, o.status_tekst if o else "—", r.status_tekst))
    return out
