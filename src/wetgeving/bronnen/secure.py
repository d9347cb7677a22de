"""Hardened parsing: the only module that parses XML or YAML from outside.

XML: no entity resolution, no DTD loading, no network, no huge-tree mode, a size limit, and any
``<!DOCTYPE`` with entity declarations or external identifiers is refused before parsing (billion
laughs, XXE). YAML: the C safe loader composes nodes (aliases share nodes, so an alias bomb costs no
memory) and importers read only the scalars they expect. Every failure is an :class:`InputError`
naming the file, the line and what to do.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from lxml import etree

from wetgeving.errors import InputError, UsageError, oorzaak

if TYPE_CHECKING:
    import yaml

MAX_BYTES = 64 * 1024 * 1024
_DOCTYPE = re.compile(rb"<!DOCTYPE", re.I)
_DANGER = re.compile(rb"<!ENTITY|\bSYSTEM\b|\bPUBLIC\b", re.I)



_limit: int | None = None  # None: MAX_BYTES


def set_max_bytes(value: str | int | None) -> None:
    """Set the input size limit (the CLI passes ``WETGEVING_MAX_BYTES``; ``None`` or "" restores the default)."""
    global _limit
    text = str(value).strip() if value is not None else ""
    if not text:
        _limit = None
        return
    try:
        limit = int(text)
    except ValueError:
        limit = 0
    if limit <= 0:  # helper-116: «-5» was taken, and every file was «meer dan de grens van -5»
        raise UsageError(f"WETGEVING_MAX_BYTES is {text!r}, geen positief aantal bytes",
                         hint="zet het op een geheel getal groter dan 0, zoals 134217728, of laat het leeg")
    _limit = limit


def niet_utf8(data: bytes, exc: UnicodeDecodeError) -> tuple[str, int]:
    """Where ``data`` stops being UTF-8: («het 30e byte (0xE9) past niet in UTF-8», its line)."""
    return (f"het {exc.start + 1}e byte (0x{data[exc.start]:02X}) past niet in UTF-8",
            data.count(b"\n", 0, exc.start) + 1)


def max_bytes_limit() -> int:
    """The input size limit in force (:func:`set_max_bytes`, default :data:`MAX_BYTES`)."""
    return MAX_BYTES if _limit is None else _limit


def read_bytes(path: Path, max_bytes: int | None = None) -> bytes:
    """Read a whole input file, refusing missing, unreadable and oversized files."""
    limit = max_bytes_limit() if max_bytes is None else max_bytes
    try:
        size = path.stat().st_size
        if size <= limit:
            with path.open("rb") as fh:  # bounded: st_size is 0 for /dev/zero and a file can grow meanwhile
                data = _read_bounded(fh, limit + 1, size)
            size = len(data)
        if size > limit:
            raise InputError(
                f"het bestand is {size} bytes, meer dan de grens van {limit}",
                file=path, hint="splits het bestand, of verhoog de grens bewust met WETGEVING_MAX_BYTES",
            )
        return data
    except FileNotFoundError:
        raise InputError("bestand niet gevonden", file=path, hint="controleer het pad") from None
    except IsADirectoryError:
        raise InputError("is een map, geen bestand", file=path, hint="noem een bestand") from None
    except PermissionError:
        raise InputError("geen toestemming om te lezen", file=path, hint="controleer de rechten op het bestand") from None
    except OSError as exc:  # NotADirectoryError (a file used as a folder), ENAMETOOLONG, ELOOP, EIO …
        raise InputError(f"kan niet gelezen worden: {oorzaak(exc)}", file=path, hint="controleer het pad") from None


def _read_bounded(fh: BinaryIO, limit: int, expected: int) -> bytes:
    """Read at most ``limit`` bytes without allocating ``limit`` up front (the limit is large)."""
    chunks: list[bytes] = []
    total = 0
    chunk = max(expected + 1, 1 << 16)
    while total < limit:
        block = fh.read(min(chunk, limit - total))
        if not block:
            break
        chunks.append(block)
        total += len(block)
    return b"".join(chunks)


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
        huge_tree=False, remove_comments=True, remove_pis=True,
    )


def _refuse(source: str | Path, line: int | None) -> InputError:
    return InputError(
        "het document declareert entiteiten of een externe DTD; wetgeving weigert die te lezen (XXE, 'billion laughs')",
        file=source, line=line, hint="verwijder de <!DOCTYPE …>-declaratie; onze formaten hebben er geen nodig",
    )


_Vertaling = str | Callable[[re.Match[str]], str]  # a message in Dutch, or how to make it from the match
# the messages of libxml2 a user meets most, in Dutch; «, line 1, column 2» goes (the error names it)
_XML_FOUTEN: list[tuple[re.Pattern[str], _Vertaling]] = [
    (re.compile(r"^StartTag: invalid element name"), "een ongeldige elementnaam na «<»"),
    (re.compile(r"^Premature end of data in tag (\S+)"), r"het document houdt op binnen element «\1»"),
    (re.compile(r"^Opening and ending tag mismatch: ([^\s,]+) line \d+ and ([^\s,]+)"),
     r"de eindtag «\2» past niet bij de begintag «\1»"),
    # libxml2 says so of a file of unreadable bytes too (helper-193: 12 bytes of NUL, 0xFF and text were «leeg»)
    (re.compile(r"^Document is empty"), "het document is leeg of begint niet met leesbare XML"),
    # helper-146: libxml2's own limit (XML_MAX_TEXT_LENGTH), which we keep: no law has such a text
    (re.compile(r"^Resource limit exceeded: Text node too long"),
     "een tekst aan één stuk is langer dan de XML-lezer toelaat (10 miljoen tekens); zo'n tekst staat in geen wet"),
    (re.compile(r"^Extra content at the end of the document"), "na het einde van het document staat nog tekst"),
    (re.compile(r"^EntityRef: expecting ';'"), "een «&» zonder «;» (schrijf «&amp;» voor een losse &)"),
    (re.compile(r"^AttValue: \" or ' expected"), "een attribuutwaarde zonder aanhalingstekens"),
    (re.compile(r"^Start tag expected, '<' not found"), "het document begint niet met een element («<»)"),
    # helper-80: a file saved as Latin-1 or Windows-1252 that says (or is taken to be) UTF-8
    (re.compile(r"^(?:Invalid bytes in character encoding|Input is not proper UTF-8)"),
     "bytes die niet passen in de tekenset van het bestand (UTF-8): het is misschien als Latin-1 of Windows-1252 "
     "bewaard"),
    (re.compile(r"^xmlParseCharRef: invalid xmlChar value (\d+)"),
     lambda m: f"een tekenverwijzing naar een teken dat XML niet toestaat (U+{int(m[1]):04X})"),
    # helper-205: these were quoted in English
    (re.compile(r"^Entity '([^']+)' not defined"),
     r"de entiteit «&\1;» bestaat in XML niet (uit HTML gekopieerd? schrijf het teken zelf, of «&#160;» voor «&nbsp;»)"),
    (re.compile(r"^(?:PCDATA invalid Char value|Char 0x[0-9A-Fa-f]+ out of allowed range|invalid character in "
                r"attribute value)"), "een stuurteken dat XML niet toestaat"),
    (re.compile(r"^Specification mandates value for attribute ([^\s,]+)"), r'attribuut «\1» zonder waarde (schrijf \1="…")'),
    (re.compile(r"^(?:error parsing attribute name|attributes construct error|Couldn't find end of Start Tag)"),
     "een begintag die niet klopt (een «<» of «>» te veel of te weinig?)"),
    (re.compile(r"^expected '>'"), "een «>» ontbreekt"),
    (re.compile(r"^Attribute (\S+) redefined"), r"attribuut «\1» staat twee keer in één element"),
    (re.compile(r"^Comment not terminated"), "een commentaar «<!--» dat niet met «-->» gesloten wordt"),
    (re.compile(r"^CData section not finished"), "een «<![CDATA[» dat niet met «]]>» gesloten wordt"),
]


def _nederlands(msg: str, fouten: list[tuple[re.Pattern[str], _Vertaling]], lezer: str) -> str:
    """A reader's message in Dutch from its table; one we do not know is quoted as the reader's own English."""
    for pattern, nl in fouten:
        if m := pattern.search(msg):
            return nl(m) if callable(nl) else m.expand(nl)
    return f"de {lezer} meldt (in het Engels): {msg}"


def xml_fout(msg: str) -> str:
    """The XML parser's message in Dutch, with its position."""
    plek = re.search(r"line (\d+), column (\d+)\s*$", msg)
    nl = _nederlands(msg, _XML_FOUTEN, "XML-lezer")
    return nl + (f" (regel {plek[1]}, kolom {plek[2]})" if plek and "Engels" not in nl else "")


