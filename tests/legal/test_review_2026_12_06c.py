"""Legal review of 2026-12-06, evening: what the tool says about tranches, diffs, apply and obligations; each test
names its provision and date."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.legal._cli import run as _run

# --- the tranches ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["text", "html", "json"])
def test_the_title_of_tranche_2s_redline_says_its_text_is_illustrative(fmt: str, tmp_path: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    """Tranche 2 (Kamerstuk 36 892, a bill; on 2026-12-06 not law): the new side of `tranche diff 2 --law gemeentewet`
    (artikel 36c, risicoanalyse) is our illustrative draft, not the bill's text. The label said so, but the title of
    every format named that side only «ontwerp (wetsvoorstel, …)», as if it were the bill's own draft."""
    out_file = tmp_path / f"t2.{fmt if fmt != 'text' else 'txt'}"
    _run(["tranche", "diff", "2", "--law", "gemeentewet", "--format", fmt, "-o", str(out_file)], capsys)
    data = out_file.read_text(encoding="utf-8")
    # helper-125: the dossier number as the Kamer prints it, «36 892»
    zegt = "illustratief ontwerp bij het wetsvoorstel (Kamerstuk 36 892, stukken gedateerd 2026-02-03), niet de tekst ervan"
    if fmt == "json":
        assert zegt in json.loads(data)["nieuw"]["label"]
    elif fmt == "html":
        assert zegt in data.split("<title>")[1].split("</title>")[0]
    else:
        assert zegt in data.split("\n")[2]
    assert "→ ontwerp (" not in data


# --- parse-act and apply: the closing artikelen and a sentence that vervalt ---------------------------------------

_SLOT = """Wijziging van de Gemeentewet

ARTIKEL I

De Gemeentewet wordt als volgt gewijzigd:

A

Artikel 36a, derde lid, tweede zin, vervalt.

ARTIKEL II

Deze wet treedt in werking op een bij koninklijk besluit te bepalen tijdstip, dat voor de verschillende artikelen
of onderdelen daarvan verschillend kan worden vastgesteld.

ARTIKEL III

Deze wet wordt aangehaald als: Wet proef.
"""


