"""Plain-text reports of the CLI's listing commands (Dutch): sources, references, graph questions, the
history of assessments, the report of an applied act."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wetgeving.errors import AddressError
from wetgeving.locatie import Adres
from wetgeving.model import datum_tekst
from wetgeving.nummers import kort, opsomming, sort_key, telling
from wetgeving.util import zichtbaar

if TYPE_CHECKING:  # annotations only: the messages of one command do not load the graph library of another
    import networkx as nx

    from wetgeving.app.naleving import Ingelezen
    from wetgeving.app.regelingen import Bestandscontrole, Bronstand, Corpuscontrole
    from wetgeving.app.verwijzingen import Gebouwd, Impact, Onopgelost, Paden, Verwijzingen, Verwijzingsrij
    from wetgeving.bronnen.sync import SyncResult
    from wetgeving.compliance.register import Beoordeling
    from wetgeving.graaf.vragen import Citing
    from wetgeving.wijziging.model import Onleesbaar
    from wetgeving.wijziging.toepassen import Toepassing

SYNC_STATUS = {"present": "aanwezig", "copied": "gekopieerd", "downloaded": "gedownload"}


def _lines(rows: Sequence[str]) -> str:
    return "".join(r + "\n" for r in rows)


def sources(states: Sequence[Bronstand]) -> str:
    out = []
    for s in states:
        if s.pad is None:
            where = "ONTBREEKT (haal op met: wetgeving sources sync)"
        else:
            where = str(s.pad) + (("  GEWIJZIGD (--allow-modified)" if s.toegestaan else "  GEWIJZIGD (sha256 wijkt af)")
                                  if s.gewijzigd else "")
        deel = "(gedeeltelijk: alleen enkele artikelen)  " if s.bron.partial else ""  # helper-88: the Provinciewet
        datum = s.bron.geldig_vanaf or ("diverse" if s.bron.kind == "excerpt" else "")  # helper-169: excerpts of several dates
        out.append(f"{s.bron.id:42} {s.bron.kind:16} {datum!s:10}  {deel}{where}")
    return _lines(out)


def references(rows: Sequence[Verwijzingsrij], kop: str = "") -> str:
    """The references one a line, their count; ``kop`` (:func:`wetgeving.render.tekst.kop`): the version above them."""
    from wetgeving.app.verwijzingen import ANDERE_REGELING, ONOPGELOST, UITLEG  # here: that module loads networkx

    out = [f"Verwijzingen in {kop}"] if kop else []
    breed = max([32, *(len(_waar(r.bron)) for r in rows)])  # helper-174: «artikel 151c, tweede lid, onder a» shifted
    out += [f"{_waar(r.bron):{breed}} {r.soort:9} {_kort(r.tekst)!r:60} → {r.getoond or r.doel or '?'} "
           f"{' '.join(x for x in (r.status, '(genoemd als uitzondering)' if r.als_uitzondering else '') if x)}"
           f"{f' (tot en met {r.tot_en_met})' if r.tot_en_met else ''}"
           f"{_delen('ook', r.ook, r.ook_status, ONOPGELOST)}{_delen('behalve', r.behalve, r.behalve_status, ONOPGELOST)}"
           f"{_aanwezig(r)}{f' — {r.elders}' if r.elders else ''}"
           + "".join(f"\n  let op: {x}" for x in r.vernummerd)  # helper-180: Gemeentewet 47 on 2023-01-01
           for r in rows]
    per = Counter(r.eerste_onopgelost for r in rows if r.onopgelost)
    elders = sum(r.status == ANDERE_REGELING for r in rows)
    if not rows:  # helper-162: «0 verwijzingen, waarvan 0 onopgelost»
        return _lines([*out, "geen verwijzingen"])
    out.append(f"{telling(len(rows), 'verwijzing', 'verwijzingen')}, waarvan {sum(per.values())} onopgelost"
               + (f" en {elders} naar een andere regeling, niet gecontroleerd" if elders else "")
               + "".join(f"\n  {per[s]} {s}: {UITLEG[s]}" for s in ONOPGELOST if per[s])
               + (f"\n  {elders} {ANDERE_REGELING}: of het genoemde artikel daar bestaat, is hier niet nagegaan; "
                  "'wetgeving cited-by' en 'wetgeving dangling --all' gaan het na in de index van de bronnen, voor zover die een "
                  "versie van die regeling heeft"  # helper-135: of the Awb and the Woo it has none
                  if elders else ""))
    return _lines(out)


def _waar(bron: str) -> str:
    """Where a reference stands, as a lawyer cites it («artikel 290, derde lid»); the stable address stays in the
    JSON (``bron``). A lawyer read «artikel:290/lid:3» as a key to look up (the left-undone list of 2026-12-07)."""
    try:
        return Adres.parse(bron).citation()
    except AddressError:  # a key the model made but the parser does not read: show it as it is
        return bron


def _kort(tekst: str, n: int = 58) -> str:
    """The citing words in a column of ``n``: cut with «…», never mid-word without saying so (helper-102)."""
    return tekst if len(tekst) <= n else tekst[:n - 1] + "…"


def _delen(kop: str, delen: Sequence[str], status: Sequence[str], onopgelost: Sequence[str]) -> str:
    """The other leden or onderdelen a list cites, after its first one's target: " (ook: artikel 30c, derde lid)";
    or the parts it excepts: " (behalve: artikel 81f, eerste lid, onder k)"; one that does not resolve with its
    status, and never left out of a shortened list ("… en nog 2")."""
    if not delen:
        return ""
    named = [f"{c} {s}" if s in onopgelost else c for c, s in zip(delen, status or [""] * len(delen), strict=True)]
    kept = [i for i, s in enumerate(status) if s in onopgelost]
    first = [i for i in range(len(named)) if i < 2 or i in kept] if len(named) > 3 else list(range(len(named)))
    rest = len(named) - len(first)
    return f" ({kop}: {'; '.join(named[i] for i in first)}{f' en nog {rest}' if rest else ''})"


def _aanwezig(r: Verwijzingsrij) -> str:
    """" — artikel 200 heeft geen leden", " — artikel 154a heeft 13 leden", " — artikel 8, eerste lid, heeft de
    onderdelen a, b en c": what the unit has whose lid or onderdeel the reference cites in vain."""
    a = r.aanwezig
    if a is None:
        return ""
    wie = f"{a.eenheid}," if "," in a.eenheid else a.eenheid  # «artikel 8, eerste lid, heeft …»
    meer = {"lid": "leden", "onderdeel": "onderdelen"}.get(a.soort, a.soort)
    nrs = a.nummers
    if not nrs:
        return f" — {wie} heeft geen {meer}"
    if a.soort == "lid" and nrs == tuple(str(n) for n in range(1, len(nrs) + 1)):
        return f" — {wie} heeft {telling(len(nrs), 'lid', 'leden')}"
    if len(nrs) == 1:
        return f" — {wie} heeft alleen {a.soort} {nrs[0]}"
    if len(nrs) >= 4 and "".join(nrs) == "abcdefghijklmnopqrstuvwxyz"[:len(nrs)]:
        return f" — {wie} heeft de {meer} a tot en met {nrs[-1]}"
    return f" — {wie} heeft de {meer} {', '.join(nrs[:-1])} en {nrs[-1]}"


