"""The catalogue of real sources (``corpus/bronnen.toml``) and where their files live: one explicit object.

A :class:`Catalogus` is created once by an entry point (the CLI's ``main``, the web app's settings, a test's
fixture) with the folders to look in, and passed to everything that reads a source; no module reads the
environment itself (:meth:`Catalogus.uit_omgeving` takes the mapping an entry point hands it). Files are
looked up in this order: a folder given explicitly (``--from``), ``WETGEVING_SOURCES``, then the local
cache (``wetgeving sources sync`` fills it; default under the user cache dir, or ``WETGEVING_CACHE``).
Regelingen are named ``gemeentewet@2023-04-01``, ``BWBR0005416@2023-04-01`` or by a file path; without a
date the newest known version is meant, with a date the version in force then: the newest version held that
began on or before the date. When the sources do not show that it was still in force on the date (the catalogue
gives no ``geldig_tot``), a :class:`VersieOnzeker` warning says so; a version whose end (``geldig_tot``) lies before
the date is never used for it.
"""

from __future__ import annotations

import dataclasses
import difflib
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any, TypeVar

from wetgeving.bronnen import integriteit
from wetgeving.errors import InputError, Melding, SourceError, UsageError, met_meldingobjecten, oorzaak
from wetgeving.locatie import Adres
from wetgeving.model import Regeling, buiten_deel
from wetgeving.nummers import bedoelde_datum, dag_bestaat_niet, iso_geschreven

_HERE = Path(__file__).resolve().parent.parent
REGELING_KINDS = ("regelrecht-yaml", "bwb-xml", "laws-markdown")
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Bron:
    """One real source file."""

    id: str
    kind: str
    file: str
    sha256: str
    regeling: str = ""
    citeertitel: str = ""
    bwb_id: str = ""
    geldig_vanaf: date | None = None
    geldig_tot: date | None = None  # the last day this version was in force, where the sources show it
    partial: bool = False
    url: str = ""
    download: str = ""
    beschrijving: str = ""


class VersieOnzeker(Melding):
    """A dated request answered with the newest version held that began before the date, where the sources do
    not show that it was still in force on the date (no ``geldig_tot``): the answer names the version, and
    this warning says that a version the sources do not hold may have applied instead."""


def corpus_dir() -> Path:
    """The corpus folder shipped with the package (installed package data or the checkout's ``corpus/``):
    our own models, fixed per installation (it does not depend on the environment)."""
    for base in (_HERE / "corpus", _HERE.parents[1] / "corpus"):
        if (base / "bronnen.toml").is_file():
            return base
    raise SourceError("corpus/bronnen.toml niet gevonden", hint="installeer wetgeving opnieuw, of werk vanuit een checkout")


def titels_in(catalogus: Path) -> dict[str, str]:
    """Short name → citeertitel of the regelingen in a ``bronnen.toml`` (none when there is no such file)."""
    if not catalogus.is_file():
        return {}
    return {b.regeling: b.citeertitel for b in read_catalogue(catalogus) if b.regeling and b.citeertitel}


@lru_cache(maxsize=1)
def corpus_titels() -> dict[str, str]:
    """Short name → citeertitel of the package's catalogue («Gemeentewet» for «gemeentewet»): how our model's texts
    name a law they know by its short name."""
    return titels_in(corpus_dir() / "bronnen.toml")


