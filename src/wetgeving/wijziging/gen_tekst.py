"""Text changes inside one unit as typed actions, written as a wetgevingsjurist writes them:

* whole words and phrases that read on their own (Aanwijzing 6.10): a phrase never begins or ends inside
  a word, never at a bare function word or comma, an ordinal keeps its noun and the noun its ordinal
  («vierde lid», not «vierde» or «lid»),
  a number keeps the noun before it («artikel 25»), a name is replaced whole («Ministerie van Algemene
  Zaken»);
* what is only added is inserted (6.11: "na «X» wordt ingevoegd «Y»", or "Aan X wordt toegevoegd «Y»" at
  the end), what is only dropped vervalt (6.12), the rest is replaced (6.9);
* each phrase occurs once in the unit, or, when the same words change the same way wherever they stand,
  they are replaced «telkens» (6.10: not «bestuur.» made unique by its full stop).

Every action is checked by carrying it out (:func:`wetgeving.wijziging.uitvoeren.voer_uit`) on the unit
as it then reads: it must give exactly the intended text, or the next way of writing it is tried; when
none works the caller lets the unit "komt te luiden".
"""

from __future__ import annotations

import dataclasses
import functools
import re
from datetime import date

from wetgeving.diff.align import own_text, similarity
from wetgeving.diff.woorden import redline, tokenize
from wetgeving.errors import WetgevingError
from wetgeving.locatie import Adres
from wetgeving.model import Alinea, Artikel, Eenheid, Lid, Onderdeel, Regeling, Structuur
from wetgeving.nummers import from_ordinal
from wetgeving.wijziging.acties import (
    LEESTEKENS,
    Actie,
    LeestekenVervangen,
    Plaats,
    Schrappen,
    TekstInvoegen,
    TekstToevoegen,
    Vervangen,
    ZinVervalt,
)
from wetgeving.wijziging.bewerken import relabel, sentences
from wetgeving.wijziging.citeren import citeerbaar
from wetgeving.wijziging.uitvoeren import voer_uit

HEAVY = 0.5  # own text less similar than this: the unit (or its aanhef) "komt te luiden"
MAX_AANDEEL = 0.7  # quoted words above this share of the old and new text: the unit "komt te luiden"
MERGE_WORDS = 3  # edits separated by at most this many unchanged words become one phrase (6.10; helper-121: with
# 2, «het in de basisregistratie laatst vermelde adres» was two replacements, «voorzover … niet» two edits)
MAX_STAPPEN = 80  # widening steps before a phrase is given up
FUNCTIEWOORDEN = frozenset({
    "de", "het", "een", "van", "en", "of", "in", "op", "te", "aan", "door", "voor", "met", "bij", "tot", "om", "als",
    "die", "dat", "dan", "wel", "is", "zijn", "wordt", "worden", "dit", "deze", "ter", "ten", "der", "den", "hij",
    "zij", "uit", "naar", "onder", "over", "na", "zo", "nog", "ook", "al",
})
NA_TELWOORD = frozenset({"lid", "leden", "zin", "volzin", "onderdeel", "onderdelen"})
VOOR_NUMMER = frozenset({"artikel", "artikelen", "lid", "leden", "onderdeel", "onderdelen", "hoofdstuk", "paragraaf",
                         "afdeling", "titel", "bijlage"})
VOOR_LETTER = frozenset({"onderdeel", "onderdelen", "onder", "sub", "subonderdeel"})  # «onderdeel f», not «f»
# 6.10: a number and the measure it counts are one begripseenheid («twintig procent», «14 dagen»): a phrase neither
# ends at the number nor begins at the measure (helper-161: «In het eerste lid wordt «twintig» vervangen door
# «vijfentwintig».», Gemeentewet 36, eerste lid)
MAATWOORDEN = frozenset({"procent", "percent", "dag", "dagen", "werkdag", "werkdagen", "week", "weken", "maand", "maanden",
                         "jaar", "jaren", "kalenderjaar", "kalenderjaren", "uur", "uren", "minuten", "euro", "leden",
                         "raadsleden", "zetels", "stemmen", "personen", "inwoners"})
# a cardinal in words is a run of these parts («honderdtwintig», «tienduizend», «vijfentwintig»; helper-165)
_TELWOORD = re.compile(r"\d+(?:[.,]\d+)*|(?:één|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|"
                       r"veertien|vijftien|zestien|zeventien|achttien|negentien|twintig|dertig|veertig|vijftig|zestig|"
                       r"zeventig|tachtig|negentig|honderd|duizend|miljoen|[eë]n)+", re.I)
_GETAL = re.compile(r"\d+(?:[.,]\d+)+")  # «12,5», «1.250»: one number, never cut at its comma or point


