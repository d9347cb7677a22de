"""Legal review of 2026-12-06, second session: the tranches over time, the consultation comments; each test names
its provision and date."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from tests.legal._cli import run as _run

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"




# --- tranche 2 is a bill only from its submission ---------------------------------------------------------------

def test_tranche_2s_redline_on_a_date_before_the_bill_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    """Kamerstuk 36 892: the ministerraad agreed on 2026-01-23 to send it, its stukken are dated 2026-02-03. On
    2019-01-01 there was no bill; `tranche diff 2 --date 2019-01-01` showed the draft all the same, date ignored."""
    out, err = _run(["tranche", "diff", "2", "--law", "gemeentewet", "--date", "2019-01-01"], capsys, code=2)
    # helper-125: the dossier number as the Kamer prints it, «36 892»
    assert out == "" and "op 2019-01-01 was tranche 2 (Kamerstuk 36 892) nog geen wetsvoorstel bij de Tweede Kamer" in err
    assert "volgens de bronnen pas vanaf 2026-02-03 (stukken gedateerd 2026-02-03" in err


def test_tranche_2s_redline_on_a_date_says_it_is_a_bill_then_not_law(capsys: pytest.CaptureFixture[str]) -> None:
    """Kamerstuk 36 892 on 2026-12-06, on the Gemeentewet of 2026-10-01: the date is said, with what the sources can
    and cannot show (whether the bill is law by then)."""
    out, _ = _run(["tranche", "diff", "2", "--law", "gemeentewet", "--date", "2026-12-06"], capsys)
    assert ("Volgens de bronnen een wetsvoorstel (stukken gedateerd 2026-02-03), toen geen geldend recht; of het op "
            "2026-12-06 al wet of in werking is, tonen de bronnen niet.") in out.split("\n")[0]
    _, err = _run(["tranche", "diff", "2", "--law", "gemeentewet", "--date", "2026-06-01"], capsys, code=2)
    assert "--date 2026-06-01 ligt vóór de tekst van gemeentewet waarop het ontwerp van tranche 2 voortbouwt" in err


def test_a_reaction_on_tranche_2_dated_before_the_bill_is_told(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    """Kamerstuk 36 892 for a reaction dated 2019-06-01: tranche 1 (35 546, ingediend 2020-08-31) warned that the
    bill did not exist yet, tranche 2 did not, for its model had no submission date."""
    out = tmp_path / "r.md"
    _, err = _run(["consult", str(EXAMPLES / "reactie-tranche-2.yaml"), "--date", "2019-06-01", "-o", str(out)], capsys)
    assert ("let op: op 2019-06-01, de datum van deze reactie, was dit volgens de bronnen nog geen wetsvoorstel bij de "
            "Tweede Kamer: stukken gedateerd 2026-02-03 (de dag van indiening zelf staat niet in de bronnen)") in err
    _, err = _run(["consult", str(EXAMPLES / "reactie-tranche-2.yaml"), "--date", "2026-10-15", "-o", str(out),
                   "--force"], capsys)
    assert "nog geen wetsvoorstel" not in err


def test_validate_finds_a_tranche_and_its_procedure_disagreeing() -> None:
    """The submission of Kamerstuk 36 892 (2026-02-03) is in two corpus files, verplichtingen.xml (the checklist) and
    tranche-2.xml (diff, consult); `validate corpus/` now says when they differ."""
    from datetime import date

    from wetgeving.compliance.controle import _procedure_problems
    from wetgeving.compliance.verplichtingen import corpus

    c = corpus()
    assert _procedure_problems(c) == []
    fout = replace(c, procedures={**c.procedures, "tranche-2": replace(c.procedures["tranche-2"],
                                                                        ingediend=date(2026, 1, 23))})
    assert _procedure_problems(fout) == ["procedure tranche-2: ingediend is 2026-01-23 in verplichtingen.xml maar "
                                         "2026-02-03 in tranche-2.xml"]


# --- the version valid on a date ----------------------------------------------------------------------------------

def test_the_markdown_mirror_is_not_used_after_a_later_official_version(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 36a, tweede lid, on 2026-12-06 is the VOG (Stb. 2022, 444, since 2023-01-01). Named
    `gemeentewet-md@2026-12-06`, the Markdown mirror gave its text of 2015-11-24 (the ontheffing van het vereiste van
    ingezetenschap) as if still in force, «geen latere versie in de bronnen»; the official texts of 2022-11-05 to
    2026-10-01 are the same law (BWBR0005416) under the name gemeentewet."""
    out, err = _run(["show", "gemeentewet-md@2026-12-06", "artikel 36a, tweede lid"], capsys, code=2)
    assert out == "" and ("de laatste versie van de Gemeentewet onder deze naam is die van 2015-11-24; de bronnen hebben "
                          "een latere die geldt vanaf 2022-11-05, dus op 2026-12-06 gold die tekst niet meer") in err
    assert "gemeentewet@… (versies: 2022-11-05, 2023-01-01, 2023-04-01, 2026-10-01)" in err
    _, err = _run(["show", "gemeentewet-md@2020-01-01", "artikel 36a, tweede lid"], capsys)
    assert "of die op 2020-01-01 nog gold, tonen ze niet (de volgende versie in de bronnen geldt vanaf 2022-11-05)" in err


def test_a_duty_that_is_only_a_bill_on_the_date_is_counted_as_a_bill(capsys: pytest.CaptureFixture[str]) -> None:
    """On 2020-08-31 Kamerstuk 35 546 was a bill (ingediend that day): the VOG of Gemeentewet 36a, tweede lid, and the
    geheimhouding duties each read «wetsvoorstel op 2020-08-31», yet the total counted them among «39 wettelijke
    verplichtingen». On 2026-12-06 they are law and counted so."""
    out, _ = _run(["obligations", "--date", "2020-08-31"], capsys)
    assert "vog-wethouder — wetsvoorstel op 2020-08-31" in out
    totaal = next(r for r in out.splitlines() if r.endswith("op 2020-08-31"))
    # 36 since Kieswet X 1, tweede lid (in force since 1989-11-01), was modelled (test_review_2026_12_06j)
    # 37 since the benoemdverklaring of a successor (Kieswet W 1, eerste lid) is a duty (test_review_2026_12_07)
    # 42 since Gemeentewet 66 and 44, vierde en vijfde lid (vergoedingen voor nevenfuncties uit hoofde van het ambt), are
    # duties (test_review_2026_12_07f)
    # 2026-12-07 (seventh session): a bill's subjects are counted as such, with the bills (helper-170: «4 wetsvoorstellen»
    # were four subjects of one bill, Kamerstuk 35 546)
    assert "39 wettelijke verplichtingen" in totaal and "4 onderwerpen uit 1 wetsvoorstel" in totaal
    out, _ = _run(["obligations", "--date", "2026-12-06"], capsys)
    assert "42 wettelijke verplichtingen (geldend: 42)" in out and "2 onderwerpen uit 1 wetsvoorstel" in out


