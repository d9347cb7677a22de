"""Legal review of 2026-12-07 (sixth session); each test names its provision and date."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.legal._cli import run as _run
from tests.legal._cli import wet

GW_2023 = "gemeentewet/regelrecht/2023-01-01.yaml"

# --- a law file with a key given twice -----------------------------------------------------------------------------


def test_a_law_file_with_a_second_bwb_id_is_refused(sources: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet (BWBR0005416), version of 2023-01-01, with a second «bwb_id: BWBR0004627» (the Kieswet) under the
    first: the last one won without a word, and `show … "artikel 25, eerste lid"` gave the JCI of the Kieswet."""
    tekst = (sources / GW_2023).read_text(encoding="utf-8")
    assert "\nbwb_id: BWBR0005416\n" in tekst
    f = tmp_path / "gw.yaml"
    f.write_text(tekst.replace("\nbwb_id: BWBR0005416\n", "\nbwb_id: BWBR0005416\nbwb_id: BWBR0004627\n", 1),
                 encoding="utf-8")
    out, err = _run(["show", str(f), "artikel 25, eerste lid"], capsys, 1)
    assert out == "" and "'bwb_id' staat twee keer in het document (ook op regel " in err
    _, err = _run(["validate", str(f)], capsys, 1)
    assert "staat twee keer" in err


# --- diff: two versions that do not follow each other ----------------------------------------------------------------


