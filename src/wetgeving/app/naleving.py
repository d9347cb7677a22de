"""Obligations, checklists and the register of assessments: what applies to a gemeente on a date, and
whether it complies."""

from __future__ import annotations

import difflib
import itertools
import re
import warnings
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

from wetgeving.bronnen.catalogus import Bron, Catalogus
from wetgeving.compliance import checklist as cl
from wetgeving.compliance import gemeenten as gm
from wetgeving.compliance.checklist import Checklist
from wetgeving.compliance.checklist import Verschil as Checklistverschil
from wetgeving.compliance.dekking import Rij
from wetgeving.compliance.gemeenten import Gemeente
from wetgeving.compliance.register import (
    FIELDS,
    MET_REDEN,
    Beoordeling,
    Beoordelingsopslag,
    Beoordelingsregister,
    default_path,
    earlier_default,
    fingerprint,
    label,
    read_export,
    row_problem,
    vastgelegd_voor,
)
from wetgeving.compliance.verplichtingen import NIET_GENOEMD, Corpus, Verplichting
from wetgeving.errors import InputError, Melding, UsageError
from wetgeving.locatie import Adres
from wetgeving.model import tekst
from wetgeving.nummers import opsomming, telling
from wetgeving.programma import actor_id, actoren
from wetgeving.util import vandaag

SQLITE_KOP = b"SQLite format 3\x00"  # the first 16 bytes of every SQLite database file

def open_register(path: Path, *, write: bool = False, create: bool = False, earlier: Path | None = None,
                  genoemd: bool = False) -> Beoordelingsregister:
    """The register at ``path``; writing to a register that does not exist needs ``create`` (a typing error in
    a path must not silently start an empty register). Reading a missing register reads it as empty when it is the
    default one (nothing assessed yet); one the user named (``genoemd``: ``--register``, or a WETGEVING_DATA folder
    that is not there) is refused, so that a typing error cannot pass for "niet beoordeeld". ``earlier``: the file
    an earlier version used by default, named when ``path`` is not there yet."""
    kop = _kop(path)
    leeg = kop == b""  # helper-80: a register cut off by a failed copy or a full disk read as «nothing assessed»
    if kop and not kop.startswith(SQLITE_KOP) and _tekst(kop):  # helper-80: an export was called damaged
        raise InputError("dit bestand is geen register (geen SQLite-database)", file=path,
                         hint="een export (CSV) leest u in met 'wetgeving register import BESTAND'; geef met --register "
                              "het registerbestand")
    if leeg and not write:
        warnings.warn(Melding(f"het register {path} is een leeg bestand (0 bytes): is het bij kopiëren afgebroken? Het "
                              "wordt gelezen als leeg (geen beoordelingen)"), stacklevel=2)
    elif genoemd and not write and not path.exists() and not path.parent.is_file():
        # helper-104: an export «geschreven» from a mistyped path was an empty backup, and a checklist showed nothing
        # assessed, with only a «let op» after it (a path under a file: «kan het register niet openen», below)
        raise UsageError(f"er is geen register {path}",
                         hint="controleer het pad van --register (of WETGEVING_DATA); een nieuw register begint u met "
                              "'wetgeving register record … --create'")
    if (leeg or not path.exists()) and earlier is not None and not create:
        raise UsageError(f"er is nog geen register {path}, wel een register van een eerdere versie: {earlier}",
                         hint=f"lees het in: wetgeving register import '{earlier}' --create")
    if not write and not genoemd and earlier is None and kop is None:  # helper-116: read as empty, unsaid
        warnings.warn(Melding(f"er is nog geen register op {path}: er is dus nog niets beoordeeld (een register begint u "
                              "met 'wetgeving register record … --create')"), stacklevel=2)
    if write and not create and (leeg or not path.exists()):
        raise UsageError(f"er is nog geen register {path}" + (" (het is een leeg bestand)" if leeg else ""),
                         hint="geef --create om hier een nieuw register te beginnen, of --register met het bestaande")
    return Beoordelingsregister(path, readonly=not write)


def _tekst(kop: bytes) -> bool:
    """Do these first bytes read as text (a CSV export, a note)? Other bytes are a damaged database, said so by the
    register with how to check it."""
    try:
        text = kop.decode("utf-8-sig")
    except UnicodeDecodeError:
        return False
    return all(c.isprintable() or c in "\r\n\t" for c in text)


def _kop(path: Path) -> bytes | None:
    """The first 16 bytes of the file at ``path`` (b"" for an empty file), or None when there is no file."""
    try:
        with path.open("rb") as f:
            return f.read(16)
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        return None


def register_file(given: Path | None, environ: Mapping[str, str], *, write: bool = False,
                  create: bool = False) -> Beoordelingsregister:
    """The register file ``given`` (``--register``), else the default one of ``environ`` (``WETGEVING_REGISTER``,
    else the data folder), opened as :func:`open_register` does."""
    data = environ.get("WETGEVING_DATA", "").strip()
    # a data folder the user named that is not there: a typing error, not «nothing assessed» (helper-54)
    register = environ.get("WETGEVING_REGISTER", "").strip()
    verkeerd = (bool(data) and not register and not Path(data).is_dir()) or (
        bool(register) and not Path(register).parent.is_dir())  # helper-106: a WETGEVING_REGISTER in no folder
    if verkeerd and given is None and not write:  # named as such, not as a missing register file (helper-105)
        naam, map_ = ("WETGEVING_REGISTER", Path(register).parent) if register else ("WETGEVING_DATA", Path(data))
        if map_.exists():  # helper-205: a file was «bestaat niet»; helper-221: «de map … is een bestand, geen map»
            raise UsageError(f"{naam} wijst naar {map_}, en dat is een bestand, geen map; een register kan daar niet staan",
                             hint=f"laat {naam} naar een map wijzen")
        raise UsageError(f"de map {map_} ({naam}) bestaat niet, dus ook het register erin niet",
                         hint=f"zet {naam} goed, of maak de map aan (een nieuw register begint u met 'wetgeving "
                              "register record … --create')")
    return open_register(given or default_path(environ), write=write, create=create,
                         earlier=None if given else earlier_default(environ), genoemd=given is not None or verkeerd)


