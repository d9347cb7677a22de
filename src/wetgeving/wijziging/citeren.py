"""How instructions cite and quote: targets ("artikel 13, eerste lid, onderdeel o"; inside "Artikel 23 wordt als
volgt gewijzigd:" relative, "het vijfde lid (nieuw)", Aanwijzing 6.19), quotations (6.9.2, 6.11.2, 6.12.2:
«…», or ‘…’ when the text holds guillemets), numbers of units ("twee leden") and ranges ("het vierde en
vijfde lid", "de onderdelen c tot en met f")."""

from __future__ import annotations

import itertools

from wetgeving.errors import WetgevingError
from wetgeving.locatie import Adres
from wetgeving.nummers import ordinal
from wetgeving.wijziging.acties import ArtikelenVernummeren, Plaats, Vernummeren

AANTAL = {1: "een", 2: "twee", 3: "drie", 4: "vier", 5: "vijf", 6: "zes", 7: "zeven", 8: "acht", 9: "negen", 10: "tien"}
MEERVOUD = {"artikel": "artikelen", "lid": "leden", "onderdeel": "onderdelen",
            "subonderdeel": "subonderdelen", "hoofdstuk": "hoofdstukken",
            "paragraaf": "paragrafen", "afdeling": "afdelingen", "titel": "titels", "subparagraaf": "subparagrafen",
            "boek": "boeken", "deel": "delen", "bijlage": "bijlagen"}
_STIJLEN = (("«", "»"), ("‘", "’"), ("“", "”"), ('"', '"'))
LEESTEKEN_NAAM = {".": "punt", ";": "puntkomma", ",": "komma", ":": "dubbele punt"}


class SchrijfFout(WetgevingError):
    """A text cannot be quoted so that it reads back the same (it holds every kind of closing mark)."""


def citeerbaar(text: str) -> bool:
    try:
        q(text)
    except SchrijfFout:
        return False
    return True


def _past(text: str, o: str, c: str) -> bool:
    if c in ("»", "”", '"'):
        return c not in text and o not in text
    # ‘…’ closes at a ’ not followed by a letter: an apostrophe inside a word («auto’s») may stay
    return o not in text and not any(ch == c and (i + 1 == len(text) or not text[i + 1].isalnum())
                                     for i, ch in enumerate(text))


def q(text: str, *others: str) -> str:
    """Quote ``text`` (6.9.2) in the first style that neither it nor ``others`` holds, else the first that it
    does not hold."""
    for o, c in _STIJLEN:
        if all(_past(t, o, c) for t in (text, *others)):
            return f"{o}{text}{c}"
    for o, c in _STIJLEN:
        if _past(text, o, c):
            return f"{o}{text}{c}"
    for o, c in _STIJLEN:  # the opening mark may occur inside: only the closing one ends the quotation
        if c not in text or (c == "’" and _past(text.replace(o, ""), o, c)):
            return f"{o}{text}{c}"
    raise SchrijfFout(f"«{text[:40]}» bevat elk soort aanhalingsteken en kan niet worden aangehaald")


def groot(s: str) -> str:
    return s[:1].upper() + s[1:]


def aantal(soort: str, n: int) -> str:
    return f"{AANTAL.get(n, str(n))} {soort if n == 1 else MEERVOUD.get(soort, soort)}"


def nieuwe(ouder: Adres, soort: str, n: int) -> str:
    """'twee onderdelen', or 'twee subonderdelen' for onderdelen inserted in an onderdeel: aanwijzing 6.17, tweede
    lid, names «leden, onderdelen en subonderdelen», as the Gemeentewet cites them («onder a, onder 3°»)."""
    return aantal("subonderdeel" if soort == "onderdeel" and ouder.soort == "onderdeel" else soort, n)


HET_WOORDEN = frozenset({"lid", "onderdeel", "subonderdeel", "artikel", "hoofdstuk", "deel", "boek"})  # de: afdeling …


def een_nieuw(soort: str, bijwoord: str = "nieuw") -> str:
    """«een nieuw hoofdstuk», «een nieuwe afdeling» (helper-161: «een nieuw(e) hoofdstuk»); ``bijwoord`` «ander» gives
    «een ander hoofdstuk», «een andere afdeling»."""
    return f"een {bijwoord}{'' if soort in HET_WOORDEN else 'e'} {soort}"


def leesteken(mark: str, lidw: str) -> str:
    """'de punt', 'een puntkomma', or the quoted mark ('; of')."""
    return f"{lidw} {LEESTEKEN_NAAM[mark]}" if mark in LEESTEKEN_NAAM else q(mark)


def lid_woord(nr: str) -> str | None:
    return ordinal(int(nr)) if nr.isdigit() and 1 <= int(nr) <= 25 else None


