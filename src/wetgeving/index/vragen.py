"""Queries on the index: who cites a provision on a date, and which references in any law dangle on a date.

The version of a regeling on date D is the indexed file with the latest ``geldig_vanaf`` on or before D; the
next indexed version ends it. For the newest indexed version the end is unknown: a result from it says so
(``laatste``). Existence is checked as the provision graph checks it: the artikel, lid or onderdeel cited (an artikel
the source keeps only as «Vervallen» does not exist), a container by its last segment."""

from __future__ import annotations

import re
import sqlite3
import warnings
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TypeVar

from wetgeving.citaten import AFKORTINGEN, parse_citation, voluit
from wetgeving.errors import AddressError, Melding, UsageError
from wetgeving.index.schema import connect, verouderd
from wetgeving.locatie import Adres, Jci
from wetgeving.nummers import opsomming, sort_key, telling
from wetgeving.verwijzingen.titels import Titelregister, generic_titles

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Citering:
    """One reference in the index with the text it stands in."""

    bwb_id: str  # the citing regeling
    citeertitel: str
    geldig_vanaf: str  # of the citing version
    laatste: bool  # the newest indexed version of the citing regeling: its end is unknown
    bron: str  # address of the citing unit, 'artikel:155g/lid:7'
    tekst: str  # the alinea it stands in
    span: str  # the citing words
    soort: str
    doel_bwb: str
    doel: str  # the cited address, 'artikel:86'
    titel: str  # the cited law's title as written, for a law not in the title register
    historisch: bool  # 'artikel 86 zoals dat artikel luidde …'
    uitzondering: bool = False  # named in an exception («behoudens het eerste lid», «met uitzondering van artikel 18»)
    let_op: str = ""  # a modelled change of the citing artikel after its version and on or before the date asked
    geldig_tot: str = ""  # the last day of the citing version, where the catalogue shows it
    volgende: str = ""  # the start of the next version in the catalogue ("" none)

    @property
    def plaats(self) -> str:
        return Adres.parse(self.bron).citation(self.citeertitel)  # «artikel X 8, eerste lid, Kieswet» (helper-89)


@dataclass(frozen=True, slots=True)
class Doel:
    """The cited provision and whether it exists in the version of its regeling on the date."""

    bwb_id: str
    citeertitel: str
    adres: Adres
    versie: str  # geldig_vanaf of the cited regeling's version on the date ('' when none is indexed)
    bestaat: bool | None  # None: no (whole) version of the cited regeling on that date in the index
    let_op: str = ""  # a modelled change of the cited artikel after that version and on or before the date asked
    doorzocht: tuple[tuple[str, str, bool], ...] = ()  # the laws searched on the date (:func:`dekking`)
    niet_doorzocht: tuple[str, ...] = ()  # and those the index has no version of then
    elders: tuple[str, ...] = ()  # a unit no version has: the versions (geldig_vanaf) that cite it all the same


def _open(db: Path) -> sqlite3.Connection:
    """The index, for a question; files in it read under earlier rules are named in a Melding."""
    con = connect(db, create=False)
    if n := verouderd(con):
        warnings.warn(Melding(f"{db}: {telling(n, 'bestand', 'bestanden')} in de index {'is' if n == 1 else 'zijn'} "
                              "gelezen met eerdere regels voor verwijzingen; "
                              "bouw de index opnieuw met 'wetgeving index build MAP --db …' (alleen die bestanden "
                              "worden opnieuw gelezen)"), stacklevel=3)
    return con


