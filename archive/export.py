"""Exports from the archive. Rows stream from one SQL cursor to the writer, so the
cost grows linearly with the rows and memory stays flat. Plain CSV or Excel CSV (csvout),
formula-like text neutralised in both."""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from pathlib import Path
from typing import TextIO

from archive.csvout import write_csv, write_csv_sql
from archive.db import Archive
from archive.errors import InvalidDate, InvalidValue, NotFound
from archive.lookups import body_ids, step_on_meeting_sql
from archive.model import MEETING_STATES_SV

# The planning as CSV, one renderer for `beslut export planning` and the TUI's export of a
# body's plan (F3 x): Swedish headings, one row a step, in date order (undated last).
PLANNING_COLUMNS = ["datum", "organ", "diarienummer", "rubrik", "roll", "beslutar", "utfall", "sammanträde"]

_STATE_CASE_SQL = " ".join(f"WHEN '{state}' THEN '{sv}'" for state, sv in MEETING_STATES_SV.items())
# The step's meeting: the one it is linked to, else its body's meeting that day, by
# archive/lookups.py's one rule (SQLite answers its OR through both indexes: on 200,000
# matters as fast as a correlated subquery, 2.3 s against 2.8 s for the whole planning).
PLANNING_SQL = f"""
SELECT s.date, b.name, m.case_number, m.title, s.role, CASE s.decides WHEN 1 THEN 'ja' ELSE '' END,
       s.outcome, CASE mt.state {_STATE_CASE_SQL} ELSE coalesce(mt.state, '') END
FROM planning_steps s
JOIN matters m ON m.id = s.matter_id
JOIN bodies b ON b.id = s.body_id
LEFT JOIN meetings mt ON {step_on_meeting_sql("s", "mt")}
"""
_PLANNING_ORDER = " ORDER BY s.date IS NULL, s.date, b.name, m.case_number, s.matter_id, s.position"


def _year_range(year: int) -> tuple[str, list[str]]:
    """A range on the indexed date column, not strftime() over every row."""
    return "s.date >= ? AND s.date < ?", [f"{year:04d}-01-01", f"{year + 1:04d}-01-01"]


def _planning_where(archive: Archive, year: int | None, body: str | None, body_id: int | None) -> tuple[str, list]:
    where, params = [], []
    if body_id is not None:
        if archive.execute("SELECT 1 FROM bodies WHERE id = ?", (body_id,)).fetchone() is None:
            raise NotFound(f"inget organ med id {body_id}", field="body")
        ids = [body_id]
    elif body:
        # Every body of that name (one per municipality): `--body Kommunfullmäktige`.
        ids = [row[0] for row in body_ids(archive, body)]
        if not ids:
            raise NotFound(f"inget organ heter {body!r}", field="--body")
    else:
        ids = []
    if ids:
        # Through the body's id, so SQLite can use planning_steps(body_id, date).
        where.append(f"s.body_id IN ({', '.join('?' * len(ids))})")
        params += ids
    if year is not None:
        condition, dates = _year_range(year)
        where.append(condition)
        params += dates
    return (" WHERE " + " AND ".join(where) if where else ""), params


def planning_query(archive: Archive, *, year: int | None = None, body: str | None = None,
                   body_id: int | None = None) -> tuple[str, list]:
    """The SQL and parameters of `export planning` (also what the benchmark gives sqlite3)."""
    where_sql, params = _planning_where(archive, year, body, body_id)
    return PLANNING_SQL + where_sql + _PLANNING_ORDER, params


def write_planning_csv(
    archive: Archive, out: TextIO, *, year: int | None = None, body: str | None = None,
    body_id: int | None = None, excel: bool = False, progress=None, chunk: int = 5000,
) -> int:
    """Write the planning (all of it, a year, a body by name or id) as CSV: Swedish headings,
    one row a step, formula-like cells neutralised (csvout writes each batch in C unless a
    cell may need it). `excel`: BOM and semicolons for Swedish Excel, else commas.
    `progress(done, total)` after each chunk of rows. Returns the number of steps written."""
    # One look-up of the body (by name or id) for both the count and the rows.
    where_sql, params = _planning_where(archive, year, body, body_id)
    report = None
    if progress is not None:
        total = archive.execute(f"SELECT count(*) FROM planning_steps s{where_sql}", params).fetchone()[0]

        def report(done: int) -> None:
            progress(done, total)

    done = write_csv(out, PLANNING_COLUMNS, archive.execute(PLANNING_SQL + where_sql + _PLANNING_ORDER, params),
                     excel=excel, batch_rows=chunk, progress=report)
    if progress is not None and done == 0:
        progress(0, 0)
    return done


