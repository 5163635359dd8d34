"""Opening the archive and the one way to write to it.

Every connection: foreign keys on, WAL, a busy timeout, and the SQL functions the
audit triggers call (`beslut_actor()`, `beslut_audit()`). Every write goes through
`Archive.write()`: `BEGIN IMMEDIATE` with a bounded retry, so a writer never meets
"database is locked" halfway through its transaction, and the change and its
change-log rows (written by triggers) commit or vanish together.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

from archive.chain import CHAINED_COLUMNS, chain_hash
from archive.errors import ArchiveBusy, ArchiveError

DEFAULT_DB = "beslut.db"
# The number of migrations in archive/schema.py; each run of them records it in
# PRAGMA user_version, so opening an up-to-date archive needs neither sqlite-utils
# nor the schema module (start-up time: every CLI call and the TUI pay it).
# tests/test_archive.py fails until this is raised together with a new migration.
SCHEMA_VERSION = 13
BUSY_TIMEOUT_MS = 5_000
WRITE_RETRIES = 5


def refuse_newer_schema(version: int, path) -> None:
    """An archive a newer beslut has migrated is neither read nor written by this one: its
    migrations would find nothing to do and mark the archive older than it is."""
    if version > SCHEMA_VERSION:
        raise ArchiveError(
            f"arkivet har schemaversion {version}, från en nyare version av beslut än den här "
            f"(som läser {SCHEMA_VERSION}); uppdatera beslut", file=str(path))


def current_actor() -> str:
    """Who is changing the archive: $BESLUT_USER if set (tests, shared accounts), else the
    account the process runs as (its uid, not $USER, which any clerk can set)."""
    if os.environ.get("BESLUT_USER"):
        return os.environ["BESLUT_USER"]
    try:
        import pwd

        return pwd.getpwuid(os.getuid()).pw_name
    except (ImportError, KeyError):
        import getpass  # the fallback only: it brings termios into every command

        return getpass.getuser()


def create_archive_file(path: Path) -> None:
    """Create the empty archive file ourselves, before SQLite does: SQLite creates it
    0644 whatever the umask, and its -wal and -shm copy the main file's mode and owner.
    Made 0666 here, the umask decides (002 in a team: group-writable), and it takes the
    folder's group: by itself in a setgid folder, else by chown when we may."""
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666)
    os.close(fd)
    folder_gid = os.stat(path.parent).st_gid
    if os.stat(path).st_gid != folder_gid and (os.geteuid() == 0 or folder_gid in os.getgroups()):
        with contextlib.suppress(OSError):
            os.chown(path, -1, folder_gid)


def cannot_share(path: Path) -> bool:
    """A read-only copy in a folder we may not write, with no -wal beside it: SQLite cannot
    make the -shm file WAL readers share, so it is opened `immutable` (nothing can change it
    under us: no one writes there without a -wal)."""
    path = Path(path)
    return not os.access(path.parent, os.W_OK) and not Path(f"{path}-wal").exists()


