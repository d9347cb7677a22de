"""Formulas that act on whole units (Aanwijzingen 6.9.3, 6.11, 6.12, 6.16–6.18, 6.23):

* ``X komt te luiden:`` (new text follows) and ``X, aanhef, komt te luiden: «…»``; ``X wordt vervangen door:``
  (6.9.1: the same, one unit by one);
* ``X vervalt`` / ``De artikelen 25 en 55 vervallen`` (also ``, onder vernummering van … tot …``); ``Artikel 36a,
  tweede lid, tweede zin, vervalt`` (the sentence, as ``In … vervalt de tweede zin``);
* ``Het tweede lid alsmede de aanduiding «1.» voor het eerste lid vervallen`` (6.18.4);
* ``X wordt vernummerd tot Y`` / ``De artikelen 2 en 3 worden vernummerd tot 3 en 4``;
* ``Na/Voor X wordt (, onder vernummering van …,) een lid (artikel, hoofdstuk …) ingevoegd, luidende:``;
* ``Onder vernummering van … wordt (in X) een lid ingevoegd, luidende:`` (6.18.1, 6.18.2);
* ``Onder vervanging van de punt aan het slot van onderdeel d door een puntkomma wordt een onderdeel
  toegevoegd, luidende:`` (6.18.2);
* ``Er wordt een lid toegevoegd, luidende:``; ``Voor de tekst wordt de aanduiding «1.» geplaatst`` (6.18.3);
* ``De Vuurwapenwet 1919 wordt ingetrokken`` (6.23).
"""

from __future__ import annotations

from wetgeving.locatie import Adres
from wetgeving.wijziging.acties import (
    STRUCTUREN,
    AanduidingPlaatsen,
    AanduidingVervalt,
    Actie,
    Anker,
    Intrekken,
    KomtTeLuiden,
    Plaats,
    StructuurInvoegen,
    TekstKomtTeLuiden,
    Vervalt,
    ZinVervalt,
)
from wetgeving.wijziging.citeren import MEERVOUD, een_nieuw
from wetgeving.wijziging.doelen import doel
from wetgeving.wijziging.formule import (
    Body,
    eenheid_woord,
    formule,
    invoeging,
    leestekens_vervangen,
    maak,
    maak_vernummering,
    ouder_voor,
    ww,
)
from wetgeving.wijziging.grammatica import Cursor
from wetgeving.wijziging.reeksen import doelen, reeks
from wetgeving.wijziging.tokens import ZinFout


@formule("Voor de tekst wordt de aanduiding … geplaatst", "voor", "in")
def _aanduiding(c: Cursor, ctx: Adres | None, body: Body) -> list[Actie]:
    adres = ctx
    if c.opt("in"):
        adres = doel(c, ctx).adres
        c.opt_teken(",")
        ww(c)
        c.phrase("voor de tekst")
    else:
        c.phrase("voor de tekst")
        ww(c)
    c.phrase("de aanduiding")
    label = c.quote()
    c.word("geplaatst")
    c.end()
    if adres is None or adres.soort != "artikel":
        raise ZinFout("«Voor de tekst …» hoort bij een artikel dat wordt gewijzigd", 0)
    return [maak(c, AanduidingPlaatsen, adres, label)]


@formule("Na/Voor … wordt … ingevoegd", "na", "voor")
def _na_voor(c: Cursor, ctx: Adres | None, body: Body) -> list[Actie]:
    positie = c.na_voor()
    anker = doel(c, ctx).adres
    c.opt_teken(",")
    ww(c)
    c.opt_teken(",")
    out: list[Actie] = []
    ouder = anker.parent if anker.soort != "artikel" else None
    if c.opt("onder"):
        c.word("vernummering", "verlettering")
        c.word("van")
        soort, van = reeks(c, anker.soort)
        c.word("tot")
        _, naar = reeks(c, soort)
        out.append(maak_vernummering(c, ouder, soort, van, naar))
        c.opt_teken(",")
    n = c.number()
    soort = eenheid_woord(c)
    c.word("ingevoegd")
    c.luidende()
    if soort != anker.soort:
        raise ZinFout(f"{een_nieuw(soort)} wordt ingevoegd na of voor {een_nieuw(soort, 'ander')}, niet na "
                      f"{anker.citation()}", c.positie)
    if soort in STRUCTUREN:
        return [maak(c, StructuurInvoegen, None, body.structuren(soort, n, c), Anker(positie, anker.nr))]
    return [*out, invoeging(c, ouder, body.eenheden(soort, n, c), Anker(positie, anker.nr))]


