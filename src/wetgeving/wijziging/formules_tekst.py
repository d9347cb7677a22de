"""Formulas that change text inside a unit (Aanwijzingen 6.9–6.12, 6.18.2) and their older Staatsblad
styles. One grammar reads "In <doelen> …" with any number of clauses:

* ``wordt «A» (telkens) vervangen door «B»`` — and the older ``wordt "A" vervangen door: B.``;
* ``wordt na/voor «A» (telkens) ingevoegd «B»`` (also with a colon before «B»); ``wordt «A» geschrapt``;
  ``vervalt (telkens) «A»``;
* ``vervalt de tweede zin``; ``wordt de punt aan het slot (van onderdeel d) vervangen door een puntkomma``;
* ``worden het derde en vierde lid vernummerd tot vierde en vijfde lid``;
* ``wordt (, onder vernummering van …,) (na het tweede lid) een lid ingevoegd, luidende:``;

joined by ", " or " en " ("… vervangen door «B» en wordt «C» vervangen door «D»"). Every clause must be a
formula: a sentence with words left over is an error, never a replacement of everything in between.
"""

from __future__ import annotations

from wetgeving.locatie import Adres
from wetgeving.wijziging.acties import (
    STRUCTUREN,
    Actie,
    Anker,
    LeestekenVervangen,
    OpschriftKomtTeLuiden,
    Plaats,
    Schrappen,
    StructuurInvoegen,
    TekstInvoegen,
    TekstToevoegen,
    Vervalt,
    Vervangen,
    ZinVervalt,
)
from wetgeving.wijziging.doelen import doel, lid_nr
from wetgeving.wijziging.formule import (
    LEESTEKEN_WOORD,
    Body,
    eenheid_woord,
    formule,
    invoeging,
    leesteken,
    leestekens_vervangen,
    maak,
    maak_vernummering,
    ww,
)
from wetgeving.wijziging.grammatica import Cursor
from wetgeving.wijziging.reeksen import doelen, reeks
from wetgeving.wijziging.tokens import ZinFout

ZINSNEDE = ("de zinsnede", "het woord", "de woorden", "de zinsneden")


@formule("In …", "in")
def _in(c: Cursor, ctx: Adres | None, body: Body) -> list[Actie]:
    c.word("in")
    plaatsen = doelen(c, ctx)
    c.opt_teken(",")
    out: list[Actie] = []
    vorige = ""
    while True:
        acties, vorige = _clause(c, plaatsen, body, vorige)
        out += acties
        if c.at_end() or (c.is_teken(".") and c.i == len(c.tokens) - 1):
            break
        if c.opt_teken(","):
            c.opt("en")
        elif not c.opt("en"):
            break
    c.end()
    return out


def _clause(c: Cursor, plaatsen: list[Plaats], body: Body, vorige: str) -> tuple[list[Actie], str]:
    if c.is_word("vervalt", "vervallen"):
        c.i += 1
        return _vervalt(c, plaatsen), "vervalt"
    if c.is_quote() and vorige == "vervangen":  # elliptic: «… vervangen door «B» en «C» door «D»
        oud = c.quote()
        c.word("door")
        return [_vervangen(c, p, oud, c.quote(), False) for p in plaatsen], "vervangen"
    ww(c)
    c.opt_teken(",")
    if c.is_phrase("onder vernummering") or c.is_phrase("onder verlettering"):
        return _invoegen(c, _een(c, plaatsen), body, vernummerd=True), "invoegen"
    if c.is_phrase("onder vervanging van"):
        return _vervangen_en_toevoegen(c, _een(c, plaatsen), body), "invoegen"
    if _is_leesteken(c):
        return _leesteken(c, plaatsen), "leesteken"
    if c.is_quote() or c.is_word("telkens") or any(c.is_phrase(z) for z in ZINSNEDE) or (
            c.is_word("na", "voor") and c.is_quote(k=1)):
        return _woorden(c, plaatsen)
    if c.is_word("na", "voor") or _is_aantal(c):
        return _invoegen(c, _een(c, plaatsen), body, vernummerd=False), "invoegen"
    return _vernummerd(c, plaatsen), "vernummerd"


