"""Every call from the web application into the library, in one place: views hold no analysis logic.

Thin functions over the application layer (:mod:`wetgeving.app`) and the renderers (:mod:`wetgeving.render`),
with the one :class:`Catalogus` of this process (:func:`katalogus`, built from the settings, the web app's entry
point).
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import io
import warnings
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any

from wetgeving.bronnen import integriteit
from wetgeving.bronnen.catalogus import REGELING_KINDS, Catalogus, corpus_titels
from wetgeving.compliance import checklist as cl
from wetgeving.compliance import gemeenten as gm
from wetgeving.compliance import tijd
from wetgeving.compliance.beoordelen import beoordeel as _beoordeel
from wetgeving.compliance.beoordelen import stand_op, words_for
from wetgeving.compliance.register import Beoordeling, check_op, label
from wetgeving.compliance.verplichtingen import Verplichting
from wetgeving.diff import diff
from wetgeving.diff.resultaat import Diff
from wetgeving.errors import Melding, UsageError, WetgevingError
from wetgeving.locatie import Adres, to_jci
from wetgeving.model import Lid, voorgelezen
from wetgeving.nummers import Key, kamerstuk, opsomming, sort_key
from wetgeving.render.checklist import render as render_checklist
from wetgeving.util import dag_in_nederland
from wetgeving.web.register import WEB_NAMEN, OrmRegister
from wetgeving.wijziging.datums import datums_voluit

WETTEN = "https://wetten.overheid.nl/"


@cache
def katalogus() -> Catalogus:
    """The catalogue of this process: built once from the settings (``WETGEVING_SOURCES``, ``WETGEVING_CACHE``)."""
    from django.conf import settings

    return Catalogus.uit_omgeving({"WETGEVING_SOURCES": str(getattr(settings, "WETGEVING_SOURCES", "") or ""),
                                   "WETGEVING_CACHE": str(getattr(settings, "WETGEVING_CACHE", "") or "")})

# --- gemeenten and the checklist ------------------------------------------------------------------------


def gemeenten() -> dict[str, gm.Gemeente]:
    """The gemeenten known to the application, by code: the CBS list ``WETGEVING_GEMEENTEN`` names, else the example
    list in the corpus (helper-75: only the example list, so a role «for every gemeente of Noord-Holland» gave one)."""
    from django.conf import settings

    lijst = str(getattr(settings, "WETGEVING_GEMEENTEN", "") or "")
    if not lijst:
        return {g.code: g for g in gm.load()}
    pad = Path(lijst)  # the CBS list (an XLSX of 342 rows): read once per version of the file, not per request
    return _uit_lijst(pad, pad.stat().st_mtime_ns if pad.is_file() else 0)


@functools.lru_cache(maxsize=2)
def _uit_lijst(pad: Path, versie: int) -> dict[str, gm.Gemeente]:
    return {g.code: g for g in gm.load(pad)}


def gemeente(code: str) -> gm.Gemeente | None:
    return gemeenten().get(code)


def code_van(naam: str, hint: str = "") -> str:
    """The CBS code of a gemeente named by its code (in any case) or name, as the CLI reads it
    (:func:`wetgeving.compliance.gemeenten.find`); a :class:`~wetgeving.errors.WetgevingError` for none or two."""
    alle = gemeenten()
    return naam if naam in alle else gm.find(list(alle.values()), naam, hint=hint).code


def checklist(code: str, datum: date, *, with_text: bool = True) -> cl.Checklist:
    """The checklist of a gemeente on a date, with the assessments current on that date (as the CLI)."""
    from wetgeving.app.naleving import ChecklistVraag
    from wetgeving.app.naleving import checklist as maak

    return maak(katalogus(), OrmRegister(), ChecklistVraag(gemeenten()[code], datum, with_text))


def wat_is_nieuw(code: str, sinds: date, datum: date) -> dict[str, Any]:
    """What appeared, changed or ended for a gemeente between two dates, in Dutch (``checklist --since``), as data for
    the page's headings and lists."""
    from wetgeving.app.naleving import veranderd
    from wetgeving.render.checklist import changes_data

    return changes_data(veranderd(katalogus(), OrmRegister(), gemeenten()[code], sinds, datum))


def verplichtingen() -> tuple[Verplichting, ...]:
    """The obligations of the catalogue's corpus, as the CLI reads them."""
    from wetgeving.app.naleving import obligations

    return obligations(katalogus())


def verplichting(vid: str) -> Verplichting | None:
    return next((v for v in verplichtingen() if v.id == vid), None)


