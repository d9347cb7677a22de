"""Small shared helpers: atomic output files, a standard output that names itself in its errors."""

from __future__ import annotations

import errno
import io
import os
import re
import tempfile
from datetime import date, datetime
from pathlib import Path
from typing import Any, TextIO

from wetgeving.errors import OutputError, UsageError, oorzaak

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
# the invisible characters that change the direction text is shown in (Unicode's bidirectional controls: the marks
# U+061C, U+200E, U+200F, the embeddings and overrides U+202A–U+202E, the isolates U+2066–U+2069). In a name, a reason
# or a comment one of them makes a page show other text than was recorded (helper-206: a reason «besluit raad
# U+202E 10-50-3202» was shown as the date 2023-05-01, and the rest of the line reversed).
RICHTINGSTEKENS = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_STUUR = re.compile(_NOT_XML.pattern.removesuffix("]") + RICHTINGSTEKENS + "]")  # what XML cannot hold, and those


def vandaag() -> date:
    """Today in the Netherlands: the date a question without one is about. The machine's own date is another one on
    a server in UTC between midnight and 01:00 or 02:00 Amsterdam time (helper-58: a checklist at 2023-01-01 00:30
    answered for 2022-12-31, the old regime of artikel 28)."""
    from zoneinfo import ZoneInfo  # here: the time zone data is read only by a command that asks for today

    return datetime.now(ZoneInfo("Europe/Amsterdam")).date()


def dag_in_nederland(moment: datetime) -> date:
    """The date of ``moment`` in the Netherlands (an aware moment; a naive one is taken as it is): a reaction made at
    00:40 in Amsterdam on 7 December is of the 7th, though it is still the 6th in UTC (helper-112)."""
    if moment.tzinfo is None:
        return moment.date()
    from zoneinfo import ZoneInfo

    return moment.astimezone(ZoneInfo("Europe/Amsterdam")).date()


def not_xml_char(text: str) -> int | None:
    """Offset of the first character XML 1.0 cannot hold (control characters), or ``None``."""
    m = _NOT_XML.search(text)
    return m.start() if m else None


def stuurteken(text: str) -> int | None:
    """Offset of the first character text a person writes (a name, a reason, a comment) may not hold, or ``None``: one
    XML cannot hold (:func:`not_xml_char`), or one that changes the direction the text is shown in."""
    m = _STUUR.search(text)
    return m.start() if m else None


_RICHTING = re.compile(f"[{RICHTINGSTEKENS}]")


def zichtbaar(text: str) -> str:
    """``text`` with each direction control shown as «[U+202E]»: what a row recorded before they were refused holds is
    read as it was written, not reordered (helper-212: inside <bdi> the override still turned «10-50-3202» around)."""
    return _RICHTING.sub(lambda m: f"[U+{ord(m[0]):04X}]", text)


def stuurteken_genoemd(text: str, at: int) -> str:
    """The character at ``at`` named for a message: «U+0001», «U+202E, dat de leesrichting verandert»."""
    if 0xDC80 <= ord(text[at]) <= 0xDCFF:  # a byte that is no UTF-8, as Python reads it (helper-221: «U+DCE9»)
        return f"een byte die geen UTF-8 is: 0x{ord(text[at]) - 0xDC00:02X}"
    code = f"U+{ord(text[at]):04X}"
    return code + (", dat de leesrichting verandert" if not_xml_char(text[at]) is None else "")


def atomic_write(path: Path, data: bytes | str, *, force: bool = True) -> None:
    """Write ``data`` to ``path`` through a temp file in the same folder and a rename.

    A crash or error never leaves a half-written ``path``; with ``force=False`` an existing file is
    refused with a :class:`UsageError`.
    """
    if path.exists() or path.is_symlink():
        if not path.is_file():
            raise OutputError(f"{path} bestaat al en is geen gewoon bestand; wetgeving vervangt het niet")
        if not force:
            raise UsageError(f"{path} bestaat al", hint="geef --force om het te overschrijven, of kies een ander uitvoerbestand")
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


STANDAARDUITVOER = "de standaarduitvoer"  # the file name an OSError of writing the answer to stdout carries


class _Gesloten(io.RawIOBase):
    """Standard output that was closed when the process started: every write fails."""

    def writable(self) -> bool:
        return True

    def write(self, b: object) -> int:
        raise OSError(errno.EBADF, "die was gesloten bij het starten (>&-)", STANDAARDUITVOER)


class _Benoemd(io.FileIO):
    """Standard output whose write errors name it: Python's own raise an OSError without a file name, which
    the user read as 'kan niet gebruiken: de schijf is vol' without being told what could not be used.

    After the first failure, what is left is dropped: the command ends on that error, and the user is told the
    answer was not written. Kept, Python tried it again while it exited and printed 'Exception ignored in:
    <_io.TextIOWrapper …> OSError' under the message, with exit code 120."""

    failed = False

    def write(self, b: Any) -> int:
        if self.failed:
            return len(memoryview(b))
        try:
            return super().write(b)
        except OSError as exc:  # errno kept: OSError(EPIPE, …) is a BrokenPipeError, as click expects
            self.failed = True
            raise OSError(exc.errno, exc.strerror, STANDAARDUITVOER) from None


def named_stdout(stream: TextIO | None) -> TextIO:
    """``sys.stdout`` for one command's process: writing to it raises an :class:`OSError` whose file name is
    :data:`STANDAARDUITVOER` (also when it was closed at the start, the shell's ``>&-``, where Python sets it to
    None and click would drop the answer without a word). A stream that is no file of the system is kept."""
    if stream is None:
        return io.TextIOWrapper(io.BufferedWriter(_Gesloten(), buffer_size=1), encoding="utf-8", write_through=True)
    if not isinstance(stream, io.TextIOWrapper):
        return stream
    try:
        raw = _Benoemd(stream.fileno(), "w", closefd=False)
    except (OSError, ValueError):
        return stream
    stream.flush()
    return io.TextIOWrapper(io.BufferedWriter(raw), encoding=stream.encoding, errors=stream.errors,
                            line_buffering=stream.line_buffering)
