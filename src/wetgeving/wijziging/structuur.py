"""Chapter structure the sources do not carry (corpus/structuur.toml): which new containers hold which
artikelen, from when. The regelrecht conversions of the Gemeentewet are flat, so without this the
generator could only insert hoofdstuk Va (artikelen 87–89, 2023-04-01) as three loose artikelen."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date
from functools import cache

from wetgeving.bronnen.catalogus import corpus_dir
from wetgeving.errors import InputError


@dataclass(frozen=True, slots=True)
class Container:
    regeling: str
    soort: str
    nr: str
    titel: str
    na: str  # the sibling it follows
    artikelen: tuple[str, ...]
    vanaf: date
    bron: str


@cache
def containers() -> tuple[Container, ...]:
    path = corpus_dir() / "structuur.toml"
    if not path.is_file():
        return ()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        return tuple(Container(c["regeling"], c["soort"], c["nr"], c["titel"], c["na"], tuple(c["artikelen"]),
                               date.fromisoformat(c["vanaf"]), c["bron"]) for c in data.get("container", []))
    except (OSError, tomllib.TOMLDecodeError, KeyError, TypeError, ValueError) as exc:
        raise InputError(f"kan de structuur niet lezen: {exc}", file=path,
                         hint="elke [[container]] heeft regeling, soort, nr, titel, na, artikelen, vanaf en bron") from None


def new_container(regeling: str, nrs: list[str], when: date | None) -> Container | None:
    """The container that exactly these artikelen form in the version of ``when`` (or None)."""
    return next((c for c in containers() if c.regeling == regeling and list(c.artikelen) == nrs
                 and when is not None and when >= c.vanaf), None)