def cited_by(db: Path, citation: str, when: date, register: Titelregister) -> tuple[Doel, list[Citering]]:
    """Every provision, in any indexed law in force on ``when``, that cites ``citation`` ("artikel 86
    Gemeentewet", "artikel 4:8 van de Algemene wet bestuursrecht") or a part of it."""
    con = _open(db)
    try:
        bwb, titel, adres = parse_target(con, citation, register)
        _versions(con, when)
        titles = [t for (t,) in con.execute("SELECT DISTINCT citeertitel FROM bestand WHERE bwb_id = ?", (bwb,))]
        art = adres.artikel
        sleutel = f"artikel:{art}" if art is not None else "{}:{}".format(*adres.segmenten[-1])
        # constant columns and '?' placeholders only
        if art is None and (v := con.execute("SELECT d.vanaf FROM dubbel x JOIN doelversie d ON d.bestand = x.bestand "
                                             "WHERE d.bwb_id = ? AND x.sleutel = ?", (bwb, sleutel)).fetchone()):
            raise UsageError(f"de {titel} (versie geldig vanaf {v[0]}) heeft meer dan één {adres.citation()}; de index kent "
                             "een hoofdstuk, titel, afdeling of paragraaf alleen bij zijn eigen nummer",
                             hint="vraag het met het volledige adres aan de graaf van één versie, bijvoorbeeld: wetgeving "
                                  f"graph impact REGELING@DATUM \"hoofdstuk:…/{sleutel}\"")
        # a container: also what cites the artikelen and containers it holds in the version of that date (bevat)
        held = [] if art is not None else [k for (k,) in con.execute(
            "SELECT i.sleutel FROM bevat i JOIN doelversie d ON d.bestand = i.bestand WHERE d.bwb_id = ? "
            "AND i.container = ?", (bwb, sleutel))]
        # the artikelen a range in another law may hold: the one asked for (not a lid of it), or those a container holds
        gezocht = [art] if art is not None and len(adres.segmenten) == 1 else \
            [k.split(":", 1)[1] for k in held if k.startswith("artikel:")]
        con.create_function("in_reeks", 3, _in_reeks, deterministic=True)
        rows = con.execute(
            # a container is matched by its key alone: the source's link may give its full address (hoofdstuk:6/
            # paragraaf:6.5 for «paragraaf 5», Participatiewet 63), the words its number only
            _FROM + "WHERE (v.doel_sleutel = ? AND (v.doel_adres = ? OR v.doel_adres LIKE ? ESCAPE '!' OR ?) "
            f"OR v.doel_sleutel IN ({','.join('?' * len(held))}) OR (v.tot != '' AND in_reeks(?, v.doel_adres, v.tot))) "
            f"AND (v.doel_bwb = ? OR (v.doel_bwb = '' AND v.titel IN ({','.join('?' * len(titles))}))) "
            "ORDER BY b.citeertitel, b.bwb_id, v.bestand, v.alinea, v.begin, v.rowid",
            (sleutel, str(adres), _like(str(adres)) + "/%", int(art is None), *held, "\n".join(gezocht), bwb,
             *titles)).fetchall()
        doel = _target(con, bwb, titel, adres, sleutel)
        if doel.bestaat is False and not rows:
            doel = replace(doel, elders=_nergens(con, doel, sleutel))
        if held:  # not what the container's own artikelen say of each other («het eerste lid» in 56, tweede lid)
            inside = set(held)
            rows = [r for r in rows if not (r[0] == bwb and str(r[4]).split("/")[0] in inside)]
        return doel, [_citering(r) for r in _once(rows)]
    finally:
        con.close()


def dangling_all(db: Path, when: date) -> list[Citering]:
    """References, in every indexed law in force on ``when``, to an artikel, lid, onderdeel or container that does
    not exist in the version of its regeling on that date (references to an earlier text, 'zoals dat artikel luidde',
    excepted). A reference into a regeling with no whole version indexed on that date is not judged."""
    return _op(db, when, _dangling)


def niet_beoordeeld(db: Path, when: date) -> tuple[int, int, int]:
    """What :func:`dangling_all` does not judge, in the laws it searches on ``when``: references (as counted by the
    index) to a law the index cannot identify, to a law with no whole version indexed on that date, and to a container
    (hoofdstuk …) of a version whose source gives no indeling (helper-117: they were left out unsaid)."""
    return _op(db, when, _niet_beoordeeld)


