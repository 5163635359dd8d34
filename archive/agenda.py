"""Föredragningslista: a meeting's numbered items.

The standing items a body uses (STANDING_ITEMS_FIRST, then the matters planned on the
meeting in the clerk's order, then STANDING_ITEMS_LAST), each public or closed
(sekretess). The list is kept in `agenda_items`: `sync_agenda` brings in what the
planning put on the meeting since, so a matter planned on it shows up by itself.
Moving an item to another meeting moves its planning step (with history, a new
version of the matter). Once the protocol has its §§ the list is fixed.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from archive.db import Archive
from archive.errors import InvalidValue, NotFound
from archive.lookups import step_on_meeting_sql
from archive.matters import bump_version, resolve
from archive.model import STANDING_ITEMS_FIRST, STANDING_ITEMS_LAST


@dataclass
class AgendaEntry:
    id: int
    position: int
    kind: str  # standing, matter
    title: str
    public: bool
    matter_id: int | None = None
    case_number: str | None = None
    planning_step_id: int | None = None
    secret_matter: bool = False
    proposals: list[dict] = field(default_factory=list)
    basis: list[dict] = field(default_factory=list)

    def to_json(self) -> dict:
        data = asdict(self)
        data.pop("secret_matter")
        return data


# The steps planned on a meeting (the one rule: archive.lookups), in the order a new list
# starts with: by case number, then title.
_PLANNED_STEPS_SQL = f"""
SELECT s.id, s.matter_id, s.position FROM meetings m JOIN planning_steps s ON {step_on_meeting_sql()}
JOIN matters x ON x.id = s.matter_id
WHERE m.id = ? ORDER BY x.case_number IS NULL, x.case_number, x.title, s.matter_id, s.position
"""


def meeting_row(archive: Archive, meeting_id: int) -> dict:
    rows = archive.query(
        """SELECT m.*, b.name AS body, b.kind AS body_kind, b.municipality, b.call_lead_days
           FROM meetings m JOIN bodies b ON b.id = m.body_id WHERE m.id = ?""",
        (meeting_id,),
    )
    if not rows:
        raise NotFound(f"inget sammanträde med id {meeting_id}", field="meeting")
    return rows[0]


def is_numbered(archive: Archive, meeting_id: int) -> bool:
    row = archive.execute("SELECT 1 FROM paragraphs WHERE meeting_id = ? LIMIT 1", (meeting_id,)).fetchone()
    return row is not None


def _check_open(archive: Archive, meeting: dict) -> None:
    if meeting["state"] == "cancelled":
        raise InvalidValue(f"sammanträdet {meeting['date']} är inställt", field="DATE")
    if is_numbered(archive, meeting["id"]):
        raise InvalidValue(
            f"protokollet för {meeting['body']} {meeting['date']} har redan paragrafer; föredragningslistan är låst",
            field="DATE",
        )


def _renumber(archive: Archive, meeting_id: int, ordered_ids: list[int]) -> None:
    """Positions 1..n in the given order; only rows whose position changes are written
    (one change-log row each)."""
    current = dict(archive.execute("SELECT id, position FROM agenda_items WHERE meeting_id = ?", (meeting_id,)))
    for n, item_id in enumerate(ordered_ids, 1):
        if current.get(item_id) != n:
            archive.execute("UPDATE agenda_items SET position = ? WHERE id = ?", (n, item_id))


def _ordered_ids(archive: Archive, meeting_id: int) -> list[int]:
    return [r[0] for r in archive.execute(
        "SELECT id FROM agenda_items WHERE meeting_id = ? ORDER BY position, id", (meeting_id,))]


def _closing_start(archive: Archive, meeting_id: int) -> int:
    """Where the closing standing items begin: after the last matter, or before the first
    closing standing item when there is no matter yet."""
    rows = archive.query(
        "SELECT position, kind, title FROM agenda_items WHERE meeting_id = ? ORDER BY position", (meeting_id,)
    )
    last_matter = max((r["position"] for r in rows if r["kind"] == "matter"), default=None)
    if last_matter is not None:
        return last_matter + 1
    closing = [r["position"] for r in rows if r["kind"] == "standing" and r["title"] in STANDING_ITEMS_LAST]
    return min(closing) if closing else len(rows) + 1


def sync_agenda(archive: Archive, meeting_id: int) -> None:
    """Bring the stored list up to date with the planning: a first call lays out the
    standing items and the planned matters; later calls add matters planned on the
    meeting since (after the last matter) and drop those whose step left it. A numbered
    protocol is never changed."""
    with archive.write():
        meeting_row(archive, meeting_id)  # refuses an unknown meeting
        if is_numbered(archive, meeting_id):
            return
        steps = archive.query(_PLANNED_STEPS_SQL, (meeting_id,))
        existing = archive.query(
            "SELECT id, matter_id, planning_step_id FROM agenda_items WHERE meeting_id = ? AND kind = 'matter'",
            (meeting_id,),
        )
        first = not archive.execute("SELECT 1 FROM agenda_items WHERE meeting_id = ?", (meeting_id,)).fetchone()
        planned = {}
        for step in steps:  # a matter planned twice on one meeting is one item (its later step)
            planned[step["matter_id"]] = step["id"]
        for row in existing:
            if row["matter_id"] not in planned:
                archive.execute("DELETE FROM agenda_items WHERE id = ?", (row["id"],))
            elif row["planning_step_id"] != planned[row["matter_id"]]:
                archive.execute("UPDATE agenda_items SET planning_step_id = ? WHERE id = ?",
                                (planned[row["matter_id"]], row["id"]))
        present = {r["matter_id"] for r in existing}
        new = [(m, s) for m, s in planned.items() if m not in present]
        if first:
            titles = [("standing", t, None, None) for t in STANDING_ITEMS_FIRST]
            titles += [("matter", None, m, s) for m, s in new]
            titles += [("standing", t, None, None) for t in STANDING_ITEMS_LAST]
            for n, (kind, title, matter_id, step_id) in enumerate(titles, 1):
                _insert(archive, meeting_id, n, kind, title, matter_id, step_id)
            return
        if not new:
            _renumber(archive, meeting_id, _ordered_ids(archive, meeting_id))
            return
        ids = _ordered_ids(archive, meeting_id)
        at = _closing_start(archive, meeting_id) - 1
        at = max(0, min(at, len(ids)))
        new_ids = [_insert(archive, meeting_id, len(ids) + 1000 + n, "matter", None, m, s)
                   for n, (m, s) in enumerate(new)]
        _renumber(archive, meeting_id, ids[:at] + new_ids + ids[at:])


def _insert(archive: Archive, meeting_id: int, position: int, kind: str, title: str | None,
            matter_id: int | None, step_id: int | None, *, public: bool = True) -> int:
    """A new item; a matter's item is closed when the matter is secret."""
    if matter_id is not None:
        public = not archive.execute("SELECT secret FROM matters WHERE id = ?", (matter_id,)).fetchone()[0]
    return archive.execute(
        """INSERT INTO agenda_items (meeting_id, position, kind, title, matter_id, planning_step_id, public)
           VALUES (?, ?, ?, ?, ?, ?, ?)""",
        (meeting_id, position, kind, title, matter_id, step_id, int(public)),
    ).lastrowid


