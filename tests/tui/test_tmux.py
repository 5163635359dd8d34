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

    def start(self, command: list[str], env: dict[str, str], size: tuple[int, int] = (120, 40)) -> None:
        """A detached session (120x40 unless told); the server gets only `env` (no COLUMNS/LINES
        from pytest, which would override the pane's real size)."""
        self.run("new-session", "-d", "-x", str(size[0]), "-y", str(size[1]), "-s", self.session,
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


def test_beslut_tui_exits_when_its_terminal_goes_away(tmp_path, tmux):
    """A dropped terminal whose SIGHUP never reaches the app (here ignored by the parent
    and so by beslut, as `make run` keeps it from its child) must not leave the app running."""
    db = tmp_path / "kommun.db"
    with open_archive(db) as archive:
        sample.build(archive)
    env = {"BESLUT_USER": "testare", "TERM": "xterm-256color", "LANG": "C.UTF-8", "PATH": os.environ["PATH"],
           "HOME": str(tmp_path)}
    pid_file = tmp_path / "pid"
    command = " ".join(_quote(c) for c in [str(BESLUT), "--db", str(db), "tui"])
    tmux.start(["sh", "-c", f"trap '' HUP; echo $$ > {_quote(str(pid_file))}; exec {command}"], env)
    tmux.wait_for("Revidering av policy för Malmö stads")
    pid = int(pid_file.read_text())
    tmux.kill()  # the terminal goes away
    deadline = time.monotonic() + 15
    while Path(f"/proc/{pid}").exists() and time.monotonic() < deadline:
        time.sleep(0.2)
    alive = Path(f"/proc/{pid}").exists() and "Z" not in Path(f"/proc/{pid}/stat").read_text().split()[2]
    if alive:
        os.kill(pid, 9)
    assert not alive, "beslut kept running after its terminal went away"


def test_postpone_add_list_and_dispatch_in_a_real_terminal(tmp_path, tmux):
    """The clerk's round in a real terminal: open the Malmö matter, postpone the
    Kommunstyrelsen step to the body's next meeting, add the distribution list "Alla
    nämnder", mark all dispatched; then `beslut show --json`, another process, shows
    exactly that."""
    import json

    db = tmp_path / "kommun.db"
    with open_archive(db) as archive:
        ids = sample.build_all(archive)
        before = json.loads(subprocess.run([str(BESLUT), "--db", str(db), "show", "--json", str(ids["Malmö"])],
                                           capture_output=True, text=True, check=True).stdout)
    env = {
        "BESLUT_USER": "sekreterare", "TERM": "xterm-256color", "LANG": "C.UTF-8",
        "PATH": os.environ["PATH"], "HOME": str(tmp_path), "CI": os.environ.get("CI", ""),
    }
    tmux.start(["sh", "-c", " ".join(_quote(c) for c in [str(BESLUT), "--db", str(db), "tui"])], env)
    tmux.wait_for("Revidering av policy för Malmö stads")
    time.sleep(0.5)
    tmux.keys("/")
    time.sleep(0.5)
    tmux.keys("-l", "internationella")
    tmux.wait_for("Visar ärende 1–1")
    tmux.keys("Enter")
    time.sleep(0.3)
    tmux.keys("Enter")
    tmux.wait_for("Kommunstyrelsens arbetsutskott  2024-08-05")
    tmux.keys("Down")
    time.sleep(0.3)
    tmux.keys("p")
    tmux.wait_for("Skjut upp steg 2")
    tmux.keys("Enter")  # empty date: the body's next meeting
    tmux.wait_for("bordlagt")
    tmux.wait_for("Kommunstyrelsen                 2024-08-28")
    tmux.keys("3")
    tmux.wait_for("27 mottagare, 0 expedierade")
    tmux.keys("l")
    tmux.wait_for("Alla nämnder (")
    tmux.keys("Down")
    time.sleep(0.3)
    tmux.keys("Enter")
    tmux.wait_for("28 mottagare, 0 expedierade")
    tmux.keys("x")
    tmux.wait_for("Expedierat den")
    tmux.keys("C-u")
    time.sleep(0.3)
    tmux.keys("-l", "2 sep 2024")
    tmux.wait_for("2 sep 2024")
    tmux.keys("Enter")
    tmux.wait_for("28 mottagare, 28 expedierade")
    tmux.keys("C-q")
    deadline = time.monotonic() + 10
    while tmux.alive() and time.monotonic() < deadline:
        time.sleep(0.1)

    shown = json.loads(subprocess.run([str(BESLUT), "--db", str(db), "show", "--json", str(ids["Malmö"])],
                                      capture_output=True, text=True, check=True).stdout)
    assert shown["planning"] == [
        {"body": "Kommunstyrelsens arbetsutskott", "date": "2024-08-05", "role": "bereder", "decides": False,
         "outcome": None},
        {"body": "Kommunstyrelsen", "date": "2024-08-14", "role": "bereder", "decides": False, "outcome": "bordlagt"},
        {"body": "Kommunstyrelsen", "date": "2024-08-28", "role": "bereder", "decides": False, "outcome": None},
        {"body": "Kommunfullmäktige", "date": "2024-08-29", "role": "beslutar", "decides": True, "outcome": None},
    ]
    expected = [dict(r, sent_on="2024-09-02") for r in before["recipients"]]
    expected.append({"name": sample.EXTRA_NAMND, "title": None, "sent_on": "2024-09-02", "kind": "body"})
    assert shown["recipients"] == expected
    assert shown["version"] == before["version"] + 3
    for key in ("proposals", "basis", "responsible", "title", "case_number"):
        assert shown[key] == before[key]
    with open_archive(db) as archive:
        actors = {r["actor"] for r in archive.query("SELECT actor FROM changes WHERE matter_id = ? AND id > ("
                                                    "SELECT max(id) FROM changes WHERE actor = 'testare')",
                                                    (ids["Malmö"],))}
    assert actors == {"sekreterare"}


def test_every_tab_and_key_in_an_80x24_terminal(tmp_path, tmux):
    """Issue 14, defect 9, in a real terminal of 80x24: the footer's area keys, all seven
    tabs, the Expedierat dates whole, Historik in words."""
    from archive.dispatch import mark_dispatched

    db = tmp_path / "kommun.db"
    with open_archive(db) as archive:
        ids = sample.build_all(archive)
        mark_dispatched(archive, ids["Malmö"], [1], on="2024-09-02")
    env = {"BESLUT_USER": "testare", "TERM": "xterm-256color", "LANG": "C.UTF-8", "PATH": os.environ["PATH"],
           "HOME": str(tmp_path)}
    tmux.start([str(BESLUT), "--db", str(db), "tui"], env, size=(80, 24))
    tmux.wait_for("Revidering av")
    screen = tmux.wait_for("f5 Att göra")  # the footer's second line
    assert "Kommandon" in screen
    time.sleep(0.5)
    tmux.keys("/")
    time.sleep(0.3)
    tmux.keys("-l", "internationella")
    time.sleep(0.5)
    tmux.keys("Enter")
    time.sleep(0.3)
    tmux.keys("Enter")
    screen = tmux.wait_for("7 Historik")
    assert all(f"{n} " in screen for n in range(1, 8))
    tmux.keys("3")
    screen = tmux.wait_for("Expedierat")
    first = next(line for line in screen.splitlines() if "Arbetsmarknads" in line)
    assert first.rstrip().rstrip("▁▇█▐▌ ").endswith("2024-09-02"), first
    tmux.keys("7")  # the newest change, cut in its column, in full under the table
    screen = tmux.wait_for("testare: Mottagare")
    assert "Mottagare Arbetsmarknads- och socialnämnden: expedierad 2024-09-02" in " ".join(
        line.strip() for line in screen.splitlines())
    tmux.keys("C-q")
