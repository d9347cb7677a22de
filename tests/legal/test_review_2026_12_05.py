"""Legal review of 2026-12-05 (helpers on tranche 2, the Kieswet onderdelen of tranche 1, and the graph of the
obligations): what the tool said wrongly or too strongly, each pinned with its provision and date."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.katalogus import omgeving
from wetgeving.cli import main


def _out(args: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    assert main(args) == 0
    return capsys.readouterr().out


# --- the graph: a duty not yet in force is not based on the old version's unit of the same number --------------

def test_graph_of_2022_11_05_does_not_base_the_vog_duty_on_the_old_artikel_36a_lid_2() -> None:
    """Gemeentewet artikel 36a, tweede lid: on 2022-11-05 it is about ontheffing van het vereiste van ingezetenschap;
    the VOG duty is based on the tweede lid as it reads from 2023-01-01 (Stb. 2022, 444). The graph of the version
    of 2022-11-05 linked the duty, and onderdeel F, to the old lid."""
    from wetgeving.app.verwijzingen import graph
    from wetgeving.locatie import Adres
    from wetgeving.model import tekst

    lid = omgeving().load("gemeentewet@2022-11-05").get(Adres.parse("artikel:36a/lid:2"))
    assert lid is not None and "ingezetenschap" in tekst(lid, " ")
    g = graph(omgeving(), "gemeentewet@2022-11-05")
    assert not g.has_edge("verplichting:vog-wethouder", "artikel:36a/lid:2")
    assert not g.has_edge("onderdeel:tranche-1/I/F", "artikel:36a")
    later = "gemeentewet@2023-01-01:artikel:36a/lid:2"
    assert g.has_edge("verplichting:vog-wethouder", later)
    assert g.has_edge("onderdeel:tranche-1/I/F", "gemeentewet@2023-01-01:artikel:36a")
    assert g.nodes[later]["noot"] == "Gemeentewet, zoals het luidt vanaf 2023-01-01"


def test_graph_explain_names_the_later_wording_and_the_status(capsys: pytest.CaptureFixture[str]) -> None:
    """`graph explain gemeentewet@2022-11-05 thema:vog`: the path says which wording (vanaf 2023-01-01), that the duty
    did not apply yet, and that the onderdeel's letter F is derived; on 2023-04-01 the lid of that version."""
    out = _out(["graph", "explain", "gemeentewet@2022-11-05", "thema:vog"], capsys)
    assert "artikel 36a, tweede lid (Gemeentewet, zoals het luidt vanaf 2023-01-01)" in out
    assert "onderdeel F, letter door ons afgeleid" in out and "[artikel:36a/lid:2]" not in out
    assert "(nog niet geldend) [verplichting:vog-wethouder]" in out  # adopted, published 2022-11-10
    out = _out(["graph", "explain", "gemeentewet@2023-04-01", "thema:vog"], capsys)
    assert "artikel 36a, tweede lid [artikel:36a/lid:2]" in out and "] → Verklaring omtrent het gedrag bij de " in out


def test_graph_explain_labels_a_bill_and_a_recommendation(capsys: pytest.CaptureFixture[str]) -> None:
    """Kamerstuk 36 892 (risicoanalyse) and the programme's basisscan, in the graph of 2026-10-01: neither is
    shown as a duty without its kind. (In the graph of 2023-04-01 the bill is not there at all: it dates from
    2026-02-03; test_review_2026_12_06d.)"""
    out = _out(["graph", "explain", "gemeentewet@2026-10-01", "thema:risicoanalyse"], capsys)
    # 2026-12-07 (helper-141): each says also that it is no law, in the graph's every export
    assert "(wetsvoorstel, geen geldend recht) [verplichting:risicoanalyse-wethouder]" in out
    assert "(aanbeveling, geen wettelijke plicht) [verplichting:aanbeveling-basisscan-integriteit]" in out


# --- tranche 2 (Kamerstuk 36 892): a bill, and what the sources say of it ---------------------------------------

