"""The closing words of a lid after its onderdelen (invented texts)."""

from __future__ import annotations

from datetime import date

from wetgeving.diff import diff
from wetgeving.model import Alinea, Artikel, Lid, Onderdeel, Regeling


def _reg(*letters: str, slot: str = "Dit geldt ook voor de burgemeester.") -> Regeling:
    kids = tuple(Onderdeel(x, f"{x}.", (Alinea(f"voorschrift {x};"),)) for x in letters)
    lid = Lid("1", (Alinea("De raad stelt regels over:"), *kids, Alinea(slot)))
    return Regeling("BWBR0000001", "Proefwet", date(2024, 1, 1), (Artikel("1", (lid,)),))


def test_an_onderdeel_added_before_the_closing_words_leaves_the_lid_unchanged() -> None:
    d = diff(_reg("a", "b"), _reg("a", "b", "c"))
    assert [(w.soort, str(w.nieuw)) for g in d.artikelen for w in g.verschillen] == [
        ("added", "artikel:1/lid:1/onderdeel:c")]


def test_changed_closing_words_are_shown_after_the_onderdelen() -> None:
    d = diff(_reg("a", "b"), _reg("a", "b", slot="Dit geldt niet voor de burgemeester."))
    w = d.artikelen[0].verschillen[0]
    assert "".join(s.tekst for s in w.redline).startswith("De raad stelt regels over: [na de onderdelen] Dit geldt")
