"""Legal review of 2026-12-06, eighth session; each test names its provision and date."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.legal._cli import run as _run

# --- cited-by: the VOG of Gemeentewet 36a, tweede lid, asked by the abbreviation a lawyer types ---------------------


def test_cited_by_reads_wjsg_for_the_vog_of_36a_on_2023_01_01(sources: Path, capsys: pytest.CaptureFixture[str],
                                                            tmp_path: Path) -> None:
    """Gemeentewet 36a, tweede lid (2023-01-01): the beoogde wethouder has «een verklaring omtrent het gedrag als
    bedoeld in artikel 28 van de Wet justitiële en strafvorderlijke gegevens». `cited-by "artikel 28 Wjsg"` (the law's
    BWB afkorting) answered «noemt geen wet»; it now finds 36a. An abbreviation the tool does not know is named as
    such, with the ones it knows, instead of «noemt geen wet»."""
    from tests.katalogus import omgeving
    from wetgeving.index.bouw import build
    from wetgeving.verwijzingen.titels import Titelregister

    db = tmp_path / "i.sqlite"
    build(sources / "gemeentewet" / "regelrecht", db, Titelregister.voor(omgeving()), jobs=1)
    out, _ = _run(["cited-by", "artikel 28 Wjsg", "--db", str(db), "--date", "2023-01-01"], capsys)
    assert out.startswith("artikel 28 Wet justitiële en strafvorderlijke gegevens (BWBR0014194) op 2023-01-01")
    assert "- artikel 36a, tweede lid, Gemeentewet (versie geldig vanaf 2023-01-01" in out
    _, err = _run(["cited-by", "artikel 28 Wjg", "--db", str(db)], capsys, 2)
    assert "'Wjg' is geen bekende afkorting (bekend: Awb, BW, " in err and "noem de wet voluit" in err
    _, err = _run(["cited-by", "artikel 28", "--db", str(db)], capsys, 2)
    assert "de verwijzing 'artikel 28' noemt geen wet" in err and "afkorting" not in err


# --- tranche 2 (Kamerstuk 36 892): a bill, and what the sources do not show of it (helper-107) -----------------------


def test_tranche_2_is_never_said_to_apply_to_gedeputeerden(capsys: pytest.CaptureFixture[str]) -> None:
    """Kamerstuk 36 892 (stukken gedateerd 2026-02-03): the press release says the bill wants «verplicht te stellen
    dat voor een benoeming een risicoanalyse plaatsvindt»; `tranche show 2` said the risicoanalyse «geldt» before the
    appointment of gedeputeerden, as if it were law."""
    out, _ = _run(["tranche", "show", "2"], capsys)
    assert "geldt de risicoanalyse" not in out
    assert "wil het wetsvoorstel de risicoanalyse ook vóór de benoeming van gedeputeerden verplicht stellen" in out


def test_tranche_2_redline_on_a_date_does_not_say_both(capsys: pytest.CaptureFixture[str]) -> None:
    """Kamerstuk 36 892 on 2027-01-01: the label said «Op 2027-01-01 is het volgens de bronnen een wetsvoorstel» and
    «of het op die datum al wet is, tonen de bronnen niet». It now dates the bill by its stukken, says its standing on
    the day asked is unknown, and that the draft shows what the bill would change, not what holds then."""
    out, _ = _run(["tranche", "diff", "2", "--law", "gemeentewet", "--date", "2027-01-01"], capsys)
    kop = out.split("\n")[0]
    assert "Op 2027-01-01 is het" not in kop
    assert "of het op 2027-01-01 al wet of in werking is, tonen de bronnen niet" in kop
    assert "niet wat op 2027-01-01 geldt" in kop


def test_obligations_name_the_bill_and_our_reading_of_its_addressee(capsys: pytest.CaptureFixture[str]) -> None:
    """Kamerstuk 36 892 (stukken gedateerd 2026-02-03), financiële belangen: the sources say the bill concerns
    «decentrale bestuurders»; that it means the wethouder is our reading. `obligations` named «wethouder» as certain,
    headed the bill «wetsvoorstel op 2027-01-01», and without a date named neither Kamerstuk nor stukken."""
    out, _ = _run(["obligations", "--soort", "wetsvoorstel"], capsys)
    assert out.count("Kamerstuk 36 892, stukken gedateerd 2026-02-03; geen geldend recht") == 2
    assert "— wethouder (onze lezing van het wetsvoorstel, waarvan de tekst niet in de bronnen staat) —" in out
    out, _ = _run(["obligations", "--soort", "wetsvoorstel", "--date", "2027-01-01"], capsys)
    # the status of each item (the total «2 onderwerpen uit 1 wetsvoorstel op 2027-01-01» is a count; 2026-12-07)
    assert "— wetsvoorstel op 2027-01-01" not in out and "— wetsvoorstel volgens de bronnen —" in out
    assert "of het voorstel op 2027-01-01 wet is en in werking is getreden, is niet bekend" in out


def test_graph_explain_marks_the_bills_addressee_as_our_reading(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet of 2026-10-01, thema financiële belangen (Kamerstuk 36 892, a bill): the path ended «→ wethouder
    [actor:wethouder]» as if the bill named the wethouder."""
    out, _ = _run(["graph", "explain", "gemeentewet@2026-10-01", "thema:financiele-belangen"], capsys)
    assert "→ wethouder (onze lezing van het wetsvoorstel, waarvan de tekst niet in de bronnen staat) [actor:wethouder]" in out


