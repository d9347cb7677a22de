"""Legal review of 2026-12-07; each test names its provision and date."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.legal._cli import run as _run
from wetgeving.locatie import Adres
from wetgeving.model import Alinea, Onderdeel
from wetgeving.wijziging.acties import Actie, Anker, Invoegen, Vernummeren
from wetgeving.wijziging.instructies import Regel, parse_onderdeel
from wetgeving.wijziging.schrijven import schrijf

# --- drafting: subonderdelen are inserted as subonderdelen --------------------------------------------------------


def _sub(nr: str) -> Onderdeel:
    return Onderdeel(nr=nr, label=f"{nr}°.", inhoud=(Alinea(tekst="een nieuw geval;"),))


def test_inserted_subonderdelen_are_named_subonderdelen() -> None:
    """Aanwijzingen voor de regelgeving (2024-07-01), aanwijzing 6.17, tweede lid, names «leden, onderdelen en
    subonderdelen»; the Gemeentewet cites a subonderdeel «onder a, onder 3°» (229, tweede lid, 2026-10-01). Units
    inserted in an onderdeel were «twee onderdelen ingevoegd»; they are subonderdelen, and the sentence reads back."""
    r = Adres((("artikel", "1"), ("lid", "1"), ("onderdeel", "r")))
    gevallen: list[tuple[list[Actie], str]] = [
        ([Invoegen(r, (_sub("3"), _sub("4")), Anker("na", "2"))],
         "Na artikel 1, eerste lid, onderdeel r, onder 2°, worden twee subonderdelen ingevoegd, luidende:"),
        ([Invoegen(r, (_sub("3"),))], "Aan artikel 1, eerste lid, onderdeel r, wordt een subonderdeel toegevoegd, luidende:"),
        ([Vernummeren(r, "onderdeel", (("3", "4"),)), Invoegen(r, (_sub("3"),), Anker("na", "2"))],
         "Na artikel 1, eerste lid, onderdeel r, onder 2°, wordt, onder vernummering van subonderdeel 3° tot 4°, een "
         "subonderdeel ingevoegd, luidende:"),
    ]
    for acties, kop in gevallen:
        tekst = schrijf(acties)
        assert tekst[0] == kop
        assert "onderdelen ingevoegd" not in tekst[0].replace("subonderdelen", "")
        gelezen = parse_onderdeel("A", [Regel(i, t) for i, t in enumerate(tekst, 1)])
        assert gelezen.onleesbaar == () and list(gelezen.acties) == acties
    lid = Adres((("artikel", "1"), ("lid", "1")))
    o = Onderdeel(nr="s", label="s.", inhoud=(Alinea(tekst="een nieuw geval;"),))
    assert schrijf([Invoegen(lid, (o,), Anker("na", "r"))])[0] == ("Na artikel 1, eerste lid, onderdeel r, wordt een "
                                                                   "onderdeel ingevoegd, luidende:")


# --- Kieswet (helper-115, helper-117) -----------------------------------------------------------------------------


def test_w4_successor_by_the_voorzitter_within_14_days_is_our_reading_on_2023_01_01(
        capsys: pytest.CaptureFixture[str]) -> None:
    """Kieswet W 1, eerste lid (2023-01-01, Stb. 2022, 292) has the voorzitter of the centraal stembureau declare elected,
    within 14 days, the candidate «op de lijst waarop degene die moet worden opgevolgd, is gekozen»; W 4, eerste lid
    (2023-01-01, Stb. 2022, 444) gives the seat to another list in the passive («wordt … benoemd verklaard»). That the
    voorzitter and the term of W 1 apply to W 4 was stated as law; it is our reading, and said so."""
    out, _ = _run(["checklist", "GM0363", "--date", "2023-01-01"], capsys)
    deel = out[out.index("Opvolging van een raadslid bij lijstuitputting"):]
    assert "Die benoemdverklaring doet, naar onze lezing van artikel W 1, eerste lid, de voorzitter" in deel
    assert "dat deze termijn ook geldt als de plaats volgens artikel W 4 naar een andere lijst gaat, is onze lezing" in deel


def test_cut_off_news_sentence_on_lijstuitputting_says_it_breaks_off_on_2022_12_31(
        capsys: pytest.CaptureFixture[str]) -> None:
    """Before Kieswet P 19, vijfde lid, and W 4 (2023-01-01) the old rule rests on the government's news item of
    2020-06-05, whose excerpt in the sources ends mid-sentence («… met een omvang tot 13»); it was quoted as if
    complete."""
    out, _ = _run(["checklist", "GM0363", "--date", "2022-12-31"], capsys)
    assert out.count("met een omvang tot 13» (het uittreksel in de bronnen breekt hier midden in de zin af)") == 2


def test_a_lid_that_kieswet_x_9_lacks_is_said_not_to_exist_on_2023_01_01(capsys: pytest.CaptureFixture[str]) -> None:
    """Kieswet X 9 reads so since 2023-01-01 (Stb. 2022, 444) according to the BWB toestand of 2025-08-01, without
    leden. `show kieswet@2023-01-01 "artikel X 9"` shows it; «artikel X 9, eerste lid» said the sources had no version
    of that date, as if it might exist. It now says it did not exist then either, and why. An artikel the later version
    lacks still gets the plain answer: no version of that date."""
    _, err = _run(["show", "kieswet@2023-01-01", "artikel X 9, eerste lid"], capsys, 1)
    assert "bestaat niet in de Kieswet geldig vanaf 2025-08-01; volgens die versie luidt artikel X 9 zo sinds " \
           "2023-01-01 (Stb. 2022, 444): het bestond dus ook op 2023-01-01 niet" in err
    _, err = _run(["show", "kieswet@2023-01-01", "artikel X 99"], capsys, 2)
    assert "de bronnen hebben geen versie van de Kieswet die op 2023-01-01 gold" in err


def test_refs_gives_kieswet_w_4_on_2023_06_01_as_show_does(capsys: pytest.CaptureFixture[str]) -> None:
    """Kieswet W 4 reads so since 2023-01-01 (Stb. 2022, 444; BWB toestand of 2025-08-01). `show kieswet@2023-06-01
    "artikel W 4"` gave it; `refs` with the same arguments refused. It now lists W 4's references, with the same let op
    and one more: whether the targets exist is judged in the version of 2025-08-01."""
    out, err = _run(["refs", "kieswet@2023-06-01", "artikel W 4"], capsys)
    assert out.startswith("Verwijzingen in Kieswet (BWBR0004627), geldig vanaf 2025-08-01; gevraagd: de tekst op 2023-06-01")
    assert "'artikel P 19'" in out and "3 verwijzingen, waarvan 0 onopgelost" in out
    assert "volgens de versie van 2025-08-01 luidt artikel W 4 zo sinds 2023-01-01 (Stb. 2022, 444), dus ook op " \
           "2023-06-01" in err
    assert "of de doelen bestaan, is nagegaan in de versie van 2025-08-01, niet in een versie die op 2023-06-01 gold" in err
    _run(["refs", "kieswet@2022-06-01", "artikel W 4"], capsys, 2)


# --- amending acts in our XML (helper-116) --------------------------------------------------------------------------

_ACT = """<?xml version='1.0' encoding='UTF-8'?>
<wijzigingsregeling xmlns="urn:wetgeving:wijziging:1">
  <artikel nr="I" regeling="{regeling}" citeertitel="Gemeentewet" bwb-id="{bwb}">
    <aanhef>De Gemeentewet wordt als volgt gewijzigd:</aanhef>
    <onderdeel nr="A">
      <tekst>Aan artikel 13, eerste lid, onderdeel o, wordt toegevoegd «of werkzaam ten behoeve van die gemeente».</tekst>
      <tekst-toevoegen doel="artikel:13/lid:1/onderdeel:o">
        <nieuw>{nieuw}</nieuw>
      </tekst-toevoegen>
    </onderdeel>
  </artikel>
