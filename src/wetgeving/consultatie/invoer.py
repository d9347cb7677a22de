"""Read a comments file (YAML, or Markdown with YAML front matter) with line numbers for every error.

YAML::

    consultatie:
      titel: Reactie op het wetsvoorstel …
      wetsvoorstel: tranche-2          # a tranche, an act file, or a regeling (name@date or file) of the bill
      basis: gemeentewet@2026-10-01     # the law as it is now
      kamerstuk: "36892"
      organisatie: …
      contact: …
      datum: 2026-02-15
    inleiding: …
    algemeen:
      - …
    opmerkingen:
      - bepaling: artikel 36c, eerste lid     # a citation, an address or a JCI
        over: risicoanalyse                   # optional: the exact words the comment is about
        opmerking: …
        alternatief: …                        # optional: proposed text of the whole provision

Markdown: the same ``consultatie`` keys as front matter between ``---`` lines, then ``# Inleiding``,
``# Algemene opmerkingen`` (a list), and per comment ``## <bepaling>`` with an optional ``Over: …`` line,
the comment, and an optional ``Alternatief:`` paragraph.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml

from wetgeving.bronnen.secure import compose_yaml, read_bytes
from wetgeving.errors import InputError
from wetgeving.util import stuurteken, stuurteken_genoemd


class CommentsError(InputError):
    """A comments file cannot be used; names the file and line."""

    hint = "herstel het reactiebestand op de genoemde regel (zie examples/ voor het formaat)"


@dataclass(frozen=True, slots=True)
class Opmerking:
    bepaling: str
    opmerking: str
    regel: int
    over: str = ""
    alternatief: str = ""
    vraag: str = ""
    regel_over: int = 0  # the line of the quoted words (0: same as regel)


@dataclass(frozen=True)
class Reactie:
    titel: str
    wetsvoorstel: str
    basis: str
    organisatie: str
    contact: str
    datum: date | None
    kamerstuk: str
    inleiding: str
    algemeen: tuple[str, ...]
    opmerkingen: tuple[Opmerking, ...]
    bron: str
    vragen: tuple[str, ...] = ()
    regels: tuple[tuple[str, int], ...] = ()  # the line of each key under 'consultatie', and of 'consultatie' itself
    openbaar: str = ""  # «ja» or «nee»: whether the submitter lets internetconsultatie.nl publish it; "" not chosen

    def regel(self, key: str) -> int | None:
        """The line of ``key`` in the file (of 'consultatie' when the key is absent); None when not known."""
        found = dict(self.regels)
        return found.get(key) or found.get("consultatie")



# the pairs of quotation marks a writer puts around the words a comment is about: guillemets, straight quotes, and the
# curly ones a word processor makes of them («„…”», «“…”», «‘…’»; helper-152: «„financiële belangen”» was not found)
_PAREN = {"«": "»", '"': '"', "'": "'", "„": "”", "“": "”", "‘": "’", "‚": "’"}


_OPSOMMING = re.compile(r"\s*(?:[-*•–]|\(?[a-z0-9]{1,3}[.)°]|[0-9]+°)\s")  # «- …», «a. …», «1) …», «2° …»


def doorlopend(tekst: str) -> str:
    """A comment's prose as its writer means it: the lines of a paragraph joined by a space, paragraphs (a blank line)
    kept, and a list item («- », «a. », «1° ») after a line ending in «:» kept on a line of its own (helper-152: a YAML «|»
    block wrapped at 110 characters broke the Word document's sentences in the middle). A proposed text (alternatief)
    is not passed through this: its lines are the writer's."""
    alineas = []
    for alinea in re.split(r"\n[ \t]*\n", tekst.strip()):
        regels = [r.strip() for r in alinea.splitlines() if r.strip()]
        uit = regels[:1]
        lijst = False  # inside a list: after a line ending in «:» or a list item (helper-156: «– zoals gebruikelijk –»
        # and «art. 28 …» at the start of a wrapped line were taken for list items)
        for r in regels[1:]:
            if _OPSOMMING.match(r) and (lijst or uit[-1].endswith(":")):
                uit.append(r)
                lijst = True
            else:  # a line of the paragraph, or the rest of a list item
                uit[-1] += " " + r
        alineas.append("\n".join(uit))
    return "\n\n".join(a for a in alineas if a)


def zonder_aanhalingstekens(tekst: str) -> str:
    """``tekst`` without one pair of quotation marks around it; a mark that is part of the words stays («'s-Gravenhage»
    kept its apostrophe only by chance: every quote at either end was stripped)."""
    t = tekst.strip()
    if len(t) >= 2 and _PAREN.get(t[0]) == t[-1]:
        return t[1:-1].strip()
    return t


def load(path: Path) -> Reactie:
    data = read_bytes(path)
    if not data.strip():
        raise CommentsError("het reactiebestand is leeg", file=path, line=1)
    if data.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0", b"%PDF")):  # zip (.docx, .odt), old .doc, PDF
        raise CommentsError("is een Word-, OpenDocument- of PDF-bestand; consult leest een reactiebestand in YAML of "
                            "Markdown en schrijft zelf het Word-document", file=path,
                            hint="zet de opmerkingen in een .yaml- of .md-bestand zoals in examples/")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise CommentsError("het reactiebestand is geen UTF-8-tekst", file=path, line=line,
                            hint="bewaar het bestand als UTF-8 (in een teksteditor: 'Opslaan als', codering UTF-8)") from None
    text = text.replace("\r\n", "\n")  # files saved on Windows
    bad = stuurteken(text)
    if bad is not None:
        raise CommentsError(f"een stuurteken ({stuurteken_genoemd(text, bad)}) kan niet in een document",
                            file=path, line=text.count("\n", 0, bad) + 1, hint="verwijder het uit het reactiebestand")
    if path.suffix.lower() in (".md", ".markdown") or (text.startswith("---\n") and "\n---\n" in text[4:]):
        return _markdown(text, path)
    return _yaml(text.encode("utf-8"), path)


# -- YAML ---------------------------------------------------------------------------------------------


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _map(node: yaml.Node, what: str, path: Path, keys: tuple[str, ...] = ()) -> dict[str, yaml.Node]:
    """The keys of a mapping; with ``keys``, every other key is refused, and a key given twice always is (helper-56: a
    misspelt «opmerking:» list, or «toelichting:» in a comment, was dropped without a word, and of a key given twice
    only the second text was kept)."""
    if not isinstance(node, yaml.MappingNode):
        raise CommentsError(f"{what} moet een mapping van sleutels naar waarden zijn", file=path, line=_line(node))
    out: dict[str, yaml.Node] = {}
    for k, v in node.value:
        if not isinstance(k, yaml.ScalarNode):
            raise CommentsError(f"een sleutel in {what} moet tekst zijn", file=path, line=_line(k))
        key = str(k.value)
        if key in out:
            raise CommentsError(f"'{key}' staat twee keer in {what}", file=path, line=_line(k),
                                hint="laat er één staan (twee teksten voor één sleutel: voeg ze samen)")
        if keys and key not in keys:
            bedoeld = difflib.get_close_matches(key, keys, n=1)
            raise CommentsError(f"onbekende sleutel '{key}' in {what}", file=path, line=_line(k),
                                hint=(f"bedoelt u '{bedoeld[0]}'? " if bedoeld else "") + "bekend: " + ", ".join(keys))
        out[key] = v
    return out


def _str(m: dict[str, yaml.Node], key: str, path: Path, parent: yaml.Node, *, required: bool = False,
         niet_leeg: bool = False) -> str:
    """The text of ``key``; ``niet_leeg``: when given, not empty (helper-71: an empty «alternatief», meant as «schrap
    dit», was dropped without a word)."""
    v = m.get(key)
    if v is None:
        if required:
            raise CommentsError(f"'{key}' ontbreekt", file=path, line=_line(parent))
        return ""
    if isinstance(v, yaml.ScalarNode) and v.tag.endswith(":null") and not v.style:  # plain: "" (libyaml), None
        v = yaml.ScalarNode(v.tag, "", v.start_mark, v.end_mark)  # «titel: ~» is no title (helper-146: «# ~»)
    if (required or niet_leeg) and isinstance(v, yaml.ScalarNode) and not str(v.value).strip():
        raise CommentsError(f"'{key}' is leeg", file=path, line=_line(v),
                            hint=f"geef bij '{key}' een tekst" + ("" if required else f", of laat '{key}' weg"))
    if not isinstance(v, yaml.ScalarNode):
        raise CommentsError(f"'{key}' moet tekst zijn", file=path, line=_line(v))
    value = str(v.value)
    bad = stuurteken(value)
    if bad is not None:
        raise CommentsError(f"'{key}' bevat een stuurteken ({stuurteken_genoemd(value, bad)}) dat niet in een document kan",
                            file=path, line=_line(v), hint="verwijder de escape, zoals \\x01")
    return value.strip()


def _texts(node: yaml.Node, key: str, what: str, path: Path) -> list[str]:
    """A YAML list of plain texts (each checked like :func:`_str`)."""
    if not isinstance(node, yaml.SequenceNode) or not all(isinstance(x, yaml.ScalarNode) for x in node.value):
        raise CommentsError(f"'{key}' moet {what} zijn", file=path, line=_line(node))
    return [_str({key: x}, key, path, node) for x in node.value]


META = ("titel", "wetsvoorstel", "basis", "organisatie", "contact", "datum", "kamerstuk", "openbaar", "vragen")
TOP = ("consultatie", "inleiding", "algemeen", "opmerkingen")
OPMERKING = ("bepaling", "over", "opmerking", "alternatief", "vraag")


def _meta(m: dict[str, yaml.Node], path: Path, node: yaml.Node) -> dict[str, str]:
    return {k: _str(m, k, path, node, required=k in ("wetsvoorstel", "basis")) for k in META if k != "vragen"}


def _date(value: str, path: Path, line: int) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):  # helper-110: «2021-02-30» is written right, but no day
            raise CommentsError(f"datum {value!r} bestaat niet", file=path, line=line,
                                hint="controleer dag en maand (JJJJ-MM-DD)") from None
        raise CommentsError(f"datum {value!r} is geen JJJJ-MM-DD", file=path, line=line) from None


