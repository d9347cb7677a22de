"""What ``wetgeving refs``, ``graph dangling`` and ``dangling --all`` say about a reference's target is a
statement about the law: "ONTBREEKT" tells a drafter the unit does not exist in the version valid on that
date. Each test names the provision and the version date it checks; the targets were checked against the
source texts (and, for the BWB XML, against the source's own link on the same words)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.katalogus import omgeving
from wetgeving.app import verwijzingen as app
from wetgeving.graaf import vragen


def _rows(regeling: str, address: str) -> list[app.Verwijzingsrij]:
    return app.refs(omgeving(), regeling, address).rijen


def test_gemeentewet_87_88_hoofdstuk_v_is_not_missing_on_2023_04_01() -> None:
    """Gemeentewet artikelen 87 and 88 (2023-04-01) cite «een commissie als bedoeld in hoofdstuk V». The Gemeentewet
    has a hoofdstuk V, «De commissies» (so in the texts of 2011–2015; artikel 84 of 2023 is about commissies); the
    regelrecht text of 2023-04-01 lists artikelen only, so the tool cannot check a hoofdstuk there. It says so;
    it used to say ONTBREEKT."""
    for address in ("artikel 87", "artikel 88, eerste lid"):
        rows = [r for r in _rows("gemeentewet@2023-04-01", address) if "hoofdstuk V" in r.tekst]
        assert rows and {r.status for r in rows} == {app.NIET_TE_CONTROLEREN}, address
        assert all(r.onopgelost for r in rows)  # still listed under --unresolved, with the reason


def test_gemeentewet_292_cites_the_old_artikel_86_on_2023_04_01() -> None:
    """Gemeentewet artikel 292 (2023-04-01): «Artikel 86 zoals dat artikel luidde voor inwerkingtreding van …»
    names the earlier text, rightly absent from this version: not unresolved."""
    rows = [r for r in _rows("gemeentewet@2023-04-01", "artikel 292") if r.soort == "intern"]
    assert [(r.tekst, r.status) for r in rows] == [("Artikel 86", app.EERDERE_TEKST)]
    assert not rows[0].onopgelost


def test_gemeentewet_85_lid_2_cites_the_awb_on_2023_04_01() -> None:
    """Gemeentewet artikel 85, tweede lid (2023-04-01): «de afdelingen 10.2.2. en 10.2.3. van de Algemene wet
    bestuursrecht». Both are afdelingen of the Awb (BWBR0005537), not of the Gemeentewet; the period after the
    number used to cut the list off from its law."""
    rows = _rows("gemeentewet@2023-04-01", "artikel 85, tweede lid")
    assert [(r.soort, r.doel) for r in rows] == [
        ("extern", "jci1.3:c:BWBR0005537&afdeling=10.2.2"), ("extern", "jci1.3:c:BWBR0005537&afdeling=10.2.3")]


def test_gemeentewet_155g_lid_7_still_cites_the_repealed_artikel_86_on_2023_04_01() -> None:
    """Gemeentewet artikel 155g, zevende lid (2023-04-01) cites «86, eerste lid»; artikel 86 was repealed that day.
    That one is rightly ONTBREEKT."""
    rows = [r for r in _rows("gemeentewet@2023-04-01", "artikel 155g, zevende lid") if "86" in r.tekst]
    assert [r.status for r in rows] == [app.ONTBREEKT]


def test_kieswet_ya_42_lid_2_cites_the_warbes_on_2025_08_01() -> None:
    """Kieswet artikel Ya 42, tweede lid (2025-08-01): «de hoofdstukken 3 en 6, met uitzondering van § 1 en § 3,
    van de Wet administratieve rechtspraak BES». Those hoofdstukken are that law's (BWBR0028455), not the
    Kieswet's; the exception between them and the title used to make them dangling Kieswet references. The
    paragrafen excepted are that law's too (as the BWB XML links them)."""
    rows = _rows("kieswet@2025-08-01", "Ya 42 lid 2")
    assert [(r.soort, r.doel) for r in rows] == [
        ("extern", "jci1.3:c:BWBR0028455&hoofdstuk=3"), ("extern", "jci1.3:c:BWBR0028455&hoofdstuk=6"),
        ("extern", "jci1.3:c:BWBR0028455&paragraaf=1"), ("extern", "jci1.3:c:BWBR0028455&paragraaf=3")]


def test_kieswet_y_5_and_y_8_cite_the_akte_on_2025_08_01() -> None:
    """Kieswet artikelen Y 5, eerste lid, and Y 8, eerste lid (2025-08-01) cite «artikel 5, tweede lid, tweede
    volzin, van de Akte» and «artikel 11, eerste en tweede lid, van de Akte»: Y 1, onder a, defines «de Akte» as
    the Akte betreffende de rechtstreekse verkiezing van de leden van het Europees Parlement (Brussel, 1976), whose
    BWB id we do not know. Not Kieswet artikelen 5 and 11."""
    for address in ("artikel Y 5, eerste lid", "artikel Y 8, eerste lid"):
        rows = _rows("kieswet@2025-08-01", address)
        assert [(r.soort, r.status) for r in rows] == [("onbekend", app.ONBEKEND)], address
        assert rows[0].doel == "Akte (niet in de titellijst)"


