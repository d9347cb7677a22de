"""Mark an output made from a modified source (``--allow-modified``), whatever its format.

Renderers that have a banner (diff, checklist, consultation) place the warning themselves; this module
is the safety net for every other output the CLI writes: it adds the warning of
:func:`wetgeving.bronnen.integriteit.markering` to text, Markdown, HTML, XML (as a comment), JSON and
DOCX, unless the output carries it already.

Examples:
    >>> markeer("Artikel 1", "LET OP: gemaakt uit een gewijzigde kopie van een bron")
    'LET OP: gemaakt uit een gewijzigde kopie van een bron\\n\\nArtikel 1'
    >>> markeer('<?xml version="1.0"?>\\n<a/>', "LET OP: x --allow-modified")
    '<?xml version="1.0"?>\\n<!-- LET OP: x - -allow-modified -->\\n<a/>'
    >>> markeer("tekst", "")
    'tekst'
"""

from __future__ import annotations

import html
import io
import json
import re
import zipfile

PREFIX = "LET OP: gemaakt uit een gewijzigde kopie"
_BODY = re.compile(r"<body[^>]*>", re.I)


def markeer(data: str | bytes, mark: str) -> str | bytes:
    """``data`` with the warning ``mark`` added in a way its format shows; unchanged when ``mark`` is empty."""
    if not mark:
        return data
    if isinstance(data, bytes):
        return _docx(data, mark) if data.startswith(b"PK") else data
    if PREFIX in data:
        return data
    head = data.lstrip()[:100].lower()
    if head.startswith(("<?xml", "<svg", "<graphml")):
        return _xml(data, mark)
    if head.startswith(("<!doctype html", "<html")):
        return _html(data, mark)
    if head.startswith(("{", "[")):
        return _json(data, mark)
    return f"{mark}\n\n{data}"


def _xml(data: str, mark: str) -> str:
    comment = "<!-- " + mark.replace("--", "- -").rstrip("-") + " -->"
    if data.startswith("<?xml"):
        end = data.index("?>") + 2
        return data[:end] + "\n" + comment + data[end:]
    return comment + "\n" + data


def _html(data: str, mark: str) -> str:
    banner = ('<p class="waarschuwing" role="alert" style="border:2px solid #a00;padding:.5em;font-weight:bold">'
              + html.escape(mark) + "</p>")
    m = _BODY.search(data)
    return data[:m.end()] + "\n" + banner + data[m.end():] if m else banner + "\n" + data


def _json(data: str, mark: str) -> str:
    try:
        value = json.loads(data)
    except ValueError:
        return f"{mark}\n\n{data}"
    wrapped = {"waarschuwing": mark, **value} if isinstance(value, dict) else {"waarschuwing": mark, "gegevens": value}
    return json.dumps(wrapped, ensure_ascii=False, indent=1) + "\n"


def _docx(data: bytes, mark: str) -> bytes:
    import docx

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            if PREFIX.encode("utf-8") in z.read("word/document.xml"):
                return data
    except (zipfile.BadZipFile, KeyError):
        return data
    doc = docx.Document(io.BytesIO(data))
    first = doc.paragraphs[0] if doc.paragraphs else doc.add_paragraph()
    first.insert_paragraph_before().add_run(mark).bold = True
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()