def _corpus(cat: Catalogus) -> Corpus:
    from wetgeving.compliance.verplichtingen import load

    return cat.eenmalig("verplichtingen", lambda: load(cat.corpus / "verplichtingen.xml"))


def obligations(cat: Catalogus) -> tuple[Verplichting, ...]:
    return _corpus(cat).verplichtingen


def withdrawn(cat: Catalogus) -> dict[str, str]:
    """The ids that are no obligation any more, with why (Dutch): their assessments stay readable."""
    return _corpus(cat).ingetrokken


def select_obligations(cat: Catalogus, *, theme: str | None = None, actor: str | None = None,
                       soort: str | None = None) -> list[Verplichting]:
    """The obligations of a theme, of an actor, of a kind; an unknown theme or actor is refused."""
    from wetgeving.compliance.verplichtingen import select

    items = obligations(cat)
    theme, actor = (x.strip().casefold() if x else x for x in (theme, actor))  # «Burgemeester», «VOG» (helper-54)
    actor = actor_id(actor) if actor else actor  # «centraal stembureau», as the listing names it
    if theme:  # «financiële belangen», as `tranche show` names it
        from wetgeving.app.tranches import programma

        theme = programma(cat).thema_id(theme)
    themes = sorted({v.thema for v in items})
    actors = sorted({a for v in items for a in (*v.actoren, *([v.bevoegd] if v.bevoegd else []))})
    if theme is not None and theme not in themes:
        from wetgeving.app.tranches import programma

        prog = next((t for t in programma(cat).themas if t.id == theme), None)
        verwant = verwante_verplichtingen(cat, theme, items)
        raise UsageError(f"geen verplichting heeft het thema {theme!r}" + (
            f" («{prog.naam}» is een thema waarvoor ons model geen verplichting bevat)" if prog else ""),
            hint=(f"op dezelfde bepaling: {', '.join(verwant)}; " if verwant else "") + "bekend: " + ", ".join(themes))
    if actor is not None and actor not in actors:
        # as a reader names them, as the listing does (helper-103: the corpus's ids)
        raise UsageError(f"geen verplichting heeft de actor {actor!r}",
                         hint="bekend: " + actoren(a for a in actors if a != NIET_GENOEMD))
    gekozen = select(items, theme=theme, actor=actor, soort=soort)
    if theme is None:
        return gekozen
    # helper-171: the secrecy of closed commissievergaderingen and of a raadsenquête (Gemeentewet 82–84, 155a) are of
    # our themes «commissies» and «openbaarheid», but tranche 1 changed them in onderdelen of the theme geheimhouding
    from wetgeving.app.tranches import tranches

    via = {(t.id, o.id) for t in tranches(cat) for _, o in t.onderdelen() if o.thema == theme}
    ook = {v.id for v in select(items, actor=actor, soort=soort)
           if any((p.bron_tranche, p.bron_onderdeel) in via for p in v.perioden)}
    return [v for v in items if v in gekozen or v.id in ook]  # in the model's order


def verwante_verplichtingen(cat: Catalogus, theme: str, items: Sequence[Verplichting] | None = None) -> list[str]:
    """For a theme no obligation has: the obligations on the provisions its planned provisions would change, as «id
    (thema …)» (helper-82: `tranche show 2` names «Zorgplicht van de burgemeester»; its duty of artikel 170, tweede lid,
    is modelled under integriteitsbeleid)."""
    from wetgeving.app.tranches import tranches

    doelen = {(vz.regeling, d) for t in tranches(cat) for vz in t.voorzieningen if vz.thema == theme for d in vz.doelen}
    return [f"{v.id} (thema {v.thema})" for v in (obligations(cat) if items is None else items)
            if any((g.regeling, g.adres) in doelen for p in v.perioden for g in p.grondslagen)]


def listing(cat: Catalogus, *, theme: str | None = None, actor: str | None = None, soort: str | None = None,
            when: date | None = None) -> tuple[list[Verplichting], list[Versiestand], str]:
    """``obligations``: the obligations selected, for a date what the sources cannot show then (:func:`versies_op`),
    and for a date after today what «geldend» rests on (:func:`~wetgeving.compliance.checklist.na_vandaag`)."""
    items = select_obligations(cat, theme=theme, actor=actor, soort=soort)
    if actor and when is not None:  # helper-87: the actors of the wording on that date, not of any period
        from wetgeving.compliance.tijd import stand
        from wetgeving.compliance.verplichtingen import procedures
        from wetgeving.programma import load_programma

        wie, procs, datum = actor_id(actor), procedures(), load_programma().datum
        items = [v for v in items if (s := stand(v, when, procs, datum)) is None or v.betreft(wie, s.periode)]
    return items, versies_op(cat, items, when), cl.na_vandaag(when, vandaag()) if when is not None else ""