def _telwoord(w: str) -> bool:
    """A cardinal number, in digits or in words («14», «12,5», «twintig», «vijfentwintig», «tweehonderd»)."""
    return _TELWOORD.fullmatch(w) is not None and w.casefold() not in ("en", "ën")


def _in_getal(text: str, p: int) -> bool:
    """Does position ``p`` fall inside a number written with a comma or point («12|,5», «12,|5»)? (helper-165:
    «12,5 procent» → «15,5 procent» gave «wordt «12,» vervangen door «15,»».)"""
    lo = max(0, p - 40)
    return any(m.start() < p < m.end() for m in _GETAL.finditer(text, lo, min(len(text), p + 40)))


def _valuta_voor(text: str, a: int) -> bool:
    """Is the number at ``a`` an amount, after «€» or «EUR» (Kieswet H 14: «een waarborgsom van € 225»)?"""
    return text[:a].rstrip().endswith(("€", "EUR"))
# 6.10: a compound preposition or conjunction is one begripseenheid: a phrase neither begins nor ends inside it,
# and may begin with it («met uitzondering van de in artikel 25, tweede lid, bedoelde stukken», Kamerstuk
# 35 546, nr. 2, Artikel I, onderdeel B), though its first word is a function word
VASTE_VERBINDINGEN = ("met uitzondering van", "met inachtneming van", "met betrekking tot", "met dien verstande",
                      "ten aanzien van", "ten behoeve van", "ten laste van", "ten bedrage van", "ten gevolge van", "op grond van",
                      "in afwijking van", "in plaats van", "in overeenstemming met", "ter uitvoering van",
                      "naar aanleiding van", "voor zover", "in het kader van",
                      # «in de gevallen waarin een verplichting tot geheimhouding geldt» (Kamerstuk 35 546, nr. 2, C)
                      "in de gevallen waarin", "in het geval dat",
                      # «82, derde lid, en 86, eerste lid, zijn van overeenkomstige toepassing» (Gemeentewet 155a)
                      "van overeenkomstige toepassing", "van toepassing",
                      # «of uit anderen hoofde aan het bestuur» (Gemeentewet 81n, onder b; helper-81)
                      "uit anderen hoofde", "uit hoofde van")
_VAST = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(v) for v in VASTE_VERBINDINGEN) + r")(?!\w)", re.IGNORECASE)
_TOT = re.compile(r"(?:\b\w+|\d[a-z]*)\s+(?:tot(?: en met)?|en|of)\s+$", re.IGNORECASE)
_TOT_NA = re.compile(r"\s+(?:tot(?: en met)?|en|of)\s+([\w]+)", re.IGNORECASE)
SLOT = re.compile(r"^(?:[.;:,]|; en|; of|, en|, of)?$")


def tekst_acties(old: Eenheid, new: Eenheid, adres: Adres) -> list[Actie] | None:
    """Actions that turn the own text of ``old`` into that of ``new`` (children untouched), or None."""
    olds = [k.tekst for k in old.inhoud if isinstance(k, Alinea)]
    news = [k.tekst for k in new.inhoud if isinstance(k, Alinea)]
    if len(olds) != len(news) or similarity(own_text(old), own_text(new)) < HEAVY:
        return None
    mini = _mini(adres, old)
    out: list[Actie] = []
    for i, (o, n) in enumerate(zip(olds, news, strict=True)):
        if o == n:
            continue
        found = _alinea(mini, adres, i, o, n)
        if found is None:
            return None
        acties, mini = found
        if _gewicht(acties) > MAX_AANDEEL * (len(o) + len(n)):
            return None  # the quoted words would be most of the text: the unit reads better rewritten whole
        out += acties
    return out


def _gewicht(acties: list[Actie]) -> int:
    return sum(len(getattr(a, "oud", "")) + len(getattr(a, "nieuw", "")) + len(getattr(a, "anker", "")) for a in acties)


def _mini(adres: Adres, unit: Eenheid) -> Regeling:
    """A regeling holding only ``unit`` at its address (to carry out and check actions on it); a unit that
    was renumbered before these actions carries its new number."""
    node: Eenheid = unit
    if isinstance(unit, Onderdeel) and unit.nr != adres.nr:
        node = dataclasses.replace(unit, nr=adres.nr, label=relabel(unit.label, unit.nr, adres.nr))
    elif unit.nr != adres.nr:
        node = dataclasses.replace(unit, nr=adres.nr)
    for soort, nr in reversed(adres.segmenten[:-1]):
        node = Artikel(nr, (node,)) if soort == "artikel" else _wrap(soort, nr, node)  # type: ignore[arg-type]
    return Regeling("", "", date.min, (node,))  # type: ignore[arg-type]


