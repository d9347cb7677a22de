"""Provinciewet artikel 182, tweede lid (the commissaris van de Koning's right to attend meetings and see
documents of the gemeentebestuur), in force since 2023-01-01 (Stb. 2022, 444; the date from the government's
announcement, Stb. 2022, 504 itself is not in the sources). Legal review, 2026-12-04.

The duty read "alle vergaderingen …, ook besloten vergaderingen, … ook als daarop geheimhouding rust": words the
provision does not have. They are our reading of "alle", and the duty now says so in its toelichting.
"""

from __future__ import annotations

import warnings
from datetime import date
from pathlib import Path

import pytest

from tests.katalogus import omgeving
from wetgeving.app import regelingen
from wetgeving.compliance import checklist as cl
from wetgeving.compliance import gemeenten as gm
from wetgeving.compliance.verplichtingen import verplichtingen
from wetgeving.errors import Melding, SourceError
from wetgeving.locatie import Adres
from wetgeving.model import tekst


def _lid2_2023_04_01() -> str:
    unit = omgeving().load("provinciewet@2023-04-01").get(Adres.parse("artikel:182/lid:2"))
    assert unit is not None
    return " ".join(tekst(unit, " ").split())


def test_cdk_duty_on_2023_04_15_quotes_only_what_artikel_182_lid_2_says() -> None:
    """Provinciewet artikel 182, tweede lid, on 2023-04-15: the duty's words about meetings and documents are the
    provision's own; "besloten" and "geheimhouding" are in neither the provision nor the duty's handeling."""
    wet = _lid2_2023_04_01()
    periode = next(p for v in verplichtingen() if v.id == "cdk-informatie" for p in v.perioden
                   if p.vanaf == date(2023, 1, 1))
    for woorden in ("alle vergaderingen van het gemeentebestuur bij te wonen",
                    "kennis te nemen van alle bescheiden waarover het gemeentebestuur beschikt",
                    "redelijk oordeel"):
        assert woorden in wet and woorden in periode.handeling, woorden
    for woord in ("besloten", "geheimhouding"):
        assert woord not in wet and woord not in periode.handeling, woord
    assert "onze lezing" in periode.toelichting and "besloten vergaderingen" in periode.toelichting


def test_cdk_duty_on_2023_04_15_in_the_checklist_says_closed_meetings_are_our_reading() -> None:
    """Provinciewet artikel 182, tweede lid, on 2023-04-15, as a gemeente reads it in its checklist."""
    c = cl.make(omgeving(), gm.find(gm.load(), "GM0363"), date(2023, 4, 15), verplichtingen())
    r = next(r for r in c.regels if r.verplichting.id == "cdk-informatie")
    assert r.status == "geldend"
    assert "besloten" not in r.periode.handeling
    assert "onze lezing" in r.periode.toelichting


def test_show_artikel_182_lid_2_on_2023_03_31_is_refused_not_the_2022_text() -> None:
    """Provinciewet artikel 182, tweede lid, on 2023-03-31: the sources hold the versions of 2022-11-05 and
    2023-04-01; tranche 1 (onderdeel pw-182) changed artikel 182 on 2023-01-01 and made the old tweede lid the
    derde. ``show`` printed the 2022-11-05 tweede lid ("Bij de wet kan de commissaris …") as the tweede lid."""
    with warnings.catch_warnings(), pytest.raises(SourceError) as info:
        warnings.simplefilter("ignore", Melding)
        regelingen.show(omgeving(), "provinciewet@2023-03-31", "artikel 182, tweede lid")
    text = str(info.value)
    assert "artikel 182, tweede lid, Provinciewet" in text and "op 2023-03-31" in text
    assert "tranche 1 (Stb. 2022, 444) wijzigde" in text and "per 2023-01-01" in text
    assert "provinciewet@2022-11-05" in text and "provinciewet@2023-04-01" in text


