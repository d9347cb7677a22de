"""The register of assessments on the Django ORM: the same methods as
:class:`wetgeving.compliance.register.Beoordelingsregister` (``record``, ``history``, ``current``, ``as_of``,
``export_csv``, ``append_all``) over the same table. The web application uses it always; the CLI uses it
when ``DATABASE_URL`` names a PostgreSQL database (on SQLite the CLI writes the same table directly).

Append-only like the SQLite register (model and database triggers refuse UPDATE and DELETE). Each write is
one transaction; on SQLite the connection runs in WAL mode with a busy timeout and ``BEGIN IMMEDIATE``
(see ``settings.py``). A locked, damaged or unreachable database becomes a Dutch :class:`RegisterError`
that says what to do (the step-13 messages of :mod:`wetgeving.compliance.registerdb`).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from django.db import DatabaseError, IntegrityError, OperationalError, connection, transaction

from wetgeving.compliance import registerdb
from wetgeving.compliance.register import FIELDS, AlVastgelegd, Beoordeling, Leesbaar, check_fields
from wetgeving.web import models


def _where() -> str:
    """The database, for messages: the SQLite file or the PostgreSQL database name."""
    s = connection.settings_dict
    if connection.vendor == "sqlite":
        return str(s["NAME"])
    service = (s.get("OPTIONS") or {}).get("service")  # a service-only DATABASE_URL has no NAME (helper-106)
    return f"PostgreSQL-database {s['NAME'] or f'(service {service})'}"


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
        raise registerdb.RegisterError(_pg_oorzaak(str(exc)), file=_where(),
                                       hint="controleer DATABASE_URL en of de databaseserver draait") from None
    except DatabaseError as exc:
        if connection.vendor == "sqlite":
            raise registerdb.damaged(Path(_where()), str(exc)) from None
        raise registerdb.RegisterError(f"de database weigert: {str(exc).strip()}", file=_where()) from None


_PG = ((re.compile(r"Connection refused|could not connect|No route to host|timeout expired", re.I),
        "de databaseserver is niet bereikbaar (geen verbinding op het adres van DATABASE_URL)"),
       (re.compile(r"password authentication failed|no password supplied", re.I),
        "de databaseserver weigert de gebruiker of het wachtwoord van DATABASE_URL"),
       (re.compile(r'database "[^"]*" does not exist', re.I), "de database van DATABASE_URL bestaat niet op de server"),
       (re.compile(r"could not translate host name|Name or service not known", re.I),
        "de servernaam in DATABASE_URL is onbekend"))


def _pg_oorzaak(tekst: str) -> str:
    """PostgreSQL's English reason, in Dutch where we know it (helper-205: «Connection refused / Is the server running
    …» reached the user); one we do not know is quoted as PostgreSQL's own."""
    nl = next((zin for patroon, zin in _PG if patroon.search(tekst)), None)
    return f"de database is niet bruikbaar: {nl}" if nl else \
        f"de database is niet bruikbaar (PostgreSQL meldt in het Engels: {' '.join(tekst.split())})"


def _dataclass(b: models.Beoordeling) -> Beoordeling:
    return Beoordeling(b.gemeente, b.verplichting, b.status, b.reden, b.bewijs, b.notitie, b.wie, b.wanneer, b.op,
                       b.periode, b.tekst, id=b.pk)


WEB_NAMEN = {"wie": "wie", "reden": "reden", "bewijs": "bewijs", "notitie": "notitie", "op": "de datum"}


def check(status: str, *, wie: str, reden: str, bewijs: str, notitie: str, gemeente: str, op: str,
          wanneer: str | None = None) -> None:
    """What the register itself requires of an assessment (the same check as the SQLite register's)."""
    check_fields(status, wie=wie, reden=reden, bewijs=bewijs, notitie=notitie, gemeente=gemeente, op=op, wanneer=wanneer,
                 namen=WEB_NAMEN,
                 hints=("vul een reden in", "vul in wie beoordeelt"))


class OrmRegister(Leesbaar):
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
        check(status, wie=wie, reden=reden, bewijs=bewijs, notitie=notitie, gemeente=gemeente, op=op, wanneer=wanneer)
        when = wanneer or datetime.now(UTC).replace(microsecond=0).isoformat()
        row = models.Beoordeling(gemeente=gemeente, verplichting=verplichting, status=status, reden=reden,
                                 bewijs=bewijs, notitie=notitie, wie=wie, wanneer=when, op=op, periode=periode,
                                 tekst=tekst, door=self.door, bewijsstuk=self.bewijsstuk)
        row.full_clean(exclude=["bewijsstuk", "door"])
        with fouten(), transaction.atomic():
            zelfde = models.Beoordeling.objects.filter(  # helper-204: the same assessment to the second (register.py)
                gemeente=gemeente, verplichting=verplichting, status=status, reden=reden, bewijs=bewijs, notitie=notitie,
                wie=wie, wanneer=when, op=op, periode=periode, tekst=tekst).values_list("id", flat=True).first()
            if zelfde is not None:
                raise AlVastgelegd(zelfde)
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

    def note_export(self, output: Path) -> None:
        """Nothing to note: the last-export note is for a register file (see :func:`registerdb.note_export`)."""

    def append_all(self, rows: list[Beoordeling]) -> int:
        """Append ``rows`` in order, in one transaction (all or nothing)."""
        objs = [models.Beoordeling(**{f: getattr(b, f) for f in FIELDS}) for b in rows]
        with fouten(), transaction.atomic():
            models.Beoordeling.objects.bulk_create(objs)
        return len(objs)
