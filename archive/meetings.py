"""Meeting plans (sammanträdesplaner): generate a year from an RFC 5545 rule, list,
cancel, move, record justering and notice, import a plan kept in Excel (CSV).

No meeting ever lands on a day that is not a working day (weekends, public holidays,
midsommarafton, julafton, nyårsafton): generation skips such a day or moves it to the
next working day; cancel, move and import refuse it unless forced.
Re-generating never duplicates: each generated meeting remembers the date its rule
gave (`plan_date`), and a rule date that already has a meeting, moved or cancelled,
is left alone.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import asdict, dataclass, field
from pathlib import Path

from archive import lookups
from archive.dates import parse_date, to_date
from archive.db import Archive
from archive.errors import InvalidValue, NotFound
from archive.model import HOLIDAY_POLICIES, MEETING_STATES_SV, RECORDED_STATES, count
from archive.workdays import next_working_day, non_working_reason


@dataclass
class Meeting:
    id: int
    body: str
    municipality: str
    date: str
    start_time: str | None
    location: str | None
    state: str
    plan_date: str | None
    approved_on: str | None
    notice_posted_on: str | None
    marker: str | None = None  # the plan's mark ("*": held only if needed)
    year_inferred: bool = False  # the plan's year was inferred from the weekdays

    def __post_init__(self) -> None:
        self.year_inferred = bool(self.year_inferred)  # SQLite gives 0 or 1

    def to_json(self) -> dict:
        return asdict(self)


_MEETING_SQL = """
SELECT m.id, b.name AS body, b.municipality, m.date, m.start_time, m.location, m.state,
       m.plan_date, m.approved_on, m.notice_posted_on, m.marker, m.year_inferred