def _wrap(soort: str, nr: str, kind: Eenheid) -> Eenheid:
    if soort == "lid":
        return Lid(nr, (kind,))  # type: ignore[arg-type]
    if soort == "onderdeel":
        return Onderdeel(nr, f"{nr}.", (kind,))  # type: ignore[arg-type]
    return Structuur(soort, nr, (kind,))  # type: ignore[arg-type]


def _tekst(reg: Regeling, adres: Adres, i: int) -> str:
    unit = reg.get(adres)
    own = [k.tekst for k in unit.inhoud if isinstance(k, Alinea)] if unit is not None else []
    return own[i] if i < len(own) else ""


def _alinea(mini: Regeling, adres: Adres, i: int, old: str, new: str) -> tuple[list[Actie], Regeling] | None:
    runs = runs_of(old, new)
    telkens = _telkens(mini, adres, i, old, new, runs)
    if telkens is not None:
        return telkens
    out: list[Actie] = []
    current = old
    done = 0
    k = 0
    while k < len(runs):
        os_, oe, ns, ne = runs[k]
        shift = len(current) - len(old)
        s, e, rep = os_ + shift, oe + shift, new[ns:ne]
        if s < done:
            return None
        target = current[:s] + rep + current[e:]
        scope = _scope(mini, adres, i)
        for actie, end in _kandidaten(current, s, e, rep, scope, _plaats(mini, adres, i), old):
            if k + 1 < len(runs) and end > runs[k + 1][0] + shift:
                continue  # the phrase reaches into the next change: tried again as one change below
            try:
                trial = voer_uit(mini, actie)
            except WetgevingError:
                continue
            if _tekst(trial, adres, i) == target:
                actie, trial = _in_zin(mini, adres, i, s, actie, trial, target)
                out.append(actie)
                mini, current, done = trial, target, s + len(rep)
                break
        else:
            if k + 1 < len(runs):  # merge with the next change and try again
                runs[k:k + 2] = [(os_, runs[k + 1][1], ns, runs[k + 1][3])]
                continue
            return None
        k += 1
    return (out, mini) if current == new else None


def _telkens(mini: Regeling, adres: Adres, i: int, old: str, new: str,
             runs: list[tuple[int, int, int, int]]) -> tuple[list[Actie], Regeling] | None:
    """Aanwijzing 6.10: the same words changed the same way wherever they stand in the unit — «In het eerste lid
    wordt «bestuur» telkens vervangen door «beleid».», not «bestuur.» made unique by the full stop after it."""
    if len(runs) < 2:
        return None
    os_, oe, ns, ne = runs[0]
    found = breid_uit(old, os_, oe, new[ns:ne], [], uniek=False)
    if found is None or not found[2]:
        return None
    for a, b, nieuw in _zonder_samenstelling(old, *found):
        if not (citeerbaar(old[a:b]) and citeerbaar(nieuw)):
            continue
        actie = Vervangen(_plaats(mini, adres, i), old[a:b], nieuw, telkens=True)
        try:
            trial = voer_uit(mini, actie)
        except WetgevingError:
            continue
        if _tekst(trial, adres, i) == new and _scope(trial, adres, i) == _scope(mini, adres, i):
            return [actie], trial
    return None


def _in_zin(mini: Regeling, adres: Adres, i: int, s: int, actie: Actie, trial: Regeling,
            target: str) -> tuple[Actie, Regeling]:
    """The change cited with the sentence it is made in, where the unit's text has more than one («In artikel 19,
    tweede lid, tweede zin, wordt … vervangen door …», Kamerstuk 35 546, nr. 2, Artikel I, onderdeel B), for a reader
    to find the words; kept only when it gives the same text (the applier counts sentences as :func:`sentences` does).
    Not in an aanhef or a unit with onderdelen, and not for a change «telkens» or a sentence added at the end."""
    if not isinstance(actie, (Vervangen, Schrappen, TekstInvoegen)) or actie.plaats.aanhef or actie.plaats.zin:
        return actie, trial
    if isinstance(actie, Vervangen) and actie.telkens:
        return actie, trial
    unit = mini.get(adres)
    if unit is None or any(not isinstance(k, Alinea) for k in unit.inhoud):
        return actie, trial
    own = [k.tekst for k in unit.inhoud if isinstance(k, Alinea)]
    zinnen = sentences(" ".join(own))
    if len(zinnen) < 2:
        return actie, trial
    pos = sum(len(t) + 1 for t in own[:i]) + s
    k = next((n for n, (a, b) in enumerate(zinnen, start=1) if a <= pos < b or pos == b), None)
    if k is None:
        return actie, trial
    if isinstance(actie, Schrappen):  # a whole sentence dropped: «In het eerste lid vervalt de tweede zin.» (6.12;
        # helper-130: «vervalt «. De burgemeester bepaalt … bepaald»», a quote opening with a full stop)
        for n in range(1, len(zinnen) + 1):
            heel: Actie = ZinVervalt(actie.plaats.adres, n)
            try:
                na = voer_uit(mini, heel)
            except WetgevingError:
                continue
            if _tekst(na, adres, i) == target and _scope(na, adres, i) == _scope(mini, adres, i):  # nothing else
                return heel, na
    met = dataclasses.replace(actie, plaats=dataclasses.replace(actie.plaats, zin=k))
    try:
        na = voer_uit(mini, met)
    except WetgevingError:
        return actie, trial
    return (met, na) if _tekst(na, adres, i) == target else (actie, trial)


