"""Legal review of 2026-12-07 (second session); each test names its provision and date."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.katalogus import omgeving
from tests.legal._cli import run as _run
from tests.legal.test_model_checks import _mutated
from wetgeving.bronnen.catalogus import corpus_dir

# --- Kieswet W 3 and W 4 on 2022-12-31: the sources show W 3, not W 4 as it then read -----------------------------


def test_lijstuitputting_before_2023_names_what_the_sources_show(capsys: pytest.CaptureFixture[str]) -> None:
    """Kieswet artikel W 3 on 2022-12-31: the BWB toestand of 2025-08-01 records its text since 2018-06-13 (Stb. 2018,
    106), while artikel W 4 as it read before 2023-01-01 is in no source. «geen versie in de bronnen toont de
    bepaling» understated that (helper-115); the status still cannot say the whole duty held."""
    out, _ = _run(["obligations", "--date", "2022-12-31"], capsys, 0)
    regel = out.split("lijstuitputting-opvolging — ", 1)[1].split("\n", 2)
    assert regel[0].startswith("mogelijk geldend (ingangsdatum onbekend) op 2022-12-31")
    assert ("de bronnen tonen van de beschreven regels alleen artikel W 3 (Kieswet), zoals het sinds 2018-06-13 "
            "luidt; geen versie toont artikel W 4 (Kieswet) zoals het toen luidde") in regel[1]
    assert "geen versie in de bronnen toont de bepaling" not in regel[1]


def test_lijstuitputting_before_2018_shows_no_part(capsys: pytest.CaptureFixture[str]) -> None:
    """Kieswet artikel W 3 on 2015-12-31: its present text dates from 2018-06-13; how it read before is not in the
    sources, so nothing of the duty is shown then."""
    out, _ = _run(["obligations", "--date", "2015-12-31"], capsys, 0)
    regel = out.split("lijstuitputting-opvolging — ", 1)[1].split("\n", 2)[1]
    assert "geen versie in de bronnen toont de bepaling" in regel
    assert "alleen artikel W 3" not in regel  # the grondslag list still says from when the sources show W 3


@pytest.mark.parametrize(("new", "needle"), [
    # Kieswet W 3 reads as it does since 2018-06-13 (toestand 2025-08-01), not since 2019-01-01
    ('adres="artikel:W 3" bekend-op="2019-01-01"', "geen toestand waarin artikel W 3 sinds die datum zo luidt"),
    # a date on or after the period's end (2023-01-01) cannot show the wording before it
    ('adres="artikel:W 3" bekend-op="2023-01-01"', "ligt niet vóór tot"),
])
def test_check_refuses_a_grondslag_date_the_sources_do_not_support(tmp_path: Path, new: str, needle: str) -> None:
    """The model's date for Kieswet W 3 (lijstuitputting-opvolging before 2023-01-01) is checked against the
    sources, as a period's bekend-op is."""
    problems = _mutated(tmp_path, 'adres="artikel:W 3" bekend-op="2018-06-13"', new)
    assert any(needle in p for p in problems), problems


# --- Kieswet E 19 is new since 2023-01-01: not cited before it existed --------------------------------------------


def test_benoemdverklaring_before_2023_cites_no_e19(capsys: pytest.CaptureFixture[str]) -> None:
    """Kieswet artikel E 19 («voorzitter is de burgemeester») on 2022-12-31: the BWB toestand of 2025-08-01 marks it
    new since 2023-01-01 (effect «nieuw», Stb. 2022, 292), and W 1 changed then. benoemdverklaring-opvolger cited
    E 19, tweede lid, and named the burgemeester on 2022-12-31 (helper-127); before 2023 the sources show only W 2
    (since 2014-07-01), not who declared the successor elected nor within what term."""
    out, _ = _run(["obligations", "--date", "2022-12-31"], capsys, 0)
    kop, uitleg = out.split("benoemdverklaring-opvolger — ", 1)[1].split("\n", 2)[:2]
    assert kop.startswith("mogelijk geldend (ingangsdatum onbekend) op 2022-12-31 — onbekend (niet in de bronnen) — ")
    assert "E 19" not in uitleg and "burgemeester" not in kop
    assert "alleen artikel W 2 (Kieswet), zoals het sinds 2014-07-01 luidt; geen versie toont artikel W 1" in uitleg


def test_benoemdverklaring_from_2023_cites_e19(capsys: pytest.CaptureFixture[str]) -> None:
    """Kieswet artikelen W 1, eerste lid, and E 19, tweede lid, on 2023-01-01: this wording is in force since that
    date, with the burgemeester as voorzitter of the centraal stembureau."""
    out, _ = _run(["obligations", "--date", "2023-01-01"], capsys, 0)
    kop, uitleg = out.split("benoemdverklaring-opvolger — ", 1)[1].split("\n", 2)[:2]
    assert kop.startswith("geldend op 2023-01-01 — burgemeester — ")
    # the act named since 2026-12-07 (seventh session; test_review_2026_12_07g)
    assert uitleg.strip().startswith("- in deze vorm in werking sinds 2023-01-01 (Stb. 2022, 292); daarvóór in een eerdere vorm")
    assert "artikel E 19, tweede lid (Kieswet)" in uitleg


