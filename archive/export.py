"""Exports from the archive. Rows stream from one SQL cursor to the writer, so the
cost grows linearly with the rows and memory stays flat. Plain CSV or Excel CSV (csvout),
formula-like text neutralised in both."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TextIO

from archive.csvout import write_csv
from archive.db import Archive
from archive.errors import InvalidValue, NotFound

PLANNING_COLUMNS = ["case_number", "title", "body", "date", "role"]

PLANNING_SQL = """
SELECT m.case_number, m.title, b.name AS body, s.date, s.role
FROM planning_steps s
JOIN matters m ON m.id = s.matter_id
JOIN bodies b ON b.id = s.body_id
"""


def _planning_query(archive: Archive, *, year: int | None, body: str | None) -> tuple[str, list]:
    where, params = [], []
    if body:
        if not archive.execute("SELECT 1 FROM bodies WHERE name = ? COLLATE NOCASE", (body,)).fetchone():
            raise NotFound(f"inget organ heter {body!r}", field="--body")
        # Through the body's id, so SQLite can use planning_steps(body_id, date).
        where.append("s.body_id IN (SELECT id FROM bodies WHERE name = ? COLLATE NOCASE)")
        params.append(body)
    if year is not None:
        # A range on the indexed date column, not strftime() over every row.
        where.append("s.date >= ? AND s.date < ?")
        params += [f"{year:04d}-01-01", f"{year + 1:04d}-01-01"]
    return PLANNING_SQL + (" WHERE " + " AND ".join(where) if where else ""), params


PLANNING_ORDER = " ORDER BY s.date IS NULL, s.date, b.name, s.matter_id, s.position"


def planning_query(archive: Archive, *, year: int | None = None, body: str | None = None) -> tuple[str, list]:
    """The SQL and parameters of `export planning` (also what the benchmark gives sqlite3)."""
    sql, params = _planning_query(archive, year=year, body=body)
    return sql + PLANNING_ORDER, params


def planning_rows(archive: Archive, *, year: int | None = None, body: str | None = None):
    """Planning steps in date order (undated last), one tuple a step."""
    return archive.execute(*planning_query(archive, year=year, body=body))


def write_planning_csv(
    archive: Archive, out: TextIO, *, year: int | None = None, body: str | None = None, excel: bool = False
) -> int:
    """Write the planning as CSV: a header, then one row a step, formula-like cells
    neutralised (csvout writes each batch in C unless a cell may need it). `excel`: BOM
    and semicolons for Swedish Excel. Returns the number of steps written."""
    return write_csv(out, PLANNING_COLUMNS, planning_rows(archive, year=year, body=body), excel=excel)


# ---------------------------------------------------------------- the portal's reports

METADATA = Path(__file__).resolve().parent.parent / "datasette" / "metadata.yml"
PARAM_RE = re.compile(r"(?<!:):(\w+)")


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


def write_report_csv(archive: Archive, out: TextIO, name: str, params: dict[str, str], *, excel: bool = False) -> int:
    """Write portal report `name` whole, as the portal's /-/export does; parameters not
    given are empty (which the reports read as "no limit" or "today"). Returns the rows."""
    known = reports()
    if name not in known:
        raise NotFound(f"ingen rapport heter {name!r} (finns: {', '.join(sorted(known))})", field="NAME")
    report = known[name]
    unknown = sorted(set(params) - set(report["params"]))
    if unknown:
        raise InvalidValue(
            f"rapporten {name} har ingen parameter {', '.join(unknown)} (har: {', '.join(report['params']) or 'inga'})",
            field="--param",
        )
    cursor = archive.execute(report["sql"], {p: params.get(p, "") for p in report["params"]})
    return write_csv(out, [d[0] for d in cursor.description], cursor, excel=excel)


SCHEDULE_COLUMNS = ["datum", "organ", "diarienummer", "rubrik", "roll", "beslutar", "utfall", "sammanträde"]
_STATE_SV = {"planned": "planerat", "called": "kallat", "held": "hållet", "cancelled": "inställt", None: ""}


def write_body_schedule_csv(archive: Archive, out: TextIO, body_id: int, *, year: int | None = None,
                            progress=None, chunk: int = 5000, excel: bool = True) -> int:
    """A body's schedule (its planning steps in date order, undated last) as CSV with
    Swedish headings, by default in the dialect Swedish Excel opens (archive/csvout.py,
    formula-looking cells neutralised); `progress(done, total)` after each chunk of rows.
    Returns the number of rows written."""
    from archive.csvout import Dialect, neutralise

    name = archive.execute("SELECT name FROM bodies WHERE id = ?", (body_id,)).fetchone()
    if name is None:
        raise NotFound(f"inget organ med id {body_id}", field="body")
    where, params = ["s.body_id = ?"], [body_id]
    if year is not None:
        where.append("s.date >= ? AND s.date < ?")
        params += [f"{year:04d}-01-01", f"{year + 1:04d}-01-01"]
    condition = " AND ".join(where)
    total = archive.execute(f"SELECT count(*) FROM planning_steps s WHERE {condition}", params).fetchone()[0]
    cursor = archive.execute(
        f"""SELECT s.date, b.name, m.case_number, m.title, s.role, CASE s.decides WHEN 1 THEN 'ja' ELSE '' END,
                   s.outcome, mt.state
            FROM planning_steps s JOIN matters m ON m.id = s.matter_id JOIN bodies b ON b.id = s.body_id
            LEFT JOIN meetings mt ON mt.id = coalesce(
                s.meeting_id, (SELECT x.id FROM meetings x WHERE x.body_id = s.body_id AND x.date = s.date))
            WHERE {condition} ORDER BY s.date IS NULL, s.date, m.case_number, s.matter_id""",
        params,
    )
    dialect = Dialect(excel=excel)
    out.write(dialect.prefix)
    writer = dialect.writer(out)
    writer.writerow(SCHEDULE_COLUMNS)
    done = 0
    while rows := cursor.fetchmany(chunk):
        writer.writerows([neutralise(v) for v in row[:-1]] + [_STATE_SV.get(row[-1], row[-1])] for row in rows)
        done += len(rows)
        if progress is not None:
            progress(done, total)
    if progress is not None and total == 0:
        progress(0, 0)
    return done
