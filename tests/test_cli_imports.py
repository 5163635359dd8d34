"""What a `beslut` command imports: only what it runs. Start-up is most of a short command's
time (bench/archive_bench.py compares `export planning` of one body's year, whole process,
with sqlite3 -csv), so a command does not import the other commands' modules, nor the
archive modules only they need. Not a timing: which modules a real process loaded."""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys

import click
import pytest
from click.testing import CliRunner

from beslut.cli import LAZY_COMMANDS, LazyCommands, cli
from tests.conftest import ROOT


def modules_after(*args: str) -> set[str]:
    """The modules a fresh `beslut ARGS` process has loaded when the command has run."""
    code = (  # the list printed as Python, not JSON: the json module is one to look for
        "import sys\n"
        "from beslut.cli import cli\n"
        "try:\n"
        f"    cli.main({list(args)!r}, prog_name='beslut')\n"
        "except SystemExit as end:\n"
        "    assert not end.code, end.code\n"
        "print(sorted(sys.modules), file=sys.stderr)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    return set(ast.literal_eval(result.stderr.strip().splitlines()[-1]))


def test_export_planning_imports_no_other_command_and_no_unused_archive_module(db_path, tmp_path):
    assert CliRunner().invoke(cli, ["--db", str(db_path), "demo"]).exit_code == 0
    loaded = modules_after("--db", str(db_path), "export", "planning", "--year", "2024",
                           "--body", "Kommunfullmäktige", "-o", str(tmp_path / "ut.csv"))
    assert "archive.export" in loaded
    assert (tmp_path / "ut.csv").read_text(encoding="utf-8").startswith("datum,organ,")
    command_modules = {target.partition(":")[0] for target in LAZY_COMMANDS.values()}
    assert not loaded & command_modules
    # History (the report exports' change sentences), its protocol and deadline rules, and the
    # time zone: none of them is needed to write the planning.
    assert not loaded & {"archive.history", "archive.protocol", "archive.deadlines", "archive.matters",
                         "zoneinfo", "json"}


def test_help_lists_every_command_a_module_of_its_own_holds():
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0
    listed = {line.split()[0].rstrip("*") for line in result.output.split("Kommandon:")[1].splitlines()
              if line.startswith("  ") and line.split()}
    assert set(LAZY_COMMANDS) <= listed
    assert {"export", "list", "show", "tui"} <= listed



def test_lazy_commands_name_every_command_their_modules_define():
    """LAZY_COMMANDS is the only list of these commands: a command a cmd_ module defines but
    the list leaves out would silently be no command at all, and a listed name must be the
    command's own."""
    defined = {}
    for module_name in {target.partition(":")[0] for target in LAZY_COMMANDS.values()}:
        module = importlib.import_module(module_name)
        commands = {name: obj for name, obj in vars(module).items() if isinstance(obj, click.Command)}
        nested = {id(sub) for obj in commands.values() if isinstance(obj, click.Group)
                  for sub in obj.commands.values()}
        defined.update({f"{module_name}:{name}": obj.name for name, obj in commands.items()
                        if id(obj) not in nested})
    assert defined == {target: name for name, target in LAZY_COMMANDS.items()}


def test_lazy_commands_import_only_on_look_up_and_refuse_a_command_of_another_name():
    commands = LazyCommands({}, {"nowhere": "no_such_module:command", "check": "beslut.cmd_deadlines:due"})
    assert "nowhere" in commands and sorted(commands) == ["check", "nowhere"] and len(commands) == 2
    with pytest.raises(ModuleNotFoundError):
        commands["nowhere"]
    with pytest.raises(RuntimeError, match="'due', not 'check'"):
        commands["check"]