@formule("Onder vernummering van … wordt … ingevoegd", "onder")
def _onder(c: Cursor, ctx: Adres | None, body: Body) -> list[Actie]:
    c.word("onder")
    if c.opt("vervanging van"):
        return _onder_vervanging(c, ctx, body)
    c.word("vernummering", "verlettering")
    c.word("van")
    soort, van = reeks(c, None)
    c.word("tot")
    _, naar = reeks(c, soort)
    c.opt_teken(",")
    ww(c)
    ouder = doel(c, ctx).adres if c.word_opt("in", "aan") else ouder_voor(ctx, soort, c)
    anker = None
    if c.is_word("na", "voor"):
        positie = c.na_voor()
        anker = Anker(positie, doel(c, ouder or ctx).adres.nr)
    n = c.number()
    nieuw = eenheid_woord(c)
    c.word("ingevoegd", "toegevoegd")
    c.luidende()
    if nieuw != soort:
        raise ZinFout(f"de vernummering betreft {MEERVOUD.get(soort, soort)}, maar er wordt een {nieuw} ingevoegd", c.positie)
    units = body.eenheden(soort, n, c)
    return [maak_vernummering(c, ouder, soort, van, naar), invoeging(c, ouder, units, anker)]


def _onder_vervanging(c: Cursor, ctx: Adres | None, body: Body) -> list[Actie]:
    """6.18.2: 'Onder vervanging van ‘; of’ aan het slot van onderdeel c door een puntkomma en onder vervanging
    van de punt aan het slot van onderdeel d door ‘; of’ wordt een onderdeel toegevoegd, luidende:'."""
    ouder = _genoemde_ouder(c, ctx)
    vervangen = leestekens_vervangen(c, ouder or ctx)
    eerste = vervangen[0].adres
    c.opt_teken(",")
    ww(c)
    if ouder is not None:  # «wordt in artikel 36b, eerste lid, een onderdeel toegevoegd»: read above, passed here
        c.word("in", "aan")
        doel(c, ctx)
        c.opt_teken(",")
    n = c.number()
    soort = eenheid_woord(c)
    c.word("toegevoegd", "ingevoegd")
    c.luidende()
    if eerste.parent is None or soort != eerste.soort:
        raise ZinFout(f"het nieuwe {soort} hoort naast {eerste.citation()}", c.positie)
    return [*vervangen, invoeging(c, eerste.parent, body.eenheden(soort, n, c), None)]


def _genoemde_ouder(c: Cursor, ctx: Adres | None) -> Adres | None:
    """The unit named after the verb, as Staatsblad texts write 6.18.2 (helper-161: «Onder vervanging van de punt aan
    het slot van onderdeel r door een puntkomma, wordt in artikel 36b, eerste lid, een onderdeel toegevoegd,
    luidende:», Stb. 2016, 478, was refused): the onderdelen named before it are its own. None when none is named."""
    start = c.i
    try:
        k = next(j for j in range(start, len(c.tokens) - 1) if c.tokens[j].sleutel in ("wordt", "worden"))
        if c.tokens[k + 1].sleutel not in ("in", "aan"):
            return None
        c.i = k + 2
        return doel(c, ctx).adres
    except (StopIteration, ZinFout):
        return None
    finally:
        c.i = start


@formule("Er wordt … toegevoegd", "er")
def _er(c: Cursor, ctx: Adres | None, body: Body) -> list[Actie]:
    c.word("er")
    ww(c)
    n = c.number()
    soort = eenheid_woord(c)
    c.word("ingevoegd", "toegevoegd")
    c.luidende()
    if soort in STRUCTUREN:
        return [maak(c, StructuurInvoegen, ctx, body.structuren(soort, n, c), None)]
    return [invoeging(c, ouder_voor(ctx, soort, c), body.eenheden(soort, n, c), None)]