# --- Kamerstuk 36 892 and the Gemeentewet of 2026-10-01 --------------------------------------------------------------


@pytest.mark.parametrize(("dag", "zin"), [
    ("2026-03-01", "wat het aan de Gemeentewet wijzigt, was op 2026-03-01 niet in werking: het is ook in de "
                   "Gemeentewet zoals geldend vanaf 2026-10-01 nog niet verwerkt; of het toen al was aangenomen, is niet "
                   "bekend"),
    ("2026-10-01", "wat het aan de Gemeentewet wijzigt, was op 2026-10-01 niet in werking: het is in de "
                   "Gemeentewet zoals geldend vanaf 2026-10-01 niet verwerkt"),
    ("2026-12-07", "het is niet verwerkt in de Gemeentewet zoals geldend vanaf 2026-10-01, de nieuwste versie in de "
                   "bronnen; of het voorstel op 2026-12-07 wet is en in werking is getreden, is niet bekend"),
])
def test_the_bill_36892_is_not_in_the_gemeentewet_of_2026_10_01(capsys: pytest.CaptureFixture[str], dag: str,
                                                                  zin: str) -> None:
    """Kamerstuk 36 892 (risicoanalyse, financiële belangen) on 2026-03-01, 2026-10-01 and 2026-12-07: the Gemeentewet
    valid from 2026-10-01 has no risicoanalyse provision (PROVENANCE.md: tranche 2 «is not enacted in it»). The tool
    said only «of het voorstel op 2026-10-01 wet is en in werking is getreden, is niet bekend» (helper-125/127)."""
    out, _ = _run(["obligations", "--soort", "wetsvoorstel", "--date", dag], capsys, 0)
    for vid in ("risicoanalyse-wethouder", "financiele-belangen-bestuurders"):
        uitleg = out.split(f"{vid} — ", 1)[1].split("\n", 2)[1]
        assert zin in uitleg, (vid, uitleg)
        assert "geen geldend recht" in uitleg


def test_niet_in_must_name_a_held_version(tmp_path: Path) -> None:
    """The model's «niet-in» of Kamerstuk 36 892 names a version the sources hold, between submission and
    publication: the Gemeentewet of 2026-11-01 is not held."""
    # the procedure must say what the tranche says; the tranche's is checked against the sources (tranches/controle.py,
    # test_validate_checks_a_copied_corpus_against_its_own_tranches)
    problems = _mutated(tmp_path, 'niet-in="gemeentewet@2026-10-01"', 'niet-in="gemeentewet@2026-11-01"')
    assert any("niet-in is gemeentewet@2026-11-01 in verplichtingen.xml maar gemeentewet@2026-10-01" in p
               for p in problems), problems
    fouten, _ = _kopie(tmp_path, "tranches/tranche-2.xml", 'niet-in="gemeentewet@2026-10-01"',
                       'niet-in="gemeentewet@2026-11-01"')
    assert any("de bronnen hebben geen versie gemeentewet@2026-11-01" in f for f in fouten), fouten
    fouten, _ = _kopie(tmp_path / "b", "tranches/tranche-2.xml", 'niet-in="gemeentewet@2026-10-01"',
                       'niet-in="gemeentewet@2023-04-01"')
    # an older version is not «de nieuwste versie in de bronnen», as every output says (before-stop hook)
    assert any("gemeentewet@2023-04-01 is niet de nieuwste versie in de bronnen (gemeentewet@2026-10-01)" in f
               for f in fouten), fouten


# --- consultation on Kamerstuk 35 546: which internetconsultatie, and what text ---------------------------------------


def _reactie(tmp_path: Path, datum: str, bepaling: str = "artikel 36a, tweede lid") -> Path:
    f = tmp_path / "reactie.yaml"
    f.write_text(f"consultatie:\n  titel: Reactie\n  wetsvoorstel: tranche-1\n  basis: gemeentewet@2022-11-05\n"
                 f"  kamerstuk: \"35546\"\n  organisatie: Kantoor\n  datum: {datum}\nopmerkingen:\n"
                 f"  - bepaling: {bepaling}\n    opmerking: Een opmerking.\n", encoding="utf-8")
    return f


def test_a_reaction_in_the_nota_van_wijziging_consultation_is_told_so(capsys: pytest.CaptureFixture[str],
                                                                      tmp_path: Path) -> None:
    """Kamerstuk 35 546, reaction dated 2021-03-01: the sources show a consultation on a nota van wijziging to the bill
    already before the Kamer, «Publicatiedatum 12-02-2021», «Einddatum consultatie 01-04-2021». The tool said «een
    internetconsultatie gaat over het concept, vóór de indiening» (helper-126)."""
    r = _reactie(tmp_path, "2021-03-01")
    out, err = _run(["consult", str(r), "--format", "internetconsultatie"], capsys)
    assert "gaat over het concept, vóór de indiening" not in out + err
    assert ("op die dag liep de internetconsultatie over een nota van wijziging op het al ingediende wetsvoorstel (een "
            "risicoanalyse integriteit vóór de benoeming van bestuurders), van 12 februari 2021 tot en met 1 april "
            "2021") in out
    assert "Consultatie: een nota van wijziging op het al ingediende wetsvoorstel" in out


