"""The SQLite register: append-only history, CSV round trip, a writer killed mid-run, two writers."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from wetgeving.compliance.register import Register
from wetgeving.errors import UsageError


def test_history_and_current(tmp_path: Path) -> None:
    with Register(tmp_path / "r.sqlite") as reg:
        reg.record("GM0363", "vog-wethouder", "in-progress", wie="Griffie", wanneer="2023-01-02T10:00:00+00:00")
        reg.record("GM0363", "vog-wethouder", "compliant", wie="Griffie", bewijs="dossier 12",
                   wanneer="2023-01-03T10:00:00+00:00")
        reg.record("GM0599", "vog-wethouder", "not-compliant", wie="Griffie R", wanneer="2023-01-04T10:00:00+00:00")
        assert [b.status for b in reg.history("GM0363")] == ["in-progress", "compliant"]
        assert reg.current("GM0363")["vog-wethouder"].bewijs == "dossier 12"
        assert reg.current("GM0363")["vog-wethouder"].status_nl == "voldoet"
        assert len(reg.history()) == 3


def test_append_only_and_validation(tmp_path: Path) -> None:
    with Register(tmp_path / "r.sqlite") as reg:
        reg.record("GM0363", "vog-wethouder", "compliant", wie="Griffie")
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            reg.db.execute("UPDATE beoordeling SET status = 'not-compliant'")
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            reg.db.execute("DELETE FROM beoordeling")
        with pytest.raises(UsageError, match="needs a reason"):
            reg.record("GM0363", "vog-wethouder", "not-applicable", wie="Griffie")
        with pytest.raises(UsageError):
            reg.record("AMS", "vog-wethouder", "compliant", wie="Griffie")
        with pytest.raises(UsageError):
            reg.record("GM0363", "vog-wethouder", "misschien", wie="Griffie")
        assert len(reg.history()) == 1


def test_csv_export_import_identical(tmp_path: Path) -> None:
    with Register(tmp_path / "a.sqlite") as a:
        a.record("GM0363", "vog-wethouder", "compliant", wie="Griffie, afd. «A»", bewijs="https://x.invalid/a?b=1",
                 notitie='met "aanhalingstekens"\nen een regel')
        a.record("GM0344", "gedragscode-raad", "not-applicable", wie="Jan", reden="al geregeld")
        exported = a.export_csv()
    (tmp_path / "e.csv").write_text(exported, encoding="utf-8")
    with Register(tmp_path / "b.sqlite") as b:
        assert b.import_csv(tmp_path / "e.csv", gemeenten={"GM0363", "GM0344"},
                            verplichtingen={"vog-wethouder", "gedragscode-raad"}) == 2
        assert b.export_csv() == exported


WRITER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from wetgeving.compliance.register import Register
    reg = Register(Path(sys.argv[1]))
    who = sys.argv[2]
    for i in range(int(sys.argv[3])):
        b = reg.record("GM0363", "vog-wethouder", "in-progress", wie=who, notitie=str(i))
        print(b.id, flush=True)
""")


def _writer(path: Path, who: str, n: int) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", WRITER, str(path), who, str(n)], stdout=subprocess.PIPE, text=True)


def test_killed_writer_loses_nothing(tmp_path: Path) -> None:
    db = tmp_path / "crash.sqlite"
    Register(db).close()
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
    with Register(db) as reg:
        assert reg.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = reg.history()
        ids = [b.id for b in rows]
        assert set(committed) <= set(ids)  # every acknowledged write survived
        assert ids == list(range(1, len(ids) + 1))  # no torn or half rows
        assert all(b.wie == "crasher" and b.notitie.isdigit() for b in rows)


def test_two_writers(tmp_path: Path) -> None:
    db = tmp_path / "two.sqlite"
    Register(db).close()
    a, b = _writer(db, "a", 150), _writer(db, "b", 150)
    assert a.wait(timeout=120) == 0 and b.wait(timeout=120) == 0
    with Register(db) as reg:
        rows = reg.history()
        assert len(rows) == 300
        assert sorted(int(r.notitie) for r in rows if r.wie == "a") == list(range(150))
        assert sorted(int(r.notitie) for r in rows if r.wie == "b") == list(range(150))