def _zonder_samenstelling(text: str, a: int, b: int, nieuw: str) -> list[tuple[int, int, str]]:
    """The phrase [a, b) → ``nieuw`` to be replaced «telkens», and first, where its words also stand inside a longer
    word of the unit («bestuur» in «gemeentebestuur», Gemeentewet 182, eerste lid, 2023-01-01), the same phrase
    grown by one or two words of unchanged context on either side («gevoerde bestuur» → «gevoerde beleid»): a
    reader is not left to wonder whether the compound changes too (Aanwijzing 6.10, lees- of begripseenheid)."""
    woord = re.escape(text[a:b])
    if not re.search(rf"\w{woord}|{woord}\w", text):
        return [(a, b, nieuw)]
    woorden = [m.span() for m in re.finditer(r"[\w'’-]+", text)]
    links = [x for x, _ in reversed(woorden) if x < a][:2]
    rechts = [y for _, y in woorden if y > b][:2]
    out = [(k, b, text[k:a] + nieuw) for k in links] + [(a, k, nieuw + text[b:k]) for k in rechts]
    return [c for c in out if goed(text, c[0], c[1])] + [(a, b, nieuw)]


def _plaats(mini: Regeling, adres: Adres, i: int) -> Plaats:
    """Where a change in own alinea ``i`` of the unit at ``adres`` is made: the aanhef when that alinea opens an
    enumeration (it comes first and an onderdeel follows it), so that the instruction reads «In de aanhef wordt …»
    inside «Artikel 81n wordt als volgt gewijzigd:» and «In artikel 81n, aanhef, wordt …» on its own (the
    aanhef of an enumeration is cited as in Aanwijzing 3.29, vierde lid: «artikel 9, eerste lid, aanhef en
    onderdeel b»); otherwise the unit."""
    unit = mini.get(adres)
    inhoud = unit.inhoud if unit is not None else ()
    aanhef = i == 0 and len(inhoud) > 1 and isinstance(inhoud[0], Alinea) and isinstance(inhoud[1], Onderdeel)
    return Plaats(adres, aanhef=aanhef)


def _scope(mini: Regeling, adres: Adres, i: int) -> list[str]:
    """The texts a phrase must be unique in: the unit's own alinea's (this one excepted) and its children."""
    unit = mini.get(adres)
    if unit is None:
        return []
    own = [k.tekst for n, k in enumerate(x for x in unit.inhoud if isinstance(x, Alinea)) if n != i]
    deep = [t for k in unit.inhoud if not isinstance(k, Alinea) for t in _deep(k)]
    return own + deep


def _deep(unit: Eenheid) -> list[str]:
    return [t for k in unit.inhoud for t in ([k.tekst] if isinstance(k, Alinea) else _deep(k))]


def runs_of(old: str, new: str) -> list[tuple[int, int, int, int]]:
    """Edit runs (old start, old end, new start, new end) from the word redline; runs only a word or two
    apart are merged into one readable phrase."""
    from wetgeving.verwijzingen.titels import generic_titles

    titels = generic_titles(old)
    runs: list[list[int]] = []
    po = pn = 0
    gap = ""
    for seg in redline(old, new):
        n = len(seg.tekst)
        if seg.op == "equal":
            po, pn, gap = po + n, pn + n, seg.tekst
            continue
        if runs and runs[-1][1] + len(gap) == po and runs[-1][3] + len(gap) == pn and \
                (_samen(gap) or _citaat_van_wet(gap, po, titels)):
            run = runs[-1]
        else:
            run = [po, po, pn, pn]
            runs.append(run)
        if seg.op == "delete":
            po += n
        else:
            pn += n
        run[1], run[3] = po, pn
        gap = ""
    return [(a, b, c, d) for a, b, c, d in runs]


