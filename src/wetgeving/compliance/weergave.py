"""Checklists as Markdown, HTML (printable, readable on a phone), DOCX (for the college or the raad), CSV
and JSON. Dutch throughout; deterministic (no timestamps)."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from wetgeving.compliance.checklist import Checklist, Regel, Verschil
from wetgeving.render.html import render_template

ACTOR = {"raad": "raad", "college": "college van B&W", "burgemeester": "burgemeester", "wethouder": "wethouder",
         "raadslid": "raadslid", "griffier": "griffier", "gemeentesecretaris": "gemeentesecretaris",
         "commissaris-van-de-koning": "commissaris van de Koning", "gedeputeerde-staten": "gedeputeerde staten",
         "centraal-stembureau": "centraal stembureau"}
FORMATS = ("markdown", "html", "docx", "csv", "json")


def _actors(names: tuple[str, ...]) -> str:
    return ", ".join(ACTOR.get(n, n) for n in names)


def row_data(r: Regel) -> dict[str, Any]:
    v = r.verplichting
    b = r.beoordeling
    return {
        "id": v.id, "titel": v.titel, "thema": v.thema, "status": r.status, "status_tekst": r.status_tekst,
        "geldig_vanaf": v.geldig_vanaf.isoformat() if v.geldig_vanaf else None,
        "geldig_vanaf_zeker": v.geldig_vanaf_zeker,
        "normadressaat": _actors(v.normadressaten), "uitvoering": _actors(v.uitvoering),
        "handeling": v.handeling, "moment": v.moment, "termijn": v.termijn, "bewijs": v.bewijs,
        "grondslag": [{"citaat": x.citaat, "jci": x.jci, "tekst": x.tekst, "versie": x.versie} for x in r.basis],
        "bron": (v.bron_aanbeveling and f"aanbeveling {v.bron_aanbeveling}") or
        (v.bron_tranche and f"{v.bron_tranche}, onderdeel {v.bron_onderdeel}") or "bestaande verplichting",
        "beoordeling": None if b is None else {"status": b.status_nl, "reden": b.reden, "bewijs": b.bewijs,
                                               "notitie": b.notitie, "wie": b.wie, "wanneer": b.wanneer},
    }


def data(c: Checklist) -> dict[str, Any]:
    g = c.gemeente
    return {"gemeente": {"code": g.code, "naam": g.naam, "provincie": g.provincie, "synthetisch": g.synthetisch},
            "datum": c.datum.isoformat(),
            "samenvatting": {k: c.count(k) for k in ("geldend", "nog-niet-geldend", "niet-van-toepassing",
                                                      "wetsvoorstel", "aanbeveling")},
            "verplichtingen": [row_data(r) for r in c.regels]}


def to_json(c: Checklist) -> str:
    return json.dumps(data(c), ensure_ascii=False, indent=1) + "\n"


def to_csv(c: Checklist) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["gemeente", "gemeentenaam", "datum", "id", "titel", "status", "normadressaat", "uitvoering", "grondslag", "jci",
                "beoordeling", "bewijs"])
    for r in c.regels:
        d = row_data(r)
        w.writerow([c.gemeente.code, c.gemeente.naam, c.datum.isoformat(), d["id"], d["titel"], d["status_tekst"],
                    d["normadressaat"], d["uitvoering"], "; ".join(x["citaat"] for x in d["grondslag"]),
                    "; ".join(x["jci"] for x in d["grondslag"]),
                    d["beoordeling"]["status"] if d["beoordeling"] else "nog niet beoordeeld",
                    d["beoordeling"]["bewijs"] if d["beoordeling"] else ""])
    return buf.getvalue()


def to_markdown(c: Checklist) -> str:
    d = data(c)
    s = d["samenvatting"]
    out = [f"# Checklist weerbaar bestuur — {c.gemeente.naam} ({c.gemeente.code})", "",
           f"Peildatum: {c.datum.isoformat()}. Geldend: {s['geldend']}, nog niet geldend: {s['nog-niet-geldend']}, "
           f"wetsvoorstel: {s['wetsvoorstel']}, aanbeveling: {s['aanbeveling']}, "
           f"niet van toepassing: {s['niet-van-toepassing']}.", ""]
    if c.gemeente.synthetisch:
        out += ["*Deze gemeente is synthetisch (proefgegevens).*", ""]
    for r in d["verplichtingen"]:
        out += [f"## {r['titel']}", "", f"- **Status:** {r['status_tekst']}",
                f"- **Wie:** {r['normadressaat']}" + (f" (uitvoering: {r['uitvoering']})" if r["uitvoering"] else ""),
                f"- **Wat:** {r['handeling']}", f"- **Wanneer:** {r['moment']}"]
        if r["termijn"]:
            out.append(f"- **Termijn:** {r['termijn']}")
        for x in r["grondslag"]:
            out.append(f"- **Grondslag:** {x['citaat']} (`{x['jci']}`)" if x["jci"] else f"- **Grondslag:** {x['citaat']}")
            out.append(f"  > {x['tekst']}")
        out.append(f"- **Bron:** {r['bron']}")
        out.append(f"- **Bewijs:** {r['bewijs']}")
        b = r["beoordeling"]
        if b:
            reden = f": {b['reden']}" if b["reden"] else ""
            out.append(f"- **Beoordeling:** {b['status']} — {b['wie']}, {b['wanneer']}{reden}")
        else:
            out.append("- **Beoordeling:** nog niet beoordeeld")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def to_html(c: Checklist) -> str:
    return render_template("checklist.html.j2", c=data(c))


def to_docx(c: Checklist) -> bytes:
    from wetgeving.compliance.docx import build

    buf = io.BytesIO()
    build(c, data(c)).save(buf)
    return buf.getvalue()


def render(c: Checklist, fmt: str) -> str | bytes:
    if fmt == "docx":
        return to_docx(c)
    text: dict[str, Any] = {"markdown": to_markdown, "html": to_html, "csv": to_csv, "json": to_json}
    return str(text[fmt](c))


def changes_text(gemeente: str, d1: str, d2: str, diffs: list[Verschil]) -> str:
    out = [f"Wat is nieuw voor {gemeente} tussen {d1} en {d2}:", ""]
    out += [f"- {x.verplichting.titel}: {x.van} → {x.naar}" for x in diffs]
    if not diffs:
        out.append("- niets: geen verplichting veranderde van status.")
    return "\n".join(out) + "\n"
