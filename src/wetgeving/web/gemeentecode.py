"""The gemeente in an address (``/checklist/gm0363/``, ``/checklist/Amsterdam/``) as its CBS code, the way the CLI takes
it (:func:`wetgeving.compliance.gemeenten.find`): helper-100 got «Geen toegang» for its own gemeente in lower case."""

from __future__ import annotations

from wetgeving.errors import WetgevingError


class GemeenteConverter:
    """A path converter: a code or name the list knows becomes its code; anything else is passed on as written, so the
    view says «onbekende gemeente» (404) or refuses it."""

    regex = "[^/]+"

    def to_python(self, value: str) -> str:
        from wetgeving.compliance.gemeenten import find
        from wetgeving.web import dienst

        alle = dienst.gemeenten()
        if value in alle:
            return value
        try:
            return find(list(alle.values()), value).code
        except WetgevingError:  # unknown, or a name of two gemeenten: the view answers
            return value

    def to_url(self, value: str) -> str:
        return value