FROM meetings m JOIN bodies b ON b.id = m.body_id
"""


# ---------------------------------------------------------------- bodies


def find_body(archive: Archive, name: str, municipality: str | None = None, *, create: bool = False) -> int:
    """The id of the body called `name` (archive.lookups.find_body); `create`: make it (in
    `municipality`, default none) when no body has that name."""
    try:
        return lookups.find_body(archive, name, municipality)
    except NotFound:
        if not create:
            raise
    from archive.matters import ensure_body

    return ensure_body(archive, name, municipality or "")


def set_lead_times(
    archive: Archive, body: str, *, documents: int | None = None, call: int | None = None,
    municipality: str | None = None,
) -> dict:
    """Store a body's local lead times: documents ready `documents` working days before a
    meeting, kallelse `call` calendar days before (fullmäktige never under 7)."""
    body_id = find_body(archive, body, municipality)
    for value, option in ((documents, "--documents"), (call, "--call")):
        if value is not None and not 0 <= value <= 100:
            raise InvalidValue(f"{value} dagar: ange 0-100", field=option)
    with archive.write():
        if documents is not None:
            archive.execute("UPDATE bodies SET documents_lead_days = ? WHERE id = ?", (documents, body_id))
        if call is not None:
            archive.execute("UPDATE bodies SET call_lead_days = ? WHERE id = ?", (call, body_id))
    return archive.query(
        "SELECT name, kind, documents_lead_days, call_lead_days FROM bodies WHERE id = ?", (body_id,)
    )[0]


# ---------------------------------------------------------------- generate


@dataclass
class PlannedDate:
    plan_date: dt.date  # what the rule gave
    date: dt.date | None  # where the meeting goes; None: skipped
    note: str | None = None  # why it moved or was skipped


def plan_dates(
    rule: str, start: dt.date, end: dt.date, *, skip_months=(), holidays: str = "skip"
) -> list[PlannedDate]:
    """The dates an RFC 5545 rule gives from `start` to `end` (both included), with
    skipped months dropped and non-working days skipped or moved to the next working day.

    Pure: no archive. `rule` is e.g. "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE" (an "RRULE:"
    prefix is allowed); the rule counts from `start` (its DTSTART)."""
    from dateutil.rrule import rrulestr

    if holidays not in HOLIDAY_POLICIES:
        raise InvalidValue(f"{holidays!r}: välj {' eller '.join(HOLIDAY_POLICIES)}", field="--holidays")
    if end < start:
        raise InvalidValue(f"slutdatum {end} ligger före startdatum {start}", field="--to")
    skip = set(skip_months)
    for month in skip:
        if not 1 <= month <= 12:
            raise InvalidValue(f"månad {month} finns inte", field="--skip-month")
    text = rule.strip()
    if text.upper().startswith("RRULE:"):
        text = text[6:]
    if "DTSTART" in text.upper():
        raise InvalidValue("ange startdatum med --from, inte DTSTART i regeln", field="--rule")
    start_at = dt.datetime.combine(start, dt.time())
    try:
        recurrence = rrulestr(text, dtstart=start_at)
        occurrences = recurrence.between(start_at, dt.datetime.combine(end, dt.time()), inc=True)
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        raise InvalidValue(f"ogiltig RRULE {rule!r}: {error}", field="--rule") from None
    planned = []
    for occurrence in occurrences:
        day = occurrence.date()
        if day.month in skip:
            continue
        reason = non_working_reason(day)
        if reason is None:
            planned.append(PlannedDate(day, day))
        elif holidays == "skip":
            planned.append(PlannedDate(day, None, f"hoppas över: {reason}"))
        else:
            moved = next_working_day(day)
            if moved.month in skip:
                planned.append(PlannedDate(day, None, f"{reason}; nästa vardag {moved} ligger i en överhoppad månad"))
            else:
                planned.append(PlannedDate(day, moved, f"flyttat från {day} ({reason})"))
    return planned


@dataclass
class GenerateReport:
    body: str
    created: list[str] = field(default_factory=list)
    existing: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (rule date, why)
    moved: list[tuple[str, str, str]] = field(default_factory=list)  # (rule date, new date, why)

    def to_json(self) -> dict:
        return {
            "body": self.body, "created": self.created, "existing": self.existing,
            "skipped": [{"plan_date": d, "reason": r} for d, r in self.skipped],
            "moved": [{"plan_date": d, "date": n, "reason": r} for d, n, r in self.moved],
        }


def generate(
    archive: Archive, body: str, rule: str, start: dt.date | str, end: dt.date | str, *,
    start_time: str | None = None, location: str | None = None, skip_months=(),
    holidays: str = "skip", municipality: str | None = None,
) -> GenerateReport:
    """Add a body's meetings from a rule, in one transaction; existing ones stay as they are."""
    start_time = _check_time(start_time)
    planned = plan_dates(rule, to_date(start), to_date(end), skip_months=skip_months, holidays=holidays)
    body_id = find_body(archive, body, municipality, create=True)
    report = GenerateReport(body=_body_name(archive, body_id))
    with archive.write():
        for item in planned:
            if item.date is None:
                report.skipped.append((item.plan_date.isoformat(), item.note))
                continue
            plan_date, date = item.plan_date.isoformat(), item.date.isoformat()
            exists = archive.execute(
                "SELECT 1 FROM meetings WHERE body_id = ? AND (date = ? OR plan_date = ? OR date = ?)",
                (body_id, date, plan_date, plan_date),
            ).fetchone()
            if exists:
                report.existing.append(date)
                continue
            archive.execute(
                "INSERT INTO meetings (body_id, date, start_time, location, state, plan_date)"
                " VALUES (?, ?, ?, ?, 'planned', ?)",
                (body_id, date, start_time, location, plan_date),
            )
            report.created.append(date)
            if item.date != item.plan_date:
                report.moved.append((plan_date, date, item.note))
    return report


def _check_time(text: str | None) -> str | None:
    if not text:
        return None
    try:
        return dt.time.fromisoformat(text.strip().replace(".", ":")).strftime("%H:%M")
    except ValueError:
        raise InvalidValue(f"{text!r} är ingen tid (skriv t.ex. 13:00)", field="--time") from None


def _body_name(archive: Archive, body_id: int) -> str:
    return archive.execute("SELECT name FROM bodies WHERE id = ?", (body_id,)).fetchone()[0]