def references_json(rows: Sequence[Verwijzingsrij], versie: dict[str, str] | None = None) -> str:
    """The references as JSON: a list; with ``versie`` (the version and the date asked for) an object holding both."""
    lijst = [{"bron": r.bron, "tekst": r.tekst, "soort": r.soort, "doel": r.getoond or r.doel, "status": r.status,
                        "ook": list(r.ook), "ook_status": list(r.ook_status),
                        "behalve": list(r.behalve), "behalve_status": list(r.behalve_status),
                        "als_uitzondering": r.als_uitzondering, "tot_en_met": r.tot_en_met, "elders": r.elders,
                        "vernummerd": list(r.vernummerd),
                        "aanwezig": None if r.aanwezig is None else {"eenheid": r.aanwezig.eenheid, "soort": r.aanwezig.soort,
                                                                     "nummers": list(r.aanwezig.nummers)}} for r in rows]
    return json.dumps({"versie": versie, "verwijzingen": lijst} if versie is not None else lijst, ensure_ascii=False,
                      indent=1) + "\n"


def graph_summary(found: Gebouwd) -> str:
    g, dangling, took = found.graaf, found.onopgelost, found.seconden
    kinds = Counter(verbinding_nl(g, u, d) for u, _, d in g.edges(data=True))  # in Dutch only (helper-92, -102); the
    # JSON keeps the kinds
    return (f"{telling(g.number_of_nodes(), 'knoop', 'knopen')}, {telling(g.number_of_edges(), 'verbinding', 'verbindingen')} ("
            + ", ".join(f"{n} {k}" for k, n in sorted(kinds.items())) + f"); {dangling} "
            f"onopgelost; gebouwd in {f'{took:.2f}'.replace('.', ',')} s\n")


