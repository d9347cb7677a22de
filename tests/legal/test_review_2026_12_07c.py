"""Legal review of 2026-12-07 (third session); each test names its provision and date."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.legal._cli import run as _run
from wetgeving.wijziging.datums import datums_voluit


def _reactie(tmp_path: Path, datum: str, bepaling: str = "artikel 36a, tweede lid", contact: str = "") -> Path:
    f = tmp_path / "reactie.yaml"
    f.write_text(f"consultatie:\n  titel: Reactie\n  wetsvoorstel: tranche-1\n  basis: gemeentewet@2022-11-05\n"
                 f"  organisatie: Kantoor\n  datum: {datum}\n" + (f"  contact: {contact}\n" if contact else "")
                 + f"opmerkingen:\n  - bepaling: {bepaling}\n    opmerking: Een opmerking.\n", encoding="utf-8")
    return f


# --- consultation documents write dates as a Dutch document does ------------------------------------------------


def test_a_reaction_document_writes_its_dates_in_words(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Kamerstuk 35 546 (Stb. 2022, 444, in force 2023-01-01, geheimhouding 2023-04-01), a reaction dated 2020-01-10 on
    Gemeentewet 36a, tweede lid: the document said «sinds 2023-01-01», «ingediend op 2020-08-31», «geldend vanaf
    2022-11-05» and «Datum: 2020-01-10», ISO dates in Dutch prose (helper-131). The terminal keeps them."""
    md = tmp_path / "r.md"
    _, err = _run(["consult", str(_reactie(tmp_path, "2020-01-10")), "-o", str(md)], capsys)
    tekst = md.read_text(encoding="utf-8")
    assert "is sinds 1 januari 2023 in werking" in tekst and "de onderdelen over geheimhouding sinds 1 april 2023" in tekst
    assert "op 10 januari 2020, de datum van deze reactie, was dit nog geen wetsvoorstel bij de Tweede Kamer: het werd " \
           "ingediend op 31 augustus 2020" in tekst
    assert "- Te wijzigen regeling: Gemeentewet, zoals geldend vanaf 5 november 2022" in tekst
    assert "- Datum: 10 januari 2020" in tekst
    assert re.search(r"(?<!@)\b\d{4}-\d{2}-\d{2}\b", tekst) is None
    assert "op 2020-01-10, de datum van deze reactie" in err  # the terminal writes dates as its other messages do


