"""`beslut serve --follow`: a portal on a replica, kept within seconds of the primary."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

from tests.serving import BESLUT

REPORT = "/beslut/beslutsplanering.json?organ=Kommunstyrelsen&fr%C3%A5n=&till=&_shape=array"


def cli(db_path: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([BESLUT, "--db", str(db_path), *args], capture_output=True, text=True, timeout=60)


def tree_digest(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        digest.update(str(path.relative_to(folder)).encode())
        if path.is_file():
            digest.update(path.read_bytes())
    return digest.hexdigest()


@pytest.fixture
def replicating(db_path, tmp_path):
    """The demo archive, replicated by Litestream to a directory every 100 ms."""
    assert cli(db_path, "demo").returncode == 0
    replica = tmp_path / "replika"
    process = subprocess.Popen(
        [BESLUT, "--db", str(db_path), "replicate", str(replica), "--sync-interval", "100ms"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )
    deadline = time.monotonic() + 20
    while not (replica / "ltx").is_dir():
        assert time.monotonic() < deadline and process.poll() is None
        time.sleep(0.1)
    yield replica, process
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=10)


@pytest.mark.slow
def test_a_change_on_the_primary_shows_on_the_follower_within_10_s(db_path, tmp_path, replicating, server_factory):
    replica, primary_replication = replicating
    follower = server_factory(tmp_path / "oanvand.db", "--follow", str(replica))
    assert not (tmp_path / "oanvand.db").exists()  # the follower uses no archive of its own
    start = follower.get("/").text
    assert "Kopia som följer replikan" in start and "Senaste ändringen den innehåller" in start
    assert "Kopia som följer replikan" in follower.get("/-/verifiera").text
    before = follower.get("/-/foljer.json").json()
    rows = follower.get(REPORT).json()
    assert any(r["Datum"] == "2024-08-14" for r in rows) and not any(r["Datum"] == "2024-08-21" for r in rows)

    assert cli(db_path, "plan", "set-date", "2", "2", "2024-08-21").returncode == 0
    changed = time.monotonic()
    while True:  # the portal answers every request while the copy is renewed
        response = follower.get(REPORT)
        assert response.status_code == 200, response.text
        if any(r["Datum"] == "2024-08-21" for r in response.json()):
            break
        assert time.monotonic() - changed < 10, follower.output()
        time.sleep(0.2)
    after = follower.get("/-/foljer.json").json()
    assert after["following"] and after["last_change"] > before["last_change"]
    assert after["txid"] != before["txid"]
    assert follower.get("/-/verifiera.json").json()["ok"]

    # It never writes to the replica: with the primary stopped, the replica stays as it was.
    os.killpg(primary_replication.pid, signal.SIGTERM)
    primary_replication.wait(timeout=10)
    digest = tree_digest(replica)
    time.sleep(1.5)  # longer than Litestream's follow interval
    assert follower.get(REPORT).status_code == 200
    assert tree_digest(replica) == digest
    # Stopped as a service manager stops it, it leaves neither Litestream nor its copies behind.
    litestream = [int(c) for t in Path(f"/proc/{follower.proc.pid}/task").iterdir()
                  for c in (t / "children").read_text().split()]
    assert len(litestream) == 1
    argv = Path(f"/proc/{litestream[0]}/cmdline").read_bytes().decode().split("\0")
    folder = Path(argv[argv.index("-o") + 1]).parent
    assert folder.is_dir() and list(folder.glob("generation-*.db"))
    follower.proc.send_signal(signal.SIGTERM)
    assert follower.proc.wait(timeout=20) == 0
    follower.stop()
    assert not folder.exists()
    assert not Path(f"/proc/{litestream[0]}/cmdline").exists() or not Path(
        f"/proc/{litestream[0]}/cmdline").read_bytes()  # gone, or a zombie until reaped
    assert "Traceback" not in follower.output()


def test_follow_refuses_a_snapshot_and_a_missing_replica(db_path, tmp_path):
    both = cli(db_path, "serve", "--follow", str(tmp_path), "--snapshot")
    assert both.returncode == 2 and "--follow och --snapshot" in both.stderr
    missing = cli(db_path, "serve", "--follow", str(tmp_path / "ingen"), "--port", "1")
    assert missing.returncode == 1 and "kunde inte följa replikan" in missing.stderr