@dataclass(frozen=True, slots=True)
class Versiestand:
    """What the sources hold of one law for a date the obligations are listed on (:func:`versies_op`)."""

    titel: str
    versie: date  # the newest version held that began before the date, or (``eerder`` false) the earliest held
    eerder: bool
    per_artikel: bool = False  # the version gives each artikel's date of entry into force (BWB XML)
    spiegel: str = ""  # the years of an unofficial older text of the law also held (the Markdown mirror), else ""
    gewijzigd: tuple[tuple[str, str], ...] = ()  # (artikel, start) of a wording our model dates after ``versie``
    bestond_niet: str = ""  # the law did not hold yet on the date: that sentence (``Wet.nog_niet``), else ""


def versies_op(cat: Catalogus, items: Sequence[Verplichting], when: date | None) -> list[Versiestand]:
    """For each law the obligations' grondslagen name, where the sources cannot show its text on ``when``: the newest
    version held that began before ``when`` — whether the law still read so, they do not show (the checklist says the
    same per cited version), and which changes our model dates after it (helper-68: Provinciewet 182 on 2023-02-01)
    — or, when they hold none that old, the earliest version, and what else the listing then rests on."""
    if when is None:
        return []
    from wetgeving.compliance.verplichtingen import wetten

    out = []
    for law in dict.fromkeys(g.regeling for v in items for p in v.perioden for g in p.grondslagen if g.adres):
        dated = [b for b in cat.versions(law) if b.geldig_vanaf is not None]
        if (wet := wetten().get(law)) is not None and when < wet.sinds:  # helper-84: no such law yet
            titel = next((b.citeertitel for b in dated if b.citeertitel), law)
            out.append(Versiestand(titel, wet.sinds, False, bestond_niet=wet.nog_niet(when, titel)))
            continue
        before = [b for b in dated if b.geldig_vanaf is not None and b.geldig_vanaf <= when]
        if before:
            newest = before[-1]
            if newest.geldig_vanaf is not None and newest.geldig_vanaf < when and newest.geldig_tot is None:
                out.append(Versiestand(newest.citeertitel or law, newest.geldig_vanaf, True,
                                       gewijzigd=_gewijzigd(items, law, newest.geldig_vanaf, when)))
        elif dated and dated[0].geldig_vanaf is not None:
            eerste = dated[0]
            spiegel = sorted(b.geldig_vanaf.year for b in cat.bronnen if b.kind == "laws-markdown" and b.geldig_vanaf
                             and b.bwb_id and b.bwb_id == eerste.bwb_id)
            out.append(Versiestand(eerste.citeertitel or law, dated[0].geldig_vanaf, False, eerste.kind == "bwb-xml",
                                   f"{spiegel[0]}–{spiegel[-1]}" if spiegel else ""))
    return out


def _gewijzigd(items: Sequence[Verplichting], law: str, versie: date, when: date) -> tuple[tuple[str, str], ...]:
    """The artikelen of ``law`` whose wording in our model begins after ``versie`` and on or before ``when``."""
    found = {(f"artikel {g.adres.artikel}", p.vanaf_tekst): None for v in items for p in v.perioden
             if p.vanaf is not None and versie < p.vanaf <= when
             for g in p.grondslagen if g.regeling == law and g.adres is not None and g.adres.artikel}
    return tuple(found)


def coverage(cat: Catalogus) -> list[Rij]:
    """The coverage table: every artikel tranche 1 changed, and the obligations that model it (or why none)."""
    from wetgeving.compliance.dekking import rows

    return rows(cat)


def known_obligation(cat: Catalogus, verplichting: str) -> Verplichting:
    """The obligation with this id; an unknown id is refused with the nearest ones."""
    found = {v.id: v for v in obligations(cat)}
    if verplichting in withdrawn(cat):
        raise UsageError(f"verplichting {verplichting!r} staat niet meer in ons model: {withdrawn(cat)[verplichting]}",
                         hint="eerdere beoordelingen blijven te lezen met 'wetgeving register history'; "
                              "zie 'wetgeving obligations' voor de huidige verplichtingen")
    if verplichting not in found:
        near = difflib.get_close_matches(verplichting, sorted(found), n=3)
        raise UsageError(f"onbekende verplichting {verplichting!r}", hint="zie 'wetgeving obligations'"
                         + (f"; bedoelt u {', '.join(near)}?" if near else ""))
    return found[verplichting]


def gemeenten(path: Path | None) -> list[Gemeente]:
    """The gemeenten: the CBS list at ``path`` (CSV or XLSX), else the example list in the corpus."""
    return gm.load(path)


def gemeente(path: Path | None, name: str) -> Gemeente:
    return gm.find(gemeenten(path), name, lijst_gegeven=path is not None)


@dataclass(frozen=True, slots=True)
class ChecklistVraag:
    """A checklist request: which gemeente, on which date, with or without the law texts."""

    gemeente: Gemeente
    peildatum: date
    met_tekst: bool = True


def checklist(cat: Catalogus, reg: Beoordelingsopslag, vraag: ChecklistVraag) -> Checklist:
    """The obligations of the gemeente on the peildatum: status, wording, grondslag text of that date and
    the assessment in force on that date."""
    g = vraag.gemeente
    c = cl.make(cat, g, vraag.peildatum, obligations(cat), reg.as_of(g.code, vraag.peildatum), with_text=vraag.met_tekst)
    voorbehoud = cl.na_vandaag(vraag.peildatum, vandaag())
    return replace(c, voorbehoud=voorbehoud) if voorbehoud else c