def reeks_tekst(soort: str, nrs: list[str], *, lidw: bool = True, noun: bool = True) -> str:
    """'het vierde en vijfde lid', 'vijfde en zesde lid', 'de onderdelen c tot en met f', 'd tot en met g',
    'artikel 2', 'de artikelen 2 en 3', '3 en 4'."""
    if soort == "lid" and all(lid_woord(n) for n in nrs):
        return ("het " if lidw else "") + f"{_join([lid_woord(n) or n for n in nrs], nrs)} lid"
    if soort == "lid":
        return f"lid {nrs[0]}" if len(nrs) == 1 else ("de " if lidw else "") + f"leden {_join(nrs, nrs)}"
    if len(nrs) == 1:
        return f"{soort} {nrs[0]}" if lidw or (noun and soort != "onderdeel") else nrs[0]
    if not lidw:
        return _join(nrs, nrs) if not noun or soort == "onderdeel" else f"{MEERVOUD[soort]} {_join(nrs, nrs)}"
    return f"de {MEERVOUD[soort]} {_join(nrs, nrs)}"


def sub_reeks(nrs: list[str], *, lidw: bool = True) -> str:
    """'de subonderdelen 6° en 7°', 'subonderdeel 4°'; without ``lidw`` only the numbers ('4° en 5°')."""
    woorden = _join([f"{n}°" for n in nrs], nrs)
    if not lidw:
        return woorden
    return f"subonderdeel {woorden}" if len(nrs) == 1 else f"de subonderdelen {woorden}"


def _join(words: list[str], nrs: list[str]) -> str:
    if len(words) == 1:
        return words[0]
    consecutive = len(nrs) > 2 and all(
        (a.isdigit() and b.isdigit() and int(b) == int(a) + 1)
        or (len(a) == 1 and len(b) == 1 and a.isalpha() and ord(b) == ord(a) + 1)
        for a, b in itertools.pairwise(nrs)
    )
    if consecutive:
        return f"{words[0]} tot en met {words[-1]}"
    return ", ".join(words[:-1]) + f" en {words[-1]}"


class Citeer:
    """Citations of targets; inside ``artikel`` ("Artikel 23 wordt als volgt gewijzigd:") relative to it, with
    "(nieuw)" after units this onderdeel renumbered (6.19)."""

    def __init__(self, artikel: Adres | None) -> None:
        self.artikel = artikel
        self.nieuw: set[Adres] = set()

    def vernummerd(self, v: Vernummeren | ArtikelenVernummeren) -> None:
        for _, naar in v.paren:
            self.nieuw.add(v.ouder.child(v.soort, naar) if isinstance(v, Vernummeren) else Adres.of(("artikel", naar)))

    def adres(self, a: Adres, *, komma: bool = False) -> str:
        segs = a.segmenten
        rel = self.artikel is not None and a != self.artikel and a.is_within(self.artikel)
        parts: list[str] = []
        onder = False
        for i, (soort, nr) in enumerate(segs):
            if rel and i == 0:
                continue
            if soort == "lid":
                w = lid_woord(nr)
                text = f"{w} lid" if w else f"lid {nr}"
                if rel and not parts:
                    text = "het " + text
            elif soort == "onderdeel":
                # a subonderdeel «onder 4°» (helper-109: «onderdeel d, onder 4»; Gemeentewet 229, tweede lid,
                # 2026-10-01, cites «onder a, onder 3°»)
                text = f"onder {nr}°" if onder and nr.isdigit() else f"{'onder' if onder else 'onderdeel'} {nr}"
                onder = True
            else:
                text = f"{soort} {nr}"
            if Adres(segs[: i + 1]) in self.nieuw:
                text += " (nieuw)"
            parts.append(text)
        text = ", ".join(parts)
        return text + ("," if komma and len(parts) > 1 else "")

    def plaats(self, p: Plaats, *, komma: bool = False) -> str:
        """'artikel 19, tweede lid, tweede zin', 'het eerste lid, aanhef'; inside «Artikel 81n wordt als volgt
        gewijzigd:» the aanhef of the artikel itself is 'de aanhef' ('In de aanhef wordt …'): the artikel is not
        named again (as in Aanwijzing 6.18.1, voorbeeld A), and what remains of the citation «artikel 81n,
        aanhef» (Aanwijzing 3.29, vierde lid) is the aanhef."""
        zin = [("laatste zin" if p.zin < 0 else f"{ordinal(p.zin)} zin")] if p.zin is not None else []
        if p.aanhef and p.adres == self.artikel:
            return ", ".join(["de aanhef", *zin]) + ("," if komma and zin else "")
        if zin and p.adres == self.artikel:  # «In de tweede zin wordt …», not «In artikel 154e, tweede zin» again (helper-130)
            return f"de {zin[0]}"
        text = self.adres(p.adres)
        extra = [*(["aanhef"] if p.aanhef else []), *zin]
        if extra:
            text += ", " + ", ".join(extra)
        return text + ("," if komma and "," in text else "")