@pytest.mark.parametrize(("oud", "nieuw", "saldo"), [
    ("2023-04-01", "2026-10-01", "tussen 2023-04-01 en 2026-10-01 hebben de bronnen geen tekst van de Gemeentewet: dit is "
                                 "het saldo van alle wijzigingen in die tijd"),
    ("2022-11-05", "2023-04-01", "tussen 2022-11-05 en 2023-04-01 hebben de bronnen ook de tekst van de Gemeentewet van "
                                 "2023-01-01: dit is het saldo van alle wijzigingen in die tijd, niet één wijziging"),
    ("2022-11-05", "2023-01-01", ""),
])
def test_a_diff_across_three_and_a_half_years_says_it_is_their_sum(oud: str, nieuw: str, saldo: str,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 2023-04-01 → 2026-10-01: the sources hold no text in between, and the version of 2023-04-01 has no
    known end; «22 artikelen verschillen» read as one change. 2022-11-05 → 2023-04-01 has the version of 2023-01-01
    between; 2022-11-05 → 2023-01-01 follow each other (the first ends on 2022-12-31): nothing to say."""
    _, err = _run(["diff", f"gemeentewet@{oud}", f"gemeentewet@{nieuw}"], capsys)
    assert saldo in err if saldo else "saldo" not in err


# --- show: when an artikel lapsed, and the aanhef ---------------------------------------------------------------------


def test_an_artikel_gone_between_versions_that_follow_each_other_is_dated(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 81oa is in the version of 2022-11-05 (in force until 2022-12-31) and not in that of 2023-01-01:
    «het verdween dus na 2022-11-05 en uiterlijk op 2023-01-01 uit de wet», where the day is known."""
    _, err = _run(["show", "gemeentewet@2023-01-01", "artikel 81oa"], capsys, 1)
    assert "heeft artikel 81oa nog (gemeentewet@2022-11-05); het is dus met ingang van 2023-01-01 vervallen of " \
           "vernummerd" in err
    assert "kies een bestaande eenheid; in de buurt liggen: artikel 81" in err


def test_the_aanhef_asked_for_is_said_to_be_shown_with_its_lid(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 184, eerste lid, on 2023-01-01: «artikel 184, eerste lid, aanhef» gave the whole lid, onderdelen and
    all, without a word; «…, aanhef en onder c» gave onderdeel c without its aanhef."""
    _, err = _run(["show", "gemeentewet@2023-01-01", "artikel 184, eerste lid, aanhef"], capsys)
    assert "getoond wordt artikel 184, eerste lid, met de onderdelen; de aanhef is de tekst vóór de onderdelen" in err
    out, err = _run(["show", "gemeentewet@2023-01-01", "artikel 184, eerste lid, aanhef en onder c"], capsys)
    assert "artikel 184, eerste lid, onder c" in out
    assert "de aanhef van artikel 184, eerste lid (de tekst vóór de onderdelen) staat niet in artikel 184, eerste lid, " \
           "onder c, dat hier getoond wordt; toon artikel 184, eerste lid, om beide te zien" in err
    _, err = _run(["show", "gemeentewet@2023-01-01", "artikel 184, eerste lid"], capsys)
    assert "aanhef" not in err
    # helper-160: «onder c, aanhef» is the aanhef of onderdeel c itself (15, eerste lid, onder c has 1° and 2°); a lid
    # without onderdelen (36a, eerste lid) has none
    _, err = _run(["show", "gemeentewet@2023-04-01", "artikel 15, eerste lid, onder c, aanhef"], capsys)
    assert "getoond wordt artikel 15, eerste lid, onder c, met de onderdelen" in err
    _, err = _run(["show", "gemeentewet@2023-04-01", "artikel 36a, eerste lid, aanhef"], capsys)
    assert "artikel 36a, eerste lid, heeft geen onderdelen, en dus geen aanhef" in err


# --- the checklist: evidence in the form of the wording of the date ---------------------------------------------------


def test_kieswet_w1_before_2023_asks_for_no_evidence_in_the_form_of_2023(capsys: pytest.CaptureFixture[str]) -> None:
    """Kieswet W 1 on 2022-12-31: who declared the successor elected, and in what form, is not in the sources (W 1 reads
    as it does since 2023-01-01, Stb. 2022, 292); the evidence asked for was still «Met redenen omkleed besluit van de
    voorzitter van het centraal stembureau», the form of 2023. On 2023-01-02 it is."""
    out, _ = _run(["checklist", "GM0363", "--date", "2022-12-31", "--no-text"], capsys)
    opvolger = _sectie(out, "benoemdverklaring-opvolger")
    assert "Bewijs:** Besluit tot benoemdverklaring van de opvolger; van welk orgaan, in welke vorm en binnen welke " \
           "termijn, zegt de Kieswet zoals die toen luidde" in opvolger
    assert "Met redenen omkleed" not in opvolger
    assert "zegt de Kieswet zoals die toen luidde" in _sectie(out, "lijstuitputting-opvolging")
    out, _ = _run(["checklist", "GM0363", "--date", "2023-01-02", "--no-text"], capsys)
    assert "Bewijs:** Met redenen omkleed besluit van de voorzitter van het centraal stembureau" in _sectie(
        out, "benoemdverklaring-opvolger")


def test_the_woo_ground_on_2023_03_31_names_no_version_out_of_force(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 25, 55 and 86 on 2023-03-31 (the version of 2023-01-01): the summary said «artikel 5.1 van die wet
    (versie van 2022-11-05)», a version not in force that day; both versions cite artikel 5.1 Woo."""
    out, _ = _run(["checklist", "GM0363", "--date", "2023-03-31", "--no-text"], capsys)
    oplegging = _sectie(out, "geheimhouding-oplegging")
    assert "(versie van 2022-11-05)" not in oplegging
    assert "artikel 5.1 van die wet (in de bronnen vanaf de versie van 2022-11-05, en zo ook in die van 2023-01-01)" \
        in oplegging


def _sectie(markdown: str, kenmerk: str) -> str:
    """The section of the checklist's Markdown of the obligation ``kenmerk``."""
    return next(s for s in markdown.split("\n## ") if f"**Kenmerk:** {kenmerk}\n" in s)


# --- apply: an act dated after a later version of the text it amends ---------------------------------------------------


def test_an_act_of_2027_on_the_text_of_2023_01_01_names_the_later_texts(tmp_path: Path,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet of 2023-01-01 (in force until 2023-03-31) amended «met ingang van 1 januari 2027»: the result was
    written as the Gemeentewet of 2027-01-01 without a word, artikel 25 in it, which lapsed on 2023-04-01. Now it says
    the sources hold the texts of 2023-04-01 and 2026-10-01 in between."""
    act = wet(tmp_path, "A\n\nArtikel 81a vervalt.", "1 januari 2027")
    _, err = _run(["apply", "gemeentewet@2023-01-01", str(act), "-o", str(tmp_path / "r.xml")], capsys)
    assert ("de Gemeentewet van 2023-01-01 was op 2027-01-01 niet meer de laatste tekst: de bronnen hebben ook de "
            "teksten van de Gemeentewet van 2023-04-01 en 2026-10-01") in err
    assert "pas haar zo nodig toe op gemeentewet@2026-10-01" in err
    _, err = _run(["apply", "gemeentewet@2026-10-01", str(act), "-o", str(tmp_path / "s.xml")], capsys)
    assert "niet meer de laatste tekst" not in err
    # helper-161: with a --date before the act, nothing is applied, and the text of 2023-04-01 is no longer that of
    # 2026-12-01 either
    out, err = _run(["apply", "gemeentewet@2023-04-01", str(act), "--date", "2026-12-01", "-o", str(tmp_path / "t.xml")],
                    capsys)
    assert "0 toegepast" in out
    assert "de Gemeentewet van 2023-04-01 was op 2026-12-01 niet meer de laatste tekst: de bronnen hebben ook de tekst " \
           "van de Gemeentewet van 2026-10-01" in err
    # helper-160: a version that begins on the result's own day (2023-01-01, after 2022-11-05 ends on 2022-12-31)
    dag = wet(tmp_path, "A\n\nArtikel 81a vervalt.", "1 januari 2023", naam="dag.txt")
    _, err = _run(["apply", "gemeentewet@2022-11-05", str(dag), "-o", str(tmp_path / "u.xml")], capsys)
    assert "de bronnen hebben de Gemeentewet van 2023-01-01 zelf (gemeentewet@2023-01-01): vergelijk het resultaat " \
           "daarmee" in err


# --- consult: a reaction dated after today -------------------------------------------------------------------------


def test_a_reaction_dated_after_today_says_the_sources_speak_of_today(tmp_path: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    """Kamerstuk 36 892 and the Gemeentewet of 2026-10-01, a reaction dated 3026-10-15: the document read «· 15 oktober
    3026» and «Tekst geldig vanaf 1 oktober 2026» without a word that nobody can know the stand of the bill then."""
    voorbeeld = Path(__file__).parents[2] / "examples" / "reactie-tranche-2.yaml"
    uit = tmp_path / "r.md"
    _, err = _run(["consult", str(voorbeeld), "-o", str(uit), "--date", "3026-10-15"], capsys)
    assert "de datum van deze reactie (3026-10-15) ligt na de dag waarop dit document is gemaakt" in err
    assert "de datum van deze reactie (15 oktober 3026) ligt na de dag waarop dit document is gemaakt" in uit.read_text(
        encoding="utf-8")
    _, err = _run(["consult", str(voorbeeld), "-o", str(tmp_path / "s.md")], capsys)
    assert "ligt na de dag waarop" not in err


# --- Gemeentewet 66, vierde en vijfde lid: a duty the checklist did not name ----------------------------------------


def test_gemeentewet_66_lid_4_is_on_the_checklist(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 66, vierde lid, on 2023-04-15 (and in every version in the sources, 2011-02-23 to 2026-10-01): the
    burgemeester enjoys no compensation for nevenfuncties he holds by virtue of his office; paid ones go into the
    gemeentekas. The checklist covered artikel 67 (openbaarmaking) but not this duty."""
    out, _ = _run(["checklist", "GM0363", "--date", "2023-04-15", "--no-text"], capsys)
    sectie = _sectie(out, "vergoedingen-nevenfuncties-burgemeester")
    assert "artikel 66, vierde lid, Gemeentewet" in sectie and "artikel 66, vijfde lid, Gemeentewet" in sectie
    assert "worden zij toch uitgekeerd, dan worden zij in de gemeentekas gestort" in sectie
    assert "**Status:** geldend — de bronnen tonen de bepaling vanaf 2011-02-23" in sectie
    show, _ = _run(["show", "gemeentewet@2023-04-01", "artikel 66, vierde lid"], capsys)
    assert "worden zij gestort in de gemeentekas" in show  # the wording the summary follows


# --- Aanwijzing 6.18.2 in the form of the Staatsblad: the unit named after the verb ------------------------------------


def test_a_new_onderdeel_in_a_unit_named_after_the_verb_is_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 36b, eerste lid (onderdelen a–r), on 2023-04-01: «Onder vervanging van de punt aan het slot van
    onderdeel r door een puntkomma, wordt in artikel 36b, eerste lid, een onderdeel toegevoegd, luidende:» (the form of
    Stb. 2016, 478; aanwijzing 6.18.2, voorbeeld B, with the unit named) was refused: «onderdeel r» named no artikel.
    Inside «Artikel 13 wordt als volgt gewijzigd:», «… wordt aan het eerste lid een onderdeel toegevoegd» too."""
    act = wet(tmp_path, "A\n\nOnder vervanging van de punt aan het slot van onderdeel r door een puntkomma, wordt in "
              "artikel 36b, eerste lid, een onderdeel toegevoegd, luidende:\ns. lid van de rekenkamer van een andere "
              "gemeente.\n\nB\n\nArtikel 13 wordt als volgt gewijzigd:\n\n1. Onder vervanging van de punt aan het slot van "
              "onderdeel o door een puntkomma wordt aan het eerste lid een onderdeel toegevoegd, luidende:\np. lid van een "
              "andere raad.")
    out, _ = _run(["parse-act", str(act)], capsys)
    assert "adres=artikel:36b/lid:1/onderdeel:r; oud='.'; nieuw=';'" in out
    assert "ouder=artikel:36b/lid:1; eenheden=onderdeel s" in out and "ouder=artikel:13/lid:1; eenheden=onderdeel p" in out
    uit = tmp_path / "r.xml"
    _run(["apply", "gemeentewet@2023-04-01", str(act), "--date", "2023-04-02", "-o", str(uit)], capsys)
    getoond, _ = _run(["show", str(uit), "artikel 36b, eerste lid, onder s"], capsys)
    assert "lid van de rekenkamer van een andere gemeente." in getoond


def test_instructions_from_a_text_written_by_apply_say_it_is_no_official_version(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet of 2026-10-01 with our own act applied (artikel 81a vervalt): `instructions` between the two named
    the composed text «de teksten van 1 oktober 2026 en 1 januari 2028» without the notice `diff` gives."""
    act = wet(tmp_path, "A\n\nArtikel 81a vervalt.", "1 januari 2028")
    uit = tmp_path / "r.xml"
    _run(["apply", "gemeentewet@2026-10-01", str(act), "-o", str(uit)], capsys)
    out, err = _run(["instructions", "gemeentewet@2026-10-01", str(uit)], capsys)
    assert f"{uit}: samengestelde tekst: de Gemeentewet geldig vanaf 2026-10-01" in err
    assert "geen officiële versie" in out


# --- refs and graph dangling: what the sources say of a missing artikel, and what was not checked ---------------------


def test_refs_to_a_lapsed_artikel_say_when_it_lapsed_and_what_keeps_it(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 155g, zevende lid, on 2026-10-01 cites «86, eerste lid»; artikel 86 lapsed on 2023-04-01 (Stb. 2022,
    444) and artikel 292 keeps its earlier text applying to stukken then secret. `refs` said «ONTBREEKT» only, as of
    artikel 97, which is in no version; `graph impact` said more."""
    out, _ = _run(["refs", "gemeentewet@2026-10-01", "artikel 155g"], capsys)
    regel = next(r for r in out.splitlines() if "'86, eerste lid'" in r)
    assert "ONTBREEKT — de versie van 2023-01-01 heeft artikel 86 nog (gemeentewet@2023-01-01); het is dus met ingang " \
           "van 2023-04-01 vervallen of vernummerd; " in regel
    # 2026-12-07 (seventh session): what our model of tranche 1 says of it stands between (test_review_2026_12_07g)
    assert "; maar artikel 292 van deze versie houdt de eerdere tekst van toepassing" in regel
    out, _ = _run(["refs", "gemeentewet@2023-04-01", "artikel 98"], capsys)
    assert "artikel 97 ONTBREEKT)" in out and "vervallen of vernummerd" not in out  # 97 is in no version
    out, _ = _run(["refs", "gemeentewet@2023-04-01", "artikel 310"], capsys)
    assert out.rstrip().endswith("\ngeen verwijzingen")


def test_graph_dangling_counts_the_references_to_an_unknown_law(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 290, derde tot en met vijfde lid, of 2022-11-05 cite «de gemeentewet» (the withdrawn one), a law the
    title list does not know: `graph dangling` left them out without a word, where `refs --unresolved` lists them."""
    out, _ = _run(["graph", "dangling", "gemeentewet@2022-11-05"], capsys)
    assert "3 verwijzingen naar een wet die de titellijst niet kent zijn niet gecontroleerd" in out


# --- Aanwijzing 6.10: a number and what it counts are one begripseenheid ----------------------------------------------


def test_a_number_is_replaced_with_the_measure_it_counts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 36, eerste lid (2026-10-01: «ten hoogste twintig procent van het aantal raadsleden»), with «twintig
    procent» changed to «vijfentwintig procent»: `instructions` wrote «wordt «twintig» vervangen door «vijfentwintig»»,
    a number without what it counts (aanwijzing 6.10: a whole lees- of begripseenheid is replaced)."""
    act = wet(tmp_path, "A\n\nIn artikel 36, eerste lid, wordt «twintig procent» vervangen door «vijfentwintig procent».",
              "1 januari 2028")
    uit = tmp_path / "r.xml"
    _run(["apply", "gemeentewet@2026-10-01", str(act), "-o", str(uit)], capsys)
    out, _ = _run(["instructions", "gemeentewet@2026-10-01", str(uit)], capsys)
    assert "In artikel 36, eerste lid, wordt «twintig procent» vervangen door «vijfentwintig procent»." in out


# --- the checklist while tranche 1 was a bill ---------------------------------------------------------------------------


def test_the_vog_text_on_2022_06_01_is_not_called_the_text_in_force(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 36a, tweede lid, on 2022-06-01 (Kamerstuk 35 546 a bill; the VOG text in force from 2023-01-01): the
    quoted text was labelled «tekst zoals geldend op de peildatum», where on that day the lid read otherwise (ontheffing
    van het vereiste van ingezetenschap)."""
    import json

    out, _ = _run(["checklist", "GM0344", "--date", "2022-06-01", "--format", "json", "--no-text"], capsys)
    rij = next(r for r in json.loads(out)["verplichtingen"] if r["id"] == "vog-wethouder")
    assert [g["zekerheid_tekst"] for g in rij["grondslag"]] == [
        "tekst zoals die luidt vanaf 2023-01-01; op de peildatum een wetsvoorstel"]


def test_the_history_says_the_wording_assessed_was_not_yet_in_force(tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 36a, tweede lid: preparation recorded on 2022-06-01 (a bill then) of the wording in force from
    2023-01-01; the history said «tekst geldend vanaf 2023-01-01» as of any other assessment (helper-163)."""
    reg = ["--register", str(tmp_path / "r.sqlite")]
    _run(["register", "record", "GM0344", "vog-wethouder", "--status", "voorbereiding gestart", "--who", "Griffie",
          "--op", "2022-06-01", "--create", *reg], capsys)
    out, _ = _run(["register", "history", "GM0344", *reg], capsys)
    assert "[tekst geldend vanaf 2023-01-01 (op 2022-06-01 een wetsvoorstel)]" in out  # helper-165: not «nog niet geldend»
    _run(["register", "record", "GM0344", "vog-wethouder", "--status", "voorbereiding gestart", "--who", "Griffie",
          "--op", "2022-11-15", *reg], capsys)  # enacted (Stb. 2022, 444 of 2022-11-10), not yet in force
    out, _ = _run(["register", "history", "GM0344", *reg], capsys)
    assert "[tekst geldend vanaf 2023-01-01 (op 2022-11-15 nog niet geldend)]" in out


# --- the tranche model as it is shown ----------------------------------------------------------------------------------


def test_the_tranche_list_counts_derived_letters_apart(capsys: pytest.CaptureFixture[str]) -> None:
    """Stb. 2022, 444 (tranche 1): only onderdelen B and C have a letter the sources give; 18 letters are ours, derived
    from VNG's list of 1 April 2023, and 4 changes (Provinciewet 182, Kieswet P 19, W 4, X 9) have none. `tranche list`
    said «waarvan 4 zonder letter van de wet (eigen modelonderdelen)», as if the other 20 letters were the law's own."""
    out, _ = _run(["tranche", "list"], capsys)
    assert ("24 onderdelen in ons model: 2 met de letter uit de bronnen, 18 met een door ons afgeleide letter, 4 waarvan "
            "de letter niet in de bronnen staat") in out
    assert "eigen modelonderdelen" not in out


def test_other_changes_of_2023_01_01_get_no_artikel_number_of_ours(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 251 and the other changes of 2023-01-01 that are not tranche 1 (overig-2023, «herkomst onbekend»):
    `graph explain` named them «overig-2023, artikel I, …», an artikel number no source gives."""
    out, _ = _run(["graph", "explain", "gemeentewet@2023-04-01"], capsys)
    assert "(overig-2023, artikelnummer niet in de bronnen, onderdeel over artikel 36b" in out
    assert "overig-2023, artikel I," not in out


def test_tranche_diff_without_law_names_the_laws_of_the_model(capsys: pytest.CaptureFixture[str]) -> None:
    """`tranche diff 1` (Stb. 2022, 444) without --law said «--law ontbreekt», naming no law to choose."""
    _, err = _run(["tranche", "diff", "1"], capsys, 2)
    # the Kieswet's text before tranche 1 is not in the sources: not offered (helper-165)
    assert "noem met --law de regeling die u wilt vergelijken (een die tranche 1 wijzigt)" in err
    assert "te vergelijken: gemeentewet, provinciewet\n" in err
    _, err = _run(["tranche", "diff", "2"], capsys, 2)  # Kamerstuk 36 892, a bill: «zou wijzigen»
    assert "(een die tranche 2 zou wijzigen, volgens ons illustratieve ontwerp)" in err


def test_a_decimal_number_and_an_amount_are_replaced_whole(sources: Path, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    """Aanwijzing 6.10 on real texts: Participatiewet 31, tweede lid, onder r (2024-01-01: «tot 12,5 procent van deze
    inkomsten») gave «wordt «12,» vervangen door «15,»»; Kieswet H 14, eerste lid (2025-08-01: «een waarborgsom van
    € 225») gave «wordt «225» vervangen door «250»» (helper-165)."""
    pw = (sources / "bwb-xml" / "BWBR0015703_2024-01-01_participatiewet.xml").read_text(encoding="utf-8")
    assert "tot 12,5 procent van deze inkomsten" in pw
    (tmp_path / "a.xml").write_text(pw, encoding="utf-8")
    (tmp_path / "b.xml").write_text(pw.replace("tot 12,5 procent van deze inkomsten", "tot 15,5 procent van deze "
                                               "inkomsten"), encoding="utf-8")
    out, _ = _run(["instructions", str(tmp_path / "a.xml"), str(tmp_path / "b.xml")], capsys)
    assert "wordt «12,5 procent» vervangen door «15,5 procent»." in out
    kw = (sources / "bwb-xml" / "BWBR0004627_2025-08-01_kieswet.xml").read_text(encoding="utf-8")
    (tmp_path / "c.xml").write_text(kw, encoding="utf-8")
    (tmp_path / "d.xml").write_text(kw.replace("een waarborgsom van € 225", "een waarborgsom van € 250"), encoding="utf-8")
    out, _ = _run(["instructions", str(tmp_path / "c.xml"), str(tmp_path / "d.xml")], capsys)
    assert "In artikel H 14, eerste lid, wordt «€ 225» vervangen door «€ 250»." in out


def test_graph_dangling_does_not_count_the_mirrors_own_titels_as_unknown_laws(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet, Markdown mirror of 2013-07-01: 18 references to its own Titels and hoofdstukken («hoofdstuk XIa»)
    were counted as «naar een wet die de titellijst niet kent»; `refs --unresolved` has 3 of those (helper-165)."""
    out, _ = _run(["graph", "dangling", "gemeentewet-md@2013-07-01"], capsys)
    assert "\n3 verwijzingen naar een wet die de titellijst niet kent" in out


def test_gemeentewet_44_lid_4_is_on_the_checklist_with_artikel_291(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 44, vierde en vijfde lid (the wethouder's version of 66, vierde en vijfde lid), on 2023-04-15: missing
    from the model; and for both, artikel 291 exempts from the vijfde lid the office-holder who sat when it came in
    (helper-167)."""
    out, _ = _run(["checklist", "GM0363", "--date", "2023-04-15", "--no-text"], capsys)
    sectie = _sectie(out, "vergoedingen-nevenfuncties-wethouder")
    assert "artikel 44, vierde lid, Gemeentewet" in sectie and "artikel 44, vijfde lid, Gemeentewet" in sectie
    # helper-168: artikel 291 covers the vijfde tot en met achtste lid, the verrekening of the zesde lid included
    assert "Volgens artikel 291 zijn het vijfde tot en met achtste lid van artikel 44 niet van toepassing op de " \
           "wethouder die bij de inwerkingtreding van die bepalingen al in functie was" in sectie
    assert "Volgens artikel 291" in _sectie(out, "vergoedingen-nevenfuncties-burgemeester")
    show, _ = _run(["show", "gemeentewet@2023-04-01", "artikel 291"], capsys)
    assert "zolang deze zonder onderbreking zijn ambt vervult in dezelfde" in show


def test_a_duty_that_was_a_bill_on_the_date_is_no_wettelijk_row_in_the_csv(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 36a, tweede lid (VOG), on 2022-06-01 (Kamerstuk 35 546 a bill): the CSV's «soort» said «wettelijk»
    beside the status «wetsvoorstel», so a spreadsheet filtered on «wettelijk» listed the bill as law; the assessment
    cell lacked the note the tranche-2 rows have (helper-166)."""
    import csv
    import io

    out, _ = _run(["checklist", "GM0344", "--date", "2022-06-01", "--format", "csv", "--no-text"], capsys)
    rij = next(r for r in csv.DictReader(io.StringIO(out.removeprefix("\ufeff")), delimiter=";")
               if r["kenmerk"] == "vog-wethouder")
    assert rij["soort"] == "wetsvoorstel"  # as a row of Kamerstuk 36 892 says it
    assert rij["beoordeling"].startswith("nog niet beoordeeld (een wetsvoorstel, geen geldend recht")


def test_the_versions_quoted_name_the_provision_that_is_unchanged(capsys: pytest.CaptureFixture[str]) -> None:
    """Provinciewet 182, eerste lid, onder c, on 2023-01-01, quoted from the extract of 2022-11-05: «Geciteerde
    wetsversies» said «deze bepaling is gelijk in de versie van 2023-04-01», which read as the whole Provinciewet; its
    tweede lid did change (helper-166)."""
    out, _ = _run(["checklist", "GM0344", "--date", "2023-01-01", "--no-text"], capsys)
    assert ("- provinciewet@2022-11-05: tekst van 2022-11-05; de tekst van artikel 182, eerste lid, onder c, Provinciewet "
            "is gelijk in de versie van 2023-04-01") in out
    assert "deze bepaling is gelijk" not in out


def test_a_reassessment_speaks_of_the_peildatum_not_of_now(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 36a, tweede lid: preparation recorded on 2022-06-01, checklist of 2023-01-01: «past niet bij de stand
    nu: geldend», where «nu» was read as today (helper-166)."""
    reg = ["--register", str(tmp_path / "r.sqlite")]
    _run(["register", "record", "GM0344", "vog-wethouder", "--status", "voorbereiding gestart", "--who", "Griffie",
          "--op", "2022-06-01", "--create", *reg], capsys)
    out, _ = _run(["checklist", "GM0344", "--date", "2023-01-01", "--no-text", *reg], capsys)
    assert "(beoordeeld op 2022-06-01) past niet bij de stand op de peildatum: geldend" in out
    assert "stand nu" not in out


def test_no_row_of_the_word_checklist_splits_over_two_pages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The checklist's table in Word: «Schorsing en vervallenverklaring van een raadslid dat een» ended a page and
    «verboden handeling verricht» began the next (helper-166); every row now keeps together."""
    import docx

    uit = tmp_path / "c.docx"
    _run(["checklist", "GM0344", "--date", "2026-12-07", "-o", str(uit), "--no-text"], capsys)
    rijen = docx.Document(str(uit)).tables[0].rows
    assert all(r._tr.find(".//{http://schemas.openxmlformats.org/wordprocessingml/2006/main}cantSplit") is not None
               for r in rijen[1:])


def test_the_changes_since_a_date_carry_their_data_in_json(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 36a, tweede lid (VOG) between 2022-12-31 and 2023-04-01: `checklist --since … --format json` held the
    kenmerk and the statuses only inside sentences (helper-166); each item now has them as fields too."""
    import json

    out, _ = _run(["checklist", "GM0344", "--since", "2022-12-31", "--date", "2023-04-01", "--format", "json"], capsys)
    items = [i for g in json.loads(out)["groepen"] for i in g["items"]]
    vog = next(i for i in items if i["kenmerk"] == "vog-wethouder")
    assert vog["verandering"] == "nieuw" and vog["wordt"] == {"status": "geldend", "vanaf": "2023-01-01",
                                                               "vanaf_afgeleid": False, "vanaf_tekst": "2023-01-01"}
    assert vog["was"]["status"] == "nog-niet-geldend"
    assert next(i for i in items if i["kenmerk"] == "geheimhouding-bekrachtiging")["wordt"] is None
    # helper-168: a bill that appeared is listed, and marked, under the bills, not as new law (Kamerstuk 36 892)
    out, _ = _run(["checklist", "GM0344", "--since", "2025-12-31", "--date", "2026-03-01", "--format", "json"], capsys)
    items = [i for g in json.loads(out)["groepen"] for i in g["items"]]
    assert {i["verandering"] for i in items if i["kenmerk"].startswith(("risicoanalyse", "zorgplicht"))} == {
        "nieuw-wetsvoorstel"}


def test_a_bill_day_is_said_under_each_quoted_future_text(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 36a, tweede lid, on 2022-06-01 (Kamerstuk 35 546 a bill): under the quoted text, and in the list of
    versions quoted, «op 2022-06-01 nog niet in werking; de bepaling zoals zij luidt vanaf 2023-01-01», as of an act
    adopted; and «de bepaling» named none (helper-168)."""
    out, _ = _run(["checklist", "GM0344", "--date", "2022-06-01", "--no-text"], capsys)
    assert ("op 2022-06-01 een wetsvoorstel (geen geldend recht); de tekst van artikel 36a, tweede lid, Gemeentewet zoals "
            "die luidt vanaf 2023-01-01") in out
    out, _ = _run(["checklist", "GM0344", "--date", "2022-12-31", "--no-text"], capsys)  # adopted, not yet in force
    assert "op 2022-12-31 nog niet in werking; de tekst van artikel 36a, tweede lid, Gemeentewet zoals die luidt" in out
