"""The plain-text reports of the listing commands, on invented results (no real law text)."""

from __future__ import annotations

import json
from dataclasses import replace

from wetgeving.app.verwijzingen import Aanwezig, Impact, Verwijzingsrij
from wetgeving.graaf.vragen import Citing
from wetgeving.locatie import Adres
from wetgeving.render import berichten


def test_impact_lists_the_citing_artikelen_in_artikel_order() -> None:
    cites = [Citing(f"artikel:{nr}/lid:1", "artikel:23/lid:4", "artikel 23", "…", 1) for nr in ("155a", "88", "23a", "84")]
    out = berichten.impact(Impact(Adres.parse("artikel:23/lid:4"), True, tuple(cites)))
    assert out.splitlines()[-1] == "4 verwijzingen uit 4 artikelen: 23a, 84, 88, 155a"


def test_references_summary_explains_each_kind_of_unresolved() -> None:
    rows = [Verwijzingsrij("artikel:1", "hoofdstuk V", "intern", "jci", "NIET TE CONTROLEREN"),
            Verwijzingsrij("artikel:2", "artikel 9", "intern", "jci", "ONTBREEKT"),
            Verwijzingsrij("artikel:3", "artikel 9 zoals dat artikel luidde", "intern", "jci", "eerdere tekst"),
            Verwijzingsrij("artikel:4", "artikel 1", "intern", "jci", "bestaat")]
    summary = berichten.references(rows).splitlines()[4:]
    assert summary == ["4 verwijzingen, waarvan 2 onopgelost",
                       "  1 ONTBREEKT: het artikel, lid of onderdeel bestaat niet in deze versie",
                       "  1 NIET TE CONTROLEREN: de bron geeft geen indeling in hoofdstukken, titels, afdelingen of paragrafen"]


def test_a_list_names_its_units_that_do_not_resolve_and_counts_the_row_once() -> None:
    """The other leden of a list are named after the first one's target; one that does not resolve carries its
    status and is never left out when the list is shortened; the row counts once, under that status."""
    ook = tuple(f"artikel 9, {w} lid" for w in ("tweede", "derde", "vierde", "vijfde", "zesde"))
    row = Verwijzingsrij("artikel:2", "artikel 9, eerste tot en met zesde lid", "intern", "jci", "bestaat", ook,
                         ("bestaat", "bestaat", "bestaat", "bestaat", "ONTBREEKT"))
    lines = berichten.references([row]).splitlines()
    assert lines[0].endswith("bestaat (ook: artikel 9, tweede lid; artikel 9, derde lid; artikel 9, zesde lid "
                             "ONTBREEKT en nog 2)")
    assert lines[1:] == ["1 verwijzing, waarvan 1 onopgelost",
                         "  1 ONTBREEKT: het artikel, lid of onderdeel bestaat niet in deze versie"]
    two = Citing("artikel:2", "artikel:9/lid:5", "artikel 9", "…", 1, 7)
    assert berichten.dangling([two, replace(two, doel="artikel:9/lid:6")], "testwet").splitlines()[-1] == \
        "1 onopgeloste verwijzing (2 doelen) in testwet"


def test_an_unresolved_lid_or_onderdeel_says_what_the_unit_has() -> None:
    """«artikel 200, eerste lid» of an artikel without leden: the row says so, and what there is otherwise."""
    def said(a: Aanwezig) -> str:
        row = Verwijzingsrij("artikel:2", "artikel 9, eerste lid", "intern", "jci", "ONTBREEKT", aanwezig=a)
        return berichten.references([row]).splitlines()[0].split(" ONTBREEKT", 1)[1]

    assert said(Aanwezig("artikel 200", "lid", ())) == " — artikel 200 heeft geen leden"
    assert said(Aanwezig("artikel 154a", "lid", tuple(str(n) for n in range(1, 14)))) == " — artikel 154a heeft 13 leden"
    assert said(Aanwezig("artikel 3", "lid", ("1",))) == " — artikel 3 heeft 1 lid"
    assert said(Aanwezig("artikel 8, eerste lid", "onderdeel", ("a", "b", "c"))) == \
        " — artikel 8, eerste lid, heeft de onderdelen a, b en c"
    assert said(Aanwezig("artikel 160, eerste lid", "onderdeel", tuple("abcdefg"))) == \
        " — artikel 160, eerste lid, heeft de onderdelen a tot en met g"
    assert said(Aanwezig("artikel 4", "lid", ("2", "3"))) == " — artikel 4 heeft de leden 2 en 3"


