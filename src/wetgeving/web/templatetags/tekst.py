"""Template filters for text a person wrote."""

from __future__ import annotations

from django import template

from wetgeving.util import zichtbaar as _zichtbaar

register = template.Library()


@register.filter
def zichtbaar(value: object) -> str:
    """Direction controls in a row recorded before they were refused, shown as «[U+202E]» (:func:`wetgeving.util.zichtbaar`)."""
    return _zichtbaar(str(value))
