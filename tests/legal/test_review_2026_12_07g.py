"""Legal review of 2026-12-07 (seventh session); each test names its provision and date."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.legal._cli import run as _run


def _csv_rij(tmp_path: Path, capsys: pytest.CaptureFixture[str], gemeente: str, datum: str, kenmerk: str) -> str:
    """The row of ``kenmerk`` in the checklist CSV of ``gemeente`` on ``datum``."""
    csv = tmp_path / f"{gemeente}-{datum}.csv"
    _run(["checklist", gemeente, "--date", datum, "-o", str(csv), "--force"], capsys)
    return next(r for r in csv.read_text(encoding="utf-8-sig").splitlines() if f';"{kenmerk}";' in r)


def _json_item(capsys: pytest.CaptureFixture[str], gemeente: str, datum: str, kenmerk: str) -> dict[str, Any]:
    """The item of ``kenmerk`` in the checklist JSON of ``gemeente`` on ``datum``."""
    out, _ = _run(["checklist", gemeente, "--date", datum, "--format", "json"], capsys)
    return next(r for r in json.loads(out)["verplichtingen"] if r["id"] == kenmerk)

# --- refs: where a reference stands, cited as a lawyer cites it ------------------------------------------------------


def test_refs_cites_where_each_reference_stands(sources: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 290, derde lid (2023-04-01), cites «artikel 100, eerste lid van de gemeentewet» (the withdrawn
    Gemeentewet of 1851): the row begins «artikel 290, derde lid», not the address «artikel:290/lid:3»; the JSON keeps
    the address."""
    out, _ = _run(["refs", "gemeentewet@2023-04-01", "artikel 290"], capsys)
    rij = next(ln for ln in out.splitlines() if "artikel 100, eerste lid van de gemeentewet" in ln)
    assert rij.startswith("artikel 290, derde lid ") and "artikel:290" not in out
    out, _ = _run(["refs", "gemeentewet@2023-04-01", "artikel 290", "--format", "json"], capsys)
    assert '"bron": "artikel:290/lid:3"' in out


# --- consult: our group of other changes is no bill --------------------------------------------------------------------


