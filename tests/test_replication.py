"""Litestream replication: to a directory and to a local S3-compatible server (also over TLS
with a CA of its own), restored whole and as it was at a point in time."""

from __future__ import annotations

import json
import os
import signal
import ssl
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from beslut.cli import cli

BESLUT = str(Path(sys.executable).parent / "beslut")


def run(db_path, *args):
    return CliRunner().invoke(cli, ["--db", str(db_path), *args])


def test_print_config_names_the_target(db_path, tmp_path):
    result = run(db_path, "replicate", str(tmp_path / "replika"), "--print-config")
    config = json.loads(result.output)
    assert config["dbs"][0]["path"] == str(db_path.resolve())
    assert config["dbs"][0]["replicas"][0]["url"] == (tmp_path / "replika").resolve().as_uri()
    s3 = json.loads(run(db_path, "replicate", "s3://kommun/beslut", "--print-config").output)
    assert s3["dbs"][0]["replicas"][0]["url"] == "s3://kommun/beslut"


def test_replica_restores_to_the_same_rows(db_path, tmp_path):
    assert run(db_path, "demo").exit_code == 0
    replica = tmp_path / "replika"
    process = subprocess.Popen(
        [BESLUT, "--db", str(db_path), "replicate", str(replica), "--sync-interval", "100ms"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env={**os.environ}, start_new_session=True,
    )
    try:
        assert run(db_path, "plan", "set-date", "2", "2", "2024-08-21").exit_code == 0
        assert run(db_path, "plan", "set-date", "2", "3", "2024-09-26").exit_code == 0
        expected = run(db_path, "show", "2", "--json").output
        restored = tmp_path / "aterstalld.db"
        deadline = time.monotonic() + 30
        while True:  # wait until the last change has been shipped
            restored.unlink(missing_ok=True)
            result = run(restored, "restore", str(replica))
            if result.exit_code == 0 and run(restored, "show", "2", "--json").output == expected:
                break
            assert time.monotonic() < deadline, result.output
            time.sleep(0.5)
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=10)
    assert run(restored, "verify").exit_code == 0
    assert run(restored, "list", "--json").output == run(db_path, "list", "--json").output


def children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(c) for c in (task / "children").read_text().split()]
    return found


def test_replicate_stopped_by_a_service_manager_stops_litestream(db_path, tmp_path):
    """SIGTERM (systemctl stop) reaches Litestream, which exits; none is left running alone."""
    assert run(db_path, "init").exit_code == 0
    process = subprocess.Popen([BESLUT, "--db", str(db_path), "replicate", str(tmp_path / "replika")],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 20
    while not (children(process.pid) and (tmp_path / "replika" / "ltx").is_dir()):
        assert time.monotonic() < deadline and process.poll() is None
        time.sleep(0.1)
    litestream = children(process.pid)
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=20) == 0
    assert not [pid for pid in litestream if Path(f"/proc/{pid}").exists()
                and "zombie" not in Path(f"/proc/{pid}/status").read_text()]


# ---------------------------------------------------------------- S3, as a user runs it

def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(params=["http", "https"])
def s3_server(request, tmp_path):
    """A local S3-compatible server (moto's server mode) on 127.0.0.1 with the bucket
    'kommun'; over TLS its certificate comes from a CA of our own (trustme), which the
    client must be told of with AWS_CA_BUNDLE, as with a corporate CA."""
    import httpx

    port, env = free_port(), {"AWS_ACCESS_KEY_ID": "kommun", "AWS_SECRET_ACCESS_KEY": "hemligt",
                              "AWS_REGION": "eu-north-1"}
    command = [str(Path(sys.executable).parent / "moto_server"), "-H", "127.0.0.1", "-p", str(port)]
    verify = True
    if request.param == "https":
        import trustme

        ca = trustme.CA()
        cert = ca.issue_cert("127.0.0.1")
        ca.cert_pem.write_to_path(str(tmp_path / "ca.pem"))
        cert.private_key_pem.write_to_path(str(tmp_path / "server.key"))
        cert.cert_chain_pems[0].write_to_path(str(tmp_path / "server.pem"))
        command += ["-c", str(tmp_path / "server.pem"), "-k", str(tmp_path / "server.key")]
        env["AWS_CA_BUNDLE"] = str(tmp_path / "ca.pem")
        verify = ssl.create_default_context(cafile=env["AWS_CA_BUNDLE"])
    env["AWS_ENDPOINT_URL"] = endpoint = f"{request.param}://127.0.0.1:{port}"
    log = open(tmp_path / "moto.log", "wb")
    server = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                httpx.put(f"{endpoint}/kommun", verify=verify, timeout=2).raise_for_status()
                break
            except httpx.TransportError:
                assert server.poll() is None and time.monotonic() < deadline, (tmp_path / "moto.log").read_text()
                time.sleep(0.2)
        yield env
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=10)
        log.close()


def run_env(db_path, env, *args):
    return subprocess.run([BESLUT, "--db", str(db_path), *args], capture_output=True, text=True,
                          env={**os.environ, **env}, timeout=120)


