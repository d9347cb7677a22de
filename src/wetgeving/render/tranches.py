"""Dutch text views of tranches: list, show (onderdelen with before/after text), timeline."""

from __future__ import annotations

from collections import Counter
from datetime import date

from wetgeving.app.tranches import Teksten, TrancheInzage
from wetgeving.nummers import kamerstuk, telling
from wetgeving.programma import Programma
from wetgeving.render.tekst import lines
from wetgeving.tranches.model import Tranche

ZEKER = {"bekend": "", "afgeleid": " (afgeleid)", "onbekend": " (onzeker)"}
ONBEVESTIGD = "niet bevestigd als inhoud van het wetsvoorstel"


def _voorzieningen(t: Tranche) -> str:
    """'3 beoogde voorzieningen', and how many of the planned ones the sources do not confirm."""
    open_ = sum(not v.bevestigd for v in t.voorzieningen)
    return (f"{len(t.voorzieningen) - open_} beoogde voorzieningen"
            + (f" (en {open_} {ONBEVESTIGD})" if open_ else ""))


def _onderdelen(t: Tranche) -> str:
    """«24 onderdelen in ons model: 2 met de letter uit de bronnen, 18 met een door ons afgeleide letter, 4 waarvan de
    letter niet in de bronnen staat» (helper-57; helper-164: «waarvan 4 zonder letter van de wet (eigen
    modelonderdelen)» read as if the other 20 had the law's own letter, and the 4 are changes the act made)."""
    n = len(t.onderdelen())
    per = Counter(o.letter_zekerheid for _, o in t.onderdelen())
    if per["bekend"] == n:
        return telling(n, "onderdeel", "onderdelen")
    if per["onbekend"] == n:
        return telling(n, "onderdeel", "onderdelen") + " in ons model, geen met een letter uit de bronnen"
    delen = [f"{per['bekend']} met de letter uit de bronnen" if per["bekend"] else "",
             f"{per['afgeleid']} met een door ons afgeleide letter" if per["afgeleid"] else "",
             f"{per['onbekend']} waarvan de letter niet in de bronnen staat" if per["onbekend"] else ""]
    return telling(n, "onderdeel", "onderdelen") + " in ons model: " + ", ".join(d for d in delen if d)


def list_view(trs: tuple[Tranche, ...]) -> str:
    out = []
    for t in trs:
        dates = sorted({o.inwerking for _, o in t.onderdelen()})
        when = (", ".join(str(d) for d in dates) if dates
                else f"niet bepaald; {t.stand}" if t.status == "wetsvoorstel" else "niet bekend")
        parts = [f"{t.soort}, {t.status.replace('-', ' ')}", kamerstuk(t.kamerstuk), t.publicatie,
                 f"{_onderdelen(t)}, {_voorzieningen(t)}",
                 f"inwerkingtreding: {when}"]
        out.append(f"{t.nr or t.id:12} {t.titel}\n{'':12} " + "; ".join(p for p in parts if p))
    return "\n".join(out) + "\n"


def _unit_lines(texts: Teksten) -> list[str]:
    """The texts of an onderdeel's targets; of more than one, each below the artikel named first (helper-218: lid 3 of
    artikel 213a read as a lid of artikel 185a, printed before it)."""
    out = []
    for d, unit in texts:
        if len(texts) > 1 and unit is not None and d.soort != "artikel":
            out.append(f"    {d.citation()}:")
        out += ["    " + ln for ln in (lines(unit) if unit is not None else [f"({d.citation()} bestaat niet)"])]
    return out


