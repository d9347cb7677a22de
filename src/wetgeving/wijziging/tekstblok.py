"""New text in an amending act ("…, luidende:") as printed lines, both ways.

Written as the Staatsblad prints it: ``Artikel 87`` (``Artikel 7. Kop`` with a kop), a lid as
``4. Indien …``, onderdelen as ``a. …``, ``1°. …``; further alinea's on lines of their own.
``parse_units(write_units(units)) == units`` for the units the importers produce (the round-trip tests
hold this on the real laws).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from wetgeving.bronnen.opbouw import LID_DOT, build
from wetgeving.bronnen.tekst import clean
from wetgeving.errors import WetgevingError
from wetgeving.model import Alinea, Artikel, Lid, Onderdeel, Structuur
from wetgeving.wijziging.model import Nieuw

_ARTIKEL = re.compile(
    r"^Artikel\s+(?P<nr>[A-Z][A-Za-z]{0,2}\s?\d+[a-z]*\*?|\d+[a-z]*(?:\.\d+[a-z]*)*\*?)(?:\.\s+(?P<titel>\S.*))?$"
)
_BULLET = re.compile(r"^[•·▪]\s+")


class BodyError(WetgevingError):
    """New text after 'luidende:' cannot be read as the units it announces."""


def _al(text: str) -> Alinea:
    return Alinea(clean(text).strip())


def write_units(units: tuple[Nieuw, ...] | list[Nieuw]) -> list[str]:
    """Printed lines for new units."""
    lines: list[str] = []
    for u in units:
        lines.extend(_write(u))
    return lines


def _write(u: Structuur | Artikel | Lid | Onderdeel | Alinea) -> list[str]:
    if isinstance(u, Alinea):
        return [u.tekst]
    if isinstance(u, Structuur):
        head = f"{u.soort.capitalize()} {u.nr}" + (f". {u.titel}" if u.titel else "")
        return [head] + [ln for k in u.inhoud for ln in _write(k)]
    if isinstance(u, Artikel):
        head = f"Artikel {u.nr}" + (f". {u.titel}" if u.titel else "")
        return [head] + [ln for k in u.inhoud for ln in _write(k)]
    prefix = f"{u.nr}." if isinstance(u, Lid) else (u.label or "-")
    out: list[str] = []
    first = True
    for k in u.inhoud:
        if first and isinstance(k, Alinea):
            out.append(f"{prefix} {k.tekst}")
        else:
            if first:
                out.append(prefix)
            out.extend(_write(k))
        first = False
    return out or [prefix]


def parse_units(lines: list[str], eenheid: str) -> list[Nieuw]:
    """Read printed lines as new ``artikel``, ``lid`` or ``onderdeel`` units."""
    lines = [_BULLET.sub("", ln.strip()) for ln in lines if ln.strip()]
    if not lines:
        raise BodyError(f"no text follows 'luidende:' for the new {eenheid}")
    if eenheid == "artikel":
        return _artikelen(lines)
    items = build(lines, _al, lid_re=LID_DOT, leden=eenheid == "lid", start_any=True)
    want = Lid if eenheid == "lid" else Onderdeel
    bad = [i for i in items if not isinstance(i, want)]
    if bad:
        first = bad[0]
        shown = first.tekst if isinstance(first, Alinea) else f"{first.soort} {first.nr}"
        raise BodyError(f"expected only {eenheid} units after 'luidende:', found {shown[:60]!r}")
    return items  # type: ignore[return-value]


def _sections(lines: list[str], head: Callable[[str], re.Match[str] | None],
              what: str) -> list[tuple[re.Match[str], list[str]]]:
    """Lines cut at each heading ('Artikel 14', 'Hoofdstuk Va. …'): (heading match, the lines below it)."""
    out: list[tuple[re.Match[str], list[str]]] = []
    for ln in lines:
        m = head(ln)
        if m:
            out.append((m, []))
        elif not out:
            raise BodyError(f"{what}, found {ln[:60]!r}")
        else:
            out[-1][1].append(ln)
    return out


def _artikelen(lines: list[str]) -> list[Nieuw]:
    return [Artikel(" ".join(m["nr"].split()), tuple(build(body, _al, lid_re=LID_DOT)), titel=(m["titel"] or "").strip())
            for m, body in _sections(lines, _ARTIKEL.match, "new artikel text must start with 'Artikel <nummer>'")]


_CONTAINER_HEAD = re.compile(r"^(?P<soort>hoofdstuk|titel|afdeling|paragraaf|subparagraaf)\s+(?P<nr>[\w.]+)\.?"
                             r"(?:\s+(?P<titel>.+))?$", re.I)


def parse_container(lines: list[str], soort: str) -> list[Structuur]:
    """New chapters (or paragraphs): a heading 'Hoofdstuk Va. Geheimhouding', then its artikelen."""
    def head(ln: str) -> re.Match[str] | None:
        m = _CONTAINER_HEAD.match(ln.strip())
        return m if m and m["soort"].lower() == soort else None

    out: list[Structuur] = []
    for m, body in _sections(lines, head, f"a new {soort} must start with '{soort.capitalize()} <nummer>'"):
        nr = m["nr"].rstrip(".")
        if r := re.fullmatch(r"([IVXLC]+)([A-Za-z]+)", nr):  # 'VA' as printed in capitals is Va
            nr = r[1] + r[2].lower()
        arts = [a for a in _artikelen(body) if isinstance(a, Artikel)]
        out.append(Structuur(soort, nr, tuple(arts), (m["titel"] or "").strip()))
    return out
