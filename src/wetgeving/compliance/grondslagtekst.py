"""The grondslag of an obligation as shown on a peildatum: citation, Juriconnect link for that date, and the
text of the source version valid on that date — never a later one.

Which version: the newest version in the sources that was in force on or before the peildatum. It is not
used when the sources show it had already been replaced (``geldig_tot`` in the catalogue), or when it is
older than the start of the obligation's period (the act that started the period changed the law after
that version). Then the text is *niet beschikbaar*, and we say which versions we do hold.

A later version can hold the text valid on the date too: an official BWB toestand records for each artikel
the date its present text entered into force (``Artikel.inwerking``, with the Staatsblad). When that date is on
or before the peildatum, the artikel read the same from then until that later version, so on the peildatum as
well: its text is used, *zeker*, and the toelichting names that date (the Kieswet is held only as of
2025-08-01, while artikel X 5 reads so since 2008-12-01). The older version's text is preferred when the
catalogue shows it was still in force on the date; the regelrecht YAML versions carry no such dates.

How sure: *zeker* when the catalogue shows the version was still in force on the date, or the artikel's own
date shows it; otherwise *laatst bekend*: the newest text we hold, with a note that a later change before the
date is not excluded (and whether the next version we hold has the same text).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from wetgeving.bronnen import integriteit
from wetgeving.bronnen.catalogus import Bron, Catalogus
from wetgeving.compliance.tijd import Stand
from wetgeving.compliance.verplichtingen import Grondslag, Periode
from wetgeving.errors import SourceError
from wetgeving.locatie import Jci
from wetgeving.model import Artikel, Eenheid, Lid, Onderdeel, children, gedateerd, tekst, voorgelezen
from wetgeving.programma import load_programma
from wetgeving.util import vandaag

ZEKERHEDEN = ("zeker", "laatst-bekend", "niet-beschikbaar", "wetsvoorstel", "aanbeveling")


@dataclass(frozen=True, slots=True)
class Basis:
    """A grondslag as shown on a date."""

    citaat: str  # "artikel 36a, tweede lid, Gemeentewet"
    jci: str  # with g= and z= the peildatum, so the link opens the version valid then
    tekst: str  # the text of the version used; "" when not available
    versie: str  # the source version quoted, e.g. "gemeentewet@2023-01-01"; "" when none
    zekerheid: str  # one of ZEKERHEDEN
    toelichting: str = ""  # Dutch: why this version, how sure, what we do not hold
    sha: str = ""  # sha256 (16 hex) of the real text, also when ``tekst`` holds only a hash
    gelijk_in: str = ""  # a later version held with the same text of the provision (the one quoted is not the newest)

    @property
    def versie_datum(self) -> str:
        return self.versie.partition("@")[2]


def _titel(cat: Catalogus, regeling: str) -> str:
    found = cat.versions(regeling)
    return found[-1].citeertitel if found and found[-1].citeertitel else regeling.capitalize()


def bases(cat: Catalogus, s: Stand, when: date, *, with_text: bool = True) -> tuple[Basis, ...]:
    """Every grondslag of the wording ``s`` stands in on ``when``, each as :func:`basis` shows it (the checklist, its
    rows per date and an assessment being recorded all quote them so)."""
    return tuple(basis(cat, g, s.periode, when, with_text=with_text, wetsvoorstel=s.status == "wetsvoorstel")
                 for g in s.periode.grondslagen)


def basis(cat: Catalogus, g: Grondslag, periode: Periode, when: date, *, with_text: bool = True,
          wetsvoorstel: bool = False) -> Basis:
    """The grondslag ``g`` of ``periode`` as shown on ``when`` (``wetsvoorstel``: the duty was a bill on ``when``)."""
    if g.aanbeveling:
        return _programma(cat, g.aanbeveling, with_text)
    if g.voorziening:
        return Basis(f"beoogde bepaling in de {_titel(cat, g.regeling)} (wetsvoorstel)", "", "", "", "wetsvoorstel",
                     "de tekst van het wetsvoorstel staat niet in de bronnen")
    state = bronstaat(cat, g.regeling)
    if periode.vanaf and when < periode.vanaf:
        start = _provision(cat, g, periode.vanaf, periode.vanaf, with_text, state, periode.vanaf_tekst,
                           min(periode.vanaf, vandaag()))
        return _future(start, periode, when, wetsvoorstel=wetsvoorstel)
    return _provision(cat, g, periode.vanaf, when, with_text, state, periode.vanaf_tekst, min(when, vandaag()))


def _programma(cat: Catalogus, actielijn: str, with_text: bool) -> Basis:
    """The action line of the programme a recommendation rests on, with the words of the annex's section it comes
    from, read from the source (helper-142: only our summary was shown, and a heading to look for)."""
    from wetgeving.bronnen.programmatekst import passage

    prog = load_programma()
    line = prog.actielijn(actielijn)
    naam = line.naam if line else actielijn
    kop = f" (in de bijlage onder «{line.onderdeel}»)" if line and line.onderdeel else ""
    gevonden = passage(cat, line.onderdeel) if line and line.onderdeel else None
    noten = "; verwijzingen naar voetnoten zijn weggelaten" if gevonden and gevonden.noten else ""
    # helper-170: «onder die kop (…, regel 11)» read as where the quoted words stand; line 11 is the heading's
    waar = (f"; de geciteerde tekst is die van de bijlage onder die kop, die op regel {gevonden.regel} van "
            f"{gevonden.bestand} staat"
            f"{noten}" if gevonden else "; de tekst van de bijlage is niet gevonden onder die kop")
    tekst = "" if gevonden is None else gevonden.tekst if with_text else \
        "sha256:" + hashlib.sha256(gevonden.tekst.encode("utf-8")).hexdigest()[:16]
    return Basis(f"programma weerbaar bestuur, actielijn ‘{naam}’{kop}", "", tekst, "", "aanbeveling",
                 f"{prog.vindplaats}{waar}; ‘{naam}’ is onze naam voor deze actielijn; een aanbeveling, geen wettelijke "
                 "plicht")


def _future(start: Basis, periode: Periode, when: date, *, wetsvoorstel: bool = False) -> Basis:
    """A grondslag of a wording that is not yet in force on the peildatum ``when`` (enacted, or still a bill):
    the same number may then be another provision or none (artikel 36a, tweede lid, was the ingezetenschap
    ontheffing until 2023-01-01), so the citation, the JCI and the text are those of the provision as it reads
    from ``vanaf`` (``start``, the grondslag shown on that day), said to be not yet in force."""
    rest = start.toelichting
    return replace(start, citaat=f"{start.citaat} (zoals geldend vanaf {periode.vanaf_tekst})",
                   # helper-168: «nog niet in werking» was said of a bill too (2022-06-01, tranche 1), and «de bepaling»
                   # named none in the list of versions quoted
                   toelichting=f"op {when} " + ("een wetsvoorstel (geen geldend recht)" if wetsvoorstel else
                                                "nog niet in werking")
                   + f"; de tekst van {start.citaat} zoals die luidt vanaf {periode.vanaf_tekst}. "
                   f"{rest[:1].upper()}{rest[1:]}")


def bronstaat(cat: Catalogus, regeling: str) -> tuple[str, ...]:
    """The hashes of the versions of ``regeling`` (each verified, see :mod:`~wetgeving.bronnen.integriteit`;
    ``""`` for a missing file): part of every cache key, so a changed source is never answered from a cache."""
    out = []
    for b in cat.versions(regeling):
        try:
            path = cat.find(b)
        except SourceError:  # missing: loading it below says so
            out.append("")
            continue
        out.append(integriteit.check(b, path))
    return tuple(out)


@lru_cache(maxsize=8192)  # the same for every gemeente: compute once per grondslag, date and source state
def _provision(cat: Catalogus, g: Grondslag, vanaf: date | None, when: date, with_text: bool, state: tuple[str, ...],
               vanaf_tekst: str, gezien: date) -> Basis:
    """``vanaf_tekst``: the start of the period as a user reads it (:attr:`Periode.vanaf_tekst`, marked when derived);
    ``gezien``: the JCI's zichtdatum, the peildatum or today when that is earlier."""
    assert g.adres is not None
    held = [b for b in cat.versions(g.regeling) if b.geldig_vanaf]
    titel = _titel(cat, g.regeling)
    citaat = g.adres.citation(titel)
    # the provision as valid on the peildatum (g), as seen today at the latest (z): no zichtdatum still to come
    # (helper-213: a checklist of 2027-06-01 wrote z=2027-06-01 on 2026-12-08)
    jci = str(Jci(held[-1].bwb_id, g.adres, gezien, when)) if held else ""
    before = [b for b in held if b.geldig_vanaf and b.geldig_vanaf <= when]
    after = [b for b in held if b.geldig_vanaf and b.geldig_vanaf > when]
    nxt = after[0] if after else None
    if nxt is not None and not (before and before[-1].geldig_tot and when <= before[-1].geldig_tot):
        since = _since(cat, g, nxt, when)
        if since is not None:
            deel, art = since
            sha = hashlib.sha256(tekst(deel, " ").encode("utf-8")).hexdigest()[:16]
            return Basis(citaat, jci, voorgelezen(deel) if with_text else "sha256:" + sha, f"{g.regeling}@{nxt.geldig_vanaf}",
                         "zeker", f"tekst van de versie van {nxt.geldig_vanaf}; volgens die versie luidt "
                         f"{art.luidt_sinds}, dus ook op {when}", sha)
    if not before:
        first = held[0].geldig_vanaf if held else None
        md = " (de oudere laws-markdown-reeks 2011–2015 geeft alleen de tekst rond een datum, geen geldigheid)" \
            if cat.versions(f"{g.regeling}-md") else ""
        return _missing(citaat, jci, f"de bronnen hebben geen versie van de {titel} met een geldigheidsdatum die op "
                        f"{when} gold" + (f"; die reeks begint op {first}" if first else "") + md)
    used = before[-1]
    assert used.geldig_vanaf is not None
    if used.geldig_tot and when > used.geldig_tot:
        return _missing(citaat, jci, f"de versie van {used.geldig_vanaf} gold tot en met {used.geldig_tot}; de "
                        f"daarop volgende versie staat niet in de bronnen")
    if vanaf and used.geldig_vanaf < vanaf:
        same = _unchanged_across(cat, g, used, nxt)
        if same is None:
            return _missing(citaat, jci, f"deze verplichting luidt zo vanaf {vanaf_tekst}; de bronnen hebben "
                            f"geen versie met de tekst van deze bepaling op {when} (de laatste eerdere versie is die "
                            f"van {used.geldig_vanaf}"
                            + (f", de eerstvolgende die van {nxt.geldig_vanaf})" if nxt else ")"))
        assert nxt is not None
        sha = hashlib.sha256(tekst(same, " ").encode("utf-8")).hexdigest()[:16]
        return Basis(citaat, jci, voorgelezen(same) if with_text else "sha256:" + sha, f"{g.regeling}@{used.geldig_vanaf}",
                     # helper-166: «deze bepaling» stood alone in the list of versions quoted, read of the whole law
                     "laatst-bekend", f"tekst van {used.geldig_vanaf}; de tekst van {citaat} is gelijk in de versie van "
                     f"{nxt.geldig_vanaf}, dus bij de wijziging van {vanaf_tekst} niet veranderd", sha,
                     str(nxt.geldig_vanaf))
    unit = cat.load(f"{g.regeling}@{used.geldig_vanaf}").get(g.adres)
    if unit is None:
        return _missing(citaat, jci, f"de bepaling staat niet in de versie van {used.geldig_vanaf}")
    text = tekst(unit, " ")
    spec = f"{g.regeling}@{used.geldig_vanaf}"
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    shown = voorgelezen(unit) if with_text else "sha256:" + sha
    if used.geldig_tot and when <= used.geldig_tot:
        # helper-175: «tekst geldig van 2023-01-01 tot en met 2023-03-31» under the VOG of artikel 36a read as if the duty
        # lapsed then; the range is the version's, and the next version's text of the provision is said when alike
        return Basis(citaat, jci, shown, spec, "zeker", f"tekst van de versie die gold van {used.geldig_vanaf} tot en met "
                     f"{used.geldig_tot}{_daarna(cat, g, citaat, text, nxt)}", sha)
    if when == used.geldig_vanaf and used.kind != "laws-markdown":  # helper-108: a version on its own first day is that day's
        # text; no later change can touch it (the Markdown mirror's dates are no «geldt vanaf»: not for it)
        return Basis(citaat, jci, shown, spec, "zeker", f"tekst van de versie die geldt vanaf {used.geldig_vanaf}", sha)
    return Basis(citaat, jci, shown, spec, "laatst-bekend", _latest_note(cat, g, used, nxt, text), sha)


