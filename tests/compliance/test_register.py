"""The SQLite register: append-only history, CSV round trip, a writer killed mid-run, two writers."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from datetime import date
from pathlib import Path

import pytest

from wetgeving.compliance.register import Beoordelingsregister, read_export
from wetgeving.compliance.registerdb import RegisterError
from wetgeving.errors import UsageError


def test_history_and_current(tmp_path: Path) -> None:
    with Beoordelingsregister(tmp_path / "r.sqlite") as reg:
        reg.record("GM0363", "vog-wethouder", "voldoet-gedeeltelijk", wie="Griffie", op="2023-01-02",
                   wanneer="2023-01-02T10:00:00+00:00")
        reg.record("GM0363", "vog-wethouder", "voldoet", wie="Griffie", bewijs="dossier 12", op="2023-01-03",
                   wanneer="2023-01-03T10:00:00+00:00")
        reg.record("GM0599", "vog-wethouder", "voldoet-niet", wie="Griffie R", op="2023-01-04",
                   wanneer="2023-01-04T10:00:00+00:00")
        assert [b.status for b in reg.history("GM0363")] == ["voldoet-gedeeltelijk", "voldoet"]
        assert reg.current("GM0363")["vog-wethouder"].bewijs == "dossier 12"
        assert reg.current("GM0363")["vog-wethouder"].status_nl == "voldoet"
        assert reg.as_of("GM0363", date(2023, 1, 2))["vog-wethouder"].status_nl == "voldoet gedeeltelijk"
        assert reg.as_of("GM0363", date(2023, 1, 1)) == {}
        assert len(reg.history()) == 3


def test_a_version_1_register_is_read_never_written(tmp_path: Path) -> None:
    """A register written by version 1 (English codes, no assessment date) reads with its rows intact and
    unchanged on disk; writing to it is refused with the import command to use instead."""
    path = tmp_path / "v1.sqlite"
    db = sqlite3.connect(path)
    db.executescript(V1_SCHEMA)
    db.executemany("INSERT INTO beoordeling (gemeente, verplichting, status, reden, bewijs, notitie, wie, wanneer) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [
                       ("GM0363", "vog-wethouder", "compliant", "", "dossier", "", "Griffie", "2023-02-01T09:00:00+00:00"),
                       ("GM0363", "gedragscode-raad", "in-progress", "", "", "n", "Jan", "2023-02-02T09:00:00+00:00"),
                       ("GM0344", "vog-wethouder", "not-applicable", "geen", "", "", "Piet", "2023-02-03T09:00:00+00:00")])
    db.commit()
    db.close()
    before = path.read_bytes()
    for _ in range(2):  # reading again changes nothing
        with Beoordelingsregister(path, readonly=True) as reg:
            rows = reg.history()
            assert [(b.id, b.status, b.op, b.periode) for b in rows] == [
                (1, "voldoet", "2023-02-01", ""), (2, "in-behandeling", "2023-02-02", ""),
                (3, "niet-van-toepassing", "2023-02-03", "")]
            assert rows[1].status_nl == "in behandeling (oude status)"
    assert path.read_bytes() == before
    with pytest.raises(RegisterError, match="eerdere versie") as exc:
        Beoordelingsregister(path)
    assert f"wetgeving register import '{path}'" in str(exc.value)
    assert path.read_bytes() == before


V1_SCHEMA = """
CREATE TABLE beoordeling (id INTEGER PRIMARY KEY AUTOINCREMENT, gemeente TEXT NOT NULL, verplichting TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('compliant', 'not-compliant', 'in-progress', 'not-applicable')),
    reden TEXT NOT NULL DEFAULT '', bewijs TEXT NOT NULL DEFAULT '', notitie TEXT NOT NULL DEFAULT '',
    wie TEXT NOT NULL, wanneer TEXT NOT NULL);
CREATE INDEX beoordeling_per_gemeente ON beoordeling (gemeente, verplichting, id);
CREATE TRIGGER beoordeling_geen_wijziging BEFORE UPDATE ON beoordeling
    BEGIN SELECT RAISE(ABORT, 'the register is append-only'); END;
CREATE TRIGGER beoordeling_geen_verwijdering BEFORE DELETE ON beoordeling
    BEGIN SELECT RAISE(ABORT, 'the register is append-only'); END;
