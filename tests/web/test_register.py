"""The register on the ORM: append-only (model and database triggers), the same answers as the SQLite
register, CSV round trip, import of an old SQLite register without loss, Dutch messages for a locked or
damaged database."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from django.db import DatabaseError, OperationalError, connection, transaction

from tests.katalogus import omgeving
from wetgeving.compliance.register import SCHEMA, Beoordelingsregister, fingerprint, read_export
from wetgeving.compliance.registerdb import RegisterBusyError, RegisterDamagedError, RegisterError
from wetgeving.web.models import AppendOnlyError, Beoordeling
from wetgeving.web.register import OrmRegister, fouten

GEMEENTEN = {"GM0363", "GM0599"}
VERPLICHTINGEN = {"vog-wethouder", "belangenverstrengeling-raad"}


def _fill(reg: Any) -> None:
    reg.record("GM0363", "vog-wethouder", "voldoet-niet", wie="a", op="2023-02-01", wanneer="2023-02-01T10:00:00+00:00")
    reg.record("GM0363", "vog-wethouder", "voldoet", wie="b", op="2023-05-01", bewijs="=HYPERLINK(\"x\")",
               wanneer="2023-05-01T10:00:00+00:00", periode="vanaf-2023-01-01", tekst="abc")
    reg.record("GM0599", "belangenverstrengeling-raad", "niet-van-toepassing", wie="c", op="2023-03-01",
               reden="geen raad, zegt de test", notitie="regel 1\nregel 2", wanneer="2023-03-01T10:00:00+00:00")


@pytest.mark.django_db
def test_append_only_in_model_and_database() -> None:
    reg = OrmRegister()
    _fill(reg)
    b = Beoordeling.objects.first()
    assert b is not None
    b.status = "voldoet"
    with pytest.raises(AppendOnlyError):
        b.save()
    with pytest.raises(AppendOnlyError):
        b.delete()
    with pytest.raises(DatabaseError), transaction.atomic():
        Beoordeling.objects.filter(pk=b.pk).update(status="voldoet")
    with pytest.raises(DatabaseError), transaction.atomic():
        Beoordeling.objects.filter(pk=b.pk).delete()
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cur:
        cur.execute("UPDATE web_beoordeling SET status = 'voldoet'")
    assert Beoordeling.objects.get(pk=b.pk).status == "voldoet-niet"


@pytest.mark.django_db
def test_same_answers_as_the_sqlite_register(tmp_path: Path) -> None:
    orm, old = OrmRegister(), Beoordelingsregister(tmp_path / "r.sqlite")
    _fill(orm)
    _fill(old)
    strip = lambda bs: [fingerprint(b) for b in bs]  # noqa: E731
    assert strip(orm.history()) == strip(old.history())
    for when in (date(2023, 1, 1), date(2023, 2, 1), date(2023, 4, 1), date(2024, 1, 1)):
        assert {k: fingerprint(v) for k, v in orm.as_of("GM0363", when).items()} == \
               {k: fingerprint(v) for k, v in old.as_of("GM0363", when).items()}
    assert {k: fingerprint(v) for k, v in orm.current("GM0599").items()} == \
           {k: fingerprint(v) for k, v in old.current("GM0599").items()}
    assert orm.export_csv() == old.export_csv()
    old.close()


@pytest.mark.django_db
def test_csv_round_trip(tmp_path: Path) -> None:
    reg = OrmRegister()
    _fill(reg)
    before = [fingerprint(b) for b in reg.history()]
    path = tmp_path / "export.csv"
    path.write_text(reg.export_csv(), encoding="utf-8")
    assert reg.append_all(read_export(path, gemeenten=GEMEENTEN, verplichtingen=VERPLICHTINGEN)) == 3
    assert [fingerprint(b) for b in reg.history()] == before + before


@pytest.mark.django_db
def test_bad_csv_imports_nothing(tmp_path: Path) -> None:
    from wetgeving.csvio import CsvError

    reg = OrmRegister()
    _fill(reg)
    path = tmp_path / "export.csv"
    path.write_text(reg.export_csv().replace("GM0599", "GM9999"), encoding="utf-8")
    with pytest.raises(CsvError, match="onbekende gemeente 'GM9999'"):
        reg.append_all(read_export(path, gemeenten=GEMEENTEN, verplichtingen=VERPLICHTINGEN))
    assert len(reg.history()) == 3


@pytest.mark.django_db
def test_import_of_an_earlier_register_file_loses_nothing(tmp_path: Path, sources: Path) -> None:
    """A register file of the earlier version (its own table) goes into the shared database: the same count,
    the same SHA-256 per assessment."""
    import sqlite3

    from wetgeving.app.naleving import import_assessments

    path = tmp_path / "oud.sqlite"
    db = sqlite3.connect(path)
    db.executescript(SCHEMA)
    db.executemany("INSERT INTO beoordeling (gemeente, verplichting, status, reden, bewijs, notitie, wie, wanneer, op, "
                   "periode, tekst) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", [
                       ("GM0363", "vog-wethouder", "voldoet-niet", "", "", "", "a", "2023-02-01T10:00:00+00:00",
                        "2023-02-01", "", ""),
                       ("GM0599", "vog-wethouder", "voldoet", "", "=HYPERLINK(\"x\")", "<b>", "b",
                        "2023-05-01T10:00:00+00:00", "2023-05-01", "vanaf-2023-01-01", "abc")])
    db.commit()
    db.close()
    with Beoordelingsregister(path, readonly=True) as old:
        rows = old.history()
    reg = OrmRegister()
    assert import_assessments(omgeving(), lambda: reg, path, None).nieuw == len(rows) == 2
    assert sorted(map(fingerprint, reg.history())) == sorted(map(fingerprint, rows))


@pytest.mark.django_db
def test_damaged_database_message() -> None:
    with pytest.raises(RegisterError) as exc, fouten():
        raise DatabaseError("file is not a database")
    if connection.vendor == "postgresql":
        assert "de database weigert" in str(exc.value)
    else:
        assert isinstance(exc.value, RegisterDamagedError)
        assert "het register is beschadigd" in str(exc.value) and "PRAGMA integrity_check" in str(exc.value)


def test_other_errors_are_register_errors() -> None:
    with pytest.raises(RegisterError), fouten():
        raise OperationalError("disk I/O error")


@pytest.mark.django_db
def test_error_messages_name_the_database_in_use() -> None:
    with pytest.raises(RegisterError) as exc, fouten():
        raise OperationalError("database is locked")
    if connection.vendor == "postgresql":
        assert "de database is niet bruikbaar" in str(exc.value) and "DATABASE_URL" in str(exc.value)
    else:
        assert isinstance(exc.value, RegisterBusyError)
        assert "het register is bezet" in str(exc.value) and "probeer het over een ogenblik opnieuw" in str(exc.value)


def test_library_and_web_share_the_store(als: Any) -> None:
    """What the library records through OrmRegister (as the CLI will) is what the web shows, and back."""
    from wetgeving.compliance import checklist as cl
    from wetgeving.compliance import gemeenten as gm
    from wetgeving.compliance.beoordelen import beoordeel
    from wetgeving.compliance.verplichtingen import by_id, verplichtingen

    v = by_id("vog-wethouder")
    assert v is not None
    beoordeel(omgeving(), OrmRegister(), "GM0363", v, "voldoet niet", wie="Griffie (CLI)", op=date(2023, 6, 1))
    html = als("anna").get("/checklist/GM0363/?datum=2023-06-01").content.decode()
    assert "‘voldoet niet’ — beoordeeld op 2023-06-01 door <bdi>Griffie (CLI)</bdi>" in html  # isolated since 2026-12-08
    als("anna").post("/checklist/GM0363/beoordeel/vog-wethouder/?datum=2023-07-01", {"status": "voldoet", "op": "2023-07-01"})
    g = gm.find(gm.load(), "GM0363")
    lijst = cl.make(omgeving(), g, date(2023, 7, 1), verplichtingen(), OrmRegister().as_of("GM0363", date(2023, 7, 1)),
                    with_text=False)
    row = next(r for r in lijst.regels if r.verplichting.id == "vog-wethouder")
    assert row.beoordeling is not None and (row.beoordeling.status, row.beoordeling.wie) == ("voldoet", "anna")
    assert [b.wie for b in OrmRegister().history("GM0363", "vog-wethouder")] == ["Griffie (CLI)", "anna"]
