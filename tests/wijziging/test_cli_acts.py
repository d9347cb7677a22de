"""The act commands end to end: instructions (text, XML, DOCX), parse-act, apply with dates."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from wetgeving.bronnen import native
from wetgeving.cli import main
from wetgeving.locatie import Adres
from wetgeving.wijziging import xml

from ..conftest import docx_to_pdf, pdf_text
from .testwet import make_testwet


@pytest.fixture
def versions(tmp_path: Path) -> tuple[Path, Path]:
    from wetgeving.model import Alinea, Lid
    from wetgeving.wijziging import bewerken as ed

    old = make_testwet()
    new = ed.renumber(old, Adres.parse("artikel:2"), "lid", {"3": "4", "4": "5"})
    new = ed.insert_units(new, Adres.parse("artikel:2"), [Lid("3", (Alinea("De wethouder stemt niet mee."),))])
    new = ed.remove_unit(new, Adres.parse("artikel:20"))
    a, b = tmp_path / "old.xml", tmp_path / "new.xml"
    a.write_bytes(native.dumps(old))
    b.write_bytes(native.dumps(new))
    return a, b


def test_instructions_text_then_apply(versions: tuple[Path, Path], tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    a, b = versions
    act = tmp_path / "act.txt"
    assert main(["instructions", str(a), str(b), "--output", str(act), "--date", "2025-01-01"]) == 0
    text = act.read_text(encoding="utf-8")
    # 2026-12-07 (helper-148): the order of Aanwijzing 6.18.1 with the artikel named first
    assert ("In artikel 2 wordt, onder vernummering van het derde en vierde lid tot vierde en vijfde lid, een lid "
            "ingevoegd") in text
    assert "Artikel 20 vervalt." in text
    assert "Deze wet treedt in werking met ingang van 1 januari 2025." in text
    assert main(["parse-act", str(act)]) == 0
    assert "vernummeren" in capsys.readouterr().out
    out = tmp_path / "result.xml"
    assert main(["apply", str(a), str(act), "--output", str(out)]) == 0
    assert native.load(out).get(Adres.parse("artikel:2/lid:3")) is not None
    assert main(["apply", str(a), str(act), "--date", "2024-12-31"]) == 0
    assert "niet in werking" in capsys.readouterr().out


def test_instructions_xml_and_docx(versions: tuple[Path, Path], tmp_path: Path, soffice: str) -> None:
    a, b = versions
    x = tmp_path / "act.xml"
    assert main(["instructions", str(a), str(b), "--format", "xml", "--output", str(x)]) == 0
    act = xml.load(x)
    assert [o.nr for _, o in act.onderdelen()] == ["A", "B"]
    d = tmp_path / "act.docx"
    assert main(["instructions", str(a), str(b), "--format", "docx", "--output", str(d)]) == 0
    with zipfile.ZipFile(d) as z:
        assert b"ARTIKEL I" in z.read("word/document.xml")
    text = pdf_text(docx_to_pdf(soffice, d, tmp_path))
    assert "ARTIKEL I" in text and "wordt als volgt gewijzigd" in text
    # an XML act applies like the text act
    out = tmp_path / "r.xml"
    assert main(["apply", str(a), str(x), "--output", str(out)]) == 2  # an act without dates: say which date
    assert not out.exists()
    assert main(["apply", str(a), str(x), "--output", str(out), "--date", "2025-01-01"]) == 0
    assert native.load(out).geldig_vanaf.isoformat() == "2025-01-01"


def test_apply_real_excerpt(sources: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                            capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("WETGEVING_SOURCES", str(sources))
    excerpt = sources / "tranche1/kst-35546-2-voorstel-van-wet.EXCERPT.txt"
    out = tmp_path / "gw.xml"
    assert main(["apply", "gemeentewet@2022-11-05", str(excerpt), "--output", str(out)]) == 1
    assert not out.exists()
    assert main(["apply", "gemeentewet@2022-11-05", str(excerpt), "--output", str(out), "--partial",
                 "--date", "2023-04-01"]) == 1
    assert "onderdeel C: gedeeltelijk toegepast" in capsys.readouterr().out
    assert "verplichting tot geheimhouding" in native.load(out).get(Adres.parse("artikel:23/lid:4")).inhoud[0].tekst  # type: ignore[union-attr]


def test_act_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "act.txt"
    bad.write_text("Dit is geen wijzigingswet.\n", encoding="utf-8")
    assert main(["parse-act", str(bad)]) == 1
    assert "ARTIKEL I" in capsys.readouterr().err
    bad.write_bytes(b"\xff\xfe\x00garbage")
    assert main(["parse-act", str(bad)]) == 1
    assert "Traceback" not in capsys.readouterr().err


def test_parse_act_refuses_a_level_named_twice(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 17: 'artikel 2, tweede lid, tweede lid' is no lid of a lid but an error, with line and position."""
    f = tmp_path / "act.txt"
    f.write_text("ARTIKEL I\n\nDe Testwet wordt als volgt gewijzigd:\n\nA\n\n"
                 "In artikel 2, tweede lid, tweede lid, wordt «raad» vervangen door «college».\n", encoding="utf-8")
    assert main(["parse-act", str(f)]) == 1
    err = capsys.readouterr().err
    assert f"{f}:7: onleesbaar (positie 4)" in err and "het lid wordt twee keer genoemd" in err
