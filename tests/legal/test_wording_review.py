"""Legal review of the wording a gemeente reads: each duty says no more and no less than the provision in the
version valid on the date. Each test names the provision and the date it checks."""

from __future__ import annotations

import re
from datetime import date

from tests.katalogus import omgeving
from wetgeving.compliance import checklist as cl
from wetgeving.compliance import gemeenten as gm
from wetgeving.compliance.verplichtingen import verplichtingen
from wetgeving.locatie import Adres
from wetgeving.model import Artikel
from wetgeving.tranches.lezen import tranche


def rows(when: date) -> dict[str, cl.Regel]:
    c = cl.make(omgeving(), gm.find(gm.load(), "GM0363"), when, verplichtingen())
    return {r.verplichting.id: r for r in c.regels}


def onderdeel(tranche_id: str, onderdeel_id: str) -> str:
    """The samenvatting of one onderdeel of a tranche model."""
    for w in tranche(tranche_id).wijzigingen:
        for o in w.onderdelen:
            if o.id == onderdeel_id:
                return o.samenvatting
    raise AssertionError(onderdeel_id)


def test_artikel_13_lid_1_onder_o_is_about_ambtenaren_on_2023_01_15() -> None:
    """Artikel 13, eerste lid, onder o (2023-01-15): «werkzaam ten behoeve van die gemeente» qualifies the
    ambtenaar of that onderdeel; the duty must not extend it to anyone who works for the gemeente."""
    r = rows(date(2023, 1, 15))["incompatibiliteit-raadslid"]
    assert "ondergeschikt of werkzaam ten behoeve van die gemeente" in r.basis[0].tekst
    wat = r.periode.handeling
    assert "anderszins" not in wat and "ingehuurd)" not in wat
    assert re.search(r"ambtenaar[^.]*werkzaam is ten behoeve van de gemeente", wat), wat
    assert "artikel 15, eerste lid, onder d" in r.periode.toelichting  # paid work outside employment
    samenvatting = onderdeel("tranche-1", "gw-13")
    assert "ambtenaar" in samenvatting and "ingehuurde kracht" not in samenvatting


def test_artikel_67_lid_3_excludes_functions_held_ex_officio_on_2023_01_15() -> None:
    """Artikel 67, derde lid (2023-01-15): only nevenfuncties «anders dan uit hoofde van zijn burgemeestersambt»
    and their income are made public, as before 2023."""
    r = rows(date(2023, 1, 15))["nevenfuncties-burgemeester"]
    assert "anders dan uit hoofde van zijn burgemeestersambt" in r.basis[0].tekst
    assert "anders dan uit hoofde van het ambt" in r.periode.handeling


def test_kieswet_x5_and_x8_say_since_when_their_text_applies_on_2023_01_15(real) -> None:  # type: ignore[no-untyped-def]
    """Kieswet artikelen X 5 and X 8 (2023-01-15): the BWB toestand of 2025-08-01 gives, per artikel, the date
    its text entered into force; the toelichting names that date instead of saying the sources do not."""
    kw = real("kieswet@2025-08-01")
    r = rows(date(2023, 1, 15))
    for vid, nr in (("melding-onverenigbare-functie", "X 5"), ("schorsing-verboden-handelingen", "X 8")):
        art = kw.get(Adres.parse(f"artikel:{nr}"))
        assert isinstance(art, Artikel) and art.inwerking is not None
        uitleg = r[vid].periode.toelichting
        assert art.inwerking.isoformat() in uitleg, (nr, uitleg)
        assert "tot wanneer deze tekst teruggaat, staat er niet in" not in uitleg


def test_kieswet_p19_lid_5_is_about_lists_without_elected_candidates(real) -> None:  # type: ignore[no-untyped-def]
    """Kieswet artikel P 19, vijfde lid (in force 2023-01-01): the ranking concerns lists on which no candidate
    was elected, not exhausted lists; the tranche model says so."""
    lid5 = real("kieswet@2025-08-01").get(Adres.parse("artikel:P 19/lid:5"))
    from wetgeving.model import tekst

    assert "waarop geen kandidaten gekozen zijn verklaard" in tekst(lid5, " ")
    samenvatting = onderdeel("tranche-1", "kw-p19")
    assert "uitgeputte lijsten" not in samenvatting and "waarop niemand is gekozen" in samenvatting


