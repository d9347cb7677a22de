"""The sources catalogue and ``wetgeving sources sync``: copy from a mirror, download over HTTP, verify.

Unit tests use a tiny invented catalogue ("Testwet" of Testdorp, three files) in a temp folder and a local
HTTP server on 127.0.0.1; the tests of the real catalogue use the real mirror (the ``sources`` fixture).
"""

from __future__ import annotations

import hashlib
import http.server
import io
import os
import shutil
import socket
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import ClassVar

import pytest

from wetgeving import cli
from wetgeving.bronnen import catalogus
from wetgeving.bronnen import sync as sync_module
from wetgeving.bronnen.catalogus import Bron, Catalogus, VersieOnzeker, read_catalogue
from wetgeving.bronnen.sync import SyncResult, sha256_of, sync
from wetgeving.errors import InputError, SourceError, UsageError
from wetgeving.model import Artikel

# --- a tiny invented catalogue ------------------------------------------------------------------------------

TESTWET_YAML = b"""$id: testwet
$schema: https://example.invalid/regelrecht/v0.7.0/schema.json
bwb_id: BWBR9999999
valid_from: '2020-01-01'
articles:
  - number: '1'
    text: |-
      1 De proefcommissie van Testdorp houdt toezicht op de proeven.

      2 Zij brengt jaarlijks verslag uit.
  - number: '2'
    text: 'Deze wet wordt aangehaald als: Testwet.'
"""

TESTWET_BWB = b"""<?xml version="1.0" encoding="UTF-8"?>
<toestand bwb-id="BWBR9999999" inwerkingtreding="2021-01-01">
  <wetgeving>
    <citeertitel>Testwet</citeertitel>
    <wettekst>
      <artikel><kop><nr>1</nr></kop>
        <lid><lidnr>1</lidnr><al>De proefcommissie van Testdorp houdt toezicht op alle proeven.</al></lid>
        <lid><lidnr>2</lidnr><al>Zij brengt jaarlijks verslag uit.</al></lid>
      </artikel>
      <artikel><kop><nr>1a</nr></kop><al>Een proef duurt ten hoogste een dag.</al></artikel>
      <artikel><kop><nr>2</nr></kop><al>Deze wet wordt aangehaald als: Testwet.</al></artikel>
    </wettekst>
  </wetgeving>
</toestand>
"""

NOTES = b"# Testwet\n\nVerzonnen aantekeningen bij de Testwet van Testdorp.\n"

FILES = {
    "testwet-2020-01-01": ("regelrecht-yaml", "testwet/regelrecht/2020-01-01.yaml", TESTWET_YAML, "2020-01-01"),
    "testwet-2021-01-01": ("bwb-xml", "testwet/bwb/BWBR9999999_2021-01-01.xml", TESTWET_BWB, "2021-01-01"),
    "testwet-aantekeningen": ("excerpt", "notities/testwet.EXCERPTS.md", NOTES, "2020-02-01"),
}


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def write_catalogue(path: Path) -> Path:
    lines = ["# An invented catalogue for the tests."]
    for bron_id, (kind, file, data, when) in FILES.items():
        lines += ["", "[[bron]]", f'id = "{bron_id}"', f'kind = "{kind}"', f'file = "{file}"',
                  f'sha256 = "{sha(data)}"', f'geldig_vanaf = "{when}"']
        if kind != "excerpt":
            lines += ['regeling = "testwet"', 'citeertitel = "Testwet"', 'bwb_id = "BWBR9999999"']
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def fill(folder: Path, only: list[str] | None = None) -> Path:
    """Write the invented source files into ``folder`` in their catalogue layout."""
    for bron_id, (_, file, data, _) in FILES.items():
        if only is None or bron_id in only:
            (folder / file).parent.mkdir(parents=True, exist_ok=True)
            (folder / file).write_bytes(data)
    return folder


def files_in(folder: Path) -> list[str]:
    """Every file under ``folder`` (hidden temp files included), relative and sorted."""
    if not folder.exists():
        return []
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


@pytest.fixture(autouse=True)
def _fresh_caches() -> Iterator[None]:
    catalogus._parse.cache_clear()
    yield
    catalogus._parse.cache_clear()


def env_cat() -> Catalogus:
    """The catalogue as the CLI builds it from the environment."""
    return Catalogus.uit_omgeving(os.environ)


