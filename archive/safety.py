"""Integrity checks, backup and restore of an archive file."""

from __future__ import annotations

import sqlite3
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from archive import chain
from archive.errors import ArchiveError
from archive.model import count


@dataclass
class IntegrityReport:
    integrity: list[str]
    foreign_key_problems: list[tuple] = field(default_factory=list)
    chain: chain.ChainReport | None = None

    @property
    def ok(self) -> bool:
        return self.integrity == ["ok"] and not self.foreign_key_problems and (self.chain is None or self.chain.ok)

    def to_json(self) -> dict:
        return {
            "ok": self.ok,
            "integrity_check": self.integrity,
            "foreign_key_check": [list(row) for row in self.foreign_key_problems],
            "chain": self.chain.to_json() if self.chain else None,
        }

    def lines(self) -> list[str]:
        lines = [f"integrity_check: {', '.join(self.integrity)}"]
        lines.append(f"foreign_key_check: {len(self.foreign_key_problems) or 'ok'}"
                     + (" fel" if self.foreign_key_problems else ""))
        if self.chain:
            lines.append(
                f"ändringsloggens kedja: ok ({count(self.chain.rows, 'rad', 'rader')})" if self.chain.ok else
                f"ändringsloggens kedja: rad {self.chain.first_bad_id}: {self.chain.problem}"
            )
        return lines


def check_integrity(conn: sqlite3.Connection) -> IntegrityReport:
    """SQLite's integrity_check and foreign_key_check, and the change log's hash chain."""
    integrity = [row[0] for row in conn.execute("PRAGMA integrity_check")]
    foreign = conn.execute("PRAGMA foreign_key_check").fetchall()
    has_chain = any(row[1] == "hash" for row in conn.execute("PRAGMA table_info(changes)"))
    return IntegrityReport(integrity, foreign, chain.verify(conn) if has_chain else None)


def _open_read_only(path: Path) -> sqlite3.Connection:
    if not path.exists():
        raise ArchiveError("filen finns inte", file=str(path))
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.DatabaseError as error:
        raise ArchiveError(f"inget arkiv: {error}", file=str(path)) from None


def backup(conn: sqlite3.Connection, dest: Path) -> IntegrityReport:
    """A consistent copy while clerks keep writing: VACUUM INTO reads one snapshot
    (the online backup API would restart on every concurrent write). The copy is
    checked before this returns."""
    dest = Path(dest)
    if dest.exists():
        raise ArchiveError("finns redan; välj ett nytt filnamn för säkerhetskopian", file=str(dest))
    try:
        conn.execute("VACUUM INTO ?", (str(dest),))
    except sqlite3.OperationalError as error:
        dest.unlink(missing_ok=True)
        raise ArchiveError(f"säkerhetskopian kunde inte skrivas: {error}", file=str(dest)) from None
    copy = _open_read_only(dest)
    try:
        return check_integrity(copy)
    finally:
        copy.close()


def restore(source: Path | str, target: Path, *, force: bool = False) -> IntegrityReport:
    """Replace `target` with `source` (a backup file, or a Litestream replica: a
    directory or URL), after checking it; never overwrites an archive unless `force`."""
    from archive import replication

    if replication.is_replica(str(source)):
        with tempfile.TemporaryDirectory() as scratch:
            rebuilt = Path(scratch) / "replika.db"
            replication.restore_from_replica(str(source), rebuilt)
            return restore(rebuilt, target, force=force)
    source, target = Path(source), Path(target)
    src = _open_read_only(source)
    try:
        report = check_integrity(src)
        if not report.ok:
            raise ArchiveError("säkerhetskopian är inte hel: " + "; ".join(report.lines()), file=str(source))
        if target.exists() and target.stat().st_size and not force:
            raise ArchiveError("arkivet finns redan; använd --force för att skriva över det", file=str(target))
        if not target.exists():
            from archive.db import create_archive_file

            create_archive_file(target)  # the umask and the folder's group decide, as for beslut init
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)  # page by page, through SQLite's locking: safe with a WAL target
        finally:
            dst.close()
        return report
    finally:
        src.close()


# ---------------------------------------------------------------- on an open Archive (the CLI's doors)


def check_archive(archive) -> IntegrityReport:
    """`check_integrity` of an open archive (beslut check --integrity)."""
    return check_integrity(archive.conn)


def verify_archive(archive) -> chain.ChainReport:
    """The change log's hash chain of an open archive (beslut verify)."""
    return chain.verify(archive.conn)


def backup_archive(archive, dest: Path) -> IntegrityReport:
    """`backup` of an open archive to `dest` (beslut backup)."""
    return backup(archive.conn, dest)