@formule("De aanduiding … voor het eerste lid vervalt", "de")
def _aanduiding_vervalt(c: Cursor, ctx: Adres | None, body: Body) -> list[Actie]:
    c.phrase("de aanduiding")
    label = c.quote()
    c.word("voor")
    lid = doel(c, ctx).adres
    c.word("vervalt")
    c.end()
    if lid.soort != "lid" or lid.parent is None:
        raise ZinFout("de aanduiding die vervalt staat voor een lid", c.positie)
    return [maak(c, AanduidingVervalt, lid.parent, lid.nr, label)]


@formule("De … wordt ingetrokken", "de", "het")
def _intrekken(c: Cursor, ctx: Adres | None, body: Body) -> list[Actie]:
    tokens = c.tokens
    k = len(tokens) - (1 if tokens and tokens[-1].soort == "teken" and tokens[-1].tekst == "." else 0)
    ingetrokken = next((i for i in range(2, k) if tokens[i].sleutel == "ingetrokken" and tokens[i - 1].sleutel == "wordt"),
                       None)
    if ingetrokken is not None and ingetrokken < k - 1 and "uitzondering" in (t.sleutel for t in tokens[ingetrokken:k]):
        raise ZinFout("een regeling wordt niet ingetrokken met uitzondering van artikelen: dat is niet mogelijk "
                      "(toelichting bij aanwijzing 6.23); laat de andere artikelen vervallen, of breng de overgebleven "
                      "artikelen onder in een nieuwe regeling", tokens[ingetrokken + 1].start)
    if k < 4 or tokens[k - 1].sleutel != "ingetrokken" or tokens[k - 2].sleutel != "wordt":
        c.fail("«wordt ingetrokken.»")
    naam = c.zin[tokens[1].start:tokens[k - 2].start].strip()
    c.i = len(tokens)
    return [maak(c, Intrekken, naam)]


@formule("X komt te luiden / vervalt / wordt vernummerd", "")
def _doel(c: Cursor, ctx: Adres | None, body: Body) -> list[Actie]:
    plaatsen = doelen(c, ctx)
    c.opt_teken(",")
    if c.opt("komt te luiden"):
        return _komt_te_luiden(c, _een(c, plaatsen, tekst=True), body)
    if c.opt("wordt vervangen door"):  # aanwijzing 6.9, eerste lid: «wordt vervangen door» or «komt te luiden:»
        return _vervangen_door(c, _een(c, plaatsen, tekst=True), body)
    if c.is_word("vervalt", "vervallen"):
        c.i += 1
        return _vervalt(c, plaatsen)
    if c.opt("alsmede de aanduiding"):
        label = c.quote()
        c.word("voor")
        # 6.18.4 also standalone: «Artikel 5, tweede lid, alsmede de aanduiding ‘1.’ voor het eerste lid vervallen»
        lid = doel(c, ctx or _artikel(plaatsen[0].adres)).adres
        c.opt_teken(",")
        c.word("vervallen")
        c.end()
        if lid.soort != "lid" or lid.parent is None:
            raise ZinFout("de aanduiding die vervalt staat voor een lid", c.positie)
        return [*(maak(c, Vervalt, _heel(c, p)) for p in plaatsen), maak(c, AanduidingVervalt, lid.parent, lid.nr, label)]
    ww(c)
    c.word("vernummerd", "verletterd")
    c.word("tot")
    adressen = [_heel(c, p) for p in plaatsen]
    soort = adressen[0].soort
    _, naar = reeks(c, soort)
    c.end()
    ouders = {a.parent for a in adressen}
    if len(ouders) != 1 or any(a.soort != soort for a in adressen):
        raise ZinFout("alleen eenheden van één soort in één artikel worden samen vernummerd", c.positie)
    return [maak_vernummering(c, ouders.pop(), soort, [a.nr for a in adressen], naar)]