def test_a_reaction_on_the_concept_names_its_consultation(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Kamerstuk 35 546, reaction dated 2020-01-20, in the consultation on the concept: «Publicatiedatum 27-11-2019»,
    «Einddatum consultatie 31-01-2020», «Keten-ID 9590». No format named the consultation (helper-126)."""
    r = _reactie(tmp_path, "2020-01-20")
    for fmt, regel in (("internetconsultatie", "Consultatie: "), ("markdown", "- Consultatie: ")):
        out, _ = _run(["consult", str(r), "--format", fmt], capsys)
        assert (f"{regel}het concept van het wetsvoorstel, van 27 november 2019 tot en met 31 januari 2020 (Keten-ID "
                "9590)") in out


def test_a_reaction_between_the_consultations_is_told_which_there_were(capsys: pytest.CaptureFixture[str],
                                                                        tmp_path: Path) -> None:
    """Kamerstuk 35 546, reaction dated 2020-10-15: after submission (2020-08-31), in neither consultation the sources
    show; the document names both and says another one is not known."""
    r = _reactie(tmp_path, "2020-10-15")
    out, _ = _run(["consult", str(r), "--format", "internetconsultatie"], capsys)
    assert "de bronnen tonen twee internetconsultaties, over het concept van het wetsvoorstel, van 27 november 2019" in out
    assert "geen van beide liep op die dag; of er toen een andere openstond, tonen de bronnen niet" in out
    assert "\nConsultatie:" not in out


def test_the_text_of_an_act_before_its_publication_is_the_adopted_bill(capsys: pytest.CaptureFixture[str],
                                                                       tmp_path: Path) -> None:
    """Kamerstuk 35 546 (Stb. 2022, 444), reaction dated 2020-10-15: the rows «Tekst volgens het wetsvoorstel» showed the
    act as adopted, and onderdeel 0A (artikel 12, tweede lid), which the bill of 2020 did not have, as «van het
    wetsvoorstel» (helper-126). They speak of the adopted bill."""
    r = _reactie(tmp_path, "2020-10-15", "artikel 12, tweede lid")
    out, _ = _run(["consult", str(r), "--format", "html"], capsys)
    assert "Tekst volgens het wetsvoorstel zoals later aangenomen" in out
    assert "Tekst volgens het wetsvoorstel<" not in out and "Tekst volgens het aangenomen" not in out  # not yet adopted
    out, _ = _run(["consult", str(r), "--format", "internetconsultatie"], capsys)
    assert ("Artikel I, onderdeel 0A (letter door ons afgeleid), van het wetsvoorstel zoals later aangenomen: artikel 12, "
            "tweede lid") in out


def test_a_consultation_date_the_source_does_not_give_is_refused(tmp_path: Path) -> None:
    """The model's consultation on the concept of Kamerstuk 35 546 ran from 27-11-2019 (the source's Publicatiedatum);
    a model saying 2019-11-28 is refused by the corpus check."""
    import shutil

    from wetgeving.tranches.controle import check_corpus

    kopie = tmp_path / "corpus"
    shutil.copytree(corpus_dir(), kopie)
    f = kopie / "tranches" / "tranche-1.xml"
    f.write_text(f.read_text(encoding="utf-8").replace('van="2019-11-27"', 'van="2019-11-28"'), encoding="utf-8")
    found = [b.wat for b in check_corpus(omgeving(), kopie)]
    assert any("«Publicatiedatum 28-11-2019» staat niet in bron internetconsultatie-format" in x for x in found), found


# --- tranche 2 (Kamerstuk 36 892): the illustrative draft and the laws the bill amends -------------------------------


def test_the_draft_of_tranche_2_does_not_show_the_bills_changes(capsys: pytest.CaptureFixture[str]) -> None:
    """Kamerstuk 36 892 on 2027-01-01: its text (nr. 2) is not in the sources; the illustrative draft said «Het ontwerp
    toont wat het voorstel zou veranderen» under the banner «geen officiële tekst» (helper-125)."""
    out, _ = _run(["tranche", "diff", "2", "--law", "gemeentewet", "--date", "2027-01-01"], capsys)
    assert "toont wat het voorstel zou veranderen" not in out
    assert "Het ontwerp is illustratief: het toont niet de wijzigingen van het wetsvoorstel, en niet wat op 2027-01-01 " \
           "geldt." in out
    assert "(Kamerstuk 36 892, stukken gedateerd 2026-02-03)" in out and "Kamerstuk 36892" not in out


def test_a_law_the_bills_title_does_not_name_is_said_so(capsys: pytest.CaptureFixture[str]) -> None:
    """Kamerstuk 36 892: its title names the Gemeentewet, the Provinciewet, the Waterschapswet and the WolBES (advies
    Raad van State, 2026D05379), not the Kieswet; «tranche 2 heeft geen ontwerp voor kieswet» suggested it might amend it."""
    _, err = _run(["tranche", "diff", "2", "--law", "kieswet"], capsys, 2)
    assert "ons model van het wetsvoorstel noemt de Kieswet niet onder de wetten die het wijzigt" in err
    assert ("ons model noemt: Gemeentewet, Provinciewet, Waterschapswet, Wet openbare lichamen Bonaire, Sint Eustatius "
            "en Saba") in err


def test_graph_explain_says_its_graph_is_of_the_versions_start(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet asked on 2026-03-01 (the version of 2023-04-01 holds then) and Kamerstuk 36 892 (papers of
    2026-02-03): the graph is of the version's start, so the bill is not in it; the error said «op die datum» without
    saying which, while `obligations --date 2026-03-01` lists the bill (helper-125)."""
    # exit code 1 since 2026-12-07 (fifth session), as `show` for what the version lacks
    _, err = _run(["graph", "explain", "gemeentewet@2026-03-01", "verplichting:risicoanalyse-wethouder"], capsys, 1)
    assert "is een verplichting uit een wetsvoorstel, en dat was op 2023-04-01 nog niet ingediend" in err
    assert ("de graaf toont de verplichtingen op de begindatum van die versie, niet op 2026-03-01: welke er op "
            "2026-03-01 zijn, zegt 'wetgeving obligations --date 2026-03-01'") in err


