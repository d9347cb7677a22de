"""Hardened parsing: the only module that parses XML or YAML from outside.

XML: no entity resolution, no DTD loading, no network, no huge-tree mode, a size limit, and any
``<!DOCTYPE`` with entity declarations or external identifiers is refused before parsing (billion
laughs, XXE). YAML: the C safe loader composes nodes (aliases share nodes, so an alias bomb costs no
memory) and importers read only the scalars they expect. Every failure is an :class:`InputError`
naming the file, the line and what to do.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml
from lxml import etree

from wetgeving.errors import InputError

MAX_BYTES = 64 * 1024 * 1024
_DOCTYPE = re.compile(rb"<!DOCTYPE", re.I)
_DANGER = re.compile(rb"<!ENTITY|\bSYSTEM\b|\bPUBLIC\b", re.I)

_YAML_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_bytes(path: Path, max_bytes: int = MAX_BYTES) -> bytes:
    """Read a whole input file, refusing missing, unreadable and oversized files."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(
                f"file is {size} bytes, more than the limit of {max_bytes}",
                file=path, hint="split the file or raise the limit with WETGEVING_MAX_BYTES",
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError("file not found", file=path, hint="check the path") from None
    except IsADirectoryError:
        raise InputError("is a directory, expected a file", file=path, hint="name a file") from None
    except PermissionError:
        raise InputError("permission denied", file=path, hint="check the file's permissions") from None


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
        huge_tree=False, remove_comments=True, remove_pis=True,
    )


def parse_xml(data: bytes, source: str | Path) -> etree._ElementTree:
    """Parse XML bytes safely; ``source`` names the file in errors."""
    head = data[:65536]
    m = _DOCTYPE.search(head)
    if m and _DANGER.search(head, m.start()):
        line = head[: m.start()].count(b"\n") + 1
        raise InputError(
            "the document declares entities or an external DTD, which wetgeving refuses to read",
            file=source, line=line, hint="remove the <!DOCTYPE …> declaration; our formats need none",
        )
    try:
        return etree.ElementTree(etree.fromstring(data, _parser()))
    except etree.XMLSyntaxError as exc:
        lineno: int | None = exc.lineno or None
        msg = str(exc.msg if hasattr(exc, "msg") else exc)
        raise InputError(f"malformed XML: {msg}", file=source, line=lineno,
                         hint="the file may be truncated or not XML; fetch it again") from None


def parse_xml_file(path: Path) -> etree._ElementTree:
    """Read and parse an XML file safely."""
    return parse_xml(read_bytes(path), path)


def expect_root(tree: etree._ElementTree, tags: tuple[str, ...], source: str | Path, what: str) -> etree._Element:
    """Return the root element, or raise when it is not one of ``tags``."""
    root = tree.getroot()
    if root.tag not in tags:
        raise InputError(
            f"root element is <{etree.QName(root).localname}>, expected "
            + " or ".join(f"<{etree.QName(t).localname}>" for t in tags) + f" ({what})",
            file=source, line=line_of(root), hint=f"give a {what} file",
        )
    return root


def line_of(el: etree._Element) -> int | None:
    """The source line of an element, when lxml knows it."""
    line = el.sourceline
    return line if isinstance(line, int) else None


def text_of(el: etree._Element) -> str:
    """All text inside an element."""
    return "".join(str(t) for t in el.itertext())


def compose_yaml(data: bytes, source: str | Path) -> yaml.Node:
    """Compose YAML into nodes (with line marks) without constructing Python objects."""
    try:
        node = yaml.compose(data, Loader=_YAML_LOADER)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        raise InputError(f"malformed YAML: {exc.problem or exc}", file=source,
                         line=(mark.line + 1) if mark else None,
                         hint="the file may be truncated; fetch it again") from None
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read YAML: {exc}", file=source) from None
    if node is None:
        raise InputError("the YAML file is empty", file=source, hint="give a regelrecht YAML file")
    return node