def read_catalogue(path: Path) -> tuple[Bron, ...]:
    """All sources listed in a ``bronnen.toml``."""
    import tomllib  # here: a command that names only files never reads the catalogue

    from wetgeving.bronnen.secure import toml_fout

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise toml_fout(exc, path) from None
    except OSError as exc:
        raise InputError(f"de lijst van bronnen is onleesbaar: {oorzaak(exc)}", file=path) from None
    out = []
    fields = {f.name for f in dataclasses.fields(Bron)}
    for i, raw in enumerate(data.get("bron", []), start=1):
        unknown = set(raw) - fields
        if unknown or not {"id", "kind", "file", "sha256"} <= set(raw):
            raise InputError(f"bron {i} heeft onbekende sleutels {sorted(unknown)} of mist id/kind/file/sha256", file=path)
        for key in ("geldig_vanaf", "geldig_tot"):
            if key in raw:
                try:
                    raw = {**raw, key: date.fromisoformat(str(raw[key]))}
                except ValueError:
                    raise InputError(f"bron {i} heeft {key} {raw[key]!r}, geen datum JJJJ-MM-DD", file=path) from None
        out.append(Bron(**raw))
    return tuple(out)


def default_cache_dir() -> Path:
    import platformdirs  # here: only a command that looks in the cache needs its place

    return Path(platformdirs.user_cache_dir("wetgeving")) / "sources"


