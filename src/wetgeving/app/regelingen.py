"""Tasks on one regeling and on the sources: show a unit, convert, validate, list and sync the sources."""

from __future__ import annotations

import warnings
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path
from typing import NoReturn

from wetgeving.app.verouderd import changed_since_version
from wetgeving.bronnen.catalogus import Bron, Catalogus, in_deel, whole
from wetgeving.bronnen.integriteit import SourceModifiedError, check
from wetgeving.bronnen.sync import SyncResult, sync
from wetgeving.errors import (
    AddressError,
    InputError,
    Leesmeldingen,
    Melding,
    SchemaError,
    SourceError,
    UsageError,
    WetgevingError,
    met_leesmeldingen,
)
from wetgeving.locatie import Adres, Jci
from wetgeving.model import Artikel, Eenheid, Regeling, gedateerd, voorgelezen
from wetgeving.util import vandaag


@dataclass(frozen=True, slots=True)
class Getoond:
    """A regeling, and the unit asked for (none: the whole regeling)."""

    regeling: Regeling
    adres: Adres | None
    eenheid: Eenheid | None
    gevraagd: str = ""  # the date asked for; «nieuwste»: a catalogued regeling named without a date
    jci_op: date | None = None  # the date a JCI cites the text by, where not the version's own (:func:`jci_op`)

    def met_vraag(self, spec: str) -> Getoond:
        return replace(self, gevraagd=gevraagd(spec))


def jci_op(cat: Catalogus, spec: str, reg: Regeling, adres: Adres | None) -> date | None:
    """The date asked for, where the text shown is known to be the text on it, so that a JCI cites it as the checklist
    of that day does (helper-169, helper-171: `show gemeentewet@2023-03-31 "artikel 25"` cited «z=2023-01-01&g=…»);
    None (the version's own date) where it is not: a day after the version whose end the sources do not show
    (helper-174: artikel 124 on 2026-09-30, changed between 2023-04-01 and 2026-10-01), a day still to come, the Markdown
    mirror's dates, a composed text. A later BWB version read for an earlier day holds its artikel's text since its
    ``inwerking`` (Kieswet X 9 on 2023-01-01)."""
    try:
        asked = date.fromisoformat(gevraagd(spec))
    except ValueError:  # no date asked
        return None
    if reg.tekstdatum or reg.samengesteld or reg.geldig_vanaf is None or asked > vandaag() or asked == reg.geldig_vanaf:
        return None
    if asked < reg.geldig_vanaf:
        art = reg.get(Adres.of(("artikel", adres.artikel))) if adres is not None and adres.artikel is not None else None
        return asked if isinstance(art, Artikel) and art.inwerking is not None and art.inwerking <= asked else None
    bron = next((b for b in cat.versions(spec.partition("@")[0]) if b.geldig_vanaf == reg.geldig_vanaf), None)
    return asked if bron is not None and bron.geldig_tot is not None and asked <= bron.geldig_tot else None


def gevraagd(spec: str) -> str:
    """The date ``spec`` asks for («gemeentewet@2026-12-06» → «2026-12-06»); «nieuwste» for a catalogued regeling
    named without one; "" for a file."""
    name, at, when = spec.partition("@")
    if at:
        return when
    return "" if Path(name).suffix else "nieuwste"


def show(cat: Catalogus, regeling: str, address: str | None = None) -> Getoond:
    """A unit of a regeling by citation ("artikel 36a, tweede lid"), address or JCI; without one the whole
    regeling (a partial source is refused for that). A JCI with a date picks the version in force then."""
    spec = version_for_jci(cat, regeling, address)
    return met_leesmeldingen(lambda lm: _show(cat, spec, regeling, address, lm))