def is_writable(path: Path) -> bool:
    """Can this process write the archive: the file, and the folder its -wal and -shm go in."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)


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


READ_ONLY_MESSAGE = "arkivet är skrivskyddat (filen eller katalogen): ändringen sparades inte"


def _storage_problem(error: sqlite3.Error) -> str | None:
    """A clear sentence for the storage failures a clerk can meet; None for others."""
    text = str(error)
    if "disk is full" in text or "database or disk is full" in text:
        return "disken är full: ändringen sparades inte, arkivet är oförändrat"
    if "readonly" in text or "read-only" in text:
        return READ_ONLY_MESSAGE
    return None


class Archive:
    """An open archive file. `archive.db` is a sqlite-utils Database on the same connection.

    `readonly`: opened `mode=ro` (an auditor's read-only copy, a file the clerk may not
    write): every read works, a write is refused with a clear message. `long_running`
    (the TUI): each commit is checkpointed into the main file as it goes, so the .db alone
    is complete at any time, not only when the program ends."""

    def __init__(self, path: str | os.PathLike, *, actor: str | None = None, readonly: bool = False,
                 long_running: bool = False):
        self.path = Path(path)
        self.actor = actor or current_actor()
        self.readonly = readonly
        self.long_running = long_running
        self._audit = True
        try:
            if readonly:
                flags = "immutable=1" if cannot_share(self.path) else "mode=ro"
                conn = sqlite3.connect(
                    f"file:{urllib.parse.quote(str(self.path.resolve()))}?{flags}", uri=True,
                    isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000,
                )
            else:
                conn = sqlite3.connect(
                    str(self.path), isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000
                )
            conn.execute("PRAGMA foreign_keys = ON")
            if not readonly and conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
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
        self._closed = False

    @property
    def db(self):
        """sqlite-utils on this connection, imported on first use (migrations, tests)."""
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn)
        return self._db

    def checkpoint(self) -> None:
        """Copy what the -wal holds into the main file, so a copy of the .db alone is the
        whole archive. PASSIVE: it never waits for another process's reader (the TUI, the
        portal, Litestream's long read), and copies everything no reader still needs; the
        last connection's close then removes the -wal altogether (SQLite does that itself)."""
        if self.readonly or self.conn.in_transaction:
            return
        with contextlib.suppress(sqlite3.Error):
            self.conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()

    def close(self) -> None:
        """Checkpoint and close; closing twice is harmless."""
        if self._closed:
            return
        self.checkpoint()
        self.conn.close()
        self._closed = True

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextlib.contextmanager
    def write(self) -> Iterator[Archive]:
        """One short write transaction: BEGIN IMMEDIATE, bounded retry, commit or roll back.

        Nested use joins the outer transaction (sqlite-utils uses savepoints inside it).
        """
        if self.readonly:
            raise ArchiveError(READ_ONLY_MESSAGE, file=str(self.path))
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
        if self.long_running:
            self.checkpoint()

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

    def generation(self) -> tuple[int, int]:
        """A token that differs after any change to the archive: this connection's own
        (its count of changed rows) or one committed by another connection (SQLite's
        data_version). A screen that kept it can tell, cheaply, whether what it shows
        may be out of date."""
        return self.conn.total_changes, self.conn.execute("PRAGMA data_version").fetchone()[0]


def open_archive(
    path: str | os.PathLike | None = None, *, migrate: bool = True, actor=None, create: bool = True,
    readonly: bool | None = None, long_running: bool = False,
) -> Archive:
    """Open (and by default create or migrate) the archive at `path`.

    `create=False`: a missing file is an error naming it, never a new empty archive.
    `readonly`: None opens read-only exactly when this process may not write the file or
    its folder (a read-only copy, a chmod 444 file); reading then works and writing is
    refused. An archive on an older schema that cannot be migrated here says so."""
    path = Path(path or os.environ.get("BESLUT_DB") or DEFAULT_DB)
    if not path.exists():
        if not create:
            raise ArchiveError("arkivet finns inte (skapa det med beslut init)", file=str(path))
        if readonly:
            raise ArchiveError("arkivet finns inte", file=str(path))
        try:
            create_archive_file(path)
        except FileExistsError:
            pass  # another clerk's beslut made it just now
        except OSError as error:
            raise ArchiveError(f"kan inte skapa arkivet: {error.strerror}", file=str(path)) from None
    if readonly is None:
        readonly = not is_writable(path)
    archive = Archive(path, actor=actor, readonly=readonly, long_running=long_running)
    version = archive.execute("PRAGMA user_version").fetchone()[0] if migrate else SCHEMA_VERSION
    if version > SCHEMA_VERSION:
        archive.close()
        refuse_newer_schema(version, path)
    if version != SCHEMA_VERSION:
        if readonly:
            archive.close()
            raise ArchiveError("arkivet har ett äldre format och är skrivskyddat: kör beslut init med "
                               "skrivrätt först", file=str(path))
        from archive.schema import migrate as apply_migrations

        apply_migrations(archive)
    return archive
