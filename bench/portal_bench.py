"""Portal rows of the benchmark table: `beslut serve` start-up, the Sammanträdesplan of
the busiest body-year, and the whole planning exported through the portal.

Everything runs on 127.0.0.1 against a real `beslut serve` process, beside the thing a
user would compare it with in the same run (bare `datasette`, `sqlite3 -csv`).

Run alone: .venv/bin/python bench/portal_bench.py
"""

from __future__ import annotations

import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import (  # noqa: E402
    BESLUT,
    BIN,
    SIZE,
    Row,
    busiest_body_year,
    ms,
    percentile,
    synthetic_archive,
    table,
    wall,
)

REQUESTS = 20
START_TIMEOUT = 60  # seconds: a server that never answers fails its row instead of hanging `make bench`


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start(command: list[str], port: int) -> tuple[subprocess.Popen, float]:
    """Start a server; seconds from the exec to the first 200 on its front page."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while True:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/", timeout=5).status_code == 200:
                return process, time.perf_counter() - started
        except httpx.TransportError:
            pass
        if process.poll() is not None:
            raise RuntimeError(f"{command[0]} exited with {process.returncode}")
        if time.perf_counter() - started > START_TIMEOUT:
            stop(process)
            raise RuntimeError(f"{command[0]} gave no 200 within {START_TIMEOUT} s")
        time.sleep(0.01)


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def startup(db: Path) -> list[Row]:
    ours, theirs = [], []
    for _ in range(3):
        port = free_port()
        process, seconds = start([BESLUT, "--db", str(db), "serve", "--port", str(port)], port)
        stop(process)
        ours.append(seconds)
        port = free_port()
        process, seconds = start([str(BIN / "datasette"), "serve", str(db), "--port", str(port)], port)
        stop(process)
        theirs.append(seconds)
    best, bare = min(ours), min(theirs)
    return [Row("beslut serve: start to first 200", "<= 1.5 s", f"{best:.2f} s",
                f"bare datasette on the same file: {bare:.2f} s", best <= 1.5)]


def timings(client: httpx.Client, url: str) -> tuple[list[float], httpx.Response]:
    times, response = [], None
    for _ in range(REQUESTS):
        started = time.perf_counter()
        response = client.get(url)
        times.append(time.perf_counter() - started)
        response.raise_for_status()
    return times, response


def sqlite3_seconds(db: Path, sql: str, sink: Path, runs: int = 3) -> float:
    with open(sink, "w") as out:
        return min(wall(["sqlite3", "-csv", "-header", str(db), sql], stdout=out) for _ in range(runs))


def reports(db: Path, scratch: Path) -> list[Row]:
    body, year, steps, total = busiest_body_year(db)
    query = urllib.parse.urlencode({"organ": body, "år": year})
    port = free_port()
    process, _ = start([BESLUT, "--db", str(db), "serve", "--port", str(port)], port)
    rows = []
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=600) as client:
            json_times, page = timings(client, f"/beslut/sammantradesplan.json?_shape=array&{query}")
            csv_times, whole = timings(client, f"/-/export/sammantradesplan.csv?{query}")
            lines = whole.text.count("\n") - 1
            json_p50, csv_p50 = percentile(json_times, 50), percentile(csv_times, 50)
            rows.append(Row(f"portal: Sammanträdesplan {body} {year} ({steps:,} steps), JSON page",
                            "p50 <= 150 ms", f"p50 {ms(json_p50)}, p95 {ms(percentile(json_times, 95))}",
                            f"{len(page.json())} rows per page (max_returned_rows)", json_p50 <= 0.150))
            rows.append(Row(f"portal: Sammanträdesplan {body} {year}, whole CSV ({lines:,} rows)",
                            "p50 <= 250 ms", f"p50 {ms(csv_p50)}, p95 {ms(percentile(csv_times, 95))}",
                            f"{REQUESTS} requests", csv_p50 <= 0.250))

            # curl, not httpx, downloads: a client in Python would cost as much CPU as the server.
            url = f"http://127.0.0.1:{port}/-/export/planning_schedule.csv"
            # Interleaved, best of three each: the machines here drift by tens of percent
            # between minutes, and a ratio of two figures from different minutes says little.
            ours, theirs = [], []
            for _ in range(3):
                ours.append(wall(["curl", "-sSf", "-o", str(scratch / "portal.csv"), url]))
                theirs.append(sqlite3_seconds(db, "SELECT * FROM planning_schedule", scratch / "sqlite3.csv", 1))
            exported = (scratch / "portal.csv").read_bytes().count(b"\n") - 1
            theirs = min(theirs)
            ratio = min(ours) / theirs
            rows.append(Row(f"portal: export the whole planning ({exported:,} of {total:,} steps)",
                            "<= 3x sqlite3 -csv, every row", f"{min(ours):.2f} s ({ratio:.2f}x)",
                            f"sqlite3 -csv: {theirs:.2f} s", ratio <= 3 and exported == total))
    finally:
        stop(process)
    return rows


def measure(n: int = SIZE) -> list[Row]:
    db = synthetic_archive(n)
    with tempfile.TemporaryDirectory(prefix="beslut-bench-") as tmp:
        return startup(db) + reports(db, Path(tmp))


if __name__ == "__main__":
    print(table(measure()))
