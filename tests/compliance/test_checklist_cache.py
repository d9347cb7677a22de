"""The part of a checklist that is the same for every gemeente is computed once per date
(:mod:`wetgeving.compliance.peildatum`). A wrong cache would show one gemeente's assessments to another, one
date's obligations on another date, or a changed source's text: each checklist here is compared with one
computed per obligation (:func:`checklist.regel`) after every cache is emptied."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from wetgeving.app import naleving as app
from wetgeving.bronnen import integriteit
from wetgeving.bronnen.catalogus import Catalogus
from wetgeving.compliance import checklist as cl
from wetgeving.compliance import gemeenten as gm
from wetgeving.compliance import grondslagtekst, peildatum
from wetgeving.compliance.beoordelen import beoordeel
from wetgeving.compliance.register import Beoordeling, Beoordelingsregister
from wetgeving.compliance.verplichtingen import by_id, verplichtingen
from wetgeving.csvio import read
from wetgeving.render.checklist_map import write_all

GW = "gemeentewet/regelrecht/2023-04-01.yaml"


def uncached(cat: Catalogus, when: date, recorded: dict[str, Beoordeling], *,
             with_text: bool = True) -> tuple[cl.Regel, ...]:
    """The rows as computed per obligation, with no cache filled before."""
    for f in (peildatum._rows, peildatum._standen, grondslagtekst._provision):
        f.cache_clear()
    rows = [r for v in verplichtingen() if (r := cl.regel(cat, v, when, recorded.get(v.id), with_text=with_text))]
    return tuple(sorted(rows, key=cl.volgorde))


def by_id_of(c: cl.Checklist) -> dict[str, cl.Regel]:
    return {r.verplichting.id: r for r in c.regels}


def csv_row(path: Path, verplichting: str) -> dict[str, str]:
    header, rows = read(path.read_text(encoding="utf-8"), path, delimiter=";")
    return next(dict(zip(header, cells, strict=True)) for _, cells in rows if cells[header.index("kenmerk")] == verplichting)


def test_a_batch_gives_each_gemeente_its_own_assessments(cat: Catalogus, tmp_path: Path) -> None:
    when = date(2023, 4, 15)
    a, b, c = gm.load()[:3]
    reg = Beoordelingsregister(tmp_path / "register.sqlite")
    beoordeel(cat, reg, a.code, by_id("vog-wethouder"), "voldoet", wie="Griffie A", bewijs="dossier A", op=when)
    beoordeel(cat, reg, b.code, by_id("vog-wethouder"), "niet van toepassing", wie="Griffie B", reden="geen wethouders",
              op=when)
    made: dict[str, cl.Checklist] = {}

    def make(g: gm.Gemeente) -> cl.Checklist:
        made[g.code] = app.checklist(cat, reg, app.ChecklistVraag(g, when))
        return made[g.code]

    hits = peildatum._rows.cache_info().hits
    reeks = app.Checklistreeks([a, b, c], when, make)
    assert write_all(reeks, tmp_path / "uit", "csv", progress=False) == 3
    assert peildatum._rows.cache_info().hits >= hits + 2  # the batch did use the cache
    vog = {g.code: csv_row(tmp_path / "uit" / f"{g.code}-{when}.csv", "vog-wethouder") for g in (a, b, c)}
    assert (vog[a.code]["beoordeling"], vog[a.code]["bewijs"], vog[a.code]["beoordelaar"]) == ("voldoet", "dossier A",
                                                                                                 "Griffie A")
    assert vog[b.code]["status"] == "volgens de beoordeling van de gemeente niet van toepassing (geen wethouders)"
    assert vog[b.code]["beoordelaar"] == "Griffie B"
    assert (vog[c.code]["beoordeling"], vog[c.code]["bewijs"], vog[c.code]["status"]) == ("nog niet beoordeeld", "", "geldend")
    assert [r.verplichting.id for r in made[a.code].regels] != [r.verplichting.id for r in made[b.code].regels]
    for g in (a, b, c):  # everything else alike, and as computed without a cache
        assert made[g.code].regels == uncached(cat, when, reg.as_of(g.code, when))
    reg.close()


def test_two_dates_and_both_forms_in_one_process(cat: Catalogus) -> None:
    g = gm.find(gm.load(), "GM0363")
    days = [date(2022, 12, 31), date(2023, 4, 15), date(2022, 12, 31), date(2026, 3, 1), date(2023, 4, 15), date(2016, 1, 1)]
    made = [cl.make(cat, g, d, verplichtingen()) for d in days]
    hashed = cl.make(cat, g, date(2023, 4, 15), verplichtingen(), with_text=False)
    assert by_id_of(made[0])["vog-wethouder"].status == "nog-niet-geldend"
    assert by_id_of(made[1])["vog-wethouder"].status == "geldend"
    assert "risicoanalyse-wethouder" in by_id_of(made[3]) and "risicoanalyse-wethouder" not in by_id_of(made[1])
    text, sha = by_id_of(made[1])["vog-wethouder"].basis[0], by_id_of(hashed)["vog-wethouder"].basis[0]
    assert "verklaring omtrent het gedrag" in text.tekst and sha.tekst == "sha256:" + text.sha
    for d, c in zip(days, made, strict=True):
        assert c.datum == d and c.regels == uncached(cat, d, {})
    assert hashed.regels == uncached(cat, date(2023, 4, 15), {}, with_text=False)


def test_a_source_changed_between_two_checklists_is_not_served_from_the_cache(sources: Path, tmp_path: Path,
                                                                               cat: Catalogus) -> None:
    copy = tmp_path / "bronnen"
    shutil.copytree(sources, copy, symlinks=True,  # links to absolute paths: WETGEVING_SOURCES may be relative
                    copy_function=lambda src, dst: Path(dst).symlink_to(Path(src).resolve()))
    (copy / GW).parent.chmod(0o755)  # copytree copies the folders' modes: the sources may be read-only
    (copy / GW).unlink()
    shutil.copyfile(sources / GW, copy / GW)
    mine, g, when = Catalogus(zoekmappen=(copy,)), gm.find(gm.load(), "GM0363"), date(2023, 4, 15)
    first = cl.make(mine, g, when, verplichtingen())
    assert first.waarschuwing == "" and "gemeentewet@2023-04-01" in " ".join(first.bronversies)
    original = (copy / GW).read_bytes()
    (copy / GW).write_bytes(original.replace(b"verklaring omtrent het gedrag", b"verklaring omtrent het GEDRAG"))
    with pytest.raises(integriteit.SourceModifiedError):
        cl.make(mine, g, when, verplichtingen())
    with integriteit.scope(allow=True):
        changed = cl.make(mine, g, when, verplichtingen())
    assert "gemeentewet-2023-04-01" in changed.waarschuwing
    assert "GEDRAG" in by_id_of(changed)["vog-wethouder"].basis[0].tekst
    assert "GEDRAG" not in by_id_of(cl.make(cat, g, when, verplichtingen()))["vog-wethouder"].basis[0].tekst
    (copy / GW).write_bytes(original)
    again = cl.make(mine, g, when, verplichtingen())
    assert again.waarschuwing == "" and again.regels == first.regels == uncached(mine, when, {})


def test_the_programme_annex_changed_between_two_checklists_is_not_served_from_the_cache(
        sources: Path, tmp_path: Path) -> None:
    """The programme's annex, which a recommendation quotes (2026-12-07), changed while one process runs (the web
    application): the second checklist was answered from the cache with the old words and no error (helper-147)."""
    annex = "programma/bijlage-brief-weerbaar-bestuur.md"
    copy = tmp_path / "bronnen"
    shutil.copytree(sources, copy, symlinks=True,
                    copy_function=lambda src, dst: Path(dst).symlink_to(Path(src).resolve()))
    (copy / annex).parent.chmod(0o755)
    (copy / annex).unlink()
    shutil.copyfile(sources / annex, copy / annex)
    mine, g, when = Catalogus(zoekmappen=(copy,)), gm.find(gm.load(), "GM0599"), date(2026, 12, 7)
    first = cl.make(mine, g, when, verplichtingen())
    assert "Ik adviseer" in by_id_of(first)["aanbeveling-norm-en-agressieprotocol"].basis[0].tekst
    original = (copy / annex).read_bytes()
    (copy / annex).write_bytes(original.replace(b"Ik adviseer", b"Ik verbied"))
    with pytest.raises(integriteit.SourceModifiedError):
        cl.make(mine, g, when, verplichtingen())
    (copy / annex).write_bytes(original)
    assert cl.make(mine, g, when, verplichtingen()).regels == first.regels
