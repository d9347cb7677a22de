"""Which lid a reference cites, and whether that lid or onderdeel exists, are statements about the law: ``wetgeving
refs``, ``graph impact``, ``graph dangling`` and the index give them. Each test names the provision and the version
date it checks; what a cited artikel has (its leden, its onderdelen) was read in the source text of that version.

Before this, "het tweede of derde lid van dat artikel" was read as leden of the artikel being read, and a lid or
onderdeel an existing artikel does not have counted as existing (the reference was taken to its artikel)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.katalogus import omgeving
from wetgeving.app import verwijzingen as app
from wetgeving.render import berichten


def _rows(regeling: str, address: str) -> list[app.Verwijzingsrij]:
    return app.refs(omgeving(), regeling, address).rijen


def _by_text(regeling: str, address: str) -> dict[str, app.Verwijzingsrij]:
    return {r.tekst: r for r in _rows(regeling, address)}


# -- which artikel "dat artikel" is ---------------------------------------------------------------------------------

def test_gemeentewet_46_and_47_cite_36b_leden_2_and_3_on_2023_04_01() -> None:
    """Gemeentewet artikel 46, eerste lid, and 47, eerste lid (2023-04-01; the wethouder who holds an incompatible
    function): «een functie … als bedoeld in artikel 36b, eerste lid, en het tweede of derde lid van dat artikel niet
    van toepassing zijn». Those are leden 2 and 3 of artikel 36b, not of 46 or 47; `graph impact` of 36b, tweede
    lid, now finds both."""
    for artikel in ("46", "47"):
        row = _by_text("gemeentewet@2023-04-01", f"artikel {artikel}, eerste lid")["het tweede of derde lid van dat artikel"]
        assert (row.doel, row.status, row.ook) == ("jci1.3:c:BWBR0005416&artikel=36b&lid=2", app.BESTAAT,
                                                   ("artikel 36b, derde lid",))
    found = app.impact(omgeving(), "gemeentewet@2023-04-01", "artikel 36b, tweede lid")
    assert {"artikel:46/lid:1", "artikel:47/lid:1"} <= {c.bron for c in found.verwijzingen}


def test_gemeentewet_69_lid_1_cites_15_lid_2_on_2023_04_01() -> None:
    """Gemeentewet artikel 69, eerste lid (2023-04-01): «Artikel 15, eerste en tweede lid, is van overeenkomstige
    toepassing op de burgemeester met dien verstande dat de ontheffing, bedoeld in het tweede lid van dat artikel,
    wordt verleend door de commissaris van de Koning» — artikel 15, tweede lid."""
    row = _by_text("gemeentewet@2023-04-01", "artikel 69, eerste lid")["het tweede lid van dat artikel"]
    assert row.doel == "jci1.3:c:BWBR0005416&artikel=15&lid=2"


def test_gemeentewet_251_cites_19_lid_11_of_the_invorderingswet_on_2023_04_01() -> None:
    """Gemeentewet artikel 251 (2023-04-01): «een vordering als bedoeld in artikel 19, eerste en vierde lid, van de
    Invorderingswet 1990 … de krachtens het elfde lid van dat artikel … gestelde regels»: artikel 19, elfde lid, of
    the Invorderingswet 1990 (BWBR0004770), not an elfde lid of artikel 251 (which has none)."""
    row = _by_text("gemeentewet@2023-04-01", "artikel 251")["het elfde lid van dat artikel"]
    assert (row.soort, row.doel, row.status) == ("extern", "jci1.3:c:BWBR0004770&artikel=19&lid=11", app.ANDERE_REGELING)


def test_kieswet_ea_5_cites_ea_3_lid_7_on_2025_08_01() -> None:
    """Kieswet artikel Ea 5, eerste lid, onder a (2025-08-01): «artikel Ea 3, vijfde en zesde lid en het zevende lid
    van dat artikel, aanhef en onder b» — artikel Ea 3, zevende lid, onder b."""
    row = _by_text("kieswet@2025-08-01", "artikel Ea 5, eerste lid, onder a")[
        "het zevende lid van dat artikel, aanhef en onder b"]
    assert (row.doel, row.status) == ("jci1.3:c:BWBR0004627&artikel=Ea_3&lid=7&o=b", app.BESTAAT)


def test_kieswet_q_6_lid_3_cites_g_1_lid_7_on_2025_08_01() -> None:
    """Kieswet artikel Q 6, derde lid (2025-08-01): «Het tweede tot en met zevende en negende lid van artikel G 1 zijn
    van overeenkomstige toepassing, met dien verstande dat voor de toepassing van het zevende lid, onder d, …». Q 6
    has five leden: «het zevende lid, onder d» is G 1's (the onderdeel used to be dropped). The list is leden 2 to 7
    and 9 of G 1 (its range used to be lost, and «Het» at the start of the sentence was not read)."""
    rows = _rows("kieswet@2025-08-01", "artikel Q 6, derde lid")
    assert [(r.doel, r.status) for r in rows] == [("jci1.3:c:BWBR0004627&artikel=G_1&lid=2", app.BESTAAT),
                                                 ("jci1.3:c:BWBR0004627&artikel=G_1&lid=7&o=d", app.BESTAAT)]
    assert rows[0].ook == tuple(f"artikel G 1, {w} lid" for w in ("derde", "vierde", "vijfde", "zesde", "zevende", "negende"))


def test_gemeentewet_155h_onder_e_cites_155e_lid_3_on_2023_04_01() -> None:
    """Gemeentewet artikel 155h, onder e (2023-04-01): «bij de toepassing van artikel 155e het derde lid komt te
    luiden:». Artikel 155h has no leden; the derde lid is 155e's."""
    row = _by_text("gemeentewet@2023-04-01", "artikel 155h, onder e")["het derde lid"]
    assert (row.soort, row.doel, row.status) == ("intern", "jci1.3:c:BWBR0005416&artikel=155e&lid=3", app.BESTAAT)


