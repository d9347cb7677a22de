"""The reverse-reference index as user tasks: build it over a folder, ask who cites a provision on a date, list
references to provisions that do not exist on a date. The title register and the partial sources come from
the catalogue."""

from __future__ import annotations

import warnings
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from wetgeving.bronnen.catalogus import Bron, Catalogus
from wetgeving.compliance.register import data_dir
from wetgeving.errors import Melding, UsageError, WetgevingError
from wetgeving.index import vragen
from wetgeving.index.vragen import Citering, Doel
from wetgeving.locatie import Adres, Jci
from wetgeving.verwijzingen.titels import Titelregister

if TYPE_CHECKING:
    from wetgeving.index.bouw import Verslag


def default_db(environ: Mapping[str, str]) -> Path:
    """Where the index lives when no path is given: ``index.sqlite`` in the data dir (``WETGEVING_DATA`` or the
    user data dir), beside the register."""
    return data_dir(environ) / "index.sqlite"


def partial_sources(cat: Catalogus) -> list[Path]:
    """The catalogue's partial sources (only some artikelen) that are present: never judged complete."""
    out = []
    for b in cat.bronnen:
        if b.partial:
            try:
                out.append(cat.find(b))
            except WetgevingError:
                continue
    return out


def build(cat: Catalogus, folder: Path, db: Path, *, jobs: int | None = None, scheduler: str | None = None,
          partial: Sequence[Path] = (), titels: Titelregister | None = None) -> Verslag:
    """Index every BWB XML and regelrecht YAML file under ``folder`` into ``db``; unchanged files are not read
    again. ``partial`` files (and the catalogue's partial sources) hold only some artikelen of their version."""
    if jobs is not None and scheduler is not None:
        raise UsageError("--jobs en --scheduler sluiten elkaar uit", hint="de Dask-workers bepalen het aantal processen")
    from wetgeving.index import bouw  # the extractor and the graph library: only a build needs them, not a question

    db.parent.mkdir(parents=True, exist_ok=True)
    # the catalogue's files as found in FOLDER first: with a synced cache, cat.find gave the cache's copies, so the
    # shared sources' wti file was read (and failed) and the Provinciewet extracts were indexed under their BWB id
    hier = cat.met_map(folder) if folder.is_dir() else cat
    nieuw = not db.exists()
    try:
        verslag = bouw.build(folder, db, titels or Titelregister.voor(cat), jobs=jobs, scheduler=scheduler,
                          partial=[*partial, *partial_sources(hier)], titels=source_titles(hier),
                          overslaan=geen_wettekst(hier),
                          catalogus={b.sha256: (b.partial, b.citeertitel) for b in cat.bronnen if b.sha256})
        if not verslag.bestanden:  # helper-162: «0 bestanden», exit 0, and an index that finds nothing
            warnings.warn(Melding(f"in {folder} staat geen BWB-XML- of regelrecht-YAML-bestand: er is niets aan de "
                                  f"index {db} toegevoegd"), stacklevel=2)  # what it held before, it still holds
        return verslag
    except BaseException:  # helper-146: a refused build (no scheduler, no folder) left an empty index behind
        if nieuw:
            for f in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm"), db.with_name(db.name + "-journal")):
                f.unlink(missing_ok=True)
        raise


def geen_wettekst(cat: Catalogus) -> list[Path]:
    """The catalogue's present sources that hold no law text (a BWB wti file: metadata of the Wet op de zorgtoeslag):
    not indexed, and no error of the build (helper-65: the README's `index build` on the shipped sources exited 1)."""
    from wetgeving.bronnen.catalogus import REGELING_KINDS

    out = []
    for b in cat.bronnen:
        if b.kind not in REGELING_KINDS:
            try:
                out.append(cat.find(b))
            except WetgevingError:
                continue
    return out


def source_titles(cat: Catalogus) -> dict[Path, str]:
    """The citeertitel the catalogue gives each present source: a file without a title of its own (the Provinciewet's
    regelrecht extracts have no $id) is indexed under it, not under its BWB id."""
    out: dict[Path, str] = {}
    for b in cat.bronnen:
        if b.citeertitel:
            try:
                out[cat.find(b)] = b.citeertitel
            except WetgevingError:
                continue
    return out


