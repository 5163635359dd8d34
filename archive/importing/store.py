"""Storing a parsed document: one transaction per file, all or nothing.

- A file whose content (sha256) is already in the archive changes nothing.
- A changed version of an imported file (same file name, same document: the meeting a
  kallelse or protocol is for, the case of a tjänsteskrivelse) updates the matters it
  alone made, row by row, so the change log records each change (old and new values); a
  matter other documents completed too is merged like another document about the case.
  Another meeting's protocol under the same file name is another document, and so is a
  file whose meeting or case the text does not tell, beside one whose text does.
- A matter whose case number is already in the archive (imported from another
  document: the tjänsteskrivelse, then the kallelse, then the protocol) is completed,
  never duplicated: missing steps, dates, outcomes and parts are added.
- Every matter keeps its source (file name, sha256, item) and its warnings
  (tables import_sources and import_matters).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field, replace

from archive import naming
from archive.db import Archive
from archive.errors import ArchiveError, ImportFailed
from archive.importing.common import same_body
from archive.importing.result import ParsedDocument, ParsedItem, ParsedMeeting
from archive.lookups import meeting_on
from archive.matters import (
    _meeting_on,
    bump_version,
    ensure_addressee,
    ensure_body,
    get_matter,
    save_matter,
)
from archive.model import Matter
from archive.schema import case_key_sql
from archive.sqltext import NOW_UTC

ALREADY_IMPORTED = "redan importerad (samma innehåll); inget ändrat"
_STATE_ORDER = {"planned": 0, "called": 1, "held": 2}


@dataclass
class FileResult:
    file: str
    status: str  # imported, updated, unchanged, failed
    document: ParsedDocument | None = None
    matters: list[Matter] = field(default_factory=list)
    plan: object | None = None  # a sammanträdesplan's archive.meetings.ImportReport: created, updated, unchanged


def import_document(archive: Archive, document: ParsedDocument) -> FileResult:
    """Store one parsed file in one transaction; any failure leaves the archive as it was."""
    try:
        with archive.write():
            return _store(archive, document)
    except sqlite3.IntegrityError as error:
        raise ImportFailed(f"kan inte sparas: {error}", file=document.name) from None


def import_files(archive: Archive, documents: list[ParsedDocument | Matter]) -> list[Matter]:
    """Store several parsed files (or matters made elsewhere), all in one transaction (the
    seed contract: nothing is written unless everything is). Returns the stored matters
    with their warnings."""
    matters: list[Matter] = []
    with archive.write():
        for document in documents:
            if isinstance(document, Matter):
                document = ParsedDocument(
                    name=document.source_file or document.title, checksum=document.source_checksum or "",
                    kind="tjänsteskrivelse", items=[ParsedItem(matter=document)],
                )
            result = _store(archive, document)
            matters.extend(result.matters)
    return matters


def _store(archive: Archive, document: ParsedDocument) -> FileResult:
    same = archive.execute(
        "SELECT id FROM import_sources WHERE checksum = ? ORDER BY id LIMIT 1", (document.checksum,)
    ).fetchone()
    if same is not None:
        matters = _linked_matters(archive, same[0], len(document.items))
        for matter in matters:
            matter.warnings = [*matter.warnings, ALREADY_IMPORTED]
        return FileResult(document.name, "unchanged", document, matters)
    if document.plan is not None:
        return _store_plan(archive, document)
    if document.meeting is not None and not document.meeting.body:
        # A meeting whose body the text does not name cannot be stored: its matters alone are
        # (each carries the warning that says so).
        document = replace(document, meeting=None)
    meeting_id = _store_meeting(archive, document.meeting, _municipality(document))
    about = document_key(document, meeting_id)
    source = _earlier_version(archive, document.name, about)
    links: dict[str, int] = {}
    if source is not None:
        links = dict(archive.execute(
            "SELECT item, matter_id FROM import_matters WHERE source_id = ?", (source,)
        ).fetchall())
    single = len(document.items) == 1 and document.meeting is None
    called = _called_meeting(document)
    item_keys = _item_keys(document.items)  # as the earlier version's links were stored: "§ 5", "§ 5#"
    stored: list[tuple[ParsedItem, int]] = []
    for item, key in zip(document.items, item_keys, strict=True):
        matter = with_recorded_steps(document, item.matter)
        matter_id = links.get(key)
        if matter_id is not None and _only_this_file(archive, matter_id, source, document.name):
            _update(archive, matter_id, matter, checksum=document.checksum if single else None)
        elif matter_id is not None:
            _merge(archive, matter_id, matter, called)  # other documents completed it: add, never overwrite
        else:
            existing = matter.case_number and same_case(archive, matter.case_number)
            if existing:
                _check_same_case(existing, matter, document.name)
                matter_id = existing[0]
                _merge(archive, matter_id, matter, called)
            else:
                to_save = matter if single else _without_checksum(matter)
                matter_id = save_matter(archive, to_save)
        stored.append((item, matter_id))
    dropped = [] if source is None else _dropped_items(archive, source, set(item_keys), {m for _, m in stored})
    for row in dropped:
        document.notes.append(row["note"])
    warnings = json.dumps(document.meeting.warnings if document.meeting else [], ensure_ascii=False)
    notes = json.dumps(document.notes, ensure_ascii=False)
    if source is None:
        source_id = archive.execute(
            "INSERT INTO import_sources (file_name, document_key, checksum, kind, meeting_id, warnings, notes)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (document.name, about, document.checksum, document.kind, meeting_id, warnings, notes),
        ).lastrowid
    else:
        source_id = source
        archive.execute(
            f"""UPDATE import_sources SET checksum = ?, kind = ?, meeting_id = ?, warnings = ?, notes = ?,
                   imported_at = {NOW_UTC} WHERE id = ?""",
            (document.checksum, document.kind, meeting_id, warnings, notes, source_id),
        )
        archive.execute("DELETE FROM import_matters WHERE source_id = ?", (source_id,))
    links_sql = "INSERT INTO import_matters (source_id, matter_id, item, position, warnings) VALUES (?, ?, ?, ?, ?)"
    for position, ((item, matter_id), key) in enumerate(zip(stored, item_keys, strict=True), 1):
        archive.execute(links_sql, (source_id, matter_id, key, position,
                                    json.dumps(item.matter.warnings, ensure_ascii=False)))
    for position, row in enumerate(dropped, len(stored) + 1):  # where they came from stays on record
        item_warnings = json.loads(row["warnings"])
        if row["note"] not in item_warnings:
            item_warnings.append(row["note"])
        archive.execute(links_sql, (source_id, row["matter_id"], row["item"], position,
                                    json.dumps(item_warnings, ensure_ascii=False)))
    matters = []
    for item, matter_id in stored:
        matter = get_matter(archive, matter_id)
        matter.warnings = list(item.matter.warnings)
        matters.append(matter)
    return FileResult(document.name, "updated" if source is not None else "imported", document, matters)


def _item_keys(items) -> list[str]:
    """Each item's key in the document ("§ 45"); a key that recurs gets a '#' more each time."""
    keys: list[str] = []
    for item in items:
        key = item.key
        while key in keys:
            key += "#"
        keys.append(key)
    return keys