</wijzigingsregeling>
"""


def _act(tmp_path: Path, regeling: str = "gemeentewet", bwb: str = "BWBR0005416",
         nieuw: str = "of werkzaam ten behoeve van die gemeente") -> str:
    path = tmp_path / "act.xml"
    path.write_text(_ACT.format(regeling=regeling, bwb=bwb, nieuw=nieuw), encoding="utf-8")
    return str(path)


def test_an_xml_act_whose_names_disagree_is_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Gemeentewet (BWBR0005416) on 2022-11-05: an ARTIKEL of our XML that says regeling="provinciewet" (or the
    Kieswet's BWB id) beside the Gemeentewet's citeertitel was applied to the Gemeentewet, for one name matched."""
    for regeling, bwb, genoemd in (("provinciewet", "BWBR0005416", "regeling «provinciewet» (BWBR0005645)"),
                                   ("gemeentewet", "BWBR0004627", "bwb-id «BWBR0004627»")):
        _, err = _run(["apply", "gemeentewet@2022-11-05", _act(tmp_path, regeling, bwb), "--date", "2023-01-01"],
                      capsys, 1)
        assert "act.xml: ARTIKEL I noemt verschillende regelingen: " in err and genoemd in err
        assert "laat regeling, citeertitel en bwb-id dezelfde regeling noemen" in err
    out, _ = _run(["apply", "gemeentewet@2022-11-05", _act(tmp_path), "--date", "2023-01-01"], capsys)
    assert "onderdeel A: toegepast" in out