def test_gemeentewet_81d_and_kieswet_xa_4_cite_an_onderdeel_of_each_lid() -> None:
    """Gemeentewet artikel 81d, tweede lid (2023-04-01): «artikel 81c, zesde lid, onder a, en zevende lid, onder a»;
    Kieswet artikel Xa 4 (2025-08-01): «artikel V 6, eerste lid, onderdeel b, en tweede lid, onderdeel b». Each cites
    onderdeel a (b) of both leden; it used to be read as an onderdeel a inside onderdeel a of the first lid."""
    row = _rows("gemeentewet@2023-04-01", "artikel 81d, tweede lid")[0]
    assert (row.doel, row.ook, row.ook_status) == ("jci1.3:c:BWBR0005416&artikel=81c&lid=6&o=a",
                                                   ("artikel 81c, zevende lid, onder a",), (app.BESTAAT,))
    row = _rows("kieswet@2025-08-01", "artikel Xa 4")[0]
    assert (row.doel, row.ook) == ("jci1.3:c:BWBR0004627&artikel=V_6&lid=1&o=b", ("artikel V 6, tweede lid, onder b",))


def test_kieswet_p_1h_cites_leden_of_p_1d_on_2025_08_01() -> None:
    """Kieswet artikel P 1h, eerste lid (2025-08-01): «De artikelen P 1b tot en met P 1d, eerste, derde en vierde lid»:
    the leden are P 1d's (P 1b has three leden; it was said to be cited at its vierde lid, which it lacks)."""
    rows = _rows("kieswet@2025-08-01", "artikel P 1h, eerste lid")
    assert [(r.doel, r.status, r.ook_status) for r in rows[:2]] == [
        ("jci1.3:c:BWBR0004627&artikel=P_1b", app.BESTAAT, (app.BESTAAT,)),  # and P 1c (the range)
        ("jci1.3:c:BWBR0004627&artikel=P_1d&lid=1", app.BESTAAT, (app.BESTAAT, app.BESTAAT))]


# -- a lid or onderdeel that is not there ---------------------------------------------------------------------------

def test_gemeentewet_203_lid_2_onder_b_cites_a_lid_artikel_200_lacks_on_2023_04_01() -> None:
    """Gemeentewet artikel 203, tweede lid, onder b (2023-04-01 and 2026-10-01): «overeenkomstig het bepaalde in
    artikel 200, eerste lid». Artikel 200 has no leden in these versions: the reference does not resolve. It was
    reported as «bestaat» (the reference was taken to artikel 200)."""
    for versie in ("gemeentewet@2023-04-01", "gemeentewet@2026-10-01"):
        row = _rows(versie, "artikel 203, tweede lid, onder b")[-1]
        assert (row.tekst, row.status) == ("artikel 200, eerste lid", app.ONTBREEKT), versie
        assert row.aanwezig == app.Aanwezig("artikel 200", "lid", ()), versie  # said: «artikel 200 heeft geen leden»


def test_gemeentewet_176a_lid_3_cites_a_fourteenth_lid_of_154a_on_2023_04_01() -> None:
    """Gemeentewet artikel 176a, derde lid (2023-04-01): «Artikel 154a, derde tot en met veertiende lid, is van
    overeenkomstige toepassing.» Artikel 154a has thirteen leden: its veertiende does not exist, the others do."""
    row = _rows("gemeentewet@2023-04-01", "artikel 176a, derde lid")[0]
    assert row.status == app.BESTAAT and row.onopgelost
    assert dict(zip(row.ook, row.ook_status, strict=True)) == {
        **{f"artikel 154a, {w} lid": app.BESTAAT for w in ("vierde", "vijfde", "zesde", "zevende", "achtste", "negende",
                                                            "tiende", "elfde", "twaalfde", "dertiende")},
        "artikel 154a, veertiende lid": app.ONTBREEKT}
    assert row.aanwezig == app.Aanwezig("artikel 154a", "lid", tuple(str(n) for n in range(1, 14)))


def test_gemeentewet_169_lid_4_cited_an_onderdeel_h_until_2023_01_01() -> None:
    """Gemeentewet artikel 169, vierde lid: on 2022-11-05 «artikel 160, eerste lid, onder e, f, g en h»; artikel 160,
    eerste lid, has onderdelen a to g, so onderdeel h does not resolve. The version of 2023-01-01 reads «onder d, e, f
    en g», and all resolve."""
    old = _rows("gemeentewet@2022-11-05", "artikel 169, vierde lid")[0]
    assert old.ook_status == (app.BESTAAT, app.BESTAAT, app.ONTBREEKT) and old.onopgelost
    new = _rows("gemeentewet@2023-01-01", "artikel 169, vierde lid")[0]
    assert new.ook_status == (app.BESTAAT, app.BESTAAT, app.BESTAAT) and not new.onopgelost


def test_participatiewet_4_lid_1_onder_d_cites_the_vervallen_artikel_30_on_2024_01_01() -> None:
    """Participatiewet artikel 4, eerste lid, onder d (2024-01-01): «voor de toepassing van de artikelen 9, 9a en 30,
    tweede lid». The BWB XML keeps artikel 30 only as «Vervallen»: the reference is VERVALLEN, not «bestaat»."""
    row = _by_text("participatiewet@2024-01-01", "artikel 4, eerste lid, onder d")["30, tweede lid"]
    assert row.status == app.VERVALLEN and row.onopgelost


def test_participatiewet_9a_lid_12_cites_an_onderdeel_d_8_lid_1_lacks_on_2024_01_01() -> None:
    """Participatiewet (2024-01-01): artikel 8, eerste lid, has onderdelen a, b and c (since 2022-04-01). Artikel 9a,
    twaalfde lid, cites «artikel 8, eerste lid, onderdeel d»: it does not resolve (8, eerste lid, onder c, is the
    verordening of 9a, twaalfde lid: the reference was not relettered). Artikel 78z, zesde lid, cites onderdelen of
    8, eerste lid, as they read before: see test_participatiewet_78z_lid_6_cites_the_earlier_text_of_three_laws."""
    row = _rows("participatiewet@2024-01-01", "artikel 9a, twaalfde lid")[0]
    assert (row.doel, row.status) == ("jci1.3:c:BWBR0015703&artikel=8&lid=1&o=d", app.ONTBREEKT)