def test_tranche_2_zorgplicht_is_not_presented_as_content_of_36892() -> None:
    """Kamerstuk 36 892 (stukken of 2026-02-03): the sources do not show that the bill fills in artikel 170,
    tweede lid; only the nota van wijziging of 2021 on 35 546 (never submitted) did. The tranche model says so,
    and does not date the submission before the documents."""
    tr = tranche("tranche-2")
    assert "een concretere zorgplicht van de burgemeester;" not in tr.samenvatting
    assert "gestuurd)" not in tr.samenvatting and "2026-02-03" in tr.samenvatting
    zorg = next(v for v in tr.voorzieningen if v.id == "t2-zorgplicht")
    assert not zorg.bevestigd and "staat niet in de bronnen" in zorg.samenvatting and "35 546" in zorg.samenvatting


def test_rekenkamer_van_de_provincie_is_not_read_as_every_province_on_2023_01_15(real) -> None:  # type: ignore[no-untyped-def]
    """Artikelen 36b and 68, eerste lid, onder k (2023-01-15): «lid van de rekenkamer van de provincie» lost
    «waarin de gemeente … is gelegen», but the same change in artikel 81f, eerste lid, shortened «van de
    betrokken gemeente» to «van de gemeente» without widening it. Whether every provincial rekenkamer is now
    meant is not in the sources: the duties do not claim it, and say so."""
    from wetgeving.model import tekst

    gw = real("gemeentewet@2023-01-01")
    assert "burgemeester van de gemeente;" in tekst(gw.get(Adres.parse("artikel:81f/lid:1/onderdeel:l")), " ")
    r = rows(date(2023, 1, 15))
    for vid, art in (("incompatibiliteit-wethouder", "36b"), ("incompatibiliteit-burgemeester", "68")):
        assert tekst(gw.get(Adres.parse(f"artikel:{art}/lid:1/onderdeel:k")), " ") == "lid van de rekenkamer van de provincie;"
        p = r[vid].periode
        assert "elke provincie" not in p.handeling and "staat niet in de bronnen" in p.toelichting, vid
    for o in ("rk-36b", "rk-68"):
        assert "welke provincie dan ook" not in onderdeel("overig-2023", o)


def _reading(vid: str, when: date) -> tuple[str, str]:
    """The handeling and toelichting a gemeente reads for ``vid`` on ``when``."""
    r = rows(when)[vid]
    return r.periode.handeling, r.periode.toelichting


def test_artikel_36a_lid_2_on_2023_06_01_says_what_the_vog_duty_says() -> None:
    """Artikel 36a, tweede lid (2023-06-01): «Bij de benoeming is de beoogde wethouder in het bezit van» a VOG; that
    the raad appoints no one without it stood in the duty as the law's words. It is our reading."""
    wat, toelichting = _reading("vog-wethouder", date(2023, 6, 1))
    assert "geen wethouder" not in wat and "niet ouder dan drie maanden" in wat
    assert "geen wethouder benoemt" in toelichting and "onze lezing" in toelichting


def test_artikelen_25_55_86_tweede_lid_on_2023_03_31_claim_no_duty_the_text_does_not_state() -> None:
    """Artikelen 25, 55 en 86, tweede lid (2023-03-31): the duty said the raad «had geen vermeldingsplicht» for its own
    secrecy; the provisions are silent on it, so that is our reading, in the toelichting."""
    wat, toelichting = _reading("geheimhouding-vermelding", date(2023, 3, 31))
    assert "vermeldingsplicht" not in wat
    assert "vermeldingsplicht" in toelichting and "onze lezing" in toelichting


