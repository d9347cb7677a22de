"""The answers of the reverse-reference index (``cited-by``, ``dangling --all``) as Dutch text or JSON."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from typing import Any

from wetgeving.app.index import Zwevend
from wetgeving.index.vragen import Citering, Doel
from wetgeving.locatie import Adres
from wetgeving.nummers import opsomming, telling


def cited_by_text(doel: Doel, found: Sequence[Citering], day: date) -> str:
    cit = doel.adres.citation()
    # «artikel 159a van Boek 1 van het Burgerlijk Wetboek», «artikel 10, eerste lid, van Boek 1 …»; «artikel 86 Gemeentewet»
    van = (", van " if "," in cit else " van ") if doel.citeertitel.startswith("Boek ") else ", " if "," in cit else " "
    naam = f"{cit}{van}{doel.citeertitel} ({doel.bwb_id})"  # «artikel 10, tweede lid, Gemeentewet» (helper-89)
    if doel.bestaat is None and doel.versie:  # helper-135: hoofdstuk V of the Gemeentewet of 2023-04-01
        staat = (f"niet te controleren: de bron van de versie geldig vanaf {doel.versie} geeft geen indeling in "
                 "hoofdstukken, titels, afdelingen of paragrafen; of de eenheid bestaat, is niet na te gaan")
    elif doel.bestaat is None:
        staat = "niet te controleren: geen volledige versie van die regeling op die datum in de index"
    else:
        staat = f"{'bestaat' if doel.bestaat else 'BESTAAT NIET'} in de versie geldig vanaf {doel.versie}"
    # only laws with a version valid on ``day`` are searched: «geen verwijzingen» would deny what cannot be checked
    # (Kieswet X 9 cites X 8, vierde lid, since 2023-01-01; the index holds the Kieswet of 2025-08-01 only)
    oud = sum(1 for c in found if c.let_op)  # helper-151: counted as found, in a text the change had already replaced
    wie = "" if oud == len(found) == 1 else "alle " if oud == len(found) else f"waarvan {oud} "
    slot = (telling(len(found), "verwijzing", "verwijzingen") + (
        f", {wie}in een tekst van vóór een wijziging die volgens ons model op {day} al gold (zie «let op»): of "
        f"{'zij' if oud > 1 else 'die'} toen nog zo {'luidden' if oud > 1 else 'luidde'}, is niet na te gaan"
        if oud else "")) if found else (
        f"geen verwijzingen gevonden; doorzocht zijn alleen de wetten waarvan de index een versie heeft die op {day} "
        "gold" + (f", en van de {doel.citeertitel} zelf heeft hij die niet: verwijzingen binnen die wet zijn op die "
                  "datum niet na te gaan" if doel.bestaat is None and not doel.versie else ""))
    if doel.let_op:
        staat += (f". Let op: {doel.let_op}; de versie van {doel.versie} toont de tekst van vóór die wijziging, en "
                  "verwijzingen naar de leden die zij vernummerde of invoegde, kunnen de oude nummers noemen")
    return "".join(r + "\n" for r in [f"{naam} op {day}: {staat}.", *(_line(c, day) for c in found), slot,
                                      *_dekking(doel.doorzocht, doel.niet_doorzocht, day)])


def _dekking(doorzocht: Sequence[tuple[str, str, bool]], niet_doorzocht: Sequence[str], day: date) -> list[str]:
    """Which laws were searched on ``day`` (a file of only some artikelen, as far as it goes), and which not."""
    out = ["doorzocht: " + opsomming([f"de {t} (versie geldig vanaf {v}" + ("; de bron bevat alleen enkele artikelen"
                                      if deel else "") + ")" for t, v, deel in doorzocht])] if doorzocht else []
    return out + ([f"niet doorzocht, want de index heeft er geen versie van die op {day} gold: "
                   + opsomming([f"de {t}" for t in niet_doorzocht])] if niet_doorzocht else [])


def cited_by_json(doel: Doel, found: Sequence[Citering], day: date) -> str:
    return json.dumps({"doel": {"bwb_id": doel.bwb_id, "citeertitel": doel.citeertitel, "adres": str(doel.adres),
                                "datum": day.isoformat(), "versie": doel.versie, "bestaat": doel.bestaat,
                                "let_op": doel.let_op, "verwezen_door_versies": list(doel.elders)},
                       "citeringen": [_json(c) for c in found]}, ensure_ascii=False, indent=1) + "\n"


def dangling_text(z: Zwevend, day: date) -> str:
    found = z.verwijzingen
    slot = ((f"1 verwijzing naar een eenheid die op {day} niet bestaat" if len(found) == 1 else
             f"{len(found)} verwijzingen naar eenheden die op {day} niet bestaan") if found else
            f"geen verwijzingen naar ontbrekende eenheden op {day}")
    # a file of only some artikelen was searched as far as it goes (helper-77: it read as the whole law)
    return "".join(r + "\n" for r in [*(_line(c, day, doel=True) for c in found), slot, *_niet_beoordeeld(z, day),
                                      *_dekking(z.doorzocht, z.niet_doorzocht, day)])


def _niet_beoordeeld(z: Zwevend, day: date) -> list[str]:
    """What the search did not judge, counted (helper-117: `graph dangling` said it of containers, `dangling --all`
    nothing)."""
    onbekend, zonder_versie, indeling = z.niet_beoordeeld
    delen = [f"{telling(onbekend, 'verwijzing', 'verwijzingen')} naar een wet die de index niet kent" if onbekend else "",
             f"{telling(zonder_versie, 'verwijzing', 'verwijzingen')} naar een wet waarvan de index geen volledige "
             f"versie heeft die op {day} gold" if zonder_versie else "",
             f"{telling(indeling, 'verwijzing', 'verwijzingen')} naar een hoofdstuk, titel, afdeling of paragraaf van "
             "een versie waarvan de bron geen indeling geeft" if indeling else ""]
    delen = [d for d in delen if d]
    # helper-118: 'refs --unresolved' does not list the references to another law; plain 'refs' does
    zie = "; 'wetgeving refs WET' toont ze per wet" + (" ('--unresolved': alleen de onbekende wetten en de indeling)"
                                                      if onbekend or indeling else "")
    return [f"niet beoordeeld: {opsomming(delen)}{zie}"] if delen else []


def dangling_json(z: Zwevend, day: date) -> str:
    return json.dumps({"datum": day.isoformat(), "doorzocht": [{"citeertitel": t, "geldig_vanaf": v, "gedeeltelijk": deel}
                                                             for t, v, deel in z.doorzocht],
                       "niet_doorzocht": z.niet_doorzocht, "verwijzingen": [_json(c) for c in z.verwijzingen],
                       "niet_beoordeeld": dict(zip(("onbekende_wet", "geen_versie", "geen_indeling"), z.niet_beoordeeld,
                                                   strict=True))},
                      ensure_ascii=False, indent=1) + "\n"


def _line(c: Citering, day: date, doel: bool = False) -> str:
    versie = f"versie geldig vanaf {c.geldig_vanaf}" + _einde(c, day)
    extra = (" [verwijst naar een eerdere tekst]" if c.historisch else "") + (" (genoemd als uitzondering)" if c.uitzondering
                                                                              else "")
    # a relative reference that names no unit («deze paragraaf» where the artikel is in none) has its words as titel
    naar = ("" if not doel else f" → {Adres.parse(c.doel).citation()} ({c.titel or c.doel_bwb})" if c.doel else
            f" → {c.titel} (niet in deze versie)")
    let_op = (f"\n    let op: {c.let_op}; de tekst hierboven is die van de versie van {c.geldig_vanaf}, van vóór die "
              "wijziging") if c.let_op else ""
    return f"- {c.plaats} ({versie}){naar}: «{c.span}»{extra}\n    {c.tekst}{let_op}"


def _einde(c: Citering, day: date) -> str:
    """What the sources show of the citing version's end on ``day``: the newest indexed, whose end is unknown; one
    whose last day the catalogue gives, nothing more; else that whether it still held is not shown."""
    if c.laatste:
        return "; nieuwste in de index, einde onbekend"
    if c.geldig_tot or day.isoformat() <= c.geldig_vanaf:
        return ""
    return (f"; of die op {day} nog gold, tonen de bronnen niet"  # within brackets: no second pair (helper-162)
            + (f"; de volgende versie geldt vanaf {c.volgende}" if c.volgende else ""))


def _json(c: Citering) -> dict[str, Any]:
    return {"bwb_id": c.bwb_id, "citeertitel": c.citeertitel, "geldig_vanaf": c.geldig_vanaf, "laatste": c.laatste,
            "bron": c.bron, "tekst": c.tekst, "verwijzing": c.span, "soort": c.soort, "doel_bwb": c.doel_bwb,
            "doel": c.doel, "titel": c.titel, "historisch": c.historisch, "uitzondering": c.uitzondering,
            "let_op": c.let_op, "geldig_tot": c.geldig_tot or None, "volgende_versie": c.volgende or None}