def test_an_act_entering_into_force_by_koninklijk_besluit_is_read_and_never_given_a_date(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Artikel VI of the Wet bevorderen integriteit en functioneren decentraal bestuur (Stb. 2022, 444) reads «Deze wet
    treedt in werking op een bij koninklijk besluit te bepalen tijdstip, dat voor de verschillende artikelen of
    onderdelen daarvan verschillend kan worden vastgesteld.», the usual formula; artikel VII gives its citeertitel.
    `parse-act` called both «onleesbaar» («… of een zin over de inwerkingtreding verwacht») and exited 1. Gemeentewet
    artikel 36a, derde lid, on 2023-01-01 has two sentences; «Artikel 36a, derde lid, tweede zin, vervalt.» was refused
    as naming «een hele eenheid»."""
    act = tmp_path / "act.txt"
    act.write_text(_SLOT, encoding="utf-8")
    out, _ = _run(["parse-act", str(act)], capsys)
    assert "citeertitel: Wet proef" in out
    assert "inwerkingtreding: op een bij koninklijk besluit te bepalen tijdstip, dat voor de verschillende artikelen " \
           "of onderdelen daarvan verschillend kan worden vastgesteld (de wet noemt geen datum)" in out
    assert "zin-vervalt              adres=artikel:36a/lid:3; zin=2" in out and "0 onleesbaar" in out
    # without --date the amended text has no date of its own: refused, and the reason is the koninklijk besluit
    _, err = _run(["apply", "gemeentewet@2023-01-01", str(act), "-o", str(tmp_path / "r.xml")], capsys, code=2)
    assert "(de wet treedt in werking op een bij koninklijk besluit te bepalen tijdstip" in err
    assert not (tmp_path / "r.xml").exists()
    out, _ = _run(["apply", "gemeentewet@2023-01-01", str(act), "--date", "2024-01-01", "-o", str(tmp_path / "r.xml")],
                  capsys)
    assert "de wet noemt voor dit onderdeel geen datum van inwerkingtreding (zij treedt in werking «op een bij " \
           "koninklijk besluit te bepalen tijdstip" in out and "maar of het toen gold, staat niet in de wet" in out
    shown, _ = _run(["show", str(tmp_path / "r.xml"), "artikel 36a, derde lid"], capsys)
    shown = " ".join(shown.split())
    assert "ontheffing verlenen van het vereiste van ingezetenschap." in shown and "worden verlengd" not in shown


# --- the regelrecht text: a compound broken at its hyphen -----------------------------------------------------------

@pytest.mark.parametrize(("versie", "artikel", "woord"), [
    ("2023-04-01", "artikel 220d, eerste lid", "onroerende-zaakbelastingen"),
    ("2023-04-01", "artikel 147b, eerste lid", "ontwerp-verordening"),
    ("2022-11-05", "artikel 155f", "ontwerp-begroting"),
    ("2026-10-01", "artikel 155f", "ontwerp-begroting"),  # a folded YAML scalar: the break is already a space
])
def test_a_compound_wrapped_at_its_hyphen_is_one_word(versie: str, artikel: str, woord: str,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    """The regelrecht text of the Gemeentewet is wrapped at 120 characters, also after the hyphen of a compound
    (220d, eerste lid, on 2023-04-01: «onroerende-» / «zaakbelastingen»). `show` printed «onroerende- zaakbelastingen»,
    and `instructions gemeentewet@2023-04-01 gemeentewet@2026-10-01` wrote «In artikel 220d, eerste lid, aanhef, wordt
    «onroerende- zaakbelastingen» vervangen door «onroerende-zaakbelastingen».», a change the law never made (helper-50).
    Before a conjunction the space stays («land- en tuinbouw»)."""
    out, _ = _run(["show", f"gemeentewet@{versie}", artikel], capsys)
    flat = " ".join(out.split())
    assert woord in flat and woord.replace("-", "- ") not in flat


def test_no_instruction_for_a_line_break_and_conjunctions_keep_their_space(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 2023-04-01 → 2026-10-01: no instruction touches «onroerende-zaakbelastingen»; «land- of» and «land-
    en» (e.g. in artikel 220d's onderdelen on 2023-04-01) keep their space."""
    out, _ = _run(["instructions", "gemeentewet@2023-04-01", "gemeentewet@2026-10-01"], capsys)
    assert "zaakbelastingen" not in out and "Artikel 155f" not in out and "artikel 155f" not in out
    out, _ = _run(["diff", "gemeentewet@2023-04-01", "gemeentewet@2026-10-01"], capsys)
    assert "Artikel 220d" not in out and "Artikel 155f" not in out  # the diff listed both as changed
    shown, _ = _run(["show", "gemeentewet@2023-04-01", "artikel 220d"], capsys)
    flat = " ".join(shown.split())
    assert "land- en" in flat or "land- of" in flat


# --- obligations and the checklist (helper-49) ---------------------------------------------------------------------

def test_kieswet_x_8_schorsing_is_a_power_not_a_duty(capsys: pytest.CaptureFixture[str]) -> None:
    """Kieswet artikel X 8 (text since 2021-07-01 according to the BWB data of the version of 2025-08-01), on
    2023-01-01: a raadslid «kan in zijn betrekking worden geschorst door de voorzitter» and «De raad kan … hem van zijn
    lidmaatschap vervallen verklaren»: powers. `obligations` listed it as a wettelijke verplichting; the duties follow
    only when the power is used (the voorzitter «onderwerpt de zaak aan het oordeel van de raad», bekendmaking,
    mededeling aan het centraal stembureau), and the toelichting now says which."""
    out, _ = _run(["obligations", "--date", "2023-01-01"], capsys)
    line = next(x for x in out.splitlines() if x.startswith("- schorsing-verboden-handelingen — "))
    assert "(bevoegdheid of voorwaarde, geen plicht)" in line
    out, _ = _run(["checklist", "Utrecht", "--date", "2023-01-01"], capsys)
    blok = out.split("## Schorsing en vervallenverklaring")[1].split("\n## ")[0]
    assert "wettelijke bevoegdheid of voorwaarde, geen plicht" in blok
    assert "plichten volgen pas als ze gebruikt worden" in blok


def test_gemeentewet_68_onder_k_is_not_credited_to_stb_2022_444(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet artikel 68, eerste lid, on 2023-01-01: onderdeel l («lid van de raad van een gemeente») comes from
    Stb. 2022, 444 (tranche 1); onderdeel k («lid van de rekenkamer van de provincie») from a change about the
    rekenkamers that our model only derives (overig-2023, rk-68). The checklist credited the whole new wording to
    «(Stb. 2022, 444)»."""
    out, _ = _run(["checklist", "Utrecht", "--date", "2023-01-01"], capsys)
    blok = out.split("## Burgemeester vervult geen onverenigbare functie")[1].split("\n## ")[0]
    assert ("in deze vorm in werking sinds 2023-01-01 (onderdeel l: Stb. 2022, 444, toegeschreven volgens onze afleiding; "
            "de rest door een andere wijziging, zie de toelichting)") in blok


@pytest.mark.parametrize("fmt", ["md", "docx"])
def test_a_bill_in_the_checklist_asks_for_no_assessment(fmt: str, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    """Kamerstuk 36 892 (tranche 2), a bill on 2026-12-06: its items in the checklist carried «Bewijs» and «Beoordeling:
    nog niet beoordeeld» as if a gemeente had to show compliance, «Wie: wethouder» as if the bill bound someone (who
    it names is our reading: its text is not in the sources), and
    the Word summary table headed every row «Verplichting» (helper-49)."""
    if fmt == "md":
        out, _ = _run(["checklist", "Utrecht", "--date", "2026-12-06"], capsys)
    else:
        import docx

        f = tmp_path / "c.docx"
        _run(["checklist", "Utrecht", "--date", "2026-12-06", "-o", str(f)], capsys)
        d = docx.Document(str(f))
        out = "\n".join([p.text for p in d.paragraphs] + [c.text for t in d.tables for row in t.rows for c in row.cells])
        assert "Onderwerp" in out and "nog niet beoordeeld (wetsvoorstel)" in out
    flat = " ".join(out.split())
    # helper-125: said after the evidence, not as «als het voorstel wet wordt: Opgave …»
    assert "Opgave van financiële belangen; beoordeling in de risicoanalyse (als het voorstel wet wordt)." in flat
    assert "nog niet beoordeeld (een wetsvoorstel, geen geldend recht: beoordelen hoeft niet" in flat
    assert "wethouder (onze lezing van het wetsvoorstel, waarvan de tekst niet in de bronnen staat" in flat
    assert "zou vóór elke benoeming van een wethouder een risicoanalyse bestuurlijke integriteit plaatsvinden" in flat


# --- instructions: a quoted phrase stands once in the text before the sentence's changes (helper-50) ---------------

def test_gemeentewet_184_quotes_words_that_stand_once_in_the_old_text(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet artikel 184, 2022-11-05 → 2023-01-01. The third lid (fourth, new) has «gevoerde bestuur van de
    instelling» and «gevoerde bestuur van een instelling»: «bestuur» stands twice. The instruction replaced «bestuur van
    de instelling» and then «bestuur», right only if a reader makes the changes one after another (Aanwijzing 6.10: a
    quote names one place). In the first lid, onderdeel b, the second quote of the sentence stood twice in the old
    text; the onderdeel now «komt te luiden»."""
    out, _ = _run(["instructions", "gemeentewet@2022-11-05", "gemeentewet@2023-01-01"], capsys)
    # the sentence is named where the lid has more than one (Kamerstuk 35 546, nr. 2, onderdeel B: «tweede lid, tweede zin»)
    assert ("7. In het vierde lid (nieuw), eerste zin, wordt «tweede lid» vervangen door «derde lid» en wordt «bestuur van "
            "de instelling» vervangen door «beleid van de instelling».\n\n8. In het vierde lid (nieuw), tweede zin, wordt "
            "«bestuur van een instelling» vervangen door «beleid van een instelling».") in out
    assert "5. Het eerste lid, onderdeel b, komt te luiden:" in out
    assert "en wordt «bestuur» vervangen door «beleid»" not in out


def test_a_range_of_leden_is_quoted_whole(capsys: pytest.CaptureFixture[str]) -> None:
    """Aanwijzing 6.10 (a begripseenheid): Gemeentewet artikel 58, 2022-11-05 → 2023-01-01, «De artikelen 28, eerste tot
    en met derde lid, 29 en 30 zijn … van overeenkomstige toepassing» becomes «28, eerste tot en met vierde lid, en 30».
    The instruction quoted «derde lid, 29 en 30», beginning inside the range «eerste tot en met derde lid» (helper-50);
    83, vierde lid (2022-11-05 → 2023-04-01), likewise quoted only «vierde lid» of «23, eerste tot en met vierde lid»."""
    out, _ = _run(["instructions", "gemeentewet@2022-11-05", "gemeentewet@2023-01-01"], capsys)
    assert ("In artikel 58 wordt «artikelen 28, eerste tot en met derde lid, 29 en 30» vervangen door «artikelen 28, eerste "
            "tot en met vierde lid, en 30».") in out
    out, _ = _run(["instructions", "gemeentewet@2022-11-05", "gemeentewet@2023-04-01"], capsys)
    assert ("In artikel 83, vierde lid, wordt «23, eerste tot en met vierde lid» vervangen door «23, eerste tot en met "
            "vijfde lid».") in out


def test_a_one_format_command_says_which_format_its_output_is(capsys: pytest.CaptureFixture[str]) -> None:
    """`obligations -o ob.csv` is refused («deze opdracht schrijft markdown») while its help said «its extension picks
    the format» (helper-49); the help now names the one format."""
    out, _ = _run(["obligations", "--help"], capsys)
    assert "Write markdown to FILE" in " ".join(out.split()) and "its extension picks" not in out
    out, _ = _run(["diff", "--help"], capsys)
    assert "its extension picks the format" in " ".join(out.split())


def test_an_early_date_does_not_deny_the_markdown_mirror(capsys: pytest.CaptureFixture[str]) -> None:
    """`obligations --date 2012-06-01`: the notice said the sources hold no Gemeentewet version valid then («de vroegste
    is van 2022-11-05») while the items, from the Markdown mirror, said «de bronnen tonen de bepaling vanaf 2011-02-23»
    (helper-49). The mirror is no official text: the notice now speaks of official versions."""
    out, _ = _run(["obligations", "--date", "2012-06-01"], capsys)
    assert ("van de Gemeentewet hebben de bronnen geen officiële versie die op 2012-06-01 gold (de vroegste officiële is "
            "van 2022-11-05)") in out


# --- parse-act: Aanwijzing 6.19 «(nieuw)» -------------------------------------------------------------------------

_ZONDER_NIEUW = """Wijziging van de Gemeentewet

ARTIKEL I

De Gemeentewet wordt als volgt gewijzigd:

A

Artikel 23 wordt als volgt gewijzigd:

1. Onder vernummering van het vierde en vijfde lid tot vijfde en zesde lid, wordt een lid ingevoegd, luidende:

  4. Indien met gesloten deuren wordt vergaderd, geldt een verplichting tot geheimhouding.

2. In het vijfde lid wordt «anders beslist» vervangen door «besluit de verplichting op te heffen».
"""


def test_a_renumbered_lid_changed_without_nieuw_is_noted(tmp_path: Path, sources: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    """Kamerstuk 35 546, nr. 2, onderdeel C, on the Gemeentewet of 2022-11-05: after «Onder vernummering van het vierde
    en vijfde lid tot vijfde en zesde lid» the bill writes «In het vijfde lid (nieuw) wordt «anders beslist» vervangen
    …», as Aanwijzing 6.19 asks. Without «(nieuw)» a reader may take the old fifth lid; parse-act and apply said
    nothing. The real excerpt gets no such note."""
    f = tmp_path / "act.txt"
    f.write_text(_ZONDER_NIEUW, encoding="utf-8")
    out, _ = _run(["parse-act", str(f)], capsys)
    assert ("LET OP: artikel 23, vijfde lid, is eerder in deze wijzigingsregeling vernummerd of verletterd; Aanwijzing "
            "6.19 vraagt dan «(nieuw)» achter het nieuwe nummer") in out
    out, _ = _run(["apply", "gemeentewet@2022-11-05", str(f), "--date", "2023-04-01"], capsys)
    assert "onderdeel A: toegepast — artikel 23, vijfde lid, is eerder" in out
    f.write_text(_ZONDER_NIEUW.replace("In het vijfde lid wordt", "In het vijfde lid (nieuw) wordt"), encoding="utf-8")
    out, _ = _run(["parse-act", str(f)], capsys)
    assert "LET OP" not in out
    out, _ = _run(["parse-act", str(sources / "tranche1" / "kst-35546-2-voorstel-van-wet.EXCERPT.txt")], capsys, code=1)
    assert "In het vijfde lid (nieuw)" not in out and "vervangen" in out and "LET OP" not in out  # cut off in C, 3.


# --- Kieswet and Provinciewet (helper-52) --------------------------------------------------------------------------

def test_kieswet_w_4_opvolging_names_the_voorzitter_for_the_benoemdverklaring(capsys: pytest.CaptureFixture[str]) -> None:
    """Kieswet artikel W 4, eerste lid (since 2023-01-01, Stb. 2022, 444), says in the passive that the place «wordt …
    toegekend» and the candidate «wordt benoemd verklaard»; artikel W 1, eerste lid, gives the benoemdverklaring to «de
    voorzitter van het centraal stembureau», and artikel E 19, tweede lid, makes the burgemeester that voorzitter. The
    checklist of 2023-06-01 said «verklaart het [centraal stembureau] de kandidaat benoemd». W 4, tweede lid, does give
    the centraal stembureau the decision that no successor can be appointed."""
    out, _ = _run(["checklist", "Utrecht", "--date", "2023-06-01"], capsys)
    blok = " ".join(out.split("## Opvolging van een raadslid bij lijstuitputting")[1].split("\n## ")[0].split())
    assert "verklaart het de kandidaat benoemd" not in blok
    # helper-115 (2026-12-07): W 1, eerste lid, names the candidate of the list of the member to be replaced; that its
    # voorzitter and term also serve W 4 is our reading, and now said so
    assert "Die benoemdverklaring doet, naar onze lezing van artikel W 1, eerste lid, de voorzitter van het centraal " \
           "stembureau" in blok
    assert "**Wie:** burgemeester, centraal stembureau" in blok
    assert "artikel W 1, eerste lid, Kieswet" in blok and "artikel E 19, tweede lid, Kieswet" in blok
    assert "(artikel W 4: Stb. 2022, 444, toegeschreven volgens onze afleiding; de rest door een andere wijziging" in blok


def test_the_coverage_table_says_what_it_does_not_cover(capsys: pytest.CaptureFixture[str]) -> None:
    """Stb. 2022, 444 also amends other artikelen of the Provinciewet (artikel II), the Waterschapswet and the WolBES;
    the sources hold only Provinciewet 175 and 182, and of the Kieswet only the version of 2025-08-01. The coverage
    table presented its rows as every artikel tranche 1 changed and called that Kieswet text «huidige tekst»."""
    out, _ = _run(["obligations", "--coverage"], capsys)
    assert "Onvolledig: Van de Provinciewet bevat dit model alleen artikel 182" in out
    # said once since the sixth session of 2026-12-07, in the model's own note on the Kieswet (helper-165)
    assert "Waterschapswet" in out and "Een artikel van de Kieswet dat de wet wijzigde en dat later opnieuw werd " \
        "gewijzigd, ontbreekt dus." in out
    assert "huidige tekst" not in out and "2025-08-01 (alleen deze tekst; de eerdere staat niet in de bronnen)" in out


def test_cited_by_on_a_date_without_a_version_does_not_say_none_cite_it(sources: Path, tmp_path: Path) -> None:
    """Kieswet artikel X 9 cites «X 8, vierde lid» (BWB data: since 2023-01-01, Stb. 2022, 444). The index holds the
    Kieswet of 2025-08-01 only; `cited-by "artikel X 8 Kieswet" --date 2023-04-01` said «niet te controleren» and then
    «geen verwijzingen in de geïndexeerde wetten», as if nothing cited it (helper-52)."""
    from datetime import date

    from tests.katalogus import omgeving
    from wetgeving.index.bouw import build
    from wetgeving.index.vragen import cited_by
    from wetgeving.render.index import cited_by_text
    from wetgeving.verwijzingen.titels import Titelregister

    db = tmp_path / "index.sqlite"
    register = Titelregister.voor(omgeving())
    build([sources / "bwb-xml" / "BWBR0004627_2025-08-01_kieswet.xml"], db, register, jobs=1)
    doel, found = cited_by(db, "artikel X 8 Kieswet", date(2023, 4, 1), register)
    text = cited_by_text(doel, found, date(2023, 4, 1))
    assert doel.bestaat is None and not found
    assert "geen verwijzingen in de geïndexeerde wetten" not in text
    assert ("van de Kieswet zelf heeft hij die niet: verwijzingen binnen die wet zijn op die datum niet na te gaan"
            in text)


def test_gemeentewet_292_cites_artikel_i_of_the_act_not_the_whole_act(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet artikel 292 (since 2023-04-01) keeps «Artikel 86 zoals dat artikel luidde voor inwerkingtreding van
    Artikel I van de Wet bevorderen integriteit en functioneren decentraal bestuur»: the reference is to artikel I of
    that act (Stb. 2022, 444; BWBR0047451), which `refs` read as the whole act (helper-44)."""
    out, _ = _run(["refs", "gemeentewet@2023-04-01", "artikel 292"], capsys)
    assert "→ jci1.3:c:BWBR0047451&artikel=I" in out and "ONTBREEKT" not in out


# --- helper-53: today's changes, tried again -------------------------------------------------------------------------

_GEMENGD = """Wijziging van de Gemeentewet

ARTIKEL I

De Gemeentewet wordt als volgt gewijzigd:

A

In artikel 36a, derde lid, wordt «voor de duur van een jaar» vervangen door «voor de duur van twee jaar».

B

In artikel 58 wordt «college» vervangen door «dagelijks bestuur».

ARTIKEL II

Artikel I, onderdeel A, treedt in werking met ingang van 1 juli 2024.
Deze wet treedt voor het overige in werking met ingang van de dag na de datum van uitgifte van het Staatsblad
waarin zij wordt geplaatst.
"""


def test_an_undated_onderdeel_beside_a_dated_one_gives_the_text_no_date(tmp_path: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    """An act dating Artikel I, onderdeel A, 1 juli 2024 and the rest by the Staatsblad formula, applied to the
    Gemeentewet of 2023-01-01 without --date: the result was written as valid from 2024-07-01 with onderdeel B (artikel
    58) in it, a date the act never gives B (helper-53). Now it is refused until --date is given."""
    act, out_file = tmp_path / "act.txt", tmp_path / "r.xml"
    act.write_text(_GEMENGD, encoding="utf-8")
    out, err = _run(["apply", "gemeentewet@2023-01-01", str(act), "-o", str(out_file)], capsys, code=2)
    assert "onderdeel B: toegepast — van dit onderdeel is geen datum van inwerkingtreding gelezen" in out
    assert "noemt niet voor elk toegepast onderdeel een datum van inwerkingtreding" in err and not out_file.exists()
    _run(["apply", "gemeentewet@2023-01-01", str(act), "--date", "2024-07-01", "-o", str(out_file)], capsys)
    assert out_file.exists()


def test_nieuw_after_a_list_is_said_of_every_lid_and_an_inserted_lid_is_not_renumbered(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Aanwijzing 6.19 on Gemeentewet artikel 28 (2023-01-01: four leden): «In het vierde en vijfde lid (nieuw)» after
    «Onder vernummering van het tweede tot en met vierde lid tot derde tot en met vijfde lid» is right, and was noted as
    missing «(nieuw)»; after «4 → 5, een lid 4 ingevoegd; 5 → 6, een lid 5 ingevoegd» the fifth lid is the inserted
    one, no renumbered lid (helper-53)."""
    kop = "Wijziging van de Gemeentewet\n\nARTIKEL I\n\nDe Gemeentewet wordt als volgt gewijzigd:\n\nA\n\n"
    lijst = (kop + "Artikel 28 wordt als volgt gewijzigd:\n\n1. Onder vernummering van het tweede tot en met vierde lid "
             "tot derde tot en met vijfde lid wordt een lid ingevoegd, luidende:\n\n  2. Nieuw lid.\n\n"
             "2. In het vierde en vijfde lid (nieuw) wordt telkens «raad» vervangen door «gemeenteraad».\n")
    f = tmp_path / "act.txt"
    f.write_text(lijst, encoding="utf-8")
    out, _ = _run(["parse-act", str(f)], capsys)
    assert "LET OP" not in out
    f.write_text(lijst.replace("het vierde en vijfde lid (nieuw)", "het vierde en vijfde lid"), encoding="utf-8")
    out, _ = _run(["parse-act", str(f)], capsys)
    assert "artikel 28, vierde lid, is eerder" in out and "artikel 28, vijfde lid, is eerder" in out


def test_the_only_sentence_of_a_lid_does_not_vervallen_alone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet artikel 36a, vierde lid, on 2023-01-01 is one sentence («Dezelfde persoon kan niet in meer dan één
    gemeente wethouder zijn.»). «Artikel 36a, vierde lid, eerste zin, vervalt.» was «toegepast» and left a lid «4.»
    without text; Aanwijzing 6.12.1: then the lid vervalt (helper-53)."""
    f = tmp_path / "act.txt"
    f.write_text("Wijziging\n\nARTIKEL I\n\nDe Gemeentewet wordt als volgt gewijzigd:\n\nA\n\n"
                 "Artikel 36a, vierde lid, eerste zin, vervalt.\n", encoding="utf-8")
    out, _ = _run(["apply", "gemeentewet@2023-01-01", str(f), "--date", "2024-01-01"], capsys, code=1)
    assert "mislukt — artikel 36a, vierde lid, heeft geen andere tekst dan deze zin" in out
    assert "«Artikel 36a, vierde lid, vervalt.» (aanwijzing 6.12, eerste lid)" in out  # its official citation
