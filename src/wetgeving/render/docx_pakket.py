"""A Word document of styled paragraphs, bold runs and tracked changes, written with lxml alone: the package
python-docx writes for the same document from its own default template, part for part, without importing
python-docx (its import costs more than building and writing the diff's document).

What python-docx does, and this module does too: it parses the XML parts it models (the document, styles,
settings, numbering, core properties) with blank text removed and writes them back with lxml; it copies the
other parts as they are; it writes the relationships again and the content types sorted; it writes the zip
members depth first along the relationships. ``tests/render/test_docx_pakket.py`` compares every part of
documents made both ways. Documents that need more of Word (tables, comments, fields) use python-docx
(:mod:`wetgeving.render.docx_util`).
"""

from __future__ import annotations

import functools
import importlib.util
import io
import posixpath
import zipfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_CP = "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}"
_DC = "{http://purl.org/dc/elements/1.1/}"
_DCTERMS = "{http://purl.org/dc/terms/}"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
FIXED = datetime(2000, 1, 1)
A4 = ("11906", "16838")  # twips: 210 × 297 mm, as Word writes it (python-docx's template is US Letter)
MARGE = "1417"  # twips: 2.5 cm on every side
MODELLED = ("word/document.xml", "word/styles.xml", "word/settings.xml", "word/numbering.xml", "docProps/core.xml")


def _parser() -> etree.XMLParser:
    return etree.XMLParser(remove_blank_text=True, resolve_entities=False)  # python-docx's oxml parser


def _xml(el: etree._Element) -> bytes:
    return etree.tostring(el, encoding="UTF-8", standalone=True)  # python-docx's serialize_part_xml


@functools.cache
def _template() -> dict[str, bytes]:
    """The members of python-docx's default template (the file ``docx.Document()`` opens), found without
    importing python-docx."""
    spec = importlib.util.find_spec("docx")
    assert spec is not None and spec.submodule_search_locations, "python-docx is a dependency of wetgeving"
    path = Path(next(iter(spec.submodule_search_locations))) / "templates" / "default.docx"
    with zipfile.ZipFile(path) as z:
        return {info.filename: z.read(info) for info in z.infolist()}


def _rels_name(part: str) -> str:
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", name + ".rels")


def _targets(part: str) -> Iterator[str]:
    """The parts ``part`` (``""``: the package) refers to, in the order of its relationships."""
    rels = _template().get(_rels_name(part))
    if rels is None:
        return
    folder = posixpath.dirname(part)
    for rel in etree.fromstring(rels, _parser()).iter(_REL + "Relationship"):
        if rel.get("TargetMode") != "External":
            yield posixpath.normpath(posixpath.join(folder, rel.get("Target", "")))


def _order(part: str = "", seen: set[str] | None = None) -> Iterator[str]:
    """The members as python-docx writes them: each part, then its relationships, depth first."""
    seen = set() if seen is None else seen
    for target in _targets(part):
        if target not in seen:
            seen.add(target)
            yield target
            if _rels_name(target) in _template():
                yield _rels_name(target)
            yield from _order(target, seen)


def _content_types() -> bytes:
    """``[Content_Types].xml`` as python-docx writes it: the defaults sorted by extension, the overrides by
    part name."""
    old = etree.fromstring(_template()["[Content_Types].xml"], _parser())
    new = etree.Element(_CT + "Types", nsmap={None: _CT[1:-1]})  # type: ignore[dict-item]  # lxml-stubs: no default ns
    for tag, key in (("Default", "Extension"), ("Override", "PartName")):
        for el in sorted(old.iter(_CT + tag), key=lambda e: e.get(key, "")):
            new.append(el)
    return _xml(new)


@functools.cache
def _fixed_parts() -> tuple[tuple[str, bytes], ...]:
    """Every member but the document and its core properties, as python-docx writes it, in its order."""
    tpl = _template()
    out = [("[Content_Types].xml", _content_types()), ("_rels/.rels", _xml(etree.fromstring(tpl["_rels/.rels"], _parser())))]
    for name in _order():
        data = tpl[name]
        if name.endswith(".rels") or name in MODELLED:
            data = _xml(etree.fromstring(data, _parser()))
        out.append((name, data))
    return tuple(out)


_UI_NAMES = {"Caption": "caption", "Footer": "footer", "Header": "header",
             **{f"Heading {n}": f"heading {n}" for n in range(1, 10)}}  # python-docx's BabelFish


@functools.cache
def _paragraph_styles() -> dict[str, str | None]:
    """Paragraph style name → its id (None for the default style, which a paragraph does not name)."""
    styles = etree.fromstring(_template()["word/styles.xml"], _parser())
    out: dict[str, str | None] = {}
    for style in styles.iterchildren(W + "style"):
        name = style.find(W + "name")
        if name is not None and style.get(W + "type") == "paragraph":
            out.setdefault(name.get(W + "val", ""), None if style.get(W + "default") in ("1", "true", "on")
                           else style.get(W + "styleId"))
    return out


def style_id(name: str) -> str | None:
    """The id python-docx writes for the paragraph style ``name`` (None: the default style)."""
    styles = _paragraph_styles()
    key = _UI_NAMES.get(name, name)
    if key not in styles:
        raise KeyError(f"no paragraph style with name '{name}'")
    return styles[key]


