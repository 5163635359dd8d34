"""The dates the law and local rules put on a case, computed in one place.

Pure rules first (dates in, dates out, `today=` always passed in, never read from the
clock here), then `due()` and `check()` over an archive, then the SQL views that give
auditors the same deadlines in Datasette.

The rules (see docs/domain.md, "Dates the law puts on the workflow"):
- documents ready: a per-body lead time in working days before the meeting
  (`bodies.documents_lead_days`, default DEFAULT_DOCUMENTS_LEAD_DAYS);
- kallelse / kungörelse: `bodies.call_lead_days` calendar days before the meeting
  (default 5, a common reglemente; fullmäktige never less than 7, KL 5 kap.). A
  deadline counted backwards that falls on a non-working day moves to the working day
  before, so it can be kept (Lag 1930:173 only ever extends periods counted forwards);
- justering: the meeting + 14 days (KL 5 kap. 69 §, 6 kap. 35 §);
- notice of the justering: the justering + 2 days (KL 8 kap. 12 §), counted from the
  actual justering date once recorded;
- last day of appeal: the notice + 3 weeks (KL 13 kap. 5 §).
  All three are statutory periods counted forwards, so under Lag (1930:173) a period
  ending on a Saturday, Sunday, public holiday, midsommarafton, julafton or nyårsafton
  ends on the next working day instead;
- a motion's year (KL 5 kap. 35 §, "bör": a warning, never an error): see motion_year().
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass

from dateutil.relativedelta import relativedelta

from archive import plan_checks
from archive.dates import parse_partial, to_date
from archive.lookups import decided_sql, step_on_meeting_sql
from archive.model import DEADLINE_KINDS_SV as LABELS
from archive.model import call_label
from archive.plan_checks import Violation
from archive.workdays import next_working_day, previous_working_day, working_days_before

APPROVAL_DAYS = 14
NOTICE_DAYS = 2
APPEAL_PERIOD = dt.timedelta(weeks=3)
FULLMAKTIGE_CALL_DAYS = 7
DEFAULT_CALL_DAYS = 5
DEFAULT_DOCUMENTS_LEAD_DAYS = 10
MOTION_YEAR = relativedelta(years=1)
MOTION_WARNING = relativedelta(months=11)
MOTION_KINDS = ("motion",)


# ---------------------------------------------------------------- pure rules


def period_end(date: dt.date) -> dt.date:
    """The last day of a statutory period under Lag (1930:173): moved to the next working day."""
    return next_working_day(date)


def approval_deadline(meeting_date: dt.date | str) -> dt.date:
    """Last day to justera the protocol: meeting + 14 days, moved off non-working days."""
    return period_end(to_date(meeting_date) + dt.timedelta(days=APPROVAL_DAYS))


def notice_deadline(approved_on: dt.date | str) -> dt.date:
    """Last day to announce the justering on the anslagstavla: justering + 2 days."""
    return period_end(to_date(approved_on) + dt.timedelta(days=NOTICE_DAYS))


def appeal_last_day(notice_posted_on: dt.date | str) -> dt.date:
    """Last day of appeal (laglighetsprövning): the notice + 3 weeks, Lag 1930:173 applied."""
    return period_end(to_date(notice_posted_on) + APPEAL_PERIOD)


def call_lead_days(body_kind: str | None, configured: int | None = None) -> int:
    """Calendar days between kallelse/kungörelse and the meeting for a body."""
    if body_kind == "fullmäktige":
        return max(FULLMAKTIGE_CALL_DAYS, configured or 0)
    return DEFAULT_CALL_DAYS if configured is None else configured


def call_deadline(meeting_date: dt.date | str, body_kind: str | None, configured: int | None = None) -> dt.date:
    """Last day to send the kallelse (nämnd) or announce the kungörelse (fullmäktige)."""
    day = to_date(meeting_date) - dt.timedelta(days=call_lead_days(body_kind, configured))
    return previous_working_day(day)


def documents_deadline(meeting_date: dt.date | str, lead_days: int | None = None) -> dt.date:
    """The day the meeting's documents must be ready: `lead_days` working days before it."""
    lead = DEFAULT_DOCUMENTS_LEAD_DAYS if lead_days is None else lead_days
    return working_days_before(to_date(meeting_date), lead)