def parse_xml(data: bytes, source: str | Path, *, base_url: str | None = None) -> etree._ElementTree:
    """Parse XML bytes safely; ``source`` names the file in errors."""
    head = data[:65536]
    m = _DOCTYPE.search(head)
    if m and _DANGER.search(head, m.start()):
        raise _refuse(source, head[: m.start()].count(b"\n") + 1)
    try:
        tree = etree.ElementTree(etree.fromstring(data, _parser(), base_url=base_url) if base_url
                                  else etree.fromstring(data, _parser()))
    except etree.XMLSyntaxError as exc:
        lineno: int | None = exc.lineno or None
        msg = str(exc.msg if hasattr(exc, "msg") else exc)
        tekenset = "UTF-8" in msg or "character encoding" in msg
        raise InputError(f"onjuiste XML: {xml_fout(msg)}", file=source, line=lineno,
                         hint="bewaar het bestand als UTF-8" if tekenset else
                         "verwijder die tekenverwijzing («&#…;») uit het bestand" if "xmlChar" in msg else
                         "het bestand is misschien afgebroken of geen XML; haal het opnieuw op") from None
    # The byte scan above misses a DOCTYPE after the first 64 KiB or in UTF-16: ask the parsed DTD too.
    info: Any = tree.docinfo  # lxml-stubs lack DocInfo.system_url and DTD.iterentities
    dtd = info.internalDTD
    if info.system_url or info.public_id or (dtd is not None and any(True for _ in dtd.iterentities())):
        m = _DOCTYPE.search(data)
        raise _refuse(source, data[: m.start()].count(b"\n") + 1 if m else None)
    return tree