class Catalogus:
    """The sources, the folders their files are found in, and the corpus folder; built once, passed in.

    >>> cat = Catalogus(bronnen=(), zoekmappen=())
    >>> cat.versions("gemeentewet")
    []
    """

    def __init__(self, *, bronnen: Sequence[Bron] | None = None, zoekmappen: Sequence[Path] = (),
                 cache: Path | None = None, corpus: Path | None = None) -> None:
        self.corpus = corpus or corpus_dir()
        if bronnen is not None:
            self.bronnen = tuple(bronnen)
        if cache is not None:
            self.cache = cache
        self._mappen = tuple(zoekmappen)
        self._memo: dict[str, Any] = {}

    @cached_property
    def bronnen(self) -> tuple[Bron, ...]:
        """Every source of ``corpus/bronnen.toml`` (read when first asked for: a command that names only files
        does not need it)."""
        return read_catalogue(self.corpus / "bronnen.toml")

    @cached_property
    def cache(self) -> Path:
        """The local cache folder (``WETGEVING_CACHE`` or the user cache dir)."""
        return default_cache_dir()

    @property
    def zoekmappen(self) -> tuple[Path, ...]:
        """The folders a source file is looked for in, in order; the cache last."""
        return (*self._mappen, self.cache)

    @classmethod
    def uit_omgeving(cls, environ: Mapping[str, str], *, corpus: Path | None = None) -> Catalogus:
        """The catalogue an entry point builds from its environment (``WETGEVING_SOURCES``, ``WETGEVING_CACHE``)."""
        sources = environ.get("WETGEVING_SOURCES", "").strip()
        cache = environ.get("WETGEVING_CACHE", "").strip()
        return cls(zoekmappen=(Path(sources),) if sources else (), cache=Path(cache) if cache else None, corpus=corpus)

    def met_map(self, mirror: Path | None) -> Catalogus:
        """The same catalogue, looking in MIRROR first (``--from``)."""
        if mirror is None:
            return self
        return Catalogus(bronnen=self._gelezen(), zoekmappen=(mirror, *self._mappen),
                         cache=self.__dict__.get("cache"),
                         corpus=self.corpus)

    def met_cache(self, cache: Path | None) -> Catalogus:
        """The same catalogue with another cache folder (``sources sync --cache``)."""
        if cache is None:
            return self
        return Catalogus(bronnen=self._gelezen(), zoekmappen=self._mappen, cache=cache, corpus=self.corpus)

    def _gelezen(self) -> tuple[Bron, ...] | None:
        """The sources when given or read already; None: a copy reads them from the same corpus when asked."""
        found: tuple[Bron, ...] | None = self.__dict__.get("bronnen")
        return found

    @property
    def sources_dir(self) -> Path | None:
        """The first folder looked in before the cache (``WETGEVING_SOURCES`` or ``--from``), if any."""
        return self._mappen[0] if self._mappen else None

    def eenmalig(self, key: str, factory: Callable[[], T]) -> T:
        """A value computed once per catalogue (e.g. the title register of the references)."""
        if key not in self._memo:
            self._memo[key] = factory()
        value: T = self._memo[key]
        return value

    def by_id(self, bron_id: str) -> Bron:
        for b in self.bronnen:
            if b.id == bron_id:
                return b
        raise SourceError(f"onbekende bron {bron_id!r}", hint="zie 'wetgeving sources list'")

    def find(self, bron: Bron) -> Path:
        """The local path of a source file, unverified; a :class:`SourceError` when it is nowhere."""
        for d in self.zoekmappen:
            p = d / bron.file
            if p.is_file():
                return p
        weg = [d for d in self._mappen if not d.is_dir()]
        if weg:  # helper-75: a mistyped WETGEVING_SOURCES was «bron … is hier niet aanwezig» and «zet WETGEVING_SOURCES»
            raise SourceError(f"de map van de bronnen {weg[0]} bestaat niet (WETGEVING_SOURCES of --from)",
                              hint="geef het pad van een bestaande map met de bronnen, bijvoorbeeld als absoluut pad")
        raise SourceError(
            f"bron {bron.id} ({bron.file}) is hier niet aanwezig; gezocht in "
            + ", ".join(str(d) for d in self.zoekmappen),
            hint="haal de bronnen op met 'wetgeving sources sync', of zet WETGEVING_SOURCES op de map met de bronnen",
        )

    def tekst(self, bron_id: str) -> tuple[Bron, str]:
        """A source and its text, the bytes read verified against its SHA-256 (not only the file found): for a check
        that finds words in it (since when a law exists, a consultation's dates)."""
        bron = self.by_id(bron_id)
        path = self.locate(bron)
        data = path.read_bytes()
        integriteit.verified_bytes(bron, path, data)
        return bron, data.decode("utf-8", "replace")

    def locate(self, bron: Bron) -> Path:
        """The local path of a source file, verified against its SHA-256 (:mod:`~wetgeving.bronnen.integriteit`);
        a :class:`SourceError` when it is nowhere or has been changed."""
        path = self.find(bron)
        integriteit.check(bron, path)
        return path

    def versions(self, name: str) -> list[Bron]:
        """The loadable versions of a regeling by short name or BWB id, oldest first."""
        key = name.casefold()
        found = [b for b in self.bronnen
                 if b.kind in REGELING_KINDS and key in (b.regeling.casefold(), b.bwb_id.casefold())]
        return sorted(found, key=lambda b: (b.geldig_vanaf or date.min, b.kind != "regelrecht-yaml"))

    def pick(self, spec: str) -> Bron:
        """``gemeentewet@2023-04-01`` → the source of the version in force on that date."""
        name, at, when = spec.partition("@")
        if at and not when:
            raise UsageError(f"{spec!r} heeft '@' maar geen datum",
                             hint=f"schrijf {name}@JJJJ-MM-DD, of {name} voor de nieuwste")
        if not spec.strip():  # Path("") is the current folder: say what was given, not '.'
            raise UsageError("geen regeling genoemd (een lege naam)",
                             hint="noem een regeling zoals gemeentewet@2023-04-01 of een bestand")
        found = self.versions(name)
        if not found:
            _not_a_law_file(Path(spec))
            bron = next((b for b in self.regeling_sources() if b.id == spec and b.regeling and b.geldig_vanaf), None)
            if bron is not None:  # helper-135: `sources list` names «gemeentewet-2023-04-01», which was «onbekend»
                raise UsageError(f"{spec!r} is de naam van een bron, niet van een regeling",
                                 hint=f"noem de regeling met haar datum: {bron.regeling}@{bron.geldig_vanaf}")
            known = sorted({b.regeling for b in self.regeling_sources() if b.regeling})
            bedoeld = difflib.get_close_matches(name.casefold(), known, n=1, cutoff=0.75)  # «gemeentwet» (helper-75)
            raise UsageError(f"onbekende regeling {name!r}", hint=(f"bedoelt u {bedoeld[0]}? " if bedoeld else "")
                             + f"bekend: {', '.join(known)}; of geef een bestandspad")
        others = [b for b in self.bronnen if b.kind in REGELING_KINDS and b.bwb_id and b.bwb_id == found[0].bwb_id
                  and b not in found]  # the same law under another name: the Markdown mirror beside the official texts
        if not when:
            _nieuwste(name, found, others)
            return found[-1]
        try:
            if not iso_geschreven(when):  # «20230401», «2023-W13-6»: read by Python, named by no user (helper-159)
                raise ValueError(when)
            d = date.fromisoformat(when)
        except ValueError:
            bedoelde = bedoelde_datum(when)  # «06-12-2026», the Dutch order (helper-75); «20230401» (helper-159)
            if (dag := dag_bestaat_niet(when)) is not None:  # helper-146: «2023-02-30» is written as asked
                raise UsageError(f"{when!r} in {spec!r} bestaat niet: {dag}", hint="geef een dag die bestaat") from None
            raise UsageError(f"{when!r} in {spec!r} is geen datum", hint="schrijf de datum als JJJJ-MM-DD" + (
                f", hier {name}@{bedoelde}" if bedoelde else "")) from None
        try:
            return _in_force(name, d, found, others)
        except UsageError as exc:  # «gemeentewet@2015-11-24»: the Markdown mirror of 2011–2015 has another name
            andere = sorted({b.regeling for b in self.bronnen if b.kind in REGELING_KINDS and b.bwb_id == found[0].bwb_id
                             and b.regeling and b.regeling.casefold() != name.casefold() and b.geldig_vanaf
                             and b.geldig_vanaf <= d})
            if not andere:
                raise
            ook = ", ".join(f"{x}@… (versies: {', '.join(str(b.geldig_vanaf) for b in self.versions(x))})" for x in andere)
            raise UsageError(f"onder de naam {name!r}: {exc.message}",
                             hint=(exc.hint + "; " if exc.hint else "") + "ook in de bronnen: " + ook) from None

    def load(self, spec: str) -> Regeling:
        """Load a regeling named ``name[@date]`` from the catalogue, or from a file path."""
        path = Path(spec)
        if path.suffix.lower() in (".xml", ".yaml", ".yml", ".md") and "@" not in spec:
            from wetgeving.bronnen.formats import load_file

            bron = self.herken(path)
            if bron is not None:
                return load_bron(bron, path)
            reg = load_file(path)
            if reg.bwb_id in self.citeertitels() and not reg.samengesteld:
                # helper-146: an edited copy of the Gemeentewet, given as a file, was shown as the law of its date with
                # the official JCI; a file outside the catalogue is not checked against the official text
                warnings.warn(Melding(f"{path}: dit bestand staat niet in de catalogus van de bronnen (corpus/bronnen.toml); "
                                      "of zijn tekst die van de officiële versie is, is niet gecontroleerd"), stacklevel=2)
            titel = self.citeertitels().get(reg.bwb_id) if reg.citeertitel in ("", reg.bwb_id) else None
            # a file without a title of its own (a regelrecht extract without $id): the law's title, not its BWB id
            # (helper-101: «Wijziging van de BWBR0005645»)
            return dataclasses.replace(reg, citeertitel=titel) if titel else reg
        bron = self.pick(spec)
        return load_bron(bron, self.find(bron))

    def herken_stuk(self, path: Path) -> Bron | None:
        """The catalogued source of any kind (a Kamerstuk, an excerpt) that the file ``path`` is, by its place in a
        folder looked in or by its SHA-256; None for any other file."""
        try:
            echt = path.resolve(strict=True)
        except (OSError, RuntimeError):
            return None
        if (found := self._op_plek(echt, self.bronnen)) is not None or not echt.is_file():
            return found
        digest = _digest(echt)
        return next((b for b in self.bronnen if b.sha256 == digest), None) if digest else None

    def _op_plek(self, echt: Path, bronnen: Iterable[Bron]) -> Bron | None:
        """The source of ``bronnen`` whose file is ``echt`` (a resolved path) in a folder looked in."""
        plekken = set()
        for d in self.zoekmappen:
            try:
                plekken.add(echt.relative_to(d.resolve()).as_posix())
            except (ValueError, OSError, RuntimeError):
                continue
        return next((b for b in bronnen if b.file in plekken), None) if plekken else None

    def herken(self, path: Path) -> Bron | None:
        """The catalogued source a file named by its path is, so that it is read as that source (its title, and
        ``partial``: a file of only some artikelen is never taken for the whole law): the source's own file in
        a folder looked in (verified like any source when read), or a copy elsewhere with the same SHA-256.
        None for any other file (the user's own, or an edited copy outside those folders)."""
        try:
            echt = path.resolve(strict=True)
        except (OSError, RuntimeError):
            return None  # the importer names what is wrong with the path
        if not echt.is_file():
            return None
        found = self._op_plek(echt, self.regeling_sources())  # lazy: a file outside those folders parses no catalogue
        digest = _digest(echt) if found is None else None
        return found if found is not None or digest is None else self.met_inhoud(digest)

    def met_inhoud(self, sha256: str) -> Bron | None:
        """The catalogued regeling source whose file has this SHA-256, if any. A digest that does not occur in
        the text of ``bronnen.toml`` (which has no escapes that could spell it) is no source's: then the catalogue
        is not parsed, which spares a command on the user's own files the TOML reader (see docs/references.md)."""
        if self._gelezen() is None and not _kan_noemen(self.corpus / "bronnen.toml", sha256):
            return None
        return next((b for b in self.regeling_sources() if b.sha256 == sha256), None)

    def titels(self) -> dict[str, tuple[str, str]]:
        """Citeertitel (casefolded) → (short name, BWB id) of every regeling in the catalogue."""
        out: dict[str, tuple[str, str]] = {}
        for b in self.bronnen:
            if b.citeertitel and b.regeling:
                out.setdefault(b.citeertitel.casefold(), (b.regeling, b.bwb_id))
        return out

    def citeertitels(self) -> dict[str, str]:
        """BWB id → citeertitel of every regeling in the catalogue (to name a law a JCI names by its title)."""
        return {b.bwb_id: b.citeertitel for b in self.bronnen if b.bwb_id and b.citeertitel}

    def titel_van(self, regeling: str) -> str:
        """The citeertitel of the regeling with the short name ``regeling`` («Provinciewet» for «provinciewet»), or
        ``regeling`` itself when the catalogue has none."""
        return next((b.citeertitel for b in self.versions(regeling) if b.citeertitel), regeling)

    def naam(self, bwb_id: str) -> str:
        """The catalogue's short name of the regeling with ``bwb_id`` (the BWB id itself when unknown)."""
        return next((b.regeling for b in self.bronnen if b.bwb_id == bwb_id and b.regeling), bwb_id)

    def regeling_sources(self) -> Iterator[Bron]:
        yield from (b for b in self.bronnen if b.kind in REGELING_KINDS)


