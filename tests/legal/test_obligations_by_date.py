"""Findings 1, 2 and 5 of issue 12 (step 8): each obligation on a date is the regime in force on that date.

Each test names the provision (artikel, Gemeentewet unless said otherwise) and the peildatum it checks.
"""

from __future__ import annotations

from datetime import date

from tests.katalogus import omgeving
from wetgeving.compliance import checklist as cl
from wetgeving.compliance import gemeenten as gm
from wetgeving.compliance.verplichtingen import verplichtingen


def rows(when: date) -> dict[str, cl.Regel]:
    c = cl.make(omgeving(), gm.find(gm.load(), "GM0363"), when, verplichtingen())
    return {r.verplichting.id: r for r in c.regels}


def cites(r: cl.Regel, *adressen: str) -> bool:
    got = {str(g.adres) for g in r.periode.grondslagen if g.adres}
    return set(adressen) <= got


# --- finding 1: before a change, the duty that applied then --------------------------------------------

def test_old_geheimhouding_regime_with_bekrachtiging_on_2022_12_01() -> None:
    """Artikelen 25, 55 and 86 (old) on 2022-12-01: oplegging, bekrachtiging (25 lid 3), opheffing."""
    r = rows(date(2022, 12, 1))
    assert r["geheimhouding-bekrachtiging"].status == "geldend"
    assert cites(r["geheimhouding-bekrachtiging"], "artikel:25/lid:3")
    assert cites(r["geheimhouding-oplegging"], "artikel:25/lid:1", "artikel:25/lid:2", "artikel:55/lid:1",
                 "artikel:86/lid:1")
    assert r["geheimhouding-oplegging"].status == "geldend"
    text = r["geheimhouding-bekrachtiging"].basis[0]
    assert text.versie == "gemeentewet@2022-11-05" and "bekrachtigd" in text.tekst


def test_new_geheimhouding_regime_on_2023_04_15() -> None:
    """Artikelen 87-89 on 2023-04-15: bekrachtiging (old 25 lid 3) is gone, 87, 88 lid 5 and 89 apply."""
    r = rows(date(2023, 4, 15))
    assert "geheimhouding-bekrachtiging" not in r
    assert cites(r["geheimhouding-oplegging"], "artikel:87")
    assert cites(r["geheimhouding-vermelding"], "artikel:89/lid:1")
    assert cites(r["geheimhouding-opheffing"], "artikel:89/lid:3", "artikel:89/lid:4")
    assert cites(r["geheimhouding-informatie-aan-raad"], "artikel:88/lid:5")
    assert all(r[k].status == "geldend" for k in ("geheimhouding-oplegging", "geheimhouding-informatie-aan-raad"))


def test_article_28_barred_only_the_vote_before_2023_01_01() -> None:
    """Artikel 28, eerste lid, on 2022-12-01 (only the vote) and on 2023-01-15 (beraadslaging too)."""
    old, new = rows(date(2022, 12, 1))["belangenverstrengeling-raad"], rows(date(2023, 1, 15))["belangenverstrengeling-raad"]
    assert old.status == new.status == "geldend"
    assert "beraadslaging" not in old.basis[0].tekst and "beraadslaging" in new.basis[0].tekst
    assert "verbood deelname aan de beraadslaging niet" in old.periode.handeling
    assert old.periode.sleutel != new.periode.sleutel


def test_nevenfuncties_and_incompatibility_in_older_wording_on_2022_12_01() -> None:
    """Artikelen 12, 41b, 67 (openbaarmaking) and 13 (onverenigbaarheid) on 2022-12-01: in force, old wording."""
    r = rows(date(2022, 12, 1))
    for vid, adres in (("nevenfuncties-raadslid", "artikel:12/lid:2"), ("nevenfuncties-wethouder", "artikel:41b/lid:3"),
                       ("nevenfuncties-burgemeester", "artikel:67/lid:3"),
                       ("incompatibiliteit-raadslid", "artikel:13/lid:1")):
        assert r[vid].status == "geldend", vid
        assert cites(r[vid], adres)
        assert r[vid].stand.volgende is not None and r[vid].stand.volgende.vanaf == date(2023, 1, 1)
        assert all(b.versie == "gemeentewet@2022-11-05" for b in r[vid].basis)
    assert "elektronisch" not in r["nevenfuncties-raadslid"].periode.handeling


