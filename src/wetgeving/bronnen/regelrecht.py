"""Importer for MinBZK regelrecht-corpus YAML, both schema generations.

* v0.3.x: one entry per unit, numbered ``13.1.o`` (artikel 13, lid 1, onderdeel o), ``5.a`` (artikel 5,
  onderdeel a) or ``15.1.d.1e``; each entry holds the lead text of its unit.
* v0.7.x: one entry per artikel with the leden inline (``1 …``, ``2 …``) and onderdelen as paragraphs
  (``a. …``, ``1e. …``, ``1°. …``, ``3. …``).

Both mark references as ``[text][refN]`` with ``[refN]: https://wetten.overheid.nl/BWBR…#Artikel8``
definitions; they become :class:`Verwijzing` spans with a JCI target. Lines are hard-wrapped in the
source: a single newline is a space, a blank line separates paragraphs. A paragraph that starts with a
number counts as a new lid only when it is the next lid in sequence, so the list in artikel 8, eerste
lid ("9 leden in een gemeente …") stays text.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import yaml

from wetgeving.bronnen.opbouw import LID_PLAIN, Node, build
from wetgeving.bronnen.secure import compose_yaml, read_bytes
from wetgeving.bronnen.tekst import AlineaBuilder
from wetgeving.errors import InputError
from wetgeving.locatie import Adres, Jci
from wetgeving.model import Alinea, Artikel, Regeling
from wetgeving.nummers import normalize_onderdeel

_LINKDEF = re.compile(r"^\s*\[(ref\d+)\]:\s*(\S+)\s*$", re.M)
_INLINE = re.compile(r"\[([^\[\]]*)\]\[(ref\d+)\]|\*([^*\n]+)\*|\[([^\[\]]*)\]\(([^()\s]*)\)")
_PARA = re.compile(r"\n[ \t]*\n+")
# The regelrecht text is wrapped at 120 characters, also after the hyphen of a compound («onroerende-» / «zaakbelastingen»,
# Gemeentewet 220d on 2023-04-01): such a break is no space. A folded YAML scalar has already made it one («ontwerp-
# begroting», 155f on 2026-10-01); no text in the sources has a hyphen and a space before any other word. Before a
# conjunction the space stays («land- en tuinbouw»).
_AFBREKING = re.compile(r"(?<=[^\W\d_]-)[ \t]*(?:\n[ \t]*)?(?!(?:en|of|tot|noch|dan|als|alsmede|c\.q\.)\b)(?=[^\W\d_])")
_URL = re.compile(r"^https?://wetten\.overheid\.nl/(?P<bwb>BWB[RV]\d{7})(?:/[\d-]+)?(?:#(?P<frag>\S*))?$")
_FRAG = re.compile(r"^(Artikel|Hoofdstuk|Afdeling|Paragraaf|Titel|Boek|Deel)(.+)$")


def load(path: Path) -> Regeling:
    """Import a regelrecht-corpus YAML file (v0.3.x or v0.7.x)."""
    return loads(read_bytes(path), path)


def loads(data: bytes, source: str | Path = "<bytes>") -> Regeling:
    root = compose_yaml(data, source)
    doc = _Doc(root, source)
    return doc.regeling()


def _anchor_fits(number: str, url: object) -> bool:
    """Does ``url`` end in the anchor of the artikel ``number`` names (``13.1.o`` → ``#Artikel13``)?"""
    if not isinstance(url, str) or not (m := _URL.match(url.strip())):
        return False
    return (m["frag"] or "") == "Artikel" + number.split(".")[0].replace(" ", "_")


def url_to_jci(url: str) -> str:
    """A wetten.overheid.nl link → JCI 1.3 (the url itself when it is no BWB link).

    Examples:
        >>> url_to_jci("https://wetten.overheid.nl/BWBR0005416#Artikel8")
        'jci1.3:c:BWBR0005416&artikel=8'
        >>> url_to_jci("https://wetten.overheid.nl/BWBR0004627#ArtikelX_6")
        'jci1.3:c:BWBR0004627&artikel=X_6'
    """
    m = _URL.match(url.strip())
    if not m:
        return url.strip()
    jci = Jci(m["bwb"])
    f = _FRAG.match(m["frag"] or "")
    nr = " ".join(f[2].replace("_", " ").split()) if f else ""
    if f and nr and "/" not in nr and ":" not in nr:
        jci = Jci(m["bwb"], Adres(((f[1].lower(), nr),)))
    return str(jci)


_NULL, _BOOL = "tag:yaml.org,2002:null", "tag:yaml.org,2002:bool"  # what YAML makes of «null», «~», «», «true»


class _Doc:
    """Reads the composed YAML nodes, with line numbers for every error."""

    def __init__(self, root: yaml.Node, source: str | Path) -> None:
        self.root = root
        self.source = source

    def fail(self, node: yaml.Node, message: str) -> InputError:
        return InputError(message, file=self.source, line=node.start_mark.line + 1,
                          hint="geef een YAML-bestand uit het regelrecht-corpus (schema v0.3.x of v0.7.x)")

    def mapping(self, node: yaml.Node, what: str) -> dict[str, yaml.Node]:
        if not isinstance(node, yaml.MappingNode):
            raise self.fail(node, f"{what} moet een mapping (sleutels met waarden) zijn")
        out: dict[str, yaml.Node] = {}
        regel: dict[str, int] = {}
        for k, v in node.value:
            if isinstance(k, yaml.ScalarNode):
                key = str(k.value)
                if key in out:  # helper-159: a second «bwb_id:» won silently (the Kieswet's id on the Gemeentewet)
                    raise InputError(f"'{key}' staat twee keer in {what} (ook op regel {regel[key]}); welke geldt, is "
                                     "niet te zeggen", file=self.source, line=k.start_mark.line + 1,
                                     hint="laat er één staan, of haal het bestand opnieuw op")
                out[key], regel[key] = v, k.start_mark.line + 1
        return out

    def scalar(self, m: dict[str, yaml.Node], key: str, node: yaml.Node, what: str) -> str:
        v = m.get(key)
        if v is None:
            raise self.fail(node, f"{what} heeft geen '{key}'")
        if not isinstance(v, yaml.ScalarNode):
            raise self.fail(v, f"'{key}' van {what} moet een enkele waarde zijn")
        if v.tag in (_NULL, _BOOL):  # helper-116: «text: null» became the law text «null», «text: true» «true»
            raise self.fail(v, f"'{key}' van {what} is leeg of een ja/nee-waarde ({v.value or 'niets'}), geen tekst")
        return str(v.value)

    def regeling(self) -> Regeling:
        top = self.mapping(self.root, "het document")
        bwb_id = self.scalar(top, "bwb_id", self.root, "het document")
        try:
            geldig = date.fromisoformat(self.scalar(top, "valid_from", self.root, "het document"))
        except ValueError:
            raise self.fail(top["valid_from"], "valid_from is geen datum JJJJ-MM-DD") from None
        naam = str(top["$id"].value) if isinstance(top.get("$id"), yaml.ScalarNode) else bwb_id
        schema = str(top["$schema"].value) if isinstance(top.get("$schema"), yaml.ScalarNode) else ""
        arts = top.get("articles")
        if not isinstance(arts, yaml.SequenceNode):
            raise self.fail(arts or self.root, "het document heeft geen lijst 'articles'")
        entries = [self.entry(n) for n in arts.value]
        self.complete(arts.value)
        _unique_v03_numbers(entries, self)
        v03 = "/v0.3" in schema or (not schema and any("." in nr for nr, _, _ in entries))
        delen = ARTIKELNUMMER_DELEN.get(bwb_id, 1)
        artikelen = _build_v03(entries, self, delen) if v03 else [_build_v07(e, self) for e in entries]
        # a file without $id (a partial extract) has no title of its own: its BWB id, not «Bwbr0005645»
        titel = naam.replace("_", " ").strip().capitalize() if naam != bwb_id else bwb_id
        return Regeling(bwb_id, titel, geldig, tuple(artikelen), bron=Path(str(self.source)).name, zonder_slotzinnen=v03)

    def complete(self, nodes: list[yaml.Node]) -> None:
        """Refuse a file that ends mid-way: its last entry lacks a key every other entry has, its url is cut
        short, or it lacks a reference its text defines. (Half a file is still valid YAML.)"""
        if len(nodes) < 2:
            return
        keys = [set(self.mapping(n, "een artikel")) for n in nodes]
        last, m = nodes[-1], self.mapping(nodes[-1], "een artikel")
        nr = str(getattr(m.get("number"), "value", "?"))
        missing = set.intersection(*keys[:-1]) - keys[-1]
        if missing:
            raise self.truncated(last, nr, f"mist {', '.join(sorted(missing))}, die alle andere artikelen hebben")
        maps = [self.mapping(n, "een artikel") for n in nodes]
        anchors = [_anchor_fits(str(getattr(e.get("number"), "value", "")), getattr(e.get("url"), "value", None))
                   for e in maps]
        if all(anchors[:-1]) and not anchors[-1]:
            raise self.truncated(last, nr, f"heeft een onvolledige url {getattr(m.get('url'), 'value', None)!r}")
        refs = m.get("references")
        text = getattr(m.get("text"), "value", "")
        if refs is not None:
            have = {str(getattr(self.mapping(r, "een verwijzing").get("id"), "value", ""))
                    for r in getattr(refs, "value", []) if isinstance(r, yaml.MappingNode)}
            needed = {d[1] for d in _LINKDEF.finditer(str(text))}
            if needed - have:
                raise self.truncated(last, nr, f"mist de verwijzing(en) {', '.join(sorted(needed - have))} die de tekst noemt")
            self._complete_reference(nodes, refs, last, nr)

    def _complete_reference(self, nodes: list[yaml.Node], refs: yaml.Node | None, last: yaml.Node, nr: str) -> None:
        """The last reference of the last entry has the keys every other reference has, and a whole BWB id."""
        all_refs = [r for n in nodes for r in getattr(self.mapping(n, "een artikel").get("references"), "value", [])
                    if isinstance(r, yaml.MappingNode)]
        mine = [r for r in getattr(refs, "value", []) if isinstance(r, yaml.MappingNode)]
        if len(all_refs) < 2 or not mine:
            return
        common = set.intersection(*(set(self.mapping(r, "een verwijzing")) for r in all_refs[:-1]))
        final = self.mapping(mine[-1], "een verwijzing")
        bwb = getattr(final.get("bwb_id"), "value", None)
        if common - set(final) or (bwb is not None and not re.fullmatch(r"BWB[RV]\d{7}", str(bwb))):
            raise self.truncated(last, nr, "heeft een onvolledige laatste verwijzing")

    def truncated(self, node: yaml.Node, nr: str, why: str) -> InputError:
        return InputError(f"het bestand lijkt afgebroken: het laatste artikel ({nr}) {why}", file=self.source,
                          line=node.start_mark.line + 1,
                          hint="haal het bestand opnieuw op; het is onvolledig (afgebroken download of kopie)")

    def entry(self, node: yaml.Node) -> tuple[str, str, yaml.Node]:
        m = self.mapping(node, "een artikel")
        nr = self.scalar(m, "number", node, "een artikel").strip()
        text = self.scalar(m, "text", node, f"artikel {nr!r}")
        if not nr:
            raise self.fail(node, "een artikel heeft een leeg nummer")
        return nr, text, node


# --- text ---------------------------------------------------------------------------------------------


def paragraphs(text: str) -> tuple[list[str], dict[str, str]]:
    """Split raw text into unwrapped paragraphs and the link definitions."""
    links = {m[1]: m[2] for m in _LINKDEF.finditer(text)}
    body = _LINKDEF.sub("", text)
    paras = [" ".join(_AFBREKING.sub("", p).split()) for p in _PARA.split(body.strip())]
    return [p for p in paras if p], links


def alinea(para: str, links: dict[str, str]) -> Alinea:
    """A paragraph with ``[text][refN]`` links and ``*emphasis*`` → an :class:`Alinea`."""
    b = AlineaBuilder()
    pos, link_end = 0, -1
    for m in _INLINE.finditer(para):
        b.text(para[pos:m.start()])
        if m.start() == link_end and m[3] is None:  # «[21][ref5][59][ref6]» (Gemeentewet 249): two links that
            b.text(" ")  # touch are two numbers, not «2159»; the BWB text has a space there (laws-markdown: «21 59»)
        link_end = m.end() if m[3] is None else -1
        if m[2] is not None:
            b.ref(m[1], url_to_jci(links.get(m[2], "")))
        elif m[5] is not None:  # an inline link "[text](url)"; "(onbekend)" where the source knew no target
            b.ref(m[4], url_to_jci(m[5]))
        else:
            b.text(m[3])
        pos = m.end()
    b.text(para[pos:])
    return b.build()


# --- v0.3.x: one entry per unit -----------------------------------------------------------------------


def _unique_v03_numbers(entries: list[tuple[str, str, yaml.Node]], doc: _Doc) -> None:
    """Two entries with the same number (``1.1`` twice) would be merged into one unit: refuse them."""
    seen: dict[str, int] = {}
    for nr, _, node in entries:
        line = node.start_mark.line + 1
        if nr in seen:
            raise InputError(f"nummer {nr!r} komt twee keer voor (eerst op regel {seen[nr]})", file=doc.source,
                             line=line, hint="elk artikel, lid en onderdeel heeft één eigen nummer")
        seen[nr] = line


ARTIKELNUMMER_DELEN = {"BWBR0005730": 2}
"""Laws whose artikel number itself has a dot: the Aanwijzingen voor de regelgeving number «aanwijzing 6.18» (BWB:
artikel 6.18), so ``6.18.1.A`` is aanwijzing 6.18, eerste lid, onderdeel A, not artikel 6 (helper-183: `show aanwijzingen
"artikel 6"` gave aanwijzingen 6.1 to 6.23 as one artikel whose leden restarted, and 6.12 could not be asked for)."""


def _split_v03(nr: str, delen: int = 1) -> tuple[str, list[tuple[str, str]]]:
    parts = nr.split(".")
    art, rest = ".".join(parts[:delen]), parts[delen:]
    segs: list[tuple[str, str]] = []
    for i, part in enumerate(rest):
        if i == 0 and re.fullmatch(r"\d+[a-z]?", part):
            segs.append(("lid", part))
        else:
            segs.append(("onderdeel", part))
    return art, segs


def _build_v03(entries: list[tuple[str, str, yaml.Node]], doc: _Doc, delen: int = 1) -> list[Artikel]:
    order: list[str] = []
    roots: dict[str, Node] = {}
    nodes: dict[tuple[str, tuple[tuple[str, str], ...]], Node] = {}
    for nr, text, node in entries:
        art, segs = _split_v03(nr, delen)
        if art not in roots:
            roots[art] = Node("artikel", art)
            order.append(art)
        parent = roots[art]
        for depth, (soort, snr) in enumerate(segs):
            key = (art, tuple(segs[: depth + 1]))
            if key not in nodes:
                label = f"{snr}." if soort == "onderdeel" else ""
                child = Node(soort, normalize_onderdeel(label) or snr if soort == "onderdeel" else snr, label)
                nodes[key] = child
                parent.inhoud.append(child)
            parent = nodes[key]
        paras, links = paragraphs(text)
        if not segs and parent.inhoud and not text.strip():
            continue
        parent.inhoud.extend(alinea(p, links) for p in paras)
        del node
    return [
        Artikel(a, tuple(k if isinstance(k, Alinea) else k.freeze() for k in roots[a].inhoud))
        for a in order
    ]


# --- v0.7.x: one entry per artikel, leden and onderdelen inline ----------------------------------------


def _build_v07(entry: tuple[str, str, yaml.Node], doc: _Doc) -> Artikel:
    nr, text, _node = entry
    paras, links = paragraphs(text)
    items = build(paras, lambda para: alinea(para, links), lid_re=LID_PLAIN)
    return Artikel(nr, tuple(items))
