"""Legal review of 2026-12-06, fourth session; each test names its provision and date."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.legal._cli import consult
from tests.legal._cli import run as _run

REPO = Path(__file__).resolve().parents[2]

# --- diff: the closing words of a lid after its onderdelen ----------------------------------------------------------


def test_closing_words_after_the_onderdelen_are_not_shown_in_the_aanhef(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 154b, eerste lid, 2023-04-01 → 2026-10-01: the sentence «De voordracht voor een krachtens dit lid
    vast te stellen algemene maatregel van bestuur …» stands after onderdeel b. The redline ran it on from the aanhef
    («… voor overtreding van: De voordracht …»), as if it were inserted before the onderdelen."""
    out, _ = _run(["diff", "gemeentewet@2023-04-01", "gemeentewet@2026-10-01", "--only", "artikel 154b"], capsys)
    # the marker stands apart, outside the insertion (helper-98: inside Word's w:ins it went into the law on «accept»);
    # the JSON keeps the data as compared
    assert "overtreding van: [na de onderdelen] {+De voordracht voor een krachtens dit lid" in out
    out, _ = _run(["diff", "gemeentewet@2023-04-01", "gemeentewet@2026-10-01", "--only", "artikel 154b", "--format",
                   "json"], capsys)
    lid = next(w for g in json.loads(out)["artikelen"] for w in g["wijzigingen"]
               if w["nieuw"] == "artikel:154b/lid:1")
    assert [lid["redline"][1][0], lid["redline"][1][1][:33]] == ["insert", " [na de onderdelen] De voordracht"]


def test_a_renumbered_lid_whose_text_changed_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 23, 2023-01-01 → 2023-04-01 (tranche 1, onderdeel C): the vierde lid became the vijfde and its words
    changed («anders beslist» → «besluit de verplichting, bedoeld in het vierde lid, op te heffen»); the redline said
    «(vernummerd)» only, as for 207, whose leden moved without a change (2023-04-01 → 2026-10-01)."""
    out, _ = _run(["diff", "gemeentewet@2023-01-01", "gemeentewet@2023-04-01", "--only", "artikel 23"], capsys)
    assert "artikel 23, vierde lid → artikel 23, vijfde lid (vernummerd en gewijzigd)" in out
    out, _ = _run(["diff", "gemeentewet@2023-04-01", "gemeentewet@2026-10-01", "--only", "artikel 207"], capsys)
    assert "artikel 207, eerste lid → artikel 207, tweede lid (vernummerd)\n" in out


def test_the_json_summary_has_every_count_the_other_formats_name(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 2023-04-01 → 2026-10-01: the text says «0 vervallen»; the JSON summary had no «removed» key."""
    out, _ = _run(["diff", "gemeentewet@2023-04-01", "gemeentewet@2026-10-01", "--format", "json"], capsys)
    assert json.loads(out)["samenvatting"] == {"added": 1, "changed": 21, "removed": 0}


