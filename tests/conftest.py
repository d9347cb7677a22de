"""Shared fixtures. Real data comes from WETGEVING_SOURCES; under CI a missing folder fails, never skips."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"


def sources_dir() -> Path | None:
    env = os.environ.get("WETGEVING_SOURCES")
    if env and Path(env).is_dir():
        return Path(env)
    return None


@pytest.fixture(scope="session")
def sources() -> Path:
    """The real sources folder; skips locally without it, fails under CI."""
    d = sources_dir()
    if d is None:
        msg = "real sources not found: set WETGEVING_SOURCES to the shared sources folder"
        if os.environ.get("CI"):
            pytest.fail(msg)
        pytest.skip(msg)
    return d


@pytest.fixture(scope="session")
def cat(sources: Path):  # type: ignore[no-untyped-def]
    """The catalogue over the real sources (tests are entry points: they build it, as the CLI does)."""
    from wetgeving.bronnen.catalogus import Catalogus

    return Catalogus(zoekmappen=(sources,))


@pytest.fixture(scope="session")
def real(cat):  # type: ignore[no-untyped-def]
    """Load a real regeling by catalogue spec, e.g. real('gemeentewet@2023-04-01')."""
    return cat.load


@pytest.fixture
def data_dir() -> Path:
    return DATA


def _need(what: str) -> None:
    msg = f"{what} is not installed (CI installs it from Debian packages)"
    if os.environ.get("CI"):
        pytest.fail(msg)
    pytest.skip(msg)


@pytest.fixture(scope="session")
def browser():  # type: ignore[no-untyped-def]
    """Headless Debian chromium driven by playwright; fails under CI when missing."""
    import shutil

    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _need("playwright")
    if not exe:
        _need("chromium")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=exe, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync",
        ])
        yield b
        b.close()


@pytest.fixture(scope="session")
def soffice() -> str:
    """The LibreOffice binary for DOCX → PDF checks; fails under CI when missing."""
    import shutil

    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if not exe:
        _need("LibreOffice (soffice)")
    return str(exe)


def docx_to_pdf(soffice: str, docx: Path, outdir: Path) -> Path:
    """Convert with LibreOffice headless; returns the PDF path (asserts it was made)."""
    import subprocess

    profile = outdir / "lo-profile"
    subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(outdir), str(docx)], check=True, capture_output=True, timeout=180)
    pdf = outdir / (docx.stem + ".pdf")
    assert pdf.is_file() and pdf.stat().st_size > 1000
    return pdf


def pdf_text(pdf: Path) -> str:
    import subprocess

    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
