"""Beslutet skickas till: a matter's recipients from the addressee directory, the
distribution lists (sändlistor) clerks reuse, and expediering (marking sent).

Edits of a matter's recipients take `expected_version` like every matter edit and
bump the version; the directory and the lists are shared and carry no version.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from archive import naming
from archive.dates import parse_date
from archive.db import Archive
from archive.errors import InvalidValue, NotFound
from archive.matters import bump_version, check_version, ensure_addressee, resolve
from archive.model import ADDRESSEE_KINDS
from archive.planning import renumber


@dataclass
class Addressee:
    id: int
    name: str
    title: str | None
    kind: str

    @property
    def label(self) -> str:
        """As clerks write it: "EU strateg, Daniel Stendahl"."""
        return f"{self.title}, {self.name}" if self.title else self.name


# ---------------------------------------------------------------- directory


def find_addressees(archive: Archive, text: str = "", *, limit: int = 20, after: str | None = None) -> list[Addressee]:
    """Addressees whose name or title contains `text` (any case), names starting with it
    first; for completion as the clerk types. `after` pages the whole directory by name."""
    text = " ".join(text.split())
    where, params = [], []
    if text:
        where.append("(name LIKE ? OR title LIKE ?)")
        params += [f"%{text}%", f"%{text}%"]
    if after is not None:
        where.append("name > ?")
        params.append(after)
    sql = "SELECT id, name, title, kind FROM addressees" + (" WHERE " + " AND ".join(where) if where else "")
    sql += " ORDER BY (name NOT LIKE ?), name, title LIMIT ?"
    params += [f"{text}%", limit]
    return [Addressee(**row) for row in archive.query(sql, params)]


def addressee_by_label(archive: Archive, label: str) -> Addressee | None:
    """The addressee a completed label names ("EU strateg, Daniel Stendahl" or a name)."""
    name, title = naming.split_title_and_name(label)
    rows = archive.query(
        "SELECT id, name, title, kind FROM addressees WHERE name = ? AND ifnull(title, '') = ifnull(?, '')",
        (name, title),
    )
    if not rows and title is None:
        rows = archive.query("SELECT id, name, title, kind FROM addressees WHERE name = ? ORDER BY id", (label,))
    return Addressee(**rows[0]) if rows else None


def save_addressee(archive: Archive, name: str, title: str | None = None, kind: str | None = None) -> int:
    """Add an addressee to the directory (or find the one already there)."""
    name = " ".join((name or "").split())
    if not name:
        raise InvalidValue("mottagaren behöver ett namn", field="name")
    if kind is not None and kind not in ADDRESSEE_KINDS:
        raise InvalidValue(f"okänd sorts mottagare {kind!r}", field="kind")
    return ensure_addressee(archive, name, (title or "").strip() or None, kind)


# ---------------------------------------------------------------- a matter's recipients


def _recipients(archive: Archive, matter_id: int) -> list[dict]:
    return archive.query("SELECT * FROM recipients WHERE matter_id = ? ORDER BY position", (matter_id,))


def add_recipients(
    archive: Archive, ref: str | int, addressee_ids: list[int], *, expected_version: int | None = None
) -> int:
    """Append addressees to "Beslutet skickas till", skipping those already there;
    returns how many were added."""
    matter_id = resolve(archive, ref)
    with archive.write():
        check_version(archive, matter_id, expected_version)
        present = {r["addressee_id"] for r in _recipients(archive, matter_id)}
        position = len(present)
        added = 0
        for addressee_id in addressee_ids:
            if addressee_id in present:
                continue
            if archive.execute("SELECT 1 FROM addressees WHERE id = ?", (addressee_id,)).fetchone() is None:
                raise NotFound(f"ingen mottagare med id {addressee_id}", field="addressee")
            position += 1
            archive.execute(
                "INSERT INTO recipients (matter_id, addressee_id, position) VALUES (?, ?, ?)",
                (matter_id, addressee_id, position),
            )
            present.add(addressee_id)
            added += 1
        if added:
            bump_version(archive, matter_id)
    return added


def add_distribution_list(
    archive: Archive, ref: str | int, list_name: str, *, expected_version: int | None = None
) -> int:
    """Append every member of a distribution list; returns how many were new."""
    members = list_members(archive, list_name)
    return add_recipients(archive, ref, [m.id for m in members], expected_version=expected_version)


def remove_recipient(archive: Archive, ref: str | int, position: int, *, expected_version: int | None = None) -> None:
    matter_id = resolve(archive, ref)
    with archive.write():
        check_version(archive, matter_id, expected_version)
        rows = _recipients(archive, matter_id)
        if not 1 <= position <= len(rows):
            raise NotFound(f"mottagare {position} finns inte; ärendet har {len(rows)}", field="POSITION")
        if rows[position - 1]["sent_on"]:
            raise InvalidValue(
                f"beslutet expedierades till mottagare {position} {rows[position - 1]['sent_on']}; det står kvar",
                field="POSITION",
            )
        archive.execute("DELETE FROM recipients WHERE id = ?", (rows[position - 1]["id"],))
        renumber(archive, "recipients", matter_id, [r["id"] for r in _recipients(archive, matter_id)])
        bump_version(archive, matter_id)


def move_recipient(
    archive: Archive, ref: str | int, position: int, to: int, *, expected_version: int | None = None
) -> int:
    matter_id = resolve(archive, ref)
    with archive.write():
        check_version(archive, matter_id, expected_version)
        ids = [r["id"] for r in _recipients(archive, matter_id)]
        if not 1 <= position <= len(ids):
            raise NotFound(f"mottagare {position} finns inte; ärendet har {len(ids)}", field="POSITION")
        moving = ids.pop(position - 1)
        to = max(1, min(to, len(ids) + 1))
        ids.insert(to - 1, moving)
        renumber(archive, "recipients", matter_id, ids)
        bump_version(archive, matter_id)
    return to


class DispatchBeforeDecision(InvalidValue):
    """Expediering dated before the decision it sends: made only when confirmed."""

    def __init__(self, message: str, decided_on: str, day: str, **kw):
        super().__init__(message, **kw)
        self.decided_on = decided_on
        self.day = day


def mark_dispatched(
    archive: Archive,
    ref: str | int,
    positions: list[int] | None = None,
    *,
    on: str | dt.date,
    expected_version: int | None = None,
    confirm_early: bool = False,
) -> int:
    """Record that the decision was sent (expedierat) `on` a day to the recipients at
    `positions` (default: every one not yet marked); returns how many were marked.
    A day before the date of the deciding step is refused (DispatchBeforeDecision) unless
    `confirm_early`; `beslut check` reports such a dispatch (dispatched_before_decision)."""
    day = on.isoformat() if isinstance(on, dt.date) else parse_date(on).isoformat()
    matter_id = resolve(archive, ref)
    with archive.write():
        check_version(archive, matter_id, expected_version)
        decided = archive.execute(
            "SELECT max(date) FROM planning_steps WHERE matter_id = ? AND decides = 1", (matter_id,)
        ).fetchone()[0]
        if decided and day < decided and not confirm_early:
            raise DispatchBeforeDecision(
                f"expedieringen {day} ligger före beslutet {decided}; bekräfta om det ändå stämmer",
                decided, day, field="on",
            )
        rows = _recipients(archive, matter_id)
        if positions is None:
            chosen = [r for r in rows if not r["sent_on"]]
        else:
            for position in positions:
                if not 1 <= position <= len(rows):
                    raise NotFound(f"mottagare {position} finns inte; ärendet har {len(rows)}", field="POSITION")
            chosen = [rows[p - 1] for p in positions]
        for row in chosen:
            archive.execute("UPDATE recipients SET sent_on = ? WHERE id = ?", (day, row["id"]))
        if chosen:
            bump_version(archive, matter_id)
    return len(chosen)


# ---------------------------------------------------------------- distribution lists


@dataclass
class DistributionList:
    id: int
    name: str
    members: int


def distribution_lists(archive: Archive) -> list[DistributionList]:
    return [
        DistributionList(**row)
        for row in archive.query(
            """SELECT l.id, l.name, count(m.id) AS members FROM distribution_lists l
               LEFT JOIN distribution_list_members m ON m.list_id = l.id GROUP BY l.id ORDER BY l.name"""
        )
    ]


def _list_id(archive: Archive, name: str) -> int:
    row = archive.execute("SELECT id FROM distribution_lists WHERE name = ?", (name,)).fetchone()
    if row is None:
        raise NotFound(f"ingen sändlista heter {name!r}", field="list")
    return row[0]


def list_members(archive: Archive, name: str) -> list[Addressee]:
    list_id = _list_id(archive, name)
    return [
        Addressee(**row)
        for row in archive.query(
            """SELECT a.id, a.name, a.title, a.kind FROM distribution_list_members m
               JOIN addressees a ON a.id = m.addressee_id WHERE m.list_id = ? ORDER BY m.position""",
            (list_id,),
        )
    ]


def create_list(archive: Archive, name: str) -> int:
    name = " ".join((name or "").split())
    if not name:
        raise InvalidValue("sändlistan behöver ett namn", field="name")
    with archive.write():
        if archive.execute("SELECT 1 FROM distribution_lists WHERE name = ?", (name,)).fetchone():
            raise InvalidValue(f"det finns redan en sändlista som heter {name!r}", field="name")
        return archive.execute("INSERT INTO distribution_lists (name) VALUES (?)", (name,)).lastrowid


def rename_list(archive: Archive, name: str, new_name: str) -> None:
    new_name = " ".join((new_name or "").split())
    if not new_name:
        raise InvalidValue("sändlistan behöver ett namn", field="name")
    with archive.write():
        list_id = _list_id(archive, name)
        if new_name != name and archive.execute(
            "SELECT 1 FROM distribution_lists WHERE name = ?", (new_name,)
        ).fetchone():
            raise InvalidValue(f"det finns redan en sändlista som heter {new_name!r}", field="name")
        archive.execute("UPDATE distribution_lists SET name = ? WHERE id = ?", (new_name, list_id))


def add_list_member(archive: Archive, name: str, addressee_id: int) -> bool:
    """Add an addressee to a list (last); False when already a member."""
    with archive.write():
        list_id = _list_id(archive, name)
        if archive.execute(
            "SELECT 1 FROM distribution_list_members WHERE list_id = ? AND addressee_id = ?", (list_id, addressee_id)
        ).fetchone():
            return False
        if archive.execute("SELECT 1 FROM addressees WHERE id = ?", (addressee_id,)).fetchone() is None:
            raise NotFound(f"ingen mottagare med id {addressee_id}", field="addressee")
        position = archive.execute(
            "SELECT ifnull(max(position), 0) + 1 FROM distribution_list_members WHERE list_id = ?", (list_id,)
        ).fetchone()[0]
        archive.execute(
            "INSERT INTO distribution_list_members (list_id, addressee_id, position) VALUES (?, ?, ?)",
            (list_id, addressee_id, position),
        )
        return True


def remove_list_member(archive: Archive, name: str, addressee_id: int) -> None:
    with archive.write():
        list_id = _list_id(archive, name)
        cursor = archive.execute(
            "DELETE FROM distribution_list_members WHERE list_id = ? AND addressee_id = ?", (list_id, addressee_id)
        )
        if cursor.rowcount == 0:
            raise NotFound("mottagaren finns inte på listan", field="addressee")
