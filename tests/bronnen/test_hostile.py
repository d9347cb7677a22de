"""Hostile and malformed input for every importer, directly and through the CLI.

Every case must end in a :class:`WetgevingError` subclass (never another exception) whose message names
the file, and the line where that makes sense; it must finish quickly (the inputs are small, so a slow
case means an expansion or a hang: the processes here run under a timeout, and tests/hostile/ runs every
command on such input in a process with a time bound); and the
CLI must exit with code 1, print no traceback and leave no output file behind.

All fixtures are invented: a made-up "Testwet" of Testdorp with made-up text.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from wetgeving import cli
from wetgeving.bronnen import bwb, formats, native, regelrecht, secure
from wetgeving.errors import AddressError, InputError, SchemaError, WetgevingError
from wetgeving.model import Artikel, Lid, Regeling, Structuur

TIMEOUT = 60  # seconds, for a whole CLI process on a few KiB: a hang fails the run, no timed assertion

# --- invented fixtures ------------------------------------------------------------------------------------

BWB_XML = b"""<?xml version="1.0" encoding="UTF-8"?>
<toestand bwb-id="BWBR9999999" inwerkingtreding="2020-01-01">
  <wetgeving>
    <citeertitel>Testwet</citeertitel>
    <wettekst>
      <hoofdstuk>
        <kop><nr>1</nr><titel>Algemene bepalingen</titel></kop>
        <artikel inwerking="2020-01-01" bron="Stb.2020-1">
          <kop><nr>1</nr></kop>
          <lid><lidnr>1</lidnr><al>De testcommissie van Testdorp toetst elke proef.</al></lid>
          <lid><lidnr>2</lidnr><al>Zij doet dat volgens <intref doc="jci1.3:c:BWBR9999999&amp;artikel=2">artikel 2</intref>:</al>
            <lijst>
              <li><li.nr>a.</li.nr><al>zorgvuldig;</al></li>
              <li><li.nr>b.</li.nr><al>snel.</al></li>
            </lijst>
          </lid>
        </artikel>
        <artikel><kop><nr>2</nr></kop><al>Deze wet wordt aangehaald als: Testwet.</al></artikel>
      </hoofdstuk>
    </wettekst>
  </wetgeving>
