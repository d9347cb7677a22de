"""Every quoted grondslag equals the text of the source version valid on the peildatum (issue 12, acceptance):
all obligations on ten dates, checked against the catalogue independently. A later version is quoted only for
an artikel whose own date in that official toestand (BWB ``inwerking``) shows its text was in force on the date."""

from __future__ import annotations

import hashlib
from datetime import date

import pytest

from tests.katalogus import omgeving
from wetgeving.compliance import checklist as cl
from wetgeving.compliance import gemeenten as gm
from wetgeving.compliance.verplichtingen import verplichtingen
from wetgeving.locatie import Adres
from wetgeving.model import Artikel, tekst, voorgelezen

TEN_DATES = [date(2012, 6, 1), date(2019, 6, 1), date(2021, 6, 1), date(2022, 11, 20), date(2022, 12, 31),
             date(2023, 1, 1), date(2023, 3, 31), date(2023, 4, 1), date(2024, 7, 1), date(2026, 11, 1)]


def in_force_since(regeling: str, adres: Adres, when: date) -> str:
    """The first later official version whose artikel ``adres`` has read the same since a date on or before
    ``when``, as ``regeling@date``; "" when there is none."""
    for v in held(regeling):
        if v.geldig_vanaf > when:
            art = omgeving().load(f"{regeling}@{v.geldig_vanaf}").get(Adres.of(("artikel", adres.artikel or "")))
            ok = isinstance(art, Artikel) and art.inwerking is not None and art.inwerking <= when
            return f"{regeling}@{v.geldig_vanaf}" if ok else ""
    return ""


def held(regeling: str) -> list:  # type: ignore[type-arg]
    """Official-series versions of a regeling, straight from bronnen.toml, oldest first."""
    return sorted((b for b in omgeving().bronnen if b.regeling == regeling and b.geldig_vanaf
                   and b.kind in ("regelrecht-yaml", "bwb-xml")), key=lambda b: b.geldig_vanaf)


@pytest.mark.parametrize("when", TEN_DATES, ids=str)
def test_quoted_text_is_that_of_the_version_valid_on_the_date(when: date) -> None:
    """All grondslagen of all obligations present on ``when`` (Gemeentewet, Provinciewet, Kieswet)."""
    c = cl.make(omgeving(), gm.find(gm.load(), "GM0363"), when, verplichtingen())
    checked = 0
    for r in c.regels:
        for g, b in zip(r.periode.grondslagen, r.basis, strict=True):
            if g.adres is None:  # a bill's planned provision: no text; a recommendation: its programme's words
                # (2026-12-07, helper-142: the section of the programme's annex, read from the source)
                assert b.zekerheid in ("wetsvoorstel", "aanbeveling")
                if b.zekerheid == "wetsvoorstel":
                    assert not b.tekst
                else:
                    _, annex = omgeving().tekst("programma-weerbaar-bestuur")
                    assert b.tekst and " ".join(b.tekst.split()[:12]) in " ".join(annex.split()), (r.verplichting.id, b)
                continue
            peil = when  # the date whose version is quoted
            if r.periode.vanaf and when < r.periode.vanaf:  # not yet in force: the provision as it will read
                assert f"g={r.periode.vanaf}" in b.jci and f"vanaf {r.periode.vanaf}" in b.citaat, (r.verplichting.id, b)
                # a bill on that day is said to be one (helper-168: «nog niet in werking» read as an act adopted)
                stand = "een wetsvoorstel (geen geldend recht)" if r.status == "wetsvoorstel" else "nog niet in werking"
                assert b.toelichting.startswith(f"op {when} {stand}; "), (r.verplichting.id, b)
                peil = r.periode.vanaf
            else:
                assert f"g={when}" in b.jci, (r.verplichting.id, b.jci)
            valid = [v for v in held(g.regeling) if v.geldig_vanaf <= peil]
            later = in_force_since(g.regeling, g.adres, peil)
            if later and not (valid and valid[-1].geldig_tot and peil <= valid[-1].geldig_tot):
                unit = omgeving().load(later).get(g.adres)
                assert b.versie == later and b.zekerheid == "zeker", (r.verplichting.id, b)
                assert unit is not None and b.tekst == voorgelezen(unit) and f"dus ook op {peil}" in b.toelichting
                checked += 1
                continue
            if b.zekerheid == "niet-beschikbaar":
                assert not b.tekst
                latest = valid[-1] if valid else None
                # honest only if we truly hold no usable version: none, superseded, or older than the period
                assert (latest is None or (latest.geldig_tot and peil > latest.geldig_tot)
                        or (r.periode.vanaf and latest.geldig_vanaf < r.periode.vanaf)), (r.verplichting.id, b)
                continue
            if r.periode.vanaf and valid[-1].geldig_vanaf < r.periode.vanaf:
                # quoted from before the period's start only because the next version has the same text
                assert "niet veranderd" in b.toelichting, (r.verplichting.id, b)
            latest = valid[-1]
            assert b.versie == f"{g.regeling}@{latest.geldig_vanaf}", (r.verplichting.id, b.versie)
            assert latest.geldig_vanaf <= peil  # never a later version
            unit = omgeving().load(b.versie).get(g.adres)
            assert unit is not None and b.tekst == voorgelezen(unit), (r.verplichting.id, str(g.adres))
            assert b.sha == hashlib.sha256(tekst(unit, " ").encode("utf-8")).hexdigest()[:16]  # the words alone
            # sure when the catalogue shows the version still held, or on the version's own first day (helper-108)
            zeker = (latest.geldig_tot and peil <= latest.geldig_tot) or (peil == latest.geldig_vanaf
                                                                           and latest.kind != "laws-markdown")
            assert b.zekerheid == ("zeker" if zeker else "laatst-bekend"), (r.verplichting.id, b)
            checked += 1
    if when >= date(2022, 11, 5):
        assert checked >= 30, checked