def test_artikel_170_lid_2_on_2023_06_01_does_not_add_whose_responsibility() -> None:
    """Artikel 170, tweede lid (2023-06-01): «De burgemeester bevordert de bestuurlijke integriteit van de gemeente»;
    "een eigen verantwoordelijkheid van de burgemeester" is not in it."""
    wat, toelichting = _reading("integriteit-bevorderen-burgemeester", date(2023, 6, 1))
    assert "verantwoordelijkheid" not in wat
    assert "eigen verantwoordelijkheid" in toelichting and "onze lezing" in toelichting


def test_artikel_25_lid_1_on_2023_03_31_does_not_say_only() -> None:
    """Artikel 25, eerste lid (2023-03-31): secrecy about a closed meeting «wordt tijdens die vergadering opgelegd»;
    the duty said it held «alleen als» the raad imposed it, a reading a contrario."""
    wat, toelichting = _reading("geheimhouding-besloten-vergadering", date(2023, 3, 31))
    assert "alleen als" not in wat and "dan doet hij dat tijdens die vergadering" in wat
    assert "onze lezing" in toelichting


def test_kieswet_w4_on_2023_06_01_keeps_the_reading_for_large_raden_apart() -> None:
    """Kieswet artikel W 4 (2023-06-01): that a raad of nineteen or more gets no successor once its own list is
    exhausted is our reading of the first and second lid together, not their words."""
    wat, toelichting = _reading("lijstuitputting-opvolging", date(2023, 6, 1))
    assert "negentien of meer" not in wat and "op geen van de lijsten" in wat
    assert "negentien of meer" in toelichting and "onze lezing" in toelichting


def _citaten(vid: str, when: date) -> dict[str, str]:
    """The citations of the grondslagen of ``vid`` on ``when`` with the text quoted for each."""
    return {b.citaat: b.tekst for b in rows(when)[vid].basis}


def test_artikel_68_lid_2_exception_is_part_of_the_duty_on_2022_12_31_and_2023_01_15() -> None:
    """Artikel 68, tweede lid (2022-12-31, 2023-01-15): the burgemeester «kan ... tevens ambtenaar van de burgerlijke
    stand zijn». The duty listed the incompatibilities of the eerste lid without that exception, and cited only the
    eerste lid; on 2023-01-15 it called the new wording of onderdeel l «een verduidelijking», which is our reading."""
    for when in (date(2022, 12, 31), date(2023, 1, 15)):
        citaten = _citaten("incompatibiliteit-burgemeester", when)
        assert "ambtenaar van de burgerlijke stand" in citaten["artikel 68, tweede lid, Gemeentewet"], when
        wat = rows(when)["incompatibiliteit-burgemeester"].periode.handeling
        assert "ambtenaar van de burgerlijke stand zijn (tweede lid)" in wat, when
    wat, toelichting = _reading("incompatibiliteit-burgemeester", date(2023, 1, 15))
    assert "verduidelijking" not in wat and "gold al" not in wat
    assert "verduidelijken" in toelichting and "onze lezing" in toelichting


def test_artikel_36b_lid_2_and_3_are_cited_where_the_duty_states_them_on_2022_12_31_and_2023_01_15() -> None:
    """Artikel 36b, tweede en derde lid (2022-12-31, 2023-01-15): the duty states their exceptions («(tweede lid)»,
    «(derde lid)») but cited only the eerste lid; and onderdeel l is «lid van de raad van een gemeente», of any
    gemeente at any time, which "raadslid buiten de overgangsperiode" narrowed to the exception of the tweede lid."""
    for when in (date(2022, 12, 31), date(2023, 1, 15)):
        citaten = _citaten("incompatibiliteit-wethouder", when)
        assert "kan een wethouder tevens lid zijn van de raad" in citaten["artikel 36b, tweede lid, Gemeentewet"], when
        assert "ambtenaar van de burgerlijke stand" in citaten["artikel 36b, derde lid, Gemeentewet"], when
    wat = rows(date(2022, 12, 31))["incompatibiliteit-wethouder"].periode.handeling
    assert "lid van de raad van een gemeente;" in _citaten("incompatibiliteit-wethouder", date(2022, 12, 31))[
        "artikel 36b, eerste lid, Gemeentewet"]
    assert "buiten de overgangsperiode" not in wat and "lid van de raad van een gemeente" in wat