</toestand>
"""

# Flow style for the articles, so that cutting the file anywhere inside them leaves it unfinished.
YAML_DOC = b"""$id: testwet
$schema: https://example.invalid/regelrecht/v0.7.0/schema.json
bwb_id: BWBR9999999
valid_from: '2020-01-01'
articles: [
  {number: '1', text: "1 De testcommissie van Testdorp toetst elke proef.\\n\\n2 Zij doet dat volgens
    [artikel 2][ref1]:\\n\\na. zorgvuldig;\\n\\nb. snel.\\n\\n[ref1]: https://wetten.overheid.nl/BWBR9999999#Artikel2"},
  {number: '2', text: "Deze wet wordt aangehaald als: Testwet."},
]
"""

NATIVE_XML = native.dumps(bwb.loads(BWB_XML, "testwet.xml"))

_HEAD = b'<?xml version="1.0" encoding="UTF-8"?>\n'
_BWB_ROOT = b'<toestand bwb-id="BWBR9999999" inwerkingtreding="2020-01-01">'
_PAD = b"<!--" + b" opvulling" * 8000 + b" -->\n"  # > 64 KiB: hides a DOCTYPE from a scan of the head


def _toestand(body: bytes) -> bytes:
    return (_BWB_ROOT + b"<wetgeving><citeertitel>Testwet</citeertitel><wettekst><artikel><kop><nr>1</nr></kop>"
            + b"<al>" + body + b"</al></artikel></wettekst></wetgeving></toestand>\n")


def _laughs(n: int = 10) -> bytes:
    ents = [b'  <!ENTITY lol0 "lol">']
    ents += [b'  <!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1)) * 10) for i in range(1, n)]
    return b"<!DOCTYPE toestand [\n" + b"\n".join(ents) + b"\n]>\n"


BILLION_LAUGHS = _HEAD + _laughs() + _toestand(b"&lol9;")
XXE_FILE = _HEAD + b'<!DOCTYPE toestand [<!ENTITY geheim SYSTEM "file:///etc/passwd">]>\n' + _toestand(b"&geheim;")
XXE_HTTP = _HEAD + b'<!DOCTYPE toestand [<!ENTITY geheim SYSTEM "http://127.0.0.1:9/geheim">]>\n' + _toestand(b"&geheim;")
XXE_PARAM = (_HEAD + b'<!DOCTYPE toestand [<!ENTITY % extern SYSTEM "http://127.0.0.1:9/extern.dtd"> %extern;]>\n'
             + _toestand(b"&geheim;"))
EXTERNAL_DTD = _HEAD + b'<!DOCTYPE toestand SYSTEM "http://127.0.0.1:9/toestand.dtd">\n' + _toestand(b"tekst")
PUBLIC_DTD = (_HEAD + b'<!DOCTYPE toestand PUBLIC "-//Testdorp//DTD Testwet//NL" "file:///etc/passwd">\n'
              + _toestand(b"tekst"))
# The same attacks placed where a byte scan of the first 64 KiB does not see them, or encoded as UTF-16.
HIDDEN_LAUGHS = _HEAD + _PAD + _laughs() + _toestand(b"&lol9;")
HIDDEN_XXE = _HEAD + _PAD + XXE_FILE[len(_HEAD):]
HIDDEN_DTD = _HEAD + _PAD + EXTERNAL_DTD[len(_HEAD):]
UTF16_XXE = XXE_FILE.replace(b"UTF-8", b"UTF-16").decode("utf-8").encode("utf-16")

YAML_BOMB_LINES = [b"a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"] + [
    b"a%d: &a%d [%s]" % (i, i, b", ".join([b"*a%d" % (i - 1)] * 10)) for i in range(1, 10)
]
YAML_BOMB = b"\n".join(YAML_BOMB_LINES) + b"\n"
YAML_HEAD = b"bwb_id: BWBR9999999\nvalid_from: '2020-01-01'\n"
LATIN1_YAML = YAML_HEAD + "articles:\n  - number: '1'\n    text: De café van Testdorp.\n".encode("latin-1")


def _random_bytes(n: int, seed: int = 20200101) -> bytes:
    return random.Random(seed).randbytes(n)


# --- the cases ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    id: str
    importer: str  # "bwb", "native" or "regelrecht"
    data: bytes
    contains: str = ""  # a phrase the message must hold
    line: int | None = None  # the line the message must name (None: no particular line)
    kind: type[WetgevingError] = InputError
    detectable: bool = False  # valid for another importer, which format detection (and so the CLI) picks

    @property
    def suffix(self) -> str:
        return ".yaml" if self.importer == "regelrecht" else ".xml"

    @property
    def name(self) -> str:
        return f"testwet-{self.id}{self.suffix}"


def _line_of(data: bytes, needle: bytes) -> int:
    return data[: data.index(needle)].count(b"\n") + 1


REFUSED = "declareert entiteiten of een externe DTD"
CASES = [
    # XML attacks on the BWB importer
    Case("billion-laughs", "bwb", BILLION_LAUGHS, REFUSED, 2),
    Case("xxe-file", "bwb", XXE_FILE, REFUSED, 2),
    Case("xxe-http", "bwb", XXE_HTTP, REFUSED, 2),
    Case("xxe-parameter-entity", "bwb", XXE_PARAM, REFUSED, 2),
    Case("external-dtd", "bwb", EXTERNAL_DTD, REFUSED, 2),
    Case("public-dtd", "bwb", PUBLIC_DTD, REFUSED, 2),
    Case("hidden-billion-laughs", "bwb", HIDDEN_LAUGHS, ""),  # refused by the parser or after it
    Case("hidden-xxe", "bwb", HIDDEN_XXE, REFUSED, _line_of(HIDDEN_XXE, b"<!DOCTYPE")),
    Case("hidden-external-dtd", "bwb", HIDDEN_DTD, REFUSED, _line_of(HIDDEN_DTD, b"<!DOCTYPE")),
    Case("utf16-xxe", "bwb", UTF16_XXE, REFUSED),
    # malformed BWB XML
    Case("truncated", "bwb", BWB_XML[: len(BWB_XML) // 2], "onjuiste XML"),
    Case("wrong-root", "bwb", _HEAD + b"<html>\n<body>Testwet</body>\n</html>\n", "hoofdelement is <html>", 2),
    Case("native-as-bwb", "bwb", NATIVE_XML, "hoofdelement is <regeling>", 2, detectable=True),
    Case("empty", "bwb", b"", "onjuiste XML"),
    Case("whitespace", "bwb", b" \n\n \n", "onjuiste XML"),
    Case("binary-garbage", "bwb", _random_bytes(2048), "onjuiste XML"),
    Case("nul-bytes", "bwb", b"\x00" * 64, "onjuiste XML"),
    Case("non-utf8", "bwb", BWB_XML.replace(b"Testdorp", "Testdörp".encode("latin-1")), "onjuiste XML",
         _line_of(BWB_XML, b"Testdorp")),
    Case("no-bwb-id", "bwb", BWB_XML.replace(b' bwb-id="BWBR9999999"', b""), "mist het attribuut bwb-id", 2),
    Case("artikel-without-nr", "bwb", BWB_XML.replace(b"<kop><nr>2</nr></kop>", b""), "geen <kop><nr>",
         _line_of(BWB_XML, b"<artikel><kop><nr>2")),
    Case("deep-nesting", "bwb", _toestand(b"<b>" * 5000 + b"</b>" * 5000), "onjuiste XML"),
    # our XML
    Case("billion-laughs", "native", NATIVE_XML.replace(b"<regeling", _laughs() + b"<regeling", 1), REFUSED, 2),
    Case("xxe-file", "native",
         NATIVE_XML.replace(b"<regeling", b'<!DOCTYPE regeling [<!ENTITY g SYSTEM "file:///etc/passwd">]>\n'
                            b"<regeling", 1).replace(b"Testwet.</al>", b"&g;</al>"), REFUSED, 2),
    Case("truncated", "native", NATIVE_XML[: len(NATIVE_XML) // 2], "onjuiste XML"),
    Case("wrong-root", "native", BWB_XML, "hoofdelement is <toestand>", 2, detectable=True),
    Case("empty", "native", b"", "onjuiste XML"),
    Case("binary-garbage", "native", _random_bytes(1024, seed=7), "onjuiste XML"),
    Case("non-utf8", "native", NATIVE_XML.replace(b"Testdorp", "Testdörp".encode("latin-1")), "onjuiste XML",
         _line_of(NATIVE_XML, b"Testdorp")),
    Case("schema-invalid", "native", NATIVE_XML.replace(b"<al>", b"<alinea>", 1).replace(b"</al>", b"</alinea>", 1),
         "voldoet niet aan", _line_of(NATIVE_XML, b"<al>"), SchemaError),
    Case("bad-date", "native", NATIVE_XML.replace(b'geldig-vanaf="2020-01-01"', b'geldig-vanaf="gisteren"'),
         "", None, SchemaError),
    # regelrecht YAML
    Case("alias-bomb", "regelrecht", YAML_BOMB, "geen 'bwb_id'", 1),
    Case("alias-bomb-articles", "regelrecht", YAML_HEAD + YAML_BOMB + b"articles: *a9\n",
         "een artikel moet een mapping", 2 + YAML_BOMB.count(b"\n", 0, YAML_BOMB.index(b"a8:")) + 1),
    Case("alias-bomb-text", "regelrecht",
         YAML_HEAD + YAML_BOMB + b"articles:\n  - number: '1'\n    text: *a9\n",
         "moet een enkele waarde zijn", 2 + YAML_BOMB.count(b"\n", 0, YAML_BOMB.index(b"a9:")) + 1),
    Case("truncated", "regelrecht", YAML_DOC[: len(YAML_DOC) // 2], "onjuiste YAML"),
    Case("empty", "regelrecht", b"", "leeg"),
    Case("binary-garbage", "regelrecht", _random_bytes(2048, seed=3), "YAML"),
    Case("non-utf8", "regelrecht", LATIN1_YAML, "YAML"),
    Case("utf8-bom-garbage", "regelrecht", b"\xef\xbb\xbf\xff\xfe\x00garbage", "YAML"),
    Case("articles-not-a-list", "regelrecht",
         YAML_HEAD + b"articles:\n  number: '1'\n  text: De testcommissie toetst.\n", "geen lijst 'articles'", 4),
    Case("articles-a-string", "regelrecht", YAML_HEAD + b"articles: geen lijst\n", "geen lijst 'articles'", 3),
    Case("articles-missing", "regelrecht", YAML_HEAD, "geen lijst 'articles'", 1),
    Case("text-a-list", "regelrecht",
         YAML_HEAD + b"articles:\n  - number: '1'\n    text:\n      - eerste regel\n      - tweede regel\n",
         "'text' van artikel '1' moet een enkele waarde zijn", 6),
    Case("number-a-mapping", "regelrecht",
         YAML_HEAD + b"articles:\n  - number: {artikel: 1}\n    text: tekst\n", "'number'", 4),
    Case("entry-a-string", "regelrecht", YAML_HEAD + b"articles:\n  - artikel 1\n",
         "een artikel moet een mapping", 4),
    Case("bwb-id-a-list", "regelrecht", b"bwb_id: [BWBR9999999]\nvalid_from: '2020-01-01'\narticles: []\n",
         "'bwb_id'", 1),
    Case("valid-from-not-a-date", "regelrecht", b"bwb_id: BWBR9999999\nvalid_from: morgen\narticles: []\n",
         "valid_from is geen datum", 2),
    Case("document-a-list", "regelrecht", b"- bwb_id: BWBR9999999\n", "moet een mapping", 1),
    Case("document-a-scalar", "regelrecht", b"Testwet\n", "moet een mapping", 1),
    Case("two-documents", "regelrecht", YAML_DOC + b"---\nbwb_id: BWBR9999998\n", "onjuiste YAML"),
    Case("python-tag", "regelrecht",
         b"bwb_id: !!python/object/apply:os.system ['echo gehackt']\nvalid_from: '2020-01-01'\narticles: []\n",
         "'bwb_id'", 1),
    Case("deep-nesting", "regelrecht", b"[" * 20000 + b"]" * 20000, "YAML"),
    # under libyaml's own limit (where it has one), so our depth check must catch it
    Case("nesting-500", "regelrecht", b"$id: x\narticles: " + b"[" * 500 + b"]" * 500, "dieper genest"),
]
CASE_IDS = [f"{c.importer}-{c.id}" for c in CASES]
FILE_CASES = [c for c in CASES if not c.detectable]
FILE_CASE_IDS = [f"{c.importer}-{c.id}" for c in FILE_CASES]
LOADS: dict[str, Callable[..., Regeling]] = {"bwb": bwb.loads, "native": native.loads, "regelrecht": regelrecht.loads}
LOADERS: dict[str, Callable[[Path], Regeling]] = {
    "bwb": bwb.load, "native": native.load, "regelrecht": regelrecht.load, "formats": formats.load_file,
}


def expect_error(
    call: Callable[[], object], file: str | Path, *, line: int | None = None, contains: str = "",
    kind: type[WetgevingError] = WetgevingError,
) -> WetgevingError:
    """Run ``call``; it must raise ``kind``, naming ``file`` (and ``line``) in the message."""
    with pytest.raises(WetgevingError) as info:  # any other exception escapes and fails the test
        call()
    exc = info.value
    assert isinstance(exc, kind), f"{type(exc).__name__} is not a {kind.__name__}: {exc}"
    assert exc.file == str(file) and str(file) in str(exc), str(exc)
    if line is not None:
        assert exc.line == line, str(exc)
        assert f"{file}:{line}: " in str(exc)
    assert contains in exc.message, str(exc)
    assert "Traceback" not in str(exc)
    return exc


# --- the fixtures themselves are valid ----------------------------------------------------------------------


def test_fixtures_are_valid() -> None:
    reg = bwb.loads(BWB_XML, "testwet.xml")
    assert (reg.bwb_id, reg.citeertitel, str(reg.geldig_vanaf)) == ("BWBR9999999", "Testwet", "2020-01-01")
    hoofdstuk = reg.inhoud[0]
    assert isinstance(hoofdstuk, Structuur) and [a.nr for a in reg.artikelen()] == ["1", "2"]
    assert native.loads(NATIVE_XML, "testwet.xml") == reg
    yreg = regelrecht.loads(YAML_DOC, "testwet.yaml")
    art1 = yreg.artikelen()[0]
    assert isinstance(art1, Artikel) and [k.nr for k in art1.inhoud if isinstance(k, Lid)] == ["1", "2"]
    assert yreg.index  # every unit addressable
    # the truncation cases really cut inside the document
    assert YAML_DOC.index(b"articles: [") < len(YAML_DOC) // 2 < YAML_DOC.rindex(b"]")
    assert b"<wettekst>" in BWB_XML[: len(BWB_XML) // 2]


# --- each importer, directly ---------------------------------------------------------------------------------


@pytest.mark.parametrize("case", CASES, ids=CASE_IDS)
def test_loads_refuses(case: Case) -> None:
    exc = expect_error(lambda: LOADS[case.importer](case.data, case.name), case.name,
                       line=case.line, contains=case.contains, kind=case.kind)
    assert "root:" not in str(exc)  # nothing of /etc/passwd leaks into a message


@pytest.mark.parametrize("case", CASES, ids=CASE_IDS)
def test_load_file_refuses(case: Case, tmp_path: Path) -> None:
    """The same through ``load`` and through format detection (``formats.load_file``) on a real file."""
    path = tmp_path / case.name
    path.write_bytes(case.data)
    expect_error(lambda: LOADERS[case.importer](path), path, line=case.line, contains=case.contains)
    if case.detectable:
        assert formats.load_file(path).bwb_id == "BWBR9999999"  # detection picks the right importer
    else:
        expect_error(lambda: formats.load_file(path), path)


def test_xxe_never_reads_the_file_or_the_network(tmp_path: Path) -> None:
    """Even where the byte scan cannot see the DOCTYPE, no entity is resolved and no request is made."""
    import http.server
    import threading

    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            hits.append(self.path)
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b'<!ENTITY geheim "GELEKT">')

        def log_message(self, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}"
        secret = tmp_path / "geheim.txt"
        secret.write_text("GELEKT")
        attacks = [
            f'<!DOCTYPE toestand [<!ENTITY geheim SYSTEM "{secret.as_uri()}">]>',
            f'<!DOCTYPE toestand [<!ENTITY geheim SYSTEM "{url}/entity">]>',
            f'<!DOCTYPE toestand [<!ENTITY % p SYSTEM "{url}/param"> %p;]>',
            f'<!DOCTYPE toestand SYSTEM "{url}/dtd">',
        ]
        for attack in attacks:
            doc = attack.encode() + b"\n" + _toestand(b"&geheim;")
            for variant in (doc, _PAD + doc, doc.decode().encode("utf-16")):
                for loads in LOADS.values():
                    exc = expect_error(lambda v=variant, f=loads: f(v, "aanval.xml"), "aanval.xml")  # type: ignore[misc]
                    assert "GELEKT" not in str(exc)
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
    assert hits == []


@pytest.mark.parametrize("loader", sorted(LOADERS))
def test_missing_file(loader: str, tmp_path: Path) -> None:
    path = tmp_path / "ontbreekt.xml"
    expect_error(lambda: LOADERS[loader](path), path, contains="niet gevonden", kind=InputError)


@pytest.mark.parametrize("loader", sorted(LOADERS))
def test_directory_instead_of_file(loader: str, tmp_path: Path) -> None:
    path = tmp_path / "testwet.xml"
    path.mkdir()
    expect_error(lambda: LOADERS[loader](path), path, contains="is een map", kind=InputError)


@pytest.mark.parametrize("loader", sorted(LOADERS))
def test_file_used_as_folder(loader: str, tmp_path: Path) -> None:
    (tmp_path / "testwet.xml").write_bytes(BWB_XML)
    path = tmp_path / "testwet.xml" / "artikel1.xml"
    expect_error(lambda: LOADERS[loader](path), path, kind=InputError)


@pytest.mark.parametrize(("loader", "data"), [("bwb", BWB_XML), ("native", NATIVE_XML), ("regelrecht", YAML_DOC),
                                              ("formats", BWB_XML)])
def test_too_large(loader: str, data: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / ("testwet.yaml" if loader == "regelrecht" else "testwet.xml")
    path.write_bytes(data)
    LOADERS[loader](path)  # fine under the normal limit
    monkeypatch.setattr(secure, "MAX_BYTES", len(data) - 1)
    expect_error(lambda: LOADERS[loader](path), path, contains="meer dan de grens", kind=InputError)
    monkeypatch.setattr(secure, "MAX_BYTES", len(data))
    LOADERS[loader](path)  # exactly at the limit is fine


def test_too_large_by_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The hint names WETGEVING_MAX_BYTES, so it must work both ways."""
    path = tmp_path / "testwet.xml"
    path.write_bytes(BWB_XML)
    try:
        secure.set_max_bytes("100")  # what the CLI does with WETGEVING_MAX_BYTES=100
        exc = expect_error(lambda: bwb.load(path), path, contains="grens van 100", kind=InputError)
        assert "WETGEVING_MAX_BYTES" in str(exc)
        monkeypatch.setattr(secure, "MAX_BYTES", 10)
        secure.set_max_bytes(str(len(BWB_XML)))
        bwb.load(path)
        with pytest.raises(WetgevingError, match="WETGEVING_MAX_BYTES"):
            secure.set_max_bytes("veel")
    finally:
        secure.set_max_bytes(None)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_endless_device_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    """``/dev/zero`` reports size 0 but never ends: the read must stop at the limit."""
    monkeypatch.setattr(secure, "MAX_BYTES", 4096)
    expect_error(lambda: formats.load_file(Path("/dev/zero")), "/dev/zero", contains="meer dan de grens")


def test_python_tag_is_never_constructed(tmp_path: Path) -> None:
    marker = tmp_path / "gehackt"
    doc = (f"bwb_id: BWBR9999999\nvalid_from: '2020-01-01'\n"
           f"articles: !!python/object/apply:pathlib.Path.touch [!!python/object/apply:pathlib.Path ['{marker}']]\n")
    expect_error(lambda: regelrecht.loads(doc.encode(), "tag.yaml"), "tag.yaml", line=3)
    assert not marker.exists()


def test_odd_link_is_kept_leniently() -> None:
    """A link with a padded number ('#Artikel8_') is a source quirk, not an error: the reference is kept."""
    doc = YAML_HEAD + (b"articles:\n  - number: '1'\n    text: \"zie [artikel 8][ref1]\\n\\n"
                       b"[ref1]: https://wetten.overheid.nl/BWBR9999999#Artikel8_\"\n")
    reg = regelrecht.loads(doc, "link.yaml")
    (al,) = reg.artikelen()[0].inhoud
    assert al.tekst == "zie artikel 8"  # type: ignore[union-attr]
    assert al.verwijzingen[0].doel == "jci1.3:c:BWBR9999999&artikel=8"  # type: ignore[union-attr]


# --- through the CLI, in process -------------------------------------------------------------------------------


def _no_traceback(out: str) -> None:
    assert "Traceback" not in out
    assert "Error:" not in out  # no raw Python exception line either


def cli_fails(argv: list[str], capsys: pytest.CaptureFixture[str], names: str | Path) -> str:
    capsys.readouterr()
    code = cli.main(argv)
    out, err = capsys.readouterr()
    assert code == 1, out + err
    _no_traceback(out + err)
    assert err.startswith("fout: ") and str(names) in err, err
    return err


@pytest.mark.parametrize("case", FILE_CASES, ids=FILE_CASE_IDS)
def test_cli_validate(case: Case, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / case.name
    path.write_bytes(case.data)
    err = cli_fails(["validate", str(path)], capsys, path)
    if case.line is not None:
        assert f"{path}:{case.line}: " in err


@pytest.mark.parametrize("case", FILE_CASES, ids=FILE_CASE_IDS)
def test_cli_convert(case: Case, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "in" / case.name
    path.parent.mkdir()
    path.write_bytes(case.data)
    out = tmp_path / "uit" / "testwet.xml"
    cli_fails(["convert", str(path), str(out)], capsys, path)
    assert not out.exists()
    assert not out.parent.exists()  # not even a temp file in a fresh folder
    assert sorted(p.name for p in tmp_path.rglob("*")) == sorted(["in", case.name])


def _special(kind: str, tmp_path: Path) -> Path:
    if kind == "missing":
        return tmp_path / "ontbreekt.xml"
    if kind == "directory":
        (tmp_path / "map.xml").mkdir()
        return tmp_path / "map.xml"
    (tmp_path / "bestand.yaml").write_bytes(YAML_DOC)
    return tmp_path / "bestand.yaml" / "artikel1.yaml"


@pytest.mark.parametrize("kind", ["missing", "directory", "file-as-folder"])
@pytest.mark.parametrize("command", ["validate", "convert"])
def test_cli_unreadable(kind: str, command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _special(kind, tmp_path)
    out = tmp_path / "uit" / "testwet.xml"
    argv = ["validate", str(path)] if command == "validate" else ["convert", str(path), str(out)]
    cli_fails(argv, capsys, path)
    assert not out.parent.exists()


@pytest.mark.parametrize("command", ["validate", "convert"])
def test_cli_too_large(command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                       monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "testwet.yaml"
    path.write_bytes(YAML_DOC)
    monkeypatch.setattr(secure, "MAX_BYTES", 64)
    out = tmp_path / "uit.xml"
    argv = ["validate", str(path)] if command == "validate" else ["convert", str(path), str(out)]
    err = cli_fails(argv, capsys, path)
    assert "meer dan de grens van 64" in err
    assert not out.exists()


def test_cli_unknown_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "testwet.bin"
    path.write_bytes(_random_bytes(512))
    assert "onbekend bestandsformaat" in cli_fails(["validate", str(path)], capsys, path)


@pytest.mark.parametrize("field", ["bwb_id", "$id", "number"])
def test_cli_convert_control_characters(field: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A YAML escape puts a control character where XML cannot hold it: an error, not a traceback."""
    values = {"bwb_id": '"BWBR9999999"', "$id": "testwet", "number": "'1'"}
    values[field] = '"Test\\x01wet"'
    doc = (f"$id: {values['$id']}\nbwb_id: {values['bwb_id']}\nvalid_from: '2020-01-01'\n"
           f"articles:\n  - number: {values['number']}\n    text: De testcommissie toetst.\n")
    path = tmp_path / "testwet.yaml"
    path.write_text(doc)
    out = tmp_path / "uit" / "testwet.xml"
    cli_fails(["convert", str(path), str(out)], capsys, path)
    assert not out.parent.exists()


@pytest.mark.parametrize("command", ["validate", "convert"])
def test_cli_unaddressable_unit(command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An empty onderdeel number ('1..a') imports, but the unit has no address: the message names the file."""
    path = tmp_path / "testwet.yaml"
    path.write_bytes(YAML_HEAD + b"articles:\n  - number: '1..a'\n    text: De testcommissie toetst.\n")
    out = tmp_path / "uit.xml"
    argv = ["validate", str(path)] if command == "validate" else ["convert", str(path), str(out)]
    cli_fails(argv, capsys, path)
    assert not out.exists()


def test_cli_valid_files_still_work(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for name, data in [("testwet.xml", BWB_XML), ("testwet.yaml", YAML_DOC), ("eigen.xml", NATIVE_XML)]:
        path = tmp_path / name
        path.write_bytes(data)
        assert cli.main(["validate", str(path)]) == 0
        out = tmp_path / "uit" / f"{name}.xml"
        assert cli.main(["convert", str(path), str(out)]) == 0
        assert native.load(out).bwb_id == "BWBR9999999"
    assert "valid" in capsys.readouterr().out


# --- through a real process: nothing but one error line reaches the terminal -------------------------------------


def run_cli(args: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "wetgeving.cli", *args], cwd=cwd, env={**os.environ, **env},
        capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=TIMEOUT,
    )


SUBPROCESS_CASES = ["bwb-billion-laughs", "bwb-hidden-xxe", "regelrecht-alias-bomb-articles", "native-truncated",
                    "regelrecht-text-a-list", "bwb-binary-garbage"]


@pytest.mark.parametrize("case_id", SUBPROCESS_CASES)
def test_subprocess_hostile(case_id: str, tmp_path: Path) -> None:
    case = CASES[CASE_IDS.index(case_id)]
    path = tmp_path / case.name
    path.write_bytes(case.data)
    out = tmp_path / "uit.xml"
    for args in (["validate", str(path)], ["convert", str(path), str(out)]):
        proc = run_cli(args, tmp_path)
        assert proc.returncode == 1, proc.stderr
        assert "Traceback" not in proc.stdout + proc.stderr
        assert proc.stdout == ""
        assert proc.stderr.startswith("fout: ") and str(path) in proc.stderr
        assert not out.exists()


def test_subprocess_unreadable_and_too_large(tmp_path: Path) -> None:
    directory = tmp_path / "map.xml"
    directory.mkdir()
    big = tmp_path / "testwet.xml"
    big.write_bytes(BWB_XML)
    control = tmp_path / "controle.yaml"
    control.write_text("bwb_id: \"BWBR\\x01\"\nvalid_from: '2020-01-01'\narticles: []\n")
    runs = [
        (["validate", str(tmp_path / "ontbreekt.xml")], {}, "niet gevonden"),
        (["validate", str(directory)], {}, "is een map"),
        (["convert", str(directory), str(tmp_path / "uit.xml")], {}, "is een map"),
        (["convert", str(big), str(tmp_path / "uit.xml")], {"WETGEVING_MAX_BYTES": "100"}, "grens van 100"),
        (["convert", str(control), str(tmp_path / "uit.xml")], {}, "is niet als XML te schrijven"),
    ]
    for args, env, phrase in runs:
        proc = run_cli(args, tmp_path, **env)
        assert proc.returncode == 1, proc.stderr
        assert "Traceback" not in proc.stderr and phrase in proc.stderr, proc.stderr
        assert args[1] in proc.stderr
    assert not (tmp_path / "uit.xml").exists()


# --- property-based: whatever comes in, only a WetgevingError comes out ------------------------------------------

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def only_wetgeving_errors(loads: Callable[..., Regeling], data: bytes, source: str) -> None:
    try:
        reg = loads(data, source)
        assert reg.index is not None  # the model built from it is walkable too
    except AddressError:
        pass  # may lack the file name: see test_bad_link_names_the_file
    except WetgevingError as exc:
        assert exc.file == source, f"{type(exc).__name__} does not name the file: {exc}"


@pytest.mark.parametrize("importer", sorted(LOADS))
@SETTINGS
@given(data=st.binary(max_size=4096))
def test_arbitrary_bytes(importer: str, data: bytes) -> None:
    only_wetgeving_errors(LOADS[importer], data, "willekeurig.bin")


@pytest.mark.parametrize("importer", sorted(LOADS))
@SETTINGS
@given(text=st.text(max_size=2048), encoding=st.sampled_from(["utf-8", "utf-16", "latin-1"]))
def test_arbitrary_text(importer: str, text: str, encoding: str) -> None:
    only_wetgeving_errors(LOADS[importer], text.encode(encoding, errors="replace"), "willekeurig.txt")


FIXTURES = {"bwb": BWB_XML, "native": NATIVE_XML, "regelrecht": YAML_DOC}
_edit = st.tuples(st.sampled_from(["delete", "insert", "replace"]), st.floats(0, 1), st.integers(1, 24),
                  st.binary(min_size=1, max_size=16) | st.sampled_from([b"<", b">", b"/", b"&", b";", b'"', b"'",
                                                                       b":", b"-", b"[", b"]", b"{", b"}", b"*",
                                                                       b"&a", b"\n", b"  ", b"\x00", b"\xff"]))


def _mutate(data: bytes, edits: list[tuple[str, float, int, bytes]]) -> bytes:
    for op, where, size, piece in edits:
        pos = int(where * len(data))
        if op == "delete":
            data = data[:pos] + data[pos + size:]
        elif op == "insert":
            data = data[:pos] + piece + data[pos:]
        else:
            data = data[:pos] + piece + data[pos + len(piece):]
    return data


@pytest.mark.parametrize("importer", sorted(LOADS))
@SETTINGS
@given(fixture=st.sampled_from(sorted(FIXTURES)), edits=st.lists(_edit, min_size=1, max_size=6))
def test_mutated_documents(importer: str, fixture: str, edits: list[tuple[str, float, int, bytes]]) -> None:
    """Valid documents with a few bytes deleted, inserted or replaced: close to valid, so deep paths run."""
    only_wetgeving_errors(LOADS[importer], _mutate(FIXTURES[fixture], edits), "gewijzigd.doc")


# Structured YAML in the regelrecht shape, with every field sometimes of the wrong type.
_KEYS = ["$id", "$schema", "bwb_id", "valid_from", "articles", "number", "text"]
_scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=20),
                     st.dates().map(str))
_values = st.recursive(_scalars, lambda kids: st.lists(kids, max_size=3)
                       | st.dictionaries(st.sampled_from(_KEYS) | st.text(max_size=5), kids, max_size=3), max_leaves=12)
_paragraph = st.one_of(
    st.sampled_from(["1 De testcommissie toetst.", "2 Zij toetst zorgvuldig.", "2a Ook 's nachts.", "a. eerst;",
                     "b. dan;", "1°. klein;", "2e. groter;", "zie [artikel 2][ref1] en *nadruk*",
                     "[ref1]: https://wetten.overheid.nl/BWBR9999999#Artikel2", "[ref2]: https://example.invalid/x",
                     "9 leden in een gemeente van Testdorp"]),
    st.text(max_size=30),
)
_article_text = st.lists(_paragraph, max_size=6).map("\n\n".join)
_number = st.one_of(st.sampled_from(["1", "2", "3a", "1.1", "1.2.a", "4.a", "5.1.d.1e", "I", "X 6", ""]),
                    st.text(max_size=8))
_article = st.fixed_dictionaries({"number": _number | _values, "text": _article_text | _values})
_document = st.fixed_dictionaries(
    {"bwb_id": st.just("BWBR9999999") | _values, "valid_from": st.dates().map(str) | _values,
     "articles": st.lists(_article | _values, max_size=5) | _values},
    optional={"$id": st.just("testwet") | st.text(max_size=12),
              "$schema": st.sampled_from(["https://example.invalid/v0.3.1/schema.json",
                                          "https://example.invalid/v0.7.0/schema.json", ""])},
)


@SETTINGS
@given(doc=_document)
def test_generated_regelrecht_documents(doc: dict[str, Any]) -> None:
    only_wetgeving_errors(regelrecht.loads, yaml.safe_dump(doc, allow_unicode=True).encode(), "gegenereerd.yaml")


# Structured BWB XML from the importer's own vocabulary, nested at random.
_BWB_TAGS = ["wetgeving", "wettekst", "citeertitel", "intitule", "hoofdstuk", "afdeling", "paragraaf", "bijlage",
             "divisie", "artikel", "kop", "nr", "titel", "lid", "lidnr", "al", "lijst", "li", "li.nr", "intref",
             "extref", "table", "tgroup", "tbody", "row", "entry", "plaatje", "redactionele-correcties", "b"]
_xml_text = st.text(st.characters(exclude_categories=("Cs", "Cc", "Cn")), max_size=12)
_attrs = st.dictionaries(st.sampled_from(["bwb-id", "inwerkingtreding", "inwerking", "status", "bron", "doc", "naam"]),
                         _xml_text | st.dates().map(str) | st.just("vervallen") | st.just("Stb.2020-1"), max_size=3)
_tree = st.recursive(
    st.tuples(st.sampled_from(_BWB_TAGS), _attrs, _xml_text, st.just(())),
    lambda kids: st.tuples(st.sampled_from(_BWB_TAGS), _attrs, _xml_text, st.lists(kids, max_size=4).map(tuple)),
    max_leaves=30,
)


def _build(parent: etree._Element, node: tuple[str, dict[str, str], str, tuple[Any, ...]]) -> None:
    tag, attrs, text, kids = node
    el = etree.SubElement(parent, tag, attrs)
    el.text = text
    for kid in kids:
        _build(el, kid)


@SETTINGS
@given(root_attrs=_attrs, body=st.lists(_tree, max_size=4))
def test_generated_bwb_documents(root_attrs: dict[str, str], body: list[Any]) -> None:
    root = etree.Element("toestand", {"bwb-id": "BWBR9999999", "inwerkingtreding": "2020-01-01", **root_attrs})
    for node in body:
        _build(root, node)
    only_wetgeving_errors(bwb.loads, etree.tostring(root, encoding="UTF-8", xml_declaration=True), "gegenereerd.xml")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(doc=_document)
def test_generated_documents_through_cli_convert(doc: dict[str, Any]) -> None:
    """Convert never raises out of main(): it writes valid XML and exits 0, or exits 1 and writes nothing."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "gegenereerd.yaml"
        path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
        out = Path(tmp) / "uit" / "gegenereerd.xml"
        code = cli.main(["convert", str(path), str(out)])
        assert code in (0, 1)
        if code == 0:
            native.load(out)
        else:
            assert not out.parent.exists()


@pytest.mark.parametrize(("engels", "nederlands_"), [
    ("Element '{urn:wetgeving:regeling:1}artikel': The attribute 'nr' is required but missing.",
     "element «artikel»: het verplichte attribuut «nr» ontbreekt"),
    ("Element '{urn:x}al': This element is not expected. Expected is ( {urn:x}kop ).",
     "element «al» hoort hier niet; verwacht: kop"),
    ("Element '{urn:x}a': [facet 'enumeration'] The value 'x' is not an element of the set {'a', 'b'}.",
     "element «a»: de waarde «x» is geen van 'a', 'b'"),
    ("Element '{urn:x}periode', attribute 'vanaf': '2023-13-01' is not a valid value of the atomic type 'xs:date'.",
     "element «periode», attribuut «vanaf»: «2023-13-01» is geen geldige waarde van het type xs:date"),
    ("Iets anders.", "de schemacontrole meldt (in het Engels): Iets anders."),
    # helper-205 (2026-12-08): two artikelen with one number were said in English
    ("Element '{urn:wetgeving:regeling:1}artikel': Duplicate key-sequence ['1'] in unique identity-constraint "
     "'{urn:wetgeving:regeling:1}uniekArtikel'.",
     "element «artikel»: de waarde «1» komt meer dan eens voor, en moet uniek zijn (regel «uniekArtikel» van het schema)"),
])
def test_schema_messages_are_dutch(engels: str, nederlands_: str) -> None:
    """helper-75: «does not conform to regeling.xsd: Element … The attribute 'nr' is required but missing.»"""
    from wetgeving.bronnen.schemas import nederlands

    assert nederlands(engels) == nederlands_
