"""A duty is called *geldend* on a date only when a source shows it in force then (legal review, 2026-12-04).

Before this review a period whose start the sources do not give and that no version in the sources dates
(no ``bekend-op``) was "geldend — ingangsdatum niet in de bronnen" on every date, 1900 included: Kieswet
artikel X 8 (schorsing) on 2010-01-01, though the only Kieswet held (toestand 2025-08-01) gives its text as in
force since 2021-07-01; and the pre-2023 lijstuitputting rules (artikelen P 19 and W 4), whose text is not in
the sources at all. Each test names the provision and the date.
"""

from __future__ import annotations

from datetime import date

from tests.katalogus import omgeving
from wetgeving.compliance import checklist as cl
from wetgeving.compliance import controle
from wetgeving.compliance import gemeenten as gm
from wetgeving.compliance.verplichtingen import load, verplichtingen
from wetgeving.locatie import Adres
from wetgeving.model import Artikel


def rows(when: date) -> dict[str, cl.Regel]:
    c = cl.make(omgeving(), gm.find(gm.load(), "GM0363"), when, verplichtingen())
    return {r.verplichting.id: r for r in c.regels}


def test_kieswet_x8_is_not_called_in_force_on_2010_01_01() -> None:
    """Kieswet artikel X 8 on 2010-01-01: the toestand of 2025-08-01 gives its text only since 2021-07-01
    (Stb. 2020, 262); whether the schorsing rule applied in 2010 the sources do not show."""
    r = rows(date(2010, 1, 1))["schorsing-verboden-handelingen"]
    assert r.status == "onzeker"
    # 2026-12-07 (helper-185): the wording of 2021-07-01 is a period of its own; on 2010-01-01 an earlier wording, which
    # no source shows, is the one that may have held
    assert r.periode.tot == date(2021, 7, 1) and "niet vast te stellen" in r.stand.uitleg


def test_kieswet_x8_is_in_force_on_2023_01_15_and_2026_12_04() -> None:
    """Kieswet artikel X 8 on 2023-01-15 and on 2026-12-04: its text reads so since 2021-07-01."""
    for when in (date(2023, 1, 15), date(2026, 12, 4)):
        r = rows(when)["schorsing-verboden-handelingen"]
        assert r.status == "geldend", (when, r.stand.uitleg)
        assert "2021-07-01" in r.stand.uitleg


def test_kieswet_x5_is_in_force_on_2010_01_01_and_unsure_on_2008_06_01() -> None:
    """Kieswet artikel X 5: its text reads so since 2008-12-01 (Stb. 2008, 405), so in force on 2010-01-01;
    on 2008-06-01 the sources do not settle it."""
    assert rows(date(2010, 1, 1))["melding-onverenigbare-functie"].status == "geldend"
    assert rows(date(2008, 6, 1))["melding-onverenigbare-functie"].status == "onzeker"


def test_kieswet_x5_on_2010_01_01_and_x8_on_2010_01_01_name_no_version_the_sources_do_not_hold() -> None:
    """Their bekend-op dates (2008-12-01, 2021-07-01) come from the Kieswet toestand of 2025-08-01, not from a
    version of that date: the status said "staat al in de versie van 2008-12-01, de oudste in de bronnen", and
    for X 8 "staat wel in de versie van 2021-07-01", versions the sources do not have."""
    now = rows(date(2010, 1, 1))
    uitleg = now["melding-onverenigbare-functie"].stand.uitleg
    assert "bronnen vanaf 2008-12-01" in uitleg or "bepaling vanaf 2008-12-01" in uitleg, uitleg
    assert "in de versie van" not in uitleg, uitleg
    uitleg = now["schorsing-verboden-handelingen"].stand.uitleg  # an earlier wording since 2026-12-07 (helper-185)
    assert "geen versie in de bronnen toont de bepaling" in uitleg and "in de versie van" not in uitleg, uitleg


def test_old_lijstuitputting_rules_p19_w4_are_unsure_on_2022_12_31() -> None:
    """Kieswet artikelen P 19 and W 4 as they read before 2023-01-01, on 2022-12-31: no version in the sources
    has that text, so the tool does not call the rule geldend; from 2023-01-01 it is (Stb. 2022, 444)."""
    old, new = rows(date(2022, 12, 31)), rows(date(2023, 1, 1))
    for vid in ("lijstuitputting-rangschikking", "lijstuitputting-opvolging"):
        assert old[vid].status == "onzeker", (vid, old[vid].stand.uitleg)
        # P 19: no version shows it; W 4: none shows it, though one shows W 3 (test_review_2026_12_07b)
        assert "geen versie in de bronnen toont de bepaling" in old[vid].stand.uitleg \
            or "geen versie toont artikel W 4 (Kieswet) zoals het toen luidde" in old[vid].stand.uitleg
        assert new[vid].status == "geldend"