def test_artikel_67_lid_1_keeps_its_three_grounds_apart_on_2022_12_31() -> None:
    """Artikel 67, eerste lid (2022-12-31): a nevenfunctie is barred when it is undesirable with a view to the
    goede vervulling of the ambt «of op de handhaving van zijn onpartijdigheid en onafhankelijkheid of van het
    vertrouwen daarin»; the duty joined the last two with «en», which reads as if both had to be at stake."""
    r = rows(date(2022, 12, 31))["nevenfuncties-burgemeester-ongewenst"]
    assert "onafhankelijkheid of van het vertrouwen daarin" in r.basis[0].tekst
    wat = r.periode.handeling
    assert "onafhankelijkheid en het vertrouwen" not in wat and "onafhankelijkheid of van het vertrouwen daarin" in wat


def test_artikelen_25_55_86_tweede_lid_on_2023_03_31_do_not_say_who_makes_the_melding() -> None:
    """Artikelen 25, 55 en 86, tweede lid (2023-03-31): «Daarvan wordt op de stukken melding gemaakt» is passive; the
    duty said the organ that imposed the secrecy «maakt daarvan melding», an actor the provisions do not name."""
    r = rows(date(2023, 3, 31))["geheimhouding-vermelding"]
    assert all("Daarvan wordt op de stukken melding gemaakt" in b.tekst for b in r.basis)
    assert "maakt dat orgaan" not in r.periode.handeling and "wordt daarvan op de stukken melding gemaakt" in r.periode.handeling
    assert re.search(r"Wie de melding maakt, zeggen de bepalingen niet[^.]*onze lezing", r.periode.toelichting)


def test_artikel_89_lid_1_on_2023_04_15_does_not_name_the_verslag() -> None:
    """Artikel 89, eerste lid (2023-04-15): the mention goes «op het stuk ten aanzien waarvan de geheimhouding geldt»;
    that the verslag of a closed meeting is such a stuk stood in the moment as the law's scope. It is our reading."""
    r = rows(date(2023, 4, 15))["geheimhouding-vermelding"]
    assert "verslag" not in r.basis[0].tekst
    assert "verslag" not in r.periode.moment and "verslag" not in r.periode.handeling
    assert "verslag" in r.periode.toelichting and "onze lezing" in r.periode.toelichting


def test_artikel_292_on_2023_04_15_does_not_date_artikel_i() -> None:
    """Artikel 292 (2023-04-15): the old artikel 86 keeps applying to documents made secret «voor die datum», the
    inwerkingtreding of Artikel I, which entered into force in two steps. The duty said «vóór 1 april 2023» while its
    toelichting called that date our reading."""
    r = rows(date(2023, 4, 15))["geheimhouding-overgangsrecht-commissie"]
    assert "voor inwerkingtreding van Artikel I" in r.basis[0].tekst and "april" not in r.basis[0].tekst
    assert "1 april 2023" not in r.periode.handeling and "inwerkingtreding van Artikel I" in r.periode.handeling
    assert re.search(r"1 april 2023 bedoeld is[^.]*onze lezing", r.periode.toelichting)


def test_artikel_82_lid_5_names_what_artikelen_21_and_22_are_about_on_2022_12_31_and_2023_04_15() -> None:
    """Artikel 82, vijfde lid (2022-12-31, 2023-04-15): «De artikelen 19 en 21 tot en met 23» apply to a raadscommissie;
    the duty listed only what artikelen 19 and 23 are about under that reference, leaving out artikel 21 (the
    burgemeester and wethouders take part in the beraadslaging) and artikel 22 (onschendbaarheid)."""
    for when in (date(2022, 12, 31), date(2023, 4, 15)):
        r = rows(when)["raadscommissie-vergadering"]
        assert "De artikelen 19 en 21 tot en met 23" in r.basis[0].tekst, when
        wat = r.periode.handeling
        assert "(de artikelen 19 en 21 tot en met 23)" not in wat, when
        assert "(artikel 21)" in wat and "onschendbaarheid" in wat and "(artikel 22)" in wat, when


