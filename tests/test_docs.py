"""Every command has help with an example, and the README shows it."""

from __future__ import annotations

import click
import pytest

from beslut.cli import cli
from tests.conftest import ROOT


def all_commands(group: click.Group, prefix=()):
    for name, command in group.commands.items():
        yield (*prefix, name), command
        if isinstance(command, click.Group):
            yield from all_commands(command, (*prefix, name))


COMMANDS = list(all_commands(cli))


@pytest.mark.parametrize("path, command", COMMANDS, ids=[" ".join(p) for p, _ in COMMANDS])
def test_command_has_help_and_is_in_readme(path, command):
    assert command.help, f"beslut {' '.join(path)} has no help"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"beslut {' '.join(path)}" in readme, f"README does not mention `beslut {' '.join(path)}`"
    if not isinstance(command, click.Group):
        assert "Exempel:" in command.help, f"beslut {' '.join(path)} has no Exempel: in its help"