def agenda_items(archive: Archive, meeting_id: int, *, details: bool = True) -> list[AgendaEntry]:
    """The stored föredragningslista in order (call sync_agenda first to bring in new
    planning); `details`: each matter's proposals and basis documents (for the kallelse)."""
    rows = archive.query(
        """SELECT a.id, a.position, a.kind, coalesce(a.title, x.title) AS title, a.public, a.matter_id,
                  x.case_number, a.planning_step_id, ifnull(x.secret, 0) AS secret_matter
           FROM agenda_items a LEFT JOIN matters x ON x.id = a.matter_id
           WHERE a.meeting_id = ? ORDER BY a.position, a.id""",
        (meeting_id,),
    )
    entries = [AgendaEntry(**{**r, "public": bool(r["public"]), "secret_matter": bool(r["secret_matter"])})
               for r in rows]
    if details:  # one query a part for the whole list, not two a matter
        proposals = by_matter(archive.query(
            """SELECT p.matter_id, p.addressed_to AS "to", p.text FROM agenda_items a
               JOIN proposals p ON p.matter_id = a.matter_id WHERE a.meeting_id = ? ORDER BY p.matter_id, p.position""",
            (meeting_id,)))
        basis = by_matter(archive.query(
            """SELECT b.matter_id, b.title, b.date FROM agenda_items a
               JOIN basis_documents b ON b.matter_id = a.matter_id WHERE a.meeting_id = ?
               ORDER BY b.matter_id, b.position""",
            (meeting_id,)))
        for entry in entries:
            if entry.matter_id is not None:
                entry.proposals = proposals.get(entry.matter_id, [])
                entry.basis = basis.get(entry.matter_id, [])
    return entries


def by_matter(rows: list[dict]) -> dict[int, list[dict]]:
    """Rows of several matters (each with its matter_id), as each matter's list of rows
    without it, in the order given."""
    grouped: dict[int, list[dict]] = {}
    for row in rows:
        matter_id = row.pop("matter_id")
        grouped.setdefault(matter_id, []).append(row)
    return grouped


def _item(archive: Archive, meeting_id: int, item_position: int) -> dict:
    rows = archive.query(
        "SELECT * FROM agenda_items WHERE meeting_id = ? ORDER BY position, id", (meeting_id,)
    )
    if not 1 <= item_position <= len(rows):
        raise NotFound(f"punkt {item_position} finns inte; listan har {len(rows)} punkter", field="ITEM")
    return rows[item_position - 1]