def test_bekend_op_of_x5_and_x8_is_the_date_the_toestand_gives() -> None:
    """Kieswet artikelen X 5 and X 8: the model's bekend-op equals the artikel's inwerking in the toestand of
    2025-08-01, and the model check accepts it only for that exact date."""
    kw = omgeving().load("kieswet@2025-08-01")
    by = {v.id: v for v in verplichtingen()}
    art = kw.get(Adres.parse("artikel:X 5"))
    assert isinstance(art, Artikel) and by["melding-onverenigbare-functie"].perioden[0].bekend_op == art.inwerking
    art = kw.get(Adres.parse("artikel:X 8"))  # a wording of its own from 2021-07-01 since 2026-12-07 (helper-185)
    assert isinstance(art, Artikel) and by["schorsing-verboden-handelingen"].perioden[1].vanaf == art.inwerking
    assert controle.check(omgeving(), load()) == []
    g = by["schorsing-verboden-handelingen"].perioden[0].grondslagen[0]
    assert controle._dated_by_toestand(omgeving(), g, date(2021, 7, 1))
    assert not controle._dated_by_toestand(omgeving(), g, date(2021, 6, 30))


def test_belangenverstrengeling_artikel_28_on_2023_01_15_is_a_new_wording_not_a_new_duty() -> None:
    """Artikel 28 Gemeentewet on 2023-01-15: the abstention duty existed before 2023 (stemming only); Stb. 2022,
    444 gave it its present form (beraadslaging en stemming). The status must not say the duty began then."""
    r = rows(date(2023, 1, 15))
    oud = r["belangenverstrengeling-raad"].stand.uitleg
    assert oud.startswith("in deze vorm in werking sinds 2023-01-01 (Stb. 2022, 444)") and "eerdere vorm" in oud
    nieuw = r["vog-wethouder"].stand.uitleg  # artikel 36a, tweede lid: a duty that is new on 2023-01-01
    assert nieuw == "in werking sinds 2023-01-01 (Stb. 2022, 444)"


def test_geheimhouding_artikel_87_on_2023_04_01_replaces_the_old_oplegging() -> None:
    """Artikel 87 Gemeentewet on 2023-04-01: the new form of the oplegging duty of the old artikelen 25, 55 and 86;
    artikel 88, vijfde lid, is new on that date."""
    r = rows(date(2023, 4, 1))
    assert "in deze vorm in werking sinds 2023-04-01" in r["geheimhouding-oplegging"].stand.uitleg
    assert r["geheimhouding-informatie-aan-raad"].stand.uitleg.startswith("in werking sinds 2023-04-01")


def test_tranche_2_bill_36892_is_labelled_as_a_bill_in_the_obligations_listing_on_2026_12_04() -> None:
    """Kamerstuk 36 892 (risicoanalyse, financiële belangen) on 2026-12-04: the listing's grondslag of a bill
    says it is a planned provision of a bill, not a provision of the Gemeentewet."""
    r = rows(date(2026, 12, 4))
    for vid in ("risicoanalyse-wethouder", "financiele-belangen-bestuurders"):
        assert r[vid].status == "wetsvoorstel"
        label = r[vid].periode.grondslagen[0].label()
        assert "wetsvoorstel, geen geldend recht" in label and "beoogde" in label, label


def test_kieswet_p19_w4_change_on_2023_01_01_is_listed_as_a_new_wording() -> None:
    """Kieswet artikelen P 19 and W 4 between 2022-12-31 and 2023-01-01: the old rule is only 'mogelijk geldend'
    (no text in the sources), but the change report still shows the new wording (Stb. 2022, 444)."""
    gem = gm.find(gm.load(), "GM0363")
    before = cl.make(omgeving(), gem, date(2022, 12, 31), verplichtingen())
    after = cl.make(omgeving(), gem, date(2023, 1, 1), verplichtingen())
    soort = {x.verplichting.id: x.soort for x in cl.changes(before, after)}
    assert soort["lijstuitputting-rangschikking"] == soort["lijstuitputting-opvolging"] == "gewijzigd"