def test_provinciewet_182_lid_2_on_2023_04_15_is_not_conditional_on_a_request() -> None:
    """Provinciewet artikel 182, tweede lid (2023-04-15): the commissaris «is ... bevoegd» to attend and to inspect
    when carrying out the task of the eerste lid, onder c; the duty's moment «op verzoek van de commissaris» added a
    request the provision does not require."""
    r = rows(date(2023, 4, 15))["cdk-informatie"]
    assert "bevoegd alle vergaderingen" in r.basis[0].tekst and "verzoek" not in r.basis[0].tekst
    assert "verzoek" not in r.periode.moment and "verzoek" not in r.periode.handeling
    assert "niet afhankelijk van een verzoek" in r.periode.toelichting


def test_kieswet_p19_and_w4_before_2023_keep_the_press_release_out_of_the_duty_on_2022_12_31() -> None:
    """Kieswet artikelen P 19 and W 4 (2022-12-31): their text of that date is not in the sources; the duties rest
    on the government's press release of 5 June 2020 («tot 13»). That source, and the guess what «tot 13» means,
    stood in the handeling; they belong in the toelichting, with the source named and the reading marked."""
    r = rows(date(2022, 12, 31))
    for vid in ("lijstuitputting-rangschikking", "lijstuitputting-opvolging"):
        p = r[vid].periode
        assert r[vid].basis[0].zekerheid == "niet-beschikbaar", vid
        assert "tot 13" not in p.handeling and "berichtgeving" not in p.handeling and "bronnen" not in p.handeling, vid
        assert "5 juni 2020" in p.toelichting and "omvang tot 13»" in p.toelichting and "onze lezing" in p.toelichting, vid
        assert "staat niet in de bronnen" in p.toelichting, vid


def test_kieswet_x9_is_dated_in_the_toelichting_of_x8_on_2022_12_31(real) -> None:  # type: ignore[no-untyped-def]
    """Kieswet artikel X 9 (2022-12-31): the toelichting of the X 8 duty, shown on every date since 2021-07-01, said
    without a date that beroep follows X 9 and D 8; the BWB toestand of 2025-08-01 records X 9's present text only
    from 2023-01-01 (Stb. 2022, 444), so on 2022-12-31 the sources do not show it."""
    x9 = real("kieswet@2025-08-01").get(Adres.parse("artikel:X 9"))
    assert isinstance(x9, Artikel) and x9.inwerking == date(2023, 1, 1)
    uitleg = rows(date(2022, 12, 31))["schorsing-verboden-handelingen"].periode.toelichting
    assert "Tegen het besluit staat beroep open volgens artikel X 9" not in uitleg
    assert re.search(r"X 9[^.]*sinds 2023-01-01", uitleg) and "daarvóór luidde, staat niet in de bronnen" in uitleg


def test_artikel_87_on_2023_04_15_grants_a_power_and_does_not_say_only() -> None:
    """Artikel 87 (2023-04-15): the organen «kunnen … een verplichting tot geheimhouding opleggen»; the duty said
    they impose it "alleen" on their own information and "alleen" on such a ground, words the provision does not
    have. That no other ground serves is our reading, in the toelichting."""
    wat, toelichting = _reading("geheimhouding-oplegging", date(2023, 4, 15))
    assert "alleen" not in wat and "kunnen" in wat
    assert "onze lezing" in toelichting


