"""The change log as a hash chain: each row's hash covers its content and the
previous row's hash, so changing or deleting an old row breaks every hash after
it. `verify()` walks the chain and names the first row that does not fit."""

from __future__ import annotations

from typing import NamedTuple

CHAINED_COLUMNS = ("id", "at", "actor", "table_name", "row_id", "matter_id", "action", "before", "after")


def chain_hash(previous: str | None, *values) -> str:
    """sha256 over the previous hash and the row's columns (JSON-encoded, so
    NULL, numbers and text cannot be confused with one another)."""
    # Imported on first use, not with the archive: opening one (every command, the TUI's
    # first screen) does not hash, and the two cost 1.5-2 ms to import (bench/tui.py).
    import hashlib
    import json

    payload = json.dumps([previous or "", *values], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


# Sets the hash of each new change row; the only UPDATE the log allows (hash NULL -> set).
CHAIN_TRIGGER_SQL = f"""
CREATE TRIGGER changes_chain AFTER INSERT ON changes
BEGIN
    UPDATE changes SET hash = beslut_chain(
        (SELECT hash FROM changes WHERE id < NEW.id ORDER BY id DESC LIMIT 1),
        {", ".join("NEW." + c for c in CHAINED_COLUMNS)})
    WHERE id = NEW.id;
END;
"""

GUARD_SQL = """
CREATE TRIGGER changes_no_update BEFORE UPDATE ON changes
WHEN NOT (OLD.hash IS NULL AND NEW.hash IS NOT NULL
          AND OLD.id IS NEW.id AND OLD.at IS NEW.at AND OLD.actor IS NEW.actor
          AND OLD.table_name IS NEW.table_name AND OLD.row_id IS NEW.row_id
          AND OLD.matter_id IS NEW.matter_id AND OLD.action IS NEW.action
          AND OLD.before IS NEW.before AND OLD.after IS NEW.after)
BEGIN SELECT RAISE(ABORT, 'the change log is append-only: UPDATE refused'); END;
"""


class ChainReport(NamedTuple):  # not a dataclass: made when any archive is opened, 0.5-1 ms (bench/tui.py)
    rows: int
    first_bad_id: int | None = None
    problem: str | None = None

    @property
    def ok(self) -> bool:
        return self.first_bad_id is None

    def to_json(self) -> dict:
        return {"ok": self.ok, "rows": self.rows, "first_bad_id": self.first_bad_id, "problem": self.problem}


def verify(conn) -> ChainReport:
    """Recompute the chain over the whole log (streaming: flat memory)."""
    previous = None
    rows = 0
    cursor = conn.execute(f"SELECT {', '.join(CHAINED_COLUMNS)}, hash FROM changes ORDER BY id")
    for row in cursor:
        rows += 1
        *values, stored = row
        expected = chain_hash(previous, *values)
        if stored != expected:
            problem = "saknar hash" if stored is None else "hash stämmer inte: raden eller en tidigare rad är ändrad"
            return ChainReport(rows, first_bad_id=values[0], problem=problem)
        previous = stored
    return ChainReport(rows)
