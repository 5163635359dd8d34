"""Matters and their parts: save, load, list, edit. Every write runs inside
`Archive.write()`, so the change and its change-log rows commit together."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from archive.db import Archive
from archive.errors import InvalidValue, NotFound, StaleEdit
from archive.lookups import body_ids, decided_sql, meeting_on
from archive.sqltext import NOW_UTC

# archive.model's dataclasses are imported by the functions that make or check a Matter,
# not with this module: the TUI's first screen only lists matters, and making the six
# classes costs ~2 ms of its start (bench/tui.py).
if TYPE_CHECKING:
    from archive.model import Matter

# ---------------------------------------------------------------- directory


def ensure_body(archive: Archive, name: str, municipality: str = "") -> int:
    """The id of the body called `name` in `municipality`, created on first use."""
    name = " ".join(name.split())
    from archive import naming  # not at import: the TUI's first screen makes no bodies (bench/tui.py)

    found = body_ids(archive, name, municipality)
    if found:
        return found[0][0]
    parent_name = naming.parent_body_name(name)
    parent_id = ensure_body(archive, parent_name, municipality) if parent_name else None
    with archive.write():
        return archive.execute(
            "INSERT INTO bodies (municipality, code, name, kind, parent_id) VALUES (?, ?, ?, ?, ?)",
            (municipality, naming.body_code(name), name, naming.body_kind(name) or "nämnd", parent_id),
        ).lastrowid


def ensure_addressee(archive: Archive, name: str, title: str | None, kind: str | None = None) -> int:
    from archive import naming
    row = archive.execute(
        "SELECT id FROM addressees WHERE name = ? AND ifnull(title, '') = ifnull(?, '')",
        (name, title),
    ).fetchone()
    if row:
        return row[0]
    with archive.write():
        return archive.execute(
            "INSERT INTO addressees (name, title, kind) VALUES (?, ?, ?)",
            (name, title, kind or naming.addressee_kind(name, title)),
        ).lastrowid


# ---------------------------------------------------------------- save


def save_matter(archive: Archive, matter: Matter) -> int:
    """Insert a new matter with all its parts in one transaction; returns its id."""
    from archive.model import ROLES

    for step in matter.planning:
        if step.role not in ROLES:
            raise InvalidValue(f"okänd roll {step.role!r}", field="planning.role")
    with archive.write():
        matter_id = archive.execute(
            """INSERT INTO matters (case_number, title, kind, municipality, raised_on,
                   raised_precision, raised_by, summary, source_file, source_checksum)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                matter.case_number, matter.title, matter.kind, matter.municipality,
                matter.raised_on, matter.raised_precision, matter.raised_by, matter.summary,
                matter.source_file, matter.source_checksum,
            ),
        ).lastrowid
        for position, step in enumerate(matter.planning, 1):
            body_id = ensure_body(archive, step.body, matter.municipality)
            meeting_id = _meeting_on(archive, body_id, step.date)
            archive.execute(
                """INSERT INTO planning_steps (matter_id, position, body_id, meeting_id, date,
                       role, decides, outcome, recorded, planned_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (matter_id, position, body_id, meeting_id, step.date, step.role,
                 int(step.decides), step.outcome, int(step.recorded), step.planned_date),
            )
        for position, proposal in enumerate(matter.proposals, 1):
            body_id = ensure_body(archive, proposal.to, matter.municipality) if proposal.to else None
            archive.execute(
                """INSERT INTO proposals (matter_id, position, body_id, addressed_to, text)
                   VALUES (?, ?, ?, ?, ?)""",
                (matter_id, position, body_id, proposal.to, proposal.text),
            )
        for position, basis in enumerate(matter.basis, 1):
            archive.execute(
                "INSERT INTO basis_documents (matter_id, position, title, date) VALUES (?, ?, ?, ?)",
                (matter_id, position, basis.title, basis.date),
            )
        for position, recipient in enumerate(matter.recipients, 1):
            addressee_id = ensure_addressee(archive, recipient.name, recipient.title, recipient.kind)
            archive.execute(
                """INSERT INTO recipients (matter_id, addressee_id, position, sent_on)
                   VALUES (?, ?, ?, ?)""",
                (matter_id, addressee_id, position, recipient.sent_on),
            )
        for position, person in enumerate(matter.responsible, 1):
            archive.execute(
                """INSERT INTO responsibles (matter_id, position, name, title, unit, role)
                   VALUES (?, ?, ?, ?, ?, ?)""",
                (matter_id, position, person.name, person.title, person.unit, person.role),
            )
    return matter_id


def _meeting_on(archive: Archive, body_id: int, date: str | None) -> int | None:
    """The id of the body's meeting on `date` (archive.lookups.meeting_on), or None."""
    meeting = meeting_on(archive, body_id, date)
    return meeting["id"] if meeting else None


# ---------------------------------------------------------------- read


def resolve(archive: Archive, ref: str | int) -> int:
    """A matter's id from its numeric id or its case number."""
    text = str(ref).strip()
    row = archive.execute("SELECT id FROM matters WHERE case_number = ?", (text,)).fetchone()
    if row is None and text.isdigit():
        row = archive.execute("SELECT id FROM matters WHERE id = ?", (int(text),)).fetchone()
    if row is None:
        raise NotFound(f"inget ärende med id eller diarienummer {text!r}", field="REF")
    return row[0]


def get_matter(archive: Archive, ref: str | int) -> Matter:
    from archive.model import BasisDocument, Matter, PlanningStep, Proposal, Recipient, Responsible

    matter_id = resolve(archive, ref)
    row = archive.query("SELECT * FROM matters WHERE id = ?", (matter_id,))[0]
    matter = Matter(
        id=row["id"], case_number=row["case_number"], title=row["title"], kind=row["kind"],
        municipality=row["municipality"], raised_on=row["raised_on"],
        raised_precision=row["raised_precision"], raised_by=row["raised_by"],
        summary=row["summary"], source_file=row["source_file"],
        source_checksum=row["source_checksum"], version=row["version"],
        modified_at=row["modified_at"],
    )
    matter.planning = [
        PlanningStep(
            id=r["id"], body=r["body"], date=r["date"], role=r["role"],
            decides=bool(r["decides"]), outcome=r["outcome"], meeting_id=r["meeting_id"],
            recorded=bool(r["recorded"]), planned_date=r["planned_date"],
        )
        for r in archive.query(
            """SELECT s.*, b.name AS body FROM planning_steps s JOIN bodies b ON b.id = s.body_id
               WHERE s.matter_id = ? ORDER BY s.position""",
            (matter_id,),
        )
    ]
    matter.recipients = [
        Recipient(name=r["name"], title=r["title"], kind=r["kind"], sent_on=r["sent_on"])
        for r in archive.query(
            """SELECT a.name, a.title, a.kind, r.sent_on FROM recipients r
               JOIN addressees a ON a.id = r.addressee_id
               WHERE r.matter_id = ? ORDER BY r.position""",
            (matter_id,),
        )
    ]
    matter.proposals = [
        Proposal(to=r["addressed_to"], text=r["text"])
        for r in archive.query(
            "SELECT addressed_to, text FROM proposals WHERE matter_id = ? ORDER BY position",
            (matter_id,),
        )
    ]
    matter.basis = [
        BasisDocument(title=r["title"], date=r["date"])
        for r in archive.query(
            "SELECT title, date FROM basis_documents WHERE matter_id = ? ORDER BY position",
            (matter_id,),
        )
    ]
    matter.responsible = [
        Responsible(name=r["name"], title=r["title"], unit=r["unit"], role=r["role"])
        for r in archive.query(
            "SELECT name, title, unit, role FROM responsibles WHERE matter_id = ? ORDER BY position",
            (matter_id,),
        )
    ]
    _import_source(archive, matter)
    return matter


def _import_source(archive: Archive, matter: Matter) -> None:
    """The files the matter was imported from (issue 7): the first one is its source when
    the matter row has none (a kallelse or protocol holds several matters), and the
    warnings each parse left are the matter's warnings."""
    import json

    links = archive.execute(
        """SELECT s.file_name, s.checksum, l.warnings FROM import_matters l
           JOIN import_sources s ON s.id = l.source_id WHERE l.matter_id = ? ORDER BY l.id""",
        (matter.id,),
    ).fetchall()
    if not links:
        return
    if not matter.source_checksum:
        matter.source_file, matter.source_checksum = links[0][0], links[0][1]
    warnings: list[str] = []
    for _, _, stored in links:
        warnings.extend(w for w in json.loads(stored or "[]") if w not in warnings)
    matter.warnings = warnings


class MatterRow(NamedTuple):
    """One line of the matter list. (Not a dataclass: made at import, ~1 ms of the TUI's
    first screen, bench/tui.py.)"""

    id: int
    case_number: str | None
    title: str
    kind: str
    next_body: str | None
    next_date: str | None
    status: str = "oplanerat"

    def to_json(self) -> dict:
        return {
            "id": self.id, "case_number": self.case_number, "title": self.title,
            "kind": self.kind,
            "next_step": {"body": self.next_body, "date": self.next_date} if self.next_body else None,
            "status": self.status,
        }


# A matter's status, as the list shows and filters it (first that applies):
#   expedierat  the decision has been sent to every recipient (and it has some);
#   beslutat    its deciding step has an outcome that is a decision (not bordlagt etc.);
#   planerat    its next open step has a date;
#   oplanerat   nothing dated is ahead of it.
STATUSES = ("oplanerat", "planerat", "beslutat", "expedierat")

_STATUS_SQL = f"""CASE
    WHEN EXISTS (SELECT 1 FROM recipients r WHERE r.matter_id = m.id)
     AND NOT EXISTS (SELECT 1 FROM recipients r WHERE r.matter_id = m.id AND r.sent_on IS NULL) THEN 'expedierat'
    WHEN EXISTS (SELECT 1 {decided_sql('m')}) THEN 'beslutat'
    WHEN s.date IS NOT NULL THEN 'planerat'
    ELSE 'oplanerat' END"""

# The next planned step: the first, by position, with no outcome recorded yet.
_LIST_SQL = f"""
SELECT * FROM (
SELECT m.id, m.case_number, m.title, m.kind, b.name AS next_body, s.date AS next_date, {_STATUS_SQL} AS status
FROM matters m
LEFT JOIN planning_steps s ON s.id = (
    SELECT id FROM planning_steps WHERE matter_id = m.id AND outcome IS NULL
    ORDER BY position LIMIT 1)
LEFT JOIN bodies b ON b.id = s.body_id
"""


def _fts_query(text: str) -> str:
    """Every word must occur (trigram substring match); quotes make the words literal."""
    return " AND ".join('"' + word.replace('"', '""') + '"' for word in text.split())


def list_matters(
    archive: Archive,
    *,
    search: str | None = None,
    after_id: int | None = None,
    limit: int | None = 100,
    body_id: int | None = None,
    kind: str | None = None,
    status: str | None = None,
    year: int | None = None,
) -> list[MatterRow]:
    """Matters by id, one page at a time (keyset: pass the last id seen as `after_id`).

    Search matches case number, title and summary: through the trigram FTS index
    when every word has three letters or more, else by a LIKE scan.
    Filters: `body_id` (a step at that body), `kind`, `status` (one of STATUSES),
    `year` (a step dated that year, or raised that year); with both body and year,
    a step at that body in that year: the body's plan for the year."""
    where, params = [], []
    if after_id is not None:
        where.append("m.id > ?")
        params.append(after_id)
    words = (search or "").split()
    if words and all(len(w) >= 3 for w in words):
        if limit is not None and not (body_id or kind or status or year is not None):
            # The search alone picks the page: take its first ids from the index in id order
            # and stop there (under a ms), instead of every match of a common word (10,000
            # matches: 10-15 ms; bench/tui.py, search keystroke). The index holds exactly the
            # matters' ids (sqlite-utils' triggers keep it in step).
            where.append("m.id IN (SELECT rowid FROM matters_fts WHERE matters_fts MATCH ?"
                         + (" AND rowid > ?" if after_id is not None else "") + f" ORDER BY rowid LIMIT {int(limit)})")
            params.append(_fts_query(search))
            if after_id is not None:
                params.append(after_id)
        else:
            where.append("m.id IN (SELECT rowid FROM matters_fts WHERE matters_fts MATCH ?)")
            params.append(_fts_query(search))
    elif words:
        for word in words:
            where.append("(m.case_number LIKE ? OR m.title LIKE ? OR m.summary LIKE ?)")
            params.extend([f"%{word}%"] * 3)
    if kind:
        where.append("m.kind = ?")
        params.append(kind)
    if year is not None:
        span = [f"{int(year):04d}-01-01", f"{int(year):04d}-12-31"]
    if body_id is not None and year is not None:
        where.append("m.id IN (SELECT matter_id FROM planning_steps WHERE body_id = ? AND date BETWEEN ? AND ?)")
        params += [body_id, *span]
    elif body_id is not None:
        where.append("m.id IN (SELECT matter_id FROM planning_steps WHERE body_id = ?)")
        params.append(body_id)
    elif year is not None:
        where.append("(m.id IN (SELECT matter_id FROM planning_steps WHERE date BETWEEN ? AND ?)"
                     " OR substr(m.raised_on, 1, 4) = ?)")
        params += [*span, f"{int(year):04d}"]
    sql = _LIST_SQL + (" WHERE " + " AND ".join(where) if where else "") + ")"
    if status:
        if status not in STATUSES:
            raise InvalidValue(f"okänd status {status!r}; välj en av {', '.join(STATUSES)}", field="status")
        sql += " WHERE status = ?"
        params.append(status)
    sql += " ORDER BY id"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return [MatterRow(**row) for row in archive.query(sql, params)]


def matter_kinds(archive: Archive) -> list[str]:
    """The kinds of matter in the archive (for the list's filter)."""
    kinds = {row[0] for row in archive.execute("SELECT DISTINCT kind FROM matters").fetchall()}
    return sorted(kinds | {"ärende", "motion"})


# ---------------------------------------------------------------- edit


def last_change(archive: Archive, matter_id: int) -> dict | None:
    rows = archive.query(
        "SELECT actor, at FROM changes WHERE matter_id = ? ORDER BY id DESC LIMIT 1", (matter_id,)
    )
    return rows[0] if rows else None


def check_version(archive: Archive, matter_id: int, expected_version: int | None) -> int:
    """Refuse an edit based on a stale read; returns the current version."""
    row = archive.execute("SELECT version FROM matters WHERE id = ?", (matter_id,)).fetchone()
    if row is None:
        raise NotFound(f"ärende {matter_id} finns inte")
    if expected_version is not None and row[0] != expected_version:
        who = last_change(archive, matter_id) or {}
        raise StaleEdit(
            f"ärendet har ändrats av {who.get('actor', 'någon annan')} {who.get('at', '')} "
            f"sedan du öppnade det (version {expected_version}, nu {row[0]}); läs in det igen",
            actor=who.get("actor"), at=who.get("at"), field="version",
        )
    return row[0]


def bump_version(archive: Archive, matter_id: int) -> None:
    archive.execute(
        f"""UPDATE matters SET version = version + 1,
               modified_at = {NOW_UTC} WHERE id = ?""",
        (matter_id,),
    )


def set_step_date(
    archive: Archive,
    ref: str | int,
    position: int,
    date_text: str | None,
    *,
    expected_version: int | None = None,
) -> Matter:
    """Change the date of planning step `position` (1-based); Swedish forms accepted.

    `expected_version` is the version the clerk's screen shows; if the matter has
    changed since, the edit is refused (StaleEdit), never silently applied."""
    from archive.dates import parse_date  # not at import: the TUI's first screen needs no dates (bench/tui.py)

    date = parse_date(date_text).isoformat() if date_text else None
    matter_id = resolve(archive, ref)
    with archive.write():
        check_version(archive, matter_id, expected_version)
        step = archive.execute(
            "SELECT id, body_id FROM planning_steps WHERE matter_id = ? AND position = ?",
            (matter_id, position),
        ).fetchone()
        if step is None:
            count = archive.execute(
                "SELECT count(*) FROM planning_steps WHERE matter_id = ?", (matter_id,)
            ).fetchone()[0]
            raise NotFound(
                f"steg {position} finns inte; ärendet har {count} steg i beslutsplaneringen",
                field="POSITION",
            )
        archive.execute(
            "UPDATE planning_steps SET date = ?, meeting_id = ? WHERE id = ?",
            (date, _meeting_on(archive, step[1], date), step[0]),
        )
        bump_version(archive, matter_id)
    return get_matter(archive, matter_id)


def history(archive: Archive, ref: str | int) -> list[dict]:
    """This matter's change log, oldest first."""
    matter_id = resolve(archive, ref)
    return archive.query(
        "SELECT * FROM changes WHERE matter_id = ? ORDER BY id", (matter_id,)
    )


# ---------------------------------------------------------------- new matter, edit fields

# The fields a clerk edits directly (the parts have their own functions).
EDITABLE_FIELDS = ("case_number", "title", "kind", "municipality", "raised_on", "raised_by", "summary")


def _clean_fields(archive: Archive, fields: dict, matter_id: int | None = None) -> dict:
    unknown = set(fields) - set(EDITABLE_FIELDS)
    if unknown:
        raise InvalidValue(f"okänt fält {sorted(unknown)[0]!r}", field=sorted(unknown)[0])
    clean = {}
    for name, value in fields.items():
        value = " ".join(str(value).split()) if value is not None and name != "summary" else value
        clean[name] = value or None
    if "title" in clean and not clean["title"]:
        raise InvalidValue("ärendet behöver en rubrik", field="title")
    if "kind" in clean:
        clean["kind"] = clean["kind"] or "ärende"
    if "municipality" in clean:
        clean["municipality"] = clean["municipality"] or ""
    if clean.get("raised_on"):
        from archive.dates import parse_partial

        partial = parse_partial(clean["raised_on"])
        clean["raised_on"], clean["raised_precision"] = partial.iso(), partial.precision
    elif "raised_on" in clean:
        clean["raised_precision"] = None
    if clean.get("case_number"):
        row = archive.execute("SELECT id FROM matters WHERE case_number = ?", (clean["case_number"],)).fetchone()
        if row and row[0] != matter_id:
            raise InvalidValue(f"diarienumret {clean['case_number']} har redan ärende {row[0]}", field="case_number")
    return clean


def create_matter(archive: Archive, **fields) -> int:
    """A new matter from the clerk's form (title required; raised_on in any Swedish form)."""
    from archive.model import Matter

    clean = _clean_fields(archive, {"title": fields.pop("title", None), **fields})
    matter = Matter(**{k: v for k, v in clean.items() if v is not None or k == "municipality"})
    return save_matter(archive, matter)


def update_matter(archive: Archive, ref: str | int, *, expected_version: int | None = None, **fields) -> Matter:
    """Change a matter's own fields; refused when the matter changed since `expected_version`."""
    matter_id = resolve(archive, ref)
    clean = _clean_fields(archive, fields, matter_id)
    with archive.write():
        check_version(archive, matter_id, expected_version)
        if clean:
            assignments = ", ".join(f"{name} = ?" for name in clean)
            archive.execute(f"UPDATE matters SET {assignments} WHERE id = ?", (*clean.values(), matter_id))
            bump_version(archive, matter_id)
    return get_matter(archive, matter_id)
