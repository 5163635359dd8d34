"""The archive's schema, applied only through numbered sqlite-utils migrations.

The intent is data at module level (`AUDITED`: which tables the change log
watches and how each row finds its matter); `migrate()` applies it idempotently.
"""

from __future__ import annotations

import sqlite3

import sqlite_utils

from archive.chain import CHAIN_TRIGGER_SQL, CHAINED_COLUMNS, GUARD_SQL, chain_hash
from archive.db import Archive

migrations = sqlite_utils.Migrations("beslut")

# Table -> SQL expression (over NEW/OLD) giving the matter a row belongs to.
AUDITED: dict[str, str | None] = {
    "bodies": None,
    "meetings": None,
    "matters": "{row}.id",
    "planning_steps": "{row}.matter_id",
    "proposals": "{row}.matter_id",
    "basis_documents": "{row}.matter_id",
    "addressees": None,
    "recipients": "{row}.matter_id",
    "responsibles": "{row}.matter_id",
    "distribution_lists": None,
    "distribution_list_members": None,
}

# Columns whose change alone is bookkeeping, not a change worth a log row.
UNLOGGED_COLUMNS = {"version", "modified_at"}

ROLES = ("bereder", "yttrar sig", "beslutar", "för kännedom")
MEETING_STATES = ("planned", "called", "held", "cancelled")

SCHEMA_V1 = f"""
CREATE TABLE bodies (
    id INTEGER PRIMARY KEY,
    municipality TEXT NOT NULL DEFAULT '',
    code TEXT,
    name TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'nämnd',
    parent_id INTEGER REFERENCES bodies(id)
);
CREATE UNIQUE INDEX bodies_name ON bodies(municipality, name);

CREATE TABLE meetings (
    id INTEGER PRIMARY KEY,
    body_id INTEGER NOT NULL REFERENCES bodies(id),
    date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    start_time TEXT,
    location TEXT,
    state TEXT NOT NULL DEFAULT 'planned' CHECK (state IN {MEETING_STATES!r})
);
CREATE UNIQUE INDEX meetings_body_date ON meetings(body_id, date);
CREATE INDEX meetings_date ON meetings(date);

CREATE TABLE matters (
    id INTEGER PRIMARY KEY,
    case_number TEXT UNIQUE,
    title TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'ärende',
    municipality TEXT NOT NULL DEFAULT '',
    raised_on TEXT,
    raised_precision TEXT CHECK (raised_precision IN ('day', 'month', 'year')),
    raised_by TEXT,
    summary TEXT,
    secret INTEGER NOT NULL DEFAULT 0,
    source_file TEXT,
    source_checksum TEXT UNIQUE,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    modified_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE planning_steps (
    id INTEGER PRIMARY KEY,
    matter_id INTEGER NOT NULL REFERENCES matters(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    body_id INTEGER NOT NULL REFERENCES bodies(id),
    meeting_id INTEGER REFERENCES meetings(id),
    date TEXT CHECK (date IS NULL OR date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    role TEXT NOT NULL DEFAULT 'bereder' CHECK (role IN {ROLES!r}),
    decides INTEGER NOT NULL DEFAULT 0 CHECK (decides IN (0, 1)),
    outcome TEXT
);
CREATE UNIQUE INDEX planning_steps_position ON planning_steps(matter_id, position);
CREATE INDEX planning_steps_body_date ON planning_steps(body_id, date);
CREATE INDEX planning_steps_date ON planning_steps(date);

CREATE TABLE proposals (
    id INTEGER PRIMARY KEY,
    matter_id INTEGER NOT NULL REFERENCES matters(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    body_id INTEGER REFERENCES bodies(id),
    addressed_to TEXT,
    text TEXT NOT NULL
);
CREATE UNIQUE INDEX proposals_position ON proposals(matter_id, position);

CREATE TABLE basis_documents (
    id INTEGER PRIMARY KEY,
    matter_id INTEGER NOT NULL REFERENCES matters(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    date TEXT
);
CREATE UNIQUE INDEX basis_documents_position ON basis_documents(matter_id, position);

CREATE TABLE addressees (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    title TEXT,
    kind TEXT NOT NULL DEFAULT 'department'
        CHECK (kind IN ('body', 'company', 'department', 'person'))
);
CREATE UNIQUE INDEX addressees_name_title ON addressees(name, ifnull(title, ''));

CREATE TABLE recipients (
    id INTEGER PRIMARY KEY,
    matter_id INTEGER NOT NULL REFERENCES matters(id) ON DELETE CASCADE,
    addressee_id INTEGER NOT NULL REFERENCES addressees(id),
    position INTEGER NOT NULL,
    sent_on TEXT
);
CREATE UNIQUE INDEX recipients_position ON recipients(matter_id, position);
CREATE UNIQUE INDEX recipients_addressee ON recipients(matter_id, addressee_id);
CREATE INDEX recipients_addressee_id ON recipients(addressee_id);

CREATE TABLE distribution_lists (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);

CREATE TABLE distribution_list_members (
    id INTEGER PRIMARY KEY,
    list_id INTEGER NOT NULL REFERENCES distribution_lists(id) ON DELETE CASCADE,
    addressee_id INTEGER NOT NULL REFERENCES addressees(id),
    position INTEGER NOT NULL
);
CREATE UNIQUE INDEX distribution_list_members_unique ON distribution_list_members(list_id, addressee_id);

CREATE TABLE responsibles (
    id INTEGER PRIMARY KEY,
    matter_id INTEGER NOT NULL REFERENCES matters(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    title TEXT,
    unit TEXT,
    role TEXT NOT NULL DEFAULT 'ansvarig'
);
CREATE UNIQUE INDEX responsibles_position ON responsibles(matter_id, position);

-- The append-only change log. Rows are written by the audit triggers in the same
-- transaction as the change; UPDATE and DELETE are refused by the database itself.
CREATE TABLE changes (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    table_name TEXT NOT NULL,
    row_id INTEGER,
    matter_id INTEGER,
    action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete', 'bulk')),
    before TEXT,
    after TEXT
);
CREATE INDEX changes_matter ON changes(matter_id, id);
CREATE TRIGGER changes_no_update BEFORE UPDATE ON changes
BEGIN SELECT RAISE(ABORT, 'the change log is append-only: UPDATE refused'); END;
CREATE TRIGGER changes_no_delete BEFORE DELETE ON changes
BEGIN SELECT RAISE(ABORT, 'the change log is append-only: DELETE refused'); END;
"""