def catalogue() -> tuple[Bron, ...]:
    return env_cat().bronnen


@pytest.fixture
def bronnen(tmp_path: Path) -> tuple[Bron, ...]:
    return read_catalogue(write_catalogue(tmp_path / "bronnen.toml"))


@pytest.fixture
def mirror(tmp_path: Path) -> Path:
    return fill(tmp_path / "mirror")


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    return tmp_path / "cache"


@pytest.fixture
def tiny(monkeypatch: pytest.MonkeyPatch, bronnen: tuple[Bron, ...], tmp_path: Path) -> tuple[Bron, ...]:
    """Make the invented catalogue *the* catalogue, and point the environment at empty temp folders."""
    monkeypatch.setattr(catalogus, "read_catalogue", lambda path: bronnen)
    monkeypatch.delenv("WETGEVING_SOURCES", raising=False)
    monkeypatch.setenv("WETGEVING_CACHE", str(tmp_path / "user-cache"))
    return bronnen


# --- the catalogue ---------------------------------------------------------------------------------------------


def test_catalogue_reads_entries(bronnen: tuple[Bron, ...]) -> None:
    assert [b.id for b in bronnen] == list(FILES)
    first = bronnen[0]
    assert (first.kind, first.regeling, first.citeertitel, first.bwb_id) == (
        "regelrecht-yaml", "testwet", "Testwet", "BWBR9999999")
    assert first.geldig_vanaf == date(2020, 1, 1) and first.partial is False and first.download == ""
    assert first.sha256 == sha(TESTWET_YAML)


@pytest.mark.parametrize(("entry", "phrase"), [
    ('id = "x"\nkind = "excerpt"\nfile = "x.md"', "mist id/kind/file/sha256"),
    ('id = "x"\nkind = "excerpt"\nfile = "x.md"\nsha256 = "0"\nkleur = "rood"', "onbekende sleutels ['kleur']"),
    ('id = "x"\nkind = "excerpt"\nfile = "x.md"\nsha256 = "0"\ngeldig_vanaf = "morgen"', "geen datum"),
    ('id = "x\nkind = "excerpt"', "onjuiste TOML: een tekst die niet op dezelfde regel wordt gesloten"),  # 2026-12-07
])
def test_catalogue_rejects_bad_entries(entry: str, phrase: str, tmp_path: Path) -> None:
    path = tmp_path / "bronnen.toml"
    path.write_text("[[bron]]\n" + entry + "\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        read_catalogue(path)
    assert phrase in str(info.value) and str(path) in str(info.value)


def test_catalogue_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="de lijst van bronnen is onleesbaar"):
        read_catalogue(tmp_path / "ontbreekt.toml")


def test_real_catalogue_is_consistent() -> None:
    """Every real entry has a unique id and file, a sha256 of 64 hex digits, and a regeling when loadable."""
    real = catalogue()
    assert len({b.id for b in real}) == len(real) and len({b.file for b in real}) == len(real)
    for b in real:
        assert len(b.sha256) == 64 and int(b.sha256, 16) >= 0, b.id
        assert not b.file.startswith("/") and ".." not in Path(b.file).parts, b.id
        if b.kind in catalogus.REGELING_KINDS:
            assert b.regeling and b.bwb_id and b.geldig_vanaf, b.id
    assert any(b.id == "gemeentewet-2023-04-01" for b in real)


# --- sync from a mirror folder ---------------------------------------------------------------------------------


def test_sync_copies_every_file(bronnen: tuple[Bron, ...], mirror: Path, cache: Path) -> None:
    seen: list[SyncResult] = []
    results = sync(bronnen, cache, mirror=mirror, report=seen.append)
    assert [(r.bron.id, r.status) for r in results] == [(b, "copied") for b in FILES]
    assert seen == results
    for r in results:
        assert r.path == cache / r.bron.file
        assert r.path.read_bytes() == (mirror / r.bron.file).read_bytes()
        assert sha256_of(r.path) == r.bron.sha256
    assert files_in(cache) == sorted(file for _, file, _, _ in FILES.values())  # and no .part left over


