"""Issue 17, finding 6: a truncated file and a file with a unit numbered twice are errors in every entry
point (validate, show, diff, convert, refs, graph), not only in convert."""

from __future__ import annotations

from pathlib import Path

import pytest

from wetgeving.bronnen import native
from wetgeving.bronnen.formats import load_file
from wetgeving.cli import main
from wetgeving.errors import InputError
from wetgeving.model import Alinea, Artikel, Lid, Regeling, Structuur

YAML = """$id: proefwet
$schema: https://example.invalid/regelrecht/v0.3.1/schema.json
bwb_id: BWBR9999999
valid_from: '2020-01-01'
articles:
  - number: '1.1'
    text: De proefraad van Testdorp vergadert in het openbaar over de begroting van het jaar.
    url: https://wetten.overheid.nl/BWBR9999999/2020-01-01#Artikel1
  - number: '1.2'
    text: |-
      Hij kan besluiten met gesloten deuren te vergaderen, zoals bedoeld in [artikel 2][ref1].


      [ref1]: https://wetten.overheid.nl/BWBR9999999#Artikel2
    url: https://wetten.overheid.nl/BWBR9999999/2020-01-01#Artikel1
    references:
      - id: ref1
        bwb_id: BWBR9999999
        artikel: '2'
  - number: '2'
    text: |-
      Deze wet wordt aangehaald als Proefwet; zij geldt ook voor de commissies van [de raad][ref1].


      [ref1]: https://wetten.overheid.nl/BWBR9999999#Artikel1
    url: https://wetten.overheid.nl/BWBR9999999/2020-01-01#Artikel2
    references:
      - id: ref1
        bwb_id: BWBR9999999
        artikel: '1'
"""

DUPLICATE_V07 = """$id: proefwet
$schema: https://example.invalid/regelrecht/v0.7.0/schema.json
bwb_id: BWBR9999999
valid_from: '2020-01-01'
articles:
  - number: '1'
    text: De proefraad vergadert in het openbaar.
  - number: '1'
    text: De proefraad vergadert achter gesloten deuren.
"""


def _commands(f: Path, tmp: Path) -> list[list[str]]:
    return [["validate", str(f)], ["show", str(f)], ["show", str(f), "artikel 1"], ["diff", str(f), str(f)],
            ["convert", str(f), str(tmp / "uit.xml")], ["refs", str(f)], ["graph", "dangling", str(f)],
            ["instructions", str(f), str(f)]]


def _refused_everywhere(f: Path, tmp: Path, needle: str, capsys: pytest.CaptureFixture[str]) -> None:
    for args in _commands(f, tmp):
        code = main(args)
        got = capsys.readouterr()
        assert code == 1, (args, got.out)
        assert needle in got.err and str(f) in got.err and "Traceback" not in got.err, args
        assert "geldig —" not in got.out
        assert not (tmp / "uit.xml").exists()


def test_the_invented_file_is_whole(tmp_path: Path) -> None:
    f = tmp_path / "proefwet.yaml"
    f.write_text(YAML, encoding="utf-8")
    assert [a.nr for a in load_file(f).artikelen()] == ["1", "2"]


# the same law with the entry holding references last
REFS_LAST = YAML[: YAML.index("  - number: '1.2'")] + YAML[YAML.index("  - number: '2'"):] + \
    YAML[YAML.index("  - number: '1.2'"): YAML.index("  - number: '2'")]


@pytest.mark.parametrize(("text", "end"), [
    (YAML, "Deze wet wordt aangehaald als Proef"),           # inside the text of the last entry
    (YAML, "        artikel: '1'\n"),                       # the whole file: accepted (see below)
    (YAML, "BWBR9999999/2020-01-01#Arti"),                   # inside its url
    (REFS_LAST, "      - id: ref1\n"),                       # inside its references
    (REFS_LAST, "        bwb_id: BWBR99"),
    (REFS_LAST, "    references:\n"),
])
def test_a_truncated_regelrecht_file_is_refused_everywhere(tmp_path: Path, text: str, end: str,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "proefwet.yaml"
    f.write_text(text[: text.rindex(end) + len(end)], encoding="utf-8")
    if end.endswith("'1'\n"):
        assert load_file(f).artikelen()  # a cut exactly after a whole entry looks like a shorter law (documented)
        return
    _refused_everywhere(f, tmp_path, "afgebroken", capsys)


def test_a_duplicate_artikel_is_refused_everywhere(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "dubbel.yaml"
    f.write_text(DUPLICATE_V07, encoding="utf-8")
    _refused_everywhere(f, tmp_path, "keer voor", capsys)


def test_a_duplicate_v03_entry_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "dubbel.yaml"
    f.write_text(YAML.replace("number: '1.2'", "number: '1.1'"), encoding="utf-8")
    _refused_everywhere(f, tmp_path, "twee keer", capsys)


def test_duplicates_in_any_importer_are_refused(tmp_path: Path) -> None:
    """The check sits behind every importer: a regeling with a lid twice, or a container path twice."""
    from wetgeving.bronnen import structuur

    lid = Lid("1", (Alinea("Tekst."),))
    for reg in (Regeling("BWBR9999999", "Proefwet", native_date(), (Artikel("1", (lid, lid)),)),
                Regeling("BWBR9999999", "Proefwet", native_date(), (Structuur("hoofdstuk", "1", ()),
                                                                   Structuur("hoofdstuk", "1", ())))):
        with pytest.raises(InputError, match="meer dan één keer") as exc:
            structuur.check(reg, tmp_path / "x.xml")
        assert exc.value.file == str(tmp_path / "x.xml")


def native_date():  # type: ignore[no-untyped-def]
    from datetime import date

    return date(2020, 1, 1)


def test_our_xml_with_a_duplicate_is_refused_by_validate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    art = Artikel("1", (Alinea("Tekst."),))
    good = native.dumps(Regeling("BWBR9999999", "Proefwet", native_date(), (art, Artikel("2", (Alinea("Meer."),)))))
    f = tmp_path / "dubbel.xml"
    f.write_bytes(good.replace(b'nr="2"', b'nr="1"'))
    assert main(["validate", str(f)]) == 1
    assert "dubbel.xml" in capsys.readouterr().err


def test_half_of_the_real_gemeentewet_is_refused(sources: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    data = (sources / "gemeentewet/regelrecht/2023-04-01.yaml").read_bytes()
    f = tmp_path / "2023-04-01.yaml"
    f.write_bytes(data[: len(data) // 2])
    assert main(["validate", str(f)]) == 1
    err = capsys.readouterr().err
    assert "afgebroken" in err and "194 artikelen" not in err


def test_cuts_of_the_real_gemeentewet_are_mostly_refused(sources: Path) -> None:
    """Cut at 100 places: at least 90 % refused (a cut exactly between two entries looks like a shorter law)."""
    data = (sources / "gemeentewet/regelrecht/2022-11-05.yaml").read_bytes()
    path = Path("2022-11-05.yaml")
    refused = 0
    cuts = range(1000, len(data) - 1000, (len(data) - 2000) // 100)
    for cut in cuts:
        try:
            from wetgeving.bronnen.formats import load_bytes

            load_bytes(data[:cut], path)
        except InputError:
            refused += 1
    assert refused >= 0.9 * len(cuts)