def _digest(echt: Path) -> str | None:
    """The SHA-256 of a user's file outside the folders of the sources; None when it cannot be read, so that the reader
    says so of the user's file («geen toestemming om te lezen»), not of a source (helper-159: the hint was «voer
    'wetgeving sources sync' uit»)."""
    try:
        return integriteit.digest(echt)
    except SourceError:
        return None


def _kan_noemen(catalogue: Path, text: str) -> bool:
    """Whether the catalogue file may name ``text``: its characters hold it, or a backslash (a TOML escape) could
    spell it. An unreadable file: True, so that reading it names the problem."""
    try:
        raw = catalogue.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return True
    return text in raw or "\\" in raw


def _not_a_law_file(path: Path) -> None:
    """A name that is no regeling but a folder or a file of another kind: say so, not 'onbekende regeling'."""
    if path.is_dir():
        raise UsageError(f"{path} is een map, geen regeling",
                         hint="noem een bestand (.xml, .yaml, .yml, .md) of een regeling zoals gemeentewet@2023-04-01")
    if path.is_file():
        raise UsageError(f"{path} heeft een extensie die wetgeving niet als regeling leest ({path.suffix or 'geen'})",
                         hint="geef BWB-XML of ons XML (.xml), regelrecht-YAML (.yaml, .yml) of laws-markdown (.md)")