def test_bill_stage_after_the_last_document_is_not_known(capsys: pytest.CaptureFixture[str]) -> None:
    """Kamerstuk 36 892 on 2030-01-01: the newest bill document in the sources is of 2026-02-03, and the newest
    Gemeentewet (2026-10-01) has no such provision; whether the bill is law and in force on 2030-01-01 is not known."""
    out = _out(["obligations", "--soort", "wetsvoorstel", "--date", "2030-01-01"], capsys)
    # what the Gemeentewet of 2026-10-01 shows is said between (test_review_2026_12_07b)
    assert ("geen geldend recht voor zover de bronnen tonen; het is niet verwerkt in de Gemeentewet zoals geldend vanaf "
            "2026-10-01, de nieuwste versie in de bronnen; of het voorstel op 2030-01-01 wet is en in werking is "
            "getreden, is niet bekend") in out
    out = _out(["obligations", "--soort", "wetsvoorstel", "--date", "2026-02-03"], capsys)
    assert "niet bekend" not in out and "geen geldend recht" in out


def test_the_nota_van_wijziging_of_2021_is_not_kamerstuk_35546_nr_7(capsys: pytest.CaptureFixture[str]) -> None:
    """Kamerstuk 35 546, nr. 7 (15 november 2021) is the letter saying the nota van wijziging would not be filed;
    the nota's content (the burgemeester's zorgplicht, artikel 170, tweede lid) is from the news of 25 June 2021."""
    out = _out(["tranche", "show", "2"], capsys)
    assert "niet ingediende nota van wijziging van 2021 (Kamerstuk 35 546, nr. 7)" not in out
    assert "die volgens de brief van 15 november 2021 (Kamerstuk 35 546, nr. 7) niet is ingediend" in out
    assert "Beoogde plaats" not in out and "Waarschijnlijke plaats (onze lezing)" in out


def test_risicoanalyse_aspects_follow_the_news_and_18_maart_is_our_reading(capsys: pytest.CaptureFixture[str]) -> None:
    """Kamerstuk 36 892, risicoanalyse, on 2026-12-05: the news names «onverenigbare nevenfuncties en verboden
    handelingen» as the aspects (financial interests only as current practice), and breaks off at «18 maart»."""
    out = _out(["checklist", "GM0363", "--date", "2026-12-05"], capsys)
    item = out[out.index("Risicoanalyse integriteit vóór de benoeming"):]
    item = item[:item.index("\n## ") if "\n## " in item else len(item)]
    assert "Volgens de berichtgeving over het wetsvoorstel" in item
    assert "(zoals onverenigbare nevenfuncties en verboden handelingen)" in item
    assert "verboden handelingen en financiële belangen" not in item
    assert "Dat 18 maart 2026 bedoeld is, en dus de benoemingen na die verkiezingen, is onze lezing." in item


def test_timeline_names_themes_and_kamerstuk_as_printed(capsys: pytest.CaptureFixture[str]) -> None:
    """`tranche timeline`: Kamerstuk 36 892 as the Kamer prints it, themes by name, a lower-case letter after «;»."""
    out = _out(["tranche", "timeline"], capsys)
    assert "niet bepaald: tranche 2, Kamerstuk 36 892, wetsvoorstel volgens de bronnen" in out
    assert "gemeentewet — Financiële belangen: " in out and "financiele-belangen" not in out
    assert "niet bevestigd als inhoud van het wetsvoorstel; het programma weerbaar bestuur (brief van 18 oktober 2019" in out


# --- the Kieswet onderdelen of tranche 1 (P 19, W 4, X 9; 2023-01-01) --------------------------------------------

def test_kieswet_onderdelen_are_attributed_to_stb_2022_444_as_derived(capsys: pytest.CaptureFixture[str]) -> None:
    """Kieswet P 19, W 4 and X 9, in force 2023-01-01: the BWB names Stb. 2022, 444 for their wording, but
    Stb. 2022, 292 and 410 changed other Kieswet artikelen the same day; the letters of the onderdelen are unknown."""
    out = _out(["tranche", "show", "1"], capsys)
    for naam, artikel in (("kw-p19", "P 19"), ("kw-w4", "W 4"), ("kw-x9", "X 9")):
        block = out[out.index(f"onderdeel, letter niet in de bronnen: artikel {artikel}"):]  # {naam}: no model id
        block = block[:block.find("\n\n")]
        assert "toeschrijving: afgeleid" in block and "Stb. 2022, 292 en Stb. 2022, 410" in block
        assert "de huidige tekst" not in block
    out = _out(["tranche", "timeline"], capsys)
    assert "kieswet artikel W 4 — Zetelherverdeling bij lijstuitputting (onderdeel, letter niet in de bronnen)" in out


