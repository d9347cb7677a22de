"""A comment's prose from a YAML block (:func:`wetgeving.consultatie.invoer.doorlopend`): wrapped lines are one
paragraph, blank lines part paragraphs, list items keep their own line."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from wetgeving.consultatie.invoer import Reactie, doorlopend, load

woord = st.text(st.characters(categories=("Ll", "Lu")), min_size=1, max_size=8)
regel = st.lists(woord, min_size=1, max_size=6).map(" ".join)
alinea = st.lists(regel, min_size=1, max_size=5)


@given(st.lists(alinea, min_size=1, max_size=4))
def test_wrapped_lines_become_paragraphs(alineas: list[list[str]]) -> None:
    tekst = "\n\n".join("\n".join(a) for a in alineas)
    assert doorlopend(tekst) == "\n\n".join(" ".join(a) for a in alineas)


@given(st.lists(alinea, min_size=1, max_size=4))
def test_it_is_idempotent(alineas: list[list[str]]) -> None:
    tekst = doorlopend("\n\n".join("\n".join(a) for a in alineas))
    assert doorlopend(tekst) == tekst


def test_list_items_keep_their_lines() -> None:
    assert doorlopend("Wij vragen:\n- een termijn\n  van vier weken;\n- een model.\na. eerst\n1° dan") == \
        "Wij vragen:\n- een termijn van vier weken;\n- een model.\na. eerst\n1° dan"


KOP = "titel: T\nwetsvoorstel: tranche-2\nbasis: gemeentewet@2026-10-01\norganisatie: X\ndatum: 2026-10-15\n"


def _geladen(tmp_path: Path, naam: str, tekst: str) -> Reactie:
    """An invented reaction file, read."""
    f = tmp_path / naam
    f.write_text(tekst, encoding="utf-8")
    return load(f)


def test_a_yaml_literal_block_is_read_as_prose(tmp_path: Path) -> None:
    """An invented reaction: «opmerking: |» wrapped at the writer's margin; the proposed text keeps its lines."""
    kop = "".join(f"  {x}\n" for x in KOP.splitlines())
    r = _geladen(tmp_path, "r.yaml", f"consultatie:\n{kop}inleiding: |\n  Een inleiding die\n  doorloopt.\n"
                 "opmerkingen:\n  - bepaling: artikel 36c, eerste lid\n    opmerking: |\n      Dit roept een groot\n"
                 "      aantal vragen op.\n\n      Tweede alinea.\n    alternatief: |\n      1. Eerste regel.\n"
                 "      2. Tweede regel.\n")
    assert r.inleiding == "Een inleiding die doorloopt."
    assert r.opmerkingen[0].opmerking == "Dit roept een groot aantal vragen op.\n\nTweede alinea."
    assert r.opmerkingen[0].alternatief == "1. Eerste regel.\n2. Tweede regel."


def test_a_wrapped_line_that_only_looks_like_a_list_item_is_joined() -> None:
    """helper-156: «– zoals gebruikelijk –» (a gedachtestreepje) and «art. 28» at the start of a wrapped line."""
    assert doorlopend("besproken\n– zoals gebruikelijk – in een vergadering; zie\nart. 28 van de wet.") == \
        "besproken – zoals gebruikelijk – in een vergadering; zie art. 28 van de wet."


def test_a_markdown_reaction_keeps_its_list(tmp_path: Path) -> None:
    """An invented Markdown reaction: a comment with a list after «:» (helper-156: it was flattened into one line)."""
    r = _geladen(tmp_path, "r.md", f"---\n{KOP}---\n\n## artikel 36c, eerste lid\n\nTwee redenen:\n"
                 "- de formatie duurt lang;\n- de aanvraag kost tijd.\n")
    assert r.opmerkingen[0].opmerking == "Twee redenen:\n- de formatie duurt lang;\n- de aanvraag kost tijd."
