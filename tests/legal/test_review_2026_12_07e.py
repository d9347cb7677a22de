"""Legal review of 2026-12-07 (fifth session); each test names its provision and date."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import docx
import pytest

from tests.legal._cli import run as _run

# --- graph explain refuses a unit as `show` refuses it ------------------------------------------------------------


def test_graph_explain_of_a_lapsed_artikel_says_when_it_lapsed(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 25 (geheimhouding) lapsed on 2023-04-01 (Stb. 2022, 444; hoofdstuk Va). `graph explain
    gemeentewet@2023-04-01 "artikel 25"` said «geen knoop 'artikel 25' in de graaf» with exit code 2, where `show`
    says the artikel is gone from that version and which version still has it (exit code 1). Now the same refusal."""
    _, err = _run(["graph", "explain", "gemeentewet@2023-04-01", "artikel 25"], capsys, 1)
    assert "artikel 25 (artikel:25) bestaat niet in de Gemeentewet geldig vanaf 2023-04-01; de versie van 2023-01-01 " \
           "heeft artikel 25 nog" in err
    _, err = _run(["graph", "explain", "gemeentewet@2023-04-01", "art. 36a lidd"], capsys, 1)  # unreadable
    assert "kan 'lidd' in de verwijzing 'art. 36a lidd' niet lezen" in err and "of een knoop, bijvoorbeeld thema:vog" in err


