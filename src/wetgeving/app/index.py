"""The reverse-reference index as user tasks: build it over a folder, ask who cites a provision on a date, list
references to provisions that do not exist on a date. The title register and the partial sources come from
the catalogue."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from wetgeving.bronnen.catalogus import Catalogus
from wetgeving.compliance.register import data_dir
from wetgeving.errors import UsageError, WetgevingError
from wetgeving.index import vragen
from wetgeving.index.vragen import Citering, Doel
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
    return bouw.build(folder, db, titels or Titelregister.voor(cat), jobs=jobs, scheduler=scheduler,
                      partial=[*partial, *partial_sources(cat)], titels=source_titles(cat))


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
    """Every provision, in any indexed law, that cites ``citation`` ("artikel 86 Gemeentewet") on ``when``."""
    return vragen.cited_by(db, citation, when, titels or Titelregister.voor(cat))


def dangling(db: Path, when: date) -> list[Citering]:
    """References, in any indexed law, to artikelen and containers that do not exist on ``when``."""
    return vragen.dangling_all(db, when)