def test_a_count_of_one_takes_the_singular() -> None:
    """Issue 14: counts read as Dutch, "1 verwijzing", never "1 verwijzingen" (nor "1 bestanden", "1 paden")."""
    cite = Citing("artikel:84/lid:1", "artikel:23/lid:4", "artikel 23", "…", 1)
    assert berichten.impact(Impact(Adres.parse("artikel:23/lid:4"), True, (cite,))).splitlines()[-1] == \
        "1 verwijzing uit 1 artikel: 84"
    row = Verwijzingsrij("artikel:2", "artikel 9", "intern", "jci", "ONTBREEKT")
    assert berichten.references([row]).splitlines()[1] == "1 verwijzing, waarvan 1 onopgelost"
    assert berichten.dangling([cite], "testwet").splitlines()[-1] == "1 onopgeloste verwijzing in testwet"


def test_telling() -> None:
    from wetgeving.nummers import telling

    assert [telling(n, "bestand", "bestanden") for n in (0, 1, 2)] == ["0 bestanden", "1 bestand", "2 bestanden"]


def test_references_name_the_other_leden_of_a_list() -> None:
    """"het tweede of derde lid" points at the tweede lid; the listing says the derde is cited too."""
    row = Verwijzingsrij("artikel:8/lid:5", "het tweede of derde lid", "relatief", "jci", "bestaat",
                         ("artikel 8, derde lid",))
    assert berichten.references([row]).splitlines()[0].endswith("→ jci bestaat (ook: artikel 8, derde lid)")
    many = Verwijzingsrij("artikel:9", "artikel 18b, tweede tot en met zesde lid", "intern", "jci", "bestaat",
                          tuple(f"artikel 18b, lid {n}" for n in range(3, 7)))
    assert berichten.references([many]).splitlines()[0].endswith(
        "(ook: artikel 18b, lid 3; artikel 18b, lid 4 en nog 2)")
    assert '"ook": [\n   "artikel 8, derde lid"\n  ]' in berichten.references_json([row])


def test_the_parts_a_reference_excepts_are_named_with_their_status() -> None:
    """«artikel 81f, behoudens het eerste lid, onder k en o»: the target is 81f; the exception is listed after it
    (an excepted part that is not there counts the row as unresolved)."""
    row = Verwijzingsrij("artikel:81oa/lid:3", "artikel 81f, behoudens het eerste lid, onder k en o", "intern", "jci",
                         "bestaat", behalve=("artikel 81f, eerste lid, onder k", "artikel 81f, eerste lid, onder o"),
                         behalve_status=("bestaat", "ONTBREEKT"))
    lines = berichten.references([row]).splitlines()
    assert lines[0].endswith("→ jci bestaat (behalve: artikel 81f, eerste lid, onder k; artikel 81f, eerste lid, "
                             "onder o ONTBREEKT)")
    assert lines[1] == "1 verwijzing, waarvan 1 onopgelost"
    data = json.loads(berichten.references_json([row]))[0]
    assert (data["behalve"], data["behalve_status"]) == (list(row.behalve), ["bestaat", "ONTBREEKT"])


def test_impact_lists_the_references_to_the_whole_apart() -> None:
    """References to the artikel (or lid) around the unit asked for come after its own, under their own heading."""
    own = Citing("artikel:5", "artikel:3/lid:2/onderdeel:a", "artikel 3, tweede lid, onder a", "…", 1)
    whole = (Citing("artikel:7", "artikel:3", "artikel 3", "…", 1), Citing("artikel:8", "artikel:3/lid:2", "…", "…", 1))
    lines = berichten.impact(Impact(Adres.parse("artikel:3/lid:2/onderdeel:a"), True, (own,), whole)).splitlines()
    assert lines[1] == "1 verwijzing uit 1 artikel: 5"
    assert lines[2] == ("2 verwijzingen naar artikel 3 of artikel 3, tweede lid, als geheel (waar artikel 3, tweede "
                        "lid, onder a, deel van is):")
    assert lines[3].startswith("  artikel 7 → artikel 3: «artikel 3»") and len(lines) == 5


def test_a_reference_named_as_an_exception_says_so() -> None:
    row = Verwijzingsrij("artikel:A 4", "artikelen 12", "extern", "jci", "", als_uitzondering=True)
    assert berichten.references([row]).splitlines()[0].endswith("→ jci (genoemd als uitzondering)")
    assert json.loads(berichten.references_json([row]))[0]["als_uitzondering"] is True