def same_case(archive: Archive, case_number: str) -> tuple[int, str, str] | None:
    """The matter (id, municipality, title) with this case number as another document
    writes it: spaces, hyphens, "Dnr", letter case and a document or classification suffix
    ("-1.1.1") aside (schema.CASE_KEY_SQL, indexed).
    The number exactly as written first, when several differ only so."""
    return archive.execute(
        f"SELECT id, municipality, title FROM matters WHERE {case_key_sql('case_number')} = {case_key_sql(':number')}"
        " ORDER BY case_number = :number DESC, id LIMIT 1",
        {"number": case_number},
    ).fetchone()


def with_recorded_steps(document: ParsedDocument, matter: Matter) -> Matter:
    """The matter with the steps its document records as held marked `recorded`: in a
    protocol, its own meeting and the dated steps before it (the path the text cites);
    in a kallelse, the dated steps before its meeting. A tjänsteskrivelse only plans."""
    meeting = document.meeting
    held = document.kind in ("protokoll", "protokollsutdrag")
    if meeting is None or not meeting.date or not (held or document.kind == "kallelse"):
        return matter
    held_by = meeting.date if held else None

    def recorded(step) -> bool:
        if not step.date:
            return False
        return step.date < meeting.date or (step.date == held_by and same_body(step.body, meeting.body))

    steps = [replace(step, recorded=True) if recorded(step) else step for step in matter.planning]
    return replace(matter, planning=steps)