# ---------------------------------------------------------------- read


def list_meetings(
    archive: Archive, *, body: str | None = None, year: int | None = None,
    municipality: str | None = None,
) -> list[Meeting]:
    where, params = [], []
    if body:
        where.append("m.body_id = ?")
        params.append(find_body(archive, body, municipality))
    elif municipality is not None:
        where.append("b.municipality = ? COLLATE NOCASE")
        params.append(municipality)
    if year:
        where.append("m.date BETWEEN ? AND ?")
        params.extend([f"{year:04d}-01-01", f"{year:04d}-12-31"])
    sql = _MEETING_SQL + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY m.date, b.name"
    return [Meeting(**row) for row in archive.query(sql, params)]


def get_meeting(archive: Archive, body: str, date: dt.date | str, municipality: str | None = None) -> Meeting:
    """The meeting a body holds on `date`: how the CLI names a meeting before it acts on its id."""
    body_id = find_body(archive, body, municipality)
    day = to_date(date).isoformat()
    row = lookups.meeting_on(archive, body_id, day)
    if row is None:
        raise NotFound(f"{_body_name(archive, body_id)} har inget sammanträde {day}", field="DATE")
    return _meeting_by_id(archive, row["id"])


# ---------------------------------------------------------------- change


def record(
    archive: Archive, body: str, date: dt.date | str, *, approved_on: dt.date | str | None = None,
    notice_posted_on: dt.date | str | None = None, state: str | None = None,
    municipality: str | None = None,
) -> Meeting:
    """`record_meeting` for the meeting a body holds on `date` (the CLI names it so)."""
    meeting = get_meeting(archive, body, date, municipality)
    return record_meeting(archive, meeting.id, approved_on=approved_on, notice_posted_on=notice_posted_on,
                          state=state)


def record_meeting(
    archive: Archive, meeting_id: int, *, approved_on: dt.date | str | None = None,
    notice_posted_on: dt.date | str | None = None, state: str | None = None,
) -> Meeting:
    """Record what happened: the state (called, held), the actual justering and notice
    dates. A justering makes the meeting held. Dates before the meeting are refused.
    A date not given is left as it is."""
    approved = to_date(approved_on) if approved_on else None
    notice = to_date(notice_posted_on) if notice_posted_on else None
    if state is not None and state not in RECORDED_STATES:
        raise InvalidValue(f"okänt läge {state!r} ({', '.join(RECORDED_STATES)}; inställ med cancel)", field="--state")
    with archive.write():
        meeting = _meeting_by_id(archive, meeting_id)
        meeting_day = to_date(meeting.date)
        if approved and approved < meeting_day:
            raise InvalidValue(f"justering {approved} före sammanträdet {meeting.date}", field="--approved-on")
        if notice and notice < (approved or to_date(meeting.approved_on or meeting.date)):
            raise InvalidValue(f"anslag {notice} före justeringen", field="--notice-on")
        if approved and not notice and meeting.notice_posted_on and approved > to_date(meeting.notice_posted_on):
            # the notice already recorded announces a justering made before it
            raise InvalidValue(f"justering {approved} efter anslaget {meeting.notice_posted_on}", field="--approved-on")
        if meeting.state == "cancelled" and (approved or notice or state):
            raise InvalidValue(f"sammanträdet {meeting.date} är inställt", field="DATE")
        new_state = state or ("held" if approved else None)
        if approved:
            archive.execute("UPDATE meetings SET approved_on = ? WHERE id = ?", (approved.isoformat(), meeting_id))
        if notice:
            archive.execute("UPDATE meetings SET notice_posted_on = ? WHERE id = ?", (notice.isoformat(), meeting_id))
        if new_state:
            archive.execute("UPDATE meetings SET state = ? WHERE id = ?", (new_state, meeting_id))
    return _meeting_by_id(archive, meeting_id)


# ---------------------------------------------------------------- import from CSV