def dekking(db: Path, when: date) -> tuple[list[tuple[str, str, bool]], list[str]]:
    """Which indexed regelingen have a version on ``when`` ((citeertitel, geldig_vanaf, whether the file holds only
    some artikelen), searched by :func:`dangling_all`) and which have none (their citeertitels: not searched)."""
    return _op(db, when, _dekking)


def zwevend(db: Path, when: date) -> tuple[list[Citering], tuple[list[tuple[str, str, bool]], list[str]],
                                          tuple[int, int, int]]:
    """:func:`dangling_all`, :func:`dekking` and :func:`niet_beoordeeld` on one connection, the versions of ``when``
    selected once (`dangling --all` asked the index three times)."""
    return _op(db, when, lambda con: (_dangling(con), _dekking(con), _niet_beoordeeld(con)))


def _op(db: Path, when: date, vraag: Callable[[sqlite3.Connection], T]) -> T:
    """``vraag`` asked of the index, with the versions of ``when`` selected (:func:`_versions`)."""
    con = _open(db)
    try:
        _versions(con, when)
        return vraag(con)
    finally:
        con.close()


def _dangling(con: sqlite3.Connection) -> list[Citering]:
    rows = con.execute(
        _FROM + "LEFT JOIN titels t ON v.doel_bwb = '' AND t.citeertitel = v.titel "  # noqa: S608 — constants only
        "JOIN doelversie d ON d.bwb_id = COALESCE(NULLIF(v.doel_bwb, ''), t.bwb_id) "
        "WHERE v.doel_sleutel != '' AND v.historisch = 0 AND v.soort IN ('intern', 'relatief', 'extern', 'onbekend') "
        "AND (d.structuur = 1 OR v.doel_sleutel LIKE 'artikel:%' OR v.doel_sleutel = 'ongeplaatst') "
        "AND v.doel_sleutel != 'onverifieerbaar' "
        "AND NOT EXISTS (SELECT 1 FROM eenheid e WHERE e.bestand = d.bestand AND e.sleutel = "
        "CASE WHEN v.doel_sleutel LIKE 'artikel:%' THEN v.doel_adres ELSE v.doel_sleutel END) "
        "ORDER BY b.citeertitel, b.bwb_id, v.alinea, v.begin, v.rowid").fetchall()
    return [_citering(r) for r in _once(rows)]


def _niet_beoordeeld(con: sqlite3.Connection) -> tuple[int, int, int]:
    row = con.execute(
        "SELECT SUM(w.bwb IS NULL), SUM(w.bwb IS NOT NULL AND d.bwb_id IS NULL), SUM(w.sleutel = 'onverifieerbaar' OR "
        "(d.structuur = 0 AND w.sleutel NOT LIKE 'artikel:%' AND w.sleutel != 'ongeplaatst')) FROM (SELECT DISTINCT "
        "v.rowid, COALESCE(NULLIF(v.doel_bwb, ''), t.bwb_id) AS bwb, v.doel_sleutel AS sleutel FROM verwijzing v "
        "JOIN citerend c ON c.bestand = v.bestand LEFT JOIN titels t ON v.doel_bwb = '' AND t.citeertitel = v.titel "
        "WHERE v.doel_sleutel != '' AND v.historisch = 0 AND v.soort IN ('intern', 'relatief', 'extern', 'onbekend')"
        ") w LEFT JOIN doelversie d ON d.bwb_id = w.bwb").fetchone()
    return int(row[0] or 0), int(row[1] or 0), int(row[2] or 0)


def _dekking(con: sqlite3.Connection) -> tuple[list[tuple[str, str, bool]], list[str]]:
    met = con.execute("SELECT b.citeertitel, b.geldig_vanaf, b.bwb_id, b.gedeeltelijk FROM citerend c "
                      "JOIN bestand b ON b.id = c.bestand ORDER BY b.citeertitel, b.bwb_id").fetchall()
    gezien = {r[2] for r in met}
    zonder = con.execute("SELECT bwb_id, MIN(citeertitel) FROM bestand WHERE fout IS NULL GROUP BY bwb_id "
                         "ORDER BY 2").fetchall()
    return [(str(t), str(v), bool(g)) for t, v, _, g in met], [str(t) for b, t in zonder if b not in gezien]