def _dropped_items(archive: Archive, source_id: int, kept: set[str], kept_matters: set[int]) -> list[dict]:
    """The earlier version's items that the new one no longer has, under their key or any
    other (a renumbered § with its case number is still there). Their matters stay in
    the archive (a matter is never deleted by an import: it may have been planned, sent
    and changed since); the import says so, and the link to this file stays on record."""
    rows = archive.query(
        """SELECT l.item, l.matter_id, l.warnings, m.title FROM import_matters l JOIN matters m ON m.id = l.matter_id
           WHERE l.source_id = ? ORDER BY l.position""",
        (source_id,),
    )
    dropped = [row for row in rows if row["item"] not in kept and row["matter_id"] not in kept_matters]
    for row in dropped:
        row["note"] = (f"{row['item'] or 'ärendet'} finns inte längre i dokumentet; ärende {row['matter_id']} "
                       f"({row['title']}) är kvar i arkivet")
    return dropped


def document_key(document: ParsedDocument, meeting_id: int | None) -> str:
    """What a document is about, beside its file name: a kallelse's or protocol's kind and
    meeting, a tjänsteskrivelse's case number; only the kind ("kallelse|") when the text
    does not say, so that documents of two kinds are never taken for versions of each other.
    The form is the one migration m008 gave the documents imported before it (archive/schema.py)."""
    if meeting_id is not None:
        return f"{document.kind}|meeting {meeting_id}"
    if document.kind == "tjänsteskrivelse" and document.items and document.items[0].matter.case_number:
        return f"tjänsteskrivelse|{document.items[0].matter.case_number}"
    return f"{document.kind}|"


def _earlier_version(archive: Archive, file_name: str, key: str) -> int | None:
    """The id of the source this file is a new version of: the same file name and the same
    document key. A key the text does not tell ("kallelse|") is no wildcard: taking another
    document for a new version overwrites that one's matters, so it is a document of its
    own (its matters are still completed by case number)."""
    row = archive.execute(
        "SELECT id FROM import_sources WHERE file_name = ? AND document_key = ?", (file_name, key)
    ).fetchone()
    return row[0] if row else None


def _only_this_file(archive: Archive, matter_id: int, source_id: int, file_name: str) -> bool:
    """Whether the matter is this file's alone: made by it (not by hand or by another
    document it completed) and completed by no other document."""
    return bool(archive.execute(
        """SELECT source_file IS ? AND NOT EXISTS (
               SELECT 1 FROM import_matters WHERE matter_id = m.id AND source_id != ?)
           FROM matters m WHERE id = ?""",
        (file_name, source_id, matter_id),
    ).fetchone()[0])


def _check_same_case(existing: tuple[int, str, str], matter: Matter, file: str) -> None:
    """A case number is unique in the archive; the same number from another municipality
    is another case, and is refused rather than merged. `existing`: id, municipality, title."""
    matter_id, municipality, title = existing
    if municipality and matter.municipality and municipality != matter.municipality:
        raise ImportFailed(
            f"diarienummer {matter.case_number} finns redan för ärende {matter_id} i {municipality} "
            f"({title!r}); detta dokument gäller {matter.municipality}",
            file=file, field="case_number",
        )