def _in_force(name: str, d: date, found: list[Bron], others: Sequence[Bron] = ()) -> Bron:
    """Of the versions ``found``, the one in force on ``d``: the newest that began on or before it, unless the
    sources show it had ended (``geldig_tot``) or a version of the same law under another name (``others``) began
    after it and on or before ``d`` (helper-58: gemeentewet-md@2026-12-06 gave the text of 2015); a
    :class:`VersieOnzeker` warning when they do not show it still applied on ``d``."""
    candidates = [b for b in found if b.geldig_vanaf and b.geldig_vanaf <= d]
    versies = "bekende versies: " + ", ".join(str(b.geldig_vanaf) for b in found)
    if not candidates:  # helper-151: `graph explain kieswet@2023-04-01` refused where `show` finds one artikel
        per_artikel = ("; 'wetgeving show' toont soms toch één artikel, als een latere BWB-tekst zegt sinds wanneer het zo "
                       "luidt" if any(b.kind == "bwb-xml" for b in found) else "")
        raise UsageError(f"de bronnen hebben geen versie van {_wet(name, found)} die op {d} gold", hint=versies + per_artikel)
    newest = max(b.geldig_vanaf for b in candidates if b.geldig_vanaf)
    chosen = next(b for b in candidates if b.geldig_vanaf == newest)
    if chosen.geldig_tot is not None and d > chosen.geldig_tot:
        raise UsageError(f"de bronnen hebben geen versie van {_wet(name, found)} die op {d} gold: die van {newest} gold tot en "
                         f"met {chosen.geldig_tot}", hint=versies)
    opvolger = min((b.geldig_vanaf for b in others if b.geldig_vanaf and newest < b.geldig_vanaf <= d), default=None)
    if opvolger is not None:
        raise UsageError(f"de laatste versie van {_wet(name, found)} onder deze naam is die van {newest}; de bronnen hebben "
                         f"een latere die geldt vanaf {opvolger}, dus op {d} gold die tekst niet meer", hint=versies)
    if d != newest and chosen.geldig_tot is None:
        later = min((b.geldig_vanaf for b in [*found, *others] if b.geldig_vanaf and b.geldig_vanaf > d), default=None)
        welke = (f"de tekst zoals geldend op {newest} (Markdown-spiegel)" if chosen.kind == "laws-markdown"
                 else f"de versie die geldt vanaf {newest}")
        volgende = (("de volgende tekst in de Markdown-spiegel is die van {}, geen officiële datum"
                     if chosen.kind == "laws-markdown" and later in {b.geldig_vanaf for b in found}
                     else "de volgende versie in de bronnen geldt vanaf {}").format(later) if later
                    else "geen latere versie in de bronnen")  # helper-69: the mirror's dates are no «geldt vanaf»
        warnings.warn(VersieOnzeker(f"{name}@{d}: de bronnen hebben {welke}; of die op {d} nog gold, tonen ze niet "
                                    f"({volgende})"), stacklevel=3)
    return chosen