# Header words clerks use, lower case -> our field.
CSV_COLUMNS = {
    "organ": "body", "nämnd": "body", "body": "body", "instans": "body",
    "datum": "date", "date": "date", "sammanträde": "date", "sammanträdesdatum": "date", "dag": "date",
    "tid": "time", "time": "time", "starttid": "time", "klockan": "time", "kl": "time", "kl.": "time",
    "plats": "location", "lokal": "location", "location": "location",
    "kommun": "municipality", "municipality": "municipality",
}


@dataclass
class ImportReport:
    file: str
    created: list[tuple[str, str]] = field(default_factory=list)  # (body, date)
    updated: list[tuple[str, str]] = field(default_factory=list)
    unchanged: list[tuple[str, str]] = field(default_factory=list)
    encoding: str = "utf-8"
    delimiter: str = ";"

    def to_json(self) -> dict:
        def rows(items):
            return [{"body": b, "date": d} for b, d in items]

        return {"file": self.file, "encoding": self.encoding, "delimiter": self.delimiter,
                "created": rows(self.created), "updated": rows(self.updated), "unchanged": rows(self.unchanged)}


def read_csv_text(path: Path) -> tuple[str, str]:
    """The file's text and its encoding: UTF-8 (with or without BOM), else Windows-1252,
    which is what Excel on Swedish Windows writes for "CSV (semikolonavgränsad)"."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="strict"), "windows-1252"


def header_columns(header: list[str], names: dict[str, str]) -> dict[str, int]:
    """Where each known column stands in a CSV header row kept in Excel: `names` maps the
    headings a clerk may write (lower case) to our keys; the first of a repeated key counts."""
    columns: dict[str, int] = {}
    for index, name in enumerate(header):
        key = names.get(name.strip().lower())
        if key and key not in columns:
            columns[key] = index
    return columns


def read_csv_rows(path: Path) -> tuple[list[tuple[int, list[str]]], str, str]:
    """A CSV kept in Excel: its non-empty rows with their line numbers, its encoding and
    its delimiter (`;` as Swedish Excel writes, or `,`: whichever the first line has more of)."""
    try:
        text, encoding = read_csv_text(path)
    except OSError as error:
        raise InvalidValue(f"kan inte läsa filen: {error.strerror}", file=str(path)) from None
    except UnicodeDecodeError:
        raise InvalidValue("okänd teckenkodning (spara som UTF-8)", file=str(path)) from None
    header_line = next((line for line in text.splitlines() if line.strip()), None)
    if header_line is None:
        raise InvalidValue("filen är tom", file=str(path))
    delimiter = ";" if header_line.count(";") >= header_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows = [(reader.line_num, row) for row in reader]
    return [(n, row) for n, row in rows if any(cell.strip() for cell in row)], encoding, delimiter


def import_csv(
    archive: Archive, path: str | Path, *, body: str | None = None, municipality: str | None = None,
    force: bool = False,
) -> ImportReport:
    """Import a meeting plan kept in Excel: a header row naming at least the date column
    (datum) and, unless `body` is given, the body (organ); optional tid, plats, kommun.
    Semicolon or comma separated. Every row is checked before anything is written;
    a bad row stops the import with its line and column named. Meetings already in the
    archive are not duplicated; their time and place are updated when the file differs."""
    path = Path(path)
    rows, encoding, delimiter = read_csv_rows(path)
    (header_no, header), data = rows[0], rows[1:]
    columns = header_columns(header, CSV_COLUMNS)
    if "date" not in columns:
        raise InvalidValue(f"ingen datumkolumn i rubrikraden {header!r} (väntade t.ex. Datum)",
                           file=str(path), line=header_no)
    if "body" not in columns and not body:
        raise InvalidValue("ingen kolumn Organ; ange --body", file=str(path), line=header_no)

    def cell(row: list[str], key: str) -> str | None:
        index = columns.get(key)
        if index is None or index >= len(row):
            return None
        return row[index].strip() or None

    parsed = []
    seen = set()
    for line_no, row in data:
        where = dict(file=str(path), line=line_no)
        body_name = cell(row, "body") or body
        if not body_name:
            raise InvalidValue("organ saknas", field="Organ", **where)
        date_text = cell(row, "date")
        if not date_text:
            raise InvalidValue("datum saknas", field="Datum", **where)
        try:
            day = parse_date(date_text)
        except InvalidValue as error:
            raise InvalidValue(error.message, field="Datum", **where) from None
        reason = non_working_reason(day)
        if reason and not force:
            raise InvalidValue(f"{day} är {reason}, ingen arbetsdag (--force importerar ändå)", field="Datum", **where)
        try:
            start_time = _check_time(cell(row, "time"))
        except InvalidValue as error:
            raise InvalidValue(error.message, field="Tid", **where) from None
        place = cell(row, "municipality") or municipality
        key = (body_name.lower(), (place or "").lower(), day)
        if key in seen:
            raise InvalidValue(f"{body_name} {day} står två gånger i filen", field="Datum", **where)
        seen.add(key)
        parsed.append(PlannedMeeting(body_name, place, day.isoformat(), start_time, cell(row, "location"),
                                     line=line_no))
    report = ImportReport(file=str(path), encoding=encoding, delimiter=delimiter)
    with archive.write():
        store_plan(archive, parsed, report)
    return report


@dataclass
class PlannedMeeting:
    """One meeting of a meeting plan, as a file or a document states it."""

    body: str
    municipality: str | None
    date: str  # ISO
    start_time: str | None = None
    location: str | None = None
    marker: str | None = None  # "*", "**": what the plan marks the meeting with
    year_inferred: bool = False  # the year came from the weekdays, not from the text
    line: int | None = None  # where the file states it, for errors
    meeting_id: int | None = None  # set by store_plan: the meeting it is in the archive


def store_plan(archive: Archive, planned: list[PlannedMeeting], report: ImportReport) -> ImportReport:
    """Store meetings of a plan (the one store behind `meetings import` and the import of
    sammanträdesplaner), inside the caller's write transaction. A meeting already in the
    archive is not duplicated: its time, place and marker are completed or updated from
    the plan, and a year the plan states replaces one that was inferred from the weekdays
    (never the other way); its state (called, held) is left as it is."""
    bodies: dict[tuple[str, str | None], tuple[int, str]] = {}  # each body looked up once a plan
    for item in planned:
        key = (" ".join(item.body.split()).casefold(), item.municipality)
        if key not in bodies:
            try:
                body_id = find_body(archive, item.body, item.municipality, create=True)
            except InvalidValue as error:
                raise InvalidValue(error.message, file=report.file, line=item.line, field="Organ") from None
            bodies[key] = (body_id, _body_name(archive, body_id))
        body_id, name = bodies[key]
        old = lookups.meeting_on(archive, body_id, item.date)
        if old is None:
            item.meeting_id = archive.execute(
                "INSERT INTO meetings (body_id, date, start_time, location, state, marker, year_inferred)"
                " VALUES (?, ?, ?, ?, 'planned', ?, ?)",
                (body_id, item.date, item.start_time, item.location, item.marker, int(item.year_inferred)),
            ).lastrowid
            report.created.append((name, item.date))
            continue
        item.meeting_id = old["id"]
        new = (item.start_time or old["start_time"], item.location or old["location"], item.marker or old["marker"],
               int(bool(old["year_inferred"]) and item.year_inferred))
        if new != (old["start_time"], old["location"], old["marker"], old["year_inferred"]):
            archive.execute(
                "UPDATE meetings SET start_time = ?, location = ?, marker = ?, year_inferred = ? WHERE id = ?",
                (*new, old["id"]),
            )
            report.updated.append((name, item.date))
        else:
            report.unchanged.append((name, item.date))
    return report


# ---------------------------------------------------------------- by id, for the TUI


@dataclass
class MeetingRow:
    """One line of a body's year: the meeting and how many steps are planned on it."""

    id: int
    date: str
    start_time: str | None
    location: str | None
    state: str
    planned: int
    approved_on: str | None  # justering
    notice_posted_on: str | None  # anslag om justering


