"""Text placed into Markdown output: raw HTML must not pass through.

A Markdown renderer passes HTML tags and comments through as they are, so a note, a gemeente name or a
comment holding ``<script>`` would run in the reader's browser. Every ``<`` and ``>`` from the data is
written as an entity (``&lt;``, ``&gt;``), which renders as the same character, and so is a ``&`` that would begin
an entity (``&amp;`` in the data renders as written, not as ``&``; helper-96); nothing else changes, so text stays
readable in the raw file. (CommonMark starts raw HTML, autolinks and comments only with ``<``;
``>`` is escaped too so a value cannot open a block quote.)

Examples:
    >>> escape("<script>alert(1)</script> & > citaat")
    '&lt;script&gt;alert(1)&lt;/script&gt; & &gt; citaat'
    >>> escape("A &amp; B &#38; C & D")
    'A &amp;amp; B &amp;#38; C & D'
    >>> escape_tree({"a": ["<b>", 1, None]})
    {'a': ['&lt;b&gt;', 1, None]}
"""

from __future__ import annotations

import re
from typing import Any

_TABLE = str.maketrans({"<": "&lt;", ">": "&gt;"})
_ENTITEIT = re.compile(r"&(?=#?[0-9A-Za-z]+;)")


def escape(text: str) -> str:
    """``text`` with ``<``, ``>`` and an ``&`` that begins an entity as entities."""
    return _ENTITEIT.sub("&amp;", text).translate(_TABLE)


def escape_tree(value: Any) -> Any:
    """Every string inside dicts, lists and tuples escaped (keys are ours and stay as they are)."""
    if isinstance(value, str):
        return escape(value)
    if isinstance(value, dict):
        return {k: escape_tree(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(escape_tree(v) for v in value)
    return value