def _show(cat: Catalogus, spec: str, regeling: str, address: str | None, lm: Leesmeldingen) -> Getoond:
    from wetgeving.citaten import resolve

    try:
        with lm:  # given again once the unit is known: a notice on another artikel of the source is not for it
            reg = cat.load(spec)
    except UsageError:
        found = artikel_sinds(cat, spec, address) if address else None
        if found is None:
            raise
        return replace(found.met_vraag(spec), jci_op=jci_op(cat, spec, found.regeling, found.adres))
    if address is None:  # an empty ADDRESS ("$VAR" unset) is a citation that names nothing, not the whole law
        reg = whole(reg, regeling)
        changed_since_version(cat, spec, reg, None)
        return replace(Getoond(reg, None, None).met_vraag(spec), jci_op=jci_op(cat, spec, reg, None))
    try:
        adres, unit = resolve(reg, address, namen=cat.citeertitels())
    except AddressError as exc:
        niet_in(cat, spec, reg, address, exc)
    lm.geef(adres.artikel)
    changed_since_version(cat, spec, reg, adres)
    over_aanhef(address, adres, unit)
    return replace(Getoond(reg, adres, unit).met_vraag(spec), jci_op=jci_op(cat, spec, reg, adres))


def over_aanhef(address: str, adres: Adres, unit: Eenheid) -> None:
    """A citation naming the aanhef (the words of a unit before its onderdelen) is shown by its unit, which says so
    (helper-158: «artikel 184, eerste lid, aanhef» gave the whole lid without a word). «aanhef en onder c» names the
    aanhef of the unit above onderdeel c; «onder c, aanhef» that of c itself; a unit without onderdelen has none
    (helper-160: 36a, eerste lid, was said to have one)."""
    import re

    from wetgeving.model import Lid, Onderdeel, children

    m = re.search(r"\baanhef\b", address, re.I)
    if m is None or ":" in address.split()[0]:  # a JCI or an address names no aanhef
        return

    def met_komma(a: Adres) -> str:  # «artikel 36a, eerste lid, heeft …»: the citation closed before the sentence goes on
        return a.citation() + ("," if "," in a.citation() else "")

    ouder = adres.parent
    if re.search(r"\b(?:onder|onderdeel|sub)\b", address[m.end():], re.I) and ouder is not None:
        warnings.warn(Melding(f"de aanhef van {ouder.citation()} (de tekst vóór de onderdelen) staat niet in "
                              f"{adres.citation()}, dat hier getoond wordt; toon {met_komma(ouder)} om beide te zien"),
                      stacklevel=3)
        return
    kinderen = list(children(unit))
    if any(isinstance(k, Onderdeel) for k in kinderen):
        tekst = f"getoond wordt {adres.citation()}, met de onderdelen; de aanhef is de tekst vóór de onderdelen"
    elif any(isinstance(k, Lid) for k in kinderen):
        tekst = f"{met_komma(adres)} bestaat uit leden; een aanhef hoort bij een lid met onderdelen: getoond wordt het geheel"
    else:
        tekst = f"{met_komma(adres)} heeft geen onderdelen, en dus geen aanhef: getoond wordt de hele tekst"
    warnings.warn(Melding(tekst), stacklevel=3)


def niet_in(cat: Catalogus, spec: str, reg: Regeling, address: str, exc: AddressError) -> NoReturn:
    """Raise ``exc`` (``address`` is not in ``reg``, read for ``spec``) with what the sources tell besides: that the
    source holds only some artikelen, that a tranche changed the artikel after this version, or in which version held
    the artikel is found (`show` and `refs` alike; helper-117: `refs gemeentewet@2023-04-01 "artikel 25"` gave only its
    neighbours)."""
    genoemd = _adres_van(address)
    if reg.gedeeltelijk and genoemd is not None:
        in_deel(reg, spec, genoemd)  # «bestaat niet» only for what the source could show
    if genoemd is not None:  # nor for a unit of an artikel the tranches changed after the version used
        changed_since_version(cat, spec, reg, genoemd)
    elders = verdwenen(cat, spec, reg, genoemd) if genoemd is not None else ""
    if elders:
        raise AddressError(f"{exc.message}; {elders}", hint=exc.hint) from None
    raise exc


