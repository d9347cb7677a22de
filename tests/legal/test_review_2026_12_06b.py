"""Legal review of 2026-12-06, afternoon: references, the tranches and the consultation reaction; each test names
its provision and date."""

from __future__ import annotations

import pytest

from tests.legal._cli import run as _run
from wetgeving.wijziging.datums import datums_voluit

# --- references ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("versie", ["2022-11-05", "2023-04-01", "2026-10-01"])
def test_gemeentewet_249_cites_artikelen_21_and_59_not_a_phantom_2159(versie: str,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet artikel 249 (every version in the sources) leaves «de artikelen 5, 7c, 20, 21 59, 62 en 69» of
    the Invorderingswet 1990 out of application. The source writes two touching links ([21][ref5][59][ref6]);
    `show` printed «2159» and `refs` a phantom artikel 2159 of the Invorderingswet, losing 21 and 59."""
    out, _ = _run(["show", f"gemeentewet@{versie}", "artikel 249"], capsys)
    assert "2159" not in out and "20, 21 59, 62 en 69" in " ".join(out.split())
    out, _ = _run(["refs", f"gemeentewet@{versie}", "artikel 249"], capsys)
    targets = {line.split("→")[1].split()[0] for line in out.splitlines() if "→" in line}
    assert {f"jci1.3:c:BWBR0004770&artikel={n}" for n in ("5", "7c", "20", "21", "59", "62", "69")} <= targets
    assert not any("2159" in t for t in targets)


# --- the tranches ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("law", "titel"), [("waterschapswet", "Waterschapswet"),
                                            ("wolbes", "Wet openbare lichamen Bonaire, Sint Eustatius en Saba")])
def test_tranche_1_is_not_said_to_leave_waterschapswet_and_wolbes_alone(law: str, titel: str,
                                                                         capsys: pytest.CaptureFixture[str]) -> None:
    """Stb. 2022, 444 (Kamerstuk 35 546) is by its formal title a «Wijziging van de Gemeentewet, Provinciewet,
    Waterschapswet, Wet openbare lichamen Bonaire, Sint Eustatius en Saba en Kieswet»; parts of its artikelen III
    and IV entered into force on 2023-04-01. `tranche diff 1 --law waterschapswet` said «tranche 1 wijzigt
    waterschapswet niet»; now that our model does not hold those changes."""
    _, err = _run(["tranche", "diff", "1", "--law", law], capsys, code=2)
    assert f"ons model van tranche 1 bevat de wijzigingen van de {titel} niet" in err
    assert "wijzigt" not in err.split("\n")[0].split(":")[1]


def test_the_provinciewet_redline_of_tranche_1_says_it_is_incomplete_and_its_date_derived(
        capsys: pytest.CaptureFixture[str]) -> None:
    """Provinciewet: our model holds only artikel 182 (the commissaris van de Koning's toezicht ter plaatse), whose date
    of entry into force, 2023-01-01, is our reading; artikel II, onderdelen B, C, D, H, J en M–R en T, entered into
    force on 2023-04-01 and are not modelled. The redline showed 182 as the whole change, with no caveat."""
    out, _ = _run(["tranche", "diff", "1", "--law", "provinciewet", "--date", "2023-01-01"], capsys)
    head = out.split("\n")[0]
    assert ("dat de wijziging van artikel 182 op 2023-01-01 in werking trad, staat niet in de bronnen, maar is door ons "
            "afgeleid") in head
    assert "onvolledig: van de Provinciewet bevat dit model alleen artikel 182" in head
    assert "van 1 april 2023 alleen de artikelen 175 en 182" in head
    assert "zouden artikel II, onderdelen B, C, D, H, J, M, N, O, P, Q, R en T, op 1 april 2023 in werking treden" in head
    out, _ = _run(["tranche", "timeline"], capsys)
    assert "niet in ons model (tranche 1): De formele titel noemt ook de Waterschapswet" in out


def test_the_real_instruction_text_of_tranche_1_is_said_to_be_the_bills(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet artikel 13, eerste lid, onder o (in force 2023-01-01): the instruction shown as «echte tekst» is that
    of the bill as introduced on 2020-08-31 (Kamerstuk 35 546, nr. 2), not of Stb. 2022, 444."""
    out, _ = _run(["tranche", "show", "1", "--theme", "incompatibiliteiten"], capsys)
    assert ("Wijzigingsinstructie (echte tekst uit Kamerstuk 35 546 nr. 2, voorstel van wet; de vastgestelde tekst "
            "(Stb. 2022, 444) kan afwijken):") in out


def test_gemeentewet_83_vierde_lid_brings_the_new_secrecy_of_23_vierde_lid_to_bestuurscommissies(
        capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet artikel 83, vierde lid, of 2023-04-01 applies «23, eerste tot en met vijfde lid» (of 2023-01-01:
    «tot en met vierde lid») to a bestuurscommissie; the new 23, vierde lid, is the secrecy of a vergadering met
    gesloten deuren. The onderdeel was summed up as only a consequence of renumbering."""
    out, _ = _run(["show", "gemeentewet@2023-04-01", "artikel 83, vierde lid"], capsys)
    assert "23, eerste tot en met vijfde lid" in " ".join(out.split())
    out, _ = _run(["tranche", "show", "1", "--theme", "geheimhouding"], capsys)
    assert ("daarmee geldt daar ook de nieuwe verplichting tot geheimhouding bij een vergadering met gesloten deuren "
            "(artikel 23, vierde lid); het afzonderlijke verslag van zo'n vergadering") in out and "gold er al" in out


def test_a_bills_draft_is_not_shown_for_a_theme_it_does_not_touch(capsys: pytest.CaptureFixture[str]) -> None:
    """Tranche 2 (Kamerstuk 36 892, a bill, 2026-12-06) has no VOG provision; `tranche show 2 --theme vog` printed its
    whole illustrative draft as if it had."""
    out, _ = _run(["tranche", "show", "2", "--theme", "vog"], capsys)
    assert "ILLUSTRATIEF" not in out and "Geen onderdelen of voorzieningen met het thema" in out
    out, _ = _run(["tranche", "show", "2"], capsys)
    assert "ILLUSTRATIEF" in out


def test_the_bills_plans_are_not_said_in_the_present_tense(capsys: pytest.CaptureFixture[str]) -> None:
    """Tranche 2 (Kamerstuk 36 892) on 2026-12-06 is a bill: the timeline said «vindt vóór de benoeming … plaats» and
    «mogen bestuurders geen financiële belangen hebben», as if law."""
    out, _ = _run(["tranche", "timeline"], capsys)
    assert "Het wetsvoorstel wil dat vóór de benoeming van een wethouder een risicoanalyse" in out
    assert "Het wetsvoorstel wil dat bestuurders geen financiële belangen hebben" in out
    assert "vindt vóór de benoeming" not in out and "mogen bestuurders" not in out


# --- the consultation reaction ------------------------------------------------------------------------------------

def _reactie(tmp_path: object, *, wetsvoorstel: str = "tranche-2", basis: str = "gemeentewet@2026-10-01",
             datum: str = "2026-10-15", bepaling: str = "artikel 36c, eerste lid") -> str:
    from pathlib import Path

    path = Path(str(tmp_path)) / "reactie.yaml"
    path.write_text(f"consultatie:\n  wetsvoorstel: {wetsvoorstel}\n  basis: {basis}\n  organisatie: Proef\n"
                    f"  datum: {datum}\nopmerkingen:\n  - bepaling: {bepaling}\n    opmerking: Een opmerking.\n",
                    encoding="utf-8")
    return str(path)


def test_a_reaction_quoting_an_older_text_than_its_date_says_so(tmp_path: object,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet artikel 36a, tweede lid: on 2026-10-15 (the reaction's date) the version in force is that of
    2026-10-01 (VOG); a reaction with basis gemeentewet@2022-11-05 quoted that lid's old text (ontheffing van het
    vereiste van ingezetenschap) as the «huidige tekst», without a word."""
    reactie = _reactie(tmp_path, basis="gemeentewet@2022-11-05", bepaling="artikel 36a, tweede lid")
    out_md = str(tmp_path) + "/r.md"
    _, err = _run(["consult", reactie, "-o", out_md], capsys)
    note = ("de tekst vóór de wijziging is in dit document die van de Gemeentewet geldig vanaf 2022-11-05; op 2026-10-15, "
            "de datum van deze reactie, gold een latere versie (in de bronnen: die van 2026-10-01)")
    assert f"let op: {note}" in err
    from pathlib import Path

    assert f"**Let op:** {datums_voluit(note)}" in Path(out_md).read_text(encoding="utf-8")  # words in a document


def test_a_reaction_on_tranche_1_dated_after_it_entered_into_force_says_it_is_law(
        tmp_path: object, capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet artikel 23, vierde lid (geheimhouding bij gesloten deuren), is law since 2023-04-01 (Stb. 2022, 444);
    a reaction dated 2024-05-01 showed it as «voorgestelde tekst» of a proposal."""
    from pathlib import Path

    reactie = _reactie(tmp_path, wetsvoorstel="tranche-1", basis="gemeentewet@2022-11-05", datum="2024-05-01",
                       bepaling="artikel 23, vierde lid")
    out_html = str(tmp_path) + "/r.html"
    _, err = _run(["consult", reactie, "-o", out_html], capsys)
    assert ("let op: op 2024-05-01, de datum van deze reactie, was dit geen wetsvoorstel meer: de wet is gepubliceerd op "
            "2022-11-10 (Stb. 2022, 444); de Wet bevorderen integriteit en functioneren decentraal bestuur is sinds "
            "2023-01-01 in werking") in err  # «de Wet …» in a sentence (helper-137)
    page = Path(out_html).read_text(encoding="utf-8")
    assert "was dit geen wetsvoorstel meer" in page and "Tekst volgens de wijzigingswet" in page
    assert "Voorgestelde tekst" not in page and "Huidige tekst" not in page


def test_a_provision_missing_from_the_draft_is_not_said_to_be_missing_from_the_law(
        tmp_path: object, capsys: pytest.CaptureFixture[str]) -> None:
    """Kamerstuk 36 892 (a bill, 2026-12-06): artikel 36c is a provision of the illustrative draft, not of the
    Gemeentewet of 2026-10-01. For «artikel 36d, eerste lid» the error said it did not exist «in de Gemeentewet geldig
    vanaf 2026-10-01» and offered 36c as an existing artikel of that law."""
    _, err = _run(["consult", _reactie(tmp_path, bepaling="artikel 36d, eerste lid"), "-o", str(tmp_path) + "/r.md"],
                  capsys, code=1)
    assert ("bestaat niet in de Gemeentewet zoals het illustratieve ontwerp haar zou wijzigen (basis: de versie geldig "
            "vanaf 2026-10-01)") in err
    assert "geldig vanaf 2026-10-01\n" not in err


def test_date_option_dates_the_whole_document_and_an_unchanged_provision_is_said_unchanged(
        tmp_path: object, capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet artikel 170, derde lid (2026-10-01), which the illustrative draft of Kamerstuk 36 892 does not
    change, was shown as «Voorgestelde tekst»; `--date 2026-11-20` dated the Word comments but not the document."""
    from pathlib import Path

    reactie = _reactie(tmp_path, bepaling="artikel 170, derde lid")
    html, md = str(tmp_path) + "/r.html", str(tmp_path) + "/r.md"
    _, err = _run(["consult", reactie, "-o", html], capsys)
    assert "waarschuwing: het illustratieve ontwerp wijzigt artikel 170, derde lid, niet" in err
    page = Path(html).read_text(encoding="utf-8")
    assert "(niet gewijzigd door het illustratieve ontwerp)" in page and "Tekst geldig vanaf 1 oktober 2026" in page
    _run(["consult", reactie, "-o", md, "--date", "2026-11-20"], capsys)
    text = Path(md).read_text(encoding="utf-8")
    assert "- Datum: 20 november 2026" in text and "15 oktober 2026" not in text


def test_a_reaction_without_a_date_is_refused_at_its_line(tmp_path: object, capsys: pytest.CaptureFixture[str]) -> None:
    """A reaction (Kamerstuk 36 892, 2026-12-06) without 'datum' was written with an empty «Datum:»; a wrong date was
    reported at the line of 'consultatie', not its own."""
    from pathlib import Path

    path = Path(_reactie(tmp_path))
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("  datum: 2026-10-15\n", ""), encoding="utf-8")
    _, err = _run(["consult", str(path), "-o", str(tmp_path) + "/r.md"], capsys, code=1)
    assert f"{path}:2: 'datum' ontbreekt onder 'consultatie'" in err and not Path(str(tmp_path) + "/r.md").exists()
    _run(["consult", str(path), "-o", str(tmp_path) + "/r.md", "--date", "2026-11-20"], capsys)
    path.write_text(text.replace("2026-10-15", "2026-13-45"), encoding="utf-8")
    _, err = _run(["consult", str(path), "-o", str(tmp_path) + "/s.md"], capsys, code=1)
    assert f"{path}:5: datum '2026-13-45' bestaat niet" in err  # written as JJJJ-MM-DD, but no day (helper-110)
    path.write_text(text.replace("2026-10-15", "15-10-2026"), encoding="utf-8")
    _, err = _run(["consult", str(path), "-o", str(tmp_path) + "/s.md"], capsys, code=1)
    assert f"{path}:5: datum '15-10-2026' is geen JJJJ-MM-DD" in err


def test_kieswet_k_8_cites_paragraaf_2_of_hoofdstuk_l(capsys: pytest.CaptureFixture[str]) -> None:
    """Kieswet artikel K 8, tweede lid (text of 2025-08-01): «overeenkomstig paragraaf 2 van hoofdstuk L» (stemmen bij
    volmacht). It was read as «paragraaf 2» and «hoofdstuk L» apart, and the graph put the paragraaf in hoofdstuk E
    (the first paragraaf 2 of the law)."""
    out, _ = _run(["refs", "kieswet", "artikel K 8, tweede lid"], capsys)
    assert "'paragraaf 2 van hoofdstuk L'" in out
    # dated and with its whole path since 2026-12-08 (helper-213, helper-216)
    assert "jci1.3:c:BWBR0004627&afdeling=II&hoofdstuk=L&paragraaf=2&z=2025-08-01&g=2025-08-01 bestaat" in out
    out, _ = _run(["graph", "impact", "kieswet", "afdeling:II/hoofdstuk:L/paragraaf:2"], capsys)
    assert "artikel K 8, tweede lid: «paragraaf 2 van hoofdstuk L»" in out
    out, _ = _run(["graph", "impact", "kieswet", "afdeling:II/hoofdstuk:E/paragraaf:2"], capsys)
    assert "K 8" not in out


# --- comparing and showing versions; applying an act -------------------------------------------------------------

def test_a_partial_provinciewet_source_never_says_an_artikel_was_inserted_or_does_not_exist(
        capsys: pytest.CaptureFixture[str]) -> None:
    """Provinciewet: the sources hold of 2022-11-05 only artikel 182, of 2023-04-01 only 175 and 182. `diff
    provinciewet@2022-11-05 provinciewet@2023-04-01 --only "artikel 175"` said «Artikel 175 — ingevoegd», and `show
    provinciewet@2023-04-01 "artikel 12"` that artikel 12 «bestaat niet in de Provinciewet»."""
    _, err = _run(["diff", "provinciewet@2022-11-05", "provinciewet@2023-04-01", "--only", "artikel 175"], capsys, code=2)
    assert ("provinciewet@2022-11-05: de bron bevat van de Provinciewet geldig vanaf 2022-11-05 alleen artikel 182; "
            "artikel 175 staat er niet in, en of het in die versie bestond, is daaruit niet te zien") in err
    _, err = _run(["show", "provinciewet@2023-04-01", "artikel 12"], capsys, code=2)
    assert "alleen de artikelen 175 en 182; artikel 12 staat er niet in" in err and "bestaat niet" not in err
    out, _ = _run(["diff", "provinciewet@2022-11-05", "provinciewet@2023-04-01", "--only", "artikel 182"], capsys)
    assert "1 gewijzigd, 0 ingevoegd, 0 vervallen" in out


def test_a_diff_backwards_in_time_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet artikel 87 was inserted on 2023-04-01 (Stb. 2022, 444); `diff gemeentewet@2023-04-01
    gemeentewet@2022-11-05` called it «vervallen» without a word."""
    out, err = _run(["diff", "gemeentewet@2023-04-01", "gemeentewet@2022-11-05", "--only", "artikel 87"], capsys)
    assert "1 vervallen" in out and out.startswith("Let op: gemeentewet@2023-04-01 (geldig vanaf 2023-04-01) is een "
                                                   "latere versie")  # in the text itself too (-o d.txt)
    assert ("let op: gemeentewet@2023-04-01 (geldig vanaf 2023-04-01) is een latere versie dan gemeentewet@2022-11-05 "
            "(geldig vanaf 2022-11-05): de vergelijking loopt terug in de tijd") in err


def test_a_diff_file_carries_its_notices(tmp_path: object, capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet artikel 23 on 2024-06-01: the sources hold the version of 2023-04-01 and the next of 2026-10-01, so
    whether that text still held on 2024-06-01 they cannot show. The notice went to stderr only; the HTML, DOCX and
    JSON written for a reader did not carry it."""
    import json
    from pathlib import Path

    import docx

    base = ["diff", "gemeentewet@2023-02-15", "gemeentewet@2024-06-01", "--only", "artikel 23", "-o"]
    notice = "of die op 2024-06-01 nog gold, tonen ze niet"
    for ext in ("html", "json", "docx"):
        out = Path(str(tmp_path)) / f"d.{ext}"
        _, err = _run([*base, str(out)], capsys)
        assert notice in err
        if ext == "html":
            assert f"Let op: gemeentewet@2024-06-01: de bronnen hebben de versie die geldt vanaf 2023-04-01; {notice}" in \
                out.read_text(encoding="utf-8")
        elif ext == "json":
            assert any(notice in w for w in json.loads(out.read_text(encoding="utf-8"))["waarschuwingen"])
        else:
            assert any(notice in p.text for p in docx.Document(str(out)).paragraphs[:4])


def test_an_added_sentence_already_there_is_not_added_twice(tmp_path: object,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    """Kamerstuk 35 546, nr. 2, Artikel I, onderdeel A, adds «of werkzaam ten behoeve van die gemeente» to Gemeentewet
    artikel 13, eerste lid, onder o; the Gemeentewet of 2023-01-01 already has it (in force that day). `apply
    gemeentewet@2023-01-01 <the bill>` added it a second time and reported «toegepast»."""
    import os
    from pathlib import Path

    act = Path(os.environ["WETGEVING_SOURCES"]) / "tranche1" / "kst-35546-2-voorstel-van-wet.EXCERPT.txt"
    out, _ = _run(["apply", "gemeentewet@2023-01-01", str(act), "--partial", "--date", "2023-04-01", "-o",
                   str(tmp_path) + "/na.xml"], capsys, code=1)
    assert ("ARTIKEL I, onderdeel A (regel 23): mislukt — artikel 13, eerste lid, onder o, eindigt al op «of werkzaam ten "
            "behoeve van die gemeente»: dit onderdeel lijkt al te zijn toegepast") in out
    out, _ = _run(["show", str(tmp_path) + "/na.xml", "artikel 13, eerste lid, onder o"], capsys)
    assert " ".join(out.split()).count("of werkzaam ten behoeve van die gemeente") == 1


def test_an_onderdeel_without_a_date_applied_on_a_date_says_so(tmp_path: object,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet artikel 28, eerste lid (2022-11-05), amended by an act whose inwerkingtreding is «op een bij
    koninklijk besluit te bepalen tijdstip» (the formula of Stb. 2022, 444, artikel VI): with --date 2022-11-10 the
    onderdeel was «toegepast» as if in force then."""
    from pathlib import Path

    act = Path(str(tmp_path)) / "act.txt"
    act.write_text("ARTIKEL I\n\nDe Gemeentewet wordt als volgt gewijzigd:\n\nA\n\nIn artikel 28, eerste lid, wordt "
                   "«stemming» vervangen door «beraadslaging en stemming».\n", encoding="utf-8")
    out, _ = _run(["apply", "gemeentewet@2022-11-05", str(act), "--date", "2022-11-10", "-o", str(tmp_path) + "/n.xml"],
                  capsys)
    assert ("ARTIKEL I, onderdeel A: toegepast — van dit onderdeel is geen datum van inwerkingtreding gelezen: toegepast "
            "op de gevraagde datum (2022-11-10), maar of het toen gold, is niet nagegaan") in out


def test_the_markdown_mirrors_dates_are_not_official_and_it_is_named_where_asked_for(
        capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet artikel 25 (geheimhouding) on 2015-11-24: only the laws-markdown mirror holds a text of then, whose
    date is when the text was current, not an official «geldig vanaf» (sources/PROVENANCE.md). `show` printed it as
    «geldig vanaf 2015-11-24» without a word; `diff gemeentewet@2015-11-24 …` said the sources had no such version."""
    out, err = _run(["show", "gemeentewet-md@2015-11-24", "artikel 25, eerste lid"], capsys)
    assert ("let op: gemeentewet-md@2015-11-24: de Markdown-spiegel van de Gemeentewet; 2015-11-24 is de datum waarop "
            "deze tekst gold, geen officiële datum van inwerkingtreding") in err
    assert out.startswith("Gemeentewet (BWBR0005416), tekst zoals geldend op 2015-11-24 (Markdown-spiegel; geen "
                          "officiële datum van inwerkingtreding)\n") and "geldig vanaf" not in out
    _, err = _run(["diff", "gemeentewet@2015-11-24", "gemeentewet@2022-11-05", "--only", "artikel 25"], capsys, code=2)
    assert "onder de naam 'gemeentewet': de bronnen hebben geen versie" in err
    assert "ook in de bronnen: gemeentewet-md@… (versies: 2011-02-23" in err and "2015-11-24)" in err


def test_an_applied_text_says_it_is_composed_in_the_file_and_the_diff(tmp_path: object,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    """Kamerstuk 35 546, nr. 2 (onderdelen A–C; C cut off) applied to the Gemeentewet of 2022-11-05: the XML written
    looked like an official version «geldig vanaf 2023-04-01» (with a JCI of that date), though the changes of
    2023-01-01 from other acts are not in it and C was applied in part."""
    import json
    import os
    from pathlib import Path

    from wetgeving.bronnen import native

    act = Path(os.environ["WETGEVING_SOURCES"]) / "tranche1" / "kst-35546-2-voorstel-van-wet.EXCERPT.txt"
    na = Path(str(tmp_path)) / "na.xml"
    _run(["apply", "gemeentewet@2022-11-05", str(act), "--partial", "--date", "2023-04-01", "-o", str(na)], capsys,
         code=1)
    shown, _ = _run(["show", str(na), "artikel 23"], capsys)
    assert "(geen JCI: een samengestelde tekst is geen officiële versie)" in shown and "jci1.3" not in shown
    assert native.load(na).samengesteld == (
        "samengestelde tekst: de Gemeentewet geldig vanaf 2022-11-05, met toegepast uit het wetsvoorstel (Kamerstuk 35 546; "
        "Wet bevorderen integriteit en functioneren decentraal bestuur): ARTIKEL I, onderdelen A en B; ARTIKEL I, "
        "onderdeel C (gedeeltelijk); geen officiële versie")
    uit = Path(str(tmp_path)) / "d.json"
    _run(["diff", "gemeentewet@2022-11-05", str(na), "-o", str(uit)], capsys)
    assert any("samengestelde tekst" in w for w in json.loads(uit.read_text(encoding="utf-8"))["waarschuwingen"])


def test_an_act_not_yet_in_force_leaves_the_base_with_its_own_date(tmp_path: object,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet artikel 28, eerste lid, of 2022-11-05, and an act in force from 2023-01-01: on 2022-12-01 nothing of
    it applies, yet the text written said «geldig vanaf 2022-12-01», a date no version of the law has."""
    from pathlib import Path

    from wetgeving.bronnen import native

    act = Path(str(tmp_path)) / "act.txt"
    act.write_text("ARTIKEL I\n\nDe Gemeentewet wordt als volgt gewijzigd:\n\nA\n\nIn artikel 28, eerste lid, wordt "
                   "«stemming» vervangen door «beraadslaging en stemming».\n\nARTIKEL II\n\nDeze wet treedt in werking "
                   "met ingang van 1 januari 2023.\n", encoding="utf-8")
    out = Path(str(tmp_path)) / "n.xml"
    text, _ = _run(["apply", "gemeentewet@2022-11-05", str(act), "--date", "2022-12-01", "-o", str(out)], capsys)
    assert "0 toegepast" in text and "1 niet in werking" in text
    written = native.load(out)
    assert written.geldig_vanaf.isoformat() == "2022-11-05" and written.samengesteld == ""


@pytest.mark.parametrize(("datum", "zegt"), [
    ("2020-01-20", "was dit nog geen wetsvoorstel bij de Tweede Kamer: het werd ingediend op 2020-08-31"),
    ("2022-10-20", "was het wetsvoorstel al door de Eerste Kamer aangenomen (op 2022-10-11); het kon niet meer worden "
                   "gewijzigd"),
    ("2022-12-01", "was dit geen wetsvoorstel meer: de wet is gepubliceerd op 2022-11-10 (Stb. 2022, 444)"),
])
def test_a_reaction_on_tranche_1_before_its_bill_or_after_its_publication(datum: str, zegt: str, tmp_path: object,
                                                                         capsys: pytest.CaptureFixture[str]) -> None:
    """Kamerstuk 35 546 was introduced on 2020-08-31 and published as Stb. 2022, 444 on 2022-11-10 (in force from
    2023-01-01): a reaction of 2020-01-20 (the internetconsultatie) or of 2022-12-01 on Gemeentewet artikel 23, vierde
    lid, was shown as one on a bill without a word."""
    reactie = _reactie(tmp_path, wetsvoorstel="tranche-1", basis="gemeentewet@2022-11-05", datum=datum,
                       bepaling="artikel 23, vierde lid")
    _, err = _run(["consult", reactie, "-o", str(tmp_path) + "/r.txt"], capsys)
    assert f"let op: op {datum}, de datum van deze reactie, {zegt}" in err


def test_the_generated_instruction_for_23_zesde_lid_begins_where_the_bill_does(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet artikel 23, zesde lid (2023-04-01; the vijfde lid of 2023-01-01): Kamerstuk 35 546, nr. 2, onderdeel
    C, punt 3, replaces «voor zover het aangel[egenheden …]» by «in de gevallen waarin …» (Aanwijzing 6.10: «in de
    gevallen waarin» is one begripseenheid). The generator widened the phrase to «achterwege voor zover …»."""
    out, _ = _run(["instructions", "gemeentewet@2023-01-01", "gemeentewet@2023-04-01"], capsys)
    # now with the sentence, as the bill: «In het zesde lid (nieuw), tweede zin, wordt «voor zover het aangel…»
    assert ("In het zesde lid (nieuw), tweede zin, wordt «voor zover het aangelegenheden betreft ten aanzien waarvan op "
            "grond van artikel 25 geheimhouding is opgelegd of ten aanzien waarvan» vervangen door «in de gevallen waarin een "
            "verplichting tot geheimhouding geldt of wanneer».") in out


def test_the_same_change_in_81f_onderdelen_g_to_j_is_written_once(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet artikel 81f, eerste lid (2022-11-05 → 2023-01-01): onderdelen g to j each lose «waarin de gemeente
    waar hij lid van de rekenkamer is, is gelegen», and l, m and o «betrokken». Onderdeel g got «vervalt», h to j
    «komt te luiden», l, m and o three sentences: one change written two ways."""
    out, _ = _run(["instructions", "gemeentewet@2022-11-05", "gemeentewet@2023-01-01"], capsys)
    assert ("1. In het eerste lid, onderdelen g tot en met j, vervalt telkens «waarin de gemeente waar hij lid van de "
            "rekenkamer is, is gelegen».") in out
    assert "2. In het eerste lid, onderdelen l, m en o, vervalt telkens «betrokken»." in out
    assert "onderdeel h, komt te luiden" not in out


def test_a_comment_on_words_the_bill_replaces_is_accepted(tmp_path: object, capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet artikel 23, vierde lid (2022-11-05; the vijfde lid (nieuw) after Kamerstuk 35 546, nr. 2, C, punt 2)
    reads «tenzij de raad anders beslist»; the bill replaces «anders beslist». A comment about those words was refused
    («komen niet voor»), though a lawyer comments on what a bill takes away as much as on what it adds."""
    from pathlib import Path

    reactie = Path(_reactie(tmp_path, wetsvoorstel="tranche-1", basis="gemeentewet@2022-11-05", datum="2022-06-01",
                            bepaling="artikel 23, vijfde lid"))
    reactie.write_text(reactie.read_text(encoding="utf-8").replace("    opmerking:", "    over: anders beslist\n"
                                                                    "    opmerking:"), encoding="utf-8")
    out = Path(str(tmp_path)) / "r.md"
    _run(["consult", str(reactie), "-o", str(out)], capsys)
    # dated 2022-06-01, before the act was adopted: the bill's words (helper-110)
    # helper-126: a reaction of before the publication comments on the bill as adopted, whose text it shows
    assert "> «anders beslist», woorden die het wetsvoorstel zoals later aangenomen laat vervallen of vervangt" in \
        out.read_text(encoding="utf-8")
    reactie.write_text(reactie.read_text(encoding="utf-8").replace("anders beslist", "nooit beslist"), encoding="utf-8")
    _, err = _run(["consult", str(reactie), "-o", str(Path(str(tmp_path)) / "s.md")], capsys, code=1)
    assert "de woorden «nooit beslist» komen niet voor in artikel 23, vijfde lid" in err


def test_words_of_a_comment_are_whole_words_and_an_old_number_is_named(tmp_path: object,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet artikel 23 (2022-11-05 → Kamerstuk 35 546, nr. 2, C): «tenzij de raad anders beslist» stands in the
    vierde lid of 2022-11-05, the vijfde lid (nieuw) of the bill; the bill's vierde lid is the new one. A comment on
    «artikel 23, vierde lid» about those words was told they are nowhere; «ders besl» (part of two words) was taken."""
    from pathlib import Path

    reactie = Path(_reactie(tmp_path, wetsvoorstel="tranche-1", basis="gemeentewet@2022-11-05", datum="2022-06-01",
                            bepaling="artikel 23, vierde lid"))
    text = reactie.read_text(encoding="utf-8")
    reactie.write_text(text.replace("    opmerking:", "    over: tenzij de raad anders beslist\n    opmerking:"),
                       encoding="utf-8")
    _, err = _run(["consult", str(reactie), "-o", str(tmp_path) + "/r.md"], capsys, code=1)
    assert ("de woorden «tenzij de raad anders beslist» staan in artikel 23, vierde lid, van de tekst geldig vanaf "
            # helper-126: a reaction of before the publication comments on the bill as adopted, whose text it shows
            "2022-11-05, maar het wetsvoorstel zoals later aangenomen nummert die bepaling anders") in err
    reactie.write_text(text.replace("artikel 23, vierde lid", "artikel 23, vijfde lid").replace(
        "    opmerking:", "    over: ders besl\n    opmerking:"), encoding="utf-8")
    _, err = _run(["consult", str(reactie), "-o", str(tmp_path) + "/s.md"], capsys, code=1)
    assert "de woorden «ders besl» komen niet voor" in err


def test_a_text_composed_on_the_markdown_mirror_keeps_its_kind_of_date(tmp_path: object,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet artikel 28, eerste lid, in the laws-markdown mirror of 2014-01-06 (a date when the text was current,
    no official «geldig vanaf»: sources/PROVENANCE.md): a text composed on it said «de Gemeentewet geldig vanaf
    2014-01-06»."""
    from pathlib import Path

    from wetgeving.bronnen import native

    act = Path(str(tmp_path)) / "act.txt"
    act.write_text("ARTIKEL I\n\nDe Gemeentewet wordt als volgt gewijzigd:\n\nA\n\nIn artikel 28, eerste lid, wordt "
                   "«stemming» vervangen door «beraadslaging en stemming».\n", encoding="utf-8")
    out = Path(str(tmp_path)) / "n.xml"
    _run(["apply", "gemeentewet-md@2014-01-06", str(act), "--date", "2014-03-01", "-o", str(out)], capsys)
    assert native.load(out).samengesteld.startswith("samengestelde tekst: de tekst van de Gemeentewet zoals geldend op "
                                                    "2014-01-06, met toegepast uit")


def test_a_lid_cited_after_its_artikel_is_quoted_with_it(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet artikel 155a, vierde lid (2023-01-01 → 2023-04-01): «De artikelen 22, 82, derde lid, en 86, eerste
    lid, zijn van overeenkomstige toepassing» becomes «… 82, derde lid, 87 en 89 …». The generated instruction quoted
    «derde lid, en 86, eerste lid, zijn van overeenkomstige»: it began at the lid of artikel 82 and ended inside «van
    overeenkomstige toepassing» (Aanwijzing 6.10: whole begripseenheden)."""
    out, _ = _run(["instructions", "gemeentewet@2023-01-01", "gemeentewet@2023-04-01"], capsys)
    assert ("wordt «82, derde lid, en 86, eerste lid, zijn van overeenkomstige toepassing» vervangen door «82, derde lid, "
            "87 en 89 zijn van overeenkomstige toepassing».") in out