# a gap that opens a clause or names a second member: what follows is another begripseenheid (helper-122: «waaraan de
# gemeente» joined two changes of 184, eerste lid, onderdeel d)
_NIEUWE_EENHEID = frozenset({"en", "of", "maar", "waaraan", "waarin", "waarvan", "waarop", "waarbij", "die", "dat",
                             "welke"})


def _samen(gap: str) -> bool:
    """Do two edits this unchanged text apart form one phrase (aanwijzing 6.10)? Up to two words always; three only
    within one clause: no punctuation, not opening with a conjunction or a relative word; «tot en met» always."""
    woorden = re.findall(r"\w+", gap)
    if len(woorden) < MERGE_WORDS or " ".join(woorden).casefold() == "tot en met":  # «c tot en met f»: one reeks
        return True
    return len(woorden) == MERGE_WORDS and not any(t in gap for t in ",.;:") and \
        woorden[0].casefold() not in _NIEUWE_EENHEID and not any(w.casefold() in ("en", "of") for w in woorden)


def _citaat_van_wet(gap: str, po: int, titels: list[tuple[int, int, str]]) -> bool:
    """The unchanged words between two edits join an artikel to the law it is of, and the second edit is in that law's
    title: «artikel 10 van de Wet openbaarheid van bestuur» → «artikel 5.1 van de Wet open overheid» is one citation,
    one begripseenheid (aanwijzing 6.10; helper-101, Gemeentewet 25 and 55, 2015-11-24 → 2022-11-05)."""
    if re.fullmatch(r"\s+van\s+(?:de|het)\s+(?:[A-Z][\w-]*\s+)?", gap) is None:
        return False
    begin = po - len(gap)  # the title begins in the gap («Wet ») or where the edit does
    return any(begin <= a <= po < b for a, b, _ in titels)


# --- candidates: insertion, deletion, replacement --------------------------------------------------------


def _kandidaten(text: str, s: int, e: int, rep: str, scope: list[str], plaats: Plaats,  # type: ignore[no-untyped-def]
                oud: str):
    """(action, end of the old text it touches) in the order a drafter prefers them; ``oud`` is the alinea before
    the earlier changes of the same sentence (a quoted phrase must not stand twice there either)."""
    core_rep = rep.strip()
    slot = _slot(text, text[:s] + rep + text[e:]) if e == len(text) else None
    if slot is not None:  # 6.18.2: only the punctuation at the end changes
        yield LeestekenVervangen(plaats.adres, *slot), e
    if s == e or not text[s:e].strip():  # only added
        zin = _nieuwe_zin(text, s, core_rep)
        if zin is not None:  # 6.10, 6.11.2: a sentence added whole, with its own full stop («. Mededelingen …» is no unit)
            yield TekstToevoegen(plaats, zin), e
        if core_rep and SLOT.match(text[e:].strip()) and not text[e:e + 1].isalnum() and citeerbaar(core_rep):
            yield TekstToevoegen(plaats, core_rep), e
        heel = core_rep and citeerbaar(core_rep) and not _open_einde(core_rep)
        left = _anker_links(text, s, scope, oud)
        if left is not None and heel:
            yield TekstInvoegen(plaats, text[left:_rstrip(text, s)], core_rep, "na"), s
        right = _anker_rechts(text, e, scope, oud)
        if right is not None and heel:
            yield TekstInvoegen(plaats, text[_lstrip(text, e):right], core_rep, "voor"), right
    if not core_rep:  # only dropped
        a, b = _lstrip(text, s), _rstrip(text, e)
        if a < b and goed(text, a, b, verwijdering=True) and _uniek(text, a, b, scope, oud) and citeerbaar(text[a:b]):
            yield Schrappen(plaats, text[a:b]), b
    found = breid_uit(text, s, e, rep, scope, oud=oud)
    if found is not None:
        a, b, nieuw = found
        oud = text[a:b]
        if nieuw.startswith(oud + " ") and citeerbaar(oud) and citeerbaar(nieuw[len(oud) + 1:]) \
                and not _open_einde(nieuw[len(oud) + 1:]):
            yield TekstInvoegen(plaats, oud, nieuw[len(oud) + 1:], "na"), b
        if nieuw.endswith(" " + oud) and citeerbaar(oud) and not _open_einde(nieuw[: -len(oud) - 1]):
            yield TekstInvoegen(plaats, oud, nieuw[: -len(oud) - 1], "voor"), b
        if nieuw and oud != nieuw and citeerbaar(oud) and citeerbaar(nieuw):
            yield Vervangen(plaats, oud, nieuw), b
        elif not nieuw and citeerbaar(oud):
            yield Schrappen(plaats, oud), b


