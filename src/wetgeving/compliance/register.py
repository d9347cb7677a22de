"""The register of compliance assessments: one SQLite file, append-only.

Every status change is a new row (gemeente, verplichting, status, reason, evidence, who, when); the
current status is the newest row. Triggers refuse UPDATE and DELETE, so the history cannot be rewritten.
Each write is one transaction (``BEGIN IMMEDIATE``) in WAL mode with a busy timeout: concurrent writers
wait for each other, and a writer killed mid-write loses at most its own uncommitted row.
"""

from __future__ import annotations

import csv
import io
import os
import sqlite3
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import platformdirs

from wetgeving.errors import InputError, UsageError, WetgevingError
from wetgeving.util import not_xml_char

STATUSSEN = {"compliant": "voldoet", "not-compliant": "voldoet niet", "in-progress": "in behandeling",
             "not-applicable": "niet van toepassing"}
FIELDS = ("gemeente", "verplichting", "status", "reden", "bewijs", "notitie", "wie", "wanneer")
_INSERT = ("INSERT INTO beoordeling (gemeente, verplichting, status, reden, bewijs, notitie, wie, wanneer) "
           "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
_SELECT = "SELECT gemeente, verplichting, status, reden, bewijs, notitie, wie, wanneer, id FROM beoordeling"

SCHEMA = """
CREATE TABLE IF NOT EXISTS beoordeling (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    gemeente TEXT NOT NULL CHECK (gemeente GLOB 'GM[0-9][0-9][0-9][0-9]'),
    verplichting TEXT NOT NULL CHECK (length(verplichting) > 0),
    status TEXT NOT NULL CHECK (status IN ('compliant', 'not-compliant', 'in-progress', 'not-applicable')),
    reden TEXT NOT NULL DEFAULT '',
    bewijs TEXT NOT NULL DEFAULT '',
    notitie TEXT NOT NULL DEFAULT '',
    wie TEXT NOT NULL CHECK (length(wie) > 0),
    wanneer TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS beoordeling_per_gemeente ON beoordeling (gemeente, verplichting, id);
CREATE TRIGGER IF NOT EXISTS beoordeling_geen_wijziging BEFORE UPDATE ON beoordeling
    BEGIN SELECT RAISE(ABORT, 'the register is append-only'); END;
CREATE TRIGGER IF NOT EXISTS beoordeling_geen_verwijdering BEFORE DELETE ON beoordeling
    BEGIN SELECT RAISE(ABORT, 'the register is append-only'); END;
"""


@dataclass(frozen=True, slots=True)
class Beoordeling:
    """One recorded assessment."""

    gemeente: str
    verplichting: str
    status: str
    reden: str
    bewijs: str
    notitie: str
    wie: str
    wanneer: str
    id: int = 0

    @property
    def status_nl(self) -> str:
        return STATUSSEN.get(self.status, self.status)


def default_path() -> Path:
    env = os.environ.get("WETGEVING_REGISTER")
    return Path(env) if env else Path(platformdirs.user_data_dir("wetgeving")) / "register.sqlite"


class Register:
    """An open register file."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_path()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            self.db.execute("PRAGMA busy_timeout = 30000")
            self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA synchronous = FULL")
            self.db.executescript(SCHEMA)
        except (sqlite3.DatabaseError, OSError) as exc:
            raise InputError(f"cannot open the register: {exc}", file=self.path,
                             hint="give another --register path, or restore the file from a backup") from None

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Register:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        else:
            self.db.execute("COMMIT")

    def record(self, gemeente: str, verplichting: str, status: str, *, wie: str, reden: str = "", bewijs: str = "",
               notitie: str = "", wanneer: str | None = None) -> Beoordeling:
        """Append one assessment (in its own transaction)."""
        if status not in STATUSSEN:
            raise UsageError(f"unknown status {status!r}", hint="use " + ", ".join(STATUSSEN))
        if status == "not-applicable" and not reden.strip():
            raise UsageError("'not-applicable' needs a reason", hint="give --reason")
        if not wie.strip():
            raise UsageError("an assessment needs a name", hint="give --who")
        for label, value in (("--who", wie), ("--reason", reden), ("--evidence", bewijs), ("--note", notitie)):
            if not_xml_char(value) is not None:
                raise UsageError(f"{label} holds a control character", hint="give plain text")
        when = wanneer or datetime.now(UTC).replace(microsecond=0).isoformat()
        row = (gemeente, verplichting, status, reden, bewijs, notitie, wie, when)
        try:
            with self._tx() as db:
                cur = db.execute(_INSERT, row)
        except sqlite3.IntegrityError as exc:
            raise UsageError(f"refused by the register: {exc}", hint="gemeente as GMxxxx; a known verplichting") from None
        except sqlite3.OperationalError as exc:
            raise WetgevingError(f"the register is busy or unwritable: {exc}", file=str(self.path)) from None
        return Beoordeling(*row, id=int(cur.lastrowid or 0))

    def history(self, gemeente: str | None = None, verplichting: str | None = None) -> list[Beoordeling]:
        rows = self.db.execute(
            _SELECT + " WHERE (?1 IS NULL OR gemeente = ?1) AND (?2 IS NULL OR verplichting = ?2) ORDER BY id",
            (gemeente or None, verplichting or None),
        )
        return [Beoordeling(*r) for r in rows]

    def current(self, gemeente: str) -> dict[str, Beoordeling]:
        """The newest assessment per verplichting for one gemeente."""
        out: dict[str, Beoordeling] = {}
        for b in self.history(gemeente):
            out[b.verplichting] = b
        return out

    # -- CSV ------------------------------------------------------------------------------------------

    def export_csv(self) -> str:
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(FIELDS)
        for b in self.history():
            w.writerow([getattr(b, f) for f in FIELDS])
        return buf.getvalue()

    def import_csv(self, path: Path, *, gemeenten: Collection[str], verplichtingen: Collection[str]) -> int:
        """Append every row of an exported CSV, in order, in one transaction (all or nothing).

        Rows are checked as strictly as :meth:`record` and the CLI check them: a known gemeente and
        verplichting, a known status, a name, a reason for not-applicable and an ISO timestamp.
        """
        from wetgeving.bronnen.secure import read_bytes

        try:
            text = read_bytes(path).decode("utf-8-sig")
            reader = csv.DictReader(io.StringIO(text, newline=""))
            header = tuple(reader.fieldnames or ())
        except (UnicodeDecodeError, csv.Error) as exc:
            raise InputError(f"not a readable CSV file: {exc}", file=path, hint="give a file written by "
                             "'wetgeving register export' (UTF-8 CSV)") from None
        if header != FIELDS:
            raise InputError("not a register export", file=path, line=1, hint="expected columns " + ",".join(FIELDS))
        rows = []
        try:
            for r in reader:
                line = reader.line_num
                problem = _row_problem(r, gemeenten, verplichtingen)
                if problem:
                    raise InputError(f"not a valid assessment: {problem}", file=path, line=line,
                                     hint="fix or remove this row; nothing has been imported")
                rows.append(tuple(r[f] for f in FIELDS))
        except csv.Error as exc:
            raise InputError(f"malformed CSV: {exc}", file=path, line=reader.line_num) from None
        try:
            with self._tx() as db:
                db.executemany(_INSERT, rows)
        except sqlite3.IntegrityError as exc:
            raise InputError(f"refused by the register: {exc}", file=path) from None
        return len(rows)


def _row_problem(r: dict[str, str | None], gemeenten: Collection[str], verplichtingen: Collection[str]) -> str:
    """What is wrong with one imported row, or ``""``."""
    if any(r.get(f) is None for f in FIELDS) or None in r:
        return "wrong number of columns"
    status, gemeente, verplichting = r["status"] or "", r["gemeente"] or "", r["verplichting"] or ""
    if status not in STATUSSEN:
        return f"unknown status {status!r} (use {', '.join(STATUSSEN)})"
    if gemeente not in gemeenten:
        return f"unknown gemeente {gemeente!r} (give the gemeenten file with --gemeenten)"
    if verplichting not in verplichtingen:
        return f"unknown verplichting {verplichting!r} (see 'wetgeving obligations')"
    if not (r["wie"] or "").strip():
        return "no name in 'wie'"
    if any(not_xml_char(r[f] or "") is not None for f in FIELDS):
        return "a control character in the row"
    if status == "not-applicable" and not (r["reden"] or "").strip():
        return "'not-applicable' without a reason"
    try:
        datetime.fromisoformat(r["wanneer"] or "")
    except ValueError:
        return f"'wanneer' is not an ISO date and time: {r['wanneer']!r}"
    return ""
