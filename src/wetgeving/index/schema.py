"""The SQLite schema of the reverse-reference index (stdlib sqlite3; one DDL, versioned by ``user_version``)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from wetgeving.errors import InputError, sqlite_oorzaak

VERSION = 1

LEZING = "2026-12-07.2"  # titles from the Markdown mirror too (the Wob); unplaceable relative ones indexed, counted
"""The version of the rules that read references (``verwijzingen.extract``, ``graaf.bouw.refs_by_alinea``). Change
it when they change: a file read under other rules is read again by the next build, also when it is unchanged,
and until then the questions say the index is out of date."""

DDL = """
CREATE TABLE IF NOT EXISTS bestand (        -- one source file: one version of one regeling, or a file not read
    id INTEGER PRIMARY KEY,
    pad TEXT UNIQUE NOT NULL,               -- absolute path
    grootte INTEGER NOT NULL,               -- size and mtime: an unchanged file is not opened again
    mtime_ns INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    soort TEXT NOT NULL DEFAULT '',         -- bwb-xml | regelrecht-yaml
    bwb_id TEXT NOT NULL DEFAULT '',
    citeertitel TEXT NOT NULL DEFAULT '',
    geldig_vanaf TEXT NOT NULL DEFAULT '',  -- ISO date
    structuur INTEGER NOT NULL DEFAULT 0,   -- the source has containers (hoofdstuk …): container references checkable
    gedeeltelijk INTEGER NOT NULL DEFAULT 0,-- holds only some artikelen: no statement that a unit is missing
    fout TEXT,                              -- why the file could not be read (NULL: read)
    lezing TEXT NOT NULL DEFAULT ''         -- LEZING of the rules that read its references
);
CREATE INDEX IF NOT EXISTS bestand_versie ON bestand(bwb_id, geldig_vanaf);
CREATE INDEX IF NOT EXISTS bestand_titel ON bestand(citeertitel);
CREATE TABLE IF NOT EXISTS eenheid (        -- the units of a version (what a reference can dangle on)
    bestand INTEGER NOT NULL REFERENCES bestand(id) ON DELETE CASCADE,
    sleutel TEXT NOT NULL,                  -- 'artikel:86', 'artikel:86/lid:2' (no vervallen artikel), or the
                                            -- last segment of a container, 'hoofdstuk:XV'
    PRIMARY KEY (bestand, sleutel)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS bevat (          -- what a container holds (the addresses of its units do not name it)
    bestand INTEGER NOT NULL REFERENCES bestand(id) ON DELETE CASCADE,
    container TEXT NOT NULL,                -- its last segment, as in eenheid: 'hoofdstuk:2', 'paragraaf:6.3'
    sleutel TEXT NOT NULL,                  -- an artikel or a container inside it, at any depth: 'artikel:55',
                                            -- 'paragraaf:2.2' (as verwijzing.doel_sleutel keys them)
    PRIMARY KEY (bestand, container, sleutel)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS dubbel (         -- a container key more than one container of the version has
    bestand INTEGER NOT NULL REFERENCES bestand(id) ON DELETE CASCADE,
    sleutel TEXT NOT NULL,                  -- 'paragraaf:3' (six hoofdstukken of the Kieswet have one)
    PRIMARY KEY (bestand, sleutel)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS alinea (         -- the citing text
    bestand INTEGER NOT NULL REFERENCES bestand(id) ON DELETE CASCADE,
    nr INTEGER NOT NULL,
    bron TEXT NOT NULL,                     -- the address of the unit it belongs to, 'artikel:155g/lid:7'
    tekst TEXT NOT NULL,
    PRIMARY KEY (bestand, nr)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS verwijzing (
    bestand INTEGER NOT NULL REFERENCES bestand(id) ON DELETE CASCADE,
    alinea INTEGER NOT NULL,
    begin INTEGER NOT NULL,
    einde INTEGER NOT NULL,
    soort TEXT NOT NULL,                    -- intern | relatief | extern | regeling | onbekend | eu
    doel_bwb TEXT NOT NULL,                 -- '' for a law not in the title register (see titel)
    doel_adres TEXT NOT NULL,               -- 'artikel:86/lid:2', 'hoofdstuk:XV' or '' (the whole regeling)
    doel_sleutel TEXT NOT NULL,             -- what must exist: 'artikel:86', 'hoofdstuk:XV', '', 'ongeplaatst' or
                                            -- 'onverifieerbaar' (not placed: the source gives no indeling)
    titel TEXT NOT NULL,                    -- the title as written, for a law not in the register; CELEX for EU acts;
                                            -- for 'ongeplaatst' (a relative reference naming no unit) its words
    historisch INTEGER NOT NULL,            -- 'artikel 86 zoals dat artikel luidde …': an earlier text, rightly
    -- no comma after the comma that ends this line: SQLite's DROP COLUMN finds the start of the last column by it
    uitzondering INTEGER NOT NULL DEFAULT 0, -- named in an exception («behoudens» or «met uitzondering van»)
    tot TEXT NOT NULL DEFAULT ''             -- a range in another law: its last artikel (5:17 of «5:15 tot en met 5:17»)
);
CREATE INDEX IF NOT EXISTS verwijzing_doel ON verwijzing(doel_bwb, doel_sleutel);
CREATE INDEX IF NOT EXISTS verwijzing_titel ON verwijzing(titel) WHERE titel != '';
CREATE INDEX IF NOT EXISTS verwijzing_bestand ON verwijzing(bestand);
"""


def connect(db: Path, *, create: bool = True) -> sqlite3.Connection:
    """Open (and create) the index database; a file that is not an index is refused with the reason."""
    if not create and not db.is_file():
        raise InputError("de index bestaat niet", file=db, hint="bouw hem eerst met 'wetgeving index build MAP --db …'")
    if not create and db.stat().st_size == 0:  # helper-190: a query wrote an index's tables into an empty file
        raise InputError("het bestand is leeg: geen index", file=db, hint="bouw de index met 'wetgeving index build MAP --db …'")
    try:
        con = sqlite3.connect(db)
        tabellen = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if tabellen and "bestand" not in tabellen:  # helper-80: the register of assessments got the index's tables
            con.close()
            wat = ("het lijkt het register van beoordelingen" if {"web_beoordeling", "beoordeling"} & tabellen else
                   f"het heeft andere tabellen: {', '.join(sorted(tabellen)[:5])}{' …' if len(tabellen) > 5 else ''}")
            raise InputError(f"dit SQLite-bestand is geen index van wetgeving ({wat})", file=db,
                             hint="geef met --db het indexbestand, of een nieuw bestand om een index in te bouwen")
        con.execute("PRAGMA foreign_keys = ON")
        con.execute("PRAGMA journal_mode = WAL")
        version = con.execute("PRAGMA user_version").fetchone()[0]
        if version not in (0, VERSION):
            raise InputError(f"de index heeft schemaversie {version}, verwacht {VERSION}", file=db,
                             hint="bouw de index opnieuw in een nieuw bestand")
        con.executescript(DDL)
        if "lezing" not in {row[1] for row in con.execute("PRAGMA table_info(bestand)")}:  # an index of before LEZING
            con.execute("ALTER TABLE bestand ADD COLUMN lezing TEXT NOT NULL DEFAULT ''")
        if "uitzondering" not in {row[1] for row in con.execute("PRAGMA table_info(verwijzing)")}:  # of before it
            con.execute("ALTER TABLE verwijzing ADD COLUMN uitzondering INTEGER NOT NULL DEFAULT 0")
        if "tot" not in {row[1] for row in con.execute("PRAGMA table_info(verwijzing)")}:  # of before it
            con.execute("ALTER TABLE verwijzing ADD COLUMN tot TEXT NOT NULL DEFAULT ''")
        con.execute("CREATE INDEX IF NOT EXISTS verwijzing_reeks ON verwijzing(doel_bwb) WHERE tot != ''")  # after it
        con.execute(f"PRAGMA user_version = {VERSION}")
    except sqlite3.DatabaseError as exc:
        raise InputError(f"geen leesbare indexdatabase: {sqlite_oorzaak(str(exc))}", file=db,
                         hint="geef een ander --db-bestand, of verwijder dit bestand en bouw opnieuw") from None
    return con


def verouderd(con: sqlite3.Connection) -> int:
    """How many indexed files were read under other rules than :data:`LEZING`."""
    return int(con.execute("SELECT COUNT(*) FROM bestand WHERE fout IS NULL AND lezing != ?", (LEZING,)).fetchone()[0])
