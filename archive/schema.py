"""The archive's schema, applied only through numbered sqlite-utils migrations.

The intent is data at module level (`AUDITED`: which tables the change log
watches and how each row finds its matter); `migrate()` applies it idempotently.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import sqlite_utils

from archive.chain import CHAIN_TRIGGER_SQL, CHAINED_COLUMNS, GUARD_SQL, chain_hash
from archive.sqltext import NOW_UTC, run_sql

if TYPE_CHECKING:  # archive.db opens the archive and calls migrate(): no import back at run time
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
    "agenda_items": "{row}.matter_id",
    "paragraphs": "{row}.matter_id",
    "outbox": "{row}.matter_id",
}

# Columns whose change alone is bookkeeping, not a change worth a log row.
UNLOGGED_COLUMNS = {"version", "modified_at"}

# Defined in archive/model.py, which every front imports without loading sqlite-utils.
from archive.model import ADDRESSEE_KINDS, AGENDA_ITEM_KINDS, DECISION_KINDS, MEETING_STATES, OUTBOX_STATES, ROLES  # noqa: E402

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
    created_at TEXT NOT NULL DEFAULT ({NOW_UTC}),
    modified_at TEXT NOT NULL DEFAULT ({NOW_UTC})
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
        CHECK (kind IN {ADDRESSEE_KINDS!r})
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
        if db[table].exists():  # a table a later migration creates gets its triggers there
            run_sql(db, audit_trigger_sql(db, table))


@migrations()
def m001_initial(db: sqlite_utils.Database) -> None:
    run_sql(db, SCHEMA_V1)
    install_audit_triggers(db)


def migrate(archive: Archive) -> None:
    """Create or migrate the archive; idempotent, safe with several processes at once."""
    with archive.write():
        if migrations.pending(archive.db):
            migrations.apply(archive.db)
        archive.execute(f"PRAGMA user_version = {len(migrations._migrations)}")


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


# Views for readers (the Datasette portal and exports). Column names stay English like the
# rest of the schema; datasette/metadata.yml gives them Swedish descriptions, and the
# canned reports alias them in Swedish.
PORTAL_VIEWS = {
    "planning_schedule": """
SELECT s.id AS step_id, s.date, substr(s.date, 1, 4) AS year, substr(s.date, 1, 7) AS month,
       b.municipality, b.name AS body, b.code AS body_code,
       m.id AS matter_id, m.case_number, m.title, m.kind,
       s.position, s.role, s.decides, s.outcome, mt.state AS meeting_state
FROM planning_steps s
JOIN bodies b ON b.id = s.body_id
JOIN matters m ON m.id = s.matter_id
LEFT JOIN meetings mt ON mt.id = s.meeting_id""",
    "meeting_schedule": """
SELECT mt.id AS meeting_id, mt.date, substr(mt.date, 1, 4) AS year, substr(mt.date, 1, 7) AS month,
       mt.start_time, mt.location, mt.state,
       b.id AS body_id, b.municipality, b.name AS body, b.code AS body_code,
       (SELECT count(*) FROM planning_steps s WHERE s.meeting_id = mt.id) AS planned_matters
FROM meetings mt
JOIN bodies b ON b.id = mt.body_id""",
    # Few recipients are unsent: CROSS JOIN keeps them the outer loop (recipients_unsent),
    # where the planner would otherwise walk every step in date order for the ORDER BY.
    # A matter counts as decided once its deciding step has an outcome or its date has passed.
    "unsent_decisions": """
SELECT r.id AS recipient_id, m.id AS matter_id, m.case_number, m.title, m.municipality,
       s.date AS decided_on, b.name AS decided_by, r.position, a.name AS recipient,
       a.title AS recipient_title, a.kind AS recipient_kind