def test_the_index_says_artikel_200_lid_1_does_not_exist_on_2025_09_01(sources: Path, tmp_path: Path) -> None:
    """``cited-by "artikel 200, eerste lid, Gemeentewet"`` on 2025-09-01 (the 2023-04-01 version): the lid does not
    exist, and artikel 203, tweede lid, onder b, cites it; ``artikel 200`` itself exists."""
    from wetgeving.index.bouw import build
    from wetgeving.index.vragen import cited_by
    from wetgeving.verwijzingen.titels import Titelregister

    db = tmp_path / "index.sqlite"
    register = Titelregister.voor(omgeving())
    assert not build([sources / "gemeentewet" / "regelrecht"], db, register, jobs=1).fouten
    doel, found = cited_by(db, "artikel 200, eerste lid, Gemeentewet", date(2025, 9, 1), register)
    assert doel.bestaat is False and [c.bron for c in found] == ["artikel:203/lid:2/onderdeel:b"]
    assert cited_by(db, "artikel 200 Gemeentewet", date(2025, 9, 1), register)[0].bestaat is True


def test_participatiewet_78g_lid_2_cites_the_algemene_bijstandswet_on_2024_01_01() -> None:
    """Participatiewet artikel 78g, tweede lid (2024-01-01): «De artikelen 14 tot en met 14f, 66 en142a van de Algemene
    bijstandswet …» (the source lacks the space in «en142a»). All three are artikelen of the Algemene bijstandswet
    (BWBR0007333; the BWB XML links them so); the missing space used to end the list, which then was the
    Participatiewet's own."""
    rows = _rows("participatiewet@2024-01-01", "artikel 78g, tweede lid")
    assert [(r.soort, r.doel) for r in rows][:3] == [("extern", "jci1.3:c:BWBR0007333&artikel=14"),
                                                    ("extern", "jci1.3:c:BWBR0007333&artikel=66"),
                                                    ("extern", "jci1.3:c:BWBR0007333&artikel=142a")]


# -- found by the legal review of 2026-12-05 (each read in the source text) ---------------------------------------

def test_participatiewet_78z_lid_6_cites_the_earlier_text_of_three_laws_on_2024_01_01() -> None:
    """Participatiewet artikel 78z, zesde lid (2024-01-01): «op grond van de artikelen 8, eerste lid, onderdelen a, c,
    e en f van deze wet, 35, eerste lid, onderdeel a, van de [IOAW] en 35, eerste lid, onderdeel a, van de [IOAZ],
    zoals deze wetten luidden op de dag voor inwerkingtreding van de artikelen I, IX en X van de Invoeringswet
    Participatiewet». Each is the text of that day, not today's: artikel 8, eerste lid, has been relettered since
    (its onderdelen e and f are gone, and a and c are other provisions now), so none is «bestaat» or ONTBREEKT; and
    the two artikelen 35 are found, each of its own law (they were not found at all)."""
    rows = _rows("participatiewet@2024-01-01", "artikel 78z, zesde lid")
    assert [(r.doel, r.status) for r in rows[:3]] == [
        ("jci1.3:c:BWBR0015703&artikel=8&lid=1&o=a", app.EERDERE_TEKST),
        ("jci1.3:c:BWBR0004044&artikel=35&lid=1&o=a", app.EERDERE_TEKST),
        ("jci1.3:c:BWBR0004163&artikel=35&lid=1&o=a", app.EERDERE_TEKST)]
    assert rows[0].ook_status == (app.EERDERE_TEKST,) * 3 and not any(r.onopgelost for r in rows)


def test_kieswet_e_8_e_13_and_pa_8_cite_the_lid_of_the_artikel_made_applicable_on_2025_08_01() -> None:
    """Kieswet (2025-08-01), artikel E 8, tweede lid, and E 13, vierde lid: «Artikel E 4, tweede tot en met vierde lid,
    is van overeenkomstige toepassing, met dien verstande dat in het tweede lid …» — E 4's tweede lid, not E 8's or
    E 13's (both have one). Artikel Pa 8, eerste lid: «… artikel G 1a … is van overeenkomstige toepassing …, met dien
    verstande dat in plaats van het eerste lid, eerste volzin, wordt gelezen» — G 1a, eerste lid."""
    for address in ("artikel E 8, tweede lid", "artikel E 13, vierde lid"):
        assert _by_text("kieswet@2025-08-01", address)["het tweede lid"].doel == "jci1.3:c:BWBR0004627&artikel=E_4&lid=2"
    assert _by_text("kieswet@2025-08-01", "artikel Pa 8, eerste lid")["het eerste lid, eerste volzin"].doel == \
        "jci1.3:c:BWBR0004627&artikel=G_1a&lid=1"


def test_gemeentewet_81oa_lid_3_cites_81f_with_an_exception_on_2022_11_05() -> None:
    """Gemeentewet artikel 81oa, derde lid (2022-11-05): «is artikel 81f, behoudens het eerste lid, onder k en o, van
    overeenkomstige toepassing» makes artikel 81f applicable, without 81f, eerste lid, onder k and o. The target is
    artikel 81f (it was 81f, eerste lid, onder k: the one part that does not apply); the exception is named, and
    checked (both exist). `graph impact` of 81f, eerste lid, onder k finds 81oa as naming it as an exception."""
    row = _rows("gemeentewet@2022-11-05", "artikel 81oa, derde lid")[0]
    assert (row.doel, row.status, row.ook) == ("jci1.3:c:BWBR0005416&artikel=81f", app.BESTAAT, ())
    assert (row.behalve, row.behalve_status) == (("artikel 81f, eerste lid, onder k", "artikel 81f, eerste lid, onder o"),
                                                 (app.BESTAAT, app.BESTAAT))
    found = app.impact(omgeving(), "gemeentewet@2022-11-05", "artikel 81f, eerste lid, onder k").verwijzingen
    assert [(c.bron, c.uitgezonderd) for c in found] == [("artikel:81oa/lid:3", True)]
    found = app.impact(omgeving(), "gemeentewet@2022-11-05", "artikel 81f").verwijzingen
    assert ("artikel:81oa/lid:3", False) in [(c.bron, c.uitgezonderd) for c in found]  # 81f as a whole applies