def verbinding_nl(g: Any, u: str, d: dict[str, Any]) -> str:
    """An edge's kind in Dutch; a bill's planned provision «zou invoeren» its duty (helper-125: «voert in», as if the
    bill were law)."""
    from wetgeving.graaf.bouw import ACTOR_VERBINDINGEN

    soort = d.get("soort")
    if soort == "introduces" and g.nodes[u].get("soort") == "voorziening":
        return "zou invoeren"
    status = g.nodes[u].get("status") if soort in ACTOR_VERBINDINGEN else None
    # helper-134: a power is no duty of the organ that holds it; another's power asks, on our reading, its cooperation;
    # helper-136: one not yet in force «zal», a bill's «zou»
    tijd = {"wetsvoorstel": "zou", "nog-niet-geldend": "zal"}.get(str(status))
    if soort == "asks_cooperation":
        return f"{tijd} volgens onze lezing medewerking vragen van" if tijd else "vraagt volgens onze lezing medewerking van"
    if soort == "empowers":
        return f"{tijd} bevoegdheid geven aan" if tijd else "geeft bevoegdheid aan"
    if soort == "obliges" and status == "nog-niet-geldend":  # helper-131: the VOG in the graph of 2022-11-05
        return "zal verplichten"
    return str(SOORT_NL.get(str(soort), soort))


SOORT_NL = {"amends": "wijzigt", "based_on": "berust op", "contains": "bevat", "empowers": "geeft bevoegdheid aan",
            "introduces": "voert in", "obliges": "verplicht", "recommends": "beveelt aan", "refers_to": "verwijst naar",
            # helper-128: a bill's duty and a recommendation bind no one
            "would_oblige": "zou verplichten", "addresses": "richt zich tot",
            "asks_cooperation": "vraagt volgens onze lezing medewerking van"}
"""The kinds of the graph's edges, as ``graph build`` names them."""


def refs_answer(found: Verwijzingen, fmt: str) -> str:
    """``refs`` in ``fmt`` (text or json), under the version it was taken from."""
    from wetgeving.render.tekst import kop

    reg, k = found.regeling, kop(found.regeling, found.gevraagd)
    if fmt == "json":
        return references_json(found.rijen, {"citeertitel": reg.citeertitel, "bwb_id": reg.bwb_id, "kop": k,
                                             "geldig_vanaf": str(reg.geldig_vanaf), "gevraagd": found.gevraagd})
    return references(found.rijen, k)


