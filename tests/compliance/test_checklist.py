"""Checklists for a real gemeente on real dates: the obligations that exist on each date with their status,
rendered in every format. Golden files pin structure (ids, statuses, citations, JCIs, text hashes). The legal
content itself is tested in tests/legal/."""

from __future__ import annotations

import json
import os
import zipfile
from datetime import date
from pathlib import Path

import pytest

from tests.katalogus import omgeving, register_default
from wetgeving.cli import main
from wetgeving.compliance import checklist as cl
from wetgeving.compliance import gemeenten as gm
from wetgeving.compliance.beoordelen import beoordeel
from wetgeving.compliance.controle import check
from wetgeving.compliance.register import Beoordelingsregister
from wetgeving.compliance.verplichtingen import by_id, corpus, verplichtingen
from wetgeving.render.checklist import data, render

GOLDEN = Path(__file__).parent.parent / "golden" / "checklist"
DATES = [date(2022, 12, 31), date(2023, 1, 15), date(2023, 4, 15)]


@pytest.fixture(autouse=True)
def _env(sources: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("WETGEVING_SOURCES", str(sources))
    monkeypatch.setenv("WETGEVING_REGISTER", str(tmp_path / "register.sqlite"))


def amsterdam() -> gm.Gemeente:
    return gm.find(gm.load(), "GM0363")


def statuses(when: date) -> dict[str, str]:
    c = cl.make(omgeving(), amsterdam(), when, verplichtingen(), with_text=False)
    return {r.verplichting.id: r.status for r in c.regels}


def test_obligations_are_consistent() -> None:
    assert check(omgeving(), corpus()) == []
    ids = {v.id for v in verplichtingen()}
    for needed in ["vog-wethouder", "belangenverstrengeling-raad", "nevenfuncties-raadslid", "nevenfuncties-wethouder",
                   "nevenfuncties-burgemeester", "geheimhouding-oplegging", "geheimhouding-besloten-vergadering",
                   "cdk-informatie", "gedragscode-raad", "gedragscode-wethouders", "gedragscode-burgemeester",
                   "risicoanalyse-wethouder"]:
        assert needed in ids
    assert sum(v.soort == "aanbeveling" for v in verplichtingen()) == 12


def test_in_force_on_each_date() -> None:
    before, jan, apr = (statuses(d) for d in DATES)
    assert before["vog-wethouder"] == "nog-niet-geldend" and jan["vog-wethouder"] == "geldend"
    assert jan["geheimhouding-informatie-aan-raad"] == "nog-niet-geldend"
    assert apr["geheimhouding-informatie-aan-raad"] == "geldend"
    assert before["gedragscode-raad"] == "geldend"  # an existing duty
    for s in (before, jan, apr):
        assert "risicoanalyse-wethouder" not in s  # the bill did not exist yet
        assert s["aanbeveling-norm-en-agressieprotocol"] == "aanbeveling"
    assert [k for k, v in apr.items() if v == "nog-niet-geldend"] == []


@pytest.mark.parametrize("when", DATES, ids=str)
def test_golden(when: date) -> None:
    c = cl.make(omgeving(), amsterdam(), when, verplichtingen(), with_text=False)
    got = data(c)
    path = GOLDEN / f"GM0363_{when.isoformat()}.json"
    if os.environ.get("WETGEVING_UPDATE_GOLDEN"):
        path.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert got == json.loads(path.read_text(encoding="utf-8"))


def test_text_and_citations_follow_the_date() -> None:
    jan = {r.verplichting.id: r for r in cl.make(omgeving(), amsterdam(), date(2023, 1, 15), verplichtingen()).regels}
    vog = jan["vog-wethouder"].basis[0]
    assert vog.citaat == "artikel 36a, tweede lid, Gemeentewet"
    assert vog.jci == "jci1.3:c:BWBR0005416&artikel=36a&lid=2&z=2023-01-15&g=2023-01-15"
    assert "verklaring omtrent het gedrag" in vog.tekst and vog.versie == "gemeentewet@2023-01-01"
    cdk = jan["cdk-informatie"].basis[0]
    assert cdk.citaat == "artikel 182, tweede lid, Provinciewet" and cdk.zekerheid == "niet-beschikbaar"


def test_recorded_status_and_not_applicable(tmp_path: Path) -> None:
    op = date(2023, 4, 15)
    with Beoordelingsregister(register_default()) as reg:
        beoordeel(omgeving(), reg, "GM0363", by_id("vog-wethouder"), "voldoet", wie="Griffie", bewijs="dossier", op=op)
        beoordeel(omgeving(), reg, "GM0363", by_id("cdk-informatie"), "niet van toepassing", wie="Griffie", reden="proef", op=op)
        rec = reg.as_of("GM0363", op)
    c = cl.make(omgeving(), amsterdam(), date(2023, 4, 15), verplichtingen(), rec, with_text=False)
    rows = {r.verplichting.id: r for r in c.regels}
    assert rows["vog-wethouder"].beoordeling and rows["vog-wethouder"].beoordeling.status_nl == "voldoet"
    assert rows["cdk-informatie"].status_tekst == "volgens de beoordeling van de gemeente niet van toepassing (proef)"


def test_what_is_new(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["checklist", "Amsterdam", "--since", "2023-01-15", "--date", "2023-04-15"]) == 0
    out = capsys.readouterr().out
    assert "[geheimhouding-oplegging]" in out and "[vog-wethouder]" not in out


@pytest.mark.parametrize("fmt", ["markdown", "html", "docx", "csv", "json"])
def test_formats(fmt: str, tmp_path: Path) -> None:
    out = tmp_path / f"c.{fmt}"
    assert main(["checklist", "GM0344", "--date", "2023-04-15", "--format", fmt, "--output", str(out)]) == 0
    if fmt == "docx":
        with zipfile.ZipFile(out) as z:
            body = z.read("word/document.xml").decode("utf-8")
        assert body.count("<w:tblHeader/>") == 1  # the summary table's first row: repeated, and TH in a PDF
    else:
        body = out.read_text(encoding="utf-8")
    assert "Utrecht" in body and "geldend" in body
    if fmt == "html":
        assert "<script" not in body and "http" not in body.replace("http-equiv", "")


def test_batch_for_all(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["checklist", "--all", "--date", "2023-04-15", "--format", "csv", "--output", str(tmp_path / "out")]) == 0
    files = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert len(files) == len(gm.load()) and "GM0363-2023-04-15.csv" in files
    # not on a terminal: no progress bar, and not its label alone on a line of its own (helper-75)
    # (since 2026-12-07 a register that does not exist yet is said once: nothing is assessed; helper-116)
    err = [r for r in capsys.readouterr().err.splitlines() if not r.startswith("let op: er is nog geen register op ")]
    assert err == [f"{len(files)} checklists geschreven naar {tmp_path / 'out'} (map aangemaakt)"]  # 2026-12-07: said


def test_unknown_gemeente(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["checklist", "Atlantis"]) == 2
    assert "onbekende gemeente" in capsys.readouterr().err


def test_html_on_a_phone(browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page_file = tmp_path / "c.html"
    page_file.write_text(str(render(cl.make(omgeving(), amsterdam(), date(2023, 4, 15), verplichtingen()), "html")),
                         encoding="utf-8")
    page = browser.new_page(viewport={"width": 375, "height": 740}, device_scale_factor=2)
    page.goto(page_file.as_uri())
    assert page.evaluate("document.documentElement.scrollWidth") <= 376  # no sideways scrolling
    assert page.locator("article").count() == len(cl.make(omgeving(), amsterdam(), date(2023, 4, 15), verplichtingen()).regels)
    shot = tmp_path / "phone.png"
    page.screenshot(path=str(shot), full_page=False)
    assert shot.stat().st_size > 10_000
    page.close()


# --- issue 17, finding 8: 'checklist --all' on a full disk leaves no partial batch -------------------------------


@pytest.mark.parametrize("existing", [False, True])
def test_a_full_disk_leaves_no_partial_batch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str], existing: bool) -> None:
    import errno

    from wetgeving.errors import OutputError
    from wetgeving.render import checklist_map as batch

    out = tmp_path / "lijsten"
    if existing:
        out.mkdir()
        (out / "GM0363-2023-04-15.md").write_text("van een eerdere run", encoding="utf-8")
    real = batch.atomic_write
    calls = []

    def full_disk(path: Path, data: object, **kw: object) -> None:
        calls.append(path)
        if len(calls) == 4:
            raise OutputError(f"cannot write {path}: {os.strerror(errno.ENOSPC)}")
        real(path, data, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(batch, "atomic_write", full_disk)
    from wetgeving.app.naleving import open_register

    open_register(tmp_path / "r.sqlite", write=True, create=True).close()  # a named register must be there
    args = ["checklist", "--all", "--date", "2023-04-15", "--output", str(out), "--register", str(tmp_path / "r.sqlite")]
    assert main([*args, *(["--force"] if existing else [])]) == 1
    assert "No space left" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("r.sqlite")) == \
        (["lijsten"] if existing else [])
    if existing:
        assert [p.name for p in out.iterdir()] == ["GM0363-2023-04-15.md"]
        assert (out / "GM0363-2023-04-15.md").read_text(encoding="utf-8") == "van een eerdere run"
    monkeypatch.setattr(batch, "atomic_write", real)
    assert main([*args, "--force"]) == 0
    assert len(list(out.iterdir())) == len(gm.load())
    assert oct(out.stat().st_mode & 0o777) != "0o700"
