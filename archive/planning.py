"""Beslutsplanering: add, reorder, remove and postpone a matter's planning steps (the
plan checks the clerk sees beside them are archive/plan_checks.py).

Every edit takes the `expected_version` the clerk's screen shows (a stale edit is
refused, never applied), runs in one write transaction and bumps the matter's
version. A postponement (bordläggning, återremiss) adds a step and marks the old one
with its outcome: history is never rewritten.
"""

from __future__ import annotations

from dataclasses import dataclass

from archive.dates import parse_date
from archive.db import Archive
from archive.errors import InvalidValue, NotFound
from archive.lookups import meeting_on, next_open_meeting
from archive.matters import bump_version, check_version, ensure_body, resolve
from archive.model import POSTPONE_OUTCOMES, ROLES
from archive.sqltext import NOW_UTC


def _steps(archive: Archive, matter_id: int) -> list[dict]:
    return archive.query(
        "SELECT * FROM planning_steps WHERE matter_id = ? ORDER BY position", (matter_id,)
    )


def _step(archive: Archive, matter_id: int, position: int) -> dict:
    steps = _steps(archive, matter_id)
    if not 1 <= position <= len(steps):
        raise NotFound(
            f"steg {position} finns inte; ärendet har {len(steps)} steg i beslutsplaneringen", field="POSITION"
        )
    return steps[position - 1]


def _row_json(archive: Archive, table: str, row_id: int) -> str:
    columns = [c.name for c in archive.db[table].columns]
    expression = "json_object(" + ", ".join(f"'{c}', {c}" for c in columns) + ")"
    return archive.execute(f"SELECT {expression} FROM {table} WHERE id = ?", (row_id,)).fetchone()[0]


def renumber(archive: Archive, table: str, matter_id: int, ordered_ids: list[int | None]) -> None:
    """Give the rows of `table` (planning_steps, recipients) positions 1..n in the order
    of `ordered_ids` (a None leaves its position free, for a row about to be inserted).
    (matter_id, position) is unique and SQLite checks it row by row, so the rows pass
    through free positions first; that shuffle is kept out of the change log, which
    gets one honest row per moved row: old position -> new."""
    current = dict(archive.execute(f"SELECT id, position FROM {table} WHERE matter_id = ?", (matter_id,)).fetchall())
    moved = [(row_id, n) for n, row_id in enumerate(ordered_ids, 1) if row_id is not None and current.get(row_id) != n]
    if not moved:
        return
    before = {row_id: _row_json(archive, table, row_id) for row_id, _ in moved}
    with archive.audit_suspended():
        for row_id, _ in moved:
            archive.execute(f"UPDATE {table} SET position = -position - 1000000 WHERE id = ?", (row_id,))
        for row_id, position in moved:
            archive.execute(f"UPDATE {table} SET position = ? WHERE id = ?", (position, row_id))
    for row_id, _ in moved:
        archive.execute(
            f"""INSERT INTO changes (at, actor, table_name, row_id, matter_id, action, before, after)
               VALUES ({NOW_UTC}, ?, ?, ?, ?, 'update', ?, ?)""",
            (archive.actor, table, row_id, matter_id, before[row_id], _row_json(archive, table, row_id)),
        )


def _date(text: str | None) -> str | None:
    return parse_date(text).isoformat() if text and str(text).strip() else None


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise InvalidValue(f"okänd roll {role!r}; välj en av {', '.join(ROLES)}", field="role")


# ---------------------------------------------------------------- meetings to plan on


@dataclass
class MeetingChoice:
    id: int
    date: str
    start_time: str | None
    state: str


def body_meetings(archive: Archive, body_id: int, *, after: str | None = None, limit: int = 50) -> list[MeetingChoice]:
    """A body's meetings from its plan, from `after` (exclusive) on, soonest first."""
    rows = archive.query(
        """SELECT id, date, start_time, state FROM meetings
           WHERE body_id = ? AND date > ? ORDER BY date LIMIT ?""",
        (body_id, after or "", limit),
    )
    return [MeetingChoice(**row) for row in rows]


