"""Exports from the archive. Rows stream from one SQL cursor to the writer, so the
cost grows linearly with the rows and memory stays flat."""

from __future__ import annotations

import csv
from typing import TextIO

from archive.db import Archive
from archive.errors import NotFound

PLANNING_COLUMNS = ["case_number", "title", "body", "date", "role"]

PLANNING_SQL = """
SELECT m.case_number, m.title, b.name AS body, s.date, s.role
FROM planning_steps s
JOIN matters m ON m.id = s.matter_id
JOIN bodies b ON b.id = s.body_id
"""


def planning_rows(archive: Archive, *, year: int | None = None, body: str | None = None):
    """Planning steps in date order (undated last), one tuple a step."""
    where, params = [], []
    if body:
        if not archive.execute("SELECT 1 FROM bodies WHERE name = ? COLLATE NOCASE", (body,)).fetchone():
            raise NotFound(f"inget organ heter {body!r}", field="--body")
        where.append("b.name = ? COLLATE NOCASE")
        params.append(body)
    if year is not None:
        # A range on the indexed date column, not strftime() over every row.
        where.append("s.date >= ? AND s.date < ?")
        params += [f"{year:04d}-01-01", f"{year + 1:04d}-01-01"]
    sql = PLANNING_SQL + (" WHERE " + " AND ".join(where) if where else "")
    sql += " ORDER BY s.date IS NULL, s.date, b.name, s.matter_id, s.position"
    return archive.execute(sql, params)


def write_planning_csv(archive: Archive, out: TextIO, *, year: int | None = None, body: str | None = None) -> int:
    """Write the planning as CSV (header + one row a step); returns the number of rows."""
    writer = csv.writer(out)
    writer.writerow(PLANNING_COLUMNS)
    count = 0
    for row in planning_rows(archive, year=year, body=body):
        writer.writerow(row)
        count += 1
    return count