def _municipality(document: ParsedDocument) -> str:
    return next((item.matter.municipality for item in document.items if item.matter.municipality), "")


def _without_checksum(matter: Matter) -> Matter:
    return replace(matter, source_checksum=None)


def _linked_matters(archive: Archive, source_id: int, count: int) -> list[Matter]:
    """The matters of the document's `count` items; the links after them are items an
    earlier version had (_dropped_items), not part of this one."""
    ids = [r[0] for r in archive.execute(
        "SELECT matter_id FROM import_matters WHERE source_id = ? ORDER BY position LIMIT ?", (source_id, count)
    ).fetchall()]
    return [get_matter(archive, matter_id) for matter_id in ids]


# ---------------------------------------------------------------- meeting plans


def _store_plan(archive: Archive, document: ParsedDocument) -> FileResult:
    """A sammanträdesplan's meetings into the bodies' meeting plans, through the one store
    `meetings import` uses (archive.meetings.store_plan); the document is kept on record
    like any other (import_sources), with its warnings and notes. A meeting a new version
    no longer lists stays in the archive: it may have been called, held or planned on."""
    from archive.meetings import ImportReport, PlannedMeeting, store_plan

    plan = document.plan
    municipality = plan.municipality or None
    planned = [PlannedMeeting(body=m.body, municipality=municipality, date=m.date, start_time=m.start_time,
                              marker=m.marker, year_inferred=m.year_inferred, line=m.line) for m in plan.meetings]
    report = store_plan(archive, planned, ImportReport(file=document.name))
    about = document_key(document, None)
    source = _earlier_version(archive, document.name, about)
    if source is not None:
        listed = {m.meeting_id for m in planned}
        for row in archive.query(
            """SELECT b.name, m.date FROM import_meetings l JOIN meetings m ON m.id = l.meeting_id
               JOIN bodies b ON b.id = m.body_id WHERE l.source_id = ? AND l.meeting_id NOT IN
               (SELECT value FROM json_each(?)) ORDER BY l.position""",
            (source, json.dumps(sorted(listed))),
        ):
            document.notes.append(f"{row['name']} {row['date']} finns inte längre i planen; sammanträdet är kvar "
                                  "i arkivet")
    warnings = json.dumps([*plan.warnings, *(w for m in plan.meetings for w in m.warnings)], ensure_ascii=False)
    notes = json.dumps(document.notes, ensure_ascii=False)
    if source is None:
        source = archive.execute(
            "INSERT INTO import_sources (file_name, document_key, checksum, kind, warnings, notes)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (document.name, about, document.checksum, document.kind, warnings, notes),
        ).lastrowid
        status = "imported"
    else:
        archive.execute(
            f"""UPDATE import_sources SET checksum = ?, warnings = ?, notes = ?,
                   imported_at = {NOW_UTC} WHERE id = ?""",
            (document.checksum, warnings, notes, source),
        )
        archive.execute("DELETE FROM import_meetings WHERE source_id = ?", (source,))
        status = "updated"
    for position, meeting in enumerate(planned, 1):
        archive.execute("INSERT INTO import_meetings (source_id, meeting_id, position) VALUES (?, ?, ?)",
                        (source, meeting.meeting_id, position))
    return FileResult(document.name, status, document, [], report)


# ---------------------------------------------------------------- meetings


