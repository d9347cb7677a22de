"""The root command, the catalogue the commands share, and what every command needs: dates, formats, output."""

from __future__ import annotations

import functools
import importlib
import os
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast

import click

from wetgeving import __version__
from wetgeving.bronnen import integriteit, secure
from wetgeving.bronnen.catalogus import Catalogus
from wetgeving.errors import UsageError
from wetgeving.render.uitvoer import check_extension, format_for, lees_moment, weiger_in_bronnen, weiger_overschrijven
from wetgeving.util import atomic_write, stuurteken, stuurteken_genoemd

if TYPE_CHECKING:
    from wetgeving.compliance.register import Beoordelingsopslag

__all__ = ["check_extension", "format_for", "weiger_in_bronnen"]

F = TypeVar("F", bound=Callable[..., Any])


COMMANDS = {  # name → module:object. Only the module of the command that runs is imported; --help reads the
    # commands' help from their modules' source (tests/test_architecture.py checks it is what click would show).
    "apply": "cli.wijzigingen:apply_cmd", "checklist": "cli.naleving:checklist", "cited-by": "cli.index:cited_by_cmd",
    "consult": "cli.consultatie:consult", "convert": "cli.regelingen:convert", "dangling": "cli.index:dangling_cmd",
    "diff": "cli.vergelijken:diff_cmd", "graph": "cli.graaf:graph", "index": "cli.index:index_group",
    "instructions": "cli.wijzigingen:instructions_cmd", "obligations": "cli.naleving:obligations",
    "parse-act": "cli.wijzigingen:parse_act_cmd", "refs": "cli.graaf:refs", "register": "cli.register:register",
    "serve": "cli.web:serve", "show": "cli.regelingen:show", "sources": "cli.regelingen:sources",
    "tranche": "cli.tranches:tranche", "user": "cli.web:user", "validate": "cli.regelingen:validate"}


class Commandos(click.Group):
    """The root group: it knows its commands by name and imports a command's module only when asked for it
    (the pattern of click's documentation, "lazily loading subcommands")."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS:
            return None
        module, name = COMMANDS[cmd_name].split(":")
        found = getattr(importlib.import_module(f"wetgeving.{module}"), name)
        assert isinstance(found, click.Command), COMMANDS[cmd_name]
        return found

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The command list of ``wetgeving --help``, without importing every command's module (and what those
        import): each command's docstring is read from its module's source."""
        limit = formatter.width - 6 - max(map(len, COMMANDS))
        with formatter.section("Commands"):
            # click's own shortening, through its public API (click 8.5 deprecated make_default_short_help)
            formatter.write_dl([(n, click.Command(n, help=docstring(COMMANDS[n])).get_short_help_str(limit))
                                for n in sorted(COMMANDS)])


@functools.cache
def _functions(module: str) -> dict[str, str]:
    import ast  # only for --help
    import importlib.util

    spec = importlib.util.find_spec(f"wetgeving.{module}")
    assert spec is not None and spec.origin is not None, module
    tree = ast.parse(Path(spec.origin).read_text(encoding="utf-8"))
    return {f.name: ast.get_docstring(f) or "" for f in tree.body if isinstance(f, ast.FunctionDef)}


def docstring(where: str) -> str:
    """The help of the command at ``module:function``, as click takes it from the function's docstring."""
    module, name = where.split(":")
    return _functions(module)[name]


@click.group(cls=Commandos, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="wetgeving", message="%(prog)s, versie %(version)s")
@click.option("--allow-modified", is_flag=True,
              help="Use sources whose SHA-256 differs from corpus/bronnen.toml (your own edited copy); "
                   "every output then says it was made from a modified copy.")
def cli(allow_modified: bool) -> None:
    """Dutch municipal law and its integrity amendments, as data.

    Regelingen are named by short name or BWB id with an optional date (gemeentewet@2023-04-01,
    BWBR0004627) or by a file (BWB XML, regelrecht YAML, our XML). Every source is checked against
    its SHA-256 in corpus/bronnen.toml when it is read.
    """
    integriteit.allow_modified(allow_modified)
    secure.set_max_bytes(os.environ.get("WETGEVING_MAX_BYTES"))
    click.get_current_context().obj = Catalogus.uit_omgeving(os.environ)


def cat(mirror: Path | None = None) -> Catalogus:
    """The catalogue of this invocation (the root command built it from the environment), looking in
    ``mirror`` first when given."""
    found = click.get_current_context().find_root().obj
    assert isinstance(found, Catalogus), "the root command 'wetgeving' builds the catalogue"
    return found.met_map(mirror)


def store(given: Path | None, *, write: bool = False, create: bool = False) -> Beoordelingsopslag:
    """The register of assessments, the one the web application uses: with ``DATABASE_URL`` its PostgreSQL
    database (through the ORM), else the SQLite file ``given`` or the default one."""
    if os.environ.get("DATABASE_URL"):
        if given is not None:
            raise UsageError("--register noemt een SQLite-bestand, maar DATABASE_URL wijst de database al aan",
                             hint="laat --register weg, of maak DATABASE_URL leeg")
        from wetgeving.web.opstart import setup

        setup()  # before the models are imported: they need the settings
        from wetgeving.web.register import OrmRegister

        return OrmRegister()
    from wetgeving.app.naleving import register_file

    if write and given is not None:  # a register in a folder of the sources (helper-220)
        weiger_in_bronnen(given, cat())
    found = register_file(given, os.environ, write=write, create=create)
    click.get_current_context().meta.setdefault(GELEZEN, []).append(found.path)  # an input, never an output
    return found  # (the ORM's database above is no file an output could name)


