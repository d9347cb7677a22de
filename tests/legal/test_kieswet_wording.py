"""Legal review of the Kieswet duties (X 8, P 19, W 3, W 4, X 9) against the Kieswet of 2025-08-01, whose BWB data
give per artikel the date its text entered into force. Each test names the provision and the date it checks."""

from __future__ import annotations

from datetime import date

from tests.katalogus import omgeving
from wetgeving.compliance import checklist as cl
from wetgeving.compliance import gemeenten as gm
from wetgeving.compliance.verplichtingen import verplichtingen
from wetgeving.locatie import Adres
from wetgeving.model import Artikel, tekst
from wetgeving.tranches.lezen import tranche


def _regel(vid: str, when: date) -> cl.Regel:
    c = cl.make(omgeving(), gm.find(gm.load(), "GM0363"), when, verplichtingen())
    return next(r for r in c.regels if r.verplichting.id == vid)


def _kieswet(adres: str) -> str:
    unit = omgeving().load("kieswet@2025-08-01").get(Adres.parse(adres))
    assert unit is not None, adres
    return " ".join(tekst(unit, " ").split())


def test_kieswet_x8_lid_5_suspends_the_vervallenverklaring_pending_appeal_on_2023_04_15() -> None:
    """Kieswet artikel X 8, vijfde lid (2023-04-15; text since 2021-07-01): «De werking van een besluit, inhoudende de
    vervallenverklaring, wordt opgeschort totdat de beroepstermijn is verstreken of, indien beroep is ingesteld, op
    het beroep is beslist»; the duty went from the bekendmaking straight to the onherroepelijke vervallenverklaring."""
    assert "wordt opgeschort totdat de beroepstermijn is verstreken" in _kieswet("artikel:X 8/lid:5")
    wat = _regel("schorsing-verboden-handelingen", date(2023, 4, 15)).periode.handeling
    assert "wordt opgeschort totdat de beroepstermijn is verstreken" in wat
    assert "na een ambtshalve vervallenverklaring is het lid gedurende die periode in zijn betrekking geschorst" in wat


def test_kieswet_p19_lid_5_ranks_lists_of_a_lijstengroep_with_seats_in_large_raden_on_2023_04_15() -> None:
    """Kieswet artikel P 19, vijfde lid (2023-04-15): with nineteen or more seats the ranking is left out only for lists
    without gekozenen «en die niet deel uitmaken van een lijstengroep waaraan één of meer zetels zijn toegekend»; the
    duty's condition said «alleen als de raad minder dan negentien zetels heeft»."""
    assert "niet deel uitmaken van een lijstengroep waaraan één of meer zetels zijn toegekend" in _kieswet("artikel:P 19/lid:5")
    p = _regel("lijstuitputting-rangschikking", date(2023, 4, 15)).periode
    assert "lijstengroep waaraan één of meer zetels zijn toegekend" in p.handeling
    assert "alleen als de raad minder dan negentien" not in p.voorwaarde and "lijstengroep" in p.voorwaarde


def test_kieswet_w3_applied_before_2023_so_the_seat_passed_within_a_lijstengroep_on_2022_12_31() -> None:
    """Kieswet artikel W 3 (2022-12-31; text since 2018-06-13, Stb. 2018, 106): when the list is exhausted and forms a
    lijstengroep, «gaat de zetel ... over op één van die andere lijsten». The duty before 2023 said a seat could go
    to another list only in the smallest raden, and that the seat otherwise «bleef onbezet», which is our reading."""
    w3 = omgeving().load("kieswet@2025-08-01").get(Adres.parse("artikel:W 3"))
    assert isinstance(w3, Artikel) and w3.inwerking == date(2018, 6, 13)
    r = _regel("lijstuitputting-opvolging", date(2022, 12, 31))
    assert "artikel W 3 Kieswet" in [b.citaat for b in r.basis]
    assert "lijstengroep" in r.periode.handeling and "(artikel W 3)" in r.periode.handeling
    assert "onbezet" not in r.periode.handeling and "onbezet bleef, is onze lezing" in r.periode.toelichting
    assert "2018-06-13" in r.periode.toelichting


def test_kieswet_w4_on_2023_04_15_names_w3_before_w4() -> None:
    """Kieswet artikelen W 3 and W 4 (2023-04-15): within a lijstengroep the seat first passes to another list of the
    group (W 3); W 4 applies when none of those lists has a candidate left."""
    r = _regel("lijstuitputting-opvolging", date(2023, 4, 15))
    assert "artikel W 3 Kieswet" in [b.citaat for b in r.basis]
    assert "eerst over op een andere lijst van die groep (artikel W 3)" in r.periode.toelichting


def test_kieswet_x9_is_summed_up_with_its_own_list_of_besluiten_on_2023_01_01() -> None:
    """Kieswet artikel X 9 (2023-01-01): D 8 applies to the besluiten of «X 4, derde lid, X 4a, derde lid, X 5, derde
    lid, X 7, vierde lid, X 7a, vierde lid, en X 8, vierde lid»; the tranche model said «artikelen X 4 tot en met
    X 8» (which takes in X 6 and leaves out X 4a and X 7a) and called D 8 «de snelle procedure»."""
    x9 = _kieswet("artikel:X 9")
    assert "X 4a, derde lid" in x9 and "X 6" not in x9
    o = next(o for w in tranche("tranche-1").wijzigingen for o in w.onderdelen if o.id == "kw-x9")
    assert "X 4 tot en met X 8" not in o.samenvatting and "snelle procedure" not in o.samenvatting
    assert "X 4a, derde lid" in o.samenvatting and "X 7a, vierde lid" in o.samenvatting