def _komt_te_luiden(c: Cursor, p: Plaats, body: Body) -> list[Actie]:
    if c.opt_teken(":") and c.at_end():
        if p.zin is not None or p.aanhef:
            raise ZinFout("een zin of aanhef krijgt haar nieuwe tekst tussen aanhalingstekens", c.positie)
        sub = p.adres.parent is not None and p.adres.parent.soort == "onderdeel" and p.adres.nr.isdigit()
        return [maak(c, KomtTeLuiden, p.adres, body.eenheid(p.adres.soort, c, p.adres.nr + "°" * sub))]
    nieuw = c.quote()
    c.end()
    return [maak(c, TekstKomtTeLuiden, p, nieuw)]


def _vervangen_door(c: Cursor, p: Plaats, body: Body) -> list[Actie]:
    """«Artikel 32a, tweede lid, wordt vervangen door:» and «… wordt vervangen door een lid, luidende:», with the new
    text after it; «… tweede zin, wordt vervangen door «…»». One unit by one: «wordt vervangen door twee artikelen» is
    refused (helper-101: both were refused as if «vernummerd» was missing)."""
    if c.is_word("een", "één"):
        c.i += 1
        c.word(p.adres.soort)
        c.opt_teken(",")
        c.word("luidende")
    elif c.peek() is not None and not c.is_teken(":") and not c.is_quote():
        raise ZinFout("alleen de vervanging van één eenheid door één wordt gelezen («… wordt vervangen door:»); "
                      + _meer_dan_een(p), c.positie)
    return _komt_te_luiden(c, p, body)


def _meer_dan_een(p: Plaats) -> str:
    """What to write for a unit replaced by more than one (helper-106: «voeg de andere in met «Na … wordt een lid
    ingevoegd»» failed on the lid number that was taken)."""
    if p.zin is not None or p.aanhef:  # 6.9, tweede lid: both texts quoted
        return "vervang de tekst: «In … wordt «oude tekst» vervangen door «nieuwe tekst».» (aanwijzing 6.9, tweede lid)"
    if p.adres.soort == "artikel":
        return "schrijf «Artikel … komt te luiden:» voor het eerste en voeg het volgende in met «Na artikel … wordt een " \
               "artikel ingevoegd, luidende:»"
    woord, lid = ("verlettering", "tweede") if p.adres.soort == "onderdeel" else ("vernummering", "eerste")
    return (f"schrijf «… komt te luiden:» voor het eerste en voeg het volgende in met «Onder {woord} van … tot … wordt "
            f"een {p.adres.soort} ingevoegd, luidende:» (aanwijzing 6.18, {lid} lid, voorbeeld A)")


def _vervalt(c: Cursor, plaatsen: list[Plaats]) -> list[Actie]:
    if all(p.zin is not None and not p.aanhef for p in plaatsen):  # «Artikel 36a, tweede lid, tweede zin, vervalt.»
        c.end()
        return [maak(c, ZinVervalt, p.adres, p.zin) for p in plaatsen]
    adressen = [_heel(c, p) for p in plaatsen]
    out: list[Actie] = [maak(c, Vervalt, a) for a in adressen]
    if c.opt_teken(","):
        c.word("onder")
        c.word("vernummering", "verlettering")
        c.word("van")
        soort, van = reeks(c, adressen[0].soort)
        c.word("tot")
        _, naar = reeks(c, soort)
        ouders = {a.parent for a in adressen}
        if len(ouders) != 1:
            raise ZinFout("eenheden uit verschillende artikelen vervallen niet onder één vernummering", c.positie)
        out.append(maak_vernummering(c, ouders.pop(), soort, van, naar))
    c.end()
    return out


def _artikel(a: Adres) -> Adres:
    return Adres(tuple(s for s in a.segmenten if s[0] == "artikel")) if a.artikel else a


def _een(c: Cursor, plaatsen: list[Plaats], *, tekst: bool = False) -> Plaats:
    if len(plaatsen) != 1:
        raise ZinFout("één eenheid tegelijk komt te luiden", c.positie)
    return plaatsen[0] if tekst else Plaats(_heel(c, plaatsen[0]))


def _heel(c: Cursor, p: Plaats) -> Adres:
    if p.zin is not None or p.aanhef:
        raise ZinFout("hier wordt een hele eenheid genoemd, geen zin of aanhef", c.positie)
    return p.adres
