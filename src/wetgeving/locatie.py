"""Addresses: the one identity of a unit inside a regeling.

An :class:`Adres` is a path of (soort, nr) segments written ``artikel:36a/lid:2/onderdeel:b``.
Artikelen are addressed from the root (their numbers are unique within a regeling); structural
containers carry their full path (``hoofdstuk:P/paragraaf:3``). The same address maps to and from
Juriconnect 1.3 (``jci1.3:c:BWBR0005416&artikel=36a&lid=2&o=b&z=2023-04-01&g=2023-04-01``), and
:mod:`wetgeving.citaten` turns the human Dutch form ("artikel 36a, tweede lid, onder b") into it.

Grammar (each component a documented regex):

* ``adres   := segment ("/" segment)*``
* ``segment := SOORT ":" NR``
* ``SOORT   := boek|deel|titel|hoofdstuk|afdeling|paragraaf|subparagraaf|bijlage|artikel|lid|onderdeel``
* ``NR      := [^/:%]+`` with ``%``, ``/`` and ``:`` percent-encoded, no leading/trailing space.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from urllib.parse import quote, unquote

from wetgeving.errors import AddressError

SOORTEN = (
    "boek", "deel", "titel", "hoofdstuk", "afdeling", "paragraaf", "subparagraaf", "bijlage",
    "artikel", "lid", "onderdeel",
)
_SEGMENT = re.compile(r"^(?P<soort>[a-z]+):(?P<nr>[^/:]+)$")
_NR_OK = re.compile(r"^[^\s/:](?:[^/:]*[^\s/:])?$")


MAX_SEGMENTEN = 32
"""The deepest address accepted. Real ones have at most about ten segments (boek/titel/hoofdstuk/afdeling/
paragraaf/subparagraaf, artikel, lid, three levels of onderdeel); a limit keeps hostile input linear."""
_VALID: set[tuple[str, str]] = set()  # segments validated once; bounded below


def _validate(seg: tuple[str, str]) -> None:
    soort, nr = seg
    if soort not in SOORTEN:
        raise AddressError(f"onbekende soort eenheid {soort!r} in een adres; bekend: {', '.join(SOORTEN)}")
    if not nr or nr != nr.strip():
        raise AddressError(f"leeg nummer of nummer met spaties {nr!r} voor {soort} in een adres")
    if len(_VALID) > 100_000:
        _VALID.clear()
    _VALID.add(seg)


def _too_deep(n: int) -> AddressError:
    return AddressError(f"een adres van {n} delen is dieper dan de grens van {MAX_SEGMENTEN}",
                        hint="een echt adres heeft hoogstens een tiental delen, zoals artikel:36a/lid:2/onderdeel:b")


def _enc(nr: str) -> str:
    return nr.replace("%", "%25").replace("/", "%2F").replace(":", "%3A")


def _dec(nr: str) -> str:
    return nr.replace("%2F", "/").replace("%3A", ":").replace("%25", "%")


@dataclass(frozen=True, slots=True, order=True)
class Adres:
    """A path-based address; ``Adres.parse(str(a)) == a`` for every address.

    Examples:
        >>> a = Adres.parse("artikel:36a/lid:2/onderdeel:b")
        >>> a.artikel, a.soort, a.nr
        ('36a', 'onderdeel', 'b')
        >>> str(a.parent)
        'artikel:36a/lid:2'
    """

    segmenten: tuple[tuple[str, str], ...]

    def __post_init__(self) -> None:
        if not self.segmenten:
            raise AddressError("een adres heeft minstens één deel")
        if len(self.segmenten) > MAX_SEGMENTEN:
            raise _too_deep(len(self.segmenten))
        for seg in self.segmenten:
            if seg not in _VALID:
                _validate(seg)

    @classmethod
    def _trusted(cls, segmenten: tuple[tuple[str, str], ...]) -> Adres:
        """An address made from the segments of a valid one: no second validation (``parent``, ``child``)."""
        obj = object.__new__(cls)
        object.__setattr__(obj, "segmenten", segmenten)
        return obj

    @classmethod
    def verlengd(cls, segmenten: tuple[tuple[str, str], ...]) -> Adres:
        """``Adres(segmenten)`` when all but the last segment were validated already (a walk down the tree):
        the same errors, without the dataclass machinery per address."""
        if len(segmenten) > MAX_SEGMENTEN:
            raise _too_deep(len(segmenten))
        if not segmenten:
            raise AddressError("een adres heeft minstens één deel")
        if segmenten[-1] not in _VALID:
            _validate(segmenten[-1])
        return cls._trusted(segmenten)

    @classmethod
    def parse(cls, text: str) -> Adres:
        """Parse ``artikel:36a/lid:2``; raise :class:`AddressError` with the bad part named."""
        if text.count("/") >= MAX_SEGMENTEN:
            raise _too_deep(text.count("/") + 1)
        segs: list[tuple[str, str]] = []
        for part in text.strip().split("/"):
            m = _SEGMENT.match(part)
            if not m:
                raise AddressError(f"adresdeel {part!r} in {text!r} is onleesbaar")
            segs.append((m["soort"], _dec(m["nr"])))
        return cls(tuple(segs))

    @classmethod
    def of(cls, *pairs: tuple[str, str]) -> Adres:
        return cls(tuple(pairs))

    def __str__(self) -> str:
        return "/".join(f"{s}:{_enc(n)}" for s, n in self.segmenten)

    def child(self, soort: str, nr: str) -> Adres:
        if len(self.segmenten) >= MAX_SEGMENTEN:
            raise _too_deep(len(self.segmenten) + 1)
        if (soort, nr) not in _VALID:
            _validate((soort, nr))
        return Adres._trusted(self.segmenten + ((soort, nr),))

    @property
    def parent(self) -> Adres | None:
        return Adres._trusted(self.segmenten[:-1]) if len(self.segmenten) > 1 else None

    @property
    def soort(self) -> str:
        return self.segmenten[-1][0]

    @property
    def nr(self) -> str:
        return self.segmenten[-1][1]

    @property
    def artikel(self) -> str | None:
        for soort, nr in self.segmenten:
            if soort == "artikel":
                return nr
        return None

    def is_within(self, other: Adres) -> bool:
        """True when this address is ``other`` or lies inside it."""
        n = len(other.segmenten)
        return self.segmenten[:n] == other.segmenten

    def onderwerp(self) -> str:
        """The citation as the subject of a sentence, its parts between commas: «artikel 23, vijfde lid, is …»,
        «artikel 58 is …»."""
        c = self.citation()
        return f"{c}," if "," in c else c

    def citation(self, citeertitel: str = "") -> str:
        """The Dutch citation form: ``artikel 36a, tweede lid, onder b`` (+ citeertitel)."""
        from wetgeving.nummers import ordinal

        parts: list[str] = []
        for soort, nr in self.segmenten:
            if soort == "lid" and nr.isdigit():
                parts.append(f"{ordinal(int(nr))} lid")
            elif soort == "lid":
                parts.append(f"lid {nr}")
            elif soort == "onderdeel" and parts and parts[-1].startswith("onder ") and nr.isdigit():
                # a subonderdeel: «onder a, onder 3°», as the Gemeentewet cites one (2026-10-01, artikel 229, tweede lid: «artikel
                # 2.16, eerste lid, onder a, onder 3°, van de Omgevingswet»); it was «onder d, 4»
                parts.append(f"onder {nr}°")
            elif soort == "onderdeel":
                parts.append(f"onder {nr}")
            else:
                parts.append(f"{soort} {nr}")
        text = ", ".join(parts)
        if not citeertitel:
            return text
        return f"{text}, {citeertitel}" if len(parts) > 1 else f"{text} {citeertitel}"


# --- Juriconnect 1.3 -------------------------------------------------------------------------------

_JCI = re.compile(r"^(?:jci)?(?P<versie>1\.[0-3]):(?P<soort>[cv]):(?P<bwb>BWB[RV]\d{7})(?P<rest>(?:&[^&]*)*)$")
# JCI 1.3 names an onderdeel «o» and a Titel «titeldeel», as the official BWB markup does («jci1.3:c:BWBR0005290&amp;
# titeldeel=10», Participatiewet 78d; helper-213: we wrote «titel=» and refused the official key)
_JCI_KEYS = {"o": "onderdeel", "titeldeel": "titel"}
_JCI_BACK = {"onderdeel": "o", "titel": "titeldeel"}


@dataclass(frozen=True, slots=True)
class Jci:
    """A parsed Juriconnect identifier: regeling, optional address, optional dates z (zichtdatum) and g."""

    bwb_id: str
    adres: Adres | None = None
    z: date | None = None
    g: date | None = None

    def __str__(self) -> str:
        parts = [f"jci1.3:c:{self.bwb_id}"]
        if self.adres is not None:
            for soort, nr in self.adres.segmenten:
                key = _JCI_BACK.get(soort, soort)
                parts.append(f"{key}={quote(nr.replace(' ', '_'), safe='_.-°:')}")
        if self.z:
            parts.append(f"z={self.z.isoformat()}")
        if self.g:
            parts.append(f"g={self.g.isoformat()}")
        return "&".join(parts)

    @staticmethod
    def is_jci(text: str) -> bool:
        """Whether ``text`` is written as a JCI (``jci1.3:c:…``, or without its ``jci`` prefix: ``1.3:c:…``)."""
        return text.strip().startswith(("jci", "1.0:", "1.3:"))

    @classmethod
    def parse(cls, text: str) -> Jci:
        """Parse a JCI 1.0–1.3 string; structural parts before the artikel are dropped.

        Examples:
            >>> j = Jci.parse("jci1.3:c:BWBR0004627&hoofdstuk=P&paragraaf=3&artikel=P_19&lid=2&z=2025-08-01&g=2025-08-01")
            >>> str(j.adres), j.g.isoformat()
            ('artikel:P 19/lid:2', '2025-08-01')
        """
        m = _JCI.match(text.strip())
        if not m:
            raise AddressError(f"geen Juriconnect-verwijzing: {text!r}",
                               hint="schrijf die als jci1.3:c:BWBR0005416&artikel=36a&lid=2")
        segs: list[tuple[str, str]] = []
        z = g = None
        keys: set[str] = set()
        for item in m["rest"].split("&")[1:]:
            key, sep, value = item.partition("=")
            if not sep:
                raise AddressError(f"JCI-deel {item!r} heeft geen '=' in {text!r}")
            if key in keys:  # 'o' (and 'lid' in nested units) may repeat; the artikel and dates may not
                raise AddressError(f"JCI-sleutel {key!r} komt twee keer voor in {text!r}",
                                   hint="noem het artikel en de datums één keer")
            if key in ("artikel", "z", "g"):
                keys.add(key)
            value = unquote(value).replace("_", " ")
            if key in ("z", "g"):
                try:
                    d = date.fromisoformat(value)
                except ValueError:
                    raise AddressError(f"JCI-datum {value!r} is geen JJJJ-MM-DD in {text!r}") from None
                z, g = (d, g) if key == "z" else (z, d)
                continue
            soort = _JCI_KEYS.get(key, key)
            if soort not in SOORTEN:
                raise AddressError(f"onbekende JCI-sleutel {key!r} in {text!r}")
            if soort == "artikel":
                segs = []
            segs.append((soort, value.strip()))
        return cls(m["bwb"], Adres(tuple(segs)) if segs else None, z, g)


def to_jci(bwb_id: str, adres: Adres | None, geldig: date | None = None) -> str:
    """Address → JCI 1.3 string, with z and g set to ``geldig`` when given.

    Examples:
        >>> to_jci("BWBR0005416", Adres.parse("artikel:36a/lid:2"), date(2023, 4, 1))
        'jci1.3:c:BWBR0005416&artikel=36a&lid=2&z=2023-04-01&g=2023-04-01'
    """
    return str(Jci(bwb_id, adres, geldig, geldig))