NOW_UTC = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"


def run_sql(db: sqlite_utils.Database, sql: str) -> None:
    """Run a script statement by statement (executescript would COMMIT the migration)."""
    statement = ""
    for line in sql.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            db.execute(statement)
            statement = ""
    if statement.strip():
        db.execute(statement)


def audit_trigger_sql(db: sqlite_utils.Database, table: str) -> str:
    """Three AFTER triggers that write each change of `table` to `changes`."""
    columns = [c.name for c in db[table].columns]

    def as_json(row: str) -> str:
        return "json_object(" + ", ".join(f"'{c}', {row}.{c}" for c in columns) + ")"

    matter = AUDITED[table]
    matter_new = matter.format(row="NEW") if matter else "NULL"
    matter_old = matter.format(row="OLD") if matter else "NULL"
    changed = " OR ".join(
        f"OLD.{c} IS NOT NEW.{c}" for c in columns if c not in UNLOGGED_COLUMNS
    )
    insert = "INSERT INTO changes (at, actor, table_name, row_id, matter_id, action, before, after)"
    return f"""
DROP TRIGGER IF EXISTS {table}_audit_insert;
CREATE TRIGGER {table}_audit_insert AFTER INSERT ON {table} WHEN beslut_audit()
BEGIN {insert} VALUES ({NOW_UTC}, beslut_actor(), '{table}', NEW.id, {matter_new},
    'insert', NULL, {as_json('NEW')}); END;
DROP TRIGGER IF EXISTS {table}_audit_update;
CREATE TRIGGER {table}_audit_update AFTER UPDATE ON {table} WHEN beslut_audit() AND ({changed})
BEGIN {insert} VALUES ({NOW_UTC}, beslut_actor(), '{table}', NEW.id, {matter_new},
    'update', {as_json('OLD')}, {as_json('NEW')}); END;
DROP TRIGGER IF EXISTS {table}_audit_delete;
CREATE TRIGGER {table}_audit_delete AFTER DELETE ON {table} WHEN beslut_audit()
BEGIN {insert} VALUES ({NOW_UTC}, beslut_actor(), '{table}', OLD.id, {matter_old},
    'delete', {as_json('OLD')}, NULL); END;
"""


def install_audit_triggers(db: sqlite_utils.Database) -> None:
    """(Re)create the audit triggers; call again in any migration that changes columns."""
    for table in AUDITED:
        run_sql(db, audit_trigger_sql(db, table))


@migrations()
def m001_initial(db: sqlite_utils.Database) -> None:
    run_sql(db, SCHEMA_V1)
    install_audit_triggers(db)


def migrate(archive: Archive) -> None:
    """Create or migrate the archive; idempotent, safe with several processes at once."""
    if not migrations.pending(archive.db):
        return
    with archive.write():
        migrations.apply(archive.db)


@migrations()
def m002_matter_search(db: sqlite_utils.Database) -> None:
    """Trigram full-text index over case number, title and summary (any substring of
    three letters or more), kept in step by sqlite-utils' triggers."""
    db["matters"].enable_fts(
        ["case_number", "title", "summary"], tokenize="trigram", create_triggers=True
    )


@migrations()
def m003_change_chain(db: sqlite_utils.Database) -> None:
    """Tamper evidence: every change row carries a hash over its content and the
    previous row's hash (archive/chain.py). Existing rows are chained in id order."""
    db.execute("ALTER TABLE changes ADD COLUMN hash TEXT")
    db.execute("DROP TRIGGER changes_no_update")
    previous = None
    for row in db.execute(f"SELECT {', '.join(CHAINED_COLUMNS)} FROM changes ORDER BY id").fetchall():
        previous = chain_hash(previous, *row)
        db.execute("UPDATE changes SET hash = ? WHERE id = ?", (previous, row[0]))
    run_sql(db, GUARD_SQL)
    run_sql(db, CHAIN_TRIGGER_SQL)