def _store_meeting(archive: Archive, meeting: ParsedMeeting | None, municipality: str) -> int | None:
    if meeting is None or not meeting.date:
        return None
    body_id = ensure_body(archive, meeting.body, municipality)
    row = meeting_on(archive, body_id, meeting.date)
    if row is None:
        return archive.execute(
            "INSERT INTO meetings (body_id, date, state, approved_on, notice_posted_on) VALUES (?, ?, ?, ?, ?)",
            (body_id, meeting.date, meeting.state, meeting.approved_on, meeting.notice_posted_on),
        ).lastrowid
    meeting_id, state = row["id"], row["state"]
    if state != "cancelled" and _STATE_ORDER.get(meeting.state, 0) > _STATE_ORDER.get(state, 0):
        archive.execute("UPDATE meetings SET state = ? WHERE id = ?", (meeting.state, meeting_id))
    if meeting.approved_on and not row["approved_on"]:
        archive.execute("UPDATE meetings SET approved_on = ? WHERE id = ?", (meeting.approved_on, meeting_id))
    if meeting.notice_posted_on and not row["notice_posted_on"]:
        archive.execute(
            "UPDATE meetings SET notice_posted_on = ? WHERE id = ?", (meeting.notice_posted_on, meeting_id)
        )
    return meeting_id


# ---------------------------------------------------------------- update a matter this file made


_SCALARS = ("case_number", "title", "kind", "municipality", "raised_on", "raised_precision", "raised_by", "summary",
            "source_file")


def _update(archive: Archive, matter_id: int, matter: Matter, *, checksum: str | None) -> None:
    """The file changed: make the matter what the file now says, row by row."""
    current = archive.query(f"SELECT {', '.join(_SCALARS)}, source_checksum FROM matters WHERE id = ?",
                            (matter_id,))[0]
    changed = False
    for column in _SCALARS:
        value = getattr(matter, column)
        if current[column] != value:
            archive.execute(f"UPDATE matters SET {column} = ? WHERE id = ?", (value, matter_id))
            changed = True
    if checksum and current["source_checksum"] != checksum:
        archive.execute("UPDATE matters SET source_checksum = ? WHERE id = ?", (checksum, matter_id))
    municipality = matter.municipality
    rows = {
        "planning_steps": (
            ("body_id", "meeting_id", "date", "role", "decides", "outcome", "recorded"),
            [_step_row(archive, step, municipality) for step in matter.planning],
        ),
        "proposals": (
            ("body_id", "addressed_to", "text"),
            [(ensure_body(archive, p.to, municipality) if p.to else None, p.to, p.text) for p in matter.proposals],
        ),
        "basis_documents": (("title", "date"), [(b.title, b.date) for b in matter.basis]),
        "recipients": (
            ("addressee_id", "sent_on"),
            [(ensure_addressee(archive, r.name, r.title, r.kind), r.sent_on) for r in matter.recipients],
        ),
        "responsibles": (
            ("name", "title", "unit", "role"),
            [(p.name, p.title, p.unit, p.role) for p in matter.responsible],
        ),
    }
    for table, (columns, new_rows) in rows.items():
        changed |= _sync(archive, table, matter_id, columns, new_rows)
    if changed:
        bump_version(archive, matter_id)


def _step_row(archive: Archive, step, municipality: str) -> tuple:
    body_id = ensure_body(archive, step.body, municipality)
    return (body_id, _meeting_on(archive, body_id, step.date), step.date, step.role, int(step.decides), step.outcome,
            int(step.recorded))


def _sync(archive: Archive, table: str, matter_id: int, columns: tuple[str, ...], new_rows: list[tuple]) -> bool:
    """Positional diff: UPDATE what differs, INSERT what is new, DELETE what is gone."""
    old = archive.execute(
        f"SELECT id, {', '.join(columns)} FROM {table} WHERE matter_id = ? ORDER BY position", (matter_id,)
    ).fetchall()
    if [tuple(r[1:]) for r in old] == [tuple(r) for r in new_rows]:
        return False
    if table == "recipients":
        # (matter, addressee) is unique: clear the rows that move before writing them again.
        archive.execute("DELETE FROM recipients WHERE matter_id = ?", (matter_id,))
        old = []
    for position, values in enumerate(new_rows, 1):
        if position <= len(old):
            row_id = old[position - 1][0]
            if tuple(old[position - 1][1:]) != tuple(values):
                sets = ", ".join(f"{c} = ?" for c in columns)
                archive.execute(f"UPDATE {table} SET {sets} WHERE id = ?", (*values, row_id))
        else:
            archive.execute(
                f"INSERT INTO {table} (matter_id, position, {', '.join(columns)})"
                f" VALUES (?, ?, {', '.join('?' for _ in columns)})",
                (matter_id, position, *values),
            )
    for row in old[len(new_rows):]:
        archive.execute(f"DELETE FROM {table} WHERE id = ?", (row[0],))
    return True


