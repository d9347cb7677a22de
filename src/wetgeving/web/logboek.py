"""Logging of the web application: a refused request in one line."""

from __future__ import annotations

import logging


class ZonderTraceback(logging.Filter):
    """Drops the traceback of a record: a request refused for its Host header is the client's fault, not ours, and gets
    one line in the log instead of a traceback (helper-179)."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.exc_info = None
        record.exc_text = None
        return True
