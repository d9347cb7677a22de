"""Small shared helpers: atomic output files."""

from __future__ import annotations

import errno
import io
import os
import re
import tempfile
from pathlib import Path

from wetgeving.errors import OutputError, UsageError, oorzaak

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def not_xml_char(text: str) -> int | None:
    """Offset of the first character XML 1.0 cannot hold (control characters), or ``None``."""
    m = _NOT_XML.search(text)
    return m.start() if m else None


def atomic_write(path: Path, data: bytes | str, *, force: bool = True) -> None:
    """Write ``data`` to ``path`` through a temp file in the same folder and a rename.

    A crash or error never leaves a half-written ``path``; with ``force=False`` an existing file is
    refused with a :class:`UsageError`.
    """
    if path.exists() or path.is_symlink():
        if not path.is_file():
            raise OutputError(f"{path} bestaat al en is geen gewoon bestand; wetgeving vervangt het niet")
        if not force:
            raise UsageError(f"{path} bestaat al", hint="geef --force om het te overschrijven, of kies een andere --output")
    payload = data.encode("utf-8") if isinstance(data, str) else data
    blocker = next((p for p in path.parents if p.exists() or p.is_symlink()), None)
    if blocker is not None and not blocker.is_dir():
        raise OutputError(f"kan {path} niet schrijven: {blocker} is een bestand, geen map")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise OutputError(f"kan {path} niet schrijven: {oorzaak(exc)}") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise OutputError(f"kan {path} niet schrijven: {oorzaak(exc)}") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class _Gesloten(io.RawIOBase):
    """Standard output that was closed when the process started: every write fails."""

    def writable(self) -> bool:
        return True

    def write(self, b: object) -> int:
        raise OSError(errno.EBADF, "die was gesloten bij het starten (>&-); stuur de uitvoer naar een bestand of "
                      "naar /dev/null", "de standaarduitvoer")


def closed_stdout() -> io.TextIOWrapper:
    """A stand-in for ``sys.stdout`` when it is None (the shell's ``>&-``): writing to it raises an
    :class:`OSError` that names it, instead of Python (and click) dropping the output without a word."""
    return io.TextIOWrapper(io.BufferedWriter(_Gesloten(), buffer_size=1), encoding="utf-8", write_through=True)