# ---------------------------------------------------------------- complete a matter another file made


def _merge(archive: Archive, matter_id: int, matter: Matter, called: tuple[str, str] | None = None) -> None:
    """Another document about the same case (same case number): add what it tells that
    the archive lacks; the planning as _merge_planning says."""
    changed = False
    current = archive.query("SELECT * FROM matters WHERE id = ?", (matter_id,))[0]
    for column in ("summary", "raised_on", "raised_precision", "raised_by", "municipality"):
        value = getattr(matter, column)
        if value and not current[column]:
            archive.execute(f"UPDATE matters SET {column} = ? WHERE id = ?", (value, matter_id))
            changed = True
    municipality = current["municipality"] or matter.municipality
    changed |= _merge_planning(archive, matter_id, matter.planning, municipality, called)
    changed |= _append_missing(archive, matter_id, matter, municipality)
    if changed:
        bump_version(archive, matter_id)


_STEP_SQL = """SELECT s.id, b.name AS body, s.date, s.outcome, s.decides, s.role, s.recorded, s.planned_date,
       (SELECT state FROM meetings WHERE id = s.meeting_id) AS meeting_state
FROM planning_steps s JOIN bodies b ON b.id = s.body_id WHERE s.matter_id = ? ORDER BY s.position"""
# How sure a step's date is: planned (a tjänsteskrivelse's plan), called (a kallelse calls
# that meeting), recorded (a protocol records that it happened).
PLANNED, CALLED, RECORDED = 0, 1, 2


def _called_meeting(document: ParsedDocument) -> tuple[str, str] | None:
    """A kallelse's meeting (body, date): its matters' step there is called."""
    meeting = document.meeting
    if document.kind != "kallelse" or meeting is None or not meeting.date:
        return None
    return meeting.body, meeting.date


def _incoming_level(step, called: tuple[str, str] | None) -> int:
    if step.recorded:
        return RECORDED
    return CALLED if called is not None and step.date == called[1] and same_body(step.body, called[0]) else PLANNED


def _stored_level(row: dict) -> int:
    if row["recorded"]:
        return RECORDED
    return CALLED if row.get("meeting_state") in ("called", "held") else PLANNED


