"""Build a tranche's amending acts at run time from the real sources.

For each onderdeel: where the real instruction text is known (Kamerstuk 35 546, Artikel I, A–C) it is
parsed from the source and applied; what it does not cover (a cut-off point, or a later change of the
bill) is reconstructed by generating instructions from the real before/after versions, restricted to the
onderdeel's target units. Onderdelen without real text are reconstructed entirely. Every onderdeel is
verified: applying it must give the after text of its targets exactly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from wetgeving.bronnen import integriteit
from wetgeving.bronnen.catalogus import Catalogus
from wetgeving.diff import diff
from wetgeving.errors import WetgevingError
from wetgeving.locatie import Adres
from wetgeving.model import Artikel, Regeling
from wetgeving.tranches.model import Illustratie, TOnderdeel, Tranche, TWijziging
from wetgeving.wijziging import bewerken as ed
from wetgeving.wijziging.acties import Actie, ArtikelenInvoegen
from wetgeving.wijziging.genereren import generate
from wetgeving.wijziging.instructies import parse_act
from wetgeving.wijziging.model import WijzigingsArtikel, Wijzigingsonderdeel, Wijzigingsregeling
from wetgeving.wijziging.schrijven import schrijf
from wetgeving.wijziging.toepassen import voer_alle_uit
from wetgeving.wijziging.uitvoeren import voer_uit
from wetgeving.wijziging.vergelijk import shape


class BuildError(WetgevingError):
    """A tranche onderdeel cannot be reproduced from the sources (a modelling error in the corpus)."""

    hint = "controleer de doelen (doel) en datums van het onderdeel in corpus/tranches"


def transplant(base: Regeling, source: Regeling, targets: tuple[Adres, ...]) -> Regeling:
    """``base`` with the units at ``targets`` taken from ``source`` (replaced, added or removed)."""
    for t in targets:
        have, want = base.get(t), source.get(t)
        if want is not None and have is not None:
            base = ed.replace_unit(base, t, want)
        elif want is not None:
            if t.soort == "artikel":
                assert isinstance(want, Artikel)
                base = voer_uit(base, ArtikelenInvoegen((want,)))
            else:
                base = ed.insert_units(base, t.parent, [want])  # type: ignore[list-item]
        elif have is not None:
            base = ed.remove_unit(base, t)
        else:
            raise BuildError(f"{t.citation()} staat in geen van beide versies")
    return base


def _real_act(cat: Catalogus, bron_id: str) -> Wijzigingsregeling:
    """The real amending act of a source, verified on every call (``locate``); parsed once per content."""
    bron = cat.by_id(bron_id)
    path: Path = cat.locate(bron)
    return _parse_act(cat, bron_id, path, integriteit.digest(path))


@lru_cache(maxsize=8)
def _parse_act(cat: Catalogus, bron_id: str, path: Path, digest: str) -> Wijzigingsregeling:
    data = path.read_bytes()
    if integriteit.verified_bytes(cat.by_id(bron_id), path, data) != digest:
        raise BuildError(f"bron {bron_id} veranderde terwijl hij gelezen werd", file=path,
                         hint="probeer het opnieuw wanneer niemand het bestand meer wijzigt")
    return parse_act(data.decode("utf-8"), path, titels=cat.titels())


def _real_onderdeel(cat: Catalogus, o: TOnderdeel) -> Wijzigingsonderdeel:
    act = _real_act(cat, o.echte_bron)
    for art, ond in act.onderdelen():
        if art.nr == o.echte_artikel and ond.nr == o.echte_onderdeel:
            return ond
    raise BuildError(f"onderdeel {o.echte_onderdeel} van ARTIKEL {o.echte_artikel} staat niet in bron {o.echte_bron}")


def _same_targets(a: Regeling, b: Regeling, targets: tuple[Adres, ...]) -> bool:
    return all(shape(a.get(t)) == shape(b.get(t)) if a.get(t) and b.get(t) else (a.get(t) is None) == (b.get(t) is None)
               for t in targets)


@dataclass
class Bouw:
    """The result: the act, and the law after each stage as this tranche alone leaves it."""

    act: Wijzigingsregeling
    herkomst: dict[str, str] = field(default_factory=dict)


def build_onderdeel(cat: Catalogus, o: TOnderdeel, current: Regeling, after: Regeling,
                    bronnen: tuple[str, ...]) -> tuple[Wijzigingsonderdeel, Regeling, str]:
    """One onderdeel as instructions (real where known, reconstructed for the rest), verified."""
    texts: list[str] = []
    ops: tuple[Actie, ...] = ()
    herkomst = "gereconstrueerd"
    start = current
    if o.echte_bron:
        real = _real_onderdeel(cat, o)
        try:
            current = voer_alle_uit(current, real.acties)
            ops, herkomst = real.acties, "echt"
            texts.append(real.tekst)
        except WetgevingError as exc:
            texts.append(f"[De echte tekst liet zich niet toepassen: {exc}]")
    want = transplant(current, after, o.doelen)
    residual = generate(diff(current, want), indeling=(o.structuur,) if o.structuur else (),
                        regeling=cat.naam(current.bwb_id))
    extra = tuple(a for _, r in residual.onderdelen() for a in r.acties)
    if extra:
        if herkomst == "echt":
            herkomst = "echt, aangevuld"
            texts.append("[Aangevuld uit de geconsolideerde tekst, gereconstrueerd:]")
            # cited as the real text left it: a lid it renumbered is «(nieuw)» (Aanwijzing 6.19; helper-94: «In artikel
            # 23, zesde lid» after the real «Onder vernummering van het vierde en vijfde lid tot vijfde en zesde lid»)
            texts += ["\n".join(schrijf(list(r.acties), eerder=ops)) for _, r in residual.onderdelen()]
        else:
            texts += [r.tekst for _, r in residual.onderdelen()]
        ops += extra
        current = voer_alle_uit(current, extra)
    target = transplant(start, after, o.doelen)
    if not _same_targets(current, target, o.doelen):
        raise BuildError(f"onderdeel {o.naam} geeft niet de tekst van zijn doelen in de latere versie")
    ond = Wijzigingsonderdeel(
        nr=o.naam, tekst="\n\n".join(texts), acties=ops, inwerking=o.inwerking, thema=o.thema,
        gereconstrueerd=herkomst != "echt", toelichting=o.toelichting, bronnen=bronnen,
    )
    return ond, current, herkomst


def build_wijziging(cat: Catalogus, w: TWijziging, titel: str) -> tuple[WijzigingsArtikel, dict[str, str]]:
    if not w.voor:
        raise BuildError(f"van {w.regeling} is geen versie van vóór de wijziging beschikbaar")
    current = cat.load(w.voor)
    onderdelen: list[Wijzigingsonderdeel] = []
    herkomst: dict[str, str] = {}
    for st in sorted(w.stadia, key=lambda s: s.datum):
        after = cat.load(st.na)
        for o in (o for o in w.onderdelen if o.inwerking == st.datum):
            bronnen = tuple(x for x in (w.voor, st.na, o.echte_bron) if x)
            ond, current, how = build_onderdeel(cat, o, current, after, bronnen)
            onderdelen.append(ond)
            herkomst[o.naam] = how
    order = {o.naam: i for i, o in enumerate(w.onderdelen)}
    onderdelen.sort(key=lambda x: order[x.nr])
    base = cat.load(w.voor)
    art = WijzigingsArtikel(w.artikel, w.regeling, base.citeertitel, tuple(onderdelen),
                            aanhef=f"De {base.citeertitel} wordt als volgt gewijzigd:", bwb_id=base.bwb_id)
    return art, herkomst


def build(cat: Catalogus, tr: Tranche) -> Bouw:
    """The tranche as an amending act (only regelingen whose earlier text is available).

    Every source it reads is verified on every call (a modified one raises, or is recorded for the output's
    warning under ``--allow-modified``); the act is built once per tranche and state of those sources."""
    return _build(cat, tr, _bronstaat(cat, tr))


def _bronstaat(cat: Catalogus, tr: Tranche) -> tuple[str, ...]:
    """The verified SHA-256 of every source the tranche's build reads (the key of its cache)."""
    out: list[str] = []
    for w in tr.wijzigingen:
        if not w.voor:
            continue
        for spec in (w.voor, *(st.na for st in w.stadia)):
            if "@" not in spec and Path(spec).suffix.lower() in (".xml", ".yaml", ".yml", ".md"):
                out.append(integriteit.digest(Path(spec)))
            else:
                bron = cat.pick(spec)
                out.append(integriteit.check(bron, cat.find(bron)))
        out += [integriteit.check(cat.by_id(o.echte_bron), cat.locate(cat.by_id(o.echte_bron)))
                for o in w.onderdelen if o.echte_bron]
    return tuple(out)


