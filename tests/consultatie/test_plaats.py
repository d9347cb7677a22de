"""A comment names the onderdeel of the bill that changes its provision (consultatie.plaats), on an invented act."""

from __future__ import annotations

from wetgeving.consultatie.plaats import oud_adres, plaats, stappen
from wetgeving.locatie import Adres
from wetgeving.wijziging.instructies import parse_act

from ..wijziging.testwet import act, make_testwet

ACT = act("""A

In artikel 2, tweede lid, wordt «besloten» vervangen door «achter gesloten deuren».

B

Na artikel 2 wordt een artikel ingevoegd, luidende:

  Artikel 2a

  Dit artikel is nieuw.""")


def test_each_provision_gets_the_onderdeel_that_changes_it() -> None:
    base = make_testwet()
    steps = stappen(base, parse_act(ACT))
    assert [s.aanduiding for s in steps] == ["Artikel I, onderdeel A", "Artikel I, onderdeel B"]
    assert plaats(steps, Adres.parse("artikel:2/lid:2")) == "Artikel I, onderdeel A"
    assert plaats(steps, Adres.parse("artikel:2a")) == "Artikel I, onderdeel B"
    assert plaats(steps, Adres.parse("artikel:2/lid:1")) == ""  # in an amended artikel, but its text is unchanged
    assert plaats(steps, Adres.parse("artikel:1")) == ""


def test_a_letter_the_sources_do_not_give_is_named_so() -> None:
    steps = stappen(make_testwet(), parse_act(ACT), lambda art, ond: f"Artikel {art}, onderdeel {ond}, letter door ons afgeleid")
    assert plaats(steps, Adres.parse("artikel:2a")) == "Artikel I, onderdeel B, letter door ons afgeleid"


def test_a_lid_inserted_onder_vernummering_is_new_and_the_old_lid_moved_on() -> None:
    """Aanwijzing 6.18: «Onder vernummering van het vierde lid tot vijfde lid wordt een lid ingevoegd»: the new
    vierde lid has no current text; the vijfde lid of the bill is the current vierde."""
    from wetgeving.diff import diff
    from wetgeving.wijziging.toepassen import apply

    base = make_testwet()
    bill = apply(base, parse_act(act("A\n\nArtikel 20 wordt als volgt gewijzigd:\n\n1. Onder vernummering van het "
                                     "vierde lid tot vijfde lid wordt een lid ingevoegd, luidende:\n\n"
                                     "  4. Een nieuw vierde lid."))).regeling
    d = diff(base, bill)
    assert oud_adres(d, Adres.parse("artikel:20/lid:4")) is None
    assert oud_adres(d, Adres.parse("artikel:20/lid:5")) == Adres.parse("artikel:20/lid:4")
    assert oud_adres(d, Adres.parse("artikel:20/lid:1")) == Adres.parse("artikel:20/lid:1")
    assert oud_adres(d, Adres.parse("artikel:3")) == Adres.parse("artikel:3")