def test_consult_refuses_the_group_of_other_changes_as_a_bill(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 169, vierde lid, changed on 2023-01-01 by an act other than Stb. 2022, 444: corpus/tranches/overig-2023
    only groups such changes. `consult` took «wetsvoorstel: overig-2023» and wrote «Wetsvoorstel: overig-2023» and
    «Artikel I (nummer door ons afgeleid)» of an act the sources do not name (helper-172); it is refused, and the hint
    offers the tranches that are a bill or an act."""
    from tests.legal._cli import consult

    uit = tmp_path / "r.docx"
    _, err = consult(tmp_path, "consultatie:\n  titel: Reactie\n  wetsvoorstel: overig-2023\n  basis: gemeentewet@2022-11-05\n"
                     "  organisatie: VNG\n  datum: 2022-12-01\nopmerkingen:\n  - bepaling: artikel 169, vierde lid\n"
                     "    opmerking: test\n", uit, capsys, 1)
    assert "overig-2023 is geen wetsvoorstel en geen wet" in err and "(1, 2)" in err and not uit.exists()
    # the law it groups changes of, not the base named (helper-174: «wijzigingen van de Provinciewet»)
    reactie = Path(__file__).resolve().parents[2] / "examples" / "reactie-tranche-2.yaml"
    _, err = _run(["consult", str(reactie), "--bill", "overig-2023", "--base", "provinciewet@2023-04-01", "-o", str(uit)],
                  capsys, 2)
    assert "het groepeert wijzigingen van de Gemeentewet die op 2023-01-01 in werking traden" in err and not uit.exists()


# --- a bill's subjects, counted as such ------------------------------------------------------------------------------


def test_two_subjects_of_one_bill_are_not_two_bills(capsys: pytest.CaptureFixture[str]) -> None:
    """Kamerstuk 36 892 (tranche 2; stukken dated 2026-02-03) is one bill; on 2026-12-07 the listing said «2
    wetsvoorstellen» for its risicoanalyse and its financial interests, and the changes since 2023-01-01 «Nieuw
    ingediende wetsvoorstellen (2)» (helper-170)."""
    out, _ = _run(["obligations", "--soort", "wetsvoorstel", "--date", "2026-12-07"], capsys)
    assert out.rstrip().endswith("\n2 onderwerpen uit 1 wetsvoorstel (1 zonder genoemde normadressaat) op 2026-12-07")
    out, _ = _run(["checklist", "GM0363", "--since", "2023-01-01", "--date", "2026-12-07"], capsys)
    assert "\n## Nieuw uit ingediende wetsvoorstellen, geen geldend recht (2)\n" in out


@pytest.mark.parametrize("actor", ["raad", "burgemeester", "griffier", "wethouder"])
def test_a_bill_that_does_not_say_who_is_listed_under_every_actor(actor: str, capsys: pytest.CaptureFixture[str]) -> None:
    """Kamerstuk 36 892 on 2027-06-01: the risicoanalyse before appointing a wethouder has no addressee in the sources
    («onbekend (niet in de bronnen)»), so no --actor found it, and `--actor burgemeester --soort wetsvoorstel` said there
    were no bills (helper-170); it may concern each of them, and is listed under each."""
    out, _ = _run(["obligations", "--actor", actor, "--soort", "wetsvoorstel", "--date", "2027-06-01"], capsys)
    assert "- risicoanalyse-wethouder — wetsvoorstel volgens de bronnen — onbekend (niet in de bronnen) — " in out
    out, _ = _run(["obligations", "--actor", actor, "--soort", "wetsvoorstel"], capsys)
    assert "- risicoanalyse-wethouder — " in out


# --- a wording of an act outside the tranches, announced from its publication -----------------------------------------


@pytest.mark.parametrize(("peildatum", "kop"), [
    ("2022-07-01", None),  # before Stb. 2022, 292 was published (2022-07-13)
    # the sources show that its day was set later (publicatie_iwt), not by what (helper-174: «bij koninklijk besluit»)
    ("2022-08-01", "Wijzigt op een tijdstip dat nog niet was vastgesteld (Stb. 2022, 292; later vastgesteld: 2023-01-01)"),
    ("2022-12-31", "Wijzigt op 2023-01-01"),  # the besluit appeared on 2022-09-02
])
def test_kieswet_w1_of_2023_is_announced_once_published(peildatum: str, kop: str | None, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    """Kieswet W 1, eerste lid, as of 2023-01-01 (the BWB data of the Kieswet of 2025-08-01: bron «Stb. 2022, 292»,
    publicatie_bron 2022-07-13, publicatie_iwt 2022-09-02): on 2022-12-31 the checklist of Utrecht did not say the
    benoemdverklaring of a successor would change the next day, as it did for the changes of Stb. 2022, 444, the act
    being no tranche (helper-169)."""
    out, _ = _run(["checklist", "GM0344", "--date", peildatum], capsys)
    sectie = out[out.index("[benoemdverklaring-opvolger]") if "[benoemdverklaring-opvolger]" in out else
                 out.index("## Benoemdverklaring van de opvolger"):]
    sectie = sectie[:sectie.index("\n## ", 1)]
    if kop is None:
        assert "Wijzigt op" not in sectie
    else:
        assert f"- **{kop}:** Moet, anders dan bij de vaststelling van de uitslag" in sectie
    out, _ = _run(["checklist", "GM0344", "--date", "2023-01-01"], capsys)
    assert "in deze vorm in werking sinds 2023-01-01 (Stb. 2022, 292); daarvóór in een eerdere vorm" in out


@pytest.mark.parametrize(("oud", "nieuw", "fout"), [
    ('publicatie="Stb. 2022, 292"', 'publicatie="Stb. 2022, 293"', "geen officiële versie in de bronnen noemt haar"),
    ('gepubliceerd="2022-07-13"', 'gepubliceerd="2023-07-13"', "gepubliceerd of inwerkingtreding bepaald na 2023-01-01"),
    # the days decide when a checklist announces the wording (helper-174: they were not compared)
    ('gepubliceerd="2022-07-13"', 'gepubliceerd="2022-03-01"',
     "gepubliceerd 2022-03-01 in verplichtingen.xml maar 2022-07-13 in kieswet-2025-08-01 (artikel W 1, publicatie_bron)"),
    ('inwerkingtreding-bepaald="2022-09-02"', 'inwerkingtreding-bepaald="2022-08-02"',
     "inwerkingtreding-bepaald 2022-08-02 in verplichtingen.xml maar 2022-09-02 in kieswet-2025-08-01 (artikel W 1, "
     "publicatie_iwt)"),
])
def test_the_corpus_check_reads_the_act_of_a_wording_in_the_bwb_data(oud: str, nieuw: str, fout: str,
                                                                      tmp_path: Path) -> None:
    """Kieswet W 1 as of 2023-01-01: the act outside the tranches that made it (<bekendmaking>) must be the one the BWB
    data of a held version name for the artikel (Stb. 2022, 292), published before that day."""
    from tests.katalogus import omgeving
    from wetgeving.bronnen.catalogus import corpus_dir
    from wetgeving.compliance import controle
    from wetgeving.compliance.verplichtingen import load

    text = (corpus_dir() / "verplichtingen.xml").read_text(encoding="utf-8")
    assert not [f for f in controle.check(omgeving(), load()) if "bekendmaking" in f]
    assert text.count(oud) == 1
    (tmp_path / "verplichtingen.xml").write_text(text.replace(oud, nieuw), encoding="utf-8")
    found = [f for f in controle.check(omgeving(), load(tmp_path / "verplichtingen.xml")) if "bekendmaking" in f]
    assert len(found) == 1 and fout in found[0] and found[0].startswith("benoemdverklaring-opvolger, periode 2"), found


# --- show: a lapsed or coming artikel, with what our model of the acts says of it --------------------------------------


@pytest.mark.parametrize(("versie", "artikel", "model"), [
    ("2023-04-01", "artikel 25", "onderdeel D (letter door ons afgeleid) van tranche 1 (Stb. 2022, 444) betrof artikel 25 "
                                 "per 2023-04-01: «De oude geheimhoudingsregeling voor de raad vervalt; de nieuwe staat in "
                                 "de artikelen 87 tot en met 89.»"),
    ("2023-04-01", "artikel 55", "onderdeel H (letter door ons afgeleid) van tranche 1 (Stb. 2022, 444) betrof artikel 55"),
    ("2023-01-01", "artikel 87", "onderdeel Q (letter door ons afgeleid) van tranche 1 (Stb. 2022, 444) betrof de artikelen "
                                 "87, 88 en 89 per 2023-04-01"),
])
def test_show_of_a_missing_artikel_says_what_our_model_of_the_acts_says(versie: str, artikel: str, model: str,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 25 and 55, vervallen on 2023-04-01 (Stb. 2022, 444): `show gemeentewet@2023-04-01 "artikel 25"` said
    «vervallen of vernummerd» and offered artikel 23 to 27, while our model of tranche 1 says the new rules are artikel 87
    to 89 (helper-171); artikel 87 on 2023-01-01 likewise. Said as our model's words, not the law's."""
    _, err = _run(["show", f"gemeentewet@{versie}", artikel], capsys, 1)
    assert f"; ons model van de wijzigingen zegt: {model}" in err


# --- show: the JCI cites the date asked, as the checklist does --------------------------------------------------------


@pytest.mark.parametrize(("regeling", "artikel", "jci"), [
    ("gemeentewet@2023-03-31", "artikel 25", "jci1.3:c:BWBR0005416&artikel=25&z=2023-03-31&g=2023-03-31"),
    # the Kieswet of 2025-08-01, whose artikel X 9 reads so since 2023-01-01 (Stb. 2022, 444)
    ("kieswet@2023-01-01", "artikel X 9", "jci1.3:c:BWBR0004627&artikel=X_9&z=2023-01-01&g=2023-01-01"),
    ("gemeentewet", "artikel 87", "jci1.3:c:BWBR0005416&artikel=87&z=2026-10-01&g=2026-10-01"),  # none asked: the version's
    # a day after the version of 2023-04-01, whose end the sources do not show: artikel 124 reads otherwise in the version of
    # 2026-10-01, changed on a day they do not give (helper-174), so not cited as the text of 2026-09-30
    ("gemeentewet@2026-09-30", "artikel 124", "jci1.3:c:BWBR0005416&artikel=124&z=2023-04-01&g=2023-04-01"),
    ("kieswet@2030-01-01", "artikel W 1", "jci1.3:c:BWBR0004627&artikel=W_1&z=2025-08-01&g=2025-08-01"),  # still to come
    # the Markdown mirror's text of 2013-01-01: no official date to cite another day by
    ("gemeentewet-md@2013-03-01", "artikel 25", "jci1.3:c:BWBR0005416&artikel=25&z=2013-01-01&g=2013-01-01"),
])
def test_show_cites_the_text_on_the_date_asked(regeling: str, artikel: str, jci: str,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 25 on 2023-03-31 (the version of 2023-01-01): `show` cited «&z=2023-01-01&g=2023-01-01», the checklist
    of that day «&z=2023-03-31&g=2023-03-31», for the same text (helper-169, helper-171); only where the text shown is
    known to be the text on that day."""
    out, _ = _run(["show", regeling, artikel], capsys)
    assert out.splitlines()[2] == jci


# --- a recommendation's place in the programme is no grondslag ---------------------------------------------------------


def test_a_recommendation_has_a_vindplaats_in_every_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The programma weerbaar bestuur (brief of 2019-10-18), action line «Handleiding basisscan integriteit», on
    2026-12-07: the CSV's «grondslag» cell held the programme's line, and the Word checklist set it bold without a label,
    as a statute (helper-170); the Markdown says «Vindplaats». The note names the line of the heading as such (it said
    «onder die kop (…, regel 11)», where the quoted text is not)."""
    import zipfile

    csv, docx = tmp_path / "c.csv", tmp_path / "c.docx"
    _run(["checklist", "GM0363", "--date", "2026-12-07", "-o", str(csv)], capsys)
    rij = next(r for r in csv.read_text(encoding="utf-8-sig").splitlines() if ';"aanbeveling-basisscan-integriteit";' in r)
    assert ';"vindplaats (geen wettelijke grondslag): programma weerbaar bestuur, actielijn ‘Handleiding basisscan ' in rij
    assert "onder die kop, die op regel 11 van programma/bijlage-brief-weerbaar-bestuur.md staat" in rij
    rij = next(r for r in csv.read_text(encoding="utf-8-sig").splitlines() if ';"vog-wethouder";' in r)
    assert ';"artikel 36a, tweede lid, Gemeentewet' in rij
    _run(["checklist", "GM0363", "--date", "2026-12-07", "-o", str(docx)], capsys)
    xml = zipfile.ZipFile(docx).read("word/document.xml").decode()
    assert "<w:t xml:space=\"preserve\">Vindplaats: </w:t>" in xml and "<w:t xml:space=\"preserve\">Grondslag: </w:t>" in xml


def test_the_illustrative_draft_adds_words_with_invoegen(capsys: pytest.CaptureFixture[str]) -> None:
    """Aanwijzing 6.11.1: adding to an existing text uses «invoegen» or «toevoegen»; onderdeel C of our illustrative
    draft for Kamerstuk 36 892 (Gemeentewet 170, tweede lid, of 2026-10-01) used «vervangen door» (helper-170)."""
    out, _ = _run(["tranche", "show", "2"], capsys)
    assert "In artikel 170, tweede lid, wordt na «van de gemeente» ingevoegd «en ziet toe op een zorgvuldige uitvoering" in out
    out, _ = _run(["tranche", "diff", "2", "--law", "gemeentewet"], capsys)
    assert "De burgemeester bevordert de bestuurlijke integriteit van de gemeente{+ en ziet toe op een zorgvuldige " in out


# --- consult: input errors said as they are ----------------------------------------------------------------------------


@pytest.mark.parametrize(("naam", "inhoud", "fout"), [
    ("leeg.md", "---\n---\n# Inleiding\nHallo\n", ":1: de gegevens tussen de twee regels '---' bovenaan zijn leeg"),
    ("dq.yaml", 'consultatie:\n  wetsvoorstel: tranche-2\n  basis: gemeentewet@2026-10-01\nopmerkingen:\n'
                '  - bepaling: artikel 36c\n    opmerking: "Dit is "strijdig" met de wet"\n',
     ":6: onjuiste YAML: na de tekst tussen aanhalingstekens gaat de regel verder (kolom 25): staat er een \" binnen"),
])
def test_consult_input_errors_say_what_is_wrong(naam: str, inhoud: str, fout: str, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    """A reaction on Kamerstuk 36 892 (tranche 2, 2026): an empty but closed front matter was «niet gesloten met '---'»,
    and a double quote inside a double-quoted text «de inspringing klopt niet» (helper-172)."""
    f = tmp_path / naam
    f.write_text(inhoud, encoding="utf-8")
    uit = tmp_path / "r.docx"
    _, err = _run(["consult", str(f), "-o", str(uit)], capsys, 1)
    assert f"{naam}{fout}" in err and not uit.exists()


# --- the range under a quoted text is the version's ----------------------------------------------------------------------


def test_the_range_under_a_quoted_text_is_the_versions(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 36a, tweede lid (the VOG), on 2023-01-15: the quote said «tekst geldig van 2023-01-01 tot en met
    2023-03-31», read as if the VOG lapsed then (helper-175); the range is the version's, and the text of the provision
    in the next version (2023-04-01) is the same."""
    out, _ = _run(["checklist", "GM0518", "--date", "2023-01-15"], capsys)
    assert ("*tekst van de versie die gold van 2023-01-01 tot en met 2023-03-31; in de versie van 2023-04-01 luidt artikel "
            "36a, tweede lid, Gemeentewet gelijk*") in out
    assert "tekst geldig van" not in out


def test_a_change_partly_of_another_act_says_so_after_the_besluit_too(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 68, eerste lid, as of 2023-01-01: onderdeel l is of Stb. 2022, 444, onderdeel k of another change the
    sources do not date. Before the besluit (Stb. 2022, 504, published 2022-12-16) the announcement said so; on 2022-12-31
    it said only «Wijzigt op 2023-01-01» (helper-175)."""
    out, _ = _run(["checklist", "GM0518", "--date", "2022-12-31"], capsys)
    assert ("- **Wijzigt op 2023-01-01 (dat geldt voor onderdeel l; de rest komt uit een andere wijziging (zie de "
            "toelichting bij de nieuwe tekst)):** De burgemeester is niet tevens") in out  # 2026-12-07 (07h)
    # Kieswet W 4: the rest (W 1, E 19) is of Stb. 2022, 292, whose days the BWB data give (helper-176): no claim that the
    # sources do not show them
    assert "waarvan de bronnen niet tonen of zij op deze datum al was aangenomen" not in out


def test_an_act_adopted_but_not_published_is_no_wettelijke_verplichting_yet(tmp_path: Path,
                                                                             capsys: pytest.CaptureFixture[str]) -> None:
    """Stb. 2022, 444 on 2022-10-12: adopted by the Eerste Kamer on 2022-10-11, published on 2022-11-10, its day of entry
    into force set on 2022-12-16. The checklist's soort said «wettelijke verplichting (aangenomen, nog niet in werking)»,
    and `register record … --op 2022-10-12` «geldt vanaf 2023-01-01», a day not yet set then (helper-175)."""
    out, _ = _run(["checklist", "GM0518", "--date", "2022-10-12"], capsys)
    sectie = out[out.index("- **Kenmerk:** vog-wethouder"):]
    assert sectie.index("- **Soort:** wettelijke verplichting uit een aangenomen wetsvoorstel (nog niet bekendgemaakt, nog "
                        "niet in werking)") < sectie.index("## ")
    out, _ = _run(["checklist", "GM0518", "--date", "2022-11-15"], capsys)
    sectie = out[out.index("- **Kenmerk:** vog-wethouder"):]
    assert sectie.index("- **Soort:** wettelijke verplichting (aangenomen, nog niet in werking)") < sectie.index("## ")
    _, err = _run(["register", "record", "GM0518", "vog-wethouder", "--status", "voldoet", "--op", "2022-10-12", "--who",
                   "test", "--register", str(tmp_path / "r.sqlite"), "--create"], capsys)
    assert "gold op 2022-10-12 nog niet (geldt vanaf een toen nog niet bepaalde datum, later vastgesteld: 2023-01-01)" in err


def test_the_csv_and_json_do_not_date_a_wording_before_its_day_was_set(tmp_path: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 36a, tweede lid (the VOG of Stb. 2022, 444), on 2022-12-15: the day of entry into force was set on
    2022-12-16 (Stb. 2022, 504). The Markdown said «later vastgesteld»; the CSV's deze_vorm_vanaf said «2023-01-01», and the
    JSON nothing of it (helper-175)."""
    rij = _csv_rij(tmp_path, capsys, "GM0518", "2022-12-15", "vog-wethouder")
    assert ';"een bij koninklijk besluit te bepalen tijdstip (later vastgesteld: 2023-01-01)";' in rij
    assert _json_item(capsys, "GM0518", "2022-12-15", "vog-wethouder")["vanaf_bepaald"] is False
    assert _json_item(capsys, "GM0518", "2022-12-16", "vog-wethouder")["vanaf_bepaald"] is True


@pytest.mark.parametrize(("sinds", "peil", "regel"), [
    # Stb. 2022, 444 published on 2022-11-10: its wordings announced, their day not yet set
    ("2022-10-12", "2022-11-15", "- Raadslid neemt niet deel bij een persoonlijk belang [belangenverstrengeling-raad]: wijzigt "
                                 "op een bij koninklijk besluit te bepalen tijdstip (later vastgesteld: 2023-01-01) (was: "
                                 "aangenomen wijziging (aangenomen door de Eerste Kamer op 2022-10-11, nog niet "
                                 "bekendgemaakt, Stb. 2022, 444 verscheen pas op 2022-11-10; nog geen geldend recht; in werking "
                                 "op een bij koninklijk besluit te bepalen tijdstip, later vastgesteld: 2023-01-01))\n"),
    # 2026-12-07: the adopted act's wording is shown from its adoption on 2022-10-11 (test_review_2026_12_07h)
    # the besluit (Stb. 2022, 504) of 2022-12-16 set the day
    ("2022-12-15", "2022-12-31", "- Raadslid neemt niet deel bij een persoonlijk belang [belangenverstrengeling-raad]: wijzigt "
                                 "op 2023-01-01 (was: wijzigt op een bij koninklijk besluit te bepalen tijdstip (later "
                                 "vastgesteld: 2023-01-01))\n"),
    # Kieswet W 1: Stb. 2022, 292, published 2022-07-13, its day set 2022-09-02
    ("2022-06-01", "2022-10-12", "- Benoemdverklaring van de opvolger van een raadslid [benoemdverklaring-opvolger]: wijzigt op "
                                 "2023-01-01\n"),
])
def test_since_reports_the_wordings_announced_in_between(sinds: str, peil: str, regel: str,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 28 (Stb. 2022, 444) and Kieswet W 1 (Stb. 2022, 292): `checklist --since` for 's-Gravenhage left out
    the wordings announced between the two dates, the main events of the transition (helper-175)."""
    out, _ = _run(["checklist", "GM0518", "--since", sinds, "--date", peil], capsys)
    assert "\n## Aangekondigde wijzigingen (" in out and regel in out


def test_the_excerpts_on_lijstuitputting_have_no_one_date(capsys: pytest.CaptureFixture[str]) -> None:
    """kieswet/lijstuitputting.EXCERPTS.md (Kieswet P 19, W 4; PROVENANCE.md: version «various») was listed as of
    2023-01-01, though it holds a press release of 2020 and an undated FAQ (helper-169)."""
    out, _ = _run(["sources", "list"], capsys)
    regel = next(r for r in out.splitlines() if r.startswith("kieswet-lijstuitputting "))
    assert " excerpt          diverse     " in regel and "2023-01-01" not in regel


def test_w4_on_a_council_elected_before_2023_is_said_to_need_transitional_law(capsys: pytest.CaptureFixture[str]) -> None:
    """Kieswet W 4, eerste lid, as of 2023-01-01, needs the ranking of P 19, vijfde lid, which for a council of 13 to 18
    seats elected in March 2022 was by our reading of the old rule not made; the checklist said «geldend» without a word
    of it (helper-169). Transitional law is not in the sources: said so."""
    out, _ = _run(["checklist", "GM0518", "--date", "2023-06-01"], capsys)
    assert ("Of en hoe dit lid op zo'n raad van toepassing is, zou overgangsrecht moeten regelen; dat staat niet in de "
            "bronnen.") in out


def test_the_newest_version_held_is_said_not_to_exclude_a_later_change(capsys: pytest.CaptureFixture[str]) -> None:
    """Provinciewet 175 without a date: the newest version held is of 2023-04-01, and the header said only «de nieuwste
    versie in de bronnen», with nothing on stderr either (helper-173)."""
    out, _ = _run(["show", "provinciewet", "artikel 175"], capsys)
    assert out.startswith("Provinciewet (BWBR0005645), geldig vanaf 2023-04-01; zonder datum gevraagd: de nieuwste versie in "
                          "de bronnen; een latere wijziging is niet uitgesloten\n")


def test_an_artikel_that_reads_so_only_since_later_says_since_when(capsys: pytest.CaptureFixture[str]) -> None:
    """Kieswet Pa 25a on 2024-06-01: the only version held (2025-08-01) records «inwerking 2025-02-12» (Stb. 2024, 391);
    `show` said only that no version of that day is held (helper-169)."""
    _, err = _run(["show", "kieswet@2024-06-01", "artikel Pa 25a"], capsys, 2)
    assert ("volgens de versie van 2025-08-01 luidt artikel Pa 25a zo sinds 2025-02-12 (Stb. 2024, 391): hoe het op "
            "2024-06-01 luidde, en of het toen al bestond, tonen de bronnen niet") in err
    assert "kieswet@2025-02-12" in err
    out, _ = _run(["show", "kieswet@2025-02-12", "artikel Pa 25a"], capsys)
    assert out.splitlines()[1] == "artikel Pa 25a Kieswet"


def test_an_adopted_unpublished_act_is_no_wettelijk_in_csv_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Stb. 2022, 444 on 2022-10-12 (adopted 2022-10-11, published 2022-11-10): the Markdown said «uit een aangenomen
    wetsvoorstel», the CSV's soort «wettelijk» and the JSON nothing of it (helper-176). The commissaris van de Koning's
    power (Provinciewet 182, tweede lid) on 2022-06-01, then a bill, keeps its note that the duty to cooperate is ours."""
    assert ';"aangenomen wetsvoorstel";' in _csv_rij(tmp_path, capsys, "GM0518", "2022-10-12", "vog-wethouder")
    assert _json_item(capsys, "GM0518", "2022-10-12", "vog-wethouder")["bekendgemaakt"] is False
    rij = _csv_rij(tmp_path, capsys, "GM0518", "2022-06-01", "cdk-informatie")
    assert ';"wetsvoorstel (bevoegdheid van de commissaris van de Koning; een plicht van de gemeente om mee te werken ' in rij
    out, _ = _run(["checklist", "GM0518", "--date", "2022-06-01"], capsys)
    sectie = out[out.index("- **Kenmerk:** cdk-informatie"):]
    assert sectie.index("- **Soort:** wetsvoorstel (geen geldend recht) (bevoegdheid van de commissaris van de Koning; een "
                        "plicht van de gemeente om mee te werken is onze lezing") < sectie.index("## ")


def test_since_says_an_adopted_act_was_published(capsys: pytest.CaptureFixture[str]) -> None:
    """Stb. 2022, 444, published on 2022-11-10: between 2022-10-12 and 2022-11-15 the VOG duty (Gemeentewet 36a, tweede lid)
    stayed «nog niet geldend (inwerkingtreding nog niet bepaald)», so `--since` did not list its publication (helper-176)."""
    out, _ = _run(["checklist", "GM0518", "--since", "2022-10-12", "--date", "2022-11-15"], capsys)
    i = out.index("- Verklaring omtrent het gedrag bij de benoeming van een wethouder [vog-wethouder]: nog niet geldend")
    regels = out[i:].splitlines()[1:3]
    assert "nog niet bekendgemaakt" in regels[0] and regels[1].startswith("  wordt: aangenomen (Stb. 2022, 444, gepubliceerd")


def test_theme_geheimhouding_lists_what_tranche_1_changed_under_it(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 82–84 and 155a on 2023-04-01: tranche 1 changed them in onderdelen of the theme geheimhouding (the
    secrecy of closed commissievergaderingen, and of a raadsenquête); our model themes them «commissies» and
    «openbaarheid», so `obligations --theme geheimhouding` left them out (helper-171)."""
    out, _ = _run(["obligations", "--theme", "geheimhouding", "--date", "2023-04-01"], capsys)
    for kenmerk in ("geheimhouding-oplegging", "onderzoekscommissie-geheimhouding", "raadscommissie-vergadering",
                    "openbaarheid-agenda-raad"):
        assert f"\n- {kenmerk} — " in f"\n{out}", kenmerk
    out, _ = _run(["obligations", "--theme", "commissies", "--date", "2023-04-01"], capsys)
    assert "geheimhouding-oplegging" not in out and "- raadscommissie-vergadering — " in out