def _merge_planning(archive: Archive, matter_id: int, incoming: list, municipality: str,
                    called: tuple[str, str] | None = None) -> bool:
    """Bring another document's steps into the matter's planning. A step the archive has
    (same body; same date, or a date only one of them knows) is completed. What a
    protocol records happened wins over a planned date for the same body: the step takes
    the recorded date and keeps the planned one (`planned_date`, and the change log),
    whichever document came first. Any other step is a further step (a postponement adds
    a step), placed among the others by date. The deciding step moves to a later step a
    protocol records as deciding. A kallelse's date stands between the two: it wins over
    a plan and gives way to a protocol (`called`: the kallelse's meeting). Returns
    whether anything changed."""
    steps = archive.query(_STEP_SQL, (matter_id,))
    for row in steps:
        row["level"] = _stored_level(row)
    changed = False
    added = []
    deciding = None  # the latest step a protocol records as deciding
    for step in incoming:
        level = _incoming_level(step, called)
        target = _same_step(steps, step, level)
        if target is None:
            row = {"id": None, "body": step.body, "date": step.date, "outcome": step.outcome, "decides": 0,
                   "role": step.role, "recorded": int(step.recorded), "planned_date": None, "step": step,
                   "level": level}
            steps.append(row)
            added.append(row)
        else:
            changed |= _complete_step(archive, target, step, level, municipality)
            row = target
        if step.decides and step.recorded and step.date and (deciding is None or step.date > deciding[1]["date"]):
            deciding = (step, row)
    has_deciding = any(s["decides"] for s in steps if s["id"] is not None)
    for row in added:
        step = row["step"]
        body_id = ensure_body(archive, step.body, municipality)
        decides = step.decides and not has_deciding
        row["decides"] = int(decides)
        row["id"] = archive.execute(
            """INSERT INTO planning_steps (matter_id, position, body_id, meeting_id, date, role, decides, outcome,
                   recorded) VALUES (?, (SELECT ifnull(max(position), 0) + 1 FROM planning_steps WHERE matter_id = ?),
                   ?, ?, ?, ?, ?, ?, ?)""",
            (matter_id, matter_id, body_id, _meeting_on(archive, body_id, step.date), step.date,
             step.role if decides or step.role != "beslutar" else "bereder", int(decides), step.outcome,
             int(step.recorded)),
        ).lastrowid
        changed = True
    if deciding is not None:
        changed |= _move_decision(archive, matter_id, deciding[1]["id"], deciding[1]["date"])
    if changed:
        _order_by_date(archive, matter_id, {row["id"] for row in added})
    return changed


def _same_step(steps: list[dict], step, level: int) -> dict | None:
    """The stored step an incoming one (as sure as `level`) is about, or None for a further step."""
    of_its_body = [s for s in steps if s["id"] is not None and same_body(s["body"], step.body)]
    if not step.date:
        return of_its_body[0] if of_its_body else None
    for candidate in of_its_body:
        if candidate["date"] == step.date:
            return candidate
    undated = [s for s in of_its_body if not s["date"]]
    if undated:
        return undated[0]
    # Surer than a step planned for an earlier day: that plan was put off to this day.
    earlier = [s for s in of_its_body if s["level"] < level and s["date"] < step.date]
    if earlier:
        return earlier[-1]
    # Less sure than a step a later day has: this is the plan it overtook, kept as history.
    later = [s for s in of_its_body if s["level"] > level and s["date"] > step.date]
    return later[0] if later else None


def _complete_step(archive: Archive, target: dict, step, level: int, municipality: str) -> bool:
    """Fill in what `step` (as sure as `level`) tells about the stored step `target` (a
    dict, kept current): a date it lacks, or a surer date (the old one kept as planned_date)."""
    changes: dict = {}
    if step.date and target["date"] != step.date and (not target["date"] or level > target["level"]):
        if target["date"]:
            changes["planned_date"] = target["planned_date"] or target["date"]
        body_id = ensure_body(archive, step.body, municipality)
        changes["date"] = step.date
        changes["meeting_id"] = _meeting_on(archive, body_id, step.date)
    elif step.date and target["date"] != step.date and level < target["level"] and not target["planned_date"]:
        changes["planned_date"] = step.date  # the plan the step's date overtook: kept as history
    if step.recorded and not target["recorded"]:
        changes["recorded"] = 1
    if step.outcome and not target["outcome"]:
        changes["outcome"] = step.outcome
    if not changes:
        return False
    archive.execute(f"UPDATE planning_steps SET {', '.join(f'{c} = ?' for c in changes)} WHERE id = ?",
                    (*changes.values(), target["id"]))
    target.update({k: v for k, v in changes.items() if k != "meeting_id"})
    target["level"] = max(target["level"], level)
    return True


