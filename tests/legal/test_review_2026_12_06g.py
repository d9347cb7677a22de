"""Legal review of 2026-12-06, fifth session; each test names its provision and date."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.legal._cli import run as _run

# --- obligations --actor on a date: the actors of the wording then (helper-87) ---------------------------------------


def test_actor_filter_on_a_date_uses_the_wording_of_that_date(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 87 on 2023-04-01 names «De raad, het college, de burgemeester en een commissie»; only the old artikel
    86, tweede lid (2023-01-01), named «de voorzitter van een commissie». `obligations --actor commissievoorzitter --date
    2023-04-01` listed geheimhouding-vermelding, whose wording on that date does not name the chairman; and `--actor raad
    --theme geheimhouding --date 2022-12-31` listed it though the old 25, 55 and 86 did not give the raad that duty."""
    out, _ = _run(["obligations", "--actor", "commissievoorzitter", "--date", "2023-04-01"], capsys)
    assert "geheimhouding-vermelding" not in out
    out, _ = _run(["obligations", "--actor", "commissievoorzitter", "--date", "2023-01-01"], capsys)
    assert "geheimhouding-vermelding — geldend op 2023-01-01" in out
    out, _ = _run(["obligations", "--actor", "raad", "--theme", "geheimhouding", "--date", "2022-12-31"], capsys)
    assert "geheimhouding-vermelding" not in out and "geheimhouding-bekrachtiging" in out
    out, _ = _run(["obligations", "--actor", "raad", "--theme", "geheimhouding", "--date", "2023-04-01"], capsys)
    assert "geheimhouding-vermelding — geldend op 2023-04-01" in out


# --- artikel 292: the old artikel 86 stays applicable (helper-87) -----------------------------------------------------