def test_geheimhouding_in_a_besloten_vergadering_before_2023_04_01_is_a_power(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet artikel 25, eerste lid, on 2023-03-31: the raad «kan» geheimhouding opleggen; if it does, for what
    was discussed behind closed doors, it does so during that meeting. The checklist said the raad imposes it."""
    out = _out(["checklist", "GM0363", "--date", "2023-03-31"], capsys)
    assert "legt de raad tijdens die vergadering op" not in out
    assert "Wil de raad geheimhouding opleggen over wat in een besloten vergadering wordt behandeld, dan doet hij " in out


# --- quotes keep their onderdeel letters ------------------------------------------------------------------------

def test_artikel_13_lid_1_quote_on_2023_03_31_keeps_onder_l(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet artikel 13 (2023-03-31): the tweede lid's exception cites «het eerste lid, aanhef en onder l»;
    the checklist quoted the eerste lid without its letters, so «onder l» pointed nowhere. The letters are quoted;
    the text hash that says whether an assessment must be redone is of the words alone, as before."""
    import hashlib

    from wetgeving.compliance.checklist import regel
    from wetgeving.compliance.verplichtingen import verplichtingen
    from wetgeving.locatie import Adres
    from wetgeving.model import tekst

    out = _out(["checklist", "GM0363", "--date", "2023-03-31"], capsys)
    assert "Een lid van de raad is niet tevens: a. minister; b. staatssecretaris;" in out and "l. wethouder;" in out
    v = next(v for v in verplichtingen() if v.id == "incompatibiliteit-raadslid")
    r = regel(omgeving(), v, date(2023, 3, 31))
    assert r is not None
    b = next(b for b in r.basis if b.citaat.startswith("artikel 13, eerste lid"))
    unit = omgeving().load(b.versie).get(Adres.parse("artikel:13/lid:1"))
    assert unit is not None and b.sha == hashlib.sha256(tekst(unit, " ").encode("utf-8")).hexdigest()[:16]


# --- show on a date before every version held: the artikel's own date in the BWB toestand ----------------------

def test_kieswet_p_19_on_2023_01_01_is_shown_from_the_version_of_2025_08_01(capsys: pytest.CaptureFixture[str]) -> None:
    """Kieswet artikel P 19 on 2023-01-01 and W 4, tweede lid, on 2023-06-01: the sources hold only the version of
    2025-08-01, whose artikelen record «inwerking 2023-01-01, Stb. 2022, 444»; they read so on those dates too (the
    checklist says the same). `show` refused with «geen versie van kieswet geldt op …», which is false of the law."""
    assert main(["show", "kieswet@2023-01-01", "artikel P 19"]) == 0
    got = capsys.readouterr()
    assert "Artikel P 19" in got.out
    assert ("let op: de bronnen hebben geen versie van de Kieswet die op 2023-01-01 gold; volgens de versie van "
            "2025-08-01 luidt artikel P 19 zo sinds 2023-01-01 (Stb. 2022, 444), dus ook op 2023-01-01") in got.err
    assert main(["show", "kieswet@2023-06-01", "artikel W 4, tweede lid"]) == 0
    assert "luidt artikel W 4 zo sinds 2023-01-01" in capsys.readouterr().err


def test_kieswet_p_19_on_2022_12_31_is_refused_as_not_in_the_sources(capsys: pytest.CaptureFixture[str]) -> None:
    """Kieswet artikel P 19 on 2022-12-31: its present text entered into force on 2023-01-01 and the sources hold
    no older text; the refusal says the sources lack it, not that no Kieswet applied."""
    assert main(["show", "kieswet@2022-12-31", "artikel P 19"]) == 2
    err = capsys.readouterr().err
    assert "de bronnen hebben geen versie van de Kieswet die op 2022-12-31 gold" in err and "geldt op" not in err


# --- consultation comments name the bill's onderdeel (toelichting bij Aanwijzing 6.20) ------------------------------

def test_comments_on_tranche_2_name_artikel_i_onderdeel_of_the_bill(tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """Kamerstuk 36 892 (illustrative draft on Gemeentewet 2026-10-01): artikel 36c exists only in the draft; a
    comment on it named «artikel 36c, eerste lid, Gemeentewet» as if it were law. It now names the bill's onderdeel
    and that the artikel is new; artikel 170, tweede lid (onderdeel C), is an existing provision."""
    out = tmp_path / "r.txt"
    example = Path(__file__).parent.parent.parent / "examples" / "reactie-tranche-2.yaml"
    assert main(["consult", str(example), "--output", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert "Artikel I, onderdeel A, van het illustratieve ontwerp: artikel 36c, eerste lid, Gemeentewet (in te voegen)" in text
    assert "Artikel I, onderdeel C, van het illustratieve ontwerp: artikel 170, tweede lid, Gemeentewet:" in text
    assert "van het wetsvoorstel (" not in text  # the draft is ours, not the bill
    assert "\nartikel 36c" not in text


def test_comments_on_tranche_1_say_a_derived_letter_is_derived(tmp_path: Path) -> None:
    """Stb. 2022, 444 (in force 2023-01-01) on Gemeentewet 2022-11-05: the letter F of the onderdeel that changes
    artikel 36a is our reconstruction (the Kamerstuk excerpt has A–C); the comment says so, «van de wijzigingswet»
    (not «van de wet», the law it amends). The tweede lid it comments on is inserted «onder vernummering»: new, so
    the old tweede lid (ontheffing van het vereiste van ingezetenschap, now the derde) is not its current text; the
    same for 23, vierde lid (onderdeel C)."""
    out = tmp_path / "r.txt"
    example = Path(__file__).parent.parent.parent / "examples" / "reactie-tranche-1.md"
    # dated after the act's publication (2022-11-10): the act's words; the example's own date (2020-01-20) is of the
    # bill's time and speaks of a bill (helper-110)
    assert main(["consult", str(example), "--output", str(out), "--date", "2022-12-01"]) == 0
    text = out.read_text(encoding="utf-8")
    assert ("Artikel I, onderdeel F (letter door ons afgeleid), van de wijzigingswet: artikel 36a, tweede lid, Gemeentewet "
            "(ingevoegd)") in text
    assert "Artikel I, onderdeel C, van de wijzigingswet: artikel 23, vierde lid, Gemeentewet (ingevoegd)" in text
    assert main(["consult", str(example), "--output", str(out), "--force"]) == 0
    text = out.read_text(encoding="utf-8")
    # helper-126: a reaction of before the publication comments on the bill as adopted, whose text it shows
    assert ("Artikel I, onderdeel F (letter door ons afgeleid), van het wetsvoorstel zoals later aangenomen: artikel 36a, "
            "tweede lid, Gemeentewet (in te voegen)") in text
    html = tmp_path / "r.html"
    assert main(["consult", str(example), "--output", str(html)]) == 0
    page = html.read_text(encoding="utf-8")
    assert page.count("(nieuwe bepaling)") == 2 and "vereiste van ingezetenschap" not in page


def test_a_comment_on_a_renumbered_lid_quotes_the_lid_it_was(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet artikel 36a, derde lid, as tranche 1 (Stb. 2022, 444) makes it, is the tweede lid of 2022-11-05
    (ontheffing van het vereiste van ingezetenschap), renumbered: its current text is that lid, the citation says
    «(nieuw)» as Aanwijzing 6.19 marks a new number, and the warning says the text is unchanged but renumbered."""
    comments = tmp_path / "r.md"
    example = (Path(__file__).parent.parent.parent / "examples" / "reactie-tranche-1.md").read_text(encoding="utf-8")
    comments.write_text(example[:example.index("## artikel 23")] + "## artikel 36a, derde lid\n\nDe ontheffing blijft nodig.\n",
                        encoding="utf-8")
    html = tmp_path / "r.html"
    assert main(["consult", str(comments), "--output", str(html)]) == 0
    err = capsys.readouterr().err
    # helper-126: a reaction of before the publication comments on the bill as adopted, whose text it shows
    assert ("het wetsvoorstel zoals later aangenomen wijzigt artikel 36a, derde lid, niet; de opmerking blijft staan bij de "
            "tekst zoals die is; "
            "artikel 36a, "
            "tweede lid, wordt vernummerd tot "
            "artikel 36a, derde lid") in err
    page = html.read_text(encoding="utf-8")
    assert ("artikel 36a, derde lid (nieuw), Gemeentewet; in de versie van 5 november 2022: artikel 36a, "
            "tweede lid") in page
    assert "vereiste van ingezetenschap" in page and "(nieuwe bepaling)" not in page


def test_obligations_counts_bills_and_recommendations_apart(capsys: pytest.CaptureFixture[str]) -> None:
    """Kamerstuk 36 892 and the programme weerbaar bestuur (2019-10-18) on 2026-12-05: a bill or a recommendation
    is not counted as a verplichting, and a bill's status does not repeat «wetsvoorstel»."""
    assert _out(["obligations", "--soort", "aanbeveling"], capsys).endswith("\n12 aanbevelingen\n")
    out = _out(["obligations", "--date", "2026-12-05"], capsys)
    # Kieswet X 8 counts as a bevoegdheid since 2026-12-06 (test_review_2026_12_06c), as does the rule on lifting
    # geheimhouding (Gemeentewet 89, derde en vierde lid; test_review_2026_12_06d); the report of an opengevallen
    # raadszetel (Kieswet X 1, tweede lid) is a duty since the eighth session (test_review_2026_12_06j)
    # 40 since the benoemdverklaring of a successor (Kieswet W 1, eerste lid) is a duty (test_review_2026_12_07)
    # 42 since Gemeentewet 66 and 44, vierde en vijfde lid (vergoedingen voor nevenfuncties uit hoofde van het ambt), are
    # duties (test_review_2026_12_07f)
    # a bill's subjects counted with their bill, and those without a named addressee (helper-170, helper-174; 2026-12-07)
    assert ("\n42 wettelijke verplichtingen (geldend: 42), 4 wettelijke bevoegdheden of voorwaarden (geldend: 4), "
            "2 onderwerpen uit 1 wetsvoorstel (1 zonder genoemde normadressaat) en 12 aanbevelingen op 2026-12-05\n") in out
    assert "\n  - Kamerstuk 36 892, stukken gedateerd 2026-02-03; geen geldend recht" in out  # nested item (2026-12-07)
    assert "wetsvoorstel (Kamerstuk" not in out


def test_since_2022_12_01_marks_the_old_kieswet_wording_as_our_description(capsys: pytest.CaptureFixture[str]) -> None:
    """Kieswet artikelen P 19 and W 4 before 2023-01-01: the sources hold no older Kieswet text; the old wording
    rests on the government's press release of 5 June 2020. `checklist --since 2022-12-01` printed it as «was:»
    like a quoted text; Gemeentewet 28 (text of 2022-11-05 in the sources) keeps a plain «was:»."""
    out = _out(["checklist", "GM0363", "--since", "2022-12-01", "--date", "2023-04-15"], capsys)
    for artikel in ("P 19", "W 4"):
        assert (f"  was (onze beschrijving; de toenmalige tekst van artikel {artikel} Kieswet staat niet in de bronnen, "
                "zie de toelichting): ") in out
    assert "  was: Een raadslid neemt niet deel aan de stemming over" in out


def test_recommendations_say_no_more_than_the_programme() -> None:
    """Programme weerbaar bestuur (bijlage bij de brief van 18 oktober 2019): the VNG «is bereid» to sharpen its
    model reglement; an agressieprotocol «helpt» to be set; the partner is «doorgaans» involved; the basisscan gives
    «meer eenduidigheid». The titles and wordings said more (a reglement to sharpen, a protocol to adopt)."""
    from wetgeving.compliance.verplichtingen import verplichtingen

    by_id = {v.id: v for v in verplichtingen()}
    assert by_id["aanbeveling-modelreglement-van-orde"].titel.startswith("Aangescherpt VNG-modelreglement van orde")
    assert by_id["aanbeveling-norm-en-agressieprotocol"].titel == "Norm bespreken; een agressieprotocol kan daarbij helpen"
    assert "bij voorkeur" not in by_id["aanbeveling-zelfscan-persoonlijke-veiligheid"].perioden[0].handeling
    assert "zorgvuldig" not in by_id["aanbeveling-basisscan-integriteit"].perioden[0].handeling


def test_explain_does_not_say_onderdeel_kw_w4_amends_kieswet_w_3(capsys: pytest.CaptureFixture[str]) -> None:
    """Kieswet artikel W 3 (2025-08-01) reads so since 2018-06-13 (Stb. 2018, 106); tranche 1 changed W 4, not W 3.
    The duty on opvolging rests on both, and `graph explain` drew «onderdeel kw-w4 → artikel W 3»."""
    out = _out(["graph", "explain", "kieswet@2025-08-01", "thema:zetelherverdeling-lijstuitputting"], capsys)
    assert "[onderdeel:tranche-1/V/kw-w4] → artikel W 3" not in out
    assert "[thema:zetelherverdeling-lijstuitputting] → artikel W 3 [artikel:W 3] → " in out
    assert "[onderdeel:tranche-1/V/kw-w4] → artikel W 4, eerste lid [artikel:W 4/lid:1]" in out


def test_diff_json_keeps_the_lid_numbers_of_an_added_artikel(capsys: pytest.CaptureFixture[str]) -> None:
    """Tranche 1 (Stb. 2022, 444) on Gemeentewet 2022-11-05: artikel 89 is inserted whole (in force 2023-04-01).
    The JSON gave its leden as one string; it now also gives the printed lines, «1.», «2.» … kept."""
    import json

    out = _out(["tranche", "diff", "1", "--law", "gemeentewet", "--format", "json"], capsys)
    art = next(a for a in json.loads(out)["artikelen"] if a["nieuw"] == "89")
    regels = art["wijzigingen"][0]["regels"]
    assert regels[0].startswith("1. ") and regels[1].startswith("2. ")


def test_the_act_s_artikel_numbers_for_provinciewet_and_kieswet_are_derived(capsys: pytest.CaptureFixture[str]) -> None:
    """Stb. 2022, 444: the sources give artikel I (Gemeentewet, the Kamerstuk excerpt) and name «artikel II» only in
    the inwerkingtredingsbesluit's list; «Artikel V» for the Kieswet comes from a compiler's note, not a source text.
    `tranche show 1` printed «ARTIKEL V (kieswet)» as fact, and no line on the missing instruction."""
    out = _out(["tranche", "show", "1"], capsys)
    assert "ARTIKEL V (kieswet; nummer afgeleid), onderdeel, letter niet in de bronnen: artikel P 19" in out
    assert "ARTIKEL II (provinciewet; nummer afgeleid)" in out and "ARTIKEL I (gemeentewet), onderdeel E" in out
    block = out[out.index("ARTIKEL V (kieswet; nummer afgeleid), onderdeel, letter niet in de bronnen: artikel W 4"):]
    assert "\n  Wijzigingsinstructie: niet beschikbaar" in block[:block.find("\n\n")]


def test_checklist_2026_12_05_says_since_when_kieswet_p_19_reads_so(capsys: pytest.CaptureFixture[str]) -> None:
    """Kieswet artikel P 19 on 2026-12-05: quoted from the version of 2025-08-01, whose artikel records «inwerking
    2023-01-01, Stb. 2022, 444». The note gave only «tekst geldig vanaf 2025-08-01»."""
    out = _out(["checklist", "GM0363", "--date", "2026-12-05"], capsys)
    # «tekst van de versie die geldt vanaf» since 2026-12-07 (helper-175: the range is the version's, not the provision's)
    assert ("tekst van de versie die geldt vanaf 2025-08-01, de nieuwste versie in de bronnen op deze datum; volgens die "
            "versie luidt "
            "artikel P 19 zo sinds 2023-01-01 (Stb. 2022, 444); een latere wijziging is niet uitgesloten") in out


def test_a_recommendation_names_the_programme_heading_it_comes_from(capsys: pytest.CaptureFixture[str]) -> None:
    """Programme weerbaar bestuur (brief van 18 oktober 2019, bijlage): the checklist cited a recommendation only by
    our own name for its action line; it now names the bijlage's heading, and that the name is ours."""
    out = _out(["checklist", "GM0363", "--date", "2023-04-15"], capsys)
    assert ("actielijn ‘Adequaat integriteitsbeleid’ (in de bijlage onder «Het bevorderen van bestuurlijke integriteit — "
            "Integriteit van bestuurders»)") in out
    assert "‘Adequaat integriteitsbeleid’ is onze naam voor deze actielijn" in out


def test_tranche_1_between_adoption_and_publication_is_no_bill(capsys: pytest.CaptureFixture[str]) -> None:
    """Stb. 2022, 444 on 2022-11-05: adopted by the Eerste Kamer on 2022-10-11, published on 2022-11-10; the date of
    entry into force was set by the besluit of 2022-12-16 (Stb. 2022, 504; politiekeambtsdragers.nl). The VOG duty
    (Gemeentewet 36a, tweede lid, from 2023-01-01) was called «wetsvoorstel» on that date; before 2022-10-11 it was."""
    out = _out(["obligations", "--date", "2022-11-05", "--theme", "vog"], capsys)
    assert "vog-wethouder — nog niet geldend (inwerkingtreding nog niet bepaald) op 2022-11-05" in out  # helper-108
    assert ("aangenomen door de Eerste Kamer op 2022-10-11, nog niet bekendgemaakt (Stb. 2022, 444 verscheen op "
            "2022-11-10); datum van inwerkingtreding op 2022-11-05 nog niet bepaald (het inwerkingtredingsbesluit, "
            "gepubliceerd op 2022-12-16, stelde haar later vast: in werking vanaf 2023-01-01)") in out
    assert "wetsvoorstel" not in out
    assert "vog-wethouder — wetsvoorstel op 2022-10-10" in _out(["obligations", "--date", "2022-10-10", "--theme", "vog"],
                                                               capsys)
    out = _out(["graph", "explain", "gemeentewet@2022-11-05", "thema:vog"], capsys)
    assert "(nog niet geldend) [verplichting:vog-wethouder]" in out


def test_graph_of_2022_11_05_does_not_base_the_cdk_duty_on_the_old_provinciewet_182_lid_2(
        capsys: pytest.CaptureFixture[str]) -> None:
    """Provinciewet artikel 182, tweede lid: on 2022-11-05 it says the commissaris may be given other tasks by law;
    the duty to attend meetings and see documents rests on the tweede lid from 2023-01-01 (date derived)."""
    out = _out(["graph", "explain", "gemeentewet@2022-11-05", "thema:toezicht-ter-plaatse"], capsys)
    assert "[jci1.3:c:BWBR0005645&artikel=182&lid=2]" not in out
    assert ("artikel 182, tweede lid (Provinciewet, zoals het luidt vanaf 2023-01-01 [datum afgeleid, niet uit een "
            "officiële bekendmaking])") in out


def test_quotes_and_labels_after_the_second_review(capsys: pytest.CaptureFixture[str]) -> None:
    """Kamerstuk 36 892 on 2026-12-05 (gemeente.nu, 26 januari 2026) is quoted word for word; the programme's
    address to the VNG is marked as our derivation; machine tokens and «Kamerstuk 35546» are gone (helper-38)."""
    out = _out(["checklist", "GM0363", "--date", "2026-12-05"], capsys)
    assert "«De wet zal nog niet gelden bij de gemeenteraadsverkiezingen van 18 maart»" in out
    assert "Aangescherpt VNG-modelreglement van orde betrekken bij het eigen reglement (onze afleiding)" in out
    out = _out(["tranche", "list"], capsys)
    assert "tranche, in werking; Kamerstuk 35 546;" in out and "in-werking" not in out