def dangling_answer(found: Onopgelost, where: str) -> str:
    """``graph dangling`` under the version searched."""
    from wetgeving.render.tekst import kop

    out = dangling(found.rijen, where, kop(found.regeling, found.gevraagd) + (f", {found.toegepast}" if found.toegepast
                                                                               else ""))
    if found.niet_te_controleren:  # not in the count above, and not «none» either (helper-77)
        out += (f"{telling(found.niet_te_controleren, 'verwijzing', 'verwijzingen')} naar een hoofdstuk, titel, afdeling "
                f"of paragraaf {'is' if found.niet_te_controleren == 1 else 'zijn'} niet te controleren: de bron geeft "
                "geen indeling (zie 'wetgeving refs … --unresolved')\n")
    out += "".join(f"Let op: {x}.\n" for x in found.vernummerd)  # helper-181: Gemeentewet 47 after tranche 1
    if found.onbekende_wet:
        out += (f"{telling(found.onbekende_wet, 'verwijzing', 'verwijzingen')} naar een wet die de titellijst niet kent "
                f"{'is' if found.onbekende_wet == 1 else 'zijn'} niet gecontroleerd (zie 'wetgeving refs … --unresolved')\n")
    return out


def impact(found: Impact) -> str:
    from wetgeving.render.tekst import kop

    refs = found.verwijzingen
    out = [f"Wat verwijst naar {found.adres.onderwerp()} in de {kop(found.regeling, found.gevraagd)}"] if found.regeling else []
    if found.melding:  # in the answer itself, not only on stderr: a saved report read as if 155g cited a living 86
        out.append(f"Let op: {found.melding}.")  # (helper-102: Gemeentewet 86 on 2023-04-01)
    out += [f"Let op: {x}." for x in found.vernummerd]  # helper-180: Gemeentewet 47 citing 36a, tweede lid, on 2023-01-01
    out += [f"{'  ' * (c.diepte - 1)}{Adres.parse(c.bron).citation()}"
           + (f" (verwijst naar {_unit(c.doel)})" if c.diepte > 1 else "")  # which hit of the step before (helper-77)
           + f": «{c.tekst}»{' (genoemd als uitzondering)' if c.uitgezonderd else ''}"
           + (" (de eerdere tekst: overgangsrecht)" if c.overgang else "") + f" — …{c.context}…" for c in refs]
    arts = sorted({Adres.parse(c.bron).artikel or "" for c in refs if c.diepte == 1}, key=sort_key)  # 23 before 155a
    direct = sum(c.diepte == 1 for c in refs)
    stap = "stappen" if max((c.diepte for c in refs), default=1) > 2 else "stap"
    verder = f"; {len(refs) - direct} in de volgende {stap}" if direct < len(refs) else ""  # helper-75: «uit 3 artikelen»
    out.append(f"{telling(len(refs), 'verwijzing', 'verwijzingen')}: {direct} direct, uit "  # counted the first step only
               f"{telling(len(arts), 'artikel', 'artikelen')}: {', '.join(arts)}{verder}" if refs and verder else
               f"{telling(len(refs), 'verwijzing', 'verwijzingen')} uit {telling(len(arts), 'artikel', 'artikelen')}: "
               f"{', '.join(arts)}" if refs
               else f"geen verwijzing noemt {found.adres.citation()}{',' if ',' in found.adres.citation() else ''} zelf"
               if found.geheel else f"niets verwijst{' met dit nummer' if found.vernummerd else ''} naar "
               f"{found.adres.citation()} ({'zie de «Let op» hierboven; ' if found.vernummerd else ''}verwijzingen binnen "
               f"{found.adres.onderwerp()} zelf niet meegeteld)" if found.te_controleren  # helper-102, helper-184
               else f"geen verwijzing noemt {found.adres.citation()} met zoveel woorden")
    if found.geheel:  # what cites the artikel (or lid) around it as a whole concerns it too
        doelen = " of ".join(dict.fromkeys(_unit(c.doel) for c in found.geheel))
        doelen += "," if "," in doelen.rsplit(" of ", 1)[-1] else ""  # «artikel 31, tweede lid, als geheel»
        eigen = found.adres.citation() + ("," if "," in found.adres.citation() else "")  # «artikel 81f, tweede lid,»
        out.append(f"{telling(len(found.geheel), 'verwijzing', 'verwijzingen')} naar {doelen} als geheel "
                   f"(waar {eigen} deel van is):")
        out += [f"  {Adres.parse(c.bron).citation()} → {_unit(c.doel)}: «{c.tekst}»"
                f"{' (genoemd als uitzondering)' if c.uitgezonderd else ''} — …{c.context}…" for c in found.geheel]
    return _lines(out)


