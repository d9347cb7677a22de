"""A consultation reaction on a bill: comments and alternative wording anchored to its artikelen and leden."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from wetgeving.bronnen.catalogus import Catalogus
from wetgeving.consultatie.voorbereiden import Voorbereid


def consult(cat: Catalogus, comments: Path, *, bill: str | None = None, base: str | None = None,
            datum: date | None = None) -> Voorbereid:
    """Read a comments file and anchor every comment to the bill (a tranche, an act file or a regeling):
    the bill's text of the provision, the text it replaces in ``base`` and the redlines; the bill, base
    and date named in the file unless overridden."""
    from wetgeving.consultatie.invoer import load
    from wetgeving.consultatie.voorbereiden import prepare

    return prepare(cat, load(comments), bill=bill, base=base, datum=datum)