def _open_einde(ingevoegd: str) -> bool:
    """Aanwijzing 6.10: function words alone (a lone «aan»), or one word joined by «en» or «of» to what follows
    («eerste en» before «vierde lid», «beraadslaging en» before «stemming»), are no lees- of begripseenheid of their
    own; the change is then made on the whole phrase (helper-133: «wordt na «artikel 19,» ingevoegd: «eerste en»»,
    Gemeentewet 251, 2023-04-01). A phrase that begins with a function word («van de gemeente») is one, and so is a
    clause joined by «en» («met uitzondering van artikel 13a, …, van die wet en» before «met dien verstande»,
    Gemeentewet 154k, 2026-10-01)."""
    woorden = [t for t in tokenize(ingevoegd) if t[:1].isalnum()]
    inhoud = [w for w in woorden if w.casefold() not in FUNCTIEWOORDEN]
    if woorden and not inhoud:  # «aan»: function words only
        return True
    # a word joined by «en»/«of» to what follows; not a preposition that governs it («op de naam van» before «een
    # ander», Gemeentewet 225, vijfde lid, 2015-01-06: helper-139 found «parkeren een ander» replaced instead)
    return bool(woorden) and woorden[-1].casefold() in ("en", "of") and len(inhoud) <= 1


def _nieuwe_zin(text: str, s: int, rep: str) -> str | None:
    """The sentence(s) added at the end of ``text`` when the word diff put them before its closing full stop
    («…mee» + «. Mededelingen … verstrekken» + «.»): «Mededelingen … verstrekken.», else None."""
    m = re.fullmatch(r"([.!?]) +([A-Z].*)", rep, flags=re.DOTALL)
    if m is None or text[s:].strip() != m[1] or not citeerbaar(m[2] + m[1]):
        return None
    return m[2] + m[1]


def _slot(old: str, new: str) -> tuple[str, str] | None:
    """(old mark, new mark) when two texts differ only in their closing punctuation ('.' → '; of')."""
    def split(t: str) -> tuple[str, str] | None:
        for mark in sorted(LEESTEKENS, key=len, reverse=True):
            if t.endswith(mark) and (len(mark) == 1 or t[: -len(mark)][-1:].isalnum()):
                return t[: -len(mark)], mark
        return None
    a, b = split(old), split(new)
    if a is None or b is None or a[0] != b[0] or a[1] == b[1]:
        return None
    return a[1], b[1]


def _lstrip(text: str, i: int) -> int:
    while i < len(text) and text[i] == " ":
        i += 1
    return i


def _rstrip(text: str, i: int) -> int:
    while i > 0 and text[i - 1] == " ":
        i -= 1
    return i


def _bounds(text: str) -> list[int]:
    pos, out = 0, [0]
    for tok in tokenize(text):
        pos += len(tok)
        out.append(pos)
    return out


def _uniek(text: str, a: int, b: int, scope: list[str], oud: str = "") -> bool:
    """Whether the phrase occurs once in the unit, also counting where its words stand inside a longer word
    («bestuur» in «gemeentebestuur»): a reader need not know that the applier matches whole words (Aanwijzing 6.10).
    Nor that the changes of one sentence are made one after another: the phrase stands at most once in ``oud``, the
    alinea before them (Gemeentewet 184, derde lid, 2023-01-01: «bestuur» twice, once left after «bestuur van de
    instelling» was replaced)."""
    phrase = text[a:b]
    return sum(t.count(phrase) for t in (text, *scope)) == 1 and oud.count(phrase) <= 1


def _anker_links(text: str, s: int, scope: list[str], oud: str = "") -> int | None:
    """The start of the shortest self-standing unique phrase that ends where new words go in."""
    end = _rstrip(text, s)
    starts = [b for b in _bounds(text) if b < end and (b == 0 or text[b - 1] == " ")]
    for a in reversed(starts[-MAX_STAPPEN:]):
        if goed(text, a, end) and _uniek(text, a, end, scope, oud) and citeerbaar(text[a:end]):
            return a
    return None


def _anker_rechts(text: str, e: int, scope: list[str], oud: str = "") -> int | None:
    """The end of the shortest self-standing unique phrase that starts where new words go in."""
    start = _lstrip(text, e)
    ends = [b for b in _bounds(text) if b > start and (b == len(text) or text[b] == " " or not text[b].isalnum())]
    for b in ends[:MAX_STAPPEN]:
        if goed(text, start, b) and _uniek(text, start, b, scope, oud) and citeerbaar(text[start:b]):
            return b
    return None


