"""References in Dutch legal text: extraction, the register of law titles, evaluation against the
official link markup."""

from wetgeving.verwijzingen.extract import Extractor, Gevonden
from wetgeving.verwijzingen.titels import Titelregister

__all__ = ["Extractor", "Gevonden", "Titelregister"]
