"""The reverse-reference index on invented laws: build, incremental rebuilds, queries, commands, bad input."""

from __future__ import annotations

import os
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.index.fixtures import ANDERE, PROEF, REGISTER, TEST, write_corpus
from wetgeving.bronnen.catalogus import Catalogus
from wetgeving.cli import main
from wetgeving.cli.index import cited_by_cmd, dangling_cmd, index_group
from wetgeving.errors import InputError, UsageError
from wetgeving.index import bouw
from wetgeving.index.bouw import build
from wetgeving.index.vragen import cited_by, dangling_all


def met_titels() -> Catalogus:
    """A catalogue without sources whose title register is the invented laws' (the commands take it from there)."""
    cat = Catalogus(bronnen=(), zoekmappen=())
    cat.eenmalig("titelregister", lambda: REGISTER)
    return cat


@pytest.fixture
def corpus(tmp_path: Path) -> tuple[Path, Path]:
    return write_corpus(tmp_path / "bron"), tmp_path / "index.sqlite"


def test_cited_by_finds_every_citing_provision_and_no_other_laws_artikel(corpus: tuple[Path, Path]) -> None:
    folder, db = corpus
    assert build(folder, db, REGISTER, jobs=1).gelezen == 4
    doel, found = cited_by(db, "artikel 3 Proefwet", date(2021, 7, 1), REGISTER)
    assert (doel.bwb_id, doel.versie, doel.bestaat) == (PROEF, "2020-01-01", True)
    assert [(c.bwb_id, c.bron, c.span) for c in found] == [
        (PROEF, "artikel:1/lid:2", "Artikel 3, tweede lid"),
        (TEST, "artikel:1/lid:1", "Artikel 3 van de Proefwet"),  # the register did not know the title: the index does
    ]
    assert found[1].tekst == "Artikel 3 van de Proefwet is van toepassing."
    # "artikel 3" of the Andere proefwet (cited by that law itself and by the Testwet) is another provision
    doel, other = cited_by(db, "artikel 3 van de Andere proefwet", date(2021, 7, 1), REGISTER)
    assert doel.bwb_id == ANDERE
    assert [(c.bwb_id, c.bron) for c in other] == [(ANDERE, "artikel:1"), (TEST, "artikel:1/lid:2")]


def test_dangling_on_a_date(corpus: tuple[Path, Path]) -> None:
    folder, db = corpus
    build(folder, db, REGISTER, jobs=1)
    assert dangling_all(db, date(2021, 7, 1)) == []
    later = dangling_all(db, date(2022, 1, 1))  # the new Proefwet has no artikel 3
    assert [(c.bwb_id, c.bron, c.doel) for c in later] == [(PROEF, "artikel:1/lid:2", "artikel:3/lid:2"),
                                                          (TEST, "artikel:1/lid:1", "artikel:3")]
    assert all(c.laatste for c in later)
    doel, found = cited_by(db, "artikel 3 Proefwet", date(2022, 1, 1), REGISTER)
    assert doel.bestaat is False and len(found) == 2


