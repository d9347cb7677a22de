"""Points a legal reviewer left open on the municipal checklist. Each test names the provision and the date.

1. Tranche 2 (Kamerstuk 36 892, stukken of 2026-02-03): the sources do not show that the bill fills in the
   zorgplicht of artikel 170, tweede lid; only the never-submitted nota van wijziging of 2021 on 35 546 did.
   It is no obligation (not law, not confirmed bill content), and where the tranche model still names the
   plan, it says it is unconfirmed.
2. The vermelding of geheimhouding: before 2023-04-01 (artikelen 25, 55 and 86, tweede lid) only the organs
   that imposed secrecy on documents they handed over had to say so on the documents; the raad, imposing
   under the eerste lid, had no such duty. From 2023-04-01 (artikel 89, eerste lid) every geheimhouding is
   mentioned, also the raad's (artikel 87).
3. The key of a bill's or recommendation's wording is "wetsvoorstel" / "aanbeveling", not "vanaf-onbekend"
   (which reads as a duty in force since an unknown date); assessments stored with the old key still fit.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from tests.katalogus import omgeving, register_default
from wetgeving.cli import main
from wetgeving.compliance import checklist as cl
from wetgeving.compliance import gemeenten as gm
from wetgeving.compliance.register import FIELDS, Beoordelingsregister
from wetgeving.compliance.verplichtingen import verplichtingen
from wetgeving.locatie import Adres
from wetgeving.model import tekst
from wetgeving.render.checklist import row_data, to_json

ZORGPLICHT = "zorgplicht-burgemeester-risicoanalyse"


def checklist(when: date, reg: Beoordelingsregister | None = None) -> cl.Checklist:
    recorded = reg.as_of("GM0363", when) if reg else None
    return cl.make(omgeving(), gm.find(gm.load(), "GM0363"), when, verplichtingen(), recorded)


def rows(when: date) -> dict[str, cl.Regel]:
    return {r.verplichting.id: r for r in checklist(when).regels}


def actors(when: date, vid: str) -> set[str]:
    return {a.strip() for a in row_data(rows(when)[vid])["normadressaat"].split(",")}


# --- 1: the zorgplicht of artikel 170, tweede lid, in tranche 2 ------------------------------------------

def test_t2_zorgplicht_is_no_bill_item_on_2026_06_01() -> None:
    """Kamerstuk 36 892 on 2026-06-01 (stukken of 2026-02-03): the checklist lists the bill's risicoanalyse
    and financiële belangen, but no duty of the burgemeester to oversee the risicoanalyse (artikel 170,
    tweede lid, filled in only by the nota van wijziging of 2021, Kamerstuk 35 546, nr. 7, never submitted)."""
    r = rows(date(2026, 6, 1))
    assert r["risicoanalyse-wethouder"].status == "wetsvoorstel"
    assert ZORGPLICHT not in r
    assert not [v.id for v in verplichtingen() for g in v.grondslagen if g.voorziening == "t2-zorgplicht"]
    # the general zorgplicht in force stays, and still mentions the plan of 2021 as not submitted
    algemeen = r["integriteit-bevorderen-burgemeester"]
    assert algemeen.status == "geldend" and "niet ingediend" in algemeen.periode.toelichting


def test_obligations_listing_on_2026_06_01_has_no_zorgplicht_bill(capsys: pytest.CaptureFixture[str]) -> None:
    """`wetgeving obligations --date 2026-06-01`: three items of Kamerstuk 36 892 were a wetsvoorstel; now two,
    none of them about artikel 170, tweede lid."""
    assert main(["obligations", "--date", "2026-06-01"]) == 0
    out = capsys.readouterr().out
    bills = [ln for ln in out.splitlines() if " — wetsvoorstel volgens de bronnen — " in ln]
    assert len(bills) == 2, bills
    assert ZORGPLICHT not in out and "t2-zorgplicht" not in out


def test_tranche_2_show_says_t2_zorgplicht_is_unconfirmed(capsys: pytest.CaptureFixture[str]) -> None:
    """`wetgeving tranche show 2` (Kamerstuk 36 892): the planned change of artikel 170, tweede lid, is not
    labelled 'status wetsvoorstel' as bill content; it says it is not confirmed."""
    assert main(["tranche", "show", "2"]) == 0
    out = capsys.readouterr().out
    line = next(ln for ln in out.splitlines() if "t2-zorgplicht" in ln)
    assert "niet bevestigd" in line and "status wetsvoorstel" not in line and "Beoogde" not in line
    assert "status wetsvoorstel" in next(ln for ln in out.splitlines() if "t2-risicoanalyse" in ln)
    assert main(["tranche", "timeline"]) == 0
    timeline = capsys.readouterr().out
    zorg = [ln for ln in timeline.splitlines() if "Zorgplicht van de burgemeester" in ln]
    assert zorg and all("niet bevestigd" in ln for ln in zorg), zorg


def test_assessments_of_the_withdrawn_item_stay_readable(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A register that assessed the withdrawn zorgplicht item (a bill on 2026-03-01, Kamerstuk 36 892) can
    still be imported and its history read; a new assessment of it is refused with the reason."""
    csv = tmp_path / "export.csv"
    csv.write_text(",".join(FIELDS) + "\n" + ",".join(
        ["GM0363", ZORGPLICHT, "voorbereiding-gestart", "", "", "", "Griffie", "2026-03-02T10:00:00+00:00",
         "2026-03-01", "vanaf-onbekend", ""]) + "\n", encoding="utf-8")
    reg = tmp_path / "r.sqlite"
    assert main(["register", "import", "--create", str(csv), "--register", str(reg)]) == 0
    assert main(["register", "history", "GM0363", ZORGPLICHT, "--register", str(reg)]) == 0
    assert "voorbereiding gestart" in capsys.readouterr().out
    assert main(["register", "record", "GM0363", ZORGPLICHT, "--status", "nog niet", "--who", "Griffie",
                 "--op", "2026-03-05", "--register", str(reg)]) != 0
    assert "staat niet meer in ons model" in capsys.readouterr().err
    with Beoordelingsregister(reg, readonly=True) as r:  # the checklist of that date does not show it
        assert ZORGPLICHT not in {x.verplichting.id for x in checklist(date(2026, 3, 5), r).regels}