def body_year(archive: Archive, body_id: int, year: int) -> list[MeetingRow]:
    """A body's meetings in `year`, in date order, each with its number of planned steps."""
    rows = archive.query(
        f"""SELECT m.id, m.date, m.start_time, m.location, m.state, m.approved_on, m.notice_posted_on,
                  (SELECT count(*) FROM planning_steps s WHERE {lookups.step_on_meeting_sql()}) AS planned
           FROM meetings m WHERE m.body_id = ? AND m.date BETWEEN ? AND ? ORDER BY m.date""",
        (body_id, f"{year:04d}-01-01", f"{year:04d}-12-31"),
    )
    return [MeetingRow(**row) for row in rows]


def latest_meeting_body(archive: Archive) -> int | None:
    """The body of the latest meeting in the archive: where the Sammanträden screen opens."""
    row = archive.execute("SELECT body_id FROM meetings ORDER BY date DESC LIMIT 1").fetchone()
    return row[0] if row else None


def meeting_years(archive: Archive, body_id: int) -> list[int]:
    rows = archive.execute(
        "SELECT DISTINCT substr(date, 1, 4) FROM meetings WHERE body_id = ? ORDER BY 1", (body_id,)
    ).fetchall()
    return [int(r[0]) for r in rows]


@dataclass
class AgendaItem:
    """A matter planned on a meeting (one of its planning steps)."""

    matter_id: int
    case_number: str | None
    title: str
    position: int
    role: str
    decides: bool
    outcome: str | None