def test_the_transitional_duty_of_292_names_who_lifts_under_the_old_86(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 292 on 2023-04-01 keeps artikel 86 «zoals dat artikel luidde» applicable; that 86, tweede lid
    (2023-01-01), lets «de voorzitter van een commissie, het college en de burgemeester» impose it and that organ «dan
    wel de raad» lift it. The obligation named only commissie and raad, so `--actor college` did not find it."""
    out, _ = _run(["obligations", "--actor", "college", "--theme", "geheimhouding", "--date", "2023-04-01"], capsys)
    assert "geheimhouding-overgangsrecht-commissie — geldend op 2023-04-01" in out
    assert "commissie, raad, college van B&W, burgemeester, voorzitter van een commissie" in out
    out, _ = _run(["checklist", "GM0363", "--date", "2023-04-01", "--no-text"], capsys)
    assert "de voorzitter van een commissie, het college of de burgemeester die haar oplegde" in out
    assert "Voor stukken waarop vóór de inwerkingtreding van Artikel I op grond van artikel 86" in out


def test_show_of_the_lapsed_86_names_292(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet on 2023-04-01 and 2026-10-01: `show … "artikel 86"` said only that it disappeared and offered 84, 85,
    87 and 88, though artikel 292 of the same version keeps the earlier 86 applicable to stukken of before."""
    _, err = _run(["show", "gemeentewet@2023-04-01", "artikel 86"], capsys, 1)
    # 2026-12-07: «voor zover het zegt» (helper-188: 292 does not repair 155g for geheimhouding imposed later)
    assert ("maar artikel 292 van deze versie houdt de eerdere tekst van toepassing, voor zover het zegt: «Artikel 86 zoals "
            "dat artikel") in err
    assert "de eerdere tekst staat in gemeentewet@2023-01-01" in err
    _, err = _run(["show", "gemeentewet@2026-10-01", "artikel 86, tweede lid"], capsys, 1)
    assert "artikel 292 van deze versie" in err and "gemeentewet@2023-01-01" in err
    _, err = _run(["show", "gemeentewet@2023-04-01", "artikel 25"], capsys, 1)
    assert "292" not in err  # no transitional provision for the old 25 in the sources


def test_bekrachtiging_after_1_april_2023_is_not_stated_as_law(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 25, derde lid, lapsed on 2023-04-01 (Stb. 2022, 444); the sources hold no transitional provision for
    it (292 names only 86). The toelichting said bekrachtiging ended then for all geheimhouding, which for geheimhouding
    imposed just before 1 April 2023 is our reading, not the law's words."""
    out, _ = _run(["checklist", "GM0363", "--date", "2023-03-31", "--no-text"], capsys)
    assert "Een overgangsbepaling voor het oude artikel 25 staat niet in de bronnen" in out


def test_register_history_says_an_assessment_before_the_wording_was_preparation(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Gemeentewet 36a, tweede lid, from 2023-01-01: `register history` printed «vog-wethouder: voldoet … [tekst geldend
    vanaf 2023-01-01]» for an assessment about 2022-12-15, as if the duty had been complied with while in force."""
    reg = str(tmp_path / "r.sqlite")
    _run(["register", "record", "GM0363", "vog-wethouder", "--status", "voldoet", "--op", "2022-12-15", "--who", "griffier",
          "--register", reg, "--create"], capsys)
    _run(["register", "record", "GM0363", "vog-wethouder", "--status", "voldoet", "--op", "2023-02-01", "--who", "griffier",
          "--register", reg], capsys)
    out, _ = _run(["register", "history", "GM0363", "--register", reg], capsys)
    assert "vog-wethouder: voldoet (als voorbereiding: deze tekst gold op 2022-12-15 nog niet) — griffier" in out
    assert "vog-wethouder: voldoet — griffier" in out  # 2023-02-01: compliance


# --- the Provinciewet: a source of only some artikelen (helper-88) ----------------------------------------------------

PW_REACTIE = """---
titel: Reactie
wetsvoorstel: tranche-1
basis: provinciewet@2022-11-05
organisatie: Proefgemeente
datum: 2022-12-01
---

# Inleiding

Test.

## artikel 182, tweede lid

Beperk dit tot besloten vergaderingen.
"""


def test_apply_and_consult_do_not_call_an_artikel_outside_a_partial_source_absent(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Provinciewet 175, tweede lid, on 2022-11-05 and 2023-04-01: the sources hold only 182 of 2022-11-05 (and 175 and
    182 of 2023-04-01); `apply` and `consult` said «artikel 175, tweede lid bestaat niet in de Provinciewet», which the
    law has («De commissaris bevordert de bestuurlijke integriteit van de provincie.», 2023-04-01)."""
    act = tmp_path / "act.txt"
    act.write_text("ARTIKEL II\n\nDe Provinciewet wordt als volgt gewijzigd:\n\nA\n\nIn artikel 175, tweede lid, wordt "
                   "«bestuurlijke integriteit» vervangen door «integriteit».\n", encoding="utf-8")
    out, _ = _run(["apply", "provinciewet@2022-11-05", str(act)], capsys, 1)
    assert ("de bron bevat van de Provinciewet geldig vanaf 2022-11-05 alleen artikel 182; artikel 175, tweede lid, staat "
            "er niet in, en of het in die versie bestond, is daaruit niet te zien") in out
    assert "bestaat niet" not in out
    reactie = tmp_path / "r.md"
    reactie.write_text(PW_REACTIE + "\n## artikel 175, tweede lid\n\nGeen opmerking.\n", encoding="utf-8")
    _, err = _run(["consult", str(reactie), "-o", str(tmp_path / "r.out.md")], capsys, 1)
    assert "artikel 175, tweede lid, staat er niet in" in err and "bestaat niet" not in err


def test_consult_says_the_provinciewet_artikel_number_of_the_act_is_derived(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Stb. 2022, 444 on Provinciewet 182 (in force 2023-01-01, derived): the sources do not give the act's artikel that
    amends the Provinciewet; our model calls it II, «nummer afgeleid» (`tranche show 1`). The consultation heading said
    «Artikel II, ons modelonderdeel pw-182» as fact, and left out that the model holds only 182 of the Provinciewet."""
    reactie = tmp_path / "r.md"
    reactie.write_text(PW_REACTIE, encoding="utf-8")
    _run(["consult", str(reactie), "-o", str(tmp_path / "r.out.md")], capsys)
    doc = (tmp_path / "r.out.md").read_text(encoding="utf-8")
    assert ("## Artikel II (nummer door ons afgeleid), het onderdeel dat artikel 182 wijzigt (letter niet in de bronnen), "
            "van de wijzigingswet") in doc  # our model's name «pw-182» is no citation
    assert "**Let op:** onvolledig: van de Provinciewet bevat dit model alleen artikel 182" in doc


# --- references relative to the citing unit; impact of a lapsed artikel (helper-89) ---------------------------------


def test_relative_references_to_a_container_leden_or_volzin_are_read(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet on 2026-10-01: 81c, derde lid, «Deze paragraaf is op plaatsvervangende leden van overeenkomstige
    toepassing», 237, derde lid, «In afwijking in zoverre van de vorige leden», 220h, tweede lid, «de vorige volzin» and
    184, eerste lid, «de volgende leden» were dropped from `refs` without a word. The regelrecht YAML gives no
    paragrafen, so «deze paragraaf» cannot be checked there; the Kieswet's BWB XML of 2025-08-01 does (D 7: hoofdstuk D)."""
    out, _ = _run(["refs", "gemeentewet@2026-10-01", "artikel 81c"], capsys)
    assert "'Deze paragraaf'" in out and "de paragraaf waarin artikel 81c staat NIET TE CONTROLEREN" in out
    out, _ = _run(["refs", "gemeentewet@2026-10-01", "artikel 237"], capsys)
    assert "'de vorige leden'" in out
    assert "artikel=237&lid=1&z=2026-10-01&g=2026-10-01 bestaat (ook: artikel 237, tweede lid)" in out
    out, _ = _run(["refs", "gemeentewet@2026-10-01", "artikel 220h"], capsys)
    assert "'de vorige volzin'" in out and "artikel=220h&lid=2&z=2026-10-01&g=2026-10-01 bestaat" in out
    out, _ = _run(["refs", "gemeentewet@2026-10-01", "artikel 184"], capsys)
    assert "'de volgende leden'" in out
    assert "artikel=184&lid=2&z=2026-10-01&g=2026-10-01 bestaat (ook: artikel 184, derde lid" in out
    out, _ = _run(["refs", "kieswet", "artikel D 7"], capsys)
    assert "'dit hoofdstuk'" in out and "hoofdstuk=D&z=2025-08-01&g=2025-08-01 bestaat" in out
    out, _ = _run(["graph", "impact", "gemeentewet@2026-10-01", "artikel 237, eerste lid"], capsys)
    assert "artikel 237, derde lid: «de vorige leden»" in out


def test_impact_of_a_lapsed_artikel_says_it_lapsed_and_292_names_its_earlier_text(
        capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet on 2023-04-01: `graph impact … "artikel 25"` said «bestaat niet» with the nearest artikelen, as for a
    typing error, though 25 lapsed that day (Stb. 2022, 444) and nothing cites it any more; for 86 it called 292's «Artikel
    86 zoals dat artikel luidde …» an unresolved reference, though it names the earlier text on purpose."""
    out, err = _run(["graph", "impact", "gemeentewet@2023-04-01", "artikel 25"], capsys)
    assert "niets verwijst naar artikel 25" in out
    assert "Let op: artikel 25 bestaat niet in deze versie: de versie van 2023-01-01 heeft artikel 25 nog" in out
    out, err = _run(["graph", "impact", "gemeentewet@2023-04-01", "artikel 86"], capsys)
    assert "artikel 292: «Artikel 86» (de eerdere tekst: overgangsrecht)" in out
    assert "de verwijzingen hieronder zijn onopgelost (behalve die naar de eerdere tekst)." in out  # not only on stderr
    assert out.index("Let op: artikel 86 bestaat niet") < out.index("artikel 155g, zevende lid")  # (helper-102)
    _, err = _run(["graph", "impact", "gemeentewet@2023-04-01", "artikel 86a"], capsys, 1)
    assert "kies een bestaande eenheid" in err  # a unit that never was: as before


def test_graph_answers_cite_as_the_aanwijzingen_do(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet on 2023-04-01 and 2022-11-05: «Wat verwijst naar artikel 89, tweede lid in Gemeentewet» lacked the
    comma after the lid and the article; `graph dangling … --after 1` ended «na 1», which names no act."""
    out, _ = _run(["graph", "impact", "gemeentewet@2023-04-01", "artikel 89, tweede lid"], capsys)
    assert out.startswith("Wat verwijst naar artikel 89, tweede lid, in de Gemeentewet (BWBR0005416)")
    out, _ = _run(["graph", "dangling", "gemeentewet@2022-11-05", "--after", "1"], capsys)
    assert "in gemeentewet@2022-11-05 na tranche 1" in out


def test_the_kieswet_and_provinciewet_are_named_and_kept_apart(capsys: pytest.CaptureFixture[str]) -> None:
    """Kieswet (BWB 2025-08-01) and Provinciewet (2022-11-05, 2023-04-01, only some artikelen): `graph explain kieswet`
    gave 114 paths through Gemeentewet provisions; `sources list` did not say the Provinciewet files hold only some
    artikelen; `tranche diff 1 --law kieswet` said «de tekst van kieswet»."""
    out, _ = _run(["graph", "explain", "kieswet"], capsys)
    assert "BWBR0005416" not in out and "[artikel:P 19/lid:5]" in out
    out, _ = _run(["sources", "list"], capsys)
    assert "2022-11-05  (gedeeltelijk: alleen enkele artikelen)  " in out and "art182-2022-11-05.selected.yaml" in out
    _, err = _run(["tranche", "diff", "1", "--law", "kieswet"], capsys, 2)
    assert "de tekst van de Kieswet van vóór tranche 1 is offline niet beschikbaar" in err


TESTWET = """---
$id: testwet
regulatory_layer: WET
valid_from: '2026-10-01'
bwb_id: BWBR0099999
articles:
  - number: '1'
    text: |-
      1 In afwijking van de vorige leden geldt dit.

      2 Dit lid zegt iets anders.

      3 Voor de toepassing van de volgende leden geldt het vorige lid.
  - number: '2'
    text: |-
      Deze paragraaf is van toepassing.
"""


def test_leden_before_the_first_or_after_the_last_are_missing_not_the_artikel(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """An invented law (2026-10-01): «de vorige leden» in a first lid and «de volgende leden» in a last one name no lid;
    they were read as the whole artikel, «bestaat», and `graph dangling` said every reference resolves (helper-91)."""
    wet = tmp_path / "testwet.yaml"
    wet.write_text(TESTWET, encoding="utf-8")
    out, _ = _run(["refs", str(wet)], capsys)
    assert "'de vorige leden'" in out and "→ de leden vóór artikel 1, eerste lid ONTBREEKT" in out
    assert "'de volgende leden'" in out and "→ de leden na artikel 1, derde lid ONTBREEKT" in out
    assert "→ de paragraaf waarin artikel 2 staat NIET TE CONTROLEREN" in out
    out, _ = _run(["graph", "dangling", str(wet)], capsys)
    assert "2 onopgeloste verwijzingen" in out and "1 verwijzing naar een hoofdstuk" in out


def test_impact_of_a_lid_that_never_was_is_refused_as_before(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 86 had three leden (2023-01-01); `graph impact gemeentewet@2023-04-01 "artikel 86, zevende lid"` said
    «niets verwijst naar» with 292's earlier text, as if that lid had lapsed (helper-91)."""
    _, err = _run(["graph", "impact", "gemeentewet@2023-04-01", "artikel 86, zevende lid"], capsys, 1)
    assert "bestaat niet in de Gemeentewet geldig vanaf 2023-04-01" in err and "292" not in err
    _, err = _run(["show", "gemeentewet@2023-04-01", "artikel 86, zevende lid"], capsys, 1)
    assert "292" not in err


def test_apply_on_the_partial_provinciewet_never_says_bestaat_niet_of_what_it_lacks(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Provinciewet 2022-11-05 (only 182 in the source): «Na artikel 175 wordt een artikel ingevoegd» and «Artikel 175,
    tweede lid, vervalt» failed with «artikel 175 bestaat niet» (helper-91); 182, negende lid, which the source would
    hold, does not exist: said so, with its comma."""
    act = tmp_path / "act.txt"
    act.write_text("ARTIKEL II\n\nDe Provinciewet wordt als volgt gewijzigd:\n\nA\n\nNa artikel 175 wordt een artikel "
                   "ingevoegd, luidende:\n\nArtikel 175a\n\nDe commissaris doet iets.\n\nB\n\nArtikel 175, tweede lid, "
                   "vervalt.\n\nC\n\nArtikel 182, negende lid, vervalt.\n", encoding="utf-8")
    out, _ = _run(["apply", "provinciewet@2022-11-05", str(act), "--partial"], capsys, 1)
    assert "onderdeel A (regel 5): mislukt — de bron bevat van de Provinciewet geldig vanaf 2022-11-05 alleen artikel 182; " \
           "artikel 175 staat er niet in" in out
    assert "onderdeel B (regel 13): mislukt — de bron bevat" in out and "artikel 175, tweede lid, staat er niet in" in out
    assert "onderdeel C (regel 17): mislukt — artikel 182, negende lid, bestaat niet" in out


# --- a date before the law itself (helper-84) -------------------------------------------------------------------------


def test_no_gemeentewet_duty_before_the_gemeentewet(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 28 on 1990-05-01 and 1992-03-01: the checklist and `obligations` called every Gemeentewet duty
    «mogelijk geldend», «of zij op 1990-05-01 al gold, is in de bronnen niet vast te stellen», though the mirror's slot
    dates the law «de twaalfde maart 1992» (helper-93: the issue, after «Gegeven te Lech 14 februari 1992»); the
    Kieswet's intitule entered into force on 1989-11-01 (Stb. 1989, 423). From 1992-03-12 to the oldest text held,
    whether it was in force is not known: «mogelijk geldend» stays. An earlier gemeentewet (artikel 290) is not
    modelled: said so, not that nothing held."""
    out, _ = _run(["obligations", "--date", "1990-05-01"], capsys)
    assert "(Gemeentewet)" not in out and "(gemeentewet)" not in out and "melding-onverenigbare-functie — mogelijk geldend" in out
    assert ("de Gemeentewet die dit model volgt (uitgegeven op 1992-03-12, volgens de datum «de twaalfde maart 1992» in "
            "het slot van de tekst; wanneer zij in werking trad, staat niet in de bronnen) gold op 1990-05-01 nog niet: "
            "haar verplichtingen staan hier niet; wat eerdere wetgeving toen regelde, valt buiten dit model") in out
    out, _ = _run(["obligations", "--date", "1992-03-01"], capsys)
    assert "belangenverstrengeling-raad" not in out
    out, _ = _run(["obligations", "--date", "1988-05-01"], capsys)
    assert "de Kieswet die dit model volgt (in werking sinds 1989-11-01, volgens de BWB-tekst) gold op 1988-05-01" in out
    out, _ = _run(["checklist", "GM0363", "--date", "1990-05-01", "--no-text"], capsys)
    assert "belangenverstrengeling-raad" not in out and "melding-onverenigbare-functie" in out
    assert "- De Gemeentewet die dit model volgt (uitgegeven op 1992-03-12" in out
    out, _ = _run(["obligations", "--date", "1992-06-01"], capsys)
    assert "belangenverstrengeling-raad — mogelijk geldend (ingangsdatum onbekend) op 1992-06-01" in out


def test_the_corpus_check_reads_since_when_a_law_exists_in_its_source(tmp_path: Path) -> None:
    """`validate corpus` checks the words of <wet citaat> against the source named (the Gemeentewet's slot, the Kieswet's
    intitule) and the date `sinds` against those words."""
    from tests.katalogus import omgeving
    from wetgeving.bronnen.catalogus import corpus_dir
    from wetgeving.compliance import controle
    from wetgeving.compliance.verplichtingen import load

    text = (corpus_dir() / "verplichtingen.xml").read_text(encoding="utf-8")
    assert not [f for f in controle.check(omgeving(), load()) if f.startswith("wet ")]
    fout = text.replace('citaat="de twaalfde maart 1992"', 'citaat="de dertiende maart 1992"')
    (tmp_path / "verplichtingen.xml").write_text(fout, encoding="utf-8")
    found = [f for f in controle.check(omgeving(), load(tmp_path / "verplichtingen.xml")) if f.startswith("wet ")]
    assert len(found) == 1 and "de woorden «de dertiende maart 1992»" in found[0] and "gemeentewet-md-2011-02-23" in found[0]
    # the right words with another date (helper-93: `sinds` was not compared with them)
    for oud, nieuw in (('sinds="1992-03-12"', 'sinds="1851-06-29"'), ('sinds="1989-11-01"', 'sinds="2001-01-01"')):
        (tmp_path / "verplichtingen.xml").write_text(text.replace(oud, nieuw), encoding="utf-8")
        found = [f for f in controle.check(omgeving(), load(tmp_path / "verplichtingen.xml")) if f.startswith("wet ")]
        assert len(found) == 1 and "is niet de datum die" in found[0], found


def test_a_capital_dit_lid_is_the_citing_lid(capsys: pytest.CaptureFixture[str]) -> None:
    """Participatiewet 37, vierde lid (2024-01-01): «Dit lid vervalt op het moment dat …» was read as the whole artikel
    37; a lower-case «dit lid» was already the lid itself (helper-93)."""
    out, _ = _run(["refs", "participatiewet", "artikel 37"], capsys)
    # 2026-12-07: the first column cites where the reference stands («artikel 37, vierde lid»), not the address
    assert "artikel 37, vierde lid           relatief  'Dit lid'" in out
    assert "&artikel=37&lid=4&z=2024-01-01&g=2024-01-01 bestaat" in out


def test_changes_since_a_date_before_the_gemeentewet_say_why_its_duties_are_new(capsys: pytest.CaptureFixture[str]) -> None:
    """`checklist GM0363 --since 1990-01-01 --date 2023-06-01` listed Gemeentewet 28 and the rest as «Nieuw» without a
    word on why: the Gemeentewet of 1992 (issued 1992-03-12) did not hold in 1990, and the gemeentewet before it
    (artikel 290) is not modelled (helper-93)."""
    out, _ = _run(["checklist", "GM0363", "--since", "1990-01-01", "--date", "2023-06-01"], capsys)
    assert ("de Gemeentewet die dit model volgt (uitgegeven op 1992-03-12, volgens de datum «de twaalfde maart 1992» in "
            "het slot van de tekst; wanneer zij in werking trad, staat niet in de bronnen) gold op 1990-01-01 nog niet: "
            "haar verplichtingen staan daarom hieronder als nieuw") in out