# ---------------------------------------------------------------- the portal's reports

METADATA = Path(__file__).resolve().parent.parent / "datasette" / "metadata.yml"
PARAM_RE = re.compile(r"(?<!:):(\w+)")


@functools.cache
def reports() -> dict[str, dict]:
    """The portal's reports (canned queries in datasette/metadata.yml): name -> title, sql, params."""
    import yaml

    metadata = yaml.safe_load(METADATA.read_text(encoding="utf-8"))
    queries = metadata["databases"]["beslut"]["queries"]
    return {
        name: {"title": q.get("title", name), "sql": q["sql"],
               "params": q.get("params") or list(dict.fromkeys(PARAM_RE.findall(q["sql"])))}
        for name, q in queries.items()
    }


# Report parameters that are dates, and which end of the period a month or year given for
# them means ("från juni 2024" is 2024-06-01, "till juni 2024" 2024-06-30). Every form the
# archive's one date parser reads (archive/dates.py) is taken; `år` names a year only.
DATE_PARAMS = {"per": "day", "från": "first", "till": "last", "år": "year"}


def report_param_value(name: str, value: str) -> str:
    """A report parameter as the report's SQL reads it: a date parameter in ISO form, an
    empty one left empty ("no limit" or "today"), text as given. A value that is not a date
    raises InvalidDate naming the parameter: never a silent default, never compared as text."""
    kind = DATE_PARAMS.get(name)
    if kind is None or not value.strip():
        return value.strip() if kind else value
    from archive.dates import parse_partial  # here: `export planning` reads no dates (see below)

    try:
        partial = parse_partial(value)
        if kind == "year":
            if partial.precision != "year":
                raise InvalidDate(f"{value!r} är inte ett årtal (skriv t.ex. 2024)")
            return f"{partial.year:04d}"
        if kind == "day":
            if not partial.day:
                raise InvalidDate(f"{value!r} anger ingen dag (skriv t.ex. 2024-12-01 eller 1 dec 2024)")
            return partial.as_date().isoformat()
        return (partial.first_day() if kind == "first" else partial.last_day()).isoformat()
    except InvalidDate as error:
        raise InvalidDate(f"parametern {name}: {error.message}", field=name) from None


def report_param_names(name: str) -> list[str]:
    """Report `name`'s parameters in its form's order ([] for a name that is no report)."""
    return reports().get(name, {}).get("params", [])


def report_params(name: str, given: dict[str, str]) -> dict[str, str]:
    """Report `name`'s parameters, checked and in the form its SQL reads (report_param_value);
    those not given are empty. Raises NotFound for an unknown report, InvalidValue for a
    parameter the report does not have, InvalidDate for a value that is not a date."""
    known = reports()
    if name not in known:
        raise NotFound(f"ingen rapport heter {name!r} (finns: {', '.join(sorted(known))})", field="NAME")
    report = known[name]
    unknown = sorted(set(given) - set(report["params"]))
    if unknown:
        raise InvalidValue(
            f"rapporten {name} har ingen parameter {', '.join(unknown)} (har: {', '.join(report['params']) or 'inga'})",
            field="--param",
        )
    return {p: report_param_value(p, given.get(p) or "") for p in report["params"]}


def export_filename(name: str, values: list[str] | tuple[str, ...] = (), *, excel: bool = False) -> str:
    """A download's file name: the report or table and its parameters, as plain ASCII words
    (`sammantradesplan-kommunstyrelsen-2024.csv`), `-excel` for the Excel dialect."""
    words = [name, *(v for v in values if v)] + (["excel"] if excel else [])
    return "-".join(filter(None, (_slug(w) for w in words))) + ".csv"


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9_]+", "-", ascii_text.lower()).strip("-")[:60]


