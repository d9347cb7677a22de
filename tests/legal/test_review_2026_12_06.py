"""Legal review of 2026-12-06: what the tool said wrongly or too strongly, each pinned with its provision and date."""

from __future__ import annotations

import pytest

from tests.katalogus import omgeving
from wetgeving.cli import main


def _out(args: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    assert main(args) == 0
    return capsys.readouterr().out


# --- the graph: an onderdeel amends only the units within its doel that it changed -----------------------------

def test_tranche_1_changed_provinciewet_182_by_inserting_the_tweede_lid_only() -> None:
    """Provinciewet artikel 182 of 2022-11-05 against 2023-04-01 (tranche 1, Stb. 2022, 444): a tweede lid was inserted
    and the leden after it renumbered; 182, eerste lid, onder c (the commissaris's task of advising and mediating)
    reads the same."""
    from wetgeving.locatie import Adres
    from wetgeving.tranches.lezen import tranche
    from wetgeving.tranches.toeschrijving import gewijzigd

    w = next(w for w in tranche("tranche-1").wijzigingen if w.regeling == "provinciewet")
    found = gewijzigd(omgeving(), w, next(o for o in w.onderdelen if o.id == "pw-182"))
    assert found is not None and Adres.parse("artikel:182/lid:2") in found
    assert not any(Adres.parse("artikel:182/lid:1/onderdeel:c").is_within(u) for u in found)


def test_graph_explain_does_not_draw_pw_182_as_amending_182_eerste_lid_onder_c(capsys: pytest.CaptureFixture[str]) -> None:
    """`graph explain gemeentewet@2023-04-01 thema:toezicht-ter-plaatse`: the commissaris's duty rests on Provinciewet
    182, eerste lid, onder c, and 182, tweede lid; tranche 1's onderdeel changed only the tweede lid. The path
    theme → onderdeel → 182, eerste lid, onder c said the tranche had amended that provision."""
    out = _out(["graph", "explain", "gemeentewet@2023-04-01", "thema:toezicht-ter-plaatse"], capsys)
    lid_1 = [line for line in out.splitlines() if "[jci1.3:c:BWBR0005645&artikel=182&lid=1&o=c]" in line]
    lid_2 = [line for line in out.splitlines() if "[jci1.3:c:BWBR0005645&artikel=182&lid=2]" in line]
    assert lid_1 and lid_2
    assert not any("pw-182" in line for line in lid_1)
    assert all("[onderdeel:tranche-1/II/pw-182] → artikel 182, tweede lid" in line for line in lid_2)


# --- the register: no breach of a rule that does not apply yet ---------------------------------------------------

def test_no_voldoet_niet_for_the_vog_duty_on_2022_11_05(tmp_path: object, capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet artikel 36a, tweede lid (VOG), applies from 2023-01-01 (Stb. 2022, 444); on 2022-11-05 that lid
    is about ontheffing van het vereiste van ingezetenschap. A gemeente cannot breach the VOG duty on 2022-11-05:
    ‘voldoet niet’ and ‘voldoet gedeeltelijk’ are refused, ‘voorbereiding gestart’ and ‘voldoet’ are not."""
    from pathlib import Path

    reg = str(Path(str(tmp_path)) / "r.sqlite")
    base = ["register", "record", "GM0344", "vog-wethouder", "--op", "2022-11-05", "--who", "T", "--register", reg, "--create"]
    for word in ("voldoet niet", "voldoet gedeeltelijk"):
        assert main([*base, "--status", word]) == 1
        err = capsys.readouterr().err
        # on 2022-11-05 the date of entry into force was not yet set (besluit of 2022-12-16; helper-108)
        assert "nog niet geldend (inwerkingtreding nog niet bepaald)" in err
        assert "kan een gemeente niet (gedeeltelijk) schenden" in err
    for word in ("voorbereiding gestart", "voldoet"):
        assert main([*base, "--status", word]) == 0
    assert main([*base[:4], "--op", "2023-01-01", "--who", "T", "--register", reg, "--status", "voldoet niet"]) == 0


def test_obligations_on_2023_03_31_count_the_duties_not_yet_in_force_apart(capsys: pytest.CaptureFixture[str]) -> None:
    """On 2023-03-31 Gemeentewet artikel 88, vijfde lid, and artikel 292 (hoofdstuk Va, tranche 1) do not apply yet
    (from 2023-04-01). The total said «43 wettelijke verplichtingen», counting them with the duties in force."""
    out = _out(["obligations", "--date", "2023-03-31"], capsys)
    # the rule on lifting geheimhouding (25/55/86 then) counts as a bevoegdheid (test_review_2026_12_06d)
    # 39 since the report of an opengevallen raadszetel (Kieswet X 1, tweede lid) was modelled (test_review_2026_12_06j)
    # 40 since the benoemdverklaring of a successor (Kieswet W 1, eerste lid) is a duty (test_review_2026_12_07)
    # 42 since Gemeentewet 66 and 44, vierde en vijfde lid (vergoedingen voor nevenfuncties uit hoofde van het ambt), are
    # duties (test_review_2026_12_07f)
    assert ("\n42 wettelijke verplichtingen (geldend: 40; nog niet geldend: 2), 5 wettelijke bevoegdheden of voorwaarden "
            "(geldend: 5) en 12 aanbevelingen op 2023-03-31\n") in out


def test_obligations_on_a_date_after_the_newest_version_say_so(capsys: pytest.CaptureFixture[str]) -> None:
    """`obligations --date 2026-12-05`: the sources hold the Gemeentewet of 2026-10-01 and the Kieswet of 2025-08-01;
    whether the duties still read so on 2026-12-05 they do not show (as `show` and the checklist say). On 2023-01-01
    the sources hold no Kieswet that applied then (the earliest is of 2025-08-01). Grondslagen are cited in Dutch."""
    out = _out(["obligations", "--date", "2026-12-05"], capsys)
    assert out.endswith("Let op: de nieuwste versies in de bronnen op 2026-12-05 zijn de Gemeentewet van 2026-10-01, de "
                        "Kieswet van 2025-08-01 en de Provinciewet van 2023-04-01; een latere wijziging is niet uitgesloten.\n")
    assert "grondslag artikel 36a, tweede lid (Gemeentewet)\n" in out and "artikel:36a" not in out
    out = _out(["obligations", "--date", "2023-01-01"], capsys)
    assert ("van de Kieswet hebben de bronnen geen officiële versie die op 2023-01-01 gold (de vroegste officiële is van "
            "2025-08-01)") in out
    assert "Let op:" not in _out(["obligations"], capsys)


# --- powers are not duties ------------------------------------------------------------------------------------

def test_the_power_to_impose_secrecy_is_no_duty_on_2023_04_01(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet artikel 87 (from 2023-04-01): the organen «kunnen» impose secrecy; artikel 25, derde lid (before):
    secrecy on stukken aan de raad «vervalt» unless the raad confirms it; Provinciewet 182, tweede lid: the
    commissaris «is bevoegd». They were listed and counted as wettelijke verplichtingen; the title named the Wob
    after 2023-04-01, when only the Woo applies."""
    out = _out(["obligations", "--theme", "geheimhouding", "--date", "2023-04-01"], capsys)
    line = next(x for x in out.splitlines() if x.startswith("- geheimhouding-oplegging — "))
    assert "(bevoegdheid of voorwaarde, geen plicht)" in line and "Wob" not in line
    out = _out(["obligations", "--date", "2023-03-31"], capsys)
    assert "5 wettelijke bevoegdheden of voorwaarden (geldend: 5)" in out  # with Kieswet X 8 and the lifting (06c, 06d)
    bekrachtiging = next(x for x in out.splitlines() if x.startswith("- geheimhouding-bekrachtiging — "))
    assert "vervalt zonder bekrachtiging door de raad" in bekrachtiging and "(bevoegdheid of voorwaarde" in bekrachtiging


def test_checklist_since_lists_the_bills_of_kamerstuk_36892_apart_from_new_law(tmp_path: object,
                                                                             capsys: pytest.CaptureFixture[str]) -> None:
    """`checklist GM0344 --since 2022-12-31 --date 2026-12-05`: Kamerstuk 36 892 (risicoanalyse integriteit,
    financiële belangen; submitted 2026-02-03) is a bill, not law; it was listed under «Nieuw» beside the VOG duty
    of Gemeentewet 36a, tweede lid (in force 2023-01-01)."""
    from pathlib import Path

    reg = str(Path(str(tmp_path)) / "r.sqlite")
    assert main(["register", "record", "GM0344", "vog-wethouder", "--op", "2023-01-01", "--who", "T", "--register", reg,
                 "--create", "--status", "voldoet"]) == 0
    capsys.readouterr()
    out = _out(["checklist", "GM0344", "--since", "2022-12-31", "--date", "2026-12-05", "--register", reg], capsys)
    # Markdown headings since 2026-12-07 (helper-123)
    nieuw, rest = out.split("\n## Nieuw (", 1)[1].split("\n## Nieuw uit ingediende wetsvoorstellen, geen geldend recht (2)", 1)
    assert "[vog-wethouder]" in nieuw and "[risicoanalyse-wethouder]" not in nieuw
    assert "[risicoanalyse-wethouder]" in rest.split("\n## Gewijzigd (")[0]


def test_graph_explain_and_coverage_speak_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    """`graph explain gemeentewet@2023-03-31`: the voorzitter van een commissie (Gemeentewet 55 and 86, before
    2023-04-01) was shown as «actor:commissievoorzitter», a planned provision of Kamerstuk 36 892 by our id, the
    commissaris «van de koning»; `obligations --coverage` was English."""
    out = _out(["graph", "explain", "gemeentewet@2023-03-31"], capsys)
    assert "voorzitter van een commissie [actor:commissievoorzitter]" in out
    # the commissaris's paths run through Provinciewet 182: left out of the Gemeentewet's, said so (helper-88)
    assert "paden over bepalingen van andere wetten of zonder bepaling van de Gemeentewet weggelaten" in out
    out = _out(["graph", "explain", "gemeentewet@2023-03-31", "thema:toezicht-ter-plaatse"], capsys)
    assert "commissaris van de Koning [actor:commissaris-van-de-koning]" in out
    out = _out(["graph", "explain", "gemeentewet@2026-10-01"], capsys)
    assert "(beoogde bepaling, wetsvoorstel) [voorziening:t2-risicoanalyse]" in out
    assert " t2-risicoanalyse [voorziening:" not in out
    out = _out(["obligations", "--coverage"], capsys)
    assert out.startswith("# Dekking van tranche 1 door de verplichtingen\n") and "Rijen: " in out and "Rows:" not in out


def test_graph_explain_says_a_path_does_not_make_a_provision_address_its_actor(capsys: pytest.CaptureFixture[str]) -> None:
    """`graph explain gemeentewet@2023-03-31`: geheimhouding-oplegging rests on Gemeentewet 25, 55 and 86 (raad,
    college, commissie) and has all of them as actors; a path «artikel 55, eerste lid → … → raad» does not mean that
    artikel 55 (the college's power) addresses the raad. The output now says so before the paths."""
    out = _out(["graph", "explain", "gemeentewet@2023-03-31", "thema:geheimhouding"], capsys)
    # helper-117 (2026-12-07): the version's heading comes first, then this explanation
    assert out.splitlines()[0].startswith("Gemeentewet (BWBR0005416), geldig vanaf 2023-01-01; gevraagd: de tekst op "
                                          "2023-03-31")
    first = out.splitlines()[1]
    assert first.startswith("Elk pad: thema → wat de verplichting invoerde")
    assert "dat een bepaling op zo'n pad zich tot die betrokkene richt, volgt daaruit niet" in first


def test_kieswet_x_9_is_not_said_to_be_about_lijstuitputting() -> None:
    """Kieswet artikel X 9 (text since 2023-01-01, Stb. 2022, 444, per the BWB toestand of 2025-08-01) makes artikel D 8
    apply to the raad's decisions under X 4 to X 8 (beroep); tranche 1's onderdeel for it was themed «Zetelherverdeling
    bij lijstuitputting», which the sources do not support."""
    from wetgeving.tranches.lezen import tranche

    o = next(o for w in tranche("tranche-1").wijzigingen for o in w.onderdelen if o.id == "kw-x9")
    assert o.thema == "overig" and "niet over lijstuitputting" in o.samenvatting


# --- wijzigingsinstructies (Aanwijzingen voor de regelgeving, ch. 6) -------------------------------------------

def test_instructions_add_a_last_lid_and_say_what_a_source_without_chapters_cannot_show(
        capsys: pytest.CaptureFixture[str]) -> None:
    """`instructions gemeentewet@2022-11-05 gemeentewet@2023-01-01`: artikel 182 (two leden) gains a derde lid at its
    end: «Er wordt een lid toegevoegd, luidende:» (Aanwijzingen 6.11.1, 6.18.3), not «Na het tweede lid wordt een lid
    ingevoegd»; artikel 184 gains two last leden the same way. Artikel 81oa vervalt; it was the only artikel of
    hoofdstuk IVb in the 2015 text, and the regelrecht source has no chapters: the tool says it cannot tell whether
    a chapter becomes empty (6.12.1)."""
    assert main(["instructions", "gemeentewet@2022-11-05", "gemeentewet@2023-01-01"]) == 0
    out, err = capsys.readouterr()
    art_182 = out.split("Artikel 182 wordt als volgt gewijzigd:", 1)[1].split("\n\n", 2)[1]
    assert art_182.startswith("1. Er wordt een lid toegevoegd, luidende:")
    assert "2. Er worden twee leden toegevoegd, luidende:" in out.split("Artikel 184 wordt als volgt gewijzigd:", 1)[1]
    assert "Na het tweede lid wordt een lid ingevoegd" not in out
    assert "Artikel 81oa vervalt." in out
    assert "of met het vervallen van artikel 81oa een hoofdstuk (titel, afdeling, paragraaf) leeg raakt" in err


def test_instructions_say_the_heading_of_hoofdstuk_va_is_not_in_the_sources(capsys: pytest.CaptureFixture[str]) -> None:
    """`instructions gemeentewet@2023-01-01 gemeentewet@2023-04-01` inserts hoofdstuk Va (artikelen 87–89, tranche 1);
    that 87 and 89 are in Va the source shows, its heading «Geheimhouding» it does not (titel-zekerheid afgeleid in
    our model), and the output printed it as certain."""
    assert main(["instructions", "gemeentewet@2023-01-01", "gemeentewet@2023-04-01"]) == 0
    out, err = capsys.readouterr()
    assert "Hoofdstuk Va. Geheimhouding" in out
    assert "het opschrift van hoofdstuk Va («Geheimhouding») staat niet in de bronnen" in err