def test_dates_before_the_oldest_version_quote_nothing() -> None:
    """Artikel 28, eerste lid, on 2019-06-01: in force, but the sources hold no Gemeentewet valid then."""
    r = {x.verplichting.id: x for x in cl.make(omgeving(), gm.find(gm.load(), "GM0363"), date(2019, 6, 1),
                                                  verplichtingen()).regels}
    b = r["belangenverstrengeling-raad"].basis[0]
    assert b.zekerheid == "niet-beschikbaar" and "die reeks begint op 2022-11-05" in b.toelichting
    assert "laws-markdown" in b.toelichting  # the older series is named, so the status line does not contradict it


def test_a_gap_between_versions_is_stated() -> None:
    """Artikel 36a, tweede lid, on 2024-07-01: the newest text held is of 2023-04-01, next 2026-10-01 (same text)."""
    r = {x.verplichting.id: x for x in cl.make(omgeving(), gm.find(gm.load(), "GM0363"), date(2024, 7, 1),
                                                  verplichtingen()).regels}
    b = r["vog-wethouder"].basis[0]
    assert b.zekerheid == "laatst-bekend" and b.versie == "gemeentewet@2023-04-01"
    assert "geen versie tussen 2023-04-01 en 2026-10-01" in b.toelichting and "dezelfde tekst" in b.toelichting


def by_id(when: date) -> dict[str, cl.Regel]:
    return {x.verplichting.id: x for x in cl.make(omgeving(), gm.find(gm.load(), "GM0363"), when, verplichtingen()).regels}


def test_kieswet_p19_lid_5_is_quoted_on_2023_06_01_from_the_toestand_of_2025() -> None:
    """Kieswet artikel P 19, vijfde lid, on 2023-06-01: the sources hold the Kieswet only as of 2025-08-01, but
    its BWB data give artikel P 19 as reading so since 2023-01-01 (Stb. 2022, 444): that text applied then."""
    b = by_id(date(2023, 6, 1))["lijstuitputting-rangschikking"].basis[0]
    assert (b.zekerheid, b.versie) == ("zeker", "kieswet@2025-08-01")
    assert "waarop geen kandidaten gekozen zijn verklaard" in b.tekst
    assert "sinds 2023-01-01 (Stb. 2022, 444), dus ook op 2023-06-01" in b.toelichting


def test_kieswet_p19_before_2023_01_01_is_not_quoted_from_a_later_text() -> None:
    """Kieswet artikel P 19 on 2022-12-31: its present text applies only since 2023-01-01, so the text of the day
    is not in the sources and none is shown."""
    b = by_id(date(2022, 12, 31))["lijstuitputting-rangschikking"].basis[0]
    assert (b.zekerheid, b.tekst) == ("niet-beschikbaar", "")


def test_kieswet_x5_is_quoted_on_2022_06_01_since_it_reads_so_from_2008_12_01() -> None:
    """Kieswet artikel X 5 on 2022-06-01: reads so since 2008-12-01 (Stb. 2008, 405) per the toestand of 2025-08-01."""
    b = by_id(date(2022, 6, 1))["melding-onverenigbare-functie"].basis[0]
    assert (b.zekerheid, b.versie) == ("zeker", "kieswet@2025-08-01") and b.tekst
    assert "sinds 2008-12-01 (Stb. 2008, 405)" in b.toelichting
