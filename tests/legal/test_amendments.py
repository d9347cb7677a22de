"""Issue 13 (step 9), legal findings about amendments, each naming the provision and date it checks."""

from __future__ import annotations

import re

import pytest

from wetgeving.cli import main


def test_dangling_2026_10_01_reports_155g_and_not_292(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 2026-10-01: artikel 155g, zevende lid, still cites the repealed artikel 86 (a real slip);
    artikel 292 cites 'artikel 86 zoals dat artikel luidde …' on purpose (transitional law)."""
    assert main(["graph", "dangling", "gemeentewet@2026-10-01"]) == 0
    out = capsys.readouterr().out
    assert "artikel 155g, zevende lid → artikel:86" in out
    assert "artikel 292" not in out


def test_tranche_1_header_names_kamerstuk_and_staatsblad(capsys: pytest.CaptureFixture[str]) -> None:
    """Tranche 1 is Kamerstuk 35 546, published as Stb. 2022, 444 (in force by Stb. 2022, 504)."""
    assert main(["tranche", "show", "1"]) == 0
    head = "\n".join(capsys.readouterr().out.splitlines()[:3])
    assert "Kamerstuk 35 546" in head and "Stb. 2022, 444" in head


def test_nothing_calls_the_new_regime_bekrachtigd() -> None:
    """Artikel 89 (2023-04-01): secrecy is stated, observed and lifted; bekrachtiging ended with old artikel 25."""
    from wetgeving.bronnen.catalogus import corpus_dir

    for path in (corpus_dir() / "tranches").glob("*.xml"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if re.search(r"bekrachtig", line, re.I):
                assert "bestaat niet meer" in line or "niet langer" in line, (path.name, line.strip()[:120])


def test_article_58_change_is_not_called_a_renumbering() -> None:
    """Artikel 58 (2023-01-01): the college no longer has artikel 29 applied; that is no renumbering."""
    from wetgeving.tranches.lezen import tranche

    o = next(o for _, o in tranche("1").onderdelen() if o.id == "gw-58")
    assert "artikel 29" in o.samenvatting and "vernummering" not in o.samenvatting
    assert "Geen vernummering" in o.toelichting


def test_generated_instructions_change_article_82_lid_by_lid(capsys: pytest.CaptureFixture[str]) -> None:
    """Artikel 82, vijfde lid (2022-11-05 → 2023-04-01): one phrase vervalt; the article does not 'komt te luiden'."""
    assert main(["instructions", "gemeentewet@2022-11-05", "gemeentewet@2023-04-01"]) == 0
    out = capsys.readouterr().out
    assert "Artikel 82 komt te luiden" not in out
    assert "In artikel 82, vijfde lid, vervalt" in out
    assert "In artikel 81j, derde lid, wordt na «gemeente» ingevoegd:" in out  # an addition is an insertion


def test_a_draft_is_never_labelled_with_the_base_date(capsys: pytest.CaptureFixture[str]) -> None:
    """Kamerstuk 36892 (illustrative draft on the Gemeentewet of 2026-10-01): the right side is a draft."""
    assert main(["tranche", "diff", "2", "--law", "gemeentewet"]) == 0
    out = capsys.readouterr().out
    assert "→ Gemeentewet: ontwerp" in out and "→ Gemeentewet: 2026-10-01" not in out


def test_an_applied_act_carries_its_own_date(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    """An act in force on 2027-07-01 applied to the Gemeentewet of 2026-10-01: the result is dated 2027-07-01."""
    act = tmp_path / "act.txt"
    act.write_text("Wijzigingswet\n\nARTIKEL I\n\nDe Gemeentewet wordt als volgt gewijzigd:\n\nA\n\n"
                   "In artikel 12, eerste lid, wordt «De leden» vervangen door «De raadsleden».\n\nARTIKEL II\n\n"
                   "Deze wet treedt in werking met ingang van 1 juli 2027.\n", encoding="utf-8")
    out = tmp_path / "new.xml"
    assert main(["apply", "gemeentewet@2026-10-01", str(act), "-o", str(out)]) == 0
    capsys.readouterr()
    assert main(["show", str(out), "artikel 12"]) == 0
    assert "geldig vanaf 2027-07-01" in capsys.readouterr().out
    assert main(["diff", "gemeentewet@2026-10-01", str(out)]) == 0
    assert "Gemeentewet: 2026-10-01 → Gemeentewet: 2027-07-01" in capsys.readouterr().out


_BAD_START = tuple("»’”).: ")  # a leading ', …' or '; …' is how acts drop a trailing clause
_BAD_END = tuple("«‘“( ")


def _pairs() -> list[tuple[str, str]]:
    from tests.wijziging.test_real_acts import PAIRS

    return list(PAIRS)


@pytest.mark.parametrize(("old", "new"), _pairs())
def test_no_generated_phrase_begins_or_ends_inside_a_unit(real, old: str, new: str) -> None:  # type: ignore[no-untyped-def]
    """Aanwijzing 6.10 on every real version pair: each replaced, deleted or anchoring phrase is whole words
    in the old text and never starts with a closing mark or ends with an opening one."""
    from wetgeving.diff import diff
    from wetgeving.wijziging.genereren import generate
    from wetgeving.wijziging.instructies import parse_act
    from wetgeving.wijziging.render_tekst import render_act

    a = real(old)
    parsed = parse_act(render_act(generate(diff(a, real(new)))))
    checked = 0
    for _, ond in parsed.onderdelen():
        for op in ond.operaties:
            if op.soort not in ("vervangen", "schrappen", "invoegen_tekst") or not op.oud or op.positie == "slot":
                continue
            assert not op.oud.startswith(_BAD_START) and not op.oud.endswith(_BAD_END), (ond.nr, op.oud)
            assert re.search(r"\w", op.oud), (ond.nr, op.oud)  # a lone mark is written as 'de punt aan het slot'
            checked += 1
    assert checked > 0 or old.startswith("gemeentewet-md")


def test_hoofdstuk_va_is_inserted_as_a_chapter(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 2022-11-05 → 2023-04-01: artikelen 87–89 form the new hoofdstuk Va (Geheimhouding), inserted
    as a chapter after hoofdstuk V (Aanwijzing 6.11.1; the letter per 6.16.1), not as three loose artikelen."""
    assert main(["instructions", "gemeentewet@2022-11-05", "gemeentewet@2023-04-01"]) == 0
    out = capsys.readouterr().out
    assert "Na hoofdstuk V wordt een hoofdstuk ingevoegd, luidende:" in out and "Hoofdstuk Va. Geheimhouding" in out
    assert "Na artikel 85 worden drie artikelen ingevoegd" not in out
