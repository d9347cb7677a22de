"""A limit on the size of a whole upload request, before anything of it is read.

Django limits the form fields of a request (``DATA_UPLOAD_MAX_MEMORY_SIZE``) but not its files: without this
handler a multipart request of any size is streamed to temporary files before a view can refuse it — also
for anonymous users, since the CSRF check reads the form before the login check. The declared length
(``Content-Length``; Django reads no further) above ``UPLOAD_MAX_REQUEST_BYTES`` is refused as a bad request
(400, the Dutch page ``400.html``) before the first byte is read. Uploads below it keep their own limits
(evidence: ``BEWIJS_MAX_BYTES``; comparing files: ``views.vergelijken.MAX_BESTAND`` each).
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.core.files.uploadhandler import FileUploadHandler


class Begrensd(FileUploadHandler):
    """Refuses a multipart request longer than ``UPLOAD_MAX_REQUEST_BYTES``; otherwise leaves the upload to the
    handlers after it."""

    def handle_raw_input(self, input_data: Any, META: dict[str, Any], content_length: int, boundary: str,
                         encoding: str | None = None) -> None:
        limit = int(settings.UPLOAD_MAX_REQUEST_BYTES)
        if content_length > limit:
            raise RequestDataTooBig(f"verzoek van {content_length} bytes; ten hoogste {limit} bytes")

    def receive_data_chunk(self, raw_data: bytes, start: int) -> bytes:
        return raw_data

    def file_complete(self, file_size: int) -> None:
        return None
