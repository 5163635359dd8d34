"""Litestream replication to a local directory restores to the same rows."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

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
