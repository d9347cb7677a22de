"""The shape of the house: every module imports on its own, only entry points read the environment, the CLI
stays thin (docs/architecture.md)."""

from __future__ import annotations

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