def test_sync_keeps_present_files(bronnen: tuple[Bron, ...], mirror: Path, cache: Path) -> None:
    sync(bronnen, cache, mirror=mirror)
    before = {p: (p.stat().st_ino, p.stat().st_mtime_ns) for p in cache.rglob("*") if p.is_file()}
    shutil.rmtree(mirror)  # a present, verified file needs no mirror at all
    results = sync(bronnen, cache, mirror=mirror)
    assert [r.status for r in results] == ["present"] * len(FILES)
    assert {p: (p.stat().st_ino, p.stat().st_mtime_ns) for p in cache.rglob("*") if p.is_file()} == before


def test_sync_present_needs_no_download_location(bronnen: tuple[Bron, ...], cache: Path) -> None:
    fill(cache)
    assert all(b.download == "" for b in bronnen)
    assert [r.status for r in sync(bronnen, cache)] == ["present"] * len(FILES)


def test_sync_replaces_a_stale_cache_file(bronnen: tuple[Bron, ...], mirror: Path, cache: Path) -> None:
    fill(cache)
    stale = cache / bronnen[0].file
    stale.write_bytes(TESTWET_YAML.replace(b"Testdorp", b"Oudedorp"))
    results = sync(bronnen, cache, mirror=mirror)
    assert [r.status for r in results] == ["copied", "present", "present"]
    assert stale.read_bytes() == TESTWET_YAML


def test_sync_checksum_mismatch_leaves_nothing(bronnen: tuple[Bron, ...], mirror: Path, cache: Path) -> None:
    bad = bronnen[1]
    (mirror / bad.file).write_bytes(TESTWET_BWB.replace(b"een dag", b"twee dagen"))
    seen: list[SyncResult] = []
    with pytest.raises(SourceError) as info:
        sync(bronnen, cache, mirror=mirror, report=seen.append)
    message = str(info.value)
    assert "controlesom klopt niet" in message and bad.id in message and str(mirror / bad.file) in message
    assert bad.sha256[:16] in message and "wat te doen:" in message
    assert not (cache / bad.file).exists()
    assert files_in(cache) == [bronnen[0].file]  # the one before it stays; no .part file anywhere
    assert [r.bron.id for r in seen] == [bronnen[0].id]


def test_sync_missing_from_mirror(bronnen: tuple[Bron, ...], mirror: Path, cache: Path) -> None:
    missing = bronnen[2]
    (mirror / missing.file).unlink()
    with pytest.raises(SourceError) as info:
        sync(bronnen, cache, mirror=mirror)
    assert "ontbreekt in de spiegel" in str(info.value) and missing.id in str(info.value)
    assert str(mirror / missing.file) in str(info.value)
    assert files_in(cache) == sorted([bronnen[0].file, bronnen[1].file])


def test_sync_directory_in_mirror_is_missing(bronnen: tuple[Bron, ...], mirror: Path, cache: Path) -> None:
    (mirror / bronnen[0].file).unlink()
    (mirror / bronnen[0].file).mkdir()
    with pytest.raises(SourceError, match="ontbreekt in de spiegel"):
        sync(bronnen[:1], cache, mirror=mirror)


def test_sync_cache_is_a_file(bronnen: tuple[Bron, ...], mirror: Path, tmp_path: Path) -> None:
    not_a_folder = tmp_path / "cache-file"
    not_a_folder.write_text("geen map")
    with pytest.raises(SourceError, match="kan niet schrijven in de cachemap"):
        sync(bronnen, not_a_folder, mirror=mirror)


def test_sync_interrupted_copy_leaves_no_part_file(
    bronnen: tuple[Bron, ...], mirror: Path, cache: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    def half_then_interrupt(src: Path, dst: Path) -> None:
        Path(dst).write_bytes(Path(src).read_bytes()[:10])
        raise KeyboardInterrupt

    monkeypatch.setattr(sync_module.shutil, "copyfile", half_then_interrupt)
    with pytest.raises(KeyboardInterrupt):
        sync(bronnen, cache, mirror=mirror)
    assert files_in(cache) == []


# --- sync by download, from a local HTTP server ----------------------------------------------------------------


@dataclass
class Served:
    root: Path
    url: str
    requests: list[str]


@pytest.fixture
def served(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> Served:
    """A mirror folder served over HTTP on 127.0.0.1 (a free port), stopped when the test ends."""
    root = fill(tmp_path / "served")
    requests: list[str] = []

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, directory=str(root), **kwargs)  # type: ignore[arg-type]

        def do_GET(self) -> None:
            requests.append(self.path)
            super().do_GET()

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, name="test-mirror-http", daemon=True)
    thread.start()

    def stop() -> None:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)

    request.addfinalizer(stop)
    for var in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("no_proxy", "127.0.0.1")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    return Served(root, f"http://127.0.0.1:{server.server_address[1]}", requests)


