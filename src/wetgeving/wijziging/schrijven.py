"""Typed actions → the Dutch instruction text of an onderdeel, in the formulas of the Aanwijzingen voor de
regelgeving, ch. 6, so that the parser reads back exactly the same actions.

One sentence when the onderdeel is one change ("In artikel 28, eerste lid, aanhef, wordt voor «stemming»
ingevoegd «beraadslaging en»."); more changes in one artikel become "Artikel 23 wordt als volgt gewijzigd:"
with numbered points that cite relative to the artikel ("In het vijfde lid", "In de aanhef"), with "(nieuw)"
after a renumbering (6.19). Changes that belong together are one sentence: a renumbering with the insertion
it makes room for (6.18.1), a unit that vervalt with the renumbering after it, several text changes in one
unit ("… vervangen door «B» en wordt «C» vervangen door «D»"), punctuation at the end with the onderdeel
added after it (6.18.2).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import assert_never

from wetgeving.locatie import Adres
from wetgeving.nummers import sort_key
from wetgeving.wijziging.acties import (
    AanduidingPlaatsen,
    AanduidingVervalt,
    Actie,
    ArtikelenInvoegen,
    ArtikelenVernummeren,
    Intrekken,
    Invoegen,
    KomtTeLuiden,
    LeestekenVervangen,
    OpschriftKomtTeLuiden,
    Plaats,
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
from wetgeving.wijziging.citeren import Citeer, aantal, groot, leesteken, nieuwe, q, reeks_tekst, sub_reeks
from wetgeving.wijziging.tekstblok import write_units

INDENT = "  "
WOORDEN = (Vervangen, Schrappen, TekstInvoegen, ZinVervalt, LeestekenVervangen)


def schrijf(acties: Sequence[Actie], eerder: Sequence[Actie] = ()) -> list[str]:
    """The instruction lines of one onderdeel (new text indented). ``eerder``: actions of the same onderdeel written
    before these (the real text of an onderdeel that ours completes): a unit they renumbered is cited «(nieuw)» (6.19)."""
    groepen = groepeer(list(acties))
    artikel = _een_artikel(acties)
    c = Citeer(None if len(groepen) == 1 or artikel is None else artikel)
    for v in eerder:
        if isinstance(v, (Vernummeren, ArtikelenVernummeren)):
            c.vernummerd(v)
    if c.artikel is None:
        out: list[str] = []
        for g in groepen:
            out += _zin(g, c)
        return out
    assert artikel is not None
    out = [f"Artikel {artikel.nr} wordt als volgt gewijzigd:", ""]
    for n, g in enumerate(groepen, start=1):
        lines = _zin(g, c)
        out.append(f"{n}. {lines[0]}")
        out += lines[1:]
        out.append("")
    return out[:-1]


def _een_artikel(acties: Sequence[Actie]) -> Adres | None:
    arts = {a.doel.artikel for a in acties if a.doel is not None}
    if len(arts) != 1 or None in arts or any(a.doel is None for a in acties):
        return None
    nr = arts.pop()
    return Adres.of(("artikel", nr)) if nr else None


def groepeer(acties: list[Actie]) -> list[list[Actie]]:
    """Actions that form one sentence together."""
    out: list[list[Actie]] = []
    i = 0
    while i < len(acties):
        a = acties[i]
        nxt = acties[i + 1] if i + 1 < len(acties) else None
        slot = _slot_en_invoeging(acties, i)
        if slot:
            out.append(acties[i:i + slot])
            i += slot
        elif (k := _leden_en_aanduiding(acties, i)) or (k := _vervallen_samen(acties, i)) \
                or (k := _zelfde_in_meer(acties, i)) > 1:
            out.append(acties[i:i + k])
            i += k
        elif nxt is not None and _samen(a, nxt):
            out.append([a, nxt])
            i += 2
        elif isinstance(a, WOORDEN) and out and all(isinstance(x, WOORDEN) and _plaats(x) == _plaats(a) for x in out[-1]):
            out[-1].append(a)
            i += 1
        else:
            out.append([a])
            i += 1
    return out


def _slot_en_invoeging(acties: list[Actie], i: int) -> int:
    """6.18.2: one or two punctuation changes at the end of onderdelen, then the onderdeel added after them —
    one sentence ('Onder vervanging van de punt aan het slot van onderdeel d door een puntkomma wordt een
    onderdeel toegevoegd'); returns how many actions that sentence takes (0: not this pattern)."""
    j = i
    while j < len(acties) and j - i < 2 and isinstance(a := acties[j], LeestekenVervangen) and \
            a.adres.parent == getattr(acties[i], "adres", None).parent:  # type: ignore[union-attr]
        j += 1
    if j == i or j >= len(acties):
        return 0
    b, first = acties[j], acties[i]
    ok = isinstance(b, Invoegen) and isinstance(first, LeestekenVervangen) and b.anker is None and \
        b.ouder == first.adres.parent and b.soort == first.adres.soort
    return j - i + 1 if ok else 0


def _leden_en_aanduiding(acties: list[Actie], i: int) -> int:
    """6.18.4: leden that vervallen, then the aanduiding of the one that remains — one sentence; returns how many
    actions it takes (0: not this pattern)."""
    j = i
    while j < len(acties) and isinstance(v := acties[j], Vervalt) and v.adres.soort == "lid":
        j += 1
    if j == i or j >= len(acties) or not isinstance(b := acties[j], AanduidingVervalt):
        return 0
    return j - i + 1 if all(isinstance(x, Vervalt) and x.adres.parent == b.artikel for x in acties[i:j]) else 0


def _vervallen_samen(acties: list[Actie], i: int) -> int:
    """Sibling artikelen, leden or onderdelen that vervallen, with the renumbering down that closes their gaps after
    them — one sentence («Het tweede, vijfde en zesde lid vervallen, onder vernummering van het derde en vierde lid
    tot tweede en derde lid.», aanwijzing 6.18, eerste lid, voorbeeld B; «De artikelen 87 tot en met 89 vervallen.»).
    helper-109: Gemeentewet 184, 2023-04-01 → 2022-11-05, read «1. Het tweede lid vervalt. 2. Het vijfde lid
    vervalt. 3. Het zesde lid vervalt, onder vernummering …», leaving leden 1, 3, 4, 5 and 6 after point 1 (6.17,
    tweede lid). Returns how many actions the sentence takes (0: fewer than two units vervallen)."""
    first = acties[i]
    if not isinstance(first, Vervalt) or not _reeksbaar(first.adres):
        return 0
    j = i
    while j < len(acties) and isinstance(v := acties[j], Vervalt) and v.adres.parent == first.adres.parent \
            and v.adres.soort == first.adres.soort:
        j += 1
    if j - i < 2:
        return 0
    nxt = acties[j] if j < len(acties) else None
    sluit = isinstance(nxt, Vernummeren) and nxt.ouder == first.adres.parent and nxt.soort == first.adres.soort \
        and _richting(nxt) == {-1}
    return j - i + int(sluit)


def _reeksbaar(adres: Adres) -> bool:
    """An artikel, a lid, an onderdeel, or a numbered subonderdeel (1°, 2°: «In … vervallen de subonderdelen …»)."""
    return adres.soort in ("artikel", "lid", "onderdeel") and (not _sub(adres) or adres.nr.isdigit())


def _sub(adres: Adres) -> bool:
    """A subonderdeel: an onderdeel of an onderdeel."""
    return adres.soort == "onderdeel" and adres.parent is not None and adres.parent.soort == "onderdeel"


def _zelfde_in_meer(acties: list[Actie], i: int) -> int:
    """The same words change «telkens» in consecutive sibling leden or onderdelen — one sentence («In het eerste lid,
    onderdelen g tot en met j, vervalt telkens «…».»); returns how many actions it takes (0 or 1: not this pattern)."""
    def sleutel(a: Actie) -> tuple[object, ...] | None:
        if not isinstance(a, (Vervangen, Schrappen)) or not a.telkens or a.plaats.zin is not None or a.plaats.aanhef \
                or a.plaats.adres.soort not in ("lid", "onderdeel"):
            return None
        return type(a), a.plaats.adres.parent, a.plaats.adres.soort, a.oud, getattr(a, "nieuw", None)

    nieuw = {v.ouder.child(v.soort, naar) for v in acties[:i] if isinstance(v, Vernummeren) for _, naar in v.paren}
    first = sleutel(acties[i])
    j = i
    while first is not None and j < len(acties) and sleutel(acties[j]) == first:
        j += 1
    if any(_plaats(a).adres in nieuw for a in acties[i:j]):  # type: ignore[union-attr]
        return 0  # a renumbered unit is cited «(nieuw)» (6.19): one sentence each, as before
    return j - i


def _samen(a: Actie, b: Actie) -> bool:
    """One sentence for two actions: renumbering up + the insertion it makes room for (aanwijzing 6.18, eerste lid,
    voorbeeld A), a unit that vervalt + renumbering down to close its gap (voorbeeld B). A renumbering the other way is a
    sentence of its own (helper-101: «Het zesde lid vervalt, onder vernummering van het tweede … tot derde …» of
    Gemeentewet 151c, 2015-11-24 → 2022-11-05, left gaps that voorbeeld B closes)."""
    if isinstance(a, Vernummeren) and isinstance(b, Invoegen):
        return b.ouder == a.ouder and b.soort == a.soort and _richting(a) == {1}
    return isinstance(a, Vervalt) and isinstance(b, Vernummeren) and a.adres.parent == b.ouder \
        and a.adres.soort == b.soort and _richting(b) == {-1}


def _richting(v: Vernummeren) -> set[int]:
    """1 for a number that goes up, -1 for one that goes down."""
    return {1 if sort_key(naar) > sort_key(van) else -1 for van, naar in v.paren}


def _plaats(a: Actie) -> Plaats | None:
    if isinstance(a, (Vervangen, Schrappen, TekstInvoegen)):
        return a.plaats
    if isinstance(a, (ZinVervalt, LeestekenVervangen)):
        return Plaats(a.adres)
    return None


# --- one sentence ----------------------------------------------------------------------------------------


def _zin(g: list[Actie], c: Citeer) -> list[str]:
    a = g[0]
    if isinstance(a, LeestekenVervangen) and isinstance(g[-1], Invoegen) and len(g) > 1:
        return _onder_vervanging(g, c)
    if isinstance(a, WOORDEN) and len(g) > 1 and _plaats(g[1]) != _plaats(a):
        return [_in_meer(g, c)]
    if isinstance(a, WOORDEN):
        return [_in(g, c)]
    if isinstance(g[-1], AanduidingVervalt) and len(g) > 1:
        return [_leden_vervallen(g, c)]
    if isinstance(a, Vervalt) and len(g) > 1 and isinstance(g[1], Vervalt):
        return [_reeks_vervalt(g, c)]
    if len(g) == 2:
        return _paar(a, g[1], c)
    return _enkel(a, c)


def _in(g: list[Actie], c: Citeer) -> str:
    first = _plaats(g[0])
    assert first is not None  # groepeer puts only text actions here
    if len(g) == 1 and isinstance(g[0], ZinVervalt) and g[0].adres == c.artikel:
        # inside «Artikel 124e wordt als volgt gewijzigd:», not «In artikel 124e vervalt …» again (helper-132)
        zin = "laatste" if g[0].zin < 0 else c_ordinal(g[0].zin)
        return f"De {zin} zin vervalt."
    clauses = [_clause(a) for a in g]
    body = ", ".join(clauses[:-1]) + (" en " if len(clauses) > 1 else "") + clauses[-1]
    return f"In {c.plaats(first, komma=True)} {body}."


def _in_meer(g: list[Actie], c: Citeer) -> str:
    """«In het eerste lid, onderdelen g tot en met j, vervalt telkens «…».» (:func:`_zelfde_in_meer`)."""
    plaatsen = [p.adres for a in g if (p := _plaats(a)) is not None]
    ouder, soort = plaatsen[0].parent, plaatsen[0].soort
    assert ouder is not None
    nrs = [p.nr for p in plaatsen]
    if soort == "lid":
        waar = reeks_tekst("lid", nrs) if ouder == c.artikel else f"{c.adres(ouder)}, {reeks_tekst('lid', nrs, lidw=False)},"
    elif _sub(plaatsen[0]):  # «In het eerste lid, onderdeel d, onder 3° en 4°, …» (helper-194: «onderdelen 3 en 4»)
        waar = f"{c.adres(ouder)}, onder {sub_reeks(nrs, lidw=False)},"
    else:
        waar = (reeks_tekst("onderdeel", nrs) if ouder == c.artikel
                else f"{c.adres(ouder)}, onderdelen {reeks_tekst('onderdeel', nrs, lidw=False)},")
    return f"In {waar} {_clause(g[0])}."


def _clause(a: Actie) -> str:
    tk = "telkens " if getattr(a, "telkens", False) else ""
    match a:
        case Vervangen():
            return f"wordt {tk}{q(a.oud, a.nieuw)} vervangen door {q(a.nieuw, a.oud)}"
        case Schrappen():
            return f"vervalt {tk}{q(a.oud)}"
        case TekstInvoegen():
            # no colon, as «toegevoegd «…»» (helper-148; Kamerstuk 35 546, nr. 2, onderdeel A); the colon is for
            # «luidende:» and a new sentence; the parser reads both (formules_tekst._nieuwe_tekst)
            return f"wordt {tk}{a.positie} {q(a.anker, a.nieuw)} ingevoegd {q(a.nieuw, a.anker)}"
        case ZinVervalt():
            return "vervalt de laatste zin" if a.zin < 0 else f"vervalt de {c_ordinal(a.zin)} zin"
        case LeestekenVervangen():
            return f"wordt {leesteken(a.oud, 'de')} aan het slot vervangen door {leesteken(a.nieuw, 'een')}"
    raise TypeError(a)  # pragma: no cover - groepeer sends only these


def c_ordinal(n: int) -> str:
    from wetgeving.nummers import ordinal

    return ordinal(n)


def _onder_vervanging(g: list[Actie], c: Citeer) -> list[str]:
    parts = [f"vervanging van {leesteken(x.oud, 'de')} aan het slot van {c.adres(x.adres, komma=True)} door "
             f"{leesteken(x.nieuw, 'een')}"
             for x in g[:-1] if isinstance(x, LeestekenVervangen)]
    b = g[-1]
    assert isinstance(b, Invoegen)  # _slot_en_invoeging makes this group
    ww = "wordt" if len(b.eenheden) == 1 else "worden"
    head = f"Onder {' en onder '.join(parts)} {ww} {nieuwe(b.ouder, b.soort, len(b.eenheden))} toegevoegd, luidende:"
    return [head, *_body(b.eenheden)]


def _paar(a: Actie, b: Actie, c: Citeer) -> list[str]:
    if isinstance(a, Vernummeren) and isinstance(b, Invoegen):
        c.vernummerd(a)
        van, naar = _paren(a)
        verb = _verb(a)
        ww = "wordt" if len(b.eenheden) == 1 else "worden"
        if b.anker is not None:
            anker = c.adres(b.ouder.child(b.soort, b.anker.nr), komma=True)
            head = (f"{b.anker.positie.capitalize()} {anker} {ww}, onder {verb} van {van} tot {naar}, "
                    f"{nieuwe(b.ouder, b.soort, len(b.eenheden))} ingevoegd, luidende:")
        else:
            # Aanwijzing 6.18.1 (voorbeeld A) and 6.18.2 (voorbeeld A): inside "Artikel 23 wordt als volgt
            # gewijzigd:" the artikel is not named again ("Onder vernummering van het vierde en vijfde lid tot
            # vijfde en zesde lid wordt een lid ingevoegd, luidende:", as Kamerstuk 35 546, nr. 2, onderdeel C)
            n = nieuwe(b.ouder, b.soort, len(b.eenheden))
            if b.ouder == c.artikel:
                head = f"Onder {verb} van {van} tot {naar} {ww} {n} ingevoegd, luidende:"
            else:  # helper-148: «Onder vernummering … wordt in artikel 36a een lid ingevoegd» beside the model's order
                head = (f"In {c.adres(b.ouder, komma=True)} {ww}, onder {verb} van {van} tot {naar}, {n} ingevoegd, "
                        "luidende:")
        return [head, *_body(b.eenheden)]
    if isinstance(a, Vervalt) and isinstance(b, Vernummeren):
        verb = _verb(b)
        van, naar = _paren(b)
        line = f"{groot(c.adres(a.adres, komma=True))} vervalt, onder {verb} van {van} tot {naar}."
        c.vernummerd(b)
        return [line]
    return _enkel(a, c) + _enkel(b, c)  # pragma: no cover - groepeer pairs only the above


def _reeks_vervalt(g: list[Actie], c: Citeer) -> str:
    """«Het tweede, vijfde en zesde lid vervallen, onder vernummering van …», «De artikelen 87 tot en met 89
    vervallen.», «Artikel 184, eerste lid, onderdelen c en e, vervallen, …» (:func:`_vervallen_samen`)."""
    weg = [x.adres for x in g if isinstance(x, Vervalt)]
    ouder, soort, nrs = weg[0].parent, weg[0].soort, [x.nr for x in weg]
    if _sub(weg[0]) and ouder is not None:  # «In het eerste lid, onderdeel d, vervallen de subonderdelen 4° en 5°»
        line = f"In {c.adres(ouder, komma=True)} vervallen {sub_reeks(nrs)}"
    elif ouder is None or ouder == c.artikel:
        line = f"{groot(reeks_tekst(soort, nrs))} vervallen"
    elif soort == "lid":
        line = f"{groot(c.adres(ouder))}, {reeks_tekst('lid', nrs, lidw=False)}, vervallen"
    else:
        line = f"{groot(c.adres(ouder))}, onderdelen {reeks_tekst('onderdeel', nrs, lidw=False)}, vervallen"
    if isinstance(b := g[-1], Vernummeren):
        van, naar = _paren(b)
        line += f", onder {_verb(b)} van {van} tot {naar}"
        c.vernummerd(b)
    return line + "."


def _paren(v: Vernummeren) -> tuple[str, str]:
    """The numbers before and after a renumbering: «het derde en vierde lid» / «tweede en derde lid», «onderdeel d» /
    «c», and for subonderdelen «de subonderdelen 6° en 7°» / «4° en 5°» (aanwijzing 6.17, tweede lid, names
    subonderdelen; helper-109: they were «de onderdelen 6 en 7 tot 4 en 5»)."""
    van, naar = [x for x, _ in v.paren], [y for _, y in v.paren]
    if v.soort == "onderdeel" and v.ouder.soort == "onderdeel" and all(n.isdigit() for n in (*van, *naar)):
        return sub_reeks(van), sub_reeks(naar, lidw=False)
    return reeks_tekst(v.soort, van), reeks_tekst(v.soort, naar, lidw=False)


def _verb(v: Vernummeren) -> str:
    """«verlettering» for lettered onderdelen, «vernummering» for leden and numbered (sub)onderdelen, 1°, 2° (aanwijzing
    6.17, tweede lid: «vernummerd of verletterd»; helper-101: «onder verlettering van onderdeel 2 tot 1»)."""
    letters = v.soort == "onderdeel" and any(nr[:1].isalpha() for pair in v.paren for nr in pair)
    return "verlettering" if letters else "vernummering"


def _leden_vervallen(g: list[Actie], c: Citeer) -> str:
    """Aanwijzing 6.18.4: «Het tweede lid alsmede de aanduiding ‘1.’ voor het eerste lid vervallen.»; standalone
    «Artikel 5, tweede en derde lid, alsmede …» (the lid is named relative to that artikel)."""
    b = g[-1]
    assert isinstance(b, AanduidingVervalt)  # groepeer makes this group
    nrs = [x.adres.nr for x in g[:-1] if isinstance(x, Vervalt)]
    wat = reeks_tekst("lid", nrs) if c.artikel == b.artikel else \
        f"{c.adres(b.artikel)}, {reeks_tekst('lid', nrs, lidw=False)},"
    return f"{groot(wat)} alsmede de aanduiding {q(b.label)} voor {reeks_tekst('lid', [b.lid])} vervallen."


def _enkel(a: Actie, c: Citeer) -> list[str]:
    match a:
        case TekstToevoegen():
            return [f"Aan {c.plaats(a.plaats, komma=True)} wordt toegevoegd {q(a.nieuw)}."]
        case TekstKomtTeLuiden():
            return [f"{groot(c.plaats(a.plaats, komma=True))} komt te luiden: {q(a.nieuw)}."]
        case KomtTeLuiden():
            return [f"{groot(c.adres(a.adres, komma=True))} komt te luiden:", *_body((a.eenheid,))]
        case Vervalt():
            return [f"{groot(c.adres(a.adres, komma=True))} vervalt."]
        case Invoegen():
            n = nieuwe(a.ouder, a.soort, len(a.eenheden))
            ww = "wordt" if len(a.eenheden) == 1 else "worden"
            if a.anker is not None:
                waar = c.adres(a.ouder.child(a.soort, a.anker.nr), komma=True)
                return [f"{a.anker.positie.capitalize()} {waar} {ww} {n} ingevoegd, luidende:", *_body(a.eenheden)]
            if a.ouder == c.artikel:  # 6.18.3: inside "Artikel 3 wordt als volgt gewijzigd:", "Er wordt … toegevoegd"
                return [f"Er {ww} {n} toegevoegd, luidende:", *_body(a.eenheden)]
            return [f"Aan {c.adres(a.ouder, komma=True)} {ww} {n} toegevoegd, luidende:", *_body(a.eenheden)]
        case ArtikelenInvoegen():
            return _nieuw("artikel", len(a.eenheden), (a.anker.positie, f"artikel {a.anker.nr}") if a.anker else None,
                          a.eenheden)
        case StructuurInvoegen():
            plek = (a.anker.positie, f"{a.soort} {a.anker.nr}") if a.anker else None
            if a.ouder is not None and a.anker is None:
                ww = "wordt" if len(a.eenheden) == 1 else "worden"
                return [f"Aan {c.adres(a.ouder, komma=True)} {ww} {aantal(a.soort, len(a.eenheden))} toegevoegd, "
                        "luidende:", *_body(a.eenheden)]
            return _nieuw(a.soort, len(a.eenheden), plek, a.eenheden)
        case OpschriftKomtTeLuiden():
            return [f"Het opschrift van {c.adres(a.adres, komma=True)} komt te luiden: {q(a.titel)}."]
        case Vernummeren():
            van = [x for x, _ in a.paren]
            line = (f"In {c.adres(a.ouder, komma=True)} {'wordt' if len(van) == 1 else 'worden'} "
                    f"{_paren(a)[0]} {'verletterd' if _verb(a) == 'verlettering' else 'vernummerd'} tot {_paren(a)[1]}.")
            c.vernummerd(a)
            return [line]
        case ArtikelenVernummeren():
            van, naar = [x for x, _ in a.paren], [y for _, y in a.paren]
            if len(van) == 1:
                return [f"Artikel {van[0]} wordt vernummerd tot artikel {naar[0]}."]
            naar_tekst = reeks_tekst("artikel", naar, lidw=False, noun=False)
            return [f"{groot(reeks_tekst('artikel', van))} worden vernummerd tot {naar_tekst}."]
        case AanduidingPlaatsen():
            if c.artikel == a.adres:
                return [f"Voor de tekst wordt de aanduiding {q(a.label)} geplaatst."]
            return [f"In {a.adres.citation()} wordt voor de tekst de aanduiding {q(a.label)} geplaatst."]
        case AanduidingVervalt():
            return [f"De aanduiding {q(a.label)} voor {c.adres(a.doel)} vervalt."]
        case Intrekken():
            return [f"De {a.regeling} wordt ingetrokken."]
        case Vervangen() | Schrappen() | TekstInvoegen() | ZinVervalt() | LeestekenVervangen():
            return [_in([a], c)]
        case _:
            assert_never(a)


def _nieuw(soort: str, n: int, waar: tuple[str, str] | None, units: Sequence[object]) -> list[str]:
    ww = "wordt" if n == 1 else "worden"
    if waar:
        head = f"{waar[0].capitalize()} {waar[1]} {ww} {aantal(soort, n)} ingevoegd, luidende:"
    else:
        head = f"Er {ww} {aantal(soort, n)} ingevoegd, luidende:"
    return [head, *_body(units)]


def _body(units: Sequence[object]) -> list[str]:
    return [INDENT + ln for ln in write_units(units)]  # type: ignore[arg-type]
