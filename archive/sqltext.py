"""SQL text the schema and the write layer share, in a module that imports nothing of
ours (so schema, deadlines and the write layer all take it without an import cycle)."""

from __future__ import annotations

import sqlite3

# "Now" in UTC, as every timestamp in the archive is written (created_at, changes.at, ...).
NOW_UTC = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"


def run_sql(db, sql: str) -> None:
    """Run a script statement by statement on a sqlite-utils Database or an Archive
    (executescript would COMMIT the migration)."""
    statement = ""
    for line in sql.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            db.execute(statement)
            statement = ""
    if statement.strip():
        db.execute(statement)
