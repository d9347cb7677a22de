"""Consistency of the corpus beyond its schemas: every onderdeel has a known theme, an address that
resolves, a date that matches a stage and sources that exist; every change between the real versions is
attributed to exactly one onderdeel (of a tranche or of the 'other changes'); and where the official BWB
metadata names the publication of an artikel, it agrees with the tranche."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from wetgeving.bronnen.catalogus import Catalogus
from wetgeving.errors import WetgevingError
from wetgeving.locatie import Adres
from wetgeving.model import Artikel
from wetgeving.programma import Programma, load_programma
from wetgeving.tranches.lezen import tranches
from wetgeving.tranches.model import Consultatie, TOnderdeel, Tranche, versie_van
from wetgeving.tranches.toeschrijving import binnen, stappen, wijzigingen


@dataclass(frozen=True, slots=True)
class Bevinding:
    """One finding: where, what; errors make the check fail."""

    bestand: str
    waar: str
    wat: str
    fout: bool = True
    regel: int | None = None  # the line of the element (helper-116: «validate corpus» named no line)

    def __str__(self) -> str:
        plek = f"{_getoond(self.bestand)}:{self.regel}" if self.regel else _getoond(self.bestand)
        return f"{'fout' if self.fout else 'opmerking'}: {plek}: {self.waar}: {self.wat}"


def _getoond(bestand: str) -> str:
    """The file as the user can find it: relative to the working folder when under it, else whole."""
    pad = Path(bestand)
    try:
        return str(pad.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(pad)


def _regels(bestand: str) -> dict[str, int]:
    """The line of every element with an ``id`` in a tranche file (onderdeel, voorziening)."""
    from wetgeving.bronnen.secure import parse_xml, read_bytes

    try:
        tree = parse_xml(read_bytes(Path(bestand)), bestand)
    except WetgevingError:  # read before, by the tranche reader: a finding without a line then
        return {}
    out: dict[str, int] = {}
    for el in tree.iter():
        regel = el.sourceline
        if not isinstance(regel, int):
            continue
        if el.get("id"):
            out[str(el.get("id"))] = regel
        elif isinstance(el.tag, str) and el.tag.endswith("}consultatie"):  # by its start (helper-132: no line)
            out[f"consultatie@{el.get('van')}"] = regel
        elif isinstance(el.tag, str) and el.tag.endswith("}tranche"):
            out["tranche"] = regel
    return out


def check_corpus(cat: Catalogus, folder: Path | None = None) -> list[Bevinding]:
    """All findings for a corpus folder (programme, tranches, sources, attribution); default the catalogue's."""
    folder = folder or cat.corpus
    programma = load_programma(folder / "programma.xml")
    themes = {t.id for t in programma.themas}
    out: list[Bevinding] = []
    found = tranches(folder)
    for tr in found:
        out += _check_tranche(cat, tr, themes)
    out += _check_coverage(cat, list(found))
    return out + _check_programma(cat, programma, folder / "programma.xml")


def _check_programma(cat: Catalogus, programma: Programma, path: Path) -> list[Bevinding]:
    """Every action line's ``onderdeel`` names a heading of the programme's annex, whose words the checklist quotes
    (:mod:`wetgeving.bronnen.programmatekst`); a missing or changed annex is one finding."""
    from wetgeving.bronnen.programmatekst import passage

    out = []
    for a in programma.actielijnen:
        try:
            found = passage(cat, a.onderdeel)
        except WetgevingError as exc:
            return [Bevinding(str(path), "programma", f"de bijlage van het programma: {exc.message}")]
        if found is None:
            out.append(Bevinding(str(path), f"actielijn {a.id}", f"de kop «{a.onderdeel.rsplit('—', 1)[-1].strip()}» "
                                 "staat niet in de bijlage van het programma (corpus/bronnen.toml: "
                                 "programma-weerbaar-bestuur)"))
    return out


