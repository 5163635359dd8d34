"""Many municipalities in one portal: each archive its own file and database, named by its
municipality, and a report run on every archive in turn ("alla kommuner").

No ATTACH: SQLite attaches at most 10 databases by default (125 at most when compiled so),
and a national view has 290 municipalities. Each archive is opened on its own read-only
connection, asked, and closed, one after the other: the portal holds no file open for this
(300 archives x 3 files would pass the usual limit of 1,024 open files).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from archive.csvout import quote_ident
from archive.errors import ArchiveError, NotFound

ARCHIVE_COLUMN = "Kommun (arkiv)"
# The municipality an archive belongs to: the one most of its bodies (else matters) name.
MUNICIPALITY_SQL = """
SELECT municipality FROM (
  SELECT municipality, count(*) AS n, 1 AS source FROM bodies WHERE municipality != '' GROUP BY municipality
  UNION ALL
  SELECT municipality, count(*), 2 FROM matters WHERE municipality != '' GROUP BY municipality
) ORDER BY source, n DESC, municipality LIMIT 1
"""
_SWEDISH_ORDER = str.maketrans({"å": "{", "ä": "|", "ö": "}", "é": "e", "ü": "y"})


def swedish_key(name: str) -> str:
    """Sort as a Swedish reader expects: å, ä, ö after z."""
    return name.casefold().translate(_SWEDISH_ORDER)


@dataclass(frozen=True)
class MunicipalArchive:
    name: str  # the municipality: the database's name in the portal
    path: Path


def open_read_only(path: Path, *, authorizer=None) -> sqlite3.Connection:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    conn.execute("PRAGMA query_only = 1")
    if authorizer is not None:
        conn.set_authorizer(authorizer)
    return conn


def municipality_of(path: Path) -> str:
    """The municipality an archive holds; the file's name when it names none (a new archive)."""
    from archive.db import SCHEMA_VERSION, refuse_newer_schema

    if not path.is_file():
        raise ArchiveError("arkivet finns inte", file=str(path))
    try:
        conn = open_read_only(path)
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            refuse_newer_schema(version, path)  # `init` with this older program cannot help
            if version != SCHEMA_VERSION:
                raise ArchiveError(
                    f"arkivet har schemaversion {version}, portalen läser {SCHEMA_VERSION}; "
                    f"kör `beslut --db {path} init` först", file=str(path))
            found = conn.execute(MUNICIPALITY_SQL).fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        raise ArchiveError(f"inget arkiv: {error}", file=str(path)) from None
    return found[0] if found else path.stem


def name_archives(paths: list[Path]) -> list[MunicipalArchive]:
    """Each archive named by its municipality, in Swedish order; the same municipality twice
    is refused, naming both files (the portal would not know which to show)."""
    named: dict[str, Path] = {}
    for path in paths:
        path = Path(path).resolve()
        name = municipality_of(path)
        if name in named:
            if named[name] == path:
                raise ArchiveError("samma arkiv är angivet två gånger", file=str(path))
            raise ArchiveError(f"{named[name]} och {path} är båda {name}s arkiv; ange ett av dem",
                               file=str(path))
        named[name] = path
    return [MunicipalArchive(name, named[name]) for name in sorted(named, key=swedish_key)]


def report_query(name: str, params: dict[str, str], archive: MunicipalArchive | None = None
                 ) -> tuple[str, dict[str, str]]:
    """The SQL of a portal report and its parameters, those not given empty, as `beslut
    export report` runs it; or, given an archive to look in, a whole table or view of that name."""
    from archive.export import report_params, reports

    known = reports()
    if name in known:
        # Checked and read as the single archive's report is (a date "juni 2024" as ISO, a
        # value that is no date refused): never compared as the text given.
        return known[name]["sql"], report_params(name, {p: params.get(p) or "" for p in known[name]["params"]})
    if archive is not None:
        conn = open_read_only(archive.path)
        try:
            found = conn.execute(
                "SELECT type FROM sqlite_master WHERE name = ? AND type IN ('table', 'view')", (name,)).fetchone()
        finally:
            conn.close()
        if found:
            return f"SELECT * FROM {quote_ident(name)}", {}  # a table's plain scan is in its key order
    raise NotFound(f"ingen rapport heter {name!r} (finns: {', '.join(sorted(known))})", field="rapport")


@dataclass
class Problem:
    municipality: str
    message: str


def run_everywhere(
    archives: list[MunicipalArchive], sql: str, params: dict, *,
    prepare: Callable[[sqlite3.Connection, str], None] | None = None,
    authorizer=None, problems: list[Problem] | None = None, batch_rows: int = 5000,
) -> tuple[list[str], Iterator[list[tuple]]]:
    """The header (the archive's municipality first, then the report's columns) and batches
    of rows, archive by archive. An archive that cannot answer is a Problem in `problems`
    when given (the page lists it), else an ArchiveError naming it: never silently left out.
    Each connection is opened for its archive only and closed before the next."""

    def ask(archive: MunicipalArchive):
        conn = open_read_only(archive.path, authorizer=authorizer)
        try:
            if prepare is not None:
                prepare(conn, archive.name)
            return archive, conn, conn.execute(sql, params)
        except sqlite3.Error as error:
            conn.close()
            _failed(archive, error, problems)
            return None

    remaining = iter(archives)
    first = None
    for archive in remaining:  # the header comes from the first archive that answers
        if first := ask(archive):
            break
    header = [ARCHIVE_COLUMN, *(d[0] for d in first[2].description)] if first else [ARCHIVE_COLUMN]

    def rows_of(archive, conn, cursor) -> Iterator[list[tuple]]:
        try:
            while rows := cursor.fetchmany(batch_rows):
                yield [(archive.name, *row) for row in rows]
        except sqlite3.Error as error:
            _failed(archive, error, problems)
        finally:
            conn.close()

    def batches() -> Iterator[list[tuple]]:
        if first:
            yield from rows_of(*first)
        for archive in remaining:
            if answer := ask(archive):
                yield from rows_of(*answer)

    return header, batches()


def _failed(archive: MunicipalArchive, error: sqlite3.Error, problems: list[Problem] | None) -> None:
    if problems is None:
        raise ArchiveError(f"{archive.name}: frågan gick inte att köra: {error}", file=str(archive.path))
    problems.append(Problem(archive.name, f"frågan gick inte att köra: {error}"))


def verify_everywhere(archives: list[MunicipalArchive]) -> list[dict]:
    """The change log's hash chain of every archive (as `beslut verify`), one after the other."""
    from archive.chain import verify

    results = []
    for archive in archives:
        conn = open_read_only(archive.path)
        try:
            results.append({"kommun": archive.name, **verify(conn).to_json()})
        finally:
            conn.close()
    return results


def archive_files_size(archives: list[MunicipalArchive]) -> int:
    """Bytes on disk: each archive's file with its WAL."""
    return sum(os.path.getsize(p) for a in archives for p in (a.path, Path(f"{a.path}-wal")) if p.exists())
