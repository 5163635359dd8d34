"""Rows for issue 17, past one machine: how far behind a `serve --follow` portal is, and a
portal over many municipalities' archives (50, and the 290 of a national view).

The archives are synthetic, one per municipality, each as
`beslut --db kommun-NNN.db demo --synthetic N --municipality "Kommun NNN" --seed NNN` makes it
(built in process here, with the same function, and kept in bench/.cache). N is
BESLUT_BENCH_KOMMUN_MATTERS (default 2,000 matters: a small municipality's few years; a synthetic
archive also holds its ~40 bodies' 10,000 meetings and 2,000 addressees whatever N is), and every
20th matter decided since 2024 has its recipients not yet sent (leave_some_unsent).

Run alone: .venv/bin/python bench/replica_bench.py
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import BESLUT, CACHE, Row, ms, percentile, table  # noqa: E402
from bench.portal_bench import free_port, start, stop  # noqa: E402

KOMMUN_MATTERS = int(os.environ.get("BESLUT_BENCH_KOMMUN_MATTERS", "2000"))
# The follower copies the archive after each change it applies: its size is what costs.
FOLLOW_MATTERS = int(os.environ.get("BESLUT_BENCH_FOLLOW_MATTERS", str(KOMMUN_MATTERS)))
NATIONAL = 290
MANY = 50
LAG_CHANGES = 5
REQUESTS = 10


def municipal_archives(count: int, n: int = KOMMUN_MATTERS) -> list[Path]:
    """`count` synthetic archives of `n` matters, each its own municipality, built once."""
    from archive import open_archive
    from archive.synthetic import build_synthetic

    folder = CACHE / f"kommuner-{n}"
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(1, count + 1):
        path = folder / f"kommun-{i:03d}.db"
        if not path.exists():
            scratch = path.with_suffix(".building")
            for leftover in folder.glob(scratch.name + "*"):
                leftover.unlink()
            archive = open_archive(scratch)
            try:
                build_synthetic(archive, n, seed=i, municipality=f"Kommun {i:03d}")
                leave_some_unsent(archive)
            finally:
                archive.close()  # checkpoints: the file alone is the archive
            scratch.rename(path)
        paths.append(path)
    return paths


def leave_some_unsent(archive) -> None:
    """The synthetic generator sends every decision made before 2026; a real registry has some
    not yet sent, which is what Ej expedierade lists: every 20th matter decided since 2024 keeps
    its recipients unsent (through the write layer, so the change log records it)."""
    with archive.write():
        archive.execute("UPDATE recipients SET sent_on = NULL WHERE matter_id % 20 = 0 AND sent_on >= '2024-01-01'")


def serve_start(paths: list[Path], runs: int) -> float:
    """Best of `runs`: seconds from exec to the first 200 on the start page."""
    best = []
    for _ in range(runs):
        port = free_port()
        process, seconds = start([BESLUT, "serve", "--port", str(port), *map(str, paths)], port)
        stop(process)
        best.append(seconds)
    return min(best)


def many_archives() -> list[Row]:
    paths = municipal_archives(NATIONAL)
    one = serve_start(paths[:1], 3)
    many = serve_start(paths[:MANY], 3)
    rows = [Row(f"portal over {MANY} archives ({KOMMUN_MATTERS:,} matters each): start to first 200",
                "<= 3x one archive", f"{many:.2f} s ({many / one:.2f}x)", f"one archive: {one:.2f} s",
                many <= 3 * one)]
    port = free_port()
    process, _ = start([BESLUT, "serve", "--port", str(port), *map(str, paths[:MANY])], port)
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=120) as client:
            times, response = [], None
            for _ in range(REQUESTS):
                started = time.perf_counter()
                response = client.get("/-/alla-kommuner/ej_expedierade")
                times.append(time.perf_counter() - started)
                response.raise_for_status()
            csv_started = time.perf_counter()
            whole = client.get("/-/alla-kommuner/ej_expedierade.csv")
            csv_seconds = time.perf_counter() - csv_started
    finally:
        stop(process)
    lines = whole.text.count("\n") - 1
    rows.append(Row(f"'alla kommuner' Ej expedierade over {MANY} archives, page", "p50 <= 2 s",
                    f"p50 {ms(percentile(times, 50))}, max {ms(max(times))}",
                    f"{lines:,} rows; whole CSV {ms(csv_seconds)}", percentile(times, 50) <= 2))

    national = serve_start(paths, 1)
    size = sum(p.stat().st_size for p in paths)
    port = free_port()
    process, _ = start([BESLUT, "serve", "--port", str(port), *map(str, paths)], port)
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=300) as client:
            started = time.perf_counter()
            client.get("/-/alla-kommuner/ej_expedierade").raise_for_status()
            national_report = time.perf_counter() - started
            started = time.perf_counter()
            client.get("/robots.txt").raise_for_status()
            robots = time.perf_counter() - started
    finally:
        stop(process)
    rows.append(Row(f"national view: portal over {NATIONAL} archives, start to first 200", "-",
                    f"{national:.2f} s ({national / one:.1f}x one)",
                    f"{NATIONAL} files, {size / 2**20:,.0f} MiB ({size / NATIONAL / 2**20:.1f} MiB each)", None))
    rows.append(Row(f"national view: 'alla kommuner' Ej expedierade over {NATIONAL} archives", "-",
                    ms(national_report), f"a plain page on the same portal: {ms(robots)}", None))
    return rows


def follow_lag() -> list[Row]:
    """A clerk's change on the primary to the follower's portal showing it, with Litestream's
    default intervals as `beslut replicate` and `serve --follow` use them (1 s each)."""
    source = municipal_archives(1, FOLLOW_MATTERS)[0]
    with tempfile.TemporaryDirectory(prefix="beslut-bench-follow-") as scratch:
        primary, replica = Path(scratch) / "primar.db", Path(scratch) / "replika"
        shutil.copy(source, primary)
        replicating = subprocess.Popen([BESLUT, "--db", str(primary), "replicate", str(replica)],
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        follower = None
        try:
            deadline = time.monotonic() + 60
            while not (replica / "ltx").is_dir():
                if time.monotonic() > deadline:
                    raise RuntimeError("no replica after 60 s")
                time.sleep(0.1)
            port = free_port()
            follower, started_in = start([BESLUT, "--db", str(Path(scratch) / "oanvand.db"), "serve", "--port",
                                          str(port), "--follow", str(replica)], port)
            lags = []
            with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
                for i in range(LAG_CHANGES):
                    date = f"2030-01-{i + 10:02d}"
                    subprocess.run([BESLUT, "--db", str(primary), "plan", "set-date", "1", "1", date], check=True,
                                   stdout=subprocess.DEVNULL)
                    changed = time.perf_counter()
                    sql = "select date from planning_steps where matter_id = 1 and position = 1"
                    while client.get("/beslut.json", params={"sql": sql, "_shape": "array"}).json()[0]["date"] != date:
                        if time.perf_counter() - changed > 60:
                            raise RuntimeError("the follower did not show a change within 60 s")
                        time.sleep(0.05)
                    lags.append(time.perf_counter() - changed)
                    time.sleep(1.3)  # the next change on another tick of Litestream's clocks
        finally:
            if follower is not None:
                stop(follower)
            stop(replicating)
    size = source.stat().st_size / 2**20
    return [Row(f"serve --follow: a change on the primary shown by the follower ({LAG_CHANGES} changes, "
                f"{FOLLOW_MATTERS:,} matters, {size:.0f} MiB)",
                "<= 10 s", f"median {statistics.median(lags):.1f} s, max {max(lags):.1f} s",
                f"follower started (restore + first copy) in {started_in:.1f} s", max(lags) <= 10)]


def measure() -> list[Row]:
    rows = []
    for part in (follow_lag, many_archives):
        try:
            rows += part()
        except Exception as error:  # noqa: BLE001 - a failed part is a MISS row, the other still runs
            rows.append(Row(f"replica_bench.{part.__name__}: failed", "-", f"{type(error).__name__}: {error}"[:120],
                            "-", False))
    return rows


if __name__ == "__main__":
    print(table(measure()))