# --- 2: who mentions geheimhouding on the documents --------------------------------------------------------

@pytest.mark.parametrize(("when", "versie"), [(date(2022, 12, 31), "gemeentewet@2022-11-05"),
                                              (date(2023, 1, 15), "gemeentewet@2023-01-01")], ids=str)
def test_vermelding_of_geheimhouding_is_not_a_duty_of_the_raad_before_2023_04_01(real, when: date, versie: str) -> None:  # type: ignore[no-untyped-def]
    """Artikelen 25, 55 and 86, tweede lid (versions of 2022-11-05 and 2023-01-01): «Daarvan wordt op de
    stukken melding gemaakt» follows secrecy imposed by the college, the burgemeester, a commissie or the
    voorzitter van een commissie on documents they hand over; the raad (eerste lid) has no such duty."""
    gw = real(versie)
    lid2 = {a: tekst(gw.get(Adres.parse(f"artikel:{a}/lid:2")), " ") for a in ("25", "55", "86")}
    assert all("Daarvan wordt op de stukken melding gemaakt" in t for t in lid2.values())
    assert "door de voorzitter van een commissie" in lid2["86"]
    assert "melding" not in tekst(gw.get(Adres.parse("artikel:25/lid:1")), " ")
    r = rows(when)["geheimhouding-vermelding"]
    assert r.basis[0].versie == versie
    assert actors(when, "geheimhouding-vermelding") == {"college van B&W", "burgemeester", "commissie",
                                                          "voorzitter van een commissie"}
    # the provisions are silent on the raad's own secrecy: that it has no such duty is our reading (toelichting)
    assert re.search(r"\braad\b[^.]*geen vermeldingsplicht", r.periode.toelichting)


def test_vermelding_of_geheimhouding_includes_the_raad_from_2023_04_01(real) -> None:  # type: ignore[no-untyped-def]
    """Artikel 89, eerste lid, with artikel 87 (2023-04-15, version of 2023-04-01): every geheimhouding is
    mentioned on the document, also the one the raad imposed."""
    gw = real("gemeentewet@2023-04-01")
    assert tekst(gw.get(Adres.parse("artikel:87")), " ").startswith("De raad, het college, de burgemeester en een commissie")
    assert actors(date(2023, 4, 15), "geheimhouding-vermelding") == {"raad", "college van B&W", "burgemeester",
                                                                      "commissie"}