def wait_restored(path, source, expected_show, env, *extra, timeout=30):
    """Restore `source` into `path` until matter 2 reads `expected_show` (shipped within `timeout`)."""
    deadline = time.monotonic() + timeout
    while True:
        path.unlink(missing_ok=True)
        result = run_env(path, env, "restore", source, *extra)
        if result.returncode == 0 and run(path, "show", "2", "--json").output == expected_show:
            return result
        assert time.monotonic() < deadline, result.stderr
        time.sleep(0.3)


def test_s3_replicate_change_restore_verify(db_path, tmp_path, s3_server):
    assert run(db_path, "demo").exit_code == 0
    target = "s3://kommun/arkiv/beslut"
    process = subprocess.Popen(
        [BESLUT, "--db", str(db_path), "replicate", target, "--sync-interval", "100ms"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env={**os.environ, **s3_server}, start_new_session=True,
    )
    try:
        restored = tmp_path / "fran-s3.db"
        wait_restored(restored, target, run(db_path, "show", "2", "--json").output, s3_server)
        # A change while replicating reaches the replica, and the restore shows it.
        assert run(db_path, "plan", "set-date", "2", "2", "2024-08-21").exit_code == 0
        result = wait_restored(restored, target, run(db_path, "show", "2", "--json").output, s3_server)
        assert "ändringsloggens kedja: ok" in result.stdout
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        _, errors = process.communicate(timeout=10)
    assert b"RootCAs" not in errors, errors
    verified = run(restored, "verify")
    assert verified.exit_code == 0 and "kedjan stämmer" in verified.output
    assert run(restored, "list", "--json").output == run(db_path, "list", "--json").output


def test_s3_settings_from_options_and_environment(db_path, monkeypatch):
    monkeypatch.setenv("AWS_ENDPOINT_URL", "http://minio.kommun.se:9000")
    monkeypatch.setenv("AWS_REGION", "eu-north-1")
    url = json.loads(run(db_path, "replicate", "s3://arkiv/beslut", "--print-config").output)["dbs"][0]["replicas"][0]
    assert url["url"] == "s3://arkiv/beslut?endpoint=http://minio.kommun.se:9000&forcePathStyle=true&region=eu-north-1"
    url = json.loads(run(db_path, "replicate", "s3://arkiv/beslut", "--print-config", "--endpoint",
                         "https://s3.example.se", "--region", "se-1").output)["dbs"][0]["replicas"][0]["url"]
    assert url == "s3://arkiv/beslut?endpoint=https://s3.example.se&forcePathStyle=true&region=se-1"
    assert "hemligt" not in run(db_path, "replicate", "s3://arkiv/beslut", "--print-config").output


def test_a_ca_bundle_that_is_no_file_is_named_before_litestream_runs(db_path, tmp_path, monkeypatch):
    missing = tmp_path / "finns-inte.pem"
    monkeypatch.setenv("AWS_CA_BUNDLE", str(missing))
    result = run(db_path, "restore", "s3://arkiv/beslut", "--endpoint", "http://127.0.0.1:9")
    assert result.exit_code != 0
    assert "AWS_CA_BUNDLE pekar inte på någon fil" in result.output and str(missing) in result.output


# ---------------------------------------------------------------- to a point in time

def test_restore_at_a_time_between_two_changes(db_path, tmp_path):
    from archive.dates import stockholm

    assert run(db_path, "demo").exit_code == 0
    replica = str(tmp_path / "replika")
    process = subprocess.Popen(
        [BESLUT, "--db", str(db_path), "replicate", replica, "--sync-interval", "100ms"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )
    try:
        assert run(db_path, "plan", "set-date", "2", "2", "2024-08-21").exit_code == 0
        first = run(db_path, "show", "2", "--json").output
        wait_restored(tmp_path / "x.db", replica, first, {})
        time.sleep(1.1)  # --at is given to the second, as a clerk writes it
        between = datetime.now(stockholm()).strftime("%Y-%m-%d %H:%M:%S")
        time.sleep(1.1)
        assert run(db_path, "plan", "set-date", "2", "3", "2024-09-26").exit_code == 0
        latest = run(db_path, "show", "2", "--json").output
        wait_restored(tmp_path / "x.db", replica, latest, {})
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=10)
    then = tmp_path / "da.db"
    result = run_env(then, {}, "restore", replica, "--at", between)
    assert result.returncode == 0, result.stderr
    assert run(then, "show", "2", "--json").output == first != latest
    assert run(then, "verify").exit_code == 0
    # A time after the last change is the latest state; one before the first snapshot is refused.
    now = tmp_path / "nu.db"
    assert run_env(now, {}, "restore", replica, "--at", "2099-01-01 12:00").returncode == 0
    assert run(now, "show", "2", "--json").output == latest
    early = run_env(tmp_path / "tidigt.db", {}, "restore", replica, "--at", "2 sep 2024 kl. 14.00")
    assert early.returncode == 1
    assert "2024-09-02 14:00:00 är före replikans första ögonblicksbild" in early.stderr
    assert not (tmp_path / "tidigt.db").exists()
    bad = run_env(tmp_path / "fel.db", {}, "restore", replica, "--at", "2024-09-02")
    assert bad.returncode == 2 and "klockslag" in bad.stderr


@pytest.mark.parametrize("text, expected", [
    ("2024-09-02 14:00", "2024-09-02T14:00:00+02:00"),
    ("2 sep 2024 kl. 14.00", "2024-09-02T14:00:00+02:00"),
    ("240902 14:00:30", "2024-09-02T14:00:30+02:00"),
    ("den 2 januari 2024 kl 9", "2024-01-02T09:00:00+01:00"),
    ("2024-09-02T14:00 UTC", "2024-09-02T14:00:00+00:00"),
    ("2024-09-02 14:00+01:00", "2024-09-02T14:00:00+01:00"),
])
def test_a_point_in_time_in_swedish_forms(text, expected):
    from archive.dates import parse_moment

    assert parse_moment(text).isoformat() == expected


@pytest.mark.parametrize("text, reason", [
    ("2024-09-02", "klockslag"), ("2024-09-02 24:00", "finns inte"), ("2024-10-27 02:30", "UTC"),
    ("2024-03-31 02:30", "UTC"), ("31 sep 2024 12:00", "finns inte"), ("i går 12:00", "inte ett datum"),
])
def test_a_point_in_time_that_is_not_one_says_why(text, reason):
    from archive.dates import parse_moment
    from archive.errors import InvalidDate

    with pytest.raises(InvalidDate, match=reason):
        parse_moment(text)


# ---------------------------------------------------------------- a replica that is not there to restore

S3_CREDENTIALS = {"AWS_ACCESS_KEY_ID": "kommun", "AWS_SECRET_ACCESS_KEY": "hemligt", "AWS_REGION": "eu-north-1"}


def test_a_replica_whose_server_is_down_cannot_be_read(tmp_path, monkeypatch):
    """The S3 server of the replica is not running (nothing listens on its port), and
    Litestream would wait for ever: restoring, to a time or to the latest, says within the
    listing's time limit that the replica could not be read, and writes no archive."""
    from archive import replication

    monkeypatch.setattr(replication, "LIST_TIMEOUT_S", 3)
    for name, value in {**S3_CREDENTIALS, "AWS_ENDPOINT_URL": f"http://127.0.0.1:{free_port()}"}.items():
        monkeypatch.setenv(name, value)
    for extra in (["--at", "2024-09-02 14:00"], []):
        target = tmp_path / f"arkiv{len(extra)}.db"
        started = time.monotonic()
        result = run(target, "restore", "s3://kommun/arkiv/beslut", *extra)
        assert result.exit_code == 1 and time.monotonic() - started < 30, result.output
        assert ("s3://kommun/arkiv/beslut: kunde inte läsa replikan: inget svar inom 3 s "
                "(når den här datorn servern?)") in result.output
        assert not target.exists()


def test_a_replica_without_a_snapshot_yet_says_so_in_swedish(tmp_path):
    """A replica folder Litestream has shipped nothing to yet: restoring, to a time or to the
    latest, says there is no snapshot yet (not Litestream's English), and writes no archive."""
    replica = tmp_path / "replika"
    (replica / "ltx").mkdir(parents=True)
    for extra in (["--at", "2024-09-02 14:00"], []):
        target = tmp_path / f"arkiv{len(extra)}.db"
        result = run_env(target, {}, "restore", str(replica), *extra)
        assert result.returncode == 1, result.stderr
        assert f"{replica}: replikan har ingen ögonblicksbild ännu" in result.stderr, result.stderr
        assert "no matching" not in result.stderr and not target.exists()


def test_a_follower_whose_replica_server_does_not_answer_gives_up_in_time(tmp_path):
    """`serve --follow` on a replica whose S3 server accepts connections and never answers:
    the portal stops after --follow-timeout with the reason, and leaves no Litestream behind."""
    import socket
    import threading

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    held = []
    stop = threading.Event()

    def hold():  # a hung server: takes every connection, says nothing
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(listener.accept()[0])
            except TimeoutError:
                continue

    thread = threading.Thread(target=hold, daemon=True)
    thread.start()
    endpoint = f"http://127.0.0.1:{listener.getsockname()[1]}"
    try:
        started = time.monotonic()
        result = run_env(tmp_path / "oanvand.db", {**S3_CREDENTIALS, "AWS_ENDPOINT_URL": endpoint}, "serve",
                         "--follow", "s3://kommun/arkiv/beslut", "--follow-timeout", "2", "--port", str(free_port()))
        took = time.monotonic() - started
    finally:
        stop.set()
        thread.join(timeout=5)
        for connection in held:
            connection.close()
        listener.close()
    assert result.returncode == 1, result.stderr
    assert "s3://kommun/arkiv/beslut: replikan blev inte återställd i tid (väntade 2 s)" in result.stderr
    assert held and 2 <= took < 60
    left = [p for p in Path("/proc").glob("[0-9]*") if endpoint.encode() in _cmdline(p)]
    assert not left, left


def _cmdline(proc: Path) -> bytes:
    try:
        return (proc / "cmdline").read_bytes()
    except OSError:
        return b""
