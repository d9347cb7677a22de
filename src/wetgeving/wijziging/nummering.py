"""Gaps an amending act leaves in the numbering of leden and onderdelen. Aanwijzing 6.17, tweede lid, asks that
the leden, onderdelen and subonderdelen of an artikel be renumbered or relettered («tenzij daartegen overwegend bezwaar
bestaat»), so a lid that vervalt without «onder vernummering van …» (aanwijzing 6.18, eerste lid, voorbeeld B) is said,
never corrected: the drafter may have that objection."""

from __future__ import annotations

from collections.abc import Sequence

from wetgeving.locatie import Adres
from wetgeving.model import Lid, Onderdeel, Regeling, children
from wetgeving.nummers import LETTERREEKS, opsomming
from wetgeving.wijziging.acties import Actie, Invoegen, Vernummeren, Vervalt


def _gat(nrs: Sequence[str]) -> list[str]:
    """The plain numbers (1, 2 …) or letters (a, b …) missing among ``nrs`` before the highest; «4a» and «ba», inserted
    between, are no gap."""
    cijfers = sorted(int(n) for n in nrs if n.isdigit())
    if cijfers:
        return [str(n) for n in range(1, cijfers[-1]) if n not in cijfers]
    # a, b, … z, then aa, bb, … (helper-200: «cc» after «aa» left «bb» out unsaid)
    letters = sorted(LETTERREEKS.index(n) for n in nrs if n in LETTERREEKS)
    if letters:
        return [LETTERREEKS[i] for i in range(letters[-1]) if i not in letters]
    return []


def gaten(base: Regeling, na: Regeling, acties: Sequence[Actie]) -> list[str]:
    """For each artikel, lid or onderdeel whose leden or onderdelen the acties let lapse, renumbered or added to: the
    numbers missing after them that were not missing before (Dutch notes); and a lid or onderdeel inserted before others
    with a number of its own («4a», «ba») where aanwijzing 6.17, tweede lid, asks to renumber (helper-194: «Aan artikel
    36a wordt een lid toegevoegd, luidende: 7. …» after the fourth lid was applied without a word)."""
    ingevoegd = [a for a in acties if isinstance(a, Invoegen)]
    ouders = dict.fromkeys([a.adres.parent for a in acties if isinstance(a, Vervalt) and a.adres.soort in ("lid", "onderdeel")
                            and a.adres.parent is not None] + [a.ouder for a in acties if isinstance(a, Vernummeren)]
                           + [a.ouder for a in ingevoegd])
    out = [t for a in ingevoegd if (t := _tussen(base, na, a))]
    for ouder in ouders:
        voor, nu = base.get(ouder), na.get(ouder)
        if voor is None or nu is None:
            continue
        for soort in ("lid", "onderdeel"):
            nrs = [k.nr for k in children(nu) if isinstance(k, (Lid, Onderdeel)) and k.soort == soort]
            eerder = [k.nr for k in children(voor) if isinstance(k, (Lid, Onderdeel)) and k.soort == soort]
            ontbreekt = [n for n in _gat(nrs) if n not in _gat(eerder)]
            naam = _naam(ouder, soort)
            if soort == "lid" and len(nrs) == 1 and len(eerder) > 1:  # one lid left: no leden any more (helper-99)
                out.append(f"na de wijziging heeft {ouder.citation(base.citeertitel)} alleen lid {nrs[0]}. " + _een_lid())
            elif ontbreekt:
                gat = (f"{naam[0]} {ontbreekt[0]} ontbreekt" if len(ontbreekt) == 1 else
                       f"de {naam[1]} {opsomming(ontbreekt)} ontbreken")
                heeft = f"alleen {naam[0]} {nrs[0]}" if len(nrs) == 1 else f"de {naam[1]} {opsomming(nrs)}"
                toegevoegd = any(a.ouder == ouder and a.soort == soort and any(u.nr not in eerder for u in a.eenheden)
                                 for a in ingevoegd)
                out.append(f"na de wijziging heeft {ouder.citation(base.citeertitel)} {heeft}: {gat}. "
                           + (_volgend(naam) if toegevoegd else _vorm(naam, ontbreekt[0])))
    return out


def _naam(ouder: Adres, soort: str) -> tuple[str, str]:
    """How the Aanwijzingen name the units of ``soort`` in ``ouder``: leden; onderdelen; subonderdelen (helper-196)."""
    if soort == "lid":
        return "lid", "leden"
    return ("subonderdeel", "subonderdelen") if ouder.soort == "onderdeel" else ("onderdeel", "onderdelen")


