"""Legal review of 2026-12-07 (eighth session); each test names its provision and date."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.legal._cli import run as _run

# --- checklist: a note shown before a change speaks of that change as still to come ----------------------------------


@pytest.mark.parametrize("datum", ["2022-10-01", "2022-12-31"])
def test_belangenverstrengeling_before_2023_speaks_of_the_new_lid_as_coming(
    sources: Path, capsys: pytest.CaptureFixture[str], datum: str
) -> None:
    """Gemeentewet 28, tweede lid (Awb 2:4 excluded), exists only from 2023-01-01 (Stb. 2022, 444). On a date before,
    the note said the law was «in werking sinds 1 januari 2023», as if it were already in force on that date."""
    out, _ = _run(["checklist", "GM0344", "--date", datum], capsys)
    assert "in werking sinds 1 januari 2023" not in out
    assert "Pas vanaf 1 januari 2023 sluit artikel 28, tweede lid" in out


# --- checklist: a duty in force whose new wording is still a bill, or adopted but unpublished ------------------------


def test_a_bills_new_wording_of_a_duty_in_force_is_shown_as_proposed(sources: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 28 (raadslid neemt niet deel), 2022-10-01: Kamerstuk 35 546 (ingediend 2020-08-31) would add the
    beraadslaging; the checklist said nothing of it until Stb. 2022, 444 was published on 2022-11-10. Now it shows the
    wording as proposed, no law, and after the Eerste Kamer adopted it (2022-10-11) as adopted, not yet published."""
    out, _ = _run(["checklist", "GM0344", "--date", "2022-10-01"], capsys)
    item = out.split("## Raadslid neemt niet deel bij een persoonlijk belang", 1)[1].split("\n## ", 1)[0]
    assert ("- **Voorgestelde wijziging (op 2022-10-01 een wetsvoorstel, Kamerstuk 35 546, ingediend 2020-08-31; geen "
            "geldend recht; beschreven zoals later aangenomen, de tekst van het voorstel kon afwijken):** Een raadslid "
            "neemt niet deel aan de beraadslaging en de stemming") in item
    assert "Wijzigt op" not in item
    out, _ = _run(["checklist", "GM0344", "--date", "2022-10-20"], capsys)
    item = out.split("## Raadslid neemt niet deel bij een persoonlijk belang", 1)[1].split("\n## ", 1)[0]
    assert ("- **Aangenomen wijziging (aangenomen door de Eerste Kamer op 2022-10-11, nog niet bekendgemaakt, Stb. 2022, "
            "444 verscheen pas op 2022-11-10; nog geen geldend recht; in werking op een bij koninklijk besluit te "
            "bepalen tijdstip, later vastgesteld: 2023-01-01):**") in item
    out, _ = _run(["checklist", "GM0344", "--date", "2020-08-30"], capsys)  # the day before the bill: nothing
    item = out.split("## Raadslid neemt niet deel bij een persoonlijk belang", 1)[1].split("\n## ", 1)[0]
    assert "wijziging (" not in item and "Wijzigt op" not in item