def breid_uit(text: str, s: int, e: int, rep: str, scope: list[str], *, uniek: bool = True,
              oud: str = "") -> tuple[int, int, str] | None:
    """Grow [s, e) (and ``rep`` with it) by whole tokens of unchanged context until old and new phrase are
    unique (when ``uniek``), without outer spaces and self-standing; None when that does not happen near the
    change."""
    bounds = _bounds(text)
    for _ in range(MAX_STAPPEN):
        new_text = text[:s] + rep + text[e:]
        old_ok = s < e and text[s:e] == text[s:e].strip() and goed(text, s, e) and (not uniek or _uniek(text, s, e, scope, oud))
        new_ok = rep == rep.strip() and (not rep or goed(new_text, s, s + len(rep)))
        komma = not rep or (text[e - 1:e] == ",") == (rep[-1] == ",")
        if old_ok and new_ok and komma:
            return s, e, rep
        links, rechts = _randen(text, s, e, rep, new_text)
        go_right = e < len(text) and (rechts or not links or s == 0)
        if go_right:
            ne = next(b for b in bounds if b > e)
            rep, e = rep + text[e:ne], ne
        elif s > 0:
            ns = max(b for b in bounds if b < s)
            rep, s = text[ns:s] + rep, ns
        else:
            return None
    return None


def _randen(text: str, s: int, e: int, rep: str, new_text: str) -> tuple[bool, bool]:
    """Which edges of the old or new phrase are wrong: (left, right)."""
    old_l, old_r = _rand(text, s, e) if s < e else (True, True)
    new_l, new_r = _rand(new_text, s, s + len(rep)) if rep else (False, False)
    if rep and s < e and (text[e - 1] == ",") != (rep[-1] == ","):
        old_r = True  # a comma that one phrase ends with and the other not is no self-standing edge
    return (old_l or new_l or text[s:s + 1] == " " or rep[:1] == " ",
            old_r or new_r or text[e - 1:e] == " " or rep[-1:] == " ")


def goed(text: str, a: int, b: int, *, verwijdering: bool = False) -> bool:
    """Aanwijzing 6.10: ``text[a:b]`` is a self-standing phrase in its place."""
    if a >= b or text[a:b] != text[a:b].strip():
        return False
    left, right = _rand(text, a, b, verwijdering=verwijdering)
    return not (left or right)


def _rand(text: str, a: int, b: int, *, verwijdering: bool = False) -> tuple[bool, bool]:
    words = [t for t in tokenize(text[a:b]) if not t.isspace()]
    if not words:
        return True, True
    first, last = words[0], words[-1]
    before = _woord_voor(text, a)
    after = _woord_na(text, b)
    vast = _vaste_verbindingen(text)
    left = (_binnen_woord(text, a, links=True)
            or (first in ",;:" and not verwijdering) or first in ")»’”"
            or (first.casefold() in FUNCTIEWOORDEN and not _zinsbegin(text, a) and not verwijdering
                and not any(x == a for x, _ in vast))
            or any(x < a < y for x, y in vast)
            or (_nummer(first) and before.casefold() in VOOR_NUMMER)
            # 6.10: «eerste lid» is one begripseenheid; a phrase does not begin at its noun («lid, onder e»)
            or (first.casefold() in NA_TELWOORD and from_ordinal(before) is not None)
            # «82, derde lid»: a lid cited after its artikel's number belongs to it (Gemeentewet 155a, vierde lid)
            or (from_ordinal(first) is not None and re.search(r"\d[a-z]*,\s*$", text[:a]) is not None)
            # «eerste tot en met derde lid», «eerste en tiende lid», «29 en 30»: a range or list of numbers is one
            # begripseenheid; no phrase begins or ends inside it (Gemeentewet 58, 2022-11-05 → 2023-01-01: not
            # «derde lid, 29 en 30»; 251: not «tiende lid» after an inserted «eerste en»)
            or _in_reeks(text[:a], first)
            or (re.fullmatch(r"[a-z]{1,2}", first) is not None and before.casefold() in VOOR_LETTER)
            or (first.casefold() in MAATWOORDEN and _telwoord(before))
            or _in_getal(text, a) or (_telwoord(first) and _valuta_voor(text, a))
            or (_naam(first) and _naam_voor(text, a)))
    right = (_binnen_woord(text, b, links=False) or last in ";:(«‘“" or any(x < b < y for x, y in vast)
             or last.casefold() in FUNCTIEWOORDEN
             or (from_ordinal(last) is not None and after.casefold() in NA_TELWOORD)
             or (_telwoord(last) and after.casefold() in MAATWOORDEN)
             or _in_getal(text, b) or last in ("€", "EUR")
             or _reeks_na(text[b:], last)
             or (_naam(last) and _naam(after)))
    open_l, open_r = _onevenwichtig(text[a:b])
    return left or open_l, right or open_r