def _unit(key: str) -> str:
    """A graph node of a unit as a citation ('artikel:200/lid:1' → 'artikel 200, eerste lid'), else as it is."""
    try:
        return Adres.parse(key).citation()
    except AddressError:
        return key


def _artikel(key: str) -> str:
    nr = Adres.parse(key).artikel
    return f"artikel:{nr}" if nr else key


def dangling(found: Sequence[Citing], where: str, kop: str = "") -> str:
    out = [f"Onopgeloste verwijzingen in {kop}"] if kop else []
    out += [f"{_unit(c.bron)} → {_unit(c.doel)}{' (genoemd als uitzondering)' if c.uitgezonderd else ''}: «{c.tekst}» "
           f"— …{c.context}…" + (f" (zie ook {_unit(c.overgang)}, dat naar de eerdere tekst van "
                                 f"{_unit(_artikel(c.doel))} verwijst: overgangsrecht)" if c.overgang else "") for c in found]
    refs = len({(c.bron, c.verwijzing) if c.verwijzing >= 0 else c for c in found})  # a list's missing leden: one
    doelen = f" ({len(found)} doelen)" if refs < len(found) else ""
    out.append(f"{telling(refs, 'onopgeloste verwijzing', 'onopgeloste verwijzingen')}{doelen} in {where}" if found else
               f"geen onopgeloste verwijzingen in {where}: elke interne verwijzing wijst naar een bestaande eenheid")
    return _lines(out)


# helper-141/142: a bill «invoerde» nothing, and an aanbeveling is nobody's «verplichting» (nor in the Gemeentewet)
PADEN_UITLEG = ("Elk pad: thema → wat de verplichting invoerde of zou invoeren (een onderdeel van een tranche, alleen "
                "waar het die bepaling wijzigde; een beoogde bepaling van een wetsvoorstel; een actielijn van het "
                "programma) → bepaling (niet bij een aanbeveling: die staat niet in de wet) → verplichting → wie die "
                "verplichting heeft (bij een bevoegdheid: wie haar heeft, en bij een bevoegdheid van een ander dan de "
                "gemeente ook wie volgens onze lezing moet meewerken; bij een aanbeveling: tot wie zij zich volgens ons "
                "model richt, vaak onze afleiding, zie de toelichting in de checklist). Een verplichting met meer "
                "grondslagen en meer betrokkenen geeft een pad per paar; dat een bepaling op zo'n pad zich tot die "
                "betrokkene richt, volgt daaruit niet: lees de bepaling zelf (wetgeving show).")


def paths(found: Paden) -> str:
    """The explanation paths, one per line, under the version they are of and what a path says and does not say,
    their number, and what was left out."""
    from wetgeving.render.tekst import kop

    g = found.graaf
    out = [" → ".join(_knoop(g.nodes[p], p, _stap(g, path[i - 1], p) if i else "") for i, p in enumerate(path))
           for path in found.paden]
    n = telling(len(found.paden), "pad", "paden")
    return _lines([kop(found.regeling, found.gevraagd), *([PADEN_UITLEG, "", *out, n] if out else [n])]
                  + ([found.weggelaten] if found.weggelaten else []))


def _stap(g: nx.MultiDiGraph, van: str, naar: str) -> str:
    """What qualifies the step from one node to the next in a path (a bill's addressee read by us, helper-107)."""
    return next((str(d["noot"]) for d in (g.get_edge_data(van, naar) or {}).values() if d.get("noot")), "")