def expect_root(tree: etree._ElementTree, tags: tuple[str, ...], source: str | Path, what: str) -> etree._Element:
    """Return the root element, or raise when it is not one of ``tags``."""
    root = tree.getroot()
    naam = etree.QName(root)
    if root.tag not in tags and any(etree.QName(t).localname == naam.localname for t in tags):  # helper-116: it said
        # «het hoofdelement is <wijzigingsregeling>, verwacht <wijzigingsregeling>»: the namespace differs
        verwacht = " of ".join(dict.fromkeys(etree.QName(t).namespace or "geen" for t in tags))
        raise InputError(f"het hoofdelement <{naam.localname}> heeft namespace {naam.namespace or '(geen)'}, verwacht "
                         f"{verwacht} ({what})", file=source, line=line_of(root),
                         hint=f"zet xmlns=\"{etree.QName(tags[0]).namespace}\" op het hoofdelement"
                         if etree.QName(tags[0]).namespace else "verwijder de namespace van het hoofdelement")
    if root.tag not in tags:
        raise InputError(
            f"het hoofdelement is <{etree.QName(root).localname}>, verwacht "
            + " of ".join(f"<{etree.QName(t).localname}>" for t in tags) + f" ({what})",
            file=source, line=line_of(root), hint=f"geef een bestand van de soort {what}",
        )
    return root


def line_of(el: etree._Element) -> int | None:
    """The source line of an element, when lxml knows it."""
    line = el.sourceline
    return line if isinstance(line, int) else None


def text_of(el: etree._Element) -> str:
    """All text inside an element."""
    return "".join(str(t) for t in el.itertext())


