"""Legal review of 2026-12-07 (fourth session); each test names its provision and date."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tests.legal._cli import consult
from tests.legal._cli import run as _run


def _vastleggen(tmp_path: Path, capsys: pytest.CaptureFixture[str], vid: str, status: str, op: str) -> Path:
    db = tmp_path / "r.sqlite"
    _run(["register", "record", "GM0363", vid, "--status", status, "--who", "griffier", "--op", op, "--register",
          str(db), "--create"], capsys)
    return db


# --- the register in the checklist's data formats ---------------------------------------------------------------


def test_preparation_is_a_field_of_its_own_in_json_and_csv(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Gemeentewet 36a, tweede lid (the VOG), in force from 2023-01-01; «voldoet» recorded about 2022-12-31 and the
    checklist of 2022-12-31. The JSON and CSV status read «voldoet (als voorbereiding: de verplichting gold toen nog
    niet)»: a filter on «voldoet» missed it, and whether it was preparation could only be read from prose. Now the
    status is the status, and «als_voorbereiding» says the rest; the Markdown still says it in words."""
    db = _vastleggen(tmp_path, capsys, "vog-wethouder", "voldoet", "2022-12-31")
    args = ["checklist", "GM0363", "--date", "2022-12-31", "--register", str(db), "--no-text"]
    out, _ = _run([*args, "--format", "json"], capsys)
    b = next(r for r in json.loads(out)["verplichtingen"] if r["id"] == "vog-wethouder")["beoordeling"]
    assert (b["status"], b["als_voorbereiding"]) == ("voldoet", True)
    assert b["status_getoond"] == "voldoet (als voorbereiding: de verplichting gold toen nog niet)"
    out, _ = _run([*args, "--format", "csv"], capsys)
    rij = next(r for r in csv.DictReader(io.StringIO(out), delimiter=";") if r["kenmerk"] == "vog-wethouder")
    assert (rij["beoordeling"], rij["als_voorbereiding"]) == ("voldoet", "ja")
    out, _ = _run(args, capsys)
    # 2026-12-07 (ninth session): the word quoted after «Beoordeling:» (helper-198)
    assert "‘voldoet’ (als voorbereiding: de verplichting gold toen nog niet)" in out


