"""Uploaded evidence: size-limited, type-checked by content (not by the name or the browser's claim),
stored under its SHA-256 in the data dir and only ever served through a view that checks the gemeente.

An upload is recorded all or nothing with its assessment (:func:`met_bewijs`): the file is written only after
the assessment was accepted, inside the same transaction; when anything fails, a file no :class:`Bewijsstuk`
row refers to is removed again (:func:`opruimen`). Writing and removing one hash take a lock (SQLite: the
write lock of ``BEGIN IMMEDIATE``; PostgreSQL: an advisory lock per hash), so a removal never takes away the
file of another request that records the same file at the same time.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.db import DatabaseError, connection, transaction

from wetgeving.errors import UsageError
from wetgeving.web.models import Bewijsstuk

T = TypeVar("T")

# The evidence kinds accepted, recognised by their first bytes.
SOORTEN = (
    (b"%PDF-", "application/pdf", "pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png", "png"),
    (b"\xff\xd8\xff", "image/jpeg", "jpg"),
    (b"PK\x03\x04", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
)


def soort(kop: bytes, naam: str) -> str:
    """The content type of an upload from its first bytes; DOCX also needs its name to end in .docx."""
    for magic, mime, ext in SOORTEN:
        if kop.startswith(magic) and (ext != "docx" or naam.lower().endswith(".docx")):
            return mime
    raise UsageError("dit bestandstype wordt niet aanvaard", hint="lever bewijs aan als PDF, PNG, JPEG of DOCX")


def map_() -> Path:
    return Path(settings.UPLOAD_DIR)


def pad(sha256: str) -> Path:
    """Where a file with this hash is stored (the name is the hash: never a name a user chose)."""
    if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
        raise ValueError("geen SHA-256")
    return map_() / sha256[:2] / sha256


@dataclass(frozen=True)
class Upload:
    """A checked upload, not yet on disk."""

    sha256: str
    soort: str  # the content type recognised from the first bytes
    naam: str  # the name the user gave, for display only
    data: bytes


def lees(f: UploadedFile[bytes]) -> Upload:
    """Read and check an upload (size, type by content); nothing is written."""
    limit = int(settings.BEWIJS_MAX_BYTES)
    if f.size is None or f.size > limit:
        raise UsageError(f"het bestand is groter dan {limit // (1024 * 1024)} MB", hint="lever een kleiner bestand aan")
    data = b"".join(f.chunks())
    if len(data) > limit:
        raise UsageError(f"het bestand is groter dan {limit // (1024 * 1024)} MB", hint="lever een kleiner bestand aan")
    mime = soort(data[:16], f.name or "")
    if mime == SOORTEN[3][1] and not is_docx(data):
        raise UsageError("dit bestand heet .docx maar is geen Word-document (een ZIP-archief zonder "
                         "[Content_Types].xml en word/document.xml)", hint="lever het document zelf aan, of een PDF")
    return Upload(hashlib.sha256(data).hexdigest(), mime, (f.name or "bestand")[:200], data)


def is_docx(data: bytes) -> bool:
    """A ZIP archive with the two parts every Word document has (helper-51: any ZIP named .docx was accepted)."""
    import io
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            namen = set(z.namelist())
    except (zipfile.BadZipFile, ValueError, OSError):
        return False
    return {"[Content_Types].xml", "word/document.xml"} <= namen


def schrijf(u: Upload) -> None:
    """Store the upload under its hash, atomically and once per hash."""
    target = pad(u.sha256)
    if target.exists():
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".upload-")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(u.data)
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def vergrendel(sha256: str) -> None:
    """Within a transaction: nobody else writes or removes this hash until it ends (see the module text)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cur:
            cur.execute("SELECT pg_advisory_xact_lock(%s)", [int(sha256[:15], 16)])


def opruimen(sha256: str) -> bool:
    """Remove the stored file unless a :class:`Bewijsstuk` row refers to it; True when it was removed."""
    with transaction.atomic():
        vergrendel(sha256)
        if Bewijsstuk.objects.filter(sha256=sha256).exists():
            return False
        target = pad(sha256)
        if not target.exists():
            return False
        target.unlink()
        return True


def met_bewijs(upload: Upload | None, gemeente: str, door: Any, vastleggen: Callable[[Bewijsstuk | None, str], T]) -> T:
    """Record something (an assessment) with an optional upload, all or nothing.

    ``vastleggen(stuk, tekst)`` gets the new :class:`Bewijsstuk` row (or None) and the evidence text naming the
    file and its hash. The file is written after ``vastleggen`` returns, in the same transaction; if anything
    fails, the row is rolled back and a file that no row refers to is removed.
    """
    try:
        with transaction.atomic():
            stuk, tekst = None, ""
            if upload is not None:
                vergrendel(upload.sha256)
                stuk = Bewijsstuk.objects.create(sha256=upload.sha256, gemeente=gemeente, naam=upload.naam,
                                                 soort=upload.soort, grootte=len(upload.data), door=door)
                tekst = f"bestand {upload.naam} (sha256:{upload.sha256})"
            result = vastleggen(stuk, tekst)
            if upload is not None:
                schrijf(upload)
        return result
    except BaseException:
        if upload is not None:
            with contextlib.suppress(DatabaseError, OSError):  # the first error is the one to report
                opruimen(upload.sha256)
        raise