def changes_since(cat: Catalogus, reg: Beoordelingsopslag, g: Gemeente, since: date, peil: date) -> list[Checklistverschil]:
    """What changed for the gemeente between two dates: new, changed wording, another status, ended."""
    if since > peil:
        raise UsageError(f"--since {since} ligt na --date {peil}", hint="geef een --since vóór de --date")
    items = obligations(cat)
    before = cl.make(cat, g, since, items, reg.as_of(g.code, since), with_text=False)
    after = cl.make(cat, g, peil, items, reg.as_of(g.code, peil), with_text=False)
    out = cl.changes(before, after)
    # helper-200: an obligation listed for a wording to come («aangekondigd», a bill's) can have another text between
    # the two dates too; only one listed as new, changed or ended says it already
    out += _andere_teksten(cat, before, after, {x.verplichting.id for x in out if x.soort in ("nieuw", "gewijzigd",
                                                                                            "vervallen")}, since, peil)
    # an obligation that lapsed: the gemeente's last assessment before it lapsed, not the one of «since» (helper-124)
    for i, x in enumerate(out):
        tot = x.van.periode.tot if x.soort == "vervallen" and x.van is not None else None
        if x.van is not None and tot is not None:
            laatste = reg.as_of(g.code, tot - timedelta(days=1)).get(x.verplichting.id)
            out[i] = replace(x, van=replace(x.van, beoordeling=laatste, opnieuw=""))
    return out


def _andere_teksten(cat: Catalogus, before: cl.Checklist, after: cl.Checklist, al: set[str], since: date,
                    peil: date) -> list[cl.Verschil]:
    """The obligations our model describes alike on both dates, not yet listed (``al``), whose grondslag reads otherwise
    in the version the sources hold on ``since`` than in the one on ``peil`` (helper-193: from 2011-03-01 to 2015-01-01
    «Niets» changed, while the Markdown mirror drops the deelraad from Gemeentewet 13, 36b and 68 in 2014)."""
    oud = {r.verplichting.id: r for r in before.regels}
    out = []
    for r in after.regels:
        o = oud.get(r.verplichting.id)
        if o is None or r.verplichting.id in al or o.periode.sleutel != r.periode.sleutel:
            continue
        teksten = tuple(t for g, b in zip(r.periode.grondslagen, r.basis, strict=True) if g.adres is not None
                        and (t := _tekstverschil(cat, g.regeling, g.adres, b.citaat, since, peil, r.periode.vanaf,
                                                 max(filter(None, (r.periode.afwezig_op, _dag_voor(g.bekend_op))),
                                                     default=None))))
        if teksten:
            out.append(cl.Verschil("tekst", r.verplichting, o, r, teksten))
    return out


def _dag_voor(d: date | None) -> date | None:
    return d - timedelta(days=1) if d is not None else None


def _tekstverschil(cat: Catalogus, law: str, adres: Adres, citaat: str, since: date, peil: date,
                   vanaf: date | None, afwezig: date | None = None) -> cl.Tekstverschil | None:
    """The grondslag at ``adres`` when the versions held on ``since`` and on ``peil`` (the newest begun by then, the
    Markdown mirror included) both have it and read it otherwise (spaces aside), else None. A version from before the
    wording's start (``vanaf``) does not show it: no comparison (helper-200: Provinciewet 182, tweede lid, of 2022-11-05
    is the lid renumbered to the derde on 2023-01-01, not the CdK's power of the new tweede lid). Nor does one on or before
    ``afwezig``, a day our model says the provision was not there yet, or the day before the grondslag is first known
    (helper-215: Gemeentewet 170, tweede lid, of the 2015 mirror is the burgerjaarverslag, not the burgemeester's
    integrity duty of 2022-11-05)."""
    eigen = cat.versions(law)
    held = [b for b in (cat.versions(eigen[0].bwb_id) if eigen and eigen[0].bwb_id else eigen) if b.geldig_vanaf is not None]

    def op(d: date) -> tuple[str, str] | None:
        begun = [b for b in held if b.geldig_vanaf is not None and b.geldig_vanaf <= d]
        if not begun:
            return None
        spec = f"{begun[-1].regeling}@{begun[-1].geldig_vanaf}"
        unit = cat.load(spec).get(adres)
        return None if unit is None else (spec, re.sub(r"\s+", "", tekst(unit, " ")))

    a, b = op(since), op(peil)
    if a is None or b is None or a[0] == b[0] or a[1] == b[1]:
        return None
    eerst = date.fromisoformat(a[0].partition("@")[2])
    if (vanaf is not None and eerst < vanaf) or (afwezig is not None and eerst <= afwezig):
        return None
    return cl.Tekstverschil(citaat, adres.citation(), a[0], b[0])


def checklist_of(cat: Catalogus, reg: Beoordelingsopslag, lijst: Path | None, naam: str, peil: date, *,
                 met_tekst: bool = True) -> Checklist:
    """The checklist of the gemeente ``naam`` (CBS code or name) of the list ``lijst`` on the peildatum."""
    return checklist(cat, reg, ChecklistVraag(gemeente(lijst, naam), peil, met_tekst))