def test_checklist_since_names_the_bill(capsys: pytest.CaptureFixture[str]) -> None:
    """Amsterdam, 2026-01-01 → 2026-12-06: the two duties of Kamerstuk 36 892 were listed as «wetsvoorstel» alone."""
    out, _ = _run(["checklist", "GM0363", "--date", "2026-12-06", "--since", "2026-01-01"], capsys)
    assert ("[risicoanalyse-wethouder]: Kamerstuk 36 892, stukken gedateerd 2026-02-03; geen geldend recht voor zover de "
            "bronnen tonen; het is niet verwerkt in de Gemeentewet zoals geldend vanaf 2026-10-01, de nieuwste versie in "
            "de bronnen; of het voorstel op 2026-12-06 wet is") in out  # what the version of 2026-10-01 shows: 07b


def test_register_history_of_a_bill_duty_does_not_claim_its_text(capsys: pytest.CaptureFixture[str]) -> None:
    """Kamerstuk 36 892: the bill text (36 892, nr. 2) is not in the sources; an assessment of its risicoanalyse was
    shown «[tekst van het wetsvoorstel]»."""
    _run(["register", "record", "GM0363", "risicoanalyse-wethouder", "--status", "voorbereiding gestart", "--who",
          "jurist", "--op", "2026-12-06", "--create"], capsys)
    out, _ = _run(["register", "history", "GM0363"], capsys)
    assert "[beschrijving van het wetsvoorstel; de wettekst staat niet in de bronnen]" in out
    assert "tekst van het wetsvoorstel" not in out


def test_a_reaction_dated_long_after_submission_does_not_say_where_the_bill_is(capsys: pytest.CaptureFixture[str]) -> None:
    """Kamerstuk 36 892, reaction dated 2030-01-01: the text said the bill «lag … al bij de Tweede Kamer» then; the
    sources end with stukken dated 2026-02-03."""
    voorbeeld = Path(__file__).parents[2] / "examples" / "reactie-tranche-2.yaml"
    out, _ = _run(["consult", str(voorbeeld), "--format", "internetconsultatie", "--date", "2030-01-01"], capsys)
    assert "lag het wetsvoorstel" not in out
    assert "op 1 januari 2030, de datum van deze reactie, was het wetsvoorstel al bij de Tweede Kamer ingediend" in out
    assert "waar het voorstel op die dag stond" in out


# --- time: which version, and what the sources cannot show (helper-108) ----------------------------------------------