_YAML_FOUTEN: list[tuple[re.Pattern[str], _Vertaling]] = [  # the YAML reader's messages a user meets most, in Dutch (helper-54)
    (re.compile(r"could not find expected ':'"), "een «:» ontbreekt (een regel «sleutel: waarde» verwacht)"),
    (re.compile(r"found character (?:'.*' )?that cannot start any token"),
     "een teken waarmee geen waarde kan beginnen (zoals een tab, «@» of «`»; YAML springt in met spaties)"),
    (re.compile(r"mapping values are not allowed (?:here|in this context)"),
     "een «:» waar geen waarde kan beginnen (zet tekst met «: » tussen aanhalingstekens)"),
    (re.compile(r"found unexpected end of stream"), "het bestand houdt op binnen een waarde (een aanhalingsteken niet "
                                                    "gesloten?)"),
    (re.compile(r"found a tab character (?:that violates indentation|where an indentation space is expected)"),
     "een tab in de inspringing (YAML springt in met spaties)"),  # helper-110: it was said in English
    (re.compile(r"expected <block end>, but found|did not find expected key"), "de inspringing klopt niet"),
    (re.compile(r"invalid (?:leading UTF-8 octet|start byte|continuation byte)"), "geen UTF-8-tekst"),
    (re.compile(r"unacceptable character (#x[0-9a-fA-F]+)"), r"een teken dat YAML niet toestaat (\1)"),
    (re.compile(r"'utf-8' codec can't decode"), "geen UTF-8-tekst"),
    # helper-116: an unclosed list or mapping («consultatie: [»), said in English
    (re.compile(r"did not find expected ',' or '\]'"), "een lijst «[» die niet met «]» gesloten wordt (of een «,» "
                                                         "ontbreekt)"),
    (re.compile(r"did not find expected ',' or '\}'"), "een «{» die niet met «}» gesloten wordt (of een «,» "
                                                         "ontbreekt)"),
    (re.compile(r"did not find expected node content"), "een waarde ontbreekt (na «-», «,» of «:»)"),
    # helper-152: a key indented wrongly under a list item («- bepaling: …» then «opmerking:» one space off)
    (re.compile(r"did not find expected '-' indicator"), "de inspringing klopt niet: een onderdeel van de lijst begint "
                                                          "met «- » op dezelfde inspringing als de andere"),
    (re.compile(r"found undefined alias"), "een verwijzing «*naam» naar een anker «&naam» dat niet bestaat"),
    # helper-159: two documents in one file («---» between them), said in English
    (re.compile(r"but found another document"), "het bestand bevat meer dan één YAML-document (een tweede «---»)"),
    # helper-182: «\\q» in a double-quoted text (a path \\server, «art. 5\\a»), said in English
    # (a function: a template's backslashes would be read by re's expand)
    (re.compile(r"found unknown escape character"), lambda _: "een «\\» in een tekst tussen dubbele aanhalingstekens, "
                                                               "gevolgd door een teken dat daar niet mag; zet de tekst "
                                                               "tussen enkele aanhalingstekens of schrijf «\\\\»"),
]


_TOML_FOUTEN: list[tuple[re.Pattern[str], _Vertaling]] = [  # tomllib's messages, in Dutch (helper-116)
    (re.compile(r"^Invalid value"), "een ontbrekende of ongeldige waarde (na «=»)"),
    (re.compile(r"^Expected '=' after a key"), "een sleutel zonder «=» en waarde"),
    (re.compile(r"^Expected '\]' at the end of a table declaration"), "een kop «[…]» die niet met «]» sluit"),
    (re.compile(r"^Illegal character '\\n'"), "een tekst die niet op dezelfde regel wordt gesloten (een «\"» ontbreekt)"),
    (re.compile(r"^Illegal character"), "een teken dat hier niet mag"),
    (re.compile(r"^Cannot (?:overwrite a value|declare .* twice)"), "een sleutel of kop die twee keer voorkomt"),
    (re.compile(r"^Unclosed array"), "een lijst «[» die niet met «]» gesloten wordt"),
]
_TOML_PLEK = re.compile(r"\s*\((?:at line (\d+), column \d+|at end of document)\)$")


def toml_fout(exc: Exception, path: Path) -> InputError:
    """tomllib's error as ours: in Dutch, with its line (at the end of the document: the file's last line)."""
    msg = str(exc)
    m = _TOML_PLEK.search(msg)
    regel = int(m[1]) if m and m[1] else (read_bytes(path).count(b"\n") or 1) if m else None
    tekst = _nederlands(msg[: m.start()] if m else msg, _TOML_FOUTEN, "TOML-lezer")
    return InputError(f"onjuiste TOML: {tekst}", file=path, line=regel,
                      hint="herstel het bestand op de genoemde regel (het formaat staat bovenaan het bestand en in de "
                           "andere regels)")


def yaml_fout(msg: str) -> str:
    """The YAML reader's message in Dutch."""
    return _nederlands(msg, _YAML_FOUTEN, "YAML-lezer")