def agenda(archive: Archive, meeting_id: int) -> list[AgendaItem]:
    """The matters planned on a meeting (its steps), by case number then title."""
    rows = archive.query(
        f"""SELECT s.matter_id, x.case_number, x.title, s.position, s.role, s.decides, s.outcome
           FROM meetings m JOIN planning_steps s ON {lookups.step_on_meeting_sql()}
           JOIN matters x ON x.id = s.matter_id
           WHERE m.id = ? ORDER BY x.case_number IS NULL, x.case_number, x.title, s.matter_id""",
        (meeting_id,),
    )
    return [AgendaItem(**{**row, "decides": bool(row["decides"])}) for row in rows]


def _meeting_by_id(archive: Archive, meeting_id: int) -> Meeting:
    rows = archive.query(_MEETING_SQL + " WHERE m.id = ?", (meeting_id,))
    if not rows:
        raise NotFound(f"inget sammanträde med id {meeting_id}", field="meeting")
    return Meeting(**rows[0])


def set_state(archive: Archive, meeting_id: int, state: str) -> Meeting:
    """Set a meeting's state: planned, called or held (cancelling: cancel_meeting)."""
    if state == "cancelled":
        return cancel_meeting(archive, meeting_id).meeting
    if state not in RECORDED_STATES:
        raise InvalidValue(f"okänt läge {state!r}; välj {', '.join(RECORDED_STATES)} eller cancelled", field="state")
    with archive.write():
        meeting = _meeting_by_id(archive, meeting_id)
        if meeting.state == "cancelled" and state != "planned":
            raise InvalidValue(f"sammanträdet {meeting.date} är inställt", field="state")
        archive.execute("UPDATE meetings SET state = ? WHERE id = ?", (state, meeting_id))
    return _meeting_by_id(archive, meeting_id)


@dataclass
class Cancelled:
    meeting: Meeting
    moved_to: str | None  # the date of the meeting the steps moved to
    moved: int  # how many steps moved
    matters: list[int] = field(default_factory=list)


@dataclass
class Moved:
    meeting: Meeting
    moved: int  # how many steps moved with it
    matters: list[int] = field(default_factory=list)


class OrderConfirmationNeeded(InvalidValue):
    """A cancel or move would put steps before earlier steps of their matters; it is made
    only when confirmed (`confirm_order=True`). `problems` are what it would break
    (archive.plan_checks.Violation, kind steps_out_of_order)."""

    def __init__(self, message: str, problems: list, **kw):
        super().__init__(message, **kw)
        self.problems = problems