def _woorden(c: Cursor, plaatsen: list[Plaats]) -> tuple[list[Actie], str]:
    telkens = c.opt("telkens")
    if c.is_word("na", "voor"):
        positie = c.na_voor()
        anker = c.quote()
        telkens = c.opt("telkens") or telkens
        c.word("ingevoegd")
        nieuw = _nieuwe_tekst(c)
        return [maak(c, TekstInvoegen, p, anker, nieuw, positie, telkens) for p in plaatsen], "invoegen"
    for z in ZINSNEDE:
        c.opt(z)
    olds = [c.quote()]
    while (c.is_teken(",") or c.is_word("en")) and c.is_quote(k=1):
        c.i += 1
        olds.append(c.quote())
    telkens = c.opt("telkens") or telkens
    if c.opt("geschrapt"):
        return [maak(c, Schrappen, p, o, telkens) for p in plaatsen for o in olds], "schrappen"
    c.phrase("vervangen door")
    nieuw = _nieuwe_tekst(c)
    return [_vervangen(c, p, o, nieuw, telkens) for p in plaatsen for o in olds], "vervangen"


def _vervangen(c: Cursor, p: Plaats, oud: str, nieuw: str, telkens: bool) -> Actie:
    return maak(c, Vervangen, p, oud, nieuw, telkens)


def _nieuwe_tekst(c: Cursor) -> str:
    """«B», or after a colon «B» or (the older style) the rest of the sentence."""
    if c.opt_teken(":") and not c.is_quote():
        return c.rest()
    return c.quote()


def _vervalt(c: Cursor, plaatsen: list[Plaats]) -> list[Actie]:
    if c.is_word("de", "het") and not c.is_quote():
        save = c.i
        c.i += 1
        nr = lid_nr(c)
        if nr is not None and (c.opt("zin") or c.opt("volzin")):
            return [maak(c, ZinVervalt, p.adres, int(nr)) for p in plaatsen]
        c.i = save
        if c.opt("de laatste zin") or c.opt("de laatste volzin"):
            return [maak(c, ZinVervalt, p.adres, -1) for p in plaatsen]
        if (eenheden := _eenheden_vervallen(c, plaatsen)) is not None:
            return eenheden
    if c.is_word("onderdeel", "onderdelen", "subonderdeel", "subonderdelen", "lid", "leden") \
            and (eenheden := _eenheden_vervallen(c, plaatsen)) is not None:  # «vervalt onderdeel c, …» (helper-114)
        return eenheden
    telkens = c.opt("telkens")
    olds = [c.quote()]
    while (c.is_teken(",") or c.is_word("en")) and c.is_quote(k=1):
        c.i += 1
        olds.append(c.quote())
    return [maak(c, Schrappen, p, o, telkens) for p in plaatsen for o in olds]


def _eenheden_vervallen(c: Cursor, plaatsen: list[Plaats]) -> list[Actie] | None:
    """«In het eerste lid vervallen de onderdelen c en e(, onder verlettering van onderdeel d tot c)», «In het eerste
    lid, onderdeel d, vervallen de subonderdelen 4° en 5°, …»: units of the place that vervallen, with the renumbering
    that closes their gaps (aanwijzing 6.18, eerste lid, voorbeeld B; the form of published acts, helper-111); None
    when no units are named (a quotation or a zin follows)."""
    save = c.i
    try:
        soort, nrs = reeks(c, None)
    except ZinFout:
        c.i = save
        return None
    ouder = _een(c, plaatsen)
    out: list[Actie] = [maak(c, Vervalt, ouder.child(soort, nr)) for nr in nrs]
    if c.is_teken(",") and (c.is_phrase("onder vernummering", k=1) or c.is_phrase("onder verlettering", k=1)):
        c.i += 1
        out.append(_onder_vernummering(c, ouder, soort))
    return out