def test_participatiewet_47b_and_60_lid_3_cite_whole_artikelen_with_an_exception_on_2024_01_01() -> None:
    """Participatiewet artikel 47b (2024-01-01): «in de artikelen 9, met uitzondering van het eerste lid, onderdelen b
    en c, 15, tweede lid, …» — artikel 9 without 9, eerste lid, onder b and c (it was read as 9, eerste lid, onder b,
    the excepted part). Artikel 60, derde lid: «de artikelen 58, met uitzondering van het eerste lid, en 59» — artikel
    58 without its eerste lid (it was read as 58, eerste lid). The official markup links artikel 9 and artikel 58."""
    row = _by_text("participatiewet@2024-01-01", "artikel 47b")[
        "artikelen 9, met uitzondering van het eerste lid, onderdelen b en c"]
    assert (row.doel, row.ook, row.behalve) == ("jci1.3:c:BWBR0015703&artikel=9", (), (
        "artikel 9, eerste lid, onder b", "artikel 9, eerste lid, onder c"))
    rows = _rows("participatiewet@2024-01-01", "artikel 60, derde lid")
    assert [(r.doel, r.behalve) for r in rows[:2]] == [("jci1.3:c:BWBR0015703&artikel=58", ("artikel 58, eerste lid",)),
                                                       ("jci1.3:c:BWBR0015703&artikel=59", ())]


def test_ranges_with_het_cite_every_lid() -> None:
    """Kieswet artikel O 16a, eerste lid (2025-08-01): «artikel O 16, eerste tot en met het derde lid» — leden 1 to 3
    of O 16 (it gave O 16 and a lid 3 of O 16a). Participatiewet artikel 41, negende lid (2024-01-01): «artikel 52,
    eerste lid, onderdelen a en b, tweede tot en met het vierde lid» — also leden 2 to 4 of artikel 52 (read as
    41's vierde lid). Participatiewet 60a, vijfde lid: «het eerste tot en met het vierde lid» — all four."""
    row = _rows("kieswet@2025-08-01", "artikel O 16a, eerste lid")[0]
    assert (row.doel, row.ook) == ("jci1.3:c:BWBR0004627&artikel=O_16&lid=1", ("artikel O 16, tweede lid",
                                                                               "artikel O 16, derde lid"))
    row = _by_text("participatiewet@2024-01-01", "artikel 41, negende lid")[
        "artikel 52, eerste lid, onderdelen a en b, tweede tot en met het vierde lid"]
    assert row.ook == ("artikel 52, eerste lid, onder b", "artikel 52, tweede lid", "artikel 52, derde lid",
                       "artikel 52, vierde lid")
    row = _rows("participatiewet@2024-01-01", "artikel 60a, vijfde lid")[0]
    assert row.doel.endswith("artikel=60a&lid=1") and len(row.ook) == 3


def test_kieswet_ya_42_lid_5_cites_a_paragraaf_of_the_wet_administratieve_rechtspraak_bes_on_2025_08_01() -> None:
    """Kieswet artikel Ya 42, vijfde lid (2025-08-01): «§ 2 van hoofdstuk 6 van de Wet administratieve rechtspraak BES»
    — that law's paragraaf (BWBR0028455), not the Kieswet's own paragraaf 2."""
    row = _by_text("kieswet@2025-08-01", "artikel Ya 42, vijfde lid")["§ 2"]
    assert (row.soort, row.doel) == ("extern", "jci1.3:c:BWBR0028455&paragraaf=2")


def test_kieswet_m_6_lid_4_cites_onder_b_not_an_onderdeel_zo_on_2025_08_01() -> None:
    """Kieswet artikel M 6, vierde lid (2025-08-01): «het overzicht, bedoeld in het eerste lid, onder b, zo spoedig
    mogelijk» — M 6, eerste lid, onder b. «zo» is not an onderdeel: two-letter onderdelen are doubled letters («aa»).
    (A relative lid now keeps the onderdeel after it, which showed this.)"""
    row = _by_text("kieswet@2025-08-01", "artikel M 6, vierde lid")["het eerste lid, onder b"]
    assert (row.doel, row.status) == ("jci1.3:c:BWBR0004627&artikel=M_6&lid=1&o=b", app.BESTAAT)


def test_participatiewet_1_onder_k_defines_the_besluit_as_it_read_on_2003_12_31() -> None:
    """Participatiewet artikel 1, onder k (2024-01-01): «Besluit in- en doorstroombanen zoals dit luidde op 31 december
    2003» — an earlier text, as onder i and j («zoals deze luidde») already were; «dit» was not read."""
    rows = _rows("participatiewet@2024-01-01", "artikel 1, onder k")  # the defined term, then the definiens
    assert [(r.tekst, r.status) for r in rows] == [("Besluit in- en doorstroombanen", ""),  # the whole besluit
                                                  ("Besluit in- en doorstroombanen", app.EERDERE_TEKST)]


def test_kieswet_ya_20_cites_the_wet_openbare_lichamen_bonaire_sint_eustatius_en_saba_on_2025_08_01() -> None:
    """Kieswet artikel Ya 20 (2025-08-01): «artikel 12 van de Wet openbare lichamen Bonaire, Sint Eustatius en Saba» is
    artikel 12 of BWBR0028142, as the official markup links it; it was a law whose BWB id was not known (ONBEKEND),
    because the title register stopped a title at its comma. The same in Ya 21 (artikel 16, eerste lid) and Ya 31e
    (artikel 94a)."""
    for artikel, doel in (("Ya 20", "artikel=12"), ("Ya 21", "artikel=16&lid=1"), ("Ya 31e", "artikel=94a")):
        rows = [r for r in _rows("kieswet@2025-08-01", f"artikel {artikel}") if "Bonaire" in r.tekst]
        assert [(r.soort, r.doel, r.status) for r in rows] == [("extern", f"jci1.3:c:BWBR0028142&{doel}",
                                                                 app.ANDERE_REGELING)], artikel


