"""Uploaded evidence: size-limited, type-checked by content (not by the name or the browser's claim),
stored under its SHA-256 in the data dir and only ever served through a view that checks the gemeente.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile

from wetgeving.errors import UsageError

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


def bewaar(f: UploadedFile[bytes]) -> tuple[str, str, int]:
    """Check and store an upload; returns (sha256, content type, size). Written atomically, once per hash."""
    limit = int(settings.BEWIJS_MAX_BYTES)
    if f.size is None or f.size > limit:
        raise UsageError(f"het bestand is groter dan {limit // (1024 * 1024)} MB", hint="lever een kleiner bestand aan")
    data = b"".join(f.chunks())
    if len(data) > limit:
        raise UsageError(f"het bestand is groter dan {limit // (1024 * 1024)} MB", hint="lever een kleiner bestand aan")
    mime = soort(data[:16], f.name or "")
    sha = hashlib.sha256(data).hexdigest()
    target = pad(sha)
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".upload-")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
            os.replace(tmp, target)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    return sha, mime, len(data)