@dataclass(frozen=True, slots=True)
class Veranderd:
    """What changed for a gemeente between two dates, and per law which versions of that period the sources hold
    (:func:`versies_tussen`)."""

    gemeente: Gemeente
    sinds: date
    peildatum: date
    verschillen: list[Checklistverschil]
    bronnen: tuple[str, ...] = ()
    voorbehoud: str = ""  # a peildatum after today (:func:`~wetgeving.compliance.checklist.na_vandaag`)


def veranderd(cat: Catalogus, reg: Beoordelingsopslag, g: Gemeente, since: date, peil: date) -> Veranderd:
    """What changed for ``g`` between ``since`` and ``peil`` (the CLI's ``checklist --since`` and the web page)."""
    return Veranderd(g, since, peil, changes_since(cat, reg, g, since, peil),
                     versies_tussen(cat, obligations(cat), since, peil), cl.na_vandaag(peil, vandaag()))


def changes_of(cat: Catalogus, reg: Beoordelingsopslag, lijst: Path | None, naam: str, since: date,
               peil: date) -> Veranderd:
    """What changed for the gemeente ``naam`` of the list ``lijst`` between ``since`` and ``peil``."""
    return veranderd(cat, reg, gemeente(lijst, naam), since, peil)


def versies_tussen(cat: Catalogus, items: Sequence[Verplichting], since: date, peil: date) -> tuple[str, ...]:
    """For each law the grondslagen name: the official versions the comparison of ``since`` and ``peil`` rests on
    (Dutch), and whether a change between them is possible that our model does not know (helper-58: `checklist
    --since 2024-01-01` listed only the bills, though the sources hold no Gemeentewet between 2023-04-01 and
    2026-10-01)."""
    from wetgeving.compliance.verplichtingen import wetten

    out = []
    for law in dict.fromkeys(g.regeling for v in items for p in v.perioden for g in p.grondslagen if g.adres):
        eigen = cat.versions(law)
        # the same law under another name too: the Markdown mirror of the Gemeentewet (2011–2015), which the checklist
        # quotes for early dates
        dated = [b for b in (cat.versions(eigen[0].bwb_id) if eigen and eigen[0].bwb_id else eigen)
                 if b.geldig_vanaf is not None]
        if not dated:
            continue
        op_sinds = [b for b in dated if b.geldig_vanaf is not None and b.geldig_vanaf <= since]
        keten = ([op_sinds[-1]] if op_sinds else []) + [b for b in dated if b.geldig_vanaf is not None
                                                          and since < b.geldig_vanaf <= peil]
        titel = dated[0].citeertitel or law
        if (wet := wetten().get(law)) is not None and since < wet.sinds:  # helper-93: «Nieuw» from 1990 on
            out.append(wet.nog_niet(since, titel, nieuw=True))
        if not keten:
            out.append(f"van de {titel} hebben de bronnen geen versie uit deze periode (de vroegste is van "
                       f"{dated[0].geldig_vanaf}); wat over die wet is vergeleken, rust op ons model")
            continue
        namen = _versies_tekst(keten, since)
        tot = [(b.geldig_tot, nxt.geldig_vanaf) for b, nxt in itertools.pairwise(keten)]
        laatste = keten[-1]
        gat = (not op_sinds  # nothing held on ``since``
               or any(t is None or v is None or t < v - timedelta(days=1) for t, v in tot)  # an end not shown
               or (laatste.geldig_vanaf != peil and (laatste.geldig_tot is None or laatste.geldig_tot < peil)))
        out.append("van de " + titel + " hebben de bronnen voor deze periode "
                   + ("de versie" if len(keten) == 1 else "de versies") + f" van {namen}"
                   + _zonder_tekst(cat, keten[0].regeling, keten, peil)
                   + ("; een wijziging ertussen of erna die ons model niet kent, is niet uitgesloten" if gat else ""))
    return tuple(out)


def _zonder_tekst(cat: Catalogus, regeling: str, keten: Sequence[Bron], peil: date) -> str:
    """The changes our model of the enacted acts dates in the period on a day no version held begins: the sources have
    no text of the law as they made it (helper-178: Provinciewet 182, changed on 2023-01-01 by tranche 1, a date we
    derive, while the sources hold the Provinciewet of 2022-11-05 and 2023-04-01 only)."""
    from wetgeving.app.tranches import tranches
    from wetgeving.tranches.tussen import tussen

    begin = keten[0].geldig_vanaf
    if begin is None:
        return ""
    gehouden = {b.geldig_vanaf for b in keten}
    zonder = [c.beschrijving() for c in tussen(tranches(cat), regeling, begin, peil)
              if c.onderdeel.inwerking not in gehouden]
    return (f"; ons model van de wijzigingen zegt: {opsomming(zonder)}; van de tekst zoals die toen ging luiden, "
            "hebben de bronnen geen versie" if zonder else "")


@dataclass(frozen=True, slots=True)
class Checklistreeks:
    """The checklists of every gemeente of a list on one date, each made only when asked for (``maak``)."""

    gemeenten: list[Gemeente]
    peildatum: date
    maak: Callable[[Gemeente], Checklist]


def all_checklists(cat: Catalogus, reg: Beoordelingsopslag, lijst: Path | None, peil: date) -> Checklistreeks:
    """The checklist of every gemeente of the list ``lijst`` on the peildatum, one at a time."""
    return Checklistreeks(gemeenten(lijst), peil, lambda g: checklist(cat, reg, ChecklistVraag(g, peil)))


