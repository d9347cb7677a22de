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
    with pytest.raises(InputError, match="kan het werkboek niet lezen"):
        gm.load(bad)


def test_find_suggests() -> None:
    with pytest.raises(UsageError) as exc:
        gm.find(gm.load(), "Amster")
    assert "Amsterdam" in str(exc.value)


def test_synthetic_is_marked() -> None:
    reg = gm.synthetic(342)
    assert len({g.code for g in reg}) == 342 and all(g.synthetisch for g in reg)