FROM recipients r
CROSS JOIN matters m ON m.id = r.matter_id
JOIN planning_steps s ON s.matter_id = m.id AND s.decides = 1
JOIN bodies b ON b.id = s.body_id
JOIN addressees a ON a.id = r.addressee_id
WHERE r.sent_on IS NULL
  AND (s.outcome IS NOT NULL OR s.date <= date('now', 'localtime'))""",
}


@migrations()
def m004_portal_views(db: sqlite_utils.Database) -> None:
    """Reader views for the portal, and trigram search over proposal texts."""
    for name, sql in PORTAL_VIEWS.items():
        db.execute(f"DROP VIEW IF EXISTS {name}")
        db.execute(f"CREATE VIEW {name} AS {sql}")
    db["proposals"].enable_fts(["text"], tokenize="trigram", create_triggers=True)


@migrations()
def m005_dates_meetings_deadlines(db: sqlite_utils.Database) -> None:
    """Meeting plans and deadlines (issue 5): where a generated meeting came from, the
    actual justering and notice dates, per-body lead times, the holiday calendar the
    SQL views count working days with, and the deadline views for Datasette."""
    from archive.deadlines import views_sql
    from archive.workdays import fill_calendar_tables

    run_sql(db, """
ALTER TABLE meetings ADD COLUMN plan_date TEXT;
ALTER TABLE meetings ADD COLUMN approved_on TEXT
    CHECK (approved_on IS NULL OR approved_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');
ALTER TABLE meetings ADD COLUMN notice_posted_on TEXT
    CHECK (notice_posted_on IS NULL OR notice_posted_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');
CREATE INDEX meetings_body_plan_date ON meetings(body_id, plan_date);
ALTER TABLE bodies ADD COLUMN documents_lead_days INTEGER
    CHECK (documents_lead_days IS NULL OR documents_lead_days BETWEEN 0 AND 100);
ALTER TABLE bodies ADD COLUMN call_lead_days INTEGER
    CHECK (call_lead_days IS NULL OR call_lead_days BETWEEN 0 AND 100);
""")
    fill_calendar_tables(db)
    run_sql(db, views_sql())
    install_audit_triggers(db)


@migrations()
def m006_report_indexes(db: sqlite_utils.Database) -> None:
    """Indexes the portal's reports need at 200,000 matters (bench/portal_bench.py): a
    meeting's planned steps, and the few recipients not yet sent; unsent_decisions
    rebuilt to start from them."""
    run_sql(db, f"""
CREATE INDEX IF NOT EXISTS planning_steps_meeting ON planning_steps(meeting_id);
CREATE INDEX IF NOT EXISTS recipients_unsent ON recipients(matter_id, position) WHERE sent_on IS NULL;
DROP VIEW IF EXISTS unsent_decisions;
CREATE VIEW unsent_decisions AS {PORTAL_VIEWS["unsent_decisions"]};
""")


# Which matters each imported file gave (m007; m008 rebuilds it unchanged).
IMPORT_MATTERS_SQL = """
CREATE TABLE import_matters (
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES import_sources(id) ON DELETE CASCADE,
    matter_id INTEGER NOT NULL REFERENCES matters(id) ON DELETE CASCADE,
    item TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL,
    warnings TEXT NOT NULL DEFAULT '[]'
);
CREATE UNIQUE INDEX import_matters_item ON import_matters(source_id, item);
CREATE INDEX import_matters_matter ON import_matters(matter_id);
"""

IMPORT_SOURCES_SQL = f"""
CREATE TABLE import_sources (
    id INTEGER PRIMARY KEY,
    file_name TEXT NOT NULL UNIQUE,
    checksum TEXT NOT NULL,
    kind TEXT NOT NULL,
    meeting_id INTEGER REFERENCES meetings(id),
    warnings TEXT NOT NULL DEFAULT '[]',
    notes TEXT NOT NULL DEFAULT '[]',
    imported_at TEXT NOT NULL DEFAULT ({NOW_UTC})
);
CREATE INDEX import_sources_checksum ON import_sources(checksum);
{IMPORT_MATTERS_SQL}INSERT INTO import_sources (file_name, checksum, kind)
    SELECT source_file, min(source_checksum), 'tjänsteskrivelse' FROM matters
    WHERE source_checksum IS NOT NULL AND source_file IS NOT NULL GROUP BY source_file;
INSERT INTO import_matters (source_id, matter_id, item, position)
    SELECT s.id, m.id, '', 1 FROM matters m JOIN import_sources s ON s.checksum = m.source_checksum;
"""


@migrations()
def m007_import_sources(db: sqlite_utils.Database) -> None:
    """Issue 7: where each imported matter came from (file name, sha256, kind, the meeting a
    kallelse or protocol was for) and the warnings its parse left. One file may hold several
    matters (a kallelse, a protocol) and one matter may come from several files."""
    run_sql(db, IMPORT_SOURCES_SQL)


# A file's name alone does not tell documents apart: municipalities name files generically
# ("protokoll.pdf", one folder per meeting). A document is the pair (file name, document
# key): for a kallelse or protocol, its kind and the meeting it is for; for a
# tjänsteskrivelse, its case number; the kind alone when the text did not say (archive/importing/store.py
# keeps to the same form). The table is rebuilt to drop UNIQUE(file_name); import_matters,
# which refers to it, is set aside first so that no ON DELETE CASCADE fires.
IMPORT_DOCUMENT_KEY_SQL = f"""
CREATE TABLE import_matters_aside AS SELECT * FROM import_matters;
DROP TABLE import_matters;
CREATE TABLE import_sources_v8 (
    id INTEGER PRIMARY KEY,
    file_name TEXT NOT NULL,
    document_key TEXT NOT NULL DEFAULT '',
    checksum TEXT NOT NULL,
    kind TEXT NOT NULL,
    meeting_id INTEGER REFERENCES meetings(id),
    warnings TEXT NOT NULL DEFAULT '[]',
    notes TEXT NOT NULL DEFAULT '[]',
    imported_at TEXT NOT NULL DEFAULT ({NOW_UTC})
);
INSERT INTO import_sources_v8 (id, file_name, checksum, kind, meeting_id, warnings, notes, imported_at)
    SELECT id, file_name, checksum, kind, meeting_id, warnings, notes, imported_at FROM import_sources;
DROP TABLE import_sources;
ALTER TABLE import_sources_v8 RENAME TO import_sources;
CREATE UNIQUE INDEX import_sources_document ON import_sources(file_name, document_key);
CREATE INDEX import_sources_checksum ON import_sources(checksum);
{IMPORT_MATTERS_SQL}INSERT INTO import_matters SELECT * FROM import_matters_aside;
DROP TABLE import_matters_aside;
UPDATE import_sources SET document_key = kind || '|meeting ' || meeting_id WHERE meeting_id IS NOT NULL;
UPDATE import_sources SET document_key = 'tjänsteskrivelse|' || (
    SELECT m.case_number FROM import_matters l JOIN matters m ON m.id = l.matter_id
    WHERE l.source_id = import_sources.id AND m.case_number IS NOT NULL ORDER BY l.position LIMIT 1)
  WHERE meeting_id IS NULL AND kind = 'tjänsteskrivelse' AND EXISTS (
    SELECT 1 FROM import_matters l JOIN matters m ON m.id = l.matter_id
    WHERE l.source_id = import_sources.id AND m.case_number IS NOT NULL);
UPDATE import_sources SET document_key = kind || '|' WHERE document_key = '';
"""


@migrations()
def m008_import_document_key(db: sqlite_utils.Database) -> None:
    """Two files with one name are two documents unless they are about the same meeting
    (a kallelse, a protocol) or the same case (a tjänsteskrivelse): see IMPORT_DOCUMENT_KEY_SQL."""
    run_sql(db, IMPORT_DOCUMENT_KEY_SQL)


@migrations()
def m009_plan_problems(db: sqlite_utils.Database) -> None:
    """Issue 14: the portal's view of the plan problems, built from archive/plan_checks.py's
    queries (the same definitions as `beslut check` and the matter screen)."""
    from archive.plan_checks import view_sql

    db.execute("DROP VIEW IF EXISTS plan_problems")
    db.execute(f"CREATE VIEW plan_problems AS {view_sql()}")


# Issue 15, the meeting cycle: the föredragningslista (agenda_items: standing items and the
# matters planned on the meeting, in the clerk's order, each public or closed); the
# protocol's §§ in one series per body and calendar year with their decisions
# (paragraphs); the addressees' e-mail; and the outbox of expediering (one row per §
# and recipient), so that what was sent survives a crash and nothing is sent twice.
# Also on the meeting: the day the kallelse (kungörelse) went out, the justerare and
# where the protocol is kept (for the anslagstavla).
MEETING_CYCLE_SQL = f"""
ALTER TABLE meetings ADD COLUMN called_on TEXT
    CHECK (called_on IS NULL OR called_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');
ALTER TABLE meetings ADD COLUMN approvers TEXT;
ALTER TABLE meetings ADD COLUMN protocol_kept_at TEXT;
ALTER TABLE addressees ADD COLUMN email TEXT CHECK (email IS NULL OR email LIKE '%_@_%');

CREATE TABLE agenda_items (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN {AGENDA_ITEM_KINDS!r}),
    title TEXT,
    matter_id INTEGER REFERENCES matters(id) ON DELETE CASCADE,
    planning_step_id INTEGER REFERENCES planning_steps(id),
    public INTEGER NOT NULL DEFAULT 1 CHECK (public IN (0, 1)),
    CHECK ((kind = 'matter') = (matter_id IS NOT NULL)),
    CHECK (kind = 'matter' OR title IS NOT NULL)
);
CREATE INDEX agenda_items_meeting ON agenda_items(meeting_id, position);
CREATE UNIQUE INDEX agenda_items_matter ON agenda_items(meeting_id, matter_id) WHERE matter_id IS NOT NULL;

CREATE TABLE paragraphs (
    id INTEGER PRIMARY KEY,
    body_id INTEGER NOT NULL REFERENCES bodies(id),
    year INTEGER NOT NULL,
    number INTEGER NOT NULL CHECK (number >= 1),
    meeting_id INTEGER NOT NULL REFERENCES meetings(id),
    agenda_item_id INTEGER NOT NULL UNIQUE REFERENCES agenda_items(id),
    matter_id INTEGER REFERENCES matters(id),
    decision_kind TEXT CHECK (decision_kind IS NULL OR decision_kind IN {DECISION_KINDS!r}),
    decision TEXT,
    added_step_id INTEGER REFERENCES planning_steps(id)
);
CREATE UNIQUE INDEX paragraphs_number ON paragraphs(body_id, year, number);
CREATE INDEX paragraphs_meeting ON paragraphs(meeting_id, number);

CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    paragraph_id INTEGER NOT NULL REFERENCES paragraphs(id),
    recipient_id INTEGER NOT NULL REFERENCES recipients(id),
    matter_id INTEGER NOT NULL REFERENCES matters(id),
    email TEXT,
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN {OUTBOX_STATES!r}),
    sent_on TEXT,
    message_id TEXT,
    error TEXT
);
CREATE UNIQUE INDEX outbox_unique ON outbox(paragraph_id, recipient_id);
CREATE INDEX outbox_state ON outbox(state);
"""


@migrations()
def m010_meeting_cycle(db: sqlite_utils.Database) -> None:
    """Issue 15: agenda items, §§ with decisions, addressee e-mail, the expediering outbox;
    the deadline views gain the day the kallelse went out and whether it was late."""
    from archive.deadlines import create_views

    run_sql(db, MEETING_CYCLE_SQL)
    install_audit_triggers(db)
    create_views(db)


# One rule for "the same case number" (issue 13): spaces, hyphens (and the dashes PDF text
# turns them into), a leading "Dnr", letter case and a document or classification suffix after
# the number ("KS 2018/00909-1.1.1", "KS-2016/311.109", "2016/0308 KS-1": the case is the part
# before it, and a protocol may name the case without it) do not tell two cases apart
# ("KS 2019/231", "Dnr KS-2019/231", "ks2019/231"). Written in SQL so that the archive can index
# it; `{}` is the column or the bound parameter. upper() folds ASCII only: case numbers are ASCII
# but for an odd "Ö", which clerks write in capitals anyway.
_CASE_KEY_SPACED = "upper(replace(replace(replace(replace({}, ' ', ''), char(160), ''), char(8211), '-'), " \
    "char(8212), '-'))"
# A suffix: "-" then digits and dots at the end ("-1.1.1", "-10", "KS-1"), or "." then digits
# (".109"), after a "/" and a number with a digit in it; "2019/KS-123" keeps its number.
_DASH_CUT = "rtrim({s}, '0123456789.')"
_DOT_CUT = "rtrim({s}, '0123456789')"


def _cut_at(cut: str, mark: str, otherwise: str) -> str:
    return (f"(CASE WHEN substr({cut}, -1) = '{mark}' AND instr({cut}, '/') > 0"
            f" AND substr({cut}, instr({cut}, '/') + 1) GLOB '*[0-9]*'"
            f" THEN substr({cut}, 1, length({cut}) - 1) ELSE {otherwise} END)")


_CASE_KEY_NO_SUFFIX = (_cut_at(_DASH_CUT, "-", _cut_at(_DOT_CUT, ".", "{s}"))
                       .replace("{s}", "(" + _CASE_KEY_SPACED + ")"))
CASE_KEY_SQL = ("replace(CASE WHEN substr({f}, 1, 3) = 'DNR' THEN ltrim(substr({f}, 4), ':.') ELSE {f} END, '-', '')"
                .replace("{f}", _CASE_KEY_NO_SUFFIX))


def case_key_sql(operand: str) -> str:
    """CASE_KEY_SQL applied to `operand` ("case_number", "?")."""
    return CASE_KEY_SQL.replace("{}", operand)


@migrations()
def m011_linking_and_plan_markers(db: sqlite_utils.Database) -> None:
    """Issue 13. Linking documents: matters found by their case number normalised (an
    index on CASE_KEY_SQL); a planning step knows whether a protocol recorded it
    (`recorded`: it happened) and keeps the date planning had given it before a
    protocol said otherwise (`planned_date`). Meeting plans read from documents: a
    meeting keeps the plan's marker ("*" for a meeting held only if needed) and whether
    its year was inferred from the weekdays rather than stated; which meetings each plan
    document listed (import_meetings), so that a new version can say which it dropped."""
    run_sql(db, f"""
