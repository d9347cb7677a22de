"""Access to our XSD schemas (``schemas/`` in the repository, ``wetgeving/schemas`` in the wheel)."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from lxml import etree

from wetgeving.bronnen.secure import parse_xml
from wetgeving.errors import SchemaError

_HERE = Path(__file__).resolve().parent.parent  # the wetgeving package


def schema_path(name: str) -> Path:
    """The path of ``schemas/<name>``, installed or in a source checkout."""
    for base in (_HERE / "schemas", _HERE.parents[1] / "schemas"):
        if (base / name).is_file():
            return base / name
    raise FileNotFoundError(f"schema {name} not found next to the package or in the checkout")


@cache
def schema(name: str) -> etree.XMLSchema:
    """The compiled XSD ``name`` (cached)."""
    path = schema_path(name)
    return etree.XMLSchema(parse_xml(path.read_bytes(), path, base_url=path.as_uri()))


def validate(tree: etree._ElementTree | etree._Element, name: str, source: str) -> None:
    """Raise :class:`SchemaError` naming the first problem's line when ``tree`` does not conform."""
    xsd = schema(name)
    if xsd.validate(tree):
        return
    log: Any = xsd.error_log
    err = log.last_error
    problems = len(log)
    raise SchemaError(
        f"does not conform to {name}: {err.message}" + (f" (and {problems - 1} more problems)" if problems > 1 else ""),
        file=source, line=err.line or None,
    )
