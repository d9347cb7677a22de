"""The per-file function of the index: read one source file, import it (secure parsing, the importers of
:mod:`wetgeving.bronnen.formats`), find every reference in it. Pure: it takes a path and the title register and
returns plain data, so a process pool and a Dask cluster run the very same function."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from pathlib import Path

from wetgeving.bronnen.formats import detect, load_bytes
from wetgeving.bronnen.secure import read_bytes
from wetgeving.errors import WetgevingError
from wetgeving.graaf.bouw import ONTBREEKT, Ref, historical, niet_geplaatst, refs_by_alinea, resolved
from wetgeving.locatie import Adres
from wetgeving.model import Regeling, Structuur, children
from wetgeving.verwijzingen.extract import Gevonden
from wetgeving.verwijzingen.titels import Titelregister

KINDS = ("bwb-xml", "regelrecht-yaml")
# the doel_sleutel of a relative reference that names no unit of the law («deze paragraaf» in an artikel in no paragraaf,
# «de vorige leden» in a first lid): its titel holds the words («de paragraaf waarin artikel Ua 2 staat»)
ONGEPLAATST = "ongeplaatst"
# the doel_sleutel of one that cannot be placed because the source gives no indeling: not judged, but counted
# (helper-117: `dangling --all` left them out unsaid)
ONVERIFIEERBAAR_SLEUTEL = "onverifieerbaar"

# (alinea nr, begin, einde, soort, doel_bwb, doel_adres, doel_sleutel, titel, historisch, uitzondering, tot)
RefRow = tuple[int, int, int, str, str, str, str, str, int, int, str]


@dataclass(frozen=True, slots=True)
class Bestandsindex:
    """What one file contributes to the index (or why it could not be read: ``fout``)."""

    pad: str
    sha256: str
    soort: str = ""
    bwb_id: str = ""
    citeertitel: str = ""
    geldig_vanaf: str = ""
    structuur: bool = False
    eenheden: tuple[str, ...] = ()
    alineas: tuple[tuple[int, str, str], ...] = ()  # (nr, bron, tekst)
    verwijzingen: tuple[RefRow, ...] = ()
    # (container by its last segment, what it holds: 'artikel:55', 'paragraaf:2.2'), for "cited-by hoofdstuk 2 …"
    bevat: tuple[tuple[str, str], ...] = ()
    dubbel: tuple[str, ...] = ()  # container keys that more than one container has: not found by their number
    fout: str | None = None
    bytes: int = field(default=0, compare=False)


def index_file(pad: str, register: Titelregister) -> Bestandsindex:
    """Index one file. A file that cannot be read gives a result with ``fout`` (never an exception)."""
    path = Path(pad)
    try:
        data = read_bytes(path)
    except (OSError, WetgevingError) as exc:
        return Bestandsindex(pad, "", fout=f"kan het bestand niet lezen: {exc}")
    sha = hashlib.sha256(data).hexdigest()
    try:
        kind = detect(path, data)
        if kind not in KINDS:
            return Bestandsindex(pad, sha, fout=f"geen BWB-toestand-XML of regelrecht-YAML (soort {kind})")
        reg = load_bytes(data, path, kind)
        if not reg.bwb_id or not reg.artikelen():
            return Bestandsindex(pad, sha, soort=kind, fout="geen regeling met een BWB-id en artikelen")
        return _index(reg, pad, sha, kind, register, len(data))
    except WetgevingError as exc:
        return Bestandsindex(pad, sha, fout=str(exc))
    except Exception as exc:  # one bad file in 45,000 must not stop the build: recorded, reported, exit status 1
        return Bestandsindex(pad, sha, fout=f"interne fout bij het inlezen ({type(exc).__name__}: {exc})")


def _index(reg: Regeling, pad: str, sha: str, kind: str, register: Titelregister, size: int) -> Bestandsindex:
    # what a reference can point at: every artikel, lid and onderdeel of the law (not a vervallen artikel the
    # source keeps as «Vervallen», Regeling.heeft) by its address, and the containers by their last segment
    eenheden = {str(a) for a, u in reg.index.items() if not isinstance(u, Structuur) and reg.heeft(a)}
    eenheden |= {f"{u.soort}:{u.nr}" for u in reg.index.values() if isinstance(u, Structuur)}
    alineas: list[tuple[int, str, str]] = []
    rows: list[RefRow] = []
    for nr, (bron, al, found) in enumerate(refs_by_alinea(reg, register)):
        if not found:
            continue
        alineas.append((nr, str(bron), al.tekst))
        for g in found:
            if g.binnen and g.adres is None:  # «deze paragraaf» not placed: indexed by its words, as missing (graph
                # dangling lists it) or, in a source without containers, as not to be checked
                woorden, status = niet_geplaatst(reg, g, bron)
                sleutel = ONGEPLAATST if status == ONTBREEKT else ONVERIFIEERBAAR_SLEUTEL
                rows.append((nr, g.start, g.einde, g.soort, reg.bwb_id, "", sleutel, woorden, 0, 0, ""))
                continue
            span = al.tekst[g.start:g.einde]
            g = resolved(g, bron, span)
            ctx = al.tekst[max(0, g.start - 60): g.einde + 60]
            hist = historical(Ref(bron, g, span, ctx))
            tot = _tot(g)
            rows.append(_row(nr, g, reg.bwb_id, hist, g.als_uitzondering, tot=tot))
            if tot and not g.tot_apart:  # another law's range: its last artikel is a row of the same span too
                rows.append(_row(nr, replace(g, adres=Adres.of(("artikel", g.tot_en_met))), reg.bwb_id, hist,
                                 g.als_uitzondering))
            # the other leden or onderdelen of a list, as rows of the same span (the questions count it once)
            rows += [_row(nr, replace(g, adres=a), reg.bwb_id, hist, g.als_uitzondering) for a in g.ook]
            rows += [_row(nr, replace(g, adres=a), reg.bwb_id, hist, True) for a in g.behalve]  # the parts excepted
    # "paragraaf:3" in six hoofdstukken of the Kieswet: whose? Not found by its number
    dubbel = {"{}:{}".format(*k) for k, found in reg.containers_bij_nummer.items() if len(found) > 1}
    bevat = {(f"{u.soort}:{u.nr}", sleutel) for u in reg.index.values() if isinstance(u, Structuur)
             for sleutel in _held(u) if sleutel not in dubbel}
    return Bestandsindex(pad, sha, kind, reg.bwb_id, reg.citeertitel, reg.geldig_vanaf.isoformat(),
                         reg.heeft_indeling, tuple(sorted(eenheden)),
                         tuple(alineas), tuple(rows), tuple(sorted(bevat)), tuple(sorted(dubbel)), bytes=size)


def _held(unit: Structuur) -> list[str]:
    """What a container holds, as the index keys its units: its artikelen ('artikel:55') and the containers inside it
    ('paragraaf:2.2'), at any depth."""
    out: list[str] = []
    for k in children(unit):
        if isinstance(k, Structuur):
            out += [f"{k.soort}:{k.nr}", *_held(k)]
        elif k.soort == "artikel":
            out.append(f"artikel:{k.nr}")
    return out


def _tot(g: Gevonden) -> str:
    """The last artikel of a range of artikelen in another law («de artikelen 5:15 tot en met 5:17 van de Algemene wet
    bestuursrecht», Gemeentewet 124e): its artikelen between are not known while this law is read (a range in this law
    is, :func:`wetgeving.graaf.bouw.with_range`), so the question finds them by number (:mod:`wetgeving.index.vragen`)."""
    internal = g.soort in ("intern", "relatief")
    return g.tot_en_met if g.tot_en_met and not internal and g.adres is not None and g.adres.artikel else ""


def _row(nr: int, g: Gevonden, own: str, historisch: bool, uitzondering: bool = False, *, tot: str = "") -> RefRow:
    bwb = own if g.soort in ("intern", "relatief") else g.bwb_id
    adres = str(g.adres) if g.adres is not None else ""
    sleutel = ""
    if g.adres is not None:
        art = g.adres.artikel
        sleutel = f"artikel:{art}" if art is not None else "{}:{}".format(*g.adres.segmenten[-1])
    titel = g.doel_anders or g.titel
    return (nr, g.start, g.einde, g.soort, bwb, adres, sleutel, titel, int(historisch), int(uitzondering), tot)