_FROM = ("SELECT b.bwb_id, b.citeertitel, b.geldig_vanaf, c.laatste, a.bron, a.tekst, v.begin, v.einde, v.soort, "
         "v.doel_bwb, v.doel_adres, v.titel, v.historisch, v.uitzondering FROM verwijzing v "
         "JOIN citerend c ON c.bestand = v.bestand JOIN bestand b ON b.id = v.bestand "
         "JOIN alinea a ON a.bestand = v.bestand AND a.nr = v.alinea ")


def _in_reeks(gezocht: str, eerste: str, laatste: str) -> int:
    """Whether one of the artikelen ``gezocht`` (numbers, one a line) lies strictly between the first artikel of a
    range in another law (its address) and its last (its number); the first and the last are rows of their own.
    By number («de artikelen 5:15 tot en met 5:17»: 5:16, 5:16a), as the words count them: the order of the other
    law is not in the index, and where it is not the order of its numbers, this is where the index can be wrong."""
    try:
        first = Adres.parse(eerste).artikel
    except AddressError:
        return 0
    if not gezocht or first is None:
        return 0
    low, high = sort_key(first), sort_key(laatste)
    return int(any(low < sort_key(nr) < high for nr in gezocht.split("\n")))


def _once(rows: list[tuple[object, ...]]) -> list[tuple[object, ...]]:
    """One row per citing span: a list ("het eerste en derde lid") has a row per lid cited; the first (the
    first lid, stored first) stands for it."""
    seen: set[tuple[object, ...]] = set()
    out = []
    for r in rows:
        key = (r[0], r[2], r[4], r[5], r[6], r[7])  # citing regeling, version, unit, alinea text, span
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


def _citering(r: tuple[object, ...]) -> Citering:
    bwb, titel, vanaf, laatste, bron, tekst, begin, einde, soort, doel_bwb, doel, dtitel, hist, uitz = r
    t = str(tekst)
    return Citering(str(bwb), str(titel), str(vanaf), bool(laatste), str(bron), t, t[int(str(begin)):int(str(einde))],
                    str(soort), str(doel_bwb), str(doel), str(dtitel), bool(hist), bool(uitz))


def _like(text: str) -> str:
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_")


def _versions(con: sqlite3.Connection, when: date) -> None:
    """Temporary tables: the citing versions on ``when`` (citerend), the whole version per regeling on ``when``
    (doelversie) and the citeertitels (titels) for references to a law by a title the register did not know."""
    d = when.isoformat()
    con.executescript("DROP TABLE IF EXISTS temp.citerend; DROP TABLE IF EXISTS temp.doelversie; "
                      "DROP TABLE IF EXISTS temp.titels;")
    con.execute("CREATE TEMP TABLE citerend (bestand INTEGER PRIMARY KEY, laatste INTEGER)")
    con.execute("CREATE TEMP TABLE doelversie (bwb_id TEXT PRIMARY KEY, bestand INTEGER, structuur INTEGER, vanaf TEXT)")
    con.execute("CREATE TEMP TABLE titels (citeertitel TEXT PRIMARY KEY, bwb_id TEXT)")
    # per regeling the version on d; of two files of the same version a whole one before a partial one
    con.execute(
        "INSERT INTO citerend SELECT id, vanaf = nieuwste FROM (SELECT b.id, b.geldig_vanaf AS vanaf, "
        "ROW_NUMBER() OVER (PARTITION BY b.bwb_id ORDER BY b.geldig_vanaf DESC, b.gedeeltelijk, b.id) AS rij, "
        "(SELECT MAX(geldig_vanaf) FROM bestand x WHERE x.bwb_id = b.bwb_id AND x.fout IS NULL) AS nieuwste "
        "FROM bestand b WHERE b.fout IS NULL AND b.geldig_vanaf <= ?) WHERE rij = 1", (d,))
    con.execute(
        "INSERT INTO doelversie SELECT bwb_id, id, structuur, geldig_vanaf FROM (SELECT b.*, ROW_NUMBER() OVER "
        "(PARTITION BY b.bwb_id ORDER BY b.geldig_vanaf DESC, b.id) AS rij FROM bestand b "
        "WHERE b.fout IS NULL AND b.gedeeltelijk = 0 AND b.geldig_vanaf <= ?) WHERE rij = 1", (d,))
    con.execute("INSERT OR IGNORE INTO titels SELECT citeertitel, bwb_id FROM bestand WHERE fout IS NULL AND citeertitel != '' "
                "ORDER BY geldig_vanaf DESC")


