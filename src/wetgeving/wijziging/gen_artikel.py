"""The actions for one changed artikel, at the level of the smallest unit that changed (Aanwijzingen 6.9,
6.17, 6.18): text changes inside a lid or onderdeel; a lid or onderdeel (or only its aanhef) that "komt te
luiden" when its own text changed too much; leden and onderdelen that vervallen, are inserted or renumbered
among their siblings ("Onder vernummering van het vierde en vijfde lid tot vijfde en zesde lid wordt een lid
ingevoegd"). The whole artikel "komt te luiden" only when its parts cannot be followed (or when that would
take more than :data:`MAX_ZINNEN` sentences).
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from datetime import date

from wetgeving.diff.align import align, als_eerste_lid, krijgt_leden, leden_van
from wetgeving.errors import WetgevingError
from wetgeving.locatie import Adres
from wetgeving.model import Alinea, Artikel, Eenheid, Lid, Onderdeel, Regeling, alineas, children
from wetgeving.wijziging.acties import (
    AanduidingPlaatsen,
    AanduidingVervalt,
    Actie,
    Anker,
    Invoegen,
    KomtTeLuiden,
    LeestekenVervangen,
    Plaats,
    Schrappen,
    TekstKomtTeLuiden,
    Vernummeren,
    Vervalt,
    Vervangen,
)
from wetgeving.wijziging.gen_tekst import tekst_acties
from wetgeving.wijziging.schrijven import groepeer
from wetgeving.wijziging.tekstblok import eindigt_als_zin, gedrukt
from wetgeving.wijziging.toepassen import voer_alle_uit
from wetgeving.wijziging.vergelijk import same_artikel

MAX_ZINNEN = 10  # more sentences than this for one artikel: "komt te luiden" reads better


def artikel_acties(old: Artikel, new: Artikel) -> list[Actie]:
    """The actions that turn ``old`` into ``new`` (same number)."""
    art = Adres.of(("artikel", new.nr))
    acties = _leden_erbij(old, new, art) or _leden_eraf(old, new, art) or _eenheid(old, new, art)
    if acties is not None:
        acties = _zelfde_wijziging(acties, old, new)
    if acties is None or len(groepeer(acties)) > MAX_ZINNEN or _geen_lid_blijft(acties, old, art):
        return [komt_te_luiden(art, new)]
    return _slot_bij_invoeging(acties, old, new)


def _geen_lid_blijft(acties: list[Actie], old: Artikel, art: Adres) -> bool:
    """Whether every lid of ``old`` (two or more) is replaced whole or vervalt, leden perhaps added or renumbered: no
    word of the artikel stays, and «Artikel N komt te luiden:» (aanwijzing 6.9.1, in the form of 6.9.3) says that in one
    instruction, where lid after lid «komt te luiden» says it in many (helper-207: Gemeentewet 124, 2012-01-01 →
    2012-10-01, both leden «komt te luiden» and two added, the additions written first)."""
    leden = [x.nr for x in children(old) if isinstance(x, Lid)]
    if len(leden) < 2 or not all(isinstance(a, (KomtTeLuiden, Vervalt, Invoegen, Vernummeren)) for a in acties):
        return False
    geraakt = {a.adres for a in acties if isinstance(a, (KomtTeLuiden, Vervalt)) and a.adres.parent == art}
    return all(art.child("lid", nr) in geraakt for nr in leden)


def _zelfde_wijziging(acties: list[Actie], old: Artikel, new: Artikel) -> list[Actie]:
    """The same change in sibling units written the same way, once («In het eerste lid, onderdelen g tot en met j,
    vervalt telkens «…»»; Gemeentewet 81f, eerste lid, 2023-01-01): a sibling that would «komt te luiden» because
    the words dropped are most of its text takes the words change of another sibling when that gives its new text,
    and a change made in two or more siblings is made «telkens» (each has the words once: the same text). Kept only
    when the actions still give the new artikel."""
    def sleutel(a: Actie) -> tuple[object, ...] | None:
        """What makes two words changes of sibling units the same change (None: no such change)."""
        if not isinstance(a, (Schrappen, Vervangen)) or a.plaats.aanhef or a.plaats.adres.soort not in ("lid", "onderdeel"):
            return None  # the sentence (``zin``) the generator names for a reader does not make another change
        return type(a), a.plaats.adres.parent, a.oud, getattr(a, "nieuw", None)

    out = list(acties)
    for i, k in enumerate(out):
        if not isinstance(k, KomtTeLuiden) or k.adres.soort not in ("lid", "onderdeel"):
            continue
        for t in (a for a in out if (key := sleutel(a)) is not None and key[1] == k.adres.parent):
            trial = [*out[:i], dataclasses.replace(t, plaats=Plaats(k.adres)), *out[i + 1:]]  # type: ignore[arg-type]
            if _klopt(trial, old, new):
                out = trial
                break
    tel = Counter(key for a in out if (key := sleutel(a)) is not None)
    telkens: list[Actie] = []
    for a in out:
        key = sleutel(a)
        if key is not None and tel[key] > 1 and isinstance(a, (Schrappen, Vervangen)):
            # «in het eerste en tweede lid»: no one sentence named
            a = dataclasses.replace(a, telkens=True, plaats=dataclasses.replace(a.plaats, zin=None))
        telkens.append(a)
    # «telkens» only where the siblings' change is written as one sentence («In het eerste en tweede lid wordt telkens
    # …»); in a sentence per lid it says the words stand there more than once (helper-101: Gemeentewet 55, eerste en
    # tweede lid, 2015-11-24 → 2022-11-05, each with «artikel 10» once, and a second change in each lid)
    samen = {id(a) for g in groepeer(telkens) if len({getattr(x, "plaats", None) for x in g}) > 1 for a in g}
    telkens = [t if id(t) in samen else a for t, a in zip(telkens, out, strict=True)]
    return telkens if telkens != acties and _klopt(telkens, old, new) else \
        out if out != acties and _klopt(out, old, new) else acties


def _leden_erbij(old: Artikel, new: Artikel, art: Adres) -> list[Actie] | None:
    """Aanwijzing 6.18.3: an artikel without leden gets them — «Voor de tekst wordt de aanduiding ‘1.’
    geplaatst.» and «Er wordt een lid toegevoegd, luidende:» (the old text, changed at most in its words, is
    the first lid); None when the artikel does not change that way."""
    if not krijgt_leden(old, new):
        return None
    tussen = dataclasses.replace(old, inhoud=(als_eerste_lid(old),))
    rest = _eenheid(tussen, new, art)
    if rest is None or any(isinstance(a, (KomtTeLuiden, TekstKomtTeLuiden)) for a in rest):
        return None  # the first lid is not the old text: the artikel komt te luiden
    rest = [Invoegen(a.ouder, a.eenheden, None) if isinstance(a, Invoegen) and a.ouder == art else a for a in rest]
    return [AanduidingPlaatsen(art), *rest]


def _leden_eraf(old: Artikel, new: Artikel, art: Adres) -> list[Actie] | None:
    """Aanwijzing 6.18.4: «Het tweede lid alsmede de aanduiding ‘1.’ voor het eerste lid vervallen.» (what
    remains is the first lid, changed at most in its words); None when the artikel does not change that way."""
    if not krijgt_leden(new, old):
        return None
    leden = leden_van(old)
    eerste = art.child("lid", "1")
    tekst = _eenheid(leden[0], als_eerste_lid(new), eerste)
    if tekst is None or any(isinstance(a, (KomtTeLuiden, TekstKomtTeLuiden)) for a in tekst):
        return None
    return [*tekst, *(Vervalt(art.child("lid", u.nr)) for u in leden[1:]), AanduidingVervalt(art, "1")]


def komt_te_luiden(adres: Adres, unit: Eenheid) -> Actie:
    return KomtTeLuiden(adres, gedrukt(unit))


def _eenheid(o: Eenheid, n: Eenheid, pa: Adres) -> list[Actie] | None:
    """Actions inside matched units ``o`` → ``n`` at address ``pa`` (new numbering); None: too complex.

    Order: the unit's own text, then removals, renumbering and insertions among its children, then changes inside
    the children — so a child that is renumbered and changed is cited by its new number, «(nieuw)», after its
    renumbering (Aanwijzing 6.19 and its voorbeeld; Kamerstuk 35 546, nr. 2, Artikel I, onderdeel C, punten 1–2).
    Whether a change in a child before the insertion (Gemeentewet 28, eerste lid, 2023-01-01) should come
    before the insertion instead is not settled by those sources: an open question (docs/architecture.md)."""
    if o == n:
        return []
    out: list[Actie] = []
    own_o = [k for k in o.inhoud if isinstance(k, Alinea)]
    own_n = [k for k in n.inhoud if isinstance(k, Alinea)]
    if own_o != own_n:
        tekst = tekst_acties(o, n, pa)
        if tekst is None and _aanhef(o, n):
            tekst = [TekstKomtTeLuiden(Plaats(pa, aanhef=True), own_n[0].tekst)]
        if tekst is None:
            return None if isinstance(o, Artikel) or not _leesbaar(n) else [komt_te_luiden(pa, n)]
        out += tekst
    plan = _kinderen(o, n, pa)
    if plan is None:
        return None if isinstance(o, Artikel) or not _leesbaar(n) else [komt_te_luiden(pa, n)]
    acties, matched = plan
    out += acties
    for oc, nc in matched:
        sub = _eenheid(oc, nc, pa.child(nc.soort, nc.nr))
        if sub is None:
            return None
        out += sub
    return out


def _leesbaar(unit: Eenheid) -> bool:
    """Whether a unit's new text can stand after «komt te luiden:»: it ends as a sentence (or, for an onderdeel, as an
    item of an enumeration), else a reader, and our parser, takes it for a text cut off (:func:`eindigt_als_zin`);
    then the unit around it komt te luiden instead."""
    last = [a.tekst for a in alineas(unit)]
    return bool(last) and eindigt_als_zin(last[-1], opsomming=unit.soort == "onderdeel")


def _aanhef(o: Eenheid, n: Eenheid) -> bool:
    """Only the aanhef changed much: one own alinea, first, in both, and children follow it."""
    def shape(u: Eenheid) -> bool:
        own = [i for i, k in enumerate(u.inhoud) if isinstance(k, Alinea)]
        return own == [0] and len(u.inhoud) > 1
    return shape(o) and shape(n)


def _kinderen(o: Eenheid, n: Eenheid, pa: Adres) -> tuple[list[Actie], list[tuple[Eenheid, Eenheid]]] | None:
    """Removals, renumbering and insertions among the children of one unit, and the pairs to follow down."""
    olds, news = list(children(o)), list(children(n))
    pairs = align(olds, news)
    removed = [olds[i] for i, j in pairs if j is None and i is not None]
    added = [news[j] for i, j in pairs if i is None and j is not None]
    renum = [(olds[i], news[j]) for i, j in pairs if i is not None and j is not None and olds[i].nr != news[j].nr]
    matched = [(olds[i], news[j]) for i, j in pairs if i is not None and j is not None]
    if not (removed or added or renum):
        return [], matched
    kinds = {u.soort for u in [*removed, *added, *(x for p in renum for x in p)]}
    if len(kinds) != 1 or not kinds <= {"lid", "onderdeel"} or (kinds == {"lid"} and pa.soort != "artikel"):
        return None
    soort = kinds.pop()
    out: list[Actie] = [Vervalt(pa.child(soort, u.nr)) for u in removed]
    runs = _runs(news, added)
    vern = Vernummeren(pa, soort, tuple((a.nr, b.nr) for a, b in renum)) if renum else None  # type: ignore[arg-type]
    if vern is not None and len(runs) == 1 and not removed:
        return [vern, Invoegen(pa, tuple(gedrukt(u) for u in runs[0]))], matched
    if vern is not None:
        out.append(vern)
    for run in runs:
        idx = news.index(run[0])
        prev = news[idx - 1] if idx > 0 else None
        nxt = next((u for u in news[idx + len(run):] if u.soort == soort), None)
        out.append(Invoegen(pa, tuple(gedrukt(u) for u in run), _anker(soort, prev, nxt)))
    return out, matched


def _anker(soort: str, prev: Eenheid | None, nxt: Eenheid | None) -> Anker | None:
    """Where new units go: after the one before them, else before the one after them. New last units are added
    without an anchor: «wordt een onderdeel toegevoegd» (Aanwijzing 6.18.2, voorbeelden B and C), «Er wordt een
    lid toegevoegd» (6.18.3; 6.11.1: «toevoegen» supplements, «invoegen» puts between)."""
    if nxt is None:
        return None
    if prev is not None and prev.soort == soort:
        return Anker("na", prev.nr)
    return Anker("voor", nxt.nr) if nxt is not None else None


def _runs(news: list[Eenheid], added: list[Eenheid]) -> list[list[Lid | Onderdeel]]:
    runs: list[list[Lid | Onderdeel]] = []
    ids = {id(u) for u in added}
    last = -2
    for k, u in enumerate(news):
        if id(u) in ids and isinstance(u, (Lid, Onderdeel)):
            if runs and last == k - 1:
                runs[-1].append(u)
            else:
                runs.append([u])
            last = k
    return runs


def _slot_bij_invoeging(acties: list[Actie], old: Artikel, new: Artikel) -> list[Actie]:
    """Aanwijzing 6.18.2 (voorbeelden B and C): the punctuation changes at the end of the last one or two
    onderdelen before a new last onderdeel go with the insertion ("Onder vervanging van de punt aan het slot
    van onderdeel d door een puntkomma wordt een onderdeel toegevoegd"; "Onder vervanging van ‘; of’ aan het
    slot van onderdeel c door een puntkomma en onder vervanging van de punt aan het slot van onderdeel d door
    ‘; of’ …"): they are moved just before the insertion, also when their onderdeel has other changes, as long
    as the actions in that order still give the new artikel."""
    ruim = _verplaats(acties, alleen=False)
    if ruim != acties and _klopt(ruim, old, new):
        return ruim
    return _verplaats(acties, alleen=True)


def _verplaats(acties: list[Actie], *, alleen: bool) -> list[Actie]:
    out = list(acties)
    for a in [x for x in out if isinstance(x, Invoegen) and x.anker is None and x.soort == "onderdeel"]:
        slot = [b for b in out if isinstance(b, LeestekenVervangen) and b.adres.parent == a.ouder
                and b.adres.soort == "onderdeel" and (not alleen or sum(1 for x in out if x.doel == b.adres) == 1)]
        for b in slot[-2:]:
            out.remove(b)
            out.insert(out.index(a), b)
    return out


def _klopt(acties: list[Actie], old: Artikel, new: Artikel) -> bool:
    try:
        got = voer_alle_uit(Regeling("", "", date.min, (old,)), acties).get(Adres.of(("artikel", new.nr)))
    except WetgevingError:
        return False
    return isinstance(got, Artikel) and same_artikel(got, new)
