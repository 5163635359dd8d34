"""Opening the archive and the one way to write to it.

Every connection: foreign keys on, WAL, a busy timeout, and the SQL functions the
audit triggers call (`beslut_actor()`, `beslut_audit()`). Every write goes through
`Archive.write()`: `BEGIN IMMEDIATE` with a bounded retry, so a writer never meets
"database is locked" halfway through its transaction, and the change and its
change-log rows (written by triggers) commit or vanish together.
"""

from __future__ import annotations

import contextlib
import getpass
import os
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

from archive.chain import CHAINED_COLUMNS, chain_hash
from archive.errors import ArchiveBusy, ArchiveError

DEFAULT_DB = "beslut.db"
# The number of migrations in archive/schema.py; each run of them records it in
# PRAGMA user_version, so opening an up-to-date archive needs neither sqlite-utils
# nor the schema module (start-up time: every CLI call and the TUI pay it).
# tests/test_archive.py fails until this is raised together with a new migration.
SCHEMA_VERSION = 9  # m011 is the 9th migration here; m009 and m010 come from other branches
BUSY_TIMEOUT_MS = 5_000
WRITE_RETRIES = 5


def current_actor() -> str:
    """Who is changing the archive: $BESLUT_USER if set (tests, shared accounts), else the OS user."""
    return os.environ.get("BESLUT_USER") or getpass.getuser()


def _is_busy(error: sqlite3.OperationalError) -> bool:
    text = str(error)
    return "locked" in text or "busy" in text


# SQLite's WAL write lock is a POSIX lock on one byte of the -shm file (offset 120 in
# its lock area, https://sqlite.org/walformat.html). The holder is read from /proc/locks
# rather than probed with F_GETLK: that needs the -shm file opened here, and closing it
# would release every POSIX lock this process holds on it, SQLite's own included (the
# read and DMS locks of its open connections: POSIX locks belong to the process and go
# with any close of the file).
_WAL_WRITE_LOCK_BYTE = 120


def _write_lock_pid(shm_path: str) -> int | None:
    try:
        shm = os.stat(shm_path)
        with open("/proc/locks", encoding="ascii") as locks:
            lines = locks.read().splitlines()
    except OSError:
        return None
    inode = f"{os.major(shm.st_dev):02x}:{os.minor(shm.st_dev):02x}:{shm.st_ino}"
    for line in lines:
        # "3: POSIX  ADVISORY  WRITE 4242 fe:00:2149297 120 120"; a waiter's line has "->" after the number.
        fields = line.split()
        if len(fields) == 8 and fields[1] == "POSIX" and fields[3] == "WRITE" and fields[5] == inode:
            start, end = int(fields[6]), fields[7]
            if start <= _WAL_WRITE_LOCK_BYTE and (end == "EOF" or _WAL_WRITE_LOCK_BYTE <= int(end)):
                return int(fields[4])
    return None


def lock_holder(db_path: str | os.PathLike) -> str | None:
    """Who holds the archive's write lock, as a clerk can act on it: process, user, command.
    None when nobody does or it cannot be told (not Linux, no -shm file, another host)."""
    import pwd

    pid = _write_lock_pid(f"{db_path}-shm")
    if pid is None or pid <= 0:
        return None
    try:
        user = pwd.getpwuid(os.stat(f"/proc/{pid}").st_uid).pw_name
        argv = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
        command = " ".join([Path(argv[0].decode(errors="replace")).name]
                           + [a.decode(errors="replace") for a in argv[1:4] if a])
    except (OSError, KeyError, IndexError):
        return f"process {pid}"
    return f"process {pid}, användare {user}: {command}"


def _storage_problem(error: sqlite3.Error) -> str | None:
    """A clear sentence for the storage failures a clerk can meet; None for others."""
    text = str(error)
    if "disk is full" in text or "database or disk is full" in text:
        return "disken är full: ändringen sparades inte, arkivet är oförändrat"
    if "readonly" in text or "read-only" in text:
        return "arkivet är skrivskyddat (filen eller katalogen): ändringen sparades inte"
    return None


class Archive:
    """An open archive file. `archive.db` is a sqlite-utils Database on the same connection."""

    def __init__(self, path: str | os.PathLike, *, actor: str | None = None):
        self.path = Path(path)
        self.actor = actor or current_actor()
        self._audit = True
        try:
            conn = sqlite3.connect(
                str(self.path), isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000
            )
            conn.execute("PRAGMA foreign_keys = ON")
            if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.DatabaseError as error:
            raise ArchiveError(
                _storage_problem(error) or f"kan inte öppna arkivet: {error}", file=str(self.path)
            ) from None
        conn.create_function("beslut_actor", 0, lambda: self.actor)
        conn.create_function("beslut_audit", 0, lambda: 1 if self._audit else 0)
        conn.create_function("beslut_chain", 1 + len(CHAINED_COLUMNS), chain_hash, deterministic=True)
        self.conn = conn
        self._db = None

    @property
    def db(self):
        """sqlite-utils on this connection, imported on first use (migrations, tests)."""
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn)
        return self._db

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextlib.contextmanager
    def write(self) -> Iterator[Archive]:
        """One short write transaction: BEGIN IMMEDIATE, bounded retry, commit or roll back.

        Nested use joins the outer transaction (sqlite-utils uses savepoints inside it).
        """
        if self.conn.in_transaction:
            yield self
            return
        delay = 0.05
        for attempt in range(WRITE_RETRIES):
            try:
                self.conn.execute("BEGIN IMMEDIATE")
                break
            except sqlite3.OperationalError as error:
                if problem := _storage_problem(error):
                    raise ArchiveError(problem, file=str(self.path)) from None
                if not _is_busy(error):
                    raise
                if attempt == WRITE_RETRIES - 1:
                    holder = lock_holder(self.path)
                    raise ArchiveBusy(
                        "arkivet är låst av en annan skrivare"
                        + (f" ({holder})" if holder else "") + "; försök igen om en stund",
                        file=str(self.path),
                    ) from None
                time.sleep(delay)
                delay *= 2
        try:
            yield self
            self.conn.execute("COMMIT")
        except BaseException as error:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            if isinstance(error, sqlite3.OperationalError) and (problem := _storage_problem(error)):
                raise ArchiveError(problem, file=str(self.path)) from None
            raise

    @contextlib.contextmanager
    def audit_suspended(self) -> Iterator[None]:
        """Bulk generation only (synthetic demo data): the triggers skip the change log;
        the caller records one summary row instead."""
        self._audit = False
        try:
            yield
        finally:
            self._audit = True

    def execute(self, sql: str, params=()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def query(self, sql: str, params=()) -> list[dict]:
        cursor = self.conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def open_archive(path: str | os.PathLike | None = None, *, migrate: bool = True, actor=None) -> Archive:
    """Open (and by default create or migrate) the archive at `path`."""
    archive = Archive(path or os.environ.get("BESLUT_DB") or DEFAULT_DB, actor=actor)
    if migrate and archive.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
        from archive.schema import migrate as apply_migrations

        apply_migrations(archive)
    return archive
