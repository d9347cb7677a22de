"""Legal review of 2026-12-07 (ninth session); each test names its provision and date."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.legal._cli import consult, wet
from tests.legal._cli import run as _run

# --- checklist --since: a version from long before the period is not the period's own ---------------------------------


def test_since_calls_the_2015_mirror_the_last_version_before_the_period(
    sources: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Gemeentewet, 2022-11-04 → 2023-01-02: the sources hold no Gemeentewet between the Markdown mirror of 2015-11-24
    and the version of 2022-11-05. `--since 2022-11-04` named «de versies van 2015-11-24 (Markdown-spiegel), 2022-11-05
    en 2023-01-01» as the versions of the period, as if the text of 2015 held on 2022-11-04."""
    out, _ = _run(["checklist", "GM0344", "--since", "2022-11-04", "--date", "2023-01-02"], capsys)
    assert ("de versies van 2015-11-24 (Markdown-spiegel; de laatste in de bronnen vóór 2022-11-04), 2022-11-05 en "
            "2023-01-01") in out
    out, _ = _run(["checklist", "GM0363", "--since", "2016-01-01", "--date", "2026-11-01"], capsys)  # the long form too
    assert "de versies van 2015-11-24 (Markdown-spiegel; de laatste in de bronnen vóór 2016-01-01) tot en met 2026-10-01" in out
    # a version whose end the sources show (2022-11-05 held until 2022-12-31) needs no such words
    out, _ = _run(["checklist", "GM0344", "--since", "2022-12-01", "--date", "2023-01-02"], capsys)
    assert "de Gemeentewet hebben de bronnen voor deze periode de versies van 2022-11-05 en 2023-01-01;" in out


# --- obligations --actor: an addressee the sources do not name is not anyone's ---------------------------------------


@pytest.mark.parametrize("datum", [None, "2022-12-01"])
def test_a_duty_whose_earlier_addressee_is_unknown_is_not_listed_under_the_cdk(
    sources: Path, capsys: pytest.CaptureFixture[str], datum: str | None
) -> None:
    """Kieswet W 1 (benoemdverklaring van de opvolger; before 2023-01-01 a wording the sources lack) and X 8 (schorsing
    van een raadslid; before 2021-07-01 likewise): their unknown earlier addressee put them under
    `obligations --actor commissaris-van-de-koning`, with and without --date 2022-12-01, as if they concerned him."""
    args = ["obligations", "--actor", "commissaris-van-de-koning"] + (["--date", datum] if datum else [])
    out, _ = _run(args, capsys)
    assert "benoemdverklaring-opvolger" not in out and "schorsing-verboden-handelingen" not in out
    assert "cdk-informatie" in out
    if datum is None:  # Kamerstuk 36 892 (2026) does not say who: under every actor, as a bill
        assert "risicoanalyse-wethouder" in out
    # under an actor the duty names in a later period it stays, its addressee on that date unknown
    args = ["obligations", "--actor", "burgemeester"] + (["--date", datum] if datum else [])
    out, _ = _run(args, capsys)
    assert "benoemdverklaring-opvolger" in out


# --- graph explain: a theme whose duty comes from a bill not yet submitted --------------------------------------------


