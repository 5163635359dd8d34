"""A portal host that follows a replica: `beslut serve --follow SRC`.

Litestream's follow mode (`litestream restore -f`) keeps a restored file within seconds of
the primary, but it applies a change only when it can lock the file exclusively: a reader
that keeps the file open (as Datasette keeps its connections) stops it for good, and readers
arriving while it waits are told "database is locked". So the portal never opens the followed
file. After each change Litestream applies, a short read transaction copies the followed file
(SQLite's backup API: one consistent snapshot, while Litestream waits a moment) into a new
*generation* file in the same private folder, and the portal switches to it: each Datasette
worker thread opens the new generation on its next query and closes the old one, so the portal
answers throughout and never waits for Litestream. Nothing here writes to the replica: Litestream
only reads it in restore mode.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from archive import replication
from archive.errors import ArchiveError

log = logging.getLogger("beslut.follow")

FOLLOW_INTERVAL = "1s"  # how often Litestream polls the replica
CHECK_SECONDS = 0.5  # how often we look for a change Litestream has applied
BUSY_TIMEOUT_S = 30  # a copy waits this long for Litestream to finish applying a change
RESTORE_TIMEOUT_S = 600  # how long the first restore may take (`serve --follow-timeout`)
LAST_CHANGE_SQL = "SELECT max(at) FROM changes"


@dataclass(frozen=True)
class Generation:
    """One consistent copy of the followed archive that the portal serves."""

    path: Path
    txid: str  # Litestream's transaction id of the replica at the copy
    last_change: str | None  # the newest change-log time (UTC ISO) the copy holds
    copied_at: dt.datetime

    def to_json(self) -> dict:
        return {"txid": self.txid, "last_change": self.last_change,
                "copied_at": self.copied_at.isoformat(timespec="seconds")}


class Follower:
    """Litestream following `source` into `folder`/follow.db, and the generations copied from it."""

    def __init__(self, source: str, folder: Path, *, s3: replication.S3Settings | None = None,
                 follow_interval: str = FOLLOW_INTERVAL):
        self.source, self.folder, self.s3 = source, Path(folder), s3
        self.follow_interval = follow_interval
        self.followed = self.folder / "follow.db"
        self.txid_file = Path(f"{self.followed}-txid")
        self.log_path = self.folder / "litestream.log"
        self.process: subprocess.Popen | None = None
        self.current: Generation | None = None
        self.checked_at: dt.datetime | None = None
        self.problem: str | None = None
        self._count = 0
        self._stop = threading.Event()
        self._env = None

    # -- Litestream

    def start(self, *, timeout: float = RESTORE_TIMEOUT_S) -> Generation:
        """Restore from the replica and enter follow mode; returns the first generation. A
        replica not restored within `timeout` seconds (a server that does not answer) is an
        error, and Litestream is stopped."""
        context = replication.litestream_env()
        env = context.__enter__()
        self._env = context  # only once entered: stop() leaves it
        log_file = open(self.log_path, "wb")
        self.process = subprocess.Popen(
            [replication.litestream_binary(), "restore", "-f", "-follow-interval", self.follow_interval,
             "-o", str(self.followed), replication.replica_url(self.source, self.s3)],
            stdout=log_file, stderr=subprocess.STDOUT, env=env, preexec_fn=replication.die_with_parent,
        )
        log_file.close()
        deadline = time.monotonic() + timeout
        while not self.txid_file.exists():
            if self.process.poll() is not None:
                self.stop()
                raise ArchiveError(f"kunde inte följa replikan: {self._litestream_said()}", file=self.source)
            if time.monotonic() > deadline:
                self.stop()
                raise ArchiveError(f"replikan blev inte återställd i tid (väntade {timeout:g} s)", file=self.source)
            time.sleep(0.1)
        return self.refresh(force=True)

    def _litestream_said(self) -> str:
        lines = [line for line in self.log_path.read_text(errors="replace").splitlines() if line.strip()]
        return (lines or ["okänt fel"])[-1]

    def stop(self) -> None:
        self._stop.set()
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self._env is not None:
            self._env.__exit__(None, None, None)
            self._env = None

    # -- generations

    def applied_txid(self) -> str:
        try:
            return self.txid_file.read_text().strip()
        except FileNotFoundError:
            return ""

    def refresh(self, *, force: bool = False) -> Generation:
        """A new generation when Litestream has applied a change since the last one."""
        self.checked_at = dt.datetime.now(dt.UTC)
        txid = self.applied_txid()
        if not force and self.current is not None and txid == self.current.txid:
            return self.current
        self._count += 1
        target = self.folder / f"generation-{self._count}.db"
        source = sqlite3.connect(f"file:{self.followed}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S)
        try:
            copy = sqlite3.connect(str(target))
            try:
                # One step: the whole file under one read lock, so Litestream waits and the copy is
                # one consistent state (its txid read under the same lock).
                source.execute("BEGIN")
                source.execute("SELECT count(*) FROM sqlite_master").fetchone()
                txid = self.applied_txid()
                source.backup(copy)
                source.execute("COMMIT")
                # A rollback-journal file that a mode=ro reader opens without -wal or -shm files.
                copy.execute("PRAGMA journal_mode = DELETE")
                last = copy.execute(LAST_CHANGE_SQL).fetchone()[0]
            finally:
                copy.close()
        finally:
            source.close()
        self.current = Generation(target, txid, last, dt.datetime.now(dt.UTC))
        return self.current

    def run(self, on_new, *, interval: float = CHECK_SECONDS) -> None:
        """Until stopped: look for applied changes, hand each new generation's path to `on_new`
        and remove the one before it (open connections keep reading it until they switch)."""
        while not self._stop.wait(interval):
            if self.process is not None and self.process.poll() is not None:
                self.problem = f"Litestream har slutat följa replikan: {self._litestream_said()}"
                log.error(self.problem)
                return
            try:
                before = self.current
                generation = self.refresh()
            except sqlite3.Error as error:  # a copy that could not be taken now is taken next time
                log.warning("kopian kunde inte tas: %s", error)
                continue
            if generation is not before:
                on_new(generation.path)
                if before is not None:
                    before.path.unlink(missing_ok=True)

    def status(self) -> dict:
        """What the portal shows: the last change it holds, and when the replica was last checked."""
        return {
            "source": self.source,
            **(self.current.to_json() if self.current else {}),
            "checked_at": self.checked_at.isoformat(timespec="seconds") if self.checked_at else None,
            "following": self.problem is None,
            "problem": self.problem,
        }


def follow_note(status: dict, *, now: dt.datetime) -> str:
    """The sentence the portal shows: the last change it holds, and how fresh that is."""
    from archive.dates import stockholm

    def local(text: str | None) -> str:
        if not text:
            return "–"
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(stockholm()).strftime(
            "%Y-%m-%d %H:%M:%S")

    checked = status.get("checked_at")
    seconds = None if not checked else max(0, int((now - dt.datetime.fromisoformat(checked)).total_seconds()))
    ago = "" if seconds is None else f" för {seconds} s sedan"
    text = (f"Kopia som följer replikan {status['source']}. Senaste ändringen den innehåller: "
            f"{local(status.get('last_change'))} (svensk tid); replikan kontrollerades senast{ago}.")
    if not status.get("following", True):
        text += f" OBS: {status['problem']} Kopian uppdateras inte längre."
    return text
