"""Click's usage errors (a missing argument, an unknown option, a wrong value) as one Dutch line with what
to do, instead of click's English "Usage: … Error: …"."""

from __future__ import annotations

import ast
import re

import click

_PATH = re.compile(r"^\w+ (?P<pad>'.*'|\".*\") (?P<wat>does not exist|is a file|is a directory|is not readable|"
                   r"is not writable|is not executable)\.$", re.S)
_PATH_NL = {"does not exist": ("bestaat niet", "controleer het pad"),
            "is a file": ("is een bestand, geen map", "noem een map"),
            "is a directory": ("is een map, geen bestand", "noem een bestand"),
            "is not readable": ("is niet leesbaar", "controleer of u het mag lezen"),
            "is not writable": ("is niet schrijfbaar", "controleer of u erin mag schrijven"),
            "is not executable": ("is niet uitvoerbaar", "controleer het pad")}


def _name(param: click.Parameter | None) -> str:
    if param is None:
        return "een waarde"
    if isinstance(param, click.Option):
        return max(param.opts, key=len)
    return (param.name or "ARGUMENT").upper()


def _value_problem(exc: click.BadParameter) -> str:
    param = exc.param
    if param is not None and isinstance(param.type, click.Choice):
        return "kies een van: " + ", ".join(map(str, param.type.choices))
    if param is not None and isinstance(param.type, click.Path):
        return "het pad bestaat niet of is van de verkeerde soort (bestand of map)"
    if param is not None and isinstance(param.type, click.IntRange):
        low, high = param.type.min, param.type.max
        return "geef een geheel getal" + (f" van ten minste {low}" if low is not None else "") + (
            f" en ten hoogste {high}" if high is not None else "")
    if param is not None and isinstance(param.type, click.types.IntParamType):
        return "geef een geheel getal"
    return f"click meldt: {exc.message}"


def _path_problem(exc: click.BadParameter) -> tuple[str, tuple[str, str]] | None:
    """The path and what is wrong with it (in Dutch, with what to do), from click's message about a path."""
    if exc.param is None or not isinstance(exc.param.type, click.Path) or not (m := _PATH.match(exc.message)):
        return None
    try:
        pad = str(ast.literal_eval(m["pad"]))  # click quotes the path with repr()
    except (ValueError, SyntaxError):
        pad = m["pad"]
    return pad, _PATH_NL[m["wat"]]


def dutch(exc: click.ClickException) -> tuple[str, str]:
    """The Dutch message and what to do, for a usage error of ``command``."""
    ctx = getattr(exc, "ctx", None)
    where = f"wetgeving {' '.join(ctx.command_path.split()[1:])}".strip() if ctx is not None else "wetgeving"
    hint = f"zie '{where} --help'"
    if isinstance(exc, click.MissingParameter):
        return f"{_name(exc.param)} ontbreekt", hint
    if isinstance(exc, click.NoSuchOption):
        if exc.option_name == "--allow-modified" and where != "wetgeving":  # helper-65, helper-75: the hint said «geef»
            return (f"--allow-modified hoort bij 'wetgeving' zelf, niet bij '{where}'",
                    f"zet het vóór de opdracht: 'wetgeving --allow-modified {where.removeprefix('wetgeving ')} …'")
        near = sorted(exc.possibilities or ())
        return f"onbekende optie {exc.option_name}", (f"bedoelt u {', '.join(near)}? " if near else "") + hint
    if isinstance(exc, click.BadOptionUsage):
        return f"{exc.option_name} vraagt een waarde", hint
    if isinstance(exc, click.BadParameter):
        if (path := _path_problem(exc)) is not None:
            pad, (wat, doen) = path
            return f"ongeldige waarde voor {_name(exc.param)}: {pad} {wat}", f"{doen}; {hint}"
        return f"ongeldige waarde voor {_name(exc.param)}", _value_problem(exc) + "; " + hint
    if "extra argument" in exc.message:  # «artikel 36a, tweede lid» without quotes is three arguments (helper-75)
        extra = exc.message.split("(", 1)[-1].rstrip(")")
        if where == "wetgeving obligations":  # helper-115: «obligations GM0363» (a gemeente's list is the checklist)
            return f"te veel argumenten: {extra}", ("obligations noemt de verplichtingen zonder gemeente; voor één "
                                                    f"gemeente: 'wetgeving checklist {_arg(extra)} --date …'; {hint}")
        return f"te veel argumenten: {extra}", (
            "zet een verwijzing met spaties tussen aanhalingstekens, zoals \"artikel 36a, tweede lid\"; " + hint)
    if "No such command" in exc.message:
        return "onbekende opdracht " + exc.message.split("No such command", 1)[1].strip(" .'\""), "zie 'wetgeving --help'"
    return f"verkeerd gebruik (click meldt: {exc.message})", hint


def _arg(tekst: str) -> str:
    """An argument as the user types it again: quoted when it holds a space («"Den Haag"», helper-118)."""
    return f'"{tekst}"' if " " in tekst else tekst