def test_download_success(bronnen: tuple[Bron, ...], served: Served, cache: Path) -> None:
    results = sync(bronnen, cache, base_url=served.url)
    assert [r.status for r in results] == ["downloaded"] * len(FILES)
    assert served.requests == ["/" + b.file for b in bronnen]
    for b in bronnen:
        assert (cache / b.file).read_bytes() == (served.root / b.file).read_bytes()
    assert files_in(cache) == sorted(b.file for b in bronnen)
    # a second run finds everything present and asks the server nothing
    served.requests.clear()
    assert [r.status for r in sync(bronnen, cache, base_url=served.url + "/")] == ["present"] * len(FILES)
    assert served.requests == []


def test_download_404(bronnen: tuple[Bron, ...], served: Served, cache: Path) -> None:
    gone = bronnen[1]
    (served.root / gone.file).unlink()
    with pytest.raises(SourceError) as info:
        sync(bronnen, cache, base_url=served.url)
    assert "HTTP 404" in str(info.value) and gone.id in str(info.value)
    assert f"{served.url}/{gone.file}" in str(info.value)
    assert files_in(cache) == [bronnen[0].file]


def test_download_corrupted(bronnen: tuple[Bron, ...], served: Served, cache: Path) -> None:
    bad = bronnen[0]
    data = bytearray((served.root / bad.file).read_bytes())
    data[len(data) // 2] ^= 0x20  # one flipped bit in transit
    (served.root / bad.file).write_bytes(bytes(data))
    with pytest.raises(SourceError) as info:
        sync(bronnen, cache, base_url=served.url)
    assert "controlesom klopt niet" in str(info.value) and f"{served.url}/{bad.file}" in str(info.value)
    assert files_in(cache) == []  # neither the file nor its .part


def test_download_from_catalogue_url(bronnen: tuple[Bron, ...], served: Served, cache: Path) -> None:
    """Without --url each source comes from its own ``download`` address."""
    moved = served.root / "elders" / "testwet.yaml"
    moved.parent.mkdir()
    moved.write_bytes(TESTWET_YAML)
    bron = replace(bronnen[0], download=f"{served.url}/elders/testwet.yaml")
    [result] = sync([bron], cache)
    assert result.status == "downloaded" and (cache / bron.file).read_bytes() == TESTWET_YAML
    assert served.requests == ["/elders/testwet.yaml"]


def test_download_refuses_other_schemes(bronnen: tuple[Bron, ...], cache: Path) -> None:
    for url in ("file:///etc/passwd", "ftp://127.0.0.1/testwet.yaml", "/etc/passwd"):
        with pytest.raises(SourceError, match="alleen http"):
            sync([replace(bronnen[0], download=url)], cache)
    assert files_in(cache) == []


def test_download_without_location(bronnen: tuple[Bron, ...], cache: Path) -> None:
    with pytest.raises(SourceError, match="geen downloadadres"):
        sync(bronnen, cache)


def test_download_connection_refused(bronnen: tuple[Bron, ...], cache: Path) -> None:
    with socket.socket() as s:  # a port on 127.0.0.1 that nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(SourceError, match="download van testwet-2020-01-01 mislukt"):
        sync(bronnen, cache, base_url=f"http://127.0.0.1:{port}")
    assert files_in(cache) == []


def test_download_interrupted_leaves_no_part_file(
    bronnen: tuple[Bron, ...], served: Served, cache: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(bron: object, url: object, src: object, dst: object, limit: int = 0) -> None:
        dst.write(b"half")  # type: ignore[attr-defined]
        raise ConnectionResetError("connection reset by peer")

    monkeypatch.setattr(sync_module, "_copy_bounded", broken)
    with pytest.raises(SourceError, match="mislukt"):
        sync(bronnen, cache, base_url=served.url)
    assert files_in(cache) == []


# --- the CLI with the invented catalogue ------------------------------------------------------------------------


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    capsys.readouterr()
    code = cli.main(argv)
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def test_cli_sync_from_mirror(tiny: tuple[Bron, ...], mirror: Path, cache: Path,
                              capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["sources", "sync", "--from", str(mirror), "--cache", str(cache)], capsys)
    assert (code, err) == (0, "")
    assert out.splitlines() == [f"gekopieerd  {b}" for b in FILES] + [
        f"{len(FILES)} bronnen gecontroleerd in {cache} ({len(FILES)} gekopieerd)"]
    assert files_in(cache) == sorted(b.file for b in tiny)
    code, out, _ = run(["sources", "sync", "--from", str(mirror), "--cache", str(cache)], capsys)
    assert code == 0 and out.splitlines()[-1] == f"{len(FILES)} bronnen gecontroleerd in {cache} ({len(FILES)} aanwezig)"


def test_cli_sync_only(tiny: tuple[Bron, ...], mirror: Path, cache: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["sources", "sync", "--from", str(mirror), "--cache", str(cache),
                        "--only", "testwet-2021-01-01"], capsys)
    assert code == 0 and "1 bron gecontroleerd" in out
    assert files_in(cache) == [tiny[1].file]
    code, _, err = run(["sources", "sync", "--from", str(mirror), "--cache", str(cache), "--only", "gemeentewet"],
                       capsys)
    assert code == 1 and "onbekende bron 'gemeentewet'" in err


def test_cli_sync_uses_wetgeving_sources(tiny: tuple[Bron, ...], mirror: Path, cache: Path,
                                         capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WETGEVING_SOURCES", str(mirror))
    code, out, _ = run(["sources", "sync", "--cache", str(cache)], capsys)
    assert code == 0 and f"({len(FILES)} gekopieerd)" in out


def test_cli_sync_default_cache(tiny: tuple[Bron, ...], mirror: Path, tmp_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["sources", "sync", "--from", str(mirror)], capsys)
    assert code == 0 and f"gecontroleerd in {tmp_path / 'user-cache'}" in out
    assert files_in(tmp_path / "user-cache") == sorted(b.file for b in tiny)


def test_cli_sync_checksum_mismatch(tiny: tuple[Bron, ...], mirror: Path, cache: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    (mirror / tiny[0].file).write_bytes(b"$id: vervalst\n")
    code, out, err = run(["sources", "sync", "--from", str(mirror), "--cache", str(cache)], capsys)
    assert code == 1 and out == ""
    assert err.startswith("fout: ") and "controlesom klopt niet voor testwet-2020-01-01" in err
    assert files_in(cache) == []


def test_cli_sync_missing_mirror(tiny: tuple[Bron, ...], tmp_path: Path, cache: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["sources", "sync", "--from", str(tmp_path / "nergens"), "--cache", str(cache)], capsys)
    assert code == 1 and "de map van de bronnen" in err and "bestaat niet (WETGEVING_SOURCES of --from)" in err


def test_cli_sync_by_url(tiny: tuple[Bron, ...], served: Served, cache: Path,
                         capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["sources", "sync", "--url", served.url, "--cache", str(cache)], capsys)
    assert code == 0 and f"({len(FILES)} gedownload)" in out
    (served.root / tiny[2].file).write_bytes(b"vervalst\n")
    (cache / tiny[2].file).unlink()
    code, _, err = run(["sources", "sync", "--url", served.url, "--cache", str(cache)], capsys)
    assert code == 1 and "controlesom klopt niet voor testwet-aantekeningen" in err
    assert not (cache / tiny[2].file).exists()


def test_cli_list_with_wetgeving_sources(tiny: tuple[Bron, ...], mirror: Path, capsys: pytest.CaptureFixture[str],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    (mirror / tiny[2].file).unlink()
    monkeypatch.setenv("WETGEVING_SOURCES", str(mirror))
    code, out, _ = run(["sources", "list"], capsys)
    lines = out.splitlines()
    assert code == 0 and len(lines) == len(FILES)
    for b, line in zip(tiny, lines, strict=True):
        assert line.startswith(b.id) and b.kind in line and str(b.geldig_vanaf) in line
    assert lines[0].endswith(str(mirror / tiny[0].file)) and lines[1].endswith(str(mirror / tiny[1].file))
    assert lines[2].endswith("ONTBREEKT (haal op met: wetgeving sources sync)")


def test_cli_list_prefers_from_then_sources_then_cache(
    tiny: tuple[Bron, ...], mirror: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    other = fill(tmp_path / "ander", only=["testwet-2020-01-01"])
    fill(tmp_path / "user-cache", only=["testwet-2021-01-01"])
    monkeypatch.setenv("WETGEVING_SOURCES", str(other))
    code, out, _ = run(["sources", "list"], capsys)
    lines = out.splitlines()
    assert code == 0
    assert lines[0].endswith(str(other / tiny[0].file))
    assert lines[1].endswith(str(tmp_path / "user-cache" / tiny[1].file))
    assert lines[2].endswith("ONTBREEKT (haal op met: wetgeving sources sync)")
    code, out, _ = run(["sources", "list", "--from", str(mirror)], capsys)
    assert code == 0
    assert all(line.endswith(str(mirror / b.file)) for b, line in zip(tiny, out.splitlines(), strict=True))


# --- loading a regeling from the cache --------------------------------------------------------------------------


def test_load_regeling_from_synced_cache_tiny(tiny: tuple[Bron, ...], mirror: Path, tmp_path: Path) -> None:
    """WETGEVING_SOURCES unset: a named regeling is found in WETGEVING_CACHE once synced, by date."""
    with pytest.raises(SourceError, match="is hier niet aanwezig"), pytest.warns(VersieOnzeker):
        env_cat().load("testwet@2020-06-01")
    sync(tiny, Path(os.environ["WETGEVING_CACHE"]), mirror=mirror)
    with pytest.warns(VersieOnzeker, match="of die op 2020-06-01 nog gold, tonen ze niet"):  # no geldig_tot
        old = env_cat().load("testwet@2020-06-01")
    assert (old.geldig_vanaf, old.citeertitel) == (date(2020, 1, 1), "Testwet")
    new = env_cat().load("testwet")  # without a date: the newest version
    assert new.geldig_vanaf == date(2021, 1, 1) and [a.nr for a in new.artikelen()] == ["1", "1a", "2"]
    assert env_cat().load("BWBR9999999@2021-01-01") == new
    with pytest.raises(UsageError, match="de bronnen hebben geen versie van de Testwet die op 2019-12-31 gold"):
        env_cat().load("testwet@2019-12-31")
    with pytest.raises(UsageError, match="geen datum"):
        env_cat().load("testwet@gisteren")
    with pytest.warns(VersieOnzeker):
        assert env_cat().locate(env_cat().pick("testwet@2020-06-01")) == tmp_path / "user-cache" / tiny[0].file


# --- the real catalogue and the real mirror ---------------------------------------------------------------------


def test_cli_sync_real_catalogue(sources: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cache = tmp_path / "cache"
    real = catalogue()
    code, out, err = run(["sources", "sync", "--from", str(sources), "--cache", str(cache)], capsys)
    assert (code, err) == (0, ""), err
    assert out.splitlines()[-1] == f"{len(real)} bronnen gecontroleerd in {cache} ({len(real)} gekopieerd)"
    for b in real:
        assert sha256_of(cache / b.file) == b.sha256, b.id
    assert files_in(cache) == sorted(b.file for b in real)  # nothing else, no .part
    code, out, _ = run(["sources", "sync", "--from", str(sources), "--cache", str(cache)], capsys)
    assert code == 0 and out.splitlines()[-1].endswith(f"({len(real)} aanwezig)")


def test_cli_list_real_catalogue(sources: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WETGEVING_SOURCES", str(sources))
    monkeypatch.setenv("WETGEVING_CACHE", str(tmp_path / "leeg"))
    code, out, _ = run(["sources", "list"], capsys)
    lines = out.splitlines()
    assert code == 0 and len(lines) == len(catalogue())
    for b, line in zip(catalogue(), lines, strict=True):
        assert line.startswith(b.id) and line.endswith(str(sources / b.file)), line
    monkeypatch.delenv("WETGEVING_SOURCES")
    _, out, _ = run(["sources", "list"], capsys)
    assert all(line.endswith("ONTBREEKT (haal op met: wetgeving sources sync)") for line in out.splitlines())


@pytest.fixture(scope="module")
def synced_cache(sources: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    cache = tmp_path_factory.mktemp("synced-cache")
    assert cli.main(["sources", "sync", "--from", str(sources), "--cache", str(cache),
                     "--only", "gemeentewet-2023-01-01", "--only", "gemeentewet-2023-04-01"]) == 0
    return cache


def test_load_regeling_from_synced_cache(synced_cache: Path, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("WETGEVING_SOURCES", raising=False)
    monkeypatch.setenv("WETGEVING_CACHE", str(synced_cache))
    bron = env_cat().pick("gemeentewet@2023-04-01")
    assert bron.id == "gemeentewet-2023-04-01"
    assert env_cat().locate(bron) == synced_cache / bron.file
    reg = env_cat().load("gemeentewet@2023-04-01")
    assert (reg.bwb_id, reg.citeertitel, reg.geldig_vanaf) == ("BWBR0005416", "Gemeentewet", date(2023, 4, 1))
    arts = {a.nr: a for a in reg.artikelen()}
    assert isinstance(arts.get("36a"), Artikel) and len(arts) > 100
    # a date in between picks the version in force then, also from the cache
    assert env_cat().load("gemeentewet@2023-02-15").geldig_vanaf == date(2023, 1, 1)
    # and the CLI reads the same cache
    code, out, _ = run(["show", "gemeentewet@2023-04-01", "artikel 36a, tweede lid"], capsys)
    assert code == 0 and "artikel 36a, tweede lid" in out and "BWBR0005416&artikel=36a&lid=2" in out


def test_load_regeling_not_synced(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("WETGEVING_SOURCES", raising=False)
    monkeypatch.setenv("WETGEVING_CACHE", str(tmp_path / "leeg"))
    with pytest.raises(SourceError) as info:
        env_cat().load("gemeentewet@2023-04-01")
    assert "gemeentewet-2023-04-01" in str(info.value) and "sources sync" in str(info.value)
    assert str(tmp_path / "leeg") in str(info.value)


# --- issue 17, finding 8: a size cap on downloads, and no .part file left on SIGTERM -----------------------------


def test_download_larger_than_the_limit_is_refused(bronnen: tuple[Bron, ...], served: Served, cache: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from wetgeving.bronnen import secure

    secure.set_max_bytes("100")  # what the CLI does with WETGEVING_MAX_BYTES=100
    try:
        with pytest.raises(SourceError, match="grens van 100"):
            sync(bronnen, cache, base_url=served.url)
    finally:
        secure.set_max_bytes(None)
    assert files_in(cache) == []


class _Endless(io.RawIOBase):
    """A response body without Content-Length that never ends (a hostile or broken server)."""

    headers: ClassVar[dict[str, str]] = {}

    def read(self, n: int = -1) -> bytes:
        return b"x" * (n if n > 0 else 1)


def test_an_endless_download_stops_at_the_limit() -> None:
    out = io.BytesIO()
    with pytest.raises(SourceError, match="groter dan de grens"):
        sync_module._copy_bounded(Bron("x", "excerpt", "x", "0"), "http://x.invalid/x", _Endless(), out, 1000)
    assert len(out.getvalue()) <= 1000


SLOW_SERVER = """
import http.server, sys, time
class H(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200)
        self.send_header("Content-Length", "100000")
        self.end_headers()
        for _ in range(1000):
            self.wfile.write(b"x" * 100)
            self.wfile.flush()
            time.sleep(0.05)
    def log_message(self, *a):
        pass
s = http.server.HTTPServer(("127.0.0.1", 0), H)
print(s.server_address[1], flush=True)
s.serve_forever()
"""


def test_sigterm_during_a_download_leaves_no_part_file(tmp_path: Path) -> None:
    import signal
    import subprocess

    server = subprocess.Popen([sys.executable, "-c", SLOW_SERVER], stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        port = server.stdout.readline().strip()
        cache = tmp_path / "cache"
        env = {**os.environ, "NO_PROXY": "127.0.0.1", "no_proxy": "127.0.0.1"}
        for var in ("http_proxy", "HTTP_PROXY", "all_proxy", "ALL_PROXY"):
            env.pop(var, None)
        proc = subprocess.Popen([sys.executable, "-m", "wetgeving", "sources", "sync", "--url",
                                 f"http://127.0.0.1:{port}", "--only", "gemeentewet-2023-04-01", "--cache", str(cache)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        deadline = time.monotonic() + 30
        while not list(cache.rglob("*.part")) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert list(cache.rglob("*.part")), "the download never started"
        time.sleep(0.3)
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=30)
        assert proc.returncode == 128 + signal.SIGTERM
        assert "Traceback" not in err
        assert files_in(cache) == []
    finally:
        server.kill()
        server.wait()
