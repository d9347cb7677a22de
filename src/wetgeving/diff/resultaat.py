"""The diff as data: a small vocabulary of frozen change records, serialisable to JSON.

Kinds of change (``Verschil.soort``):

* ``added`` / ``removed`` — the unit exists on one side only;
* ``repealed`` — the unit still stands but is marked vervallen;
* ``changed`` — same address, other text (``redline`` says how);
* ``renumbered`` — the same unit under another number in the same parent (its text may change too);
* ``moved`` — the same unit elsewhere (another parent, or out of order);
* ``replaced`` — same address, text so different that it reads as a new unit ("komt te luiden").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from wetgeving.locatie import Adres
from wetgeving.model import Regeling, datum_tekst, uit_wetsvoorstel

# The kinds of change in Dutch, as every view shows them. A unit gone from the text «vervallen», as Aanwijzing 6.12.1
# names it (helper-145: «geschrapt»); one that still stands, marked vervallen (a BWB toestand), «als vervallen aangeduid».
SOORT_NL = {
    "added": "ingevoegd", "removed": "vervallen", "repealed": "als vervallen aangeduid", "changed": "gewijzigd",
    "renumbered": "vernummerd", "moved": "verplaatst", "replaced": "komt te luiden",
}


@dataclass(frozen=True, slots=True)
class Segment:
    """A piece of a redline: unchanged, inserted or deleted text."""

    op: str
    tekst: str


def old_text(segs: tuple[Segment, ...]) -> str:
    return "".join(s.tekst for s in segs if s.op != "insert")


def new_text(segs: tuple[Segment, ...]) -> str:
    return "".join(s.tekst for s in segs if s.op != "delete")


@dataclass(frozen=True, slots=True)
class Verschil:
    """One change to one unit (artikel, lid or onderdeel), with its addresses on both sides."""

    soort: str
    eenheid: str  # "artikel", "lid", "onderdeel"
    oud: Adres | None
    nieuw: Adres | None
    redline: tuple[Segment, ...] = ()
    gelijkenis: float = 0.0

    @property
    def text_changed(self) -> bool:
        return any(s.op != "equal" for s in self.redline)

    def mirror(self) -> Verschil:
        """The same change seen from the other side."""
        flip = {"added": "removed", "removed": "added"}
        return Verschil(flip.get(self.soort, self.soort), self.eenheid, self.nieuw, self.oud, flipped(self.redline),
                         self.gelijkenis)

    def to_json(self, *, with_text: bool = True) -> dict[str, Any]:
        d: dict[str, Any] = {
            "soort": self.soort, "eenheid": self.eenheid,
            "oud": str(self.oud) if self.oud else None, "nieuw": str(self.nieuw) if self.nieuw else None,
        }
        if self.redline:
            if with_text:
                d["redline"] = [[s.op, s.tekst] for s in self.redline if s.tekst]
            else:
                d["edits"] = Counter(s.op for s in self.redline if s.op != "equal")
                d["oud_sha"] = _sha(old_text(self.redline))
                d["nieuw_sha"] = _sha(new_text(self.redline))
        if self.soort in ("renumbered", "moved"):
            d["gelijkenis"] = round(self.gelijkenis, 3)
        return d


def _sha(text: str) -> str:
    import hashlib  # only the structure-only JSON hashes texts

    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def canonical(segs: Iterable[Segment]) -> tuple[Segment, ...]:
    """The canonical redline: within each run of edits one delete, then one insert; equal runs joined."""
    out: list[Segment] = []
    run: list[Segment] = []

    def flush() -> None:
        dele = "".join(s.tekst for s in run if s.op == "delete")
        ins = "".join(s.tekst for s in run if s.op == "insert")
        if dele:
            out.append(Segment("delete", dele))
        if ins:
            out.append(Segment("insert", ins))
        run.clear()

    for s in segs:
        if s.op == "equal":
            flush()
            if out and out[-1].op == "equal":
                out[-1] = Segment("equal", out[-1].tekst + s.tekst)
            elif s.tekst:
                out.append(s)
        else:
            run.append(s)
    flush()
    return tuple(out)


def flipped(segs: Iterable[Segment]) -> tuple[Segment, ...]:
    """The redline read the other way (new → old), canonical again."""
    return canonical(Segment({"insert": "delete", "delete": "insert"}.get(s.op, s.op), s.tekst) for s in segs)


@dataclass(frozen=True, slots=True)
class ArtikelVerschil:
    """All changes within one artikel (matched across versions by number, renumbering or content)."""

    soort: str
    oud_nr: str | None
    nieuw_nr: str | None
    verschillen: tuple[Verschil, ...]

    @property
    def label(self) -> str:
        if self.oud_nr and self.nieuw_nr and self.oud_nr != self.nieuw_nr:
            return f"Artikel {self.oud_nr} → {self.nieuw_nr}"
        return f"Artikel {self.nieuw_nr or self.oud_nr}"

    @property
    def anchor(self) -> str:
        return f"artikel:{self.nieuw_nr or self.oud_nr}"

    def mirror(self) -> ArtikelVerschil:
        flip = {"added": "removed", "removed": "added"}
        return ArtikelVerschil(flip.get(self.soort, self.soort), self.nieuw_nr, self.oud_nr,
                                tuple(w.mirror() for w in self.verschillen))


@dataclass(frozen=True)
class Diff:
    """The difference between two versions; ``artikelen`` only lists artikelen that changed."""

    oud: Regeling
    nieuw: Regeling
    artikelen: tuple[ArtikelVerschil, ...]
    # what the new side is when it has no date of its own: a bill's draft, or a law with one act applied alone (a text
    # that may never have been in force: other acts of the same date are not in it)
    nieuw_label: str = ""
    # what the reader must be told beside it («let op»: a version that may not be the one in force on the date asked
    # for, a comparison backwards in time); every file format carries it (stderr is not where a document is read)
    meldingen: tuple[str, ...] = field(default=(), compare=False)

    def side(self, which: str) -> str:
        """'Gemeentewet: geldig vanaf 2026-10-01', the Markdown mirror's 'Gemeentewet: tekst zoals geldend op 2015-11-24'
        (helper-98: a bare date read as an official one), or for a draft 'Gemeentewet: ontwerp …' (never the base's
        date)."""
        r = self.oud if which == "oud" else self.nieuw
        when = self.nieuw_label if which == "nieuw" and self.nieuw_label else datum_tekst(r) + _samengesteld(r)
        return f"{r.citeertitel}: {when}"

    def datum(self, which: str) -> str:
        """How the date of a side is said: «geldig vanaf 2023-04-01»; the Markdown mirror's is no official date
        (helper-60: «Oud: geldig vanaf 2015-11-24»); a draft's label instead of a date."""
        r = self.oud if which == "oud" else self.nieuw
        if which == "nieuw" and self.nieuw_label:
            return self.nieuw_label
        return datum_tekst(r) + (" (Markdown-spiegel; geen officiële datum van inwerkingtreding)" if r.tekstdatum else
                                 _samengesteld(r))

    def mirror(self) -> Diff:
        """The same difference seen from the other side: ``diff(b, a) == diff(a, b).mirror()``."""
        from wetgeving.nummers import sort_key

        groups = sorted((g.mirror() for g in self.artikelen),
                        key=lambda g: (sort_key(g.nieuw_nr or g.oud_nr or ""), g.oud_nr is None))
        return Diff(self.nieuw, self.oud, tuple(groups))

    def is_empty(self) -> bool:
        return not self.artikelen

    def summary(self) -> Counter[str]:
        return Counter(a.soort for a in self.artikelen)

    def summary_line(self) -> str:
        """In Dutch: ``37 artikelen verschillen: 28 gewijzigd, 5 ingevoegd, 4 vervallen``."""
        c = self.summary()
        parts = [f"{c.get(k, 0)} {SOORT_NL[k]}" for k in ("changed", "added", "removed")]
        parts += [f"{c[k]} {SOORT_NL[k]}" for k in ("repealed", "renumbered", "moved", "replaced") if c.get(k)]
        n = len(self.artikelen)
        head = "1 artikel verschilt" if n == 1 else f"{n} artikelen verschillen"
        return f"{head}: " + ", ".join(parts)

    def to_json(self, *, with_text: bool = True) -> dict[str, Any]:
        def side(r: Regeling) -> dict[str, str]:
            if r.tekstdatum:  # the Markdown mirror: the date the text was current, no official «geldig vanaf»
                return {"bwb_id": r.bwb_id, "citeertitel": r.citeertitel, "tekstdatum": r.geldig_vanaf.isoformat(),
                        "bron": "Markdown-spiegel; geen officiële datum van inwerkingtreding"}
            return {"bwb_id": r.bwb_id, "citeertitel": r.citeertitel, "geldig_vanaf": r.geldig_vanaf.isoformat()}

        nieuw = side(self.nieuw) if not self.nieuw_label else {  # no date of its own: never the base's
            "bwb_id": self.nieuw.bwb_id, "citeertitel": self.nieuw.citeertitel, "label": self.nieuw_label}
        return {
            "oud": side(self.oud), "nieuw": nieuw, **({"waarschuwingen": list(self.meldingen)} if self.meldingen else {}),
            # the three counts every other format names, also when 0 (helper-81: «0 vervallen» had no key)
            "samenvatting": dict(sorted({"changed": 0, "added": 0, "removed": 0, **self.summary()}.items())),
            "artikelen": [
                {"soort": a.soort, "oud": a.oud_nr, "nieuw": a.nieuw_nr,
                 "wijzigingen": [w.to_json(with_text=with_text) for w in a.verschillen]}
                for a in self.artikelen
            ],
        }