def _since(cat: Catalogus, g: Grondslag, later: Bron, when: date) -> tuple[Eenheid, Artikel] | None:
    """The provision in version ``later`` with its artikel, when that artikel records that its text has been
    in force since a date on or before ``when`` (an official BWB toestand does, per artikel)."""
    assert g.adres is not None and later.geldig_vanaf is not None
    if g.adres.artikel is None:
        return None
    version = cat.load(f"{g.regeling}@{later.geldig_vanaf}")
    art, unit = gedateerd(version, g.adres), version.get(g.adres)
    if art is None or art.inwerking is None or unit is None:
        return None
    return (unit, art) if art.inwerking <= when < later.geldig_vanaf else None


def _daarna(cat: Catalogus, g: Grondslag, citaat: str, text: str, nxt: Bron | None) -> str:
    """How the next version held reads the provision: alike, otherwise, or not at all (helper-191: under Gemeentewet
    36b, eerste lid, on 2022-12-31 only the leden that stay alike were said to; onder k changed on 2023-01-01)."""
    if nxt is None:
        return ""
    assert g.adres is not None
    versie = cat.load(f"{g.regeling}@{nxt.geldig_vanaf}")
    later = versie.get(g.adres)
    if later is not None and tekst(later, " ") == text:
        return f"; in de versie van {nxt.geldig_vanaf} luidt {citaat} gelijk"
    # helper-196: artikel 28, derde lid, of 2022-11-05 is the vierde lid of 2023-01-01, word for word: not «anders»
    ouder = versie.get(g.adres.parent) if g.adres.parent is not None else None
    elders = next((k for k in children(ouder) if isinstance(k, (Lid, Onderdeel)) and k.soort == g.adres.soort
                   and tekst(k, " ") == text), None) if ouder is not None else None
    if elders is not None and g.adres.parent is not None:
        nieuw = g.adres.parent.child(g.adres.soort, elders.nr)
        return (f"; in de versie van {nxt.geldig_vanaf} staat deze tekst ongewijzigd als "
                f"{citaat.replace(g.adres.citation(), nieuw.citation(), 1)}")
    if later is None:
        return f"; de versie van {nxt.geldig_vanaf} heeft {citaat} niet meer"
    return f"; in de versie van {nxt.geldig_vanaf} luidt {citaat} anders"


