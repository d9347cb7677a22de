"""Self-contained HTML views (no network, no scripts): jinja2 with autoescaping on every template."""

from __future__ import annotations

from typing import Any

import jinja2

_ENV = jinja2.Environment(
    loader=jinja2.PackageLoader("wetgeving.render", "templates"),
    autoescape=True,  # every template, whatever its extension: all text is escaped
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
)


def render_template(name: str, **context: Any) -> str:
    """Render ``templates/<name>`` with autoescaping."""
    return _ENV.get_template(name).render(**context)