def woorden(v: Verplichting, op: date) -> tuple[tuple[str, str], ...]:
    """The assessment words (slug, Dutch) that fit ``v`` on ``op``; empty when it does not exist then, or when it
    is no task of the gemeente (listed for information)."""
    s = stand_op(v, op) if v.voor_gemeente else None
    return tuple((w, label(w)) for w in words_for(s)) if s is not None else ()


def beoordeel(code: str, v: Verplichting, status: str, *, wie: str, op: date, reden: str = "", bewijs: str = "",
              notitie: str = "", door: Any = None, bewijsstuk: Any = None) -> Beoordeling:
    """Check and record one assessment (the words must fit the obligation on ``op``, a day that has come)."""
    check_op(op.isoformat(), WEB_NAMEN["op"])  # before the words: none fits a day still to come
    return _beoordeel(katalogus(), OrmRegister(door=door, bewijsstuk=bewijsstuk), code, v, status, wie=wie, op=op, reden=reden,
                      bewijs=bewijs, notitie=notitie, datumnaam=WEB_NAMEN["op"])


def geschiedenis(code: str, vid: str) -> list[Any]:
    """Every assessment of one obligation for one gemeente (model rows, oldest first)."""
    return OrmRegister().rows(code, vid)


def export_checklist(c: cl.Checklist, fmt: str) -> bytes:
    """The checklist as CSV, DOCX or PDF (the CLI's renderers; PDF raises ``PdfError`` without LibreOffice)."""
    out = render_checklist(c, fmt)
    return out.encode("utf-8") if isinstance(out, str) else out


def status_label(status: str) -> str:
    return label(status)


# --- comparing versions ---------------------------------------------------------------------------------


def regelingen() -> dict[str, list[date]]:
    """Per regeling in the catalogue, the dates of its versions (oldest first)."""
    out: dict[str, set[date]] = {}
    for b in katalogus().bronnen:
        if b.kind in REGELING_KINDS and b.regeling and b.geldig_vanaf and not b.partial:
            out.setdefault(b.regeling, set()).add(b.geldig_vanaf)
    return {k: sorted(v) for k, v in sorted(out.items())}


def regeling_namen(regs: dict[str, list[date]]) -> dict[str, str]:
    """What the form shows for each regeling: «Gemeentewet (officiële versies, 2022–2026)», «Gemeentewet (Markdown-kopie,
    teksten van 2011–2015)» (helper-150: our catalogue's names «gemeentewet» and «gemeentewet-md» were the labels)."""
    kopie = tekstdatums()
    out = {}
    for naam, datums in regs.items():
        jaren = f"{datums[0].year}–{datums[-1].year}" if datums[0].year != datums[-1].year else str(datums[0].year)
        soort = f"Markdown-kopie, teksten van {jaren}" if naam in kopie else f"officiële versies, {jaren}"
        out[naam] = f"{katalogus().titel_van(naam)} ({soort})"
    return out


def tekstdatums() -> set[str]:
    """The regelingen whose versions are dated by when their text was current, not by an official date of entry into
    force (the laws-markdown mirror of the Gemeentewet, 2011–2015: sources/PROVENANCE.md)."""
    return {b.regeling for b in katalogus().bronnen if b.kind == "laws-markdown" and b.regeling}


def vergelijk(regeling: str, oud: date, nieuw: date) -> Diff:
    """The structural diff of two versions of one regeling (as ``wetgeving diff``)."""
    a_spec, b_spec = f"{regeling}@{oud.isoformat()}", f"{regeling}@{nieuw.isoformat()}"
    from wetgeving.app.vergelijken import compare

    return compare(katalogus(), a_spec, b_spec)


@dataclass(frozen=True)
class Rij:
    """One changed unit, ready for a template."""

    label: str
    anker: str
    adres: str
    segmenten: tuple[tuple[str, str], ...]
    regels: tuple[tuple[str, int], ...]  # a whole added/removed unit: (text, indent level)
    ingevoegd: bool
    link: str  # wetten.overheid.nl by JCI, on the new side's date (the old side's for a removed unit)


