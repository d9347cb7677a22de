"""The register of assessments on the Django ORM: the same methods as
:class:`wetgeving.compliance.register.Beoordelingsregister` (``record``, ``history``, ``current``, ``as_of``,
``export_csv``, ``import_csv``), so the CLI and the web application share one store and one schema.

Append-only like the SQLite register (model and database triggers refuse UPDATE and DELETE). Each write is
one transaction; on SQLite the connection runs in WAL mode with a busy timeout and ``BEGIN IMMEDIATE``
(see ``settings.py``). A locked, damaged or unreachable database becomes a Dutch :class:`RegisterError`
that says what to do (the step-13 messages of :mod:`wetgeving.compliance.registerdb`).
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from django.db import DatabaseError, IntegrityError, OperationalError, connection, transaction

from wetgeving import csvio
from wetgeving.compliance import registerdb
from wetgeving.compliance.register import FIELDS, FIELDS_V1, LEGACY, Beoordeling, check_fields
from wetgeving.compliance.register import Beoordelingsregister as SqliteRegister
from wetgeving.compliance.register import _row_problem as row_problem
from wetgeving.web import models


def _where() -> str:
    """The database, for messages: the SQLite file or the PostgreSQL database name."""
    s = connection.settings_dict
    return str(s["NAME"]) if connection.vendor == "sqlite" else f"PostgreSQL-database {s['NAME']}"


@contextmanager
def fouten() -> Iterator[None]:
    """Database errors as Dutch :class:`~wetgeving.compliance.registerdb.RegisterError` messages."""
    try:
        yield
    except IntegrityError:
        raise
    except OperationalError as exc:
        if connection.vendor == "sqlite":
            raise registerdb._operational(Path(_where()), sqlite3.OperationalError(str(exc))) from None
        raise registerdb.RegisterError(f"de database is niet bruikbaar: {str(exc).strip()}", file=_where(),
                                       hint="controleer DATABASE_URL en of de databaseserver draait") from None
    except DatabaseError as exc:
        if connection.vendor == "sqlite":
            raise registerdb.damaged(Path(_where()), str(exc)) from None
        raise registerdb.RegisterError(f"de database weigert: {str(exc).strip()}", file=_where()) from None


def _dataclass(b: models.Beoordeling) -> Beoordeling:
    return Beoordeling(b.gemeente, b.verplichting, b.status, b.reden, b.bewijs, b.notitie, b.wie, b.wanneer, b.op,
                       b.periode, b.tekst, id=b.pk)


def check(status: str, *, wie: str, reden: str, bewijs: str, notitie: str) -> None:
    """What the register itself requires of an assessment (the same check as the SQLite register's)."""
    check_fields(status, wie=wie, reden=reden, bewijs=bewijs, notitie=notitie,
                 namen={"wie": "wie", "reden": "reden", "bewijs": "bewijs", "notitie": "notitie"},
                 hints=("vul een reden in", "vul in wie beoordeelt"))


def row_hash(b: Beoordeling) -> str:
    """A SHA-256 over every field of one assessment but its id (to show an import lost nothing)."""
    return hashlib.sha256("\x1f".join(str(getattr(b, f)) for f in FIELDS).encode("utf-8")).hexdigest()


class OrmRegister:
    """The register in the Django database (SQLite file or PostgreSQL). ``door`` (the signed-in user) and
    ``bewijsstuk`` (an uploaded evidence file) are linked to the rows this instance records."""

    readonly = False

    def __init__(self, *, door: Any = None, bewijsstuk: Any = None) -> None:
        self.door, self.bewijsstuk = door, bewijsstuk

    def __enter__(self) -> OrmRegister:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def close(self) -> None:
        return None

    def record(self, gemeente: str, verplichting: str, status: str, *, wie: str, op: str, reden: str = "",
               bewijs: str = "", notitie: str = "", periode: str = "", tekst: str = "", wanneer: str | None = None,
               ) -> Beoordeling:
        """Append one assessment in its own transaction."""
        check(status, wie=wie, reden=reden, bewijs=bewijs, notitie=notitie)
        when = wanneer or datetime.now(UTC).replace(microsecond=0).isoformat()
        row = models.Beoordeling(gemeente=gemeente, verplichting=verplichting, status=status, reden=reden,
                                 bewijs=bewijs, notitie=notitie, wie=wie, wanneer=when, op=op, periode=periode,
                                 tekst=tekst, door=self.door, bewijsstuk=self.bewijsstuk)
        row.full_clean(exclude=["bewijsstuk", "door"])
        with fouten(), transaction.atomic():
            row.save()
        return _dataclass(row)

    def history(self, gemeente: str | None = None, verplichting: str | None = None) -> list[Beoordeling]:
        qs = models.Beoordeling.objects.order_by("id")
        if gemeente:
            qs = qs.filter(gemeente=gemeente)
        if verplichting:
            qs = qs.filter(verplichting=verplichting)
        with fouten():
            return [_dataclass(b) for b in qs]

    def rows(self, gemeente: str, verplichting: str | None = None) -> list[models.Beoordeling]:
        """The model rows (with evidence file and user), oldest first."""
        qs = models.Beoordeling.objects.filter(gemeente=gemeente).select_related("bewijsstuk").order_by("id")
        if verplichting:
            qs = qs.filter(verplichting=verplichting)
        with fouten():
            return list(qs)

    def current(self, gemeente: str) -> dict[str, Beoordeling]:
        out: dict[str, Beoordeling] = {}
        for b in sorted(self.history(gemeente), key=lambda b: (b.op, b.id)):
            out[b.verplichting] = b
        return out

    def as_of(self, gemeente: str, when: date) -> dict[str, Beoordeling]:
        """Per verplichting, the newest assessment about a date on or before ``when``."""
        out: dict[str, Beoordeling] = {}
        for b in sorted(self.history(gemeente), key=lambda b: (b.op, b.id)):
            if b.op <= when.isoformat():
                out[b.verplichting] = b
        return out

    def export_csv(self) -> str:
        return csvio.write(FIELDS, ([getattr(b, f) for f in FIELDS] for b in self.history()))

    def import_csv(self, path: Path, *, gemeenten: Collection[str], verplichtingen: Collection[str]) -> int:
        """Append every row of an exported CSV, in order, all or nothing (rows checked as the SQLite register does)."""
        from wetgeving.bronnen.secure import read_bytes

        try:
            text = read_bytes(path).decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise csvio.CsvError(f"geen UTF-8-tekst: {exc.reason}", file=path,
                                 hint="geef een bestand dat 'wetgeving register export' schreef (CSV in UTF-8)") from None
        header, lines = csvio.read(text, path)
        if tuple(header) not in (FIELDS, FIELDS_V1):
            raise csvio.CsvError("geen export van het register", file=path, line=1,
                                 hint="verwachte kolommen: " + ",".join(FIELDS))
        rows: list[Beoordeling] = []
        for line, cells in lines:
            r: dict[str, str | None] = dict(zip(header, cells, strict=True))
            if tuple(header) == FIELDS_V1:
                r = {**r, "status": LEGACY.get(r["status"] or "", r["status"] or ""),
                     "op": (r["wanneer"] or "")[:10], "periode": "", "tekst": ""}
            problem = row_problem(r, gemeenten, verplichtingen)
            if problem:
                raise csvio.CsvError(f"geen geldige beoordeling: {problem}", file=path, line=line,
                                     hint="verbeter of verwijder deze regel; er is niets geïmporteerd")
            values: dict[str, Any] = {f: r[f] or "" for f in FIELDS}
            rows.append(Beoordeling(**values))
        return self._append_all(rows)

    def import_sqlite(self, path: Path) -> int:
        """Append every assessment of an old SQLite register file (read-only, in order, all or nothing)."""
        with SqliteRegister(path, readonly=True) as old:
            return self._append_all(old.history())

    def _append_all(self, rows: list[Beoordeling]) -> int:
        objs = [models.Beoordeling(**{f: getattr(b, f) for f in FIELDS}) for b in rows]
        with fouten(), transaction.atomic():
            models.Beoordeling.objects.bulk_create(objs)
        return len(objs)