def test_since_lists_a_bills_new_wordings_apart_from_announced_law(sources: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Kamerstuk 35 546, submitted 2020-08-31: between 2020-01-01 and 2021-01-01 its new wording of Gemeentewet 28 is
    listed under the bills, not under «Aangekondigde wijzigingen»."""
    out, _ = _run(["checklist", "GM0344", "--since", "2020-01-01", "--date", "2021-01-01"], capsys)
    assert "## Voorgestelde wijzigingen in ingediende wetsvoorstellen, geen geldend recht (" in out
    # announced law in that year: Kieswet X 8 only (Stb. 2020, 262, published 2020-07-17)
    aangekondigd = out.split("## Aangekondigde wijzigingen", 1)[1].split("\n## ", 1)[0] if "## Aangekondigde" in out else ""
    assert "[belangenverstrengeling-raad]" not in aangekondigd
    assert "- Raadslid neemt niet deel bij een persoonlijk belang [belangenverstrengeling-raad]: voorgestelde wijziging (" in out
    # helper-184: «wordt:» said the bill's wording as what the duty becomes; and «op deze datum» beside two dates
    assert "\n  zou worden: Een raadslid neemt niet deel aan de beraadslaging" in out and "op deze datum" not in out


def test_the_json_and_csv_of_a_bill_say_it_is_neither_published_nor_dated(
    tmp_path: Path, sources: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Kamerstuk 36 892 (risicoanalyse, a bill) on 2026-03-18 and Kamerstuk 35 546 (Gemeentewet 36a, tweede lid, VOG) on
    2022-06-01: the JSON said «bekendgemaakt»: true and «vanaf_bepaald»: true of both, and the CSV gave the VOG duty
    «2023-01-01» as the start of its wording; an aanbeveling is no act (null)."""
    import json

    out, _ = _run(["checklist", "GM0344", "--date", "2026-03-18", "--format", "json"], capsys)
    items = {r["id"]: r for r in json.loads(out)["verplichtingen"]}
    risico = items["risicoanalyse-wethouder"]
    assert (risico["bekendgemaakt"], risico["vanaf_bepaald"]) == (False, False)
    assert items["aanbeveling-basisscan-integriteit"]["bekendgemaakt"] is None
    assert (items["vog-wethouder"]["bekendgemaakt"], items["vog-wethouder"]["vanaf_bepaald"]) == (True, True)
    csv = tmp_path / "c.csv"
    _run(["checklist", "GM0344", "--date", "2022-06-01", "-o", str(csv)], capsys)
    rij = next(r for r in csv.read_text(encoding="utf-8-sig").splitlines() if ';"vog-wethouder";' in r)
    assert ';"nog niet bepaald (op de peildatum een wetsvoorstel; later vastgesteld: 2023-01-01)";' in rij


# --- refs and graph impact: a reference whose cited lid was renumbered under it -----------------------------------------

VERNUMMERD = ("artikel 47, eerste lid, luidt zo al in de versie van 2022-11-05; wat toen artikel 36a, tweede lid, was, "
              "staat in deze versie als artikel 36a, derde lid, en artikel 36a, tweede lid, heeft nu een andere tekst "
              "(een vernummering); of de verwijzing nu artikel 36a, tweede lid, bedoelt of artikel 36a, derde lid, staat "
              "niet in de bronnen")


def test_refs_says_that_47_cites_a_renumbered_lid_of_36a(sources: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 47, eerste lid (2023-01-01), cites «artikel 36a, eerste en tweede lid», as in 2022-11-05; Stb. 2022,
    444 inserted the VOG as 36a, tweede lid, and the ontheffing became the derde lid. Only `instructions` said so;
    `refs` showed the reference as an ordinary one (helper-180)."""
    out, _ = _run(["refs", "gemeentewet@2023-01-01", "artikel 47"], capsys)
    assert f"  let op: {VERNUMMERD}\n" in out
    out, _ = _run(["refs", "gemeentewet@2023-01-01", "artikel 47", "--format", "json"], capsys)
    assert VERNUMMERD in out
    out, _ = _run(["refs", "gemeentewet@2022-11-05", "artikel 47"], capsys)  # the version before: nothing to say
    assert "let op" not in out and "vernummering" not in out


@pytest.mark.parametrize("lid", ["tweede", "derde"])
def test_graph_impact_says_it_of_both_leden(sources: Path, capsys: pytest.CaptureFixture[str], lid: str) -> None:
    """Gemeentewet 36a, tweede and derde lid (2023-01-01): `graph impact` on the VOG lid listed artikel 47 without a
    word, and on the ontheffing said only «niets verwijst naar artikel 36a, derde lid» (helper-180)."""
    out, _ = _run(["graph", "impact", "gemeentewet@2023-01-01", f"artikel 36a, {lid} lid"], capsys)
    assert f"Let op: {VERNUMMERD}." in out
    if lid == "derde":  # helper-184: «niets verwijst naar» under a note that says 47 may mean it
        assert ("niets verwijst met dit nummer naar artikel 36a, derde lid (zie de «Let op» hierboven; verwijzingen "
                "binnen artikel 36a, derde lid, zelf niet meegeteld)") in out


@pytest.mark.parametrize(("versie", "adres"), [("2023-04-01", "artikel 47"), ("2026-10-01", "artikel 47")])
def test_the_note_on_47_holds_in_every_later_version(
    sources: Path, capsys: pytest.CaptureFixture[str], versie: str, adres: str
) -> None:
    """Gemeentewet 47, eerste lid, and 36a read so in 2023-04-01 and 2026-10-01 too; the note was said of 2023-01-01,
    the version right after the change, only (helper-184)."""
    out, _ = _run(["refs", f"gemeentewet@{versie}", adres], capsys)
    assert f"  let op: {VERNUMMERD}\n" in out


def test_graph_impact_on_the_whole_artikel_36a_gives_the_note(sources: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 36a asked for whole (2023-04-01): 47 cites its tweede lid; the note was given for the lid only
    (helper-184)."""
    out, _ = _run(["graph", "impact", "gemeentewet@2023-04-01", "artikel 36a"], capsys)
    assert f"Let op: {VERNUMMERD}." in out


# --- consult: the bill's order, Dutch messages, the document's own properties ----------------------------------------

REACTIE_T2 = """consultatie:
  wetsvoorstel: tranche-2
  basis: gemeentewet@2026-10-01
  kamerstuk: "36892"
  organisatie: Proefkantoor
  datum: 2026-10-15
opmerkingen:
  - bepaling: artikel 170, tweede lid
    opmerking: Over de zorgplicht.
  - bepaling: artikel 36c, vierde lid
    opmerking: Over het vierde lid.
  - bepaling: artikel 36c, eerste lid
    opmerking: Over het eerste lid.
  - bepaling: artikel 36c, vierde lid
    opmerking: Nog een over het vierde lid.
"""


def test_consult_puts_the_comments_in_the_order_of_the_law(
    tmp_path: Path, sources: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Kamerstuk 36 892 (illustrative draft, 2026-10-15): onderdeel A inserts 36c, C amends 170, tweede lid. The
    document followed the file: 170 before 36c, and 36c, vierde lid, before its eerste lid; two comments on one lid were
    split (helper-182). Now the law's order, comments on one provision as written."""
    from tests.legal._cli import consult

    uit = tmp_path / "r.txt"
    consult(tmp_path, REACTIE_T2, uit, capsys)
    tekst = uit.read_text(encoding="utf-8")
    plekken = [tekst.index(x) for x in ("Over het eerste lid.", "Over het vierde lid.", "Nog een over het vierde lid.",
                                        "Over de zorgplicht.")]
    assert plekken == sorted(plekken)


def test_consult_says_a_backslash_in_double_quotes_in_dutch(
    tmp_path: Path, sources: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A comment on Gemeentewet 170, tweede lid (Kamerstuk 36 892, 2026-10-15) with «\\q» in double quotes: the
    YAML reader's «found unknown escape character» was passed on in English (helper-182)."""
    from tests.legal._cli import consult

    reactie = REACTIE_T2.replace("opmerking: Over de zorgplicht.", 'opmerking: "Zie \\\\server\\q."')
    _, err = consult(tmp_path, reactie, tmp_path / "r.docx", capsys, 1)
    assert "in het Engels" not in err and "een «\\» in een tekst tussen dubbele aanhalingstekens" in err
    assert "schrijf «\\\\»" in err and not (tmp_path / "r.docx").exists()


def test_consult_reads_the_heading_algemeen(tmp_path: Path, sources: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A Markdown reaction on tranche 1 (Kamerstuk 35 546, 2020-01-20) with «# Algemeen»: refused as «de onbekende kop»,
    while «# Algemene opmerkingen» was read (the prefix «algemen» does not fit «algemeen»; helper-182)."""
    kop = ("---\nwetsvoorstel: tranche-1\nbasis: gemeentewet@2022-11-05\nkamerstuk: \"35546\"\norganisatie: Proef\n"
           "datum: 2020-01-20\n---\n\n# Algemeen\n\n- Een algemene opmerking.\n")
    f = tmp_path / "r.md"
    f.write_text(kop, encoding="utf-8")
    _run(["consult", str(f), "-o", str(tmp_path / "r.txt")], capsys)
    assert "- Een algemene opmerking." in (tmp_path / "r.txt").read_text(encoding="utf-8")


def test_a_word_document_names_wetgeving_as_its_application(
    tmp_path: Path, sources: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The reaction on Kamerstuk 36 892 (2026-10-15) as .docx: docProps/app.xml said «Microsoft Macintosh Word» 14 with
    an English «Title», and the package held the template's thumbnail and bibliography (helper-182)."""
    import zipfile

    from tests.legal._cli import consult

    uit = tmp_path / "r.docx"
    consult(tmp_path, REACTIE_T2, uit, capsys)
    with zipfile.ZipFile(uit) as z:
        app = z.read("docProps/app.xml").decode()
        namen = z.namelist()
    assert "<Application>wetgeving</Application>" in app and "Macintosh" not in app and "Title" not in app
    assert not [n for n in namen if "thumbnail" in n or n.startswith("customXml")]


# --- graph export: the relation in Dutch beside the kind --------------------------------------------------------------


def test_the_graph_export_says_what_binds_and_what_does_not(
    tmp_path: Path, sources: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """On 2026-12-07: financiële belangen (Kamerstuk 36 892, a bill) and Gemeentewet 87 (geheimhouding opleggen, a
    power) were «obliges» in the JSON and GraphML export, where the DOT said «zou verplichten» and «geeft bevoegdheid
    aan» (helper-181). Each edge now carries the Dutch relation too."""
    from tests.legal._cli import graaf_verbindingen

    links = graaf_verbindingen(tmp_path, capsys, "gemeentewet@2026-12-07")

    def relatie(bron: str, doel: str) -> str:
        return links[bron, doel]["relatie"]

    assert relatie("verplichting:financiele-belangen-bestuurders", "actor:wethouder") == "zou verplichten"
    assert relatie("verplichting:geheimhouding-oplegging", "actor:raad") == "geeft bevoegdheid aan"
    assert relatie("verplichting:aanbeveling-basisscan-integriteit", "actor:raad") == "richt zich tot"
    assert relatie("verplichting:vog-wethouder", "actor:wethouder") == "verplicht"
    uit = tmp_path / "g.graphml"
    _run(["graph", "export", "gemeentewet@2026-12-07", "-o", str(uit)], capsys)
    assert 'attr.name="relatie"' in uit.read_text(encoding="utf-8")


def test_graph_dangling_after_tranche_1_names_47(sources: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 47, eerste lid, after tranche 1 (Stb. 2022, 444, onderdelen in force on 2023-01-01) applied to the
    version of 2022-11-05: the reference to 36a, tweede lid, now the VOG, was said by `instructions` only, while the
    hint of `apply` points to `graph dangling --after` (helper-181)."""
    out, _ = _run(["graph", "dangling", "gemeentewet@2022-11-05", "--after", "1", "--date", "2023-01-01"], capsys)
    assert ("Let op: artikel 47, eerste lid, Gemeentewet verwijst naar artikel 36a, tweede lid («artikel 36a, eerste en "
            "tweede lid»), dat deze wijziging vernummerde tot artikel 36a, derde lid; de verwijzing is niet aangepast") in out


# --- obligations --date: the next wording, as the checklist says it -------------------------------------------------------


@pytest.mark.parametrize(("datum", "kop"), [
    ("2022-12-31", "Wijzigt op 2023-01-01: "),
    ("2021-06-01", "Voorgestelde wijziging (op 2021-06-01 een wetsvoorstel, Kamerstuk 35 546, ingediend 2020-08-31; geen "
                   "geldend recht;"),
])
def test_obligations_on_a_date_names_the_next_wording(
    sources: Path, capsys: pytest.CaptureFixture[str], datum: str, kop: str
) -> None:
    """Gemeentewet 28 (raadslid neemt niet deel): on 2022-12-31 Stb. 2022, 444 (published 2022-11-10, its day set on
    2022-12-16) would add the beraadslaging on 2023-01-01; `obligations --date` showed only the old wording, where the
    checklist said «Wijzigt op 2023-01-01» (helper-181)."""
    out, _ = _run(["obligations", "--date", datum], capsys)
    item = out.split("- belangenverstrengeling-raad — ", 1)[1].split("\n- ", 1)[0]
    assert f"\n  - {kop}" in item and "neemt niet deel aan de beraadslaging en de stemming" in item


def test_the_json_of_a_proposed_wording_says_its_day_was_not_set(sources: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 28 on 2021-06-01 (Kamerstuk 35 546, a bill) and 2022-10-11 (adopted, unpublished): the JSON's
    «volgende» gave «vanaf» 2023-01-01 without «bepaald»: false, a day Stb. 2022, 504 set only on 2022-12-16
    (helper-184)."""
    import json

    for datum, stadium in (("2021-06-01", "wetsvoorstel"), ("2022-10-11", "aangenomen")):
        out, _ = _run(["checklist", "GM0344", "--date", datum, "--format", "json"], capsys)
        volgende = next(r for r in json.loads(out)["verplichtingen"] if r["id"] == "belangenverstrengeling-raad")["volgende"]
        assert (volgende["stadium"], volgende["bepaald"], volgende["vanaf"]) == (stadium, False, "2023-01-01")


# --- the Aanwijzingen voor de regelgeving: aanwijzing 6.18 is an artikel of its own ------------------------------------


def test_the_aanwijzingen_are_read_by_their_own_numbers(sources: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Aanwijzing 6.18, derde lid (version of 2024-07-01): adding leden to an artikel that has none. The source numbers
    «6.18.3»; it was read as artikel 6, with aanwijzingen 6.1 to 6.23 as one artikel whose leden restarted, and
    «artikel 6.12» could not be asked for (helper-183)."""
    out, _ = _run(["show", "aanwijzingen", "aanwijzing 6.18, derde lid"], capsys)
    assert "jci1.3:c:BWBR0005730&artikel=6.18&lid=3&" in out and "nog niet uit leden bestaat" in out
    out, _ = _run(["show", "aanwijzingen", "artikel 6.12"], capsys)
    assert "\nArtikel 6.12\n1. Het schrappen van een artikel" in out
    _, err = _run(["show", "aanwijzingen", "artikel 6"], capsys, 2)
    assert "alleen de artikelen 6.1, 6.2," in err


def test_apply_with_a_date_still_names_an_unreadable_instruction(
    tmp_path: Path, sources: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Kamerstuk 35 546, nr. 2 (the excerpt ends inside onderdeel C, artikel 23) applied on 2023-01-01: onderdeel C,
    dated 2023-04-01 by our model of Stb. 2022, 444, was only «niet in werking», while without --date it «mislukt» for
    its cut-off instruction (helper-183)."""
    act = sources / "tranche1" / "kst-35546-2-voorstel-van-wet.EXCERPT.txt"
    out, _ = _run(["apply", "gemeentewet@2022-11-05", str(act), "--date", "2023-01-01", "--partial",
                   "-o", str(tmp_path / "n.xml")], capsys)
    rij = next(r for r in out.splitlines() if r.startswith("ARTIKEL I, onderdeel C: niet in werking"))
    assert "; bevat ook een onleesbare instructie (regel 41, positie 48)" in rij


# --- apply: the Aanwijzingen's forms --------------------------------------------------------------------------------------


def test_a_lid_added_to_an_artikel_without_leden_needs_the_aanduiding_first(
    tmp_path: Path, sources: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Gemeentewet 291 (2023-01-01) has no leden. «Aan artikel 291 wordt een lid toegevoegd» left its text unnumbered
    before «2.» and `apply` said «toegepast» (helper-177); aanwijzing 6.18, derde lid, first places «1.» before the text."""
    from tests.legal._cli import wet

    zonder = wet(tmp_path, "A\n\nAan artikel 291 wordt een lid toegevoegd, luidende:\n2. Een tweede lid.\n", naam="a.txt")
    out, _ = _run(["apply", "gemeentewet@2023-01-01", str(zonder), "--date", "2023-02-01", "-o", str(tmp_path / "a.xml")],
                  capsys, 1)
    assert "mislukt — artikel 291 bestaat niet uit leden" in out and "(aanwijzing 6.18, derde lid)" in out
    assert not (tmp_path / "a.xml").exists()
    met = wet(tmp_path, "A\n\nArtikel 291 wordt als volgt gewijzigd:\n\n1. Voor de tekst wordt de aanduiding ‘1.’ "
                        "geplaatst.\n\n2. Er wordt een lid toegevoegd, luidende:\n2. Een tweede lid.\n", naam="b.txt")
    _run(["apply", "gemeentewet@2023-01-01", str(met), "--date", "2023-02-01", "-o", str(tmp_path / "b.xml")], capsys)
    out, _ = _run(["show", str(tmp_path / "b.xml"), "artikel 291, eerste lid"], capsys)
    assert "\n1. " in out


def test_the_note_on_a_new_hoofdstuk_is_grammatical(tmp_path: Path, sources: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Hoofdstuk Va (artikelen 87 to 89, 2023-04-01) placed in the Gemeentewet's regelrecht text, which has no
    hoofdstukken: «de artikelen 87, 88, 89 …» had no «en», and one artikel was «de artikelen 87 … staan» (helper-177)."""
    act = tmp_path / "i.txt"
    _run(["instructions", "gemeentewet@2023-01-01", "gemeentewet@2023-04-01", "--date", "2023-04-01", "-o", str(act)],
         capsys)
    out, _ = _run(["apply", "gemeentewet@2023-01-01", str(act), "--date", "2023-04-01"], capsys)
    assert "de artikelen 87, 88 en 89 van hoofdstuk Va staan op hun nummer, zonder opschrift" in out
    from tests.testwet import make_testwet
    from wetgeving.model import Alinea, Artikel, Regeling, Structuur
    from wetgeving.wijziging.acties import StructuurInvoegen
    from wetgeving.wijziging.uitvoeren import voer_uit

    plat = Regeling("BWBR9999999", "Testwet", make_testwet().geldig_vanaf, (Artikel("1", (Alinea("Tekst."),)),))
    notities: list[str] = []
    voer_uit(plat, StructuurInvoegen(None, (Structuur("hoofdstuk", "II", (Artikel("2", (Alinea("Nieuw."),)),)),)), notities)
    assert notities == ["de bron van de Testwet kent geen indeling in hoofdstukken of paragrafen: artikel 2 van hoofdstuk "
                        "II staat op zijn nummer, zonder opschrift"]


def test_instructions_say_when_the_date_is_not_that_of_the_new_version(
    tmp_path: Path, sources: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Gemeentewet 2023-01-01 → 2023-04-01 (geheimhouding, hoofdstuk Va, in force 1 April 2023) with --date 2023-02-01:
    the act ended «met ingang van 1 februari 2023» without a word (helper-177)."""
    _, err = _run(["instructions", "gemeentewet@2023-01-01", "gemeentewet@2023-04-01", "--date", "2023-02-01", "-o",
                   str(tmp_path / "a.txt")], capsys)
    assert ("--date 2023-02-01 is niet de dag vanaf welke gemeentewet@2023-04-01 geldt (1 april 2023)") in err
    _, err = _run(["instructions", "gemeentewet@2023-01-01", "gemeentewet@2023-04-01", "--date", "2023-04-01", "-o",
                   str(tmp_path / "b.txt")], capsys)
    assert "is niet de dag vanaf welke" not in err


def test_the_vog_duty_is_addressed_to_the_wethouder_and_carried_out_by_the_raad(
    sources: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Gemeentewet 36a, tweede lid (2023-01-01): «Bij de benoeming is de beoogde wethouder in het bezit van een
    verklaring omtrent het gedrag». The JSON named «wethouder, raad» as normadressaat, while that the raad checks it is
    our reading (helper-180); the raad now carries it out."""
    import json

    out, _ = _run(["checklist", "GM0363", "--date", "2023-01-01", "--format", "json"], capsys)
    vog = next(r for r in json.loads(out)["verplichtingen"] if r["id"] == "vog-wethouder")
    assert (vog["normadressaat"], vog["uitvoering"]) == ("wethouder", "raad, griffier")
    out, _ = _run(["obligations", "--actor", "raad", "--date", "2023-01-01"], capsys)
    assert "- vog-wethouder — geldend op 2023-01-01 — wethouder; uitvoering: raad, griffier — " in out


def test_since_says_the_sources_lack_the_provinciewet_as_tranche_1_changed_it(
    sources: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Provinciewet 182 (the commissaris van de Koning's toezicht), changed by tranche 1 on 2023-01-01 (a date we
    derive): between 2023-01-01 and 2023-03-31 `--since` named the Provinciewet of 2022-11-05 as the version of the
    period, though `show provinciewet@2023-03-31 "artikel 182"` says the sources lack that text (helper-178)."""
    out, _ = _run(["checklist", "GM0344", "--since", "2023-01-01", "--date", "2023-03-31"], capsys)
    # 2026-12-07 (ninth session): the version from before the period is called the last one before it
    assert ("van de Provinciewet hebben de bronnen voor deze periode de versie van 2022-11-05 (gedeeltelijk; de laatste "
            "in de bronnen vóór 2023-01-01); ons model van "
            "de wijzigingen zegt: tranche 1 (Stb. 2022, 444) wijzigde artikel 182 per 2023-01-01 (datum afgeleid); van de "
            "tekst zoals die toen ging luiden, hebben de bronnen geen versie") in out


def test_preparing_for_an_announced_wording_is_explained(
    tmp_path: Path, sources: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Gemeentewet 28 on 2022-12-01: in force, its new wording of 2023-01-01 announced (Stb. 2022, 444). «voorbereiding
    gestart» was refused with only the four words of a legal duty (helper-175); the hint now says why, and where the
    preparation can be written down."""
    _, err = _run(["register", "record", "GM0344", "belangenverstrengeling-raad", "--status", "voorbereiding gestart",
                   "--op", "2022-12-01", "--who", "A", "--register", str(tmp_path / "r.db"), "--create"], capsys, 1)
    assert ("een beoordeling gaat over de tekst van 2022-12-01, niet over de nieuwe tekst (die is te beoordelen vanaf de "
            "dag waarop zij in werking treedt; op 2022-12-01 was die nog niet bepaald, later vastgesteld: 2023-01-01): leg "
            "de voorbereiding daarop vast in de notitie") in err
    assert not (tmp_path / "r.db").exists()
    # after the besluit of 2022-12-16 (Stb. 2022, 504) the day was set (helper-187: before it, no day was named as set)
    _, err = _run(["register", "record", "GM0344", "belangenverstrengeling-raad", "--status", "voorbereiding gestart",
                   "--op", "2022-12-20", "--who", "A", "--register", str(tmp_path / "r.db"), "--create"], capsys, 1)
    assert "(die is te beoordelen vanaf 2023-01-01)" in err


def test_the_rest_of_a_new_wording_is_explained_where_it_is_shown(sources: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 68, eerste lid, onder k and l, on 2022-12-20: only onderdeel l is of Stb. 2022, 444; «de rest komt uit
    een andere wijziging (zie de toelichting)» pointed at the toelichting of the wording in force, which does not speak
    of it (helper-186; Kieswet W 4 with W 1 and E 19 of Stb. 2022, 292 alike, helper-185)."""
    out, _ = _run(["checklist", "GM0363", "--date", "2022-12-20"], capsys)
    item = out.split("## Burgemeester vervult geen onverenigbare functie", 1)[1].split("\n## ", 1)[0]
    assert "de rest komt uit een andere wijziging (zie de toelichting bij de nieuwe tekst)" in item
    assert "Toelichting bij de nieuwe tekst: Dat onderdeel l uit tranche 1 komt, is onze afleiding" in item
    out, _ = _run(["checklist", "GM0518", "--date", "2022-12-20"], capsys)
    assert "Toelichting bij de nieuwe tekst: Vormt de lijst van het te vervangen lid" in out


def test_a_proposed_wording_has_no_words_of_time_that_make_it_law(sources: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 13 and 68 on 2021-06-01 (Kamerstuk 35 546, a bill): the proposed wording said «sinds 2023 valt dus
    ook …» and «onderdeel l spreekt nu van …», as if it were law (helper-186)."""
    out, _ = _run(["checklist", "GM0363", "--date", "2021-06-01"], capsys)
    voorstellen = [r.split(" Toelichting bij de nieuwe tekst: ", 1)[0] for r in out.splitlines()
                   if r.startswith("- **Voorgestelde wijziging")]  # the wording, not our dated note on it
    assert voorstellen and not [r for r in voorstellen if "sinds 2023" in r or "sinds 1 januari 2023" in r
                                or "spreekt nu" in r]


def test_since_lists_an_adopted_unpublished_act_apart(sources: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Stb. 2022, 444 was adopted on 2022-10-11 and published on 2022-11-10: between 2022-10-01 and 2022-10-20 its
    wordings were listed under «Aangekondigde wijzigingen» with «wordt:» (helper-185, helper-186)."""
    out, _ = _run(["checklist", "GM0518", "--since", "2022-10-01", "--date", "2022-10-20"], capsys)
    assert "## Wijzigingen in aangenomen, nog niet bekendgemaakte wetten, geen geldend recht (" in out
    assert "## Aangekondigde wijzigingen" not in out
    assert "\n  zou worden: Een raadslid neemt niet deel aan de beraadslaging" in out


@pytest.mark.parametrize(("datum", "regel"), [
    ("2020-09-15", "- **Wijzigt op een tijdstip dat nog niet was vastgesteld (Stb. 2020, 262; later vastgesteld: "
                   "2021-07-01):**"),
    ("2021-05-01", "- **Wijzigt op 2021-07-01:**"),
    ("2021-07-01", "- **Status:** geldend — in deze vorm in werking sinds 2021-07-01 (Stb. 2020, 262); daarvóór in een "
                   "eerdere vorm"),
])
def test_kieswet_x8_before_2021_is_an_earlier_wording(sources: Path, capsys: pytest.CaptureFixture[str], datum: str,
                                                      regel: str) -> None:
    """Kieswet X 8 (schorsing en vervallenverklaring) reads so since 2021-07-01, after a change (Stb. 2020, 262,
    published 2020-07-17; the regeling of its entry into force appeared on 2021-04-09; BWB data of the Kieswet of
    2025-08-01). On 2020-09-15 the 2021 wording was «mogelijk geldend» and the change unnamed (helper-185)."""
    out, _ = _run(["checklist", "GM0518", "--date", datum], capsys)
    item = out.split("- **Kenmerk:** schorsing-verboden-handelingen", 1)[1].split("\n## ", 1)[0]
    assert regel in item


@pytest.mark.parametrize(("datum", "zin"), [
    ("2021-06-01", "een wetsvoorstel (Kamerstuk 35 546, ingediend 2020-08-31) zou haar laten vervallen (geen geldend recht; "
                   "beschreven zoals later aangenomen, de tekst van het voorstel kon afwijken; later vastgesteld: 2023-04-01)"),
    ("2022-11-05", "het door de Eerste Kamer op 2022-10-11 aangenomen wetsvoorstel, nog niet bekendgemaakt, zou haar laten "
                   "vervallen (nog geen geldend recht; later vastgesteld: 2023-04-01)"),
])
def test_the_coming_lapse_of_the_bekrachtiging_is_said_before_publication(
    sources: Path, capsys: pytest.CaptureFixture[str], datum: str, zin: str
) -> None:
    """Gemeentewet 25, derde lid (bekrachtiging van geheimhouding), lapsed on 2023-04-01 (Stb. 2022, 444). Every other
    changing geheimhouding duty said its coming wording from the bill on; this one said nothing of its end until the
    publication on 2022-11-10 (helper-188)."""
    out, _ = _run(["obligations", "--theme", "geheimhouding", "--date", datum], capsys)
    item = out.split("- geheimhouding-bekrachtiging — ", 1)[1].split("\n- ", 1)[0]
    assert zin in item


def test_kieswet_x8_before_2021_cannot_be_assessed(
    tmp_path: Path, sources: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Kieswet X 8 before 2021-07-01: no source shows its earlier wording, so there is nothing to assess; after the
    period of 2021-07-01 was split off, «voldoet» about 2010-01-01 was recorded (helper-189)."""
    _, err = _run(["register", "record", "GM0518", "schorsing-verboden-handelingen", "--status", "voldoet", "--op",
                   "2010-01-01", "--who", "A", "--register", str(tmp_path / "r.db"), "--create"], capsys, 1)
    assert "is op 2010-01-01 niet te beoordelen: geen versie in de bronnen toont de tekst die toen gold" in err
    assert "(vanaf 2021-07-01)" in err and not (tmp_path / "r.db").exists()


def test_preparing_for_a_bills_wording_says_it_is_a_bill(
    tmp_path: Path, sources: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Gemeentewet 28 on 2021-06-01 (Kamerstuk 35 546, a bill): the hint spoke of «de dag waarop zij in werking treedt»
    as if the bill would become law (helper-189)."""
    _, err = _run(["register", "record", "GM0344", "belangenverstrengeling-raad", "--status", "voorbereiding gestart",
                   "--op", "2021-06-01", "--who", "A", "--register", str(tmp_path / "r.db"), "--create"], capsys, 1)
    assert ("pas als het wetsvoorstel wet wordt en in werking treedt; op 2021-06-01 was het een wetsvoorstel, geen geldend "
            "recht") in err


def test_aanwijzing_is_a_unit_of_the_aanwijzingen_only(sources: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """«aanwijzing 36a» of the Gemeentewet (2023-04-01) was read as artikel 36a once «aanwijzing 6.12» was read for the
    Aanwijzingen voor de regelgeving (helper-190)."""
    _, err = _run(["show", "gemeentewet@2023-04-01", "aanwijzing 36a"], capsys, 1)
    assert "noemt een aanwijzing; de Gemeentewet heeft artikelen, geen aanwijzingen" in err
    out, _ = _run(["show", "aanwijzingen", "aanwijzing 6.12"], capsys)
    assert "jci1.3:c:BWBR0005730&artikel=6.12&" in out


def test_small_robustness_fixes(tmp_path: Path, sources: Path, capsys: pytest.CaptureFixture[str],
                                monkeypatch: pytest.MonkeyPatch) -> None:
    """An empty file given as the index of `cited-by` (Gemeentewet 86) became an index; a graphviz that does not answer
    gave a traceback (helper-190)."""
    import subprocess

    import networkx as nx

    from wetgeving.errors import WetgevingError
    from wetgeving.render import graaf

    leeg = tmp_path / "leeg.db"
    leeg.write_bytes(b"")
    _, err = _run(["cited-by", "artikel 86 Gemeentewet", "--db", str(leeg)], capsys, 1)
    assert "het bestand is leeg: geen index" in err and leeg.stat().st_size == 0

    def traag(*a: object, **k: object) -> object:
        raise subprocess.TimeoutExpired("dot", 300)

    monkeypatch.setattr(graaf.shutil, "which", lambda _: "/usr/bin/dot")
    monkeypatch.setattr(graaf.subprocess, "run", traag)
    with pytest.raises(WetgevingError, match="gaf na 300 seconden nog geen tekening"):
        graaf.to_svg(nx.MultiDiGraph())


def test_a_date_before_the_gemeentewet_points_to_the_first_day_of_the_duty(
    tmp_path: Path, sources: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Gemeentewet 36a, tweede lid (VOG), exists from 2023-01-01: an assessment about 1900-01-01 was sent to 1992-03-12,
    the day the Gemeentewet was issued, where the duty did not exist yet either (helper-190)."""
    _, err = _run(["register", "record", "GM0363", "vog-wethouder", "--status", "voldoet", "--who", "T", "--op",
                   "1900-01-01", "--register", str(tmp_path / "r.db"), "--create"], capsys, 1)
    assert "kies voor --op een dag vanaf 2023-01-01" in err and not (tmp_path / "r.db").exists()