def next_meeting(archive: Archive, body_id: int, after: str) -> MeetingChoice | None:
    """The body's first meeting after `after` that is not cancelled."""
    row = next_open_meeting(archive, body_id, after)
    return MeetingChoice(row["id"], row["date"], row["start_time"], row["state"]) if row else None


def bodies(archive: Archive, municipality: str | None = None) -> list[dict]:
    """The bodies one can plan on (of one municipality when given), by name."""
    if municipality is None:
        return archive.query("SELECT id, name, municipality, kind FROM bodies ORDER BY name, municipality")
    return archive.query(
        "SELECT id, name, municipality, kind FROM bodies WHERE municipality = ? ORDER BY name", (municipality,)
    )


# ---------------------------------------------------------------- edits


def add_step(
    archive: Archive,
    ref: str | int,
    body: str | int,
    *,
    date: str | None = None,
    meeting_id: int | None = None,
    role: str = "bereder",
    decides: bool = False,
    position: int | None = None,
    expected_version: int | None = None,
) -> int:
    """Add a step for `body` (id or name; a new name becomes a body of the matter's
    municipality) on a meeting of its plan or a typed date (Swedish forms); at
    `position` (1-based, default last). Returns the new step's position."""
    _check_role(role)
    matter_id = resolve(archive, ref)
    date = _date(date)
    with archive.write():
        check_version(archive, matter_id, expected_version)
        if isinstance(body, int):
            if archive.execute("SELECT 1 FROM bodies WHERE id = ?", (body,)).fetchone() is None:
                raise NotFound(f"inget organ med id {body}", field="body")
            body_id = body
        else:
            municipality = archive.execute("SELECT municipality FROM matters WHERE id = ?", (matter_id,)).fetchone()[0]
            body_id = ensure_body(archive, body, municipality)
        if meeting_id is not None:
            meeting = archive.query("SELECT * FROM meetings WHERE id = ?", (meeting_id,))
            if not meeting or meeting[0]["body_id"] != body_id:
                raise InvalidValue(f"sammanträde {meeting_id} hör inte till organet", field="meeting")
            date = meeting[0]["date"]
        else:
            found = meeting_on(archive, body_id, date)
            meeting_id = found["id"] if found else None
        steps = _steps(archive, matter_id)
        position = len(steps) + 1 if position is None else max(1, min(position, len(steps) + 1))
        if decides:
            archive.execute("UPDATE planning_steps SET decides = 0 WHERE matter_id = ? AND decides = 1", (matter_id,))
        ids = [s["id"] for s in steps]
        ids.insert(position - 1, None)
        renumber(archive, "planning_steps", matter_id, ids)
        archive.execute(
            """INSERT INTO planning_steps (matter_id, position, body_id, meeting_id, date, role, decides)
               VALUES (?, ?, ?, ?, ?, ?, ?)""",
            (matter_id, position, body_id, meeting_id, date, role, int(decides)),
        )
        bump_version(archive, matter_id)
    return position


def move_step(archive: Archive, ref: str | int, position: int, to: int, *, expected_version: int | None = None) -> int:
    """Move step `position` to place `to` (both 1-based); returns where it ended up."""
    matter_id = resolve(archive, ref)
    with archive.write():
        check_version(archive, matter_id, expected_version)
        step = _step(archive, matter_id, position)
        ids = [s["id"] for s in _steps(archive, matter_id)]
        ids.remove(step["id"])
        to = max(1, min(to, len(ids) + 1))
        ids.insert(to - 1, step["id"])
        renumber(archive, "planning_steps", matter_id, ids)
        bump_version(archive, matter_id)
    return to