def _yaml(data: bytes, path: Path) -> Reactie:
    try:
        root = compose_yaml(data, path)
    except InputError as exc:
        raise CommentsError(exc.message, file=path, line=exc.line) from None
    top = _map(root, "het reactiebestand", path, TOP)
    if "consultatie" not in top:
        raise CommentsError("'consultatie' met het wetsvoorstel (wetsvoorstel) en de basiswet (basis) ontbreekt", file=path,
                            line=1)
    meta_node = top["consultatie"]
    meta_map = _map(meta_node, "'consultatie'", path, META)
    meta = _meta(meta_map, path, meta_node)
    regels = (("consultatie", _line(meta_node)), *((k, _line(v)) for k, v in meta_map.items()))
    algemeen: list[str] = []
    if "algemeen" in top:
        algemeen = [doorlopend(t) for t in _texts(top["algemeen"], "algemeen", "een lijst van opmerkingen", path)]
    comments: list[Opmerking] = []
    items_node = top.get("opmerkingen")
    if items_node is not None:
        if not isinstance(items_node, yaml.SequenceNode):
            raise CommentsError("'opmerkingen' moet een lijst zijn", file=path, line=_line(items_node))
        for item in items_node.value:
            m = _map(item, "een opmerking", path, OPMERKING)
            comments.append(Opmerking(
                bepaling=_str(m, "bepaling", path, item, required=True),
                opmerking=doorlopend(_str(m, "opmerking", path, item, required=True)),
                regel=_line(m["bepaling"]) if "bepaling" in m else _line(item),
                # as in Markdown (helper-86); words, not lines: a YAML «|» block wraps them (helper-197)
                over=" ".join(zonder_aanhalingstekens(_str(m, "over", path, item, niet_leeg=True)).split()),
                alternatief=_str(m, "alternatief", path, item, niet_leeg=True),
                vraag=_str(m, "vraag", path, item, niet_leeg=True),
                regel_over=_line(m["over"]) if "over" in m else 0,
            ))
    vragen = meta_map.get("vragen")
    vr = tuple(_texts(vragen, "vragen", "een lijst van consultatievragen", path)) if vragen is not None else ()
    for o in comments:  # a comment under a question that is not asked vanished from the internetconsultatie text
        if o.vraag and o.vraag not in vr:
            bedoeld = difflib.get_close_matches(o.vraag, vr, n=1, cutoff=0.6)
            raise CommentsError(f"de vraag «{o.vraag}» staat niet onder 'vragen' bij 'consultatie'", file=path,
                                line=o.regel, hint=(f"bedoelt u «{bedoeld[0]}»? " if bedoeld else "")
                                + "neem de vraag letterlijk over uit 'vragen'" + ("" if vr else ", of voeg 'vragen' toe"))
    inleiding = doorlopend(_str(top, "inleiding", path, root))
    if not comments and not algemeen and not inleiding:
        raise CommentsError("het reactiebestand heeft geen inleiding, algemeen of opmerkingen", file=path, line=1)
    if meta["openbaar"] not in ("", "ja", "nee"):  # the submitter's choice (reference/internetconsultatie-format.md)
        raise CommentsError(f"'openbaar' is {meta['openbaar']!r}", file=path, line=dict(regels).get("openbaar", 1),
                            hint="schrijf openbaar: ja of openbaar: nee")
    # no titel: the preparation gives one that fits what the reaction is on (consultatie.voorbereiden.prepare)
    return Reactie(meta["titel"], meta["wetsvoorstel"], meta["basis"],
                   meta["organisatie"], meta["contact"], _date(meta["datum"], path, dict(regels).get("datum", 1)),
                   meta["kamerstuk"], inleiding, tuple(algemeen), tuple(comments), str(path), vr, regels, meta["openbaar"])


