"""The actions for one changed artikel, at the level of the smallest unit that changed (Aanwijzingen 6.9,
6.17, 6.18): text changes inside a lid or onderdeel; a lid or onderdeel (or only its aanhef) that "komt te
luiden" when its own text changed too much; leden and onderdelen that vervallen, are inserted or renumbered
among their siblings ("Onder vernummering van het vierde en vijfde lid tot vijfde en zesde lid wordt een lid
ingevoegd"). The whole artikel "komt te luiden" only when its parts cannot be followed (or when that would
take more than :data:`MAX_ZINNEN` sentences).
"""

from __future__ import annotations

from wetgeving.diff.align import align
from wetgeving.locatie import Adres
from wetgeving.model import Alinea, Artikel, Eenheid, Lid, Onderdeel, children
from wetgeving.wijziging.acties import (
    Actie,
    Anker,
    Invoegen,
    KomtTeLuiden,
    LeestekenVervangen,
    Plaats,
    TekstKomtTeLuiden,
    Vernummeren,
    Vervalt,
)
from wetgeving.wijziging.gen_tekst import tekst_acties
from wetgeving.wijziging.schrijven import groepeer
from wetgeving.wijziging.tekstblok import gedrukt

MAX_ZINNEN = 10  # more sentences than this for one artikel: "komt te luiden" reads better


def artikel_acties(old: Artikel, new: Artikel) -> list[Actie]:
    """The actions that turn ``old`` into ``new`` (same number)."""
    art = Adres.of(("artikel", new.nr))
    acties = _eenheid(old, new, art)
    if acties is None or len(groepeer(acties)) > MAX_ZINNEN:
        return [komt_te_luiden(art, new)]
    return _slot_bij_invoeging(acties)


def komt_te_luiden(adres: Adres, unit: Eenheid) -> Actie:
    return KomtTeLuiden(adres, gedrukt(unit))


def _eenheid(o: Eenheid, n: Eenheid, pa: Adres) -> list[Actie] | None:
    """Actions inside matched units ``o`` → ``n`` at address ``pa`` (new numbering); None: too complex."""
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
            return None if isinstance(o, Artikel) else [komt_te_luiden(pa, n)]
        out += tekst
    plan = _kinderen(o, n, pa)
    if plan is None:
        return None if isinstance(o, Artikel) else [komt_te_luiden(pa, n)]
    acties, matched = plan
    out += acties
    for oc, nc in matched:
        sub = _eenheid(oc, nc, pa.child(nc.soort, nc.nr))
        if sub is None:
            return None
        out += sub
    return out


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
        if prev is not None and prev.soort == soort:
            anker: Anker | None = Anker("na", prev.nr)
        elif nxt is None:
            anker = None
        else:
            anker = Anker("voor", nxt.nr)
        out.append(Invoegen(pa, tuple(gedrukt(u) for u in run), anker))
    return out, matched


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


def _slot_bij_invoeging(acties: list[Actie]) -> list[Actie]:
    """Aanwijzing 6.18.2: the punctuation change at the end of the onderdeel before a new last onderdeel goes
    with the insertion ("Onder vervanging van de punt aan het slot van onderdeel d door een puntkomma wordt
    een onderdeel toegevoegd"): move it just before the insertion when it is that onderdeel's only change."""
    out = list(acties)
    for i, a in enumerate(list(out)):
        if not (isinstance(a, Invoegen) and a.anker is None and a.soort == "onderdeel"):
            continue
        for j in range(i + 1, len(out)):
            b = out[j]
            if isinstance(b, LeestekenVervangen) and b.adres.parent == a.ouder and \
                    sum(1 for x in out if x.doel == b.adres) == 1:
                k = out.index(a)
                out.insert(k, out.pop(j))
                break
    return out
