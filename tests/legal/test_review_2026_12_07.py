"""Legal review of 2026-12-07; each test names its provision and date."""

from __future__ import annotations

from wetgeving.locatie import Adres
from wetgeving.model import Alinea, Onderdeel
from wetgeving.wijziging.acties import Actie, Anker, Invoegen, Vernummeren
from wetgeving.wijziging.instructies import Regel, parse_onderdeel
from wetgeving.wijziging.schrijven import schrijf

# --- drafting: subonderdelen are inserted as subonderdelen --------------------------------------------------------


def _sub(nr: str) -> Onderdeel:
    return Onderdeel(nr=nr, label=f"{nr}°.", inhoud=(Alinea(tekst="een nieuw geval;"),))


def test_inserted_subonderdelen_are_named_subonderdelen() -> None:
    """Aanwijzingen voor de regelgeving (2024-07-01), aanwijzing 6.17, tweede lid, names «leden, onderdelen en
    subonderdelen»; the Gemeentewet cites a subonderdeel «onder a, onder 3°» (229, tweede lid, 2026-10-01). Units
    inserted in an onderdeel were «twee onderdelen ingevoegd»; they are subonderdelen, and the sentence reads back."""
    r = Adres((("artikel", "1"), ("lid", "1"), ("onderdeel", "r")))
    gevallen: list[tuple[list[Actie], str]] = [
        ([Invoegen(r, (_sub("3"), _sub("4")), Anker("na", "2"))],
         "Na artikel 1, eerste lid, onderdeel r, onder 2°, worden twee subonderdelen ingevoegd, luidende:"),
        ([Invoegen(r, (_sub("3"),))], "Aan artikel 1, eerste lid, onderdeel r, wordt een subonderdeel toegevoegd, luidende:"),
        ([Vernummeren(r, "onderdeel", (("3", "4"),)), Invoegen(r, (_sub("3"),), Anker("na", "2"))],
         "Na artikel 1, eerste lid, onderdeel r, onder 2°, wordt, onder vernummering van subonderdeel 3° tot 4°, een "
         "subonderdeel ingevoegd, luidende:"),
    ]
    for acties, kop in gevallen:
        tekst = schrijf(acties)
        assert tekst[0] == kop
        assert "onderdelen ingevoegd" not in tekst[0].replace("subonderdelen", "")
        gelezen = parse_onderdeel("A", [Regel(i, t) for i, t in enumerate(tekst, 1)])
        assert gelezen.onleesbaar == () and list(gelezen.acties) == acties
    lid = Adres((("artikel", "1"), ("lid", "1")))
    o = Onderdeel(nr="s", label="s.", inhoud=(Alinea(tekst="een nieuw geval;"),))
    assert schrijf([Invoegen(lid, (o,), Anker("na", "r"))])[0] == ("Na artikel 1, eerste lid, onderdeel r, wordt een "
                                                                   "onderdeel ingevoegd, luidende:")