def test_a_reaction_document_names_no_empty_contact(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Kamerstuk 35 546, a reaction of 2021-03-01 without a contact: the Markdown printed «- Contact: » with nothing
    after it; the Word document and the internetconsultatie text leave an empty field out. With one, it is named."""
    md = tmp_path / "r.md"
    _run(["consult", str(_reactie(tmp_path, "2021-03-01")), "-o", str(md)], capsys)
    assert "Contact:" not in md.read_text(encoding="utf-8")
    _run(["consult", str(_reactie(tmp_path, "2021-03-01", contact="J. Jansen")), "-o", str(md), "--force"], capsys)
    assert "- Contact: J. Jansen" in md.read_text(encoding="utf-8")


def test_a_word_reaction_writes_the_base_column_date_in_words(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Gemeentewet 36a, tweede lid, base version of 2022-11-05, reaction of 2021-03-01 on Kamerstuk 35 546: the Word
    table's column read «Tekst geldig vanaf 2022-11-05»."""
    import zipfile

    out = tmp_path / "r.docx"
    _run(["consult", str(_reactie(tmp_path, "2021-03-01")), "-o", str(out)], capsys)
    with zipfile.ZipFile(out) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    assert "Tekst geldig vanaf 5 november 2022" in xml and "2022-11-05" not in xml


@pytest.mark.parametrize(("tekst", "verwacht"), [
    ("sinds 2023-01-01 in werking", "sinds 1 januari 2023 in werking"),
    ("(op 2020-08-31)", "(op 31 augustus 2020)"),
    ("gemeentewet@2022-11-05", "gemeentewet@2022-11-05"),  # a regeling named with its date stays a name
    ("2023-02-30", "2023-02-30"),  # no such day: left as written
    ("2023-01-01T10:00", "2023-01-01T10:00"),
    ("niet alle onderdelen van voorstel 2020-08-31.txt", "niet alle onderdelen van voorstel 2020-08-31.txt"),  # a file
    ("«op 2023-01-01» sinds 2023-01-01", "«op 2023-01-01» sinds 1 januari 2023"),  # quoted words are not ours
    ("x «a «2023-01-01» b 2023-02-01» 2023-03-01", "x «a «2023-01-01» b 2023-02-01» 1 maart 2023"),  # nested
])
def test_dates_in_words_leave_names_and_impossible_days(tekst: str, verwacht: str) -> None:
    """The rule a consultation document follows for our own prose (Kamerstuk 35 546, dates of Stb. 2022, 444)."""
    assert datums_voluit(tekst) == verwacht


# --- Provinciewet 182, tweede lid (2023-01-01): the commissaris van de Koning's power is his ----------------------


def test_the_checklist_csv_says_whose_power_artikel_182_gives(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Provinciewet 182, tweede lid, on 2023-06-01: the commissaris van de Koning «is … bevoegd alle vergaderingen
    van het gemeentebestuur bij te wonen». The CSV's soort read «wettelijk (bevoegdheid)» beside «wie: raad, college
    van B&W, burgemeester», as if the power were the gemeente's, and the title said the gemeentebestuur «laat» him
    (helper-134); that the gemeente must cooperate is our reading."""
    csv = tmp_path / "c.csv"
    _run(["checklist", "GM0363", "--date", "2023-06-01", "-o", str(csv)], capsys)
    regel = next(r for r in csv.read_text(encoding="utf-8-sig").splitlines() if ';"cdk-informatie";' in r)
    # 2026-12-07 (seventh session): «geen plicht» beside «werkt mee (onze lezing)» contradicted itself (helper-173)
    assert ("wettelijk (bevoegdheid van de commissaris van de Koning; een plicht van de gemeente om mee te werken is onze "
            "lezing, de wet formuleert haar niet)") in regel
    assert "Commissaris van de Koning is bevoegd vergaderingen bij te wonen en stukken in te zien; het gemeentebestuur " \
           "werkt mee (onze lezing)" in regel


def test_obligations_by_actor_finds_the_holder_of_a_power(capsys: pytest.CaptureFixture[str]) -> None:
    """Provinciewet 182, tweede lid, on 2023-06-01: `obligations --actor commissaris-van-de-koning` listed his task
    (182, eerste lid, onder c) but not his power of the tweede lid (helper-134)."""
    out, _ = _run(["obligations", "--actor", "commissaris-van-de-koning", "--date", "2023-06-01"], capsys)
    assert "cdk-taak — " in out and "cdk-informatie — " in out


def test_the_graph_does_not_say_a_power_obliges_the_gemeente(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Provinciewet 182, tweede lid, in the graph of the Gemeentewet of 2023-04-01: cdk-informatie «verplicht» raad,
    college and burgemeester and led to no commissaris van de Koning (helper-134). The power now goes to him, and the
    gemeente's organs are asked to cooperate on our reading; a gemeente's own power (geheimhouding opleggen, Gemeentewet
    25 as it read on 2022-11-05) «geeft bevoegdheid aan»."""
    dot = tmp_path / "g.dot"
    _run(["graph", "export", "gemeentewet@2023-04-01", "--format", "dot", "-o", str(dot)], capsys)
    tekst = dot.read_text(encoding="utf-8")
    regels = [r for r in tekst.splitlines() if '"verplichting:cdk-informatie" ->' in r]
    assert any('"actor:commissaris-van-de-koning"' in r and 'label="geeft bevoegdheid aan"' in r for r in regels)
    assert any('"actor:raad"' in r and 'label="vraagt volgens onze lezing medewerking van"' in r for r in regels)
    assert not any('label="verplicht"' in r for r in regels)
    out, _ = _run(["graph", "explain", "gemeentewet@2023-04-01", "thema:toezicht-ter-plaatse"], capsys)
    assert "[verplichting:cdk-informatie] → commissaris van de Koning [actor:commissaris-van-de-koning]" in out
    assert "bij een bevoegdheid: wie haar heeft" in out


# --- grondslag labels name the law by its citeertitel -----------------------------------------------------------


def test_a_grondslag_names_the_law_by_its_title(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 36a, tweede lid, and Kieswet P 19, vijfde lid, on 2023-06-01: `obligations` wrote «(gemeentewet)» and
    «(kieswet)», our short names, where a reader expects the citeertitel."""
    out, _ = _run(["obligations", "--date", "2023-06-01"], capsys)
    assert "grondslag artikel 36a, tweede lid (Gemeentewet)" in out
    assert "artikel P 19, vijfde lid (Kieswet)" in out and "(kieswet)" not in out and "(gemeentewet)" not in out


# --- the reverse-reference index (cited-by) --------------------------------------------------------------------


def test_cited_by_a_unit_no_version_has_but_an_earlier_one_cites(gw_index: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 169, vierde lid, of 2022-11-05 cites «artikel 160, eerste lid, onder e, f, g en h»; artikel 160,
    eerste lid, ends at onder g. On 2023-01-01 `cited-by` refused with «bestaat in geen enkele versie … en niets
    verwijst ernaar», which is false (helper-135): it now answers that it does not exist and nothing cites it then,
    and names the version that does."""
    out, err = _run(["cited-by", "artikel 160, eerste lid, onder h, Gemeentewet", "--date", "2023-01-01",
                     "--db", str(gw_index)], capsys)
    assert "BESTAAT NIET in de versie geldig vanaf 2023-01-01" in out
    assert "maar de versie geldig vanaf 2022-11-05 verwijst ernaar" in err and "niets verwijst ernaar" not in err
    _, err = _run(["cited-by", "artikel 999 Gemeentewet", "--date", "2023-01-01", "--db", str(gw_index)], capsys, 1)
    assert "en niets verwijst ernaar" in err  # a typing error is still refused


def test_cited_by_a_hoofdstuk_of_a_source_without_chapters_says_why(gw_index: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet hoofdstuk V on 2023-04-01: artikel 87 cites «een commissie als bedoeld in hoofdstuk V». The index
    has the whole version of 2023-04-01, but its source (regelrecht) gives no chapters; `cited-by` said «geen volledige
    versie van die regeling op die datum in de index», a false reason (helper-135)."""
    out, _ = _run(["cited-by", "hoofdstuk V Gemeentewet", "--date", "2023-04-01", "--db", str(gw_index)], capsys)
    assert "de bron van de versie geldig vanaf 2023-04-01 geeft geen indeling in hoofdstukken" in out
    assert "geen volledige versie" not in out and "artikel 87 Gemeentewet" in out


# --- a text composed from a bill is no law ------------------------------------------------------------------------


def test_a_text_composed_from_the_bill_is_not_valid_from_its_date(sources: Path, tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """Kamerstuk 35 546, nr. 2 (the bill) applied to the Gemeentewet of 2022-11-05 with --date 2023-04-01: `diff` named
    the result «geldig vanaf 2023-04-01 (samengesteld, geen officiële versie)», as if the bill's text were law from
    then (helper-133); `show` already said «gedateerd»."""
    out = tmp_path / "gw.xml"
    _run(["apply", "gemeentewet@2022-11-05", str(sources / "tranche1" / "kst-35546-2-voorstel-van-wet.EXCERPT.txt"),
          "--partial", "-o", str(out), "--date", "2023-04-01"], capsys, 1)
    tekst, err = _run(["diff", str(out), "gemeentewet@2023-01-01"], capsys)
    assert "Gemeentewet: gedateerd 2023-04-01 (samengesteld uit een wetsvoorstel, geen geldend recht) → Gemeentewet: " \
           "geldig vanaf 2023-01-01" in tekst
    assert "(gedateerd 2023-04-01) is van een latere datum dan gemeentewet@2023-01-01" in err
    assert "staat in de latere tekst en niet in de eerdere" in err and "in werkelijkheid ingevoegd" not in err
    assert "geldig vanaf 2023-04-01" not in tekst + err


def test_parse_act_on_the_bwb_consolidation_of_the_act_says_what_it_is(sources: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    """Wet bevorderen integriteit en functioneren decentraal bestuur (Stb. 2022, 444) as the BWB consolidates it on
    2023-04-01: only artikelen VI and VII, not the artikelen I–V that amend. `parse-act` said «dit lijkt geen
    wijzigingsregeling» and advised adding «ARTIKEL I» headings (helper-133)."""
    _, err = _run(["parse-act", str(sources / "tranche1" / "bwbr0047451-2023-04-01.yaml")], capsys, 1)
    assert "dit is de bron wet-bevorderen-integriteit-2023-04-01 uit de catalogus" in err
    assert "(«De wijzigingswet zelf zoals de BWB haar consolideert (alleen artikelen VI en VII)»): een geconsolideerde " \
           "tekst, geen wijzigingsregeling" in err
    for bron in ("bwb-xml/BWBR0004627_2025-08-01_kieswet.xml", "gemeentewet/laws-markdown/2015-11-24.md"):
        _, err = _run(["parse-act", str(sources / bron)], capsys, 1)  # helper-136: «onjuiste XML» on line 1 or 3
        assert "uit de catalogus" in err and "geen wijzigingsregeling met wijzigingsinstructies" in err, bron
    assert "dit lijkt geen wijzigingsregeling" not in err


def test_graph_explain_takes_an_everyday_citation(capsys: pytest.CaptureFixture[str]) -> None:
    """Kieswet P 19, vijfde lid, in the version of 2025-08-01 (the rangschikking of Stb. 2022, 444): `graph explain
    kieswet@2025-08-01 "artikel P 19"` said «geen knoop»; only «artikel:P 19» was found (helper-134). A unit that does
    not exist is still refused, named as the user wrote it."""
    out, _ = _run(["graph", "explain", "kieswet@2025-08-01", "artikel P 19"], capsys)
    assert "[artikel:P 19/lid:5] → Centraal stembureau rangschikt" in out
    # 2026-12-07 (fifth session): refused as `show` refuses it, exit code 1 (it was «geen knoop …», exit code 2)
    _, err = _run(["graph", "explain", "gemeentewet@2023-04-01", "artikel 999"], capsys, 1)
    assert "artikel 999 (artikel:999) bestaat niet in de Gemeentewet geldig vanaf 2023-04-01" in err


def test_a_text_not_held_for_the_date_is_refused_without_a_contradicting_note(capsys: pytest.CaptureFixture[str]) -> None:
    """Provinciewet 182, tweede lid, on 2023-01-01 (changed that day by Stb. 2022, 444, date derived): `show` refuses,
    for the sources hold only the text of before (2022-11-05) and of 2023-04-01. After the refusal it said «let op: …
    de versie die geldt vanaf 2022-11-05; of die op 2023-01-01 nog gold, tonen ze niet», while the refusal had just
    said it did not (helper-134). Where the text did not change (eerste lid), the note stays."""
    _, err = _run(["show", "provinciewet@2023-01-01", "artikel 182, tweede lid"], capsys, 1)
    assert "de bronnen hebben de tekst niet zoals die op 2023-01-01 luidde" in err and "let op" not in err
    _, err = _run(["show", "provinciewet@2023-02-01", "artikel 182, eerste lid"], capsys)
    assert "of die op 2023-02-01 nog gold, tonen ze niet" in err


# --- Aanwijzing 6.10 in generated instructions: no insertion of a word and a dangling function word -------------


@pytest.mark.parametrize("verwacht", [
    "In artikel 251 wordt «artikel 19, vierde lid» vervangen door «artikel 19, eerste en vierde lid»",
    "2. In het eerste lid, aanhef, wordt «stemming» vervangen door «beraadslaging en stemming».",
    "wordt «raad, het college» vervangen door «raad, aan het college».",
])
def test_generated_instructions_insert_no_dangling_function_word(verwacht: str,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """Aanwijzing 6.10 («ten minste een gehele lees- of begripseenheid»), Gemeentewet 2022-11-05 → 2023-04-01: the
    generator wrote «wordt na «artikel 19,» ingevoegd: «eerste en»» (251), «voor «stemming» ingevoegd: «beraadslaging
    en»» (28, eerste lid) and «na «raad,» ingevoegd: «aan»» (184, derde lid) (helper-133)."""
    out, _ = _run(["instructions", "gemeentewet@2022-11-05", "gemeentewet@2023-04-01", "--date", "2023-04-01"], capsys)
    assert verwacht in out
    assert "ingevoegd «eerste en»" not in out and "ingevoegd «aan»" not in out


def test_a_preposition_that_governs_what_follows_is_inserted_as_before(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 225, vijfde lid, onderdeel a (Markdown mirror 2015-01-02 → 2015-01-06): «op de naam van» is inserted
    after «parkeren»; the 6.10 rule for «en»/«of» replaced «parkeren een ander» instead, two parts of the sentence
    (helper-139)."""
    out, _ = _run(["instructions", "gemeentewet-md@2015-01-02", "gemeentewet-md@2015-01-06", "--date", "2015-01-06"],
                  capsys)
    assert "wordt na «parkeren» ingevoegd «op de naam van»" in out and "«parkeren een ander»" not in out


def test_the_checklist_names_the_act_s_onderdeel_not_our_model_id(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 36a, tweede lid (tranche 1, onderdeel F, letter derived), Provinciewet 182, tweede lid (artikel II,
    number derived, letter not in the sources) and Gemeentewet 36b, eerste lid, onder k (other changes of 2023-01-01),
    checklist of 2023-06-01: «Bron: ons model van tranche-1, modelonderdeel gw-36a» showed our own ids (helper-136)."""
    out, _ = _run(["checklist", "GM0363", "--date", "2023-06-01"], capsys)
    assert "- **Bron:** tranche 1, artikel I (Gemeentewet), onderdeel F, letter door ons afgeleid" in out
    assert "- **Bron:** tranche 1, artikel II (Provinciewet; nummer afgeleid), onderdeel over artikel 182, letter niet " \
           "in de bronnen" in out  # the law named: the Gemeentewet has an artikel 182 too (helper-139)
    assert "- **Bron:** Overige wijzigingen van de Gemeentewet per 1 januari 2023 (uit welke wet, staat niet in de " \
           "bronnen)" in out
    assert "modelonderdeel" not in out and "gw-36a" not in out
    out, _ = _run(["checklist", "GM0363", "--date", "2026-12-07"], capsys)  # Kamerstuk 36 892's planned provisions
    assert "- **Bron:** tranche 2 (Kamerstuk 36 892, een wetsvoorstel): beoogde bepaling over de risicoanalyse " \
           "integriteit in de Gemeentewet; de artikelen staan niet in de bronnen" in out
    assert "ons model van" not in out and "t2-" not in out


def test_a_source_s_name_is_answered_with_the_regeling_to_name(capsys: pytest.CaptureFixture[str]) -> None:
    """The Gemeentewet of 2023-04-01: `sources list` names its source «gemeentewet-2023-04-01»; `refs` with that name
    said «onbekende regeling» (helper-135). It now says which regeling to name."""
    _, err = _run(["refs", "gemeentewet-2023-04-01"], capsys, 2)
    assert "'gemeentewet-2023-04-01' is de naam van een bron, niet van een regeling" in err
    assert "noem de regeling met haar datum: gemeentewet@2023-04-01" in err


@pytest.mark.parametrize("uit", ["s.json", "s.html"])
def test_what_changed_is_written_as_json_and_html(uit: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Amsterdam, 2023-03-31 → 2023-04-01: on 2023-04-01 the geheimhouding of Stb. 2022, 444 came in (Gemeentewet 87–89;
    25, 55 and 86 vervallen). `checklist --since` wrote Markdown only; the web page shows the same data as headings and
    lists, and JSON and HTML now carry it too."""
    out = tmp_path / uit
    _run(["checklist", "GM0363", "--since", "2023-03-31", "--date", "2023-04-01", "-o", str(out)], capsys)
    tekst = out.read_text(encoding="utf-8")
    if uit.endswith(".json"):
        import json

        d = json.loads(tekst)
        assert d["kop"] == "Wat is er veranderd voor Amsterdam tussen 2023-03-31 en 2023-04-01"
        assert [g["kop"].split(" (")[0] for g in d["groepen"]][:1] == ["Nieuw"]
    else:
        assert "<h1>Wat is er veranderd voor Amsterdam tussen 2023-03-31 en 2023-04-01</h1>" in tekst
        assert '<html lang="nl">' in tekst and "<h2>Nieuw (" in tekst


# --- the register of assessments (helper-138) ----------------------------------------------------------------------


def _export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, Path]:
    """A register with one assessment of the VOG duty (Gemeentewet 36a, tweede lid) about 2023-02-01, and its export."""
    reg, csv = tmp_path / "r.db", tmp_path / "r.csv"
    _run(["register", "record", "GM0363", "vog-wethouder", "--status", "voldoet", "--op", "2023-02-01", "--who", "A",
          "--register", str(reg), "--create"], capsys)
    _run(["register", "export", "-o", str(csv), "--register", str(reg)], capsys)
    return reg, csv


def test_an_assessment_with_another_text_is_not_said_to_mean_the_law_changed(tmp_path: Path,
                                                                             capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 36a, tweede lid, on 2023-02-01 has one text (the version of 2023-01-01). An imported row with
    another text hash made the checklist say «de tekst van de grondslag is gewijzigd sinds de beoordeling», a claim
    about the law that is false (helper-138); it now says what the register holds."""
    _, csv = _export(tmp_path, capsys)
    regels = csv.read_text(encoding="utf-8-sig").splitlines()
    kop, rij = [x.strip('"') for x in regels[0].split(",")], regels[1].split(",")
    rij[kop.index("tekst")] = "ffffffffffffffff"
    ander = tmp_path / "ander.csv"
    ander.write_text("\n".join([regels[0], ",".join(rij)]) + "\n", encoding="utf-8")
    nieuw = tmp_path / "n.db"
    _run(["register", "import", str(ander), "--register", str(nieuw), "--create"], capsys)
    out, _ = _run(["checklist", "GM0363", "--date", "2023-02-01", "--register", str(nieuw)], capsys)
    assert ("de beoordeling van 2023-02-01 is vastgelegd bij een andere tekst van de grondslag dan de tekst die deze "
            "checklist citeert") in out
    assert "is gewijzigd sinds de beoordeling" not in out


def test_an_export_saved_with_semicolons_is_named_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An export of the VOG assessment (2023-02-01) saved again by a spreadsheet set to Dutch (separator «;»): the
    import said «na een sluitend aanhalingsteken …» instead of naming the separator (helper-138)."""
    _, csv = _export(tmp_path, capsys)
    semi = tmp_path / "semi.csv"
    semi.write_text(csv.read_text(encoding="utf-8-sig").replace(",", ";"), encoding="utf-8")
    _, err = _run(["register", "import", str(semi), "--register", str(tmp_path / "x.db"), "--create"], capsys, 1)
    assert "de kolommen zijn gescheiden door puntkomma's" in err and not (tmp_path / "x.db").exists()


def test_an_unknown_status_in_an_import_names_the_words_an_export_has(tmp_path: Path,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 36a, tweede lid (2023-02-01): «voldoet gedeeltelijk» as `register record` takes it was refused on
    import with a list naming the old «in-behandeling» (helper-138)."""
    _, csv = _export(tmp_path, capsys)
    csv.write_text(csv.read_text(encoding="utf-8-sig").replace(",voldoet,", ",voldoet gedeeltelijk,"), encoding="utf-8")
    _, err = _run(["register", "import", str(csv), "--register", str(tmp_path / "x.db"), "--create"], capsys, 1)
    assert "een export schrijft de status met streepjes: voldoet, voldoet-gedeeltelijk" in err
    assert "in-behandeling" not in err


def test_an_assessment_after_a_duty_ended_names_the_end(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 25, derde lid (bekrachtiging of geheimhouding), ended when Stb. 2022, 444 repealed artikel 25 on
    2023-04-01: an assessment about 2023-05-01 was refused with «bestaat … niet (nog niet, of niet meer)» (helper-138)."""
    _, err = _run(["register", "record", "GM0363", "geheimhouding-bekrachtiging", "--status", "voldoet", "--op",
                   "2023-05-01", "--who", "A", "--register", str(tmp_path / "r.db"), "--create"], capsys, 1)
    assert "bestaat op 2023-05-01 niet meer: zij gold tot 2023-04-01" in err and not (tmp_path / "r.db").exists()


def test_belangenverstrengeling_names_the_law_of_2022(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 28, tweede lid (nieuw), excludes Awb 2:4 since 2023-01-01, by Stb. 2022, 444: the checklist of
    2022-12-31 called it «de wet van 2023» (helper-138)."""
    out, _ = _run(["checklist", "GM0363", "--date", "2022-12-31"], capsys)
    # 2026-12-07: the old period ends on 2023-01-01, so «in werking sinds 1 januari 2023» read wrong on the dates it
    # is shown on (2022-12-31 and before); test_review_2026_12_07h pins the new tense.
    assert "(nieuw, ingevoegd door de wet van 2022, Stb. 2022, 444)" in out
    assert "de wet van 2023" not in out


def test_the_history_names_the_old_wording_an_assessment_was_of(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Geheimhouding in acht nemen, assessed about 2022-12-15: then Gemeentewet 25, 55 and 86, eerste lid, whose
    start the sources do not show, until Stb. 2022, 444 replaced them on 2023-04-01. `register history` said only
    «tekst met een ingangsdatum die de bronnen niet tonen» (helper-138)."""
    reg = tmp_path / "r.db"
    _run(["register", "record", "GM0363", "geheimhouding-in-acht-nemen", "--status", "voldoet", "--op", "2022-12-15",
          "--who", "A", "--register", str(reg), "--create"], capsys)
    out, _ = _run(["register", "history", "--register", str(reg)], capsys)
    # 2026-12-08 (helper-210): the wording's grondslagen include 25 lid 4, 55 lid 2-3 and 86 lid 2-3 too
    assert ("[tekst van artikel 25, eerste lid (Gemeentewet), artikel 25, vierde lid (Gemeentewet), artikel 55, eerste lid "
            "(Gemeentewet), artikel 55, tweede lid (Gemeentewet), artikel 55, derde lid (Gemeentewet), artikel 86, eerste "
            "lid (Gemeentewet), artikel 86, tweede lid (Gemeentewet) en artikel 86, derde lid (Gemeentewet), geldend tot "
            "2023-04-01; de ingangsdatum tonen de bronnen niet]") in out


def test_nieuw_after_a_number_the_bill_does_not_change_is_warned(tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """Aanwijzing 6.19 «(nieuw)» names a number a change gives. Gemeentewet 36a keeps its number under Kamerstuk 35 546
    (2022-11-05 → the act); «artikel 36a (nieuw)» was accepted without a word (helper-131). «artikel 23, vijfde lid
    (nieuw)», the vierde lid renumbered, gets no warning."""
    f = tmp_path / "r.yaml"
    f.write_text("consultatie:\n  titel: R\n  wetsvoorstel: tranche-1\n  basis: gemeentewet@2022-11-05\n  organisatie: K\n"
                 "  datum: 2021-03-01\nopmerkingen:\n  - bepaling: artikel 23, vijfde lid (nieuw)\n    opmerking: Een.\n"
                 "  - bepaling: artikel 36a (nieuw)\n    opmerking: Twee.\n", encoding="utf-8")
    _, err = _run(["consult", str(f), "-o", str(tmp_path / "r.md")], capsys)
    regels = [r for r in err.splitlines() if "aanwijzing 6.19" in r]
    assert len(regels) == 1 and "vernummert artikel 36a niet" in regels[0] and ":10: waarschuwing" in regels[0]
