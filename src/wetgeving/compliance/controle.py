"""Consistency of the obligations against the programme, the tranches and the real sources.

Each finding is a Dutch sentence naming the obligation (and period) at fault. Checked:

- the kind of an obligation fits its grondslagen: a legal duty cites provisions only, a bill its planned
  provisions (voorzieningen) only, a recommendation its programme action line only;
- periods are in order, adjoin without gap or overlap, and only the first may have an unknown start;
- every cited provision exists in every source version that a checklist within the period would quote;
- where a period says it is known from a date (``bekend-op``), the provision exists in the version of
  that date (the official series or the laws-markdown series), or a later official toestand records that
  its artikel reads so since exactly that date (BWB ``inwerking``);
- every tranche onderdeel named as a source exists, and every bill has its procedure dates.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from wetgeving.bronnen.catalogus import Bron, Catalogus
from wetgeving.compliance.verplichtingen import Corpus, Grondslag, Periode, Verplichting
from wetgeving.errors import WetgevingError
from wetgeving.locatie import Adres
from wetgeving.model import Artikel
from wetgeving.programma import Programma, load_programma

if TYPE_CHECKING:
    from wetgeving.tranches.model import Tranche


def check(cat: Catalogus, c: Corpus, folder: Path | None = None) -> list[str]:
    """Every inconsistency found, as one Dutch sentence each (empty: consistent); ``folder`` is the corpus the
    obligations are of, whose programme and tranches they are checked against (default the package's; helper-132:
    `validate` of a copied corpus compared it with the installed tranches)."""
    from wetgeving.tranches.lezen import tranches

    prog = load_programma(folder / "programma.xml" if folder else None)
    themes = {t.id for t in prog.themas}
    alle = tranches(folder)
    parts = {(t.id, o.id) for t in alle for _, o in t.onderdelen()} | {(t.id, x.id) for t in alle for x in t.voorzieningen}
    derived = {(t.id, o.id): o.inwerking for t in alle for _, o in t.onderdelen() if o.inwerking_zekerheid != "bekend"}
    inferred = {(t.id, o.id) for t in alle for _, o in t.onderdelen() if o.toeschrijving == "afgeleid"}
    out: list[str] = _procedure_problems(c, alle) + _wet_problems(cat, c)
    for v in c.verplichtingen:
        if v.thema not in themes:
            out.append(f"{v.id}: onbekend thema {v.thema!r}")
        out += [f"{v.id}: {p}" for p in _kind_problems(v, c, prog)]
        out += [f"{v.id}: {p}" for p in _period_problems(v)]
        for i, per in enumerate(v.perioden, start=1):
            where = f"{v.id}, periode {i} ({per.sleutel})"
            if per.bron_tranche and (per.bron_tranche, per.bron_onderdeel) not in parts:
                out.append(f"{where}: bron {per.bron_tranche}/{per.bron_onderdeel} staat niet in de tranches")
            afgeleid = derived.get((per.bron_tranche, per.bron_onderdeel))
            if per.vanaf is not None and (afgeleid == per.vanaf) != per.vanaf_afgeleid:  # as the tranche says it
                out.append(f"{where}: de ingangsdatum {per.vanaf} is "
                           + ("in de tranche afgeleid; geef vanaf-zekerheid=\"afgeleid\"" if afgeleid == per.vanaf else
                              "niet afgeleid in de tranche (inwerking-zekerheid); laat vanaf-zekerheid weg"))
            if per.bron_tranche and ((per.bron_tranche, per.bron_onderdeel) in inferred) != per.bron_afgeleid:
                out.append(f"{where}: dat {per.bron_tranche}/{per.bron_onderdeel} deze tekst maakte, is in de tranche "
                           + ("afgeleid; geef toeschrijving=\"afgeleid\" aan de bron" if per.bron_afgeleid is False else
                              "niet afgeleid (toeschrijving); laat toeschrijving weg bij de bron"))
            if v.soort == "wettelijk":
                out += [f"{where}: {p}" for g in per.grondslagen for p in _source_problems(cat, g, per)]
            if per.bekendmaking is not None:
                out += [f"{where}: {p}" for p in _bekendmaking_problems(cat, per)]
    return out


def _bekendmaking_problems(cat: Catalogus, per: Periode) -> list[str]:
    """An act outside the tranches that started a wording is one a held BWB toestand names for an artikel the wording
    rests on, as in force since its start (Kieswet W 1 since 2023-01-01: «Stb. 2022, 292»)."""
    b = per.bekendmaking
    assert b is not None
    if per.bron_tranche or per.vanaf is None:
        return ["een bekendmaking hoort bij een periode met vanaf en zonder bron (een tranche)"]
    if b.gepubliceerd > per.vanaf or (b.inwerking_bepaald is not None and b.inwerking_bepaald > per.vanaf):
        return [f"bekendmaking {b.publicatie}: gepubliceerd of inwerkingtreding bepaald na {per.vanaf}"]
    for g in per.grondslagen:
        if g.adres is None or g.adres.artikel is None:
            continue
        for bron in cat.versions(g.regeling):
            if bron.kind != "bwb-xml" or not bron.geldig_vanaf or bron.geldig_vanaf < per.vanaf:
                continue
            art = cat.load(f"{g.regeling}@{bron.geldig_vanaf}").get(Adres.of(("artikel", g.adres.artikel)))
            if isinstance(art, Artikel) and art.inwerking == per.vanaf and art.bron == b.publicatie:
                # helper-174: the days decide when a checklist announces the wording; they are the BWB data's
                verschil = [f"{naam} {ons} in verplichtingen.xml maar {bwb} in {bron.id} (artikel {art.nr}, {attr})"
                            for naam, ons, bwb, attr in (
                                ("gepubliceerd", b.gepubliceerd, art.bron_gepubliceerd, "publicatie_bron"),
                                ("inwerkingtreding-bepaald", b.inwerking_bepaald, art.iwt_gepubliceerd, "publicatie_iwt"))
                            if ons != bwb]
                return [f"bekendmaking {b.publicatie}: " + "; ".join(verschil)] if verschil else []
    return [f"bekendmaking {b.publicatie}: geen officiële versie in de bronnen noemt haar bij een artikel van deze "
            f"periode als in werking sinds {per.vanaf}"]


def _wet_problems(cat: Catalogus, c: Corpus) -> list[str]:
    """Since when a law exists is what its source says (``<wet citaat>`` in the file of ``bron``), and the source is
    of that law."""
    out = []
    for w in c.wetten.values():
        try:
            bron, tekst = cat.tekst(w.bron)
        except WetgevingError as exc:
            out.append(f"wet {w.regeling}: bron {w.bron}: {exc.message}")
            continue
        if bron.bwb_id not in {b.bwb_id for b in cat.bronnen if b.regeling == w.regeling}:  # the mirror: gemeentewet-md
            out.append(f"wet {w.regeling}: bron {w.bron} is een bron van een andere regeling ({bron.bwb_id})")
        elif w.citaat not in tekst:
            out.append(f"wet {w.regeling}: de woorden «{w.citaat}» staan niet in bron {w.bron}")
        elif (gelezen := _datum_in(w.citaat)) != w.sinds:  # helper-93: a wrong sinds with the right words passed
            out.append(f"wet {w.regeling}: sinds {w.sinds} is niet de datum die «{w.citaat}» noemt"
                       + (f" ({gelezen})" if gelezen else " (geen datum te lezen)"))
    return out


def _datum_in(citaat: str) -> date | None:
    """The date the words of a source name: «inwerking="1989-11-01"» (a BWB attribute), «14 februari 1992» or «de
    twaalfde maart 1992»; None when they name none."""
    from wetgeving.nummers import MAANDEN, from_ordinal

    if m := re.search(r'inwerking="(\d{4}-\d{2}-\d{2})"', citaat):
        return date.fromisoformat(m[1])
    m = re.search(rf"\b(\d{{1,2}}|[a-zë]+)\s+({'|'.join(MAANDEN)})\s+(\d{{4}})\b", citaat)
    if m is None:
        return None
    dag = int(m[1]) if m[1].isdigit() else from_ordinal(m[1])
    try:
        return date(int(m[3]), MAANDEN.index(m[2]) + 1, dag) if dag else None
    except ValueError:
        return None


def _procedure_problems(c: Corpus, alle: Sequence[Tranche] | None = None) -> list[str]:
    """A bill's procedure and its tranche say the same Kamerstuk and dates (helper-57: tranche 2 had no submission
    date, so a consultation reaction dated before the bill was not told it was none); ``alle``: the tranches of the
    corpus checked (default the package's)."""
    from wetgeving.tranches.lezen import tranches

    by_id = {t.id: t for t in (tranches() if alle is None else alle)}
    out = []
    for key, p in c.procedures.items():
        tr = by_id.get(key)
        if tr is None:
            out.append(f"procedure {key}: er is geen tranche met die id")
            continue
        pairs: list[tuple[str, object, object]] = [
            ("kamerstuk", p.kamerstuk, tr.kamerstuk), ("ingediend", p.ingediend, tr.ingediend),
            ("aangenomen", p.aangenomen, tr.aangenomen), ("gepubliceerd", p.gepubliceerd, tr.gepubliceerd)]
        if tr.ingediend_tekst:  # the tranche says it only where the date is not the day of submission itself
            pairs.append(("ingediend-tekst", p.ingediend_tekst, tr.ingediend_tekst))
        pairs.append(("niet-in", p.niet_in, tr.niet_in))  # the tranche's is checked against the sources (tranches/)
        out += [f"procedure {key}: {naam} is {a or '(leeg)'} in verplichtingen.xml maar {b or '(leeg)'} in "
                f"{Path(tr.bestand).name}" for naam, a, b in pairs if a != b]
    return out


def _kind_problems(v: Verplichting, c: Corpus, prog: Programma) -> list[str]:
    out = []
    for per in v.perioden:
        for g in per.grondslagen:
            if v.soort == "wettelijk" and g.adres is None:
                out.append("een wettelijke verplichting heeft alleen bepalingen als grondslag")
            if v.soort == "wetsvoorstel" and not g.voorziening:
                out.append("een wetsvoorstel heeft de beoogde bepaling (voorziening) als grondslag, geen geldend recht")
            if v.soort == "aanbeveling":
                line = prog.actielijn(g.aanbeveling) if g.aanbeveling else None
                if line is None:
                    out.append("een aanbeveling heeft een actielijn van het programma als grondslag, geen wetsbepaling")
                elif line.soort != "aanbeveling":
                    out.append(f"actielijn {line.id} is een actie van anderen, geen aanbeveling aan de gemeente")
                elif v.thema not in line.themas:  # helper-63: the Handreiking under two themes
                    out.append(f"het thema {v.thema!r} is niet dat van actielijn {line.id} ({', '.join(line.themas)})")
    if v.soort == "wetsvoorstel" and v.bron_tranche not in c.procedures:
        out.append(f"de procedure van {v.bron_tranche or 'het wetsvoorstel'} (datum van indiening) ontbreekt")
    if v.soort != "wettelijk" and (len(v.perioden) != 1 or v.perioden[0].vanaf or v.perioden[0].tot):
        out.append("een wetsvoorstel of aanbeveling heeft één periode zonder data (de status volgt uit de "
                   "procedure of de datum van het programma)")
    return sorted(set(out))


def _period_problems(v: Verplichting) -> list[str]:
    if v.soort != "wettelijk":
        return []
    out = []
    for i, p in enumerate(v.perioden):
        if (p.vanaf is None) != p.vanaf_onbekend:
            out.append(f"periode {i + 1}: geef vanaf, of vanaf-onbekend, niet beide of geen van beide")
        if p.vanaf_onbekend and i > 0:
            out.append(f"periode {i + 1}: alleen de eerste periode kan een onbekende ingangsdatum hebben")
        if p.vanaf and p.tot and p.tot <= p.vanaf:
            out.append(f"periode {i + 1}: tot ligt niet na vanaf")
        if p.bekend_op and p.tot and p.bekend_op >= p.tot:
            out.append(f"periode {i + 1}: bekend-op ligt niet vóór tot")
        if p.afwezig_op and p.bekend_op and p.afwezig_op >= p.bekend_op:
            out.append(f"periode {i + 1}: afwezig-op ligt niet vóór bekend-op")
        for g in p.grondslagen:
            if g.bekend_op and (p.vanaf is not None or p.bekend_op is not None):
                out.append(f"periode {i + 1}: bekend-op bij een grondslag alleen in een periode met vanaf-onbekend "
                           "zonder eigen bekend-op")
            if g.bekend_op and p.tot and g.bekend_op >= p.tot:
                out.append(f"periode {i + 1}: bekend-op van {g.label()} ligt niet vóór tot")
        if i + 1 < len(v.perioden) and p.tot != v.perioden[i + 1].vanaf:
            out.append(f"periode {i + 1} eindigt niet op de dag waarop periode {i + 2} begint")
    return out


def _relevant_versions(cat: Catalogus, g: Grondslag, per: Periode) -> list[Bron]:
    """The source versions a checklist within the period would quote for this grondslag."""
    return [b for b in cat.versions(g.regeling) if b.geldig_vanaf
            and (per.vanaf is None or b.geldig_vanaf >= per.vanaf) and (per.tot is None or b.geldig_vanaf < per.tot)]


def _absent(cat: Catalogus, spec: str, adres: Adres) -> str:
    """Why ``adres`` cannot be found in the version ``spec`` ("" when it exists)."""
    try:
        return "" if cat.load(spec).get(adres) is not None else f"{adres} bestaat niet in {spec}"
    except WetgevingError as exc:
        return f"{spec}: {exc.message}"


def _source_problems(cat: Catalogus, g: Grondslag, per: Periode) -> list[str]:
    assert g.adres is not None
    out = [_absent(cat, f"{g.regeling}@{b.geldig_vanaf}", g.adres) for b in _relevant_versions(cat, g, per)]
    if per.bekend_op:
        evidence = [b for b in cat.bronnen if b.geldig_vanaf == per.bekend_op
                    and b.regeling in (g.regeling, f"{g.regeling}-md")]
        if not evidence and not _dated_by_toestand(cat, g, per.bekend_op):
            out.append(f"bekend-op {per.bekend_op}: de bronnen hebben geen versie van {g.regeling} van die datum, "
                       f"en geen toestand waarin artikel {g.adres.artikel} sinds die datum zo luidt")
        out += [f"bekend-op {per.bekend_op}: {x}" for b in evidence
                if (x := _absent(cat, f"{b.regeling}@{b.geldig_vanaf}", g.adres))]
    if g.bekend_op and not _dated_by_toestand(cat, g, g.bekend_op) and not any(
            b.geldig_vanaf == g.bekend_op and not _absent(cat, f"{b.regeling}@{b.geldig_vanaf}", g.adres)
            for b in cat.bronnen if b.regeling in (g.regeling, f"{g.regeling}-md")):
        out.append(f"bekend-op {g.bekend_op} bij {g.label()}: geen versie van die datum heeft de bepaling, en geen "
                   f"toestand waarin artikel {g.adres.artikel} sinds die datum zo luidt")
    return [x for x in out if x]


def _dated_by_toestand(cat: Catalogus, g: Grondslag, since: date) -> bool:
    """Whether a held version of the regeling (an official BWB toestand) has the provision, in an artikel
    whose present text is in force since exactly ``since``."""
    assert g.adres is not None
    for b in cat.versions(g.regeling):
        if not b.geldig_vanaf or b.geldig_vanaf < since or g.adres.artikel is None:
            continue
        version = cat.load(f"{g.regeling}@{b.geldig_vanaf}")
        art = version.get(Adres.of(("artikel", g.adres.artikel)))
        if isinstance(art, Artikel) and art.inwerking == since and version.get(g.adres) is not None:
            return True
    return False