def test_the_markdown_mirror_without_a_date_is_not_the_newest_in_the_sources(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 25 by `show gemeentewet-md` (no date): the 2015-11-24 text («artikel 10 van de Wet openbaarheid van
    bestuur») was headed «de nieuwste versie in de bronnen», while the sources hold versions from 2022-11-05 on (in
    which artikel 25 cites the Woo, and from 2023-04-01 is gone)."""
    out, err = _run(["show", "gemeentewet-md", "artikel 25"], capsys)
    assert "zonder datum gevraagd: de nieuwste tekst onder deze naam" in out.split("\n")[0]
    assert "de nieuwste versie in de bronnen" not in out
    assert ("gemeentewet-md zonder datum: de nieuwste tekst onder deze naam is die van 2015-11-24; de bronnen hebben "
            "latere versies van de Gemeentewet onder de naam gemeentewet (de eerste geldt vanaf 2022-11-05)") in err
    _, err = _run(["show", "gemeentewet", "artikel 36a"], capsys)
    assert "zonder datum" not in err


def test_a_date_in_the_gap_says_the_next_version_reads_otherwise(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 25 on 2022-11-04: the sources hold the Markdown mirror of 2015-11-24 (Wob) and the version of
    2022-11-05 (Woo). `show` gave the 2015 text with only «of die op 2022-11-04 nog gold, tonen ze niet»; it now says
    the next version reads otherwise, so the text changed in between, perhaps before the date."""
    _, err = _run(["show", "gemeentewet-md@2022-11-04", "artikel 25"], capsys)
    assert ("artikel 25 Gemeentewet op 2022-11-04: de versie van 2022-11-05 (gemeentewet) luidt anders; de tekst "
            "veranderde dus tussen 2015-11-24 en 2022-11-05, en of dat vóór 2022-11-04 gebeurde, tonen de bronnen niet") in err
    _, err = _run(["show", "gemeentewet-md@2022-11-04", "artikel 1"], capsys)
    assert "luidt anders" not in err  # artikel 1 reads alike in both


def test_artikel_25_asked_on_2026_10_01_names_the_last_version_that_has_it(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 25 (geheimhouding, replaced by hoofdstuk Va on 2023-04-01), asked without a date (the version of
    2026-10-01): only «bestaat niet», for the neighbouring version (2023-04-01) lacks it too."""
    _, err = _run(["show", "gemeentewet", "artikel 25"], capsys, 1)
    assert ("de versie van 2023-01-01 heeft artikel 25 nog (gemeentewet@2023-01-01); het is dus met ingang van "
            "2023-04-01 vervallen of vernummerd") in err


def test_before_the_inwerkingtredingsbesluit_no_date_of_entry_is_asserted(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 36a, tweede lid (VOG), on 2022-11-05: Stb. 2022, 444 was adopted on 2022-10-11; the date of entry
    into force, 2023-01-01, was set by the besluit of 2022-12-16 (Stb. 2022, 504). The status read «nog niet geldend
    (vanaf 2023-01-01)» and «in werking vanaf 2023-01-01; op deze datum nog niet bepaald», a date that did not exist
    yet on that day."""
    out, _ = _run(["obligations", "--date", "2022-11-05", "--theme", "vog"], capsys)
    assert "vog-wethouder — nog niet geldend (inwerkingtreding nog niet bepaald) op 2022-11-05" in out
    assert ("datum van inwerkingtreding op 2022-11-05 nog niet bepaald (het inwerkingtredingsbesluit, gepubliceerd op "
            "2022-12-16, stelde haar later vast: in werking vanaf 2023-01-01)") in out
    out, _ = _run(["obligations", "--date", "2022-12-16", "--theme", "vog"], capsys)
    assert "vog-wethouder — nog niet geldend (vanaf 2023-01-01) op 2022-12-16" in out


def test_the_checklist_on_a_versions_first_day_is_sure_of_its_text(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet of 2023-04-01, checklist on 2023-04-01: every grondslag was «laatst-bekend» («een latere wijziging
    is niet uitgesloten»), though a version on its first day is that day's text."""
    import json

    out, _ = _run(["checklist", "GM0363", "--date", "2023-04-01", "--format", "json"], capsys)
    gemeentewet = [b for r in json.loads(out)["verplichtingen"] for b in r["grondslag"]
                   if b.get("versie", "").startswith("gemeentewet@2023-04-01")]
    assert gemeentewet and {b["zekerheid"] for b in gemeentewet} == {"zeker"}
    out, _ = _run(["checklist", "GM0363", "--date", "2023-04-02", "--format", "json"], capsys)
    assert "laatst-bekend" in out


def test_a_lid_of_kieswet_p_19_shows_since_when_it_reads_so(capsys: pytest.CaptureFixture[str]) -> None:
    """Kieswet P 19, vijfde lid, on 2023-01-01: the sources hold the version of 2025-08-01, which records that P 19
    reads so since 2023-01-01 (Stb. 2022, 444). A saved text of the lid did not show it (only stderr); the artikel did."""
    out, _ = _run(["show", "kieswet@2023-01-01", "artikel P 19, vijfde lid"], capsys)
    assert "inwerking (van artikel P 19) 2023-01-01 · Stb. 2022, 444" in out.split("\n\n")[0]


# --- drafting: instructions a wetgevingsjurist would write (helper-109) -----------------------------------------------


def test_leden_that_vervallen_with_the_renumbering_are_one_sentence(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 184, 2023-04-01 → 2022-11-05 (reverse): the tweede, vijfde and zesde lid go and the derde and
    vierde become tweede and derde. The instructions read «1. Het tweede lid vervalt. 2. Het vijfde lid vervalt. 3. Het
    zesde lid vervalt, onder vernummering …», leaving leden 1, 3, 4, 5, 6 after point 1 (aanwijzing 6.17, tweede lid;
    6.18, eerste lid, voorbeeld B: «Het eerste lid vervalt, onder vernummering van het tweede tot en met vierde lid tot
    eerste tot en met derde lid.»). Onderdelen c and e of the eerste lid likewise."""
    out, _ = _run(["instructions", "gemeentewet@2023-04-01", "gemeentewet@2022-11-05"], capsys)
    assert ("1. Het tweede, vijfde en zesde lid vervallen, onder vernummering van het derde en vierde lid tot tweede en "
            "derde lid.") in out
    assert "2. Het eerste lid, onderdelen c en e, vervallen, onder verlettering van onderdeel d tot c." in out
    assert "Het tweede lid vervalt." not in out


def test_hoofdstuk_va_reversed_is_one_onderdeel(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Gemeentewet 87–89 (hoofdstuk Va, geheimhouding, from 2023-04-01), reversed to 2022-11-05: three onderdelen
    «Artikel 87 vervalt.», «Artikel 88 vervalt.», «Artikel 89 vervalt.» are now one, «De artikelen 87 tot en met 89
    vervallen.»; the act applied to 2023-04-01 still gives the text of 2022-11-05."""
    out, _ = _run(["instructions", "gemeentewet@2023-04-01", "gemeentewet@2022-11-05"], capsys)
    assert "\nDe artikelen 87 tot en met 89 vervallen.\n" in out and "Artikel 88 vervalt." not in out
    act, res = tmp_path / "terug.txt", tmp_path / "r.xml"
    act.write_text(out, encoding="utf-8")
    _run(["apply", "gemeentewet@2023-04-01", str(act), "--date", "2023-04-01", "-o", str(res)], capsys)
    out, _ = _run(["diff", str(res), "gemeentewet@2022-11-05"], capsys)
    assert out.rstrip().endswith("0 artikelen verschillen: 0 gewijzigd, 0 ingevoegd, 0 vervallen")


def test_a_difference_only_in_spaces_is_said_to_be_the_sources(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 124a, tweede lid, laws-markdown 2014-01-06 → 2014-05-16: the mirror lost the space in «vierde
    lid,124c», and the instructions replaced «…vierde lid, 124c» by «…vierde lid,124c» without a word (aanwijzing 6.10:
    a whole lees- of begripseenheid is replaced)."""
    _, err = _run(["instructions", "gemeentewet-md@2014-01-06", "gemeentewet-md@2014-05-16"], capsys)
    assert "artikel 124a, tweede lid; artikel 154b, eerste lid, onder b verschillen alleen spaties naast een leesteken" in err
    assert "geen wijziging van de wet" in err and "schrap zo'n wijziging als de officiële tekst het verschil niet heeft" in err
    # «2159» (2014-01-06) and «21 59» (2014-05-16) in 249 are one number and two: not a space beside punctuation
    # (helper-111)
    assert "artikel 249 verschillen" not in err and "; artikel 249" not in err
    _, err = _run(["diff", "gemeentewet-md@2014-01-06", "gemeentewet-md@2014-05-16", "--only", "artikel 124a"], capsys)
    assert "artikel 124a, tweede lid verschillen alleen spaties" in err
    assert "instructies" not in err  # a redline takes nothing over (helper-114)


def test_a_bijlage_that_differs_is_not_called_the_same_text(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet, laws-markdown 2014-11-19 → 2014-11-21: Bijlage I (bedoeld in artikel 124b) gained «Jeugdwet»
    twice; `instructions` said both «hebben dezelfde tekst» and `diff` «0 artikelen verschillen» without a word
    (aanwijzing 6.14: het vervallen van een bijlage wordt uitdrukkelijk geregeld)."""
    _, err = _run(["instructions", "gemeentewet-md@2014-11-19", "gemeentewet-md@2014-11-21"], capsys, 1)
    assert "dezelfde tekst" not in err and "hebben dezelfde artikelen en indeling" in err
    assert "bijlage I verschilt tussen de twee teksten; wetgeving vergelijkt de artikelen en hun indeling" in err
    assert "(voor het vervallen van een bijlage: aanwijzing 6.14)" in err  # 6.14 is of vervallen only (helper-111)
    _, err = _run(["diff", "gemeentewet-md@2014-11-19", "gemeentewet-md@2014-11-21"], capsys)
    assert "bijlage I verschilt" in err
    _, err = _run(["diff", "gemeentewet-md@2014-11-19", "gemeentewet-md@2014-11-21", "--only", "artikel 1"], capsys)
    assert "bijlage" not in err


def test_onderdelen_out_of_order_are_said_and_failures_name_their_line(capsys: pytest.CaptureFixture[str],
                                                                       tmp_path: Path) -> None:
    """An act on the Gemeentewet of 2023-04-01 with onderdelen A, C, B: applied without a word (aanwijzing 6.15,
    tweede lid: the changes within an artikel are marked with capitals). A failed onderdeel named no line, so of two
    onderdelen B the report did not say which."""
    act = tmp_path / "act.txt"
    act.write_text("ARTIKEL I\n\nDe Gemeentewet wordt als volgt gewijzigd:\n\nA\n\nIn artikel 12, eerste lid, wordt "
                   "«raad» vervangen door «gemeenteraad».\n\nC\n\nArtikel 999 vervalt.\n\nB\n\nIn artikel 36a, eerste lid, "
                   "wordt «wethouder» vervangen door «Wethouder».\n", encoding="utf-8")
    out, _ = _run(["parse-act", str(act)], capsys)
    assert ("LET OP: de onderdelen worden aangeduid met hoofdletters (aanwijzing 6.15, tweede lid), gebruikelijk op "
            "volgorde A, B, C …; na onderdeel A wordt onderdeel B verwacht, niet C") in out
    out, _ = _run(["apply", "gemeentewet@2023-04-01", str(act), "--date", "2023-04-01"], capsys, 1)
    assert "ARTIKEL I, onderdeel C (regel 9): mislukt — artikel 999 bestaat niet" in out


def test_positions_in_a_message_count_from_the_start_of_the_line(capsys: pytest.CaptureFixture[str],
                                                                 tmp_path: Path) -> None:
    """Kamerstuk 35 546, nr. 2, style «3. In het eerste lid …» with a quote not closed: the message said «positie 28»
    for the line and «het citaat dat op positie 25 opent», counted from after «3. »."""
    act = tmp_path / "act.txt"
    act.write_text("ARTIKEL I\n\nDe Gemeentewet wordt als volgt gewijzigd:\n\nA\n\nArtikel 12 wordt als volgt gewijzigd:"
                   "\n\n3. In het eerste lid wordt «raad vervangen door «gemeenteraad».\n", encoding="utf-8")
    out, _ = _run(["parse-act", str(act)], capsys, 1)
    assert "regel 9, positie 28:" in out and "binnen het citaat dat op positie 28 opent, opent op positie 49" in out


def test_a_subonderdeel_is_cited_onder_4_degrees(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Gemeentewet 15, eerste lid, onder d, 4e (2022-11-05): cited «onder d, 4» by `show` and «onderdeel d, onder 4» in
    instructions, with its renumbering «de onderdelen 6 en 7 tot 4 en 5». The Gemeentewet itself (229, tweede lid,
    2026-10-01) cites «artikel 2.16, eerste lid, onder a, onder 3°»; aanwijzing 6.17, tweede lid, calls them
    subonderdelen."""
    out, _ = _run(["show", "gemeentewet@2022-11-05", "artikel 15, eerste lid, onder d, onder 4°"], capsys)
    assert out.split("\n")[1] == "artikel 15, eerste lid, onder d, onder 4°, Gemeentewet"
    from tests.katalogus import omgeving
    from wetgeving.bronnen import native
    from wetgeving.locatie import Adres
    from wetgeving.wijziging import bewerken

    reg = omgeving().load("gemeentewet@2022-11-05")
    d = Adres.parse("artikel:15/lid:1/onderdeel:d")
    anders = bewerken.remove_unit(bewerken.remove_unit(reg, d.child("onderdeel", "4")), d.child("onderdeel", "5"))
    anders = bewerken.renumber(anders, d, "onderdeel", {"6": "4", "7": "5"})  # 4° and 5° go; 6° and 7° move up
    oud, nieuw = tmp_path / "oud.xml", tmp_path / "nieuw.xml"
    oud.write_bytes(native.dumps(reg))
    nieuw.write_bytes(native.dumps(anders))
    out, _ = _run(["instructions", str(oud), str(nieuw)], capsys)
    # one sentence, as for leden (6.18, eerste lid, voorbeeld B; helper-111): no gap after a first point
    assert ("In artikel 15, eerste lid, onderdeel d, vervallen de subonderdelen 4° en 5°, onder vernummering van de "
            "subonderdelen 6° en 7° tot 4° en 5°.") in out
    assert "de onderdelen 6 en 7" not in out and "onder 4°, vervalt." not in out
    act, res = tmp_path / "act.txt", tmp_path / "r.xml"
    act.write_text(out, encoding="utf-8")
    _run(["apply", str(oud), str(act), "--date", "2022-11-05", "-o", str(res)], capsys)
    out, _ = _run(["diff", str(res), str(nieuw)], capsys)
    assert out.rstrip().endswith("0 artikelen verschillen: 0 gewijzigd, 0 ingevoegd, 0 vervallen")


def test_the_letters_of_onderdelen_cited_together_are_one_begripseenheid(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet, laws-markdown 2014-07-04 → 2015-01-02: «onder k en q» became «onder k en o»; the instruction
    replaced the letter alone, «q» by «o» (aanwijzing 6.10: a whole lees- of begripseenheid)."""
    out, _ = _run(["instructions", "gemeentewet-md@2014-07-04", "gemeentewet-md@2015-01-02"], capsys)
    assert "«q» vervangen door «o»" not in out
    assert "«eerste lid, onder k en q» vervangen door «eerste lid, onder k en o»" in out


# --- consultation reactions (helper-110) ----------------------------------------------------------------------------


def _reactie_op(tmp_path: Path, wetsvoorstel: str, basis: str, datum: str, bepaling: str, extra: str = "",
                kamerstuk: str = "35546") -> Path:
    f = tmp_path / "reactie.yaml"
    f.write_text(f"consultatie:\n  titel: Reactie\n  wetsvoorstel: {wetsvoorstel}\n  basis: {basis}\n  kamerstuk: "
                 f"\"{kamerstuk}\"\n  organisatie: Kantoor\n  datum: {datum}\nopmerkingen:\n  - bepaling: {bepaling}\n"
                 f"    opmerking: Een opmerking.\n{extra}", encoding="utf-8")
    return f


def test_the_excerpt_of_35546_nr_2_is_never_said_to_leave_36a_unchanged(sources: Path, capsys: pytest.CaptureFixture[str],
                                                                        tmp_path: Path) -> None:
    """Kamerstuk 35 546, nr. 2 (2020-08-31), as stored: only Artikel I, onderdelen A–C. A reaction on Gemeentewet 36a,
    tweede lid (the VOG, which the real bill inserted) said «niet gewijzigd door het wetsvoorstel». Now: not to be
    established, for the source holds only a part of the bill; and its Kamerstuk number is checked."""
    bill = sources / "tranche1" / "kst-35546-2-voorstel-van-wet.EXCERPT.txt"
    r = _reactie_op(tmp_path, str(bill), "gemeentewet@2022-11-05", "2021-03-01", "artikel 36a, tweede lid")
    out, err = _run(["consult", str(r), "--format", "markdown"], capsys)
    assert "niet gewijzigd door het wetsvoorstel" not in out and "wijzigt artikel 36a, tweede lid, niet" not in err
    assert "(of het dit wijzigt, is niet vast te stellen: de bron bevat alleen een deel van het wetsvoorstel)" in out
    assert "is de bron kst-35546-2" in out and "een uittreksel van het wetsvoorstel: wat het wetsvoorstel verder wijzigt" in out
    r = _reactie_op(tmp_path, str(bill), "gemeentewet@2022-11-05", "2021-03-01", "artikel 36a, tweede lid",
                    kamerstuk="99999")
    _, err = _run(["consult", str(r), "--format", "markdown"], capsys, 1)
    # helper-125: the dossier number as the Kamer prints it
    assert "'kamerstuk' is 99999, maar het gekozen wetsvoorstel is Kamerstuk 35 546" in err


def test_a_reaction_of_the_bills_time_on_tranche_1_speaks_of_a_bill(capsys: pytest.CaptureFixture[str],
                                                                    tmp_path: Path) -> None:
    """Kamerstuk 35 546, reaction dated 2021-03-01 (submitted 2020-08-31, adopted 2022-10-11, Stb. 2022, 444): the
    document said «artikel 36a, tweede lid (ingevoegd)» and «de wet wijzigt … niet», and gave no word that an
    internetconsultatie is about the concept before submission."""
    r = _reactie_op(tmp_path, "tranche-1", "gemeentewet@2022-11-05", "2021-03-01", "artikel 36a, tweede lid")
    out, err = _run(["consult", str(r), "--format", "internetconsultatie"], capsys)
    # helper-126: a reaction of before the publication comments on the bill as adopted, whose text it shows
    assert "van het wetsvoorstel zoals later aangenomen: artikel 36a, tweede lid, Gemeentewet (in te voegen)" in out
    assert "(ingevoegd)" not in out
    # the submission's date before the verb since 2026-12-07 (fifth session; helper-156)
    assert "op 2021-03-01, de datum van deze reactie, was het wetsvoorstel al op 2020-08-31 bij de Tweede Kamer " \
           "ingediend" in err
    out, _ = _run(["consult", str(r), "--format", "markdown", "--date", "2023-02-01"], capsys)
    assert "van de wijzigingswet: artikel 36a, tweede lid, Gemeentewet (ingevoegd)" in out


def test_a_markdown_mirror_base_is_not_called_geldig_vanaf(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Gemeentewet, laws-markdown mirror of 2015-11-24, as base of a reaction of 2021-03-01 on Kamerstuk 35 546: the
    document said «zoals geldend vanaf 2015-11-24» and «Tekst geldig vanaf 2015-11-24», an official date the mirror has
    not, and nothing of the years between."""
    r = _reactie_op(tmp_path, "tranche-1", "gemeentewet-md@2015-11-24", "2021-03-01", "artikel 28, eerste lid")
    out, _ = _run(["consult", str(r), "--format", "markdown"], capsys)
    assert "geldig vanaf 2015-11-24" not in out and "geldend vanaf 2015-11-24" not in out
    assert "Te wijzigen regeling: Gemeentewet, tekst zoals geldend op 24 november 2015 (Markdown-spiegel)" in out
    assert "of die op 1 maart 2021, de datum van deze reactie, nog gold, tonen de bronnen niet" in out
    html = tmp_path / "r.html"
    _run(["consult", str(r), "-o", str(html)], capsys)
    assert "<th>Tekst zoals geldend op 24 november 2015 (Markdown-spiegel)</th>" in html.read_text(encoding="utf-8")


def test_an_alternative_without_the_onderdelen_is_warned_of(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Gemeentewet 28, eerste lid (2023-01-01: «… neemt niet deel aan de beraadslaging en stemming over: a. …; b. …»):
    an alternative for the aanhef alone was shown as striking onderdelen a and b, without a word."""
    extra = '    alternatief: "Een lid van de raad neemt niet deel aan de stemming over:"\n'
    r = _reactie_op(tmp_path, "tranche-1", "gemeentewet@2022-11-05", "2021-03-01", "artikel 28, eerste lid", extra)
    _, err = _run(["consult", str(r), "--format", "markdown"], capsys)
    assert "het alternatief voor artikel 28, eerste lid, bevat de onderdelen a en b niet" in err


def test_comment_file_mistakes_are_said_in_dutch(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A reaction dated 2021-02-30 was «geen JJJJ-MM-DD» (it is written so; the day does not exist); a tab in the
    indentation was said in English by the YAML reader."""
    r = _reactie_op(tmp_path, "tranche-1", "gemeentewet@2022-11-05", "2021-02-30", "artikel 28, eerste lid")
    _, err = _run(["consult", str(r), "--format", "markdown"], capsys, 1)
    assert "datum '2021-02-30' bestaat niet" in err
    t = tmp_path / "tab.yaml"
    t.write_text("consultatie:\n  titel: Reactie\n  wetsvoorstel: tranche-1\nopmerkingen:\n  - bepaling: artikel 28\n"
                 "\t  opmerking: x\n", encoding="utf-8")
    _, err = _run(["consult", str(t), "--format", "markdown"], capsys, 1)
    assert "found" not in err and ("tab" in err)


# --- the review of this session's changes (helper-111) ----------------------------------------------------------------


def test_before_the_besluit_no_date_of_change_or_lapse_is_asserted(capsys: pytest.CaptureFixture[str]) -> None:
    """Stb. 2022, 444 (published 2022-11-10) left its entry into force to «een bij koninklijk besluit te bepalen
    tijdstip» (ARTIKEL VI); the besluit appeared on 2022-12-16 (Stb. 2022, 504). On 2022-12-15 the checklist said
    «Wijzigt op 2023-01-01» and Gemeentewet 25, derde lid, «vervalt op 2023-04-01»."""
    out, _ = _run(["checklist", "GM0363", "--date", "2022-12-15"], capsys)
    # 2026-12-07 (seventh session): the one «Wijzigt op 2023-01-01» is Kieswet W 1's, an act outside tranche 1 (Stb.
    # 2022, 292) whose date was set on 2022-09-02 (test_review_2026_12_07g)
    assert out.count("Wijzigt op 2023-01-01") == 1
    assert "- **Wijzigt op 2023-01-01:** Moet, anders dan bij de vaststelling van de uitslag" in out
    assert "Wijzigt op een bij koninklijk besluit te bepalen tijdstip (later vastgesteld: 2023-01-01)" in out
    # Gemeentewet 68, eerste lid: only onderdeel l is of Stb. 2022, 444; k of another change (helper-112)
    # the rest named by the toelichting since 2026-12-07 (helper-176: of Kieswet W 1 the BWB data give the days)
    assert ("Wijzigt op een bij koninklijk besluit te bepalen tijdstip (later vastgesteld: 2023-01-01; dat geldt voor "
            "onderdeel l, de rest komt uit een andere wijziging (zie de toelichting bij de nieuwe tekst)):** De burgemeester "
            "is niet tevens") in out
    # Provinciewet 182, tweede lid: the date 2023-01-01 is our derivation, said before the besluit too (helper-114)
    assert ("Wijzigt op een bij koninklijk besluit te bepalen tijdstip (later vastgesteld: 2023-01-01, datum afgeleid"
            in out)
    out, _ = _run(["obligations", "--date", "2022-12-15"], capsys)
    assert "vervalt op 2023-04-01" not in out
    assert "vervalt op een bij koninklijk besluit te bepalen tijdstip (later vastgesteld: 2023-04-01) (Stb. 2022, 444)" in out
    out, _ = _run(["checklist", "GM0363", "--date", "2022-12-16", "--format", "html"], capsys)
    assert "<dt>Wijzigt op 2023-01-01</dt>" in out


def test_a_position_inside_a_quotation_is_not_shifted(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """An instruction point «1. … «code» op positie 12 van de zin.»: the message shifted the «12» inside the quotation of
    the act's own words to 15."""
    act = tmp_path / "act.txt"
    act.write_text("ARTIKEL I\n\nDe Gemeentewet wordt als volgt gewijzigd:\n\nA\n\nArtikel 12 wordt als volgt gewijzigd:"
                   "\n\n1. In het derde lid wordt «gedragscode» vervangen door «code» op positie 12 van de zin.\n",
                   encoding="utf-8")
    out, _ = _run(["parse-act", str(act)], capsys, 1)
    assert "«op positie 12 van de zin.»" in out


def test_the_mirror_without_a_date_speaks_of_the_version_not_each_text(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 3, laws-markdown mirror of 2015-11-24, asked without a date: «vanaf 2022-11-05 gold deze tekst niet
    meer», though artikel 3 reads alike in 2026-10-01."""
    _, err = _run(["show", "gemeentewet-md", "artikel 3"], capsys)
    assert "gold deze tekst niet meer" not in err
    assert "dus vanaf 2022-11-05 gold deze versie niet meer (een bepaling kan in de latere versie gelijk luiden)" in err


def test_a_concept_reaction_says_whose_onderdeel_letters_it_names(capsys: pytest.CaptureFixture[str]) -> None:
    """Kamerstuk 35 546, example reaction dated 2020-01-20 (before submission on 2020-08-31): it named «Artikel I,
    onderdeel C, van het wetsvoorstel» without saying whose letters they are: those of our model (A–C of the bill as
    submitted, the others derived by us)."""
    voorbeeld = Path(__file__).parents[2] / "examples" / "reactie-tranche-1.md"
    _, err = _run(["consult", str(voorbeeld), "--format", "markdown"], capsys)
    assert ("de onderdelen (A, B, …) die dit document noemt, zijn die van ons model van de wet (waar «door ons afgeleid» "
            "staat, onze reconstructie); hoe het concept van die datum ze aanduidde, staat niet in de bronnen") in err


def test_cited_by_a_law_without_a_unit_says_so(sources: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`cited-by Wjsg` (the law of the VOG of Gemeentewet 36a, tweede lid): «kan de eenheid in 'Wet justitiële en
    strafvorderlijke gegevens' niet lezen: de verwijzing ''», words the user never typed, with two hints."""
    from tests.katalogus import omgeving
    from wetgeving.index.bouw import build
    from wetgeving.verwijzingen.titels import Titelregister

    db = tmp_path / "i.sqlite"
    build(sources / "gemeentewet" / "regelrecht", db, Titelregister.voor(omgeving()), jobs=1)
    _, err = _run(["cited-by", "Wjsg", "--db", str(db)], capsys, 2)
    assert "de verwijzing 'Wjsg' noemt een wet, maar geen artikel, lid of onderdeel" in err
    assert err.count("wat te doen") == 1


def test_the_published_form_in_x_vervallen_de_onderdelen_is_read(capsys: pytest.CaptureFixture[str],
                                                                  tmp_path: Path) -> None:
    """«In het eerste lid vervallen de onderdelen c en e, onder verlettering van onderdeel d tot c.» (the form of
    published acts; aanwijzing 6.18, eerste lid, voorbeeld B) was unreadable: «werd een tekst tussen aanhalingstekens
    verwacht». Applied to Gemeentewet 184 (2023-04-01) it gives the eerste lid with onderdelen a, b and c."""
    act = tmp_path / "act.txt"
    act.write_text("ARTIKEL I\n\nDe Gemeentewet wordt als volgt gewijzigd:\n\nA\n\nIn artikel 184, eerste lid, vervallen de "
                   "onderdelen c en e, onder verlettering van onderdeel d tot c.\n", encoding="utf-8")
    out, _ = _run(["parse-act", str(act)], capsys)
    assert "adres=artikel:184/lid:1/onderdeel:c" in out and "adres=artikel:184/lid:1/onderdeel:e" in out
    assert "paren=d→c" in out and "0 onleesbaar" in out
    res = tmp_path / "r.xml"
    _run(["apply", "gemeentewet@2023-04-01", str(act), "--date", "2023-04-01", "-o", str(res)], capsys)
    out, _ = _run(["show", str(res), "artikel 184, eerste lid"], capsys)
    assert "   c. rechtspersonen" in out and "   d. " not in out and "   e. " not in out
    # the singular, «vervalt onderdeel c, onder verlettering van de onderdelen d en e tot c en d» (helper-114)
    act.write_text("ARTIKEL I\n\nDe Gemeentewet wordt als volgt gewijzigd:\n\nA\n\nIn artikel 184, eerste lid, vervalt "
                   "onderdeel c, onder verlettering van de onderdelen d en e tot c en d.\n", encoding="utf-8")
    out, _ = _run(["parse-act", str(act)], capsys)
    assert "adres=artikel:184/lid:1/onderdeel:c" in out and "paren=d→c, e→d" in out and "0 onleesbaar" in out


# --- our model of the duties, against the provisions (helper-113) ----------------------------------------------------


def test_the_cdk_power_is_his_not_the_gemeentes(capsys: pytest.CaptureFixture[str]) -> None:
    """Provinciewet 182, tweede lid (2023-04-01): «De commissaris is … bevoegd alle vergaderingen van het gemeentebestuur
    bij te wonen en kennis te nemen van alle bescheiden …». The checklist called it a «wettelijke bevoegdheid …, geen
    plicht» under «Wie: raad, college van B&W, burgemeester», as if they held the power."""
    out, _ = _run(["checklist", "GM0363", "--date", "2026-10-15"], capsys)
    sectie = out[out.index("## Commissaris van de Koning is bevoegd vergaderingen bij te wonen"):]
    sectie = sectie[:sectie.index("\n## ")]
    # 2026-12-07 (seventh session): as `obligations` says it (helper-173, helper-174)
    assert ("**Soort:** wettelijke bevoegdheid van de commissaris van de Koning; een plicht van de gemeente om mee te "
            "werken is onze lezing, de wet formuleert haar niet; wat hier wordt beoordeeld, is onze lezing van wat die "
            "bevoegdheid van de gemeente vraagt") in sectie
    out, _ = _run(["obligations", "--theme", "toezicht-ter-plaatse"], capsys)
    assert ("cdk-informatie — wettelijk (bevoegdheid van de commissaris van de Koning; een plicht van de gemeente om mee "
            "te werken is onze lezing, de wet formuleert haar niet)") in out  # 2026-12-07 (helper-173)


def test_the_overgangsrecht_of_292_keeps_the_duty_of_secrecy(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 292 (2023-04-01): artikel 86 as it read «blijft van toepassing» on stukken made secret before; old 86
    holds a duty («De geheimhouding wordt door hen die … kennis dragen, in acht genomen totdat de commissie haar
    opheft», 2023-01-01) beside who may lift it. helper-113 read it as a power; helper-114 showed the duty: it stays a
    plicht, and its paraphrase now says what must be observed."""
    out, _ = _run(["obligations", "--date", "2023-04-01", "--theme", "geheimhouding"], capsys)
    regel = next(r for r in out.splitlines() if r.startswith("- geheimhouding-overgangsrecht-commissie"))
    assert "bevoegdheid" not in regel
    out, _ = _run(["checklist", "GM0363", "--date", "2023-04-01"], capsys)
    assert ("wie van zulke stukken kennis draagt, neemt de geheimhouding in acht totdat zij wordt opgeheven" in out)


def test_kieswet_w_1_gives_the_voorzitter_fourteen_days(capsys: pytest.CaptureFixture[str]) -> None:
    """Kieswet W 1, eerste lid (since 2023-01-01, Stb. 2022, 292): the voorzitter of the centraal stembureau declares the
    successor elected «uiterlijk op de veertiende dag nadat dit te zijner kennis is gekomen»; the model left the term
    out."""
    out, _ = _run(["checklist", "GM0363", "--date", "2026-10-15"], capsys)
    sectie = out[out.index("## Opvolging van een raadslid bij lijstuitputting"):]
    assert "- **Termijn:** Uiterlijk op de veertiende dag nadat het openvallen van de plaats ter kennis" in sectie


def test_commission_meetings_bind_their_voorzitter(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 82, vijfde lid, and 83, vierde lid (2023-04-01): in artikel 19 «voor «burgemeester» wordt gelezen
    «voorzitter van de raadscommissie»» (of a bestuurscommissie): calling and announcing the meeting are his."""
    out, _ = _run(["obligations", "--date", "2023-04-01", "--theme", "commissies"], capsys)
    for vid in ("raadscommissie-vergadering", "bestuurscommissie-vergadering"):
        regel = next(r for r in out.splitlines() if r.startswith(f"- {vid}"))
        assert "commissie, voorzitter van een commissie" in regel, regel


def test_the_burgemeester_reports_the_end_of_a_membership(capsys: pytest.CaptureFixture[str]) -> None:
    """Kieswet X 1, tweede lid (since 1989-11-01, Stb. 1989, 423): «De voorzitter van het vertegenwoordigend orgaan
    geeft hiervan onverwijld kennis aan de voorzitter van het centraal stembureau.» The model lacked this duty."""
    out, _ = _run(["obligations", "--date", "2023-04-01", "--theme", "incompatibiliteiten"], capsys)
    assert "melding-einde-lidmaatschap — geldend op 2023-04-01 — burgemeester" in out
    assert "grondslag artikel X 1, eerste lid (Kieswet); artikel X 1, tweede lid (Kieswet)" in out


def test_the_awb_exclusion_of_2023_covers_the_cases_of_28_lid_1(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 28, tweede lid (2023-01-01): «Op de beraadslaging en stemming, bedoeld in het eerste lid, is artikel
    2:4 … niet van toepassing»; the toelichting of the earlier period said the law excluded it «voor de raad»."""
    out, _ = _run(["checklist", "GM0363", "--date", "2022-06-01"], capsys)
    assert "sloot dat artikel voor de raad uitdrukkelijk uit" not in out
    # 2026-12-07: present tense from 2023-01-01 (test_review_2026_12_07h)
    assert ("sluit artikel 28, tweede lid (nieuw, ingevoegd door de wet van 2022, Stb. 2022, 444), dat artikel "
            "uitdrukkelijk uit voor de beraadslaging en stemming over de gevallen van het eerste lid"
            in out)