"""


def test_append_only_and_validation(tmp_path: Path) -> None:
    with Beoordelingsregister(tmp_path / "r.sqlite") as reg:
        reg.record("GM0363", "vog-wethouder", "voldoet", wie="Griffie", op="2023-02-01")
        with pytest.raises(sqlite3.DatabaseError, match="alleen aan te vullen"):
            reg.db.execute("UPDATE web_beoordeling SET status = 'voldoet-niet'")
        with pytest.raises(sqlite3.DatabaseError, match="alleen aan te vullen"):
            reg.db.execute("DELETE FROM web_beoordeling")
        with pytest.raises(UsageError, match="vraagt een reden"):
            reg.record("GM0363", "vog-wethouder", "niet-van-toepassing", wie="Griffie", op="2023-02-01")
        with pytest.raises(UsageError):
            reg.record("AMS", "vog-wethouder", "voldoet", wie="Griffie", op="2023-02-01")
        with pytest.raises(UsageError):
            reg.record("GM0363", "vog-wethouder", "misschien", wie="Griffie", op="2023-02-01")
        with pytest.raises(UsageError):
            reg.record("GM0363", "vog-wethouder", "in-behandeling", wie="Griffie", op="2023-02-01")  # old only
        with pytest.raises(UsageError):
            reg.record("GM0363", "vog-wethouder", "voldoet", wie="Griffie", op="1 februari")
        assert len(reg.history()) == 1


def test_csv_export_import_identical(tmp_path: Path) -> None:
    with Beoordelingsregister(tmp_path / "a.sqlite") as a:
        a.record("GM0363", "vog-wethouder", "voldoet", wie="Griffie, afd. «A»", bewijs="https://x.invalid/a?b=1",
                 notitie='met "aanhalingstekens"\nen een regel', op="2023-02-01", periode="vanaf-2023-01-01",
                 tekst="0123456789abcdef")
        a.record("GM0344", "gedragscode-raad", "niet-van-toepassing", wie="Jan", reden="al geregeld", op="2023-02-02")
        exported = a.export_csv()
    (tmp_path / "e.csv").write_text(exported, encoding="utf-8")
    with Beoordelingsregister(tmp_path / "b.sqlite") as b:
        assert b.append_all(read_export(tmp_path / "e.csv", gemeenten={"GM0363", "GM0344"},
                                        verplichtingen={"vog-wethouder", "gedragscode-raad"})) == 2
        assert b.export_csv() == exported


WRITER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from wetgeving.compliance.register import Beoordelingsregister
    reg = Beoordelingsregister(Path(sys.argv[1]))
    who = sys.argv[2]
    for i in range(int(sys.argv[3])):
        b = reg.record("GM0363", "vog-wethouder", "voldoet-gedeeltelijk", wie=who, notitie=str(i), op="2023-02-01")
        print(b.id, flush=True)
""")


def _writer(path: Path, who: str, n: int) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", WRITER, str(path), who, str(n)], stdout=subprocess.PIPE, text=True)


def test_killed_writer_loses_nothing(tmp_path: Path) -> None:
    db = tmp_path / "crash.sqlite"
    Beoordelingsregister(db).close()
    proc = _writer(db, "crasher", 100_000)
    assert proc.stdout is not None
    committed = []
    deadline = time.monotonic() + 30
    while len(committed) < 200 and time.monotonic() < deadline:
        line = proc.stdout.readline()
        if line:
            committed.append(int(line))
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert len(committed) >= 200
    with Beoordelingsregister(db) as reg:
        assert reg.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = reg.history()
        ids = [b.id for b in rows]
        assert set(committed) <= set(ids)  # every acknowledged write survived
        assert ids == list(range(1, len(ids) + 1))  # no torn or half rows
        assert all(b.wie == "crasher" and b.notitie.isdigit() for b in rows)


def test_two_writers(tmp_path: Path) -> None:
    db = tmp_path / "two.sqlite"
    Beoordelingsregister(db).close()
    a, b = _writer(db, "a", 150), _writer(db, "b", 150)
    assert a.wait(timeout=120) == 0 and b.wait(timeout=120) == 0
    with Beoordelingsregister(db) as reg:
        rows = reg.history()
        assert len(rows) == 300
        assert sorted(int(r.notitie) for r in rows if r.wie == "a") == list(range(150))
        assert sorted(int(r.notitie) for r in rows if r.wie == "b") == list(range(150))