def test_kieswet_e_6_lid_2_onder_a_cites_e_4_lid_2_on_2025_08_01() -> None:
    """Kieswet artikel E 6, tweede lid (2025-08-01): «Artikel E 4, tweede tot en met vierde lid, is van overeenkomstige
    toepassing, met dien verstande dat: a. in het tweede lid in plaats van onderdeel b wordt gelezen: …». The tweede lid
    of onderdeel a is E 4's, made applicable in the words before the colon; it was read as E 6's own tweede lid (the
    lid that onderdeel a is part of). Gemeentewet 155h, onder e («De artikelen 155b tot en met 155f …, met dien
    verstande dat: … e. bij de toepassing van artikel 155e het derde lid …», 2023-04-01) stays 155e's."""
    row = _by_text("kieswet@2025-08-01", "artikel E 6, tweede lid, onder a")["het tweede lid"]
    assert (row.soort, row.doel, row.status) == ("intern", "jci1.3:c:BWBR0004627&artikel=E_4&lid=2", app.BESTAAT)
    row = _by_text("gemeentewet@2023-04-01", "artikel 155h, onder e")["het derde lid"]
    assert row.doel == "jci1.3:c:BWBR0005416&artikel=155e&lid=3"


def test_an_onderdeel_on_its_own_is_read_participatiewet_31_and_kieswet_e_8() -> None:
    """Participatiewet artikel 31, tweede lid, onder m (2024-01-01): «giften en andere dan de in onderdeel l bedoelde
    vergoedingen» cites 31, tweede lid, onder l; `graph impact` of that onderdeel now finds it (it was not read at
    all). Kieswet artikel E 8, tweede lid (2025-08-01): «… met dien verstande dat in het tweede lid in plaats van
    onderdeel b wordt gelezen» cites E 4, tweede lid, onder b, the onderdeel replaced."""
    row = _by_text("participatiewet@2024-01-01", "artikel 31, tweede lid, onder m")["onderdeel l"]
    assert (row.soort, row.doel, row.status) == ("relatief", "jci1.3:c:BWBR0015703&artikel=31&lid=2&o=l", app.BESTAAT)
    found = app.impact(omgeving(), "participatiewet@2024-01-01", "artikel 31, tweede lid, onder l").verwijzingen
    assert "artikel:31/lid:2/onderdeel:m" in {c.bron for c in found}
    row = _by_text("kieswet@2025-08-01", "artikel E 8, tweede lid")["onderdeel b"]
    assert (row.soort, row.doel, row.status) == ("intern", "jci1.3:c:BWBR0004627&artikel=E_4&lid=2&o=b", app.BESTAAT)


def test_a_range_of_artikelen_cites_every_artikel_in_it_on_2023_04_01() -> None:
    """Gemeentewet artikel 155h (2023-04-01): «De artikelen 155b tot en met 155f zijn van overeenkomstige toepassing»
    — `graph impact` of artikel 155d said «niets verwijst naar artikel 155d»; a range was cited at its first artikel
    only. Artikel 98: «de artikelen 95 tot en met 97» — 96 is cited too, and 97 is not in this version (ONTBREEKT; the
    Markdown text of 2015-11-24 still has it). Kieswet P 1h, eerste lid (2025-08-01): «De artikelen P 1b tot en met P
    1d, eerste, derde en vierde lid» — P 1c whole, P 1d only with those leden."""
    found = app.impact(omgeving(), "gemeentewet@2023-04-01", "artikel 155d").verwijzingen
    assert "artikel:155h" in {c.bron for c in found}
    row = _by_text("gemeentewet@2023-04-01", "artikel 155h")["artikelen 155b tot en met 155f"]
    assert row.ook == ("artikel 155c", "artikel 155d", "artikel 155e", "artikel 155f")
    row = _rows("gemeentewet@2023-04-01", "artikel 98")[0]
    assert (row.status, row.ook, row.ook_status) == (app.BESTAAT, ("artikel 96", "artikel 97"), (app.BESTAAT, app.ONTBREEKT))
    rows = _rows("kieswet@2025-08-01", "artikel P 1h, eerste lid")
    assert [(r.doel.split("&", 1)[1], r.ook) for r in rows[:2]] == [
        ("artikel=P_1b", ("artikel P 1c",)),
        ("artikel=P_1d&lid=1", ("artikel P 1d, derde lid", "artikel P 1d, vierde lid"))]


def test_participatiewet_22a_lid_1_cites_artikelen_21_and_22_on_2024_01_01() -> None:
    """Participatiewet artikel 22a, eerste lid (2024-01-01): «B voor de norm, bedoeld in artikel: a. 21, onderdeel b, …;
    b. 22, onderdeel c, …; c. 22, onderdeel b, …». Each onderdeel begins with the number of an artikel, carried from
    the words before the colon, as the official markup links them: 21 onder b, 22 onder c, 22 onder b. They were not
    read at all; a first version of the lone-onderdeel rule (helper review, 2026-12-05) made them 22a's own. Artikel
    31, tweede lid, onder y: «tenzij onderdeel n van toepassing is» is 31, tweede lid, onder n."""
    rows = _rows("participatiewet@2024-01-01", "artikel 22a, eerste lid")
    assert [(r.soort, r.doel.split("&", 1)[1], r.status) for r in rows] == [
        ("intern", "artikel=21&o=b", app.BESTAAT), ("intern", "artikel=22&o=c", app.BESTAAT),
        ("intern", "artikel=22&o=b", app.BESTAAT)]
    row = _by_text("participatiewet@2024-01-01", "artikel 31, tweede lid, onder y")["onderdeel n"]
    assert row.doel.endswith("artikel=31&lid=2&o=n")


