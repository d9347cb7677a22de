"""Which law a cited artikel belongs to, and which unit a list of leden or onderdelen points at, are statements
about the law: ``wetgeving refs``, the graph and ``cited-by`` give them as targets. Each test names the provision
and the version date it checks; the targets were read in the source text and, for the BWB XML, in the source's
own link on the same words."""

from __future__ import annotations

import re

import pytest

from tests.katalogus import omgeving
from wetgeving.app import verwijzingen as app


def _rows(regeling: str, address: str) -> list[app.Verwijzingsrij]:
    return app.refs(omgeving(), regeling, address).rijen


def test_participatiewet_18a_lid_1_cites_its_own_17_and_36b_on_2024_01_01() -> None:
    """Participatiewet artikel 18a, eerste lid (2024-01-01): «de artikelen 17, eerste lid, of 36b, vierde lid, en
    artikel 30c, derde lid, van de Wet structuur uitvoeringsorganisatie werk en inkomen». 17 and 36b are the
    Participatiewet's own (the BWB XML links them so); only 30c is the Wet SUWI's (BWBR0013060). The title at
    the end used to be given to the whole list."""
    rows = _rows("participatiewet@2024-01-01", "artikel 18a, eerste lid")
    own = [r.doel for r in rows if r.tekst.startswith(("artikelen 17", "36b"))]
    suwi = [r.doel for r in rows if r.tekst.startswith(("30c", "artikel 30c"))]
    assert len(own) == 6 and all(d.startswith("jci1.3:c:BWBR0015703&artikel=") for d in own)  # three sentences
    assert len(suwi) == 5 and all(d.startswith("jci1.3:c:BWBR0013060&artikel=30c") for d in suwi)


def test_gemeentewet_155g_lid_7_cites_its_own_22_on_2023_04_01() -> None:
    """Gemeentewet artikel 155g, zevende lid (2023-04-01): «De artikelen 22 en 86, eerste lid, zijn van
    overeenkomstige toepassing op de gemeenschappelijke onderzoekscommissie.» Both are Gemeentewet artikelen
    (the regelrecht link says so); that artikel 86 was repealed that day did not make them the Wet
    gemeenschappelijke regelingen' of the lid before. Artikel 22 exists; 86 is rightly ONTBREEKT."""
    rows = _rows("gemeentewet@2023-04-01", "artikel 155g, zevende lid")
    assert [(r.soort, r.doel, r.status) for r in rows] == [
        ("intern", "jci1.3:c:BWBR0005416&artikel=22", app.BESTAAT),
        ("intern", "jci1.3:c:BWBR0005416&artikel=86&lid=1", app.ONTBREEKT)]


def test_participatiewet_31_lid_2_onder_g_cites_the_wet_op_de_loonbelasting_on_2024_01_01() -> None:
    """Participatiewet artikel 31, tweede lid, onder g (2024-01-01): «artikel 31, eerste lid, onderdeel f en
    onderdeel g, van de Wet op de loonbelasting 1964» is artikel 31 of that law (BWBR0002471), not artikel 31 of
    the Participatiewet: "en onderdeel g" used to end the chain before its title."""
    rows = _rows("participatiewet@2024-01-01", "artikel 31, tweede lid, onder g")
    assert [(r.soort, r.doel) for r in rows] == [("extern", "jci1.3:c:BWBR0002471&artikel=31&lid=1&o=f")]


def test_gemeentewet_237_lid_4_cites_artikel_9_of_the_awr_on_2023_04_01() -> None:
    """Gemeentewet artikel 237, vierde lid (2023-04-01): «artikel 9, eerste lid en derde lid, eerste volzin,
    artikel 10, tweede lid, en artikel 19, …, van de Algemene wet»; artikel 230 defines «Algemene wet» as the
    Algemene wet inzake rijksbelastingen (BWBR0002320). Artikel 9 used to be read as the Gemeentewet's."""
    rows = [r for r in _rows("gemeentewet@2023-04-01", "artikel 237, vierde lid") if r.soort == "extern"]
    assert [r.doel for r in rows][:3] == ["jci1.3:c:BWBR0002320&artikel=9&lid=1", "jci1.3:c:BWBR0002320&artikel=10&lid=2",
                                          "jci1.3:c:BWBR0002320&artikel=19&lid=1"]