def test_oplegging_before_2023_04_01_names_the_voorzitter_van_een_commissie(real) -> None:  # type: ignore[no-untyped-def]
    """Artikel 86, tweede lid (2022-12-31, version of 2022-11-05): the voorzitter van een commissie may impose
    secrecy on documents he hands to a commissie; from 2023-04-01 (artikel 87) he is no longer named."""
    assert "voorzitter van een commissie" in tekst(real("gemeentewet@2022-11-05").get(Adres.parse("artikel:86/lid:2")), " ")
    assert "voorzitter van een commissie" in actors(date(2022, 12, 31), "geheimhouding-oplegging")
    assert "voorzitter van een commissie" not in actors(date(2023, 4, 15), "geheimhouding-oplegging")


def test_obligations_filter_finds_a_period_only_actor(capsys: pytest.CaptureFixture[str]) -> None:
    """Artikel 86, tweede lid (until 2023-04-01): `obligations --actor commissievoorzitter` lists the duties
    of the voorzitter van een commissie, which only the old period names."""
    assert main(["obligations", "--actor", "commissievoorzitter"]) == 0
    out = capsys.readouterr().out
    assert "geheimhouding-vermelding" in out and "geheimhouding-oplegging" in out


# --- 3: the key of a bill's and a recommendation's wording -------------------------------------------------

def test_json_period_key_of_a_bill_on_2026_06_01() -> None:
    """Kamerstuk 36 892 on 2026-06-01 (a bill): the JSON key of the wording is "wetsvoorstel", not
    "vanaf-onbekend"; a recommendation's is "aanbeveling"; a duty in force since an unknown date (artikel 170,
    tweede lid, in the sources since the version of 2022-11-05) keeps "vanaf-onbekend"."""
    d = {x["id"]: x for x in json.loads(to_json(checklist(date(2026, 6, 1))))["verplichtingen"]}
    assert d["risicoanalyse-wethouder"]["periode"]["sleutel"] == "wetsvoorstel"
    assert d["aanbeveling-basisscan-integriteit"]["periode"]["sleutel"] == "aanbeveling"
    assert d["integriteit-bevorderen-burgemeester"]["periode"]["sleutel"] == "vanaf-onbekend"


def test_bill_assessment_stored_with_the_old_key_still_fits_on_2026_06_01() -> None:
    """Kamerstuk 36 892 (2026-06-01): an assessment of the risicoanalyse stored by an earlier version with
    periode "vanaf-onbekend" is not marked opnieuw beoordelen; one of another wording still is."""
    with Beoordelingsregister(register_default()) as reg:
        reg.record("GM0363", "risicoanalyse-wethouder", "voorbereiding-gestart", wie="Griffie", op="2026-03-01",
                   periode="vanaf-onbekend")
        reg.record("GM0363", "aanbeveling-basisscan-integriteit", "opgevolgd", wie="Griffie", op="2026-03-01",
                   periode="vanaf-2023-01-01")
        got = {r.verplichting.id: r for r in checklist(date(2026, 6, 1), reg).regels}
    assert got["risicoanalyse-wethouder"].beoordeling is not None and got["risicoanalyse-wethouder"].opnieuw == ""
    assert got["aanbeveling-basisscan-integriteit"].opnieuw.startswith("opnieuw beoordelen")


def test_the_illustrative_draft_says_its_onderdeel_c_on_artikel_170_is_unconfirmed() -> None:
    """The illustrative draft of tranche 2 (Kamerstuk 36 892, stukken of 2026-02-03), onderdeel C, amends
    artikel 170, tweede lid (Gemeentewet 2026-10-01) as the never-submitted nota van wijziging of 2021 wanted:
    its label, shown with every diff and consultation of the draft, says that part is not confirmed."""
    from wetgeving.tranches.lezen import tranche

    (ill,) = tranche("tranche-2").illustraties
    assert "In artikel 170, tweede lid" in ill.tekst
    assert ill.label.startswith("ILLUSTRATIEF ONTWERP") and "Onderdeel C (artikel 170, tweede lid)" in ill.label
    assert "35 546, nr. 7" in ill.label and "staat niet in de bronnen" in ill.label
