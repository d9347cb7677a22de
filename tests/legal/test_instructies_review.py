"""A drafter's review of the generated wijzigingsinstructies against the Aanwijzingen voor de regelgeving
(version valid from 2024-07-01, hoofdstuk 6) and the real amending act (Kamerstuk 35 546, nr. 2, Artikel I).

Each test names the Aanwijzing, the provision and the version pair (or an invented Testwet) it checks, shows
the sentence the Aanwijzing asks for, and checks the round trip: the parser reads the generated text back to
the same actions and applying them gives the target version."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from wetgeving.diff import diff
from wetgeving.model import Alinea, Artikel, Lid, Onderdeel, Regeling
from wetgeving.wijziging.acties import TekstInvoegen, Vervangen
from wetgeving.wijziging.genereren import generate
from wetgeving.wijziging.instructies import parse_act

from ..wijziging.test_real_acts import EXCERPT, round_trip


def _text(a: Regeling, b: Regeling, *, exact: bool = True) -> str:
    """The generated act for a → b, checked to read back and apply to b (:func:`round_trip`)."""
    return round_trip(a, b, exact=exact)[1]


def _lines(text: str) -> list[str]:
    return [ln.strip() for ln in text.splitlines()]


def _na_a(text: str) -> list[str]:
    """The lines of onderdeel A (after «A» and the blank line)."""
    lines = _lines(text)
    return lines[lines.index("A") + 2:]


def _ond(nr: str, text: str) -> Onderdeel:
    return Onderdeel(nr, f"{nr}.", (Alinea(text),))


def _lid(nr: str, text: str) -> Lid:
    return Lid(nr, (Alinea(text),))


def _wet(*artikelen: Artikel) -> Regeling:
    return Regeling("BWBR9999999", "Testwet", date(2024, 1, 1), artikelen)


# --- Aanwijzing 6.18.1, voorbeeld A: the artikel is not named again inside "wordt als volgt gewijzigd" -----


def test_6_18_1_renumbering_inside_the_artikel_names_no_artikel(real) -> None:  # type: ignore[no-untyped-def]
    """Aanwijzing 6.18.1 (voorbeeld A: «Onder vernummering van het tweede lid tot derde lid wordt een lid
    ingevoegd, luidende:»); Gemeentewet artikel 23, 2023-01-01 → 2023-04-01, as Kamerstuk 35 546, nr. 2,
    Artikel I, onderdeel C, punt 1. Before: «… wordt in artikel 23 een lid ingevoegd» under «Artikel 23 wordt
    als volgt gewijzigd:»."""
    text = _text(real("gemeentewet@2023-01-01"), real("gemeentewet@2023-04-01"))
    lines = _lines(text)
    k = lines.index("Artikel 23 wordt als volgt gewijzigd:")
    assert lines[k + 2] == ("1. Onder vernummering van het vierde en vijfde lid tot vijfde en zesde lid wordt een lid "
                            "ingevoegd, luidende:")
    assert "wordt in artikel 23 een lid ingevoegd" not in text


def test_6_18_1_a_single_insertion_still_names_its_artikel() -> None:
    """Aanwijzing 6.18.1 on an invented Testwet: a renumbering that is the whole onderdeel (no «wordt als
    volgt gewijzigd» around it) keeps «in artikel 20», or the reader would not know where the lid goes."""
    old = _wet(Artikel("20", (_lid("1", "Een."), _lid("2", "Twee."), _lid("3", "Drie."))))
    new = _wet(Artikel("20", (_lid("1", "Een."), _lid("2", "Nieuw."), _lid("3", "Twee."), _lid("4", "Drie."))))
    # 2026-12-07 (helper-148): the artikel named first, the renumbering between commas (one order in one document)
    assert ("In artikel 20 wordt, onder vernummering van het tweede en derde lid tot derde en vierde lid, een lid "
            "ingevoegd, luidende:") in _lines(_text(old, new))


# --- Aanwijzing 6.10: whole lees- of begripseenheden ----------------------------------------------------


def test_6_10_an_ordinal_keeps_its_noun_on_the_left(real) -> None:  # type: ignore[no-untyped-def]
    """Aanwijzing 6.10; Gemeentewet artikel 169, vierde lid, 2022-11-05 → 2023-01-01 (the reference to artikel
    160, eerste lid, onder e-h becomes onder d-g). Before: «lid, onder e, f, g en h» vervangen door «lid, onder
    d, e, f en g» — the phrase began at the noun of «eerste lid». And a lid cited after its artikel belongs to it
    (2026-12-06): not «eerste lid, onder e …», which began after «artikel 160,», but the whole citation."""
    text = _text(real("gemeentewet@2022-11-05"), real("gemeentewet@2023-01-01"))
    # the lid has two sentences: the first is named (as Kamerstuk 35 546, nr. 2, onderdeel B names «tweede zin»)
    assert ("In artikel 169, vierde lid, eerste zin, wordt «artikel 160, eerste lid, onder e, f, g en h» vervangen door "
            "«artikel 160, eerste lid, onder d, e, f en g».") in _lines(text)


def test_6_10_an_added_sentence_is_quoted_whole(real) -> None:  # type: ignore[no-untyped-def]
    """Aanwijzingen 6.10 and 6.11.2; Gemeentewet artikel 185, derde lid (nieuw), 2022-11-05 → 2023-01-01: the
    new last sentence is added as a sentence with its own full stop. Before: «. Mededelingen … verstrekken»
    (the quotation began with the full stop of the sentence before it)."""
    text = _text(real("gemeentewet@2022-11-05"), real("gemeentewet@2023-01-01"))
    line = next(ln for ln in _lines(text) if ln.startswith("3. Aan het derde lid (nieuw) wordt toegevoegd"))
    assert line.startswith("3. Aan het derde lid (nieuw) wordt toegevoegd «Mededelingen aan de raad,")
    assert line.endswith(" verstrekken.».")


def test_6_10_a_compound_preposition_is_quoted_whole(real, sources: Path) -> None:  # type: ignore[no-untyped-def]
    """Aanwijzing 6.10; Gemeentewet artikel 19, tweede lid, 2023-01-01 → 2023-04-01: the phrases are the ones
    of Kamerstuk 35 546, nr. 2, Artikel I, onderdeel B («met uitzondering van …»). Before: «uitzondering van
    de in artikel 25, tweede lid, bedoelde stukken» — «met uitzondering van» cut in two."""
    real_act = parse_act((sources / EXCERPT).read_text(encoding="utf-8"))
    b = next(o for _, o in real_act.onderdelen() if o.nr == "B").acties[0]
    assert isinstance(b, Vervangen)
    generated = generate(diff(real("gemeentewet@2023-01-01"), real("gemeentewet@2023-04-01")))
    art19 = [a for _, o in generated.onderdelen() for a in o.acties if a.doel is not None and a.doel.artikel == "19"]
    assert len(art19) == 1 and isinstance(art19[0], Vervangen)
    assert (art19[0].oud, art19[0].nieuw) == (b.oud, b.nieuw)
    _text(real("gemeentewet@2023-01-01"), real("gemeentewet@2023-04-01"))


def test_6_10_met_dien_verstande_is_not_cut(real) -> None:  # type: ignore[no-untyped-def]
    """Aanwijzing 6.10; Gemeentewet artikel 154k, tweede lid, 2023-04-01 → 2026-10-01. Before: «wordt voor
    «dien» ingevoegd: «uitzondering van … en met»» (both «met dien verstande» and «met uitzondering van» cut)."""
    text = _text(real("gemeentewet@2023-04-01"), real("gemeentewet@2026-10-01"), exact=False)
    line = next(ln for ln in _lines(text) if ln.startswith("In artikel 154k, tweede lid,"))
    assert line.startswith("In artikel 154k, tweede lid, wordt voor «met dien verstande» ingevoegd «met uitzondering van")


# --- Aanwijzing 6.18.2 (voorbeelden B and C), 6.18.3, 6.18.4: the prescribed formulas ---------------------

_BEGRIPPEN = Artikel("1", (Alinea("In deze wet wordt verstaan onder:"), _ond("a", "raad: de proefraad;"),
                           _ond("b", "college: het proefcollege;"), _ond("c", "burgemeester: de proefburgemeester; of"),
                           _ond("d", "griffier: de proefgriffier.")))


def test_6_18_2_b_punctuation_goes_with_the_added_onderdeel() -> None:
    """Aanwijzing 6.18.2, voorbeeld B, on an invented Testwet (artikel 1, onderdeel e added). Before: two points,
    «Na onderdeel d wordt een onderdeel ingevoegd» and «In onderdeel d wordt de punt aan het slot vervangen door
    een puntkomma»."""
    nieuw = Artikel("1", (*_BEGRIPPEN.inhoud[:3], _ond("c", "burgemeester: de proefburgemeester;"),
                          _ond("d", "griffier: de proefgriffier;"), _ond("e", "secretaris: de proefsecretaris.")))
    oud = Artikel("1", (*_BEGRIPPEN.inhoud[:3], _ond("c", "burgemeester: de proefburgemeester;"), _BEGRIPPEN.inhoud[4]))
    assert _na_a(_text(_wet(oud), _wet(nieuw)))[:2] == [
        "Onder vervanging van de punt aan het slot van artikel 1, onderdeel d, door een puntkomma wordt een onderdeel "
        "toegevoegd, luidende:", "e. secretaris: de proefsecretaris."]


def test_6_18_2_c_both_punctuation_changes_go_with_the_added_onderdeel() -> None:
    """Aanwijzing 6.18.2, voorbeeld C, on an invented Testwet: «; of» moves from onderdeel c to d. Before: three
    points (insertion, then each punctuation change)."""
    nieuw = Artikel("1", (*_BEGRIPPEN.inhoud[:3], _ond("c", "burgemeester: de proefburgemeester;"),
                          _ond("d", "griffier: de proefgriffier; of"), _ond("e", "secretaris: de proefsecretaris.")))
    assert _na_a(_text(_wet(_BEGRIPPEN), _wet(nieuw)))[0] == (
        "Onder vervanging van «; of» aan het slot van artikel 1, onderdeel c, door een puntkomma en onder vervanging "
        "van de punt aan het slot van artikel 1, onderdeel d, door «; of» wordt een onderdeel toegevoegd, luidende:")


def test_6_18_2_b_on_artikel_184(real) -> None:  # type: ignore[no-untyped-def]
    """Aanwijzing 6.18.2, voorbeeld B; Gemeentewet artikel 184, eerste lid, 2022-11-05 → 2023-01-01 (onderdeel e
    added after onderdeel d (nieuw), whose words change too). Before: «Na het eerste lid, onderdeel d (nieuw),
    wordt een onderdeel ingevoegd», the punctuation change left among the word changes of point 6."""
    lines = _lines(_text(real("gemeentewet@2022-11-05"), real("gemeentewet@2023-01-01")))
    k = lines.index("Artikel 184 wordt als volgt gewijzigd:")
    punten = [ln for ln in lines[k:k + 40] if ln[:2] in {f"{n}." for n in range(1, 10)}]
    assert ("4. Onder vervanging van de punt aan het slot van het eerste lid, onderdeel d (nieuw), door een puntkomma "
            "wordt een onderdeel toegevoegd, luidende:") in punten
    assert not any("punt aan het slot vervangen" in p for p in punten)


def test_6_18_3_an_artikel_gets_leden() -> None:
    """Aanwijzing 6.18.3 («Voor de tekst wordt de aanduiding ‘1.’ geplaatst.» / «Er wordt een lid toegevoegd,
    luidende:»), invented Testwet artikel 3. Before: «Artikel 3 komt te luiden:» with the whole artikel."""
    oud = Artikel("3", (Alinea("De raad stelt een gedragscode vast."),))
    nieuw = Artikel("3", (_lid("1", "De raad stelt een gedragscode vast."), _lid("2", "De gedragscode wordt bekendgemaakt.")))
    assert _na_a(_text(_wet(oud), _wet(nieuw)))[:6] == [
        "Artikel 3 wordt als volgt gewijzigd:", "", "1. Voor de tekst wordt de aanduiding «1.» geplaatst.", "",
        "2. Er wordt een lid toegevoegd, luidende:", "2. De gedragscode wordt bekendgemaakt."]


def test_6_18_4_an_artikel_loses_its_leden() -> None:
    """Aanwijzing 6.18.4 («Het tweede lid alsmede de aanduiding ‘1.’ voor het eerste lid vervallen.»), invented
    Testwet artikel 5, with and without other changes. Before: «Artikel 5 komt te luiden:»."""
    oud = Artikel("5", (_lid("1", "De raad stelt een gedragscode vast."), _lid("2", "Zij wordt bekendgemaakt."),
                        _lid("3", "Drie.")))
    kaal = Artikel("5", (Alinea("De raad stelt een gedragscode vast."),))
    assert _na_a(_text(_wet(oud), _wet(kaal)))[0] == (
        "Artikel 5, tweede en derde lid, alsmede de aanduiding «1.» voor het eerste lid vervallen.")
    ander = Artikel("5", (Alinea("De raad stelt jaarlijks een gedragscode vast."),))
    lines = _na_a(_text(_wet(Artikel("5", oud.inhoud[:2])), _wet(ander)))
    assert lines[0] == "Artikel 5 wordt als volgt gewijzigd:"
    assert "2. Het tweede lid alsmede de aanduiding «1.» voor het eerste lid vervallen." in lines


def test_6_10_the_same_words_everywhere_are_replaced_telkens(real) -> None:  # type: ignore[no-untyped-def]
    """Aanwijzing 6.10; Gemeentewet artikel 182, eerste lid, 2022-11-05 → 2023-01-01 («bestuur» becomes «beleid»
    in both sentences). Before: «bestuur.» vervangen door «beleid.» — the full stop taken in only to make the
    phrase unique — and then «bestuur» vervangen door «beleid». Since 2026-12-06 the phrase takes in «gevoerde»: the
    lid also says «gemeentebestuur», which does not change, and a reader should not have to know that «bestuur» is
    matched as a whole word (helper-40)."""
    text = _text(real("gemeentewet@2022-11-05"), real("gemeentewet@2023-01-01"))
    assert "2. In het eerste lid wordt telkens «gevoerde bestuur» vervangen door «gevoerde beleid»." in _lines(text)
    assert "«bestuur.»" not in text and "telkens «bestuur»" not in text


# --- the aanhef of an enumeration: «In de aanhef wordt …» (6.18.1, voorbeeld A; 3.29, vierde lid) -----------


def test_the_aanhef_of_the_artikel_itself_is_de_aanhef(real) -> None:  # type: ignore[no-untyped-def]
    """Aanwijzing 6.18.1 (voorbeeld A: inside «Artikel X wordt als volgt gewijzigd:» the artikel is not named
    again) with the citation of an aanhef of Aanwijzing 3.29, vierde lid («artikel 9, eerste lid, aanhef en
    onderdeel b»); Gemeentewet artikel 81n (no leden, onderdelen a–d), 2023-04-01 → 2026-10-01: the words added
    before onderdeel a are «In de aanhef». Before: «1. In artikel 81n wordt na «provincies» ingevoegd: …» under
    «Artikel 81n wordt als volgt gewijzigd:» (the artikel named again, the aanhef not named)."""
    generated, text = round_trip(real("gemeentewet@2023-04-01"), real("gemeentewet@2026-10-01"), exact=False)
    lines = _lines(text)
    k = lines.index("Artikel 81n wordt als volgt gewijzigd:")
    assert lines[k + 2].startswith("1. In de aanhef wordt na «provincies» ingevoegd «")
    assert not any(ln.startswith(("In artikel 81n wordt", "1. In artikel 81n")) for ln in lines)
    art = [a for _, o in generated.onderdelen() for a in o.acties if a.doel is not None and a.doel.artikel == "81n"]
    assert isinstance(art[0], TekstInvoegen) and art[0].plaats.aanhef
    # The standalone form («In artikel 220d, eerste lid, aanhef, wordt …») was pinned here on 220d until 2026-12-06;
    # that change was an artefact of the source's wrapping («onroerende- zaakbelastingen», test_review_2026_12_06c).
    # It is now pinned on the invented Testwet below.


def test_the_aanhef_of_a_lid_and_what_is_no_aanhef() -> None:
    """Aanwijzing 3.29, vierde lid (the aanhef cited after its lid: «het eerste lid, aanhef»), on an invented
    Testwet: words in the text before the onderdelen of a lid are «In het eerste lid, aanhef,»; the text after
    the onderdelen, and an artikel without onderdelen, have no aanhef and are cited as before."""
    aanhef = Lid("1", (Alinea("De raad stelt vast:"), _ond("a", "een gedragscode;"), _ond("b", "een reglement."),
                       Alinea("Het college voert uit.")))
    nieuw = Lid("1", (Alinea("De raad stelt jaarlijks vast:"), _ond("a", "een gedragscode;"),
                      _ond("b", "een reglement."), Alinea("Het college voert spoedig uit.")))
    old = _wet(Artikel("4", (aanhef, _lid("2", "Twee."))), Artikel("5", (Alinea("De raad beslist vandaag."),)))
    new = _wet(Artikel("4", (nieuw, _lid("2", "Twee."))), Artikel("5", (Alinea("De raad beslist spoedig vandaag."),)))
    lines = _lines(_text(old, new))
    assert "1. In het eerste lid, aanhef, wordt na «stelt» ingevoegd «jaarlijks»." in lines
    assert "2. In het eerste lid wordt na «voert» ingevoegd «spoedig»." in lines
    assert any(ln.startswith("In artikel 5 wordt ") for ln in lines)
    assert sum("aanhef" in ln for ln in lines) == 1
    # standalone (no «wordt als volgt gewijzigd»), the aanhef of a lid is cited after it
    alleen = _wet(Artikel("4", (nieuw, _lid("2", "Twee."))), Artikel("5", (Alinea("De raad beslist vandaag."),)))
    old_alleen = _wet(Artikel("4", (Lid("1", (Alinea("De raad stelt vast:"), *nieuw.inhoud[1:])), _lid("2", "Twee."))),
                      Artikel("5", (Alinea("De raad beslist vandaag."),)))
    assert "In artikel 4, eerste lid, aanhef, wordt na «stelt» ingevoegd «jaarlijks»." in _lines(_text(old_alleen, alleen))