def record(cat: Catalogus, reg: Beoordelingsopslag, g: Gemeente, verplichting: str, status: str, *, wie: str, op: date,
           reden: str = "", bewijs: str = "", notitie: str = "") -> Beoordeling:
    """Check and append one assessment (nothing is ever overwritten): the status word must fit the
    obligation's standing on ``op`` (legal duty, bill or recommendation)."""
    from wetgeving.compliance.beoordelen import beoordeel

    v = known_obligation(cat, verplichting)
    return beoordeel(cat, reg, g.code, v, status, wie=wie, op=op, reden=reden, bewijs=bewijs, notitie=notitie)


def check_assessment(cat: Catalogus, verplichting: str, status: str, op: date, *, wie: str, reden: str = "",
                     bewijs: str = "", notitie: str = "") -> None:
    """Everything :func:`record` checks that needs no register: a known obligation, a word that fits it on
    ``op``, the fields the register requires (so that a refused assessment creates no register file)."""
    from wetgeving.compliance.beoordelen import check
    from wetgeving.compliance.register import check_fields, check_op, slug

    check_op(op.isoformat(), "--op")  # first: on a day still to come no word fits ('de stand op 9999-12-31 is …')
    check(known_obligation(cat, verplichting), status, op)
    check_fields(slug(status), wie=wie, reden=reden, bewijs=bewijs, notitie=notitie, op=op.isoformat())


def record_of(cat: Catalogus, opslag: Callable[[], Beoordelingsopslag], lijst: Path | None, naam: str,
              verplichting: str, status: str, *, wie: str, op: date, reden: str = "", bewijs: str = "",
              notitie: str = "") -> tuple[Gemeente, Beoordeling]:
    """Record an assessment of the gemeente ``naam`` of the list ``lijst``: everything is checked before the store
    is opened (``opslag`` opens it), so that a refused assessment creates no register file."""
    try:
        g = gemeente(lijst, naam)
    except UsageError:
        if naam in {v.id for v in obligations(cat)}:  # helper-65: «record vog-wethouder Utrecht»
            raise UsageError(f"{naam!r} is een verplichting, geen gemeente: eerst de gemeente, dan de verplichting",
                             hint=f"wetgeving register record {verplichting} {naam} …") from None
        raise
    check_assessment(cat, verplichting, status, op, wie=wie, reden=reden, bewijs=bewijs, notitie=notitie)
    with opslag() as reg:
        return g, record(cat, reg, g, verplichting, status, wie=wie, op=op, reden=reden, bewijs=bewijs, notitie=notitie)


def history_of(cat: Catalogus, reg: Beoordelingsopslag, lijst: Path | None, naam: str | None,
               verplichting: str | None) -> list[Beoordeling]:
    """The history of assessments of the gemeente ``naam`` of the list ``lijst`` (of every gemeente: None)."""
    return history(cat, reg, gemeente(lijst, naam) if naam is not None else None, verplichting)


def export(reg: Beoordelingsopslag, write: Callable[[str], None], output: Path | None) -> None:
    """The whole register as CSV, handed to ``write``; an export to a file is noted in the register (the message
    about a damaged register names the last one)."""
    write(reg.export_csv())
    if output is not None:
        reg.note_export(output)


def history(cat: Catalogus, reg: Beoordelingsopslag, g: Gemeente | None, verplichting: str | None) -> list[Beoordeling]:
    if verplichting is not None and verplichting not in withdrawn(cat):  # "" is refused, not 'all'
        known_obligation(cat, verplichting)
    return reg.history(g.code if g else None, verplichting)


@dataclass(frozen=True)
class Ingelezen:
    """What an import did: assessments appended, and those already in the register (skipped)."""

    nieuw: int
    al_aanwezig: int


def import_assessments(cat: Catalogus, opslag: Callable[[], Beoordelingsopslag], path: Path,
                       gemeenten_file: Path | None) -> Ingelezen:
    """Append the assessments of an exported CSV, or of another register file (SQLite, also one of an earlier
    version): all or nothing, every row checked first (before ``opslag`` opens the store: a refused import leaves
    no new register behind), and afterwards every imported row found in the store again with the same SHA-256
    (nothing lost or changed on the way). A row the register already holds (every field the same, also when it was
    recorded) is not appended again: the register is append-only, a second import of the same export would double
    it for good (helper-54)."""
    rows = read_assessments(cat, path, gemeenten_file)
    if not rows and not _is_register_file(path):  # helper-159: a CSV header without rows left an empty register behind;
        return Ingelezen(0, 0)  # an empty register of an earlier version is still brought over (it is then not asked for)
    with opslag() as reg:
        _niet_zichzelf(reg, path)
        history = reg.history()
        have = Counter(fingerprint(b) for b in history)
        nieuw: list[tuple[int, Beoordeling]] = []
        for i, b in enumerate(rows, start=1):
            if have[h := fingerprint(b)]:
                have[h] -= 1
            else:
                nieuw.append((i, b))
        _geen_kopie_of_bewerking(path, nieuw, history)
        _zonder_reden(path, [b for _, b in nieuw])
        return Ingelezen(append_assessments(reg, [b for _, b in nieuw], path) if nieuw else 0, len(rows) - len(nieuw))


def _sleutel(b: Beoordeling) -> tuple[str, ...]:
    """Who recorded what when: no two assessments share it (a second one is recorded later)."""
    return (b.gemeente, b.verplichting, b.wie, b.wanneer, b.op)