def _move_decision(archive: Archive, matter_id: int, step_id: int, date: str) -> bool:
    """A protocol records `step_id` deciding on `date`: it becomes the deciding step
    unless the deciding step is as late or undated (the clerk's plan stands)."""
    current = archive.execute(
        "SELECT id, date FROM planning_steps WHERE matter_id = ? AND decides = 1", (matter_id,)
    ).fetchone()
    if current is not None and (current[0] == step_id or not current[1] or current[1] >= date):
        return False
    if current is not None:
        archive.execute("UPDATE planning_steps SET decides = 0, role = 'bereder' WHERE id = ?", (current[0],))
    archive.execute("UPDATE planning_steps SET decides = 1, role = 'beslutar' WHERE id = ?", (step_id,))
    return True


def _order_by_date(archive: Archive, matter_id: int, added: set[int]) -> None:
    """Dated steps in date order; an undated step stays just before the dated step that
    followed it (a chain AU -> KS -> KF whose middle date is not known yet keeps its order).
    `added`: the steps just inserted (at the end), placed by their date among the others,
    an undated one last."""
    from archive.planning import renumber

    rows = archive.execute(
        "SELECT id, date FROM planning_steps WHERE matter_id = ? ORDER BY position", (matter_id,)
    ).fetchall()
    keys = []
    following = "9999-99-99"
    for index in range(len(rows) - 1, -1, -1):
        row_id, date = rows[index]
        if row_id in added:
            keys.append((date or "9999-99-99", 2, index, row_id))
            continue
        following = date or following
        keys.append((following, 0 if date is None else 1, index, row_id))
    ordered = [row_id for *_, row_id in sorted(keys)]
    if ordered != [row[0] for row in rows]:
        renumber(archive, "planning_steps", matter_id, ordered)


def _append_missing(archive: Archive, matter_id: int, matter: Matter, municipality: str) -> bool:
    """Proposals, basis documents, recipients and responsibles the matter lacks (by text,
    title, addressee and name), after the ones it has."""
    def have(table: str, column: str) -> set:
        return {r[0] for r in archive.execute(f"SELECT {column} FROM {table} WHERE matter_id = ?", (matter_id,))}

    texts = have("proposals", "text")
    proposals = [(ensure_body(archive, p.to, municipality) if p.to else None, p.to, p.text)
                 for p in matter.proposals if p.text not in texts]
    titles = have("basis_documents", "title")
    basis = [(b.title, b.date) for b in matter.basis if b.title not in titles]
    addressees = have("recipients", "addressee_id")
    recipients = []
    for recipient in matter.recipients:
        addressee_id = ensure_addressee(archive, recipient.name, recipient.title,
                                        recipient.kind or naming.addressee_kind(recipient.name, recipient.title))
        if addressee_id not in addressees:  # (matter, addressee) is unique
            addressees.add(addressee_id)
            recipients.append((addressee_id, recipient.sent_on))
    names = have("responsibles", "name")
    people = [(p.name, p.title, p.unit, p.role) for p in matter.responsible if p.name not in names]
    changed = _append(archive, matter_id, "proposals", ("body_id", "addressed_to", "text"), proposals)
    changed |= _append(archive, matter_id, "basis_documents", ("title", "date"), basis)
    changed |= _append(archive, matter_id, "recipients", ("addressee_id", "sent_on"), recipients)
    changed |= _append(archive, matter_id, "responsibles", ("name", "title", "unit", "role"), people)
    return changed


def _append(archive: Archive, matter_id: int, table: str, columns: tuple[str, ...], rows: list[tuple]) -> bool:
    """Insert rows after the matter's last position in `table` (one max(position) a table)."""
    if not rows:
        return False
    last = archive.execute(f"SELECT ifnull(max(position), 0) FROM {table} WHERE matter_id = ?",
                           (matter_id,)).fetchone()[0]
    sql = (f"INSERT INTO {table} (matter_id, position, {', '.join(columns)})"
           f" VALUES (?, ?, {', '.join('?' for _ in columns)})")
    for position, values in enumerate(rows, last + 1):
        archive.execute(sql, (matter_id, position, *values))
    return True


__all__ = ["ALREADY_IMPORTED", "ArchiveError", "FileResult", "import_document", "import_files"]
