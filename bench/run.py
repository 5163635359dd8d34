"""`make bench`: every performance figure of beslut in one table, on the synthetic
archive of BESLUT_BENCH_MATTERS (default 200,000) matters, built once and reused.

Each part is its own module with a `measure()` (or `rows()`) that returns table rows, and
can be run alone. A part that fails is reported as a MISS row with its error, never left
out. The table is printed and kept in bench/RESULTS.md with the date and the machine.
"""

from __future__ import annotations

import datetime as dt
import importlib
import os
import platform
import sys
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import ROOT, SIZE, Row, synthetic_archive, table  # noqa: E402

# In the order of the table: TUI, bulk write/save/export/size, portal, import.
PARTS = ["bench.tui", "bench.archive_bench", "bench.portal_bench", "bench.import_bench", "bench.replica_bench",
         "bench.cycle_bench"]
RESULTS = ROOT / "bench" / "RESULTS.md"


def machine() -> str:
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return (f"nproc {os.cpu_count()}, memory {memory:.1f} GiB, {platform.machine()}, "
            f"Python {platform.python_version()}, load average at start {load}")


def run_part(name: str) -> list[Row]:
    try:
        module = importlib.import_module(name)
    except ModuleNotFoundError as error:
        if error.name == name:
            return [Row(f"{name}: not written yet", "-", "-", "-", False)]
        raise
    measure = getattr(module, "measure", None) or module.rows
    try:
        return measure()
    except Exception as error:  # noqa: BLE001 - a broken part is a MISS row, not a lost table
        traceback.print_exc()
        return [Row(f"{name}: failed", "-", f"{type(error).__name__}: {error}"[:120], "-", False)]


def main() -> int:
    started = time.perf_counter()
    header = f"{dt.datetime.now().astimezone():%Y-%m-%d %H:%M %Z}; {machine()}"
    print(f"beslut benchmarks on {SIZE:,} matters — {header}", flush=True)
    synthetic_archive(SIZE)
    rows: list[Row] = []
    for name in PARTS:
        print(f"… {name}", file=sys.stderr, flush=True)
        rows += run_part(name)
    text = table(rows)
    print(text)
    missed = [r for r in rows if r.passed is False]
    summary = (f"{len(rows)} rows, {len(missed)} miss their target; "
               f"{time.perf_counter() - started:.0f} s in all")
    print(summary)
    RESULTS.write_text(
        "# Benchmark results\n\n"
        f"`make bench` on {SIZE:,} synthetic matters, {header}.\n\n"
        "Machines here are noisy: each figure is measured beside its comparison in the same run.\n\n"
        f"{text}\n\n{summary}\n",
        encoding="utf-8",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