def test_kieswet_n_15_lid_4_lists_j_17_to_j_39_on_2025_08_01() -> None:
    """Kieswet artikel N 15, vierde lid (2025-08-01): «De artikelen J 12 tot en met J 14, J 16, met uitzondering
    van de voorschriften die betrekking hebben op stemhokjes, J 17, tweede lid, J 18, J 19, J 35, J 37 en J 39,
    tweede en derde lid, zijn van overeenkomstige toepassing …». The clause after J 16 used to end the list, so
    J 17 to J 39 were not found as cited."""
    rows = _rows("kieswet@2025-08-01", "artikel N 15, vierde lid")
    cited = [r.doel.removeprefix("jci1.3:c:BWBR0004627&artikel=") for r in rows][:8]
    assert cited == ["J_12", "J_16", "J_17&lid=2", "J_18", "J_19", "J_35", "J_37", "J_39&lid=2"]
    assert all(r.status == app.BESTAAT for r in rows)


def test_participatiewet_78z_lid_6_a_list_of_onderdelen_is_one_jci_on_2024_01_01() -> None:
    """Participatiewet artikel 78z, zesde lid (2024-01-01): «de artikelen 8, eerste lid, onderdelen a, c, e en f van
    deze wet». A JCI names one onderdeel; the list used to be written into it as «o=a%2C_c%2C_e_en_f». It now
    points at the first, onderdeel a, as a list of leden points at its first lid."""
    rows = _rows("participatiewet@2024-01-01", "artikel 78z, zesde lid")
    assert rows[0].doel == "jci1.3:c:BWBR0015703&artikel=8&lid=1&o=a"


@pytest.mark.parametrize("regeling", ["gemeentewet@2023-04-01", "kieswet@2025-08-01", "participatiewet@2024-01-01"])
def test_no_target_names_a_list_as_one_unit(regeling: str) -> None:
    """No reference in these versions has a target whose lid or onderdeel is a list ("a, b en c", "1°, 2°")."""
    bad = [(r.bron, r.tekst, r.doel) for r in app.refs(omgeving(), regeling, None).rijen
           if re.search(r"&(?:lid|o)=[^&]*(?:%2C|_en_|_of_|%C2%B0)", r.doel)]
    assert bad == []


def test_gemeentewet_88_lid_3_is_cited_by_its_fifth_and_sixth_lid_on_2023_04_01() -> None:
    """Gemeentewet artikel 88 (2023-04-01, geheimhouding, tranche 1): the vijfde lid cites «het tweede of derde
    lid», the zesde lid «het tweede, derde of vierde lid». A drafter asking what cites the derde lid must get both;
    the list used to count for its first lid only, so the derde lid seemed uncited."""
    found = app.impact(omgeving(), "gemeentewet@2023-04-01", "artikel 88, derde lid")
    assert [(c.bron, c.tekst) for c in found.verwijzingen] == [
        ("artikel:88/lid:5", "het tweede of derde lid"), ("artikel:88/lid:6", "het tweede, derde of vierde lid")]
    # asked for the whole artikel, each reference is counted once, not once per lid it names
    whole = app.impact(omgeving(), "gemeentewet@2023-04-01", "artikel 88")
    assert len(whole.verwijzingen) == len({(c.bron, c.tekst, c.context) for c in whole.verwijzingen})


def test_participatiewet_18b_lid_13_is_cited_by_47c_on_2024_01_01() -> None:
    """Participatiewet artikel 47c, tweede lid (2024-01-01): «artikel 18b, tweede tot en met dertiende lid, van
    overeenkomstige toepassing»: the dertiende lid is cited, not only the tweede."""
    found = app.impact(omgeving(), "participatiewet@2024-01-01", "artikel 18b, dertiende lid")
    assert [(c.bron, c.tekst) for c in found.verwijzingen] == [
        ("artikel:47c/lid:2", "artikel 18b, tweede tot en met dertiende lid")]