def write_report_csv(archive: Archive, out: TextIO, name: str, params: dict[str, str], *, excel: bool = False) -> int:
    """Write portal report `name` whole, as the portal's /-/export does; parameters not
    given are empty (which the reports read as "no limit" or "today"). Returns the rows."""
    # Imported here: archive.history brings the protocol, deadline and matter modules and
    # zoneinfo (30-40 ms), which `export planning`, timed against sqlite3 -csv, never uses.
    from archive.history import register_change_sentences

    values = report_params(name, params)
    register_change_sentences(archive.conn)  # the SQL functions the portal gives its connections
    return write_csv_sql(out, archive.conn, reports()[name]["sql"], values, excel=excel)


# ---------------------------------------------------------------- a body's meeting plan (Sammanträden, x)

MEETING_PLAN_COLUMNS = ["datum", "dag", "tid", "plats", "sammanträde", "diarienummer", "ärende", "steg", "roll",
                        "beslutar", "utfall"]

# Every meeting of the body in the year, with each step planned on it (a meeting without
# any: one row), and the body's steps that year dated on a day it has no meeting, so that
# nothing planned goes missing from the plan. A step finds its meeting as the agenda does
# (archive.lookups.STEP_ON_MEETING): by meeting_id, or by body and date when it has none.
_MEETING_PLAN_SQL = """
SELECT * FROM (
  SELECT m.date, m.start_time, m.location, m.state, x.case_number, x.title, s.position, s.role, s.decides,
         s.outcome
  FROM meetings m
  LEFT JOIN planning_steps s ON {step_on_meeting}
  LEFT JOIN matters x ON x.id = s.matter_id
  WHERE m.body_id = :body AND m.date >= :start AND m.date < :end
  UNION ALL
  SELECT s.date, NULL, NULL, NULL, x.case_number, x.title, s.position, s.role, s.decides, s.outcome
  FROM planning_steps s JOIN matters x ON x.id = s.matter_id
  WHERE s.body_id = :body AND s.date >= :start AND s.date < :end AND s.meeting_id IS NULL
    AND NOT EXISTS (SELECT 1 FROM meetings y WHERE y.body_id = s.body_id AND y.date = s.date)
)
ORDER BY date, case_number IS NULL, case_number, title
""".replace("{step_on_meeting}", step_on_meeting_sql("s", "m"))


def write_meeting_plan_csv(archive: Archive, out: TextIO, body_id: int, year: int, *, excel: bool = True,
                           progress=None) -> int:
    """A body's meeting plan for `year`: every meeting (date, weekday, time, place, state)
    and the matters planned on each, as CSV with Swedish headings (by default for Swedish
    Excel). A step on a day without a meeting is listed as "inget sammanträde".
    `progress(done, total)` as rows are written. Returns the number of rows written."""
    if archive.execute("SELECT 1 FROM bodies WHERE id = ?", (body_id,)).fetchone() is None:
        raise NotFound(f"inget organ med id {body_id}", field="body")
    # archive.dates imported here and in report_param_value, not with the module: it brings
    # zoneinfo and calendar, 6 ms of every `beslut export planning`, whose whole run is
    # compared with sqlite3 -csv's (bench/archive_bench.py, one body's year: 2.79x before
    # this import came, 2.86-2.96x with it).
    from archive.dates import WEEKDAYS

    params = {"body": body_id, "start": f"{year:04d}-01-01", "end": f"{year + 1:04d}-01-01"}
    rows = archive.execute(_MEETING_PLAN_SQL, params).fetchall()

    def cells(row):
        date, time, place, state, case_number, title, position, role, decides, outcome = row
        weekday = WEEKDAYS[dt.date.fromisoformat(date).weekday()][:3]  # "mån", "tis", ...
        state = MEETING_STATES_SV.get(state, state) if state else "inget sammanträde"
        deciding = ("ja" if decides else "nej") if position is not None else None
        return [date, weekday, time, place, state, case_number, title, position, role, deciding, outcome]

    total = len(rows)
    report = None if progress is None else (lambda done: progress(done, total))
    written = write_csv(out, MEETING_PLAN_COLUMNS, map(cells, rows), excel=excel, progress=report)
    if progress is not None and total == 0:
        progress(0, 0)
    return written
