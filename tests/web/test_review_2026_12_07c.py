"""The web application's consultation, reviewed on 2026-12-07 (helper-137): a lawyer writing a reaction."""

from __future__ import annotations

import io
import zipfile
from typing import Any

URL = "/consultatie/tranche-2/"


def test_the_reaction_lists_comments_in_the_order_of_the_law(als: Any) -> None:
    """Kamerstuk 36 892 (illustrative draft): comments on artikel 170, tweede lid, and on 36c, eerste lid, came out with
    170 first, for the database ordered the address as a string («artikel:170» < «artikel:36c»)."""
    c = als("anna")
    for bepaling, tekst in (("artikel:170/lid:2", "Over de zorgplicht."), ("artikel:36c/lid:1", "Over de analyse.")):
        assert c.post(URL, {"bepaling": bepaling, "opmerking": tekst}).status_code == 302
    tekst = c.get(URL + "reactie.txt").content.decode()
    assert tekst.index("Over de analyse.") < tekst.index("Over de zorgplicht.")
    with zipfile.ZipFile(io.BytesIO(c.get(URL + "reactie.docx").content)) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    assert xml.index("Over de analyse.") < xml.index("Over de zorgplicht.")


def test_the_consultation_pages_write_dates_in_words_and_the_kamerstuk_as_printed(als: Any) -> None:
    """Kamerstuk 36 892, stukken dated 2026-02-03, on the Gemeentewet of 2026-10-01; tranche 1 (Stb. 2022, 444) in
    force since 2023-01-01: the pages said «2026-02-03», «sinds 2023-01-01» and «Kamerstuk 36892», while the documents
    they make say «3 februari 2026» and «Kamerstuk 36 892» (helper-137)."""
    c = als("anna")
    lijst = c.get("/consultatie/").content.decode()
    assert "Kamerstuk 36 892" in lijst and "Kamerstuk 36892" not in lijst and "Kamerstuk Kamerstuk" not in lijst
    assert "stukken gedateerd 3 februari 2026" in lijst and "sinds 1 januari 2023 in werking" in lijst
    pagina = c.get(URL).content.decode()
    assert "Gewijzigd ten opzichte van de Gemeentewet zoals geldend vanaf 1 oktober 2026." in pagina
    assert "2026-02-03" not in pagina and "2026-10-01" not in pagina


def test_the_reaction_on_tranche_1_calls_it_law_once_it_was(als: Any) -> None:
    """Kamerstuk 35 546, published as Stb. 2022, 444 on 2022-11-10: the downloads said «Wetsvoorstel: Kamerstuk 35 546»
    and «Vraag: Reactie op het wetsvoorstel» right under «was dit geen wetsvoorstel meer», and began a sentence with
    «Wet bevorderen …» (helper-137)."""
    c = als("anna")
    assert c.post("/consultatie/tranche-1/", {"bepaling": "artikel:36a/lid:2", "opmerking": "Goed."}).status_code == 302
    tekst = c.get("/consultatie/tranche-1/reactie.txt").content.decode()
    assert "Vraag: Reactie op de wet" in tekst and "Reactie op het wetsvoorstel" not in tekst
    assert "De Wet bevorderen integriteit en functioneren decentraal bestuur is sinds 1 januari 2023 in werking" in tekst
    with zipfile.ZipFile(io.BytesIO(c.get("/consultatie/tranche-1/reactie.docx").content)) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    assert "Wetsvoorstel (inmiddels wet): " in xml


def test_editing_a_colleagues_comment_gives_no_advice_to_ask_for_a_role(als: Any) -> None:
    """Kamerstuk 36 892: a colleague (same organisation) may read a comment, not change it; the 403 page advised to ask
    the beheerder for a role, which would not help (helper-137). A refusal a role would lift keeps the advice."""
    c = als("anna")
    assert c.post(URL, {"bepaling": "artikel:36c/lid:1", "opmerking": "Van Anna."}).status_code == 302
    from wetgeving.web.models import Opmerking

    o = Opmerking.objects.get()
    r = als("lotte").get(f"{URL}opmerking/{o.pk}/wijzigen/")
    html = r.content.decode()
    assert r.status_code == 403 and "Alleen wie een opmerking schreef, kan haar wijzigen of verwijderen." in html
    assert "om een rol" not in html
    r = als("jurist").get(URL + "reactie.txt")  # no organisation: an administrator can give one, not a role
    html = r.content.decode()  # 2026-12-07 (fifth session): the advice says so (helper-154)
    assert r.status_code == 403 and "u aan een organisatie te koppelen" in html and "om een rol" not in html


def test_a_repealed_artikel_of_tranche_1_can_be_commented_on(als: Any) -> None:
    """Stb. 2022, 444 repealed Gemeentewet 25, 55 and 86 (onderdelen D, H and P, from 2023-04-01; hoofdstuk Va takes
    their place). The CLI places a comment on «artikel 25»; the web page left the three out and refused
    «artikel:25» with «Kies een bepaling uit de wet» (helper-137)."""
    c = als("anna")
    pagina = c.get("/consultatie/tranche-1/").content.decode()
    for nr in ("25", "55", "86"):
        assert f"artikel {nr} Gemeentewet (vervallen)" in pagina, nr
    r = c.post("/consultatie/tranche-1/", {"bepaling": "artikel:25", "opmerking": "Jammer van artikel 25."})
    assert r.status_code == 302
    tekst = c.get("/consultatie/tranche-1/reactie.txt").content.decode()
    assert "artikel 25 Gemeentewet (vervallen):" in tekst and "Jammer van artikel 25." in tekst


def test_the_tranche_1_page_says_it_shows_the_gemeentewet_only(als: Any) -> None:
    """Stb. 2022, 444 also changed Provinciewet 182 and Kieswet P 19, W 4 and X 9 (from 2023-01-01); the consultation
    page showed the Gemeentewet's changes only and did not say so (helper-137). Tranche 2's illustrative draft changes
    only the Gemeentewet: no such line."""
    c = als("anna")
    pagina = c.get("/consultatie/tranche-1/").content.decode()
    assert "Deze pagina toont alleen wat de wet in de Gemeentewet wijzigt; wat zij ook wijzigt in de Provinciewet, de " \
           "Kieswet, de Waterschapswet en de Wet openbare lichamen Bonaire, Sint Eustatius en Saba, staat er niet op." \
           in pagina  # helper-139: the title names the laws the model does not hold too
    assert "Een reactie op de artikelen van de Provinciewet en de Kieswet die ons model bevat" in pagina
    twee = c.get(URL).content.decode()  # Kamerstuk 36 892's title names three laws beside the Gemeentewet
    # 2026-12-07 (fifth session): the page shows our illustrative draft, not the bill (helper-150)
    assert "de titel van het wetsvoorstel noemt ook de Provinciewet, de Waterschapswet en de Wet openbare lichamen" in twee
    assert "Een reactie op de artikelen" not in twee
