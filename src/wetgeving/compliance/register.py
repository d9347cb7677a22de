"""The register of compliance assessments: append-only, in the database the web application uses too.

On SQLite (the default) this module writes the file itself, without starting Django: the tables are the
ones the web application's migrations make (``register.sql``, generated from them; one store, one schema).
With ``DATABASE_URL`` the CLI uses the web application's ORM register instead. A register file of an
earlier version (its own table ``beoordeling``) is read as it is and can be imported, never written.

Every assessment is a new row: gemeente, verplichting, status (Dutch words that fit the kind of
obligation), reason, evidence, note, who, when it was recorded, the date it is about (``op``) and which
wording of the obligation was assessed (``periode`` and a hash of the grondslag texts), so that a later
change of the law marks it *opnieuw beoordelen*. The assessment shown for a date is the newest one about
a date on or before it. Triggers refuse UPDATE and DELETE, so the history cannot be rewritten.
Each write is one transaction (``BEGIN IMMEDIATE``) in WAL mode with a busy timeout: concurrent writers
wait for each other, and a writer killed mid-write loses at most its own uncommitted row. Opening,
read-only use and the messages for a busy, read-only or damaged file live in :mod:`.registerdb`.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import sqlite3
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Protocol
from zoneinfo import ZoneInfo

import platformdirs

from wetgeving import csvio
from wetgeving.compliance import registerdb
from wetgeving.errors import UsageError
from wetgeving.nummers import dag_bestaat_niet
from wetgeving.util import not_xml_char, stuurteken, stuurteken_genoemd

# The words an assessment may use, per kind of obligation (the CLI and web accept them with spaces or hyphens).
WOORDEN: dict[str, tuple[str, ...]] = {
    "wettelijk": ("voldoet", "voldoet-gedeeltelijk", "voldoet-niet", "niet-van-toepassing"),
    "aanbeveling": ("opgevolgd", "niet-opgevolgd", "bewust-afgeweken"),
    "wetsvoorstel": ("voorbereiding-gestart", "nog-niet"),
}
LEGACY = {"compliant": "voldoet", "not-compliant": "voldoet-niet", "not-applicable": "niet-van-toepassing",
          "in-progress": "in-behandeling"}  # version 1 registers and exports (English codes)
STATUSSEN = tuple(w for ws in WOORDEN.values() for w in ws) + ("in-behandeling",)
FIELDS = ("gemeente", "verplichting", "status", "reden", "bewijs", "notitie", "wie", "wanneer", "op", "periode",
          "tekst")
FIELDS_V1 = FIELDS[:8]
TABLE, EARLIER_TABLE = "web_beoordeling", "beoordeling"  # the shared table; an earlier version's own
_ZELFDE = ("SELECT id FROM web_beoordeling WHERE gemeente = ? AND verplichting = ? AND status = ? AND reden = ? AND "
           "bewijs = ? AND notitie = ? AND wie = ? AND wanneer = ? AND op = ? AND periode = ? AND tekst = ?")


class AlVastgelegd(UsageError):
    """The same assessment, to the second, is in the register already (a command run twice, two at once): a second
    copy would stay for good, and an export of both could not be imported again."""

    exit_code = 1

    def __init__(self, nr: int) -> None:
        super().__init__(f"deze beoordeling is in deze seconde al vastgelegd (#{nr})",
                         hint="er is niets opnieuw vastgelegd; bekijk de geschiedenis van deze verplichting")


_INSERT = ("INSERT INTO web_beoordeling (gemeente, verplichting, status, reden, bewijs, notitie, wie, wanneer, op, "
           "periode, tekst) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
_SELECT = "SELECT gemeente, verplichting, status, reden, bewijs, notitie, wie, wanneer, op, periode, tekst, id FROM "
_STATUS_SQL = ", ".join(f"'{w}'" for w in STATUSSEN)

# The table of an earlier version (kept to read its files, and to bring a version-1 file to version 2 in memory).
SCHEMA = f"""
CREATE TABLE IF NOT EXISTS beoordeling (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    gemeente TEXT NOT NULL CHECK (gemeente GLOB 'GM[0-9][0-9][0-9][0-9]'),
    verplichting TEXT NOT NULL CHECK (length(verplichting) > 0),
    status TEXT NOT NULL CHECK (status IN ({_STATUS_SQL})),
    reden TEXT NOT NULL DEFAULT '',
    bewijs TEXT NOT NULL DEFAULT '',
    notitie TEXT NOT NULL DEFAULT '',
    wie TEXT NOT NULL CHECK (length(wie) > 0),
    wanneer TEXT NOT NULL,
    op TEXT NOT NULL CHECK (op GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    periode TEXT NOT NULL DEFAULT '',
    tekst TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS beoordeling_per_gemeente ON beoordeling (gemeente, verplichting, op, id);
CREATE TRIGGER IF NOT EXISTS beoordeling_geen_wijziging BEFORE UPDATE ON beoordeling
    BEGIN SELECT RAISE(ABORT, 'the register is append-only'); END;
CREATE TRIGGER IF NOT EXISTS beoordeling_geen_verwijdering BEFORE DELETE ON beoordeling
    BEGIN SELECT RAISE(ABORT, 'the register is append-only'); END;
"""
# Version 1 had English status codes and no assessment date or wording: copied once, codes mapped, ``op``
# taken from the recording time, the wording left empty (unknown).
_MIGRATE_V1 = f"""
ALTER TABLE beoordeling RENAME TO beoordeling_v1;
DROP TRIGGER IF EXISTS beoordeling_geen_wijziging;
DROP TRIGGER IF EXISTS beoordeling_geen_verwijdering;
DROP INDEX IF EXISTS beoordeling_per_gemeente;
{SCHEMA}
INSERT INTO beoordeling (id, gemeente, verplichting, status, reden, bewijs, notitie, wie, wanneer, op)
    SELECT id, gemeente, verplichting,
           CASE status {" ".join(f"WHEN '{k}' THEN '{v}'" for k, v in LEGACY.items())} ELSE status END,
           reden, bewijs, notitie, wie, wanneer, substr(wanneer, 1, 10)
    FROM beoordeling_v1 ORDER BY id;
DROP TABLE beoordeling_v1;
"""  # noqa: S608 (built from constants only)


def label(status: str) -> str:
    """The Dutch words of a status slug ("voldoet-niet" → "voldoet niet")."""
    return "in behandeling (oude status)" if status == "in-behandeling" else status.replace("-", " ")


def label_op(status: str, op: str, periode: str) -> str:
    """:func:`label`, and for «voldoet» or «niet van toepassing» about a date before the wording assessed was in force
    (``periode`` «vanaf-2023-04-01», ``op`` 2022-12-20) that it was preparation, not compliance with law in force
    (helper-90: the register's history showed a bare «voldoet» beside «tekst geldend vanaf 2023-04-01»)."""
    vanaf = periode.removeprefix("vanaf-") if periode.startswith("vanaf-") else ""
    if status in ("voldoet", "niet-van-toepassing") and len(vanaf) == 10 and op and op < vanaf:
        return f"{label(status)} (als voorbereiding: deze tekst gold op {op} nog niet)"
    return label(status)


def slug(words: str) -> str:
    """Words as typed ("voldoet niet", "Voldoet-Niet", or a version-1 code) → the stored slug."""
    s = "-".join(words.strip().casefold().replace("_", " ").split())
    return LEGACY.get(s, s)


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
    wanneer: str  # when it was recorded (UTC timestamp)
    op: str = ""  # the date the assessment is about (YYYY-MM-DD)
    periode: str = ""  # the wording assessed ("vanaf-2023-01-01"); "" = not recorded (version-1 rows)
    tekst: str = ""  # hash of the grondslag texts assessed; "" = not recorded or not available
    id: int = 0

    @property
    def status_nl(self) -> str:
        return label(self.status)

    @property
    def status_getoond(self) -> str:
        """The status as the history shows it: with «als voorbereiding» when it preceded the wording (:func:`label_op`)."""
        return label_op(self.status, self.op, self.periode)


class Beoordelingsopslag(Protocol):
    """What the tasks need of a store of assessments: the SQLite :class:`Beoordelingsregister`, or the web
    application's database; append-only (there is no method to change or delete an assessment)."""

    def __enter__(self) -> Beoordelingsopslag: ...

    def __exit__(self, *exc: object) -> None: ...

    def as_of(self, gemeente: str, when: date) -> dict[str, Beoordeling]: ...

    def history(self, gemeente: str | None = None, verplichting: str | None = None) -> list[Beoordeling]: ...

    def record(self, gemeente: str, verplichting: str, status: str, *, wie: str, op: str, reden: str = "",
               bewijs: str = "", notitie: str = "", periode: str = "", tekst: str = "",
               wanneer: str | None = None) -> Beoordeling: ...

    def export_csv(self) -> str: ...

    def append_all(self, rows: list[Beoordeling]) -> int: ...

    def note_export(self, output: Path) -> None: ...


TEKST_MAX = 10_000
"""Most characters of a reason, evidence or note (helper-51: 2 MB were accepted, shown on every load of the checklist,
beyond the CSV reader's field limit of 131,072)."""
WIE_MAX = 200
"""The longest name in 'wie': the web application's database holds no more (web/models.py, max_length)."""
CLI_NAMEN = {"wie": "--who", "reden": "--reason", "bewijs": "--evidence", "notitie": "--note", "op": "--op"}
CLI_HINTS = ("geef --reason", "geef --who")
MET_REDEN = ("niet-van-toepassing", "bewust-afgeweken")
"""The statuses a new assessment must give a reason for: an exemption, and a recommendation departed from on purpose
(helper-142: without a reason it could not be told from «niet opgevolgd»). Rows imported from an earlier register
keep what they were recorded with (:func:`row_problem` asks a reason for 'niet van toepassing' only, as it always did)."""


def check_fields(status: str, *, wie: str, reden: str, bewijs: str, notitie: str, gemeente: str | None = None,
                 op: str | None = None, wanneer: str | None = None, namen: dict[str, str] = CLI_NAMEN,
                 hints: tuple[str, str] = CLI_HINTS) -> None:
    """What a register itself requires of an assessment (the SQLite file and the web app's database alike):
    a known status word, a reason for 'niet van toepassing', a name, no control characters, a CBS code and
    an ISO date ``op`` no later than the day it is recorded (``wanneer``, default now; :func:`vastgelegd_op`).
    ``namen`` and ``hints`` say how the caller's form names the fields."""
    if status not in STATUSSEN or status == "in-behandeling":
        raise UsageError(f"onbekende status {status!r}", hint="gebruik een van: " + ", ".join(map(label, STATUSSEN[:-1])))
    if status in MET_REDEN and not reden.strip():  # quoted as the web's other messages
        raise UsageError(f"‘{label(status)}’ vraagt een reden", hint=hints[0])
    if not wie.strip():
        raise UsageError("een beoordeling vraagt een naam", hint=hints[1])
    if len(wie) > WIE_MAX:  # one store: what the SQLite file takes, the web application's database must take too
        raise UsageError(f"{namen['wie']} is langer dan {WIE_MAX} tekens", hint="geef een naam, geen tekst")
    for veld, value in (("wie", wie), ("reden", reden), ("bewijs", bewijs), ("notitie", notitie)):
        bad = stuurteken(value)
        if bad is not None:
            raise UsageError(f"{namen[veld]} bevat een stuurteken ({stuurteken_genoemd(value, bad)})",
                             hint="geef gewone tekst" if veld != "wie" or hints is CLI_HINTS else
                             "laat de beheerder de naam in uw gebruikersaccount verbeteren")
        if len(value) > TEKST_MAX:  # shown with the obligation on every checklist, and a field of the CSV export
            raise UsageError(f"{namen[veld]} is langer dan {TEKST_MAX:,} tekens".replace(",", "."),
                             hint="vat samen, en verwijs voor de rest naar een bewijsstuk")
    if gemeente is not None and not re.fullmatch(r"GM[0-9]{4}", gemeente):
        raise UsageError(f"{gemeente!r} is geen CBS-gemeentecode", hint="schrijf GM gevolgd door vier cijfers, bijv. GM0363")
    if op is not None:
        check_op(op, namen.get("op", "op"), wanneer)


def check_op(op: str, naam: str, wanneer: str | None = None) -> None:
    """The day an assessment is about, as the front door ``naam`` calls it (``--op``, the web form's date): ISO
    and not after the day it is recorded (:func:`vastgelegd_op`). No status needs a later day: who prepares for
    a duty enacted but not yet in force, or for a bill, records 'voorbereiding gestart' (or already 'voldoet')
    about today; those words fit the obligation's state then ('nog niet geldend', 'wetsvoorstel':
    :func:`wetgeving.compliance.beoordelen.words_for`)."""
    if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", op):
        raise UsageError(f"{op!r} is geen datum", hint="schrijf JJJJ-MM-DD")
    if op > vastgelegd_op(wanneer):
        dag = "de dag van vastleggen" if wanneer else "vandaag"
        raise UsageError(f"{naam} {op} ligt na {dag} ({vastgelegd_op(wanneer)}): een beoordeling gaat over {dag} of "
                         f"een eerdere dag", hint=f"geef de dag waarvan u de toestand beoordeelt, uiterlijk {dag}; wie "
                         "zich voorbereidt op een verplichting die later ingaat, legt vandaag ‘voorbereiding gestart’ vast")


def vastgelegd_op(wanneer: str | None = None) -> str:
    """The day (JJJJ-MM-DD, in the gemeenten's time zone) an assessment recorded at ``wanneer`` (a timestamp;
    ``None``: now) was recorded: the last day it can be about. Nobody can assess a day that has not come."""
    moment = datetime.fromisoformat(wanneer) if wanneer else datetime.now(UTC)
    if moment.tzinfo is None:  # the register writes UTC timestamps
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(ZoneInfo("Europe/Amsterdam")).date().isoformat()


def default_path(environ: Mapping[str, str]) -> Path:
    """The database when no path is given, for the CLI and the web application alike (one store):
    ``WETGEVING_REGISTER``, else ``wetgeving.sqlite3`` in the data dir (``WETGEVING_DATA`` or the user data dir)."""
    env = environ.get("WETGEVING_REGISTER", "").strip()
    return Path(env) if env else data_dir(environ) / "wetgeving.sqlite3"


def data_dir(environ: Mapping[str, str]) -> Path:
    return Path(environ.get("WETGEVING_DATA", "").strip() or platformdirs.user_data_dir("wetgeving"))


def earlier_default(environ: Mapping[str, str]) -> Path | None:
    """The register file an earlier version used by default (``register.sqlite``), when it is there."""
    old = data_dir(environ) / "register.sqlite"
    return old if not environ.get("WETGEVING_REGISTER", "").strip() and old.exists() else None


class Leesbaar:
    """What every store derives from its ``history``: the newest assessment per obligation, then or on a date,
    and the CSV export."""

    def history(self, gemeente: str | None = None, verplichting: str | None = None) -> list[Beoordeling]:
        raise NotImplementedError

    def current(self, gemeente: str) -> dict[str, Beoordeling]:
        """The newest assessment per verplichting for one gemeente (by assessment date, then recording)."""
        return newest(self.history(gemeente))

    def as_of(self, gemeente: str, when: date) -> dict[str, Beoordeling]:
        """Per verplichting, the newest assessment about a date on or before ``when``."""
        return newest(self.history(gemeente), when)

    def export_csv(self) -> str:
        """Every assessment as CSV (:mod:`wetgeving.csvio`: formula cells neutralised, every string exact)."""
        return csvio.write(FIELDS, ([getattr(b, f) for f in FIELDS] for b in self.history()))


class Beoordelingsregister(Leesbaar):
    """An open register file; ``readonly`` for the commands that only read it (see :mod:`.registerdb`)."""

    def __init__(self, path: Path, *, readonly: bool = False) -> None:
        self.path = path
        self.readonly = readonly
        self.table = TABLE
        if not readonly and path.exists():  # look before the writer switches the file to WAL: an earlier
            with contextlib.closing(registerdb.connect(path, readonly=True)) as peek, registerdb.errors(path):
                self._refuse_earlier(peek)  # version's file is not touched at all
        self.db = registerdb.connect(self.path, readonly=readonly)
        with registerdb.errors(self.path):
            self._schema()

    def _refuse_earlier(self, db: sqlite3.Connection) -> None:
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if EARLIER_TABLE in tables and TABLE not in tables:
            raise registerdb.RegisterError(
                "dit is een registerbestand van een eerdere versie van wetgeving; het wordt niet meer beschreven",
                file=self.path, hint=f"lees het in de gedeelde database in: wetgeving register import '{self.path}' "
                                     "(met --register NIEUW --create voor een nieuw bestand)")

    def _schema(self) -> None:
        """Find the register's table; a writer creates the shared tables in a new file (one transaction,
        ``IF NOT EXISTS``: two first opens at once are fine). A file of an earlier version is only read
        (a version-1 file through a copy in memory); a reader of a file without tables reads nothing."""
        tables = {r[0] for r in self.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if TABLE in tables:
            return
        if EARLIER_TABLE in tables:
            if not self.readonly:
                self._refuse_earlier(self.db)
            self.table = EARLIER_TABLE
            cols = {r[1] for r in self.db.execute("PRAGMA table_info(beoordeling)")}
            if "op" not in cols:  # version 1: English codes, no assessment date; brought to version 2 in memory
                self._in_memory()
                self.db.executescript("BEGIN;" + _MIGRATE_V1 + "COMMIT;")
            return
        if tables - {"sqlite_sequence"}:
            raise registerdb.RegisterError("dit SQLite-bestand is geen register van wetgeving (tabellen: "
                                           + ", ".join(sorted(tables)) + ")", file=self.path,
                                           hint="geef met --register het registerbestand, of een nieuw pad met --create")
        if self.readonly:
            self._in_memory()
        self.db.executescript("BEGIN IMMEDIATE;" + _shared_schema() + "COMMIT;")

    def _in_memory(self) -> None:
        memory = sqlite3.connect(":memory:", isolation_level=None)
        self.db.backup(memory)
        self.db.close()
        self.db = memory

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Beoordelingsregister:
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

    def record(self, gemeente: str, verplichting: str, status: str, *, wie: str, op: str, reden: str = "",
               bewijs: str = "", notitie: str = "", periode: str = "", tekst: str = "",
               wanneer: str | None = None) -> Beoordeling:
        """Append one assessment (in its own transaction). Which words fit which obligation is checked by
        :func:`wetgeving.compliance.beoordelen.beoordeel`; here only what the table itself requires."""
        check_fields(status, wie=wie, reden=reden, bewijs=bewijs, notitie=notitie, gemeente=gemeente, op=op, wanneer=wanneer)
        when = wanneer or datetime.now(UTC).replace(microsecond=0).isoformat()
        row = (gemeente, verplichting, status, reden, bewijs, notitie, wie, when, op, periode, tekst)
        try:
            with registerdb.errors(self.path), self._tx() as db:  # BEGIN IMMEDIATE: the check and the insert as one
                if (al := db.execute(_ZELFDE, row).fetchone()) is not None:  # helper-204: two processes in one second
                    raise AlVastgelegd(al[0])
                cur = db.execute(_INSERT, row)
        except sqlite3.IntegrityError as exc:
            raise UsageError(f"geweigerd door het register: {exc}",
                             hint="gemeente als GMxxxx, een bekende verplichting, een datum JJJJ-MM-DD") from None
        return Beoordeling(*row, id=int(cur.lastrowid or 0))

    def history(self, gemeente: str | None = None, verplichting: str | None = None) -> list[Beoordeling]:
        with registerdb.errors(self.path):
            rows = self.db.execute(
                _SELECT + self.table + " WHERE (?1 IS NULL OR gemeente = ?1) AND (?2 IS NULL OR verplichting = ?2) ORDER BY id",
                (gemeente or None, verplichting or None),
            ).fetchall()
        return [Beoordeling(*r) for r in rows]

    def note_export(self, output: Path) -> None:
        """Remember ``output`` as the last export, for the message about a damaged register."""
        registerdb.note_export(self.path, output, len(self.history()))

    def append_all(self, rows: list[Beoordeling]) -> int:
        """Append ``rows`` in order, in one transaction (all or nothing)."""
        if self.table != TABLE:
            raise registerdb.RegisterError("een register van een eerdere versie wordt niet beschreven", file=self.path)
        try:
            with registerdb.errors(self.path), self._tx() as db:
                db.executemany(_INSERT, [tuple(getattr(b, f) for f in FIELDS) for b in rows])
        except sqlite3.IntegrityError as exc:
            raise UsageError(f"geweigerd door het register: {exc}",
                             hint="er is niets ingelezen; verbeter de regels die het register weigert") from None
        return len(rows)


def newest(rows: Iterable[Beoordeling], when: date | None = None) -> dict[str, Beoordeling]:
    """Per verplichting, the newest assessment (by assessment date, then recording), about a date on or
    before ``when`` when given."""
    out: dict[str, Beoordeling] = {}
    for b in sorted(rows, key=lambda b: (b.op, b.id)):
        if when is None or b.op <= when.isoformat():
            out[b.verplichting] = b
    return out


def fingerprint(b: Beoordeling) -> str:
    """A SHA-256 over every field of one assessment but its id (to show an import lost nothing)."""
    return hashlib.sha256("\x1f".join(str(getattr(b, f)) for f in FIELDS).encode("utf-8")).hexdigest()


def _shared_schema() -> str:
    from importlib.resources import files

    return files("wetgeving.compliance").joinpath("register.sql").read_text(encoding="utf-8")


def read_export(path: Path, *, gemeenten: Collection[str], verplichtingen: Collection[str],
                inhoud: Callable[[dict[str, str | None]], str] | None = None) -> list[Beoordeling]:
    """The assessments in a CSV that ``register export`` wrote, every row checked as strictly as a recorded
    assessment is (a known gemeente and verplichting, status, a name, a reason for not-applicable, ISO
    dates); the first bad row is refused with its line number, so an import is all or nothing."""
    from wetgeving.bronnen.secure import read_bytes

    try:
        text = read_bytes(path).decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise csvio.CsvError(f"geen UTF-8-tekst: het {exc.start + 1}e byte (0x{exc.object[exc.start]:02X}) past "
                             "niet in UTF-8", file=path,
                             line=exc.object[:exc.start].count(b"\n") + 1, hint="geef een bestand dat "
                             "'wetgeving register export' schreef (CSV in UTF-8)") from None
    # the separator first: a row's quotes would otherwise be refused before the header is seen (helper-138)
    first = text.split("\n", 1)[0].strip("\r")
    other = next((d for d in (";", "\t") if tuple(x.strip('"') for x in first.split(d)) in (FIELDS, FIELDS_V1)), None)
    if other is not None:  # what a spreadsheet program set to Dutch writes when it saves the export again
        raise csvio.CsvError(f"de kolommen zijn gescheiden door {'puntkomma' + chr(39) + 's' if other == ';' else 'tabs'}, "
                             "niet door komma's (zo bewaart een spreadsheetprogramma de export opnieuw)",
                             file=path, line=1, hint="importeer het bestand zoals 'wetgeving register export' het "
                             "schreef; een opnieuw bewaarde export kan ook datums en tekst veranderd hebben")
    header, lines = csvio.read(text, path)
    if tuple(header) not in (FIELDS, FIELDS_V1):
        raise csvio.CsvError("geen export van het register", file=path, line=1,
                             hint="verwachte kolommen: " + ",".join(FIELDS))
    rows = []
    for line, cells in lines:
        r: dict[str, str | None] = dict(zip(header, cells, strict=True))
        if tuple(header) == FIELDS_V1:
            r = {**r, "status": LEGACY.get(r["status"] or "", r["status"] or ""),
                 "op": (r["wanneer"] or "")[:10], "periode": "", "tekst": ""}
        problem = row_problem(r, gemeenten, verplichtingen, inhoud)
        if problem:
            raise csvio.CsvError(f"geen geldige beoordeling: {problem}", file=path, line=line,
                                 hint="verbeter of verwijder deze regel; er is niets geïmporteerd")
        values: dict[str, Any] = {f: r[f] or "" for f in FIELDS}
        rows.append(Beoordeling(**values))
    return rows


def vastgelegd_voor(wanneer: str, grens: str) -> bool:
    """Whether a row's moment of recording (any ISO form an import takes: «T» or a space, an offset, «Z», none = UTC)
    lies before ``grens`` (helper-204: compared as text, «2026-12-07 23:30» and «+02:00» fell on the wrong side)."""
    def utc(tekst: str) -> datetime:
        d = datetime.fromisoformat(tekst)
        return d.replace(tzinfo=UTC) if d.tzinfo is None else d.astimezone(UTC)

    try:
        return utc(wanneer) < utc(grens)
    except ValueError:  # row_problem refuses it first
        return False


RICHTING_GEWEIGERD_SINDS = "2026-12-08T00:51:37+00:00"  # from then a direction control (util.RICHTINGSTEKENS) in the
# text of an assessment is refused; a row recorded before keeps it, shown visibly (util.zichtbaar)


def row_problem(r: dict[str, str | None], gemeenten: Collection[str], verplichtingen: Collection[str],
                inhoud: Callable[[dict[str, str | None]], str] | None = None) -> str:
    """What is wrong with one imported row, or ``""``; ``inhoud``: what is wrong with it against the obligation on its
    date, as ``register record`` checks it (:mod:`wetgeving.compliance.beoordelen`)."""
    if any(r.get(f) is None for f in FIELDS) or None in r:
        return "verkeerd aantal kolommen"
    status, gemeente, verplichting = r["status"] or "", r["gemeente"] or "", r["verplichting"] or ""
    if status not in STATUSSEN:  # helper-138: «voldoet gedeeltelijk», as `register record` takes it, was refused with
        # a list that named the old «in-behandeling»; an export writes the words with hyphens
        return (f"onbekende status {status!r} (een export schrijft de status met streepjes: "
                f"{', '.join(dict.fromkeys(STATUSSEN[:-1]))})")
    if gemeente not in gemeenten:
        return f"onbekende gemeente {gemeente!r} (geef het gemeentenbestand met --gemeenten)"
    if verplichting not in verplichtingen:
        return f"onbekende verplichting {verplichting!r} (zie 'wetgeving obligations')"
    if not (r["wie"] or "").strip():
        return "geen naam in 'wie'"
    if len(r["wie"] or "") > WIE_MAX:
        return f"'wie' is langer dan {WIE_MAX} tekens"
    for f in FIELDS:
        bad = stuurteken(r[f] or "")
        if bad is not None and (not_xml_char(r[f] or "") is not None
                                or not vastgelegd_voor(r["wanneer"] or "", RICHTING_GEWEIGERD_SINDS)):
            # helper-212: a row recorded before `record` refused direction controls came back refused from its own
            # register's export; it is kept (and shown with them visible)
            return f"een stuurteken in '{f}' ({stuurteken_genoemd(r[f] or '', bad)})"
    if status == "niet-van-toepassing" and not (r["reden"] or "").strip():
        # helper-156: «bewust afgeweken» without one is imported with a «let op» (asked only since 2026-12-07)
        return ("'niet van toepassing' zonder reden: bij deze status hoort een reden, ook in een ingelezen regel (anders "
                "dan bij 'bewust afgeweken', waarvan een regel zonder reden uit een ouder register met een «let op» wordt "
                "ingelezen)")
    for veld, lees in (("wanneer", datetime.fromisoformat), ("op", date.fromisoformat)):
        try:
            lees(r[veld] or "")
        except ValueError:  # helper-159: which field, and why («februari 2023 heeft 28 dagen»)
            waarom = dag_bestaat_niet(r[veld] or "")
            return f"'{veld}' ({r[veld]!r}) " + (f"bestaat niet: {waarom}" if waarom else
                                                 "is geen datum JJJJ-MM-DD" + ("" if veld == "op" else " (met tijd)"))
    if (r["op"] or "") > vastgelegd_op(r["wanneer"]):
        return f"beoordeeld op {r['op']}, maar vastgelegd op {vastgelegd_op(r['wanneer'])}: een beoordeling gaat over " \
               "de dag van vastleggen of een eerdere dag"
    if vastgelegd_op(r["wanneer"]) > vastgelegd_op():  # helper-59: an import dated 2030 was taken in
        return f"vastgelegd op {vastgelegd_op(r['wanneer'])}, een dag die nog niet gekomen is"
    return inhoud(r) if inhoud is not None else ""
