"""The catalogue of real sources (``corpus/bronnen.toml``), where their files live, and loading regelingen.

Files are looked up in this order: a folder given explicitly (``--from``), ``WETGEVING_SOURCES``, then the
local cache (``wetgeving sources sync`` fills it; default under the user cache dir, or
``WETGEVING_CACHE``). Regelingen are named ``gemeentewet@2023-04-01``, ``BWBR0005416@2023-04-01`` or by a
file path; without a date the newest known version is meant, with a date the version in force then.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

import platformdirs

from wetgeving.errors import InputError, SourceError, UsageError
from wetgeving.model import Regeling

_HERE = Path(__file__).resolve().parent.parent
REGELING_KINDS = ("regelrecht-yaml", "bwb-xml", "laws-markdown")


@dataclass(frozen=True, slots=True)
class Bron:
    """One real source file."""

    id: str
    kind: str
    file: str
    sha256: str
    regeling: str = ""
    citeertitel: str = ""
    bwb_id: str = ""
    geldig_vanaf: date | None = None
    geldig_tot: date | None = None  # the last day this version was in force, where the sources show it
    partial: bool = False
    url: str = ""
    download: str = ""
    beschrijving: str = ""


def corpus_dir() -> Path:
    """The corpus folder (installed package data or the checkout's ``corpus/``)."""
    for base in (_HERE / "corpus", _HERE.parents[1] / "corpus"):
        if (base / "bronnen.toml").is_file():
            return base
    raise SourceError("corpus/bronnen.toml not found", hint="reinstall wetgeving or run from a checkout")


@cache
def catalogue(path: Path | None = None) -> tuple[Bron, ...]:
    """All sources listed in ``bronnen.toml``."""
    path = path or corpus_dir() / "bronnen.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise InputError(f"cannot read the source catalogue: {exc}", file=path) from None
    out = []
    fields = {f.name for f in dataclasses.fields(Bron)}
    for i, raw in enumerate(data.get("bron", []), start=1):
        unknown = set(raw) - fields
        if unknown or not {"id", "kind", "file", "sha256"} <= set(raw):
            raise InputError(f"entry {i} has unknown keys {sorted(unknown)} or lacks id/kind/file/sha256", file=path)
        for key in ("geldig_vanaf", "geldig_tot"):
            if key in raw:
                try:
                    raw = {**raw, key: date.fromisoformat(str(raw[key]))}
                except ValueError:
                    raise InputError(f"entry {i} has {key} {raw[key]!r}, not a date YYYY-MM-DD", file=path) from None
        out.append(Bron(**raw))
    return tuple(out)


def by_id(bron_id: str) -> Bron:
    for b in catalogue():
        if b.id == bron_id:
            return b
    raise SourceError(f"onbekende bron {bron_id!r}", hint="zie 'wetgeving sources list'")


def cache_dir() -> Path:
    env = os.environ.get("WETGEVING_CACHE")
    return Path(env) if env else Path(platformdirs.user_cache_dir("wetgeving")) / "sources"


def search_dirs(mirror: Path | None = None) -> list[Path]:
    dirs = [mirror] if mirror else []
    env = os.environ.get("WETGEVING_SOURCES")
    if env:
        dirs.append(Path(env))
    dirs.append(cache_dir())
    return dirs


def locate(bron: Bron, mirror: Path | None = None) -> Path:
    """The local path of a source file; a :class:`SourceError` when it is nowhere."""
    for d in search_dirs(mirror):
        p = d / bron.file
        if p.is_file():
            return p
    raise SourceError(
        f"source {bron.id} ({bron.file}) is not available locally; looked in "
        + ", ".join(str(d) for d in search_dirs(mirror)),
    )


def versions(name: str) -> list[Bron]:
    """The loadable versions of a regeling by short name or BWB id, oldest first."""
    key = name.casefold()
    found = [b for b in catalogue()
             if b.kind in REGELING_KINDS and key in (b.regeling.casefold(), b.bwb_id.casefold())]
    return sorted(found, key=lambda b: (b.geldig_vanaf or date.min, b.kind != "regelrecht-yaml"))


def pick(spec: str) -> Bron:
    """``gemeentewet@2023-04-01`` → the source of the version in force on that date."""
    name, at, when = spec.partition("@")
    if at and not when:
        raise UsageError(f"{spec!r} heeft '@' maar geen datum", hint=f"schrijf {name}@JJJJ-MM-DD, of {name} voor de nieuwste")
    found = versions(name)
    if not found:
        known = sorted({b.regeling for b in catalogue() if b.kind in REGELING_KINDS and b.regeling})
        raise UsageError(f"onbekende regeling {name!r}", hint=f"bekend: {', '.join(known)}; of geef een bestandspad")
    if not when:
        return found[-1]
    try:
        d = date.fromisoformat(when)
    except ValueError:
        raise UsageError(f"{when!r} in {spec!r} is geen datum", hint="schrijf de datum als JJJJ-MM-DD") from None
    candidates = [b for b in found if b.geldig_vanaf and b.geldig_vanaf <= d]
    if not candidates:
        raise UsageError(
            f"no version of {name} in force on {d}",
            hint="known versions: " + ", ".join(str(b.geldig_vanaf) for b in found),
        )
    newest = max(b.geldig_vanaf for b in candidates if b.geldig_vanaf)
    return next(b for b in candidates if b.geldig_vanaf == newest)


def load_regeling(spec: str, mirror: Path | None = None) -> Regeling:
    """Load a regeling named ``name[@date]`` from the catalogue, or from a file path."""
    path = Path(spec)
    if path.suffix.lower() in (".xml", ".yaml", ".yml", ".md") and "@" not in spec:
        from wetgeving.bronnen.formats import load_file

        return load_file(path)
    bron = pick(spec)
    return _load_bron(bron, locate(bron, mirror))


@cache
def _load_bron(bron: Bron, path: Path) -> Regeling:
    from wetgeving.bronnen.formats import load_file

    regeling = load_file(path, kind=bron.kind)
    if bron.citeertitel and regeling.citeertitel != bron.citeertitel:
        regeling = dataclasses.replace(regeling, citeertitel=bron.citeertitel)
    if bron.partial:
        regeling = dataclasses.replace(regeling, gedeeltelijk=True)
    return regeling


def whole(regeling: Regeling, spec: str) -> Regeling:
    """``regeling`` when it holds the whole law; a partial source (only selected artikelen) is refused for a
    request about the whole law (a diff, a conversion, a graph), which would silently miss the rest."""
    if regeling.gedeeltelijk:
        raise UsageError(f"{spec}: de bron bevat alleen enkele artikelen van de {regeling.citeertitel}, niet de hele wet",
                         hint="vraag één artikel op, bijvoorbeeld met 'wetgeving show " + spec + " \"artikel …\"'")
    return regeling


def iter_regeling_sources() -> Iterator[Bron]:
    yield from (b for b in catalogue() if b.kind in REGELING_KINDS)