def verdwenen(cat: Catalogus, spec: str, reg: Regeling, adres: Adres) -> str:
    """Where an artikel missing from the version read is found in the neighbouring versions held (helper-69:
    «artikel 86» of the Gemeentewet on 2023-04-01 was only «bestaat niet», not that it lapsed that day; «artikel 87» on
    2023-03-31 not that it came in on 2023-04-01). What the readers say of those other versions is not said: the user
    did not ask for them (helper-122: the Markdown mirror of 2011 spoke in `show gemeentewet-md@2013-07-01`)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Melding)
        return _verdwenen(cat, spec, reg, adres)


def _verdwenen(cat: Catalogus, spec: str, reg: Regeling, adres: Adres) -> str:
    name = spec.partition("@")[0]
    if adres.artikel is None or reg.geldig_vanaf is None or Path(spec).is_file() or not cat.versions(name):
        return ""
    artikel = Adres.parse(f"artikel:{adres.artikel}")
    if reg.get(artikel) is not None:
        return ""
    bronnen = [b for b in cat.versions(name) if b.geldig_vanaf is not None and not b.partial]
    versies = [b.geldig_vanaf for b in bronnen if b.geldig_vanaf is not None]
    eerder = [d for d in versies if d < reg.geldig_vanaf]
    later = [d for d in versies if d > reg.geldig_vanaf]
    if adres != artikel and not any(cat.load(f"{name}@{d}").get(adres) is not None for d in (*eerder, *later)):
        return ""  # helper-91: «artikel 86, zevende lid» was in no version: not «it disappeared»
    delen = []
    # the nearest version that has it, not only the neighbour (helper-108: `show gemeentewet "artikel 25"`, on
    # 2026-10-01, said nothing, for the version of 2023-04-01 lacks it too; that of 2023-01-01 has it)
    met = [d for d in versies if cat.load(f"{name}@{d}").get(artikel) is not None]
    vorige = next((d for d in reversed(eerder) if d in met), None)
    if vorige is not None:
        zonder = next(d for d in (*versies, reg.geldig_vanaf) if d > vorige and d not in met)
        # helper-158: where the version of ``vorige`` ends the day before ``zonder``, the day is known
        aansluitend = any(b.geldig_vanaf == vorige and b.geldig_tot == zonder - timedelta(days=1) for b in bronnen)
        delen.append(f"de versie van {vorige} heeft {artikel.citation()} nog ({name}@{vorige}); het is dus "
                     + (f"met ingang van {zonder} vervallen of vernummerd" if aansluitend else
                        f"na {vorige} en uiterlijk met ingang van {zonder} vervallen of vernummerd"))
        delen += _volgens_tranches(cat, bronnen[0].regeling, artikel, vorige, zonder)
    volgende = next((d for d in later if d in met), None)
    if volgende is not None:
        delen.append(f"de versie van {volgende} heeft {artikel.citation()} ({name}@{volgende})")
        delen += _volgens_tranches(cat, bronnen[0].regeling, artikel, reg.geldig_vanaf, volgende)
    if eerder and (overgang := _overgang(cat, reg, artikel)):
        delen.append(overgang + (f"; de eerdere tekst staat in {name}@{vorige}" if vorige else ""))
    return "; ".join(delen)


def _volgens_tranches(cat: Catalogus, regeling: str, artikel: Adres, na: date, tot_en_met: date) -> list[str]:
    """What our model of the enacted acts says of a missing artikel's change in that time (helper-171: `show
    gemeentewet@2023-04-01 "artikel 25"` said «vervallen of vernummerd» and offered artikel 23 to 27, while tranche 1,
    onderdeel D, says where the new geheimhouding rules are: artikel 87 to 89)."""
    from wetgeving.app.tranches import tranches
    from wetgeving.tranches.tussen import tussen

    # «betrof»: whether it inserted, replaced or repealed the artikel, the versions show, not the model (helper-174:
    # «wijzigde de artikelen 87, 88 en 89» of a version without them)
    return [f"ons model van de wijzigingen zegt: {c.beschrijving('betrof')}: «{c.onderdeel.samenvatting}»"
            for c in tussen(tranches(cat), regeling, na, tot_en_met) if c.raakt({artikel.artikel or ""})]


def _overgang(cat: Catalogus, reg: Regeling, artikel: Adres) -> str:
    """helper-87: a unit of ``reg`` that keeps the earlier text of the missing ``artikel`` applying (Gemeentewet 292
    on 86 from 2023-04-01: «zoals dat artikel luidde voor inwerkingtreding …»), named with its words; else ""."""
    from wetgeving.graaf.bouw import find_refs
    from wetgeving.verwijzingen.titels import Titelregister

    for r in find_refs(reg, Titelregister.voor(cat)):
        f = r.gevonden
        if f.historisch and f.soort in ("intern", "relatief") and f.adres is not None and f.adres.artikel == artikel.artikel:
            unit = reg.get(r.bron)
            heel = voorgelezen(unit) if unit is not None else ""
            woorden = heel if heel and len(heel) <= 400 else r.tekst
            # «voor zover»: 292 keeps 86 for stukken under geheimhouding before 2023-04-01 only; 155g, zevende lid, is not
            # repaired by it for later ones (helper-188)
            return (f"maar {r.bron.citation()} van deze versie houdt de eerdere tekst van toepassing, voor zover het zegt: "
                    f"«{woorden}»")
    return ""



def _adres_van(address: str) -> Adres | None:
    """The address a citation, address or JCI names (None when it names none)."""
    from wetgeving.citaten import adres_van

    try:
        return adres_van(address)
    except WetgevingError:
        return None


def artikel_sinds(cat: Catalogus, spec: str, address: str) -> Getoond | None:
    """A unit on a date before every version held (``kieswet@2023-06-01``), from the first later version whose
    artikel records that it has read so since a date on or before it (an official BWB toestand gives each artikel
    the date its present text entered into force, ``Artikel.inwerking``): then it read so on the date too, and a
    notice says which version and why. None when no later version shows that."""
    from wetgeving.citaten import resolve

    name, at, when = spec.partition("@")
    if not at or Path(name).suffix:
        return None
    try:
        d = date.fromisoformat(when)
    except ValueError:
        return None
    later = [b for b in cat.versions(name) if b.geldig_vanaf and b.geldig_vanaf > d]
    if not later:
        return None
    first = later[0]
    reg = cat.load(f"{name}@{first.geldig_vanaf}")
    try:
        adres, unit = resolve(reg, address)
    except AddressError as exc:  # not «bestaat niet in the version of a later date» (helper-58): no version on the
        # date; unless the later version's artikel has read so since then (helper-115: «artikel X 9, eerste lid» on
        # 2023-01-01 said the Kieswet had no version while «artikel X 9» was shown; X 9 has no leden since 2023-01-01)
        genoemd = _adres_van(address)
        art = gedateerd(reg, genoemd) if genoemd is not None else None
        if art is not None and art.inwerking is not None and art.inwerking <= d:
            raise AddressError(f"{exc.message}; volgens die versie luidt {art.luidt_sinds}: het bestond dus ook op "
                               f"{d} niet (een versie die op {d} gold, hebben de bronnen niet)", hint=exc.hint) from None
        return None
    art = gedateerd(reg, adres)
    if art is not None and art.inwerking is not None and art.inwerking > d:  # helper-169: Kieswet Pa 25a on 2024-06-01
        # got only «geen versie die toen gold»; the later version says since when it reads so
        raise UsageError(f"de bronnen hebben geen versie van de {reg.citeertitel} die op {d} gold; volgens de versie van "
                         f"{first.geldig_vanaf} luidt {art.luidt_sinds}: hoe het op {d} luidde, en of het toen al bestond, "
                         "tonen de bronnen niet", hint=f"vraag de tekst op vanaf die datum, bijvoorbeeld {name}@{art.inwerking}")
    if art is None or art.inwerking is None:
        return None
    warnings.warn(Melding(
        f"de bronnen hebben geen versie van de {reg.citeertitel} die op {d} gold; volgens de versie van "
        f"{first.geldig_vanaf} luidt {art.luidt_sinds}, dus ook op {d}"), stacklevel=3)
    return Getoond(reg, adres, unit)


def version_for_jci(cat: Catalogus, regeling: str, address: str | None) -> str:
    """A JCI with a date names a version: use it when REGELING names none, refuse it when it names another."""
    if not address or not Jci.is_jci(address) or Path(regeling).is_file():
        return regeling
    jci = Jci.parse(address.strip())
    when = jci.g or jci.z
    if when is None:
        return regeling
    if jci.g and jci.z and jci.z != jci.g:  # helper-191: z= was dropped without a word
        warnings.warn(Melding(f"de JCI noemt als zichtdatum {jci.z} (z=) en als geldigheidsdatum {jci.g} (g=); dit "
                              f"programma leest de tekst die op {jci.g} gold zoals de bronnen die nu kennen, niet zoals die "
                              f"op {jci.z} bekend was (zichtdatums kent het niet)"), stacklevel=2)
    name, at, _ = regeling.partition("@")
    if not at:
        return f"{name}@{when}"
    if cat.pick(regeling).geldig_vanaf != cat.pick(f"{name}@{when}").geldig_vanaf:
        raise UsageError(f"de JCI noemt de versie die op {when} gold, niet {regeling}",
                         hint=f"geef {name}@{when}, of laat de datums (z=, g=) uit de JCI weg")
    return regeling


def convert(cat: Catalogus, source: str) -> tuple[Regeling, bytes]:
    """A whole regeling as our XML (``schemas/regeling.xsd``)."""
    from wetgeving.bronnen import native

    reg = whole(cat.load(source), source)
    try:
        return reg, native.dumps(reg)
    except SchemaError as exc:  # it names the in-memory document; name the input instead
        raise SchemaError(f"is niet om te zetten: {exc.message}", file=source,
                          hint="de invoer heeft een waarde die ons XML niet toestaat; herstel die in de invoer") from None
    except ValueError as exc:  # lxml refuses control characters, e.g. from a YAML "\x01" escape
        raise InputError(f"is niet als XML te schrijven: {exc}", file=source,
                         hint="verwijder stuurtekens uit de nummers, ids en titels") from None


@dataclass(frozen=True, slots=True)
class Bestandscontrole:
    """A file that imported: what it holds."""

    regeling: Regeling | None
    soorten: Counter[str]
    soort: str = "regeling"  # or another of our XML kinds (wijzigingsregeling, tranche, programma, verplichtingen)


def validate_file(path: Path) -> Bestandscontrole:
    """Import a file in any supported format (our XML is checked against its schema) and count its units; another of
    our XML files (an act `instructions` wrote, a tranche) against its own schema (helper-75: «verwacht <regeling>»)."""
    from wetgeving.bronnen.formats import load_file
    from wetgeving.validatie import soort_van

    soort = soort_van(path)
    if soort is not None:
        return Bestandscontrole(None, Counter(), soort)
    reg = load_file(path)
    try:
        kinds = Counter(type(u).__name__ for u in reg.index.values())
    except AddressError as exc:  # e.g. an empty or padded number: name the file, not just the address
        raise InputError(f"een eenheid is niet te adresseren: {exc.message}", file=path) from None
    return Bestandscontrole(reg, kinds)


@dataclass(frozen=True, slots=True)
class Corpuscontrole:
    """The XML files checked against their schemas, and the consistency findings."""

    bestanden: tuple[tuple[Path, str], ...]
    bevindingen: tuple[tuple[bool, str], ...]  # (is an error, the finding)

    @property
    def fouten(self) -> int:
        return sum(1 for fout, _ in self.bevindingen if fout)


def validate_corpus(cat: Catalogus, folder: Path) -> Corpuscontrole:
    """Every XML file against its schema, then the tranches, the programme and the obligations."""
    from wetgeving.compliance.controle import check as check_obligations
    from wetgeving.compliance.verplichtingen import load
    from wetgeving.tranches.controle import check_corpus
    from wetgeving.validatie import validate_xml_files

    if not (folder / "programma.xml").is_file():
        raise InputError("is een map, maar geen corpus (er staat geen programma.xml in)", file=folder,
                         hint="geef een bestand om te controleren, of de map corpus/")
    checked = validate_xml_files(folder) + _andere_bestanden(folder)
    found = [(f.fout, str(f)) for f in check_corpus(cat, folder)]
    if (folder / "verplichtingen.xml").is_file():
        found += [(True, f"fout: {folder / 'verplichtingen.xml'}: {p}")  # the file as named (helper-132)
                  for p in check_obligations(cat, load(folder / "verplichtingen.xml"), folder)]
    return Corpuscontrole(tuple(checked), tuple(found))


def _andere_bestanden(folder: Path) -> list[tuple[Path, str]]:
    """The corpus's files that are not XML, each read as the tool reads it (helper-116: a broken bronnen.toml,
    dekking.toml, gemeenten.csv or wettitels.toml passed `validate corpus`); the first that cannot be read raises."""
    import tomllib

    from wetgeving.bronnen.catalogus import read_catalogue
    from wetgeving.bronnen.secure import toml_fout
    from wetgeving.compliance import gemeenten
    from wetgeving.compliance.dekking import lees_uitleg
    from wetgeving.verwijzingen.titels import Titelregister

    lezers: list[tuple[str, str, Callable[[Path], object], str]] = [
        ("bronnen.toml", "catalogus van de bronnen", read_catalogue, "elke [[bron]] heeft id, kind, file en sha256"),
        ("dekking.toml", "dekkingstoelichting", lees_uitleg, "elke [[uitleg]] heeft regeling, adres, reden en eventueel "
                                                               "versie"),
        ("gemeenten.csv", "tabel van gemeenten", gemeenten.load, ""),
        ("wettitels.toml", "titellijst", Titelregister.load, "elke [[titel]] heeft naam en bwb_id")]
    out = []
    for naam, soort, lees, vorm in lezers:
        path = folder / naam
        if not path.is_file():
            continue
        try:
            lees(path)
        except tomllib.TOMLDecodeError as exc:
            raise toml_fout(exc, path) from None
        except KeyError as exc:  # helper-118: «de titellijst is onleesbaar: 'bwb_id'»
            raise InputError(f"in de {soort} mist een regel de sleutel {exc}", file=path, hint=vorm) from None
        except (TypeError, ValueError, UnicodeDecodeError) as exc:  # a reader's own
            raise InputError(f"de {soort} is onleesbaar: {exc}", file=path, hint=vorm or None) from None
        out.append((path, soort))
    return out


@dataclass(frozen=True, slots=True)
class Bronstand:
    """One catalogued source and where it is: ``pad`` None when it is nowhere; ``gewijzigd`` when its SHA-256
    differs (``toegestaan``: accepted with --allow-modified; else ``weigering`` says why it is refused)."""

    bron: Bron
    pad: Path | None
    gewijzigd: bool = False
    toegestaan: bool = False
    weigering: SourceModifiedError | None = None


def source_states(cat: Catalogus) -> list[Bronstand]:
    """Every source with whether it is available locally and unchanged."""
    out = []
    for b in cat.bronnen:
        try:
            path = cat.find(b)
        except SourceError:
            out.append(Bronstand(b, None))
            continue
        try:
            out.append(Bronstand(b, path, check(b, path) != b.sha256, True))
        except SourceModifiedError as exc:
            out.append(Bronstand(b, path, True, False, exc))
    return out


def sync_sources(cat: Catalogus, only: tuple[str, ...], *, mirror: Path | None, base_url: str | None,
                 report: Callable[[SyncResult], None] | None = None) -> list[SyncResult]:
    """Copy (from ``mirror``) or download (from ``base_url``) the sources into the catalogue's cache,
    verifying checksums."""
    bronnen = [cat.by_id(i) for i in only] if only else list(cat.bronnen)
    if mirror is not None and base_url is None and not mirror.is_dir():  # helper-92: a cache already full hid it
        raise SourceError(f"de map van de bronnen {mirror} bestaat niet (WETGEVING_SOURCES of --from)",
                          hint="geef het pad van een bestaande map met de bronnen, bijvoorbeeld als absoluut pad")
    return sync(bronnen, cat.cache, mirror=mirror, base_url=base_url, report=report)