def _knoop(attrs: Mapping[str, object], key: str, stap: str = "") -> str:
    """A node in a path: its label (cut at 60 characters), what qualifies it (never cut: «nog niet geldend»,
    «zoals het luidt vanaf 2023-01-01», «letter door ons afgeleid»), or the step to it, and its key."""
    label = str(attrs.get("label", key))
    label = kort(label, 60)
    noot = "; ".join(str(n) for n in (attrs.get("noot"), stap) if n)
    return f"{label}{f' ({noot})' if noot else ''} [{key}]"


def history(rows: Sequence[Beoordeling]) -> str:
    """The assessments one a line; the moment of recording in Dutch time and the wording assessed in words (helper-59:
    «vastgelegd 2026-12-06T07:34:39+00:00», «[tekst vanaf-onbekend]»); the reason labelled as the rest (helper-155)."""
    from wetgeving.render.checklist import tijdstip

    out = [f"#{b.id} op {b.op or '?'} (vastgelegd {tijdstip(b.wanneer)}) {b.gemeente} {b.verplichting}: {b.status_getoond}"
           f" — {zichtbaar(b.wie)}" + (f"; reden: {zichtbaar(b.reden)}" if b.reden else "")
           + (f"; bewijs: {zichtbaar(b.bewijs)}" if b.bewijs else "")
           + (f"; notitie: {zichtbaar(b.notitie)}" if b.notitie else "")
           + (f" [{tekst_van(b.periode, b.verplichting, b.op)}]" if b.periode else "")
           for b in rows]
    out.append(telling(len(rows), "beoordeling", "beoordelingen"))
    return _lines(out)


def _stand_op(verplichting: str, op: str) -> str:
    """«een wetsvoorstel» or «nog niet geldend»: where the duty stood on ``op`` (before the wording assessed began)."""
    from datetime import date

    from wetgeving.compliance.beoordelen import stand_op
    from wetgeving.compliance.verplichtingen import by_id

    v = by_id(verplichting) if verplichting else None
    s = stand_op(v, date.fromisoformat(op)) if v is not None else None
    return "een wetsvoorstel" if s is not None and s.status == "wetsvoorstel" else "nog niet geldend"


def tekst_van(periode: str, verplichting: str = "", op: str = "") -> str:
    """The stored key of the wording assessed, in words: «tekst geldend vanaf 2023-01-01»; with the ``verplichting``
    of our model, a wording whose start the sources do not show is named by its grondslag and its end («tekst van
    artikel 25, eerste lid (Gemeentewet), …, geldend tot 2023-04-01»; helper-138: only «een ingangsdatum die de
    bronnen niet tonen»)."""
    if periode.startswith("vanaf-") and periode != "vanaf-onbekend":
        vanaf = periode.removeprefix("vanaf-")
        # helper-163: an assessment of 2022-06-01 (tranche 1 a bill) of the wording of 2023-01-01 is preparation;
        # helper-165: «nog niet geldend» is said here of an enacted text only, as the checklist says it
        return f"tekst geldend vanaf {vanaf}" + (f" (op {op} {_stand_op(verplichting, op)})" if op and op < vanaf else "")
    if periode == "vanaf-onbekend" and verplichting:
        from wetgeving.compliance.verplichtingen import by_id

        v = by_id(verplichting)
        p = v.periode(periode) if v is not None else None
        grond = [g.label() for g in p.grondslagen if g.adres is not None] if p is not None else []
        if p is not None and grond:
            return (f"tekst van {opsomming(grond)}" + (f", geldend tot {p.tot_tekst}" if p.tot else "")
                    + "; de ingangsdatum tonen de bronnen niet")
    return {"vanaf-onbekend": "tekst met een ingangsdatum die de bronnen niet tonen",
            # helper-107: «tekst van het wetsvoorstel», while the bill's text (36 892, nr. 2) is not in the sources
            "wetsvoorstel": "beschrijving van het wetsvoorstel; de wettekst staat niet in de bronnen",
            "aanbeveling": "tekst van de aanbeveling"}.get(periode, f"tekst {periode}")


