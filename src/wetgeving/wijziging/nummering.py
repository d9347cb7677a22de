"""Gaps an amending act leaves in the numbering of leden and onderdelen. Aanwijzing 6.17, tweede lid, asks that
the leden, onderdelen and subonderdelen of an artikel be renumbered or relettered («tenzij daartegen overwegend bezwaar
bestaat»), so a lid that vervalt without «onder vernummering van …» (aanwijzing 6.18, eerste lid, voorbeeld B) is said,
never corrected: the drafter may have that objection."""

from __future__ import annotations

import string
from collections.abc import Sequence

from wetgeving.model import Lid, Onderdeel, Regeling, children
from wetgeving.nummers import opsomming
from wetgeving.wijziging.acties import Actie, Invoegen, Vernummeren, Vervalt


def _gat(nrs: Sequence[str]) -> list[str]:
    """The plain numbers (1, 2 …) or letters (a, b …) missing among ``nrs`` before the highest; «4a» and «ba», inserted
    between, are no gap."""
    cijfers = sorted(int(n) for n in nrs if n.isdigit())
    if cijfers:
        return [str(n) for n in range(1, cijfers[-1]) if n not in cijfers]
    letters = sorted(n for n in nrs if len(n) == 1 and n in string.ascii_lowercase)
    if letters:
        return [c for c in string.ascii_lowercase[:string.ascii_lowercase.index(letters[-1])] if c not in letters]
    return []


def gaten(base: Regeling, na: Regeling, acties: Sequence[Actie]) -> list[str]:
    """For each artikel, lid or onderdeel whose leden or onderdelen the acties let lapse, renumbered or added to: the
    numbers missing after them that were not missing before (Dutch notes); and a lid or onderdeel inserted with a number
    of its own («4a», «ba») where aanwijzing 6.17, tweede lid, asks to renumber (helper-194: «Aan artikel 36a wordt een lid
    toegevoegd, luidende: 7. …» after the fourth lid was applied without a word)."""
    ingevoegd = [a for a in acties if isinstance(a, Invoegen)]
    ouders = dict.fromkeys([a.adres.parent for a in acties if isinstance(a, Vervalt) and a.adres.soort in ("lid", "onderdeel")
                            and a.adres.parent is not None] + [a.ouder for a in acties if isinstance(a, Vernummeren)]
                           + [a.ouder for a in ingevoegd])
    out = [_tussen(base, a) for a in ingevoegd if _tussen(base, a)]
    for ouder in ouders:
        voor, nu = base.get(ouder), na.get(ouder)
        if voor is None or nu is None:
            continue
        for soort, woord in (("lid", "leden"), ("onderdeel", "onderdelen")):
            nrs = [k.nr for k in children(nu) if isinstance(k, (Lid, Onderdeel)) and k.soort == soort]
            eerder = [k.nr for k in children(voor) if isinstance(k, (Lid, Onderdeel)) and k.soort == soort]
            ontbreekt = [n for n in _gat(nrs) if n not in _gat(eerder)]
            if soort == "lid" and len(nrs) == 1 and len(eerder) > 1:  # one lid left: no leden any more (helper-99)
                out.append(f"na de wijziging heeft {ouder.citation(base.citeertitel)} alleen lid {nrs[0]}. " + _een_lid())
            elif ontbreekt:
                gat = (f"{soort} {ontbreekt[0]} ontbreekt" if len(ontbreekt) == 1 else
                       f"de {woord} {opsomming(ontbreekt)} ontbreken")
                heeft = f"alleen {soort} {nrs[0]}" if len(nrs) == 1 else f"de {woord} {opsomming(nrs)}"
                toegevoegd = any(a.ouder == ouder and a.soort == soort and any(u.nr not in eerder for u in a.eenheden)
                                 for a in ingevoegd)
                out.append(f"na de wijziging heeft {ouder.citation(base.citeertitel)} {heeft}: {gat}. "
                           + (_volgend(soort) if toegevoegd else _vorm(soort, woord)))
    return out


def _tussen(base: Regeling, a: Invoegen) -> str:
    """A note for a lid or onderdeel inserted between two others with a number of its own («4a», «ba»), not by
    renumbering the ones after it (aanwijzing 6.17, tweede lid), else ""."""
    ouder = base.get(a.ouder)
    if ouder is None:
        return ""
    broers = {k.nr for k in children(ouder) if isinstance(k, (Lid, Onderdeel)) and k.soort == a.soort}
    eigen = [u.nr for u in a.eenheden if len(u.nr) > 1 and u.nr[-1].isalpha() and u.nr[:-1] in broers
             and u.nr not in broers]
    if not eigen:
        return ""
    woord = "verletteren" if a.soort == "onderdeel" and not eigen[0][0].isdigit() else "vernummeren"
    return (f"in {a.ouder.citation(base.citeertitel)} is {a.soort} {opsomming(eigen)} ingevoegd met een eigen "
            f"{'letter' if woord == 'verletteren' else 'nummer'}; aanwijzing 6.17, tweede lid, vraagt de volgende "
            f"{'leden' if a.soort == 'lid' else 'onderdelen'} te {woord}, tenzij daartegen overwegend bezwaar bestaat; vorm: "
            + ("«Onder vernummering van het tweede lid tot derde lid wordt een lid ingevoegd, luidende:» (aanwijzing 6.18, "
               "eerste lid, voorbeeld A)" if a.soort == "lid" else "«Onder verlettering van de onderdelen c tot en met f "
               "tot d tot en met g wordt een onderdeel ingevoegd, luidende:» (aanwijzing 6.18, tweede lid, voorbeeld A)"))


def _volgend(soort: str) -> str:
    """What the Aanwijzingen ask of a lid or onderdeel added with a number that skips others."""
    return (f"Een {'toegevoegd lid' if soort == 'lid' else 'toegevoegd onderdeel'} krijgt het nummer dat op het laatste "
            "volgt: de leden, onderdelen en subonderdelen van een artikel worden doorlopend genummerd of geletterd "
            "(aanwijzing 6.17, tweede lid; aanwijzing 6.16, tweede lid: «Een eenmaal aangevangen wijze van nummering wordt "
            "voortgezet.»)")


def _een_lid() -> str:
    """What aanwijzing 6.18, vierde lid, asks when one lid is left: the artikel no longer has leden."""
    return ("Een artikel met één lid bestaat niet uit leden: dan moet ook de aanduiding van dat lid vervallen "
            "(aanwijzing 6.18, vierde lid: «Het tweede lid alsmede de aanduiding ‘1.’ voor het eerste lid vervallen.»); "
            "de tekst staat hier zoals de wijziging haar maakt")


def _vorm(soort: str, woord: str) -> str:
    """What the Aanwijzingen ask, cited as they are numbered (the source's «6.18.1.B» is «aanwijzing 6.18, eerste lid,
    voorbeeld B»; helper-97): leden are renumbered (6.18, eerste lid), onderdelen relettered (6.18, tweede lid)."""
    vorm = ("«… vervalt, onder vernummering van …» (aanwijzing 6.18, eerste lid, voorbeeld B)" if soort == "lid" else
            "«onder verlettering van de onderdelen …» (aanwijzing 6.18, tweede lid)")
    return (f"Aanwijzing 6.17, tweede lid, vraagt {woord} te {'vernummeren' if soort == 'lid' else 'verletteren'}, tenzij "
            f"daartegen overwegend bezwaar bestaat; vorm: {vorm}")
