"""Archive rows of the benchmark table: bulk write, saving one edit, CLI exports, file size.

Run alone: .venv/bin/python bench/archive_bench.py
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from archive import open_archive  # noqa: E402
from archive.export import planning_query  # noqa: E402
from archive.matters import get_matter, set_step_date  # noqa: E402
from archive.synthetic import generate  # noqa: E402
from bench.common import (  # noqa: E402
    BESLUT,
    SIZE,
    Row,
    busiest_body_year,
    copy_archive,
    ms,
    percentile,
    synthetic_archive,
    table,
    wall,
)

SCHEMA_ONLY = """SELECT sql FROM sqlite_master
WHERE sql IS NOT NULL AND type IN ('table', 'index') AND name NOT LIKE 'sqlite_%'
  AND name NOT LIKE '%_fts%' ORDER BY type DESC, name"""


def bulk_write(scratch: Path, n: int) -> list[Row]:
    """`beslut demo --synthetic n` (the whole process) against plain sqlite3 executemany
    of the same rows, pre-generated, into the same tables and indexes, one transaction."""
    ours = scratch / "ours.db"
    seconds = wall([BESLUT, "--db", str(ours), "demo", "--synthetic", str(n)], stdout=subprocess.DEVNULL)
    tables = generate(n)
    rows = sum(len(r) for _, r in tables)
    schema = [r[0] for r in sqlite3.connect(ours).execute(SCHEMA_ONLY)]
    plain = sqlite3.connect(scratch / "plain.db", isolation_level=None)
    plain.execute("PRAGMA journal_mode = WAL")
    for sql in schema:
        plain.execute(sql)
    started = time.perf_counter()
    plain.execute("BEGIN")
    for sql, data in tables:
        plain.executemany(sql, data)
    plain.execute("COMMIT")
    baseline = time.perf_counter() - started
    plain.close()
    ratio = seconds / baseline
    return [Row(
        f"bulk write: demo --synthetic {n:,} ({rows:,} rows)", "<= 2x plain executemany",
        f"{rows / seconds:,.0f} rows/s ({seconds:.1f} s, {ratio:.2f}x)",
        f"sqlite3 executemany, 1 transaction: {rows / baseline:,.0f} rows/s ({baseline:.1f} s)",
        ratio <= 2,
    )]


def save_edit(db: Path, count: int = 200) -> list[Row]:
    """Save one planning-step edit as the TUI does: read the version, save with the check."""
    archive = open_archive(db)
    times = []
    matters = archive.execute(
        f"SELECT matter_id FROM planning_steps WHERE position = 2 ORDER BY matter_id LIMIT {count}"
    ).fetchall()
    for i, (matter_id,) in enumerate(matters):
        version = get_matter(archive, matter_id).version
        started = time.perf_counter()
        set_step_date(archive, matter_id, 2, f"2031-{1 + i % 12:02d}-{1 + i % 28:02d}", expected_version=version)
        times.append(time.perf_counter() - started)
    archive.close()
    p95 = percentile(times, 95)
    return [Row("save one planning-step edit (version check, change log, commit)", "p95 <= 20 ms",
                f"p95 {ms(p95)}, p50 {ms(percentile(times, 50))}", f"{len(times)} edits", p95 <= 0.020)]


def exports(db: Path, scratch: Path) -> list[Row]:
    """`beslut export planning` (whole process) against `sqlite3 -csv` on the same query."""
    body, year, steps, total = busiest_body_year(db)
    archive = open_archive(db, migrate=False)

    def inline(sql_params: tuple[str, list]) -> str:
        """The same SQL for the sqlite3 CLI, parameters written in as SQL literals."""
        sql, params = sql_params
        for value in params:
            literal = str(value) if isinstance(value, int) else "'" + str(value).replace("'", "''") + "'"
            sql = sql.replace("?", literal, 1)
        return sql

    year_sql = inline(planning_query(archive, year=int(year), body=body))
    whole_sql = inline(planning_query(archive))
    archive.close()
    rows = []
    for label, args, sql, count in [
        (f"export one body's year ({body} {year})", ["--year", year, "--body", body], year_sql, steps),
        ("export the whole planning", [], whole_sql, total),
    ]:
        out = scratch / "export.csv"
        ours, theirs = [], []
        for _ in range(3):  # interleaved, best of three each: the machines drift between minutes
            ours.append(wall([BESLUT, "--db", str(db), "export", "planning", *args, "-o", str(out)],
                             stderr=subprocess.DEVNULL))
            with open(scratch / "sqlite3.csv", "w") as sink:
                theirs.append(wall(["sqlite3", "-csv", "-header", str(db), sql], stdout=sink))
        ours, theirs = min(ours), min(theirs)
        ratio = ours / theirs
        rows.append(Row(f"{label}: {count:,} steps, beslut export planning", "<= 3x sqlite3 -csv",
                        f"{ours:.2f} s ({ratio:.2f}x)", f"sqlite3 -csv: {theirs:.2f} s", ratio <= 3))
    return rows


def file_size(db: Path) -> list[Row]:
    conn = sqlite3.connect(db)
    matters = conn.execute("SELECT count(*) FROM matters").fetchone()[0]
    conn.close()
    size = db.stat().st_size
    return [Row("file size per matter", "-", f"{size / matters / 1024:.2f} KiB",
                f"{size / 2**20:,.0f} MiB for {matters:,} matters", None)]


def measure(n: int = SIZE) -> list[Row]:
    db = synthetic_archive(n)
    with tempfile.TemporaryDirectory(prefix="beslut-bench-") as tmp:
        scratch = Path(tmp)
        rows = bulk_write(scratch, n)
        rows += save_edit(copy_archive(db, scratch / "edit.db"))
        rows += exports(db, scratch)
        rows += file_size(db)
    return rows


if __name__ == "__main__":
    print(table(measure()))
