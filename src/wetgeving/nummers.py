"""Natural ordering of article, lid and onderdeel numbers.

Also :func:`telling`, a count with its noun in the right number ("1 bestand", "3 bestanden").

Numbers are strings in Dutch law: ``3``, ``3a``, ``10``, ``36a``, ``81p``, ``P 19``, ``X 6``, ``1.1.2``.
:func:`sort_key` orders them as a reader expects and is a total order over all strings.

Examples:
    >>> sorted(["10", "3a", "36a", "3", "P 19", "X 6", "P 2"], key=sort_key)
    ['3', '3a', '10', '36a', 'P 2', 'P 19', 'X 6']
"""

from __future__ import annotations

import re
import string
from collections.abc import Sequence

_TOKEN = re.compile(r"[0-9]+|[^\W\d_]+")

Key = tuple[tuple[tuple[int, int, str], ...], str]
NA_ALLE_ARTIKELEN: Key = (((2, 0, ""),), "")
"""A key after that of every number (:func:`sort_key` gives digits 0 and letters 1): the place of what has no number."""


LETTERREEKS = (*string.ascii_lowercase, *(c + c for c in string.ascii_lowercase))
"""The lettering of onderdelen: a … z, then aa, bb, … (Participatiewet 31, tweede lid: «z.», «aa.»)."""


def sort_key(nr: str) -> Key:
    """Return a key that sorts numbers naturally; ties are broken by the string itself."""
    tokens: list[tuple[int, int, str]] = []
    for tok in _TOKEN.findall(nr):
        if tok[0] in "0123456789":
            tokens.append((0, int(tok), ""))
        else:
            tokens.append((1, 0, tok.casefold()))
    # A leading letter group ("P 19") sorts after purely numeric numbers.
    return (tuple(tokens), nr)


_ORDINALS = [
    "eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende", "tiende",
    "elfde", "twaalfde", "dertiende", "veertiende", "vijftiende", "zestiende", "zeventiende",
    "achttiende", "negentiende", "twintigste", "eenentwintigste", "tweeëntwintigste",
    "drieëntwintigste", "vierentwintigste", "vijfentwintigste",
]


def ordinal(n: int) -> str:
    """Dutch ordinal word for 1..25 (``2`` → ``tweede``), the digits otherwise.

    Examples:
        >>> ordinal(3)
        'derde'
    """
    return _ORDINALS[n - 1] if 1 <= n <= len(_ORDINALS) else f"{n}e"


def from_ordinal(word: str) -> int | None:
    """Inverse of :func:`ordinal` (``'tweede'`` → 2); None for an unknown word."""
    w = word.casefold().replace("ë", "e")
    for i, known in enumerate(_ORDINALS, start=1):
        if known.replace("ë", "e") == w:
            return i
    return None


_ONDERDEEL_LABEL = re.compile(r"^\s*\(?([0-9]+(?:[a-df-z][a-z]*)?|[a-zA-Z]{1,4})\s*(?:°|e|ᵉ)?\s*[.)]?\s*$")


def normalize_onderdeel(label: str) -> str:
    """The identifying part of an onderdeel label: ``'a.'`` → ``'a'``, ``'1°.'`` → ``'1'``, ``'2e.'`` → ``'2'``.

    Examples:
        >>> [normalize_onderdeel(x) for x in ["a.", "1°.", "2e.", "ii.", "aa", "3)"]]
        ['a', '1', '2', 'ii', 'aa', '3']
    """
    m = _ONDERDEEL_LABEL.match(label)
    return m.group(1) if m else ""


def telling(n: int, een: str, meer: str) -> str:
    """A count as a reader says it: ``telling(1, "bestand", "bestanden")`` is "1 bestand", with 3 "3 bestanden"
    (never "1 bestanden").

    >>> telling(1, "verwijzing", "verwijzingen"), telling(0, "verwijzing", "verwijzingen")
    ('1 verwijzing', '0 verwijzingen')
    """
    return f"{n} {een if n == 1 else meer}"


def opsomming(delen: list[str]) -> str:
    """Dutch enumeration: «a», «a en b», «a, b en c».

    >>> opsomming(["25", "55", "86"])
    '25, 55 en 86'
    """
    return ", ".join(delen[:-1]) + " en " + delen[-1] if len(delen) > 1 else "".join(delen)