def restrict(d: Diff, adres: Adres, artikelen: set[str] | None = None) -> Diff:
    """Only the changes at or inside ``adres`` (on either side); for a container, those of the ``artikelen`` it
    holds (an artikel's address does not name its container)."""
    def inside(w: Verschil) -> bool:
        if artikelen is not None:
            return any(a is not None and a.artikel in artikelen for a in (w.oud, w.nieuw))
        return any(a is not None and (a.is_within(adres) or adres.is_within(a)) for a in (w.oud, w.nieuw))

    groups = []
    for g in d.artikelen:
        ws = tuple(_deel(d, w, adres) if artikelen is None else w for w in g.verschillen if inside(w))
        if ws:
            groups.append(ArtikelVerschil(g.soort, g.oud_nr, g.nieuw_nr, ws))
    return Diff(d.oud, d.nieuw, tuple(groups))


def _deel(d: Diff, w: Verschil, adres: Adres) -> Verschil:
    """For a unit added or removed whole, the part of it asked for (helper-199: `--only "artikel 25, derde lid"` printed
    all four leden of the artikel that lapsed on 2023-04-01); any other change as it is."""
    from wetgeving.model import voorgelezen

    heel = w.oud if w.soort == "removed" else w.nieuw if w.soort == "added" else None
    if heel is None or adres == heel or not adres.is_within(heel):
        return w
    unit = (d.oud if w.soort == "removed" else d.nieuw).get(adres)
    if unit is None:
        return w
    op = "delete" if w.soort == "removed" else "insert"
    return Verschil(w.soort, adres.soort, adres if op == "delete" else None, adres if op == "insert" else None,
                    (Segment(op, voorgelezen(unit)),))


def _samengesteld(r: Regeling) -> str:
    """What a composed side is: from a bill no law at all (helper-133: «geldig vanaf 2023-04-01 (samengesteld …)» of
    Kamerstuk 35 546, nr. 2), else no official version."""
    if uit_wetsvoorstel(r):
        return " (samengesteld uit een wetsvoorstel, geen geldend recht)"
    return " (samengesteld, geen officiële versie)" if r.samengesteld else ""
