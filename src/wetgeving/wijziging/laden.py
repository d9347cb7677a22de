"""Read an amending act from a file: our XML (``schemas/wijziging.xsd``) or the published plain text."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from wetgeving.bronnen.secure import read_bytes
from wetgeving.errors import InputError
from wetgeving.wijziging import xml
from wetgeving.wijziging.instructies import parse_act
from wetgeving.wijziging.model import Wijzigingsregeling


def load_act(path: Path, *, titels: Mapping[str, tuple[str, str]] | None = None) -> Wijzigingsregeling:
    """An amending act from our XML or from the published plain text (UTF-8); ``titels`` as in
    :func:`~wetgeving.wijziging.instructies.parse_act`."""
    data = read_bytes(path)
    if data.lstrip()[:1] == b"<":
        return xml.loads(data, path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError("de wijzigingsregeling is geen UTF-8-tekst", file=path,
                         hint="sla de regeling op als UTF-8-tekst") from None
    return parse_act(text, path, titels=titels)
