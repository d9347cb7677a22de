"""Issue 17, finding 8: raw HTML from the data never reaches a Markdown output (checklist, consultation)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.katalogus import omgeving
from wetgeving.compliance import checklist as cl
from wetgeving.compliance.gemeenten import Gemeente
from wetgeving.compliance.register import Beoordelingsregister
from wetgeving.compliance.verplichtingen import verplichtingen
from wetgeving.render.checklist import to_markdown
from wetgeving.render.md import escape

SCRIPT = "<script>alert(1)</script>"


@given(st.text(max_size=60))
def test_no_tag_survives_escaping(text: str) -> None:
    out = escape(text)
    assert "<" not in out and ">" not in out
    assert len(out) == len(text) + 3 * (text.count("<") + text.count(">"))


def test_checklist_markdown_escapes_register_text(tmp_path: Path, sources: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WETGEVING_SOURCES", str(sources))
    with Beoordelingsregister(tmp_path / "r.sqlite") as reg:
        reg.record("GM0363", "gedragscode-raad", "voldoet", wie=SCRIPT, bewijs="<img src=x onerror=alert(1)>",
                   notitie="<!-- x --> <a href='javascript:alert(1)'>klik</a>", op="2023-02-01")
        recorded = reg.as_of("GM0363", date(2023, 4, 15))
    g = Gemeente("GM0363", "<b>Amsterdam</b>", "Noord-Holland")
    md = to_markdown(cl.make(omgeving(), g, date(2023, 4, 15), verplichtingen(), recorded, with_text=False))
    assert "<" not in md.replace("&lt;", "")  # no raw tag at all
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in md and "&lt;b&gt;Amsterdam&lt;/b&gt;" in md


def test_consultation_markdown_escapes_comments(tmp_path: Path, sources: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.consultatie.test_consult import GOOD, _fixture
    from wetgeving.cli import main

    monkeypatch.setenv("WETGEVING_SOURCES", str(sources))
    out = tmp_path / "r.md"
    assert main(["consult", str(_fixture(tmp_path, GOOD)), "-o", str(out)]) == 0
    md = out.read_text(encoding="utf-8")
    assert "<script" not in md and "<b>" not in md and "<w:p/>" not in md
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in md