def _werkwoord(nr: str) -> str:
    """Numbers are vernummerd, letters verletterd (aanwijzing 6.17, tweede lid: «vernummerd of verletterd»)."""
    return "vernummeren" if nr[:1].isdigit() else "verletteren"


# aanwijzing 6.17, tweede lid, word for word (reference/aanwijzingen-voor-de-regelgeving-2024-07-01.ch6-wijziging.yaml)
_6_17_2 = ("aanwijzing 6.17, tweede lid: «De leden, onderdelen en subonderdelen van een artikel worden wel vernummerd of "
           "verletterd, tenzij daartegen overwegend bezwaar bestaat.»")


def _tussen(base: Regeling, na: Regeling, a: Invoegen) -> str:
    """A note for a lid or onderdeel inserted before others with a number of its own («4a», «ba»), not by renumbering
    the ones after it (aanwijzing 6.17, tweede lid), else "". Added at the end it is none: «bb» after «aa» continues
    the lettering, «4a» after the last lid leaves none to renumber (helper-196)."""
    ouder, nu = base.get(a.ouder), na.get(a.ouder)
    if ouder is None or nu is None:
        return ""
    broers = [k.nr for k in children(ouder) if isinstance(k, (Lid, Onderdeel)) and k.soort == a.soort]
    volgorde = [k.nr for k in children(nu) if isinstance(k, (Lid, Onderdeel)) and k.soort == a.soort]
    eigen = [u.nr for u in a.eenheden if len(u.nr) > 1 and u.nr[-1].isalpha() and u.nr[:-1] in broers
             and u.nr not in broers and u.nr in volgorde
             and any(n in broers for n in volgorde[volgorde.index(u.nr) + 1:])]  # an old one follows it
    if not eigen:
        return ""
    naam = _naam(a.ouder, a.soort)
    werk = _werkwoord(eigen[0])
    vorm = ("«Onder vernummering van het tweede lid tot derde lid wordt een lid ingevoegd, luidende:» (aanwijzing 6.18, "
            "eerste lid, voorbeeld A)" if a.soort == "lid" else
            "«Onder verlettering van de onderdelen c tot en met f tot d tot en met g wordt een onderdeel ingevoegd, "
            "luidende:» (aanwijzing 6.18, tweede lid, voorbeeld A" + (", hier naar analogie)" if naam[0] != "onderdeel"
                                                                      or werk == "vernummeren" else ")"))
    return (f"in {a.ouder.citation(base.citeertitel)} is {naam[0]} {opsomming(eigen)} vóór bestaande {naam[1]} ingevoegd "
            f"met een eigen {'nummer' if werk == 'vernummeren' else 'letter'}, zonder de volgende te {werk}; {_6_17_2} "
            f"Vorm: {vorm}.")


def _een_lid() -> str:
    """What aanwijzing 6.18, vierde lid, asks when one lid is left: the artikel no longer has leden."""
    return ("Een artikel met één lid bestaat niet uit leden: dan moet ook de aanduiding van dat lid vervallen "
            "(aanwijzing 6.18, vierde lid: «Het tweede lid alsmede de aanduiding ‘1.’ voor het eerste lid vervallen.»); "
            "de tekst staat hier zoals de wijziging haar maakt")


def _vorm(naam: tuple[str, str], nr: str) -> str:
    """What the Aanwijzingen ask, cited as they are numbered (the source's «6.18.1.B» is «aanwijzing 6.18, eerste lid,
    voorbeeld B»; helper-97): leden are vernummerd (6.18, eerste lid), lettered onderdelen verletterd (6.18, tweede lid),
    numbered ones vernummerd (helper-196: 5° was to be «verletterd»)."""
    werk = _werkwoord(nr)
    if naam[0] == "lid":
        vorm = "«… vervalt, onder vernummering van …» (aanwijzing 6.18, eerste lid, voorbeeld B)"
    else:
        vorm = (f"«onder {'vernummering' if werk == 'vernummeren' else 'verlettering'} van de {naam[1]} …» (aanwijzing "
                "6.18, tweede lid" + (", hier naar analogie)" if naam[0] != "onderdeel" or werk == "vernummeren" else ")"))
    return f"De {naam[1]} zijn dus te {werk} ({_6_17_2}); vorm: {vorm}"


def _volgend(naam: tuple[str, str]) -> str:
    """What a lid or onderdeel added with a number that skips others asks (helper-196: the Aanwijzingen do not say
    «doorlopend»; that the added one takes the next number is our reading of 6.17, tweede lid)."""
    return (f"Naar onze lezing van {_6_17_2} krijgt een toegevoegd {naam[0]} het nummer of de letter die op het laatste "
            "volgt")