# -- Markdown -----------------------------------------------------------------------------------------

_H = re.compile(r"^(#{1,2})\s+(.+?)\s*$")


@dataclass
class _Section:
    """A '## bepaling' section being read."""

    bepaling: str
    regel: int
    over: str = ""
    regel_over: int = 0
    tekst: list[str] = field(default_factory=list)
    alt: list[str] = field(default_factory=list)
    in_alt: bool = False
    regel_alt: int = 0


def _alineas(regels: list[str]) -> str:
    """Lines as text: those of one paragraph joined by a space, paragraphs (split by a blank line, "") by a blank line,
    as a YAML block keeps them."""
    alineas: list[list[str]] = [[]]
    for r in regels:
        if r:
            alineas[-1].append(r)
        elif alineas[-1]:
            alineas.append([])
    return "\n\n".join(" ".join(a) for a in alineas if a)


def _markdown(text: str, path: Path) -> Reactie:
    if not text.startswith("---\n"):
        raise CommentsError("een Markdown-reactiebestand begint met gegevens tussen twee regels '---'", file=path, line=1)
    end = 3 if text.startswith("---\n---\n") else text.find("\n---\n", 4)  # helper-172: an empty block was «niet gesloten»
    if end < 0:
        raise CommentsError("de gegevens bovenaan worden niet gesloten met '---'", file=path, line=1)
    front = text[4:end]
    if not front.strip():
        raise CommentsError("de gegevens tussen de twee regels '---' bovenaan zijn leeg", file=path, line=1,
                            hint="geef daar ten minste 'wetsvoorstel: …' en 'basis: …' (zie examples/ voor het formaat)")
    body_start = front.count("\n") + 3
    wrapped = "consultatie:\n" + "\n".join("  " + ln for ln in front.splitlines()) + "\n"
    meta_r = _yaml(wrapped.encode("utf-8") + b"inleiding: x\n", path)
    inleiding: list[str] = []
    algemeen: list[str] = []
    comments: list[Opmerking] = []
    section = kop = ""
    cur: _Section | None = None
    gezien: dict[str, int] = {}  # «inleiding», «algemen» → the line of its heading

    def flush() -> None:
        if cur is not None:
            if not cur.tekst:
                raise CommentsError(f"geen opmerking onder '{cur.bepaling}'", file=path, line=cur.regel)
            if cur.in_alt and not cur.alt:
                raise CommentsError(f"'Alternatief:' onder '{cur.bepaling}' is leeg", file=path, line=cur.regel_alt,
                                    hint="geef de voorgestelde tekst, of laat 'Alternatief:' weg")
            comments.append(Opmerking(cur.bepaling, doorlopend("\n".join(cur.tekst)), cur.regel, cur.over, _alineas(cur.alt),
                                      regel_over=cur.regel_over))

    for i, line in enumerate(text[end + 5:].splitlines(), start=body_start + 1):
        m = _H.match(line)
        if m and m[1] == "#":
            flush()
            cur = None
            section, kop = m[2].casefold(), m[2]
            soort = next((x for x in ("inleiding", "algeme") if section.startswith(x)), "")
            if soort and soort in gezien:  # helper-126: a second «# Inleiding» was merged into the first unsaid
                raise CommentsError(f"de kop '# {kop}' staat er twee keer (eerder op regel {gezien[soort]})", file=path,
                                    line=i, hint="zet de tekst onder één kop")
            if soort:
                gezien[soort] = i
            continue
        if m and m[1] == "##":
            flush()
            cur = _Section(m[2], i)
            continue
        s = line.strip()
        if s.startswith("###"):  # it was pasted into the comment's text
            raise CommentsError("een kop van niveau 3 of dieper wordt niet gelezen", file=path, line=i,
                                hint="gebruik '# Inleiding', '# Algemene opmerkingen' en per opmerking '## <bepaling>'")
        if cur is not None:
            if s.lower().startswith("over:"):
                cur.over, cur.regel_over = zonder_aanhalingstekens(s[5:].strip()), i
                if not cur.over:
                    raise CommentsError("'Over:' is leeg", file=path, line=i,
                                        hint="citeer de woorden waarover de opmerking gaat, of laat 'Over:' weg")
            elif s.lower().startswith("alternatief:"):
                cur.in_alt, cur.regel_alt = True, i
                if s[12:].strip():
                    cur.alt.append(s[12:].strip())
            elif s or (cur.alt if cur.in_alt else cur.tekst):  # a blank line ends a paragraph (helper-126)
                (cur.alt if cur.in_alt else cur.tekst).append(s)
        elif section.startswith("inleiding") and (s or inleiding):
            inleiding.append(s)
        elif section.startswith("algeme") and s.startswith(("- ", "* ")):
            algemeen.append(s[2:].strip())
        elif section.startswith("algeme") and s and algemeen:
            algemeen[-1] += " " + s
        elif s:  # helper-56: text before the first heading, in an unknown section or before the first '- ' was dropped
            raise CommentsError(("tekst vóór het eerste opsommingsteken onder '# Algemene opmerkingen'"
                                 if section.startswith("algeme") else
                                 f"tekst onder de onbekende kop '# {kop}'" if section else "tekst vóór de eerste kop"),
                                file=path, line=i, hint="zet elke algemene opmerking achter '- ' onder '# Algemene "
                                                        "opmerkingen', een inleiding onder '# Inleiding' en een opmerking "
                                                        "over een bepaling onder '## <bepaling>'")
    flush()
    if not comments and not algemeen and not inleiding:
        raise CommentsError("het reactiebestand heeft geen inleiding, algemene opmerkingen of opmerkingen", file=path,
                            line=1)
    return Reactie(meta_r.titel, meta_r.wetsvoorstel, meta_r.basis, meta_r.organisatie, meta_r.contact, meta_r.datum,
                   meta_r.kamerstuk, _alineas(inleiding), tuple(algemeen), tuple(comments), str(path), meta_r.vragen,
                   meta_r.regels, meta_r.openbaar)
