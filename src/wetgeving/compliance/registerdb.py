"""Opening the SQLite file of the register safely, and saying clearly what went wrong.

* **Writers**: the busy timeout is set first; the switch to WAL is made only when the file is not in WAL
  yet, and retried while another process holds the lock (SQLite answers "database is locked" to a
  journal-mode switch at once, without waiting: two first opens of a new register raced there).
* **Readers** (history, export, checklists) open the file read-only (``mode=ro``) and never create it:
  a read-only register, or one in a read-only folder, can be read; a missing one reads as empty.
* **Errors** are sorted by what they mean: *bezet* (another process writes; try again), *alleen-lezen*,
  *schijf vol*, and *beschadigd*: then the message names the file, SQLite's words, how to check it
  (``PRAGMA integrity_check``) and where the last export is (noted by :func:`note_export`), never advice
  that does not fit the problem.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

from wetgeving.errors import WetgevingError, oorzaak, sqlite_oorzaak
from wetgeving.nummers import telling

BUSY_SECONDS = 30.0


class RegisterError(WetgevingError):
    """The register file cannot be used."""


class RegisterBusyError(RegisterError):
    hint = "een ander proces schrijft in het register; probeer het over een ogenblik opnieuw"


class RegisterReadOnlyError(RegisterError):
    hint = ("u mag dit register alleen lezen (history, export, checklist werken wel); vraag schrijfrechten op "
            "het bestand en de map, of geef een ander --register")


class RegisterDamagedError(RegisterError):
    """The file is not an SQLite database, or its pages are damaged."""


def _busy(exc: sqlite3.Error) -> bool:
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def connect(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    """An open connection: read-write in WAL mode, or read-only (see the module docstring)."""
    with errors(path):
        if readonly:
            return _connect_readonly(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(path, timeout=BUSY_SECONDS, isolation_level=None)
        db.execute(f"PRAGMA busy_timeout = {int(BUSY_SECONDS * 1000)}")
        _wal(db)
        db.execute("PRAGMA synchronous = FULL")
        return db


def _wal(db: sqlite3.Connection) -> None:
    deadline = time.monotonic() + BUSY_SECONDS
    delay = 0.002
    while True:
        try:
            if db.execute("PRAGMA journal_mode").fetchone()[0] == "wal":
                return
            if db.execute("PRAGMA journal_mode = WAL").fetchone()[0] == "wal":
                return
        except sqlite3.OperationalError as exc:
            if not _busy(exc) or time.monotonic() > deadline:
                raise
        if time.monotonic() > deadline:
            raise sqlite3.OperationalError("database is locked (cannot switch to WAL)")
        time.sleep(delay)
        delay = min(delay * 2, 0.05)


def _connect_readonly(path: Path) -> sqlite3.Connection:
    if not path.exists():
        parent = next(d for d in path.parents if d.exists() or d == d.parent)
        if not parent.is_dir():
            raise NotADirectoryError(20, "geen map", str(parent))
        return sqlite3.connect(":memory:", isolation_level=None)  # nothing recorded yet: read as empty
    uri = "file:" + quote(str(path.resolve()))
    try:
        db = sqlite3.connect(uri + "?mode=ro", uri=True, timeout=BUSY_SECONDS, isolation_level=None)
        db.execute("PRAGMA schema_version").fetchone()
        return db
    except sqlite3.OperationalError as exc:
        text = str(exc).lower()
        if _busy(exc) or ("unable to open" not in text and "readonly" not in text):
            raise
    # A WAL register in a folder we may not write: SQLite cannot make its shared-memory file there.
    # Nobody can be writing it then either, so it is read as an unchanging file.
    return sqlite3.connect(uri + "?mode=ro&immutable=1", uri=True, isolation_level=None)


@contextmanager
def errors(path: Path) -> Iterator[None]:
    """Turn SQLite's and the file system's errors into a :class:`RegisterError` that says what to do."""
    try:
        yield
    except sqlite3.IntegrityError:
        raise
    except sqlite3.OperationalError as exc:
        raise _operational(path, exc) from None
    except sqlite3.DatabaseError as exc:  # "file is not a database", "database disk image is malformed"
        raise damaged(path, str(exc)) from None
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename and exc.filename != str(path) else ""
        raise RegisterError(f"kan het register niet openen: {where}{oorzaak(exc)}", file=path,
                            hint="controleer het pad en de rechten, of geef een ander --register") from None


def _operational(path: Path, exc: sqlite3.OperationalError) -> RegisterError:
    text = str(exc).lower()
    if _busy(exc):
        return RegisterBusyError(f"het register is bezet ({exc})", file=path)
    if "readonly" in text or "read-only" in text:
        return RegisterReadOnlyError(f"het register kan niet beschreven worden ({exc})", file=path)
    if "full" in text:
        return RegisterError(f"de schijf is vol ({exc}); er is niets vastgelegd", file=path,
                             hint="maak ruimte vrij en probeer het opnieuw")
    if "malformed" in text or "corrupt" in text or "no such table" in text or "not a database" in text:
        return damaged(path, str(exc))
    if "unable to open" in text:  # helper-146: SQLite's English, without a word of what it means
        return RegisterError(f"kan het register niet openen of aanmaken: de map {path.parent} bestaat niet of daarin mag "
                             "niet worden geschreven", file=path,
                             hint="controleer het pad en de rechten, of geef een ander --register")
    return RegisterError(f"kan het register niet gebruiken (SQLite meldt in het Engels: {exc})", file=path,
                         hint="controleer het pad en de rechten, of geef een ander --register")


def damaged(path: Path, what: str) -> RegisterDamagedError:
    """The message for a damaged register: what, how to check, where the last export is."""
    last = last_export(path)
    rijen = telling(int(last['rijen']), 'beoordeling', 'beoordelingen') if last else ''
    where = (f"de laatste export is {last['bestand']} ({rijen}, gemaakt {last['wanneer']})"
             if last else "er is geen export van dit register bekend")
    return RegisterDamagedError(
        f"het register is beschadigd: {sqlite_oorzaak(what)}. Controleer het met: sqlite3 '{path}' "
        f"'PRAGMA integrity_check'. {where[0].upper() + where[1:]}.", file=path,
        hint=("zet het beschadigde bestand opzij (niet verwijderen), maak een nieuw register met "
              + (f"'wetgeving register import {last['bestand']} --register NIEUW'" if last else
                 "'wetgeving register import EXPORT.csv --register NIEUW --create' uit een eerdere export")
              + "; beoordelingen van na die export moeten opnieuw worden vastgelegd"))


def _note_file(path: Path) -> Path:
    return path.with_name(path.name + ".laatste-export.json")


def note_export(path: Path, output: Path, rows: int) -> None:
    """Remember where the last export of the register at ``path`` went (beside the register)."""
    note = {"bestand": str(output.resolve()), "rijen": rows, "wanneer": datetime.now(UTC).replace(microsecond=0).isoformat()}
    with contextlib.suppress(OSError):  # a read-only folder: the export itself is written, only the note is not
        _note_file(path).write_text(json.dumps(note, ensure_ascii=False), encoding="utf-8")


def last_export(path: Path) -> dict[str, str] | None:
    """The last export noted for the register at ``path``, or ``None``."""
    try:
        data = json.loads(_note_file(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or not {"bestand", "rijen", "wanneer"} <= set(data):
        return None
    return {k: str(data[k]) for k in ("bestand", "rijen", "wanneer")}