def test_an_instruction_does_not_cut_uit_anderen_hoofde(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 81n, onder b, 2023-04-01 → 2026-10-01: «wordt «provincie of uit anderen» vervangen door …» ended a
    quotation inside the fixed expression «uit anderen hoofde» (Aanwijzing 6.10: a whole unit of reading)."""
    out, _ = _run(["instructions", "gemeentewet@2023-04-01", "gemeentewet@2026-10-01"], capsys)
    regel = next(r for r in out.splitlines() if "In onderdeel b" in r and "waterschap" in r)
    assert "«provincie of uit anderen»" not in regel and "«uit anderen hoofde»" in regel


# --- tranche 2, a bill (helper-82) ----------------------------------------------------------------------------------


def test_no_text_with_the_bill_applied_is_said_to_be_in_force(capsys: pytest.CaptureFixture[str]) -> None:
    """Kamerstuk 36 892 (tranche 2) on 2023-01-01 and 2026-12-06: `graph dangling --after 2 --date …` said «met alleen
    tranche 2 toegepast (de onderdelen in werking op 2023-01-01)», of a bill with no onderdeel in force, and applied
    nothing."""
    for args in (["gemeentewet@2022-11-05", "--after", "2", "--date", "2023-01-01"], ["gemeentewet", "--after", "2"]):
        out, err = _run(["graph", "dangling", *args], capsys, code=2)
        # helper-125: the dossier number as the Kamer prints it, «36 892»
        assert out == "" and "tranche 2 (Kamerstuk 36 892) is een wetsvoorstel volgens de bronnen" in err
        assert "er is geen tekst met die tranche toegepast" in err
        assert "tranche diff 2 --law gemeentewet" in err


def test_before_its_submission_the_bill_was_not_yet_before_the_kamer(capsys: pytest.CaptureFixture[str]) -> None:
    """Kamerstuk 36 892 on 2025-06-01: «nog geen wetsvoorstel»; it was one, at the Raad van State since the
    Kabinetsmissive of 19 February 2025 (Stcrt. 2026, 6890), not yet before the Tweede Kamer."""
    _, err = _run(["tranche", "diff", "2", "--law", "gemeentewet", "--date", "2025-06-01"], capsys, code=2)
    # helper-125: the dossier number as the Kamer prints it, «36 892»
    assert "op 2025-06-01 was tranche 2 (Kamerstuk 36 892) nog geen wetsvoorstel bij de Tweede Kamer" in err


def test_the_bills_standing_is_dated_by_its_sources(capsys: pytest.CaptureFixture[str]) -> None:
    """Kamerstuk 36 892 on 2026-12-06: `tranche show`, `list` and `timeline` said «wetsvoorstel, geen geldend recht» and
    «nog niet bepaald» in the present tense; the sources' newest stukken are dated 2026-02-03."""
    stand = ("wetsvoorstel volgens de bronnen (stukken gedateerd 2026-02-03), toen geen geldend recht; of het sindsdien "
             "is aangenomen of in werking getreden, tonen de bronnen niet")
    for cmd in (["tranche", "show", "2"], ["tranche", "list"], ["tranche", "timeline"]):
        out, _ = _run(cmd, capsys)
        assert stand in out and "nog niet bepaald" not in out


def test_an_empty_selection_names_the_options(capsys: pytest.CaptureFixture[str]) -> None:
    """`obligations --soort wetsvoorstel --date 2025-06-01` (before Kamerstuk 36 892 was submitted): «geen verplichtingen,
    wetsvoorstellen of aanbevelingen op 2025-06-01», though 38 verplichtingen held that day."""
    out, _ = _run(["obligations", "--soort", "wetsvoorstel", "--date", "2025-06-01"], capsys)
    assert out.rstrip().endswith("op 2025-06-01 met --soort wetsvoorstel")


def test_the_zorgplicht_plan_of_2021_is_cited_to_the_news_item(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 170, tweede lid, on 2026-12-06: the toelichting cited Kamerstuk 35 546, nr. 7, for the plan to fill in
    the burgemeester's zorgplicht; that brief names only the risicoanalyse, the news item of 25 June 2021 the zorgplicht."""
    out, _ = _run(["checklist", "GM0363", "--date", "2026-12-06", "--no-text", "--format", "json"], capsys)
    t = next(r for r in json.loads(out)["verplichtingen"] if r["id"] == "integriteit-bevorderen-burgemeester")
    toelichting = json.dumps(t, ensure_ascii=False)
    assert ("zou deze zorgplicht invullen met toezicht op een zorgvuldige uitvoering van de risicoanalyse integriteit bij "
            "de benoeming van wethouders (nieuwsbericht van de Rijksoverheid van 25 juni 2021)") in toelichting


# --- tranche 1's model (helper-79) ----------------------------------------------------------------------------------


def test_that_tranche_1_made_68_onder_l_is_said_to_be_our_inference(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 68, eerste lid, onder l, on 2023-06-01: «onderdeel l: Stb. 2022, 444» and «Onderdeel l komt uit
    tranche 1» as facts; which onderdeel of the act changed artikel 68 the sources do not show (toeschrijving
    afgeleid). The same for Kieswet P 19 and W 4 (2023-01-01)."""
    out, _ = _run(["obligations", "--date", "2023-06-01"], capsys)
    assert "(onderdeel l: Stb. 2022, 444, toegeschreven volgens onze afleiding; de rest door een andere wijziging" in out
    rij = next(r for r in out.splitlines() if "grondslag artikel P 19" in r)
    assert "(Stb. 2022, 444, toegeschreven volgens onze afleiding)" in rij
    out, _ = _run(["tranche", "diff", "1", "--law", "gemeentewet", "--date", "2023-01-01"], capsys)
    assert ("dat de wijziging van artikel 68, eerste lid, onder l, uit deze wet komt, staat niet in de bronnen, maar is "
            "door ons afgeleid") in out.splitlines()[0]


def test_tranche_diff_knows_the_law_by_its_bwb_id(capsys: pytest.CaptureFixture[str]) -> None:
    """Tranche 1 (Stb. 2022, 444) and the Gemeentewet (BWBR0005416): `tranche diff 1 --law BWBR0005416` said «ons model
    van tranche 1 bevat geen wijzigingen van BWBR0005416»; it holds 20 onderdelen of it. An unknown name is unknown."""
    by_id, _ = _run(["tranche", "diff", "1", "--law", "BWBR0005416", "--date", "2023-04-01"], capsys)
    by_name, _ = _run(["tranche", "diff", "1", "--law", "gemeentewet", "--date", "2023-04-01"], capsys)
    assert by_id == by_name and "artikel 36a" in by_id
    _, err = _run(["tranche", "diff", "1", "--law", "geen-wet"], capsys, code=2)
    assert "onbekende regeling 'geen-wet'" in err


def test_the_kieswet_part_of_tranche_1_says_what_it_may_miss(capsys: pytest.CaptureFixture[str]) -> None:
    """Kieswet (BWB text of 2025-08-01): tranche 1's model holds P 19, W 4 and X 9, the artikelen whose text still names
    Stb. 2022, 444; one the act changed and a later act changed again cannot be found, and nothing said so."""
    out, _ = _run(["tranche", "show", "1"], capsys)
    assert "Van de Kieswet bevat dit model alleen de artikelen P 19, W 4 en X 9" in out


def test_apply_points_a_tranche_file_to_tranche_diff(capsys: pytest.CaptureFixture[str]) -> None:
    """Tranche 1 on the Gemeentewet of 2022-11-05: `apply … corpus/tranches/tranche-1.xml` said only «het hoofdelement
    is <tranche>, verwacht <wijzigingsregeling>»."""
    _, err = _run(["apply", "gemeentewet@2022-11-05", str(REPO / "corpus/tranches/tranche-1.xml")], capsys, code=1)
    assert "dit is een tranche van ons model (corpus/tranches), geen wijzigingsregeling" in err
    assert "wetgeving tranche diff NR --law REGELING" in err


# --- the years before 2022-11-05: the Markdown mirror and the gap after it (helper-84) -------------------------------


def test_an_artikel_not_yet_in_force_is_said_so(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 174b in the mirror's text of 2014-06-05 («Treedt in werking op een nader te bepalen tijdstip») and of
    2014-06-16 («Treedt in werking per 01-07-2014»), and 81bis in that of 2015-11-24: shown as law, no word of it."""
    out, _ = _run(["show", "gemeentewet-md@2014-06-05", "artikel 174b"], capsys)
    assert ("let op: artikel 174b treedt volgens de bron in werking op een nader te bepalen tijdstip: op 2014-06-05 nog "
            "niet in werking") in out
    out, _ = _run(["show", "gemeentewet-md@2014-06-16", "artikel 174b, eerste lid"], capsys)
    assert "let op: artikel 174b treedt volgens de bron in werking op 2014-07-01: op 2014-06-16 nog niet in werking" in out
    out, err = _run(["diff", "gemeentewet-md@2015-10-31", "gemeentewet-md@2015-11-24"], capsys)
    assert ("gemeentewet-md@2015-11-24: artikel 81bis staat in de tekst, maar treedt volgens de bron in werking op een "
            "nader te bepalen tijdstip") in err


def test_a_converted_mirror_text_keeps_its_date_as_a_text_date(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    """The mirror's text of 2013-01-01 (sources/PROVENANCE.md: «not an official 'geldig vanaf'»): `convert` wrote
    geldig-vanaf="2013-01-01" and nothing more, and the file read back said «geldig vanaf 2013-01-01»; 81bis of
    2015-11-24 lost its «nader te bepalen tijdstip»."""
    for versie, artikel in (("2013-01-01", "artikel 12"), ("2015-11-24", "artikel 81bis")):
        out = tmp_path / f"gw-{versie}.xml"
        _run(["convert", f"gemeentewet-md@{versie}", str(out)], capsys)
        shown, _ = _run(["show", str(out), artikel], capsys)
        assert f"tekst zoals geldend op {versie} (Markdown-spiegel" in shown and "geldig vanaf" not in shown
    assert "treedt volgens de bron in werking op een nader te bepalen tijdstip" in shown


def test_a_diff_across_the_gap_of_the_sources_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet, mirror of 2015-11-24 → 2022-11-05: the sources hold no text in between; «86 artikelen verschillen»
    read as one change. `instructions` on the same pair blamed the mirror for having no chapters, which it has (titel
    III, hoofdstuk VIII, paragraaf 5 is left empty by 139–144)."""
    saldo = ("tussen 2015-11-24 en 2022-11-05 hebben de bronnen geen tekst van de Gemeentewet: dit is het saldo van alle "
             "wijzigingen in die tijd")
    _, err = _run(["diff", "gemeentewet-md@2015-11-24", "gemeentewet@2022-11-05"], capsys)
    assert saldo in err
    _, err = _run(["instructions", "gemeentewet-md@2015-11-24", "gemeentewet@2022-11-05"], capsys)
    assert saldo in err and "(tekst zoals geldend op 2015-11-24) geeft geen indeling" not in err
    assert "in de tekst van de Gemeentewet (tekst zoals geldend op 2015-11-24) raakt titel III, hoofdstuk VIII" in err
    _, err = _run(["diff", "gemeentewet@2022-11-05", "gemeentewet@2023-01-01"], capsys)
    assert "saldo" not in err


def test_a_law_the_mirror_links_is_read_from_its_link(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 25, eerste lid, in the mirror's text of 2013-01-01 cites «artikel 10 van de Wet openbaarheid van
    bestuur», and the mirror links it to BWBR0005252; `refs` said «Wet openbaarheid (niet in de titellijst) ONBEKEND».
    Gemeentewet 290 (2026-10-01) stays unknown: its «gemeentewet» in lower case is the withdrawn law, though the
    regelrecht markup links today's."""
    out, _ = _run(["refs", "gemeentewet-md@2013-01-01", "artikel 25"], capsys)
    assert "→ jci1.3:c:BWBR0005252&artikel=10" in out and "ONBEKEND" not in out
    out, _ = _run(["refs", "gemeentewet@2026-10-01", "artikel 290"], capsys)
    assert "→ gemeentewet (niet in de titellijst) ONBEKEND" in out


def test_in_force_in_the_gap_of_the_sources_is_said_to_be_inferred(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 28, eerste lid, on 2016-01-01: the sources hold its text in the mirror of 2015-11-24 and in the
    version of 2022-11-05, none in between; the checklist said «geldend» beside «tekst niet beschikbaar»."""
    out, _ = _run(["checklist", "GM0363", "--date", "2016-01-01", "--no-text", "--format", "json"], capsys)
    rij = next(r for r in json.loads(out)["verplichtingen"] if r["id"] == "belangenverstrengeling-raad")
    assert rij["status"] == "geldend" and rij["uitleg"].endswith(
        # 2026-12-08 (helper-215): no «van vóór en na die datum», untrue on the first day of the sources
        "de bronnen hebben geen tekst van de grondslag met een geldigheid op 2016-01-01: dat de bepaling toen gold, "
        "leiden wij af uit de teksten die zij wel hebben")
    out, _ = _run(["checklist", "GM0363", "--date", "2023-06-01", "--no-text"], capsys)
    assert "leiden wij af" not in out


def test_a_programme_theme_without_obligations_points_to_the_one_on_its_provision(
        capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 170, tweede lid (the burgemeester's zorgplicht, in force; Kamerstuk 36 892 may fill it in):
    `tranche show 2` names the theme «Zorgplicht van de burgemeester»; `obligations --theme zorgplicht-burgemeester`
    said only that no obligation has it."""
    _, err = _run(["obligations", "--theme", "zorgplicht-burgemeester"], capsys, code=2)
    # 2026-12-07 (ninth session): not every theme is the programme's (financial interests come from the bill's reporting)
    assert "«Zorgplicht van de burgemeester» is een thema waarvoor ons model geen verplichting bevat" in err
    assert "op dezelfde bepaling: integriteit-bevorderen-burgemeester (thema integriteitsbeleid)" in err


def test_the_corpus_check_wants_an_inferred_attribution_marked_as_the_tranche_marks_it(tmp_path: Path) -> None:
    """Gemeentewet 68, eerste lid, onder l (2023-01-01): the obligation's bron must say toeschrijving="afgeleid" where
    tranche 1's onderdeel gw-68 does, and must not where the tranche knows the act (gw-36a)."""
    from tests.katalogus import omgeving
    from wetgeving.bronnen.catalogus import corpus_dir
    from wetgeving.compliance import controle
    from wetgeving.compliance.verplichtingen import load

    text = (corpus_dir() / "verplichtingen.xml").read_text(encoding="utf-8")
    zonder = text.replace('onderdeel="gw-68" deel="onderdeel l" toeschrijving="afgeleid"', 'onderdeel="gw-68" deel="onderdeel l"')
    (tmp_path / "verplichtingen.xml").write_text(zonder, encoding="utf-8")
    found = [f for f in controle.check(omgeving(), load(tmp_path / "verplichtingen.xml")) if "toeschrijving" in f]
    assert found == ['incompatibiliteit-burgemeester, periode 2 (vanaf-2023-01-01): dat tranche-1/gw-68 deze tekst '
                     'maakte, is in de tranche afgeleid; geef toeschrijving="afgeleid" aan de bron']
    i = text.index('onderdeel="gw-36a"')
    (tmp_path / "verplichtingen.xml").write_text(text[:i] + 'onderdeel="gw-36a" toeschrijving="afgeleid"'
                                                 + text[i + len('onderdeel="gw-36a"'):], encoding="utf-8")
    found = [f for f in controle.check(omgeving(), load(tmp_path / "verplichtingen.xml")) if "toeschrijving" in f]
    assert len(found) == 1 and "niet afgeleid (toeschrijving); laat toeschrijving weg bij de bron" in found[0]


# --- consultation (helper-86) -------------------------------------------------------------------------------------


def _reactie(tmp_path: Path, wetsvoorstel: str, basis: str, bepaling: str, datum: str = "2022-12-01") -> Path:
    f = tmp_path / "reactie.yaml"
    f.write_text(f"consultatie:\n  titel: T\n  wetsvoorstel: {wetsvoorstel}\n  basis: {basis}\n  organisatie: X\n"
                 f"  datum: {datum}\nopmerkingen:\n  - bepaling: {bepaling}\n    opmerking: ok\n", encoding="utf-8")
    return f


def test_an_act_is_not_commented_on_a_base_that_already_holds_it(tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """Tranche 1 (Stb. 2022, 444) on gemeentewet@2023-04-01: Gemeentewet 36a, tweede lid, which the act rewrote on
    2023-01-01, read «niet gewijzigd door de wijzigingswet»; so did Provinciewet 182 and Kieswet P 19."""
    f = _reactie(tmp_path, "tranche-1", "gemeentewet@2023-04-01", "artikel 36a, tweede lid")
    _, err = _run(["consult", str(f), "-o", str(tmp_path / "r.txt")], capsys, code=1)
    assert "bevat de wijzigingen van tranche 1 al (in werking vanaf 2023-01-01)" in err
    assert "geef als basis de tekst van vóór de wet: gemeentewet@2022-11-05" in err and not (tmp_path / "r.txt").exists()


def test_a_provision_of_a_failed_onderdeel_is_not_called_unchanged(tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """Kamerstuk 35 546, nr. 2 (2020-08-31), Artikel I, onderdeel C, point 3 changes artikel 23, zesde lid (nieuw); the
    excerpt breaks off inside it, so the onderdeel is applied in part and the lid read «niet gewijzigd»."""
    from tests.conftest import sources_dir

    src = sources_dir()
    assert src is not None
    f = _reactie(tmp_path, str(src / "tranche1/kst-35546-2-voorstel-van-wet.EXCERPT.txt"), "gemeentewet@2022-11-05",
                 "artikel 23, zesde lid", datum="2020-10-01")
    out = tmp_path / "r.txt"
    _run(["consult", str(f), "-o", str(out)], capsys)
    tekst = out.read_text(encoding="utf-8")
    assert "of het dit wijzigt, is niet vast te stellen: een onderdeel op dit artikel is niet toegepast" in tekst
    assert "niet gewijzigd" not in tekst


def test_an_onderdeel_of_our_own_model_is_not_called_a_derived_letter(tmp_path: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    """Provinciewet 182, tweede lid (tranche 1, 2023-01-01): «Artikel II, onderdeel pw-182 (letter door ons afgeleid)»;
    pw-182 is our model's name, the letter is unknown."""
    f = _reactie(tmp_path, "tranche-1", "provinciewet@2022-11-05", "artikel 182, tweede lid")
    out = tmp_path / "r.txt"
    _run(["consult", str(f), "-o", str(out)], capsys)
    tekst = out.read_text(encoding="utf-8")
    assert "het onderdeel dat artikel 182 wijzigt (letter niet in de bronnen)" in tekst and "pw-182" not in tekst


def test_words_that_stand_twice_are_said_to_be_placed_at_the_first(tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 170, eerste lid (2022-11-05): «een zorgvuldige behandeling» stands under d and under e; the comment
    was placed at d without a word. «Over» quoted with « » in YAML was not found (Markdown strips them)."""
    f = tmp_path / "reactie.yaml"
    f.write_text("consultatie:\n  titel: T\n  wetsvoorstel: tranche-1\n  basis: gemeentewet@2022-11-05\n  organisatie: X\n"
                 "  datum: 2022-12-01\nopmerkingen:\n  - bepaling: artikel 170, eerste lid\n"
                 "    over: «een zorgvuldige behandeling»\n    opmerking: welke?\n", encoding="utf-8")
    _, err = _run(["consult", str(f), "-o", str(tmp_path / "r.txt")], capsys)
    assert (f"{f}:9: waarschuwing: de woorden «een zorgvuldige behandeling» staan 2 keer in artikel 170, eerste lid; de "
            "opmerking staat bij de eerste keer") in err


def test_a_comment_on_a_repealed_artikel_keeps_its_word_comment(tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 25 (geheimhouding), repealed by tranche 1 on 2023-04-01: a comment on it with «over» had no Word
    comment in the DOCX (only a table cell), and its quoted words were nowhere."""
    import re
    import zipfile

    out = tmp_path / "r.docx"
    consult(tmp_path, "consultatie:\n  titel: T\n  wetsvoorstel: tranche-1\n  basis: gemeentewet@2022-11-05\n"
            "  organisatie: X\n  datum: 2022-12-01\nopmerkingen:\n  - bepaling: artikel 25\n    over: geheimhouding\n"
            "    opmerking: Vervalt terecht?\n", out, capsys)
    comments = zipfile.ZipFile(out).read("word/comments.xml").decode("utf-8")
    assert len(re.findall(r"<w:comment ", comments)) == 1 and "Over «geheimhouding»" in comments
    assert "Vervalt terecht?" in comments
