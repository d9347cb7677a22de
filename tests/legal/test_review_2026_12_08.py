"""Legal review of 2026-12-08; each test names its provision and date."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.legal._cli import run as _run
from tests.legal._cli import wet

# --- instructions: a new bijlage is the last onderdeel, and its heading keeps its comma ---------------------------------


def test_a_new_bijlage_comes_after_the_artikelen_with_its_own_heading(
    sources: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Gemeentewet, Markdown mirror 2012-01-01 → 2012-10-01: bijlage I («bedoeld in artikel 124b, eerste lid, van de
    Gemeentewet») was added. Its onderdeel came first (A), before the changes of artikel 123 and later, and its heading
    read «Bijlage I. bedoeld in …» (helper-207). The onderdelen follow the regeling, the bijlage at its end."""
    out, err = _run(["instructions", "gemeentewet-md@2012-01-01", "gemeentewet-md@2012-10-01"], capsys)
    assert "bijlage I verschilt" not in err  # it is inserted, not left to the user (helper-212)
    letters = re.findall(r"^([A-Z]{1,2})$", out, re.M)
    bijlage = out.index("Er wordt een bijlage ingevoegd")
    laatste = out.rindex(f"\n{letters[-1]}\n")
    assert laatste < bijlage and out.index("\nA\n") < bijlage
    assert "Bijlage I, bedoeld in artikel 124b, eerste lid" in out and "Bijlage I. bedoeld" not in out


# --- parse-act: a refusal names the rule that was not followed ----------------------------------------------------------