class Document:
    """A new A4 document whose metadata does not depend on the clock (``when`` or a fixed date), as
    :func:`wetgeving.render.docx_util.new_document` makes it."""

    def __init__(self, title: str, *, when: datetime | None = None) -> None:
        tpl = _template()
        self.root = etree.fromstring(tpl["word/document.xml"], _parser())
        body = self.root.find(W + "body")
        assert body is not None
        self.body = body
        sect = body[-1]
        size, margins = sect.find(W + "pgSz"), sect.find(W + "pgMar")
        assert size is not None and margins is not None
        size.set(W + "w", A4[0])
        size.set(W + "h", A4[1])
        for side in ("left", "right", "top", "bottom"):
            margins.set(W + side, MARGE)
        self.core = etree.fromstring(tpl["docProps/core.xml"], _parser())
        moment = (when or FIXED).strftime("%Y-%m-%dT%H:%M:%SZ")
        for tag, value in ((_DC + "title", title[:255]), (_DC + "creator", "wetgeving"),
                           (_CP + "lastModifiedBy", "wetgeving"), (_DCTERMS + "created", moment),
                           (_DCTERMS + "modified", moment), (_CP + "revision", "1")):
            el = self.core.find(tag)
            assert el is not None, tag
            el.text = value

    def paragraph(self, text: str = "", style: str | None = None, *, bold: bool = False) -> Any:
        """``doc.add_paragraph(text, style)``, or with ``bold`` ``doc.add_paragraph(style=style)`` and, when there is
        a text, ``add_run(text).bold = True``: a new ``<w:p>`` before the section properties."""
        p: Any = etree.Element(W + "p")
        self.body[-1].addprevious(p)
        if text:
            run(p, text, bold=bold)
        if style is not None:  # python-docx adds the paragraph properties, first, even for the default style
            found = style_id(style)
            props = etree.Element(W + "pPr")
            p.insert(0, props)
            if found is not None:
                etree.SubElement(props, W + "pStyle").set(W + "val", found)
        return p

    def save(self, stream: IO[bytes]) -> None:
        """Write the package, as ``docx.Document.save`` does."""
        parts = dict(_fixed_parts())
        parts["word/document.xml"] = _xml(self.root)
        parts["docProps/core.xml"] = _xml(self.core)
        with zipfile.ZipFile(stream, "w", compression=zipfile.ZIP_DEFLATED) as z:
            for name, data in parts.items():
                z.writestr(name, data)

    def to_bytes(self) -> bytes:
        buf = io.BytesIO()
        self.save(buf)
        return buf.getvalue()


def run(p: Any, text: str, *, bold: bool = False, tag: str = "t") -> Any:
    """``paragraph.add_run(text)`` (then ``bold = True``): a tab is a ``<w:tab/>``, a line break a ``<w:br/>``,
    the text between them one ``<w:t>`` (``tag``: ``delText`` in a deletion), spaces kept when it has them at
    either end."""
    r: Any = etree.SubElement(p, W + "r")
    if bold:
        etree.SubElement(etree.SubElement(r, W + "rPr"), W + "b")
    start = 0
    for i, ch in enumerate(text):
        if ch in "\t\r\n":
            _t(r, text[start:i], tag)
            etree.SubElement(r, W + ("tab" if ch == "\t" else "br"))
            start = i + 1
    _t(r, text[start:], tag)
    return r


def _t(r: Any, text: str, tag: str) -> None:
    if text:
        t = etree.SubElement(r, W + tag)
        t.text = text
        if len(text.strip()) < len(text):
            t.set(_SPACE, "preserve")


class Wijzigingen:
    """Adds runs to paragraphs (``<w:p>`` elements) as plain text or as tracked insertions/deletions with an
    author and, when given, a date."""

    def __init__(self, author: str = "wetgeving", date: datetime | None = None) -> None:
        self.author = author
        self.date = date
        self._next = 1

    def _mark(self, p: Any, tag: str) -> Any:
        el = etree.SubElement(p, W + tag)
        el.set(W + "id", str(self._next))
        self._next += 1
        el.set(W + "author", self.author)
        if self.date is not None:
            el.set(W + "date", self.date.strftime("%Y-%m-%dT%H:%M:%SZ"))
        return el

    @staticmethod
    def _run(parent: Any, text: str, *, deleted: bool = False, bold: bool = False) -> None:
        r = etree.SubElement(parent, W + "r")
        if bold:
            etree.SubElement(etree.SubElement(r, W + "rPr"), W + "b")
        t = etree.SubElement(r, W + ("delText" if deleted else "t"))
        t.set(_SPACE, "preserve")
        t.text = text

    def text(self, p: Any, text: str, *, bold: bool = False) -> None:
        if text:
            self._run(p, text, bold=bold)

    def insert(self, p: Any, text: str) -> None:
        if text:
            self._run(self._mark(p, "ins"), text)

    def delete(self, p: Any, text: str) -> None:
        if text:
            self._run(self._mark(p, "del"), text, deleted=True)

    def segments(self, p: Any, segs: Any) -> None:
        """Write a redline (segments with op equal/insert/delete) as tracked changes."""
        for s in segs:
            if s.op == "equal":
                Wijzigingen.text(self, p, s.tekst)
            elif s.op == "insert":
                Wijzigingen.insert(self, p, s.tekst)
            else:
                Wijzigingen.delete(self, p, s.tekst)