def test_artikelen_13_and_36b_lid_3_name_the_school_exception_of_the_older_texts_on_2015_01_01(real) -> None:  # type: ignore[no-untyped-def]
    """Artikelen 13 en 36b, derde lid (2015-01-01): the texts of laws-markdown 2011–2015 let a raadslid or wethouder
    also be «ambtenaar werkzaam voor een school voor openbaar onderwijs» (onder c); the version of 2022-11-05 no
    longer has it. The duties of the period before 2023 named only the other two exceptions, and said nothing of
    when onder c lapsed, which the sources do not give."""
    from wetgeving.model import tekst

    oud, nieuw = real("gemeentewet-md@2015-11-24"), real("gemeentewet@2022-11-05")
    for vid, art in (("incompatibiliteit-raadslid", "13"), ("incompatibiliteit-wethouder", "36b")):
        assert "school voor openbaar onderwijs" in tekst(oud.get(Adres.parse(f"artikel:{art}/lid:3")), " "), art
        assert "school voor openbaar onderwijs" not in tekst(nieuw.get(Adres.parse(f"artikel:{art}/lid:3")), " "), art
        wat, toelichting = _reading(vid, date(2015, 1, 1))
        # helper-127 (2022-12-31): the lapsed exception is said after the exceptions of the version of that date
        assert "(derde lid). De teksten van 2011 tot en met 2015 noemden als uitzondering ook «ambtenaar werkzaam voor " \
               "een school voor openbaar onderwijs»; de versie van 2022-11-05 noemt die uitzondering niet meer." in wat, vid
        assert "Wanneer het verviel, staat niet in de bronnen" in toelichting, vid
        assert "school" not in _reading(vid, date(2023, 1, 15))[0], vid


def test_artikel_58_cites_artikel_28_lid_2_that_it_states_on_2023_01_15() -> None:
    """Artikel 58 with artikel 28, tweede lid (2023-01-15): the duty of the college says «artikel 2:4 Awb is daarop
    niet van toepassing», which is artikel 28, tweede lid (applied by artikel 58), but cited only the eerste lid."""
    citaten = _citaten("belangenverstrengeling-college", date(2023, 1, 15))
    assert "artikel 2:4 van de Algemene wet bestuursrecht niet van toepassing" in citaten["artikel 28, tweede lid, Gemeentewet"]
    assert "De artikelen 28, eerste tot en met vierde lid, en 30" in citaten["artikel 58 Gemeentewet"]
    wat = rows(date(2023, 1, 15))["belangenverstrengeling-college"].periode.handeling
    assert "artikel 2:4 Awb is daarop niet van toepassing" in wat


def test_artikel_15_lid_1_onder_d_bars_only_supply_not_free_of_charge_on_2023_01_15() -> None:
    """Artikel 15, eerste lid, onder d, 3e (2023-01-15): the contract barred is «het leveren van roerende zaken anders
    dan om niet aan de gemeente»; the duty said «levering … van roerende zaken», which bars a gift as well."""
    r = rows(date(2023, 1, 15))["verboden-handelingen-raadslid"]
    assert "het leveren van roerende zaken anders dan om niet aan de gemeente" in r.basis[0].tekst
    assert "levering van roerende zaken anders dan om niet" in r.periode.handeling
    assert "levering of verhuur van roerende zaken" not in r.periode.handeling


def test_artikel_23_lid_5_on_2023_04_15_keeps_the_duty_to_make_a_verslag() -> None:
    """Artikel 23, vijfde lid (2023-04-15): «Van een vergadering met gesloten deuren wordt een afzonderlijk verslag
    opgemaakt»; the duty said only that the verslag is not made public, and so dropped the duty to make it."""
    r = rows(date(2023, 4, 15))["geheimhouding-besloten-vergadering"]
    assert "wordt een afzonderlijk verslag opgemaakt" in _citaten("geheimhouding-besloten-vergadering", date(2023, 4, 15))[
        "artikel 23, vijfde lid, Gemeentewet"]
    assert "wordt een afzonderlijk verslag opgemaakt" in r.periode.handeling