def _geen_kopie_of_bewerking(path: Path, nieuw: Sequence[tuple[int, Beoordeling]], history: Sequence[Beoordeling]) -> None:
    """Refuse rows that would put a copy or an altered copy into the append-only register for good (helper-198): a row
    twice in the file, or a row recorded by the same person at the same moment as one the register (or the file) holds,
    that differs from it (an edited export: «voldoet niet» made «voldoet» under the original recording time)."""
    register = _is_register_file(path)

    def naam(i: int, b: Beoordeling) -> str:  # a CSV's header is its first line, as Excel numbers its rows
        return f"beoordeling #{b.id}" if register else f"de beoordeling op regel {i + 1}"

    gezien: dict[tuple[str, ...], tuple[int, Beoordeling]] = {}
    for b in history:
        gezien.setdefault(_sleutel(b), (0, b))
    kopie: dict[str, tuple[int, Beoordeling]] = {}
    for i, b in nieuw:
        eerder = gezien.get(_sleutel(b))
        if eerder is None and not register:  # within a CSV only a copy: two assessments can be recorded in one second
            eerder = kopie.setdefault(fingerprint(b), (i, b))  # (helper-200: the register keeps whole seconds)
            if eerder[1] is b:
                continue
        if eerder is None:
            continue
        j, a = eerder
        if fingerprint(a) == fingerprint(b) and (register or vastgelegd_voor(b.wanneer, KOPIE_GEWEIGERD_SINDS)):
            continue  # a register file's rows are its own; before `record` refused it, one could record a row twice in
            # one second (helper-203: a genuine export of such a register was refused)
        tegen = f"#{a.id} in het register" if j == 0 else naam(j, a)
        if fingerprint(a) == fingerprint(b):
            raise InputError(f"{naam(i, b)} is gelijk aan {tegen}: het register is alleen aanvullend, een kopie zou er "
                             "voorgoed in blijven; er is niets ingelezen", file=path,
                             hint="haal de kopie uit het bestand en lees het opnieuw in")
        raise InputError(f"{naam(i, b)} heeft dezelfde gemeente, verplichting, beoordelaar en datum, en is op hetzelfde "
                         f"moment vastgelegd als {tegen}, maar wijkt daarvan af: een export wordt niet bewerkt; er is niets "
                         "ingelezen", file=path, hint="leg een nieuwe beoordeling vast met 'wetgeving register record' (de "
                         "oude blijft in de historie staan)")


def _is_register_file(path: Path) -> bool:
    from wetgeving.bronnen.secure import read_bytes

    return read_bytes(path)[:16] == SQLITE_KOP


def read_assessments(cat: Catalogus, path: Path, gemeenten_file: Path | None) -> list[Beoordeling]:
    """The assessments in an exported CSV or another register file, every row checked (before any register is
    opened or made: a refused import leaves no new register behind)."""
    codes = {g.code for g in gemeenten(gemeenten_file)}
    ids = {v.id for v in obligations(cat)} | set(withdrawn(cat))  # a withdrawn id's history stays importable
    inhoud = _past_op_datum(cat)
    if not _is_register_file(path):
        rows = read_export(path, gemeenten=codes, verplichtingen=ids, inhoud=inhoud)
    else:
        with Beoordelingsregister(path, readonly=True) as old:
            rows = old.history()
        for b in rows:
            problem = row_problem({f: str(getattr(b, f)) for f in FIELDS}, codes, ids, inhoud)
            if problem:
                raise InputError(f"beoordeling #{b.id} is niet geldig: {problem}; er is niets ingelezen", file=path,
                                 # helper-198: «wat te doen: er is niets ingelezen» said no step; the file is append-only
                                 hint="geef --gemeenten met de lijst waarin de gemeente staat"
                                 if "onbekende gemeente" in problem else f"exporteer dat register ('wetgeving register "
                                 f"export --register {path} -o oud.csv'), verbeter of verwijder die rij en lees de CSV in")
    # the statuses `record` asks a reason for (register.MET_REDEN); «niet van toepassing» without one is refused above
    zonder = [b for b in rows if b.status in MET_REDEN and not b.reden.strip()]
    if (nu := next((b for b in zonder if not vastgelegd_voor(b.wanneer, REDEN_GEVRAAGD_SINDS)), None)) is not None:
        raise InputError(f"de beoordeling ‘{label(nu.status)}’ van {nu.gemeente} {nu.verplichting} op {nu.op}, vastgelegd "
                         f"op {nu.wanneer[:10]}, heeft geen reden, die ‘{label(nu.status)}’ vraagt; er is niets ingelezen",
                         file=path, hint="vul de reden in of haal de rij weg, en lees opnieuw in")
    return rows


def _zonder_reden(path: Path, nieuw: Sequence[Beoordeling]) -> None:
    """Say which rows taken in lack the reason their status asks (helper-155: `record` asks it since 2026-12-07, an
    older register's rows stay as recorded); only rows taken in (helper-200: said of rows the register already held)."""
    zonder = [b for b in nieuw if b.status in MET_REDEN and not b.reden.strip()]
    if zonder:
        warnings.warn(Melding(
            f"{path}: {telling(len(zonder), 'beoordeling', 'beoordelingen')} zonder de reden die haar status vraagt ("
            + ", ".join(f"{b.gemeente} {b.verplichting} ‘{label(b.status)}’ op {b.op}" for b in zonder[:3])
            + (" …" if len(zonder) > 3 else "")
            + "): ingelezen zoals vastgelegd, want de historie wordt nooit herschreven; leg de reden vast met een nieuwe "
            "beoordeling ('wetgeving register record … --reason …')"), stacklevel=3)


