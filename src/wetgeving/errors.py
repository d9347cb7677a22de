"""One error root for everything the user can get wrong, and one root for what the user must be told.

Every error names where it happened (file, line, address) and what to do about it; the CLI prints
``str(error)`` and exits with :attr:`WetgevingError.exit_code`, never a traceback. A :class:`Melding` is a
warning (:mod:`warnings`) that does not stop the work: the CLI prints each one once as "let op: …" on stderr.
"""

from __future__ import annotations

import errno
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


class Melding(UserWarning):
    """A notice the user must read (Dutch) while the answer still stands, e.g. that the sources cannot show it
    holds on the date asked for."""


class ArtikelMelding(Melding):
    """A :class:`Melding` about one artikel of a source as it was read (the Markdown mirror's numbering of artikel 44):
    a question about another artikel need not hear it."""

    def __init__(self, tekst: str, artikel: str) -> None:
        super().__init__(tekst)
        self.artikel = artikel


class Leesmeldingen:
    """The warnings given while a source is read, kept to be given again once the unit asked for is known: an
    :class:`ArtikelMelding` of another artikel is then left out (the Markdown mirror's notice on artikel 44 came with
    `diff`, `show` and `refs` of artikel 68). Use: ``with Leesmeldingen() as lm: reg = cat.load(spec)``, then
    ``lm.geef(artikel)`` (``None``: all), which a ``finally`` must reach."""

    def __init__(self) -> None:
        self.seen: list[warnings.WarningMessage] = []

    def __enter__(self) -> Leesmeldingen:
        self._cm = warnings.catch_warnings(record=True)
        self.seen = self._cm.__enter__()
        warnings.simplefilter("always")
        return self

    def __exit__(self, *exc: object) -> None:
        self._cm.__exit__(None, None, None)

    def geef(self, artikel: str | None) -> None:
        for w in self.seen:
            if not (isinstance(w.message, ArtikelMelding) and artikel is not None and w.message.artikel != artikel):
                warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)
        self.seen = []


def met_leesmeldingen(work: Callable[[Leesmeldingen], T]) -> T:
    """Run ``work`` with a :class:`Leesmeldingen` it gives again once it knows the unit asked for; whatever it did not
    give (the unit was refused) is given whole afterwards."""
    lm = Leesmeldingen()
    try:
        return work(lm)
    finally:
        lm.geef(None)


def met_meldingen(work: Callable[[], T], *, opnieuw: bool = True) -> tuple[T, tuple[str, ...]]:
    """Run ``work`` and return its result with the texts of the :class:`Melding` warnings it gave, each once, in order:
    for a document that must carry them, not only the terminal. Every warning is given again as it came (with
    ``opnieuw=False`` only those that are no Melding: the caller says those itself)."""
    result, gegeven = met_meldingobjecten(work, opnieuw=opnieuw)
    return result, tuple(str(m) for m in gegeven)


def met_meldingobjecten(work: Callable[[], T], *, opnieuw: bool = True) -> tuple[T, tuple[Melding, ...]]:
    """:func:`met_meldingen` with the :class:`Melding` warnings themselves (one per text): an :class:`ArtikelMelding`
    keeps its artikel (the catalogue caches them with the parsed source and gives them again on every load)."""
    try:
        with warnings.catch_warnings(record=True) as seen:
            warnings.simplefilter("always", Melding)
            result = work()
    finally:  # also when ``work`` fails: what it said before (helper-109: a bijlage that differs, then «no changes»)
        for w in seen:
            if opnieuw or not issubclass(w.category, Melding):
                warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)
    uniek = {str(w.message): w.message for w in seen if isinstance(w.message, Melding)}
    return result, tuple(uniek.values())


class WetgevingError(Exception):
    """Root of all errors wetgeving reports to its users."""

    exit_code = 1
    hint = ""
    # the kinds of Melding this error's message already says better, not printed after it (a text the sources do not
    # hold for a date makes «of die versie op die datum nog gold, tonen ze niet» redundant: helper-134)
    dekt: tuple[type[Warning], ...] = ()

    def __init__(
        self,
        message: str,
        *,
        file: str | Path | None = None,
        line: int | None = None,
        hint: str | None = None,
    ) -> None:
        self.message = message
        self.file = str(file) if file is not None else None
        self.line = line
        if hint is not None:
            self.hint = hint
        super().__init__(self._build())

    def _build(self) -> str:
        where = ""
        if self.file:
            where = self.file + (f":{self.line}" if self.line else "") + ": "
        text = where + self.message
        if self.hint:
            text += f"\n  wat te doen: {self.hint}"
        return text


class UsageError(WetgevingError):
    """The command line itself is wrong (exit code 2)."""

    exit_code = 2


class InputError(WetgevingError):
    """An input file cannot be read: malformed, hostile, too large or of the wrong kind."""

    hint = ("controleer of het bestand volledig is en een ondersteund formaat heeft (BWB-XML, regelrecht-YAML, "
            "laws-markdown of ons XML)")


class SchemaError(InputError):
    """A document does not conform to one of our XSD schemas."""

    hint = "herstel het genoemde element zodat het document aan het schema in schemas/ voldoet"


class AddressError(WetgevingError):
    """An address, JCI or citation cannot be parsed or does not exist in the regeling."""

    hint = "schrijf een adres zoals 'artikel:36a/lid:2' of een verwijzing zoals 'artikel 36a, tweede lid'"


class SourceError(WetgevingError):
    """A real source is missing, unknown or fails its checksum."""

    hint = "voer 'wetgeving sources sync --from MAP' uit of wijs WETGEVING_SOURCES naar een map met de bronnen"


class OutputError(WetgevingError):
    """An output file or folder cannot be written."""

    hint = "kies een ander uitvoerbestand, in een map waarin u mag schrijven"  # `convert` names it without --output


_OORZAAK = {
    errno.ENOENT: "bestaat niet", errno.EACCES: "geen toegang (rechten)", errno.EPERM: "niet toegestaan",
    errno.ENOSPC: "de schijf is vol", errno.EDQUOT: "de schijfruimte (quota) is op", errno.EROFS: "alleen-lezen",
    errno.EISDIR: "is een map", errno.ENOTDIR: "een deel van het pad is geen map", errno.EEXIST: "bestaat al",
    errno.ENAMETOOLONG: "de naam is te lang", errno.ELOOP: "te veel symbolische koppelingen",
    errno.EIO: "invoer-/uitvoerfout van het apparaat", errno.EBUSY: "is in gebruik",
    errno.EXDEV: "ligt op een ander bestandssysteem", errno.EMFILE: "te veel open bestanden",
    errno.EADDRINUSE: "het adres (de poort) is al in gebruik", errno.EADDRNOTAVAIL: "het adres is niet van deze machine",
}


def oorzaak(exc: OSError) -> str:
    """What the operating system says went wrong, in Dutch (its own English text for a rare error number)."""
    found = _OORZAAK.get(exc.errno) if exc.errno is not None else None
    return found or exc.strerror or str(exc)


_SQLITE = {"file is not a database": "het bestand is geen SQLite-database",
           "database disk image is malformed": "het databasebestand is beschadigd"}


def sqlite_oorzaak(melding: str) -> str:
    """SQLite's message in Dutch where we know it (helper-116: «file is not a database» reached the user); another
    is quoted as SQLite's own English."""
    return _SQLITE.get(melding.strip().casefold(), f"SQLite meldt (in het Engels) '{melding}'")

