"""Finding 1 of issue 17: a source (or its cache copy) whose bytes differ from corpus/bronnen.toml is
refused by every command that reads it, with the file and both hashes; --allow-modified uses it and
every output says so."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from wetgeving.bronnen import catalogus
from wetgeving.bronnen.catalogus import REGELING_KINDS, Catalogus
from wetgeving.cli import main
from wetgeving.errors import InputError
from wetgeving.render.markering import PREFIX

GW = "gemeentewet/regelrecht/2023-04-01.yaml"


@pytest.fixture
def copy(sources: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A writable copy of the sources folder, made the one WETGEVING_SOURCES points at."""
    dest = tmp_path / "bronnen"
    shutil.copytree(sources, dest)
    for p in dest.rglob("*"):
        p.chmod(0o755 if p.is_dir() else 0o644)
    monkeypatch.setenv("WETGEVING_SOURCES", str(dest))
    monkeypatch.setenv("WETGEVING_CACHE", str(tmp_path / "leeg"))
    monkeypatch.setenv("WETGEVING_REGISTER", str(tmp_path / "register.sqlite"))
    yield dest


def tamper(path: Path, at: int | None = None) -> tuple[str, str]:
    """Flip one byte (in the middle by default); return the old and the new hash."""
    data = bytearray(path.read_bytes())
    old = hashlib.sha256(data).hexdigest()
    i = len(data) // 2 if at is None else at
    data[i] = ord("X") if data[i] != ord("X") else ord("Y")
    path.write_bytes(bytes(data))
    return old, hashlib.sha256(data).hexdigest()


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    got = capsys.readouterr()
    assert "Traceback" not in got.err
    return code, got.out, got.err


def assert_refused(code: int, out: str, err: str, path: Path, old: str, new: str) -> None:
    assert code == 1, err
    assert str(path) in err and old in err and new in err and "--allow-modified" in err
    assert "Gemeentewet (BWBR0005416)" not in out  # no law text printed


def test_every_source_is_checked_when_read(copy: Path) -> None:
    """Every catalogued source, one byte changed: finding it and loading it are refused with both hashes."""
    from wetgeving.bronnen.integriteit import SourceModifiedError

    cat = Catalogus(zoekmappen=(copy,))
    for bron in cat.bronnen:
        path = copy / bron.file
        original = path.read_bytes()
        old, new = tamper(path)
        assert old == bron.sha256
        with pytest.raises(SourceModifiedError) as exc:
            cat.locate(bron)
        assert str(path) in str(exc.value) and old in str(exc.value) and new in str(exc.value)
        if bron.kind in REGELING_KINDS:
            with pytest.raises(SourceModifiedError):
                catalogus.load_bron(bron, cat.find(bron))
        path.write_bytes(original)
        cat.locate(bron)  # restored: accepted again