@dataclass(frozen=True)
class MotionYear:
    counts_from: dt.date
    warning_from: dt.date
    ends_on: dt.date


def motion_year(raised_on: str | dt.date) -> MotionYear:
    """A motion's year, counted from the day it was raised.

    The one rule for imprecise dates: a motion raised "juni 2022" (stored '2022-06',
    month precision) counts from the LAST day of that month, 2022-06-30, as does a
    year-only date from 31 December. It may have been raised that late, so the warning
    (from 11 months) and "past one year" are never early; they can be up to a month
    late, which is the price of not knowing the day. The year ends on the same date a
    year later (a 29 February counts to 28 February) and is not moved off holidays:
    it is a planning target ("bör"), met at a fullmäktige meeting on a working day.
    """
    if isinstance(raised_on, dt.date):
        start = raised_on
    else:
        start = parse_partial(raised_on).last_day()
    return MotionYear(start, start + MOTION_WARNING, start + MOTION_YEAR)


# ---------------------------------------------------------------- over the archive


@dataclass
class DueItem:
    """Something that falls due: a meeting's deadline or a motion's year."""

    date: str
    kind: str  # documents, call, approval, notice, appeal_end, motion_year
    label: str  # Swedish, for people
    overdue: bool
    days_left: int
    body: str | None = None
    meeting_id: int | None = None
    meeting_date: str | None = None
    matter_id: int | None = None
    case_number: str | None = None
    title: str | None = None
    municipality: str | None = None

    def to_json(self) -> dict:
        return asdict(self)


_MEETINGS_SQL = """
SELECT m.id, m.date, m.state, m.approved_on, m.notice_posted_on, m.called_on, b.name AS body,
       b.kind AS body_kind, b.municipality, b.documents_lead_days, b.call_lead_days
FROM meetings m JOIN bodies b ON b.id = m.body_id
"""


_MOTIONS_SQL = f"""
SELECT m.id, m.case_number, m.title, m.municipality, m.raised_on,
       EXISTS (SELECT 1 {decided_sql('m')}) AS decided,
       (SELECT max(d.date) {decided_sql('m')}) AS decided_on
FROM matters m
WHERE m.kind IN ({", ".join(f"'{k}'" for k in MOTION_KINDS)}) AND m.raised_on IS NOT NULL
"""


def _motion_years(archive, matter_id: int | None = None, *, undecided_only: bool = False,
                  ) -> list[tuple[dict, MotionYear]]:
    """Motions (all, or the one matter; or only the undecided, left out in SQL: most of an
    archive's motions are decided, and counting each one's year costs) with the year each
    counts; a raised_on that is not a date we can count from is left out (the importer
    warns about it)."""
    from archive.errors import InvalidDate

    result = []
    sql, params = (_MOTIONS_SQL, ()) if matter_id is None else (_MOTIONS_SQL + " AND m.id = ?", (matter_id,))
    if undecided_only:
        sql += f" AND NOT EXISTS (SELECT 1 {decided_sql('m')})"
    for row in archive.query(sql, params):
        try:
            year = motion_year(row["raised_on"])
        except InvalidDate:
            continue
        result.append((row, year))
    return result


def _meeting_deadlines(row: dict, today: dt.date) -> list[tuple[dt.date, str, str, bool]]:
    """A meeting's deadlines as (day, kind, label, done), from a row with its date, state,
    approved_on, notice_posted_on, body_kind and the body's lead times. Done: documents and
    kallelse once the meeting is called or held, justering and notice once recorded; the
    appeal period (only once the notice is posted) ends by itself. Until the justering is
    recorded the notice counts from the justering's deadline."""
    meeting = to_date(row["date"])
    called = row["state"] in ("called", "held") or bool(row.get("called_on"))
    approval = approval_deadline(meeting)
    found = [
        (documents_deadline(meeting, row["documents_lead_days"]), "documents", LABELS["documents"], called),
        (call_deadline(meeting, row["body_kind"], row["call_lead_days"]), "call",
         call_label(row["body_kind"]), called),
        (approval, "approval", LABELS["approval"], bool(row["approved_on"])),
        (notice_deadline(row["approved_on"] or approval), "notice", LABELS["notice"],
         bool(row["notice_posted_on"])),
    ]
    if row["notice_posted_on"]:
        last = appeal_last_day(row["notice_posted_on"])
        found.append((last, "appeal_end", LABELS["appeal_end"], today > last))
    return found


