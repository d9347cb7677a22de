"""The tranches of the weerbaar-bestuur legislation: list, one tranche with its onderdelen and texts, timeline."""

from __future__ import annotations

from dataclasses import dataclass

from wetgeving.bronnen.catalogus import Catalogus
from wetgeving.bronnen.integriteit import SourceModifiedError
from wetgeving.errors import UsageError, WetgevingError
from wetgeving.locatie import Adres
from wetgeving.model import Eenheid
from wetgeving.programma import Programma, load_programma
from wetgeving.tranches.model import TOnderdeel, Tranche, TWijziging, Voorziening
from wetgeving.wijziging.model import Wijzigingsonderdeel

Teksten = tuple[tuple[Adres, Eenheid | None], ...]


@dataclass(frozen=True, slots=True)
class OnderdeelInzage:
    """One onderdeel: its instruction (as built from the sources) and its targets before and after."""

    wijziging: TWijziging
    onderdeel: TOnderdeel
    instructie: Wijzigingsonderdeel | None
    voor_versie: str  # "" when the text before is not in the sources
    voor: Teksten
    na_versie: str
    na: Teksten
    echte_bron: str = ""  # where the real instruction text comes from («Kamerstuk 35 546 nr. 2, voorstel van wet»)


@dataclass(frozen=True, slots=True)
class VoorzieningInzage:
    voorziening: Voorziening
    huidig: Teksten


@dataclass(frozen=True, slots=True)
class TrancheInzage:
    """A tranche as ``tranche show`` presents it."""

    tranche: Tranche
    programma: Programma
    onderdelen: tuple[OnderdeelInzage, ...]
    voorzieningen: tuple[VoorzieningInzage, ...]
    fout: str = ""  # why the instructions could not be built ("" when they were)
    thema: str | None = None  # only the onderdelen and voorzieningen of this theme


def tranches(cat: Catalogus) -> tuple[Tranche, ...]:
    from wetgeving.tranches.lezen import tranches as read

    return read(cat.corpus)


def programma(cat: Catalogus) -> Programma:
    """The programme of ``corpus/programma.xml``: its themes name the tranches' onderdelen."""
    return load_programma(cat.corpus / "programma.xml")


def tijdlijn(cat: Catalogus) -> tuple[tuple[Tranche, ...], Programma]:
    """What ``tranche timeline`` shows: every tranche, and the programme whose themes name their onderdelen."""
    return tranches(cat), programma(cat)


def tranche(cat: Catalogus, name: str) -> Tranche:
    """A tranche by number ('1') or id ('tranche-1', 'overig-2023')."""
    from wetgeving.tranches.lezen import tranche as get

    return get(name, cat.corpus)


def _texts(cat: Catalogus, spec: str, doelen: tuple[Adres, ...]) -> Teksten:
    reg = cat.load(spec)
    return tuple((d, reg.get(d)) for d in doelen)


def _stage_before(w: TWijziging, o: TOnderdeel) -> str:
    prev = w.voor
    for st in sorted(w.stadia, key=lambda s: s.datum):
        if st.datum == o.inwerking:
            return prev
        prev = st.na
    return prev


def inspect(cat: Catalogus, name: str, *, theme: str | None = None) -> TrancheInzage:
    """A tranche's onderdelen (of one theme) with their instructions, dates and text before and after.
    A changed source is an error (unless allowed); a build that fails for another reason is reported."""
    from wetgeving.tranches.bouwen import build

    prog = programma(cat)
    theme = prog.thema_id(theme) if theme else theme
    if theme is not None and prog.thema(theme) is None:  # "" is no theme: refused, not all of them
        raise UsageError(f"onbekend thema {theme!r}", hint="bekend: " + ", ".join(t.id for t in prog.themas))
    t = tranche(cat, name)
    built: dict[tuple[str, str], Wijzigingsonderdeel] = {}
    fout = ""
    try:
        if any(w.voor for w in t.wijzigingen):
            built = {(a.nr, o.nr): o for a, o in build(cat, t).act.onderdelen()}
    except SourceModifiedError:
        raise
    except WetgevingError as exc:
        fout = exc.message
    onderdelen = []
    for w, o in t.onderdelen():
        if theme and o.thema != theme:
            continue
        before = _stage_before(w, o)
        after = w.na(o.inwerking)
        onderdelen.append(OnderdeelInzage(w, o, built.get((w.artikel, o.naam)), before,
                                          _texts(cat, before, o.doelen) if before else (), after,
                                          _texts(cat, after, o.doelen),
                                          cat.by_id(o.echte_bron).beschrijving.split(" (")[0] if o.echte_bron else ""))
    voorzieningen = tuple(VoorzieningInzage(v, _texts(cat, v.basis, v.doelen)) for v in t.voorzieningen
                          if not theme or v.thema == theme)
    return TrancheInzage(t, prog, tuple(onderdelen), voorzieningen, fout, theme)