def test_show_artikel_182_lid_1_onder_c_on_2023_03_31_says_both_versions_have_it_alike() -> None:
    """Provinciewet artikel 182, eerste lid, onder c (the CdK's task), on 2023-03-31: alike in the versions of
    2022-11-05 and 2023-04-01, so shown, with that said."""
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always", Melding)
        found = regelingen.show(omgeving(), "provinciewet@2023-03-31", "artikel 182, eerste lid, onder c")
    assert found.eenheid is not None
    said = [str(w.message) for w in seen]
    assert any("op 2023-03-31" in m and "tranche 1 (Stb. 2022, 444) wijzigde" in m and "gelijk aan die van 2022-11-05" in m
               for m in said), said


def test_show_artikel_182_lid_2_on_2022_12_31_is_the_2022_text() -> None:
    """Provinciewet artikel 182, tweede lid, on 2022-12-31: before the change, the 2022-11-05 text applies."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Melding)
        found = regelingen.show(omgeving(), "provinciewet@2022-12-31", "artikel 182, tweede lid")
    assert found.regeling.geldig_vanaf == date(2022, 11, 5) and found.eenheid is not None


def test_diff_of_artikel_182_from_2022_12_01_to_2023_03_31_is_refused_not_no_change() -> None:
    """Provinciewet artikel 182 between 2022-12-01 and 2023-03-31: tranche 1 changed it on 2023-01-01, but both
    dates fall on the version of 2022-11-05, so the diff said "0 artikelen verschillen"."""
    from wetgeving.app.vergelijken import compare

    with warnings.catch_warnings(), pytest.raises(SourceError, match=r"tranche 1 \(Stb\. 2022, 444\) wijzigde"):
        warnings.simplefilter("ignore", Melding)
        compare(omgeving(), "provinciewet@2022-12-01", "provinciewet@2023-03-31", "artikel 182")


def test_refs_of_artikel_182_lid_2_on_2023_03_31_is_refused() -> None:
    """Provinciewet artikel 182, tweede lid, on 2023-03-31: its references would be those of the old tweede lid."""
    from wetgeving.app.verwijzingen import refs

    with warnings.catch_warnings(), pytest.raises(SourceError, match=r"tranche 1 \(Stb\. 2022, 444\) wijzigde"):
        warnings.simplefilter("ignore", Melding)
        refs(omgeving(), "provinciewet@2023-03-31", "artikel 182, tweede lid")


def _regel(vid: str, when: date) -> cl.Regel:
    c = cl.make(omgeving(), gm.find(gm.load(), "GM0363"), when, verplichtingen())
    return next(r for r in c.regels if r.verplichting.id == vid)


def test_cdk_taak_on_2022_12_01_and_2023_04_15_is_a_task_by_ambtsinstructie_not_said_to_be_as_rijksorgaan() -> None:
    """Provinciewet artikel 182, eerste lid, onder c (2022-12-01, 2023-04-15): the commissaris «is, volgens regels te
    stellen bij een door de regering gegeven ambtsinstructie, belast met» advising and mediating. The duty said he
    does so «als rijksorgaan», words of the memorie van toelichting (Kamerstuk 35 546, nr. 3), not of the provision,
    and left out the ambtsinstructie."""
    for when, versie in ((date(2022, 12, 1), "provinciewet@2022-11-05"), (date(2023, 4, 15), "provinciewet@2023-04-01")):
        lid1 = omgeving().load(versie).get(Adres.parse("artikel:182/lid:1"))
        assert lid1 is not None
        aanhef = " ".join(tekst(lid1, " ").split())
        assert "volgens regels te stellen bij een door de regering gegeven ambtsinstructie, belast met" in aanhef, when
        r = _regel("cdk-taak", when)
        assert "rijksorgaan" not in aanhef and "rijksorgaan" not in r.basis[0].tekst, when
        assert "rijksorgaan" not in r.periode.handeling and "ambtsinstructie" in r.periode.handeling, when
        assert "35 546, nr. 3" in r.periode.toelichting, when


def test_cdk_informatie_on_2023_04_15_states_the_power_and_marks_the_gemeente_duty_as_our_reading() -> None:
    """Provinciewet artikel 182, tweede lid (2023-04-15): «De commissaris is … bevoegd»; the duty stated as the law's
    words that «het gemeentebestuur stelt hem in staat», a duty the provision derives from the power only by our
    reading."""
    r = _regel("cdk-informatie", date(2023, 4, 15))
    assert "stelt hem in staat" not in r.periode.handeling.split(".")[0]
    assert "is de commissaris van de Koning bevoegd" in r.periode.handeling
    assert "is onze lezing" in r.periode.handeling


def test_artikelen_79_116_179_cited_by_182_are_not_called_missing_on_2023_04_01() -> None:
    """Provinciewet artikel 182 (2023-04-01): «bedoeld in artikel 116» (eerste lid, onder d) and «De artikelen 79 en
    179 zijn niet van toepassing» (zesde lid). The source holds only artikelen 175 to 182 (partial = true), so it
    cannot show whether 79, 116 and 179 exist; they were reported as ONTBREEKT («bestaat niet in deze versie»), which
    is false of the Provinciewet. They are NIET IN DE BRON, and the whole-law questions (every reference, the graph,
    what cites an artikel) are refused for this source."""
    from wetgeving.app import verwijzingen as app
    from wetgeving.errors import UsageError

    rows = [r for r in app.refs(omgeving(), "provinciewet@2023-04-01", "artikel 182").rijen if r.onopgelost]
    assert sorted((r.tekst, r.status) for r in rows) == [
        ("179", app.NIET_IN_BRON), ("artikel 116", app.NIET_IN_BRON), ("artikelen 79", app.NIET_IN_BRON)]
    for ask in (lambda: app.refs(omgeving(), "provinciewet@2023-04-01"),
                lambda: app.dangling(omgeving(), "provinciewet@2023-04-01"),
                lambda: app.impact(omgeving(), "provinciewet@2023-04-01", "artikel 182")):
        with pytest.raises(UsageError, match="alleen enkele artikelen"):
            ask()


def test_the_start_of_182_lid_2_on_2023_01_01_is_said_to_be_derived_on_every_date() -> None:
    """Provinciewet 182, tweede lid: the sources have the versions of 2022-11-05 (whose tweede lid was another provision)
    and 2023-04-01 (with this bevoegdheid),
    not the inwerkingtredingsbesluit (Stb. 2022, 504); that it applies from 2023-01-01 is derived (the tranche's
    onderdeel pw-182 says inwerking-zekerheid="afgeleid"). The checklist stated «in werking sinds 2023-01-01 (Stb.
    2022, 444)» as a fact (helper-31's legal review)."""
    from wetgeving.compliance.tijd import stand
    from wetgeving.compliance.verplichtingen import by_id, procedures
    from wetgeving.programma import load_programma
    from wetgeving.render.verplichtingen import wijzigt_op

    datum = load_programma().datum
    for vid in ("cdk-informatie", "cdk-taak"):
        v = by_id(vid)
        assert v is not None
        on = stand(v, date(2023, 1, 15), procedures(), datum)
        assert on is not None
        assert "(Stb. 2022, 444; datum afgeleid, niet uit een officiële bekendmaking; zie de toelichting)" in on.uitleg, vid
        assert "De datum 1 januari 2023 is afgeleid, niet uit een officiële bekendmaking" in on.periode.toelichting
        assert "zonder deze bevoegdheid; het tweede lid ging toen over andere taken bij wet" in on.periode.toelichting
    before = stand(by_id("cdk-informatie"), date(2022, 12, 31), procedures(), datum)  # type: ignore[arg-type]
    assert before is not None
    assert before.uitleg.endswith(
        "in werking vanaf 2023-01-01 (datum afgeleid, niet uit een officiële bekendmaking; zie de toelichting)")
    assert before.label == "nog niet geldend (vanaf 2023-01-01 [datum afgeleid, niet uit een officiële bekendmaking])"
    taak = stand(by_id("cdk-taak"), date(2022, 12, 31), procedures(), datum)  # type: ignore[arg-type]
    assert taak is not None and taak.volgende is not None and taak.volgende.vanaf_afgeleid
    assert wijzigt_op({"vanaf": "2023-01-01", "vanaf_afgeleid": True}) == (
        "Wijzigt op 2023-01-01 (datum afgeleid, niet uit een officiële bekendmaking)")
    # a date the sources do state is not marked: artikel 36a, tweede lid, Gemeentewet (vog-wethouder)
    vog = stand(by_id("vog-wethouder"), date(2023, 1, 15), procedures(), datum)  # type: ignore[arg-type]
    assert vog is not None and "afgeleid" not in vog.uitleg


def test_the_corpus_check_wants_derived_dates_marked_as_the_tranche_marks_them(tmp_path: Path) -> None:
    from wetgeving.bronnen.catalogus import corpus_dir
    from wetgeving.compliance import controle
    from wetgeving.compliance.verplichtingen import load

    text = (corpus_dir() / "verplichtingen.xml").read_text(encoding="utf-8")
    assert text.count('vanaf-zekerheid="afgeleid"') == 2
    (tmp_path / "verplichtingen.xml").write_text(text.replace(' vanaf-zekerheid="afgeleid"', "", 1), encoding="utf-8")
    found = controle.check(omgeving(), load(tmp_path / "verplichtingen.xml"))
    assert [f for f in found if "afgeleid" in f] == [
        'cdk-taak, periode 2 (vanaf-2023-01-01): de ingangsdatum 2023-01-01 is in de tranche afgeleid; geef '
        'vanaf-zekerheid="afgeleid"']


def test_the_derived_start_of_182_lid_2_is_marked_in_every_output_that_names_it() -> None:
    """helper-33 found 2023-01-01 still bare in the CSV column deze_vorm_vanaf, the JSON periode, the listing of
    obligations without a date, and «bij de wijziging van 2023-01-01 niet veranderd» (artikel 182, eerste lid, onder c,
    on 2023-01-15)."""
    import json

    from wetgeving.render import checklist as rc
    from wetgeving.render import verplichtingen as rv

    cat = omgeving()
    gemeente = gm.find(gm.load(), "GM0363")
    c = cl.make(cat, gemeente, date(2023, 1, 15), verplichtingen())
    rows = {r["id"]: r for r in json.loads(rc.to_json(c))["verplichtingen"]}
    assert rows["cdk-informatie"]["periode"]["vanaf_afgeleid"] is True
    assert "vanaf_afgeleid" not in rows["vog-wethouder"]["periode"]  # artikel 36a, tweede lid: a date the sources give
    onder_c = next(x for x in rows["cdk-taak"]["grondslag"] if "onder c" in x["citaat"])
    assert "bij de wijziging van 2023-01-01 [datum afgeleid, niet uit een officiële bekendmaking] niet veranderd" in onder_c[
        "toelichting"]
    csv = rc.to_csv(c)
    line = next(x for x in csv.splitlines() if ';"cdk-informatie";' in x)
    assert "2023-01-01 [datum afgeleid, niet uit een officiële bekendmaking]" in line
    listing = rv.listing([v for v in verplichtingen() if v.id == "cdk-informatie"])
    assert ("vanaf 2023-01-01 [datum afgeleid, niet uit een officiële bekendmaking]: artikel 182, tweede lid "
            "(Provinciewet)") in listing


def test_the_end_of_the_earlier_wording_of_the_cdk_duty_on_2023_01_01_is_marked_too() -> None:
    """helper-34: the earlier wording of cdk-taak (Provinciewet 182, eerste lid, onder c) ends on the derived date
    2023-01-01, and `obligations` listed «tot 2023-01-01» without the mark; the JSON period had no flag."""
    import json

    from wetgeving.compliance.verplichtingen import by_id
    from wetgeving.render import checklist as rc
    from wetgeving.render import verplichtingen as rv

    taak = by_id("cdk-taak")
    assert taak is not None and taak.perioden[0].tot_afgeleid and not taak.perioden[1].tot_afgeleid
    assert "tot 2023-01-01 [datum afgeleid, niet uit een officiële bekendmaking]" in rv.listing([taak])
    c = cl.make(omgeving(), gm.find(gm.load(), "GM0363"), date(2022, 12, 31), verplichtingen())
    row = next(r for r in json.loads(rc.to_json(c))["verplichtingen"] if r["id"] == "cdk-taak")
    assert row["periode"]["tot_afgeleid"] is True
    nevenfuncties = by_id("nevenfuncties-raadslid")  # Gemeentewet 12: its wording of before 2023-01-01 ends on a stated date
    assert nevenfuncties is not None and not any(p.tot_afgeleid for p in nevenfuncties.perioden)
