"""Shared pieces of the benchmarks: the reused synthetic archive, timing, the table.

Machines here are noisy (±30 % between minutes), so every figure is measured beside
the thing it is compared with, in the same run, and judged as a ratio where it can be.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from archive.errors import ImportFailed
from archive.importing import parse_document

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "bench" / ".cache"
BIN = Path(sys.executable).parent
BESLUT = str(BIN / "beslut")
SIZE = int(os.environ.get("BESLUT_BENCH_MATTERS", "200000"))


@dataclass
class Row:
    figure: str
    target: str
    measured: str
    comparison: str
    passed: bool | None  # None: a figure with no target (reported only)

    @property
    def verdict(self) -> str:
        return {True: "ok", False: "MISS", None: "-"}[self.passed]


def synthetic_archive(n: int = SIZE) -> Path:
    """`beslut demo --synthetic n`, built once and reused (bench/.cache is git-ignored)."""
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"synthetic-{n}.db"
    if not path.exists():
        scratch = path.with_suffix(".building")
        for leftover in scratch.parent.glob(scratch.name + "*"):
            leftover.unlink()
        subprocess.run([BESLUT, "--db", str(scratch), "demo", "--synthetic", str(n)], check=True,
                       stdout=subprocess.DEVNULL)
        scratch.rename(path)
    return path


def busiest_body_year(db: Path) -> tuple[str, str, int, int]:
    """The body name and year with the most planning steps, their count, and all steps."""
    conn = sqlite3.connect(db)
    try:
        body, year, steps = conn.execute(
            """SELECT b.name, substr(s.date, 1, 4) AS y, count(*) AS c FROM planning_steps s
               JOIN bodies b ON b.id = s.body_id WHERE s.date IS NOT NULL
               GROUP BY b.name, y ORDER BY c DESC LIMIT 1"""
        ).fetchone()
        return body, year, steps, conn.execute("SELECT count(*) FROM planning_steps").fetchone()[0]
    finally:
        conn.close()


def copy_archive(source: Path, dest: Path) -> Path:
    """A private copy for benchmarks that write."""
    for suffix in ("", "-wal", "-shm"):
        if Path(str(dest) + suffix).exists():
            Path(str(dest) + suffix).unlink()
    shutil.copy(source, dest)
    return dest


def timed(fn, *args, **kw) -> tuple[float, object]:
    started = time.perf_counter()
    value = fn(*args, **kw)
    return time.perf_counter() - started, value


def wall(command: list[str], **kw) -> float:
    """Wall time of a whole process, as the user sees it."""
    started = time.perf_counter()
    subprocess.run(command, check=True, **kw)
    return time.perf_counter() - started


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    return statistics.quantiles(ordered, n=100, method="inclusive")[int(p) - 1] if p < 100 else ordered[-1]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def table(rows: list[Row]) -> str:
    header = ("figure", "target", "measured", "compared with (same run)", "result")
    cells = [header] + [(r.figure, r.target, r.measured, r.comparison, r.verdict) for r in rows]
    widths = [max(len(c[i]) for c in cells) for i in range(len(header))]
    lines = ["| " + " | ".join(c[i].ljust(widths[i]) for i in range(len(header))) + " |" for c in cells]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)


def parse_text(text: str, name: str, **kw):
    """(result, None) for `text` read by parse_document as a file called `name`, or (None, why):
    the refusal's message, or "CRASH ..." (a crash is a result for the layout benches)."""
    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp) / name
        p.write_text(text, encoding="utf-8")
        try:
            return parse_document(p, today=dt.date(2025, 6, 1), **kw), None
        except ImportFailed as e:
            return None, str(e)
        except Exception as e:  # noqa: BLE001 - a crash is a result here
            return None, "CRASH " + repr(e)