def due(archive, *, today: dt.date, within: int = 14) -> list[DueItem]:
    """What falls due from `today` to `today + within` days, soonest first.

    Overdue items that are still undone are shown for as many days back as `within`
    looks forward (older ones are history: `check` reports them); a motion is shown
    from its warning date (11 months) until it is decided, however old.
    Done means: documents and kallelse once the meeting is called or held, justering
    and notice once their dates are recorded; the appeal period ends by itself.
    """
    start, end = today - dt.timedelta(days=within), today + dt.timedelta(days=within)
    items: list[DueItem] = []

    def add(date: dt.date, kind: str, label: str, **where) -> None:
        items.append(DueItem(
            date=date.isoformat(), kind=kind, label=label, overdue=date < today,
            days_left=(date - today).days, **where,
        ))

    # Only meetings whose deadlines can reach the window: documents come at most a few
    # months before a meeting, the appeal ends some seven weeks after it.
    rows = archive.query(
        _MEETINGS_SQL + " WHERE m.state != 'cancelled' AND m.date BETWEEN ? AND ?",
        ((start - dt.timedelta(days=90)).isoformat(), (end + dt.timedelta(days=400)).isoformat()),
    )
    for row in rows:
        where = dict(body=row["body"], meeting_id=row["id"], meeting_date=row["date"],
                     municipality=row["municipality"] or None)
        for day, kind, label, done in _meeting_deadlines(row, today):
            # The notice is due only once the justering it counts from is recorded.
            if not done and start <= day <= end and (kind != "notice" or row["approved_on"]):
                add(day, kind, label, **where)
    for row, year in _motion_years(archive, undecided_only=True):
        if today < year.warning_from and year.ends_on > end:
            continue
        add(year.ends_on, "motion_year", LABELS["motion_year"], matter_id=row["id"],
            case_number=row["case_number"], title=row["title"], municipality=row["municipality"] or None)
    items.sort(key=lambda i: (i.date, i.kind, i.body or "", i.matter_id or 0))
    return items


def check(archive, *, today: dt.date) -> list[Violation]:
    """Plan and record violations, by matter then meeting.

    Errors: the plan checks of archive/plan_checks.py (steps out of order, a step dated on a
    day its body has no meeting, a step on a cancelled meeting, a decision sent before it
    was taken), a kallelse sent (for fullmäktige: the kungörelse posted) later than the
    lead time allows, a justering
    later than its deadline, a notice later than its deadline or before the justering,
    and (as of `today`) a held meeting with no justering or a justering with no notice
    recorded after the deadline passed.
    Warnings: a motion undecided past its year, or decided after it (KL says "bör"); a
    meeting on a weekend or a public holiday."""
    found: list[Violation] = plan_checks.step_problems(archive)
    found += plan_checks.dispatch_problems(archive)
    for row, year in _motion_years(archive):
        where = dict(matter_id=row["id"], case_number=row["case_number"], title=row["title"],
                     date=year.ends_on.isoformat())
        if not row["decided"] and today > year.ends_on:
            found.append(Violation(
                "motion_past_year", "warning",
                f"motionen väcktes {row['raised_on']} och är inte beslutad; året gick ut {year.ends_on}",
                **where,
            ))
        elif row["decided"] and row["decided_on"] and to_date(row["decided_on"]) > year.ends_on:
            found.append(Violation(
                "motion_past_year", "warning",
                f"motionen väcktes {row['raised_on']} men beslutades först {row['decided_on']}"
                f" (året gick ut {year.ends_on})",
                **where,
            ))
    rows = archive.query(
        _MEETINGS_SQL + " WHERE m.approved_on IS NOT NULL OR m.notice_posted_on IS NOT NULL"
        " OR m.state = 'held' OR m.called_on IS NOT NULL ORDER BY m.date, m.id"
    )
    for row in rows:
        where = dict(body=row["body"], meeting_id=row["id"])
        if row["called_on"]:
            call_by = call_deadline(row["date"], row["body_kind"], row["call_lead_days"])
            if to_date(row["called_on"]) > call_by:
                what = "kungörelsen anslogs" if row["body_kind"] == "fullmäktige" else "kallelsen skickades"
                found.append(Violation(
                    "late_call", "error", f"{row['body']} {row['date']}: {what} {row['called_on']}, senast {call_by}",
                    date=row["called_on"], **where,
                ))
        if not (row["approved_on"] or row["notice_posted_on"] or row["state"] == "held"):
            continue
        approved, posted = row["approved_on"], row["notice_posted_on"]
        approval_by = approval_deadline(row["date"])
        notice_by = notice_deadline(approved) if approved else None
        if not approved:
            if today > approval_by:
                found.append(Violation(
                    "approval_missing", "error",
                    f"{row['body']} {row['date']}: ingen justering registrerad, senast {approval_by}",
                    date=approval_by.isoformat(), **where,
                ))
        else:
            if not posted and today > notice_by:
                found.append(Violation(
                    "notice_missing", "error",
                    f"{row['body']} {row['date']}: inget anslag registrerat, senast {notice_by}",
                    date=notice_by.isoformat(), **where,
                ))
            if to_date(approved) > approval_by:
                found.append(Violation(
                    "late_approval", "error", f"{row['body']} {row['date']}: justerat {approved}, senast {approval_by}",
                    date=approved, **where,
                ))
        if posted and (not approved or posted < approved):
            found.append(Violation(
                "notice_before_approval", "error",
                f"{row['body']} {row['date']}: anslaget {posted} före justeringen ({approved or 'ej justerat'})",
                date=posted, **where,
            ))
        elif posted and to_date(posted) > notice_by:
            found.append(Violation(
                "late_notice", "error", f"{row['body']} {row['date']}: anslaget {posted}, senast {notice_by}",
                date=posted, **where,
            ))
    found += plan_checks.meeting_plan_problems(archive)
    return found