def test_a_theme_of_a_bill_not_yet_submitted_is_not_called_a_programme_theme_without_duty(
    sources: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Kamerstuk 36 892 (documents of 2026-02-03), financial interests: on the Gemeentewet of 2022-11-05 `graph explain`
    said «‘Financiële belangen’ is een thema van het programma, waarvoor ons model geen verplichting bevat», though the
    programme does not name it and the duty financiele-belangen-bestuurders is modelled (a bill from 2026-02-03)."""
    out, _ = _run(["graph", "explain", "gemeentewet@2022-11-05", "thema:financiele-belangen"], capsys)
    assert "thema van het programma" not in out
    assert ("(financiele-belangen-bestuurders) komen uit een wetsvoorstel, en dat was op 2022-11-05 nog niet ingediend "
            "(volgens ons model een wetsvoorstel vanaf 2026-02-03)") in out
    out, _ = _run(["graph", "explain", "gemeentewet@2026-10-01", "thema:financiele-belangen"], capsys)
    assert "[verplichting:financiele-belangen-bestuurders]" in out


# --- tranche show 2: our illustrative draft is labelled as our choices, and shown whole ------------------------------


def test_the_illustrative_draft_of_the_bill_says_what_the_project_chose(
    sources: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Kamerstuk 36 892 (2026): the sources say only that the bill settles which sources the risicoanalyse may use
    («zoals een vragenlijst en openbare bronnen») and who has which role. Our draft's artikel 36c, derde lid, said
    «uitsluitend»; the label named only onderdeel C as derived. With --theme the whole draft was shown unannounced."""
    out, _ = _run(["tranche", "show", "2", "--theme", "zorgplicht-burgemeester"], capsys)
    assert "uitsluitend" not in out
    assert "zoals de antwoorden op een vragenlijst, en van openbare bronnen" in out
    assert "ook de plaats en de inhoud van de artikelen 36c en 41d" in out
    assert ("Het ontwerp staat hier in zijn geheel, met de onderdelen van andere thema's dan Zorgplicht van de "
            "burgemeester.") in out


# --- checklist: a grondslag quoted from a version that ended says how the next version reads it ----------------------


def test_a_grondslag_of_an_ended_version_says_the_next_version_reads_it_otherwise(
    sources: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Gemeentewet 36b, eerste lid, on 2022-12-31: the version of 2022-11-05 held until 2022-12-31, and on 2023-01-01
    onder k lost «waarin de gemeente waar hij wethouder is, is gelegen». The note said only the version's range, while
    the second and third lid were said to read «gelijk» in the next version; and 25, 55, 86 lapse on 2023-04-01."""
    out, _ = _run(["checklist", "GM0344", "--date", "2022-12-31"], capsys)
    assert ("tekst van de versie die gold van 2022-11-05 tot en met 2022-12-31; in de versie van 2023-01-01 luidt artikel "
            "36b, eerste lid, Gemeentewet anders") in out
    out, _ = _run(["checklist", "GM0344", "--date", "2023-01-15"], capsys)
    assert ("tekst van de versie die gold van 2023-01-01 tot en met 2023-03-31; de versie van 2023-04-01 heeft artikel 25, "
            "eerste lid, Gemeentewet niet meer") in out


# --- drafting: subonderdelen (Aanwijzing 6.17, tweede lid) -----------------------------------------------------------


def test_instructions_for_two_subonderdelen_are_read_back_by_apply(
    sources: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Gemeentewet 15, eerste lid, onderdeel d, onder 3° en 4° (version of 2023-04-01), an invented change in force on
    2028-01-01: `instructions` wrote «In het eerste lid, onderdeel d, onderdelen 3 en 4, wordt telkens …», which `apply`
    refused («het onderdeel wordt twee keer genoemd»); and «In onderdeel 3°» inside «Artikel 15, eerste lid, onderdeel d,
    wordt als volgt gewijzigd:» was read as onderdeel 3 of the eerste lid, which does not exist."""
    act = wet(tmp_path, "A\n\nArtikel 15, eerste lid, onderdeel d, wordt als volgt gewijzigd:\n\n"
              "1. In onderdeel 3° wordt «roerende zaken» vervangen door «goederen».\n\n"
              "2. In subonderdeel 4° wordt «roerende zaken» vervangen door «goederen».\n", "1 januari 2028")
    a, b, c = (tmp_path / n for n in ("a.xml", "n.txt", "b.xml"))
    out, err = _run(["apply", "gemeentewet@2023-04-01", str(act), "-o", str(a)], capsys)
    assert "1 toegepast, 0 mislukt" in out + err
    _run(["instructions", "gemeentewet@2023-04-01", str(a), "--date", "2028-01-01", "-o", str(b)], capsys)
    assert "In artikel 15, eerste lid, onderdeel d, onder 3° en 4°, wordt telkens «roerende zaken» vervangen door " \
        "«goederen»." in b.read_text(encoding="utf-8")
    _run(["apply", "gemeentewet@2023-04-01", str(b), "--date", "2028-01-01", "-o", str(c)], capsys)
    out, err = _run(["diff", str(c), str(a)], capsys)
    assert "0 artikelen verschillen" in out + err or "dezelfde tekst" in out + err


def test_a_lid_added_with_a_number_that_skips_others_is_said(
    sources: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Gemeentewet 36a (version of 2023-04-01: leden 1 to 4), an invented act in force on 2028-01-01 that adds «7.», and
    13, eerste lid, with an onderdeel «ba» inserted: applied without a word, though aanwijzing 6.17, tweede lid, asks
    leden and onderdelen to be numbered on (helper-194)."""
    act = wet(tmp_path, "A\n\nAan artikel 36a wordt een lid toegevoegd, luidende:\n\n7. Een toegevoegd lid.\n\nB\n\n"
              "In artikel 13, eerste lid, wordt na onderdeel b een onderdeel ingevoegd, luidende:\n\n"
              "ba. lid van de Eerste Kamer;\n", "1 januari 2028")
    _, err = _run(["apply", "gemeentewet@2023-04-01", str(act), "-o", str(tmp_path / "a.xml")], capsys)
    assert "na de wijziging heeft artikel 36a Gemeentewet de leden 1, 2, 3, 4 en 7: de leden 5 en 6 ontbreken." in err
    # aanwijzing 6.17, tweede lid, word for word, «tenzij» included; the next number is our reading (helper-196)
    assert ("Naar onze lezing van aanwijzing 6.17, tweede lid: «De leden, onderdelen en subonderdelen van een artikel "
            "worden wel vernummerd of verletterd, tenzij daartegen overwegend bezwaar bestaat.» krijgt een toegevoegd lid "
            "het nummer of de letter die op het laatste volgt") in err
    assert ("in artikel 13, eerste lid, Gemeentewet is onderdeel ba vóór bestaande onderdelen ingevoegd met een eigen "
            "letter, zonder de volgende te verletteren") in err


def test_an_onderdeel_added_after_aa_continues_the_lettering(
    sources: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Participatiewet 31, tweede lid (BWB version of 2024-01-01: onderdelen a … z, aa): «Aan artikel 31, tweede lid, wordt
    een onderdeel toegevoegd, luidende: bb. …» was placed after onderdeel b and said to be inserted «met een eigen
    letter» (helper-196); after aa it continues the lettering (aanwijzing 6.18, tweede lid, voorbeeld B adds at the end)."""
    act = tmp_path / "p.txt"
    act.write_text("ARTIKEL I\n\nDe Participatiewet wordt als volgt gewijzigd:\n\nA\n\nAan artikel 31, tweede lid, wordt "
                   "een onderdeel toegevoegd, luidende:\n\nbb. een nieuwe vrijlating.\n\nARTIKEL II\n\nDeze wet treedt in "
                   "werking met ingang van 1 januari 2028.\n", encoding="utf-8")
    uit = tmp_path / "p.xml"
    _, err = _run(["apply", "participatiewet", str(act), "-o", str(uit)], capsys)
    assert "met een eigen letter" not in err
    out, _ = _run(["show", str(uit), "artikel 31, tweede lid"], capsys)
    letters = [m[1] for r in out.splitlines() if (m := re.match(r"\s*([a-z]{1,2})\. ", r))]
    assert letters[-3:] == ["z", "aa", "bb"] and letters[:3] == ["a", "b", "c"]


def test_a_numbered_subonderdeel_gap_asks_for_vernummering(
    sources: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Gemeentewet 15, eerste lid, onderdeel d, onder 5° lapsing (version of 2023-04-01, an invented act): the note said
    «onderdeel 5 ontbreekt … vraagt onderdelen te verletteren»; numbered subonderdelen are vernummerd (aanwijzing 6.17,
    tweede lid: «vernummerd of verletterd»)."""
    act = wet(tmp_path, "A\n\nArtikel 15, eerste lid, onderdeel d, onder 5°, vervalt.\n", "1 januari 2028")
    _, err = _run(["apply", "gemeentewet@2023-04-01", str(act), "-o", str(tmp_path / "a.xml")], capsys)
    assert "de subonderdelen 1, 2, 3, 4, 6 en 7: subonderdeel 5 ontbreekt. De subonderdelen zijn dus te vernummeren" in err
    assert "verletteren" not in err


# --- checklist --since: a grondslag whose text changed in the sources, our model alike ------------------------------


def test_since_lists_a_grondslag_whose_text_changed_in_the_sources(sources: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 68, tweede lid (Markdown mirror): «aanhef en onder r» on 2011-02-23, «onder p» on 2014-12-02, as the
    deelraad left artikel 68, eerste lid (likewise 13 and 36b). `checklist --since 2011-03-01 --date 2015-01-01` said
    «Niets: geen verplichting verscheen, veranderde of verviel.» for Rotterdam, which had deelgemeenten."""
    out, _ = _run(["checklist", "GM0599", "--since", "2011-03-01", "--date", "2015-01-01"], capsys)
    assert "Niets:" not in out
    assert "## Andere tekst van de grondslag in de bronnen, in ons model ongewijzigd (3)" in out
    assert ("artikel 68, tweede lid, Gemeentewet: de versie van 2011-02-23 (Markdown-spiegel) → de versie van 2014-12-02 "
            "(Markdown-spiegel); vergelijk met 'wetgeving diff gemeentewet-md@2011-02-23 gemeentewet-md@2014-12-02 --only "
            "\"artikel 68, tweede lid\"'") in out
    assert "ons model beschrijft de verplichting op beide datums gelijk; of de wijziging haar raakt, is niet beoordeeld" in out


# --- a peildatum after today ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["markdown", "json", "csv", "html"])
def test_a_checklist_on_a_day_after_today_says_what_geldend_rests_on(
    sources: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    """Gemeentewet 36a, tweede lid, and every other duty on 2099-06-01 (after any today): «Geldend: 45» read as certain,
    while the newest source is the Gemeentewet of 2026-10-01 and Kamerstuk 36 892 may change these provisions."""
    out, _ = _run(["checklist", "GM0344", "--date", "2099-06-01", "--format", fmt], capsys)
    assert "de peildatum 2099-06-01 ligt na vandaag" in out
    assert "of het op die dag zo geldt, is niet bekend" in out
    out, _ = _run(["obligations", "--date", "2099-06-01"], capsys)
    assert "de peildatum 2099-06-01 ligt na vandaag" in out
    out, _ = _run(["checklist", "GM0344", "--date", "2023-06-01", "--format", fmt], capsys)
    assert "ligt na vandaag" not in out


def test_a_jci_with_a_zichtdatum_other_than_its_geldigheidsdatum_is_said(
    sources: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Gemeentewet 36a, tweede lid, JCI with z=2022-12-01 (before the inwerkingtredingsbesluit, Stb. 2022, 504 of
    2022-12-16) and g=2023-03-31: the VOG text was shown and cited back with z=2023-03-31, the z= dropped unsaid."""
    _, err = _run(["show", "gemeentewet", "jci1.3:c:BWBR0005416&artikel=36a&lid=2&z=2022-12-01&g=2023-03-31"], capsys)
    assert ("de JCI noemt als zichtdatum 2022-12-01 (z=) en als geldigheidsdatum 2023-03-31 (g=); dit programma leest de "
            "tekst die op 2023-03-31 gold zoals de bronnen die nu kennen, niet zoals die op 2022-12-01 bekend was") in err


# --- consult -----------------------------------------------------------------------------------------------------------

_NOTA = """consultatie:
  wetsvoorstel: tranche-1
  basis: gemeentewet@2022-11-05
  organisatie: Kantoor
  datum: 2021-03-01
opmerkingen:
  - bepaling: art. 36a lid 2
    over: |
      drie
      maanden
    opmerking: Te kort.
"""


@pytest.mark.parametrize("ext", ["md", "html", "docx"])
def test_a_reaction_in_the_consultation_on_the_nota_van_wijziging_says_its_text_is_not_shown(
    sources: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], ext: str
) -> None:
    """Kamerstuk 35 546, a reaction of 2021-03-01, in the internetconsultatie on a nota van wijziging (12 February to
    1 April 2021) that the minister did not submit (Kamerstuk 35 546, nr. 7): only the internetconsultatie text said that
    its text is not in the sources; the Word, Markdown and HTML documents named the consultation alone. A quoted «over»
    wrapped by a YAML «|» block was refused."""
    import zipfile

    uit = tmp_path / f"r.{ext}"
    consult(tmp_path, _NOTA, uit, capsys)
    tekst = zipfile.ZipFile(uit).read("word/document.xml").decode() if ext == "docx" else uit.read_text(encoding="utf-8")
    assert "de minister heeft haar later niet ingediend" in tekst


def test_a_grondslag_renumbered_word_for_word_is_not_said_to_read_otherwise(
    sources: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Gemeentewet 28, derde lid, of 2022-11-05 («Een benoeming gaat iemand persoonlijk aan, …») is the vierde lid of
    2023-01-01 word for word (a lid was inserted before it, Stb. 2022, 444). On 2022-12-31 the note said the derde lid
    «luidt anders» in the next version, read as a change of the rule."""
    out, _ = _run(["checklist", "GM0363", "--date", "2022-12-31"], capsys)
    assert ("in de versie van 2023-01-01 staat deze tekst ongewijzigd als artikel 28, vierde lid, Gemeentewet") in out
    assert "luidt artikel 28, derde lid, Gemeentewet anders" not in out


# --- register import: no copy and no edited row into the append-only register -----------------------------------------


def test_an_import_refuses_a_copied_or_edited_row(sources: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 36a, tweede lid (VOG), assessed on 2023-04-15: an export with a row copied twice put two permanent
    copies into the append-only register; an export whose «voldoet niet» was edited into «voldoet» was taken in under
    the original recording time and beoordelaar, and then shown by the checklist as the gemeente's assessment (helper-198);
    a row of the commissaris van de Koning's task (Provinciewet 182) recorded today was taken in though `record` refuses it."""
    db, exp = tmp_path / "r.sqlite", tmp_path / "e.csv"
    _run(["register", "record", "GM0193", "vog-wethouder", "--status", "voldoet niet", "--who", "t", "--op", "2023-04-15",
          "--register", str(db), "--create"], capsys)
    _run(["register", "export", "-o", str(exp), "--register", str(db)], capsys)
    kop, rij = exp.read_text("utf-8-sig").splitlines()[:2]
    for naam, inhoud, verwacht in (
        ("kopie", [kop, rij, rij], "de beoordeling op regel 3 is gelijk aan #1 in het register"),
        ("bewerkt", [kop, rij.replace("voldoet-niet", "voldoet")], "de beoordeling op regel 2 heeft dezelfde gemeente, "
         "verplichting, beoordelaar en datum, en is op hetzelfde moment vastgelegd als #1 in het register, maar wijkt "
         "daarvan af"),
        ("cdk", [kop, rij.replace("vog-wethouder", "cdk-taak").replace("voldoet-niet", "voldoet")],
         "is een taak van de commissaris van de Koning, niet van de gemeente")):
        f = tmp_path / f"{naam}.csv"
        f.write_text("\n".join(inhoud) + "\n", encoding="utf-8-sig")
        _, err = _run(["register", "import", str(f), "--register", str(db)], capsys, code=1)
        assert verwacht in err, (naam, err)
    out, _ = _run(["register", "history", "--register", str(db)], capsys)
    assert out.count("vog-wethouder") == 1 and "cdk-taak" not in out


def test_the_status_word_of_an_assessment_is_quoted(sources: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 36a, tweede lid (VOG), in force 2023-01-01, recorded «nog niet» on 2022-12-20 (preparation): the
    checklist of 2023-01-15 said «Beoordeling: nog niet — beoordeeld op 2022-12-20», read beside «Beoordeling: nog niet
    beoordeeld» of the next item (helper-198)."""
    db = tmp_path / "r.sqlite"
    _run(["register", "record", "GM0193", "vog-wethouder", "--status", "nog niet", "--who", "t", "--op", "2022-12-20",
          "--register", str(db), "--create"], capsys)
    out, _ = _run(["checklist", "GM0193", "--date", "2023-01-15", "--register", str(db), "--no-text"], capsys)
    assert "- **Beoordeling:** ‘nog niet’ — beoordeeld op 2022-12-20 door t" in out


def test_a_date_before_the_bill_names_the_day_of_submission(
    sources: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Gemeentewet 36a, tweede lid (VOG), Kamerstuk 35 546 submitted on 2020-08-31: «nog niet» on 2020-06-05 was refused
    with «bestaat op 2020-06-05 niet (nog niet, of niet meer)» and «kies een dag waarop de verplichting geldt», while
    2020-08-31, no day it applied, is accepted (helper-198)."""
    _, err = _run(["register", "record", "GM0193", "vog-wethouder", "--status", "nog niet", "--op", "2020-06-05", "--who",
                   "t", "--register", str(tmp_path / "r.sqlite"), "--create"], capsys, code=1)
    assert "is op 2020-06-05 nog niet te beoordelen: het wetsvoorstel dat haar invoerde (Kamerstuk 35 546) werd pas op " \
           "2020-08-31 ingediend" in err
    assert "kies voor --op een dag vanaf 2020-08-31" in err


# --- diff --only: a lid of an artikel added or removed whole -----------------------------------------------------------


def test_diff_only_a_lid_of_an_artikel_that_lapsed_shows_that_lid(sources: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 25 (geheimhouding) lapsed on 2023-04-01 (Stb. 2022, 444): `--only "artikel 25, derde lid"` printed all
    four leden; a lid in neither version was said not to exist in the new one only (helper-199)."""
    out, _ = _run(["diff", "gemeentewet@2023-01-01", "gemeentewet@2023-04-01", "--only", "artikel 25, derde lid"], capsys)
    assert "artikel 25, derde lid (vervallen)" in out and "[-De krachtens het tweede lid opgelegde verplichting" in out
    assert "De raad kan op grond van een belang" not in out  # the eerste lid
    _, err = _run(["diff", "gemeentewet@2023-01-01", "gemeentewet@2023-04-01", "--only", "artikel 25, vijfde lid"], capsys,
                  code=1)
    assert ("artikel 25, vijfde lid staat in geen van beide versies (de Gemeentewet geldig vanaf 2023-01-01 en geldig "
            "vanaf 2023-04-01)") in err


def test_a_duty_listed_under_an_actor_for_another_period_says_why(sources: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Kieswet W 1 (benoemdverklaring van de opvolger) on 2020-01-01, whose wording then the sources lack: listed under
    `--actor burgemeester` with «onbekend (niet in de bronnen)» and no word why (helper-196); the burgemeester is named
    from 2023-01-01 (W 1, eerste lid, with E 19, tweede lid)."""
    out, _ = _run(["obligations", "--actor", "burgemeester", "--date", "2020-01-01"], capsys)
    regel = next(r for r in out.splitlines() if r.startswith("- benoemdverklaring-opvolger"))
    assert ("(vermeld omdat zij in een andere periode ‘burgemeester’ noemt als wie haar draagt of uitvoert; wie haar op "
            "2020-01-01 droeg, staat niet in de bronnen)") in regel


def test_a_graph_of_the_partial_provinciewet_points_to_the_cdk_in_the_gemeentewet_graph(
    sources: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Provinciewet 182 (the commissaris van de Koning's toezicht, sources hold 175–182 only): `graph explain provinciewet
    182` was refused with «vraag één artikel op … 'wetgeving show'», though the CdK's paths are in the Gemeentewet's
    graph (helper-195)."""
    _, err = _run(["graph", "explain", "provinciewet", "182"], capsys, code=2)
    assert "'wetgeving graph explain gemeentewet verplichting:cdk-informatie'" in err
    out, _ = _run(["graph", "explain", "gemeentewet", "verplichting:cdk-informatie"], capsys)
    assert "artikel 182, tweede lid (Provinciewet)" in out


@pytest.mark.parametrize("args", [["show", "gemeentewet-md@2011-02-23", "artikel 68"],
                                  ["refs", "gemeentewet-md@2011-02-23", "artikel 68"],
                                  ["diff", "gemeentewet-md@2011-02-23", "gemeentewet-md@2014-12-02", "--only",
                                   "artikel 68, tweede lid"]])
def test_a_notice_on_another_artikel_of_the_mirror_is_left_out(
    sources: Path, capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    """Gemeentewet 68, tweede lid (Markdown mirror of 2011-02-23): the reader's notice on artikel 44 («de nummering loopt
    terug») came with every question about artikel 68; it is said for artikel 44 (and the whole law) only."""
    out, err = _run(args, capsys)
    assert "in artikel 44 staat" not in out + err
    _, err = _run(["show", "gemeentewet-md@2011-02-23", "artikel 44"], capsys)
    assert "in artikel 44 staat na het achtste lid een alinea die met «5.» begint" in err


def test_the_graph_export_types_powers_bills_and_recommendations_apart(
    tmp_path: Path, sources: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Gemeentewet 87 (geheimhouding opleggen, a power), Provinciewet 182, tweede lid (the CdK's power; the gemeente's
    cooperation is our reading), Kamerstuk 36 892 (a bill) and the programme's basisscan (a recommendation), graph of
    2026-12-07: every edge to an actor had `soort` «obliges», so a JSON or GraphML filter on it counted them as duties
    (helper-202)."""
    from tests.legal._cli import graaf_verbindingen

    verwacht = {("verplichting:vog-wethouder", "actor:wethouder"): "obliges",
                ("verplichting:geheimhouding-oplegging", "actor:raad"): "empowers",
                ("verplichting:cdk-informatie", "actor:burgemeester"): "asks_cooperation",
                ("verplichting:financiele-belangen-bestuurders", "actor:wethouder"): "would_oblige",
                ("verplichting:aanbeveling-basisscan-integriteit", "actor:raad"): "addresses"}
    links = graaf_verbindingen(tmp_path, capsys, "gemeentewet@2026-12-07")
    assert {k: links[k]["soort"] for k in verwacht} == verwacht


# --- second review of this session's changes (helper-200) -------------------------------------------------------------


def test_since_does_not_compare_a_lid_before_its_wording_began(sources: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Provinciewet 182, tweede lid (the CdK's power, from 2023-01-01, a date we derive): `--since 2023-01-01 --date
    2023-04-01` compared the tweede lid of 2022-11-05 (renumbered to the derde on 2023-01-01) with the new one and
    listed «Andere tekst»; Gemeentewet 13 between 2015-11-24 and 2022-11-05 was left out because the obligation was
    also listed for the adopted wording of 2023."""
    out, _ = _run(["checklist", "GM0344", "--since", "2023-01-01", "--date", "2023-04-01"], capsys)
    assert "Andere tekst van de grondslag" not in out
    out, _ = _run(["checklist", "GM0344", "--since", "2015-11-24", "--date", "2022-11-05"], capsys)
    groep = out.split("## Andere tekst van de grondslag in de bronnen, in ons model ongewijzigd", 1)[1].split("\n## ")[0]
    assert "[incompatibiliteit-raadslid]" in groep and "[incompatibiliteit-burgemeester]" in groep


def test_since_to_a_day_after_today_says_so(sources: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet (2026-10-01) to 2099-06-01: `checklist --since` said «Niets» without the caveat the checklist of that
    day gives (helper-200)."""
    out, _ = _run(["checklist", "GM0344", "--since", "2026-10-01", "--date", "2099-06-01"], capsys)
    assert "de peildatum 2099-06-01 ligt na vandaag" in out


def test_an_export_with_two_assessments_of_one_second_imports(
    sources: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Gemeentewet 36a, tweede lid (VOG) on 2024-03-01, two assessments recorded by one person in one second (the
    register keeps whole seconds): their export was refused as «een export wordt niet bewerkt» (helper-200)."""
    exp = tmp_path / "e.csv"
    kop = ("gemeente,verplichting,status,reden,bewijs,notitie,wie,wanneer,op,periode,tekst")
    rijen = [f"GM0344,vog-wethouder,{s},,,,Kees,2026-12-01T10:00:00+00:00,2024-03-01,vanaf-2023-01-01,"
             for s in ("voldoet", "voldoet-gedeeltelijk")]
    exp.write_text("\n".join([kop, *rijen]) + "\n", encoding="utf-8")
    out, err = _run(["register", "import", str(exp), "--register", str(tmp_path / "r.sqlite"), "--create"], capsys)
    assert "2 beoordelingen ingelezen" in out + err


def test_a_gap_after_aa_is_said(sources: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Participatiewet 31, tweede lid (onderdelen a … z, aa), «cc» added: «bb» is missing (aanwijzing 6.17, tweede lid);
    only single letters were checked (helper-200)."""
    act = tmp_path / "p.txt"
    act.write_text("ARTIKEL I\n\nDe Participatiewet wordt als volgt gewijzigd:\n\nA\n\nAan artikel 31, tweede lid, wordt "
                   "een onderdeel toegevoegd, luidende:\n\ncc. een nieuwe vrijlating.\n\nARTIKEL II\n\nDeze wet treedt in "
                   "werking met ingang van 1 januari 2028.\n", encoding="utf-8")
    _, err = _run(["apply", "participatiewet", str(act), "-o", str(tmp_path / "p.xml")], capsys)
    assert "aa en cc: onderdeel bb ontbreekt" in err


def test_the_checklist_document_has_page_numbers_and_the_page_a_contents_list(
    sources: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The checklist of Utrecht on 2023-01-15 (Gemeentewet as of 2023-01-01, 66 pages as PDF): no page numbers in the
    Word/PDF form, and the HTML had no list of its items to jump to (helper-201)."""
    import zipfile

    uit = tmp_path / "c.docx"
    _run(["checklist", "GM0344", "--date", "2023-01-15", "-o", str(uit)], capsys)
    voet = zipfile.ZipFile(uit).read("word/footer1.xml").decode()
    assert 'w:instr="PAGE"' in voet and 'w:instr="NUMPAGES"' in voet and "Pagina " in voet
    out, _ = _run(["checklist", "GM0344", "--date", "2023-01-15", "--format", "html"], capsys)
    assert '<h2 id="inhoud">Inhoud</h2>' in out and '<a href="#vog-wethouder">' in out


def test_an_ambiguous_gemeente_and_a_made_folder_are_said(
    sources: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The checklist (Gemeentewet, today) of «Bergen», with Bergen (NH.) and Bergen (L.) in the list, was refused as
    «onbekende gemeente»; `-o` into a folder that did not exist made it without a word (helper-201)."""
    lijst = tmp_path / "g.csv"
    lijst.write_text("Gemeentecode,GemeentecodeGM,Gemeentenaam,Provinciecode,ProvinciecodePV,Provincienaam\n"
                     "373,GM0373,Bergen (NH.),27,PV27,Noord-Holland\n893,GM0893,Bergen (L.),31,PV31,Limburg\n",
                     encoding="utf-8")
    _, err = _run(["checklist", "Bergen", "--gemeenten", str(lijst)], capsys, code=2)
    # not «zo heten» (helper-203); with the codes (helper-204)
    assert "'Bergen' past bij meer gemeenten: Bergen (NH.) (GM0373), Bergen (L.) (GM0893)" in err
    assert "noem de volledige naam of de code" in err
    uit = tmp_path / "nieuw" / "c.md"
    _, err = _run(["checklist", "GM0373", "--gemeenten", str(lijst), "-o", str(uit)], capsys)
    assert f"geschreven: {uit} (map {uit.parent} aangemaakt)" in err


def test_the_same_assessment_twice_in_one_second_is_refused_and_an_old_pair_imports(
    sources: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Gemeentewet 36a, tweede lid (VOG) on 2024-01-01: `register record` run twice in one second made two identical
    rows the append-only register keeps for good, and an export of them was then refused as a copy (helper-203). Now
    `record` refuses the second; an export of such a pair recorded before (2026-12-01) imports."""
    db = tmp_path / "r.sqlite"
    args = ["register", "record", "GM0363", "vog-wethouder", "--status", "voldoet", "--op", "2024-01-01", "--who", "g",
            "--register", str(db)]
    from datetime import UTC, datetime

    import wetgeving.compliance.register as register

    class Klok(datetime):  # one second for both commands
        @classmethod
        def now(cls, tz: object = None) -> Klok:  # type: ignore[override]
            return cls(2026, 12, 7, 12, 0, 0, tzinfo=UTC)

    monkeypatch.setattr(register, "datetime", Klok)
    _run([*args, "--create"], capsys)
    _, err = _run(args, capsys, code=1)
    assert "deze beoordeling is in deze seconde al vastgelegd (#1)" in err
    kop = "gemeente,verplichting,status,reden,bewijs,notitie,wie,wanneer,op,periode,tekst"
    rij = "GM0363,vog-wethouder,voldoet,,,,g,2026-12-01T10:00:00+00:00,2024-01-01,vanaf-2023-01-01,"
    exp = tmp_path / "e.csv"
    exp.write_text("\n".join([kop, rij, rij]) + "\n", encoding="utf-8")
    out, err = _run(["register", "import", str(exp), "--register", str(tmp_path / "n.sqlite"), "--create"], capsys)
    assert "2 beoordelingen ingelezen" in out + err


def test_two_records_at_once_and_a_moment_in_another_form(
    sources: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Gemeentewet 36a, tweede lid (VOG) on 2024-01-01: the same assessment recorded by two processes in one second got
    through both (the check read before the write, helper-204): the register refuses it in the insert's own
    transaction. An import compared the moment of recording as text: «2026-12-07 23:30:00+00:00» (a space) passed as
    earlier than the cut-off, «2026-12-07T23:30:00+02:00» (21:30 UTC) as later."""
    from wetgeving.compliance.register import AlVastgelegd, Beoordelingsregister

    db = tmp_path / "r.sqlite"
    velden = {"wie": "g", "op": "2024-01-01", "periode": "vanaf-2023-01-01", "wanneer": "2026-12-07T23:40:00+00:00"}
    with Beoordelingsregister(db) as reg:
        reg.record("GM0363", "vog-wethouder", "voldoet", **velden)
        with pytest.raises(AlVastgelegd):
            reg.record("GM0363", "vog-wethouder", "voldoet", **velden)
        reg.record("GM0363", "vog-wethouder", "voldoet-niet", **velden)  # another assessment in that second: taken
    kop = "gemeente,verplichting,status,reden,bewijs,notitie,wie,wanneer,op,periode,tekst"
    for wanneer, ingelezen in (("2026-12-07 23:30:00+00:00", False), ("2026-12-07T23:30:00+02:00", True)):
        rij = f"GM0363,vog-wethouder,voldoet,,,,g,{wanneer},2024-01-01,vanaf-2023-01-01,"
        exp = tmp_path / "e.csv"
        exp.write_text("\n".join([kop, rij, rij]) + "\n", encoding="utf-8")
        out, err = _run(["register", "import", str(exp), "--register", str(tmp_path / f"n{ingelezen}.sqlite"),
                         "--create"], capsys, code=0 if ingelezen else 1)
        assert ("2 beoordelingen ingelezen" in out + err) is ingelezen, wanneer