def test_kieswet_dangling_on_2025_08_01() -> None:
    """The Kieswet of 2025-08-01 cites artikel E 5a (in Pa 5, derde lid) and artikel O 38 (in Y 22b, tweede lid),
    which that text does not have; and leden and onderdelen of artikelen it has, which those artikelen do not
    have (read in the source): Ea 6, eerste lid, has no onderdelen (Ea 8, derde lid, onder a); Ea 12, tweede
    lid, has none (Ea 9, derde lid); P 1i has three leden (P 1j, tweede lid; P 21, vijfde lid); G 5, eerste lid,
    has onderdelen a and b (Ya 46, derde lid, cites «onderdelen b en c»); Ua 2 says «voor zover deze paragraaf niet
    anders bepaalt», in a hoofdstuk Ua without paragrafen (helper-91). Those, and no others, dangle."""
    g = app.graph_for(omgeving(), omgeving().load("kieswet@2025-08-01"), layers=False)
    assert sorted({c.doel for c in vragen.dangling(g)}) == [
        "artikel:E 5a", "artikel:E 5a/lid:1", "artikel:Ea 12/lid:2/onderdeel:b", "artikel:Ea 6/lid:1/onderdeel:a",
        "artikel:G 5/lid:1/onderdeel:c", "artikel:O 38/lid:1", "artikel:P 1i/lid:4",
        "de paragraaf waarin artikel Ua 2 staat"]


def test_participatiewet_paragraaf_4_is_paragraaf_6_4_on_2024_01_01() -> None:
    """Participatiewet artikel 63, eerste lid (2024-01-01): «ingevolge paragraaf 4 … ingevolge paragraaf 5». The
    BWB XML links these words to hoofdstuk 6, paragraaf 6.4 (Terugvordering) and 6.5 (Verhaal); the tool
    follows the source's link instead of calling them missing."""
    rows = _rows("participatiewet", "artikel 63, eerste lid")
    assert [(r.tekst, r.doel, r.status) for r in rows] == [
        ("paragraaf 4", "jci1.3:c:BWBR0015703&hoofdstuk=6&paragraaf=6.4", app.BESTAAT),
        ("paragraaf 5", "jci1.3:c:BWBR0015703&hoofdstuk=6&paragraaf=6.5", app.BESTAAT)]


def test_participatiewet_62e_and_10d_cite_other_laws_on_2024_01_01() -> None:
    """Participatiewet (2024-01-01), artikel 62e, tweede lid, onder a: «artikel 401 van dat boek», after «Boek 1 van
    het Burgerlijk Wetboek» in the lid's aanhef (BWBR0002656); artikel 10d, tweede lid: «artikel 7.2.2., eerste
    lid, onderdeel a, van de Wet educatie en beroepsonderwijs» (BWBR0007625)."""
    rows = _rows("participatiewet", "artikel 62e, tweede lid, onder a")
    assert [(r.soort, r.doel) for r in rows] == [("extern", "jci1.3:c:BWBR0002656&artikel=401")]
    rows = [r for r in _rows("participatiewet", "artikel 10d, tweede lid") if "7.2.2" in r.tekst]
    assert [(r.soort, r.doel) for r in rows] == [("extern", "jci1.3:c:BWBR0007625&artikel=7.2.2&lid=1&o=a")]


def test_dangling_all_on_2025_09_01_lists_only_real_gaps(sources: Path, tmp_path: Path) -> None:
    """``dangling --all`` over every source, on 2025-09-01: Gemeentewet 155g, zevende lid (artikel 86, repealed
    2023-04-01), Kieswet Pa 5, derde lid (E 5a) and Y 22b, tweede lid (O 38); and the references to leden and
    onderdelen that existing artikelen do not have, as the graph finds them (test_kieswet_dangling_on_2025_08_01,
    tests/legal/test_references_units.py). The Participatiewet's «paragraaf 4» and «paragraaf 5» (artikelen 63
    and 64) are not among them. Gemeentewet 98's range «95 tot en met 97» ends in an artikel not in the law then.
    Kieswet Ua 2 («deze paragraaf»: hoofdstuk Ua has none) and Participatiewet 37, derde lid («deze afdeling»: the
    artikel is in none) are listed too, as graph dangling lists them (the index left them out until LEZING .31)."""
    from wetgeving.index.bouw import build
    from wetgeving.index.vragen import dangling_all
    from wetgeving.verwijzingen.titels import Titelregister

    db = tmp_path / "index.sqlite"
    files = [sources / "gemeentewet" / "regelrecht", sources / "bwb-xml" / "BWBR0004627_2025-08-01_kieswet.xml",
             sources / "bwb-xml" / "BWBR0015703_2024-01-01_participatiewet.xml"]
    verslag = build(files, db, Titelregister.voor(omgeving()), jobs=1)
    assert not verslag.fouten
    found = dangling_all(db, date(2025, 9, 1))
    assert sorted({(f.bron, f.citeertitel) for f in found}) == [
        ("artikel:155g/lid:7", "Gemeentewet"), ("artikel:176a/lid:3", "Gemeentewet"),
        ("artikel:203/lid:2/onderdeel:b", "Gemeentewet"), ("artikel:37/lid:3", "Participatiewet"),
        ("artikel:4/lid:1/onderdeel:d", "Participatiewet"), ("artikel:98", "Gemeentewet"),
        ("artikel:9a/lid:12", "Participatiewet"),
        ("artikel:Ea 8/lid:3/onderdeel:a", "Kieswet"), ("artikel:Ea 9/lid:3", "Kieswet"), ("artikel:P 1j/lid:2", "Kieswet"),
        ("artikel:P 21/lid:5", "Kieswet"), ("artikel:Pa 5/lid:3", "Kieswet"), ("artikel:Ua 2", "Kieswet"),
        ("artikel:Y 22b/lid:2", "Kieswet"),
        ("artikel:Ya 46/lid:3", "Kieswet")]