@lru_cache(maxsize=16)
def _build(cat: Catalogus, tr: Tranche, bronstaat: tuple[str, ...]) -> Bouw:
    arts = []
    herkomst: dict[str, str] = {}
    for w in tr.wijzigingen:
        if w.voor:
            art, how = build_wijziging(cat, w, tr.titel)
            arts.append(art)
            herkomst.update({f"{w.artikel}/{k}": v for k, v in how.items()})
    dates = [o.inwerking for _, o in tr.onderdelen()]
    return Bouw(Wijzigingsregeling(tr.titel, tuple(arts), inwerking=min(dates) if dates else None,
                                   kamerstuk=tr.kamerstuk, bron=tr.bestand), herkomst)


def illustrative_act(cat: Catalogus, tr: Tranche, ill: Illustratie) -> Wijzigingsregeling:
    """One of the tranche's illustrative drafts (parsed from the corpus, our own text)."""
    return parse_act(ill.tekst, f"{tr.bestand} (illustratie voor {ill.regeling})", titels=cat.titels())


def illustration_for(cat: Catalogus, tr: Tranche, bwb_id: str, titel: str = "") -> Illustratie:
    """The tranche's illustrative draft that amends the regeling ``bwb_id`` (``titel``: its name, for the message)."""
    wel = []
    for ill in tr.illustraties:
        reg = cat.load(ill.basis)
        if reg.bwb_id == bwb_id:
            return ill
        wel.append(f"de {reg.citeertitel} ({ill.basis})")
    wet = f"de {titel} ({bwb_id})" if titel else bwb_id
    raise BuildError(f"tranche {tr.nr or tr.id} heeft geen illustratief ontwerp voor {wet}",
                     hint=("het heeft er een voor " + ", ".join(wel) + "; kies die als basis, of " if wel else "")
                     + "zie 'wetgeving tranche show' (de tekst van het wetsvoorstel is offline niet beschikbaar)")


def in_force(tr: Tranche, when: date | None) -> list[TOnderdeel]:
    return [o for _, o in tr.onderdelen() if when is None or o.inwerking <= when]
