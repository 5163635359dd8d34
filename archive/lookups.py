"""The small lookups every part of the archive asks: the body by its name, a body's
meeting on a date, its next meeting that is not cancelled, the steps planned on a
meeting, the deciding steps that decided a matter. One function each (issue 14: they
had been copied up to five times, and the copies had begun to differ). Imports nothing
of ours but db and errors, so every module may use it (and importing it costs nothing:
archive.matters takes decided_sql from here, not from deadlines, which imports dateutil
and the holiday rules the TUI's first screen does not need, bench/tui.py)."""

from __future__ import annotations

from archive.errors import InvalidValue, NotFound

# Which planning steps are "on" a meeting: those linked to it, and the unlinked ones of the
# same body on the same day (imported plans name a date, not a meeting). `{step}` and
# `{meeting}` are the SQL aliases of planning_steps and meetings.
STEP_ON_MEETING = (
    "({step}.meeting_id = {meeting}.id OR ({step}.meeting_id IS NULL"
    " AND {step}.body_id = {meeting}.body_id AND {step}.date = {meeting}.date))"
)


# A deciding step with one of these outcomes did not decide: the matter goes on.
NOT_A_DECISION = ("bordlagd", "bordlagt", "bordläggning", "återremiss", "återremitterad", "återremitterat", "utgår")


def decided_sql(alias: str) -> str:
    """SQL: the deciding steps of matter `alias` that carry a real decision."""
    excluded = ", ".join(f"'{word}'" for word in NOT_A_DECISION)
    return (
        f"FROM planning_steps d WHERE d.matter_id = {alias}.id AND d.decides = 1 "
        f"AND d.outcome IS NOT NULL AND trim(d.outcome) != '' AND lower(trim(d.outcome)) NOT IN ({excluded})"
    )


def step_on_meeting_sql(step: str = "s", meeting: str = "m") -> str:
    """SQL: planning step `step` is on meeting `meeting` (the one rule, for joins)."""
    return STEP_ON_MEETING.format(step=step, meeting=meeting)


def body_ids(archive, name: str, municipality: str | None = None) -> list[tuple[int, str]]:
    """(id, municipality) of the bodies called `name`: any case, spaces collapsed; failing that, the bodies whose
    name is another form of it (naming.body_key: "Socialnämnd" finds "Socialnämnden", "Hjälpmedelsnämnden" finds
    "Gemensam hjälpmedelsnämnd", "överförmyndarnämnden" finds "Överförmyndarnämnden", which NOCASE does not fold)."""
    from archive import naming  # not at import: the TUI's first screen looks up no bodies (bench/tui.py)

    name = " ".join(name.split())
    where, params = "", []
    if municipality is not None:
        where, params = " AND municipality = ? COLLATE NOCASE", [municipality]
    exact = archive.execute(f"SELECT id, municipality FROM bodies WHERE name = ? COLLATE NOCASE{where} ORDER BY id",
                            [name, *params]).fetchall()
    if exact:
        return [(row[0], row[1]) for row in exact]
    key = naming.body_key(name)
    rows = archive.execute(f"SELECT id, municipality, name FROM bodies WHERE 1{where} ORDER BY id", params).fetchall()
    return [(row[0], row[1]) for row in rows if naming.body_key(row[2]) == key]


def find_body(archive, name: str, municipality: str | None = None, *, field: str = "--body") -> int:
    """The id of the one body called `name`; with several municipalities, say which."""
    rows = body_ids(archive, name, municipality)
    if len(rows) == 1:
        return rows[0][0]
    if len(rows) > 1:
        places = ", ".join(sorted(r[1] or "(ingen kommun)" for r in rows))
        raise InvalidValue(f"{' '.join(name.split())!r} finns i flera kommuner ({places}); ange --municipality",
                           field=field)
    raise NotFound(f"inget organ som heter {' '.join(name.split())!r}", field=field)


def meeting_on(archive, body_id: int, date: str | None) -> dict | None:
    """The body's meeting on `date` (ISO), as a row of `meetings`; None if it has none."""
    if not date:
        return None
    rows = archive.query("SELECT * FROM meetings WHERE body_id = ? AND date = ?", (body_id, date))
    return rows[0] if rows else None


def next_open_meeting(archive, body_id: int, after: str) -> dict | None:
    """The body's first meeting after `after` (ISO, exclusive) that is not cancelled."""
    rows = archive.query(
        "SELECT * FROM meetings WHERE body_id = ? AND date > ? AND state != 'cancelled' ORDER BY date LIMIT 1",
        (body_id, after),
    )
    return rows[0] if rows else None


def steps_on_meeting(archive, meeting_id: int, *, open_only: bool = False) -> list[dict]:
    """The planning steps on a meeting (see STEP_ON_MEETING), by matter and position;
    `open_only`: those without an outcome."""
    rows = archive.query(
        f"""SELECT s.* FROM meetings m JOIN planning_steps s ON {step_on_meeting_sql()}
            WHERE m.id = ? {"AND s.outcome IS NULL" if open_only else ""}
            ORDER BY s.matter_id, s.position""",
        (meeting_id,),
    )
    return rows