def test_an_assessment_of_a_duty_in_force_is_not_preparation(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Gemeentewet 36a, tweede lid, in force from 2023-01-01; «voldoet» about 2023-02-01 and the checklist of 2023-02-01:
    compliance with law in force, so «als_voorbereiding» is false (JSON) and empty (CSV)."""
    db = _vastleggen(tmp_path, capsys, "vog-wethouder", "voldoet", "2023-02-01")
    args = ["checklist", "GM0363", "--date", "2023-02-01", "--register", str(db), "--no-text"]
    out, _ = _run([*args, "--format", "json"], capsys)
    b = next(r for r in json.loads(out)["verplichtingen"] if r["id"] == "vog-wethouder")["beoordeling"]
    assert (b["status"], b["als_voorbereiding"], b["status_getoond"]) == ("voldoet", False, "voldoet")
    out, _ = _run([*args, "--format", "csv"], capsys)
    rij = next(r for r in csv.DictReader(io.StringIO(out), delimiter=";") if r["kenmerk"] == "vog-wethouder")
    assert (rij["beoordeling"], rij["als_voorbereiding"]) == ("voldoet", "")


# --- the reverse-reference index (cited-by) --------------------------------------------------------------------


def test_cited_by_json_names_the_versions_that_cite_a_unit_none_has(gw_index: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 169, vierde lid, of 2022-11-05 cites «artikel 160, eerste lid, onder […] h», which no version has.
    On 2023-01-01 the text answer names that version in a note on stderr; the JSON said only «bestaat: false» and an
    empty list, so a script read «nothing cites it, ever». It now lists the citing versions."""
    out, _ = _run(["cited-by", "artikel 160, eerste lid, onder h, Gemeentewet", "--date", "2023-01-01", "--format",
                   "json", "--db", str(gw_index)], capsys)
    doel = json.loads(out)["doel"]
    assert (doel["bestaat"], doel["verwezen_door_versies"]) == (False, ["2022-11-05"])
    out, _ = _run(["cited-by", "artikel 25 Gemeentewet", "--date", "2023-04-01", "--format", "json", "--db",
                   str(gw_index)], capsys)
    assert json.loads(out)["doel"]["verwezen_door_versies"] == []  # a unit an indexed version has: no such list


# --- the programme weerbaar bestuur (18 October 2019): recommendations are no law, and what is ours says so -------


def _aanbevelingen(capsys: pytest.CaptureFixture[str], datum: str = "2026-12-07") -> dict[str, dict[str, object]]:
    out, _ = _run(["checklist", "GM0599", "--date", datum, "--format", "json", "--no-text"], capsys)
    return {r["id"]: r for r in json.loads(out)["verplichtingen"] if r["soort"] == "aanbeveling"}


def test_a_recommendation_is_derived_from_the_programme_not_said_to_be_its_advice(
        capsys: pytest.CaptureFixture[str]) -> None:
    """Programme weerbaar bestuur, bijlage bij de brief van 18 oktober 2019, on 2026-12-07: every entry said
    «aanbeveling uit het programma», while the programme advises in one place only («Ik adviseer bestuurders …») and
    elsewhere reports what the VNG, the NVvR or researchers do (helper-142). The status now says the entry is derived
    from it; products announced for the autumn of 2019 are no longer awaited «zodra het er is» in 2026."""
    rows = _aanbevelingen(capsys)
    assert len(rows) == 12
    for vid, r in rows.items():
        assert r["uitleg"] == "ontleend aan het programma weerbaar bestuur van 2019-10-18; geen wettelijke plicht", vid
        assert "zodra" not in str(r["handeling"]), vid
    assert "najaar van 2019; of en wanneer het verscheen, staat niet in de bronnen" in str(
        rows["aanbeveling-stappenplan-weerbare-raad"]["handeling"])
    assert rows["aanbeveling-integriteitstoetsing-kandidaten"]["normadressaat"] == "lokale partij of partijafdeling"


@pytest.mark.parametrize("vid", ["aanbeveling-integriteitsbeleid", "aanbeveling-afwegingskader-antidemocratisch-gedrag",
                                 "aanbeveling-opleiding-democratische-rechtsorde", "aanbeveling-weerbare-organisatie",
                                 "aanbeveling-stappenplan-weerbare-raad"])
def test_who_a_recommendation_is_for_is_marked_as_our_inference(capsys: pytest.CaptureFixture[str], vid: str) -> None:
    """Programme weerbaar bestuur (2019-10-18), on 2026-12-07: the programme names no actor for these lines (or says
    «gemeenten», «gemeenteambtenaren en lokale bestuurders»); «Wie: college van B&W, burgemeester» stood without the
    note the basisscan and zelfscan lines have (helper-142)."""
    assert "onze afleiding" in str(_aanbevelingen(capsys)[vid]["toelichting"])


def test_a_deliberate_departure_from_a_recommendation_needs_a_reason(capsys: pytest.CaptureFixture[str],
                                                                     tmp_path: Path) -> None:
    """Programme weerbaar bestuur, actielijn basisscan integriteit, assessed on 2026-12-01: «bewust afgeweken» was
    recorded without a reason, so it could not be told from «niet opgevolgd» (helper-142; comply or explain)."""
    db = str(tmp_path / "r.sqlite")
    args = ["register", "record", "GM0599", "aanbeveling-basisscan-integriteit", "--status", "bewust afgeweken", "--who",
            "griffier", "--op", "2026-12-01", "--register", db, "--create"]
    _, err = _run(args, capsys, 2)
    assert "‘bewust afgeweken’ vraagt een reden" in err and "--reason" in err
    out, _ = _run([*args, "--reason", "eigen scan van de provincie"], capsys)
    assert "bewust afgeweken" in out


# --- tranche 2 (Kamerstuk 36 892) in the graph and the checklist ------------------------------------------------


def test_the_graph_export_labels_the_bill_and_the_recommendations(capsys: pytest.CaptureFixture[str],
                                                                  tmp_path: Path) -> None:
    """Gemeentewet of 2026-10-01 with Kamerstuk 36 892 (stukken 2026-02-03): in DOT and HTML the bill's tranche and
    its obligation looked exactly like tranche 1 and the VOG duty (helper-141). They now say they are no law, and are
    drawn dashed."""
    dot = tmp_path / "g.dot"
    _run(["graph", "export", "gemeentewet@2026-10-01", "-o", str(dot)], capsys)
    tekst = dot.read_text(encoding="utf-8")
    assert ('"tranche:tranche-2" [label="Wet bevorderen integriteit en functioneren decentraal bestuur tweede tranche '
            '(wetsvoorstel, Kamerstuk 36 892, geen geldend recht)", shape=folder, style=dashed]') in tekst
    assert ('"verplichting:risicoanalyse-wethouder" [label="Risicoanalyse integriteit vóór de benoeming van een wethouder '
            '(wetsvoorstel, geen geldend recht)", shape=component, style=dashed]') in tekst
    assert "(aanbeveling, geen wettelijke plicht)" in tekst
    assert '"verplichting:vog-wethouder" [label="Verklaring omtrent het gedrag bij de benoeming van een wethouder", ' \
           'shape=component]' in tekst  # the law's duty: as it was
    html = tmp_path / "g.html"
    _run(["graph", "export", "gemeentewet@2026-10-01", "-o", str(html)], capsys)
    assert "<em>(wetsvoorstel, Kamerstuk 36 892, geen geldend recht)</em>" in html.read_text(encoding="utf-8")


def test_graph_explain_of_a_theme_without_obligations_says_why(capsys: pytest.CaptureFixture[str]) -> None:
    """Theme «Zorgplicht van de burgemeester» (programme of 2019-10-18; Kamerstuk 36 892 may fill in Gemeentewet 170,
    tweede lid), graph of 2026-10-01: «0 paden» alone, where `obligations --theme` explains (helper-141)."""
    out, _ = _run(["graph", "explain", "gemeentewet@2026-10-01", "thema:zorgplicht-burgemeester"], capsys)
    # 2026-12-07 (ninth session): «thema van het programma» was wrong for a theme of the bill's reporting (helper-192)
    assert "0 paden\nons model bevat geen verplichting met het thema «Zorgplicht van de burgemeester»" in out


def test_a_bill_after_what_the_sources_show_is_not_said_to_be_no_law(capsys: pytest.CaptureFixture[str]) -> None:
    """Kamerstuk 36 892 on 2028-01-01: the status says it is not known whether the bill is law then, while «Soort»
    said «wetsvoorstel (geen geldend recht)» as a fact (helper-141). The financial interests' «Wanneer» was not in the
    sources and was not marked as our reading."""
    out, _ = _run(["checklist", "GM0363", "--date", "2028-01-01", "--format", "json", "--no-text"], capsys)
    rows = {r["id"]: r for r in json.loads(out)["verplichtingen"]}
    assert rows["financiele-belangen-bestuurders"]["soort_tekst"] == \
        "wetsvoorstel (geen geldend recht voor zover de bronnen tonen)"
    assert "is onze lezing" in rows["financiele-belangen-bestuurders"]["moment"]
    out, _ = _run(["checklist", "GM0363", "--date", "2026-03-01", "--format", "json", "--no-text"], capsys)
    rows = {r["id"]: r for r in json.loads(out)["verplichtingen"]}
    assert rows["financiele-belangen-bestuurders"]["soort_tekst"] == "wetsvoorstel (geen geldend recht)"


def test_a_theme_may_be_named_as_the_tool_shows_it(capsys: pytest.CaptureFixture[str]) -> None:
    """Kamerstuk 36 892, theme «Financiële belangen» as `tranche show 2` prints it: «--theme "financiële belangen"»
    was refused as «onbekend thema» (helper-141)."""
    out, _ = _run(["obligations", "--theme", "Financiële belangen"], capsys)
    assert out.startswith("- financiele-belangen-bestuurders — wetsvoorstel")
    out, _ = _run(["tranche", "show", "2", "--theme", "financiële-belangen"], capsys)
    assert "Kamerstuk 36 892" in out


# --- the checklist a griffier prints for the raad -----------------------------------------------------------------


def test_the_income_overview_is_due_on_1_april_not_before(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 41b, vierde lid, on 2023-04-01: «uiterlijk op 1 april na het kalenderjaar»; the Bewijs said
    «inkomstenoverzicht vóór 1 april», which leaves out 1 April itself (helper-143)."""
    out, _ = _run(["checklist", "GM0363", "--date", "2023-04-01", "--format", "json", "--no-text"], capsys)
    rows = {r["id"]: r for r in json.loads(out)["verplichtingen"]}
    assert "inkomstenoverzicht uiterlijk op 1 april" in rows["nevenfuncties-wethouder"]["bewijs"]
    assert "vóór 1 april" not in rows["nevenfuncties-wethouder"]["bewijs"]


def test_the_checklist_names_other_entries_by_title_and_no_model_ids(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 87 and 89 and Kieswet W 4 on 2023-04-01: the toelichtingen said «staat bij geheimhouding-in-acht-
    nemen», «zie lijstuitputting-opvolging» and «(overig-2023, rk-68)»: our ids, which the HTML did not even show
    (helper-143). They now name the title (with the kenmerk), the HTML shows each Kenmerk, and «uitvoering» is said to be
    our indeling where the provision does not say it."""
    out, _ = _run(["checklist", "GM0363", "--date", "2023-04-01", "--no-text"], capsys)
    assert "staat bij «Geheimhouding in acht nemen» (kenmerk geheimhouding-in-acht-nemen)" in out
    assert "rk-68" not in out and "overig-2023" not in out
    assert "«Uitvoering» bij «Wie» noemt wie in de gemeente het werk gewoonlijk doet; waar de bepaling dat niet zelf " \
           "zegt, is dat onze indeling." in out
    html, _ = _run(["checklist", "GM0363", "--date", "2023-04-01", "--no-text", "--format", "html"], capsys)
    assert "<dt>Kenmerk</dt><dd><code>vog-wethouder</code></dd>" in html


def test_a_recommendation_quotes_the_programme_it_rests_on(capsys: pytest.CaptureFixture[str]) -> None:
    """Programme weerbaar bestuur, bijlage bij de brief van 18 oktober 2019, section «Vaststellen norm en
    agressieprotocol», on 2026-12-07: the checklist showed only our summary and a heading to look for (helper-142). It
    now quotes the section, read from the catalogued source, and names the file and the line of its heading."""
    out, _ = _run(["checklist", "GM0599", "--date", "2026-12-07", "--format", "json"], capsys)
    rij = next(r for r in json.loads(out)["verplichtingen"] if r["id"] == "aanbeveling-norm-en-agressieprotocol")
    (g,) = rij["grondslag"]
    assert g["tekst"].startswith("Ik adviseer bestuurders dan ook om aan het begin van een politieke periode")
    # the line is the heading's, said so since 2026-12-07 (seventh session; test_review_2026_12_07g)
    assert "de geciteerde tekst is die van de bijlage onder die kop, die op regel 33 van " \
           "programma/bijlage-brief-weerbaar-bestuur.md staat" in g["toelichting"]
    assert "een aanbeveling, geen wettelijke plicht" in g["toelichting"]


def test_validate_wants_every_action_line_under_a_heading_of_the_programme(tmp_path: Path) -> None:
    """Programme weerbaar bestuur (2019-10-18): an action line whose section heading is not in the annex would quote
    nothing; `validate corpus` names it."""
    from tests.legal.test_review_2026_12_07b import _kopie

    fouten, _ = _kopie(tmp_path, "programma.xml", "— Vaststellen norm en agressieprotocol",
                       "— Vaststellen van de norm")
    assert any("actielijn norm-en-agressieprotocol" in f and "de kop «Vaststellen van de norm» staat niet in de bijlage"
               in f for f in fouten), fouten


def test_an_assessment_before_the_wording_is_preparation_also_later(capsys: pytest.CaptureFixture[str],
                                                                    tmp_path: Path) -> None:
    """Gemeentewet 36a, tweede lid (VOG), in force from 2023-01-01; «voldoet» about 2022-12-20 and the checklist of
    2023-04-01: the text asks to assess again («toen als voorbereiding»), and the JSON said «als_voorbereiding»: false,
    so a filter on voldoet without it counted preparation as compliance (helper-144)."""
    db = _vastleggen(tmp_path, capsys, "vog-wethouder", "voldoet", "2022-12-20")
    out, _ = _run(["checklist", "GM0363", "--date", "2023-04-01", "--register", str(db), "--no-text", "--format",
                   "json"], capsys)
    b = next(r for r in json.loads(out)["verplichtingen"] if r["id"] == "vog-wethouder")["beoordeling"]
    assert (b["status"], b["als_voorbereiding"]) == ("voldoet", True) and "toen als voorbereiding" in b["opnieuw"]


def test_the_parties_entry_says_one_thing_of_whom_it_addresses(capsys: pytest.CaptureFixture[str]) -> None:
    """Programme weerbaar bestuur (2019-10-18), «de partijafdelingen en lokale partijen», on 2023-04-01: «Wie» said
    «lokale partij of partijafdeling» and «Beoordeling» «richt zich tot politieke partijen (hun lokale afdelingen)»,
    which leaves out the lokale partijen (helper-144)."""
    rij = _aanbevelingen(capsys, "2023-04-01")["aanbeveling-integriteitstoetsing-kandidaten"]
    assert rij["beoordeling_leeg"] == ("niet te beoordelen: deze aanbeveling richt zich tot lokale partijen en "
                                       "partijafdelingen, niet tot de gemeente")


def test_graph_labels_are_cut_after_a_word_and_explain_names_the_related_duty(capsys: pytest.CaptureFixture[str],
                                                                               tmp_path: Path) -> None:
    """Gemeentewet of 2026-10-01: a DOT label was cut mid-word before its note («een risicoanalyse b (beoogde bepaling,
    wetsvoorstel)»); `graph explain` of the theme «Zorgplicht van de burgemeester» did not name the duty of Gemeentewet
    170, tweede lid, that is modelled under integriteitsbeleid, as `obligations --theme` does (helper-144)."""
    dot = tmp_path / "g.dot"
    _run(["graph", "export", "gemeentewet@2026-10-01", "-o", str(dot)], capsys)
    assert "een risicoanalyse b (" not in dot.read_text(encoding="utf-8")
    assert " … (beoogde bepaling, wetsvoorstel)" in dot.read_text(encoding="utf-8")
    out, _ = _run(["graph", "explain", "gemeentewet@2026-10-01", "thema:zorgplicht-burgemeester"], capsys)
    assert "op dezelfde bepaling: integriteit-bevorderen-burgemeester (thema integriteitsbeleid)" in out


# --- a lawyer's comparison of versions (diff, tranche diff) --------------------------------------------------------


def test_a_removed_artikel_is_vervallen_as_the_aanwijzingen_name_it(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 2023-01-01 → 2023-04-01 (tranche 1's geheimhouding stage): artikelen 25, 55 and 86 were
    «geschrapt»; Aanwijzing 6.12.1 names the removal of an artikel «vervallen» (helper-145)."""
    out, _ = _run(["diff", "gemeentewet@2023-01-01", "gemeentewet@2023-04-01"], capsys)
    assert "Artikel 25 — vervallen" in out and "geschrapt" not in out
    assert out.rstrip().endswith("14 artikelen verschillen: 7 gewijzigd, 4 ingevoegd, 3 vervallen")


def test_the_redline_of_tranche_1_says_which_artikelen_changed_on_which_date(capsys: pytest.CaptureFixture[str]) -> None:
    """Tranche 1 (Stb. 2022, 444) in the Gemeentewet: in force on 2023-01-01, the geheimhouding parts on 2023-04-01;
    `tranche diff 1` mixed both without a date (helper-145)."""
    out, _ = _run(["tranche", "diff", "1", "--law", "gemeentewet"], capsys)
    kop = out.splitlines()[0]
    assert "in werking getreden op 2023-01-01: de artikelen 12, 13, 28, 36a, 41b, 58, 67 en 68; op 2023-04-01: de " \
           "artikelen 19, 23, 25, 55, 60, 82, 83, 84, 86, 87, 88, 89, 155a en 292" in kop
    out, _ = _run(["tranche", "diff", "1", "--law", "gemeentewet", "--date", "2023-01-01"], capsys)
    assert "in werking getreden op 2023-01-01: de artikelen 12, 13, 28, 36a, 41b, 58, 67 en 68;" in out.splitlines()[0]
    assert "op 2023-04-01" not in out.splitlines()[0]


def test_a_dated_redline_is_not_said_to_be_made_on_that_date(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`diff gemeentewet@2023-01-01 gemeentewet@2023-04-01 --date 2023-04-01 -o x.docx`: the date of the tracked changes
    was also written as the file's dcterms:created and modified, a claim that it was made in 2023 (helper-145)."""
    import zipfile

    doc = tmp_path / "x.docx"
    _run(["diff", "gemeentewet@2023-01-01", "gemeentewet@2023-04-01", "--only", "artikel 25", "--date", "2023-04-01",
          "-o", str(doc)], capsys)
    with zipfile.ZipFile(doc) as z:
        core, body = z.read("docProps/core.xml").decode(), z.read("word/document.xml").decode()
    assert "dcterms:created" not in core and 'w:date="2023-04-01T00:00:00Z"' in body


def test_a_comparison_says_which_artikelen_it_counts_for_a_space_only(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 81g (Markdown mirror of 2015-11-24 «beloofd.Ik» → 2022-11-05 «beloofd. Ik»): counted among «86
    artikelen verschillen» as gewijzigd while the note says its words differ in a space only (helper-145)."""
    _, err = _run(["diff", "gemeentewet-md@2015-11-24", "gemeentewet@2022-11-05"], capsys)
    assert "1 artikel (artikel 81g) telt daardoor mee als gewijzigd" in err


def test_the_obligations_listing_is_markdown(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`obligations --date 2023-04-01 -o x.md` (Gemeentewet, Kieswet, Provinciewet on 2023-04-01): the lines had no list
    markers and the indented ones ran together into one paragraph when rendered (helper-141, helper-142); a
    recommendation's vindplaats named our id, not the action line."""
    from markdown_it import MarkdownIt

    md = tmp_path / "x.md"
    _run(["obligations", "--date", "2023-04-01", "-o", str(md)], capsys)
    tokens = MarkdownIt().parse(md.read_text(encoding="utf-8"))
    items = [t for t in tokens if t.type == "list_item_open" and t.level == 1]
    assert len(items) == 58  # 42 duties (Gemeentewet 66 and 44 since the sixth session), 4 powers, 12 recommendations
    assert "vindplaats actielijn ‘Opleiding democratische rechtsorde’ van het programma weerbaar bestuur" in \
        md.read_text(encoding="utf-8")


# --- bad input (helper-146) ----------------------------------------------------------------------------------------


def test_an_edited_copy_given_as_a_file_is_said_to_be_unchecked(capsys: pytest.CaptureFixture[str], sources: Path,
                                                                  tmp_path: Path) -> None:
    """Gemeentewet 36a, tweede lid, on 2023-04-01 («niet ouder is dan drie maanden»): an edited copy of the regelrecht
    file, given as a path, was shown as the Gemeentewet of that date with the official JCI and «zes maanden», without a
    word. A file outside the catalogue is now said to be unchecked; an unchanged copy is recognised by its hash."""
    tekst = (sources / "gemeentewet" / "regelrecht" / "2023-04-01.yaml").read_text(encoding="utf-8")
    kopie = tmp_path / "kopie.yaml"
    kopie.write_text(tekst, encoding="utf-8")
    _, err = _run(["show", str(kopie), "artikel 36a, tweede lid"], capsys)
    assert "niet in de catalogus" not in err
    kopie.write_text(tekst.replace("niet ouder is dan drie maanden", "niet ouder is dan zes maanden"), encoding="utf-8")
    out, err = _run(["show", str(kopie), "artikel 36a, tweede lid"], capsys)
    assert "zes" in out and (f"let op: {kopie}: dit bestand staat niet in de catalogus van de bronnen "
                             "(corpus/bronnen.toml); of zijn tekst die van de officiële versie is, is niet gecontroleerd") in err


def test_a_date_in_a_name_that_does_not_exist_says_why(capsys: pytest.CaptureFixture[str]) -> None:
    """`show gemeentewet@2023-02-30` said «is geen datum — schrijf de datum als JJJJ-MM-DD», which it was; --date
    already said why; and the year 0 (helper-146)."""
    _, err = _run(["show", "gemeentewet@2023-02-30"], capsys, 2)
    assert "'2023-02-30' in 'gemeentewet@2023-02-30' bestaat niet: februari 2023 heeft 28 dagen" in err
    _, err = _run(["obligations", "--date", "0000-01-01"], capsys, 2)
    assert "bestaat niet: er is geen jaar 0 (de jaartelling begint bij 1)" in err


def test_a_look_alike_letter_in_a_citation_is_named(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 36a on 2023-04-01 cited as «artikel 36а» with a Cyrillic а: «kan … niet lezen» did not say why."""
    _, err = _run(["show", "gemeentewet@2023-04-01", "artikel 36\u0430"], capsys, 1)
    assert "«\u0430» (U+0430) is een Cyrillische letter, geen Latijnse: typ de verwijzing opnieuw" in err


def test_a_null_in_a_reaction_is_no_text(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A reaction on Kamerstuk 35 546 with «titel: ~» and «contact: ~»: the document's heading was «# ~» and its
    contact «~» (helper-146); a YAML null is now an absent value."""
    md = tmp_path / "r.md"
    consult(tmp_path, "consultatie:\n  titel: ~\n  wetsvoorstel: tranche-1\n  basis: gemeentewet@2022-11-05\n"
            "  organisatie: Kantoor\n  datum: 2022-12-01\n  contact: null\nopmerkingen:\n"
            "  - bepaling: artikel 36a, tweede lid\n    opmerking: Een opmerking.\n", md, capsys)
    tekst = md.read_text(encoding="utf-8")
    # 2026-12-08 (helper-214): without a titel the heading names what the reaction is on; Stb. 2022, 444 was published
    # on 2022-11-10, so on 2022-12-01 it is «de wet»
    assert tekst.startswith("# Reactie op de wet") and "Contact" not in tekst and "~" not in tekst


def test_a_register_sqlite_cannot_open_is_said_in_dutch(tmp_path: Path) -> None:
    """A register in a folder that may not be written (helper-146, `chattr +i`; root ignores permissions, so SQLite's
    error is made here): «kan het register niet gebruiken: unable to open database file», SQLite's English."""
    import sqlite3

    from wetgeving.compliance.registerdb import _operational

    fout = _operational(tmp_path / "r.sqlite", sqlite3.OperationalError("unable to open database file"))
    assert fout.message == (f"kan het register niet openen of aanmaken: de map {tmp_path} bestaat niet of daarin mag "
                            "niet worden geschreven")


@pytest.mark.parametrize("args", [["graph", "export", "gemeentewet@2023-04-01"], ["obligations"],
                                  ["checklist", "GM0363", "--date", "2023-04-01"]])
def test_an_unknown_output_extension_is_said(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                             args: list[str]) -> None:
    """«-o g.png» wrote HTML, Markdown or a checklist under that name without a word (helper-146); the extension picks
    the format, and of one the tool does not know it now says which format it wrote."""
    out = tmp_path / "x.png"
    _, err = _run([*args, "-o", str(out)], capsys)
    assert f"let op: {out} heeft een extensie die wetgeving niet kent (.png): het formaat wordt " in err and out.exists()


def test_a_refused_index_build_leaves_no_index_and_counts_its_failures(capsys: pytest.CaptureFixture[str],
                                                                        tmp_path: Path) -> None:
    """`index build` of a folder that does not exist left an empty index.sqlite; of a file it cannot read it said
    «1 gelezen» without a word of the failure and named the file twice (helper-146)."""
    db = tmp_path / "ix.sqlite"
    _run(["index", "build", str(tmp_path / "geen"), "--db", str(db)], capsys, 2)
    assert not db.exists()
    kapot = tmp_path / "kapot.yaml"
    kapot.write_text("a: [\n", encoding="utf-8")
    out, err = _run(["index", "build", str(kapot), "--db", str(db)], capsys, 1)
    assert "0 verwijderd uit de index, 1 niet geïndexeerd;" in out and err.count(f"{kapot}:") == 2  # line and error


def test_the_programme_quote_is_its_own_section_and_the_markdown_note_is_no_part_of_it(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Programme weerbaar bestuur (2019-10-18), on 2026-12-07: in the Markdown checklist our note («onze naam», «geen
    wettelijke plicht») rendered inside the quote of the minister's words; the afwegingskader's quote left out its
    footnote mark without a word; and a heading path whose first part was wrong was accepted (helper-147)."""
    from markdown_it import MarkdownIt

    from tests.katalogus import omgeving
    from wetgeving.bronnen.programmatekst import passage

    md = tmp_path / "c.md"
    _run(["checklist", "GM0599", "--date", "2026-12-07", "-o", str(md)], capsys)
    html = MarkdownIt().render(md.read_text(encoding="utf-8"))
    quote = html[html.index("<blockquote>\n<p>Ik adviseer"):]
    assert "Brief inzake weerbaar bestuur" not in quote[:quote.index("</blockquote>")]
    rij = _aanbevelingen(capsys)["aanbeveling-afwegingskader-antidemocratisch-gedrag"]
    assert "verwijzingen naar voetnoten zijn weggelaten" in rij["grondslag"][0]["toelichting"]  # type: ignore[index]
    assert passage(omgeving(), "Verzonnen deel — Integriteit van bestuurders") is None
    assert passage(omgeving(), "Het bevorderen van bestuurlijke integriteit — Integriteit van bestuurders") is not None


def test_a_derived_date_in_the_tranche_redline_says_so_and_full_width_digits_are_named(
        capsys: pytest.CaptureFixture[str]) -> None:
    """Provinciewet 182 in tranche 1 (Stb. 2022, 444): «in werking getreden op 2023-01-01: artikel 182» stated our
    derived date as fact; «artikel ３６a» (full-width digits) got suggestions «artikel 292; artikel 310» (helper-147)."""
    out, _ = _run(["tranche", "diff", "1", "--law", "provinciewet"], capsys)
    assert "in werking getreden op 2023-01-01 (datum door ons afgeleid): artikel 182;" in out.splitlines()[0]
    _, err = _run(["show", "gemeentewet@2023-04-01", "artikel \uff13\uff16a"], capsys, 1)
    assert "(U+FF13) is geen gewoon cijfer" in err and "artikel 292" not in err


def test_instructions_say_an_artikel_enters_into_force_at_a_time_still_to_be_set(
        capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 174b in the Markdown mirror of 2014-06-05: «Treedt in werking op een nader te bepalen tijdstip»;
    `instructions … --date 2014-06-05` wrote «Deze wet treedt in werking met ingang van 5 juni 2014» for it without a
    word (helper-148)."""
    out, err = _run(["instructions", "gemeentewet-md@2014-05-16", "gemeentewet-md@2014-06-05", "--date", "2014-06-05"],
                    capsys)
    assert ("artikel 174b treedt volgens de bron (tekst zoals geldend op 2014-06-05) in werking op een nader te bepalen "
            "tijdstip; deze instructies laten alle onderdelen op 5 juni 2014 in werking treden") in err
    assert "Let op: artikel 174b treedt volgens de bron" in out  # in the act itself too


def test_instructions_across_two_acts_say_so_and_keep_a_letter_with_its_text(capsys: pytest.CaptureFixture[str],
                                                                              tmp_path: Path) -> None:
    """Gemeentewet 2022-11-05 → 2023-01-01: tranche 1 (Stb. 2022, 444) and the rekenkamer changes of other acts in one
    set of instructions under one ARTIKEL II, without a word (helper-148; Aanwijzing 6.4); the tranche's own stage
    2023-01-01 → 2023-04-01 is one act. In the Word document an onderdeel's letter stood alone at a page's foot."""
    import zipfile

    doc = tmp_path / "i.docx"
    _, err = _run(["instructions", "gemeentewet@2022-11-05", "gemeentewet@2023-01-01", "--date", "2023-01-01", "-o",
                   str(doc)], capsys)
    assert ("volgens ons model komen de verschillen tussen 2022-11-05 en 2023-01-01 uit meer dan één wet: de Wet "
            "bevorderen integriteit en functioneren decentraal bestuur en wijzigingen uit andere wetten") in err
    with zipfile.ZipFile(doc) as z:
        body = z.read("word/document.xml").decode("utf-8")
    assert '<w:keepNext/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>A</w:t>' in body.replace(" ", "")
    _, err = _run(["instructions", "gemeentewet@2023-01-01", "gemeentewet@2023-04-01", "--date", "2023-04-01"], capsys)
    assert "meer dan één wet" not in err


def test_a_lid_inserted_with_renumbering_in_a_lid_is_cited_with_its_comma() -> None:
    """«In artikel 184, eerste lid wordt, onder verlettering van onderdeel c tot d, een onderdeel ingevoegd» (helper-149):
    the formula of Aanwijzing 6.18.2 with its place named first wants the comma after «eerste lid»."""
    from wetgeving.wijziging.instructies import parse_act
    from wetgeving.wijziging.schrijven import schrijf

    tekst = ("ARTIKEL I\n\nDe Testwet wordt als volgt gewijzigd:\n\nA\n\nIn artikel 184, eerste lid, wordt, onder "
             "verlettering van onderdeel c tot d, een onderdeel ingevoegd, luidende:\n  c. nieuw;\n")
    (o,) = [o for _, o in parse_act(tekst).onderdelen()]
    assert "\n".join(schrijf(o.acties)).startswith("In artikel 184, eerste lid, wordt, onder verlettering van onderdeel c "
                                                   "tot d, een onderdeel ingevoegd")
