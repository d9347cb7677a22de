"""The application layer on its own (no click): every user task is one call with typed arguments that returns a
typed result; the CLI and the web application only parse, call and render."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest

from tests.testwet import make_testwet
from wetgeving.app import consultatie, naleving, regelingen, tranches, vergelijken, verwijzingen, wijzigen
from wetgeving.bronnen import native
from wetgeving.bronnen.catalogus import Catalogus
from wetgeving.compliance.beoordelen import BeoordelingError
from wetgeving.compliance.register import Beoordelingsopslag
from wetgeving.errors import UsageError

EXAMPLES = Path(__file__).parents[2] / "examples"


@pytest.fixture
def testwet(tmp_path: Path) -> Path:
    p = tmp_path / "testwet.xml"
    p.write_bytes(native.dumps(make_testwet()))
    return p


def test_a_catalogue_without_folders_finds_nothing_and_says_where_it_looked(tmp_path: Path) -> None:
    cat = Catalogus(zoekmappen=(tmp_path,), cache=tmp_path / "cache")
    with pytest.raises(Exception, match="niet aanwezig") as info:
        cat.load("gemeentewet@2023-04-01")
    assert str(tmp_path) in str(info.value)


def test_the_catalogue_is_built_from_the_mapping_it_is_given(tmp_path: Path) -> None:
    cat = Catalogus.uit_omgeving({"WETGEVING_SOURCES": str(tmp_path), "WETGEVING_CACHE": str(tmp_path / "c")})
    assert cat.zoekmappen == (tmp_path, tmp_path / "c") and cat.sources_dir == tmp_path
    assert Catalogus.uit_omgeving({}).sources_dir is None
    assert cat.eenmalig("x", lambda: [1]) is cat.eenmalig("x", lambda: [2])  # computed once per catalogue


def _retitled(tmp_path: Path) -> Path:
    """The Testwet of 2025-01-01 whose artikel 1 (in hoofdstuk I) has another title, as a file."""
    reg = make_testwet()
    art = reg.artikelen()[0]
    changed = dataclasses.replace(reg, inhoud=(dataclasses.replace(reg.inhoud[0], inhoud=(
        dataclasses.replace(art, titel="Verboden handelingen"), *reg.inhoud[0].inhoud[1:])),  # type: ignore[attr-defined]
        *reg.inhoud[1:]), geldig_vanaf=date(2025, 1, 1))
    new = tmp_path / "nieuw.xml"
    new.write_bytes(native.dumps(changed))
    return new


def test_compare_and_instruct_files(testwet: Path, tmp_path: Path) -> None:
    new = _retitled(tmp_path)
    d = vergelijken.compare(Catalogus(), str(testwet), str(new))
    assert [g.soort for g in d.artikelen] == ["changed"]
    act = wijzigen.instruct(Catalogus(), str(testwet), str(new), when=date(2025, 1, 1))
    assert act.artikelen and act.artikelen[0].regeling == "BWBR9999999"  # not in the catalogue: its BWB id
    assert act.artikelen[0].onderdelen[0].inwerking == date(2025, 1, 1)


def test_instructions_for_two_equal_texts_are_refused(testwet: Path, tmp_path: Path) -> None:
    # "Artikel I ... wordt als volgt gewijzigd:" with nothing after it is no wijzigingsregeling: refused, exit 1
    same = tmp_path / "zelfde.xml"
    same.write_bytes(testwet.read_bytes())
    with pytest.raises(wijzigen.GeenWijzigingen, match="dezelfde artikelen en indeling: er is geen wijzigingsinstructie") as info:
        wijzigen.instruct(Catalogus(), str(testwet), str(same))
    assert info.value.exit_code == 1


def test_two_different_laws_are_refused(testwet: Path, tmp_path: Path) -> None:
    other = tmp_path / "andere.xml"
    other.write_bytes(native.dumps(dataclasses.replace(make_testwet(), bwb_id="BWBR9999998", citeertitel="Anderewet")))
    with pytest.raises(UsageError, match="twee verschillende regelingen"):
        vergelijken.compare(Catalogus(), str(testwet), str(other))


def test_show_a_unit_of_a_file(testwet: Path) -> None:
    found = regelingen.show(Catalogus(), str(testwet), "artikel 1, eerste lid")
    assert str(found.adres) == "artikel:1/lid:1" and found.eenheid is not None


def test_register_needs_create_to_start(tmp_path: Path) -> None:
    path = tmp_path / "register.sqlite"
    with pytest.raises(UsageError, match="--create"):
        naleving.open_register(path, write=True)
    assert not path.exists()
    with naleving.open_register(path) as reg:  # reading a register that does not exist: empty, nothing made
        assert reg.history() == []
    assert not path.exists()
    with pytest.raises(UsageError, match="er is geen register"):
        naleving.open_register(path, genoemd=True)  # one the user named: refused (helper-104), nothing made
    assert not path.exists()
    naleving.open_register(path, write=True, create=True).close()
    assert path.exists()


@pytest.mark.realdata
def test_checklist_record_and_history(cat: Catalogus, tmp_path: Path) -> None:
    """Artikel 36a Gemeentewet (VOG wethouder) on 2023-04-15: record an assessment, see it in the checklist."""
    g = naleving.gemeente(None, "GM0363")
    with naleving.open_register(tmp_path / "r.sqlite", write=True, create=True) as reg:
        b = naleving.record(cat, reg, g, "vog-wethouder", "voldoet", wie="Griffie", op=date(2023, 4, 15))
        c = naleving.checklist(cat, reg, naleving.ChecklistVraag(g, date(2023, 4, 15), met_tekst=False))
        rows = {r.verplichting.id: r for r in c.regels}
        assert rows["vog-wethouder"].beoordeling == b
        assert [x.id for x in naleving.history(cat, reg, g, "vog-wethouder")] == [b.id]
        changes = naleving.changes_since(cat, reg, g, date(2022, 12, 1), date(2023, 4, 15))
        assert any(x.verplichting.id == "geheimhouding-bekrachtiging" and x.soort == "vervallen" for x in changes)
    with pytest.raises(UsageError, match="onbekende verplichting"):
        naleving.known_obligation(cat, "vog-wethoudr")


@pytest.mark.realdata
def test_refs_lists_unresolved_references(cat: Catalogus) -> None:
    """Artikel 155g, zevende lid, Gemeentewet on 2023-04-01 still cites artikel 86, repealed that day."""
    rows = verwijzingen.refs(cat, "gemeentewet@2023-04-01", unresolved=True).rijen
    assert rows and all(r.onopgelost for r in rows)
    assert any(r.bron.startswith("artikel:155g") and "86" in r.tekst and r.status == "ONTBREEKT" for r in rows)
    every = verwijzingen.refs(cat, "gemeentewet@2023-04-01").rijen
    assert len(every) > len(rows) and {r for r in every if r.onopgelost} == set(rows)


@pytest.mark.realdata
def test_tranche_inspection_and_redline(cat: Catalogus) -> None:
    """Tranche 1 (Stb. 2022, 444): artikel 36a onderdeel with its instruction and text before and after."""
    t = tranches.inspect(cat, "1", theme="vog")
    assert t.fout == "" and t.onderdelen and all(x.onderdeel.thema == "vog" for x in t.onderdelen)
    assert any(x.instructie is not None for x in t.onderdelen)
    d, label = vergelijken.compare_tranche(cat, "1", "gemeentewet", date(2023, 4, 1))
    assert "Stb. 2022, 444" in label and d.artikelen
    with pytest.raises(UsageError, match="onbekend thema"):
        tranches.inspect(cat, "1", theme="geen-thema")


@pytest.mark.realdata
def test_graph_impact_of_artikel_25_on_2022_11_05(cat: Catalogus) -> None:
    found = verwijzingen.impact(cat, "gemeentewet@2022-11-05", "artikel 25")
    assert found.bestaat and {c.bron.split("/")[0] for c in found.verwijzingen} >= {"artikel:19", "artikel:23"}


@pytest.mark.realdata
def test_consultation_on_the_tranche_2_example(cat: Catalogus) -> None:
    """Kamerstuk 36 892 is a bill (2026): the draft it is read against is labelled as ours, never as law."""
    v = consultatie.consult(cat, EXAMPLES / "reactie-tranche-2.yaml")
    assert len(v.punten) == 3 and v.label.startswith("ILLUSTRATIEF ONTWERP") and "36 892" in v.label


def test_record_of_checks_everything_before_it_opens_the_store(tmp_path: Path) -> None:
    """A refused assessment never opens (so never creates) a register: ``record_of`` is handed the opening."""
    def never() -> Beoordelingsopslag:
        raise AssertionError("the store was opened for a refused assessment")

    with pytest.raises(UsageError, match="onbekende verplichting"):
        naleving.record_of(Catalogus(), never, None, "GM0363", "vog-wethoudr", "voldoet", wie="Griffie",
                           op=date(2023, 4, 15))
    with pytest.raises(BeoordelingError, match=r"past niet bij «.*» \(vog-wethouder\)"):  # a recommendation's word, not a duty's
        naleving.record_of(Catalogus(), never, None, "GM0363", "vog-wethouder", "opgevolgd", wie="Griffie",
                           op=date(2023, 4, 15))


@pytest.mark.realdata
def test_record_of_history_of_and_export_in_one_call_each(cat: Catalogus, tmp_path: Path) -> None:
    """Artikel 36a Gemeentewet (VOG wethouder) assessed as on 2023-04-15, found back by gemeente name, exported."""
    path = tmp_path / "r.sqlite"
    g, b = naleving.record_of(cat, lambda: naleving.register_file(path, {}, write=True, create=True), None,
                              "Amsterdam", "vog-wethouder", "voldoet", wie="Griffie", op=date(2023, 4, 15))
    assert (g.code, b.gemeente, b.status) == ("GM0363", "GM0363", "voldoet")
    written: list[str] = []
    with naleving.register_file(path, {}) as reg:
        assert [x.id for x in naleving.history_of(cat, reg, None, "GM0363", "vog-wethouder")] == [b.id]
        assert naleving.history_of(cat, reg, None, "GM0599", None) == []
        naleving.export(reg, written.append, None)
    assert len(written) == 1 and "vog-wethouder" in written[0] and "GM0363" in written[0]


def test_a_container_scopes_diff_only_and_refs_by_the_artikelen_it_holds(testwet: Path, tmp_path: Path) -> None:
    """`diff --only "hoofdstuk I"` and `refs … "hoofdstuk I"`: an artikel's address does not name its hoofdstuk, so a
    container used to match nothing (an empty answer); now it is the artikelen it holds, in either version."""
    new = _retitled(tmp_path)
    assert [g.oud_nr for g in vergelijken.compare(Catalogus(), str(testwet), str(new), "hoofdstuk I").artikelen] == ["1"]
    assert vergelijken.compare(Catalogus(), str(testwet), str(new), "hoofdstuk:I").artikelen  # the address form too
    assert vergelijken.compare(Catalogus(), str(testwet), str(new), "hoofdstuk II").artikelen == ()
    rows = verwijzingen.refs(Catalogus(), str(testwet), "hoofdstuk I").rijen
    assert rows and {r.bron.split("/")[0] for r in rows} <= {"artikel:1", "artikel:1a"}
    assert verwijzingen.refs(Catalogus(), str(testwet), "hoofdstuk II").rijen == []