def _nieuwste(name: str, found: list[Bron], others: Sequence[Bron]) -> None:
    """A regeling named without a date is its newest version under that name; a :class:`VersieOnzeker` warning when
    the sources hold a later version of the same law under another name (helper-108: «gemeentewet-md» gave the text
    of 2015 as «de nieuwste versie in de bronnen», while gemeentewet has versions from 2022-11-05)."""
    newest = found[-1].geldig_vanaf
    later = sorted({b.regeling for b in others if b.geldig_vanaf and newest and b.geldig_vanaf > newest and b.regeling})
    if later:
        eerste = min(b.geldig_vanaf for b in others if b.geldig_vanaf and b.geldig_vanaf > newest)  # type: ignore[operator]
        warnings.warn(VersieOnzeker(
            f"{name} zonder datum: de nieuwste tekst onder deze naam is die van {newest}; de bronnen hebben latere "
            f"versies van {_wet(name, found)} onder de naam {' en '.join(later)} (de eerste geldt vanaf {eerste}), dus "
            f"vanaf {eerste} gold deze versie niet meer (een bepaling kan in de latere versie gelijk luiden)"),
            stacklevel=3)  # helper-111: «deze tekst» was said of artikel 3 too, which reads alike in 2026


def _wet(name: str, found: list[Bron]) -> str:
    """'de Kieswet' (the catalogue's citeertitel) for a regeling the user named 'kieswet'."""
    titel = next((b.citeertitel for b in found if b.citeertitel), "")
    return f"de {titel}" if titel else name


