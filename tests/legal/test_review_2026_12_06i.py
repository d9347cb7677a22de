"""Legal review of 2026-12-06, seventh session; each test names its provision and date."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.legal._cli import run as _run

# --- diff: an artikel that gets leden keeps its text as the first lid (aanwijzing 6.18, derde en vierde lid) ----------


def test_the_text_of_32a_becomes_its_first_lid_not_struck_and_inserted(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 32a: one unnumbered text on 2015-11-24 (laws-markdown mirror), «1.» and a second lid on 2022-11-05.
    The redline struck the whole text of the artikel and inserted it again as «eerste lid», as if its wording had
    changed (helper-98); the instructions already said «Voor de tekst wordt de aanduiding ‘1.’ geplaatst.» (aanwijzing
    6.18, derde lid). The diff now says the same, and only the second lid is inserted."""
    out, _ = _run(["diff", "gemeentewet-md@2015-11-24", "gemeentewet@2022-11-05", "--only", "artikel 32a"], capsys)
    assert "artikel 32a → artikel 32a, eerste lid (aanduiding «1.» geplaatst)\n" in out
    assert "[-De stukken" not in out and "{+De stukken" not in out
    assert "artikel 32a, tweede lid (ingevoegd)" in out and "{+De raad kan de burgemeester toestaan" in out
    terug, _ = _run(["diff", "gemeentewet@2022-11-05", "gemeentewet-md@2015-11-24", "--only", "artikel 32a"], capsys)
    assert "artikel 32a, eerste lid → artikel 32a (aanduiding «1.» vervallen)\n" in terug
    assert "artikel 32a, tweede lid (vervallen)" in terug


def test_81a_loses_its_leden_on_2023_01_01_and_its_first_lid_is_the_artikel(capsys: pytest.CaptureFixture[str],
                                                                             tmp_path: Path) -> None:
    """Gemeentewet 81a, 2022-11-05 → 2023-01-01: «1. De raad kan een rekenkamer instellen.» and two more leden became
    the one text «De raad stelt een rekenkamer in.» (aanwijzing 6.18, vierde lid). The redline shows the first lid
    becoming the artikel with its words changed, and the other two leden removed; the JSON says the same."""
    out, _ = _run(["diff", "gemeentewet@2022-11-05", "gemeentewet@2023-01-01", "--only", "artikel 81a"], capsys)
    assert "artikel 81a, eerste lid → artikel 81a (aanduiding «1.» vervallen en gewijzigd)" in out
    assert "De raad [-kan-]{+stelt+} een rekenkamer [-instellen-]{+in+}." in out
    assert "artikel 81a, tweede lid (vervallen)" in out and "artikel 81a, derde lid (vervallen)" in out
    f = tmp_path / "d.json"
    _run(["diff", "gemeentewet@2022-11-05", "gemeentewet@2023-01-01", "--only", "artikel 81a", "-o", str(f)], capsys)
    [art] = json.loads(f.read_text(encoding="utf-8"))["artikelen"]
    assert (art["soort"], art["wijzigingen"][0]["oud"], art["wijzigingen"][0]["nieuw"]) == \
        ("changed", "artikel:81a/lid:1", "artikel:81a")


# --- a JCI copied from wetten.overheid.nl ---------------------------------------------------------------------------


@pytest.mark.parametrize("command", [["show", "gemeentewet@2023-04-01"], ["refs", "gemeentewet@2023-04-01"],
                                     ["graph", "impact", "gemeentewet@2023-04-01"]])
def test_a_jci_of_the_kieswet_is_refused_by_the_title_of_its_law(capsys: pytest.CaptureFixture[str],
                                                                  command: list[str]) -> None:
    """Gemeentewet 28 (2023-04-01) against a JCI of Kieswet artikel 28 (BWBR0004627): `show`, `refs` and `graph impact`
    refused it naming «BWBR0004627» only, while `diff --only` named the Kieswet."""
    _, err = _run([*command, "jci1.3:c:BWBR0004627&artikel=28"], capsys, 1)
    assert "noemt de Kieswet (BWBR0004627), niet de Gemeentewet (BWBR0005416)" in err


