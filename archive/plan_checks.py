"""The plan checks: one definition of each problem in a matter's plan or a meeting plan,
used by `beslut check` (every matter), the matter screen (one matter), the cancel and
move of a meeting (what the move would break) and the portal (the `plan_problems` view,
built from the same SQL).

Each problem is a query over `planning_steps` (alias `s`), with a `{where}` slot that
narrows it to some matters and a `{step_date}` slot for the date a step has (or would
have after a move). The kind names are the `check --json` contract; their Swedish
labels are in archive/model.py.

Steps with an outcome are history: they are checked for order, not against the meeting
plan (a step that happened stays as it happened).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from archive.lookups import step_on_meeting_sql


@dataclass
class Violation:
    """Something in the plan or the record that breaks a rule."""

    kind: str  # a key of archive.model.PROBLEM_KINDS_SV
    severity: str  # error, warning ("bör" rules)
    message: str  # Swedish, for people
    date: str | None = None
    body: str | None = None
    meeting_id: int | None = None
    matter_id: int | None = None
    case_number: str | None = None
    title: str | None = None
    step: int | None = None

    def to_json(self) -> dict:
        return asdict(self)

    @property
    def position(self) -> int | None:
        """The planning step's position (the matter screen's word for it)."""
        return self.step


# A step dated before the latest date of the steps before it.
STEPS_OUT_OF_ORDER = """
SELECT * FROM (
    SELECT s.matter_id, s.position, {step_date} AS date, b.name AS body, m.case_number, m.title,
           NULL AS meeting_id,
           max({step_date}) OVER (PARTITION BY s.matter_id ORDER BY s.position
                                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS earlier_max
    FROM planning_steps s JOIN bodies b ON b.id = s.body_id JOIN matters m ON m.id = s.matter_id
    WHERE {step_date} IS NOT NULL {where}
) WHERE date < earlier_max
ORDER BY matter_id, position
"""

# An open dated step whose body has a meeting plan that year but no meeting that day.
# (A body with no plan for the year at all is not reported: nothing to compare with.)
NOT_A_MEETING = """
SELECT s.matter_id, s.position, s.date, b.name AS body, m.case_number, m.title, NULL AS meeting_id
FROM planning_steps s JOIN bodies b ON b.id = s.body_id JOIN matters m ON m.id = s.matter_id
WHERE s.date IS NOT NULL AND s.outcome IS NULL {where}
  AND NOT EXISTS (SELECT 1 FROM meetings x WHERE x.body_id = s.body_id AND x.date = s.date)
  AND EXISTS (SELECT 1 FROM meetings y WHERE y.body_id = s.body_id
              AND y.date BETWEEN substr(s.date, 1, 4) || '-01-01' AND substr(s.date, 1, 4) || '-12-31')
ORDER BY s.matter_id, s.position
"""

# An open step on a cancelled meeting.
CANCELLED_MEETING = f"""
SELECT s.matter_id, s.position, x.date, b.name AS body, m.case_number, m.title, x.id AS meeting_id
FROM planning_steps s JOIN bodies b ON b.id = s.body_id JOIN matters m ON m.id = s.matter_id
JOIN meetings x ON {step_on_meeting_sql("s", "x")}
WHERE x.state = 'cancelled' AND s.outcome IS NULL {{where}}
ORDER BY s.matter_id, s.position
"""

# (kind, query, message over its row): the problems of a matter's planning steps.
STEP_PROBLEMS = (
    ("steps_out_of_order", STEPS_OUT_OF_ORDER,
     "steg {position} ({body} {date}) ligger före ett tidigare steg ({earlier_max})"),
    ("not_a_meeting", NOT_A_MEETING, "steg {position}: {body} har inget sammanträde {date}"),
    ("cancelled_meeting", CANCELLED_MEETING, "steg {position}: {body}s sammanträde {date} är inställt"),
)


def _step_sql(sql: str, where: str = "", step_date: str = "s.date") -> str:
    return sql.format(where=where, step_date=step_date)


def step_problems(archive, matter_id: int | None = None) -> list[Violation]:
    """The problems of the planning steps of one matter (or of every matter), by kind."""
    where, params = ("AND s.matter_id = ?", (matter_id,)) if matter_id is not None else ("", ())
    found = []
    for kind, sql, message in STEP_PROBLEMS:
        found += [_step_violation(kind, message, r) for r in archive.query(_step_sql(sql, where), params)]
    return found


def _step_violation(kind: str, message: str, r: dict) -> Violation:
    """A row of one of STEP_PROBLEMS' queries as the problem it reports."""
    return Violation(
        kind, "error", message.format(**r), date=r["date"], body=r["body"], meeting_id=r["meeting_id"],
        matter_id=r["matter_id"], case_number=r["case_number"], title=r["title"], step=r["position"],
    )


def matter_problems(archive, matter_id: int) -> list[Violation]:
    """What the matter screen shows beside the plan: its steps' problems, and a dispatch
    dated before the decision; by step."""
    found = step_problems(archive, matter_id) + dispatch_problems(archive, matter_id)
    found.sort(key=lambda v: (v.step or 0, v.kind))
    return found


# ---------------------------------------------------------------- what a move would break


def order_problems_if_moved(archive, moved_step_ids: list[int], new_date: str) -> list[Violation]:
    """The steps that would come before an earlier step of their matter (steps_out_of_order,
    the same query) if the steps `moved_step_ids` were dated `new_date`, and are not so now.
    The check a cancel or move of a meeting makes before it writes (issue 14, defect 4)."""
    if not moved_step_ids:
        return []
    ids = ", ".join(str(int(i)) for i in moved_step_ids)
    matters = f"AND s.matter_id IN (SELECT matter_id FROM planning_steps WHERE id IN ({ids}))"
    moved_date = f"CASE WHEN s.id IN ({ids}) THEN ? ELSE s.date END"
    sql = _step_sql(STEPS_OUT_OF_ORDER, matters, moved_date)
    # The date slot appears three times in the query, each with the new date bound.
    after = archive.query(sql, (new_date,) * sql.count("?"))
    before = {(r["matter_id"], r["position"]) for r in archive.query(_step_sql(STEPS_OUT_OF_ORDER, matters))}
    kind, _sql, message = STEP_PROBLEMS[0]
    return [_step_violation(kind, message, r) for r in after if (r["matter_id"], r["position"]) not in before]


# ---------------------------------------------------------------- expediering and the meeting plan

# A recipient marked sent before the day of the matter's deciding step. From the deciding
# steps (one a matter) to their recipients: CROSS JOIN keeps that order, 5x quicker at
# 200,000 matters than walking every recipient (2.0 million) first.
DISPATCHED_BEFORE_DECISION = """
SELECT r.matter_id, r.position AS recipient, r.sent_on, d.date AS decided_on, d.position, b.name AS body,
       a.name AS addressee, m.case_number, m.title
FROM planning_steps d
CROSS JOIN recipients r ON r.matter_id = d.matter_id
JOIN bodies b ON b.id = d.body_id
JOIN addressees a ON a.id = r.addressee_id
JOIN matters m ON m.id = r.matter_id
WHERE d.decides = 1 AND d.date IS NOT NULL AND r.sent_on IS NOT NULL AND r.sent_on < d.date {where}
ORDER BY r.matter_id, r.position
"""


def dispatch_problems(archive, matter_id: int | None = None) -> list[Violation]:
    """Recipients marked sent (expedierat) before the decision was taken."""
    where, params = ("AND d.matter_id = ?", (matter_id,)) if matter_id is not None else ("", ())
    return [
        Violation(
            "dispatched_before_decision", "error",
            f"{r['addressee']}: expedierat {r['sent_on']}, före beslutet {r['decided_on']} ({r['body']})",
            date=r["sent_on"], body=r["body"], matter_id=r["matter_id"], case_number=r["case_number"],
            title=r["title"], step=r["position"],
        )
        for r in archive.query(DISPATCHED_BEFORE_DECISION.format(where=where), params)
    ]


# A meeting (not cancelled) on a weekend, a public holiday or one of the three eves: the
# `holidays` table is the same calendar as archive/workdays.py (filled from it).
MEETING_ON_HOLIDAY = """
SELECT x.id AS meeting_id, x.date, b.name AS body,
       coalesce(h.name, CASE strftime('%w', x.date) WHEN '0' THEN 'söndag' ELSE 'lördag' END) AS reason
FROM meetings x JOIN bodies b ON b.id = x.body_id LEFT JOIN holidays h ON h.date = x.date
WHERE x.state != 'cancelled' AND (h.date IS NOT NULL OR strftime('%w', x.date) IN ('0', '6'))
ORDER BY x.date, b.name
"""


def meeting_plan_problems(archive) -> list[Violation]:
    """Meetings planned on a day that is not a working day."""
    return [
        Violation("meeting_on_holiday", "warning", f"{r['body']} {r['date']}: sammanträde på {r['reason']}",
                  date=r["date"], body=r["body"], meeting_id=r["meeting_id"])
        for r in archive.query(MEETING_ON_HOLIDAY)
    ]


# ---------------------------------------------------------------- the portal's view


def _unordered(sql: str) -> str:
    """The query without its final ORDER BY (a view's parts are unordered)."""
    return sql[: sql.rindex("ORDER BY")]


def view_sql() -> str:
    """The `plan_problems` view for the portal: every plan problem `check` reports, one row
    each, from the same queries (kind, matter, step, date, body, meeting)."""
    parts = [
        f"SELECT '{kind}' AS kind, matter_id, position AS step, date, body, meeting_id "
        f"FROM ({_unordered(_step_sql(sql))})"
        for kind, sql, _message in STEP_PROBLEMS
    ]
    parts.append("SELECT 'dispatched_before_decision', matter_id, position, sent_on, body, NULL FROM ("
                 + _unordered(DISPATCHED_BEFORE_DECISION.format(where="")) + ")")
    parts.append("SELECT 'meeting_on_holiday', NULL, NULL, date, body, meeting_id FROM ("
                 + _unordered(MEETING_ON_HOLIDAY) + ")")
    return "\nUNION ALL\n".join(parts)
