"""Choose the importer for a file: by the catalogue's kind, else by extension and root element."""

from __future__ import annotations

import re
from pathlib import Path

from wetgeving.bronnen import bwb, structuur
from wetgeving.bronnen.secure import read_bytes
from wetgeving.errors import InputError
from wetgeving.model import Regeling


def detect(path: Path, data: bytes) -> str:
    """The kind of a file: ``bwb-xml``, ``wetgeving-xml``, ``regelrecht-yaml`` or ``laws-markdown``."""
    suffix = path.suffix.lower()
    if suffix in (".yaml", ".yml"):
        return "regelrecht-yaml"
    if suffix == ".md":
        return "laws-markdown"
    head = data[:4096].lstrip()
    if head.startswith(b"<") or suffix == ".xml":
        # ours by its root element <regeling>, wherever it begins and whatever its namespace (the importer then names a
        # wrong one); helper-205: a comment of 5,000 characters before it, or no namespace, got «verwacht <toestand>»
        return "wetgeving-xml" if _wortel(data) == b"regeling" else "bwb-xml"
    # a wijzigingsregeling as text is read by `parse-act`/`apply`, not here (helper-153: «onbekend bestandsformaat» only)
    act = b"wordt als volgt gewijzigd" in data[:20000] or (suffix == ".txt" and data.lstrip()[:7].upper() == b"ARTIKEL")
    raise InputError("onbekend bestandsformaat" + (" voor een regeling: dit lijkt een wijzigingsregeling als tekst" if act
                                                   else ""), file=path,
                     hint=("lees haar met 'wetgeving parse-act', of pas haar toe met 'wetgeving apply REGELING BESTAND'; "
                           if act else "een wijzigingsregeling als tekst leest 'wetgeving parse-act'; " if suffix == ".txt"
                           else "") + "een regeling is BWB-toestand-XML (.xml), regelrecht-YAML (.yaml), "
                     "laws-markdown (.md) of ons XML")


_OVERSLAAN = ((b"<?", b"?>"), (b"<!--", b"-->"), (b"<!", b">"))  # declaration, comments, DOCTYPE before the root


def _wortel(data: bytes) -> bytes:
    """The local name of the root element (b"" when none is found): what comes before it is skipped unread."""
    i = 0
    while True:
        i = data.find(b"<", i)
        if i < 0:
            return b""
        eind = next((data.find(e, i + len(b)) for b, e in _OVERSLAAN if data.startswith(b, i)), None)
        if eind is None:
            m = re.match(rb"<(?:[\w.-]+:)?([\w.-]+)", data[i:i + 200])
            return m[1] if m else b""
        if eind < 0:
            return b""
        i = eind + 1


def load_file(path: Path, kind: str | None = None) -> Regeling:
    """Import any supported file into the model."""
    return load_bytes(read_bytes(path), path, kind)


def load_bytes(data: bytes, path: Path, kind: str | None = None) -> Regeling:
    """Import the bytes of a file (``path`` names it in errors and gives its format)."""
    kind = kind or detect(path, data)
    return structuur.check(_import(kind, data, path), path)


def _import(kind: str, data: bytes, path: Path) -> Regeling:
    if kind == "bwb-xml":
        return bwb.loads(data, path)
    if kind == "wetgeving-xml":
        from wetgeving.bronnen import native

        return native.loads(data, path)
    if kind == "regelrecht-yaml":
        from wetgeving.bronnen import regelrecht  # imports PyYAML: only for YAML sources

        return regelrecht.loads(data, path)
    if kind == "laws-markdown":
        from wetgeving.bronnen import markdown

        return markdown.loads(data, path)
    raise InputError(f"bronnen van de soort {kind!r} kunnen niet worden ingelezen", file=path)