# ---------------------------------------------------------------- SQL views for Datasette
# The same rules in SQL, built from the constants above and workdays' SQL helpers;
# tests/test_deadline_views.py proves they agree with the Python functions.
# Changing a rule means a new migration that calls create_views() again.


def sql_add_months(day: str, months: int) -> str:
    """SQL: `day` + `months`, clamped to the month's end like relativedelta (SQLite's
    own '+N months' would turn 31 March + 11 months into 3 March)."""
    return (
        f"min(date({day}, 'start of month', '+{months} months', "
        f"'+' || (CAST(strftime('%d', {day}) AS INTEGER) - 1) || ' days'), "
        f"date({day}, 'start of month', '+{months + 1} months', '-1 day'))"
    )


def views_sql(*, with_call_record: bool = False) -> str:
    """`with_call_record`: the meetings table has `called_on` (m010); the migrations before
    it build the views without it."""
    from archive.workdays import sql_next_working_day as nxt
    from archive.workdays import sql_previous_working_day as prev
    from archive.workdays import sql_working_days_before as before

    call_lead = (
        f"CASE WHEN b.kind = 'fullmäktige' THEN max({FULLMAKTIGE_CALL_DAYS}, coalesce(b.call_lead_days, 0))"
        f" ELSE coalesce(b.call_lead_days, {DEFAULT_CALL_DAYS}) END"
    )
    documents_lead = f"coalesce(b.documents_lead_days, {DEFAULT_DOCUMENTS_LEAD_DAYS})"
    called_on = ", m.called_on" if with_call_record else ""
    call_late = (",\n        CASE WHEN called_on IS NULL THEN NULL ELSE called_on > call_by END AS call_late"
                 if with_call_record else "")
    counts_from = (
        "CASE length(m.raised_on) WHEN 7 THEN date(m.raised_on || '-01', '+1 month', '-1 day')"
        " WHEN 4 THEN m.raised_on || '-12-31' ELSE date(m.raised_on) END"
    )
    return f"""
DROP VIEW IF EXISTS meeting_deadlines;
CREATE VIEW meeting_deadlines AS
SELECT d2.*,
    CASE WHEN notice_posted_on IS NULL OR approved_on IS NULL THEN NULL
         ELSE notice_posted_on > notice_by END AS notice_late
FROM (
    SELECT d1.*,
        {nxt(f"date(coalesce(approved_on, approval_by), '+{NOTICE_DAYS} days')")} AS notice_by,
        CASE WHEN notice_posted_on IS NOT NULL
             THEN {nxt(f"date(notice_posted_on, '+{APPEAL_PERIOD.days} days')")} END AS appeal_last_day,
        CASE WHEN approved_on IS NULL THEN NULL ELSE approved_on > approval_by END AS approval_late{call_late}
    FROM (
        SELECT m.id AS meeting_id, b.municipality, b.name AS body, b.kind AS body_kind,
            m.date, m.start_time, m.location, m.state,
            {documents_lead} AS documents_lead_days,
            {before('m.date', documents_lead)} AS documents_ready_by,
            {call_lead} AS call_lead_days,
            {prev(f"date(m.date, '-' || ({call_lead}) || ' days')")} AS call_by,
            {nxt(f"date(m.date, '+{APPROVAL_DAYS} days')")} AS approval_by,
            m.approved_on, m.notice_posted_on{called_on}
        FROM meetings m JOIN bodies b ON b.id = m.body_id
    ) AS d1
) AS d2;

DROP VIEW IF EXISTS motion_deadlines;
CREATE VIEW motion_deadlines AS
SELECT d.*,
    CASE WHEN decided AND decided_on > year_ends_on THEN 'beslutad efter ett år'
         WHEN decided THEN 'beslutad'
         WHEN date('now', 'localtime') > year_ends_on THEN 'över ett år'
         WHEN date('now', 'localtime') >= warning_from THEN 'varning: snart ett år'
         ELSE 'inom ett år' END AS status
FROM (
    SELECT c.*,
        {sql_add_months('year_counts_from', 11)} AS warning_from,
        {sql_add_months('year_counts_from', 12)} AS year_ends_on
    FROM (
        SELECT m.id AS matter_id, m.case_number, m.title, m.municipality, m.raised_on,
            m.raised_precision, m.raised_by,
            {counts_from} AS year_counts_from,
            EXISTS (SELECT 1 {decided_sql('m')}) AS decided,
            (SELECT max(d.date) {decided_sql('m')}) AS decided_on
        FROM matters m
        WHERE m.kind IN ({", ".join(f"'{k}'" for k in MOTION_KINDS)}) AND m.raised_on IS NOT NULL
    ) AS c
) AS d;
"""


