"""Build the index: find the source files, leave unchanged ones alone (size and mtime, then SHA-256), run the
per-file function on the others — in this process, in a process pool (default) or on a Dask cluster — and store
what they return in SQLite. The scheduling is concurrent.futures' or Dask's, never our own."""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from importlib import import_module
from pathlib import Path
from typing import Any

from wetgeving.errors import UsageError
from wetgeving.index.bestand import Bestandsindex, index_file
from wetgeving.index.schema import LEZING, connect
from wetgeving.nummers import telling
from wetgeving.verwijzingen.titels import Titelregister

SUFFIXES = (".xml", ".yaml", ".yml")
CHUNK = 16  # files per task sent to a worker


@dataclass
class Verslag:
    """What a build did."""

    bestanden: int = 0  # files found
    gelezen: int = 0  # files opened and indexed (new or changed)
    ongewijzigd: int = 0  # files left alone (same size and mtime, or same hash)
    verwijderd: int = 0  # files gone from the folder, removed from the index
    fouten: list[tuple[str, str]] = field(default_factory=list)  # every file of this build that is not indexed
    seconden: float = 0.0
    bytes: int = 0

    def regels(self) -> list[str]:
        # helper-146: «7 gelezen» where 6 could not be indexed; and each error named its file twice
        mislukt = f", {len(self.fouten)} niet geïndexeerd" if self.fouten else ""
        out = [f"{telling(self.bestanden, 'bestand', 'bestanden')}: {self.gelezen} gelezen, "
               f"{self.ongewijzigd} ongewijzigd (niet gelezen), "
               f"{self.verwijderd} verwijderd uit de index{mislukt}; {f'{self.seconden:.1f}'.replace('.', ',')} s"]
        if self.fouten:
            out.append(f"{telling(len(self.fouten), 'bestand', 'bestanden')} niet geïndexeerd:")
            out += [f"  {fout}" if fout.startswith(f"{pad}:") else f"  {pad}: {fout}" for pad, fout in self.fouten]
        return out


def source_files(paths: Path | Iterable[Path]) -> list[Path]:
    """The BWB XML and regelrecht YAML files under the given folders (and the files given), sorted."""
    found: set[Path] = set()
    for p in [paths] if isinstance(paths, Path) else paths:
        if p.is_dir():
            found.update(f.resolve() for f in p.rglob("*") if f.suffix.lower() in SUFFIXES and f.is_file())
        elif p.is_file():
            found.add(p.resolve())
        else:
            raise UsageError(f"{p} bestaat niet", hint="geef een map met BWB-XML en regelrecht-YAML")
    return sorted(found)


def build(paths: Path | Iterable[Path], db: Path, register: Titelregister, *, jobs: int | None = None,
          scheduler: str | None = None, partial: Collection[Path] = (), titels: Mapping[Path, str] | None = None,
          progress: Callable[[int, int], None] | None = None, overslaan: Collection[Path] = (),
          catalogus: Mapping[str, tuple[bool, str]] | None = None) -> Verslag:
    """Index the files under ``paths`` into ``db``. ``jobs``: processes (default: one per core; 1: in this
    process); ``scheduler``: the address of a Dask scheduler (its workers must see the same paths).
    ``partial``: files that hold only some artikelen of their version (nothing is called missing in them);
    ``titels``: the citeertitel of a file that has none of its own (a regelrecht extract without $id: the catalogue's);
    ``overslaan``: files not to read (the catalogue's sources of another kind than a law text); ``catalogus``: SHA-256 →
    (only some artikelen, citeertitel) of the catalogue's sources, so that a copy of one elsewhere is judged as the
    source is (helper-118: copies of the Provinciewet extracts were indexed as whole laws under their BWB id)."""
    catalogus = catalogus or {}
    start = time.perf_counter()
    roots = [paths] if isinstance(paths, Path) else list(paths)
    weg = {p.resolve() for p in overslaan}  # catalogued files that hold no law text (a BWB wti file)
    files = [f for f in source_files(roots) if f not in weg]
    con = connect(db)
    try:
        verslag = Verslag(bestanden=len(files))
        rows = con.execute("SELECT id, pad, grootte, mtime_ns, sha256, lezing FROM bestand").fetchall()
        # a file read under other rules (LEZING) is not known: it is read again, also when unchanged
        known = {pad: (size, mtime, sha, fid) for fid, pad, size, mtime, sha, lezing in rows if lezing == LEZING}
        stale = {pad for _, pad, *_, lezing in rows if lezing != LEZING}
        verslag.verwijderd = _remove_gone(con, roots, files, known, stale)
        stats = {str(f): f.stat() for f in files}
        todo = [pad for pad, st in stats.items() if known.get(pad, (None, None))[:2] != (st.st_size, st.st_mtime_ns)]
        verslag.ongewijzigd = len(files) - len(todo)
        partial_set = {str(p.resolve()) for p in partial}
        for pad, (_, _, sha, _) in known.items():  # a file that became partial (or whole) in the catalogue is judged
            # so without being read again
            deel = pad in partial_set or catalogus.get(sha, (False, ""))[0]
            con.execute("UPDATE bestand SET gedeeltelijk = ? WHERE pad = ?", (int(deel), pad))
        named = {str(p.resolve()): t for p, t in (titels or {}).items()}
        for n, res in enumerate(_run(todo, register, jobs, scheduler), start=1):
            titel = named.get(res.pad) or catalogus.get(res.sha256, (False, ""))[1]
            if res.citeertitel == res.bwb_id and titel:
                res = replace(res, citeertitel=titel)
            st = stats[res.pad]
            old = known.get(res.pad)
            if old is not None and res.sha256 and old[2] == res.sha256:
                con.execute("UPDATE bestand SET grootte = ?, mtime_ns = ? WHERE id = ?", (st.st_size, st.st_mtime_ns, old[3]))
                verslag.ongewijzigd += 1
            else:
                _store(con, res, st.st_size, st.st_mtime_ns,
                       res.pad in partial_set or catalogus.get(res.sha256, (False, ""))[0])
                verslag.gelezen += 1
                verslag.bytes += res.bytes
            if n % 200 == 0:
                con.commit()
            if progress is not None:
                progress(n, len(todo))
        con.commit()
        # the files of this build that are not indexed (read now or before, unchanged); not another folder's
        verslag.fouten = [(p, f) for p, f in con.execute("SELECT pad, fout FROM bestand WHERE fout IS NOT NULL ORDER BY pad")
                          if p in stats]
    finally:
        con.close()
    verslag.seconden = time.perf_counter() - start
    return verslag


