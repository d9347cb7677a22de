"""The hostile-input suite (issue 17): generated hostile files of every class run through every command
that reads them, each test in one process under a time bound (a subprocess timeout, never a timed
assertion). For every refused input: no traceback, exit 1 with an ``error:`` message naming the input,
no output file, the register unchanged. Inputs that are valid but built to be slow (ReDoS strings, huge
lines) must finish within the bound.

Classes: XXE, entity/alias/zip bombs, truncation, binary, deep nesting, huge lines, ReDoS strings,
duplicate numbers, formula cells, damaged databases, tampered sources. The importer-level cases behind
these live in tests/bronnen/test_hostile.py; the generators in tests/hostile/maken.py.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.bronnen import test_hostile as th
from tests.hostile.maken import damage_database, fill_register, hostile_workbooks

REPO = Path(__file__).resolve().parents[2]
BOUND = 60  # seconds for one test's process (a dozen commands on 2 busy cores); a hang or a blow-up fails it
DANGER = ("=", "+", "-", "@", "\t", "\r")


def run(commands: list[list[str]], tmp: Path, bound: float = BOUND, **env: str) -> list[dict[str, object]]:
    """Run the commands in one process (tests/hostile/runner.py), bounded by ``bound`` seconds."""
    environ = {**os.environ, "WETGEVING_REGISTER": str(tmp / "standaard-register.sqlite"),
               "WETGEVING_CACHE": str(tmp / "geen-cache"), **env}
    proc = subprocess.run([sys.executable, "-m", "tests.hostile.runner"], input=json.dumps(commands), cwd=REPO,
                          env=environ, capture_output=True, text=True, timeout=bound)
    assert proc.returncode == 0, proc.stderr[-3000:]
    results: list[dict[str, object]] = json.loads(proc.stdout)
    return results


def assert_refused(results: list[dict[str, object]], names: str | Path, *outputs: Path) -> None:
    for r in results:
        err = str(r["err"])
        assert r["code"] == 1, (r["args"], r["code"], err[-2000:])
        assert "Traceback" not in err + str(r["out"]), r["args"]
        assert ("\n" + err).count("\nfout: ") == 1 and str(names) in err, (r["args"], err)
    for out in outputs:
        assert not out.exists(), out
        assert not list(out.parent.glob(f".{out.name}*")), "a temporary file was left behind"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else ""


# --- law files through every command that reads a regeling ----------------------------------------------------

_MD_HEAD = "### Titel  I\n\n####Algemeen\n\n### Artikel  1\n\n1.  De raad van Testdorp vergadert.\n\n"
_MD_SLOT = "\nLasten en bevelen dat deze in het Proefblad zal worden geplaatst.\n"
_YAML_HEAD = "$id: testwet\nbwb_id: BWBR9999999\nvalid_from: '2020-01-01'\narticles:\n"

REFUSED_LAW_FILES: dict[str, tuple[str, bytes]] = {
    "xxe.xml": ("xxe", th.XXE_FILE),
    "xxe-verborgen.xml": ("xxe", th.HIDDEN_XXE),
    "billion-laughs.xml": ("bom", th.BILLION_LAUGHS),
    "alias-bom.yaml": ("bom", th.YAML_HEAD + th.YAML_BOMB + b"articles: *a9\n"),
    "afgebroken.xml": ("afgebroken", th.NATIVE_XML[: len(th.NATIVE_XML) // 2]),
    "afgebroken.yaml": ("afgebroken", (_YAML_HEAD + "".join(
        f"  - number: '{i}'\n    text: Artikel {i} van de Testwet geldt in Testdorp.\n"
        f"    url: https://wetten.overheid.nl/BWBR9999999/2020-01-01#Artikel{i}\n" for i in range(1, 6))
        + "  - number: '6'\n    text: De raad van Testd\n").encode()),
    "2001-04-01.md": ("afgebroken", (_MD_HEAD + "### Artikel  2\n\nDe burgemeester van Testd\n").encode()),
    "binair.xml": ("binair", th._random_bytes(4096, seed=17)),
    "binair.yaml": ("binair", th._random_bytes(4096, seed=18)),
    "diep.xml": ("diep", th._toestand(b"<b>" * 5000 + b"</b>" * 5000)),
    "diep.yaml": ("diep", b"$id: x\narticles: " + b"[" * 5000 + b"]" * 5000),
    "dubbel.yaml": ("dubbel", (_YAML_HEAD + "  - number: '1'\n    text: Een.\n  - number: '1'\n    text: Twee.\n").encode()),
}


def _law_commands(f: Path, out: Path) -> list[list[str]]:
    return [["validate", str(f)], ["show", str(f)], ["show", str(f), "artikel 1"], ["diff", str(f), str(f)],
            ["diff", str(f), str(f), "--format", "docx", "-o", str(out)], ["convert", str(f), str(out)],
            ["refs", str(f)], ["graph", "dangling", str(f)], ["instructions", str(f), str(f), "-o", str(out)]]


@pytest.mark.parametrize("name", sorted(REFUSED_LAW_FILES))
def test_hostile_law_file(name: str, tmp_path: Path) -> None:
    f = tmp_path / name
    f.write_bytes(REFUSED_LAW_FILES[name][1])
    out = tmp_path / "uit.bestand"
    assert_refused(run(_law_commands(f, out), tmp_path), f, out)


def _valid_md(body: str) -> bytes:
    return (_MD_HEAD + body + _MD_SLOT).encode("utf-8")


SLOW_BY_DESIGN = {  # valid input built to be slow for a backtracking pattern or a quadratic loop
    "kop-spaties.md": _valid_md("### Artikel  2 a" + " " * 1_000_000 + "b\n\nTekst.\n"),
    "vervallen-spaties.md": _valid_md("### Artikel  2 Vervallen per" + " " * 1_000_000 + "x\n"),
    "veel-leden.md": _valid_md("".join(f"{i}.  Lid.\n" for i in range(2, 50_000))),
    "lang-woord.yaml": (_YAML_HEAD + "  - number: '1'\n    text: " + "a" * 3_000_000 + "\n").encode(),
}


@pytest.mark.parametrize("name", sorted(SLOW_BY_DESIGN))
def test_slow_by_design_finishes_within_the_bound(name: str, tmp_path: Path) -> None:
    stem = "2001-04-01" if name.endswith(".md") else name.split(".")[0]
    f = tmp_path / f"{stem}{Path(name).suffix}"
    f.write_bytes(SLOW_BY_DESIGN[name])
    for r in run([["validate", str(f)], ["show", str(f), "artikel 1"]], tmp_path):
        assert r["code"] == 0 and "Traceback" not in str(r["err"]), (r["args"], str(r["err"])[-500:])


def test_redos_and_deep_addresses_are_refused_at_once(tmp_path: Path) -> None:
    f = tmp_path / "2001-04-01.md"
    f.write_bytes(_valid_md(""))
    adversarial = ["artikel 1" + ".1" * 500_000 + "_", "artikel 1" + ", eerste lid" * 100_000,
                   "artikel:1" + "/lid:1" * 200_000, "jci1.3:c:BWBR9999999&artikel=1" + "&lid=1" * 100_000]
    results = run([["show", str(f), a] for a in adversarial] + [["refs", str(f), adversarial[0]]], tmp_path)
    for r in results:
        assert r["code"] == 1 and "Traceback" not in str(r["err"]), r["args"][:2]


# --- consultation comments -----------------------------------------------------------------------------------

_COMMENTS = "consultatie:\n  titel: Proef\n  wetsvoorstel: {law}\n  basis: {law}\nopmerkingen:\n"

HOSTILE_COMMENTS: dict[str, str | bytes] = {
    "alias-bom.yaml": "consultatie: *a9\n",
    "diep.yaml": "opmerkingen: " + "[" * 5000 + "]" * 5000 + "\n",
    "afgebroken.yaml": _COMMENTS + "  - bepaling: artikel 1\n    opmerking: 'De raad van",
    "binair.yaml": th._random_bytes(4096, seed=19),
    "redos-bepaling.yaml": _COMMENTS + "  - bepaling: 'artikel 1" + ".1" * 200_000 + "_'\n    opmerking: x\n",
    "lange-regel.yaml": _COMMENTS + "  - bepaling: artikel 1\n    over: '" + "x" * 2_000_000 + "'\n    opmerking: x\n",
}


@pytest.mark.parametrize("name", sorted(HOSTILE_COMMENTS))
def test_hostile_comments_file(name: str, tmp_path: Path) -> None:
    law = tmp_path / "2001-04-01.md"
    law.write_bytes(_valid_md(""))
    data = HOSTILE_COMMENTS[name]
    if name == "alias-bom.yaml":
        data = th.YAML_BOMB + b"\n" + str(data).encode()
    f = tmp_path / name
    f.write_bytes(data if isinstance(data, bytes) else data.replace("{law}", str(law)).encode("utf-8"))
    outs = [tmp_path / f"reactie.{x}" for x in ("docx", "md", "html", "txt")]
    assert_refused(run([["consult", str(f), "-o", str(o)] for o in outs], tmp_path), f, *outs)


# --- gemeenten tables, the register, its CSV import --------------------------------------------------------------


def _gemeenten_files(tmp: Path) -> list[Path]:
    files = []
    for name, data in hostile_workbooks().items():
        files.append(tmp / f"{name}.xlsx")
        files[-1].write_bytes(data)
    header = "Gemeentecode;GemeentecodeGM;Gemeentenaam;Provinciecode;ProvinciecodePV;Provincienaam\n"
    for name, text in (("verschoven", header + '363;GM0363;"Amster;dam";27;PV27;Noord-Holland;x\n'),
                       ("open-aanhalingsteken", header + '363;GM0363;"Amsterdam;27;PV27;Noord-Holland\n'),
                       ("binair", None)):
        files.append(tmp / f"{name}.csv")
        files[-1].write_bytes(th._random_bytes(2048, seed=21) if text is None else text.encode("utf-8"))
    return files


def test_hostile_gemeenten_tables(tmp_path: Path) -> None:
    register = tmp_path / "register.sqlite"
    fill_register(register, 3)
    before = digest(register)
    out = tmp_path / "lijst.md"
    for f in _gemeenten_files(tmp_path):
        commands = [["checklist", "GM0363", "--gemeenten", str(f), "--register", str(register), "-o", str(out)],
                    ["register", "record", "--create", "GM0363", "vog-wethouder", "--status", "voldoet", "--who", "x",
                     "--gemeenten", str(f), "--register", str(register)],
                    ["register", "history", "GM0363", "--gemeenten", str(f), "--register", str(register)]]
        results = run(commands, tmp_path)
        assert_refused(results, f, out)
        for r in results:
            assert "YAML" not in str(r["err"]) and "XML)" not in str(r["err"]), r["err"]
    assert digest(register) == before


@pytest.mark.usefixtures("sources")  # the real sources: skipped locally without them
@pytest.mark.parametrize("damage", ["beschadigd", "geen-database"])
def test_damaged_register(damage: str, tmp_path: Path) -> None:
    register = tmp_path / "register.sqlite"
    if damage == "beschadigd":
        fill_register(register)
        damage_database(register)
    else:
        register.write_bytes(th._random_bytes(8192, seed=23))
    before = digest(register)
    export, lijst = tmp_path / "export.csv", tmp_path / "lijsten"
    good = tmp_path / "goed.csv"
    good.write_text("gemeente,verplichting,status,reden,bewijs,notitie,wie,wanneer,op,periode,tekst\r\n"
                    "GM0363,vog-wethouder,voldoet,,,,Griffie,2023-01-02T10:00:00+00:00,2023-01-02,,\r\n")
    r = ["--register", str(register)]
    results = run([["register", "record", "--create", "GM0363", "vog-wethouder", "--status", "voldoet", "--who", "x", *r],
                   ["register", "history", *r], ["register", "export", "-o", str(export), *r],
                   ["register", "import", "--create", str(good), *r], ["checklist", "GM0363", "--date", "2023-04-15", *r],
                   ["checklist", "--all", "--date", "2023-04-15", "-o", str(lijst), *r]], tmp_path)
    assert_refused(results, register, export, lijst)
    for res in results:
        assert "integrity_check" in str(res["err"]) and "backup" not in str(res["err"])
    assert digest(register) == before


def test_hostile_register_imports(tmp_path: Path) -> None:
    register = tmp_path / "register.sqlite"
    fill_register(register, 3)
    before = digest(register)
    header = "gemeente,verplichting,status,reden,bewijs,notitie,wie,wanneer,op,periode,tekst\r\n"
    row = "GM0363,vog-wethouder,voldoet,,,,Griffie,2023-01-02T10:00:00+00:00,2023-01-02,,\r\n"
    files = {"open-aanhalingsteken.csv": header + row + 'GM0363,vog-wethouder,voldoet,,,"open,Griffie\r\n',
             "verschoven.csv": header + row + row.replace("Griffie", "Griffie,extra"),
             "binair.csv": th._random_bytes(4096, seed=29), "lege.csv": b"",
             "afgebroken.csv": header + row + "GM0363,vog-wethouder,voldo"}
    for name, data in files.items():
        f = tmp_path / name
        f.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        (res,) = run([["register", "import", "--create", str(f), "--register", str(register)]], tmp_path)
        assert_refused([res], f)
        assert "YAML" not in str(res["err"])
    assert digest(register) == before


# --- formula cells: accepted, but never written as formulas ------------------------------------------------------

FORMULAS = ['=HYPERLINK("http://x.invalid","klik")', "+31 20 1234567", "-1+1", "@SUM(A1:A2)", "\t=1", "\r=1",
            "'=al geneutraliseerd", 'a "quote", a\r\nline']


def test_formula_cells_are_neutralised_in_every_csv(tmp_path: Path, sources: Path) -> None:
    register = tmp_path / "register.sqlite"
    r = ["--register", str(register)]
    commands = [["register", "record", "--create", "GM0363", "gedragscode-raad", "--status", "voldoet", "--who", f, "--note", f,
                 "--evidence", f, "--op", f"2023-02-{i + 1:02d}", *r] for i, f in enumerate(FORMULAS)]
    export, checklist = tmp_path / "export.csv", tmp_path / "lijst.csv"
    commands += [["register", "export", "-o", str(export), *r],
                 ["checklist", "GM0363", "--date", "2023-04-15", "--format", "csv", "-o", str(checklist), *r]]
    results = run(commands, tmp_path, WETGEVING_SOURCES=str(sources))
    assert all(res["code"] == 0 for res in results), [str(res["err"])[-300:] for res in results if res["code"]]
    for f in (export, checklist):  # the export separated by commas, the checklist by «;»: safe read either way
        for delimiter in (",", ";"):
            for cells in csv.reader(io.StringIO(f.read_text(encoding="utf-8-sig"), newline=""), delimiter=delimiter):
                assert not any(c.startswith(DANGER) for c in cells), (f.name, delimiter, cells)
    again = tmp_path / "opnieuw.sqlite"
    (res,) = run([["register", "import", "--create", str(export), "--register", str(again)]], tmp_path)
    assert res["code"] == 0, res["err"]
    (res,) = run([["register", "export", "--register", str(again)]], tmp_path)
    assert res["out"] == export.read_bytes().decode("utf-8")


# --- amending acts (XML through the hardened parser) -----------------------------------------------------------


def test_hostile_act_files(tmp_path: Path) -> None:
    law = tmp_path / "2001-04-01.md"
    law.write_bytes(_valid_md(""))
    head = b'<?xml version="1.0"?>\n'
    acts = {"xxe.xml": head + b'<!DOCTYPE w [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n<w>&e;</w>\n',
            "bom.xml": head + th._laughs() + b"<w>&lol9;</w>\n",
            "afgebroken.xml": head + b'<wijzigingsregeling xmlns="urn:wetgeving:wijziging:1"><artikel nr="I"',
            "binair.xml": th._random_bytes(2048, seed=31)}
    out = tmp_path / "nieuw.xml"
    for name, data in acts.items():
        f = tmp_path / name
        f.write_bytes(data)
        assert_refused(run([["parse-act", str(f)], ["apply", str(law), str(f), "-o", str(out)]], tmp_path), f, out)


# --- a tampered source -----------------------------------------------------------------------------------------


def test_tampered_source_is_refused_by_every_command(tmp_path: Path, sources: Path) -> None:
    copy = tmp_path / "bronnen"
    shutil.copytree(sources, copy)
    f = copy / "gemeentewet/regelrecht/2023-04-01.yaml"
    f.chmod(0o644)
    data = bytearray(f.read_bytes())
    data[len(data) // 2] ^= 0x01
    f.write_bytes(bytes(data))
    out = tmp_path / "uit.bestand"
    register = tmp_path / "register.sqlite"
    fill_register(register, 2)
    before = digest(register)
    comments = tmp_path / "reactie.yaml"
    comments.write_text("consultatie:\n  titel: Proef\n  wetsvoorstel: gemeentewet@2023-04-01\n"
                        "  basis: gemeentewet@2023-01-01\nopmerkingen:\n  - bepaling: artikel 1\n    opmerking: x\n")
    commands = [["show", "gemeentewet@2023-04-01", "artikel 1"], ["sources", "list"],
                ["diff", "gemeentewet@2023-01-01", "gemeentewet@2023-04-01", "-o", str(out)],
                ["checklist", "GM0363", "--date", "2023-04-15", "-o", str(out), "--register", str(register)],
                ["register", "record", "--create", "GM0363", "vog-wethouder", "--status", "voldoet", "--who", "x", "--op",
                 "2023-04-15", "--register", str(register)],
                ["convert", "gemeentewet@2023-04-01", str(out)], ["refs", "gemeentewet@2023-04-01"],
                ["instructions", "gemeentewet@2023-01-01", "gemeentewet@2023-04-01", "-o", str(out)],
                ["graph", "export", "gemeentewet@2023-04-01", "-o", str(out)], ["obligations", "--coverage"],
                ["tranche", "show", "1"], ["consult", str(comments), "-o", str(out)]]
    results = run(commands, tmp_path, bound=120, WETGEVING_SOURCES=str(copy))
    assert_refused(results, f, out)
    for r in results:
        assert hashlib.sha256(bytes(data)).hexdigest() in str(r["err"])
    assert digest(register) == before


def test_tampered_excerpt_is_refused_where_the_tranche_reads_it(tmp_path: Path, sources: Path) -> None:
    """The real instruction text of tranche 1 (Kamerstuk 35 546 nr. 2) is a source too: one changed byte makes
    'tranche diff', 'graph dangling --after 1' and 'tranche show' fail with the hash message (exit 1, nothing on
    stdout); with --allow-modified 'tranche show' runs and its listing opens with the warning."""
    copy = tmp_path / "bronnen"
    shutil.copytree(sources, copy)
    f = copy / "tranche1/kst-35546-2-voorstel-van-wet.EXCERPT.txt"
    f.chmod(0o644)
    data = bytearray(f.read_bytes())
    data[data.index(b"wordt")] = ord("W")  # one byte
    f.write_bytes(bytes(data))
    results = run([["tranche", "diff", "1", "--law", "gemeentewet", "--date", "2023-04-01"],
                   ["graph", "dangling", "gemeentewet@2022-11-05", "--after", "1"], ["tranche", "show", "1"],
                   ["tranche", "show", "1", "--theme", "vog"], ["--allow-modified", "tranche", "show", "1"]],
                  tmp_path, bound=120, WETGEVING_SOURCES=str(copy))
    assert_refused(results[:4], f)
    for r in results[:4]:
        assert hashlib.sha256(bytes(data)).hexdigest() in str(r["err"]) and r["out"] == "", r["args"]
    allowed = results[4]
    assert allowed["code"] == 0, allowed["err"]
    assert str(allowed["out"]).startswith("LET OP: gemaakt uit een gewijzigde kopie") and str(f) in str(allowed["out"])
    assert "LET OP: gemaakt uit een gewijzigde kopie" in str(allowed["err"])


# --- huge adversarial instruction lines (finding 5): refused by the length limit, never backtracked --------------

HUGE_INSTRUCTIONS = {  # 1 MB lines built for a backtracking pattern (benchmarks/scaling_instructies.py times them)
    "open-aanhaling": "In artikel 1 wordt «" + "raad " * 200_000 + "vervangen door «x».",
    "clausules": "In artikel 1 " + "wordt «a» vervangen door «b» en " * 32_000 + "wordt «c» vervangen door «d».",
    "lang-doel": "In " + "artikel 1, " * 100_000 + "wordt «a» vervangen door «b».",
    "open-tekens": "«" * 1_000_000,
}


def test_huge_instruction_lines_are_refused_at_once(tmp_path: Path) -> None:
    law = tmp_path / "2001-04-01.md"
    law.write_bytes(_valid_md(""))
    out = tmp_path / "nieuw.xml"
    commands = []
    for name, line in HUGE_INSTRUCTIONS.items():
        f = tmp_path / f"{name}.txt"
        f.write_text(f"ARTIKEL I\n\nDe Gemeentewet wordt als volgt gewijzigd:\n\nA\n\n{line}\n", encoding="utf-8")
        commands += [["parse-act", str(f)], ["apply", str(law), str(f), "-o", str(out)]]
    for r in run(commands, tmp_path):
        said = str(r["err"]) + str(r["out"])
        assert r["code"] == 1 and "Traceback" not in said, (r["args"], said[-500:])
        assert "20.000 tekens" in said, said[-500:]
        if r["args"][0] == "parse-act":
            assert f"{r['args'][1]}:7: onleesbaar" in str(r["err"]), str(r["err"])[-500:]
    assert not out.exists()
