"""Validate every XML file of a folder against the schema its root element names."""

from __future__ import annotations

from pathlib import Path

from wetgeving.bronnen.schemas import validate
from wetgeving.bronnen.secure import parse_xml, read_bytes
from wetgeving.errors import InputError

SCHEMAS = {
    "urn:wetgeving:regeling:1": ("regeling.xsd", "regeling"),
    "urn:wetgeving:wijziging:1": ("wijziging.xsd", "wijzigingsregeling"),
    "urn:wetgeving:tranche:1": ("tranche.xsd", "tranche"),
    "urn:wetgeving:programma:1": ("programma.xsd", "programma"),
    "urn:wetgeving:verplichtingen:2": ("verplichtingen.xsd", "verplichtingen"),
}


def soort_van(path: Path) -> str | None:
    """The kind of one of our XML files other than a regeling («wijzigingsregeling», «tranche» …), checked against its
    schema; None for a regeling or a file that is none of ours (it is imported as a regeling)."""
    if path.suffix.lower() != ".xml":
        return None
    tree = parse_xml(read_bytes(path), path)
    ns = tree.getroot().nsmap.get(tree.getroot().prefix)
    if ns not in SCHEMAS or SCHEMAS[ns][1] == "regeling":
        return None
    schema, kind = SCHEMAS[ns]
    validate(tree, schema, str(path))
    return kind


def validate_xml_files(folder: Path) -> list[tuple[Path, str]]:
    """(path, kind) for every XML file below ``folder``; raises on the first invalid one."""
    out = []
    for path in sorted(folder.rglob("*.xml")):
        tree = parse_xml(read_bytes(path), path)
        ns = tree.getroot().nsmap.get(tree.getroot().prefix)
        if ns not in SCHEMAS:
            raise InputError(f"onbekende soort XML (namespace {ns!r})", file=path,
                             hint="corpusbestanden gebruiken een van onze namespaces: " + ", ".join(SCHEMAS))
        schema, kind = SCHEMAS[ns]
        validate(tree, schema, str(path))
        out.append((path, kind))
    return out