_NA_TITEL = re.compile(r",|\s(?:artikel|art\.?)\s", re.I)


def parse_target(con: sqlite3.Connection, citation: str, register: Titelregister) -> tuple[str, str, Adres]:
    """'artikel 86 Gemeentewet' → (BWB id, citeertitel, artikel:86). The law is named by a title the index or
    the register knows, or by its BWB id; a JCI names both («jci1.3:c:BWBR0005416&artikel=86»)."""
    # the abbreviations a lawyer types (only in a question: a law's own text defines its abbreviations)
    gegeven, citation = citation, voluit(citation)  # «artikel 5:16 Awb», «6:162 BW»
    indexed = dict(con.execute("SELECT citeertitel, bwb_id FROM bestand WHERE fout IS NULL AND citeertitel != ''"))
    if Jci.is_jci(citation):  # copied from wetten.overheid.nl: law and unit in one
        jci = Jci.parse(citation)
        if jci.adres is None:
            raise UsageError(f"JCI {citation!r} noemt de hele regeling, geen eenheid",
                             hint="geef de JCI van een artikel, lid of onderdeel")
        titel = next((t for t, b in (*indexed.items(), *register.titles.items()) if b == jci.bwb_id), jci.bwb_id)
        return jci.bwb_id, titel, jci.adres
    known = Titelregister(indexed).with_titles(register.titles) if indexed else register
    hits = [(s, e, b) for s, e, b in known.find_titles(citation)]
    hits += [(s, e, indexed.get(t) or register.resolve(t)) for s, e, t in generic_titles(citation)
             if not any(s <= hs < e for hs, _, _ in hits)]
    bwb_words = [w for w in citation.replace(",", " ").split() if w.startswith("BWBR")]
    if hits:
        s, e, bwb = max(hits, key=lambda h: h[0])
        rest, titel = citation[:s], citation[s:e]
    elif bwb_words:
        bwb, titel = bwb_words[-1], ""
        rest = citation.replace(bwb, "")
    else:
        raise _geen_wet(citation)
    if not bwb:  # the name as typed, not only the part of the title's shape (helper-117: «Wet bevordering
        # integriteitsbeoordelingen door het openbaar bestuur» was named 'Wet bevordering integriteitsbeoordelingen'),
        # up to a comma or an «artikel» after it (helper-118: not «…, eerste lid»)
        getypt = _NA_TITEL.split(citation[s:], maxsplit=1)[0].strip().rstrip(".;")
        raise UsageError(f"de wet {max(titel, getypt, key=len)!r} staat niet in de index of in de titellijst",
                         hint="indexeer een versie van die wet, of noem haar BWB-id")
    rest = rest.strip().rstrip(",").strip()
    for tail in (" van de", " van het", " van"):
        if rest.endswith(tail):
            rest = rest[: -len(tail)].rstrip(", ")
    boek = _BOEK.search(rest)  # «artikel 162 van Boek 6 van het Burgerlijk Wetboek»: the law is that Boek
    if boek:
        rest = rest[: boek.start()].rstrip(", ")
    voorbeeld = "bijvoorbeeld 'artikel 86 Gemeentewet' of 'artikel 36a, tweede lid, Gemeentewet'"
    if not rest:  # helper-111: «Wjsg» alone read as «de verwijzing ''», with two hints
        raise UsageError(f"de verwijzing {gegeven!r} noemt een wet, maar geen artikel, lid of onderdeel",
                         hint=f"noem de eenheid erbij, {voorbeeld}")
    try:
        adres = parse_citation(rest).adres
    except AddressError as exc:
        raise UsageError(f"kan de eenheid in {gegeven!r} niet lezen: {exc.message}", hint=voorbeeld) from None
    bwb, titel, adres = _in_boek(known, bwb, titel, adres, boek["nr"] if boek else "")
    if not titel:
        titel = next((t for t, b in indexed.items() if b == bwb), bwb)
    return bwb, titel, adres


