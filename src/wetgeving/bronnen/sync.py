"""Fill the local source cache from a mirror folder or by download, verifying every checksum.

A file is written under its catalogue path in the cache only after its sha256 matches: it is copied
or downloaded to a temporary file next to its destination and renamed, so a failed or interrupted sync
(an error, Ctrl-C or SIGTERM) never leaves a bad file or a ``.part`` file behind. A download larger than
the read limit (``WETGEVING_MAX_BYTES``, 64 MiB by default) is refused.
"""

from __future__ import annotations

import shutil
import signal
import tempfile
import threading
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from wetgeving.bronnen.catalogus import Bron
from wetgeving.bronnen.integriteit import sha256_of
from wetgeving.bronnen.secure import max_bytes_limit
from wetgeving.errors import SourceError, oorzaak

CHUNK = 1 << 16
TIMEOUT = 60


@dataclass(frozen=True, slots=True)
class SyncResult:
    bron: Bron
    status: str  # "present", "copied", "downloaded"
    path: Path


def _verify(bron: Bron, tmp: Path, origin: str) -> None:
    got = sha256_of(tmp)
    if got != bron.sha256:
        tmp.unlink(missing_ok=True)
        raise SourceError(
            f"controlesom klopt niet voor {bron.id} uit {origin}: verwacht {bron.sha256[:16]}…, gekregen {got[:16]}…",
            hint="de spiegel of download heeft een andere versie van het bestand; haal precies het bestand uit "
                 "corpus/bronnen.toml",
        )


def _tmp_for(dest: Path) -> Path:
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".part", dir=dest.parent)
    except OSError as exc:  # the cache (or a folder in it) is a file, read-only, on a full disk …
        raise SourceError(f"kan niet schrijven in de cachemap {dest.parent}: {oorzaak(exc)}",
                          hint="kies een andere --cache of WETGEVING_CACHE") from None
    import os

    os.close(fd)
    return Path(name)


def _copy(bron: Bron, src: Path, dest: Path) -> None:
    tmp = _tmp_for(dest)
    try:
        shutil.copyfile(src, tmp)
        _verify(bron, tmp, str(src))
        tmp.replace(dest)
    except OSError as exc:
        raise SourceError(f"kan {bron.id} niet kopiëren van {src} naar {dest}: {oorzaak(exc)}") from None
    finally:
        tmp.unlink(missing_ok=True)


def _download(bron: Bron, url: str, dest: Path) -> None:
    if not url.startswith(("http://", "https://")):
        raise SourceError(f"wetgeving downloadt {bron.id} niet van {url!r}: alleen http(s)-URL's zijn toegestaan")
    tmp = _tmp_for(dest)
    try:
        req = urllib.request.Request(url, headers={"User-Agent": "wetgeving-sync"})  # noqa: S310 (http(s) checked above)
        with urllib.request.urlopen(req, timeout=TIMEOUT) as resp, tmp.open("wb") as out:  # noqa: S310
            _copy_bounded(bron, url, resp, out, max_bytes_limit())
        _verify(bron, tmp, url)
        tmp.replace(dest)
    except urllib.error.HTTPError as exc:
        raise SourceError(f"download van {bron.id} mislukt: HTTP {exc.code} voor {url}") from None
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        waarom = _netwerk(reason) if isinstance(reason, BaseException) else str(reason)
        raise SourceError(f"download van {bron.id} mislukt: {waarom} ({url})",
                          hint="controleer de netwerkverbinding en het adres, of kopieer uit een map met --from") from None
    except ValueError as exc:  # urllib's verdict on a malformed URL (e.g. 'http://[::1')
        raise SourceError(f"kan {bron.id} niet downloaden: {exc} ({url})",
                          hint="geef bij --url een basis-URL zoals https://example.org/sources") from None
    finally:
        tmp.unlink(missing_ok=True)


def _netwerk(exc: BaseException) -> str:
    """Why a download failed, in Dutch (helper-92: «[Errno -2] Name or service not known»)."""
    import socket

    if isinstance(exc, socket.gaierror):
        return "de servernaam is niet gevonden (geen netwerk, of een verkeerd adres)"
    if isinstance(exc, TimeoutError | socket.timeout):
        return "de server antwoordde niet op tijd"
    if isinstance(exc, ConnectionRefusedError):
        return "de server weigerde de verbinding"
    return oorzaak(exc) if isinstance(exc, OSError) else str(exc)


def _copy_bounded(bron: Bron, url: str, resp: Any, out: BinaryIO, limit: int) -> None:
    """Copy a download, refusing more than ``limit`` bytes (announced or received): no source is that
    large, and a file above the read limit could not be used anyway."""
    announced = resp.headers.get("Content-Length") if getattr(resp, "headers", None) else None
    if announced and announced.isdigit() and int(announced) > limit:
        raise SourceError(f"download van {bron.id} is {announced} bytes, meer dan de grens van {limit} ({url})",
                          hint="controleer de URL; verhoog de grens alleen bewust met WETGEVING_MAX_BYTES")
    total = 0
    while block := resp.read(CHUNK):
        total += len(block)
        if total > limit:
            raise SourceError(f"download van {bron.id} is groter dan de grens van {limit} bytes ({url})",
                              hint="controleer de URL; verhoog de grens alleen bewust met WETGEVING_MAX_BYTES")
        out.write(block)


@contextmanager
def _terminate_cleanly() -> Iterator[None]:
    """Turn SIGTERM into SystemExit while syncing, so the ``finally`` that removes a ``.part`` file runs
    (the default action ends the process at once). Only in the main thread, where signals are handled."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, frame: object) -> None:
        raise SystemExit(128 + signum)

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def sync(
    bronnen: Iterable[Bron],
    cache: Path,
    *,
    mirror: Path | None = None,
    base_url: str | None = None,
    report: Callable[[SyncResult], None] | None = None,
) -> list[SyncResult]:
    """Make every source present and verified in ``cache``.

    Source of each file, first that applies: ``mirror`` folder; ``base_url`` + the file's catalogue path
    (a mirror served over HTTP); the catalogue's ``download`` URL. A file already in the cache with the
    right checksum is kept.
    """
    with _terminate_cleanly():
        return _sync(bronnen, cache, mirror=mirror, base_url=base_url, report=report)


def _sync(bronnen: Iterable[Bron], cache: Path, *, mirror: Path | None, base_url: str | None,
          report: Callable[[SyncResult], None] | None) -> list[SyncResult]:
    results: list[SyncResult] = []
    for bron in bronnen:
        dest = cache / bron.file
        if dest.is_file() and sha256_of(dest) == bron.sha256:
            res = SyncResult(bron, "present", dest)
        elif mirror is not None:
            src = mirror / bron.file
            if not src.is_file():
                raise SourceError(f"bron {bron.id} ontbreekt in de spiegel: {src} bestaat niet",
                                  hint="wijs --from naar een volledige kopie van de bronnenmap")
            _copy(bron, src, dest)
            res = SyncResult(bron, "copied", dest)
        else:
            url = base_url.rstrip("/") + "/" + bron.file if base_url else bron.download
            if not url:
                raise SourceError(f"bron {bron.id} heeft geen downloadadres",
                                  hint="gebruik --from MAP met een map die de bronnen bevat")
            _download(bron, url, dest)
            res = SyncResult(bron, "downloaded", dest)
        results.append(res)
        if report:
            report(res)
    return results