def show_view(inzage: TrancheInzage) -> str:
    """A tranche with its onderdelen: instruction, dates, text before and after (``tranche show``)."""
    t, prog = inzage.tranche, inzage.programma
    out = [t.titel, *([_vindplaats(t)] if _vindplaats(t) else []), t.samenvatting, ""]
    if inzage.fout:
        out.append(f"(instructies niet op te bouwen: {inzage.fout})")
    out += [f"Niet in dit model: {n.tekst}" for n in t.niet_gemodelleerd]
    if inzage.thema and not inzage.onderdelen and not inzage.voorzieningen:
        th = prog.thema(inzage.thema)
        out.append(f"Geen onderdelen of voorzieningen met het thema {th.naam if th else inzage.thema} in dit model.")
    for x in inzage.onderdelen:
        w, o, ond = x.wijziging, x.onderdeel, x.instructie
        th = prog.thema(o.thema)
        doel = "; ".join(d.citation() for d in o.doelen)
        zeker = f"; {w.nummer_noot}" if w.nummer_noot else ""
        # helper-165: overig-2023's «I» only groups changes of other acts: not shown as an artikel of a law
        kop = f"{w.regeling}, {w.artikel_aanduiding}" if w.artikel_zekerheid == "onbekend" else \
            f"ARTIKEL {w.artikel} ({w.regeling}{zeker})"
        out.append(f"{kop}, {o.letter_tekst}: {doel}")
        out.append(f"  thema: {th.naam if th else o.thema}; inwerking {o.inwerking}{ZEKER[o.inwerking_zekerheid]}; "
                   f"toeschrijving: {ZEKER[o.toeschrijving].strip(' ()') or 'zeker'}")
        out.append(f"  {o.samenvatting}")
        if o.toelichting:
            out.append(f"  Toelichting: {o.toelichting}")
        if ond is not None:
            echt = f"echte tekst uit {x.echte_bron}" + (f"; de vastgestelde tekst ({t.publicatie}) kan afwijken"
                                                        if t.publicatie and t.publicatie not in x.echte_bron else "")
            how = echt if not ond.gereconstrueerd else "gereconstrueerd" if not o.echte_bron else f"{echt}; aangevuld"
            out.append(f"  Wijzigingsinstructie ({how}):")
            out += ["    " + ln for ln in ond.tekst.splitlines() if ln.strip()]
        elif not inzage.fout:
            out.append("  Wijzigingsinstructie: niet beschikbaar (de bronnen hebben de tekst van vóór de wijziging niet, "
                       "en niet de instructie zelf).")
        if x.voor_versie:
            out.append(f"  Tekst vóór ({x.voor_versie}):")
            out += _unit_lines(x.voor)
        else:
            out.append("  Tekst vóór: niet beschikbaar in de bronnen.")
        out.append(f"  Tekst na ({x.na_versie}):")
        out += _unit_lines(x.na)
        out.append("")
    for vz in inzage.voorzieningen:
        v = vz.voorziening
        th = prog.thema(v.thema)
        thema = th.naam if th else v.thema
        out.append(f"Beoogde voorziening {v.id} ({v.regeling}): thema {thema}; status {t.status}" if v.bevestigd else
                   f"Voorziening {v.id} ({v.regeling}), {ONBEVESTIGD}: thema {thema}; geen geldend recht")
        out.append(f"  {v.samenvatting}")
        if v.toelichting:
            out.append(f"  Toelichting: {v.toelichting}")
        for d, unit in vz.huidig:
            out.append(f"  Huidige tekst van {d.citation()} ({v.basis}):")
            out += ["    " + ln for ln in (lines(unit) if unit is not None else ["(bestaat niet)"])]
        out.append("")
    for ill in t.illustraties if not inzage.thema or inzage.voorzieningen else ():  # a draft of none of the theme's
        out += [ill.label, *([f"Het ontwerp staat hier in zijn geheel, met de onderdelen van andere thema's dan "  # not
                              f"{_thema_naam(prog, inzage.thema)}."] if inzage.thema else []),  # split (helper-192)
                "", *("  " + ln for ln in ill.tekst.splitlines()), ""]  # provisions is not shown for it
    return "\n".join(out).rstrip() + "\n"


def _thema_naam(prog: Programma, key: str) -> str:
    th = prog.thema(key)
    return th.naam if th else key


def timeline_view(trs: tuple[Tranche, ...], prog: Programma) -> str:
    """What enters into force when (``tranche timeline``); themes by their names in the programme."""
    def thema(key: str) -> str:
        th = prog.thema(key)
        return th.naam if th else key

    rows: list[tuple[date, str, str]] = []
    for t in trs:
        for w, o in t.onderdelen():
            name = (t.nr and f"tranche {t.nr}") or t.id
            doel = "; ".join(d.citation() for d in o.doelen)
            zeker = ZEKER[o.inwerking_zekerheid].replace("(afgeleid)", "(datum afgeleid)")
            if o.toeschrijving != "bekend":  # helper-57: that the change is this act's is our inference (P 19, W 4, X 9)
                zeker += ZEKER[o.toeschrijving].replace("(afgeleid)", "(toeschrijving afgeleid)")
            rows.append((o.inwerking, name, f"{w.regeling} {doel} — {thema(o.thema)} ({o.letter_tekst}){zeker}"))
    out = []
    for when in sorted({r[0] for r in rows}):
        out.append(f"{when}")
        out += [f"  {name:12} {what}" for d, name, what in rows if d == when]
    for t in trs:  # what the dated rows above leave out
        out += [f"niet in ons model ({(t.nr and f'tranche {t.nr}') or t.id}): {n.tekst}" for n in t.niet_gemodelleerd]
    for t in trs:
        if t.status == "wetsvoorstel":
            out.append(f"niet bepaald: tranche {t.nr}, {kamerstuk(t.kamerstuk)}, {t.stand}")
            out += [f"  {'':12} {v.regeling} — {thema(v.thema)}: " + ("" if v.bevestigd else f"{ONBEVESTIGD}; ")
                    + (v.samenvatting[:1].lower() + v.samenvatting[1:] if not v.bevestigd else v.samenvatting)
                    for v in t.voorzieningen]
    return "\n".join(out) + "\n"


def _vindplaats(t: Tranche) -> str:
    """'Kamerstuk 35 546; Stb. 2022, 444' — where the act or bill is published."""
    parts = []
    if t.kamerstuk:
        parts.append(kamerstuk(t.kamerstuk))
    if t.publicatie:
        parts.append(t.publicatie)
    if t.inwerkingtreding_besluit:
        parts.append(f"inwerkingtreding: {t.inwerkingtreding_besluit}")
    if t.status == "wetsvoorstel":
        parts.append(t.stand)
    return "; ".join(parts)