def test_cited_by_reads_a_jci_of_gemeentewet_87_on_2023_04_01(sources: Path, capsys: pytest.CaptureFixture[str],
                                                              tmp_path: Path) -> None:
    """Gemeentewet 87 (geheimhouding, hoofdstuk Va) on 2023-04-01, asked by its JCI: `cited-by` answered «noemt geen
    wet». Artikel 155a, vierde lid, of that version cites it («De artikelen 22, 23, vierde en vijfde lid, 82, derde lid,
    87 en 89 …»). A JCI's g= date that is not the date asked is said, not silently replaced."""
    from tests.katalogus import omgeving
    from wetgeving.index.bouw import build
    from wetgeving.verwijzingen.titels import Titelregister

    db = tmp_path / "i.sqlite"
    build(sources / "gemeentewet" / "regelrecht", db, Titelregister.voor(omgeving()), jobs=1)
    out, _ = _run(["cited-by", "jci1.3:c:BWBR0005416&artikel=87", "--db", str(db), "--date", "2023-04-01"], capsys)
    assert out.startswith("artikel 87 Gemeentewet (BWBR0005416) op 2023-04-01: bestaat")
    assert "- artikel 155a, vierde lid, Gemeentewet (versie geldig vanaf 2023-04-01): «87»" in out
    _, err = _run(["cited-by", "jci1.3:c:BWBR0005416&artikel=86&g=2023-01-01", "--db", str(db), "--date",
                   "2023-03-31"], capsys)
    assert "de JCI noemt de tekst zoals die gold op 2023-01-01 (g=2023-01-01); de lijst toont wat op 2023-03-31" in err
    _, err = _run(["cited-by", "jci1.3:c:BWBR0005416", "--db", str(db)], capsys, 2)
    assert "noemt de hele regeling, geen eenheid" in err


# --- obligations name their actors as a reader does (helper-95 left undone) --------------------------------------------


@pytest.mark.parametrize("actor", ["centraal stembureau", "Centraal-stembureau"])
def test_obligations_name_the_centraal_stembureau_of_kieswet_p19_on_2023_04_15(capsys: pytest.CaptureFixture[str],
                                                                              actor: str) -> None:
    """Kieswet P 19, vijfde lid, and W 4 (as in force on 2023-04-15): the centraal stembureau ranks the candidates and
    takes part in the opvolging. `obligations` listed it by the corpus's id «centraal-stembureau», and `--actor` took
    only that id; the listing now says «centraal stembureau», as the checklist does, and `--actor` takes either."""
    out, _ = _run(["obligations", "--date", "2023-04-15", "--actor", actor], capsys)
    assert "lijstuitputting-rangschikking — geldend op 2023-04-15 — centraal stembureau — " in out
    assert "— burgemeester, centraal stembureau — Opvolging" in out and "centraal-stembureau" not in out
    alles, _ = _run(["obligations", "--date", "2026-12-06"], capsys)
    assert "college van B&W" in alles and "— college," not in alles and "commissaris-van-de-koning" not in alles


# --- instructions: «telkens» and the renumbering that goes with an insertion (helper-101) ------------------------------