def test_checklist_wording_on_2023_04_01(capsys: pytest.CaptureFixture[str]) -> None:
    """Checklist of Amsterdam on 2023-04-01 (helper-127): the counts are a sentence of their own («Peildatum:
    2023-04-01. geldend: 43»), and artikel 68, eerste lid, onder k (since 2023-01-01) is quoted with «» as elsewhere."""
    out, _ = _run(["checklist", "GM0363", "--date", "2023-04-01"], capsys)
    assert "Peildatum: 2023-04-01. Geldend: " in out
    assert "«lid van de rekenkamer van de provincie»" in out and "'lid van de rekenkamer" not in out


def test_an_unsure_duty_does_not_say_mogelijk_geldend_twice(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 15, derde lid (gedragscode raad) on 2011-01-01, before the oldest version held (2011-02-23): the
    status «mogelijk geldend» was followed by «— mogelijk geldend: de bepaling …» (helper-127)."""
    out, _ = _run(["obligations", "--date", "2011-01-01"], capsys)
    assert "mogelijk geldend: de bepaling" not in out
    assert "de bepaling staat wel in de bronnen vanaf 2011-02-23; of zij op 2011-01-01 al gold" in out


def test_a_note_that_ends_in_a_full_stop_gets_no_second(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Provinciewet 182 (tranche 1, Stb. 2022, 444, Artikel II, number derived), reaction dated 2020-10-01: the model's
    note on the Provinciewet ends «… de formele titel.», and the document wrote «titel..» (helper-126)."""
    f = tmp_path / "p.yaml"
    f.write_text("consultatie:\n  titel: Reactie\n  wetsvoorstel: tranche-1\n  basis: provinciewet@2022-11-05\n"
                 "  organisatie: Kantoor\n  datum: 2020-10-01\nopmerkingen:\n  - bepaling: artikel 182, tweede lid\n"
                 "    opmerking: Een opmerking.\n", encoding="utf-8")
    for fmt in ("internetconsultatie", "markdown", "html"):
        out, _ = _run(["consult", str(f), "--format", fmt], capsys)
        assert "titel.." not in out and ".." not in out.replace("...", ""), fmt
        assert "de formele titel." in out, fmt


def test_a_bills_provision_would_introduce_its_duty(capsys: pytest.CaptureFixture[str]) -> None:
    """Kamerstuk 36 892 in the graph of the Gemeentewet of 2026-10-01: its planned provisions are linked to the duties
    they would bring; the edges read «voert in», as those of an act in force (helper-125)."""
    out, _ = _run(["graph", "build", "gemeentewet@2026-10-01"], capsys)
    assert "2 zou invoeren" in out


def test_tranche_2_describes_the_risicoanalyse_as_the_news_did(capsys: pytest.CaptureFixture[str]) -> None:
    """Kamerstuk 36 892 (news of 2026-01-23): «naar welk type integriteitsaspecten mag worden gekeken … welke bronnen
    daarbij mogen worden gebruikt … hoe er met persoonlijke informatie wordt omgegaan»; the tool wrote «naar welke
    aspecten … en welke bronnen … gekeken mag worden» and «persoonsgegevens» (helper-125)."""
    out, _ = _run(["tranche", "show", "2"], capsys)
    flat = " ".join(out.split())
    assert "welke bronnen daarbij mogen worden gebruikt" in flat and "persoonlijke informatie" in flat
    assert "gekeken mag worden" not in flat and "persoonsgegevens" not in flat


def test_tranche_2_names_its_advice_and_what_the_programme_also_planned(capsys: pytest.CaptureFixture[str]) -> None:
    """Kamerstuk 36 892: the Raad van State's advice «gedateerd 10 september 2025, nr. W04.25.00033/I», the bill made
    aanhangig there on 19 February 2025, published in Stcrt. 2026, 6890; the programme of 2019 planned for a second
    tranche also «ontzetting uit het kiesrecht» and an advisory commissie, which the bill's title does not name
    (helper-125)."""
    out, _ = _run(["tranche", "show", "2"], capsys)
    flat = " ".join(out.split())
    assert "gedateerd 10 september 2025 (nr. W04.25.00033/I)" in flat and "Stcrt. 2026, 6890" in flat
    assert "op 19 februari 2025 bij de Afdeling advisering van de Raad van State aanhangig gemaakt" in flat
    assert "ontzetting uit het kiesrecht" in flat and "of het die onderwerpen regelt, staat niet in de bronnen" in flat


def test_an_unknown_start_shown_from_a_toestand_names_no_version(capsys: pytest.CaptureFixture[str]) -> None:
    """Kieswet X 1 (melding-einde-lidmaatschap): the BWB toestand of 2025-08-01 records its text since 1989-11-01; no
    version of 1989-11-01 is held, yet `obligations` said «al in de versie van 1989-11-01» (helper-127). The checklist
    CSV said only «onbekend»."""
    out, _ = _run(["obligations"], capsys)
    assert "al in de versie van" not in out
    assert "vanaf onbekend (de bronnen tonen haar vanaf 1989-11-01): artikel X 1, eerste lid (Kieswet)" in out
    assert "artikel W 3 (Kieswet) (de bronnen tonen het vanaf 2018-06-13)" in out
    out, _ = _run(["checklist", "GM0363", "--date", "2023-06-01", "--format", "csv"], capsys)
    assert "onbekend (de bronnen tonen haar vanaf 1989-11-01)" in out


# --- drafting: the sentence a change is made in (as Kamerstuk 35 546, nr. 2, onderdeel B) --------------------------


def test_a_change_in_a_lid_of_several_sentences_names_its_sentence(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 19, tweede lid, 2022-11-05 → 2023-04-01: Kamerstuk 35 546, nr. 2, Artikel I, onderdeel B reads «In
    artikel 19, tweede lid, tweede zin, wordt «met uitzondering van de in artikel 25, tweede lid, bedoelde stukken»
    vervangen door …»; the generated instruction named no sentence (a reader had to find the words in the lid)."""
    out, _ = _run(["instructions", "gemeentewet@2022-11-05", "gemeentewet@2023-04-01"], capsys)
    assert ("In artikel 19, tweede lid, tweede zin, wordt «met uitzondering van de in artikel 25, tweede lid, bedoelde "
            "stukken» vervangen door «met uitzondering van de informatie waarop een verplichting tot geheimhouding "
            "rust».") in out
    # a change in the same words of two leden is one sentence, naming no sentence (Gemeentewet 55, 2015 → 2022)
    out, _ = _run(["instructions", "gemeentewet-md@2015-11-24", "gemeentewet@2022-11-05"], capsys)
    assert "In artikel 55, eerste en tweede lid, wordt telkens «artikel 10 van de Wet openbaarheid van bestuur»" in out


def test_a_sentence_named_reads_back_and_applies() -> None:
    """The sentence named is read back (Aanwijzing 6.9 with «tweede zin») and applied to that sentence only: an
    invented lid with the words in both sentences, changed in the second."""
    from wetgeving.locatie import Adres
    from wetgeving.model import Alinea, Artikel, Lid, Regeling
    from wetgeving.wijziging.acties import Plaats, Vervangen
    from wetgeving.wijziging.instructies import Regel, parse_onderdeel
    from wetgeving.wijziging.schrijven import schrijf
    from wetgeving.wijziging.uitvoeren import voer_uit

    lid = Adres((("artikel", "1"), ("lid", "2")))
    reg = Regeling("Testwet", "", __import__("datetime").date(2020, 1, 1), (Artikel("1", (
        Lid("1", (Alinea("Een lid."),)), Lid("2", (Alinea("De raad besluit. De raad besluit opnieuw."),)))),))
    actie = Vervangen(Plaats(lid, zin=2), "De raad", "Het college")
    tekst = schrijf([actie])
    assert tekst[0] == "In artikel 1, tweede lid, tweede zin, wordt «De raad» vervangen door «Het college»."
    assert parse_onderdeel("A", [Regel(i, t) for i, t in enumerate(tekst, 1)]).acties == (actie,)
    na = voer_uit(reg, actie).get(lid)
    assert na is not None and na.inhoud[0].tekst == "De raad besluit. Het college besluit opnieuw."  # type: ignore[union-attr]


@pytest.mark.parametrize(("datum", "van"), [("2020-10-15", "het wetsvoorstel zoals later aangenomen"),
                                            ("2022-10-20", "het aangenomen wetsvoorstel")])
def test_the_adopted_bill_is_so_called_only_once_adopted(capsys: pytest.CaptureFixture[str], tmp_path: Path, datum: str,
                                                         van: str) -> None:
    """Kamerstuk 35 546, adopted by the Eerste Kamer on 2022-10-11, published 2022-11-10: a reaction of 2020 called the
    text «het aangenomen wetsvoorstel» (helper-128); before adoption it is the bill «zoals later aangenomen»."""
    r = _reactie(tmp_path, datum)
    out, _ = _run(["consult", str(r), "--format", "internetconsultatie"], capsys)
    assert f"van {van}: artikel 36a, tweede lid" in out


def test_a_reaction_in_the_nota_van_wijziging_consultation_is_told_its_text_is_not_shown(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Kamerstuk 35 546, reaction dated 2021-03-01, in the consultation on the nota van wijziging (risicoanalyse), which
    the minister did not submit («besloten heb de nota van wijziging niet in te dienen», Kamerstuk 35 546, nr. 7): the
    document shows the adopted text, not that nota's (helper-128)."""
    out, _ = _run(["consult", str(_reactie(tmp_path, "2021-03-01")), "--format", "internetconsultatie"], capsys)
    assert ("de tekst van die nota van wijziging staat niet in de bronnen, en de minister heeft haar later niet ingediend "
            "(brief van 15 november 2021, Kamerstuk 35 546, nr. 7); de tekst in dit document is die van het wetsvoorstel "
            "zoals later aangenomen") in out


def test_a_reaction_before_submission_outside_the_consultation_is_told(capsys: pytest.CaptureFixture[str],
                                                                       tmp_path: Path) -> None:
    """Kamerstuk 35 546, reaction dated 2020-06-01: after the concept's consultation (closed 31-01-2020) and before
    submission (2020-08-31); nothing was said (helper-128)."""
    out, _ = _run(["consult", str(_reactie(tmp_path, "2020-06-01")), "--format", "internetconsultatie"], capsys)
    assert "geen van beide liep op die dag" in out and "\nConsultatie:" not in out


def test_nieuw_is_read_in_a_comment_on_a_bill_and_refused_in_a_version(capsys: pytest.CaptureFixture[str],
                                                                       tmp_path: Path) -> None:
    """Aanwijzing 6.19 «(nieuw)»: Gemeentewet 23, vijfde lid (nieuw), is the fourth lid of 2022-11-05 renumbered by
    Kamerstuk 35 546, nr. 2, onderdeel C. In a comment on the bill it names the new lid; `show gemeentewet@2022-11-05
    "artikel 36a, tweede lid (nieuw)"` showed the old second lid (helper-128) and is refused."""
    out, _ = _run(["consult", str(_reactie(tmp_path, "2021-03-01", "artikel 23, vijfde lid (nieuw)")), "--format",
                   "internetconsultatie"], capsys)
    assert ("artikel 23, vijfde lid (nieuw), Gemeentewet; in de versie van 5 november 2022: artikel 23, "
            "vierde lid") in out
    _, err = _run(["show", "gemeentewet@2022-11-05", "artikel 36a, tweede lid (nieuw)"], capsys, 1)
    assert "noemt een eenheid naar haar nummer na een wijziging (Aanwijzing 6.19)" in err


def test_graph_says_a_bill_and_a_recommendation_bind_no_one(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 2026-10-01 graph: the duty of Kamerstuk 36 892 (financiële belangen) and the programme's
    recommendations «verplicht» their actors, as law does (helper-128); a bill «zou verplichten», a recommendation
    «richt zich tot»."""
    out, _ = _run(["graph", "build", "gemeentewet@2026-10-01"], capsys)
    assert "zou verplichten" in out and "richt zich tot" in out


def test_graph_explain_of_a_bill_before_its_submission(capsys: pytest.CaptureFixture[str]) -> None:
    """Kamerstuk 36 892 (papers of 2026-02-03) in the graph of the Gemeentewet of 2022-11-05: «nog niet aangekondigd»
    was said of a risicoanalyse consulted on in 2021 (helper-128); the bill was not yet submitted."""
    # exit code 1 since 2026-12-07 (fifth session), as `show` for what the version lacks
    _, err = _run(["graph", "explain", "gemeentewet@2022-11-05", "verplichting:risicoanalyse-wethouder"], capsys, 1)
    assert ("'risicoanalyse-wethouder' is een verplichting uit een wetsvoorstel, en dat was op 2022-11-05 nog niet "
            "ingediend (volgens ons model een wetsvoorstel vanaf 2026-02-03)") in err
    assert "aangekondigd" not in err


def test_html_reaction_keeps_paragraphs(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A Markdown reaction of two paragraphs (Kamerstuk 35 546, 2020-10-15) was one <p> in HTML (helper-128)."""
    f = tmp_path / "r.md"
    f.write_text("---\nwetsvoorstel: tranche-1\nbasis: gemeentewet@2022-11-05\ndatum: 2020-10-15\n---\n\n# Inleiding\n\n"
                 "Een.\n\nTwee.\n\n## artikel 19, tweede lid\n\nDrie.\n\nVier.\n", encoding="utf-8")
    out, _ = _run(["consult", str(f), "--format", "html"], capsys)
    assert "<p>Een.</p><p>Twee.</p>" in out and "<td><p>Drie.</p><p>Vier.</p></td>" in out


def test_a_malformed_niet_in_is_said_not_a_traceback(tmp_path: Path) -> None:
    """The procedure of Kamerstuk 36 892 with niet-in «gemeentewet@2026-1001» ended the check in a ValueError
    (helper-128)."""
    problems = _mutated(tmp_path, 'niet-in="gemeentewet@2026-10-01"', 'niet-in="gemeentewet@2026-1001"')
    assert any("niet-in is gemeentewet@2026-1001 in verplichtingen.xml" in p for p in problems), problems


def test_tranche_show_2_says_what_the_gemeentewet_of_2026_10_01_shows(capsys: pytest.CaptureFixture[str],
                                                                       tmp_path: Path) -> None:
    """Kamerstuk 36 892: `obligations` said the Gemeentewet of 2026-10-01 does not contain it, `tranche show 2` only
    «tonen de bronnen niet» (helper-128); the tranche and the procedure must say the same version."""
    out, _ = _run(["tranche", "show", "2"], capsys)
    assert ("tonen de bronnen niet; het is niet verwerkt in de Gemeentewet zoals geldend vanaf 2026-10-01, de nieuwste "
            "versie in de bronnen") in out
    problems = _mutated(tmp_path, 'niet-in="gemeentewet@2026-10-01"', 'niet-in=""')
    assert any("procedure tranche-2: niet-in is (leeg) in verplichtingen.xml maar gemeentewet@2026-10-01" in p
               for p in problems), problems


def test_an_oath_quoted_in_a_lid_is_one_sentence() -> None:
    """Gemeentewet 65, eerste lid (laws-markdown 2015-11-24): the burgemeester's oath is quoted in one sentence
    («… de volgende eed (verklaring en belofte) af: "Ik zweer … Almachtig!" (Dat verklaar en beloof ik!")»); the
    sentences inside the quotation were counted, and a change of the lid's opening words was «eerste zin»
    (helper-130)."""
    from wetgeving.wijziging.bewerken import sentences

    assert len(sentences('Hij legt de eed af: "Ik zweer. Ik beloof. Zo waarlijk helpe mij God Almachtig!" (Dat '
                         'verklaar en beloof ik!")')) == 1
    assert len(sentences("Hij legt de eed af: «Ik zweer. Ik beloof!» Daarna is hij benoemd.")) == 2


def test_sentences_inside_an_artikel_block_and_a_whole_sentence_that_vervalt(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 154e (laws-markdown 2013-07-01 → 2014-01-06) is changed in two sentences: inside «Artikel 154e wordt
    als volgt gewijzigd:» they are «In de tweede zin», not «In artikel 154e, tweede zin» again; Gemeentewet 222,
    tweede lid (2015-11-24 → 2022-11-05) loses its third sentence: «vervalt de derde zin» (Aanwijzing 6.12), not the
    sentence quoted (helper-130)."""
    out, _ = _run(["instructions", "gemeentewet-md@2013-07-01", "gemeentewet-md@2014-01-06"], capsys)
    blok = out.split("Artikel 154e wordt als volgt gewijzigd:", 1)[1]
    assert blok.lstrip().startswith("1. In de tweede zin wordt «")
    out, _ = _run(["instructions", "gemeentewet-md@2015-11-24", "gemeentewet@2022-11-05"], capsys)
    assert "In artikel 222, tweede lid, vervalt de derde zin." in out
    assert "vervalt «. De burgemeester" not in out


def test_graph_of_2022_11_05_says_the_vog_duty_will_oblige(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Gemeentewet 36a, tweede lid (VOG), in force from 2023-01-01 (Stb. 2022, 444): in the graph of the version of
    2022-11-05 the duty «verplicht wethouder», as if in force, and the DOT/SVG edges read «obliges» (helper-131)."""
    out, _ = _run(["graph", "build", "gemeentewet@2022-11-05"], capsys)
    assert "zal verplichten" in out
    dot = tmp_path / "g.dot"
    _run(["graph", "export", "gemeentewet@2022-11-05", "--format", "dot", "-o", str(dot)], capsys)
    tekst = dot.read_text(encoding="utf-8")
    assert 'label="obliges"' not in tekst and 'label="zal verplichten"' in tekst and 'label="verplicht"' in tekst


def test_an_adopted_bill_is_not_also_said_to_be_before_the_tweede_kamer(capsys: pytest.CaptureFixture[str],
                                                                        tmp_path: Path) -> None:
    """Kamerstuk 35 546 on 2022-10-20, adopted by the Eerste Kamer on 2022-10-11: the reaction said that and also «was
    het wetsvoorstel al bij de Tweede Kamer ingediend (ingediend op 2020-08-31)» (helper-131)."""
    out, _ = _run(["consult", str(_reactie(tmp_path, "2022-10-20")), "--format", "internetconsultatie"], capsys)
    assert "al door de Eerste Kamer aangenomen (op 11 oktober 2022)" in out
    assert "bij de Tweede Kamer ingediend" not in out
    out, _ = _run(["consult", str(_reactie(tmp_path, "2021-03-01")), "--format", "internetconsultatie"], capsys)
    # 2026-12-07 (fifth session): the date before the verb (helper-156: «ingediend (op 31 augustus 2020)»)
    assert "was het wetsvoorstel al op 31 augustus 2020 bij de Tweede Kamer ingediend" in out


def _kopie(tmp_path: Path, bestand: str, oud: str, nieuw: str) -> tuple[list[str], str]:
    """``validate`` of a copy of the corpus with ``oud`` replaced by ``nieuw`` in ``bestand``: (errors, stdout+stderr)."""
    import shutil

    from wetgeving.app.regelingen import validate_corpus

    kopie = tmp_path / "corpus"
    shutil.copytree(corpus_dir(), kopie)
    f = kopie / bestand
    tekst = f.read_text(encoding="utf-8")
    assert oud in tekst
    f.write_text(tekst.replace(oud, nieuw, 1), encoding="utf-8")
    return [tekst for fout, tekst in validate_corpus(omgeving(), kopie).bevindingen if fout], str(kopie)


def test_validate_checks_a_copied_corpus_against_its_own_tranches(tmp_path: Path) -> None:
    """Kamerstuk 36 892's niet-in (gemeentewet@2026-10-01) changed in a copy's tranche-2.xml only: `validate` compared
    the copy's verplichtingen.xml with the installed tranches and said nothing of the copy's (helper-132)."""
    fouten, _ = _kopie(tmp_path, "tranches/tranche-2.xml", 'niet-in="gemeentewet@2026-10-01"',
                       'niet-in="gemeentewet@2026-1001"')
    assert any("noemt geen versie (regeling@JJJJ-MM-DD)" in f for f in fouten), fouten
    assert any("niet-in is gemeentewet@2026-10-01 in verplichtingen.xml maar gemeentewet@2026-1001" in f
               for f in fouten), fouten


def test_a_keten_id_is_checked_whole_and_a_consultation_error_has_its_line(tmp_path: Path) -> None:
    """Kamerstuk 35 546's consultation on the concept has «Keten-ID 9590» (reference/internetconsultatie-format.md);
    «959», a prefix, passed, and the finding named no line (helper-132)."""
    fouten, _ = _kopie(tmp_path, "tranches/tranche-1.xml", 'keten-id="9590"', 'keten-id="959"')
    fout = next(f for f in fouten if "«Keten-ID 959» staat niet in bron internetconsultatie-format" in f)
    assert "tranche-1.xml:" in fout and fout.split("tranche-1.xml:", 1)[1][:1].isdigit(), fout


def test_an_acts_niet_in_is_refused(tmp_path: Path) -> None:
    """Tranche 1 (Stb. 2022, 444) is in force: a niet-in on it passed (helper-132)."""
    fouten, _ = _kopie(tmp_path, "tranches/tranche-1.xml", 'gepubliceerd="2022-11-10"',
                       'gepubliceerd="2022-11-10" niet-in="gemeentewet@2023-01-01"')
    assert any("niet-in hoort bij een wetsvoorstel" in f for f in fouten), fouten


def test_a_sentence_that_vervalt_inside_an_artikel_block() -> None:
    """Aanwijzing 6.12 inside «Artikel 7 wordt als volgt gewijzigd:»: «De derde zin vervalt.», not «In artikel 7 vervalt
    de derde zin.» again (helper-132), and it reads back."""
    from wetgeving.locatie import Adres
    from wetgeving.wijziging.acties import Plaats, Vervangen, ZinVervalt
    from wetgeving.wijziging.instructies import Regel, parse_onderdeel
    from wetgeving.wijziging.schrijven import schrijf

    art = Adres((("artikel", "7"),))
    acties = [Vervangen(Plaats(art, zin=1), "De raad", "Het college"), ZinVervalt(art, 3)]
    tekst = schrijf(acties)
    assert tekst[-1] == "2. De derde zin vervalt."
    assert parse_onderdeel("A", [Regel(i, t) for i, t in enumerate(tekst, 1)]).acties == tuple(acties)


def test_an_unclosed_quote_quotes_nothing() -> None:
    """Gemeentewet 14, eerste lid (2022-11-05) has three straight quotes («… Almachtig!" (Dat verklaar en beloof
    ik!")»): the third opens nothing, so a sentence after it is still a sentence (helper-132)."""
    from wetgeving.wijziging.bewerken import sentences

    tekst = 'Hij zegt: "Ik zweer. Ik beloof!" (Dat verklaar ik!") Daarna gaat hij. En dan nog.'
    assert len(sentences(tekst)) == 3