def _source_ok(cat: Catalogus, tr: Tranche, spec: str, where: str) -> list[Bevinding]:
    try:
        cat.pick(spec)
        cat.load(spec)
    except WetgevingError as exc:
        return [Bevinding(tr.bestand, where, f"bron {spec!r}: {exc.message}")]
    return []


def _niet_in(cat: Catalogus, tr: Tranche) -> list[str]:
    """A bill's ``niet-in``: the newest version held (regeling@datum) of after its submission, as every output says
    («de nieuwste versie in de bronnen», :func:`~wetgeving.tranches.model.niet_verwerkt`; helper-132: an act's, or one
    that names no version, passed)."""
    if not tr.niet_in:
        return []
    versie = versie_van(tr.niet_in)
    if versie is None:
        return [f"{tr.niet_in!r} noemt geen versie (regeling@JJJJ-MM-DD)"]
    regeling, datum = versie
    if tr.status != "wetsvoorstel":
        return ["niet-in hoort bij een wetsvoorstel: een wet in werking staat in de versies die na haar gelden"]
    dagen = [b.geldig_vanaf for b in cat.versions(regeling) if b.geldig_vanaf]
    if datum not in dagen:
        return [f"de bronnen hebben geen versie {tr.niet_in}"]
    if datum != max(dagen):
        return [f"{tr.niet_in} is niet de nieuwste versie in de bronnen ({regeling}@{max(dagen)}); de uitvoer zegt dat zij "
                "het is"]
    if tr.ingediend is not None and datum < tr.ingediend:
        return [f"{tr.niet_in} ligt vóór de indiening ({tr.ingediend})"]
    return []


def _consultatie(cat: Catalogus, c: Consultatie) -> list[str]:
    """A consultation's dates and Keten-ID are those of its page in the source (reference/internetconsultatie-
    format.md: «Publicatiedatum 27-11-2019», «Einddatum consultatie 31-01-2020», «Keten-ID 9590»), in the block of its
    url when it names one."""
    if c.van > c.tot:
        return [f"de consultatie begint ({c.van}) na haar einde ({c.tot})"]
    try:
        _, tekst = cat.tekst(c.bron)
    except WetgevingError as exc:
        return [f"bron {c.bron or '(leeg)'}: {exc.message}"]
    if c.url:
        kop = next((i for i, regel in enumerate(tekst.splitlines()) if regel.startswith("#")
                    and re.search(rf"(?<!\S){re.escape(c.url)}(?![^\s)])", regel)), None)  # the whole url
        if kop is None:
            return [f"{c.url} staat in geen kop van bron {c.bron}"]
        regels = tekst.splitlines()[kop + 1:]
        tekst = "\n".join(regels[:next((i for i, r in enumerate(regels) if r.startswith("#")), len(regels))])
    verwacht = [f"Publicatiedatum {c.van:%d-%m-%Y}", f"Einddatum consultatie {c.tot:%d-%m-%Y}"]
    verwacht += [f"Keten-ID {c.keten_id}"] if c.keten_id else []
    return [f"«{w}» staat niet in bron {c.bron}" + (f" bij {c.url}" if c.url else "") for w in verwacht
            if not re.search(rf"^{re.escape(w)}\s*$", tekst, re.MULTILINE)]  # whole lines (helper-132: «Keten-ID 959»)