def test_vog_artikel_36a_lid_2_on_2022_12_31_links_the_provision_as_of_2023_01_01() -> None:
    """Artikel 36a, tweede lid, Gemeentewet on 2022-12-31 (VOG duty enacted, in force 2023-01-01): on that date
    the second lid is still the ingezetenschap ontheffing, so citation and JCI name the lid as of 2023-01-01."""
    b = rows(date(2022, 12, 31))["vog-wethouder"].basis[0]
    assert b.citaat == "artikel 36a, tweede lid, Gemeentewet (zoals geldend vanaf 2023-01-01)"
    assert b.jci.endswith("artikel=36a&lid=2&z=2023-01-01&g=2023-01-01")


def test_vog_artikel_36a_lid_2_on_2022_12_31_quotes_the_text_that_applies_from_2023_01_01() -> None:
    """Artikel 36a, tweede lid, Gemeentewet on 2022-12-31: the text quoted is the VOG duty of the version of
    2023-01-01, said to be not yet in force; it was "tekst niet beschikbaar", though the sources hold it."""
    b = rows(date(2022, 12, 31))["vog-wethouder"].basis[0]
    assert b.versie == "gemeentewet@2023-01-01" and "verklaring omtrent het gedrag" in b.tekst
    assert b.toelichting.startswith("op 2022-12-31 nog niet in werking; ")
    assert "ingezetenschap" not in b.tekst  # the lid 2 of 2022-12-31 is another provision


def test_geheimhouding_artikel_88_lid_5_on_2023_03_31_links_the_provision_as_of_2023_04_01() -> None:
    """Artikel 88, vijfde lid, Gemeentewet on 2023-03-31: not in the law yet (new on 2023-04-01)."""
    b = rows(date(2023, 3, 31))["geheimhouding-informatie-aan-raad"].basis[0]
    assert "(zoals geldend vanaf 2023-04-01)" in b.citaat and "g=2023-04-01" in b.jci


def test_vog_artikel_36a_lid_2_on_2021_06_01_is_shown_as_a_bill_not_a_legal_duty() -> None:
    """Artikel 36a, tweede lid (VOG) on 2021-06-01: Kamerstuk 35 546 was a bill; the checklist's 'Soort' says
    so instead of 'wettelijke verplichting'. On 2022-12-31 it is enacted but not yet in force."""
    from wetgeving.render.checklist import row_data

    bill = row_data(rows(date(2021, 6, 1))["vog-wethouder"])
    assert bill["status"] == "wetsvoorstel" and bill["soort_tekst"] == "wetsvoorstel (geen geldend recht)"
    enacted = row_data(rows(date(2022, 12, 31))["vog-wethouder"])
    assert enacted["soort_tekst"] == "wettelijke verplichting (aangenomen, nog niet in werking)"
    assert row_data(rows(date(2023, 1, 1))["vog-wethouder"])["soort_tekst"] == "wettelijke verplichting"


def test_obligations_listing_names_artikel_36a_lid_2_as_of_2023_01_01_on_2022_12_31() -> None:
    """Artikel 36a, tweede lid (VOG), in the dated obligations listing of 2022-12-31: the grondslag is the lid as
    it reads from 2023-01-01, not the lid of that day."""
    from wetgeving.render.verplichtingen import listing

    vog = [v for v in verplichtingen() if v.id == "vog-wethouder"]
    text = listing(vog, when=date(2022, 12, 31))
    assert "grondslag artikel 36a, tweede lid (Gemeentewet); tekst zoals geldend vanaf 2023-01-01" in text
    assert "(zoals geldend vanaf" not in listing(vog, when=date(2023, 1, 1))


def test_artikel_28_on_2022_12_31_does_not_present_the_awb_reading_as_the_duty() -> None:
    """Gemeentewet artikel 28 on 2022-12-31: that Awb artikel 2:4 governed taking part in the beraadslaging is our
    reading (the sources hold neither a toelichting nor the Awb); it stood in the duty's handeling as a fact."""
    r = rows(date(2022, 12, 31))["belangenverstrengeling-raad"]
    assert "2:4" not in r.periode.handeling
    assert "2:4" in r.periode.toelichting and "onze lezing" in r.periode.toelichting