def _onder_vernummering(c: Cursor, ouder: Adres, soort: str | None) -> Actie:
    """«onder vernummering (verlettering) van R tot R» in ``ouder``; ``soort``: the kind when the words need not name
    it."""
    c.word("onder")
    c.word("vernummering", "verlettering")
    c.word("van")
    soort, van = reeks(c, soort)
    c.word("tot")
    _, naar = reeks(c, soort)
    return maak_vernummering(c, ouder, soort, van, naar)


def _is_leesteken(c: Cursor) -> bool:
    k = 1 if c.is_word("de", "een") else 0
    for woord in LEESTEKEN_WOORD:
        n = len(woord.split())
        if c.is_phrase(woord, k=k) and c.is_phrase("aan het slot", k=k + n):
            return True
    return c.is_quote() and c.is_phrase("aan het slot", k=1)


def _leesteken(c: Cursor, plaatsen: list[Plaats]) -> list[Actie]:
    oud = leesteken(c)
    c.phrase("aan het slot")
    if c.opt("van"):
        plaatsen = [doel(c, p.adres) for p in plaatsen]
    c.phrase("vervangen door")
    nieuw = leesteken(c)
    return [maak(c, LeestekenVervangen, p.adres, oud, nieuw) for p in plaatsen]


def _een(c: Cursor, plaatsen: list[Plaats]) -> Adres:
    if len(plaatsen) != 1 or plaatsen[0].zin is not None or plaatsen[0].aanhef:
        raise ZinFout("nieuwe eenheden worden in één artikel, lid of onderdeel tegelijk ingevoegd", c.positie)
    return plaatsen[0].adres