def imported(n: Ingelezen) -> str:
    """What `register import` did, also when every row was already in the register (helper-54)."""
    if not n.nieuw and not n.al_aanwezig:
        return "niets ingelezen: het bestand bevat geen beoordelingen (het register is niet geopend of aangemaakt)\n"
    if not n.nieuw:
        return ("niets ingelezen: de ene beoordeling staat al in het register\n" if n.al_aanwezig == 1 else
                f"niets ingelezen: alle {n.al_aanwezig} beoordelingen staan al in het register\n")
    return (f"{telling(n.nieuw, 'beoordeling', 'beoordelingen')} ingelezen (elk teruggevonden met dezelfde SHA-256)"
            + (f"; {n.al_aanwezig} al in het register, niet opnieuw" if n.al_aanwezig else "") + "\n")


def applied(res: Toepassing, geweigerd: bool = False) -> str:
    """The report of ``apply`` per onderdeel; ``geweigerd``: the result is not written (helper-94: «12 toegepast» and
    then an error read as if the file had been written)."""
    out = [str(v) for v in res.verslag]
    out.append(f"{res.count('toegepast')} toegepast, {res.count('mislukt')} mislukt, "
               f"{res.count('gedeeltelijk toegepast')} gedeeltelijk, {res.count('niet in werking')} niet in werking"
               + ("; niets geschreven (zie de fout hieronder)" if geweigerd else ""))
    return _lines(out)


def synced(results: Sequence[SyncResult], cache: Path) -> str:
    """The closing line of ``sources sync``: how many sources, where, and what happened to them."""
    counts = Counter(SYNC_STATUS[r.status] for r in results)
    return (f"{telling(len(results), 'bron', 'bronnen')} gecontroleerd in {cache} ("
            + ", ".join(f"{n} {s}" for s, n in sorted(counts.items())) + ")\n")


def corpus_checked(found: Corpuscontrole) -> tuple[str, str]:
    """``validate`` of a folder: the valid files, the remarks and the summary (stdout); the errors (stderr)."""
    out = [f"{path}: geldig ({kind})" for path, kind in found.bestanden]
    out += [text for fout, text in found.bevindingen if not fout]
    out.append(f"{telling(len(found.bestanden), 'bestand', 'bestanden')} geldig; samenhang: "
               f"{telling(found.fouten, 'fout', 'fouten')}, "
               f"{telling(len(found.bevindingen) - found.fouten, 'opmerking', 'opmerkingen')}")
    errors = [text for fout, text in found.bevindingen if fout]
    return _lines(out), _lines(errors)


def file_checked(file: Path, r: Bestandscontrole) -> str:
    reg, kinds = r.regeling, r.soorten
    if reg is None:
        samenhang = "" if r.soort == "wijzigingsregeling" else "; de samenhang met de rest toetst 'wetgeving validate corpus/'"
        return f"{file}: geldig — {r.soort} volgens zijn schema in schemas/{samenhang}\n"
    return (f"{file}: geldig — {reg.citeertitel} ({reg.bwb_id}) {datum_tekst(reg)}: "
            f"{telling(kinds['Artikel'], 'artikel', 'artikelen')}, {telling(kinds['Lid'], 'lid', 'leden')}, "
            f"{telling(kinds['Onderdeel'], 'onderdeel', 'onderdelen')}\n")


def unreadable(file: Path, problems: Sequence[Onleesbaar]) -> str:
    """The lines of an amending act that could not be read, each with file, line, position and reason."""
    return _lines([f"{file}:{p.regel}: onleesbaar{f' (positie {p.positie})' if p.positie else ''}: "
                   f"{p.tekst[:80]!r} — {p.reden}" for p in problems])
