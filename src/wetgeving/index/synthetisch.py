"""A SYNTHETIC corpus for measuring the index at scale, made at run time from real source files into a folder
the caller gives (a temp dir): never committed, never presented as law.

Each generated file is a real BWB toestand XML or regelrecht YAML file with its law renamed ("Synthetische wet
N", a BWB id BWBR9NNNNNN that the BWB does not use) everywhere in its text, and its artikelen shuffled (full
mode) or a random few of them kept (``artikelen=k``: small files, for a test over thousands of files). Every
file says at its top that it is synthetic.
"""

from __future__ import annotations

import copy
import random
import re
from collections.abc import Sequence
from pathlib import Path

from lxml import etree

from wetgeving.bronnen.secure import parse_xml, read_bytes

MARK = "SYNTHETISCH — gegenereerd door wetgeving.index.synthetisch uit een echte bron; geen echte wet"


def synthetic_id(n: int) -> str:
    return f"BWBR9{n:06d}"


def synthetic_title(n: int) -> str:
    return f"Synthetische wet {n}"


def generate(sources: Sequence[Path], out: Path, n: int, *, artikelen: int | None = None, seed: int = 12,
             start: int = 0) -> list[Path]:
    """Write ``n`` synthetic files into ``out`` (made from ``sources`` in turn) and return their paths."""
    rnd = random.Random(seed)  # noqa: S311 — test data, not secrets
    out.mkdir(parents=True, exist_ok=True)
    parsed = [_Bron(p) for p in sources]
    if artikelen is not None:
        parsed = [b for b in parsed if b.xml is not None]
    written = []
    for i in range(start, start + n):
        bron = parsed[i % len(parsed)]
        path = out / f"synth-{i:06d}-{bron.path.stem}{bron.path.suffix}"
        path.write_bytes(bron.make(i, rnd, artikelen))
        written.append(path)
    return written


class _Bron:
    """One real file, read once."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.data = read_bytes(path)
        self.xml: etree._Element | None = None
        if path.suffix.lower() == ".xml":
            self.xml = parse_xml(self.data, path).getroot()
            wet = self.xml.find("wetgeving")
            self.title = (wet.findtext("citeertitel") or "") if wet is not None else ""
            self.bwb = self.xml.get("bwb-id") or ""
            self.arts = [etree.tostring(a, encoding="unicode") for a in self.xml.iter("artikel")]
        else:
            text = self.data.decode("utf-8")
            self.bwb = re.search(r"^bwb_id:\s*(\S+)", text, re.M)[1]  # type: ignore[index]
            ident = re.search(r"^\$id:\s*(\S+)", text, re.M)
            self.ident = ident[1] if ident else ""
            self.title = self.ident.replace("_", " ").capitalize()  # as the importer names it

    def make(self, n: int, rnd: random.Random, artikelen: int | None) -> bytes:
        if self.xml is None:
            return self._yaml(n, rnd)
        if artikelen is not None:
            chosen = rnd.sample(self.arts, min(artikelen, len(self.arts)))
            body = self._rename("".join(chosen), n)
            return (f'<?xml version="1.0" encoding="UTF-8"?>\n<!-- {MARK} -->\n<toestand bwb-id="{synthetic_id(n)}" '
                    f'inwerkingtreding="{self.xml.get("inwerkingtreding")}"><wetgeving><citeertitel>{synthetic_title(n)}'
                    f"</citeertitel><wettekst>{body}</wettekst></wetgeving></toestand>\n").encode()
        root = copy.deepcopy(self.xml)
        for parent in {a.getparent() for a in root.iter("artikel")}:
            if parent is None:
                continue
            arts = [a for a in parent if a.tag == "artikel"]
            slots = [parent.index(a) for a in arts]
            rnd.shuffle(arts)
            for slot, a in zip(slots, arts, strict=True):
                parent.insert(slot, a)
        text = self._rename(etree.tostring(root, encoding="unicode"), n)
        return f'<?xml version="1.0" encoding="UTF-8"?>\n<!-- {MARK} -->\n{text}\n'.encode()

    def _yaml(self, n: int, rnd: random.Random) -> bytes:
        text = self.data.decode("utf-8")
        head, sep, body = text.partition("\narticles:\n")
        chunks = re.split(r"(?m)^(?=  - number: )", body)
        lead, entries = chunks[0], chunks[1:]
        groups: dict[str, list[str]] = {}
        for e in entries:  # v0.3 has one entry per lid ('36a.2'): an artikel's entries stay together
            nr = re.match(r"  - number: '?([^'.\n]+)", e)[1]  # type: ignore[index]
            groups.setdefault(nr, []).append(e)
        order = list(groups.values())
        last = order.pop()  # the last entry stays last (the importer compares it with the others)
        rnd.shuffle(order)
        body = lead + "".join("".join(g) for g in [*order, last])
        if self.ident:
            head = head.replace(f"$id: {self.ident}", f"$id: synthetische_wet_{n}")
        return self._rename(f"# {MARK}\n{head}{sep}{body}", n).encode()

    def _rename(self, text: str, n: int) -> str:
        text = text.replace(self.bwb, synthetic_id(n))
        return text.replace(self.title, synthetic_title(n)) if self.title else text
