"""The register of gemeenten: the example register, CBS CSV and XLSX imports, clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from wetgeving.compliance import gemeenten as gm
from wetgeving.errors import InputError, UsageError

HEADER = "Gemeentecode;GemeentecodeGM;Gemeentenaam;Provinciecode;ProvinciecodePV;Provincienaam\n"


def test_example_register_has_the_big_five() -> None:
    reg = gm.load()
    names = {g.code: (g.naam, g.provincie) for g in reg}
    assert names["GM0363"] == ("Amsterdam", "Noord-Holland")
    assert names["GM0599"] == ("Rotterdam", "Zuid-Holland")
    assert names["GM0518"] == ("'s-Gravenhage", "Zuid-Holland")
    assert names["GM0344"] == ("Utrecht", "Utrecht")
    assert names["GM0014"] == ("Groningen", "Groningen")
    assert gm.find(reg, "rotterdam").code == "GM0599"


def test_cbs_csv_semicolon(tmp_path: Path) -> None:
    p = tmp_path / "gemeenten.csv"
    p.write_text(HEADER + "9991;GM9991;Proefdorp;27;PV27;Noord-Holland\n9992;;Testerveen;20;PV20;Groningen\n",
                 encoding="utf-8")
    reg = gm.load(p)
    assert [(g.code, g.naam) for g in reg] == [("GM9991", "Proefdorp"), ("GM9992", "Testerveen")]


def test_cbs_xlsx(tmp_path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(HEADER.strip().split(";"))
    ws.append([9991, "GM9991", "Proefdorp", 27, "PV27", "Noord-Holland"])
    p = tmp_path / "gemeenten.xlsx"
    wb.save(p)
    assert [g.code for g in gm.load(p)] == ["GM9991"]


@pytest.mark.parametrize(("content", "needle"), [
    ("a,b\n1,2\n", "geen CBS-tabel"),
    (HEADER + "x;GMX;Proefdorp;27;PV27;Noord-Holland\n", "geen CBS-gemeentecode"),
    (HEADER + "9991;GM9991;;27;PV27;Noord-Holland\n", "geen Gemeentenaam"),
    (HEADER + "9991;GM9991;A;27;PV27;N\n9991;GM9991;B;27;PV27;N\n", "komt twee keer voor"),
])
def test_bad_registers(tmp_path: Path, content: str, needle: str) -> None:
    p = tmp_path / "g.csv"
    p.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=needle):
        gm.load(p)
    bad = tmp_path / "g.xlsx"
    bad.write_bytes(b"not a workbook")
    with pytest.raises(InputError, match="werkboek is onleesbaar"):
        gm.load(bad)


def test_find_suggests() -> None:
    with pytest.raises(UsageError) as exc:
        gm.find(gm.load(), "Amster")
    assert "Amsterdam" in str(exc.value)


def test_synthetic_is_marked() -> None:
    reg = gm.synthetic(342)
    assert len({g.code for g in reg}) == 342 and all(g.synthetisch for g in reg)


# --- issue 17, findings 3, 7 and 8: quotes, shifted columns, hostile workbooks, CSV/XLSX hints -----------------


def test_doubled_quotes_are_read_per_rfc_4180(tmp_path: Path) -> None:
    p = tmp_path / "g.csv"
    p.write_text('Gemeentecode,GemeentecodeGM,Gemeentenaam,Provinciecode,ProvinciecodePV,Provincienaam\r\n'
                 '9991,GM9991,"Proef""dorp, aan zee",27,PV27,"Noord-Holland"\r\n', encoding="utf-8")
    (g,) = gm.load(p)
    assert (g.code, g.naam, g.provincie) == ("GM9991", 'Proef"dorp, aan zee', "Noord-Holland")


@pytest.mark.parametrize("row", [
    '9991;GM9991;Proef"dorp";27;PV27;Noord-Holland;extra',   # one cell too many
    "9991;GM9991;Proefdorp;27;PV27",                       # one too few
    '9991;GM9991;"Proef;dorp;27;PV27;Noord-Holland',       # an unclosed quote swallows the rest
])
def test_a_shifted_column_is_refused_with_file_and_line(tmp_path: Path, row: str) -> None:
    p = tmp_path / "g.csv"
    p.write_text(HEADER + "9990;GM9990;Goed;27;PV27;Noord-Holland\n" + row + "\n", encoding="utf-8")
    with pytest.raises(InputError) as exc:
        gm.load(p)
    assert exc.value.file == str(p) and exc.value.line == 3
    assert "CSV" in str(exc.value) or "kolom" in str(exc.value)
    assert "XML" not in exc.value.hint and "YAML" not in exc.value.hint


@pytest.mark.parametrize("name", ["sheet-billion-laughs", "sheet-xxe", "workbook-billion-laughs", "zip-bomb",
                                  "truncated", "binary", "empty"])
def test_hostile_workbooks_are_refused_clearly(tmp_path: Path, name: str) -> None:
    from tests.hostile.maken import hostile_workbooks

    p = tmp_path / f"{name}.xlsx"
    p.write_bytes(hostile_workbooks()[name])
    with pytest.raises(InputError) as exc:
        gm.load(p)
    assert exc.value.file == str(p) and ".xlsx" in exc.value.hint and "YAML" not in exc.value.hint


def test_a_workbook_with_too_many_rows_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.hostile.maken import workbook

    monkeypatch.setattr(gm, "XLSX_MAX_ROWS", 5)
    p = tmp_path / "veel.xlsx"
    p.write_bytes(workbook([[9000 + i, f"GM{9000 + i}", f"G{i}", 27, "PV27", "N"] for i in range(10)]))
    with pytest.raises(InputError, match="meer dan 5 regels"):
        gm.load(p)


@pytest.mark.parametrize(("row", "phrase"), [
    ('9991;GM9991;"Proef"dorp;27;PV27;Noord-Holland', "sluitend aanhalingsteken"),  # a quote inside a quoted cell
    ('9991;GM9991;"Proefdorp;27;PV27;Noord-Holland', "niet gesloten"),              # never closed, at the end
])
def test_unreadable_csv_is_explained_in_dutch_with_the_gemeenten_hint(tmp_path: Path, row: str, phrase: str) -> None:
    """The csv module's English messages are not shown; the hint is the gemeenten table's, not the register's."""
    p = tmp_path / "g.csv"
    p.write_text(HEADER + row + "\n", encoding="utf-8")
    with pytest.raises(InputError) as exc:
        gm.load(p)
    assert exc.value.file == str(p) and phrase in exc.value.message
    assert "expected" not in exc.value.message and "unexpected" not in exc.value.message
    assert exc.value.hint == gm.GemeentenError.hint and "register export" not in exc.value.hint
