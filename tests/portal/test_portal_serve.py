"""`beslut serve` as a real process: the schedule CSV, a live change, 404, clean logs."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from archive.serving import OneLineFormatter
from tests.serving import BESLUT


def run_cli(db_path: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([BESLUT, "--db", str(db_path), *args], capture_output=True, text=True, timeout=60)


def open_modes(pid: int, path: Path) -> list[int]:
    """Access modes (O_RDONLY, O_RDWR …) of the descriptors process `pid` holds on `path`."""
    modes = []
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            if Path(os.readlink(fd)) == path.resolve():
                flags = int(Path(f"/proc/{pid}/fdinfo/{fd.name}").read_text().split("flags:")[1].split()[0], 8)
                modes.append(flags & os.O_ACCMODE)
        except (FileNotFoundError, IndexError):
            continue
    return modes


SCHEDULE = "/beslut/sammantradesplan.csv?organ={}&%C3%A5r=2024"
TITLE = "Revidering av policy för Malmö stads internationella arbete"


@pytest.mark.slow
def test_beslut_serve_process(seeded, db_path, server_factory):
    seeded.close()  # the server and the CLI are separate processes, as in real use
    server = server_factory(db_path)
    for body, date in [("Kommunstyrelsens%20arbetsutskott", "2024-08-05"), ("Kommunstyrelsen", "2024-08-14"),
                       ("Kommunfullmäktige", "2024-08-29")]:
        response = server.get(SCHEDULE.format(body))
        assert response.status_code == 200
        assert f"{date},," in response.text and TITLE in response.text

    # A clerk changes a date with the CLI while the server runs: the next request shows it.
    result = run_cli(db_path, "plan", "set-date", "2", "2", "2024-08-21")
    assert result.returncode == 0, result.stderr
    text = server.get(SCHEDULE.format("Kommunstyrelsen")).text
    assert "2024-08-21,,Kommunstyrelsen,Malmö" in text and "2024-08-14" not in text

    assert server.get("/no/such/page").status_code == 404
    delete = server.get("/beslut.json", params={"sql": "WITH d AS (SELECT 1) DELETE FROM matters"})
    assert delete.status_code == 400
    assert run_cli(db_path, "show", "2", "--json").returncode == 0

    # The server holds the archive file only through read-only descriptors (mode=ro).
    modes = open_modes(server.proc.pid, db_path)
    assert modes and set(modes) == {os.O_RDONLY}

    server.stop()
    log = server.output()
    assert "GET /no/such/page" in log and "404" in log
    assert "Traceback" not in log
    assert "locals" not in log.lower() and "│" not in log


@pytest.mark.slow
def test_beslut_serve_snapshot_does_not_move(seeded, db_path, server_factory):
    """--snapshot serves a frozen copy (VACUUM INTO): a write to the live archive after the
    start does not show, and the server never holds the live file open."""
    seeded.close()
    server = server_factory(db_path, "--snapshot")
    before = server.get(SCHEDULE.format("Kommunstyrelsen")).text
    assert "2024-08-14,,Kommunstyrelsen,Malmö" in before
    assert "Ögonblicksbild av arkivet tagen" in server.get("/").text

    result = run_cli(db_path, "plan", "set-date", "2", "2", "2024-08-21")
    assert result.returncode == 0, result.stderr
    assert "2024-08-21" in run_cli(db_path, "show", "2").stdout  # the live archive did change
    assert server.get(SCHEDULE.format("Kommunstyrelsen")).text == before
    assert server.get("/-/export/planning_steps.csv").text.count("2024-08-21") == 0
    assert open_modes(server.proc.pid, db_path) == []

    # The same request to a live server shows the change.
    live = server_factory(db_path)
    assert "2024-08-21,,Kommunstyrelsen,Malmö" in live.get(SCHEDULE.format("Kommunstyrelsen")).text

    server.stop()
    assert "ögonblicksbild" in server.output() and "Traceback" not in server.output()


def test_a_logged_exception_is_one_line_without_traceback():
    formatter = OneLineFormatter("%(levelname)s %(name)s: %(message)s")
    for error, shown in ((RuntimeError("kaboom\nhemligt = 'lösenord'"), "RuntimeError: kaboom"),
                         (KeyboardInterrupt(), "KeyboardInterrupt")):
        try:
            raise error
        except BaseException:
            record = logging.LogRecord("beslut.portal", logging.ERROR, __file__, 1, "export %s\nföll", ("x",),
                                       sys.exc_info())
        assert formatter.format(record) == f"ERROR beslut.portal: export x föll [{shown}]"
