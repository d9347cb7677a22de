"""Source integrity: every catalogued source is checked against its SHA-256 whenever it is read.

``corpus/bronnen.toml`` records the SHA-256 of every source. A source file (in ``--from``,
``WETGEVING_SOURCES`` or the cache) whose bytes hash otherwise is refused with a
:class:`SourceModifiedError` naming the file and both hashes, so changed law text is never used
without a word. A user who edits a copy on purpose passes ``--allow-modified`` (:func:`allow_modified`);
the modified sources used are then recorded (:func:`used`) and every output says so (:func:`markering`).

The hash of a file is computed once per process per state of the file: the cache is keyed by the file's
identity and its ``stat`` (device, inode, size, modification and change time: one ``stat``, no walk over
the folders of its path), so a file changed later is hashed again. Parsed regelingen are cached by this
hash (``catalogus``), never by path alone.

Examples:
    >>> import hashlib, tempfile
    >>> from pathlib import Path
    >>> from wetgeving.bronnen.catalogus import Bron
    >>> p = Path(tempfile.mkdtemp()) / "wet.yaml"
    >>> _ = p.write_bytes(b"tekst")
    >>> b = Bron("wet", "regelrecht-yaml", "wet.yaml", hashlib.sha256(b"tekst").hexdigest())
    >>> check(b, p) == b.sha256
    True
    >>> _ = p.write_bytes(b"tekst!")
    >>> check(b, p)
    Traceback (most recent call last):
    ...
    wetgeving.bronnen.integriteit.SourceModifiedError: ...
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from wetgeving.errors import SourceError, oorzaak

if TYPE_CHECKING:
    from wetgeving.bronnen.catalogus import Bron

CHUNK = 1 << 16


@dataclass(frozen=True, slots=True)
class Afwijking:
    """A source whose file differs from the catalogue."""

    bron: str
    path: str
    verwacht: str
    gevonden: str


class SourceModifiedError(SourceError):
    """A source file's SHA-256 differs from ``corpus/bronnen.toml``."""

    hint = ("herstel de bron met 'wetgeving sources sync' (of wijs WETGEVING_SOURCES naar een ongewijzigde map); "
            "is dit uw eigen bewerkte kopie, zet dan --allow-modified vóór de opdracht ('wetgeving --allow-modified "
            "show …'): de uitvoer vermeldt dan dat hij uit een gewijzigde kopie komt")


_ALLOW: ContextVar[bool] = ContextVar("wetgeving_allow_modified", default=False)
_USED: ContextVar[dict[str, Afwijking] | None] = ContextVar("wetgeving_modified_sources", default=None)
_DIGESTS: dict[tuple[int, int, int, int, int], str] = {}


def allow_modified(flag: bool = True) -> None:
    """Accept sources whose hash differs (``--allow-modified``) in this context."""
    _ALLOW.set(flag)


def allowed() -> bool:
    return _ALLOW.get()


@contextmanager
def scope(*, allow: bool = False) -> Iterator[None]:
    """A fresh record of modified sources (one command, one web request)."""
    t1, t2 = _ALLOW.set(allow), _USED.set({})
    try:
        yield
    finally:
        _ALLOW.reset(t1)
        _USED.reset(t2)


def sha256_of(path: Path) -> str:
    """The SHA-256 of a file, read in blocks."""
    import hashlib  # here: OpenSSL's bindings load only when a catalogued source is read

    h = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(CHUNK):
            h.update(block)
    return h.hexdigest()


def digest(path: Path) -> str:
    """The SHA-256 of ``path``, computed once per state of the file (see the module docstring)."""
    try:
        st = path.stat()
        key = (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)  # the file itself, whatever path
        if key not in _DIGESTS:
            _DIGESTS[key] = sha256_of(path)
        return _DIGESTS[key]
    except OSError as exc:
        raise SourceError(f"bron {path} kan niet gelezen worden: {oorzaak(exc)}") from None


def compare(bron: Bron, path: Path, got: str) -> str:
    """Accept ``got`` as the hash of ``bron``'s file, or raise; record it when a modified copy is allowed."""
    if got == bron.sha256:
        return got
    if not _ALLOW.get():
        raise SourceModifiedError(
            f"bron {bron.id} is gewijzigd: het bestand heeft sha256 {got}, maar corpus/bronnen.toml verwacht "
            f"{bron.sha256}",
            file=path)
    used = _USED.get()
    if used is None:
        used = {}
        _USED.set(used)
    used[bron.id] = Afwijking(bron.id, str(path), bron.sha256, got)
    return got


def check(bron: Bron, path: Path) -> str:
    """Verify the file of ``bron`` at ``path``; return its hash."""
    return compare(bron, path, digest(path))


def verified_bytes(bron: Bron, path: Path, data: bytes) -> str:
    """Verify bytes read from ``path`` (what is parsed is exactly what was hashed); return their hash."""
    import hashlib

    return compare(bron, path, hashlib.sha256(data).hexdigest())


def used() -> tuple[Afwijking, ...]:
    """The modified sources used so far in this context (only possible with ``--allow-modified``)."""
    return tuple((_USED.get() or {}).values())


def markering() -> str:
    """The Dutch warning every output made from a modified source carries; ``""`` when there is none."""
    found = used()
    if not found:
        return ""
    parts = "; ".join(f"{a.bron} ({a.path}: sha256 {a.gevonden[:16]}…, verwacht {a.verwacht[:16]}…)" for a in found)
    return ("LET OP: gemaakt uit een gewijzigde kopie van "
            + ("een bron" if len(found) == 1 else f"{len(found)} bronnen")
            + f" (--allow-modified): {parts}. Dit is niet de tekst uit corpus/bronnen.toml.")


def with_label(label: str | None) -> str | None:
    """A banner ``label`` extended with the warning (or the label itself when there is none)."""
    mark = markering()
    if not mark:
        return label
    return f"{label}\n{mark}" if label else mark