def create_views(db) -> None:
    from archive.sqltext import run_sql

    run_sql(db, views_sql(with_call_record="called_on" in db["meetings"].columns_dict))


# ---------------------------------------------------------------- one matter


@dataclass
class MatterDeadline:
    """A deadline that concerns one matter: of a meeting one of its steps is planned on,
    or the motion's year. `done` when the archive records it as met."""

    date: str
    kind: str
    label: str
    body: str | None
    meeting_date: str | None
    position: int | None  # the planning step
    done: bool
    overdue: bool  # not done and past, as of `today`

    def to_json(self) -> dict:
        return asdict(self)


def matter_deadlines(archive, matter_id: int, *, today: dt.date) -> list[MatterDeadline]:
    """The deadlines of one matter's open steps' meetings (documents, kallelse, justering,
    notice, last day of appeal) and, for a motion, its year; by date."""
    items: list[MatterDeadline] = []
    rows = archive.query(
        f"""SELECT s.position, m.id, m.date, m.state, m.approved_on, m.notice_posted_on, b.name AS body,
                  b.kind AS body_kind, b.documents_lead_days, b.call_lead_days
           FROM planning_steps s JOIN meetings m ON {step_on_meeting_sql("s", "m")}
           JOIN bodies b ON b.id = m.body_id
           WHERE s.matter_id = ? AND m.state != 'cancelled' AND (s.outcome IS NULL OR s.decides = 1)
           GROUP BY s.id ORDER BY s.position""",
        (matter_id,),
    )

    def add(day: dt.date, kind: str, label: str, done: bool, row: dict | None) -> None:
        items.append(MatterDeadline(
            date=day.isoformat(), kind=kind, label=label, body=row["body"] if row else None,
            meeting_date=row["date"] if row else None, position=row["position"] if row else None,
            done=done, overdue=not done and day < today,
        ))

    for row in rows:
        for day, kind, label, done in _meeting_deadlines(row, today):
            add(day, kind, label, done, row)
    for motion, year in _motion_years(archive, matter_id):
        add(year.ends_on, "motion_year", LABELS["motion_year"], bool(motion["decided"]), None)
    items.sort(key=lambda i: (i.date, i.position or 0, i.kind))
    return items