def test_second_run_reads_no_file_and_changes_are_seen(corpus: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    folder, db = corpus
    build(folder, db, REGISTER, jobs=1)
    calls: list[str] = []
    real = bouw.index_file
    monkeypatch.setattr(bouw, "index_file", lambda pad, reg: calls.append(pad) or real(pad, reg))
    again = build(folder, db, REGISTER, jobs=1)
    assert (again.gelezen, again.ongewijzigd, calls) == (0, 4, [])
    test = folder / "testwet.yaml"
    os.utime(test, ns=(test.stat().st_atime_ns, test.stat().st_mtime_ns + 10**9))  # touched, same bytes
    touched = build(folder, db, REGISTER, jobs=1)
    assert (touched.gelezen, touched.ongewijzigd, len(calls)) == (0, 4, 1)
    test.write_text(test.read_text(encoding="utf-8").replace("Artikel 3 van de Proefwet", "Artikel 4 van de Proefwet"),
                    encoding="utf-8")
    (folder / "andere.xml").unlink()
    changed = build(folder, db, REGISTER, jobs=1)
    assert (changed.gelezen, changed.verwijderd) == (1, 1)
    _, found = cited_by(db, "artikel 3 Proefwet", date(2021, 7, 1), REGISTER)
    assert [c.bwb_id for c in found] == [PROEF]


def test_files_read_under_earlier_rules_are_named_and_read_again(corpus: tuple[Path, Path]) -> None:
    """An index built before the reference rules changed (``schema.LEZING``) is out of date although no file
    changed: a question says so, and the next build reads those files again, only those."""
    from wetgeving.errors import Melding
    from wetgeving.index.schema import LEZING

    folder, db = corpus
    build(folder, db, REGISTER, jobs=1)
    with sqlite3.connect(db) as con:
        con.execute("UPDATE bestand SET lezing = '' WHERE pad LIKE '%testwet.yaml'")  # as an earlier version left it
    with pytest.warns(Melding, match="1 bestand in de index is gelezen met eerdere regels"):
        dangling_all(db, date(2022, 1, 1))
    again = build(folder, db, REGISTER, jobs=1)
    assert (again.gelezen, again.ongewijzigd) == (1, 3)
    with sqlite3.connect(db) as con:
        assert {row[0] for row in con.execute("SELECT lezing FROM bestand")} == {LEZING}


def test_an_index_without_the_lezing_column_is_upgraded_and_read_again(corpus: tuple[Path, Path]) -> None:
    folder, db = corpus
    build(folder, db, REGISTER, jobs=1)
    with sqlite3.connect(db) as con:  # the schema before the column existed
        con.execute("ALTER TABLE bestand DROP COLUMN lezing")
    again = build(folder, db, REGISTER, jobs=1)
    assert (again.gelezen, again.ongewijzigd) == (4, 0)


def test_process_pool_gives_the_same_index(corpus: tuple[Path, Path], tmp_path: Path) -> None:
    folder, db = corpus
    build(folder, db, REGISTER, jobs=1)
    build(folder, tmp_path / "pool.sqlite", REGISTER, jobs=2)
    assert snapshot(db) == snapshot(tmp_path / "pool.sqlite")


def test_unreadable_file_is_listed_and_fails_the_command(corpus: tuple[Path, Path]) -> None:
    folder, db = corpus
    (folder / "kapot.xml").write_text("<toestand bwb-id='BWBR9100009'><wetgeving>", encoding="utf-8")
    verslag = build(folder, db, REGISTER, jobs=1)
    assert [Path(p).name for p, _ in verslag.fouten] == ["kapot.xml"] and verslag.gelezen == 5
    runner = CliRunner()
    obj = met_titels()
    res = runner.invoke(index_group, ["build", str(folder), "--db", str(db), "--jobs", "1"], obj=obj)
    assert isinstance(res.exception, InputError) and "kapot.xml" in res.output
    assert res.exception.message.startswith("1 bestand kon niet worden geïndexeerd")  # not "1 bestanden konden"
    assert "1 bestand niet geïndexeerd:" in res.output
    res = runner.invoke(index_group, ["build", str(folder), "--db", str(db), "--skip-unreadable"], obj=obj)
    assert res.exit_code == 0 and "5 bestanden: 0 gelezen, 5 ongewijzigd" in res.output


def test_commands(corpus: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    folder, db = corpus
    runner = CliRunner()
    obj = met_titels()
    res = runner.invoke(index_group, ["build", str(folder), "--db", str(db), "--jobs", "1"], obj=obj)
    assert res.exit_code == 0, res.output
    res = runner.invoke(cited_by_cmd, ["artikel 3 Proefwet", "--date", "2022-01-01", "--db", str(db)], obj=obj)
    assert res.exit_code == 0, res.output
    assert "artikel 3 Proefwet (BWBR9100001) op 2022-01-01: BESTAAT NIET in de versie geldig vanaf 2022-01-01" in res.output
    assert "Artikel 3 van de Proefwet is van toepassing." in res.output and "2 verwijzingen" in res.output
    res = runner.invoke(dangling_cmd, ["--all", "--date", "2022-01-01", "--db", str(db), "--format", "json"], obj=obj)
    assert res.exit_code == 0 and res.output.count('"bron"') == 2
    assert isinstance(runner.invoke(dangling_cmd, ["--db", str(db)], obj=obj).exception, UsageError)
    res = runner.invoke(cited_by_cmd, ["artikel 3 Onbekendewet", "--db", str(db)], obj=obj)
    assert isinstance(res.exception, UsageError)
    res = runner.invoke(cited_by_cmd, ["artikel 3 Proefwet", "--date", "morgen", "--db", str(db)], obj=obj)
    assert isinstance(res.exception, UsageError)

    assert main(["refs", str(folder / "testwet.yaml"), "--unresolved"]) == 0
    out = capsys.readouterr().out
    assert "Proefwet (niet in de titellijst)" in out and "ONBEKEND" in out


def test_missing_database_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="bestaat niet"):
        cited_by(tmp_path / "nergens.sqlite", "artikel 3 Proefwet", date(2022, 1, 1), REGISTER)
    bad = tmp_path / "geen.sqlite"
    bad.write_bytes(b"dit is geen database" * 100)
    with pytest.raises(InputError, match="geen leesbare indexdatabase"):
        build(tmp_path, bad, REGISTER, jobs=1)


def snapshot(db: Path) -> list[tuple[object, ...]]:
    """The whole index without row ids and file times: what two builds must agree on."""
    con = sqlite3.connect(db)
    try:
        rows: list[tuple[object, ...]] = []
        rows += con.execute("SELECT 'b', pad, sha256, soort, bwb_id, citeertitel, geldig_vanaf, structuur, gedeeltelijk, "
                            "fout FROM bestand ORDER BY pad").fetchall()
        rows += con.execute("SELECT 'e', b.pad, e.sleutel FROM eenheid e JOIN bestand b ON b.id = e.bestand "
                            "ORDER BY b.pad, e.sleutel").fetchall()
        rows += con.execute("SELECT 'a', b.pad, a.nr, a.bron, a.tekst FROM alinea a JOIN bestand b ON b.id = a.bestand "
                            "ORDER BY b.pad, a.nr").fetchall()
        rows += con.execute("SELECT 'v', b.pad, v.alinea, v.begin, v.einde, v.soort, v.doel_bwb, v.doel_adres, "
                            "v.doel_sleutel, v.titel, v.historisch FROM verwijzing v JOIN bestand b ON b.id = v.bestand "
                            "ORDER BY b.pad, v.alinea, v.begin").fetchall()
        return rows
    finally:
        con.close()


def test_a_bad_file_of_another_folder_does_not_fail_this_build(corpus: tuple[Path, Path], tmp_path: Path) -> None:
    """One index, two folders: a file of folder A that could not be read was listed again by every build of
    folder B (and failed it), though B's files were all indexed."""
    folder, db = corpus
    other = tmp_path / "ander"
    other.mkdir()
    (other / "kapot.xml").write_text("<toestand bwb-id='BWBR9100009'><wetgeving>", encoding="utf-8")
    assert [Path(p).name for p, _ in build(other, db, REGISTER, jobs=1).fouten] == ["kapot.xml"]
    assert build(folder, db, REGISTER, jobs=1).fouten == []
    assert [Path(p).name for p, _ in build(other, db, REGISTER, jobs=1).fouten] == ["kapot.xml"]  # unchanged: still said


def test_a_list_of_leden_is_found_for_each_lid_and_counted_once(tmp_path: Path) -> None:
    """"het eerste en tweede lid van artikel 3": cited-by of lid 2 finds it (it used to look at lid 1 only), and
    cited-by of artikel 3 lists it once."""
    from tests.index.fixtures import PROEF, proefwet

    folder = tmp_path / "bron"
    folder.mkdir()
    text = proefwet("2020-01-01", met_3=True).replace(
        "Artikel 3, tweede lid, is van overeenkomstige", "Artikel 3, eerste en tweede lid, zijn van overeenkomstige")
    (folder / "proefwet.xml").write_text(text, encoding="utf-8")
    db = tmp_path / "index.sqlite"
    build(folder, db, REGISTER, jobs=1)
    for asked, expected in (("artikel 3, tweede lid, Proefwet", "artikel:3/lid:2"),
                            ("artikel 3, eerste lid, Proefwet", "artikel:3/lid:1"),
                            ("artikel 3 Proefwet", "artikel:3/lid:1")):
        _, found = cited_by(db, asked, date(2021, 1, 1), REGISTER)
        assert [(c.bwb_id, c.bron, c.span, c.doel) for c in found] == [
            (PROEF, "artikel:1/lid:2", "Artikel 3, eerste en tweede lid", expected)], asked


def test_a_missing_lid_or_a_vervallen_artikel_dangles(tmp_path: Path) -> None:
    """A reference to a lid an existing artikel does not have dangles, as does one to an artikel the source keeps
    only as «Vervallen»; a reference to a lid it has does not, and cited-by says which unit exists."""
    from tests.index.fixtures import PROEF, proefwet

    folder = tmp_path / "bron"
    folder.mkdir()
    text = proefwet("2020-01-01", met_3=True).replace(
        "Artikel 3, tweede lid, is van overeenkomstige", "Artikel 3, derde lid, en artikel 5 zijn van overeenkomstige")
    text = text.replace("<artikel><kop><nr>4</nr></kop>", '<artikel status="vervallen"><kop><nr>5</nr></kop>'
                        "<al>Vervallen</al></artikel><artikel><kop><nr>4</nr></kop>")
    (folder / "proefwet.xml").write_text(text, encoding="utf-8")
    db = tmp_path / "index.sqlite"
    build(folder, db, REGISTER, jobs=1)
    found = dangling_all(db, date(2021, 1, 1))
    assert [(c.bwb_id, c.bron, c.span, c.doel) for c in found] == [
        (PROEF, "artikel:1/lid:2", "Artikel 3, derde lid", "artikel:3/lid:3"), (PROEF, "artikel:1/lid:2", "5", "artikel:5")]
    assert cited_by(db, "artikel 3, derde lid, Proefwet", date(2021, 1, 1), REGISTER)[0].bestaat is False
    assert cited_by(db, "artikel 3, tweede lid, Proefwet", date(2021, 1, 1), REGISTER)[0].bestaat is True
    assert cited_by(db, "artikel 5 Proefwet", date(2021, 1, 1), REGISTER)[0].bestaat is False


def test_a_range_in_another_law_is_found_for_every_artikel_in_it(tmp_path: Path) -> None:
    """«de artikelen 1 tot en met 3 van de Andere proefwet»: cited-by of 2 and of 2a finds it (it used to find 1
    only), as do 1 and 3, once each; 4, and a lid of 2, do not; an older index gets the column and reads the file again.
    A container of the other law that holds an artikel of the range finds it too."""
    from tests.index.fixtures import ANDERE, TEST, TESTWET

    folder = tmp_path / "bron"
    folder.mkdir()
    text = TESTWET.replace("Artikel 3 van de Andere proefwet niet.",
                           "De artikelen 1 tot en met 3 van de Andere proefwet gelden ook.")
    (folder / "testwet.yaml").write_text(text, encoding="utf-8")
    db = tmp_path / "index.sqlite"
    build(folder, db, REGISTER, jobs=1)
    span = "artikelen 1 tot en met 3 van de Andere proefwet"
    for asked, expected in (("artikel 1 Andere proefwet", [("artikel:1/lid:2", span)]),
                            ("artikel 2 Andere proefwet", [("artikel:1/lid:2", span)]),
                            ("artikel 2a Andere proefwet", [("artikel:1/lid:2", span)]),
                            ("artikel 3 Andere proefwet", [("artikel:1/lid:2", span)]),
                            ("artikel 4 Andere proefwet", []),
                            ("artikel 2, eerste lid, Andere proefwet", []),
                            (f"artikel 2 {ANDERE}", [("artikel:1/lid:2", span)])):
        _, found = cited_by(db, asked, date(2022, 1, 1), REGISTER)
        assert [(c.bron, c.span) for c in found] == expected, asked
        assert all(c.bwb_id == TEST for c in found)
    with sqlite3.connect(db) as con:  # the schema before the column existed
        con.execute("DROP INDEX verwijzing_reeks")
        con.execute("ALTER TABLE verwijzing DROP COLUMN tot")
        con.execute("UPDATE bestand SET lezing = '2026-12-05.19'")  # and the rules of then
    assert build(folder, db, REGISTER, jobs=1).gelezen == 1  # LEZING: read again under these rules
    assert [c.bron for c in cited_by(db, "artikel 2 Andere proefwet", date(2022, 1, 1), REGISTER)[1]] == ["artikel:1/lid:2"]


def test_a_container_finds_a_range_in_another_law_through_the_artikelen_it_holds(tmp_path: Path) -> None:
    from tests.index.fixtures import PROEF, proefwet

    folder = tmp_path / "bron"
    folder.mkdir()
    (folder / "proefwet.xml").write_text(proefwet("2020-01-01", met_3=True), encoding="utf-8")
    (folder / "testwet.yaml").write_text(TESTWET_RANGE, encoding="utf-8")
    db = tmp_path / "index.sqlite"
    build(folder, db, REGISTER, jobs=1)
    doel, found = cited_by(db, "hoofdstuk 1 Proefwet", date(2022, 1, 1), REGISTER)
    assert doel.bwb_id == PROEF and doel.bestaat is True
    assert [(c.bron, c.span) for c in found if c.bwb_id != PROEF] == [("artikel:1", "artikelen 2 tot en met 4 van de Proefwet")]
    _, found = cited_by(db, "artikel 3 Proefwet", date(2022, 1, 1), REGISTER)
    assert ("artikel:1", "artikelen 2 tot en met 4 van de Proefwet") in [(c.bron, c.span) for c in found]


TESTWET_RANGE = """$id: testwet
$schema: https://example.invalid/regelrecht/v0.7.0/schema.json
bwb_id: BWBR9100002
valid_from: '2021-06-01'
articles: [
  {number: '1', text: "De artikelen 2 tot en met 4 van de Proefwet zijn van toepassing."},
  {number: '2', text: "Deze wet wordt aangehaald als: Testwet."},
]
"""


def test_a_file_without_a_title_of_its_own_is_indexed_under_the_title_the_catalogue_gives(tmp_path: Path) -> None:
    """A partial regelrecht extract without $id (the Provinciewet's artikel 182 in the sources) was indexed as
    «Bwbr0005645», and cited-by named the citing provisions so (helper-33). Its own title is now its BWB id, and the
    catalogue's citeertitel of the file is used (not a guess from the title list, which holds spelling variants)."""
    folder = tmp_path / "bron"
    folder.mkdir()
    (folder / "andere.yaml").write_text(f"bwb_id: {ANDERE}\nvalid_from: '2020-01-01'\narticles: [\n"
                                        "  {number: '1', text: \"Artikel 3 van deze wet geldt.\"},\n"
                                        "  {number: '3', text: \"Deze wet geldt.\"},\n]\n", encoding="utf-8")
    db = tmp_path / "index.sqlite"
    build(folder, db, REGISTER, jobs=1)
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT citeertitel FROM bestand").fetchall() == [(ANDERE,)]
    named = tmp_path / "named.sqlite"
    build(folder, named, REGISTER, jobs=1, titels={folder / "andere.yaml": "Andere proefwet"})
    with sqlite3.connect(named) as con:
        assert con.execute("SELECT citeertitel FROM bestand").fetchall() == [("Andere proefwet",)]