def test_since_2022_12_01_lists_bekrachtiging_ended_and_87_89_new(capsys) -> None:  # type: ignore[no-untyped-def]
    """`checklist --since 2022-12-01 --date 2023-04-15`: 25 lid 3 ended; 87, 88 lid 5 and 89 new."""
    from wetgeving.cli import main

    assert main(["checklist", "GM0363", "--since", "2022-12-01", "--date", "2023-04-15"]) == 0
    out = capsys.readouterr().out
    vervallen = out.split("Vervallen")[1]
    assert "[geheimhouding-bekrachtiging]" in vervallen and "artikel 25, derde lid" in vervallen
    nieuw = out.split("Nieuw")[1].split("Gewijzigd")[0]
    assert "artikel 88, vijfde lid" in nieuw
    # «nu ook als grondslag»: newly cited for the obligation (Kieswet W 1 was amended, not new: helper-59, 2026-12-06)
    assert "artikel 87 Gemeentewet (nu als grondslag genoemd)" in out
    assert "artikel 89, eerste lid, Gemeentewet (nu als grondslag genoemd)" in out


# --- finding 2: status by date for bills and recommendations ----------------------------------------------

def test_no_tranche_2_item_on_2019_06_01() -> None:
    """Kamerstuk 36892 on 2019-06-01: not submitted, so none of its items appear (nor the 2019-10-18 programme)."""
    r = rows(date(2019, 6, 1))
    assert not [k for k, x in r.items() if x.verplichting.soort != "wettelijk"]
    assert "risicoanalyse-wethouder" not in r


def test_tranche_2_absent_in_2023_and_a_bill_on_2026_06_01() -> None:
    """Kamerstuk 36892: absent on 2023-06-01 and 2026-01-31; a wetsvoorstel on 2026-06-01 (submitted 2026-02-03)."""
    for when in (date(2023, 6, 1), date(2026, 1, 31)):
        assert "risicoanalyse-wethouder" not in rows(when)
    r = rows(date(2026, 6, 1))
    for vid in ("risicoanalyse-wethouder", "financiele-belangen-bestuurders"):
        assert r[vid].status == "wetsvoorstel" and "36 892" in r[vid].stand.uitleg


def test_recommendations_only_from_the_programme_date() -> None:
    """Programme letter of 2019-10-18 (Kamerstukken 28 844 en 28 684, nr. 190): absent on 2019-10-17, present on 2019-10-18."""
    before, after = rows(date(2019, 10, 17)), rows(date(2019, 10, 18))
    assert not [k for k, x in before.items() if x.status == "aanbeveling"]
    assert sum(x.status == "aanbeveling" for x in after.values()) == 12


def test_tranche_1_duty_is_a_bill_while_35546_was_pending() -> None:
    """Artikel 36a, tweede lid (VOG): absent 2020-08-30, wetsvoorstel 2021-06-01, nog niet geldend 2022-12-01 (its
    date not yet set) and 2022-12-16 (from 2023-01-01)."""
    assert "vog-wethouder" not in rows(date(2020, 8, 30))
    assert rows(date(2021, 6, 1))["vog-wethouder"].status == "wetsvoorstel"
    # before the inwerkingtredingsbesluit of 2022-12-16 (Stb. 2022, 504) the date of entry was not set yet
    assert rows(date(2022, 12, 1))["vog-wethouder"].status_tekst == "nog niet geldend (inwerkingtreding nog niet bepaald)"
    assert rows(date(2022, 12, 16))["vog-wethouder"].status_tekst == "nog niet geldend (vanaf 2023-01-01)"
    assert rows(date(2023, 1, 1))["vog-wethouder"].status == "geldend"


