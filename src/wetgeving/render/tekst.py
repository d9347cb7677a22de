"""Plain-text rendering of units, as a reader of the Staatsblad expects them."""

from __future__ import annotations

import textwrap
from datetime import date

from wetgeving.locatie import Adres, to_jci
from wetgeving.model import Alinea, Artikel, Eenheid, Lid, Onderdeel, Regeling, Structuur, datum_tekst

WIDTH = 100


class _Wrapper(textwrap.TextWrapper):
    """:class:`textwrap.TextWrapper` in linear time: a word longer than a line is cut into line-long
    pieces before wrapping (textwrap itself slices the rest of such a word again for every line it
    fills, which took 9 s for a 5 MB word)."""

    def _split(self, text: str) -> list[str]:
        out: list[str] = []
        for chunk in super()._split(text):
            if len(chunk) > self.width:
                out.extend(chunk[i:i + self.width] for i in range(0, len(chunk), self.width))
            else:
                out.append(chunk)
        return out


def _wrap(text: str, indent: str, first: str = "") -> list[str]:
    w = _Wrapper(WIDTH, initial_indent=indent + first, subsequent_indent=indent + " " * len(first))
    return w.wrap(text) or [indent + first.rstrip()]


def lines(unit: Eenheid | Alinea, indent: str = "") -> list[str]:
    """The unit as wrapped text lines."""
    if isinstance(unit, Alinea):
        return _wrap(unit.tekst, indent)
    out: list[str] = []
    if isinstance(unit, Structuur):
        out.append(f"{indent}{unit.kop}")
    elif isinstance(unit, Artikel):
        head = f"Artikel {unit.nr}" + (f". {unit.titel}" if unit.titel else "")
        if unit.vervallen:
            head += " [vervallen]"
        out.append(indent + head)
    first = ""
    if isinstance(unit, Lid):
        first = f"{unit.nr}. "
    elif isinstance(unit, Onderdeel):
        first = (unit.label or unit.nr) + " "
    sub = indent + (" " * len(first) if first else "")
    for i, kind in enumerate(unit.inhoud):
        if i == 0 and first and isinstance(kind, Alinea):
            out.extend(_wrap(kind.tekst, indent, first))
        else:
            out.extend(lines(kind, sub if first else indent + ("  " if isinstance(unit, (Structuur,)) else "")))
    if first and not unit.inhoud:
        out.append(indent + first.rstrip())
    return out


def kop(regeling: Regeling, gevraagd: str = "") -> str:
    """«Gemeentewet (BWBR0005416), geldig vanaf 2026-10-01; gevraagd: de tekst op 2026-12-06»: which version an answer
    is taken from, and the date asked for when it is not the version's own (``gevraagd``; «nieuwste»: none asked)."""
    head = f"{regeling.citeertitel} ({regeling.bwb_id}), " + (
        f"gedateerd {regeling.geldig_vanaf}: {regeling.samengesteld}" if regeling.samengesteld else datum_tekst(regeling)
        + (" (Markdown-spiegel; geen officiële datum van inwerkingtreding)" if regeling.tekstdatum else ""))
    if gevraagd == "nieuwste":  # the mirror's newest is not the newest in the sources (helper-108; a «let op» says so)
        # helper-173: the Provinciewet's newest held version is of 2023-04-01; that later ones may exist, said here too
        head += "; zonder datum gevraagd: de nieuwste " + ("tekst onder deze naam" if regeling.tekstdatum else
                                                          "versie in de bronnen; een latere wijziging is niet uitgesloten")
    elif gevraagd and gevraagd != str(regeling.geldig_vanaf):
        head += f"; gevraagd: de tekst op {gevraagd}"
    return head


def show(regeling: Regeling, adres: Adres | None, unit: Eenheid | None, gevraagd: str = "", jci_op: date | None = None) -> str:
    """A unit (or the whole regeling) with a header naming the regeling, the citation and the JCI. A composed text
    (``wetgeving apply``) is no official version: said, and no JCI (one without a date names today's version); a text
    dated by when it was current (``Regeling.tekstdatum``, the laws-markdown mirror) says so. ``gevraagd``: the date
    asked for, said when it is not the version's own; «nieuwste»: no date was asked for (helper-52, helper-58). ``jci_op``:
    the date the JCI cites the text by, where not the version's own (:func:`wetgeving.app.regelingen.jci_op`)."""
    head = kop(regeling, gevraagd)
    jci = "(geen JCI: een samengestelde tekst is geen officiële versie)" if regeling.samengesteld else None
    if adres is None or unit is None:
        body = [ln for u in regeling.inhoud for ln in lines(u) + [""]]
        return "\n".join([head, jci or to_jci(regeling.bwb_id, None, jci_op or regeling.geldig_vanaf), "", *body]).rstrip() + "\n"
    meta = []
    art = regeling.get(Adres.of(("artikel", adres.artikel))) if adres.artikel is not None else None
    if isinstance(art, Artikel) and art.niet_in_werking(regeling.geldig_vanaf):  # helper-84: 174b on 2014-06-05
        meta.append(f"let op: artikel {art.nr} {art.niet_in_werking(regeling.geldig_vanaf)}")
    elif isinstance(art, Artikel) and (art.inwerking or art.bron):  # of a lid too: the date it reads so (helper-108:
        # only on stderr, so a saved text of Kieswet P 19, vijfde lid, did not show why the 2025 version holds in 2023)
        van = "" if unit is art else f" (van artikel {art.nr})"
        meta.append(f"inwerking{van} " + " · ".join(x for x in (str(art.inwerking or ""), art.bron) if x))
    return "\n".join([
        head,
        adres.citation(regeling.citeertitel),
        jci or to_jci(regeling.bwb_id, adres, jci_op or regeling.geldig_vanaf),
        *meta,
        "",
        *lines(unit),
    ]) + "\n"
