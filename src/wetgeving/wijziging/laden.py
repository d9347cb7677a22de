"""Read an amending act from a file: our XML (``schemas/wijziging.xsd``) or the published plain text."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

from wetgeving.bronnen.secure import niet_utf8, read_bytes
from wetgeving.errors import InputError
from wetgeving.util import not_xml_char
from wetgeving.wijziging import xml
from wetgeving.wijziging.instructies import parse_act
from wetgeving.wijziging.model import Wijzigingsregeling

_PAGINA = re.compile(r"^[\f\v]+|[\f\v]+$", re.MULTILINE)
_WITRUIMTE = str.maketrans({"\f": " ", "\v": " "})


def load_act(path: Path, *, titels: Mapping[str, tuple[str, str]] | None = None) -> Wijzigingsregeling:
    """An amending act from our XML or from the published plain text (UTF-8); ``titels`` as in
    :func:`~wetgeving.wijziging.instructies.parse_act`."""
    data = read_bytes(path)
    if data.lstrip()[:1] == b"<":
        return xml.loads(data, path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:  # helper-116: no line, no byte
        waar, regel = niet_utf8(data, exc)
        raise InputError(f"de wijzigingsregeling is geen UTF-8-tekst: {waar}", file=path, line=regel,
                         hint="sla de regeling op als UTF-8-tekst") from None
    # a page break of a text taken from a PDF: nothing at a line's edge (line numbers stay), else a space
    text = _PAGINA.sub("", text).translate(_WITRUIMTE)
    bad = not_xml_char(text)
    if bad is not None:  # helper-80: U+0001 in a quotation ended in a traceback when the act was written as XML
        regel = text.count("\n", 0, bad) + 1
        kolom = bad - (text.rfind("\n", 0, bad) + 1) + 1
        raise InputError(f"de wijzigingsregeling bevat op positie {kolom} een stuurteken (U+{ord(text[bad]):04X}) dat "
                         "geen wettekst kan bevatten", file=path, line=regel,
                         hint="verwijder het teken; het komt vaak mee bij kopiëren uit een ander programma")
    return parse_act(text, path, titels=titels)