ALTER TABLE planning_steps ADD COLUMN recorded INTEGER NOT NULL DEFAULT 0 CHECK (recorded IN (0, 1));
ALTER TABLE planning_steps ADD COLUMN planned_date TEXT
    CHECK (planned_date IS NULL OR planned_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');
ALTER TABLE meetings ADD COLUMN marker TEXT;
ALTER TABLE meetings ADD COLUMN year_inferred INTEGER NOT NULL DEFAULT 0 CHECK (year_inferred IN (0, 1));
CREATE INDEX IF NOT EXISTS matters_case_key ON matters({case_key_sql('case_number')});
CREATE TABLE import_meetings (
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES import_sources(id) ON DELETE CASCADE,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id),
    position INTEGER NOT NULL
);
CREATE UNIQUE INDEX import_meetings_position ON import_meetings(source_id, position);
CREATE INDEX import_meetings_meeting ON import_meetings(meeting_id);
""")
    install_audit_triggers(db)


@migrations()
def m012_meeting_changes_index(db: sqlite_utils.Database) -> None:
    """A matter's Historik tells the changes of the meetings its steps are on (archive/history.py):
    found by the meeting's id among the change rows that belong to no matter, without reading
    every such row (a municipality's meeting plans over the years give tens of thousands)."""
    db.execute("CREATE INDEX IF NOT EXISTS changes_meeting ON changes(row_id, id)"
               " WHERE matter_id IS NULL AND table_name = 'meetings'")


@migrations()
def m013_case_key_without_suffix(db: sqlite_utils.Database) -> None:
    """The same case number now also ignores a document or classification suffix after the number
    ("KS 2018/00909-1.1.1" is case KS 2018/00909): the index on the rule is built again with it."""
    db.execute("DROP INDEX IF EXISTS matters_case_key")
    db.execute(f"CREATE INDEX matters_case_key ON matters({case_key_sql('case_number')})")