def _versies_tekst(keten: Sequence[Bron], since: date) -> str:
    """«2023-04-01 en 2026-10-01»; a long run «2012-01-01 tot en met 2023-01-01 (21 versies, waarvan 19 uit de
    Markdown-spiegel)». A first version from before ``since`` is called the last one the sources have before it: the
    Markdown mirror of 2015-11-24 is not the Gemeentewet of 2022-11-04 (2026-12-07: it read as the period's own)."""
    if len(keten) <= 4:
        return opsomming([f"{b.geldig_vanaf}" + _labels(b, since if i == 0 else None) for i, b in enumerate(keten)])
    md = sum(b.kind == "laws-markdown" for b in keten)
    eerste = _labels(keten[0], since) if "laatste" in _labels(keten[0], since) else ""  # helper-196: in the long form too
    return (f"{keten[0].geldig_vanaf}{eerste} tot en met {keten[-1].geldig_vanaf} ({len(keten)} versies"
            + (f", waarvan {md} uit de Markdown-spiegel" if md else "") + ")")


def _labels(b: Bron, since: date | None) -> str:
    labels = [label for label, ja in (("gedeeltelijk", b.partial), ("Markdown-spiegel", b.kind == "laws-markdown"))
              if ja]
    if (since is not None and b.geldig_vanaf is not None and b.geldig_vanaf < since
            and (b.geldig_tot is None or b.geldig_tot < since)):
        labels.append(f"de laatste in de bronnen vóór {since}")
    return f" ({'; '.join(labels)})" if labels else ""


KOPIE_GEWEIGERD_SINDS = "2026-12-07T23:00:00+00:00"  # from then `register record` refuses the same assessment twice in
# one second (its 'wanneer', UTC as the register writes it)
ANDER_GEWEIGERD_SINDS = "2026-12-06"  # from this day `register record` refuses another's task (its 'wanneer')
REDEN_GEVRAAGD_SINDS = "2026-12-07"  # from this day `register record` asks a reason for ‘bewust afgeweken’


def _past_op_datum(cat: Catalogus) -> Callable[[dict[str, str | None]], str]:
    """The check of an imported row against its obligation on its date, as ``register record`` makes it: the obligation
    exists then and the word fits its state (helper-59: an import took in «voldoet» for a bill and an assessment of an
    obligation on a date it did not exist). A withdrawn obligation's history is taken as it stands."""
    from wetgeving.compliance.beoordelen import BeoordelingError, check, stand_op

    by_id = {v.id: v for v in obligations(cat)}

    def past(r: dict[str, str | None]) -> str:
        v = by_id.get(r["verplichting"] or "")
        if v is None:
            return ""
        op = date.fromisoformat(r["op"] or "")
        if r["status"] == "in-behandeling":  # the old status of a version-1 register: kept, no word of today's to fit
            return "" if stand_op(v, op) is not None else f"«{v.titel}» ({v.id}) bestaat op {op} niet"
        try:
            # a row of another's task recorded before `record` refused it (2026-12-06) is kept as it stands; a later one
            # is refused as `record` refuses it (helper-198: an edited CSV took one in, dated today)
            _, s = check(v, r["status"] or "", op, "'op'",
                         geschiedenis=vastgelegd_voor(r["wanneer"] or "", ANDER_GEWEIGERD_SINDS))
        except BeoordelingError as exc:
            return exc.message
        # the wording and its text hash as `register record` stores them, or empty (a version-1 export); a wording
        # of our model of an earlier version stays importable (the checklist then asks to assess again), one that
        # began after the day assessed or is no wording at all is not (helper-80)
        periode = r["periode"] or ""
        m = re.fullmatch(r"vanaf-(\d{4}-\d{2}-\d{2})", periode)
        if periode and not m and periode not in ("vanaf-onbekend", "wetsvoorstel", "aanbeveling"):
            return f"'periode' {periode!r} is geen tekst van een verplichting (zoals {s.periode.sleutel!r})"
        if m and m[1] > op.isoformat() and periode != s.periode.sleutel:  # the wording to come of a duty enacted but
            # not yet in force is what `register record` stores (helper-85)
            return f"'periode' {periode!r} begint na de dag van de beoordeling ({op})"
        return ""
    return past


def _niet_zichzelf(reg: Beoordelingsopslag, path: Path) -> None:
    own = getattr(reg, "path", None)
    if isinstance(own, Path) and own.exists() and own.samefile(path):
        raise UsageError(f"{path} is het register zelf; er valt niets in te lezen",
                         hint="geef met --register het register waarin u wilt inlezen")


def append_assessments(reg: Beoordelingsopslag, rows: list[Beoordeling], path: Path) -> int:
    """Append checked ``rows`` (read from ``path``) and find every one back with the same SHA-256."""
    _niet_zichzelf(reg, path)
    n = reg.append_all(rows)
    stored = Counter(fingerprint(b) for b in reg.history())
    wanted = Counter(fingerprint(b) for b in rows)
    if any(stored[h] < k for h, k in wanted.items()):
        raise UsageError(f"na het inlezen van {path} is niet elke ingelezen beoordeling ongewijzigd terug te vinden "
                         f"({telling(n, 'beoordeling', 'beoordelingen')} ingelezen)",
                         hint="meld dit als fout; vergelijk 'wetgeving register export' met het bronbestand")
    return n