def test_a_replaced_lid_without_its_number_names_aanwijzing_6_9_3(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 81j, derde lid (as on 2023-04-01), «komt te luiden:» with text that does not begin with «3.»: the
    refusal said «na «luidende:» worden alleen eenheden van de soort lid verwacht», words the instruction does not
    have (helper-207). Aanwijzing 6.9.3: the new text begins with the aanduiding."""
    act = wet(tmp_path, "A\n\nArtikel 81j, derde lid, komt te luiden:\n\nDe ambtenaren werken voor de rekenkamer.\n")
    _, err = _run(["parse-act", str(act)], capsys, 1)
    assert "de nieuwe tekst van het lid begint met zijn aanduiding «3.» (aanwijzing 6.9.3)" in err
    assert "luidende:" not in err
    # the eerste lid's own number (helper-212: «zoals «3.»» was said of every lid), and no 6.9.3 for an insertion
    act = wet(tmp_path, "A\n\nArtikel 19, eerste lid, komt te luiden:\n\nDe raad vergadert.\n", naam="b.txt")
    _, err = _run(["parse-act", str(act)], capsys, 1)
    assert "begint met zijn aanduiding «1.» (aanwijzing 6.9.3)" in err
    act = wet(tmp_path, "A\n\nAan artikel 81j wordt een lid toegevoegd, luidende:\n\nDe raad vergadert.\n", naam="c.txt")
    _, err = _run(["parse-act", str(act)], capsys, 1)
    assert "elk nieuw lid begint met zijn aanduiding (zijn nummer met een punt)" in err and "6.9.3" not in err
    # a subonderdeel's aanduiding is «2°.» (helper-221; the BWB markup of the Participatiewet writes <li.nr>2°.</li.nr>)
    act = wet(tmp_path, "A\n\nArtikel 81f, eerste lid, onderdeel a, onder 2°, komt te luiden:\n\nminister;\n", naam="d.txt")
    _, err = _run(["parse-act", str(act)], capsys, 1)
    assert "begint met zijn aanduiding «2°.» (aanwijzing 6.9.3)" in err


def test_withdrawing_a_law_except_an_artikel_is_refused_with_aanwijzing_6_23(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """«De Gemeentewet wordt ingetrokken, met uitzondering van artikel 1.» was refused with «na «…De» werd «aanduiding»
    verwacht» (helper-207). The toelichting bij aanwijzing 6.23: «Intrekking van een regeling met uitzondering van een of
    meer artikelen is niet mogelijk.»"""
    act = wet(tmp_path, "A\n\nDe Gemeentewet wordt ingetrokken, met uitzondering van artikel 1.\n")
    _, err = _run(["parse-act", str(act)], capsys, 1)
    assert "niet mogelijk (toelichting bij aanwijzing 6.23)" in err and "«aanduiding»" not in err


def test_a_letter_twice_is_refused_without_an_order_note_on_the_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two onderdelen A (Gemeentewet 19 and 36b, as on 2023-04-01): the second is refused; the first got «na onderdeel A
    wordt onderdeel B verwacht, niet A» too, a note (aanwijzing 6.15, tweede lid) about the other one (helper-207)."""
    act = wet(tmp_path, "A\n\nIn artikel 19, eerste lid, wordt «schriftelijk» vervangen door «elektronisch».\n\n"
              "A\n\nIn artikel 36b, eerste lid, wordt «minister» vervangen door «Minister».\n")
    out, err = _run(["parse-act", str(act)], capsys, 1)
    assert "onderdeel A komt twee keer voor in ARTIKEL I" in out + err
    assert "wordt onderdeel B verwacht" not in out + err


# --- instructions: a citation is replaced whole, with its «artikel» (aanwijzing 6.10) ----------------------------------


def test_a_replaced_citation_keeps_its_artikel(sources: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 222, eerste lid, and 229, tweede lid, 2023-04-01 → 2026-10-01 (Omgevingswet): the instruction replaced
    «6.17, eerste lid, van de Wet ruimtelijke ordening», a phrase that begins inside the citation «artikel 6.17»
    (helper-207). Aanwijzing 6.10: at least a whole lees- of begripseenheid; a number keeps the noun before it, also
    one with a point."""
    out, _ = _run(["instructions", "gemeentewet@2023-04-01", "gemeentewet@2026-10-01"], capsys)
    assert ("In artikel 222, eerste lid, tweede zin, wordt «artikel 6.17, eerste lid, van de Wet ruimtelijke ordening» "
            "vervangen door «artikel 13.18 van de Omgevingswet».") in out
    assert "wordt «artikel 10.31 van de Wet milieubeheer» vervangen door" in out
    assert not re.search(r"«\d+\.\d+[,\s]", out)  # no quoted phrase begins with a dotted number


# --- the model says what its sources say, and no more (helper-211) ------------------------------------------------------


def test_the_tranche_2_summary_says_its_contents_come_from_the_news(sources: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Kamerstuk 36 892 (a bill, stukken gedateerd 2026-02-03): `tranche show 2` said «een verplichte risicoanalyse
    bestuurlijke integriteit» as fact. The bill's text is not in the sources; what it would make obligatory is known from
    the news, as every other place of the model says."""
    out, _ = _run(["tranche", "show", "2"], capsys)
    assert "een verplichte risicoanalyse" not in out
    assert "Volgens de berichtgeving (de tekst van het wetsvoorstel staat niet in de bronnen) wil het wetsvoorstel" in out


def test_the_cdk_task_before_2022_is_said_to_exist_by_the_2020_news(sources: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Provinciewet 182, eerste lid, onder c, on 2021-06-01: «of zij op 2021-06-01 al gold, is in de bronnen niet vast te
    stellen» is true of its wording, but the government's news of 2020-06-05 calls the task «bestaande wettelijke taak»;
    the checklist now says so, and that the wording of then is not in the sources."""
    out, _ = _run(["checklist", "GM0344", "--date", "2021-06-01"], capsys)
    assert "zijn bestaande wettelijke taak om te adviseren en te bemiddelen" in out
    assert "Hoe artikel 182 de taak toen verwoordde, en sinds wanneer, staat niet in de bronnen." in out


def test_the_moment_of_the_zelfscan_is_our_reading(sources: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Aanbeveling zelfscan persoonlijke veiligheid (programma weerbaar bestuur, 2019-10-18), checklist of 2026-12-08:
    «Wanneer: bij de start van het ambt» is not in the programme's passage on the zelfscan (it is in the one on the
    norm and agressieprotocol)."""
    out, _ = _run(["checklist", "GM0344", "--date", "2026-12-08"], capsys)
    assert "bij de start van het ambt (onze lezing; het programma noemt bij deze aanbeveling geen moment)" in out


def test_secrecy_imposed_by_another_organ_is_grounded_where_the_law_says_it(
    sources: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Gemeentewet 25, 55 and 86 on 2023-03-31 (before hoofdstuk Va): geheimhouding-in-acht-nemen cited only the first
    leden, which cover secrecy the raad, college or commissie imposed itself; the duty to observe secrecy another organ
    imposed is in 25, vierde lid, 55, tweede en derde lid, and 86, tweede en derde lid (helper-210): «De geheimhouding
    wordt in acht genomen totdat het orgaan dat de verplichting heeft opgelegd, dan wel de raad haar opheft.»"""
    import json

    out, _ = _run(["checklist", "GM0344", "--date", "2023-03-31", "--format", "json"], capsys)
    regel = next(r for r in json.loads(out)["verplichtingen"] if r["id"] == "geheimhouding-in-acht-nemen")
    citaten = " ".join(g["citaat"] for g in regel["grondslag"])
    for lid in ("artikel 25, vierde lid", "artikel 55, tweede lid", "artikel 55, derde lid", "artikel 86, tweede lid",
                "artikel 86, derde lid"):
        assert lid in citaten, lid


def test_an_artikel_whose_every_lid_is_new_komt_te_luiden_whole(sources: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 124, Markdown mirror 2012-01-01 → 2012-10-01: both old leden were replaced whole and two leden added,
    written as four instructions, the additions first (helper-207). No word of the artikel stays: «Artikel 124 komt te
    luiden:» (aanwijzing 6.9.1, its text beginning with the aanduiding as 6.9.3 asks)."""
    out, _ = _run(["instructions", "gemeentewet-md@2012-01-01", "gemeentewet-md@2012-10-01"], capsys)
    assert "\nArtikel 124 komt te luiden:\n" in out
    assert "Artikel 124 wordt als volgt gewijzigd" not in out


# --- JCIs name the unit and the date the statement is about (helper-213) -----------------------------------------------


def test_refs_give_internal_targets_the_date_of_the_version_read(sources: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 23, vijfde lid, in the version of 2022-11-05 cites artikel 25, which exists then («bestaat») but not in
    today's Gemeentewet (hoofdstuk Va since 2023-04-01): the JCI had no date, which names today's version. The Markdown
    mirror's text is of its date, as `show` cites it. A container of a source that records none (regelrecht YAML: no
    Titel above hoofdstuk V) gets no JCI (helper-217: «hoofdstuk=V» without «titeldeel=II»)."""
    out, _ = _run(["refs", "gemeentewet@2022-11-05", "artikel 23"], capsys)
    assert "→ jci1.3:c:BWBR0005416&artikel=25&z=2022-11-05&g=2022-11-05 bestaat" in out
    out, _ = _run(["refs", "gemeentewet-md@2014-01-06", "artikel 23"], capsys)
    assert "→ jci1.3:c:BWBR0005416&artikel=25&z=2014-01-06&g=2014-01-06 bestaat" in out
    out, _ = _run(["refs", "gemeentewet@2026-10-01", "artikel 87"], capsys)
    assert "'hoofdstuk V'" in out and "→ hoofdstuk V (geen JCI: de bron legt de indeling van de wet niet vast)" in out


def test_refs_in_a_composed_text_give_no_jci_of_a_unit_the_law_lacks(
    sources: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A text composed by applying an act (here: artikel 36c inserted into the Gemeentewet of 2026-10-01, which has no
    36c; cf. the tranche-2 bill, Kamerstuk 36 892) was given «jci1.3:c:BWBR0005416&artikel=36c … bestaat», a JCI of an
    official artikel that does not exist."""
    act = wet(tmp_path, "A\n\nNa artikel 36b wordt een artikel ingevoegd, luidende:\n\nArtikel 36c\n\nDe raad doet een "
              "risicoanalyse.\n\nB\n\nAan artikel 170 wordt een lid toegevoegd, luidende:\n\n5. Zie artikel 36c.\n",
              "1 januari 2027")
    uit = tmp_path / "samengesteld.xml"
    _run(["apply", "gemeentewet@2026-10-01", str(act), "-o", str(uit)], capsys)
    out, _ = _run(["refs", str(uit), "artikel 170"], capsys)
    assert "artikel=36c" not in out and "→ artikel 36c (in deze tekst; geen JCI: geen officiële versie) bestaat" in out


def test_a_titel_is_titeldeel_in_a_jci(sources: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Participatiewet 78d, tweede lid (BWB toestand of 2024-01-01): «titel 10 van Boek 7 van het Burgerlijk Wetboek»,
    marked officially as «jci1.3:c:BWBR0005290&titeldeel=10». We wrote «titel=10», and refused the official key."""
    out, _ = _run(["refs", "participatiewet@2024-01-01", "artikel 78d"], capsys)
    assert "→ jci1.3:c:BWBR0005290&titeldeel=10 " in out
    out, _ = _run(["show", "gemeentewet@2023-04-01", "jci1.3:c:BWBR0005416&titeldeel=II&hoofdstuk=III&artikel=36a&lid=2"],
                  capsys)
    assert out.startswith("Gemeentewet (BWBR0005416), geldig vanaf 2023-04-01\nartikel 36a, tweede lid, Gemeentewet")


def test_a_checklist_after_today_has_no_zichtdatum_to_come(sources: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 36a, tweede lid, in a checklist for a peildatum after today: the JCI's g= is the peildatum, its z= (the
    date the text is seen) today at the latest (it was the peildatum, a day still to come)."""
    import json
    from datetime import timedelta

    from wetgeving.util import vandaag

    later = (vandaag() + timedelta(days=200)).isoformat()
    out, _ = _run(["checklist", "GM0363", "--date", later, "--format", "json"], capsys)
    jcis = [g["jci"] for r in json.loads(out)["verplichtingen"] for g in r["grondslag"] if "artikel=36a&lid=2" in g["jci"]]
    assert jcis and all(j.endswith(f"&z={vandaag().isoformat()}&g={later}") for j in jcis)


def test_a_reaction_on_an_act_in_force_is_not_titled_as_on_a_bill(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A reaction of 2026-12-08 on tranche 1 (Stb. 2022, 444, in force since 2023-01-01) without a «titel»: the Word
    document's title was «Reactie op het wetsvoorstel» above «was dit geen wetsvoorstel meer» (helper-214)."""
    import docx

    uit = tmp_path / "r.docx"
    from tests.legal._cli import consult

    consult(tmp_path, "consultatie:\n  wetsvoorstel: tranche-1\n  basis: gemeentewet@2022-11-05\n  organisatie: VNG\n"
            "  datum: 2026-12-08\nopmerkingen:\n"
            "  - bepaling: artikel 36a, tweede lid\n    opmerking: Een opmerking.\n", uit, capsys)
    d = docx.Document(str(uit))
    assert d.core_properties.title == "Reactie op de wet" and d.paragraphs[0].text == "Reactie op de wet"


def test_a_source_named_from_the_catalogue_is_never_overwritten(
    sources: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """«convert participatiewet <its own file> --force» replaced the BWB toestand of 2024-01-01 with our XML; every
    later command then refused the source as modified (helper-212, of the Kieswet). The file named is the catalogue's."""
    import hashlib
    import shutil

    eigen = tmp_path / "bwb-xml" / "BWBR0015703_2024-01-01_participatiewet.xml"
    eigen.parent.mkdir()
    shutil.copy(sources / "bwb-xml" / eigen.name, eigen)
    voor = hashlib.sha256(eigen.read_bytes()).hexdigest()
    monkeypatch.setenv("WETGEVING_SOURCES", str(tmp_path))
    _, err = _run(["convert", "participatiewet", str(eigen), "--force"], capsys, 2)
    assert "is de bron participatiewet-2024-01-01 uit corpus/bronnen.toml" in err
    assert hashlib.sha256(eigen.read_bytes()).hexdigest() == voor


def test_a_bijlage_title_with_a_reference_is_read_whole(sources: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Kieswet (BWB toestand of 2025-08-01), the table of kieskringen: its title «bedoeld in artikel E 1, eerste lid, van de
    Kieswet» holds a reference (<intref>); the heading was cut at it («Bijlage 8, bedoeld in») (helper-212)."""
    out, _ = _run(["show", "kieswet", "bijlage:8"], capsys)
    assert ", bedoeld in artikel E 1, eerste lid, van de Kieswet\n" in out


# --- checklist --since agrees with the two checklists it compares (helper-215) -------------------------------------------


def test_since_compares_no_text_of_a_lid_that_was_another_provision(sources: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 170, tweede lid, 2022-11-04 → 2022-11-05: in the 2015 mirror it is the burgerjaarverslag, on 2022-11-05
    the burgemeester's integrity duty (our model: absent on 2015-11-24). `--since` called the two a text change of that
    duty, beside its own «mogelijk geldend → geldend»."""
    out, _ = _run(["checklist", "GM0363", "--since", "2022-11-04", "--date", "2022-11-05"], capsys)
    assert "[integriteit-bevorderen-burgemeester]: de tekst van artikel 170, tweede lid" not in out
    assert "[integriteit-bevorderen-burgemeester]: mogelijk geldend (ingangsdatum onbekend) → geldend" in out


def test_since_announces_a_wording_beside_a_change_of_status(sources: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Provinciewet 182 (cdk-taak), 2022-11-04 → 2022-12-31: the status went from «mogelijk geldend» to «geldend» and Stb.
    2022, 444 (published 2022-11-10) announced the new tweede lid for 2023-01-01; `--since` said only the first."""
    out, _ = _run(["checklist", "GM0363", "--since", "2022-11-04", "--date", "2022-12-31"], capsys)
    assert "[cdk-taak]: mogelijk geldend (ingangsdatum onbekend) → geldend" in out
    assert "[cdk-taak]: wijzigt op 2023-01-01" in out


def test_the_first_day_of_the_sources_claims_no_text_before_it(sources: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet on 2011-02-23, the date of the oldest text in the sources (the Markdown mirror): the checklist said the
    duty's being in force was inferred «uit de teksten die de bronnen van vóór en na die datum wel hebben»."""
    out, _ = _run(["checklist", "GM0363", "--date", "2011-02-23"], capsys)
    assert "van vóór en na die datum" not in out
    assert "leiden wij af uit de teksten die zij wel hebben" in out


def test_refs_name_a_paragraaf_by_its_whole_path(sources: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Kieswet L 2, eerste lid (BWB toestand of 2025-08-01): «paragraaf 2 … paragraaf 3 van dit hoofdstuk» was given
    «jci1.3:c:BWBR0004627&paragraaf=2», one of seventeen paragrafen 2 of the law; the graph resolved it to hoofdstuk L's
    (helper-216), as the official markup names a paragraaf (afdeling, hoofdstuk, paragraaf)."""
    out, _ = _run(["refs", "kieswet", "artikel L 2"], capsys)
    assert "→ jci1.3:c:BWBR0004627&afdeling=II&hoofdstuk=L&paragraaf=2&z=2025-08-01&g=2025-08-01 bestaat" in out
    assert "&paragraaf=2&z" in out and "BWBR0004627&paragraaf=" not in out


# --- the model of the other changes of 2023-01-01 (helper-218) ---------------------------------------------------------


def test_the_2023_change_of_213_is_said_to_narrow_the_audit(sources: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 213, derde lid, onder b, and vierde lid, onder b, 2022-11-05 → 2023-01-01: the accountant's opinion on
    rechtmatigheid went from all baten, lasten and balansmutaties to those «met betrekking tot specifieke uitkeringen»;
    the model said the audit «richt zich voor specifieke uitkeringen op de rechtmatigheid», and called it a volgwijziging.
    Gemeentewet 169, vierde lid: «onder e, f, g en h» → «onder d, e, f en g» repaired a reference to an artikel 160 that
    already ran to g; the model said artikel 160 had been changed by another act at the time."""
    out, _ = _run(["tranche", "show", "overig-2023"], capsys)
    assert "Het oordeel in de accountantsverklaring over de rechtmatigheid (artikel 213, derde lid, onder b)" in out
    assert "dat die woorden ook de baten en lasten beperken, is onze lezing" in out  # helper-219
    assert "volgwijzigingen in de financiële bepalingen" not in out
    assert "Herstel van de verwijzing naar de onderdelen van artikel 160, eerste lid" in out
    assert "een andere wet wijzigde de onderdelen van artikel 160 en deze verwijzing volgde" not in out


def test_the_texts_of_an_onderdeel_with_more_targets_are_each_named(sources: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """overig-2023, rekenkamer (Gemeentewet 182 … 213a, derde lid, 2023-01-01): «3. Het college stelt de rekenkamer tijdig
    op de hoogte …» (213a, derde lid) followed artikel 185a's text without a word, and read as its derde lid."""
    out, _ = _run(["tranche", "show", "overig-2023"], capsys)
    assert "    artikel 213a, derde lid:\n    3. Het college stelt de rekenkamer" in out