def load_bron(bron: Bron, path: Path) -> Regeling:
    """A catalogued source, verified on every call; parsed once per content (the cache is keyed by hash). What the
    reader said of the file (a :class:`Melding`: a numbering that goes back in the Markdown mirror) is said on every
    call, not only on the first (the cache kept it silent after)."""
    regeling, meldingen = _parse(bron, path, integriteit.check(bron, path))
    for m in meldingen:  # as it came: an ArtikelMelding keeps its artikel (a diff of one artikel leaves the others')
        warnings.warn(m, stacklevel=2)
    return regeling


@lru_cache(maxsize=64)
def _parse(bron: Bron, path: Path, digest: str) -> tuple[Regeling, tuple[Melding, ...]]:
    """The source read, and the notices its reader gave (each once); any other warning is given as it came."""
    return met_meldingobjecten(lambda: _lees(bron, path, digest), opnieuw=False)


def _lees(bron: Bron, path: Path, digest: str) -> Regeling:
    from wetgeving.bronnen.formats import load_bytes
    from wetgeving.bronnen.secure import read_bytes

    data = read_bytes(path)
    if integriteit.verified_bytes(bron, path, data) != digest:
        raise SourceError(f"bron {bron.id} veranderde terwijl hij gelezen werd", file=path,
                          hint="probeer het opnieuw wanneer niemand het bestand meer wijzigt")
    regeling = load_bytes(data, path, kind=bron.kind)
    if bron.citeertitel and regeling.citeertitel != bron.citeertitel:
        regeling = dataclasses.replace(regeling, citeertitel=bron.citeertitel)
    if bron.partial:
        regeling = dataclasses.replace(regeling, gedeeltelijk=True)
    return regeling


def in_deel(regeling: Regeling, spec: str, adres: Adres) -> None:
    """A unit asked of a partial source that does not hold its artikel: refused, never «bestaat niet» (a diff would
    call it inserted or removed), since whether the law had it, the source cannot show."""
    if (waarom := buiten_deel(regeling, adres)) is not None:
        raise UsageError(f"{spec}: {waarom}", hint="vraag een artikel op dat de bron bevat, of gebruik een bron met de "
                         "hele wet")


def whole(regeling: Regeling, spec: str, command: str = "show", *, hint: str = "") -> Regeling:
    """``regeling`` when it holds the whole law; a partial source (only selected artikelen) is refused for a
    request about the whole law (a diff, a conversion, a graph, every reference), which would silently miss the
    rest or call what it cites there missing. ``command``: the one that can ask about one artikel instead (or
    ``hint``, the whole advice)."""
    if regeling.gedeeltelijk:
        raise UsageError(f"{spec}: de bron bevat alleen enkele artikelen van de {regeling.citeertitel}, niet de hele wet",
                         hint=hint or f"vraag één artikel op, bijvoorbeeld met 'wetgeving {command} {spec} \"artikel …\"'")
    return regeling
