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
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from archive.dates import MONTHS, WEEKDAYS
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


# ---- the re-set layout benches (agenda_, protocol_, plan_, paper_ and head_layouts.py)

TUNING = ROOT / "tests" / "import_corpus" / "real" / "tuning"  # the golds each bench re-sets
MON = list(MONTHS)  # the Swedish month names in order (archive.dates)
WD = WEEKDAYS  # "måndag" ...
WDN = [day + "en" for day in WEEKDAYS]  # "måndagen" ...: the form "den" follows


def one_spaced(text: str | None) -> str | None:
    """White space folded to single spaces, as the golds and the reader's values are compared."""
    return " ".join(text.split()) if text else None


def gold_date(meeting: dict) -> str:
    """The gold meeting's date, a fixed day where it states none or only part ("?-03-12")."""
    date = meeting.get("date") or "2019-03-12"
    return "2019-03-12" if date.startswith("?") else date


def layout_args(argv: list[str], all_stems, layouts: dict) -> tuple[list[str], dict, bool]:
    """A layout bench's arguments: [stem,stem ... | all] [layout,layout ...] [-v], as (stems, the named layouts of
    `layouts` in its order or all of them, verbose); `all_stems()` gives the stems where none are named."""
    args = [a for a in argv if a != "-v"]
    stems = args[0].split(",") if args and args[0] != "all" else all_stems()
    only = args[1].split(",") if len(args) > 1 else None
    return stems, {n: f for n, f in layouts.items() if not only or n in only}, "-v" in argv


def count_args(argv: list[str], default: int = 200) -> tuple[int, list[str], bool]:
    """A made-up-text bench's arguments: [texts, default `default`] [more ...] [-v], as (texts, the arguments after
    it, verbose)."""
    args = [a for a in argv if a != "-v"]
    return (int(args[0]) if args else default), args[1:], "-v" in argv


def count(row: list[int], wrong: int, missed: int) -> None:
    """One re-set text's result added to its layout's row (texts, exact, texts with a wrong value, wrong, missed)."""
    row[0] += 1
    row[1] += wrong == 0 and missed == 0
    row[2] += wrong > 0
    row[3] += wrong
    row[4] += missed


def tally(per: dict[str, list[int]], width: int) -> list[int]:
    """Print a layout bench's table, a row a layout (texts, exact, texts with a wrong value, values wrong, values
    missed) and their total; the total returned."""
    print(f"{'layout':{width}} {'texts':>5} {'exact':>5} {'w.txt':>5} {'wrong':>6} {'missed':>6}")
    tot = [0, 0, 0, 0, 0]
    for name, row in per.items():
        print(f"{name:{width}} {row[0]:5} {row[1]:5} {row[2]:5} {row[3]:6} {row[4]:6}")
        tot = [a + b for a, b in zip(tot, row, strict=True)]
    print(f"{'total':{width}} {tot[0]:5} {tot[1]:5} {tot[2]:5} {tot[3]:6} {tot[4]:6}")
    return tot


def run_layouts(cases, layouts: dict, read, verbose: bool, width: int, shown: int = 4) -> None:
    """A layout bench's run: each (label, case) of `cases` re-set in each layout and read, `read(case, name, layout)`
    giving (values wrong, values missed, their details, the kind read); a line for each text read wrong when
    `verbose`, then the table (tally) and its summary line."""
    per = defaultdict(lambda: [0, 0, 0, 0, 0])  # texts, exact, texts with a wrong value, wrong, missed
    for label, case in cases:
        for name, layout in layouts.items():
            wrong, missed, det, kind = read(case, name, layout)
            count(per[name], wrong, missed)
            if verbose and (wrong or missed):
                print(f"BAD {label:34} {name:{width}} kind={kind} wrong={wrong} missed={missed}")
                for x in det[:shown]:
                    print("   ", x)
    tot = tally(per, width)
    print(f"== {tot[1]} of {tot[0]} re-set texts read exactly; {tot[2]} with a wrong value")