def test_a_checklist_without_a_date_is_for_today_in_the_netherlands(monkeypatch: pytest.MonkeyPatch,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """At 2022-12-31 23:30 UTC it is 2023-01-01 00:30 in Amsterdam: artikel 28 Gemeentewet in its new wording (Stb.
    2022, 444) is in force. The checklist without --date used the machine's date, 2022-12-31 on a server in UTC,
    and answered with the old regime."""
    from datetime import UTC, datetime

    import wetgeving.util

    class Klok(datetime):
        @classmethod
        def now(cls, tz: object = None) -> Klok:  # type: ignore[override]
            moment = datetime(2022, 12, 31, 23, 30, tzinfo=UTC)
            return moment.astimezone(tz) if tz is not None else moment  # type: ignore[arg-type,return-value]

    monkeypatch.setattr(wetgeving.util, "datetime", Klok)
    assert str(wetgeving.util.vandaag()) == "2023-01-01"
    out, _ = _run(["checklist", "GM0363"], capsys)
    assert "\nPeildatum: 2023-01-01." in out and "2022-12-31" not in out


# --- consultation comments ------------------------------------------------------------------------------------------

def _reactie(tmp_path: Path, old: str, new: str, naam: str = "r.yaml") -> Path:
    text = (EXAMPLES / "reactie-tranche-2.yaml").read_text(encoding="utf-8")
    assert old in text
    f = tmp_path / naam
    f.write_text(text.replace(old, new), encoding="utf-8")
    return f


def test_a_comment_citing_another_law_is_not_placed_in_the_gemeentewet(tmp_path: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    """Kamerstuk 36 892 changes the Gemeentewet, the Provinciewet, the Waterschapswet and the WolBES; the draft models
    the Gemeentewet of 2026-10-01 only. «artikel 170, tweede lid, Provinciewet» was placed at Gemeentewet 170, tweede
    lid (the zorgplicht of the burgemeester), without a word."""
    f = _reactie(tmp_path, "bepaling: artikel 170, tweede lid", "bepaling: artikel 170, tweede lid, Provinciewet")
    out = tmp_path / "r.txt"
    _, err = _run(["consult", str(f), "-o", str(out)], capsys, code=1)
    assert ("de verwijzing 'artikel 170, tweede lid, Provinciewet' noemt de Provinciewet, maar hier wordt de Gemeentewet "
            "gelezen") in err and f"{f}:33:" in err and not out.exists()
    f = _reactie(tmp_path, "bepaling: artikel 170, tweede lid", "bepaling: artikel 170, tweede lid, van de Gemeentewet")
    _run(["consult", str(f), "-o", str(out)], capsys)


@pytest.mark.parametrize(("old", "new", "needle"), [
    ("\nopmerkingen:", "\nopmerking:", ":19: onbekende sleutel 'opmerking' in het reactiebestand"),
    ("    over: de burgemeester en de raad", "    toelichting: x", ":29: onbekende sleutel 'toelichting' in een opmerking"),
    ("  datum: 2026-10-15", "  datum: 2026-10-15\n  datum: 2026-10-16", ":12: 'datum' staat twee keer in 'consultatie'"),
    ("    opmerking: De aanvulling van de zorgplicht is helder; wij hebben hierover geen opmerkingen.",
     "    opmerking: ''", ":34: 'opmerking' is leeg"),
    ('  kamerstuk: "36892"', '  kamerstuk: "35546"',
     # helper-125: the dossier number as the Kamer prints it, «36 892»
     ":8: 'kamerstuk' is 35546, maar het gekozen wetsvoorstel is Kamerstuk 36 892"),
    ("  openbaar: ja", "  openbaar: ja\n  vragen:\n    - Wat vindt u van de risicoanalyse?\n"
                       "opmerkingen_extra: x", ":15: onbekende sleutel 'opmerkingen_extra'"),
])
def test_text_of_a_reaction_is_never_dropped_without_a_word(old: str, new: str, needle: str, tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    """A reaction on Kamerstuk 36 892 (dated 2026-10-15, on the Gemeentewet of 2026-10-01): a misspelt key, a key
    given twice, an empty comment or another Kamerstuk number gave a document without the text or with a wrong
    heading, exit 0 (helper-56)."""
    f = _reactie(tmp_path, old, new)
    out = tmp_path / "r.docx"
    _, err = _run(["consult", str(f), "-o", str(out)], capsys, code=1)
    assert f"{f}{needle}" in err and not out.exists()


def test_a_comment_under_a_question_not_asked_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The internetconsultatie text answers each question of the consultation (reference/internetconsultatie-format.md);
    a comment whose «vraag» differed by a hyphen from the question vanished from it."""
    f = _reactie(tmp_path, "    opmerking: De aanvulling", "    vraag: Wat vindt u van de risico-analyse?\n    opmerking: De "
                 "aanvulling")
    f.write_text(f.read_text(encoding="utf-8").replace(
        "  datum: 2026-10-15", "  datum: 2026-10-15\n  vragen:\n    - Wat vindt u van de risicoanalyse?"), encoding="utf-8")
    _, err = _run(["consult", str(f), "-o", str(tmp_path / "r.txt")], capsys, code=1)
    assert "de vraag «Wat vindt u van de risico-analyse?» staat niet onder 'vragen' bij 'consultatie'" in err
    assert "bedoelt u «Wat vindt u van de risicoanalyse?»?" in err


@pytest.mark.parametrize(("insert_after", "text", "needle"), [
    ("datum: 2020-01-20\n---\n", "Vooraf nog dit.\n", "tekst vóór de eerste kop"),
    ("# Algemene opmerkingen\n", "\nWij hebben twee punten.\n", "tekst vóór het eerste opsommingsteken"),
    ("", "\n# Slotopmerking\n\nDank voor de gelegenheid.\n", "tekst onder de onbekende kop '# Slotopmerking'"),
    ("Drie maanden is kort", "### Subkop\n\nDrie maanden is kort", "een kop van niveau 3 of dieper wordt niet gelezen"),
])
def test_markdown_text_outside_the_known_sections_is_refused(insert_after: str, text: str, needle: str, tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    """A Markdown reaction on Stb. 2022, 444 as a bill (2020-01-20): text before the first heading, in an unknown
    section or before the first «- » of the general comments was dropped; a «###» heading became comment text."""
    src = (EXAMPLES / "reactie-tranche-1.md").read_text(encoding="utf-8")
    assert insert_after in src
    f = tmp_path / "r.md"
    if not insert_after:  # at the end
        f.write_text(src.rstrip("\n") + "\n" + text, encoding="utf-8")
    elif insert_after.startswith("Drie"):  # in its place
        f.write_text(src.replace(insert_after, text, 1), encoding="utf-8")
    else:
        f.write_text(src.replace(insert_after, insert_after + text, 1), encoding="utf-8")
    _, err = _run(["consult", str(f), "-o", str(tmp_path / "r.txt")], capsys, code=1)
    assert needle in err


def test_the_document_says_what_a_bill_would_do_not_what_it_did(tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    """Artikel 36c Gemeentewet exists only in the illustrative draft for Kamerstuk 36 892 (a bill on 2026-10-15): it is
    «in te voegen», not «ingevoegd»; the Gemeentewet of 2026-10-01 is the regeling the bill would change, not «de
    gewijzigde regeling». Without 'kamerstuk' the heading names the bill's, not «tranche-2»."""
    import docx

    f = _reactie(tmp_path, '  kamerstuk: "36892"\n', "")
    out = tmp_path / "r.docx"
    _run(["consult", str(f), "-o", str(out)], capsys)
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    cells = "\n".join(c.text for t in docx.Document(str(out)).tables for r in t.rows for c in r.cells)
    alles = text + "\n" + cells
    assert "artikel 36c, eerste lid, Gemeentewet (in te voegen)" in alles and "(ingevoegd)" not in alles
    assert "Te wijzigen regeling" in alles and "Gewijzigde regeling" not in alles
    assert "Kamerstuk 36 892" in alles and "tranche-2" not in alles


# --- the tranche models -----------------------------------------------------------------------------------------------

def test_tranche_2_says_which_laws_its_draft_leaves_out(capsys: pytest.CaptureFixture[str]) -> None:
    """Kamerstuk 36 892 («Wijziging van de Gemeentewet, de Provinciewet, de Waterschapswet en de Wet openbare lichamen
    Bonaire, Sint Eustatius en Saba»): `tranche diff 2 --law provinciewet` said only «geen ontwerp», as if the bill left
    the Provinciewet alone."""
    _, err = _run(["tranche", "diff", "2", "--law", "provinciewet"], capsys, code=2)
    assert "ons model van tranche 2 bevat de voorgestelde wijzigingen van de Provinciewet niet" in err
    assert "gedeputeerden" in err


def test_the_timeline_and_list_say_what_is_our_own_inference(capsys: pytest.CaptureFixture[str]) -> None:
    """Stb. 2022, 444, in force 2023-01-01: that Kieswet P 19, W 4, X 9 and Gemeentewet 68, eerste lid, onder l, were
    changed by this act is inferred (toeschrijving afgeleid), as `tranche show` says; the timeline did not. The count
    of onderdelen held our own units (Provinciewet 182, Kieswet P 19, W 4, X 9) as if they were the act's."""
    out, _ = _run(["tranche", "timeline"], capsys)
    assert "kieswet artikel W 4 — Zetelherverdeling bij lijstuitputting (onderdeel, letter niet in de bronnen) " \
           "(toeschrijving afgeleid)" in out
    out, _ = _run(["tranche", "list"], capsys)
    # since the sixth session of 2026-12-07 the letters derived are counted apart (helper-164)
    assert ("24 onderdelen in ons model: 2 met de letter uit de bronnen, 18 met een door ons afgeleide letter, 4 waarvan "
            "de letter niet in de bronnen staat") in out


def test_the_summary_of_gemeentewet_19_follows_its_text() -> None:
    """Gemeentewet 19, tweede lid, from 2023-04-01 (Stb. 2022, 444, onderdeel B): the agenda and proposals are laid
    open for inspection «met uitzondering van de informatie waarop een verplichting tot geheimhouding rust»; our
    summary said that information «blijft buiten beschouwing», which is not what the lid says."""
    from wetgeving.tranches.lezen import tranche

    o = next(o for _, o in tranche("1").onderdelen() if o.id == "gw-19")
    assert "ter inzage gelegd met uitzondering van de informatie waarop een verplichting tot geheimhouding rust" in \
        o.samenvatting


def test_a_unit_asked_before_the_first_version_is_not_said_not_to_exist(capsys: pytest.CaptureFixture[str]) -> None:
    """Provinciewet artikel 1 on 2022-11-04: the sources hold the Provinciewet from 2022-11-05, and then only artikel
    182 (partial). «artikel 1 bestaat niet in de Provinciewet geldig vanaf 2022-11-05» was said of a law that has it;
    the answer is that the sources have no version of that date."""
    _, err = _run(["show", "provinciewet@2022-11-04", "artikel 1"], capsys, code=2)
    assert "de bronnen hebben geen versie van de Provinciewet die op 2022-11-04 gold" in err and "bestaat niet" not in err
    _, err = _run(["show", "gemeentewet@2010-01-01", "artikel 9999"], capsys, code=2)
    assert "de bronnen hebben geen versie van de Gemeentewet die op 2010-01-01 gold" in err


def test_cited_by_says_when_the_citing_text_changed_after_its_version(sources: Path, tmp_path: Path) -> None:
    """Provinciewet 182 on 2023-01-01: tranche 1 (Stb. 2022, 444; our onderdeel pw-182, date derived) inserted a new
    tweede lid and renumbered the rest. The index holds 182 of 2022-11-05 and 2023-04-01 only; `cited-by "artikel 182
    Provinciewet" --date 2023-01-01` quoted the leden of 2022-11-05 («182, vierde lid: het derde lid») without a word,
    where `show` refuses that text for that date."""
    from datetime import date

    from tests.katalogus import omgeving
    from wetgeving.app import index as app
    from wetgeving.render.index import cited_by_json, cited_by_text

    cat = omgeving()
    db = tmp_path / "index.sqlite"
    app.build(cat, sources / "provinciewet", db, jobs=1)
    doel, found = app.cited_by(cat, db, "artikel 182 Provinciewet", date(2023, 1, 1))
    assert found and all("tranche 1 (Stb. 2022, 444) wijzigde artikel 182 per 2023-01-01 (datum afgeleid)" in c.let_op
                         for c in found)
    text = cited_by_text(doel, found, date(2023, 1, 1))
    assert "de tekst hierboven is die van de versie van 2022-11-05, van vóór die wijziging" in text
    assert '"let_op": "tranche 1 (Stb. 2022, 444)' in cited_by_json(doel, found, date(2023, 1, 1))
    _, found = app.cited_by(cat, db, "artikel 182 Provinciewet", date(2022, 12, 31))
    assert found and not any(c.let_op for c in found)


def test_dangling_all_says_which_laws_it_could_search_on_the_date(sources: Path, tmp_path: Path) -> None:
    """The index of the Gemeentewet (2022-11-05 … 2026-10-01) and the Kieswet (2025-08-01): on 2010-01-01 neither has a
    version, and `dangling --all --date 2010-01-01` said «geen verwijzingen naar ontbrekende eenheden»; on 2022-11-05
    the Kieswet was skipped without a word."""
    from datetime import date

    from tests.katalogus import omgeving
    from wetgeving.app import index as app
    from wetgeving.render.index import dangling_text

    cat = omgeving()
    folder = tmp_path / "bron"
    folder.mkdir()
    for f in [*(sources / "gemeentewet" / "regelrecht").iterdir(), sources / "bwb-xml" / "BWBR0004627_2025-08-01_kieswet.xml"]:
        (folder / f.name).write_bytes(f.read_bytes())
    db = tmp_path / "index.sqlite"
    app.build(cat, folder, db, jobs=1)
    from wetgeving.errors import UsageError

    with pytest.raises(UsageError, match="de index heeft van geen enkele wet een versie die op 2010-01-01 gold"):
        app.dangling(cat, db, date(2010, 1, 1))  # refused, exit 2, since helper-77 (it was exit 0)
    text = dangling_text(app.dangling(cat, db, date(2022, 11, 5)), date(2022, 11, 5))
    assert "doorzocht: de Gemeentewet (versie geldig vanaf 2022-11-05)\n" in text
    assert text.endswith("niet doorzocht, want de index heeft er geen versie van die op 2022-11-05 gold: de Kieswet\n")


def test_what_changed_since_a_date_says_what_versions_it_rests_on(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeente Amsterdam, 2024-01-01 → 2026-12-06: the sources hold no Gemeentewet between 2023-04-01 and 2026-10-01;
    `checklist --since` listed only the two bills (Kamerstuk 36 892) without a word on what it could not compare. From
    2023-01-01 to 2023-04-01 both Gemeentewet versions are held, and no gap is claimed for it."""
    out, _ = _run(["checklist", "GM0363", "--since", "2024-01-01", "--date", "2026-12-06"], capsys)
    # 2026-12-07: a first version from before the period is called the last one before it
    assert ("van de Gemeentewet hebben de bronnen voor deze periode de versies van 2023-04-01 (de laatste in de bronnen "
            "vóór 2024-01-01) en 2026-10-01; een "
            "wijziging ertussen of erna die ons model niet kent, is niet uitgesloten") in out
    out, _ = _run(["checklist", "GM0363", "--since", "2023-01-01", "--date", "2023-04-01"], capsys)
    assert "van de Gemeentewet hebben de bronnen voor deze periode de versies van 2023-01-01 en 2023-04-01; van de " \
           "Kieswet hebben de bronnen geen versie uit deze periode" in out


def test_show_says_on_stdout_which_date_was_asked(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 36a: asked for 2026-12-06, the text is the version of 2026-10-01 (the newest held); asked without a
    date, the newest version in the sources, not «today's». The date asked for was only on stderr, and without a date
    nothing said which version was taken (helper-52, helper-58)."""
    out, _ = _run(["show", "gemeentewet@2026-12-06", "artikel 36a"], capsys)
    assert out.startswith("Gemeentewet (BWBR0005416), geldig vanaf 2026-10-01; gevraagd: de tekst op 2026-12-06\n")
    out, _ = _run(["show", "gemeentewet", "artikel 36a"], capsys)
    assert out.startswith("Gemeentewet (BWBR0005416), geldig vanaf 2026-10-01; zonder datum gevraagd: de nieuwste "
                          "versie in de bronnen; een latere wijziging is niet uitgesloten\n")  # 2026-12-07 (helper-173)
    out, _ = _run(["show", "gemeentewet@2026-10-01", "artikel 36a"], capsys)
    assert out.startswith("Gemeentewet (BWBR0005416), geldig vanaf 2026-10-01\n")


def test_refs_impact_and_dangling_name_the_version_and_the_date_asked(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 25 on 2022-12-31 is read from the version of 2022-11-05 (valid through 2022-12-31); `refs`, `graph
    impact` and `graph dangling` printed their rows without naming the version or the date asked, and the JSON of
    `refs` carried neither (helper-58)."""
    import json

    out, _ = _run(["refs", "gemeentewet@2022-12-31", "artikel 25"], capsys)
    assert out.startswith("Verwijzingen in Gemeentewet (BWBR0005416), geldig vanaf 2022-11-05; gevraagd: de tekst op "
                          "2022-12-31\n")
    out, _ = _run(["refs", "gemeentewet@2022-12-31", "artikel 25", "--format", "json"], capsys)
    versie = json.loads(out)["versie"]
    assert (versie["geldig_vanaf"], versie["gevraagd"], versie["bwb_id"]) == ("2022-11-05", "2022-12-31", "BWBR0005416")
    out, _ = _run(["graph", "impact", "gemeentewet@2022-12-31", "artikel 25"], capsys)
    assert out.startswith("Wat verwijst naar artikel 25 in de Gemeentewet (BWBR0005416), geldig vanaf 2022-11-05; gevraagd: "
                          "de tekst op 2022-12-31\n")
    out, _ = _run(["graph", "dangling", "gemeentewet"], capsys)
    assert out.startswith("Onopgeloste verwijzingen in Gemeentewet (BWBR0005416), geldig vanaf 2026-10-01; zonder datum "
                          "gevraagd: de nieuwste versie in de bronnen; een latere wijziging is niet uitgesloten\n")  # 2026-12-07


# --- instructions between sources of different kinds ------------------------------------------------------------------

def test_instructions_from_the_mirror_strike_out_no_titel_and_round_trip(tmp_path: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 2015-11-24 (Markdown mirror, with its Titels) → 2022-11-05 (regelrecht YAML, no Titels): the act said
    «Titel I vervalt.» … «Titel VII vervalt.», which strikes out artikelen 1–5 and more that stay, and left out 64 changed
    artikelen (helper-60). Now the instructions are about artikelen only, say so, and apply back to 2022-11-05."""
    act = tmp_path / "i.txt"
    _, err = _run(["instructions", "gemeentewet-md@2015-11-24", "gemeentewet@2022-11-05", "-o", str(act)], capsys)
    assert "de instructies gaan alleen over artikelen, en wat er aan de indeling veranderde, is niet te zien" in err
    text = act.read_text(encoding="utf-8")
    assert "Titel I vervalt" not in text and "Bijlage I vervalt" not in text
    out = tmp_path / "r.xml"
    _run(["apply", "gemeentewet-md@2015-11-24", str(act), "--date", "2022-11-05", "-o", str(out)], capsys)
    diff, _ = _run(["diff", str(out), "gemeentewet@2022-11-05"], capsys)
    assert "0 artikelen verschillen" in diff


@pytest.mark.parametrize(("woord", "nr"), [("VI", "VI"), ("II", "II"), ("III", "III"), ("IV", "IV"), ("VII", "VII"),
                                          ("XC", "XC"), ("VA", "Va"), ("IVA", "IVa"), ("IIIC", "IIIc"), ("Va", "Va")])
def test_a_roman_numeral_in_capitals_is_read_whole(woord: str, nr: str) -> None:
    """Gemeentewet 2015-11-24 (Markdown mirror) has «Titel VI»; «Titel VI vervalt.» was read as titel Vi, which apply
    could not find. A capital after a numeral is a letter only where the whole is no numeral («Hoofdstuk VA» is Va,
    Aanwijzing 6.16.1)."""
    from wetgeving.wijziging.doelen import structuur_nr
    from wetgeving.wijziging.grammatica import Cursor
    from wetgeving.wijziging.tokens import tokenize

    assert structuur_nr(Cursor(tokenize(woord), "")) == nr


# --- the register -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("rij", "needle"), [
    ("GM0363,risicoanalyse-wethouder,voldoet,,,,Griffie,2026-12-01T10:00:00+00:00,2026-03-01,,",
     "‘voldoet’ past niet bij «Risicoanalyse integriteit vóór de benoeming van een wethouder» "
     "(risicoanalyse-wethouder): de stand op 2026-03-01 is ‘wetsvoorstel’"),
    ("GM0363,geheimhouding-bekrachtiging,voldoet,,,,Griffie,2023-06-01T10:00:00+00:00,2023-06-01,,",
     "bestaat op 2023-06-01 niet meer: zij gold tot 2023-04-01; er valt niets te beoordelen"),
    ("GM0363,vog-wethouder,voldoet,,,,Griffie,2099-12-01T10:00:00+00:00,2099-02-02,,",
     "vastgelegd op 2099-12-01, een dag die nog niet gekomen is"),
])
def test_an_import_is_checked_as_a_recorded_assessment_is(rij: str, needle: str, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    """Kamerstuk 36 892 (risicoanalyse, a bill on 2026-03-01) cannot be complied with; the bekrachtiging of
    geheimhouding (Gemeentewet 25, derde lid, old) ended on 2023-04-01; an assessment cannot be recorded in 2099.
    `register record` refused each; `register import` took them in (helper-59)."""
    from wetgeving.compliance.register import FIELDS

    csv = tmp_path / "in.csv"
    csv.write_text(",".join(FIELDS) + "\n" + rij + "\n", encoding="utf-8")
    reg = tmp_path / "r.sqlite"
    _, err = _run(["register", "import", str(csv), "--register", str(reg), "--create"], capsys, code=1)
    assert f"{csv}:2: geen geldige beoordeling: " in err and needle in err and not reg.exists()


@pytest.mark.parametrize("uit", ["s.docx", "s.csv", "s.pdf"])  # JSON and HTML it writes as such (2026-12-07)
def test_what_changed_is_never_written_as_text_into_another_format(uit: str, tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """Amsterdam, 2023-03-31 → 2023-04-01 (the geheimhouding of Stb. 2022, 444): `checklist --since … -o s.docx` wrote
    the plain text of the changes into a file Word cannot open, and said «geschreven» (helper-59)."""
    out = tmp_path / uit
    _, err = _run(["checklist", "GM0363", "--since", "2023-03-31", "--date", "2023-04-01", "-o", str(out)], capsys,
                  code=2)
    assert "--since schrijft de veranderingen als Markdown, HTML of JSON" in err and not out.exists()


def test_lifting_geheimhouding_is_a_power_and_all_who_know_keep_it(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 89, derde en vierde lid (from 2023-04-01): a verplichting tot geheimhouding «duurt voort totdat het
    orgaan dat de verplichting heeft opgelegd haar opheft» and «kan … worden opgeheven»: nobody must lift it; it was
    listed as a wettelijke verplichting. The tweede lid binds «allen die van de informatie kennis dragen», the griffier
    and the gemeentesecretaris too (helper-59)."""
    out, _ = _run(["obligations", "--theme", "geheimhouding", "--date", "2023-04-15"], capsys)
    opheffing = next(x for x in out.splitlines() if x.startswith("- geheimhouding-opheffing — "))
    assert "(bevoegdheid of voorwaarde, geen plicht)" in opheffing
    in_acht = next(x for x in out.splitlines() if x.startswith("- geheimhouding-in-acht-nemen — "))
    assert "griffier" in in_acht and "gemeentesecretaris" in in_acht
    out, _ = _run(["obligations", "--theme", "geheimhouding", "--date", "2019-06-01"], capsys)
    assert "belang uit de Wet open overheid" not in out


def test_a_provision_newly_cited_is_not_called_a_new_artikel(capsys: pytest.CaptureFixture[str]) -> None:
    """Kieswet W 1, eerste lid, and E 19, tweede lid, were amended on 2023-01-01 (Stb. 2022, 292), not inserted; the
    changes 2022-12-31 → 2023-04-01 called them «(nieuw artikel)» because the obligation now cites them (helper-59)."""
    out, _ = _run(["checklist", "GM0363", "--since", "2022-12-31", "--date", "2023-04-01"], capsys)
    assert "artikel W 1, eerste lid, Kieswet (nu als grondslag genoemd)" in out and "(nieuw artikel)" not in out


def test_obligations_for_an_actor_say_who_bears_and_who_carries_out(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 36a, tweede lid, on 2026-12-06 binds the wethouder and the raad; the griffier carries it out.
    `obligations --actor griffier` listed it under «— wethouder, raad —» only, as if the griffier bore 27 duties
    (helper-59); the help said «Only duties of this actor»."""
    out, _ = _run(["obligations", "--actor", "griffier", "--date", "2026-12-06"], capsys)
    # 2026-12-07: 36a, tweede lid, addresses «de beoogde wethouder»; the raad carries it out (test_review_2026_12_07h)
    assert "vog-wethouder — geldend op 2026-12-06 — wethouder; uitvoering: raad, griffier — " in out


def test_the_register_history_is_in_dutch_time_and_words(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An assessment of Gemeentewet 36a, tweede lid (the VOG, in force since 2023-01-01), on 2023-04-15: the history
    showed the UTC timestamp and the internal key «[tekst vanaf-2023-01-01]» (helper-59)."""
    reg = tmp_path / "r.sqlite"
    _run(["register", "record", "GM0363", "vog-wethouder", "--status", "voldoet", "--who", "Griffie", "--op",
          "2023-04-15", "--register", str(reg), "--create"], capsys)
    out, _ = _run(["register", "history", "--register", str(reg)], capsys)
    assert "[tekst geldend vanaf 2023-01-01]" in out and "+00:00" not in out and " om " in out


@pytest.mark.parametrize("fmt", ["html", "json", "docx"])
def test_a_comparison_with_the_mirror_never_calls_its_date_geldig_vanaf(fmt: str, tmp_path: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    """The Markdown mirror's 2015-11-24 is the date its text of the Gemeentewet was current, not an official date of
    entry into force (PROVENANCE.md); the HTML, DOCX and JSON of the diff against 2022-11-05 said «Oud: geldig vanaf
    2015-11-24» (helper-60)."""
    import json

    import docx

    out = tmp_path / f"d.{fmt}"
    _run(["diff", "gemeentewet-md@2015-11-24", "gemeentewet@2022-11-05", "-o", str(out)], capsys)
    if fmt == "json":
        oud = json.loads(out.read_text(encoding="utf-8"))["oud"]
        assert oud["tekstdatum"] == "2015-11-24" and "geldig_vanaf" not in oud
        return
    text = (out.read_text(encoding="utf-8") if fmt == "html"
            else "\n".join(p.text for p in docx.Document(str(out)).paragraphs))
    assert "geldig vanaf 2015-11-24" not in text
    assert "tekst zoals geldend op 2015-11-24 (Markdown-spiegel; geen officiële datum van inwerkingtreding)" in text


def test_an_onderdeel_in_the_diff_is_verletterd(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 184, eerste lid, 2022-11-05 → 2023-01-01: onderdeel c became d; an onderdeel is «verletterd»
    (Aanwijzingen 6.17.2, 6.18.2), as the generated instructions say, not «vernummerd» (helper-60)."""
    out, _ = _run(["diff", "gemeentewet@2022-11-05", "gemeentewet@2023-01-01"], capsys)
    assert "artikel 184, eerste lid, onder c → artikel 184, eerste lid, onder d (verletterd en gewijzigd)" in out
    assert "artikel 28, tweede lid → artikel 28, derde lid (vernummerd)" in out


@pytest.mark.parametrize("fmt", ["txt", "xml", "docx"])
def test_generated_instructions_carry_their_notes_in_the_document(fmt: str, tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 2023-01-01 → 2023-04-01 (hoofdstuk Va, Stb. 2022, 444): the heading «Geheimhouding» is not in the
    sources, and whether a hoofdstuk falls empty cannot be seen (Aanwijzing 6.12.1); both were said on stderr only,
    not in the act a drafter keeps (helper-60). The text still reads back as the same act."""
    import docx

    out = tmp_path / f"i.{fmt}"
    _run(["instructions", "gemeentewet@2023-01-01", "gemeentewet@2023-04-01", "-o", str(out)], capsys)
    text = ("\n".join(p.text for p in docx.Document(str(out)).paragraphs) if fmt == "docx"
            else out.read_text(encoding="utf-8"))
    assert "het opschrift van hoofdstuk Va («Geheimhouding») staat niet in de bronnen" in text
    if fmt != "docx":
        parsed, _ = _run(["parse-act", str(out)], capsys)
        assert "12 onderdelen, 16 wijzigingen, 0 onleesbaar" in parsed


def test_instructions_backwards_in_time_say_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 2023-04-01 → 2022-11-05: the instructions undo Stb. 2022, 444 (hoofdstuk Va vervalt, 25/55/86 are
    inserted); `diff` said the comparison runs back in time, `instructions` did not (helper-60)."""
    out = tmp_path / "i.txt"
    _, err = _run(["instructions", "gemeentewet@2023-04-01", "gemeentewet@2022-11-05", "-o", str(out)], capsys)
    assert "deze instructies draaien wijzigingen terug" in err and "deze instructies draaien" in out.read_text("utf-8")


def test_a_comment_on_a_provision_the_act_repeals_is_placed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 25, derde lid (2022-11-05: bekrachtiging van geheimhouding), vervalt by Stb. 2022, 444 (hoofdstuk Va
    replaces 25, 55 and 86 from 2023-04-01). A comment on it was refused, «bestaat niet in de Gemeentewet zoals de wet
    haar zou wijzigen» (helper-56); it is placed at the provision, struck whole."""
    import docx

    src = (EXAMPLES / "reactie-tranche-1.md").read_text(encoding="utf-8")
    f = tmp_path / "r.md"
    f.write_text(src.rstrip("\n") + "\n\n## artikel 25, derde lid\n\nOver: bekrachtigd\n\nDe bekrachtiging moet blijven.\n",
                 encoding="utf-8")
    out = tmp_path / "r.txt"
    _run(["consult", str(f), "-o", str(out)], capsys)
    # the example is dated 2020-01-20, the bill's time: «vervalt», of the bill (helper-110)
    # helper-126: a reaction of before the publication comments on the bill as adopted, whose text it shows
    assert "van het wetsvoorstel zoals later aangenomen: artikel 25, derde lid, Gemeentewet (vervalt)" in \
        out.read_text(encoding="utf-8")
    word = tmp_path / "r.docx"
    _run(["consult", str(f), "-o", str(word)], capsys)
    cells = [c.text for t in docx.Document(str(word)).tables for r in t.rows for c in r.cells]
    assert any(c.endswith("(vervalt geheel)") for c in cells)


def test_publication_of_a_reaction_is_the_submitters_choice(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """internetconsultatie.nl publishes only reactions «waarvan is aangeven, door de inzender, dat deze openbaar mogen
    zijn» (reference/internetconsultatie-format.md); the text for the site always said «Openbaar: ja» (helper-56)."""
    f = _reactie(tmp_path, "  openbaar: ja\n", "")
    out = tmp_path / "r.txt"
    _run(["consult", str(f), "-o", str(out)], capsys)
    assert "Openbaar: nog te kiezen bij het insturen" in out.read_text(encoding="utf-8")
    f = _reactie(tmp_path, "  openbaar: ja\n", "  openbaar: misschien\n", "s.yaml")
    _, err = _run(["consult", str(f), "-o", str(tmp_path / "s.txt")], capsys, code=1)
    assert "'openbaar' is 'misschien'" in err and "schrijf openbaar: ja of openbaar: nee" in err


def test_a_comment_may_cite_the_bills_own_onderdeel(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Kamerstuk 36 892's illustrative draft: onderdeel C changes artikel 170 Gemeentewet (the zorgplicht of the
    burgemeester). «Artikel I, onderdeel C», the way a reader of a bill cites it, was unreadable (helper-56); it is
    placed at the artikel that onderdeel changes; an onderdeel that changes several artikelen asks for one."""
    f = _reactie(tmp_path, "bepaling: artikel 170, tweede lid", "bepaling: Artikel I, onderdeel C")
    out = tmp_path / "r.txt"
    _run(["consult", str(f), "-o", str(out)], capsys)
    # placed at the lid it changes (helper-71, test_review_2026_12_06e), no longer at the whole artikel
    assert ("Artikel I, onderdeel C, van het illustratieve ontwerp: artikel 170, tweede lid, Gemeentewet:"
            in out.read_text("utf-8"))
    f = _reactie(tmp_path, "bepaling: artikel 170, tweede lid", "bepaling: Artikel I, onderdeel Z", "z.yaml")
    _, err = _run(["consult", str(f), "-o", str(tmp_path / "z.txt")], capsys, code=1)
    assert "het illustratieve ontwerp heeft geen artikel I, onderdeel Z" in err


def test_the_reaction_says_in_every_format_what_the_docx_says(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A reaction on Kamerstuk 36 892 with the Gemeentewet of 2026-11-01 as base (the newest version held is of
    2026-10-01): that the sources cannot show it still held went to the terminal only; the Markdown left out the base
    law; text and Markdown did not mark a provision the draft leaves alone (artikel 36a, tweede lid, the VOG); the
    DOCX wrote its date as 2026-10-15 (helper-56)."""
    import docx

    f = _reactie(tmp_path, "bepaling: artikel 170, tweede lid", "bepaling: artikel 36a, tweede lid")
    md = tmp_path / "r.md"
    _run(["consult", str(f), "--base", "gemeentewet@2026-11-01", "-o", str(md)], capsys)
    text = md.read_text(encoding="utf-8")
    assert "of die op 1 november 2026 nog gold, tonen ze niet" in text
    assert "- Te wijzigen regeling: Gemeentewet, zoals geldend vanaf 1 oktober 2026" in text
    assert "(niet gewijzigd door het illustratieve ontwerp)" in text
    word = tmp_path / "r.docx"
    _run(["consult", str(f), "-o", str(word)], capsys)
    cells = [c.text for t in docx.Document(str(word)).tables for r in t.rows for c in r.cells]
    paras = [p.text for p in docx.Document(str(word)).paragraphs]
    assert any("15 oktober 2026" in x for x in [*cells, *paras]) and not any("2026-10-15" in x for x in [*cells, *paras])


def test_cited_by_says_when_the_sources_cannot_show_a_version_still_held(sources: Path, tmp_path: Path) -> None:
    """Gemeentewet 155g, zevende lid, cites artikel 86 (repealed 2023-04-01). On 2024-06-01 the index quotes the version
    of 2023-04-01, which has no known end (the next held is of 2026-10-01): `show` says so, `cited-by` did not. On
    2022-12-15 the version of 2022-11-05 held through 2022-12-31 (catalogue), and nothing is added (helper-58)."""
    from datetime import date

    from tests.katalogus import omgeving
    from wetgeving.app import index as app
    from wetgeving.render.index import cited_by_text

    cat = omgeving()
    db = tmp_path / "index.sqlite"
    app.build(cat, sources / "gemeentewet" / "regelrecht", db, jobs=1)
    doel, found = app.cited_by(cat, db, "artikel 86 Gemeentewet", date(2024, 6, 1))
    assert ("artikel 155g, zevende lid, Gemeentewet (versie geldig vanaf 2023-04-01; of die op 2024-06-01 nog gold, "
            "tonen de bronnen niet; de volgende versie geldt vanaf 2026-10-01)") in cited_by_text(doel, found,
                                                                                                   date(2024, 6, 1))
    doel, found = app.cited_by(cat, db, "artikel 86 Gemeentewet", date(2022, 12, 15))
    assert "(versie geldig vanaf 2022-11-05): «artikel 86»" in cited_by_text(doel, found, date(2022, 12, 15))


def test_a_lid_is_never_said_to_have_no_leden(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 28, tweede lid (2023-01-01: Awb 2:4 does not apply to the raad) has no onderdelen; asked for its
    onderdeel z, the hint said «(zonder leden of onderdelen)» of a lid (helper-60)."""
    _, err = _run(["show", "gemeentewet@2023-01-01", "artikel 28, tweede lid, onder z"], capsys, code=1)
    assert "kies een bestaande eenheid; in de buurt liggen: artikel 28, tweede lid (zonder onderdelen)" in err


# --- helper-62: regressions of this session, mended ---------------------------------------------------------------

def test_aanhef_en_onderdeel_is_one_passage_not_two_targets(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """«artikel 13, eerste lid, aanhef en onderdeel a» cites one passage, the aanhef read with onderdeel a (Aanwijzing
    3.29; Gemeentewet 2023-04-01 has «In afwijking van het eerste lid, aanhef en onder l»). The «en»-targets of this
    session split it into two replacements; it stays unreadable, as before, rather than misread."""
    act = tmp_path / "a.txt"
    act.write_text("ARTIKEL I\n\nDe Gemeentewet wordt als volgt gewijzigd:\n\nA\n\nIn artikel 13, eerste lid, aanhef en "
                   "onderdeel a, wordt «minister» vervangen door «bewindspersoon».\n", encoding="utf-8")
    out, _ = _run(["parse-act", str(act)], capsys, code=1)
    assert "ONLEESBAAR" in out and "plaats=artikel:13/lid:1/onderdeel:a" not in out


def test_an_old_version_1_export_still_imports(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A version-1 export (English codes) with «in-progress» for the VOG of Gemeentewet 36a on 2023-06-01: the old
    status fits no word of today, and the import check of this session refused it (helper-62); the register is
    append-only, so an old row is taken as it stands when its obligation existed on its date."""
    csv = tmp_path / "v1.csv"
    csv.write_text("gemeente,verplichting,status,reden,bewijs,notitie,wie,wanneer\n"
                   "GM0363,vog-wethouder,in-progress,,,,Griffie,2023-06-01T10:00:00+00:00\n", encoding="utf-8")
    out, _ = _run(["register", "import", str(csv), "--register", str(tmp_path / "r.sqlite"), "--create"], capsys)
    assert "1 beoordeling ingelezen" in out


@pytest.mark.parametrize(("args", "needle"), [
    (["diff", "gemeentewet@2022-11-05", "gemeentewet@2023-04-01", "--only", "artikel 28 Provinciewet"],
     "noemt de Provinciewet, maar hier wordt de Gemeentewet gelezen"),
    (["graph", "impact", "gemeentewet@2023-04-01", "artikel 81p Provinciewet"],
     "noemt de Provinciewet, maar hier wordt de Gemeentewet gelezen"),
])
def test_every_command_refuses_a_citation_of_another_law(args: list[str], needle: str,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    """`diff --only "artikel 28 Provinciewet"` showed Gemeentewet 28, and `graph impact` Gemeentewet 81p (helper-62):
    the check on the law a citation names was in `show` and `consult` only."""
    _, err = _run(args, capsys, code=1)
    assert needle in err


def test_an_abbreviation_of_the_law_read_is_that_law(capsys: pytest.CaptureFixture[str]) -> None:
    """«artikel 2 Wzt» is artikel 2 of the Wet op de zorgtoeslag (its BWB afkorting), «artikel 13 Gemw» of the
    Gemeentewet; both were refused by this session's check (helper-62)."""
    _run(["show", "zorgtoeslag", "artikel 2 Wzt"], capsys)
    _run(["show", "gemeentewet@2023-04-01", "artikel 13 Gemw"], capsys)


# --- the programme weerbaar bestuur (helper-63) -----------------------------------------------------------------------

def test_the_graph_of_a_version_shows_no_recommendation_or_bill_before_it_existed(capsys: pytest.CaptureFixture[str]) -> None:
    """The programme weerbaar bestuur dates from 2019-10-18, Kamerstuk 36 892 from 2026-02-03: the graph of the
    Gemeentewet of 2015-11-24 (Markdown mirror) explained paths through all 22 recommendations and through the
    risicoanalyse of the bill; that of 2022-11-05 through the bill."""
    out, _ = _run(["graph", "explain", "gemeentewet-md@2015-11-24"], capsys)
    assert "[aanbeveling:" not in out and "[voorziening:" not in out
    out, _ = _run(["graph", "explain", "gemeentewet@2022-11-05"], capsys)
    assert "[aanbeveling:" in out and "[voorziening:" not in out
    out, _ = _run(["graph", "explain", "gemeentewet@2026-10-01"], capsys)
    assert "[voorziening:t2-risicoanalyse]" in out


def test_a_recommendation_is_neither_plicht_nor_stronger_than_the_programme(capsys: pytest.CaptureFixture[str]) -> None:
    """Programme of 2019-10-18: the Handleiding basisscan integriteit «draagt bij aan meer eenduidigheid … is een goede
    start»; the checklist said «Voer de integriteitsanalyse … uit volgens de Handleiding», and its JSON gave every
    recommendation and bill «"aard": "plicht"»."""
    import json

    out, _ = _run(["checklist", "GM0363", "--date", "2026-03-01", "--format", "json"], capsys)
    rijen = {r["id"]: r for r in json.loads(out)["verplichtingen"]}
    assert rijen["aanbeveling-basisscan-integriteit"]["aard"] is None
    assert rijen["risicoanalyse-wethouder"]["aard"] is None and rijen["vog-wethouder"]["aard"] == "plicht"
    # «kandidaat-bestuurders», as the programme says, since 2026-12-07 (helper-170; test_review_2026_12_07g)
    assert rijen["aanbeveling-basisscan-integriteit"]["handeling"].startswith(
        "Bij de integriteitsanalyse (risicoanalyse) van kandidaat-bestuurders, in de gemeente kandidaat-wethouders, kan de "
        "Handleiding")


def test_the_zorgplicht_was_first_announced_by_the_programme(capsys: pytest.CaptureFixture[str]) -> None:
    """The programme of 18 October 2019 announced for a second tranche «een expliciete zorgplicht van de burgemeester
    om erop toe te zien dat kandidaat-wethouders worden gescreend»; the model said only the 2021 nota van wijziging
    «wilde dat»."""
    out, _ = _run(["tranche", "timeline"], capsys)
    assert "het programma weerbaar bestuur (brief van 18 oktober 2019" in out


def test_a_recommendation_has_a_vindplaats_not_a_grondslag(capsys: pytest.CaptureFixture[str]) -> None:
    """«Grondslag» names a legal basis; a recommendation of the programme of 2019-10-18 has none (helper-63)."""
    out, _ = _run(["obligations", "--soort", "aanbeveling", "--date", "2026-12-06"], capsys)
    assert "; vindplaats actielijn" in out and "; grondslag actielijn" not in out
    out, _ = _run(["checklist", "GM0363", "--date", "2026-12-06"], capsys)
    assert "- **Vindplaats:** " in out and "- **Grondslag:** artikel" in out


def test_a_recommendation_and_its_action_line_share_a_theme() -> None:
    """The Handreiking integriteitstoetsing van kandidaten (programme of 2019-10-18) was under «risicoanalyse» in
    programma.xml and «integriteitsbeleid» in verplichtingen.xml (helper-63); `validate corpus/` now says so."""
    from wetgeving.compliance.controle import _kind_problems
    from wetgeving.compliance.verplichtingen import by_id, corpus
    from wetgeving.programma import load_programma

    v = by_id("aanbeveling-integriteitstoetsing-kandidaten")
    assert v is not None and v.thema == "risicoanalyse"
    assert _kind_problems(v, corpus(), load_programma()) == []
    assert any("is niet dat van actielijn" in p for p in _kind_problems(replace(v, thema="integriteitsbeleid"), corpus(),
                                                                         load_programma()))


# --- references (helper-64) ---------------------------------------------------------------------------------------------

def test_a_member_of_the_stembureau_is_no_lid_of_the_artikel(capsys: pytest.CaptureFixture[str]) -> None:
    """Kieswet J 25, vijfde lid (2025-08-01): «gaat het tweede lid van het stembureau na …» — a member of the polling
    station (J 23: «wie als tweede en derde lid van het stembureau optreden»), read as J 25, tweede lid; graph impact of
    J 25, tweede lid, listed it as a citer."""
    out, _ = _run(["refs", "kieswet", "artikel J 25"], capsys)
    assert "'het tweede lid'" not in out
    out, _ = _run(["refs", "kieswet", "artikel J 26"], capsys)
    assert "'Het derde lid'" not in out


def test_artikel_i_of_the_act_is_not_called_missing(sources: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 292 (since 2023-04-01) cites «Artikel I van de Wet bevorderen integriteit en functioneren decentraal
    bestuur»; the BWB consolidation of that act (BWBR0047451) holds only artikelen VI and VII, so artikel I is not in
    it, though the act has it. `dangling --all` counted it missing (helper-64); the source is partial now, and an
    index built before learns it without reading the file again. «artikel VI» is read as a citation."""
    from datetime import date

    from tests.katalogus import omgeving
    from wetgeving.app import index as app

    cat = omgeving()
    db = tmp_path / "index.sqlite"
    app.build(cat, sources, db, jobs=1)  # the catalogue's sources, where it finds the partial ones
    assert not any(c.doel_bwb == "BWBR0047451" for c in app.dangling(cat, db, date(2026, 10, 1)).verwijzingen)
    import sqlite3

    with sqlite3.connect(db) as con:  # as an index built before the source was marked partial
        con.execute("UPDATE bestand SET gedeeltelijk = 0 WHERE bwb_id = 'BWBR0047451'")
    assert any(c.doel_bwb == "BWBR0047451" for c in app.dangling(cat, db, date(2026, 10, 1)).verwijzingen)
    assert app.build(cat, sources, db, jobs=1).gelezen == 0  # nothing read again, and yet:
    assert not any(c.doel_bwb == "BWBR0047451" for c in app.dangling(cat, db, date(2026, 10, 1)).verwijzingen)
    out, _ = _run(["show", "wet-bevorderen-integriteit", "artikel VI"], capsys)
    assert "artikel VI Wet bevorderen integriteit en functioneren decentraal bestuur" in out


def test_a_jci_writes_the_colon_of_an_awb_number_plainly(capsys: pytest.CaptureFixture[str]) -> None:
    """Kieswet Q 6 (2025-08-01) cites artikel 6:7 of the Algemene wet bestuursrecht; the BWB's own markup writes
    «artikel=8:41», the JCI here «artikel=6%3A7» (helper-64)."""
    out, _ = _run(["refs", "kieswet", "artikel Q 6"], capsys)
    assert "&artikel=6:7" in out and "%3A" not in out


@pytest.mark.parametrize("citaat", ["artikel 36a, tweede en derde lid", "artikel 36a, eerste tot en met derde lid"])
def test_a_citation_of_several_units_says_so(citaat: str, capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 36a (2023-04-01): a comment or a `show` names one unit; «tweede en derde lid» was «kan … niet
    lezen», as if the words were wrong (helper-56)."""
    _, err = _run(["show", "gemeentewet@2023-04-01", citaat], capsys, code=1)
    assert "noemt meer dan één eenheid" in err


# --- applying real amending text (helper-66) ----------------------------------------------------------------------------

def _akte(tmp_path: Path, slot: str, *, b: bool = False) -> Path:
    f = tmp_path / "wet.txt"
    f.write_text("ARTIKEL I\n\nDe Gemeentewet wordt als volgt gewijzigd:\n\nA\n\nIn artikel 36a, tweede lid, wordt «drie» "
                 "vervangen door «zes».\n\n" + ("B\n\nIn artikel 36a, derde lid, wordt «een jaar» vervangen door «twee jaar»."
                                             "\n\n" if b else "") + "ARTIKEL II\n\n" + slot + "\n", encoding="utf-8")
    return f


def test_an_inwerkingtreding_of_an_onderdeel_the_act_lacks_is_said(tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """«Artikel I, onderdelen A en Z, treden in werking met ingang van 1 juli 2025» in an act without onderdeel Z: Z was
    silently dropped — a typo for B would put B into force at the act's other date without a word."""
    f = _akte(tmp_path, "Artikel I, onderdelen A en Z, treden in werking met ingang van 1 juli 2025.\n\nDeze wet treedt "
              "voor het overige in werking met ingang van 1 januari 2026.", b=True)
    out, _ = _run(["parse-act", str(f)], capsys, code=1)
    assert "de inwerkingtreding noemt artikel I, onderdeel Z, maar de wet heeft dat onderdeel niet" in out


def test_a_text_is_never_dated_before_the_version_it_was_made_from(tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """An act in force on 2020-01-01, applied to the Gemeentewet of 2023-04-01 (with the geheimhouding of hoofdstuk Va):
    the result was dated 2020-01-01, a text that never was; it now has the base's date and says why."""
    f = _akte(tmp_path, "Deze wet treedt in werking met ingang van 1 januari 2020.")
    out = tmp_path / "r.xml"
    _, err = _run(["apply", "gemeentewet@2023-04-01", str(f), "--date", "2024-01-01", "-o", str(out)], capsys)
    assert 'geldig-vanaf="2023-04-01"' in out.read_text(encoding="utf-8")
    assert "de toegepaste onderdelen treden in werking op 2020-01-01, vóór de tekst waarop zij zijn toegepast" in err


def test_an_added_sentence_keeps_its_full_stop(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """«Aan artikel 36a, derde lid, wordt een zin toegevoegd, luidende: De raad hoort de betrokkene.» (Gemeentewet
    2023-04-01): the new sentence lost its full stop, the one that also closes the instruction (helper-66)."""
    f = tmp_path / "w.txt"
    f.write_text("ARTIKEL I\n\nDe Gemeentewet wordt als volgt gewijzigd:\n\nA\n\nAan artikel 36a, derde lid, wordt een zin "
                 "toegevoegd, luidende: De raad hoort de betrokkene.\n", encoding="utf-8")
    out, _ = _run(["parse-act", str(f)], capsys)
    assert "nieuw='De raad hoort de betrokkene.'" in out


def test_the_readmes_index_build_on_the_shipped_sources_succeeds(sources: Path, tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """`wetgeving index build ../shared/sources` (README) exited 1: the catalogued wti file of the Wet op de zorgtoeslag
    holds no law text and was reported unreadable, with the advice to remove it (helper-65)."""
    out, err = _run(["index", "build", str(sources), "--db", str(tmp_path / "i.sqlite")], capsys)
    assert "zorgtoeslag-wti" not in err and "gelezen" in out


def test_the_checklist_names_the_kenmerk_register_record_needs(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 36a, tweede lid (VOG) on 2026-12-06: `register record GM0363 vog-wethouder …` needs the id, which the
    Markdown checklist never showed (helper-65)."""
    out, _ = _run(["checklist", "GM0363", "--date", "2026-12-06"], capsys)
    assert "- **Kenmerk:** vog-wethouder" in out


def test_apply_refuses_an_existing_output_before_the_work(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`apply … -o new.xml` with new.xml present printed a full report of «toegepast» and then refused: a user who
    skims saw success (helper-65)."""
    f = _akte(tmp_path, "Deze wet treedt in werking met ingang van 1 mei 2023.")
    out = tmp_path / "r.xml"
    out.write_text("x", encoding="utf-8")
    stdout, err = _run(["apply", "gemeentewet@2023-04-01", str(f), "-o", str(out)], capsys, code=2)
    assert stdout == "" and "bestaat al" in err and out.read_text(encoding="utf-8") == "x"


def test_a_gemeente_is_found_without_its_accents_and_swapped_arguments_are_said(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """«Sudwest-Fryslan» typed without accents is Súdwest-Fryslân (GM1900); the hint asked to load the CBS list when
    the list had been given; `register record vog-wethouder Utrecht` said «onbekende gemeente 'vog-wethouder'» and
    suggested loading a list (helper-65)."""
    from wetgeving.compliance.gemeenten import Gemeente, find

    lijst = [Gemeente("GM1900", "Súdwest-Fryslân", "Fryslân")]
    assert find(lijst, "Sudwest-Fryslan").code == "GM1900"
    with pytest.raises(Exception, match="controleer de naam of de code in de lijst die u gaf"):
        find(lijst, "Leeuwarden", lijst_gegeven=True)
    _, err = _run(["register", "record", "vog-wethouder", "Utrecht", "--status", "voldoet", "--who", "Griffie",
                   "--register", str(tmp_path / "r.sqlite"), "--create"], capsys, code=2)
    assert "'vog-wethouder' is een verplichting, geen gemeente: eerst de gemeente, dan de verplichting" in err
    assert not (tmp_path / "r.sqlite").exists()


def test_the_graph_gives_a_tranche_its_standing_on_the_versions_date() -> None:
    """Stb. 2022, 444 (Kamerstuk 35 546: ingediend 2020-08-31, aangenomen 2022-10-11, gepubliceerd 2022-11-10, in force
    from 2023-01-01) and Kamerstuk 36 892 (2026-02-03): the graph of the Gemeentewet of 2015 had tranche 1 «in-werking»
    and tranche 2 as a bill (helper-67)."""
    from tests.katalogus import omgeving
    from wetgeving.app.verwijzingen import graph_for

    cat = omgeving()

    def stand(versie: str) -> dict[str, str]:
        g = graph_for(cat, cat.load(versie))
        return {str(n): d["status"] for n, d in g.nodes(data=True) if str(n).startswith("tranche:")}

    assert stand("gemeentewet-md@2015-11-24") == {"tranche:overig-2023": "nog niet in werking"}
    assert stand("gemeentewet@2022-11-05")["tranche:tranche-1"] == "aangenomen"
    assert stand("gemeentewet@2026-10-01") == {"tranche:tranche-1": "in-werking", "tranche:tranche-2": "wetsvoorstel",
                                               "tranche:overig-2023": "in-werking"}


def test_a_reference_to_a_lid_the_act_renumbers_is_said(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 47, eerste lid (2023-04-01), cites «artikel 36a, eerste en tweede lid» (the VOG). An act that inserts
    a new tweede lid in 36a «onder vernummering» leaves 47 citing the new lid; the consolidation rightly copies it as it
    stands, but nothing told the drafter (helper-66)."""
    f = tmp_path / "w.txt"
    f.write_text("ARTIKEL I\n\nDe Gemeentewet wordt als volgt gewijzigd:\n\nA\n\nArtikel 36a wordt als volgt gewijzigd:\n\n"
                 "1. Onder vernummering van het tweede tot en met vierde lid tot derde tot en met vijfde lid wordt na het "
                 "eerste lid een lid ingevoegd, luidende:\n\n  2. Een nieuw tweede lid.\n\nARTIKEL II\n\nDeze wet treedt in "
                 "werking met ingang van 1 januari 2027.\n", encoding="utf-8")
    _, err = _run(["apply", "gemeentewet@2023-04-01", str(f), "-o", str(tmp_path / "r.xml")], capsys)
    assert ("let op: artikel 47, eerste lid, Gemeentewet verwijst naar artikel 36a, tweede lid («artikel 36a, eerste en "
            "tweede lid»), dat deze wijziging vernummerde tot artikel 36a, derde lid") in err