def test_cited_by_in_the_index_finds_a_range_on_2023_04_01(tmp_path: Path) -> None:
    """`cited-by "artikel 155d Gemeentewet" --date 2023-04-01` finds artikel 155h (the range «155b tot en met 155f»)
    and 155h, onder a («155b tot en met 155e»)."""
    from wetgeving.index.bouw import build
    from wetgeving.index.vragen import cited_by
    from wetgeving.verwijzingen.titels import Titelregister

    db, register = tmp_path / "index.sqlite", Titelregister.voor(omgeving())
    sources = omgeving().sources_dir
    assert sources is not None
    build([sources / "gemeentewet" / "regelrecht"], db, register, jobs=1)
    _, found = cited_by(db, "artikel 155d Gemeentewet", date(2023, 4, 1), register)
    assert {"artikel:155h", "artikel:155h/onderdeel:a"} <= {f.bron for f in found if f.geldig_vanaf == "2023-04-01"}


def test_onder_a_on_its_own_and_an_onderdeel_of_a_lid_cited_before() -> None:
    """Kieswet (2025-08-01): artikel N 6, eerste lid, onder b, «de som van de aantallen stemmen, bedoeld onder a» is
    N 6, eerste lid, onder a; G 1, vierde lid, onder f, «op een der onder a tot en met e genoemde gronden» is G 1,
    vierde lid, onder a to e; I 2, vijfde lid, «In het geval, bedoeld in het eerste lid onder g, … indien in geval van
    onderdeel h …» is I 2, eerste lid, onder h. Participatiewet 31, vijfde lid (2024-01-01), «… met dien verstande
    dat onderdeel j wel van toepassing is …», after «bedoeld in het tweede lid»: 31, tweede lid, onder j. None of these
    was read (a helper's review of 2026-12-05 listed them)."""
    row = _by_text("kieswet@2025-08-01", "artikel N 6, eerste lid, onder b")["onder a"]
    assert (row.soort, row.doel) == ("relatief", "jci1.3:c:BWBR0004627&artikel=N_6&lid=1&o=a")
    row = _by_text("kieswet@2025-08-01", "artikel G 1, vierde lid, onder f")["onder a tot en met e"]
    assert row.doel.endswith("artikel=G_1&lid=4&o=a") and row.ook[-1] == "artikel G 1, vierde lid, onder e"
    row = _by_text("kieswet@2025-08-01", "artikel I 2, vijfde lid")["onderdeel h"]
    assert (row.doel, row.status) == ("jci1.3:c:BWBR0004627&artikel=I_2&lid=1&o=h", app.BESTAAT)
    row = _by_text("participatiewet@2024-01-01", "artikel 31, vijfde lid")["onderdeel j"]
    assert (row.doel, row.status) == ("jci1.3:c:BWBR0015703&artikel=31&lid=2&o=j", app.BESTAAT)


def test_graph_impact_of_a_lid_names_the_references_to_its_artikel_as_a_whole_on_2022_11_05() -> None:
    """Gemeentewet (2022-11-05): `graph impact` of artikel 81f, tweede lid, said «niets verwijst naar artikel 81f,
    tweede lid» (now: «geen verwijzing noemt artikel 81f, tweede lid, zelf»), while 81m, eerste lid («De artikelen
    81b tot en met 81f, …, zijn van overeenkomstige toepassing»), 81n («juncto artikel 81f») and 81oa, derde lid
    («artikel 81f, behoudens …») apply artikel 81f as a whole, and so this lid. They are listed apart, as references
    to the artikel as a whole; those from inside 81f are not."""
    found = app.impact(omgeving(), "gemeentewet@2022-11-05", "artikel 81f, tweede lid")
    assert found.verwijzingen == ()
    assert [(c.bron, c.doel) for c in found.geheel] == [("artikel:81m/lid:1", "artikel:81f"), ("artikel:81n", "artikel:81f"),
                                                        ("artikel:81oa/lid:3", "artikel:81f")]
    text = berichten.impact(found)
    assert "geen verwijzing noemt artikel 81f, tweede lid, zelf\n3 verwijzingen naar artikel 81f als geheel (waar " \
        "artikel 81f, tweede lid, deel van is):" in text


def test_artikelen_named_as_exceptions_are_marked_so_on_their_dates() -> None:
    """Kieswet artikel A 4 (2025-08-01): «De Kaderwet zelfstandige bestuursorganen is van toepassing op de Kiesraad,
    met uitzondering van de artikelen 12, 21 en 22» — those three artikelen are named as exceptions; `refs` listed
    them as plain references. Participatiewet 47a, tweede lid (2024-01-01): «…, hoofdstuk 2, met uitzondering van
    artikel 18, hoofdstuk 3, …» — only artikel 18 is an exception; hoofdstuk 3 applies."""
    rows = [r for r in _rows("kieswet@2025-08-01", "artikel A 4") if r.soort == "extern"]
    assert [(r.doel.split("&", 1)[1], r.als_uitzondering) for r in rows] == [
        ("artikel=12", True), ("artikel=21", True), ("artikel=22", True)]
    rows = _by_text("participatiewet@2024-01-01", "artikel 47a, tweede lid")
    assert rows["artikel 18"].als_uitzondering and not rows["hoofdstuk 3"].als_uitzondering
    found = app.impact(omgeving(), "participatiewet@2024-01-01", "artikel 18").verwijzingen
    assert [(c.bron, c.uitgezonderd) for c in found if c.bron.startswith("artikel:47a")] == [("artikel:47a/lid:2", True)]


