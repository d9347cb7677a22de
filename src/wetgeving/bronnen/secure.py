"""Hardened parsing: the only module that parses XML or YAML from outside.

XML: no entity resolution, no DTD loading, no network, no huge-tree mode, a size limit, and any
``<!DOCTYPE`` with entity declarations or external identifiers is refused before parsing (billion
laughs, XXE). YAML: the C safe loader composes nodes (aliases share nodes, so an alias bomb costs no
memory) and importers read only the scalars they expect. Every failure is an :class:`InputError`
naming the file, the line and what to do.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from lxml import etree

from wetgeving.errors import InputError, UsageError

if TYPE_CHECKING:
    import yaml

MAX_BYTES = 64 * 1024 * 1024
_DOCTYPE = re.compile(rb"<!DOCTYPE", re.I)
_DANGER = re.compile(rb"<!ENTITY|\bSYSTEM\b|\bPUBLIC\b", re.I)



def max_bytes_limit() -> int:
    """The input size limit: ``WETGEVING_MAX_BYTES`` when set, else :data:`MAX_BYTES` (read at call time)."""
    env = os.environ.get("WETGEVING_MAX_BYTES", "").strip()
    if not env:
        return MAX_BYTES
    try:
        return int(env)
    except ValueError:
        raise UsageError(f"WETGEVING_MAX_BYTES is {env!r}, not a number of bytes",
                         hint="set it to a whole number such as 134217728") from None


def read_bytes(path: Path, max_bytes: int | None = None) -> bytes:
    """Read a whole input file, refusing missing, unreadable and oversized files."""
    limit = max_bytes_limit() if max_bytes is None else max_bytes
    try:
        size = path.stat().st_size
        if size <= limit:
            with path.open("rb") as fh:  # bounded: st_size is 0 for /dev/zero and a file can grow meanwhile
                data = _read_bounded(fh, limit + 1, size)
            size = len(data)
        if size > limit:
            raise InputError(
                f"file is {size} bytes, more than the limit of {limit}",
                file=path, hint="split the file or raise the limit with WETGEVING_MAX_BYTES",
            )
        return data
    except FileNotFoundError:
        raise InputError("file not found", file=path, hint="check the path") from None
    except IsADirectoryError:
        raise InputError("is a directory, expected a file", file=path, hint="name a file") from None
    except PermissionError:
        raise InputError("permission denied", file=path, hint="check the file's permissions") from None
    except OSError as exc:  # NotADirectoryError (a file used as a folder), ENAMETOOLONG, ELOOP, EIO …
        raise InputError(f"cannot read: {exc.strerror or exc}", file=path, hint="check the path") from None


def _read_bounded(fh: BinaryIO, limit: int, expected: int) -> bytes:
    """Read at most ``limit`` bytes without allocating ``limit`` up front (the limit is large)."""
    chunks: list[bytes] = []
    total = 0
    chunk = max(expected + 1, 1 << 16)
    while total < limit:
        block = fh.read(min(chunk, limit - total))
        if not block:
            break
        chunks.append(block)
        total += len(block)
    return b"".join(chunks)


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
        huge_tree=False, remove_comments=True, remove_pis=True,
    )


def _refuse(source: str | Path, line: int | None) -> InputError:
    return InputError(
        "the document declares entities or an external DTD, which wetgeving refuses to read",
        file=source, line=line, hint="remove the <!DOCTYPE …> declaration; our formats need none",
    )


def parse_xml(data: bytes, source: str | Path, *, base_url: str | None = None) -> etree._ElementTree:
    """Parse XML bytes safely; ``source`` names the file in errors."""
    head = data[:65536]
    m = _DOCTYPE.search(head)
    if m and _DANGER.search(head, m.start()):
        raise _refuse(source, head[: m.start()].count(b"\n") + 1)
    try:
        tree = etree.ElementTree(etree.fromstring(data, _parser(), base_url=base_url) if base_url
                                  else etree.fromstring(data, _parser()))
    except etree.XMLSyntaxError as exc:
        lineno: int | None = exc.lineno or None
        msg = str(exc.msg if hasattr(exc, "msg") else exc)
        raise InputError(f"malformed XML: {msg}", file=source, line=lineno,
                         hint="the file may be truncated or not XML; fetch it again") from None
    # The byte scan above misses a DOCTYPE after the first 64 KiB or in UTF-16: ask the parsed DTD too.
    info: Any = tree.docinfo  # lxml-stubs lack DocInfo.system_url and DTD.iterentities
    dtd = info.internalDTD
    if info.system_url or info.public_id or (dtd is not None and any(True for _ in dtd.iterentities())):
        m = _DOCTYPE.search(data)
        raise _refuse(source, data[: m.start()].count(b"\n") + 1 if m else None)
    return tree


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
    import yaml  # here, not at the top: a command that reads only XML does not pay for importing PyYAML

    loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        node = yaml.compose(data, Loader=loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        raise InputError(f"malformed YAML: {exc.problem or exc}", file=source,
                         line=(mark.line + 1) if mark else None,
                         hint="the file may be truncated; fetch it again") from None
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read YAML: {exc}", file=source) from None
    if node is None:
        raise InputError("the YAML file is empty", file=source, hint="give a regelrecht YAML file")
    _check_yaml_depth(node, source)
    return node


MAX_YAML_DEPTH = 200
"""Deepest YAML nesting we accept; real regelrecht files nest fewer than ten levels.

Newer libyaml builds stop at 1000 levels on their own, older ones do not; checking here
gives the same clear error everywhere and keeps later recursive walks safe."""


def _check_yaml_depth(root: yaml.Node, source: str | Path) -> None:
    import yaml

    stack: list[tuple[yaml.Node, int]] = [(root, 1)]
    seen: set[int] = set()  # aliases share nodes; visit each once (alias bombs stay linear)
    while stack:
        node, depth = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if depth > MAX_YAML_DEPTH:
            raise InputError(f"malformed YAML: nesting deeper than {MAX_YAML_DEPTH} levels",
                             file=source, line=node.start_mark.line + 1,
                             hint="this is not a regelrecht law file; check the file")
        if isinstance(node, yaml.SequenceNode):
            stack.extend((child, depth + 1) for child in node.value)
        elif isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                stack.append((key, depth + 1))
                stack.append((value, depth + 1))