def artikelen_tekst(nrs: Sequence[str]) -> str:
    """«artikel 19», «de artikelen 25, 55 en 86»: artikel numbers as a sentence names them.

    >>> artikelen_tekst(["19"]), artikelen_tekst(["25", "55", "86"])
    ('artikel 19', 'de artikelen 25, 55 en 86')
    """
    return f"artikel {nrs[0]}" if len(nrs) == 1 else f"de artikelen {opsomming(list(nrs))}"


def kamerstuk(nr: str) -> str:
    """'Kamerstuk 36 892': a dossier number as the Kamer prints it (a space after the thousands); '' for none.

    >>> kamerstuk("35546"), kamerstuk("35300-VII"), kamerstuk("")
    ('Kamerstuk 35 546', 'Kamerstuk 35300-VII', '')
    """
    if not nr:
        return ""
    return f"Kamerstuk {nr[:2]} {nr[2:]}" if len(nr) == 5 and nr.isdigit() else f"Kamerstuk {nr}"


def hoofdletters() -> list[str]:
    """The letters of the onderdelen of an amending artikel in order: A … Z, then AA, AB … ZZ (aanwijzing 6.15, tweede
    lid, prescribes capitals; the order is custom)."""
    een = [chr(c) for c in range(ord("A"), ord("Z") + 1)]
    return een + [x + y for x in een for y in een]


MAANDEN = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december")
"""The Dutch month names, lower case (a date in words: «1 april 2023»)."""


_ISO_DAG = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:\d{2})?)?")


def iso_geschreven(value: str, *, tijd: bool = False) -> bool:
    """Whether ``value`` is written as JJJJ-MM-DD (with ``tijd``, optionally a time after «T» or a space), the one form
    the help names; Python also reads «2023-W13-6» and «20230401», which were echoed back as asked (helper-159).

    >>> iso_geschreven("2023-04-01"), iso_geschreven("20230401"), iso_geschreven("2023-W13-6")
    (True, False, False)
    >>> iso_geschreven("2023-04-01T10:00+02:00", tijd=True), iso_geschreven("2023-04-01T10:00", tijd=False)
    (True, False)
    """
    return (_ISO_MOMENT if tijd else _ISO_DAG).fullmatch(value.strip()) is not None


def bedoelde_datum(value: str) -> str:
    """The date «15-4-2023», «2023-4-1» or «20230415» means, as JJJJ-MM-DD («2023-04-15»); "" when it means none.

    >>> bedoelde_datum("15-4-2023"), bedoelde_datum("20230401"), bedoelde_datum("2023-W13-6")
    ('2023-04-15', '2023-04-01', '')
    """
    from datetime import date

    v = value.strip()
    d = None
    if (m := re.fullmatch(r"(\d{1,2})-(\d{1,2})-(\d{4})", v)) is not None:
        d = (int(m[3]), int(m[2]), int(m[1]))
    elif (n := re.fullmatch(r"(\d{4})-?(\d{1,2})-?(\d{1,2})", v)) is not None and (len(v) == 8 or "-" in v):
        d = (int(n[1]), int(n[2]), int(n[3]))
    try:
        return date(*d).isoformat() if d else ""
    except ValueError:
        return ""


def dag_bestaat_niet(value: str) -> str | None:
    """Why a date written as JJJJ-MM-DD (a time may follow after «T») does not exist: «februari 2023 heeft 28 dagen»
    for 2023-02-30, «er is geen jaar 0 …» for 0000-01-01; None when it exists or is not written so (helper-54,
    helper-146: the hint told the user to write JJJJ-MM-DD, which they had)."""
    import calendar

    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:T.*)?", value)
    if m is None:
        return None
    jaar, maand, dag = int(m[1]), int(m[2]), int(m[3])
    if jaar == 0:
        return "er is geen jaar 0 (de jaartelling begint bij 1)"
    if not 1 <= maand <= 12:
        return f"er is geen maand {maand}"
    dagen = calendar.monthrange(jaar, maand)[1]
    return f"{MAANDEN[maand - 1]} {jaar} heeft {dagen} dagen" if not 1 <= dag <= dagen else None


def kort(label: str, n: int = 80) -> str:
    """A label of at most about ``n`` characters, cut after a whole word with «…» (helper-144, helper-147: «een
    risicoanalyse b», «van een weth…»)."""
    if len(label) <= n:
        return label
    return label[:n].rsplit(" ", 1)[0].rstrip(" ,;:(") + " …"
