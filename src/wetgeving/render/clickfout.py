"""Click's usage errors (a missing argument, an unknown option, a wrong value) as one Dutch line with what
to do, instead of click's English "Usage: … Error: …"."""

from __future__ import annotations

import click


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


def dutch(exc: click.ClickException) -> tuple[str, str]:
    """The Dutch message and what to do, for a usage error of ``command``."""
    ctx = getattr(exc, "ctx", None)
    where = f"wetgeving {' '.join(ctx.command_path.split()[1:])}".strip() if ctx is not None else "wetgeving"
    hint = f"zie '{where} --help'"
    if isinstance(exc, click.MissingParameter):
        return f"{_name(exc.param)} ontbreekt", hint
    if isinstance(exc, click.NoSuchOption):
        near = sorted(exc.possibilities or ())
        return f"onbekende optie {exc.option_name}", (f"bedoelt u {', '.join(near)}? " if near else "") + hint
    if isinstance(exc, click.BadOptionUsage):
        return f"{exc.option_name} vraagt een waarde", hint
    if isinstance(exc, click.BadParameter):
        return f"ongeldige waarde voor {_name(exc.param)}", _value_problem(exc) + "; " + hint
    if "extra argument" in exc.message:
        return "te veel argumenten: " + exc.message.split("(", 1)[-1].rstrip(")"), hint
    if "No such command" in exc.message:
        return "onbekende opdracht " + exc.message.split("No such command", 1)[1].strip(" .'\""), "zie 'wetgeving --help'"
    return f"verkeerd gebruik (click meldt: {exc.message})", hint