def _is_aantal(c: Cursor) -> bool:
    t = c.peek()
    return t is not None and t.soort == "woord" and (t.tekst.isdigit() or t.tekst.casefold() in (
        "een", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien"))


def _vervangen_en_toevoegen(c: Cursor, ouder: Adres, body: Body) -> list[Actie]:
    """6.18.2 (voorbeeld B) with the unit named first: 'In/Aan X wordt, onder vervanging van de punt aan het slot van
    onderdeel b door een puntkomma, een onderdeel toegevoegd, luidende:' (helper-66, helper-70: unreadable)."""
    c.phrase("onder vervanging van")
    out: list[Actie] = [*leestekens_vervangen(c, ouder)]
    c.opt_teken(",")
    n = c.number()
    soort = eenheid_woord(c)
    c.word("toegevoegd", "ingevoegd")
    c.luidende()
    return [*out, invoeging(c, ouder, body.eenheden(soort, n, c), None)]


def _invoegen(c: Cursor, ouder: Adres, body: Body, *, vernummerd: bool) -> list[Actie]:
    """'(onder vernummering van R tot R,) (na het tweede lid) een lid ingevoegd, luidende:' in ``ouder``."""
    out: list[Actie] = []
    if vernummerd:
        out.append(_onder_vernummering(c, ouder, None))
        c.opt_teken(",")
    anker = None
    if c.is_word("na", "voor"):
        positie = c.na_voor()
        a = doel(c, ouder).adres
        anker = Anker(positie, a.nr)
    n = c.number()
    soort = eenheid_woord(c)
    c.word("ingevoegd", "toegevoegd")
    c.luidende()
    if soort in STRUCTUREN:
        out.append(maak(c, StructuurInvoegen, ouder, body.structuren(soort, n, c), anker))
    else:
        out.append(invoeging(c, ouder, body.eenheden(soort, n, c), anker))
    return out


def _vernummerd(c: Cursor, plaatsen: list[Plaats]) -> list[Actie]:
    ouder = _een(c, plaatsen)
    soort, van = reeks(c, None)
    c.word("vernummerd", "verletterd")
    c.word("tot")
    _, naar = reeks(c, soort)
    return [maak_vernummering(c, ouder, soort, van, naar)]


# --- Aan …, the older 'De zinsnede …', a bare quotation, punctuation, headings ---------------------------


@formule("Aan … wordt toegevoegd", "aan")
def _aan(c: Cursor, ctx: Adres | None, body: Body) -> list[Actie]:
    c.word("aan")
    plaatsen = doelen(c, ctx)
    c.opt_teken(",")
    ww(c)
    c.opt_teken(",")
    if c.is_phrase("onder vervanging van"):
        return _vervangen_en_toevoegen(c, _een(c, plaatsen), body)
    if c.opt("toegevoegd"):
        nieuw = _nieuwe_tekst(c)
    elif c.is_word("een", "twee", "drie", "de") and c.is_word("zin", "zinnen", "zinsnede", "volzin", k=1):
        zin = not c.is_word("zinsnede", k=1)
        c.i += 2
        c.word("toegevoegd")
        c.opt_teken(",")
        c.opt("luidende") or c.opt("luidend")
        c.teken(":")
        if c.is_quote():
            nieuw = c.quote()
        else:  # unquoted, the sentence's full stop closes the instruction too: a sentence keeps it (helper-66)
            nieuw = c.rest()
            if zin and nieuw and not nieuw.rstrip().endswith((".", "!", "?", ";", ":")):
                nieuw = nieuw.rstrip() + "."
    else:
        return _invoegen(c, _een(c, plaatsen), body, vernummerd=False)
    c.end()
    return [maak(c, TekstToevoegen, p, nieuw) for p in plaatsen]


@formule("De zinsnede … wordt vervangen door", "de", "het")
def _zinsnede(c: Cursor, ctx: Adres | None, body: Body) -> list[Actie]:
    if not any(c.opt(z) for z in ZINSNEDE):
        c.fail("«de zinsnede», «het woord» of «de woorden»")
    return _kaal_rest(c, ctx)


@formule("«…» wordt vervangen door", "\x00citaat")
def _kaal(c: Cursor, ctx: Adres | None, body: Body) -> list[Actie]:
    return _kaal_rest(c, ctx)


def _kaal_rest(c: Cursor, ctx: Adres | None) -> list[Actie]:
    oud = c.quote()
    ww(c)
    telkens = c.opt("telkens")
    c.phrase("vervangen door")
    nieuw = _nieuwe_tekst(c)
    c.end()
    if ctx is None:
        raise ZinFout("de zin zegt niet in welk artikel de woorden worden vervangen", 0)
    return [_vervangen(c, Plaats(ctx), oud, nieuw, telkens)]


@formule("De punt aan het slot van … wordt vervangen door", "de")
def _slot(c: Cursor, ctx: Adres | None, body: Body) -> list[Actie]:
    if not _is_leesteken(c):
        c.fail("een leesteken aan het slot")
    oud = leesteken(c)
    c.phrase("aan het slot")
    adres = doel(c, ctx).adres if c.opt("van") else ctx
    if adres is None:
        raise ZinFout("de zin zegt niet aan het slot van welke eenheid het leesteken staat", c.positie)
    c.opt_teken(",")
    ww(c)
    c.phrase("vervangen door")
    nieuw = leesteken(c)
    c.end()
    return [maak(c, LeestekenVervangen, adres, oud, nieuw)]


@formule("Het opschrift van … komt te luiden", "het")
def _opschrift(c: Cursor, ctx: Adres | None, body: Body) -> list[Actie]:
    c.phrase("het opschrift van")
    adres = doel(c, ctx).adres
    c.opt_teken(",")
    c.phrase("komt te luiden")
    c.opt_teken(":")
    titel = c.quote()
    c.end()
    return [maak(c, OpschriftKomtTeLuiden, adres, titel)]