def _steps_that_move(archive: Archive, meeting: Meeting, verb: str) -> list[dict]:
    """The steps on a meeting, which a cancel or a move takes along. A step with an outcome
    says the meeting already dealt with its matter: such a meeting is neither cancelled nor
    moved (history stays as it happened), the same for both."""
    steps = lookups.steps_on_meeting(archive, meeting.id)
    done = [s for s in steps if s["outcome"]]
    if done:
        raise InvalidValue(
            f"sammanträdet {meeting.date} har redan {count(len(done), 'steg', 'steg')} med utfall "
            f"({', '.join(sorted({s['outcome'] for s in done}))}); det {verb} inte", field="meeting",
        )
    return steps


def _refuse_disorder(archive: Archive, steps: list[dict], new_date: str, confirm_order: bool) -> list:
    """What moving `steps` to `new_date` would put out of order; refused unless confirmed."""
    from archive.plan_checks import order_problems_if_moved

    problems = order_problems_if_moved(archive, [s["id"] for s in steps], new_date)
    if problems and not confirm_order:
        listed = "; ".join(f"{p.case_number or 'ärende ' + str(p.matter_id)}: {p.message}" for p in problems)
        raise OrderConfirmationNeeded(
            f"flytten till {new_date} lägger {count(len(problems), 'steg', 'steg')} före tidigare steg "
            f"i sitt ärende: {listed}", problems, field="meeting",
        )
    return problems


def _move_steps(archive: Archive, steps: list[dict], meeting_id: int, date: str, progress=None) -> list[int]:
    """Re-date the steps onto a meeting (one change-log row a step); each matter gets a new
    version. Returns the matters."""
    from archive.matters import bump_version

    total = len(steps)
    for done, step in enumerate(steps, 1):
        archive.execute("UPDATE planning_steps SET date = ?, meeting_id = ? WHERE id = ?",
                        (date, meeting_id, step["id"]))
        if progress is not None and (done % 200 == 0 or done == total):
            progress(done, total)
    matters = sorted({s["matter_id"] for s in steps})
    for matter_id in matters:
        bump_version(archive, matter_id)
    return matters


def order_problems_of_move(archive: Archive, meeting_id: int, new_date: dt.date | str | None = "next") -> list:
    """What cancelling a meeting and moving its steps to `new_date` ("next": the body's next
    meeting not cancelled), or moving the meeting itself there, would put out of order:
    archive.plan_checks.Violation rows (kind steps_out_of_order), empty when nothing.
    The TUI asks this before it shows its confirmation."""
    meeting = _meeting_by_id(archive, meeting_id)
    if new_date == "next":
        target = next_open_meeting(archive, meeting_id)
        if target is None:
            return []
        new_date = target.date
    from archive.plan_checks import order_problems_if_moved

    steps = [s for s in lookups.steps_on_meeting(archive, meeting.id) if not s["outcome"]]
    return order_problems_if_moved(archive, [s["id"] for s in steps], to_date(new_date).isoformat())


