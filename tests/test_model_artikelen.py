"""``Regeling.artikelen()``, ``get`` of an artikel and ``walk`` answer as the address index does, though they
avoid building it: on every real regeling, on a model with a duplicated artikel number, and before and after
the index exists."""

from __future__ import annotations

from datetime import date

import pytest

from tests.testwet import make_testwet
from wetgeving.bronnen.catalogus import Catalogus
from wetgeving.errors import AddressError
from wetgeving.locatie import Adres
from wetgeving.model import Alinea, Artikel, Lid, Regeling, Structuur, walk


def from_index(reg: Regeling) -> list[Artikel]:
    return [u for u in reg.index.values() if isinstance(u, Artikel)]


def fresh(reg: Regeling) -> Regeling:
    return Regeling(reg.bwb_id, reg.citeertitel, reg.geldig_vanaf, reg.inhoud, reg.bron)


def check_same(reg: Regeling) -> None:
    quick = fresh(reg)
    nrs = [a.nr for a in quick.artikelen()] + ["999zz"]
    got = [quick.get(Adres.of(("artikel", nr))) for nr in nrs]  # before the index is built
    assert "index" not in quick.__dict__
    assert quick.artikelen() == from_index(reg)
    assert got == [reg.index.get(Adres.of(("artikel", nr))) for nr in nrs]
    walked = dict(walk(reg))
    assert walked == reg.index and list(walked) == list(reg.index)


def test_real_regelingen(cat: Catalogus) -> None:
    seen = 0
    for bron in cat.regeling_sources():
        check_same(cat.load(f"{bron.regeling}@{bron.geldig_vanaf}"))
        seen += 1
    assert seen >= 20


def test_testwet() -> None:
    check_same(make_testwet())


def test_duplicate_number_keeps_first_place_and_last_artikel() -> None:
    one = Artikel("1", (Alinea("eerste"),))
    two = Artikel("2", (Lid("1", (Alinea("x"),)),))
    again = Artikel("1", (Alinea("tweede"),))
    reg = Regeling("BWBR0000001", "Proefwet", date(2020, 1, 1),
                   (Structuur("hoofdstuk", "1", (one, two)), Structuur("hoofdstuk", "2", (again,))))
    check_same(reg)
    assert fresh(reg).artikelen() == [again, two]


def test_walk_still_validates_addresses() -> None:
    bad = Regeling("BWBR0000001", "Proefwet", date(2020, 1, 1), (Artikel("1", (Lid(" 2", ()),)),))
    with pytest.raises(AddressError):
        list(walk(bad))


def test_voorgelezen_keeps_labels_and_lid_numbers_that_tekst_drops() -> None:
    from wetgeving.model import Onderdeel, tekst, voorgelezen

    sub = Onderdeel("1", "1°.", (Alinea("ook hier"),))
    lid1 = Lid("1", (Alinea("Niet tevens:"), Onderdeel("a", "a.", (Alinea("minister;"),)),
                     Onderdeel("b", "b.", (Alinea("wethouder."), sub))))
    lid2 = Lid("2", (Alinea("In afwijking van het eerste lid, onder b."),))
    art = Artikel("13", (lid1, lid2))
    assert voorgelezen(lid1) == "Niet tevens: a. minister; b. wethouder. 1°. ook hier"
    assert tekst(lid1, " ") == "Niet tevens: minister; wethouder. ook hier"
    assert voorgelezen(art) == ("1. Niet tevens: a. minister; b. wethouder. 1°. ook hier "
                                "2. In afwijking van het eerste lid, onder b.")
    assert voorgelezen(Artikel("14", (Lid("1", (Alinea("Eén lid."),)),))) == "Eén lid."  # a single lid is not numbered
    assert voorgelezen(Onderdeel("c", "", (Alinea("zonder label"),))) == "zonder label"