def test_a_container_is_cited_by_its_number_and_never_called_missing_where_the_source_has_none() -> None:
    """`graph impact participatiewet@2024-01-01 "paragraaf 6.3"` could not be read («kan 'paragraaf 6.3' niet
    lezen»); it is hoofdstuk 6, paragraaf 6.3, which Participatiewet 78h, derde lid, names in «de paragrafen 6.1 tot en
    met 6.5». Gemeentewet hoofdstuk Va (geheimhouding, in force 2023-04-01): the regelrecht source of 2023-04-01
    records no hoofdstukken, so «hoofdstuk:Va bestaat niet in de Gemeentewet» was false; the tool now says the
    source cannot tell, and lists only what names it in words."""
    import warnings

    from wetgeving.citaten import resolve
    from wetgeving.errors import AddressError, Melding

    found = app.impact(omgeving(), "participatiewet@2024-01-01", "paragraaf 6.3")
    assert str(found.adres) == "hoofdstuk:6/paragraaf:6.3" and found.bestaat
    # the paragraaf itself (78h), and its artikelen 55 to 57, whose addresses do not name it (13 and 47b cite 55, 57)
    assert [(c.bron, c.tekst) for c in found.verwijzingen] == [
        ("artikel:13/lid:2/onderdeel:d", "55"), ("artikel:47b", "55"), ("artikel:47b", "57"),
        ("artikel:78h/lid:3", "paragrafen 6.1 tot en met 6.5")]
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always", Melding)
        found = app.impact(omgeving(), "gemeentewet@2023-04-01", "hoofdstuk Va")
    assert not found.te_controleren and any("geeft geen indeling in hoofdstukken" in str(w.message) for w in seen)
    assert berichten.impact(found).split("\n", 1)[1].startswith("geen verwijzing noemt hoofdstuk Va met zoveel woorden")
    with pytest.raises(AddressError, match="geeft geen indeling in hoofdstukken, titels, afdelingen of paragrafen: "
                                           "of hoofdstuk Va"):
        resolve(omgeving().load("gemeentewet@2023-04-01"), "hoofdstuk Va")


def test_refs_of_a_paragraaf_lists_the_references_of_its_artikelen_on_2024_01_01() -> None:
    """`refs participatiewet@2024-01-01 "paragraaf 6.3"` (aanvullende verplichtingen, artikelen 55 to 57): the
    references in those artikelen, none from outside; «hoofdstuk:6/paragraaf:6.3» matched nothing before (an
    artikel's address does not name its paragraaf), and «paragraaf 6.3» could not be read."""
    rows = _rows("participatiewet@2024-01-01", "paragraaf 6.3")
    assert rows and {r.bron.split("/")[0] for r in rows} <= {"artikel:55", "artikel:56", "artikel:56a", "artikel:57"}
    assert _rows("participatiewet@2024-01-01", "hoofdstuk:6/paragraaf:6.3") == rows


def test_cited_by_a_container_in_the_index_is_what_graph_impact_finds_on_2024_06_01(tmp_path: Path) -> None:
    """`cited-by "hoofdstuk 2 Participatiewet" --date 2024-06-01` found 3 references (those naming «hoofdstuk 2»);
    `graph impact` of it finds 80: what cites its artikelen and its paragrafen (artikel 19, eerste lid: «paragraaf
    2.2») counts too. The index now knows what a container holds (table bevat) and gives the same answer; for
    paragraaf 6.3 without what its own artikelen say of each other."""
    from wetgeving.index.bouw import build
    from wetgeving.index.vragen import cited_by
    from wetgeving.verwijzingen.titels import Titelregister

    db, register = tmp_path / "index.sqlite", Titelregister.voor(omgeving())
    sources = omgeving().sources_dir
    assert sources is not None
    build([sources / "bwb-xml" / "BWBR0015703_2024-01-01_participatiewet.xml"], db, register, jobs=1)
    for container in ("hoofdstuk 2", "paragraaf 6.3", "paragraaf 6.5"):  # 6.5: «paragraaf 5» of 63 and 64, by the link
        _, found = cited_by(db, f"{container} Participatiewet", date(2024, 6, 1), register)
        impact = app.impact(omgeving(), "participatiewet@2024-01-01", container).verwijzingen
        assert sorted((f.bron, f.span) for f in found) == sorted((c.bron, c.tekst) for c in impact), container


def test_participatiewet_78h_lid_3_names_what_applies_in_an_exception_on_2024_01_01() -> None:
    """Participatiewet artikel 78h, derde lid (2024-01-01): «De artikelen van deze wet zijn niet van toepassing, …, met
    uitzondering van hoofdstuk 2 en de paragrafen 6.1 tot en met 6.5» — an exception to a non-application: hoofdstuk
    2 and those paragrafen do apply. The mark says only «genoemd als uitzondering» (a first wording, «als
    uitzondering», read as «does not apply», which is wrong here)."""
    rows = _by_text("participatiewet@2024-01-01", "artikel 78h, derde lid")
    assert rows["hoofdstuk 2"].als_uitzondering and rows["paragrafen 6.1 tot en met 6.5"].als_uitzondering
    line = next(x for x in berichten.references([rows["hoofdstuk 2"]]).splitlines() if "hoofdstuk 2" in x)
    assert line.endswith("bestaat (genoemd als uitzondering)") and "niet van toepassing" not in line


def test_a_bare_paragraaf_is_the_one_in_the_citing_hoofdstuk_and_containers_concern_their_artikelen() -> None:
    """Kieswet (2025-08-01): «paragraaf 3» in L 2, eerste lid, and L 17, tweede lid, is hoofdstuk L, paragraaf 3 (six
    hoofdstukken have a paragraaf 3; the first one found was taken, so `graph impact` of L § 3 said «niets verwijst
    naar»). Participatiewet (2024-01-01): `graph impact` of artikel 56 said «niets verwijst naar artikel 56», while 47a,
    tweede lid, names hoofdstuk 6 and 78h, derde lid, paragraaf 6.3, which hold it (helper-30's review)."""
    found = app.impact(omgeving(), "kieswet@2025-08-01", "afdeling:II/hoofdstuk:L/paragraaf:3").verwijzingen
    assert {c.bron for c in found} == {"artikel:L 2/lid:1", "artikel:L 17/lid:2"}
    found = app.impact(omgeving(), "participatiewet@2024-01-01", "artikel 56")
    assert found.verwijzingen == ()
    assert [(c.bron, c.doel) for c in found.geheel] == [("artikel:47a/lid:2", "hoofdstuk:6"),
                                                        ("artikel:78h/lid:3", "hoofdstuk:6/paragraaf:6.3")]


