"""Access to our XSD schemas (``schemas/`` in the repository, ``wetgeving/schemas`` in the wheel)."""

from __future__ import annotations

import re
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
        f"voldoet niet aan {name}: {nederlands(err.message)}"
        + (f" (en nog {problems - 1} {'probleem' if problems == 2 else 'problemen'})" if problems > 1 else ""),
        file=source, line=err.line or None,
    )


_NS = re.compile(r"\{(?:urn:|https?:)[^}]*\}")  # a namespace, not a set of values
_MELDINGEN = (  # libxml2's schema messages (English) → what the user reads (helper-75)
    (re.compile(r"^Element '([^']+)': The attribute '([^']+)' is required but missing\.$"),
     "element «{0}»: het verplichte attribuut «{1}» ontbreekt"),
    (re.compile(r"^Element '([^']+)', attribute '([^']+)': The attribute '[^']+' is not allowed\.$"),
     "element «{0}»: het attribuut «{1}» is hier niet toegestaan"),
    (re.compile(r"^Element '([^']+)': This element is not expected\. Expected is(?: one of)? \( (.+) \)\.$"),
     "element «{0}» hoort hier niet; verwacht: {1}"),
    (re.compile(r"^Element '([^']+)': This element is not expected\.$"), "element «{0}» hoort hier niet"),
    (re.compile(r"^Element '([^']+)': Missing child element\(s\)\. Expected is(?: one of)? \( (.+) \)\.$"),
     "element «{0}» mist een onderdeel; verwacht: {1}"),
    (re.compile(r"^Element '([^']+)'(?:, attribute '([^']+)')?: \[facet 'pattern'\] The value '(.*)' is not accepted by "
                r"the pattern '(.*)'\.$"), "element «{0}»{1}: de waarde «{2}» past niet bij het patroon «{3}»"),
    (re.compile(r"^Element '([^']+)'(?:, attribute '([^']+)')?: \[facet 'enumeration'\] The value '(.*)' is not an "
                r"element of the set \{(.*)\}\.$"), "element «{0}»{1}: de waarde «{2}» is geen van {3}"),
    (re.compile(r"^Element '([^']+)'(?:, attribute '([^']+)')?: '(.*)' is not a valid value of the (?:atomic|list) "
                r"type '([^']+)'\.$"), "element «{0}»{1}: «{2}» is geen geldige waarde van het type {3}"),
    # helper-205: two artikelen with one number were said in English
    (re.compile(r"^Element '([^']+)': Duplicate key-sequence \['?(.*?)'?\] in (?:unique|key) identity-constraint '([^']+)'\.$"),
     "element «{0}»: de waarde «{1}» komt meer dan eens voor, en moet uniek zijn (regel «{2}» van het schema)"),
    (re.compile(r"^Element '([^']+)': No match found for key-sequence \['?(.*?)'?\] of keyref '([^']+)'\.$"),
     "element «{0}»: de waarde «{1}» verwijst naar iets dat in het bestand niet bestaat (regel «{2}» van het schema)"),
)


def nederlands(message: str) -> str:
    """libxml2's schema message in Dutch, namespaces left out; one we do not know, marked as English."""
    kaal = _NS.sub("", message.strip())
    for pattern, dutch in _MELDINGEN:
        if m := pattern.match(kaal):
            groups = list(m.groups())
            if "{1}" in dutch and dutch.count("{") == 4 and len(groups) == 4:  # optional attribute: «, attribuut «x»»
                groups[1] = f", attribuut «{groups[1]}»" if groups[1] else ""
            return dutch.format(*groups)
    return f"de schemacontrole meldt (in het Engels): {kaal}"