def cancel_meeting(
    archive: Archive, meeting_id: int, *, move_steps: bool = False, move_to: dt.date | str | None = None,
    confirm_order: bool = False, progress=None,
) -> Cancelled:
    """Cancel a meeting, in one transaction. With `move_to` ("next", or a date on which the
    body has a meeting that is not cancelled; `move_steps=True` is "next"), every step
    planned on it moves there: each step's date and meeting change (one change-log row a
    step) and each matter gets a new version. A meeting that is held, or whose steps have an
    outcome, is not cancelled. A move that would put a step before an earlier step of its
    matter raises OrderConfirmationNeeded unless `confirm_order`. `progress(done, total)` is
    called as the steps move."""
    if move_steps and move_to is None:
        move_to = "next"
    with archive.write():
        meeting = _meeting_by_id(archive, meeting_id)
        if meeting.state == "held":
            raise InvalidValue(f"sammanträdet {meeting.date} är redan hållet", field="meeting")
        if meeting.state == "cancelled":
            raise InvalidValue(f"sammanträdet {meeting.date} är redan inställt", field="meeting")
        steps = _steps_that_move(archive, meeting, "ställs in")
        result = Cancelled(meeting=meeting, moved_to=None, moved=0)
        if move_to is not None:
            body_id = archive.execute("SELECT body_id FROM meetings WHERE id = ?", (meeting_id,)).fetchone()[0]
            if move_to == "next":
                target = lookups.next_open_meeting(archive, body_id, meeting.date)
                if target is None:
                    raise NotFound(f"{meeting.body} har inget sammanträde efter {meeting.date} att flytta till",
                                   field="meeting")
            else:
                day = to_date(move_to).isoformat()
                target = lookups.meeting_on(archive, body_id, day)
                if target is None or target["id"] == meeting_id or target["state"] in ("cancelled", "held"):
                    why = "inget sammanträde" if target is None or target["id"] == meeting_id else (
                        f"ett {MEETING_STATES_SV[target['state']]} sammanträde")
                    raise InvalidValue(f"{meeting.body} har {why} {day} att flytta till", field="--move-to")
            _refuse_disorder(archive, steps, target["date"], confirm_order)
        archive.execute("UPDATE meetings SET state = 'cancelled' WHERE id = ?", (meeting_id,))
        if move_to is not None:
            matters = _move_steps(archive, steps, target["id"], target["date"], progress)
            result = Cancelled(meeting=meeting, moved_to=target["date"], moved=len(steps), matters=matters)
    result.meeting = _meeting_by_id(archive, meeting_id)
    return result


def move_meeting(
    archive: Archive, meeting_id: int, new_date: dt.date | str, *, force: bool = False,
    confirm_order: bool = False, progress=None,
) -> Moved:
    """Move a meeting to another day, in one transaction; the steps planned on it move with
    it (each matter gets a new version). Refused: a held or cancelled meeting, one whose
    steps have an outcome, a day that is not a working day (unless `force`), a day the body
    already meets; and, unless `confirm_order`, a move that would put a step before an
    earlier step of its matter (OrderConfirmationNeeded)."""
    target = to_date(new_date)
    day = target.isoformat()
    with archive.write():
        meeting = _meeting_by_id(archive, meeting_id)
        if meeting.state in ("held", "cancelled"):
            raise InvalidValue(
                f"sammanträdet {meeting.date} är {MEETING_STATES_SV[meeting.state]}; det flyttas inte", field="DATE"
            )
        reason = non_working_reason(target)
        if reason and not force:
            raise InvalidValue(f"{target} är {reason}, ingen arbetsdag (--force flyttar ändå)", field="NEW_DATE")
        body_id = archive.execute("SELECT body_id FROM meetings WHERE id = ?", (meeting_id,)).fetchone()[0]
        if lookups.meeting_on(archive, body_id, day) is not None:
            raise InvalidValue(f"{meeting.body} har redan ett sammanträde {target}", field="NEW_DATE")
        steps = _steps_that_move(archive, meeting, "flyttas")
        _refuse_disorder(archive, steps, day, confirm_order)
        # plan_date stays: re-generating the plan must not bring the old date back.
        archive.execute(
            "UPDATE meetings SET date = ?, plan_date = coalesce(plan_date, ?) WHERE id = ?",
            (day, meeting.date, meeting_id),
        )
        matters = _move_steps(archive, steps, meeting_id, day, progress)
    return Moved(meeting=_meeting_by_id(archive, meeting_id), moved=len(steps), matters=matters)


def next_open_meeting(archive: Archive, meeting_id: int) -> Meeting | None:
    """The meeting a cancelled meeting's steps would move to: the body's next one not cancelled."""
    meeting = _meeting_by_id(archive, meeting_id)
    body_id = archive.execute("SELECT body_id FROM meetings WHERE id = ?", (meeting_id,)).fetchone()[0]
    row = lookups.next_open_meeting(archive, body_id, meeting.date)
    return _meeting_by_id(archive, row["id"]) if row else None
