"""The gemeente in an address (``/checklist/gm0363/``, ``/checklist/Amsterdam/``) as its CBS code, the way the CLI takes
it (:func:`wetgeving.web.dienst.code_van`): helper-100 got «Geen toegang» for its own gemeente in lower case."""

from __future__ import annotations

from wetgeving.errors import WetgevingError


class GemeenteConverter:
    """A path converter: a code or name the list knows becomes its code; anything else is passed on as written, so the
    view says «onbekende gemeente» (404) or refuses it."""

    regex = "[^/]+"

    def to_python(self, value: str) -> str:
        from wetgeving.web import dienst

        try:
            return dienst.code_van(value)
        except WetgevingError:  # unknown, or a name of two gemeenten: the view answers
            return value

    def to_url(self, value: str) -> str:
        return value
