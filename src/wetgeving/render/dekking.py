"""The coverage table of tranche 1 (``docs/obligations-coverage.md``) as Markdown."""

from __future__ import annotations

from wetgeving.bronnen.catalogus import Catalogus
from wetgeving.compliance.dekking import PAREN, Rij
from wetgeving.tranches.lezen import tranche


def markdown(cat: Catalogus, found: list[Rij]) -> str:
    titles = {name: (cat.versions(name)[-1].citeertitel if cat.versions(name) else name) for name, _, _ in PAREN}
    out = ["# Dekking van tranche 1 door de verplichtingen", "",
           "Gemaakt door `wetgeving obligations --coverage` (niet met de hand bewerken; de verklaringen staan in "
           "`corpus/dekking.toml`). Voor elk artikel dat tranche 1 (Stb. 2022, 444) wijzigde — voor de Gemeentewet en de "
           "Provinciewet elk artikel dat tussen de echte versies 2022-11-05 en 2023-04-01 verschilt én dat een "
           "onderdeel van tranche 1 in ons model wijzigt (wat andere wetten op die data wijzigden, staat in "
           "overig-2023), voor de Kieswet, waarvan de bronnen de eerdere tekst niet hebben, de artikelen die het "
           "tranchemodel noemt — elk lid dat zich richt tot een orgaan of ambtsdrager van gemeente of provincie of tot een "
           "stembureau (of dat een verplichting noemt of een verklaring "
           "aanwijst; een lid dat alleen Onze Minister noemt, staat er niet in), met de verplichtingen die het "
           "modelleren, of waarom geen enkele dat doet. Een lid waarvan de tekst tussen de versies verschilt, heeft "
           "een rij per versie.",
           "",
           # helper-165: the note on the Kieswet in the model says it already; it was said twice
           "Onvolledig: " + " ".join(n.tekst for n in tranche("1").niet_gemodelleerd),
           "",
           f"Rijen: {len(found)}; gemodelleerd: {sum(bool(r.verplichtingen) for r in found)}; verklaard: "
           f"{sum(bool(r.uitleg) and not r.verplichtingen for r in found)}; onverklaard: "
           f"{sum(not r.verklaard for r in found)}.", "",
           "| Regeling | Bepaling | In versie | Richt zich tot | Verplichting | Toelichting |",
           "|---|---|---|---|---|---|"]
    for r in found:
        where = ", ".join(r.versies) + (" (alleen deze tekst; de eerdere staat niet in de bronnen)"
                                        if r.bron == "tranchemodel" else "")
        out.append(f"| {titles[r.regeling]} | {r.adres.citation()} | {where} | {', '.join(r.organen) or '—'} | "
                   f"{', '.join(r.verplichtingen) or '—'} | {r.uitleg or ('' if r.verplichtingen else 'ONVERKLAARD')} |")
    return "\n".join(out) + "\n"
