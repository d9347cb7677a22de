"""Carry out one typed action on a regeling: ``voer_uit(reg, actie) → Regeling`` (raises
:class:`EditError` when it cannot be done). Text actions live in :mod:`wetgeving.wijziging.uitvoeren_tekst`.

Chapters and paragraphs are named by their own kind and number ("hoofdstuk Va", "hoofdstuk VIII,
paragraaf 3"), as instructions name them; they are found wherever they stand. A source that has no
chapters at all (the regelrecht corpus) cannot place a new chapter: its artikelen are then placed by their
numbers and the report says so (``notities``).
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any, assert_never

from wetgeving.locatie import Adres
from wetgeving.model import Alinea, Artikel, Lid, Regeling, Structuur, buiten_deel
from wetgeving.nummers import opsomming, sort_key
from wetgeving.wijziging import bewerken as ed
from wetgeving.wijziging import uitvoeren_tekst as tekst
from wetgeving.wijziging.acties import (
    STRUCTUREN,
    AanduidingPlaatsen,
    AanduidingVervalt,
    Actie,
    Anker,
    ArtikelenInvoegen,
    ArtikelenVernummeren,
    Intrekken,
    Invoegen,
    KomtTeLuiden,
    LeestekenVervangen,
    OpschriftKomtTeLuiden,
    Schrappen,
    StructuurInvoegen,
    TekstInvoegen,
    TekstKomtTeLuiden,
    TekstToevoegen,
    Vernummeren,
    Vervalt,
    Vervangen,
    ZinVervalt,
)
from wetgeving.wijziging.bewerken import EditError


def voer_uit(reg: Regeling, actie: Actie, notities: list[str] | None = None) -> Regeling:
    """Apply one action; ``notities`` collects remarks for the report (e.g. a chapter placed by numbers)."""
    match actie:
        case Vervangen():
            return tekst.vervangen(reg, actie)
        case Schrappen():
            return tekst.schrappen(reg, actie)
        case TekstInvoegen():
            return tekst.invoegen(reg, actie)
        case TekstToevoegen():
            return tekst.toevoegen(reg, actie)
        case TekstKomtTeLuiden():
            return tekst.komt_te_luiden(reg, actie)
        case ZinVervalt():
            return tekst.zin_vervalt(reg, actie)
        case LeestekenVervangen():
            return tekst.leesteken(reg, actie)
        case KomtTeLuiden():
            return _komt_te_luiden(reg, actie)
        case Vervalt():
            return ed.remove_unit(reg, plek(reg, actie.adres))
        case Invoegen():
            _zonder_leden(_get(reg, actie.ouder), actie)
            return ed.insert_units(reg, actie.ouder, actie.eenheden, after=_na(actie.anker), before=_voor(actie.anker))
        case ArtikelenInvoegen():
            anker = actie.anker
            uit = _artikelen(reg, list(actie.eenheden), anker.positie if anker else "", anker.nr if anker else "")
            if notities is not None:
                notities += _buiten_volgorde(uit, [u.nr for u in actie.eenheden])
            return uit
        case StructuurInvoegen():
            return _structuur_invoegen(reg, actie, notities if notities is not None else [])
        case OpschriftKomtTeLuiden():
            adres = plek(reg, actie.adres)
            return ed.replace_unit(reg, adres, dataclasses.replace(_get(reg, adres), titel=actie.titel))
        case Vernummeren():
            _get(reg, actie.ouder)
            return ed.renumber(reg, actie.ouder, actie.soort, dict(actie.paren))
        case ArtikelenVernummeren():
            return _artikelen_vernummeren(reg, actie)
        case AanduidingPlaatsen():
            return _aanduiding_plaatsen(reg, actie)
        case AanduidingVervalt():
            return _aanduiding_vervalt(reg, actie)
        case Intrekken():
            return dataclasses.replace(reg, inhoud=())
        case _:
            assert_never(actie)


def _zonder_leden(ouder: Any, actie: Invoegen) -> None:
    """A lid added to an artikel that has no leden: its text would stand unnumbered before «2.» (helper-177: `apply`
    did so silently, and `validate` called the result valid). Aanwijzing 6.18, derde lid: first «Voor de tekst wordt
    de aanduiding ‘1.’ geplaatst.»"""
    if (isinstance(ouder, Artikel) and any(isinstance(e, Lid) for e in actie.eenheden)
            and not any(isinstance(k, Lid) for k in ouder.inhoud) and any(isinstance(k, Alinea) for k in ouder.inhoud)):
        raise EditError(f"artikel {ouder.nr} bestaat niet uit leden: een lid toevoegen vraagt eerst «Voor de tekst wordt "
                        "de aanduiding ‘1.’ geplaatst.» (aanwijzing 6.18, derde lid)")


def _get(reg: Regeling, adres: Adres) -> Any:
    unit = reg.get(adres)
    if unit is None:
        raise EditError(buiten_deel(reg, adres) or f"{adres.onderwerp()} bestaat niet in de {reg.citeertitel}")
    return unit


def plek(reg: Regeling, adres: Adres) -> Adres:
    """The full address of a unit: a chapter or paragraph named by its own kind and number is looked up
    wherever it stands ('hoofdstuk:Va' → 'titel:II/hoofdstuk:Va')."""
    if reg.get(adres) is not None or adres.segmenten[0][0] not in STRUCTUREN:
        return adres
    n = len(adres.segmenten)
    found = [a for a, u in reg.index.items() if isinstance(u, Structuur) and a.segmenten[-n:] == adres.segmenten]
    if len(found) != 1:
        raise EditError(f"{adres.citation()} " + ("bestaat niet in de " + reg.citeertitel if not found
                                                  else "komt meer dan eens voor; noem ook het hoofdstuk of de titel"))
    return found[0]


def _komt_te_luiden(reg: Regeling, a: KomtTeLuiden) -> Regeling:
    adres = plek(reg, a.adres)
    old = _get(reg, adres)
    new = a.eenheid
    if isinstance(old, Artikel) and isinstance(new, Artikel):
        new = dataclasses.replace(new, titel=new.titel or old.titel)
    return ed.replace_unit(reg, adres, new)


def _na(anker: Anker | None) -> str | None:
    return anker.nr if anker is not None and anker.positie == "na" else None


def _voor(anker: Anker | None) -> str | None:
    return anker.nr if anker is not None and anker.positie == "voor" else None


def _artikelen(reg: Regeling, units: list[Any], pos: str, anchor: str) -> Regeling:
    """Artikelen go into the container of their anchor (or of the artikel before them by number)."""
    if not anchor:
        first = units[0].nr
        before = [x.nr for x in reg.artikelen() if sort_key(x.nr) < sort_key(first)]
        if before:
            anchor, pos = max(before, key=sort_key), "na"
        elif reg.artikelen():
            anchor, pos = reg.artikelen()[0].nr, "voor"
    if anchor and reg.get(Adres.of(("artikel", anchor))) is None:
        raise EditError(f"artikel {anchor} bestaat niet")
    parent = reg.containers.get(anchor) if anchor else None
    return ed.insert_units(reg, parent, units, after=anchor if pos == "na" else None,
                           before=anchor if pos == "voor" else None)


def _buiten_volgorde(reg: Regeling, nrs: list[str]) -> list[str]:
    """An inserted artikel whose number does not lie between those of its neighbours: «Na artikel 36 wordt een artikel
    ingevoegd, luidende: Artikel 36aa» puts 36aa before 36a (helper-101). Said, not mended: aanwijzing 6.16, eerste en
    tweede lid (letters added to the existing numbers; a way of numbering once begun is continued)."""
    volgorde = [a.nr for a in reg.artikelen()]
    out = []
    for nr in nrs:
        i = volgorde.index(nr) if nr in volgorde else -1
        voor, na = (volgorde[i - 1] if i > 0 else None), (volgorde[i + 1] if 0 <= i < len(volgorde) - 1 else None)
        past = (voor is None or sort_key(voor) < sort_key(nr)) and (na is None or sort_key(nr) < sort_key(na))
        verder = (voor is None or _volgnummer(voor) < _volgnummer(nr)) and (na is None or _volgnummer(nr) < _volgnummer(na))
        if not (past or verder):
            tussen = " en ".join(f"artikel {x}" for x in (voor, na) if x is not None)
            out.append(f"artikel {nr} staat tussen {tussen}, maar zijn nummer past daar niet tussen: controleer het nummer "
                       "(aanwijzing 6.16, eerste en tweede lid: letters toegevoegd aan het bestaande nummer, en een "
                       "eenmaal aangevangen wijze van nummering wordt voortgezet)")
    return out


def _volgnummer(nr: str) -> tuple[tuple[int, int, str], ...]:
    """The order of a series that went on past «z»: 78z, 78aa, 78bb (Participatiewet; letters by their count, then
    alphabetically; helper-103: the note of 6.16 fired on 81aa after 81z). A number fits where either this order or
    that of letters added to the number before it (81o, 81oa, 81p: :func:`sort_key`) puts it (helper-106)."""
    return tuple((0, int(t), "") if t.isdigit() else (1, len(t), t.casefold()) for t in re.findall(r"\d+|[^\d\s]+", nr))


def _structuur_invoegen(reg: Regeling, a: StructuurInvoegen, notities: list[str]) -> Regeling:
    nieuw = [k for u in a.eenheden for k in _artikelen_in(u)]
    bestaand = [x.nr for x in nieuw if reg.get(Adres.of(("artikel", x.nr))) is not None]
    if bestaand:
        lidwoord = "het nieuwe" if a.soort == "hoofdstuk" else "de nieuwe"  # helper-190: «de nieuwe hoofdstuk»
        raise EditError(f"artikel {bestaand[0]} van {lidwoord} {a.soort} bestaat al")
    if not any(isinstance(u, Structuur) for u in reg.index.values()):
        # helper-177: «de artikelen 87 … staan» for one artikel, «87, 88, 89» without «en»
        wat = (f"artikel {nieuw[0].nr} van {a.soort} {opsomming([u.nr for u in a.eenheden])} staat" if len(nieuw) == 1 else
               f"de artikelen {opsomming([x.nr for x in nieuw])} van {a.soort} {opsomming([u.nr for u in a.eenheden])} staan")
        notities.append(f"de bron van de {reg.citeertitel} kent geen indeling in hoofdstukken of paragrafen: {wat} op "
                        "hun nummer, zonder opschrift".replace("staat op hun", "staat op zijn"))
        return _artikelen(reg, nieuw, "", "") if nieuw else reg
    ouder = plek(reg, a.ouder) if a.ouder is not None else None
    if a.anker is not None:
        naam = (a.soort, a.anker.nr)
        ouder = plek(reg, Adres(a.ouder.segmenten + (naam,)) if a.ouder else Adres.of(naam)).parent
    return ed.insert_units(reg, ouder, a.eenheden, after=_na(a.anker), before=_voor(a.anker))


def _artikelen_in(u: Structuur) -> list[Artikel]:
    out: list[Artikel] = []
    for k in u.inhoud:
        if isinstance(k, Artikel):
            out.append(k)
        elif isinstance(k, Structuur):
            out += _artikelen_in(k)
    return out


def _artikelen_vernummeren(reg: Regeling, a: ArtikelenVernummeren) -> Regeling:
    mapping = dict(a.paren)
    for nr in mapping:
        _get(reg, Adres.of(("artikel", nr)))
    staying = {x.nr for x in reg.artikelen()} - set(mapping)
    clash = sorted(set(mapping.values()) & staying)
    if clash:
        raise EditError(f"na de vernummering zouden twee artikelen nummer {clash[0]} hebben")
    # simultaneous: first to placeholders, then to the new numbers (2→3 and 3→4 must not collide)
    temp = {nr: f"\x00{i}" for i, nr in enumerate(mapping)}
    for step in (temp, {temp[nr]: new for nr, new in mapping.items()}):
        for nr, new in step.items():
            art = _get(reg, Adres.of(("artikel", nr)))
            reg = ed.replace_unit(reg, Adres.of(("artikel", nr)), dataclasses.replace(art, nr=new))
    return reg


def _aanduiding_plaatsen(reg: Regeling, a: AanduidingPlaatsen) -> Regeling:
    art = _get(reg, a.adres)
    if any(isinstance(k, Lid) for k in art.inhoud):
        raise EditError(f"{a.adres.citation()} heeft al leden")
    nr = a.label.strip().rstrip(".")
    return ed.replace_unit(reg, a.adres, dataclasses.replace(art, inhoud=(Lid(nr, art.inhoud),)))


def _aanduiding_vervalt(reg: Regeling, a: AanduidingVervalt) -> Regeling:
    lid = _get(reg, a.doel)
    art = _get(reg, a.artikel)
    if [k for k in art.inhoud if isinstance(k, Lid)] != [lid]:
        raise EditError(f"{a.artikel.citation()} heeft nog andere leden")
    inh = [x for k in art.inhoud for x in (lid.inhoud if k is lid else (k,))]
    return ed.replace_unit(reg, a.artikel, dataclasses.replace(art, inhoud=tuple(inh)))