def diff_rijen(d: Diff, *, alleen_oud: bool = False) -> list[tuple[str, str, str, list[Rij]]]:
    """Per changed artikel: (label, kind in Dutch, anchor, rows) — the content of the HTML renderer.
    ``alleen_oud``: link only to the old side (the new side of a tranche is not a published version)."""
    from wetgeving.diff.align import markering_apart
    from wetgeving.render.diff_html import anchor
    from wetgeving.render.diff_tekst import LABELS, describe, whole_unit

    out = []
    for g in d.artikelen:
        rows = []
        for w in g.verschillen:
            adres: Adres | None = w.nieuw or w.oud
            kant = d.nieuw if w.nieuw is not None and not alleen_oud else d.oud
            # the link only to the old side; the anchor and the address of the row stay those of the unit (helper-179:
            # an inserted unit had id="None", once per inserted unit on the page)
            gelinkt = w.oud if alleen_oud else adres
            whole_lines = whole_unit(d, w) or []
            rows.append(Rij(
                describe(w), anchor(str(adres)), str(adres), tuple((s.op, s.tekst) for s in markering_apart(w.redline)),
                tuple((ln.strip(), min((len(ln) - len(ln.lstrip())) // 3, 4)) for ln in whole_lines),
                w.soort == "added",
                # no link for a composed text: the official text of that day reads otherwise (helper-213)
                WETTEN + to_jci(kant.bwb_id, gelinkt, kant.geldig_vanaf)
                if kant.bwb_id and gelinkt is not None and not kant.samengesteld else ""))
        out.append((g.label, LABELS.get(g.soort, g.soort), anchor(g.anchor), rows))
    return out


BESTANDSSOORTEN = (".xml", ".yaml", ".yml", ".md")


def vergelijk_bestanden(oud: tuple[str, bytes], nieuw: tuple[str, bytes]) -> Diff:
    """The diff of two uploaded versions (name, bytes): BWB XML, our XML, regelrecht YAML or Markdown, read
    by the importers with entities and network off; two different regelingen are refused."""
    from pathlib import PurePath

    from wetgeving.bronnen.formats import load_bytes

    def load(naam: str, data: bytes, kant: str) -> Any:
        suffix = PurePath(naam).suffix.lower()
        if suffix not in BESTANDSSOORTEN:
            raise UsageError(f"het {kant}e bestand is geen .xml, .yaml of .md", hint="lever een wettekst in een van die vormen")
        # the uploaded name, without folders: a Markdown mirror's version date is its file name (helper-120: «oud.md»
        # could never be read, whatever the user named the file)
        reg = load_bytes(data, Path(PurePath(naam.replace("\\", "/")).name or f"{kant}{suffix}"))
        bron = katalogus().met_inhoud(hashlib.sha256(data).hexdigest())
        if bron is not None and bron.partial:  # a comparison of the whole law would call the rest removed or added
            raise UsageError(f"het {kant}e bestand is de bron {bron.id}: die bevat alleen enkele artikelen van de "
                             f"{bron.citeertitel}, niet de hele wet", hint="vergelijk twee volledige versies van de wet")
        return reg

    a, b = load(*oud, "oud"), load(*nieuw, "nieuw")
    if a.bwb_id and b.bwb_id and a.bwb_id != b.bwb_id:
        raise UsageError(f"dit zijn twee verschillende regelingen: {a.citeertitel} ({a.bwb_id}) en {b.citeertitel} ({b.bwb_id})",
                         hint="vergelijk twee versies van dezelfde regeling")
    from wetgeving.app.vergelijken import over_bronnen
    from wetgeving.errors import met_meldingen

    def vergelijk() -> Diff:
        d = diff(a, b)
        over_bronnen(a, b, d)  # a v0.3 regelrecht file beside another (helper-101: Gemeentewet 154b)
        return d

    d, meldingen = met_meldingen(vergelijk)
    return dataclasses.replace(d, meldingen=meldingen) if meldingen else d


def tranches_te_vergelijken() -> list[tuple[str, str]]:
    """The tranches that change the Gemeentewet (id, Dutch description; a bill says so)."""
    from wetgeving.tranches.lezen import tranches

    return [(t.id, t.titel + (" (wetsvoorstel, illustratief ontwerp)" if t.status == "wetsvoorstel" else ""))
            for t in tranches() if t.wijziging("gemeentewet") or any(i.regeling == "gemeentewet" for i in t.illustraties)]


def vergelijk_tranche(naam: str) -> tuple[Diff, str]:
    """The Gemeentewet before a tranche against the Gemeentewet with it (``tranche diff --law gemeentewet``),
    with the label that says what the new side is (for a bill: an illustrative draft, not law)."""
    from wetgeving.tranches.vergelijken import tranche_diff

    d, label = tranche_diff(katalogus(), naam, "gemeentewet", None)
    return d, integriteit.with_label(label) or label


def instructies(regeling: str, oud: date, nieuw: date) -> str:
    """The wijzigingsinstructies (Aanwijzingen voor de regelgeving, ch. 6) that turn one version into the other."""
    from wetgeving.app.wijzigen import GeenWijzigingen, instruct
    from wetgeving.render.wijziging_tekst import render_act

    with warnings.catch_warnings(record=True) as seen:  # what the CLI prints as «let op» goes on the page
        warnings.simplefilter("always", Melding)
        try:
            act = instruct(katalogus(), f"{regeling}@{oud.isoformat()}", f"{regeling}@{nieuw.isoformat()}")
        except GeenWijzigingen:
            act = None
    notes = "".join(f"Let op: {t}\n" for t in dict.fromkeys(str(w.message) for w in seen if issubclass(w.category, Melding)))
    if act is None:  # with what was said of it (a bijlage that differs, helper-109)
        return (notes + "\n" if notes else "") + ("Geen wijzigingsinstructies: beide versies hebben dezelfde artikelen "
                                                   "en indeling (bijlagen worden niet vergeleken).")
    return (notes + "\n" if notes else "") + render_act(act, label=integriteit.with_label(None))


def diff_download(d: Diff, fmt: str, label: str | None = None) -> bytes:
    """The diff as DOCX (tracked changes), HTML page or JSON — the CLI's own rendering
    (:func:`wetgeving.render.uitvoer.render_diff`), so a download carries the same «let op» notices as the page."""
    from wetgeving.render.uitvoer import render_diff

    if fmt not in ("json", "html", "docx"):
        raise UsageError(f"onbekend formaat {fmt!r}", hint="kies docx, html of json")
    out = render_diff(d, fmt, label=label)
    return out if isinstance(out, bytes) else out.encode("utf-8")


# --- consultation ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Wetsvoorstel:
    id: str
    titel: str
    status: str  # "wetsvoorstel" | "in-werking"
    kamerstuk: str
    basis: str  # the base law version, e.g. "gemeentewet@2026-10-01"
    label: str  # e.g. the illustrative-draft banner of tranche 2
    in_werking: str = ""  # of an act in force: "sinds 2023-01-01 in werking (Stb. 2022, 444; …); de onderdelen over …"
    stand: str = ""  # of a bill: «wetsvoorstel volgens de bronnen (stukken gedateerd 2026-02-03), geen geldend recht; …»
    elders: tuple[str, ...] = ()  # the other laws it changes, not on the page (tranche 1: Provinciewet, Kieswet, …)
    elders_model: tuple[str, ...] = ()  # those of them our model holds artikelen of (`consult` can place a comment)

    @property
    def basis_tekst(self) -> str:
        """"de Gemeentewet zoals geldend vanaf 1 oktober 2026" (not the catalogue's name of the version)."""
        naam, _, datum = self.basis.partition("@")
        return f"de {corpus_titels().get(naam, naam)} zoals geldend vanaf {datums_voluit(datum)}" if datum else self.basis

    @property
    def elders_tekst(self) -> str:
        """«de Provinciewet en de Kieswet» (helper-137: the page showed the Gemeentewet's changes only, unsaid)."""
        return opsomming([f"de {x}" for x in self.elders])

    @property
    def elders_model_tekst(self) -> str:
        return opsomming([f"de {x}" for x in self.elders_model])

    @property
    def kamerstuk_tekst(self) -> str:
        """«Kamerstuk 36 892», as the Kamer prints it (helper-137: the list said «Kamerstuk 36892», the banner «36 892»)."""
        return kamerstuk(self.kamerstuk)


def wetsvoorstellen() -> list[Wetsvoorstel]:
    """The tranches that can be read and commented on, with their base law."""
    from wetgeving.tranches.lezen import tranches

    out = []
    for t in tranches():
        if t.soort != "tranche":
            continue
        ill = next((i for i in t.illustraties if i.regeling == "gemeentewet"), None)
        w = t.wijziging("gemeentewet")
        basis = ill.basis if ill else (w.voor if w else "")
        if basis:
            # the page writes dates as the documents it makes do («sinds 1 januari 2023»; helper-137)
            model = tuple(dict.fromkeys(katalogus().titel_van(x.regeling) for x in t.wijzigingen
                                        if x.regeling != "gemeentewet"))
            # helper-139: the laws the title names that our model does not hold (Waterschapswet, Wolbes …) too
            elders = tuple(dict.fromkeys((*model, *(n.citeertitel for n in t.niet_gemodelleerd if n.citeertitel))))
            out.append(Wetsvoorstel(t.id, t.titel, t.status, t.kamerstuk, basis, ill.label if ill else "",
                                    datums_voluit(t.in_werking()) if t.status != "wetsvoorstel" else "",
                                    datums_voluit(t.stand), elders, model))
    return out


@dataclass(frozen=True)
class Bepaling:
    """A lid (or an artikel without leden) of the bill, as it reads in the bill, and whether the bill changes it."""

    adres: str
    citaat: str
    tekst: str
    gewijzigd: bool


def lees_wetsvoorstel(w: Wetsvoorstel) -> list[tuple[str, list[Bepaling]]]:
    """The artikelen the bill changes or adds, per artikel its leden (text as in the bill)."""
    from wetgeving.consultatie.plaats import aanduiding, oud_adres, plaats
    from wetgeving.consultatie.voorbereiden import volgens, voorstel_van
    from wetgeving.diff.align import full_text

    basis = katalogus().load(w.basis)
    gekozen = voorstel_van(katalogus(), w.id, basis)
    voorstel = gekozen.regeling
    out = []
    d = diff(basis, voorstel)
    for g in d.artikelen:
        nr = g.nieuw_nr
        art = voorstel.get(Adres.parse(f"artikel:{nr}")) if nr else None
        if art is None and g.oud_nr and nr is None:  # an artikel the bill repeals (helper-137: tranche 1's 25, 55 and
            # 86 could be commented on in the CLI, not here): its whole text as it is, as the CLI places it
            adres = Adres.parse(f"artikel:{g.oud_nr}")
            old = basis.get(adres)
            if old is not None:
                waar = plaats(gekozen.stappen, adres)
                citaat = f"{adres.citation(basis.citeertitel)} ({'vervalt' if gekozen.voorgesteld else 'vervallen'})"
                citaat = f"{waar}, van {volgens(gekozen.van)}: {citaat}" if waar else citaat
                out.append((f"Artikel {g.oud_nr}", [Bepaling(str(adres), citaat, voorgelezen(old), True)]))
            continue
        if art is None:
            continue
        leden = [c for c in art.inhoud if isinstance(c, Lid)]
        units: list[tuple[Adres, Any]] = [(Adres.parse(f"artikel:{nr}/lid:{c.nr}"), c) for c in leden]
        units = units or [(Adres.parse(f"artikel:{nr}"), art)]
        rows = []
        for adres, unit in units:
            vorig = oud_adres(d, adres)  # a lid inserted «onder vernummering» is new, not its number's old lid
            old = basis.get(vorig) if vorig is not None else None
            text = full_text(unit)
            getoond = voorgelezen(unit)  # with its onderdeel letters, as a lawyer cites them («onder c»; helper-112)
            waar = plaats(gekozen.stappen, adres)
            citaat = aanduiding(adres, vorig if old is not None else None, "", str(basis.geldig_vanaf),
                                voorgesteld=gekozen.voorgesteld)
            citaat = f"{waar}, van {volgens(gekozen.van)}: {citaat}" if waar else citaat  # as the CLI says it (helper-82)
            rows.append(Bepaling(str(adres), citaat, getoond, old is None or full_text(old) != text or vorig != adres))
        out.append((f"Artikel {nr}", rows))
    return out


def _volgorde(bepaling: str) -> tuple[tuple[str, Key], ...]:
    """Where a stored address (artikel:36c/lid:4) stands in the law: artikel 36c before 170, lid 2 before lid 10."""
    from wetgeving.consultatie.voorbereiden import in_volgorde

    try:
        return in_volgorde(Adres.parse(bepaling))
    except WetgevingError:  # stored by an earlier version of the form: last, in the order it has
        return (("~", sort_key(bepaling)),)


def _voorbereid(w: Wetsvoorstel, organisatie: str, opmerkingen: list[dict[str, str]], when: datetime) -> Any:
    from wetgeving.consultatie.invoer import Opmerking, Reactie
    from wetgeving.consultatie.voorbereiden import prepare

    # in the order of the law, as a reaction written by hand («artikel 170» after «artikel 36c»; helper-137: the
    # database's order of the address as a string put 170 first); comments on one provision as they were written
    opmerkingen = sorted(opmerkingen, key=lambda o: _volgorde(o["bepaling"]))
    ops = tuple(Opmerking(o["bepaling"], o["opmerking"], i + 1, over=o.get("over", ""), alternatief=o.get("alternatief", ""))
                for i, o in enumerate(opmerkingen))
    reactie = Reactie(f"Reactie van {organisatie} op: {w.titel}", w.id, w.basis, organisatie, "", dag_in_nederland(when),
                      w.kamerstuk, "", (), ops, f"webapplicatie ({organisatie})")
    return prepare(katalogus(), reactie)


def consultatie_docx(w: Wetsvoorstel, organisatie: str, opmerkingen: list[dict[str, str]], when: datetime) -> bytes:
    """The consultation reaction of one organisation as DOCX with comments and tracked alternatives (step 7)."""
    from wetgeving.render.consultatie_docx import build

    buf = io.BytesIO()
    build(_voorbereid(w, organisatie, opmerkingen, when), author=organisatie, when=when).save(buf)
    return buf.getvalue()


def consultatie_tekst(w: Wetsvoorstel, organisatie: str, opmerkingen: list[dict[str, str]], when: datetime) -> str:
    """The same reaction as plain text for the form of internetconsultatie.nl (step 7)."""
    from wetgeving.render.consultatie_tekst import internetconsultatie

    with warnings.catch_warnings():  # what the CLI says on the terminal (a bill already submitted) is in the text
        warnings.simplefilter("ignore", Melding)
        return internetconsultatie(_voorbereid(w, organisatie, opmerkingen, when))


def checklist_gegevens(c: cl.Checklist) -> dict[str, Any]:
    """The checklist as plain data (the JSON export's shape: every row's status, wording, grondslag, assessment)."""
    from wetgeving.render.checklist import data, summary_text

    out = data(c)  # a row's next wording carries its heading («kop»), as the other outputs say it
    return {**out, "samenvatting_tekst": summary_text(out["samenvatting"])}



# --- overview across gemeenten --------------------------------------------------------------------------

CATEGORIEEN = ("voldoet", "voldoet gedeeltelijk", "voldoet niet", "niet van toepassing", "anders beoordeeld",
               "opnieuw beoordelen", "niet beoordeeld")


@dataclass(frozen=True)
class OverzichtRij:
    id: str
    titel: str
    grondslag: str  # the provisions the obligation rests on, as cited on the date's checklist
    status: str  # the obligation's status on the date (same for every gemeente, except niet van toepassing)
    per_gemeente: tuple[str, ...]  # the assessment shown per gemeente, in the order of the columns
    telling: tuple[tuple[str, int], ...]  # per category of CATEGORIEEN, how many gemeenten


def _categorie(b: dict[str, Any] | None) -> str:
    if not b:
        return "niet beoordeeld"
    if b["opnieuw"]:
        return "opnieuw beoordelen"
    if b["als_voorbereiding"]:  # «voldoet» before the duty applied is preparation, not compliance
        return "anders beoordeeld"
    return b["status"] if b["status"] in CATEGORIEEN else "anders beoordeeld"


GEEN_RECHT = {soort: f" ({tekst})" for soort, tekst in tijd.GEEN_RECHT.items()}  # as the graph says it


def overzicht(lijsten: list[dict[str, Any]]) -> list[OverzichtRij]:
    """Per obligation, the assessment in each gemeente's checklist (:func:`checklist_gegevens`) and the counts."""
    rijen: dict[str, dict[str, Any]] = {}
    for i, lijst in enumerate(lijsten):
        for v in lijst["verplichtingen"]:
            if not v["voor_gemeente"]:  # another's task (the commissaris van de Koning's): nothing the gemeenten assess
                continue
            titel = v["titel"] + GEEN_RECHT.get(v["soort"], "")  # in the table and the chart: never counted as law
            # the law's standing, never one gemeente's own «niet van toepassing» (helper-219: the first gemeente's
            # judgement stood in the column «Stand» for all)
            r = rijen.setdefault(v["id"], {"titel": titel, "status": v["stand_label"], "cellen": [None] * len(lijsten),
                                           "grondslag": "; ".join(x["citaat"] for x in v["grondslag"])})
            r["cellen"][i] = v["beoordeling"]
    out = []
    for vid, r in rijen.items():
        cats = [_categorie(b) for b in r["cellen"]]
        tekst = tuple("—" if b is None else (b["status_getoond"] + (" (opnieuw beoordelen)" if b["opnieuw"] else ""))
                      for b in r["cellen"])
        telling = tuple((c, cats.count(c)) for c in CATEGORIEEN)
        out.append(OverzichtRij(vid, r["titel"], r["grondslag"], r["status"], tekst, telling))
    return out