def test_artikelen_13_and_36b_lid_3_onder_b_is_not_any_volunteer_on_2022_12_31_and_2023_01_15() -> None:
    """Artikelen 13 en 36b, derde lid, onder b (2022-12-31, 2023-01-15): the exception is for a «vrijwilliger of ander
    persoon die uit hoofde van een wettelijke verplichting niet bij wijze van beroep hulpdiensten verricht»; the duties
    said «vrijwilliger», as if any volunteer post with the gemeente were excepted from onder o."""
    for when in (date(2022, 12, 31), date(2023, 1, 15)):
        for vid, art in (("incompatibiliteit-raadslid", "13"), ("incompatibiliteit-wethouder", "36b")):
            lid3 = _citaten(vid, when)[f"artikel {art}, derde lid, Gemeentewet"]
            zin = ("vrijwilliger of ander persoon die uit hoofde van een wettelijke verplichting niet bij wijze van beroep "
                   "hulpdiensten verricht")
            assert zin in lid3, (vid, when)
            wat = rows(when)[vid].periode.handeling
            assert zin in wat and "of vrijwilliger zijn" not in wat, (vid, when)


def test_artikel_25_lid_3_counts_the_meeting_by_the_presentielijst_on_2022_12_31() -> None:
    """Artikel 25, derde lid (2022-12-31): the oplegging lapses unless bekrachtigd in the raad's next meeting «die
    blijkens de presentielijst door meer dan de helft van het aantal zitting hebbende leden is bezocht»; the moment
    said «met meer dan de helft van de leden aanwezig», a different count with no proof named."""
    r = rows(date(2022, 12, 31))["geheimhouding-bekrachtiging"]
    zin = "blijkens de presentielijst door meer dan de helft van het aantal zitting hebbende leden is bezocht"
    assert zin in r.basis[0].tekst
    assert zin in r.periode.handeling and zin in r.periode.moment
    assert "aanwezig" not in r.periode.moment


def test_artikel_13_lid_1_onder_o_moment_does_not_add_an_opdracht_on_2023_01_15() -> None:
    """Artikel 13, eerste lid, onder o (2023-01-15): «ambtenaar … werkzaam ten behoeve van die gemeente»; the moment
    «bij elke nieuwe functie of opdracht» suggested that any assignment (a hired self-employed person) falls under it,
    which the toelichting itself calls open in the sources."""
    p = rows(date(2023, 1, 15))["incompatibiliteit-raadslid"].periode
    assert "opdracht" not in p.moment and "ambtenaar" in p.moment


def test_tranche_1_onderdeel_gw_68_does_not_call_itself_a_clarification_on_2023_01_01(real) -> None:  # type: ignore[no-untyped-def]
    """Artikel 68, eerste lid, onder l (2023-01-01): the tranche model called the new «lid van de raad van een
    gemeente» a «verduidelijking» and summarised it as «een (andere) gemeente»; both are readings, not the text."""
    from wetgeving.model import tekst

    l_ = tekst(real("gemeentewet@2023-01-01").get(Adres.parse("artikel:68/lid:1/onderdeel:l")), " ")
    assert "lid van de raad van een gemeente" in l_
    o = next(o for w in tranche("tranche-1").wijzigingen for o in w.onderdelen if o.id == "gw-68")
    assert "(andere)" not in o.samenvatting and "lid van de raad van een gemeente" in o.samenvatting
    assert "deze verduidelijking" not in o.toelichting and "onze lezing" in o.toelichting


def test_artikel_87_on_2023_04_15_names_only_commissies_of_hoofdstuk_v() -> None:
    """Artikel 87 (2023-04-15): the power is given to «een commissie als bedoeld in hoofdstuk V»; the duty said «een
    commissie», which reads as any committee (an advisory body set up otherwise, too)."""
    r = rows(date(2023, 4, 15))["geheimhouding-oplegging"]
    assert "een commissie als bedoeld in hoofdstuk V" in r.basis[0].tekst
    assert "een commissie als bedoeld in hoofdstuk V" in r.periode.handeling