def test_cited_by_in_the_index_refuses_a_paragraaf_number_six_hoofdstukken_have_on_2025_09_01(tmp_path: Path) -> None:
    """Kieswet (2025-08-01): `cited-by "paragraaf 3 Kieswet"` answered for six paragrafen 3 together, and `cited-by
    "hoofdstuk N Kieswet"` counted the bare «paragraaf 3» references of L 2, L 17, N 36 and W 2 (30, where `graph
    impact` finds 25). Now the first is refused with the reason, and the second agrees with the graph."""
    from wetgeving.errors import UsageError
    from wetgeving.index.bouw import build
    from wetgeving.index.vragen import cited_by
    from wetgeving.verwijzingen.titels import Titelregister

    db, register = tmp_path / "index.sqlite", Titelregister.voor(omgeving())
    sources = omgeving().sources_dir
    assert sources is not None
    build([sources / "bwb-xml" / "BWBR0004627_2025-08-01_kieswet.xml"], db, register, jobs=1)
    with pytest.raises(UsageError, match="heeft meer dan één paragraaf 3"):
        cited_by(db, "paragraaf 3 Kieswet", date(2025, 9, 1), register)
    _, found = cited_by(db, "hoofdstuk N Kieswet", date(2025, 9, 1), register)
    impact = app.impact(omgeving(), "kieswet@2025-08-01", "hoofdstuk N").verwijzingen
    assert sorted((f.bron, f.span) for f in found) == sorted((c.bron, c.tekst) for c in impact)


def test_lists_and_ranges_of_leden_with_het_and_a_range_after_a_lid() -> None:
    """Gemeentewet 36, vijfde lid (2023-04-01): «het eerste en het derde lid» cites leden 1 and 3 (only the derde was
    read; so 119, vijfde lid, 220d, vierde lid, 290, vijfde lid; Kieswet X 10, vierde lid, «het eerste of het tweede
    lid»). Gemeentewet 106, tweede lid (2026-10-01): «De artikelen 100, tweede lid, tot en met 104» cites 100, tweede
    lid, and 101 to 104 (only 100, tweede lid was). Participatiewet 64, tiende lid (2024-01-01): «het eerste lid tot
    en met achtste lid» cites leden 1 to 8 (only the eerste). Found by helper-30's review and a search after it."""
    row = _by_text("gemeentewet@2023-04-01", "artikel 36, vijfde lid")["het eerste en het derde lid"]
    assert row.doel.endswith("artikel=36&lid=1") and row.ook == ("artikel 36, derde lid",)
    row = _rows("gemeentewet@2026-10-01", "artikel 106, tweede lid")[0]
    assert row.doel.endswith("artikel=100&lid=2") and row.ook == ("artikel 101", "artikel 102", "artikel 103",
                                                                   "artikel 104")
    row = _by_text("participatiewet@2024-01-01", "artikel 64, tiende lid")["het eerste lid tot en met achtste lid"]
    assert row.doel.endswith("artikel=64&lid=1") and len(row.ook) == 7 and row.ook[-1] == "artikel 64, achtste lid"


def test_cited_by_says_a_reference_is_named_in_an_exception_on_2024_06_01(tmp_path: Path) -> None:
    """`cited-by "artikel 18 Participatiewet"`: 47a, tweede lid («hoofdstuk 2, met uitzondering van artikel 18, …»)
    was listed as a plain reference, while `refs` and `graph impact` say «genoemd als uitzondering» (helper-30)."""
    from wetgeving.index.bouw import build
    from wetgeving.index.vragen import cited_by
    from wetgeving.render.index import cited_by_text
    from wetgeving.verwijzingen.titels import Titelregister

    db, register = tmp_path / "index.sqlite", Titelregister.voor(omgeving())
    sources = omgeving().sources_dir
    assert sources is not None
    build([sources / "bwb-xml" / "BWBR0015703_2024-01-01_participatiewet.xml"], db, register, jobs=1)
    doel, found = cited_by(db, "artikel 18 Participatiewet", date(2024, 6, 1), register)
    assert [f.bron for f in found if f.uitzondering] == ["artikel:47a/lid:2"]
    assert "«artikel 18» (genoemd als uitzondering)" in cited_by_text(doel, found, date(2024, 6, 1))


def test_a_reference_after_met_uitzondering_van_and_a_participle_is_named_in_the_exception() -> None:
    """Participatiewet 47c, tweede lid, onder a (2024-01-01): «met uitzondering van de verplichting opgenomen in artikel
    17, eerste lid»; Kieswet J 1, vijfde lid (2025-08-01): «met uitzondering van een stembureau als bedoeld in artikel
    J 4a». Both are named in an exception (helper-30 listed the first as not marked)."""
    assert _by_text("participatiewet@2024-01-01", "artikel 47c, tweede lid, onder a")["artikel 17, eerste lid"].als_uitzondering
    assert _by_text("kieswet@2025-08-01", "artikel J 1, vijfde lid")["artikel J 4a"].als_uitzondering


def test_participatiewet_47d_lid_3_onder_a_cites_its_own_tweede_lid_on_2024_01_01() -> None:
    """Participatiewet 47d, derde lid, onder a (2024-01-01): the belanghebbende is told of «de verplichting, bedoeld in
    artikel 9, eerste lid, onderdeel a, en de inhoud van het tweede lid, artikel 41, vijfde en zevende lid, en artikel 43,
    vijfde lid». «het tweede lid» is 47d's own (the aanvraag is filed with the Sociale verzekeringsbank), as «de inhoud
    van artikel 41» (where the aanvraag is filed) in the model of 44, tweede lid, onder a. The source's link to artikel
    9 covers the words, and a rule that followed it read artikel 9, tweede lid (helper-32's legal review)."""
    row = _by_text("participatiewet@2024-01-01", "artikel 47d, derde lid, onder a")["het tweede lid"]
    assert (row.soort, row.doel, row.status) == ("relatief", "jci1.3:c:BWBR0015703&artikel=47d&lid=2", app.BESTAAT)
    own = app.impact(omgeving(), "participatiewet@2024-01-01", "artikel 47d, tweede lid")
    assert "artikel:47d/lid:3/onderdeel:a" in {c.bron for c in own.verwijzingen}
