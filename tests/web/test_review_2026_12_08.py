"""The web application, reviewed on 2026-12-08."""

from __future__ import annotations

from typing import Any

import pytest

from wetgeving.web.models import Beoordeling, Opmerking

URL = "/checklist/GM0363/"
REGEL = "belangenverstrengeling-college"  # artikel 28 Gemeentewet, tranche 1 (in force 2023-01-01)
OMKEREN = "\u202e"  # RIGHT-TO-LEFT OVERRIDE: what follows is shown reversed


@pytest.mark.parametrize("veld", ["reden", "notitie", "bewijs"])
def test_a_character_that_reverses_the_reading_direction_is_refused(als: Any, veld: str) -> None:
    """helper-206: a reason «besluit raad U+202E 10-50-3202» was recorded and shown as the date 2023-05-01, the rest of
    the line reversed: what colleagues read was not what was recorded."""
    r = als("anna").post(f"{URL}beoordeel/{REGEL}/?datum=2026-12-01",
                         {"status": "voldoet", "op": "2026-12-01", veld: f"besluit raad {OMKEREN}10-50-3202"})
    assert r.status_code == 400
    assert f"{veld} bevat een stuurteken (U+202E, dat de leesrichting verandert)" in r.content.decode()
    assert not Beoordeling.objects.exists()


def test_a_name_that_reverses_the_reading_direction_asks_the_beheerder(als: Any, users: dict[str, Any]) -> None:
    """The name recorded is the user's full name: one with a direction control is refused, and who can mend it is said."""
    users["anna"].last_name = f"O'Brien{OMKEREN}live"
    users["anna"].save()
    r = als("anna").post(f"{URL}beoordeel/{REGEL}/?datum=2026-12-01", {"status": "voldoet", "op": "2026-12-01"})
    html = r.content.decode()
    assert r.status_code == 400 and "wie bevat een stuurteken (U+202E" in html and "laat de beheerder" in html
    assert not Beoordeling.objects.exists()


def test_text_recorded_before_is_shown_isolated_and_visibly(als: Any) -> None:
    """A row an older register holds keeps its text, but one field can no longer reorder the rest of its line, nor
    itself (helper-212: inside <bdi> the override still turned «10-50-3202» around): the character is shown."""
    Beoordeling.objects.create(gemeente="GM0363", verplichting=REGEL, status="voldoet", wie="anna", op="2026-12-01",
                               wanneer="2026-12-01T10:00:00+00:00", reden=f"x{OMKEREN}y", notitie="z")
    c = als("anna")
    html = c.get(URL, {"datum": "2026-12-01"}).content.decode()
    assert "reden: <bdi>x[U+202E]y</bdi>; notitie: <bdi>z</bdi>" in html and OMKEREN not in html
    html = c.get(f"{URL}geschiedenis/{REGEL}/").content.decode()
    assert "Reden: <bdi>x[U+202E]y</bdi>." in html and OMKEREN not in html


def test_a_comment_that_reverses_the_reading_direction_is_refused(als: Any) -> None:
    """The same in a consultation comment: it went unchanged into the reaction pasted into internetconsultatie.nl."""
    r = als("anna").post("/consultatie/tranche-2/", {"bepaling": "artikel:36c/lid:1",
                                                     "opmerking": f"Te ruim {OMKEREN}RLO", "alternatief": ""})
    assert "De tekst bevat een stuurteken (U+202E, dat de leesrichting verandert)" in r.content.decode()
    assert not Opmerking.objects.exists()


def test_a_composed_text_gets_no_link_to_the_official_text(als: Any, tmp_path: Any, sources: Any) -> None:
    """/vergelijken/bestanden with a text composed by `apply` (Gemeentewet 36a, tweede lid, «drie» → «zes maanden»): each
    row linked to wetten.overheid.nl with the composed text's date, where the official text reads otherwise
    (helper-213)."""
    from pathlib import Path

    from wetgeving.cli import main
    from wetgeving.web import dienst

    act = Path(tmp_path) / "wet.txt"
    act.write_text("ARTIKEL I\n\nDe Gemeentewet wordt als volgt gewijzigd:\n\nA\n\nIn artikel 36a, tweede lid, wordt "
                   "«drie maanden» vervangen door «zes maanden».\n\nARTIKEL II\n\nDeze wet treedt in werking met ingang "
                   "van 1 januari 2024.\n", encoding="utf-8")
    uit = Path(tmp_path) / "samengesteld.xml"
    assert main(["apply", "gemeentewet@2023-04-01", str(act), "-o", str(uit)]) == 0
    basis = Path(sources) / "gemeentewet" / "regelrecht" / "2023-04-01.yaml"
    d = dienst.vergelijk_bestanden(("samengesteld.xml", uit.read_bytes()), ("2023-04-01.yaml", basis.read_bytes()))
    rijen = [r for _, _, _, rs in dienst.diff_rijen(d, alleen_oud=True) for r in rs]
    assert rijen and all(not r.link for r in rijen)


def test_the_page_says_what_proves_compliance_as_the_downloads_do(als: Any) -> None:
    """The checklist of Amsterdam on 2026-12-08: every download (CSV, DOCX, PDF) and the CLI say per obligation what
    proves compliance, for the tranche-2 bill (Kamerstuk 36 892) with «(als het voorstel wet wordt)»; the page did not
    (helper-214)."""
    html = als("anna").get(URL, {"datum": "2026-12-08"}).content.decode()
    assert "<dt>Bewijs</dt><dd>VOG met datum van afgifte" in html
    assert "(als het voorstel wet wordt).</dd>" in html


def test_the_overview_shows_the_laws_standing_not_one_gemeentes_judgement(als: Any) -> None:
    """/overzicht/ for bob (GM0363 and GM0599) on 2023-06-01, with Amsterdam's «niet van toepassing» of the VOG duty
    (Gemeentewet 36a, in force since 2023-01-01): the column «Stand» showed «volgens de beoordeling van de gemeente niet
    van toepassing (…)» for both gemeenten, because Amsterdam came first (helper-219)."""
    Beoordeling.objects.create(gemeente="GM0363", verplichting="vog-wethouder", status="niet-van-toepassing",
                               wie="anna", op="2023-06-01", wanneer="2023-06-01T10:00:00+00:00", reden="geen wethouders",
                               periode="vanaf-2023-01-01")
    html = als("bob").get("/overzicht/", {"datum": "2023-06-01"}).content.decode()
    assert "volgens de beoordeling van de gemeente" not in html
    assert "niet van toepassing" in html  # Amsterdam's own judgement stays in its cell