def _remove_gone(con: sqlite3.Connection, roots: list[Path], files: list[Path], known: dict[str, Any],
                 stale: set[str]) -> int:
    """Files of these folders that are no longer there leave the index."""
    present = {str(f) for f in files}
    dirs = [str(r.resolve()) + os.sep for r in roots if r.is_dir()]
    gone = [pad for pad in [*known, *stale] if pad not in present and any(pad.startswith(d) for d in dirs)]
    con.executemany("DELETE FROM bestand WHERE pad = ?", [(p,) for p in gone])
    for p in gone:
        known.pop(p, None)
    return len(gone)


def _run(todo: list[str], register: Titelregister, jobs: int | None, scheduler: str | None) -> Iterator[Bestandsindex]:
    if not todo:
        return
    if scheduler is not None:
        yield from _run_dask(todo, register, scheduler)
        return
    jobs = jobs or os.cpu_count() or 1
    if jobs == 1 or len(todo) == 1:
        for pad in todo:
            yield index_file(pad, register)
        return
    chunk = max(1, min(CHUNK, len(todo) // (jobs * 4)))
    with ProcessPoolExecutor(max_workers=min(jobs, len(todo)), initializer=_init_worker, initargs=(register,)) as pool:
        yield from pool.map(_worker_index_file, todo, chunksize=chunk)


_REGISTER: Titelregister | None = None  # the register of a pool worker, sent once when the worker starts


def _init_worker(register: Titelregister) -> None:
    global _REGISTER
    _REGISTER = register


def _worker_index_file(pad: str) -> Bestandsindex:
    assert _REGISTER is not None
    return index_file(pad, _REGISTER)


def _run_dask(todo: list[str], register: Titelregister, scheduler: str) -> Iterator[Bestandsindex]:
    """The same per-file function on a Dask cluster; the register is sent to every worker once."""
    try:
        dist: Any = import_module("distributed")
    except ImportError:
        raise UsageError("--scheduler heeft Dask nodig (dask.distributed) en dat is niet geïnstalleerd",
                         hint="installeer het met: pip install 'wetgeving[dask]'") from None
    try:
        client = dist.Client(scheduler, timeout=30)
    except ValueError:  # helper-205: «--scheduler nonsense» ended in a traceback («missing port number in address»)
        raise UsageError(f"--scheduler {scheduler!r} is geen adres van een Dask-scheduler",
                         hint="geef het adres als tcp://host:poort, zoals tcp://127.0.0.1:8786") from None
    except (OSError, TimeoutError):  # Dask's own words are English: what the user needs is which address, and what to do
        raise UsageError(f"kan de Dask-scheduler {scheduler} niet bereiken (binnen 30 seconden geen verbinding)",
                         hint="start de scheduler (dask scheduler) en workers, of laat --scheduler weg") from None
    with client:
        reg = client.scatter(register, broadcast=True)
        # a task per file costs the scheduler more than a small file costs to index: files go in batches, each
        # file through the same index_file (as the pool's chunksize does)
        batches = [todo[i:i + CHUNK] for i in range(0, len(todo), CHUNK)]
        futures = client.map(index_files, batches, register=reg, pure=False)
        for _, results in dist.as_completed(futures, with_results=True):
            yield from results


def index_files(paden: list[str], register: Titelregister) -> list[Bestandsindex]:
    """:func:`index_file` on each of a batch of files."""
    return [index_file(pad, register) for pad in paden]


def _store(con: sqlite3.Connection, r: Bestandsindex, size: int, mtime: int, gedeeltelijk: bool) -> None:
    con.execute("DELETE FROM bestand WHERE pad = ?", (r.pad,))
    cur = con.execute(
        "INSERT INTO bestand (pad, grootte, mtime_ns, sha256, soort, bwb_id, citeertitel, geldig_vanaf, structuur, "
        "gedeeltelijk, fout, lezing) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (r.pad, size, mtime, r.sha256, r.soort, r.bwb_id, r.citeertitel, r.geldig_vanaf, int(r.structuur),
         int(gedeeltelijk), r.fout, LEZING))
    fid = cur.lastrowid
    con.executemany("INSERT INTO eenheid (bestand, sleutel) VALUES (?, ?)", [(fid, s) for s in r.eenheden])
    con.executemany("INSERT INTO bevat (bestand, container, sleutel) VALUES (?, ?, ?)", [(fid, *b) for b in r.bevat])
    con.executemany("INSERT INTO dubbel (bestand, sleutel) VALUES (?, ?)", [(fid, k) for k in r.dubbel])
    con.executemany("INSERT INTO alinea (bestand, nr, bron, tekst) VALUES (?, ?, ?, ?)", [(fid, *a) for a in r.alineas])
    con.executemany("INSERT INTO verwijzing (bestand, alinea, begin, einde, soort, doel_bwb, doel_adres, doel_sleutel, "
                    "titel, historisch, uitzondering, tot) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [(fid, *v) for v in r.verwijzingen])