def test_telkens_only_where_the_words_stand_more_than_once_and_a_citation_is_one_phrase(
        capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 25 and 55, eerste en tweede lid, 2015-11-24 (laws-markdown mirror) → 2022-11-05: «artikel 10 van de
    Wet openbaarheid van bestuur» became «artikel 5.1 van de Wet open overheid», once in each lid. The instructions
    said «In het eerste lid wordt telkens «artikel 10» vervangen door «artikel 5.1» en wordt «openbaarheid van bestuur»
    vervangen door «open overheid»»: «telkens» for words that stand there once, and a law's name and a citation cut
    in pieces, against aanwijzing 6.10 (a whole lees- of begripseenheid; helper-101). Artikel 151c, negende lid
    (nieuw), has «achtste lid» twice: «telkens» stays."""
    out, _ = _run(["instructions", "gemeentewet-md@2015-11-24", "gemeentewet@2022-11-05"], capsys)
    assert "In artikel 55, eerste en tweede lid, wordt telkens «artikel 10 van de Wet openbaarheid van bestuur» " \
           "vervangen door «artikel 5.1 van de Wet open overheid»." in out
    art25 = out.split("Artikel 25 wordt als volgt gewijzigd:", 1)[1].split("\n\n", 3)
    # the first lid has more than one sentence: the first is named
    assert art25[1] == "1. In het eerste lid, eerste zin, wordt «artikel 10 van de Wet openbaarheid van bestuur (Stb. 1991, " \
                       "703)» vervangen door «artikel 5.1 van de Wet open overheid»."
    assert "«openbaarheid van bestuur" not in out and "wordt telkens «artikel 10» vervangen" not in out
    assert "In het negende lid (nieuw) wordt telkens «zesde lid» vervangen door «achtste lid»." in out


def test_151c_joins_its_renumbering_to_the_insertion_not_to_the_lid_that_vervalt(capsys: pytest.CaptureFixture[str]) \
        -> None:
    """Gemeentewet 151c, 2015-11-24 → 2022-11-05 (cameratoezicht): «Het zesde lid vervalt, onder vernummering van het
    tweede, … lid tot derde, …» joined a renumbering up to a lid that vervalt, against aanwijzing 6.18, eerste lid,
    voorbeeld B (a renumbering down closes the gap) and A (the renumbering up goes with the insertion it makes room
    for)."""
    out, _ = _run(["instructions", "gemeentewet-md@2015-11-24", "gemeentewet@2022-11-05"], capsys)
    art = out.split("Artikel 151c wordt als volgt gewijzigd:", 1)[1]
    assert "\n1. Het zesde lid vervalt.\n" in art
    assert "\n2. Na het eerste lid wordt, onder vernummering van het tweede, derde, vierde, vijfde, zevende en achtste " \
           "lid tot derde, vierde, zesde, zevende, negende en tiende lid, een lid ingevoegd, luidende:" in art


# --- a bill never «geldt» (helper-100) ---------------------------------------------------------------------------------


def test_an_assessment_of_the_36892_bill_before_its_submission_names_the_submission(capsys: pytest.CaptureFixture[str],
                                                                                   tmp_path: Path) -> None:
    """Kamerstuk 36 892 (tranche 2, risicoanalyse integriteit): its stukken are dated 2026-02-03, which our model takes as
    the submission (the koninklijke boodschap is not in the sources); an assessment about 2026-01-15 was refused with
    «kies een dag waarop de verplichting geldt», while a bill never geldt. The date is said as the model has it
    (helper-103: «is op 2026-02-03 ingediend» said it as a fact)."""
    _, err = _run(["register", "record", "GM0363", "risicoanalyse-wethouder", "--status", "nog niet", "--op",
                   "2026-01-15", "--who", "x", "--register", str(tmp_path / "r.sqlite"), "--create"], capsys, 1)
    # 2026-12-07 (fifth session): not «bestaat nog niet» of a bill sent by the ministerraad on 2026-01-23 (helper-155)
    assert "is op 2026-01-15 nog niet te beoordelen: het wetsvoorstel (Kamerstuk 36 892) lag toen nog niet bij de " \
           "Tweede Kamer (stukken gedateerd 2026-02-03)" in err and "bestaat" not in err
    assert "kies voor --op een dag vanaf 2026-02-03" in err and "geldt" not in err


# --- references and the graph say what they did not check (helper-102) ------------------------------------------------


def test_refs_says_a_reference_to_another_law_is_not_checked(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 36a, tweede lid (2023-01-01), cites «artikel 28 van de Wet justitiële en strafvorderlijke
    gegevens». `refs` gave it no status and counted it among the resolved («3 verwijzingen, waarvan 0 onopgelost»),
    while it never looked artikel 28 of that law up; the citing words were cut at 60 characters without a mark."""
    out, _ = _run(["refs", "gemeentewet@2023-01-01", "artikel 36a"], capsys)
    assert "'artikel 28 van de Wet justitiële en strafvorderlijke gege…' → jci1.3:c:BWBR0014194&artikel=28 " \
           "andere regeling, niet gecontroleerd" in out
    assert "3 verwijzingen, waarvan 0 onopgelost en 1 naar een andere regeling, niet gecontroleerd" in out


def test_impact_of_88_and_cited_by_of_a_unit_in_no_version(capsys: pytest.CaptureFixture[str], sources: Path,
                                                           tmp_path: Path) -> None:
    """Gemeentewet 88 (2023-04-01): its fifth and sixth leden cite «het tweede of derde lid»; `graph impact` said
    «niets verwijst naar artikel 88», `cited-by` listed them: impact leaves references inside the unit out, and now says
    so. `cited-by "artikel 999 Gemeentewet"` ended with exit code 0; a unit in no indexed version, cited by nothing,
    is refused (exit 1), while artikel 25, which lapsed on 2023-04-01, is still answered."""
    from tests.katalogus import omgeving
    from wetgeving.index.bouw import build
    from wetgeving.verwijzingen.titels import Titelregister

    out, _ = _run(["graph", "impact", "gemeentewet@2023-04-01", "artikel 88"], capsys)
    assert "niets verwijst naar artikel 88 (verwijzingen binnen artikel 88 zelf niet meegeteld)" in out
    db = tmp_path / "i.sqlite"
    build(sources / "gemeentewet" / "regelrecht", db, Titelregister.voor(omgeving()), jobs=1)
    _, err = _run(["cited-by", "artikel 87, zesde lid, Gemeentewet", "--db", str(db), "--date", "2023-04-01"], capsys, 1)
    assert "artikel 87, zesde lid, bestaat in geen enkele versie van de Gemeentewet in de index" in err
    out, _ = _run(["cited-by", "artikel 25 Gemeentewet", "--db", str(db), "--date", "2023-04-01"], capsys)
    assert "BESTAAT NIET in de versie geldig vanaf 2023-04-01" in out


def test_a_graph_drawing_says_which_version_it_is_of(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Gemeentewet of 2023-04-01 (25, 55 and 86 gone, 87–89 in): the HTML and DOT (so SVG) exports said only
    «Gemeentewet», so a saved drawing could not be dated."""
    html = tmp_path / "g.html"
    _run(["graph", "export", "gemeentewet@2023-04-01", "-o", str(html)], capsys)
    assert "<title>Verwijzingen en samenhang: Gemeentewet, geldig vanaf 2023-04-01</title>" in html.read_text("utf-8")
    dot, _ = _run(["graph", "export", "gemeentewet@2023-04-01", "--format", "dot"], capsys)
    assert 'label="Gemeentewet, geldig vanaf 2023-04-01"; labelloc=t;' in dot


def test_the_closing_sentence_of_154b_is_said_to_be_a_difference_of_the_sources(capsys: pytest.CaptureFixture[str]) \
        -> None:
    """Gemeentewet 154b, eerste lid: «De voordracht voor een krachtens dit lid vast te stellen algemene maatregel van
    bestuur …» stands after the onderdelen in the version of 2026-10-01 (regelrecht v0.7); the sources of 2022-11-05 to
    2023-04-01 (v0.3, one text per lid and onderdeel) cannot hold it. `diff` showed it inserted and `instructions` let
    the lid komt te luiden, with no word that the sources, not the law, may differ (helper-101)."""
    _, err = _run(["diff", "gemeentewet@2023-04-01", "gemeentewet@2026-10-01", "--only", "artikel 154b"], capsys)
    assert "(regelrecht-schema v0.3) geeft per lid en onderdeel één tekst en kan geen woorden na de onderdelen " \
           "bevatten; in de versie geldig vanaf 2026-10-01 heeft artikel 154b, eerste lid, zulke woorden" in err
    _, err = _run(["instructions", "gemeentewet@2023-04-01", "gemeentewet@2026-10-01"], capsys)
    assert "heeft artikel 154b, eerste lid, zulke woorden" in err
    _, err = _run(["diff", "gemeentewet@2023-01-01", "gemeentewet@2023-04-01", "--only", "artikel 154b"], capsys)
    assert "regelrecht-schema v0.3" not in err  # both sides alike: nothing to say


def test_a_regelrecht_file_without_a_title_is_named_by_its_law(capsys: pytest.CaptureFixture[str],
                                                                tmp_path: Path) -> None:
    """A regelrecht extract without `$id` of the Gemeentewet (BWBR0005416), as a drafter may cut one: the instructions
    read «Wijziging van de BWBR0005416» and «De BWBR0005416 wordt als volgt gewijzigd» (helper-101, with Provinciewet
    182); the catalogue knows the title of that BWB id."""
    def yaml(datum: str, tekst: str) -> Path:
        f = tmp_path / f"gw-{datum}.yaml"
        f.write_text(f"$schema: https://example.invalid/regelrecht/v0.7.0/schema.json\nbwb_id: BWBR0005416\n"
                     f"valid_from: '{datum}'\narticles:\n- number: '1'\n  text: \"{tekst}\"\n", encoding="utf-8")
        return f

    out, _ = _run(["instructions", str(yaml("2030-01-01", "De raad vergadert.")),
                   str(yaml("2031-01-01", "De raad vergadert openbaar."))], capsys)
    assert out.startswith("Wijziging van de Gemeentewet") and "De Gemeentewet wordt als volgt gewijzigd" in out
    assert "BWBR0005416 wordt" not in out


def test_154b_glued_to_onderdeel_b_in_the_mirror_is_said_too(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 154b, eerste lid, 2015-11-24 (laws-markdown mirror) → 2022-11-05 (regelrecht v0.3): the mirror glues
    «De voordracht voor een krachtens dit lid …» to onderdeel b («… gesteld.De voordracht»), the v0.3 file cannot hold
    it; the instructions let it vervallen without a word (helper-103)."""
    _, err = _run(["instructions", "gemeentewet-md@2015-11-24", "gemeentewet@2022-11-05"], capsys)
    assert "in de tekst zoals geldend op 2015-11-24 heeft artikel 154b, eerste lid, zulke woorden" in err


def test_81aa_after_81z_continues_the_numbering(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Gemeentewet 2026-10-01 has 81z before 82; «Na artikel 81z wordt een artikel ingevoegd, luidende: Artikel 81aa»
    continues the numbering as the Participatiewet does (78z, 78aa; aanwijzing 6.16, tweede lid). The note of 6.16
    called it out of order (helper-103: letters compared as text, «aa» before «z»)."""
    akte = tmp_path / "a.txt"
    akte.write_text("ARTIKEL I\n\nDe Gemeentewet wordt als volgt gewijzigd:\n\nA\n\nNa artikel 81z wordt een artikel "
                    "ingevoegd, luidende:\n\n  Artikel 81aa\n\n  Dit artikel is nieuw.\n", encoding="utf-8")
    out, err = _run(["apply", "gemeentewet@2026-10-01", str(akte), "--date", "2027-01-01", "-o", str(tmp_path / "r.xml")],
                    capsys)
    assert "past daar niet tussen" not in out + err


def test_a_reference_to_a_whole_law_has_nothing_to_check(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 14, eerste lid (2023-04-01), names the Grondwet as a whole: no unit to look up, so not «andere
    regeling, niet gecontroleerd» (helper-103: 52 such rows were counted as unchecked)."""
    out, _ = _run(["refs", "gemeentewet@2023-04-01", "artikel 14"], capsys)
    regel = next(ln for ln in out.splitlines() if ln.startswith("artikel 14, eerste lid ") and "'Grondwet'" in ln)
    assert regel.rstrip().endswith("jci1.3:c:BWBR0001840") and "niet gecontroleerd" not in out.split("\n")[-2]


@pytest.mark.parametrize(("na", "nieuw"), [("81o", "81oa"), ("81z", "81aa")])
def test_letters_added_to_a_number_fit_after_it(capsys: pytest.CaptureFixture[str], tmp_path: Path, na: str,
                                                nieuw: str) -> None:
    """Aanwijzing 6.16, eerste lid: inserted artikelen are numbered «met behulp van letters, die worden toegevoegd aan de
    bestaande nummers». Gemeentewet 81oa stood between 81o and 81p (2022-11-05; not in the version of 2026-10-01); the
    note of 6.16 called «Na artikel 81o … Artikel 81oa» out of order in the version of 2026-10-01 (helper-106: two
    letters counted as later than any one), as it had 81aa after 81z (helper-103). 81ob between 81o and 81oa, in the
    version of 2022-11-05, does not fit: said."""
    def apply(basis: str, na: str, nieuw: str) -> str:
        akte = tmp_path / "a.txt"
        akte.write_text(f"ARTIKEL I\n\nDe Gemeentewet wordt als volgt gewijzigd:\n\nA\n\nNa artikel {na} wordt een "
                        f"artikel ingevoegd, luidende:\n\n  Artikel {nieuw}\n\n  Dit artikel is nieuw.\n", encoding="utf-8")
        out, err = _run(["apply", basis, str(akte), "--date", "2027-01-01", "-o", str(tmp_path / "r.xml"), "--force"],
                        capsys)
        assert "ARTIKEL I, onderdeel A: toegepast" in out + err
        return out + err

    assert "past daar niet tussen" not in apply("gemeentewet@2026-10-01", na, nieuw)
    if na == "81o":
        assert "artikel 81ob staat tussen artikel 81o en artikel 81oa, maar zijn nummer past daar niet tussen" \
            in apply("gemeentewet@2022-11-05", "81o", "81ob")