def test_artikel_88_lid_5_cites_the_second_and_third_lid_it_rests_on_on_2023_04_15() -> None:
    """Artikel 88, vijfde lid (2023-04-15): it applies when the college or burgemeester gives information
    «overeenkomstig het tweede of derde lid», i.e. information on which it imposed secrecy itself, to a commissie
    «als bedoeld in hoofdstuk V»; the duty stated both but cited only the vijfde lid."""
    citaten = _citaten("geheimhouding-informatie-aan-raad", date(2023, 4, 15))
    assert "overeenkomstig het tweede of derde lid" in citaten["artikel 88, vijfde lid, Gemeentewet"]
    for lid in ("tweede", "derde"):
        assert "waarvan hij een verplichting tot geheimhouding heeft opgelegd" in citaten[f"artikel 88, {lid} lid, Gemeentewet"]
    wat = rows(date(2023, 4, 15))["geheimhouding-informatie-aan-raad"].periode.handeling
    assert "(tweede en derde lid)" in wat and "commissie als bedoeld in hoofdstuk V waarin leden van de raad" in wat


def test_artikel_292_on_2023_04_15_evidence_does_not_date_artikel_i_as_law() -> None:
    """Artikel 292 (2023-04-15): «voor inwerkingtreding van Artikel I»; the suggested evidence said «vóór 1 april
    2023» as if the provision named that date, which the toelichting calls our reading."""
    v = rows(date(2023, 4, 15))["geheimhouding-overgangsrecht-commissie"].verplichting
    assert "volgens onze lezing 1 april 2023" in v.bewijs


def test_artikel_25_lid_4_counts_the_meeting_by_the_presentielijst_on_2022_12_31() -> None:
    """Artikel 25, vierde lid (2022-12-31): the raad lifts secrecy on stukken given to its leden only «in een
    vergadering die blijkens de presentielijst door meer dan de helft van het aantal zitting hebbende leden is
    bezocht»; the duty said «meer dan de helft … aanwezig», a different count."""
    r = rows(date(2022, 12, 31))["geheimhouding-opheffing"]
    zin = "vergadering die blijkens de presentielijst door meer dan de helft van het aantal zitting hebbende leden is bezocht"
    assert any(zin in b.tekst for b in r.basis)
    assert zin in r.periode.handeling and "aanwezig is" not in r.periode.handeling


def test_tranche_1_onderdelen_gw_292_and_pw_182_say_what_the_provisions_say_on_2023_04_01() -> None:
    """Gemeentewet artikel 292 and Provinciewet artikel 182, tweede lid (2023-04-01), as the tranche model sums them
    up: 292 keeps the old artikel 86 «van toepassing» on stukken made secret «voor die datum» (the inwerkingtreding
    of Artikel I; 1 april 2023 is our reading), not «geheimhouding … blijft gelden» from 1 april 2023; 182 gives
    access to bescheiden whose kennisneming is needed «naar het redelijk oordeel van de commissaris», not to «alle
    benodigde stukken»."""
    o292 = onderdeel("tranche-1", "gw-292")
    assert "blijft van toepassing" in o292 and "volgens onze lezing 1 april 2023" in o292 and "blijft gelden" not in o292
    o182 = onderdeel("tranche-1", "pw-182")
    assert "naar zijn redelijk oordeel" in o182 and "benodigde stukken" not in o182


def test_tranche_2_voorzieningen_speak_of_a_bill_on_2026_12_05() -> None:
    """Kamerstuk 36 892 (a bill on 2026-12-05, stukken of 2026-02-03): the tranche model said «de wet bepaalt» and
    «Bestuurders hebben geen financiële belangen … omdat zij het algemeen belang dienen», as if law and fact; the
    source says «Het wetsvoorstel geeft aan» and «omdat zij geacht worden het algemeen belang te dienen»."""
    tr = tranche("tranche-2")
    teksten = {v.id: v.samenvatting for v in tr.voorzieningen}
    assert "de wet bepaalt" not in teksten["t2-risicoanalyse"] and "wetsvoorstel" in teksten["t2-risicoanalyse"]
    fin = teksten["t2-financiele-belangen"]
    assert "wetsvoorstel" in fin and "geacht worden het algemeen belang te dienen" in fin
    assert "regel dat bestuurders geen financiële belangen hebben" not in tr.samenvatting
