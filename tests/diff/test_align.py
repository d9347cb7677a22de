"""Alignment on invented laws: renumbering, repeal, replacement, moves; self-diff; mirror property."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from wetgeving.diff import diff
from wetgeving.diff.resultaat import Diff
from wetgeving.model import Alinea, Artikel, Lid, Onderdeel, Regeling

S = [
    "De raad vergadert zo dikwijls als hij daartoe heeft besloten.",
    "Het college bereidt de besluiten van de raad voor en voert ze uit.",
    "De burgemeester ziet toe op een goede behartiging van de klachten.",
    "Een wethouder legt bij zijn benoeming een verklaring over van goed gedrag.",
    "De stukken worden terstond op elektronische wijze openbaar gemaakt.",
    "Geheimhouding geldt totdat het orgaan dat haar oplegde haar opheft.",
]


def law(arts: dict[str, list[str]], when: date = date(2024, 1, 1), *, los: bool = False) -> Regeling:
    """A Testwet; with ``los`` an artikel of one text has no lid «1.» (aanwijzing 6.18, vierde lid)."""
    return Regeling("BWBR9999999", "Testwet", when, tuple(
        Artikel(nr, (Alinea(leden[0]),) if los and len(leden) == 1 else
                tuple(Lid(str(i), (Alinea(t),)) for i, t in enumerate(leden, 1))) for nr, leden in arts.items()
    ))


def kinds(d: Diff) -> list[tuple[str, str, str | None, str | None]]:
    return [(w.soort, w.eenheid, str(w.oud) if w.oud else None, str(w.nieuw) if w.nieuw else None)
            for g in d.artikelen for w in g.verschillen]


def test_self_diff_is_empty() -> None:
    a = law({"1": S[:3], "2": S[3:]})
    assert diff(a, a).is_empty()
    assert diff(a, replace(a, geldig_vanaf=date(2025, 1, 1))).is_empty()


def test_inserted_lid_renumbers_the_rest() -> None:
    a = law({"1": [S[0], S[1], S[2]]})
    b = law({"1": [S[0], S[3], S[1], S[2] + " Dit geldt ook op zondag."]})
    assert kinds(diff(a, b)) == [
        ("added", "lid", None, "artikel:1/lid:2"),
        ("renumbered", "lid", "artikel:1/lid:2", "artikel:1/lid:3"),
        ("renumbered", "lid", "artikel:1/lid:3", "artikel:1/lid:4"),
    ]
    (w,) = [w for g in diff(a, b).artikelen for w in g.verschillen if w.oud and w.oud.nr == "3"]
    assert [s.tekst for s in w.redline if s.op == "insert"] == [" Dit geldt ook op zondag."]


def test_rewritten_lid_is_replaced_not_removed() -> None:
    a = law({"1": [S[0], S[1]]})
    b = law({"1": [S[0], "Iets geheel anders over parkeren op de markt."]})
    assert kinds(diff(a, b)) == [("replaced", "lid", "artikel:1/lid:2", "artikel:1/lid:2")]


def test_removed_added_and_repealed_articles() -> None:
    a = law({"1": [S[0]], "2": [S[1]], "3": [S[2]]})
    b = Regeling("BWBR9999999", "Testwet", date(2024, 1, 1), (
        Artikel("1", (Lid("1", (Alinea(S[0]),)),)),
        Artikel("2", (Alinea("[Vervallen per 01-01-2024]"),), vervallen=True),
        Artikel("4", (Lid("1", (Alinea(S[5]),)),)),
    ))
    d = diff(a, b)
    assert [(g.soort, g.oud_nr, g.nieuw_nr) for g in d.artikelen] == [
        ("repealed", "2", "2"), ("removed", "3", None), ("added", None, "4"),
    ]
    assert d.summary_line() == "3 artikelen verschillen: 0 gewijzigd, 1 ingevoegd, 1 vervallen, 1 als vervallen aangeduid"


def test_renumbered_article_by_content() -> None:
    a = law({"1": [S[0]], "2": [S[1], S[2]]})
    b = law({"1": [S[0]], "2a": [S[1], S[2]]})
    assert [(g.soort, g.oud_nr, g.nieuw_nr) for g in diff(a, b).artikelen] == [("renumbered", "2", "2a")]


def test_lid_moved_to_another_article() -> None:
    a = law({"1": [S[0], S[3]], "2": [S[1]]})
    b = law({"1": [S[0]], "2": [S[1], S[3]]})
    moves = [w for g in diff(a, b).artikelen for w in g.verschillen if w.soort == "moved"]
    assert moves and str(moves[0].oud) == "artikel:1/lid:2" and str(moves[0].nieuw) == "artikel:2/lid:2"


def test_onderdelen_aligned() -> None:
    def art(items: list[str]) -> Regeling:
        return Regeling("BWBR9999999", "Testwet", date(2024, 1, 1), (Artikel("5", (Lid("1", (
            Alinea("In deze wet wordt verstaan onder:"),
            *(Onderdeel(chr(97 + i), chr(97 + i) + ".", (Alinea(t),)) for i, t in enumerate(items)),
        )),)),))

    d = diff(art([S[0], S[1]]), art([S[0], S[4], S[1]]))
    assert kinds(d) == [("added", "onderdeel", None, "artikel:5/lid:1/onderdeel:b"),
                        ("renumbered", "onderdeel", "artikel:5/lid:1/onderdeel:b", "artikel:5/lid:1/onderdeel:c")]


def test_an_artikel_that_gets_leden_keeps_its_text_as_the_first() -> None:
    """Aanwijzing 6.18, derde lid: «Voor de tekst wordt de aanduiding ‘1.’ geplaatst.» — the text is renumbered to
    the first lid, its words redlined; not struck and inserted again. Vierde lid: the reverse."""
    a = law({"1": [S[0]]}, los=True)
    b = law({"1": [S[0].replace("zo dikwijls", "telkens"), S[1]]}, los=True)
    assert kinds(diff(a, b)) == [("renumbered", "lid", "artikel:1", "artikel:1/lid:1"),
                                 ("added", "lid", None, "artikel:1/lid:2")]
    (w, _) = diff(a, b).artikelen[0].verschillen
    assert [s.tekst for s in w.redline if s.op != "equal"] == ["zo dikwijls", "telkens"]
    assert kinds(diff(b, a)) == [("renumbered", "lid", "artikel:1/lid:1", "artikel:1"),
                                 ("removed", "lid", "artikel:1/lid:2", None)]
    other = law({"1": [S[2], S[1]]}, los=True)  # a first lid of other words is no renumbered text
    assert ("renumbered", "lid", "artikel:1", "artikel:1/lid:1") not in kinds(diff(a, other))


# --- property: diff(b, a) is the mirror image of diff(a, b) ------------------------------------------

LAW = st.dictionaries(st.sampled_from(["1", "2", "3", "3a", "4"]), st.lists(st.sampled_from(S), min_size=1, max_size=4),
                      min_size=1, max_size=5)


@st.composite
def edited(draw: st.DrawFn) -> tuple[Regeling, Regeling]:
    arts = draw(LAW)
    new = {k: list(v) for k, v in arts.items()}
    for _ in range(draw(st.integers(0, 4))):
        nr = draw(st.sampled_from(sorted(new))) if new else None
        op = draw(st.sampled_from(["insert", "delete", "words", "drop", "add"]))
        if nr is None or op == "add":
            new[draw(st.sampled_from(["5", "6", "2b"]))] = [draw(st.sampled_from(S))]
        elif op == "insert":
            new[nr].insert(draw(st.integers(0, len(new[nr]))), draw(st.sampled_from(S)))
        elif op == "delete" and len(new[nr]) > 1:
            new[nr].pop(draw(st.integers(0, len(new[nr]) - 1)))
        elif op == "words":
            i = draw(st.integers(0, len(new[nr]) - 1))
            new[nr][i] = new[nr][i].replace(draw(st.sampled_from(["de", "raad", "het", "van"])), "een", 1)
        elif op == "drop" and len(new) > 1:
            del new[nr]
    los = draw(st.booleans())  # an artikel that gets its second lid, or loses it, as the law writes it
    return law(arts, los=los), law(new, date(2025, 1, 1), los=los)


def canon(d: Diff) -> list[object]:
    return sorted(((g.soort, g.oud_nr, g.nieuw_nr, tuple(sorted(
        (w.soort, w.eenheid, str(w.oud), str(w.nieuw), w.redline) for w in g.verschillen))) for g in d.artikelen),
        key=repr)


@given(edited())
@settings(max_examples=150, deadline=None)
def test_mirror(pair: tuple[Regeling, Regeling]) -> None:
    a, b = pair
    assert canon(diff(b, a)) == canon(diff(a, b).mirror())


@given(LAW)
@settings(max_examples=50, deadline=None)
def test_self_diff_property(arts: dict[str, list[str]]) -> None:
    assert diff(law(arts), law(arts)).is_empty()
