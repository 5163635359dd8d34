"""`beslut tui` in a real terminal: a detached tmux session (works without a terminal,
as in CI), read back with `capture-pane`."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
import tui_sample as sample

from archive import open_archive

BESLUT = Path(sys.executable).with_name("beslut")

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed (make test installs it)")


class Tmux:
    """One private tmux server (its own socket), so the test touches no other session."""

    def __init__(self, tmp_path: Path):
        self.socket = str(tmp_path / "tmux.sock")
        self.session = "beslut"

    def run(self, *args: str, check: bool = True, env: dict | None = None) -> subprocess.CompletedProcess:
        return subprocess.run(
            ["tmux", "-S", self.socket, *args], capture_output=True, text=True, check=check, env=env
        )

    def start(self, command: list[str], env: dict[str, str]) -> None:
        """A detached 120x40 session; the server gets only `env` (no COLUMNS/LINES from pytest,
        which would override the pane's real size)."""
        self.run("new-session", "-d", "-x", "120", "-y", "40", "-s", self.session,
                 " ".join(_quote(c) for c in command), env=env)

    def screen(self) -> str:
        return self.run("capture-pane", "-p", "-t", self.session).stdout

    def wait_for(self, text: str, timeout: float = 20) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            screen = self.screen()
            if text in screen:
                return screen
            time.sleep(0.1)
        raise AssertionError(f"{text!r} never appeared on screen:\n{self.screen()}")

    def keys(self, *keys: str) -> None:
        self.run("send-keys", "-t", self.session, *keys)

    def alive(self) -> bool:
        return self.run("has-session", "-t", self.session, check=False).returncode == 0

    def kill(self) -> None:
        self.run("kill-server", check=False)


def _quote(text: str) -> str:
    return "'" + text.replace("'", "'\\''") + "'"


@pytest.fixture
def tmux(tmp_path):
    session = Tmux(tmp_path)
    yield session
    session.kill()


def test_beslut_tui_shows_the_matter_list_in_a_real_terminal(tmp_path, tmux):
    db = tmp_path / "kommun.db"
    with open_archive(db) as archive:
        sample.build(archive)
    env = {
        "BESLUT_USER": "testare", "TERM": "xterm-256color", "LANG": "C.UTF-8",
        "PATH": os.environ["PATH"], "HOME": str(tmp_path), "CI": os.environ.get("CI", ""),
    }
    status = tmp_path / "status"
    command = " ".join(_quote(c) for c in [str(BESLUT), "--db", str(db), "tui"])
    tmux.start(["sh", "-c", f"{command}; echo $? > {_quote(str(status))}"], env)
    screen = tmux.wait_for("Revidering av policy för Malmö stads")
    assert "Motion (MP) - Sök vänortssamarbete" in screen
    assert "Ärenden" in screen or "Sök" in screen
    assert "2024-08-05 Kommunstyrelsens arbetsutskott" in screen  # the next step column
    tmux.keys("C-q")
    deadline = time.monotonic() + 10
    while tmux.alive() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not tmux.alive(), "beslut did not quit on Ctrl+Q"
    assert status.read_text().strip() == "0"