def test_graph_explain_of_an_unknown_key_names_the_keys_it_has(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 36a, tweede lid (VOG), in force on 2023-04-01: `graph explain … verplichting:vog` (the duty is
    «vog-wethouder») gave only «bijvoorbeeld thema:vog, verplichting:…»; now the keys of that kind the graph holds,
    those with the name asked for first."""
    _, err = _run(["graph", "explain", "gemeentewet@2023-04-01", "verplichting:vog"], capsys, 1)
    assert "geen knoop 'verplichting:vog' in de graaf" in err
    assert "wel in deze graaf: verplichting:vog-wethouder, " in err


# --- consult: where the bill stood on the reaction's date -----------------------------------------------------------


@pytest.mark.parametrize("fmt", ["markdown", "html", "docx"])
def test_a_document_dates_the_bill(capsys: pytest.CaptureFixture[str], tmp_path: Path, fmt: str) -> None:
    """Kamerstuk 36 892 (tranche 2), its stukken dated 2026-02-03; the example reaction is dated 2026-10-15. The Word,
    Markdown and HTML documents said only «Wetsvoorstel: Kamerstuk 36 892», no date of the bill (helper-152); the
    internetconsultatie text said it. Now every document's bill line says when it was submitted; not «op de datum van
    deze reactie» where it stood, which for Kamerstuk 35 546 in July 2022 (before the Eerste Kamer) it got wrong
    (helper-154)."""
    voorbeeld = Path(__file__).parents[2] / "examples" / "reactie-tranche-2.yaml"
    uit = tmp_path / f"r.{ {'markdown': 'md'}.get(fmt, fmt)}"
    _run(["consult", str(voorbeeld), "-o", str(uit)], capsys)
    tekst = "\n".join(p.text for p in docx.Document(str(uit)).paragraphs) if fmt == "docx" else uit.read_text("utf-8")
    assert "Kamerstuk 36 892, bij de Tweede Kamer ingediend (stukken gedateerd 3 februari 2026)" in tekst
    vooraf = tmp_path / f"v{uit.suffix}"  # before the stukken: the Kamerstuk alone
    _run(["consult", str(voorbeeld), "--date", "2026-01-15", "-o", str(vooraf)], capsys)
    tekst = "\n".join(p.text for p in docx.Document(str(vooraf)).paragraphs) if fmt == "docx" else vooraf.read_text("utf-8")
    assert "Kamerstuk 36 892" in tekst and "bij de Tweede Kamer ingediend" not in tekst


# --- apply: the bill of tranche 1 dated from our model of the act ------------------------------------------------------

BILL = "tranche1/kst-35546-2-voorstel-van-wet.EXCERPT.txt"


def test_the_bills_onderdelen_come_in_when_the_act_made_them(capsys: pytest.CaptureFixture[str], sources: Path,
                                                              tmp_path: Path) -> None:
    """Kamerstuk 35 546, nr. 2 (the bill of tranche 1) names no date; Stb. 2022, 504 put artikel 19 and 23 of the
    Gemeentewet (the geheimhouding) in force on 2023-04-01, artikel 13 on 2023-01-01. `apply gemeentewet@2022-11-05
    <bill> --date 2023-01-01` applied all three «of het toen gold, is niet nagegaan» (helper-153), and the diff with
    the law of 2023-01-01 then showed 19 and 23 as differences. Now B and C are «niet in werking — vanaf 2023-04-01»,
    the date said to be ours, taken by artikel from our model of tranche 1."""
    uit = tmp_path / "r.xml"
    out, _ = _run(["apply", "gemeentewet@2022-11-05", str(sources / BILL), "--date", "2023-01-01", "-o", str(uit)],
                    capsys)
    assert "ARTIKEL I, onderdeel A: toegepast — gedateerd 2023-01-01: het wetsvoorstel noemt geen datum" in out
    # said of the act, never as the bill's own date (helper-154: «in werking vanaf» of a bill's onderdeel)
    assert "ARTIKEL I, onderdeel B: niet in werking — vanaf 2023-04-01: het wetsvoorstel noemt geen datum; volgens ons " \
           "model van tranche 1 trad de wijziging van artikel 19 door de wet (Stb. 2022, 444; inwerkingtreding Stb. " \
           "2022, 504) op 2023-04-01 in werking, en die datum hebben wij aan dit onderdeel toegekend; of het zo in de " \
           "wet staat, is niet nagegaan" in out
    assert "ARTIKEL I, onderdeel C: niet in werking — vanaf 2023-04-01" in out
    assert "1 toegepast, 0 mislukt, 0 gedeeltelijk, 2 niet in werking" in out
    out, _ = _run(["show", str(uit), "artikel 19, tweede lid"], capsys)
    gebleven, _ = _run(["show", "gemeentewet@2022-11-05", "artikel 19, tweede lid"], capsys)
    assert out.split("\n\n", 1)[1] == gebleven.split("\n\n", 1)[1]  # the text of before 2023-04-01


def test_an_excerpt_of_the_catalogue_is_said_to_be_one(capsys: pytest.CaptureFixture[str], sources: Path) -> None:
    """Kamerstuk 35 546, nr. 2 as the sources hold it: its first onderdelen (A–C) only, catalogued as an excerpt.
    `parse-act` said of the unclosed quote at its end «de tekst is hier misschien afgebroken», where the catalogue
    knows it is (helper-153)."""
    _, err = _run(["parse-act", str(sources / BILL)], capsys, 1)
    assert "is een uittreksel uit de catalogus (kst-35546-2: «Kamerstuk 35 546 nr. 2, voorstel van wet (begin: artikel " \
           "I, onderdelen A-C)»): de rest van de tekst staat niet in de bronnen" in err


# --- instructions: a generated act says it is no official text -------------------------------------------------------


def test_generated_instructions_say_they_are_no_official_text(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Gemeentewet 2023-01-01 → 2023-04-01 (the geheimhouding of Stb. 2022, 444, in force by Stb. 2022, 504): the
    generated act was titled «(gegenereerd: 2023-01-01 → 2023-04-01)», with nothing saying it is no official text, and
    its onderdeel A changes artikel 19, which the act itself has as onderdeel B (helper-153). The title says both, in
    text and in Word (its core title too). The note on emptied chapters reads as Dutch (aanwijzing 6.12, eerste lid)."""
    args = ["instructions", "gemeentewet@2023-01-01", "gemeentewet@2023-04-01"]
    titel = "Wijziging van de Gemeentewet (door het programma wetgeving gegenereerd uit de teksten van 1 januari 2023 " \
            "en 1 april 2023; geen officiële tekst: de indeling en de letters van de onderdelen zijn de onze)"
    out, err = _run(args, capsys)
    assert out.startswith(titel + "\n")
    assert "laat een deel dat leeg raakt vervallen; dat zo'n deel moet vervallen, schrijven de Aanwijzingen niet voor; " \
           "wij raden het aan; vervalt het, dan met het werkwoord «vervalt» (aanwijzing 6.12, eerste lid)" in err
    uit = tmp_path / "i.docx"
    _run([*args, "-o", str(uit)], capsys)
    assert docx.Document(str(uit)).core_properties.title == titel


# --- Provinciewet 182 on 2023-01-01: what the index holds is of before the change -------------------------------------


def test_cited_by_counts_hits_in_a_replaced_text_as_unverifiable(capsys: pytest.CaptureFixture[str], sources: Path,
                                                                  tmp_path: Path) -> None:
    """Provinciewet 182, changed on 2023-01-01 by tranche 1 (Stb. 2022, 444; date derived); the sources hold the
    texts of 2022-11-05 and 2023-04-01. `cited-by "artikel 182 Provinciewet" --date 2023-01-01` counted «3
    verwijzingen» of the text of 2022-11-05 as found, where `show` refuses that date (helper-151); each hit's «let op»
    named the change by our model's ids («tranche-1 (onderdeel pw-182)»). Now the count says they cannot be verified,
    and the change is named as a reader knows it."""
    db = tmp_path / "i.sqlite"
    _run(["index", "build", str(sources / "provinciewet"), "--db", str(db), "--jobs", "1"], capsys)
    out, _ = _run(["cited-by", "artikel 182 Provinciewet", "--date", "2023-01-01", "--db", str(db)], capsys)
    assert "3 verwijzingen, alle in een tekst van vóór een wijziging die volgens ons model op 2023-01-01 al gold (zie " \
           "«let op»): of zij toen nog zo luidden, is niet na te gaan" in out
    out, _ = _run(["cited-by", "artikel 182, derde lid, Provinciewet", "--date", "2023-01-01", "--db", str(db)], capsys)
    assert "1 verwijzing, in een tekst van vóór een wijziging" in out  # helper-154: «1 verwijzing, de in een tekst»
    assert "let op: tranche 1 (Stb. 2022, 444) wijzigde artikel 182 per 2023-01-01 (datum afgeleid)" in out
    assert "pw-182" not in out and "tranche-1" not in out
    out, _ = _run(["cited-by", "artikel 182 Provinciewet", "--date", "2022-12-31", "--db", str(db)], capsys)
    assert "niet na te gaan" not in out.splitlines()[-3]


def test_the_redline_of_the_bill_dates_the_bill(capsys: pytest.CaptureFixture[str]) -> None:
    """Kamerstuk 36 892 (tranche 2), stukken dated 2026-02-03, on the Gemeentewet of 2026-10-01: `tranche diff 2 --law
    gemeentewet` named the new side «illustratief ontwerp bij het wetsvoorstel (Kamerstuk 36 892)», with no date of the
    bill (helper-152)."""
    out, _ = _run(["tranche", "diff", "2", "--law", "gemeentewet"], capsys)
    assert "→ Gemeentewet: illustratief ontwerp bij het wetsvoorstel (Kamerstuk 36 892, stukken gedateerd 2026-02-03), " \
           "niet de tekst ervan; geen datum van inwerkingtreding" in out


# --- consult: the words a comment is about, in a word processor's quotation marks ------------------------------------


@pytest.mark.parametrize("over", ["„laat de raad een risicoanalyse”", "“laat de raad een risicoanalyse”",
                                  "‘laat de raad een risicoanalyse’", "«laat de raad een risicoanalyse»"])
def test_the_words_a_comment_is_about_may_be_in_curly_quotes(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                              over: str) -> None:
    """Artikel 36c, eerste lid, of the illustrative draft for Kamerstuk 36 892 (on the Gemeentewet of 2026-10-01):
    «over: „laat de raad een risicoanalyse”», as a word processor writes quotation marks, was refused «de woorden
    «„laat de raad …”» komen niet voor» (helper-152); only «», " and ' were taken off."""
    f = tmp_path / "r.yaml"
    f.write_text("consultatie:\n  titel: T\n  wetsvoorstel: tranche-2\n  basis: gemeentewet@2026-10-01\n  organisatie: X\n"
                 "  kamerstuk: \"36892\"\n  datum: 2026-10-15\nopmerkingen:\n  - bepaling: artikel 36c, eerste lid\n"
                 f"    over: {over}\n    opmerking: Waarom?\n", encoding="utf-8")
    out, _ = _run(["consult", str(f), "--format", "markdown"], capsys)
    assert "«laat de raad een risicoanalyse»" in out


# --- Kieswet W 3 / W 4 and Provinciewet 182 in our model's words ------------------------------------------------------


def test_the_rule_before_2023_is_said_in_the_present_of_its_peildatum(capsys: pytest.CaptureFixture[str]) -> None:
    """Kieswet W 3 and W 4 before tranche 1 (Stb. 2022, 444; W 4 changed on 2023-01-01): the checklist of 2022-11-05
    described the opvolging bij lijstuitputting in the past tense («Kwam … ging de zetel over … besliste»), on a day it
    applied (helper-151)."""
    out, _ = _run(["checklist", "GM0363", "--date", "2022-11-05", "--no-text"], capsys)
    assert "**Wat:** Komt bij de opvolging op de lijst van het te vervangen lid geen kandidaat meer in aanmerking en " \
           "vormt die lijst met andere lijsten een lijstengroep, dan gaat de zetel over" in out
    assert "Kwam bij de opvolging" not in out


def test_provinciewet_182_tweede_lid_is_summarised_in_its_own_words(capsys: pytest.CaptureFixture[str]) -> None:
    """Provinciewet 182, tweede lid, from 2023-01-01 (date derived): «bij de uitvoering van de taak, bedoeld in het
    eerste lid, onderdeel c». Our summary read «is bij zijn taak bij verstoorde …» (helper-151)."""
    out, _ = _run(["tranche", "show", "1"], capsys)
    assert "De commissaris van de Koning is bij de uitvoering van zijn taak bij verstoorde bestuurlijke verhoudingen" in out
    assert "is bij zijn taak bij" not in out


@pytest.mark.parametrize("fmt", ["markdown", "html", "json", "docx"])
def test_the_checklist_says_a_voorwaarde_is_not_checked(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                        fmt: str) -> None:
    """Kieswet W 4, eerste lid (from 2023-01-01, Stb. 2022, 444): only «een vertegenwoordigend orgaan met minder dan
    negentien leden». Amsterdam's checklist of 2023-04-01 counted the duty «geldend» and showed its Voorwaarde, with no
    word that the condition was not checked for Amsterdam (the list of gemeenten has no number of seats; helper-151)."""
    uit = tmp_path / f"c.{ {'markdown': 'md'}.get(fmt, fmt)}"
    _run(["checklist", "GM0363", "--date", "2023-04-01", "--no-text", "-o", str(uit)], capsys)
    tekst = "\n".join(p.text for p in docx.Document(str(uit)).paragraphs) if fmt == "docx" else uit.read_text("utf-8")
    assert "Of aan een «Voorwaarde» is voldaan, toetst deze checklist niet: «geldend» zegt dat de bepaling op de " \
           "peildatum geldt, niet dat de voorwaarde bij deze gemeente vervuld is (de gemeentelijst noemt bijvoorbeeld " \
           "geen aantal raadsleden)." in tekst.replace("&laquo;", "«").replace("&raquo;", "»")


def test_the_csv_checklist_says_a_voorwaarde_is_not_checked_in_its_row(capsys: pytest.CaptureFixture[str]) -> None:
    """Kieswet W 4, eerste lid (a raad of fewer than nineteen members), 's-Gravenhage on 2023-04-01: the CSV row said
    «geldend» with its Voorwaarde and no note; the other formats say it once at the top (helper-156)."""
    out, _ = _run(["checklist", "GM0518", "--date", "2023-04-01", "--format", "csv", "--no-text"], capsys)
    rijen = csv.DictReader(io.StringIO(out.removeprefix("\ufeff")), delimiter=";")
    rij = next(r for r in rijen if r["kenmerk"] == "lijstuitputting-opvolging")
    assert rij["status_uitleg"].endswith("; of aan de voorwaarde is voldaan, is niet getoetst")


# --- the register: an assessment of an earlier wording is no preparation ---------------------------------------------


def test_an_assessment_of_the_earlier_wording_is_not_called_preparation(capsys: pytest.CaptureFixture[str],
                                                                          tmp_path: Path) -> None:
    """Gemeentewet 28 (belangenverstrengeling) applied before 2023-01-01 and was reworded on that day (Stb. 2022,
    444). «voldoet» recorded about 2022-06-01 was shown on the checklist of 2023-01-01 as «voldoet (als voorbereiding:
    de verplichting gold toen nog niet)», while artikel 28 applied on 2022-06-01 (helper-155). It is an assessment of
    the earlier wording, to be redone; the VOG of 36a, tweede lid (new on 2023-01-01), assessed on 2022-12-31 is still
    preparation."""
    db = tmp_path / "r.sqlite"
    for vid, op in (("belangenverstrengeling-raad", "2022-06-01"), ("vog-wethouder", "2022-12-31")):
        _run(["register", "record", "GM0344", vid, "--status", "voldoet", "--who", "integriteitsadviseur", "--op", op,
              "--register", str(db), "--create"], capsys)
    out, _ = _run(["checklist", "GM0344", "--date", "2023-01-01", "--register", str(db), "--format", "json",
                   "--no-text"], capsys)
    rijen = {r["id"]: r["beoordeling"] for r in json.loads(out)["verplichtingen"]}
    b28 = rijen["belangenverstrengeling-raad"]
    assert (b28["status_getoond"], b28["als_voorbereiding"]) == ("voldoet", False)
    assert "beoordeeld op 2022-06-01 tegen een eerdere tekst" in b28["opnieuw"]
    assert rijen["vog-wethouder"]["als_voorbereiding"] is True


def test_an_imported_deviation_without_reason_is_said(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A recommendation of the programme weerbaar bestuur (18 October 2019), «bewust afgeweken»: `register record`
    asks a reason since 2026-12-07, `register import` took a row without one in silence (helper-155). A register of
    an earlier version may hold such rows (the history is never rewritten): imported, with a «let op», and the
    checklist asks to assess again."""
    eerst, oud = tmp_path / "eerst.sqlite", tmp_path / "oud.csv"
    _run(["register", "record", "GM0344", "aanbeveling-modelgedragscode", "--status", "bewust afgeweken", "--who",
          "griffier", "--op", "2023-06-01", "--reason", "WEGHALEN", "--register", str(eerst), "--create"], capsys)
    _run(["register", "export", "-o", str(oud), "--register", str(eerst)], capsys)
    nu = oud.read_text("utf-8-sig").replace("WEGHALEN", "")
    # 2026-12-07 (ninth session): only a row recorded before the reason was asked is old (helper-198: one of today's was
    # taken in too); one recorded since is refused
    oud.write_text(re.sub(r"\d{4}-\d{2}-\d{2}T", "2026-12-01T", nu), encoding="utf-8-sig")  # as a row of old
    nieuw = tmp_path / "nieuw.csv"
    nieuw.write_text(nu, encoding="utf-8-sig")
    _, err = _run(["register", "import", str(nieuw), "--register", str(tmp_path / "n.sqlite"), "--create"], capsys, code=1)
    assert "heeft geen reden, die ‘bewust afgeweken’ vraagt; er is niets ingelezen" in err
    db = tmp_path / "r.sqlite"
    _, err = _run(["register", "import", str(oud), "--register", str(db), "--create"], capsys)
    assert "1 beoordeling zonder de reden die haar status vraagt (GM0344 aanbeveling-modelgedragscode ‘bewust " \
           "afgeweken’ op 2023-06-01): ingelezen zoals vastgelegd" in err
    out, _ = _run(["checklist", "GM0344", "--date", "2023-06-01", "--register", str(db), "--no-text"], capsys)
    assert "opnieuw beoordelen: ‘bewust afgeweken’ (beoordeeld op 2023-06-01) is vastgelegd zonder reden" in out


def test_a_users_own_text_titled_as_the_bill_is_not_dated_from_the_model(capsys: pytest.CaptureFixture[str],
                                                                          tmp_path: Path) -> None:
    """An invented act titled «35 546 …» (as a nota van wijziging or a user's draft would be) that changes Gemeentewet
    19, eerste lid, and 13, eerste lid, onder o: only the catalogued text of Kamerstuk 35 546, nr. 2 is dated from
    our model of tranche 1 (helper-154: any such text was, by artikel number alone; the model changes 19, tweede
    lid, on 2023-04-01, not the eerste)."""
    eigen = tmp_path / "eigen.txt"
    eigen.write_text("35 546 Wijziging van de Gemeentewet in verband met een eigen proef\n\nARTIKEL I\n\n"
                     "De Gemeentewet wordt als volgt gewijzigd:\n\nA\n\nIn artikel 19, eerste lid, wordt "
                     "«schriftelijk» vervangen door «schriftelijk of langs elektronische weg».\n", encoding="utf-8")
    out, _ = _run(["apply", "gemeentewet@2022-11-05", str(eigen), "--date", "2023-01-01"], capsys)
    assert "ARTIKEL I, onderdeel A: toegepast — van dit onderdeel is geen datum van inwerkingtreding gelezen" in out
    assert "ons model" not in out


# --- the register and the listing in the words a reader knows ---------------------------------------------------------


def test_a_bill_before_its_submission_is_not_said_not_to_exist(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Kamerstuk 36 892 (tranche 2): the ministerraad agreed to send it on 2026-01-23, the Raad van State advised in
    2025, its stukken are dated 2026-02-03. An assessment about 2026-01-26 was refused «bestaat op 2026-01-26 nog
    niet» (helper-155); the bill existed, it was not yet before the Tweede Kamer."""
    _, err = _run(["register", "record", "GM0344", "risicoanalyse-wethouder", "--status", "voorbereiding gestart",
                   "--op", "2026-01-26", "--who", "x", "--register", str(tmp_path / "r.sqlite"), "--create"], capsys, 1)
    assert "is op 2026-01-26 nog niet te beoordelen: het wetsvoorstel (Kamerstuk 36 892) lag toen nog niet bij de " \
           "Tweede Kamer (stukken gedateerd 2026-02-03), en wat eraan voorafging (een concept, het advies van de Raad " \
           "van State) wordt in dit register niet beoordeeld" in err


def test_the_listing_and_the_history_use_no_ids_of_our_model(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`obligations --soort wetsvoorstel --date 2026-12-07` named the grondslag of Kamerstuk 36 892's financial
    interests «beoogde voorziening t2-financiele-belangen», our model's id; `register history` gave a reason without
    its label, while «bewijs:» and «notitie:» had one (helper-155)."""
    out, _ = _run(["obligations", "--soort", "wetsvoorstel", "--date", "2026-12-07"], capsys)
    assert "beoogde bepaling in de Gemeentewet (wetsvoorstel, geen geldend recht)" in out and "t2-" not in out
    db = tmp_path / "r.sqlite"
    _run(["register", "record", "GM0344", "aanbeveling-modelgedragscode", "--status", "bewust afgeweken", "--who", "x",
          "--op", "2023-06-01", "--reason", "eigen gedragscode", "--register", str(db), "--create"], capsys)
    out, _ = _run(["register", "history", "--register", str(db)], capsys)
    assert "— x; reden: eigen gedragscode" in out


def test_since_does_not_report_a_gap_in_the_sources_as_a_change(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 170, tweede lid («De burgemeester bevordert de bestuurlijke integriteit van de gemeente.»): the
    sources show it from the version of 2022-11-05 (the Markdown mirror of 2015 lacks it). `checklist GM0344 --since
    2022-06-01 --date 2022-12-31` listed «mogelijk geldend → geldend» under «Andere status», read as a new duty in 2022
    (helper-155). Now it says what the sources show, and what not."""
    out, _ = _run(["checklist", "GM0344", "--since", "2022-06-01", "--date", "2022-12-31"], capsys)
    # under «Andere status» still (helper-156: «dezelfde verplichting» was said of Kieswet X 8, changed on 2021-07-01)
    assert "mogelijk geldend (ingangsdatum onbekend) → geldend\n  de bronnen tonen deze tekst vanaf 2022-11-05; of de " \
           "verplichting daarvóór al gold, en hoe zij toen luidde, staat er niet in" in out
    assert "dezelfde verplichting" not in out


def test_the_reactions_word_document_is_laid_out_as_its_cells_say(capsys: pytest.CaptureFixture[str],
                                                                   tmp_path: Path) -> None:
    """Kamerstuk 36 892 (illustrative draft, the Gemeentewet of 2026-10-01), the example reaction: the tables declared a
    grid of two equal columns while their cells were 3.5 and 12.5 cm, and LibreOffice's PDF followed the grid; the
    document's author was «wetgeving», not the organisation (helper-152)."""
    uit = tmp_path / "r.docx"
    _run(["consult", str(Path(__file__).parents[2] / "examples" / "reactie-tranche-2.yaml"), "-o", str(uit)], capsys)
    d = docx.Document(str(uit))
    assert d.core_properties.author == d.core_properties.last_modified_by == "Vereniging van Proefgriffiers"
    grid = d.tables[0]._tbl.tblGrid.findall("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}gridCol")
    assert [int(g.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}w")) for g in grid] == [1984, 7087]


def test_a_wrongly_indented_comment_is_refused_in_dutch(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A reaction on Kamerstuk 36 892 (illustrative draft on the Gemeentewet of 2026-10-01) with a key one space off
    under a list item: refused with the line, but «de YAML-lezer meldt (in het Engels): did not find expected '-'
    indicator» (helper-152)."""
    f = tmp_path / "r.yaml"
    f.write_text("consultatie:\n  titel: T\n  wetsvoorstel: tranche-2\n  basis: gemeentewet@2026-10-01\n  organisatie: X\n"
                 "  datum: 2026-10-15\nopmerkingen:\n  - bepaling: artikel 36c, eerste lid\n    opmerking: a\n"
                 "   opmerking: b\n", encoding="utf-8")
    _, err = _run(["consult", str(f), "-o", str(tmp_path / "r.docx")], capsys, 1)
    assert "r.yaml:10: onjuiste YAML: de inspringing klopt niet: een onderdeel van de lijst begint met «- »" in err
    assert "Engels" not in err and not (tmp_path / "r.docx").exists()


# --- Aanwijzing 6.19 sentence by sentence ------------------------------------------------------------------------------


def test_6_19_is_checked_per_sentence(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Gemeentewet 36a (the text of 2023-04-01), an invented act: «Onder vernummering van het derde en vierde lid tot
    vierde en vijfde lid wordt een lid ingevoegd», then «In het vierde lid wordt …» and «In het vierde lid (nieuw)
    wordt …» in the same onderdeel. Aanwijzing 6.19 asks «(nieuw)» in both; the first went without a note, for the
    second sentence's «(nieuw)» counted for the whole onderdeel (helper-153)."""
    act = tmp_path / "act.txt"
    act.write_text("ARTIKEL I\n\nDe Gemeentewet wordt als volgt gewijzigd:\n\nA\n\nArtikel 36a wordt als volgt gewijzigd:\n\n"
                   "1. Onder vernummering van het derde en vierde lid tot vierde en vijfde lid wordt een lid ingevoegd, "
                   "luidende:\n\n3. Tekst.\n\n2. In het vierde lid wordt «ingezetenschap» vervangen door «woonplaats».\n\n"
                   "3. In het vierde lid (nieuw) wordt «De raad» vervangen door «Het college».\n", encoding="utf-8")
    out, _ = _run(["apply", "gemeentewet@2023-04-01", str(act), "--date", "2024-01-01"], capsys)
    assert "artikel 36a, vierde lid, is eerder in deze wijzigingsregeling vernummerd of verletterd; Aanwijzing 6.19 " \
           "vraagt dan «(nieuw)» achter het nieuwe nummer; gelezen als de eenheid die dat nummer na de vernummering " \
           "heeft" in out


def test_graph_explain_finds_an_onderdeel_by_our_kenmerk(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 13, eerste lid, onder o, changed on 2023-01-01 by tranche 1 (Stb. 2022, 444), onderdeel A (letter
    derived), our kenmerk gw-13: `graph explain gemeentewet@2023-04-01 onderdeel:gw-13` was refused with a hint of
    other keys, none of them the one meant (helper-156)."""
    out, _ = _run(["graph", "explain", "gemeentewet@2023-04-01", "onderdeel:gw-13"], capsys)
    assert "(tranche 1, artikel I, onderdeel A, letter door ons afgeleid) [onderdeel:tranche-1/I/A]" in out