GELEZEN = "wetgeving.gelezen"  # the files a command opened besides the ones its parameters name (the register)


def _gelezen(ctx: click.Context) -> list[Path]:
    """The files this command reads: its arguments and options that name an existing file, and the register it opened."""
    waarden = [w for k, v in ctx.params.items() if k != "output" for w in (v if isinstance(v, tuple) else (v,))]
    register: list[Path] = ctx.meta.get(GELEZEN, [])
    return [Path(w) for w in waarden if isinstance(w, (str, Path)) and w and Path(w).is_file()] + register


def day(value: str | None, option: str = "--date") -> date | None:
    moment = moment_of(value, option, tijd=False)
    return moment.date() if moment else None


def moment_of(value: str | None, option: str = "--date", *, tijd: bool = True) -> datetime | None:
    return None if value is None else lees_moment(value, option, tijd=tijd)


def check_author(ctx: click.Context, param: click.Parameter, value: str) -> str:
    """A name that goes into a document must be XML text (no control characters), and a name: «--author ""» wrote
    w:author="" on every revision (helper-98; consult's default "" takes the organisation)."""
    if (value or param.default != "") and not value.strip():  # consult's "" is its default: the organisation; spaces
        raise UsageError("--author is leeg", hint="geef een naam, of laat --author weg")  # are no name (not: helper-197)
    bad = stuurteken(value)
    if bad is not None:
        raise UsageError(f"--author bevat een stuurteken ({stuurteken_genoemd(value, bad)})",
                         hint="geef een gewone naam")
    return value


def refuse_existing(output: Path | None, force: bool) -> None:
    """:func:`~wetgeving.render.uitvoer.weiger_overschrijven` with what this command reads and its catalogue."""
    ctx = click.get_current_context(silent=True)
    root = ctx.find_root().obj if ctx else None
    weiger_overschrijven(output, force, gelezen=lambda: _gelezen(ctx) if ctx else [],
                         cat=root if isinstance(root, Catalogus) else None)


def emit(output: Path | None, data: str | bytes, force: bool) -> None:
    """Write to OUTPUT atomically (never half a file, no overwrite without --force), or to stdout.
    An output made from a modified source (--allow-modified) is marked so in its own format."""
    mark = integriteit.markering()
    if mark:
        from wetgeving.render.markering import markeer

        data = markeer(data, mark)
    if output is None:
        if isinstance(data, bytes):
            raise UsageError("dit formaat (Word, PDF) kan niet op het scherm worden getoond", hint="geef --output met een "
                             "bestandsnaam met de extensie van het formaat (zoals .docx)")  # consult writes no .pdf
        click.echo(data, nl=False)
        return
    refuse_existing(output, force)
    nieuw = not output.parent.exists()  # helper-201: «-o /nonexist/dir/x.pdf» made the folders without a word
    atomic_write(output, data)
    click.echo(f"geschreven: {output}" + (f" (map {output.parent} aangemaakt)" if nieuw else ""), err=True)


def output_options(*formats: str, default: str = "") -> Callable[[F], F]:
    """``--output/-o FILE`` and ``--force``; with ``formats`` also ``--format``, which the command receives
    resolved: as given, else from the extension of --output, else ``default``. Without ``formats``,
    ``default`` is the one format the command writes."""
    def add(command: F) -> F:
        @functools.wraps(command)
        def wrapped(*args: Any, output: Path | None, **kwargs: Any) -> Any:
            if formats:
                kwargs["fmt"] = format_for(kwargs.pop("fmt"), output, formats, default)
            elif default:  # one format: an extension of another is refused (no Markdown in a .docx)
                check_extension(output, default)
            return command(*args, output=output, **kwargs)
        f = cast(F, wrapped)
        f = click.option("--output", "-o", type=click.Path(path_type=Path, dir_okay=False), callback=dash_is_stdout,
                         help="Write to FILE (its extension picks the format)." if formats else
                         f"Write {default} to FILE (an extension of another format is refused).")(force_option(f))
        return click.option("--format", "fmt", type=click.Choice(formats), default=None,
                            help=f"Default: from the extension of --output, else {default}.")(f) if formats else f
    return add


STDOUT = Path("-")


def dash_is_stdout(ctx: click.Context, param: click.Parameter, value: Path | None) -> Path | None:
    """«-o -»: standard output, not a file named «-» (helper-116, helper-118); the callback of every --output."""
    return None if value == STDOUT else value

force_option = click.option("--force", is_flag=True, help="Overwrite OUTPUT if it exists.")


def date_option(help: str) -> Callable[[F], F]:
    return click.option("--date", "when", help=help)


def register_options(f: F) -> F:
    """``--gemeenten FILE`` and ``--register FILE``."""
    return gemeenten_option(register_option(f))


gemeenten_option = click.option("--gemeenten", "gemeenten_file", type=click.Path(path_type=Path, dir_okay=False),
                                 envvar="WETGEVING_GEMEENTEN",  # the web application's list too
                                 help="The list of gemeenten (CBS 'Gemeenten alfabetisch' as CSV or XLSX; default: "
                                      "WETGEVING_GEMEENTEN, else the example list).")
register_option = click.option("--register", "register_file", type=click.Path(path_type=Path, dir_okay=False),
                               help="The SQLite database of assessments (default: WETGEVING_REGISTER, else the "
                                    "web application's database; with DATABASE_URL that one).")
