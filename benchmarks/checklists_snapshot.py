"""Every form of the municipalities' checklists written into one folder, to compare two versions of the code
byte for byte (a speed change must not change a byte): run it on each commit and ``diff -r`` the folders.
DOCX files are unpacked into their XML parts (the zip container's own bytes are not compared).

Covers: the example gemeenten and a batch of synthetic ones, dates before, on and after the changes of
2023-01-01 and 2023-04-01 and in 2026, with and without law text, an assessment register with fitting,
outdated, wrong-word, not-applicable and later-dated assessments (and cells a spreadsheet would run),
``--since`` changes, and batches (``--all``) in two dates in one process.
Run: python benchmarks/checklists_snapshot.py OUT [--sources DIR]."""

from __future__ import annotations

import argparse
import io
import os
import shutil
import tempfile
import zipfile
from datetime import date
from pathlib import Path
from typing import Any

DATES = ("2011-06-01", "2022-06-01", "2023-01-01", "2023-03-31", "2023-04-15", "2026-03-01")
SINCE = (("2022-06-01", "2023-04-15"), ("2023-01-01", "2026-03-01"), ("2023-03-31", "2023-04-01"))
FORMATS = ("markdown", "html", "csv", "json", "docx")


def _assessments(reg: Any, cat: Any, codes: list[str]) -> None:
    """As ``wetgeving register record`` stores them (the wording and text hash of ``op``), at a fixed time."""
    from wetgeving.app import naleving as app
    from wetgeving.compliance.beoordelen import check
    from wetgeving.compliance.grondslagtekst import basis, tekst_hash

    def rec(code: str, v: str, status: str, op: str, **kw: str) -> None:
        word, s = check(app.known_obligation(cat, v), status, date.fromisoformat(op))
        grond = tuple(basis(cat, g, s.periode, date.fromisoformat(op)) for g in s.periode.grondslagen)
        reg.record(code, v, word, wie=kw.pop("wie", "snapshot"), op=op, periode=s.periode.sleutel,
                   tekst=tekst_hash(grond), wanneer=f"{op}T09:00:00+00:00", **kw)

    a, b, c = codes[0], codes[1], codes[2]
    rec(a, "vog-wethouder", "voldoet", "2023-02-01", bewijs="=HYPERLINK(\"x\")", notitie="<b>vet</b> & 'quote'")
    rec(a, "geheimhouding-oplegging", "voldoet", "2023-02-01")  # the wording changes on 2023-04-01
    rec(a, "belangenverstrengeling-raad", "voldoet niet", "2022-06-01", reden="", notitie="+1 regel\nnog een")
    rec(a, "risicoanalyse-wethouder", "voorbereiding gestart", "2026-02-10")
    rec(a, "geheimhouding-informatie-aan-raad", "voorbereiding gestart", "2023-02-01")  # a word that stops fitting
    rec(b, "vog-wethouder", "niet van toepassing", "2023-02-01", reden="geen wethouders benoemd")
    rec(b, "gedragscode-raad", "voldoet", "2023-05-01", wie="@griffier")  # later than some dates
    rec(c, "aanbeveling-basisscan-integriteit", "opgevolgd", "2023-05-01")
    reg.record(c, "gedragscode-raad", "voldoet", wie="oud", op="2020-01-01",
               wanneer="2020-01-01T09:00:00+00:00")  # a version-1 row: no period, no text hash


def _write(out: Path, name: str, data: str | bytes) -> None:
    if isinstance(data, str):
        (out / name).write_text(data, encoding="utf-8", newline="")
        return
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for member in sorted(z.namelist()):
            target = out / f"{name}.parts" / member
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(z.read(member))


def _modified(out: Path, sources: Path, reg: Any, g: Any) -> None:
    """A checklist from a modified copy of one source (``--allow-modified``): it carries the warning, which
    names the copy's path (so the copy is always made at the same place)."""
    from wetgeving.app import naleving as app
    from wetgeving.bronnen import integriteit
    from wetgeving.bronnen.catalogus import Catalogus
    from wetgeving.render.checklist import render

    copy = Path(tempfile.gettempdir()) / "wetgeving-snapshot-bronnen"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(sources, copy, symlinks=True, copy_function=os.symlink)
    changed = copy / "gemeentewet" / "regelrecht" / "2023-04-01.yaml"
    data = changed.read_bytes()
    changed.unlink()
    changed.write_bytes(data + b"\n")
    with integriteit.scope(allow=True):
        c = app.checklist(Catalogus(zoekmappen=(copy,)), reg, app.ChecklistVraag(g, date(2023, 4, 15)))
        for fmt in FORMATS:
            _write(out, f"gewijzigde-bron-2023-04-15.{fmt}", render(c, fmt))
    shutil.rmtree(copy)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("out", type=Path)
    ap.add_argument("--sources", type=Path, default=Path(os.environ.get("WETGEVING_SOURCES", "../shared/sources")))
    args = ap.parse_args()
    from wetgeving.app import naleving as app
    from wetgeving.bronnen.catalogus import Catalogus
    from wetgeving.compliance.gemeenten import synthetic
    from wetgeving.compliance.register import Beoordelingsregister
    from wetgeving.render.checklist import changes_text, render
    from wetgeving.render.checklist_map import write_all

    cat = Catalogus(zoekmappen=(args.sources,))
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=False)
    examples, batch = app.gemeenten(None), synthetic(40)
    with tempfile.TemporaryDirectory() as tmp:
        reg = Beoordelingsregister(Path(tmp) / "register.sqlite")
        _assessments(reg, cat, [examples[0].code, examples[1].code, batch[5].code])
        _assessments(reg, cat, [batch[1].code, batch[2].code, batch[3].code])
        for g in examples[:4]:
            for d in DATES:
                for text in (True, False):
                    c = app.checklist(cat, reg, app.ChecklistVraag(g, date.fromisoformat(d), met_tekst=text))
                    for fmt in FORMATS:
                        _write(out, f"{g.code}-{d}-{'tekst' if text else 'hash'}.{fmt}", render(c, fmt))
            for d1, d2 in SINCE:
                diffs = app.changes_since(cat, reg, g, date.fromisoformat(d1), date.fromisoformat(d2))
                _write(out, f"{g.code}-sinds-{d1}-{d2}.txt", changes_text(g.naam, d1, d2, diffs))
        for d in ("2023-04-15", "2022-06-01", "2026-03-01"):
            when = date.fromisoformat(d)
            for fmt in ("html", "csv", "json", "markdown"):
                write_all(lambda g, when=when: app.checklist(cat, reg, app.ChecklistVraag(g, when)),  # type: ignore[misc]
                          batch, when, out / f"alle-{d}-{fmt}", fmt, progress=False)
        _modified(out, args.sources, reg, examples[0])
        again = app.checklist(cat, reg, app.ChecklistVraag(examples[0], date(2023, 4, 15)))  # the real sources again
        _write(out, "na-gewijzigde-bron-2023-04-15.html", render(again, "html"))
        reg.close()
    print(f"written to {out}: {sum(1 for _ in out.rglob('*') if _.is_file())} files")


if __name__ == "__main__":
    main()