def _in_boek(known: Titelregister, bwb: str, titel: str, adres: Adres, boek: str) -> tuple[str, str, Adres]:
    """A law in Boeken (the Burgerlijk Wetboek, which the register knows by the id of its Boek 1): the Boek named
    («van Boek 6», «6:162») is the law, and none named is refused, never read as Boek 1. Another law's «Boek 1» (the
    Wetboek van Strafrecht is one regeling, numbered through its Boeken) names no other law."""
    if titel not in known.in_boeken.values():
        if boek and "wetboek" not in titel.casefold():  # «artikel 10 van Boek 1 van de Participatiewet»
            raise UsageError(f"de {titel} heeft geen boeken", hint=f"laat «Boek {boek}» weg")
        return bwb, titel, adres
    art = adres.artikel or ""
    soort, nr = adres.segmenten[0]
    if not boek and ":" in art:  # «artikel 6:162 BW»: Boek 6, artikel 162
        boek, _, art = art.partition(":")
        adres = Adres.of(("artikel", art), *adres.segmenten[1:])
    elif not boek and soort != "artikel" and (m := re.fullmatch(r"(\d+[A-Za-z]?)\.(\d+[a-z]?)", nr)):
        boek = m[1]  # «titel 7.10 BW»: titel 10 of Boek 7
        adres = Adres.of((soort, m[2]))
    if not boek:
        voorbeeld = (f"'artikel 1:{art} BW' of 'artikel {art} van Boek 1 van het {titel}'" if art else
                     f"'{soort} 7.10 BW' of '{soort} 10 van Boek 7 van het {titel}'")
        raise UsageError(f"de verwijzing noemt geen boek van het {titel}; elk boek heeft een {adres.citation()}",
                         hint=f"bijvoorbeeld {voorbeeld}")
    naam = f"Boek {boek.upper()} van het {titel}"
    found = known.resolve(naam)
    if not found:
        raise UsageError(f"{naam} staat niet in de index of in de titellijst",
                         hint=f"indexeer een versie van dat boek, of noem zijn BWB-id: 'artikel {art} BWBR…'")
    return found, naam, adres


def _geen_wet(citation: str) -> UsageError:
    """The refusal of a citation in which no law is found; a last word that looks like an abbreviation
    («artikel 28 Wjsg») is named as one this tool does not know, with the ones it does."""
    voorbeeld = "bijvoorbeeld 'artikel 86 Gemeentewet' of 'artikel 86 BWBR0005416'"
    laatste = citation.split()[-1] if citation.split() else ""
    if re.fullmatch(r"[A-Z][A-Za-z]{1,7}\.?", laatste) and laatste.casefold() not in ("artikel", "lid", "onderdeel"):
        return UsageError(f"de verwijzing {citation!r} noemt geen wet die wetgeving kent: {laatste!r} is geen bekende "
                          f"afkorting (bekend: {', '.join(AFKORTINGEN)})", hint=f"noem de wet voluit, {voorbeeld}")
    # helper-205: «artikel 1 Onbekende wet» was said to name no law: it names one this tool does not know
    if re.search(r"\s(?![A-Z][a-z]?\s+\d)[A-Z]", citation.strip()):  # a capital word, no artikel «P 19»: a title
        return UsageError(f"de verwijzing {citation!r} noemt geen wet die wetgeving kent (in de index of de titellijst)",
                          hint=f"noem de wet bij haar citeertitel of BWB-id, {voorbeeld}")
    return UsageError(f"de verwijzing {citation!r} noemt geen wet", hint=f"noem de wet erbij, {voorbeeld}")