def test_every_source_is_checked_by_sources_list(copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for bron in Catalogus(zoekmappen=(copy,)).bronnen:
        path = copy / bron.file
        original = path.read_bytes()
        old, new = tamper(path, at=0)
        code, out, err = run(["sources", "list"], capsys)
        assert code == 1 and old in err and new in err and str(path) in err
        assert "GEWIJZIGD" in next(line for line in out.splitlines() if line.startswith(bron.id + " "))
        path.write_bytes(original)


@pytest.mark.parametrize("args", [
    ["show", "gemeentewet@2023-04-01", "artikel 1"],
    ["diff", "gemeentewet@2023-01-01", "gemeentewet@2023-04-01"],
    ["instructions", "gemeentewet@2023-01-01", "gemeentewet@2023-04-01"],
    ["checklist", "GM0363", "--date", "2023-04-15"],
    ["refs", "gemeentewet@2023-04-01", "artikel 1"],
    ["graph", "dangling", "gemeentewet@2023-04-01"],
    ["convert", "gemeentewet@2023-04-01", "{tmp}/uit.xml"],
    ["tranche", "diff", "1", "--law", "gemeentewet", "--date", "2023-04-01"],
    ["register", "record", "--create", "GM0363", "vog-wethouder", "--status", "voldoet", "--who", "Griffie", "--op",
     "2023-04-15", "--create"],
])
def test_every_command_refuses_a_tampered_source(copy: Path, tmp_path: Path, args: list[str],
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    old, new = tamper(copy / GW)
    code, out, err = run([a.replace("{tmp}", str(tmp_path)) for a in args], capsys)
    assert_refused(code, out, err, copy / GW, old, new)
    assert not (tmp_path / "uit.xml").exists()
    assert not (tmp_path / "register.sqlite").exists() or "vastgelegd" not in out


def test_the_cache_copy_is_checked(copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    cache = tmp_path / "cache"
    assert run(["sources", "sync", "--from", str(copy), "--cache", str(cache)], capsys)[0] == 0
    monkeypatch.delenv("WETGEVING_SOURCES")
    monkeypatch.setenv("WETGEVING_CACHE", str(cache))
    assert run(["show", "gemeentewet@2023-04-01", "artikel 1"], capsys)[0] == 0
    old, new = tamper(cache / GW)
    code, out, err = run(["show", "gemeentewet@2023-04-01", "artikel 1"], capsys)
    assert_refused(code, out, err, cache / GW, old, new)
    # sync repairs it
    assert run(["sources", "sync", "--from", str(copy), "--cache", str(cache)], capsys)[0] == 0
    assert run(["show", "gemeentewet@2023-04-01", "artikel 1"], capsys)[0] == 0


def test_a_source_named_by_its_path_is_checked_too(copy: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """A catalogued file named by its path in the sources folder is that source: checked, refused when changed,
    marked with --allow-modified. An edited copy elsewhere is the user's own file, read as it is."""
    assert run(["show", str(copy / GW), "artikel 1"], capsys)[0] == 0
    elsewhere = tmp_path / "eigen" / "gemeentewet.yaml"
    elsewhere.parent.mkdir()
    shutil.copyfile(copy / GW, elsewhere)
    old, new = tamper(copy / GW)
    code, out, err = run(["show", str(copy / GW), "artikel 1"], capsys)
    assert_refused(code, out, err, copy / GW, old, new)
    code, out, err = run(["--allow-modified", "show", str(copy / GW), "artikel 1"], capsys)
    assert code == 0 and out.startswith(PREFIX) and "gemeentewet-2023-04-01" in err
    tamper(elsewhere)
    code, out, err = run(["show", str(elsewhere), "artikel 1"], capsys)
    assert code == 0 and "LET OP" not in out + err


def test_herken_names_the_source_a_path_is(copy: Path, tmp_path: Path) -> None:
    cat = Catalogus(zoekmappen=(copy,))
    gw = cat.herken(copy / GW)
    assert gw is not None and gw.file == GW
    via = tmp_path / "link.yaml"
    via.symlink_to(copy / GW)
    assert cat.herken(via) == gw  # the file itself, whatever its name
    assert cat.herken(tmp_path / "er-niet.yaml") is None
    (tmp_path / "eigen.yaml").write_text("bwb_id: BWBR0000001\n", encoding="utf-8")
    assert cat.herken(tmp_path / "eigen.yaml") is None
    assert cat.herken(copy) is None  # a folder is no source


def test_a_file_changed_while_the_process_runs_is_checked_again(copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The parsed regeling is cached by hash: a later change is not served from the cache."""
    assert run(["show", "gemeentewet@2023-04-01", "artikel 1"], capsys)[0] == 0
    old, new = tamper(copy / GW)
    code, out, err = run(["show", "gemeentewet@2023-04-01", "artikel 1"], capsys)
    assert_refused(code, out, err, copy / GW, old, new)
    assert catalogus._parse.cache_info().maxsize == 64


def _docx_text(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return z.read("word/document.xml").decode("utf-8")


@pytest.mark.parametrize(("args", "fmt"), [
    (["show", "gemeentewet@2023-04-01", "artikel 1"], "stdout"),
    (["diff", "gemeentewet@2023-01-01", "gemeentewet@2023-04-01", "--only", "artikel 28", "--format", "html"], "html"),
    (["diff", "gemeentewet@2023-01-01", "gemeentewet@2023-04-01", "--only", "artikel 28", "--format", "json"], "json"),
    (["diff", "gemeentewet@2023-01-01", "gemeentewet@2023-04-01", "--only", "artikel 28", "--format", "docx"], "docx"),
    (["diff", "gemeentewet@2023-01-01", "gemeentewet@2023-04-01", "--only", "artikel 28"], "text"),
    (["instructions", "gemeentewet@2023-01-01", "gemeentewet@2023-04-01", "--format", "xml"], "xml"),
    (["checklist", "GM0363", "--date", "2023-04-15", "--format", "markdown"], "text"),
    (["checklist", "GM0363", "--date", "2023-04-15", "--format", "html"], "html"),
    (["checklist", "GM0363", "--date", "2023-04-15", "--format", "csv"], "csv"),
    (["checklist", "GM0363", "--date", "2023-04-15", "--format", "json"], "json"),
    (["checklist", "GM0363", "--date", "2023-04-15", "--format", "docx"], "docx"),
    (["convert", "gemeentewet@2023-04-01"], "xml"),
    # helper-140 (2026-12-07): these printed with click.echo and carried no mark on stdout
    (["refs", "gemeentewet@2023-04-01", "artikel 36a"], "stdout"),
    (["refs", "gemeentewet@2023-04-01", "artikel 36a", "--format", "json"], "stdout-json"),
    (["graph", "impact", "gemeentewet@2023-04-01", "artikel 36a"], "stdout"),
    (["graph", "explain", "gemeentewet@2023-04-01", "thema:vog"], "stdout"),
])
def test_allow_modified_marks_every_output(copy: Path, tmp_path: Path, args: list[str], fmt: str,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    tamper(copy / GW)
    out_file = tmp_path / f"uit.{fmt}"
    extra = [] if fmt.startswith("stdout") else [str(out_file)] if args[0] == "convert" else ["-o", str(out_file)]
    code, out, err = run(["--allow-modified", *args, *extra], capsys)
    assert code == 0, err
    assert PREFIX in err  # always said on stderr too
    if fmt == "stdout":
        assert out.startswith(PREFIX)
        return
    if fmt == "stdout-json":
        assert PREFIX in json.loads(out)["waarschuwing"]
        return
    data = out_file.read_bytes()
    if fmt == "docx":
        assert PREFIX in _docx_text(data)
    elif fmt == "json":
        assert PREFIX in json.dumps(json.loads(data), ensure_ascii=False)
    elif fmt == "csv":
        header, *rows = data.decode("utf-8").splitlines()
        # the header quoted since 2026-12-07 (the mark of this CSV writer)
        assert header.endswith(';"waarschuwing"') and all(PREFIX in r for r in rows)
    else:
        assert PREFIX in data.decode("utf-8")


def test_without_a_modified_source_nothing_is_marked(copy: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["--allow-modified", "show", "gemeentewet@2023-04-01", "artikel 1"], capsys)
    assert code == 0 and PREFIX not in out + err


def test_sources_list_marks_an_allowed_modified_copy(copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tamper(copy / GW)
    code, out, err = run(["--allow-modified", "sources", "list"], capsys)
    assert code == 0 and "GEWIJZIGD (--allow-modified)" in next(
        line for line in out.splitlines() if line.startswith("gemeentewet-2023-04-01 "))
    assert PREFIX in err


def test_met_inhoud_reads_the_catalogue_only_for_a_digest_it_may_hold(tmp_path: Path) -> None:
    """A SHA-256 that the text of bronnen.toml does not hold is no source's: the TOML is not parsed for it (a broken
    catalogue is not reported here); one it holds, or one an escape could spell, is looked up."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    digest = hashlib.sha256(b"x").hexdigest()
    (corpus / "bronnen.toml").write_text(f"[[bron]]\nid = 'a'\nsha256 = '{digest}'\n= kapot\n", encoding="utf-8")
    cat = Catalogus(corpus=corpus, zoekmappen=())
    assert cat.met_inhoud(hashlib.sha256(b"y").hexdigest()) is None
    with pytest.raises(InputError, match="onjuiste TOML"):  # in Dutch since 2026-12-07 (helper-116)
        cat.met_inhoud(digest)
    (corpus / "bronnen.toml").write_text("[[bron]]\nid = '\\u0061'\n= kapot\n", encoding="utf-8")
    with pytest.raises(InputError, match="onjuiste TOML"):
        Catalogus(corpus=corpus, zoekmappen=()).met_inhoud(hashlib.sha256(b"y").hexdigest())
