"""DOCX → PDF with LibreOffice (``soffice --headless --convert-to pdf``), as a tagged PDF (PDF/UA structure:
headings, tables and reading order survive for screen readers).

Every conversion runs in its own temporary folder with its own LibreOffice profile
(``-env:UserInstallation``), so conversions at the same time (two web requests) never share a profile and
never see each other's files; it is stopped after a timeout, with every process it started. The PDF is not
byte-for-byte reproducible (LibreOffice writes a creation date and a document id into it); its text is.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from wetgeving.errors import WetgevingError, oorzaak

# LibreOffice ≥ 7.4 takes the export filter's options as JSON on the command line.
FILTER = 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}'
TIMEOUT = 120.0  # seconds; a fresh profile costs a few seconds, a checklist converts in about one more


class PdfError(WetgevingError):
    """A PDF could not be made: LibreOffice is missing, failed or took too long."""

    hint = "installeer LibreOffice (Debian: apt-get install libreoffice-writer-nogui) of kies DOCX"


def soffice() -> str:
    """The LibreOffice program on PATH, or :class:`PdfError`."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if not exe:
        raise PdfError("PDF vraagt LibreOffice (soffice), en dat is op deze computer niet gevonden")
    return exe


def _run(cmd: list[str], timeout: float) -> tuple[int, str]:
    """Run ``cmd`` in its own process group; on timeout the whole group (soffice starts soffice.bin) is killed."""
    with subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                          start_new_session=True) as proc:
        try:
            out, _ = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
            raise PdfError(f"PDF vraagt LibreOffice (soffice), maar de omzetting duurde langer dan {timeout:.0f} seconden",
                           hint="probeer het opnieuw of kies DOCX") from None
        return proc.returncode, out.decode("utf-8", "replace")


def from_docx(docx: bytes, *, timeout: float = TIMEOUT) -> bytes:
    """The PDF of a Word document (bytes in, bytes out).

    Raises:
        PdfError: LibreOffice is missing, fails, or takes longer than ``timeout`` seconds.
    """
    exe = soffice()
    with tempfile.TemporaryDirectory(prefix="wetgeving-pdf-") as tmp:
        folder = Path(tmp)
        source = folder / "document.docx"
        source.write_bytes(docx)
        cmd = [exe, f"-env:UserInstallation={(folder / 'profiel').as_uri()}", "--headless", "--norestore",
               "--convert-to", FILTER, "--outdir", str(folder / "uit"), str(source)]
        try:
            code, output = _run(cmd, timeout)
        except OSError as exc:
            raise PdfError(f"PDF vraagt LibreOffice (soffice), maar {exe} start niet: {oorzaak(exc)}") from None
        pdf = folder / "uit" / "document.pdf"
        if code != 0 or not pdf.is_file() or not pdf.read_bytes().startswith(b"%PDF"):
            last = next((ln for ln in reversed(output.splitlines()) if ln.strip() and "javaldx" not in ln), "")
            raise PdfError("PDF vraagt LibreOffice (soffice), maar de omzetting mislukte"
                           + (f" (exitcode {code})" if code else "") + (f": {last.strip()}" if last else ""))
        return pdf.read_bytes()