def _check_tranche(cat: Catalogus, tr: Tranche, themes: set[str]) -> list[Bevinding]:
    out: list[Bevinding] = []
    regels = _regels(tr.bestand)
    ids = {b.id for b in cat.bronnen}
    out += [Bevinding(tr.bestand, "bron", f"onbekende bron-id {b!r} (niet in corpus/bronnen.toml)")
            for b in tr.bronnen if b not in ids]
    out += [Bevinding(tr.bestand, "consultatie", x, regel=regels.get(f"consultatie@{c.van}"))
            for c in tr.consultaties for x in _consultatie(cat, c)]
    out += [Bevinding(tr.bestand, "niet-in", x, regel=regels.get("tranche")) for x in _niet_in(cat, tr)]
    for w in tr.wijzigingen:
        where = f"ARTIKEL {w.artikel} ({w.regeling})"
        specs = ([w.voor] if w.voor else []) + [s.na for s in w.stadia]
        problems = [b for s in specs for b in _source_ok(cat, tr, s, where)]
        out += problems
        if problems:
            continue
        dates = {s.datum for s in w.stadia}
        versions = [cat.load(s) for s in specs]
        for o in w.onderdelen:
            here, regel = f"{where}, onderdeel {o.naam}", regels.get(o.id)
            if o.thema not in themes:
                out.append(Bevinding(tr.bestand, here, f"onbekend thema {o.thema!r} (zie corpus/programma.xml)",
                                     regel=regel))
            if o.inwerking not in dates:
                stadia = ", ".join(str(d) for d in sorted(dates))
                out.append(Bevinding(tr.bestand, here, f"datum {o.inwerking} is geen van de stadia ({stadia})",
                                     regel=regel))
            if o.echte_bron and o.echte_bron not in ids:
                out.append(Bevinding(tr.bestand, here, f"onbekende bron {o.echte_bron!r} voor de echte tekst",
                                     regel=regel))
            for d in o.doelen:
                if not any(v.get(d) is not None for v in versions):
                    out.append(Bevinding(tr.bestand, here, f"{d} bestaat niet in {', '.join(specs)}", regel=regel))
            out += _check_bwb_bron(cat, tr, w.stadia[-1].na, o.doelen, here)
    for v in tr.voorzieningen:
        here, regel = f"voorziening {v.id}", regels.get(v.id)
        if v.thema not in themes:
            out.append(Bevinding(tr.bestand, here, f"onbekend thema {v.thema!r} (zie corpus/programma.xml)",
                                 regel=regel))
        probs = _source_ok(cat, tr, v.basis, here)
        out += probs
        if not probs:
            base = cat.load(v.basis)
            out += [Bevinding(tr.bestand, here, f"{d} bestaat niet in {v.basis}", regel=regel)
                    for d in v.doelen if base.get(d) is None]
    return out


def _check_bwb_bron(cat: Catalogus, tr: Tranche, spec: str, doelen: tuple[Adres, ...], here: str) -> list[Bevinding]:
    """Where the official metadata says which publication last changed an artikel, it must be this one."""
    if not tr.publicatie or cat.pick(spec).kind != "bwb-xml":
        return []
    reg = cat.load(spec)
    out = []
    for d in doelen:
        art = reg.get(Adres.of(("artikel", d.artikel or "")))
        if isinstance(art, Artikel) and art.bron and art.bron != tr.publicatie:
            out.append(Bevinding(tr.bestand, here, f"de officiële metadata van {d.citation()} noemen {art.bron}, "
                                                   f"niet {tr.publicatie}", fout=False))
    return out


def _check_coverage(cat: Catalogus, all_tr: list[Tranche]) -> list[Bevinding]:
    """Every change between consecutive real versions falls in the targets of exactly one onderdeel."""
    out: list[Bevinding] = []
    by_law: dict[tuple[str, str], list[tuple[Tranche, TOnderdeel]]] = defaultdict(list)
    stages: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for tr in all_tr:
        for w in tr.wijzigingen:
            for prev, na, datum in stappen(w):
                stages[w.regeling].add((prev, na))
                by_law[(prev, na)] += [(tr, o) for o in w.onderdelen if o.inwerking == datum]
    for regeling, pairs in stages.items():
        for old, new in sorted(pairs):
            claims = by_law[(old, new)]
            for units in wijzigingen(cat, old, new):
                owners = {f"{tr.id}/{o.naam}" for tr, o in claims if binnen(units, o.doelen)}
                unit = units[1] or units[0]
                where = f"{old} → {new}, {unit.citation() if unit is not None else '?'}"
                if not owners:
                    out.append(Bevinding(regeling, where, "wijziging die aan geen onderdeel is toegeschreven"))
                elif len(owners) > 1:
                    out.append(Bevinding(regeling, where,
                                         f"wijziging die twee keer is toegeschreven: {', '.join(sorted(owners))}"))
    return out
