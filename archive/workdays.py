"""Swedish working days, for the deadlines the law sets.

Lag (1930:173) om beräkning av lagstadgad tid: a period that ends on a Saturday, a
Sunday or another public holiday, on midsommarafton, julafton or nyårsafton ends on
the next weekday instead. So a working day here is a Monday-Friday that is neither a
public holiday (the `holidays` package's Swedish calendar, Lag 1989:253) nor one of
those three eves, which we add ourselves from the law's own list rather than rely on
a category of the package.

(Not named calendar.py: that would read like the standard library's module.)
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from dateutil.relativedelta import FR, relativedelta

WEEKEND = {5: "lördag", 6: "söndag"}


def _eves(year: int) -> dict[dt.date, str]:
    # Midsommarafton is the Friday between 19 and 25 June (the day before midsommardagen).
    midsummer_eve = dt.date(year, 6, 19) + relativedelta(weekday=FR(+1))
    return {
        midsummer_eve: "midsommarafton",
        dt.date(year, 12, 24): "julafton",
        dt.date(year, 12, 31): "nyårsafton",
    }


@lru_cache(maxsize=256)
def holidays_in(year: int) -> dict[dt.date, str]:
    """Public holidays and the three eves of one year, with their Swedish names."""
    from holidays.countries.sweden import Sweden

    days = {day: name.lower() for day, name in Sweden(years=year, language="sv").items()}
    days.update(_eves(year))
    return days


def non_working_reason(date: dt.date) -> str | None:
    """Why `date` is not a working day ("julafton", "söndag", ...), or None if it is one."""
    holiday = holidays_in(date.year).get(date)
    if holiday:
        return holiday
    return WEEKEND.get(date.weekday())


def is_working_day(date: dt.date) -> bool:
    return non_working_reason(date) is None


def next_working_day(date: dt.date) -> dt.date:
    """`date` itself if it is a working day, else the first working day after it.

    This is how Lag (1930:173) moves the last day of a period."""
    while not is_working_day(date):
        date += dt.timedelta(days=1)
    return date


def previous_working_day(date: dt.date) -> dt.date:
    """`date` itself if it is a working day, else the last working day before it."""
    while not is_working_day(date):
        date -= dt.timedelta(days=1)
    return date


def working_days_before(date: dt.date, count: int) -> dt.date:
    """The working day `count` working days before `date` (`date` itself not counted).

    working_days_before(Wednesday, 1) is Tuesday; over a weekend or a holiday it
    steps back further."""
    if count < 0:
        raise ValueError("count must not be negative")
    while count:
        date -= dt.timedelta(days=1)
        if is_working_day(date):
            count -= 1
    return date


# ---------------------------------------------------------------- the same rules in SQL
# Datasette has no Python rules, so the views compute with a `holidays` table (public
# holidays and the three eves; weekends come from strftime) and `day_offsets` (0..N),
# which lets a scalar subquery walk a few days forwards or backwards.

CALENDAR_YEARS = (1980, 2100)
MAX_OFFSET = 400

CALENDAR_TABLES_SQL = """
CREATE TABLE IF NOT EXISTS holidays (
    date TEXT PRIMARY KEY,
    name TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS day_offsets (n INTEGER PRIMARY KEY);
"""


def fill_calendar_tables(db) -> int:
    """(Re)write `holidays` for CALENDAR_YEARS and `day_offsets`. Called by migrations;
    a later migration calls it again when the rules or the package's data change."""
    for statement in CALENDAR_TABLES_SQL.split(";"):
        if statement.strip():
            db.execute(statement)
    db.execute("DELETE FROM holidays")
    rows = sorted(
        (day.isoformat(), name)
        for year in range(CALENDAR_YEARS[0], CALENDAR_YEARS[1] + 1)
        for day, name in holidays_in(year).items()
    )
    db.conn.executemany("INSERT INTO holidays VALUES (?, ?)", rows)
    db.execute("DELETE FROM day_offsets")
    db.conn.executemany("INSERT INTO day_offsets VALUES (?)", [(n,) for n in range(MAX_OFFSET + 1)])
    return len(rows)


def sql_is_working(day: str) -> str:
    """SQL: is the ISO date `day` (an SQL expression) a working day?"""
    return f"(strftime('%w', {day}) NOT IN ('0', '6') AND {day} NOT IN (SELECT date FROM holidays))"


def sql_next_working_day(day: str) -> str:
    """SQL for next_working_day(): `day` itself or the first working day after it."""
    return (
        f"(SELECT min(d) FROM (SELECT date({day}, '+' || n || ' days') AS d FROM day_offsets WHERE n < 14)"
        f" WHERE {sql_is_working('d')})"
    )


def sql_previous_working_day(day: str) -> str:
    """SQL for previous_working_day()."""
    return (
        f"(SELECT max(d) FROM (SELECT date({day}, '-' || n || ' days') AS d FROM day_offsets WHERE n < 14)"
        f" WHERE {sql_is_working('d')})"
    )


def sql_working_days_before(day: str, count: str) -> str:
    """SQL for working_days_before(): `count` (an SQL expression) working days before `day`."""
    return (
        f"(CASE WHEN {count} = 0 THEN {day} ELSE (SELECT d FROM ("
        f"SELECT d, row_number() OVER (ORDER BY d DESC) AS k FROM ("
        f"SELECT date({day}, '-' || n || ' days') AS d FROM day_offsets WHERE n BETWEEN 1 AND 2 * {count} + 14)"
        f" WHERE {sql_is_working('d')}) WHERE k = {count}) END)"
    )