def _reeks(w: str, verbinding: str, v: str) -> bool:
    """«w <verbinding> v» is one range or list: two numbers joined by «tot (en met)» («29 tot en met 31»), or two
    ordinals by that or by «en»/«of», which share the noun after them («eerste en tiende lid»); «22 en 23» are two
    self-standing artikelen."""
    if from_ordinal(w) is not None and from_ordinal(v) is not None:
        return True
    if _letter(w) and _letter(v):  # «onder k en q»: the letters of onderdelen cited together (helper-109: «q» was
        return True  # replaced by «o», Gemeentewet 2014-07-04 → 2015-01-02; aanwijzing 6.10)
    return verbinding.startswith("tot") and _nummer(w) and _nummer(v)


def _letter(w: str) -> bool:
    """The letter of an onderdeel («k», «aa»), not a short word («de», «en»)."""
    return re.fullmatch(r"[a-z]|([a-z])\1", w) is not None


def _in_reeks(before: str, first: str) -> bool:
    """A phrase beginning with ``first`` after ``before`` would begin inside a range or list."""
    m = _TOT.search(before)
    if m is None:
        return False
    w, *verbinding = m.group().split()
    return _reeks(w, " ".join(verbinding).casefold(), first)


def _reeks_na(after: str, last: str) -> bool:
    """A phrase ending with ``last`` before ``after`` would end inside a range or list."""
    m = _TOT_NA.match(after)
    return m is not None and _reeks(last, m.group().split()[0].casefold(), m[1])


@functools.lru_cache(maxsize=4096)
def _vaste_verbindingen(text: str) -> list[tuple[int, int]]:
    """Where ``text`` holds a compound preposition or conjunction (:data:`VASTE_VERBINDINGEN`), or the title of a law:
    «Wet openbaarheid van bestuur» is one name, as «Ministerie van Algemene Zaken» (aanwijzing 6.10; helper-101:
    «openbaarheid van bestuur» was replaced by «open overheid», Gemeentewet 25, 2015-11-24 → 2022-11-05)."""
    from wetgeving.verwijzingen.titels import generic_titles

    return [m.span() for m in _VAST.finditer(text)] + [(a, b) for a, b, _ in generic_titles(text)]


def _onevenwichtig(phrase: str) -> tuple[bool, bool]:
    """A quotation or bracket closes in the phrase but opened before it (left), or opens and does not close
    in it (right): the phrase would cut a quoted or bracketed unit in two."""
    left = right = False
    for o, c in (("«", "»"), ("(", ")"), ("“", "”")):
        depth = 0
        for ch in phrase:
            if ch == o:
                depth += 1
            elif ch == c:
                if depth == 0:
                    left = True
                else:
                    depth -= 1
        right = right or depth > 0
    return left, right


def _zinsbegin(text: str, a: int) -> bool:
    """``a`` starts a sentence ('De raad …' may be replaced from its first word)."""
    return not text[:a].strip() or bool(re.search(r"[.!?:]\s*$", text[:a]))


def _binnen_woord(text: str, i: int, *, links: bool) -> bool:
    """The phrase edge at ``i`` falls inside a word (letters, digits, a hyphen or apostrophe joining them)."""
    if i <= 0 or i >= len(text):
        return False
    a, b = text[i - 1], text[i]
    word = re.compile(r"[\w'’-]")
    return bool(word.match(a) and word.match(b))


def _woord_voor(text: str, a: int) -> str:
    m = re.search(r"(\S+)\s*$", text[max(0, a - 40):a])
    return m[1] if m else ""


def _woord_na(text: str, b: int) -> str:
    m = re.match(r"\s*([\w’'-]+)", text[b:b + 40])
    return m[1] if m else ""


def _nummer(w: str) -> bool:
    """An artikel's or unit's number: «25», «36a», «P 19», also with points or a colon («6.17», «10.2.3a», «4:8»;
    helper-207: «6.17, eerste lid, van de Wet ruimtelijke ordening» was replaced without its «artikel»)."""
    return bool(re.fullmatch(r"\d+[a-z]*(?:[.:]\d+[a-z]*)*|[A-Z]{1,3}\s?\d+[a-z]*", w))


def _naam(w: str) -> bool:
    return len(w) > 1 and w[:1].isupper() and w[1:2].islower()


def _naam_voor(text: str, a: int) -> bool:
    """The word before ``a`` (skipping 'van', 'en', 'der') is part of a name: 'Ministerie van |Buitenlandse'."""
    m = re.search(r"([\w’'-]+)((?:\s+(?:van|en|der|de|voor))*)\s+$", text[max(0, a - 60):a])
    if not m or not _naam(m[1]):
        return False
    start = a - len(m.group())
    return bool(re.search(r"\S", text[:start])) and not re.search(r"[.!?]\s*$", text[:start])
