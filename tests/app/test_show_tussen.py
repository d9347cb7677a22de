"""``show`` on a date between two versions held, when the tranches record a change in between
(:func:`wetgeving.app.verouderd.changed_since_version`). An invented law ("proefwet"); none of its text is real law."""

from __future__ import annotations

import hashlib
import warnings
from datetime import date
from pathlib import Path

import pytest

from wetgeving.app import regelingen
from wetgeving.bronnen.catalogus import Bron, Catalogus
from wetgeving.errors import Melding, SourceError

VERSIE = """bwb_id: BWBR9999999
valid_from: '{datum}'
articles:
  - number: '1.1'
    text: De proefraad vergadert.
  - number: '1.2'
    text: De voorzitter {werk} de vergadering.
  - number: '2'
    text: Niemand fluit.
"""

pytestmark = pytest.mark.filterwarnings("ignore::wetgeving.bronnen.catalogus.VersieOnzeker")

TRANCHE = """<?xml version="1.0" encoding="UTF-8"?>
<tranche xmlns="urn:wetgeving:tranche:1" id="proef" soort="overig" status="{status}">
  <titel>Proef</titel>
  <samenvatting>Verzonnen.</samenvatting>
  <wijziging artikel="I" regeling="proefwet" voor="proefwet@2020-01-01">
    <stadium datum="2022-01-01" na="proefwet@2024-01-01"/>
    <onderdeel id="p-1" thema="overig" inwerking="2022-01-01">
      <doel>artikel:1</doel>
      <samenvatting>Sluiten in plaats van openen.</samenvatting>
    </onderdeel>
  </wijziging>
</tranche>
"""


# 2026-12-07 (seventh session): a group of ours (soort «overig») is said to be one, not an act (helper-174)
PROEF = "«Proef» (onze groepering; uit welke wet, staat niet in de bronnen) wijzigde"


def catalogus(tmp_path: Path, status: str = "in-werking") -> Catalogus:
    (tmp_path / "tranches").mkdir()
    (tmp_path / "tranches" / "proef.xml").write_text(TRANCHE.format(status=status), encoding="utf-8")
    bronnen = []
    for datum, werk in (("2020-01-01", "opent"), ("2024-01-01", "sluit")):
        f = tmp_path / f"proefwet-{datum}.yaml"
        f.write_text(VERSIE.format(datum=datum, werk=werk), encoding="utf-8")
        bronnen.append(Bron(f"proefwet-{datum}", "regelrecht-yaml", f.name, hashlib.sha256(f.read_bytes()).hexdigest(),
                            regeling="proefwet", citeertitel="Proefwet", bwb_id="BWBR9999999",
                            geldig_vanaf=date.fromisoformat(datum)))
    return Catalogus(bronnen=bronnen, zoekmappen=(tmp_path,), cache=tmp_path / "cache", corpus=tmp_path)


def meldingen(call: object) -> list[str]:
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always", Melding)
        assert callable(call)
        call()
    return [str(w.message) for w in seen if issubclass(w.category, Melding)]


def test_a_unit_the_change_rewrote_is_refused_naming_the_change_and_the_versions(tmp_path: Path) -> None:
    cat = catalogus(tmp_path)
    with pytest.raises(SourceError) as info:
        regelingen.show(cat, "proefwet@2023-06-01", "artikel 1, tweede lid")
    text = str(info.value)
    assert "op 2023-06-01" in text and PROEF + " artikel 1 per 2022-01-01" in text
    assert "proefwet@2020-01-01" in text and "proefwet@2024-01-01" in text  # the hint: the two versions held


def test_a_unit_both_versions_have_alike_is_shown_with_a_notice(tmp_path: Path) -> None:
    cat = catalogus(tmp_path)
    said = meldingen(lambda: regelingen.show(cat, "proefwet@2023-06-01", "artikel 1, eerste lid"))
    assert any("gelijk aan die van 2020-01-01" in m and PROEF in m for m in said), said


def test_an_artikel_the_change_did_not_touch_gets_only_the_usual_notice(tmp_path: Path) -> None:
    cat = catalogus(tmp_path)
    said = meldingen(lambda: regelingen.show(cat, "proefwet@2023-06-01", "artikel 2"))
    assert said and not any(PROEF in m for m in said), said


def test_the_whole_regeling_names_the_changed_artikelen(tmp_path: Path) -> None:
    cat = catalogus(tmp_path)
    said = meldingen(lambda: regelingen.show(cat, "proefwet@2023-06-01"))
    assert any("toont nog niet wat daarna veranderde" in m and "artikel 1 per 2022-01-01" in m for m in said), said


def test_before_the_change_and_on_a_version_date_nothing_is_added(tmp_path: Path) -> None:
    cat = catalogus(tmp_path)
    for spec in ("proefwet@2021-12-31", "proefwet@2024-01-01", "proefwet"):
        said = meldingen(lambda spec=spec: regelingen.show(cat, spec, "artikel 1, tweede lid"))  # type: ignore[misc]
        assert not any(PROEF in m for m in said), (spec, said)


def test_a_bill_changes_nothing(tmp_path: Path) -> None:
    cat = catalogus(tmp_path, status="wetsvoorstel")
    found = regelingen.show(cat, "proefwet@2023-06-01", "artikel 1, tweede lid")
    assert found.eenheid is not None and found.regeling.geldig_vanaf == date(2020, 1, 1)