def remove_step(archive: Archive, ref: str | int, position: int, *, expected_version: int | None = None) -> None:
    """Remove a planned step that has no outcome; a step that happened stays as history."""
    matter_id = resolve(archive, ref)
    with archive.write():
        check_version(archive, matter_id, expected_version)
        step = _step(archive, matter_id, position)
        if step["outcome"]:
            raise InvalidValue(
                f"steg {position} har utfallet {step['outcome']!r} och är historik; det tas inte bort",
                field="POSITION",
            )
        archive.execute("DELETE FROM planning_steps WHERE id = ?", (step["id"],))
        renumber(archive, "planning_steps", matter_id, [s["id"] for s in _steps(archive, matter_id)])
        bump_version(archive, matter_id)


def set_role(
    archive: Archive, ref: str | int, position: int, role: str, *, expected_version: int | None = None
) -> None:
    _check_role(role)
    matter_id = resolve(archive, ref)
    with archive.write():
        check_version(archive, matter_id, expected_version)
        step = _step(archive, matter_id, position)
        archive.execute("UPDATE planning_steps SET role = ? WHERE id = ?", (role, step["id"]))
        bump_version(archive, matter_id)


def set_deciding(archive: Archive, ref: str | int, position: int, *, expected_version: int | None = None) -> None:
    """Make step `position` the one deciding step (and its role "beslutar")."""
    matter_id = resolve(archive, ref)
    with archive.write():
        check_version(archive, matter_id, expected_version)
        step = _step(archive, matter_id, position)
        archive.execute(
            "UPDATE planning_steps SET decides = 0 WHERE matter_id = ? AND decides = 1 AND id != ?",
            (matter_id, step["id"]),
        )
        archive.execute("UPDATE planning_steps SET decides = 1, role = 'beslutar' WHERE id = ?", (step["id"],))
        bump_version(archive, matter_id)


@dataclass
class Postponed:
    position: int  # the new step's
    date: str | None
    meeting_id: int | None


def postpone(
    archive: Archive,
    ref: str | int,
    position: int,
    *,
    kind: str = "bordläggning",
    date: str | None = None,
    expected_version: int | None = None,
) -> Postponed:
    """Bordläggning or återremiss of step `position`: the step keeps its date and gets
    the outcome "bordlagt"/"återremitterat"; a new step for the same body follows it,
    on `date` if given, else on the body's next meeting that is not cancelled. The
    deciding flag moves to the new step."""
    if kind not in POSTPONE_OUTCOMES:
        raise InvalidValue(f"okänd sorts uppskov {kind!r}; välj {' eller '.join(POSTPONE_OUTCOMES)}", field="kind")
    matter_id = resolve(archive, ref)
    date = _date(date)
    with archive.write():
        check_version(archive, matter_id, expected_version)
        step = _step(archive, matter_id, position)
        if step["outcome"]:
            raise InvalidValue(f"steg {position} har redan utfallet {step['outcome']!r}", field="POSITION")
        if date is None:
            if not step["date"]:
                raise InvalidValue(f"steg {position} har inget datum; ange ett nytt datum", field="date")
            meeting = next_meeting(archive, step["body_id"], step["date"])
            if meeting is None:
                raise NotFound(f"organet har inget sammanträde efter {step['date']} i sin plan; ange ett datum",
                               field="date")
            date, meeting_id = meeting.date, meeting.id
        else:
            found = meeting_on(archive, step["body_id"], date)
            meeting_id = found["id"] if found else None
        archive.execute(
            "UPDATE planning_steps SET outcome = ?, decides = 0 WHERE id = ?", (POSTPONE_OUTCOMES[kind], step["id"])
        )
        ids = [s["id"] for s in _steps(archive, matter_id)]
        ids.insert(position, None)
        renumber(archive, "planning_steps", matter_id, ids)
        archive.execute(
            """INSERT INTO planning_steps (matter_id, position, body_id, meeting_id, date, role, decides)
               VALUES (?, ?, ?, ?, ?, ?, ?)""",
            (matter_id, position + 1, step["body_id"], meeting_id, date, step["role"], step["decides"]),
        )
        bump_version(archive, matter_id)
    return Postponed(position + 1, date, meeting_id)
