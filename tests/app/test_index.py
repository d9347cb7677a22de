"""The index tasks of the application layer (no click): where the index lives, what a build is told is partial,
and the questions, on invented laws."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest

from tests.index.fixtures import PROEF, REGISTER, write_corpus
from wetgeving.app import index
from wetgeving.bronnen.catalogus import Bron, Catalogus
from wetgeving.errors import UsageError
from wetgeving.render import index as weergave


def test_the_index_lives_in_the_data_dir_beside_the_register(tmp_path: Path) -> None:
    assert index.default_db({"WETGEVING_DATA": str(tmp_path)}) == tmp_path / "index.sqlite"


def test_partial_sources_are_the_present_files_marked_partial(tmp_path: Path) -> None:
    (tmp_path / "deel.xml").write_bytes(b"<x/>")
    digest = hashlib.sha256(b"<x/>").hexdigest()
    bronnen = [Bron("deel", "bwb-xml", "deel.xml", digest, partial=True),
               Bron("weg", "bwb-xml", "weg.xml", digest, partial=True),  # not present: left out, no error
               Bron("heel", "bwb-xml", "deel.xml", digest)]
    cat = Catalogus(bronnen=bronnen, zoekmappen=(tmp_path,), cache=tmp_path / "cache")
    assert index.partial_sources(cat) == [tmp_path / "deel.xml"]


def test_build_and_ask(tmp_path: Path) -> None:
    cat = Catalogus(bronnen=(), zoekmappen=())
    folder, db = write_corpus(tmp_path / "bron"), tmp_path / "nieuw" / "index.sqlite"
    with pytest.raises(UsageError, match="sluiten elkaar uit"):
        index.build(cat, folder, db, jobs=2, scheduler="tcp://localhost:8786", titels=REGISTER)
    assert index.build(cat, folder, db, jobs=1, titels=REGISTER).gelezen == 4  # the folder of the db is made
    day = date(2022, 1, 1)
    doel, found = index.cited_by(cat, db, "artikel 3 Proefwet", day, titels=REGISTER)
    assert (doel.bwb_id, doel.bestaat, len(found)) == (PROEF, False, 2)
    regels = weergave.cited_by_text(doel, found, day).splitlines()
    assert regels[-2] == "2 verwijzingen" and regels[-1].startswith("doorzocht: de Andere proefwet")
    dangling = index.dangling(cat, db, day)
    assert "2 verwijzingen naar eenheden die op 2022-01-01 niet bestaan\ndoorzocht: de " in weergave.dangling_text(dangling, day)
    leeg = index.Zwevend([], [("Proefwet", "2021-01-01", False)], [])
    assert weergave.dangling_text(leeg, day) == ("geen verwijzingen naar ontbrekende eenheden op 2022-01-01\n"
                                                 "doorzocht: de Proefwet (versie geldig vanaf 2021-01-01)\n")
    with pytest.raises(UsageError, match="niet te controleren: de index heeft van geen enkele wet een versie die op "
                                         "1900-01-01 gold"):  # not «nothing dangling» with exit 0 (helper-77)
        index.dangling(cat, db, date(1900, 1, 1))