def cited_by(cat: Catalogus, db: Path, citation: str, when: date, *,
             titels: Titelregister | None = None) -> tuple[Doel, list[Citering]]:
    """Every provision, in any indexed law, that cites ``citation`` ("artikel 86 Gemeentewet") on ``when``; a text
    that a modelled act changed after its version and by ``when`` says so (:func:`_gewijzigd`)."""
    doel, found = vragen.cited_by(db, citation, when, titels or Titelregister.voor(cat))
    if Jci.is_jci(citation) and (g := Jci.parse(citation).g) and g != when:
        warnings.warn(Melding(f"de JCI noemt de tekst zoals die gold op {g} (g={g}); de lijst toont wat op {when} naar "
                              f"{doel.adres.citation()} verwijst (geef --date {g} voor die datum)"), stacklevel=2)
    met, zonder = vragen.dekking(db, when)  # helper-77: with hits, it never said which laws were (not) searched
    if not met and not zonder and not found:  # helper-162: an empty index answered «geen verwijzingen», exit 0
        raise UsageError(f"de index {db} bevat geen enkele wet: er is niets doorzocht",
                         hint="bouw hem met 'wetgeving index build MAP' (een map met BWB-XML- of regelrecht-YAML-bestanden)")
    doel = replace(doel, let_op=_gewijzigd(cat, doel.bwb_id, doel.versie, when, doel.adres.artikel),
                   doorzocht=tuple(met), niet_doorzocht=tuple(zonder))
    return doel, _gemarkeerd(cat, found, when)


@dataclass(frozen=True, slots=True)
class Zwevend:
    """The answer of ``dangling --all``: the references, and which laws were searched on the date and which the
    index has no version of then (helper-58: «geen verwijzingen naar ontbrekende eenheden op 2010-01-01» was said
    of a date on which no law could be searched)."""

    verwijzingen: list[Citering]
    doorzocht: list[tuple[str, str, bool]]  # (citeertitel, geldig_vanaf of the version searched, only some artikelen)
    niet_doorzocht: list[str]  # citeertitels of the indexed laws with no version on the date
    # in the laws searched, references not judged: to a law not identified, to a law with no whole version indexed on
    # the date, to a container of a version whose source gives no indeling (helper-117)
    niet_beoordeeld: tuple[int, int, int] = (0, 0, 0)


def dangling(cat: Catalogus, db: Path, when: date) -> Zwevend:
    """References, in any indexed law, to artikelen and containers that do not exist on ``when``."""
    found, (met, zonder), niet = vragen.zwevend(db, when)
    if not met:  # helper-77: exit 0 with nothing searched read as «no dangling references» to a script
        raise UsageError(f"niet te controleren: de index heeft van geen enkele wet een versie die op {when} gold",
                         hint="kies een datum waarop een van de geïndexeerde versies gold (zie 'wetgeving sources list')")
    return Zwevend(_gemarkeerd(cat, found, when), met, zonder, niet)


def _gemarkeerd(cat: Catalogus, found: list[Citering], when: date) -> list[Citering]:
    """Each reference with what the catalogue knows of its version: its end, the next version (helper-58: a version
    that is not the newest was quoted for a date long after its start without a word), and a modelled change since."""
    per_wet: dict[str, list[Bron]] = {}  # the catalogue's versions, looked up once per law, not once per reference
    out = []
    for c in found:
        if c.bwb_id not in per_wet:
            per_wet[c.bwb_id] = [b for b in cat.versions(c.bwb_id) if b.geldig_vanaf is not None] if c.bwb_id else []
        versies = per_wet[c.bwb_id]
        eigen = next((b for b in versies if str(b.geldig_vanaf) == c.geldig_vanaf and not b.partial), None) or next(
            (b for b in versies if str(b.geldig_vanaf) == c.geldig_vanaf), None)
        volgende = min((str(b.geldig_vanaf) for b in versies if str(b.geldig_vanaf) > c.geldig_vanaf), default="")
        out.append(replace(c, let_op=_gewijzigd(cat, c.bwb_id, c.geldig_vanaf, when, Adres.parse(c.bron).artikel),
                           geldig_tot=str(eigen.geldig_tot) if eigen and eigen.geldig_tot else "", volgende=volgende))
    return out


def _gewijzigd(cat: Catalogus, bwb: str, vanaf: str, when: date, artikel: str | None) -> str:
    """What the modelled acts changed in ``artikel`` of the regeling ``bwb`` after its version of ``vanaf`` and on or
    before ``when``: then the index quotes a text of before that change (helper-58: Provinciewet 182, changed by Stb.
    2022, 444 on 2023-01-01, was listed for that date in the wording of 2022-11-05, whose leden it renumbered)."""
    if not artikel or not vanaf or when <= date.fromisoformat(vanaf):
        return ""
    from wetgeving.app.tranches import tranches
    from wetgeving.tranches.tussen import tussen

    names = {b.regeling for b in cat.bronnen if b.bwb_id == bwb and b.regeling}
    return "; ".join(sorted({c.beschrijving() for n in names
                             for c in tussen(tranches(cat), n, date.fromisoformat(vanaf), when) if c.raakt({artikel})}))