def compose_yaml(data: bytes, source: str | Path) -> yaml.Node:
    """Compose YAML into nodes (with line marks) without constructing Python objects."""
    import yaml  # here, not at the top: a command that reads only XML does not pay for importing PyYAML

    loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    if not data.startswith((b"\xff\xfe", b"\xfe\xff")):  # no UTF-16 (which the reader takes by its BOM): UTF-8 or nothing
        try:
            data.decode("utf-8")
        except UnicodeDecodeError as exc:  # helper-205: a Latin-1 «café» was said as «een teken dat YAML niet toestaat
            # (#x0020)», or in English; the reader blames the character after the bad byte
            raise InputError(f"de YAML is geen UTF-8-tekst (byte 0x{data[exc.start]:02X})", file=source,
                             line=data.count(b"\n", 0, exc.start) + 1,
                             hint="bewaar het bestand als UTF-8 (in een teksteditor: 'Opslaan als', codering UTF-8)") from None
    try:
        node = yaml.compose(data, Loader=loader)
    except yaml.MarkedYAMLError as exc:
        # an unclosed quotation: where it opened, not the end of the file (helper-55)
        eind = "end of stream" in str(exc.problem) and exc.context_mark is not None
        mark = exc.context_mark if eind else exc.problem_mark or exc.context_mark
        # helper-159: «afgebroken» was said of a tab or a second document too; it fits only an end within a value
        tekst = _na_aanhaling(data, exc.problem_mark) if re.search(r"but found '<scalar>'|did not find expected key",
                                                                   str(exc.problem)) else ""
        raise InputError(f"onjuiste YAML: {tekst or yaml_fout(str(exc.problem or exc))}", file=source,
                         line=(mark.line + 1) if mark else None,
                         hint="het bestand is misschien afgebroken; haal het opnieuw op" if eind else
                         "herstel het bestand op de genoemde regel") from None
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        at = getattr(exc, "position", None)  # a reader error: its place in the text, as a line
        regel = data[:at].count(b"\n") + 1 if isinstance(at, int) else None
        raise InputError(f"de YAML kan niet gelezen worden: {yaml_fout(str(exc))}", file=source, line=regel) from None
    if node is None:
        raise InputError("het YAML-bestand is leeg", file=source, hint="geef een regelrecht-YAML-bestand")
    _check_yaml_depth(node, source)
    return node


def _na_aanhaling(data: bytes, mark: Any) -> str:
    """«opmerking: "Dit is "x" y"»: PyYAML says «expected <block end>, but found '<scalar>'», which we said as «de
    inspringing klopt niet» (helper-172); where the text goes on right after a closing quotation mark, say that."""
    if mark is None or mark.column < 1:
        return ""
    regels = data.decode("utf-8", "replace").splitlines()
    regel = regels[mark.line] if mark.line < len(regels) else ""
    teken = regel[mark.column - 1:mark.column]
    if teken not in ("\"", "'"):
        return ""
    return (f"na de tekst tussen aanhalingstekens gaat de regel verder (kolom {mark.column + 1}): staat er een {teken} "
            f"binnen een tekst tussen {teken}-tekens? Gebruik daarbinnen het andere aanhalingsteken of «…»")


MAX_YAML_DEPTH = 200
"""Deepest YAML nesting we accept; real regelrecht files nest fewer than ten levels.

Newer libyaml builds stop at 1000 levels on their own, older ones do not; checking here
gives the same clear error everywhere and keeps later recursive walks safe."""


def _check_yaml_depth(root: yaml.Node, source: str | Path) -> None:
    import yaml

    stack: list[tuple[yaml.Node, int]] = [(root, 1)]
    seen: set[int] = set()  # aliases share nodes; visit each once (alias bombs stay linear)
    while stack:
        node, depth = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if depth > MAX_YAML_DEPTH:
            raise InputError(f"onjuiste YAML: dieper genest dan {MAX_YAML_DEPTH} niveaus",
                             file=source, line=node.start_mark.line + 1,
                             hint="dit is geen regelrecht-wetsbestand; controleer het bestand")
        if isinstance(node, yaml.SequenceNode):
            stack.extend((child, depth + 1) for child in node.value)
        elif isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                stack.append((key, depth + 1))
                stack.append((value, depth + 1))