_BOEK = re.compile(r",?\s*(?:van\s+)?Boek\s+(?P<nr>\d+[a-zA-Z]?)(?:\s+van(?:\s+het)?)?$")


def _nergens(con: sqlite3.Connection, doel: Doel, sleutel: str) -> tuple[str, ...]:
    """A unit that no whole version of its law in the index has, and that nothing cites: a typing error, refused as
    `show` and `graph impact` refuse it (helper-102: «artikel 999 Gemeentewet» ended with exit code 0). A unit that a
    version had (artikel 25 of the Gemeentewet on 2023-04-01) is an answer: «bestaat niet», nothing cites it. Returns
    the versions that cite a unit none has (:attr:`Doel.elders`, in the JSON too)."""
    unit = str(doel.adres) if sleutel.startswith("artikel:") else sleutel
    ergens = con.execute("SELECT 1 FROM eenheid e JOIN bestand b ON b.id = e.bestand WHERE b.bwb_id = ? AND "
                         "b.fout IS NULL AND e.sleutel = ?", (doel.bwb_id, unit)).fetchone()
    if ergens is None:
        wat = doel.adres.citation() + ("," if "," in doel.adres.citation() else "")  # «artikel 87, zesde lid,»
        # helper-135: Gemeentewet 169, vierde lid, of 2022-11-05 cites «artikel 160, eerste lid, onder […] h», which
        # no version has; on 2023-01-01 nothing cites it, and that is an answer, not a typing error
        elders = sorted({d for (d,) in con.execute(
            "SELECT b.geldig_vanaf FROM verwijzing v JOIN bestand b ON b.id = v.bestand WHERE b.fout IS NULL AND "
            "v.doel_bwb = ? AND (v.doel_adres = ? OR v.doel_adres LIKE ? ESCAPE '!')",
            (doel.bwb_id, str(doel.adres), _like(str(doel.adres)) + "/%"))})
        if elders:
            warnings.warn(Melding(f"{wat} bestaat in geen enkele versie van de {doel.citeertitel} in de index, maar "
                                  f"de versie{'s' if len(elders) > 1 else ''} geldig vanaf {opsomming(elders)} "
                                  f"{'verwijzen' if len(elders) > 1 else 'verwijst'} ernaar (wetgeving cited-by … --date "
                                  f"{elders[0]})"), stacklevel=2)
            return tuple(elders)
        raise AddressError(f"{wat} bestaat in geen enkele versie van de {doel.citeertitel} in de index, en "
                           "niets verwijst ernaar", hint="controleer het nummer (zie 'wetgeving show REGELING')")
    return ()


def _target(con: sqlite3.Connection, bwb: str, titel: str, adres: Adres, sleutel: str) -> Doel:
    row = con.execute("SELECT bestand, vanaf, structuur FROM doelversie WHERE bwb_id = ?", (bwb,)).fetchone()
    if row is None:
        return Doel(bwb, titel, adres, "", None)
    fid, vanaf, structuur = row
    if not structuur and not sleutel.startswith("artikel:"):
        return Doel(bwb, titel, adres, vanaf, None)
    unit = str(adres) if sleutel.startswith("artikel:") else sleutel  # the lid or onderdeel asked for, not its artikel
    found = con.execute("SELECT 1 FROM eenheid WHERE bestand = ? AND sleutel = ?", (fid, unit)).fetchone()
    return Doel(bwb, titel, adres, vanaf, found is not None)
