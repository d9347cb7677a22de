"""The obligations (corpus/verplichtingen.xml, schemas/verplichtingen.xsd) and their consistency."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from lxml import etree

from wetgeving.bronnen.catalogus import corpus_dir
from wetgeving.bronnen.secure import expect_root, parse_xml, read_bytes
from wetgeving.locatie import Adres
from wetgeving.schemas import validate

NS = "urn:wetgeving:verplichtingen:1"


def _v(tag: str) -> str:
    return f"{{{NS}}}{tag}"


@dataclass(frozen=True, slots=True)
class Grondslag:
    regeling: str
    versie: date | None = None
    adres: Adres | None = None
    voorziening: str = ""

    def spec(self) -> str:
        return f"{self.regeling}@{self.versie}" if self.versie else self.regeling


@dataclass(frozen=True, slots=True)
class Verplichting:
    id: str
    titel: str
    thema: str
    status: str
    normadressaten: tuple[str, ...]
    handeling: str
    moment: str
    grondslagen: tuple[Grondslag, ...]
    bewijs: str
    geldig_vanaf: date | None = None
    geldig_vanaf_zeker: bool = True
    uitvoering: tuple[str, ...] = ()
    termijn: str = ""
    voorwaarde: str = ""
    bron_tranche: str = ""
    bron_onderdeel: str = ""
    bron_aanbeveling: str = ""
    bestaand: bool = False
    toelichting: str = ""


def _text(el: etree._Element, tag: str) -> str:
    return " ".join((el.findtext(_v(tag)) or "").split())


def load(path: Path | None = None) -> tuple[Verplichting, ...]:
    path = path or corpus_dir() / "verplichtingen.xml"
    tree = parse_xml(read_bytes(path), path)
    root = expect_root(tree, (_v("verplichtingen"),), path, "wetgeving verplichtingen XML")
    validate(tree, "verplichtingen.xsd", str(path))
    out = []
    for el in root.iterfind(_v("verplichting")):
        bron = el.find(_v("bron"))
        assert bron is not None
        gv = el.get("geldig-vanaf")
        out.append(Verplichting(
            id=el.get("id", ""), titel=_text(el, "titel"), thema=el.get("thema", ""), status=el.get("status", ""),
            normadressaten=tuple((x.text or "") for x in el.iterfind(_v("normadressaat"))),
            handeling=_text(el, "handeling"), moment=_text(el, "moment"),
            grondslagen=tuple(Grondslag(g.get("regeling", ""),
                                        date.fromisoformat(g.get("versie", "")) if g.get("versie") else None,
                                        Adres.parse(g.get("adres", "")) if g.get("adres") else None,
                                        g.get("voorziening", ""))
                              for g in el.iterfind(_v("grondslag"))),
            bewijs=_text(el, "bewijs"), geldig_vanaf=date.fromisoformat(gv) if gv else None,
            geldig_vanaf_zeker=el.get("geldig-vanaf-zeker", "true") != "false",
            uitvoering=tuple((x.text or "") for x in el.iterfind(_v("uitvoering"))),
            termijn=_text(el, "termijn"), voorwaarde=_text(el, "voorwaarde"),
            bron_tranche=bron.get("tranche", ""), bron_onderdeel=bron.get("onderdeel", ""),
            bron_aanbeveling=bron.get("aanbeveling", ""), bestaand=bron.get("bestaand") == "true",
            toelichting=_text(el, "toelichting"),
        ))
    return tuple(out)


@cache
def verplichtingen() -> tuple[Verplichting, ...]:
    return load()


def select(items: tuple[Verplichting, ...], *, theme: str | None = None, actor: str | None = None,
           status: str | None = None) -> list[Verplichting]:
    return [v for v in items if (theme is None or v.thema == theme)
            and (actor is None or actor in v.normadressaten or actor in v.uitvoering)
            and (status is None or v.status == status)]


def check(items: tuple[Verplichting, ...]) -> list[str]:
    """Consistency: themes, sources and grondslagen resolve (needs the real sources)."""
    from wetgeving.bronnen.catalogus import load_regeling
    from wetgeving.errors import WetgevingError
    from wetgeving.tranches.lezen import load_programma, tranches

    prog = load_programma()
    themes = {t.id for t in prog.themas}
    recs = {a.id for a in prog.aanbevelingen}
    parts = {(t.id, o.id) for t in tranches() for _, o in t.onderdelen()} | {
        (t.id, v.id) for t in tranches() for v in t.voorzieningen}
    out = []
    for v in items:
        if v.thema not in themes:
            out.append(f"{v.id}: unknown theme {v.thema!r}")
        if v.status == "geldend" and v.geldig_vanaf is None:
            out.append(f"{v.id}: an obligation in force needs geldig-vanaf")
        if v.bron_tranche and (v.bron_tranche, v.bron_onderdeel) not in parts:
            out.append(f"{v.id}: bron {v.bron_tranche}/{v.bron_onderdeel} is not in the tranches")
        if v.bron_aanbeveling and v.bron_aanbeveling not in recs:
            out.append(f"{v.id}: unknown recommendation {v.bron_aanbeveling!r}")
        if v.status == "aanbeveling" and not v.bron_aanbeveling:
            out.append(f"{v.id}: a recommendation must name its programme action line")
        for g in v.grondslagen:
            if g.adres is None:
                if not any(g.voorziening == x.id for t in tranches() for x in t.voorzieningen):
                    out.append(f"{v.id}: grondslag has neither an address nor a known voorziening")
                continue
            try:
                reg = load_regeling(g.spec())
            except WetgevingError as exc:
                out.append(f"{v.id}: {exc.message}")
                continue
            if reg.get(g.adres) is None:
                out.append(f"{v.id}: {g.adres} does not exist in {g.spec()}")
    return out