def test_an_xml_act_whose_text_says_otherwise_than_its_elements_is_refused(capsys: pytest.CaptureFixture[str],
                                                                          tmp_path: Path) -> None:
    """Gemeentewet 13, eerste lid, onder o (2022-11-05): an onderdeel whose <tekst> adds «of werkzaam ten behoeve van
    die gemeente» while its element adds other words was applied with the element's words, unsaid."""
    out = tmp_path / "uit.xml"
    _, err = _run(["apply", "gemeentewet@2022-11-05", _act(tmp_path, nieuw="IETS HEEL ANDERS"), "--date", "2023-01-01",
                   "-o", str(out)], capsys, 1)
    assert "act.xml:5: onderdeel A: de tekst zegt iets anders dan de instructies die het onderdeel als elementen " \
           "geeft" in err
    assert not out.exists()


# --- the index over a folder, beside a synced cache (found while checking helper-117's runs) ------------------------


def test_index_build_over_the_sources_folder_uses_its_files_beside_a_synced_cache(
        sources: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Provinciewet (BWBR0005645), extracts of 2022-11-05 (artikel 182) and 2023-04-01 (175–182), partial in
    corpus/bronnen.toml. With the sources synced into the cache and WETGEVING_SOURCES unset, `index build FOLDER`
    judged the folder's files by the cache's copies: the extracts were indexed as whole laws under their BWB id, and the
    zorgtoeslag wti file (no law text) was read and failed the build."""
    import shutil
    import sqlite3

    cache = tmp_path / "cache"
    for rel in ("provinciewet/art182-2022-11-05.selected.yaml", "provinciewet/art175-182-2023-04-01.selected.yaml",
                "bwb-xml/zorgtoeslag-wti.xml"):
        (cache / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(sources / rel, cache / rel)
    monkeypatch.delenv("WETGEVING_SOURCES", raising=False)
    monkeypatch.setenv("WETGEVING_CACHE", str(cache))
    db = tmp_path / "i.sqlite"
    _run(["index", "build", str(sources), "--db", str(db), "--jobs", "1"], capsys)
    with sqlite3.connect(db) as con:
        rows = con.execute("SELECT citeertitel, gedeeltelijk FROM bestand WHERE bwb_id = 'BWBR0005645'").fetchall()
    assert rows == [("Provinciewet", 1), ("Provinciewet", 1)]


def test_the_wob_of_gemeentewet_25_in_2015_is_a_known_law(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 25, eerste lid, in the Markdown mirror of 2015-11-24: «genoemd in artikel 10 van de Wet openbaarheid
    van bestuur». `refs` named the target «Wet openbaarheid (niet in de titellijst)», a law that does not exist; the title
    register is now also seeded from the mirror's own link markup, which names the Wob BWBR0005252."""
    out, _ = _run(["refs", "gemeentewet-md@2015-11-24", "artikel 25"], capsys)
    assert "'artikel 10 van de Wet openbaarheid van bestuur'" in out and "BWBR0005252" in out
    assert "Wet openbaarheid (niet in de titellijst)" not in out


def test_cited_by_names_an_unknown_law_by_the_whole_name_typed(capsys: pytest.CaptureFixture[str],
                                                               tmp_path: Path) -> None:
    """Gemeentewet (2023-04-01): `cited-by "artikel 3 Wet bevordering integriteitsbeoordelingen door het openbaar
    bestuur"` (the Wet Bibob) said the law 'Wet bevordering integriteitsbeoordelingen' was not in the index; it names
    what the user typed."""
    db = tmp_path / "leeg.sqlite"
    from wetgeving.index.schema import connect

    connect(db).close()
    _, err = _run(["cited-by", "artikel 3 Wet bevordering integriteitsbeoordelingen door het openbaar bestuur",
                   "--db", str(db), "--date", "2023-04-01"], capsys, 2)
    assert "de wet 'Wet bevordering integriteitsbeoordelingen door het openbaar bestuur' staat niet in de index" in err


# --- refs, graph explain and dangling say what they rest on (helper-117) --------------------------------------------


def test_refs_of_gemeentewet_25_on_2023_04_01_says_where_it_went(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 25 (geheimhouding) is in the version of 2023-01-01 and not in that of 2023-04-01 (Stb. 2022, 444;
    hoofdstuk Va). `show` said so; `refs gemeentewet@2023-04-01 "artikel 25"` gave only its neighbours."""
    _, err = _run(["refs", "gemeentewet@2023-04-01", "artikel 25"], capsys, 1)
    # the day since the second session of 2026-12-07: the version of 2023-01-01 ends on 2023-03-31 (helper-158)
    assert "bestaat niet in de Gemeentewet geldig vanaf 2023-04-01; de versie van 2023-01-01 heeft artikel 25 nog " \
           "(gemeentewet@2023-01-01); het is dus met ingang van 2023-04-01 vervallen of vernummerd" in err


def test_graph_explain_names_the_version_of_its_paths(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 36a, tweede lid (VOG, since 2023-01-01): `graph explain gemeentewet@2026-10-01 verplichting:vog-
    wethouder` printed paths with no line saying of which version or date; it now opens with the version's heading."""
    out, _ = _run(["graph", "explain", "gemeentewet@2026-10-01", "verplichting:vog-wethouder"], capsys)
    assert out.splitlines()[0] == "Gemeentewet (BWBR0005416), geldig vanaf 2026-10-01"
    out, _ = _run(["graph", "explain", "gemeentewet@2022-12-01", "verplichting:vog-wethouder"], capsys)
    assert out.splitlines()[0].startswith("Gemeentewet (BWBR0005416), geldig vanaf 2022-11-05; gevraagd: de tekst op "
                                          "2022-12-01")
    assert "(nog niet geldend)" in out


def test_dangling_all_counts_what_it_did_not_judge_on_2023_04_01(sources: Path, capsys: pytest.CaptureFixture[str],
                                                                tmp_path: Path) -> None:
    """Gemeentewet (2023-04-01; the regelrecht source gives no indeling): 87 cites «een commissie als bedoeld in
    [hoofdstuk V]», 81c, derde lid, «Deze paragraaf»; 290 cites «artikel 100, eerste lid van de gemeentewet», a law
    the title register does not know. `graph dangling` said 21 container references could not be checked; `dangling
    --all` said nothing of them, nor of references to laws it cannot judge."""
    import json

    db = tmp_path / "i.sqlite"
    _run(["index", "build", str(sources / "gemeentewet" / "regelrecht"), "--db", str(db), "--jobs", "1"], capsys)
    out, _ = _run(["dangling", "--all", "--date", "2023-04-01", "--db", str(db)], capsys)
    assert "niet beoordeeld: 3 verwijzingen naar een wet die de index niet kent, " in out
    assert " en 21 verwijzingen naar een hoofdstuk, titel, afdeling of paragraaf van een versie waarvan de bron geen " \
           "indeling geeft; 'wetgeving refs WET' toont ze per wet ('--unresolved': alleen de onbekende wetten en de " \
           "indeling)" in out
    out, _ = _run(["dangling", "--all", "--date", "2023-04-01", "--db", str(db), "--format", "json"], capsys)
    telling = json.loads(out)["niet_beoordeeld"]
    assert telling["onbekende_wet"] == 3 and telling["geen_indeling"] == 21 and telling["geen_versie"] > 0


def test_the_ordinary_successor_of_a_raadslid_has_its_own_duty_from_2023_01_01(capsys: pytest.CaptureFixture[str]) -> None:
    """Kieswet W 1, eerste lid (so since 2023-01-01, Stb. 2022, 292): «verklaart de voorzitter van het centraal
    stembureau bij een met redenen omkleed besluit, uiterlijk op de veertiende dag …, benoemd» the next candidate of the
    list; E 19, tweede lid: «De burgemeester is voorzitter van het centraal stembureau». It was only a grondslag of the
    lijstuitputting duty (helper-115); before 2023-01-01 the sources cannot date it."""
    out, _ = _run(["obligations", "--theme", "overig", "--date", "2023-01-01"], capsys)
    regel = next(r for r in out.splitlines() if r.startswith("- benoemdverklaring-opvolger"))
    assert "geldend op 2023-01-01 — burgemeester" in regel
    out, _ = _run(["checklist", "GM0363", "--date", "2023-06-01"], capsys)
    # helper-118: «de daarvoor in aanmerking komende kandidaat» (W 1, eerste lid), and who W 2 leaves out
    assert "de daarvoor in aanmerking komende kandidaat benoemd" in out and "staat in artikel W 2" in out
    out, _ = _run(["obligations", "--theme", "overig", "--date", "2022-12-31"], capsys)
    assert "benoemdverklaring-opvolger — mogelijk geldend (ingangsdatum onbekend) op 2022-12-31" in out
    # before 2023-01-01 W 1 read otherwise and E 19 did not exist: the sources show only W 2 then (helper-127; see
    # test_review_2026_12_07b.test_benoemdverklaring_before_2023_cites_no_e19)
    assert "of zij op 2022-12-31 gold, is in de bronnen niet vast te stellen" in out


def test_a_refused_provinciewet_182_comparison_does_not_also_say_nothing_differs(
        capsys: pytest.CaptureFixture[str]) -> None:
    """Provinciewet 182 changed on 2023-01-01 (tranche 1, onderdeel pw-182; date derived) and the sources have no text of
    that date: `diff provinciewet@2022-11-05 provinciewet@2023-01-01 --only "artikel 182"` is refused, and said as well
    «zijn dezelfde versie: er is niets te vergelijken» (helper-115)."""
    _, err = _run(["diff", "provinciewet@2022-11-05", "provinciewet@2023-01-01", "--only", "artikel 182"], capsys, 1)
    assert "de bronnen hebben de tekst niet zoals die op 2023-01-01 luidde" in err
    assert "niets te vergelijken" not in err


def test_obligations_with_a_gemeente_points_to_the_checklist(capsys: pytest.CaptureFixture[str]) -> None:
    """`obligations GM0363 --date 2023-01-01`: the hint spoke of quoting a citation; obligations names the duties of
    the law, a gemeente's are its checklist (helper-115)."""
    _, err = _run(["obligations", "GM0363", "--date", "2023-01-01"], capsys, 2)
    assert "voor één gemeente: 'wetgeving checklist GM0363 --date …'" in err


def test_a_checklist_without_a_register_says_nothing_is_assessed_yet(capsys: pytest.CaptureFixture[str],
                                                                       tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Gemeentewet 36a, tweede lid (2023-04-01): with no register yet, the checklist read «nog niet beoordeeld» on
    every row without a word that there is no register at all (helper-116)."""
    monkeypatch.setenv("WETGEVING_DATA", str(tmp_path))
    monkeypatch.delenv("WETGEVING_REGISTER", raising=False)
    _, err = _run(["checklist", "GM0363", "--date", "2023-04-01", "-o", str(tmp_path / "c.md")], capsys)
    assert f"let op: er is nog geen register op {tmp_path / 'wetgeving.sqlite3'}: er is dus nog niets beoordeeld" in err


def test_graph_explain_says_why_the_vog_duty_is_not_in_the_2015_graph(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 36a, tweede lid (VOG) came in on 2023-01-01 (Stb. 2022, 444); in the graph of the Markdown mirror of
    2015-11-24 the duty is not there, and `graph explain` said only «geen knoop» (helper-117)."""
    # exit code 1 since 2026-12-07 (fifth session), as `show` for a unit the version lacks
    _, err = _run(["graph", "explain", "gemeentewet-md@2015-11-24", "verplichting:vog-wethouder"], capsys, 1)
    # the date is named (helper-125: «op die datum» was unclear for a version asked on a later date)
    assert "geen knoop 'verplichting:vog-wethouder' in de graaf van de Gemeentewet van 2015-11-24: volgens ons model " \
           "gold de verplichting 'vog-wethouder' op 2015-11-24 nog niet" in err


# --- our model of tranche 1 (helper-119) --------------------------------------------------------------------------


def test_tranche_1_says_what_41b_and_28_require_from_2023_01_01(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 41b (2023-01-01): nevenfuncties are made public «terstond na benoeming … of aanvaarding» (derde lid);
    the income only by a wethouder «die zijn ambt niet in deeltijd vervult», «uiterlijk op 1 april na het kalenderjaar»
    (vierde lid). Our summary said both «direct». Gemeentewet 28, tweede lid (new on 2023-01-01): artikel 2:4 Awb does
    not apply; the summary left it out."""
    out, _ = _run(["tranche", "show", "1"], capsys)
    assert "de inkomsten daaruit worden direct" not in out
    assert "Nevenfuncties van wethouders worden terstond na de benoeming of de aanvaarding openbaar gemaakt" in out
    assert "uiterlijk op 1 april na het kalenderjaar" in out
    assert "artikel 2:4 van de Algemene wet bestuursrecht is op die beraadslaging en stemming niet van toepassing" in out


def test_tranche_1_onderdeel_a_letter_is_derived_from_the_2020_bill(capsys: pytest.CaptureFixture[str]) -> None:
    """Kamerstuk 35 546, nr. 2 (voorstel van wet, 2020-08-31) has onderdeel A for Gemeentewet 13; the letter in Stb.
    2022, 444 is not in the sources, yet it was shown as certain."""
    out, _ = _run(["tranche", "show", "1"], capsys)
    assert "ARTIKEL I (gemeentewet), onderdeel A, letter door ons afgeleid: artikel 13, eerste lid, onder o" in out
    assert "de letter in de wet zelf (Stb. 2022, 444) tonen de bronnen niet" in out


def test_tranche_diff_of_provinciewet_182_says_its_text_is_that_of_2023_04_01(capsys: pytest.CaptureFixture[str]) -> None:
    """Provinciewet 182 (tranche 1, onderdeel pw-182, 2023-01-01 derived): the sources have no version of 2023-01-01,
    and `show provinciewet@2023-01-01` refuses; `tranche diff … --date 2023-01-01` showed the text of 2023-04-01 as that
    day's without saying so."""
    out, _ = _run(["tranche", "diff", "1", "--law", "provinciewet", "--date", "2023-01-01"], capsys)
    assert "de tekst erna is die van provinciewet@2023-04-01, aangenomen gelijk op 2023-01-01 (de bronnen hebben geen " \
           "versie van 2023-01-01)" in out.splitlines()[0]


# --- a review of this session's changes (helper-118) ----------------------------------------------------------------


def test_a_lowercase_bwb_id_names_the_same_law(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Gemeentewet (BWBR0005416) on 2022-11-05: an act with bwb-id="bwbr0005416" was refused as naming another law."""
    _run(["apply", "gemeentewet@2022-11-05", _act(tmp_path, bwb="bwbr0005416"), "--date", "2023-01-01"], capsys)


def test_copies_of_the_provinciewet_extracts_are_indexed_as_partial(sources: Path, capsys: pytest.CaptureFixture[str],
                                                                    tmp_path: Path) -> None:
    """Provinciewet 182 (extracts of 2022-11-05 and 2023-04-01, partial in corpus/bronnen.toml): copied to another
    folder they were indexed as whole laws under their BWB id, and `dangling --all` reported false dangling references;
    a copy is now known by its SHA-256."""
    import shutil
    import sqlite3

    kopie = tmp_path / "kopie"
    kopie.mkdir()
    for f in (sources / "provinciewet").glob("*.yaml"):
        shutil.copy(f, kopie / f.name)
    db = tmp_path / "i.sqlite"
    _run(["index", "build", str(kopie), "--db", str(db), "--jobs", "1"], capsys)
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT DISTINCT citeertitel, gedeeltelijk FROM bestand").fetchall() == [("Provinciewet", 1)]


# --- generated wijzigingsinstructies (helper-121) -------------------------------------------------------------------


def test_instructions_say_which_references_the_change_leaves_stale(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 2023-01-01 → 2023-04-01: «Artikel 86 vervalt.», while 155g, zevende lid, still declares «86, eerste
    lid» applicable (so in 2023-04-01 and 2026-10-01). `apply` said so; `instructions` did not (aanwijzing 6.17, tweede
    lid: leden are renumbered «tenzij daartegen overwegend bezwaar bestaat»)."""
    _, err = _run(["instructions", "gemeentewet@2023-01-01", "gemeentewet@2023-04-01"], capsys)
    assert "let op: artikel 155g, zevende lid, Gemeentewet verwijst naar artikel 86, eerste lid («86, eerste lid»), dat " \
           "deze wijziging laat vervallen" in err
    _, err = _run(["instructions", "gemeentewet@2022-11-05", "gemeentewet@2023-01-01"], capsys)
    assert "artikel 47, eerste lid, Gemeentewet verwijst naar artikel 36a, tweede lid" in err


def test_a_stray_numbered_paragraph_in_the_2011_mirror_is_said(capsys: pytest.CaptureFixture[str]) -> None:
    """Gemeentewet 44 in the Markdown mirror of 2011-02-23: after the eighth lid stands a paragraph «5. Van het bepaalde
    in het vierde lid …», gone in 2012-01-01; read as text of the eighth lid, `instructions` wrote «Artikel 44, achtste
    lid, komt te luiden:» with the lid's own words and no word why."""
    _, err = _run(["instructions", "gemeentewet-md@2011-02-23", "gemeentewet-md@2012-01-01"], capsys)
    assert "2011-02-23.md:441: in artikel 44 staat na het achtste lid een alinea die met «5.» begint: de nummering " \
           "loopt terug (een fout in de bron?); gelezen als tekst van dat lid" in err


def test_edits_three_words_apart_are_one_begripseenheid(capsys: pytest.CaptureFixture[str]) -> None:
    """Aanwijzing 6.10: at least a whole lees- of begripseenheid is replaced. Gemeentewet 154e (Markdown mirror,
    2013-07-01 → 2014-01-06) became «het in de basisregistratie» and «laatst vermelde adres» replaced apart; 150,
    tweede lid (2023-04-01 → 2026-10-01), «voorzover» replaced and «niet» vervallen apart."""
    out, _ = _run(["instructions", "gemeentewet-md@2013-07-01", "gemeentewet-md@2014-01-06"], capsys)
    assert "wordt «gezonden naar het in de basisregistratie laatst vermelde adres» vervangen door «gezonden naar het " \
           "adres waarop betrokkene in de basisregistratie personen is ingeschreven»" in out
    out, _ = _run(["instructions", "gemeentewet@2023-04-01", "gemeentewet@2026-10-01"], capsys)
    assert "wordt «voorzover in de verordening niet» vervangen door «tenzij in de verordening»" in out
    # but not across «of» (helper-122): Gemeentewet 229, tweede lid, «… of op een ander passend systeem»
    assert "wordt voor «systeem» ingevoegd «ander passend»" in out


def test_checklist_since_names_the_last_assessment_before_a_duty_lapsed(capsys: pytest.CaptureFixture[str],
                                                                       tmp_path: Path) -> None:
    """Gemeentewet 25, derde lid (bekrachtiging of geheimhouding) lapsed on 2023-04-01 (Stb. 2022, 444). Assessed
    «voldoet» on 2022-12-20 and «voldoet niet» on 2023-02-01, `checklist --since 2022-12-31 --date 2023-04-15` named the
    first (helper-124)."""
    reg = str(tmp_path / "r.sqlite")
    for status, op, extra in (("voldoet", "2022-12-20", ["--create"]), ("voldoet niet", "2023-02-01", ["--reason", "laat"])):
        _run(["register", "record", "GM0363", "geheimhouding-bekrachtiging", "--status", status, "--op", op, "--who", "g",
              "--register", reg, *extra], capsys)
    out, _ = _run(["checklist", "GM0363", "--since", "2022-12-31", "--date", "2023-04-15", "--register", reg], capsys)
    assert "  beoordeling: ‘voldoet niet’ (beoordeeld op 2023-02-01) betrof deze verplichting, die niet meer geldt" in out