def add_standing_item(archive: Archive, meeting_id: int, title: str, *, position: int | None = None,
                      public: bool = True) -> int:
    """Add a standing item (or any item without a matter) at `position` (default: before
    the closing standing items). Returns its position."""
    title = " ".join((title or "").split())
    if not title:
        raise InvalidValue("punkten behöver en rubrik", field="title")
    with archive.write():
        _check_open(archive, meeting_row(archive, meeting_id))
        sync_agenda(archive, meeting_id)
        ids = _ordered_ids(archive, meeting_id)
        at = (_closing_start(archive, meeting_id) if position is None else max(1, min(position, len(ids) + 1))) - 1
        new_id = _insert(archive, meeting_id, len(ids) + 1000, "standing", title, None, None, public=public)
        _renumber(archive, meeting_id, ids[:at] + [new_id] + ids[at:])
    return at + 1


def add_matter(archive: Archive, meeting_id: int, ref: str | int, *, position: int | None = None) -> int:
    """Put a matter on the meeting: a new planning step for the meeting's body (with
    history) unless one is planned on it already, then its place in the list."""
    from archive.planning import add_step

    matter_id = resolve(archive, ref)
    with archive.write():
        meeting = meeting_row(archive, meeting_id)
        _check_open(archive, meeting)
        planned = {s["matter_id"] for s in archive.query(_PLANNED_STEPS_SQL, (meeting_id,))}
        if matter_id not in planned:
            add_step(archive, matter_id, meeting["body_id"], meeting_id=meeting_id)
        sync_agenda(archive, meeting_id)
        item_id = archive.execute(
            "SELECT id FROM agenda_items WHERE meeting_id = ? AND matter_id = ?", (meeting_id, matter_id)
        ).fetchone()[0]
        if position is not None:
            return move_item(archive, meeting_id, _position_of(archive, item_id), position)
        return _position_of(archive, item_id)


def _position_of(archive: Archive, item_id: int) -> int:
    return archive.execute("SELECT position FROM agenda_items WHERE id = ?", (item_id,)).fetchone()[0]


def move_item(archive: Archive, meeting_id: int, item_position: int, to: int) -> int:
    """Reorder: item `item_position` goes to place `to` (1-based); returns where it is."""
    with archive.write():
        _check_open(archive, meeting_row(archive, meeting_id))
        item = _item(archive, meeting_id, item_position)
        ids = _ordered_ids(archive, meeting_id)
        ids.remove(item["id"])
        to = max(1, min(to, len(ids) + 1))
        ids.insert(to - 1, item["id"])
        _renumber(archive, meeting_id, ids)
    return to


def set_public(archive: Archive, meeting_id: int, item_position: int, public: bool) -> None:
    """Mark an item public or closed (sekretess: its text is not published)."""
    with archive.write():
        _check_open(archive, meeting_row(archive, meeting_id))
        item = _item(archive, meeting_id, item_position)
        archive.execute("UPDATE agenda_items SET public = ? WHERE id = ?", (int(public), item["id"]))


def remove_standing_item(archive: Archive, meeting_id: int, item_position: int) -> None:
    """Remove an item without a matter (a matter leaves by moving its step elsewhere)."""
    with archive.write():
        _check_open(archive, meeting_row(archive, meeting_id))
        item = _item(archive, meeting_id, item_position)
        if item["kind"] == "matter":
            raise InvalidValue("ett ärende tas bort genom att flyttas till ett annat sammanträde", field="ITEM")
        archive.execute("DELETE FROM agenda_items WHERE id = ?", (item["id"],))
        _renumber(archive, meeting_id, _ordered_ids(archive, meeting_id))


def move_to_meeting(archive: Archive, meeting_id: int, item_position: int, target_meeting_id: int) -> int:
    """Move a matter's item to another meeting of the same body: its planning step moves
    there (date and meeting; one change-log row, a new version of the matter), and it
    joins the target's list. Returns its position there."""
    with archive.write():
        meeting = meeting_row(archive, meeting_id)
        _check_open(archive, meeting)
        target = meeting_row(archive, target_meeting_id)
        _check_open(archive, target)
        if target["body_id"] != meeting["body_id"]:
            raise InvalidValue(f"sammanträdet {target['date']} hör till {target['body']}, inte {meeting['body']}",
                               field="--to")
        item = _item(archive, meeting_id, item_position)
        if item["kind"] != "matter":
            raise InvalidValue(f"punkt {item_position} är inget ärende", field="ITEM")
        archive.execute(
            "UPDATE planning_steps SET date = ?, meeting_id = ? WHERE id = ?",
            (target["date"], target_meeting_id, item["planning_step_id"]),
        )
        bump_version(archive, item["matter_id"])
        archive.execute("DELETE FROM agenda_items WHERE id = ?", (item["id"],))
        _renumber(archive, meeting_id, _ordered_ids(archive, meeting_id))
        sync_agenda(archive, target_meeting_id)
        row = archive.execute(
            "SELECT id, position, public FROM agenda_items WHERE meeting_id = ? AND matter_id = ?",
            (target_meeting_id, item["matter_id"]),
        ).fetchone()
        if row[2] != item["public"]:  # a closed item stays closed where it goes
            archive.execute("UPDATE agenda_items SET public = ? WHERE id = ?", (item["public"], row[0]))
        return row[1]
