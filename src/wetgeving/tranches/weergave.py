"""Dutch text views of tranches: list, show (onderdelen with before/after text), timeline."""

from __future__ import annotations

from datetime import date

from wetgeving.bronnen import integriteit
from wetgeving.bronnen.catalogus import load_regeling
from wetgeving.bronnen.integriteit import SourceModifiedError
from wetgeving.errors import WetgevingError
from wetgeving.programma import load_programma
from wetgeving.render.tekst import lines
from wetgeving.tranches.bouwen import build
from wetgeving.tranches.model import TOnderdeel, Tranche, TWijziging

ZEKER = {"bekend": "", "afgeleid": " (afgeleid)", "onbekend": " (onzeker)"}


def list_view(trs: tuple[Tranche, ...]) -> str:
    out = []
    for t in trs:
        dates = sorted({o.inwerking for _, o in t.onderdelen()})
        when = ", ".join(str(d) for d in dates) if dates else t.status
        ks = f"Kamerstuk {t.kamerstuk}" if t.kamerstuk else ""
        out.append(f"{t.nr or t.id:12} {t.titel}\n{'':12} {t.soort}, {t.status}; {ks}"
                   f"{'; ' + t.publicatie if t.publicatie else ''}; {len(t.onderdelen())} onderdelen, "
                   f"{len(t.voorzieningen)} beoogde voorzieningen; inwerkingtreding: {when}")
    return "\n".join(out) + "\n"


def _unit_text(spec: str, o: TOnderdeel) -> list[str]:
    reg = load_regeling(spec)
    out = []
    for d in o.doelen:
        unit = reg.get(d)
        out += ["    " + ln for ln in (lines(unit) if unit is not None else [f"({d.citation()} bestaat niet)"])]
    return out


def _stage_before(w: TWijziging, o: TOnderdeel) -> str:
    prev = w.voor
    for st in sorted(w.stadia, key=lambda s: s.datum):
        if st.datum == o.inwerking:
            return prev
        prev = st.na
    return prev


def show_view(t: Tranche, *, theme: str | None = None) -> str:
    """The tranche in Dutch. A modified source is an error (:class:`SourceModifiedError`), never a line in the
    listing; allowed with ``--allow-modified``, the view opens with the warning of :func:`integriteit.markering`."""
    prog = load_programma()
    out = [t.titel, *([_vindplaats(t)] if _vindplaats(t) else []), t.samenvatting, ""]
    built = {}
    try:
        if any(w.voor for w in t.wijzigingen):
            b = build(t)
            built = {(a.nr, o.nr): o for a, o in b.act.onderdelen()}
    except SourceModifiedError:
        raise
    except WetgevingError as exc:
        out.append(f"(instructies niet op te bouwen: {exc.message})")
    for w, o in t.onderdelen():
        if theme and o.thema != theme:
            continue
        th = prog.thema(o.thema)
        doel = "; ".join(d.citation() for d in o.doelen)
        out.append(f"ARTIKEL {w.artikel} ({w.regeling}), onderdeel {o.naam}{ZEKER[o.letter_zekerheid]}: {doel}")
        out.append(f"  thema: {th.naam if th else o.thema}; inwerking {o.inwerking}{ZEKER[o.inwerking_zekerheid]}; "
                   f"toeschrijving{ZEKER[o.toeschrijving] or ': zeker'}")
        out.append(f"  {o.samenvatting}")
        if o.toelichting:
            out.append(f"  Toelichting: {o.toelichting}")
        ond = built.get((w.artikel, o.naam))
        if ond is not None:
            how = ("echte tekst" if not ond.gereconstrueerd
                   else "gereconstrueerd" if not o.echte_bron else "echte tekst, aangevuld")
            out.append(f"  Wijzigingsinstructie ({how}):")
            out += ["    " + ln for ln in ond.tekst.splitlines() if ln.strip()]
        before = _stage_before(w, o)
        if before:
            out.append(f"  Tekst vóór ({before}):")
            out += _unit_text(before, o)
        else:
            out.append("  Tekst vóór: niet beschikbaar in de bronnen.")
        out.append(f"  Tekst na ({w.na(o.inwerking)}):")
        out += _unit_text(w.na(o.inwerking), o)
        out.append("")
    for v in t.voorzieningen:
        if theme and v.thema != theme:
            continue
        th = prog.thema(v.thema)
        out.append(f"Beoogde voorziening {v.id} ({v.regeling}): thema {th.naam if th else v.thema}; status {t.status}")
        out.append(f"  {v.samenvatting}")
        if v.toelichting:
            out.append(f"  Toelichting: {v.toelichting}")
        for d in v.doelen:
            out.append(f"  Huidige tekst van {d.citation()} ({v.basis}):")
            unit = load_regeling(v.basis).get(d)
            out += ["    " + ln for ln in (lines(unit) if unit is not None else ["(bestaat niet)"])]
        out.append("")
    for ill in t.illustraties:
        out += [ill.label, "", *("  " + ln for ln in ill.tekst.splitlines()), ""]
    mark = integriteit.markering()
    return "\n".join([mark, ""] * bool(mark) + out).rstrip() + "\n"


def timeline_view(trs: tuple[Tranche, ...]) -> str:
    rows: list[tuple[date, str, str]] = []
    for t in trs:
        for w, o in t.onderdelen():
            name = (t.nr and f"tranche {t.nr}") or t.id
            doel = "; ".join(d.citation() for d in o.doelen)
            rows.append((o.inwerking, name, f"{w.regeling} {doel} — {o.thema} ({o.naam})"))
    out = []
    for when in sorted({r[0] for r in rows}):
        out.append(f"{when}")
        out += [f"  {name:12} {what}" for d, name, what in rows if d == when]
    for t in trs:
        if t.status == "wetsvoorstel":
            out.append(f"nog niet bepaald (wetsvoorstel): tranche {t.nr}, Kamerstuk {t.kamerstuk}")
            out += [f"  {'':12} {v.regeling} — {v.thema}: {v.samenvatting}" for v in t.voorzieningen]
    return "\n".join(out) + "\n"


def _vindplaats(t: Tranche) -> str:
    """'Kamerstuk 35 546; Stb. 2022, 444' — where the act or bill is published."""
    parts = []
    if t.kamerstuk:
        k = t.kamerstuk
        parts.append(f"Kamerstuk {k[:2]} {k[2:]}" if len(k) == 5 and k.isdigit() else f"Kamerstuk {k}")
    if t.publicatie:
        parts.append(t.publicatie)
    if t.inwerkingtreding_besluit:
        parts.append(f"inwerkingtreding: {t.inwerkingtreding_besluit}")
    if t.status == "wetsvoorstel":
        parts.append("wetsvoorstel, geen geldend recht")
    return "; ".join(parts)