def test_article_170_lid_2_is_a_duty_of_its_own_before_2022() -> None:
    """Artikel 170, tweede lid (burgemeester bevordert de bestuurlijke integriteit) on 2022-12-01: geldend, not a bill."""
    r = rows(date(2022, 12, 1))["integriteit-bevorderen-burgemeester"]
    assert r.status == "geldend" and r.verplichting.soort == "wettelijk" and cites(r, "artikel:170/lid:2")
    assert "integriteit" in r.basis[0].tekst


def test_article_170_lid_2_start_is_unknown_between_2015_and_2022(real) -> None:  # type: ignore[no-untyped-def]
    """Artikel 170, tweede lid: not in the version of 2015-11-24 (burgerjaarverslag there), in that of 2022-11-05."""
    from wetgeving.locatie import Adres
    from wetgeving.model import tekst

    lid2 = Adres.parse("artikel:170/lid:2")
    assert "integriteit" not in tekst(real("gemeentewet-md@2015-11-24").get(lid2), " ")
    assert "integriteit" in tekst(real("gemeentewet@2022-11-05").get(lid2), " ")
    assert rows(date(2019, 6, 1))["integriteit-bevorderen-burgemeester"].status == "onzeker"
    assert "integriteit-bevorderen-burgemeester" not in rows(date(2015, 6, 1))


# --- finding 5: small but visible ------------------------------------------------------------------------

def test_cdk_jci_and_date_follow_the_timeline_on_2023_01_15() -> None:
    """Provinciewet artikel 182, tweede lid, on 2023-01-15: in force since 2023-01-01; the JCI names that date."""
    r = rows(date(2023, 1, 15))["cdk-informatie"]
    assert r.status == "geldend" and r.periode.vanaf == date(2023, 1, 1)
    b = r.basis[0]
    assert b.jci.endswith("artikel=182&lid=2&z=2023-01-15&g=2023-01-15")
    # the sources hold the Provinciewet of 2022-11-05 and 2023-04-01 only: no text is quoted for this date
    assert b.zekerheid == "niet-beschikbaar" and b.tekst == "" and "2022-11-05" in b.toelichting
    assert rows(date(2022, 12, 31))["cdk-informatie"].status == "nog-niet-geldend"


def test_gedragscode_start_is_not_the_first_version_we_hold() -> None:
    """Artikel 15, derde lid (gedragscode raad) on 2022-12-01: start not fixed, shown as such, not 'vanaf 2011-02-23'."""
    r = rows(date(2022, 12, 1))["gedragscode-raad"]
    assert r.periode.vanaf is None and r.periode.bekend_op == date(2011, 2, 23)
    assert "ingangsdatum niet vastgesteld" in r.stand.uitleg and "vanaf 2011" not in r.status_tekst


def test_openbaarmaking_is_electronic_not_on_the_website() -> None:
    """Artikelen 12, tweede lid; 41b, derde lid; 67, derde lid on 2023-01-15: 'op elektronische wijze'."""
    r = rows(date(2023, 1, 15))
    for vid in ("nevenfuncties-raadslid", "nevenfuncties-wethouder", "nevenfuncties-burgemeester"):
        assert "elektronische wijze" in r[vid].periode.handeling and "website" not in r[vid].periode.handeling
        assert any("elektronische wijze" in b.tekst for b in r[vid].basis)


def test_woo_is_cited_as_artikel_5_1() -> None:
    """Artikel 87 on 2023-04-15 names artikel 5.1, eerste en tweede lid, Woo; our wording says the same."""
    r = rows(date(2023, 4, 15))["geheimhouding-oplegging"]
    assert "artikel 5.1, eerste of tweede lid, van de Wet open overheid" in r.periode.handeling
    assert "artikel 5.1, eerste en tweede lid, van de Wet open overheid" in r.basis[0].tekst