def _unchanged_across(cat: Catalogus, g: Grondslag, used: Bron, nxt: Bron | None) -> Eenheid | None:
    """The provision (of ``used``) when the versions on both sides of a change have its text alike, else None."""
    assert g.adres is not None
    if nxt is None:
        return None
    a = cat.load(f"{g.regeling}@{used.geldig_vanaf}").get(g.adres)
    b = cat.load(f"{g.regeling}@{nxt.geldig_vanaf}").get(g.adres)
    if a is None or b is None or tekst(a, " ") != tekst(b, " "):
        return None
    return a


def _latest_note(cat: Catalogus, g: Grondslag, used: Bron, nxt: Bron | None, text: str) -> str:
    assert g.adres is not None
    note = f"tekst van de versie die geldt vanaf {used.geldig_vanaf}, de nieuwste versie in de bronnen op deze datum"
    art = gedateerd(cat.load(f"{g.regeling}@{used.geldig_vanaf}"), g.adres)
    if art is not None and art.inwerking is not None and used.geldig_vanaf and art.inwerking < used.geldig_vanaf:
        note += f"; volgens die versie luidt {art.luidt_sinds}"
    if nxt is None:
        return note + "; een latere wijziging is niet uitgesloten"
    later = cat.load(f"{g.regeling}@{nxt.geldig_vanaf}").get(g.adres)
    same = later is not None and tekst(later, " ") == text
    return (note + f"; de bronnen hebben geen versie tussen {used.geldig_vanaf} en {nxt.geldig_vanaf}, een "
            f"wijziging in die tijd is niet uitgesloten" + (f"; de versie van {nxt.geldig_vanaf} heeft voor "
                                                             f"{g.adres.citation()} dezelfde tekst" if same else ""))
    # (helper-123: «heeft dezelfde tekst» in the list of versions cited read as if the whole law had not changed)


def _missing(citaat: str, jci: str, why: str) -> Basis:
    return Basis(citaat, jci, "", "", "niet-beschikbaar", f"tekst niet beschikbaar: {why}")


def tekst_hash(items: tuple[Basis, ...]) -> str:
    """A short hash over the texts of the statutory grondslagen; empty when any of them is not available."""
    statutory = [b for b in items if b.zekerheid not in ("wetsvoorstel", "aanbeveling")]
    if not statutory or any(not b.sha for b in statutory):
        return ""
    return hashlib.sha256("\n".join(b.sha for b in statutory).encode("utf-8")).hexdigest()[:16]
