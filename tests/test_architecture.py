"""The shape of the house: every module imports on its own, only entry points read the environment, the CLI
stays thin (docs/architecture.md)."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import wetgeving

SRC = Path(wetgeving.__file__).parent
MODULES = sorted(m.name for m in pkgutil.walk_packages([str(SRC)], "wetgeving.") if not m.name.endswith("__main__"))


@pytest.mark.parametrize("name", MODULES)
def test_every_module_imports_on_its_own(name: str) -> None:
    importlib.import_module(name)


def test_only_entry_points_read_the_environment() -> None:
    """The catalogue, the register path and the size limit are passed in: only the entry points (the CLI, the web
    application's settings and commands) read os.environ."""
    readers = sorted(str(p.relative_to(SRC)) for p in SRC.rglob("*.py")
                     if re.search(r"os\.environ|os\.getenv|getenv\(", p.read_text(encoding="utf-8")))
    assert readers == ["cli/basis.py", "cli/index.py", "web/__main__.py", "web/opstart.py", "web/settings.py",
                       "web/wsgi.py"], readers


def test_the_cli_is_thin() -> None:
    """Issue 14: no file of the CLI over 300 lines; no analysis modules imported by it directly."""
    files = list((SRC / "cli").glob("*.py"))
    sizes = {p.name: len(p.read_text(encoding="utf-8").splitlines()) for p in files}
    assert max(sizes.values()) <= 300, sizes
    for p in files:
        text = p.read_text(encoding="utf-8")
        assert not re.search(r"from wetgeving\.(diff|verwijzingen|graaf\.bouw|tranches\.bouwen|compliance\.checklist)\b",
                             text), p.name


def test_every_command_lives_in_the_cli() -> None:
    """Issue 14: every click command of ``wetgeving`` is in cli/ (only ``python3 -m wetgeving.web schema`` is the web
    package's own), so the CLI is measured whole; each one the root group lists loads under that name."""
    import click

    from wetgeving.cli.basis import COMMANDS, cli

    outside = sorted(str(p.relative_to(SRC)) for p in SRC.rglob("*.py") if not p.is_relative_to(SRC / "cli")
                     and re.search(r"^@[\w.]*(command|group)\(", p.read_text(encoding="utf-8"), re.M))
    assert outside == ["web/__main__.py"], outside
    ctx = click.Context(cli)
    for name in COMMANDS:
        command = cli.get_command(ctx, name)
        assert command is not None and command.name == name, name
    assert cli.get_command(ctx, "frobnicate") is None


@pytest.mark.parametrize("width", [40, 60, 80])
def test_the_command_list_of_help_is_what_click_would_show_and_loads_no_command(width: int) -> None:
    """``wetgeving --help`` reads the commands' docstrings from source; it must list what click would list by
    importing every command, at any terminal width, and import none of them."""
    import subprocess
    import sys

    import click

    from wetgeving.cli.basis import cli

    ours, clicks = click.HelpFormatter(width=width), click.HelpFormatter(width=width)
    cli.format_commands(click.Context(cli), ours)
    click.Group.format_commands(cli, click.Context(cli), clicks)
    assert ours.getvalue() == clicks.getvalue() and "diff " in ours.getvalue()
    code = ("import sys; from wetgeving.cli import main; main(['--help']); "
            "print([m for m in sys.modules if m.startswith(('wetgeving.cli.', 'wetgeving.app'))], file=sys.stderr)")
    err = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stderr
    assert err.strip() == "['wetgeving.cli.basis']", err


def test_the_cli_loads_no_analysis_before_a_command_runs() -> None:
    """Every invocation imports the CLI: the graph library, Django, python-docx, Jinja2 and the title automaton
    are loaded only by the commands that use them (a structural check, not a timing)."""
    import subprocess
    import sys

    heavy = ("networkx", "django", "docx", "jinja2", "ahocorasick", "wetgeving.app", "wetgeving.graaf")
    code = ("import sys, wetgeving.cli; print(' '.join(sorted(m for m in sys.modules if m.split('.')[0] in "
            f"{heavy!r} or m.startswith(('wetgeving.app', 'wetgeving.graaf')))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == [], out


def test_a_diff_of_two_version_dates_loads_no_tranche_graph_register_or_django(sources: Path) -> None:
    """``wetgeving diff gemeentewet@2022-11-05 gemeentewet@2023-04-01`` names the versions' own dates: the check
    against the tranches (``app/verouderd.py``) must not read them, nor anything else the diff does not use."""
    import os
    import subprocess
    import sys

    code = ("import sys; from wetgeving.cli import main; "
            "code = main(['diff', 'gemeentewet@2022-11-05', 'gemeentewet@2023-04-01', '--only', 'artikel 28']); "
            "print(code, ' '.join(sorted(m for m in sys.modules if m.startswith(('wetgeving.tranches', "
            "'wetgeving.graaf', 'wetgeving.compliance', 'wetgeving.web', 'django', 'networkx')))), file=sys.stderr)")
    env = {**os.environ, "WETGEVING_SOURCES": str(sources)}
    err = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env).stderr
    assert err.strip().splitlines()[-1].strip() == "0", err


# --- Issue 14: "every command is one call into the application layer" -------------------------------------------

LAYER = ("wetgeving.app", "wetgeving.web")  # the CLI's web commands call the web application's own layer


def _layer_names(tree: ast.Module) -> set[str]:
    """The names a CLI module binds to the application layer: its modules and the functions taken from them."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith(LAYER):
            names |= {a.asname or a.name for a in node.names}
    return names


def _calls(node: ast.AST, layer: set[str]) -> set[int]:
    """The numbers of calls into the layer that evaluating ``node`` can make, one per way through it."""
    if isinstance(node, ast.IfExp):
        test = _calls(node.test, layer)
        return {t + x for t in test for x in _calls(node.body, layer) | _calls(node.orelse, layer)}
    own = 0
    if isinstance(node, ast.Call):
        f = node.func
        root = f
        while isinstance(root, ast.Attribute):
            root = root.value
        own = int(isinstance(root, ast.Name) and root.id in layer)
    found = {own}
    for child in ast.iter_child_nodes(node):
        found = {a + b for a in found for b in _calls(child, layer)}
    return found


def _paths(body: list[ast.stmt], start: set[int], layer: set[str]) -> tuple[set[int], set[int]]:
    """(counts of the ways that run on past ``body``, counts of the ways that return in it); a way that raises
    is no answer and is not counted."""
    going, done = set(start), set()
    for stmt in body:
        if isinstance(stmt, ast.If):
            tested = {g + t for g in going for t in _calls(stmt.test, layer)}
            a, ra = _paths(stmt.body, tested, layer)
            c, rc = _paths(stmt.orelse, tested, layer)
            going, done = a | c, done | ra | rc
        elif isinstance(stmt, ast.Raise):
            going = set()
        elif isinstance(stmt, ast.Return):
            done |= {g + x for g in going for x in _calls(stmt, layer)}
            going = set()
        elif isinstance(stmt, ast.With | ast.Try):
            heads = [i.context_expr for i in stmt.items] if isinstance(stmt, ast.With) else []
            for h in heads:
                going = {g + x for g in going for x in _calls(h, layer)}
            going, r = _paths(stmt.body, going, layer)
            done |= r
        elif isinstance(stmt, ast.For | ast.While):
            inner = max(_calls(stmt, layer))
            going = {g + 2 * inner for g in going}  # a call in a loop is many calls
        else:
            going = {g + x for g in going for x in _calls(stmt, layer)}
    return going, done


def test_every_command_is_one_call_into_the_application_layer() -> None:
    """Issue 14: each command parses its options, makes exactly one call into the application layer on every way
    that ends in an answer, and renders what comes back (a way that ends in a usage error makes none)."""
    commands, wrong = 0, []
    for p in sorted((SRC / "cli").glob("*.py")):
        tree = ast.parse(p.read_text(encoding="utf-8"))
        layer = _layer_names(tree)
        for f in tree.body:
            decorators = [d.func for d in getattr(f, "decorator_list", []) if isinstance(d, ast.Call)]
            if not isinstance(f, ast.FunctionDef) or not any(
                    isinstance(d, ast.Attribute | ast.Name) and ast.unparse(d).endswith("command") for d in decorators):
                continue
            commands += 1
            going, done = _paths(f.body, {0}, layer)
            if going | done != {1}:
                wrong.append(f"{p.name}:{f.name} {sorted(going | done)}")
    assert commands >= 25, commands
    assert not wrong, wrong
