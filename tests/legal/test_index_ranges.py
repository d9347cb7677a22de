"""A range of artikelen in another law is a reference to every artikel in it.

Gemeentewet 124e (versions of 2022-11-05 to 2026-10-01) gives the toezichthouders «de bevoegdheden van de artikelen
5:15 tot en met 5:17 van de Algemene wet bestuursrecht»; 124g, tweede lid, says the same. Kieswet N 33, eerste lid,
onder b (2025-08-01) names «de artikelen 125 tot en met 129 van het Wetboek van Strafrecht». The index used to file
each under its first artikel only: `cited-by "artikel 5:16 Algemene wet bestuursrecht"` found nothing, and «artikel
5:16» could not even be asked for (a number with a colon was not read as an artikel number).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.katalogus import omgeving
from wetgeving.app.verwijzingen import refs
from wetgeving.index.bouw import build
from wetgeving.index.vragen import cited_by
from wetgeving.verwijzingen.titels import Titelregister

AWB = "BWBR0005537"
GEMEENTEWET = "BWBR0005416"


@pytest.fixture(scope="module")
def index(sources: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("reeks") / "index.sqlite"
    files = [*sorted((sources / "gemeentewet" / "regelrecht").glob("*.yaml")),
             sources / "bwb-xml" / "BWBR0004627_2025-08-01_kieswet.xml"]
    verslag = build(files, db, Titelregister.voor(omgeving()), jobs=1)
    assert verslag.gelezen == 5 and not verslag.fouten
    return db


@pytest.mark.parametrize("artikel", ["5:15", "5:16", "5:17"])
def test_gemeentewet_124e_and_124g_cite_every_awb_artikel_of_5_15_to_5_17_on_2023_04_01(index: Path, artikel: str) -> None:
    doel, found = cited_by(index, f"artikel {artikel} Algemene wet bestuursrecht", date(2023, 4, 1),
                           Titelregister.voor(omgeving()))
    assert doel.bwb_id == AWB
    assert doel.bestaat is None  # the Awb is not in the index: whether 5:16 exists is not said
    got = [(c.bwb_id, c.geldig_vanaf, c.bron, c.span) for c in found]
    span = "artikelen 5:15 tot en met 5:17 van de Algemene wet bestuursrecht"
    assert got == [(GEMEENTEWET, "2023-04-01", "artikel:124e", span), (GEMEENTEWET, "2023-04-01", "artikel:124g/lid:2", span)]


def test_no_gemeentewet_provision_cites_awb_5_18_or_a_lid_of_5_16_through_the_range_on_2023_04_01(index: Path) -> None:
    register = Titelregister.voor(omgeving())
    for asked in ("artikel 5:18 Algemene wet bestuursrecht", "artikel 5:16, eerste lid, Algemene wet bestuursrecht"):
        assert not [c for c in cited_by(index, asked, date(2023, 4, 1), register)[1] if c.bwb_id == GEMEENTEWET], asked


def test_kieswet_n_33_cites_artikel_127_wetboek_van_strafrecht_on_2025_08_01(index: Path) -> None:
    _, found = cited_by(index, "artikel 127 Wetboek van Strafrecht", date(2025, 8, 1), Titelregister.voor(omgeving()))
    assert ("artikel:N 33/lid:1/onderdeel:b", "artikelen 125 tot en met 129 van het Wetboek van Strafrecht") in [
        (c.bron, c.span) for c in found]
    assert all(c.span != "artikelen 131 tot en met 135 van het Wetboek van Strafrecht BES" for c in found)


def test_refs_of_gemeentewet_124e_on_2023_04_01_names_the_last_artikel_of_the_range() -> None:
    rows = [r for r in refs(omgeving(), "gemeentewet@2023-04-01", "artikel 124e").rijen if "5:15 tot en met" in r.tekst]
    assert [(r.doel, r.tot_en_met) for r in rows] == [(f"jci1.3:c:{AWB}&artikel=5:15", "artikel 5:17")]


def test_a_burgerlijk_wetboek_citation_names_its_boek_on_2024_06_01(sources: Path, tmp_path: Path) -> None:
    """«artikel 6:162 Burgerlijk Wetboek» is Boek 6, artikel 162; the title register knows «Burgerlijk Wetboek» by the
    id of Boek 1 (BWBR0002656), and once a colon was read in an artikel number cited-by answered for Boek 1
    (helper-32's legal review); «artikel 162 Boek 6 van het Burgerlijk Wetboek» was answered for Boek 1 too. A Boek the
    register does not know is refused; «artikel 1:159a» is Boek 1, artikel 159a, which Participatiewet 62a, 62c and
    62d (2024-01-01) cite.
    """
    from wetgeving.errors import UsageError

    db = tmp_path / "index.sqlite"
    build([sources / "bwb-xml" / "BWBR0015703_2024-01-01_participatiewet.xml"], db, Titelregister.voor(omgeving()), jobs=1)
    register = Titelregister.voor(omgeving())
    for asked in ("artikel 6:162 Burgerlijk Wetboek", "artikel 162 Boek 6 van het Burgerlijk Wetboek",
                  "artikel 162 van Boek 6 van het Burgerlijk Wetboek"):
        with pytest.raises(UsageError, match="Boek 6 van het Burgerlijk Wetboek staat niet in de index"):
            cited_by(db, asked, date(2024, 6, 1), register)
    for asked in ("artikel 1:159a Burgerlijk Wetboek", "artikel 159a van Boek 1 van het Burgerlijk Wetboek"):
        doel, found = cited_by(db, asked, date(2024, 6, 1), register)
        assert (doel.bwb_id, str(doel.adres), doel.citeertitel) == (
            "BWBR0002656", "artikel:159a", "Boek 1 van het Burgerlijk Wetboek"), asked
        assert [c.bron for c in found] == ["artikel:62a", "artikel:62c/lid:1", "artikel:62d/lid:1"], asked
    doel, _ = cited_by(db, "artikel 5:16 Algemene wet bestuursrecht", date(2024, 6, 1), register)
    assert str(doel.adres) == "artikel:5%3A16"  # the Awb's numbers have the colon themselves


def test_everyday_abbreviations_of_laws_in_a_question_on_2023_04_01(index: Path) -> None:
    """«artikel 5:16 Awb» is how a lawyer asks for Algemene wet bestuursrecht 5:16; it was refused as naming no law."""
    from wetgeving.errors import UsageError

    register = Titelregister.voor(omgeving())
    full = cited_by(index, "artikel 5:16 Algemene wet bestuursrecht", date(2023, 4, 1), register)
    assert cited_by(index, "artikel 5:16 Awb", date(2023, 4, 1), register) == full
    assert cited_by(index, "art. 86 Gemw", date(2023, 4, 1), register)[0].citeertitel == "Gemeentewet"
    with pytest.raises(UsageError, match="Boek 6 van het Burgerlijk Wetboek staat niet"):
        cited_by(index, "art. 6:162 BW", date(2023, 4, 1), register)


def test_a_burgerlijk_wetboek_artikel_without_its_boek_and_other_laws_boeken(index: Path) -> None:
    """helper-33: «artikel 159a BW» was answered for Boek 1; «artikel 57 van Boek 1 van het Wetboek van Strafrecht»
    was refused (the Wetboek van Strafrecht is one regeling, BWBR0001854, numbered through its Boeken); «Boek 7A» was
    named «Boek 7a»; «AWB» was no law."""
    from wetgeving.errors import UsageError

    register = Titelregister.voor(omgeving())
    with pytest.raises(UsageError, match="noemt geen boek van het Burgerlijk Wetboek"):
        cited_by(index, "artikel 159a BW", date(2024, 6, 1), register)
    doel, _ = cited_by(index, "artikel 57 van Boek 1 van het Wetboek van Strafrecht", date(2024, 6, 1), register)
    assert (doel.bwb_id, str(doel.adres)) == ("BWBR0001854", "artikel:57")
    with pytest.raises(UsageError, match="Boek 7A van het Burgerlijk Wetboek staat niet"):
        cited_by(index, "artikel 1576 van Boek 7A van het Burgerlijk Wetboek", date(2024, 6, 1), register)
    assert cited_by(index, "artikel 5:16 AWB", date(2024, 6, 1), register)[0].bwb_id == AWB


def test_titel_7_10_bw_and_a_law_without_boeken_on_2024_06_01(sources: Path, tmp_path: Path) -> None:
    """helper-34: «titel 7.10 BW» was refused with a broken hint; it is titel 10 of Boek 7, which Participatiewet 78d,
    tweede lid (2024-01-01) cites. «artikel 10 van Boek 1 van de Participatiewet» was accepted, though that law has no
    Boeken. The heading of a Boek reads «artikel 159a, eerste lid, van Boek 1 van het Burgerlijk Wetboek»."""
    import re

    from wetgeving.errors import UsageError
    from wetgeving.render.index import cited_by_text

    db = tmp_path / "index.sqlite"
    build([sources / "bwb-xml" / "BWBR0015703_2024-01-01_participatiewet.xml"], db, Titelregister.voor(omgeving()), jobs=1)
    register = Titelregister.voor(omgeving())
    doel, found = cited_by(db, "titel 7.10 BW", date(2024, 6, 1), register)
    assert (doel.bwb_id, str(doel.adres), doel.citeertitel) == ("BWBR0005290", "titel:10", "Boek 7 van het Burgerlijk Wetboek")
    assert "artikel:78d/lid:2" in [c.bron for c in found]
    with pytest.raises(UsageError, match=re.escape("'titel 7.10 BW' of 'titel 10 van Boek 7 van het Burgerlijk Wetboek'")):
        cited_by(db, "titel 10 BW", date(2024, 6, 1), register)
    with pytest.raises(UsageError, match="de Participatiewet heeft geen boeken"):
        cited_by(db, "artikel 10 van Boek 1 van de Participatiewet", date(2024, 6, 1), register)
    doel, found = cited_by(db, "artikel 1:159a, eerste lid, BW", date(2024, 6, 1), register)
    assert cited_by_text(doel, found, date(2024, 6, 1)).startswith(
        "artikel 159a, eerste lid, van Boek 1 van het Burgerlijk Wetboek (BWBR0002656)")
