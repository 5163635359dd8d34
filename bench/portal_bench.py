"""Portal rows of the benchmark table: `beslut serve` start-up, the Sammanträdesplan of
the busiest body-year, whole exports through the portal beside `sqlite3 -csv` of the same
rows, and one visitor's pages while another runs 16 heavy ?sql= queries at once.

Everything runs on 127.0.0.1 against a real `beslut serve` process, beside the thing a
user would compare it with in the same run (bare `datasette`, `sqlite3 -csv`).

Run alone: .venv/bin/python bench/portal_bench.py
"""

from __future__ import annotations

import concurrent.futures
import socket
import subprocess
import sys
import tempfile
import threading
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

            rows += whole_exports(db, port, scratch)
    finally:
        stop(process)
    return rows


# Whole exports: tables read by key ranges, a view and a report through a cursor.
EXPORTS = [
    ("recipients", "SELECT * FROM recipients"),
    ("planning_steps", "SELECT * FROM planning_steps"),
    ("matters", "SELECT * FROM matters"),
    ("planning_schedule", "SELECT * FROM planning_schedule"),
]


def whole_exports(db: Path, port: int, scratch: Path) -> list[Row]:
    """Each whole export beside `sqlite3 -csv` of the same rows: interleaved, best of five
    each (the machines here drift by tens of percent between minutes, and the portal's two
    processes, server and curl, lose more to a busy machine than sqlite3's one). curl, not httpx,
    downloads: a client in Python would cost as much CPU as the server."""
    rows = []
    for name, sql in EXPORTS:
        url = f"http://127.0.0.1:{port}/-/export/{name}.csv"
        ours, theirs = [], []
        for _ in range(EXPORT_ROUNDS):
            ours.append(wall(["curl", "-sSf", "-o", str(scratch / "portal.csv"), url]))
            theirs.append(sqlite3_seconds(db, sql, scratch / "sqlite3.csv", 1))
        exported = (scratch / "portal.csv").read_bytes().count(b"\n") - 1
        expected = (scratch / "sqlite3.csv").read_bytes().count(b"\n") - 1
        best, bare = min(ours), min(theirs)
        ratio = best / bare
        rows.append(Row(f"portal: whole export of {name} ({exported:,} rows)",
                        "<= 2x sqlite3 -csv, every row", f"{best:.2f} s ({ratio:.2f}x)",
                        f"sqlite3 -csv: {bare:.2f} s ({expected:,} rows)", ratio <= 2 and exported == expected))
    return rows


EXPORT_ROUNDS = 5
HEAVY_SQL = "SELECT count(*) FROM recipients a, recipients b WHERE a.sent_on = b.sent_on"
HEAVY_CLIENTS = 16
VISITS = 30  # rounds of start page, report and table page


def visit(client: httpx.Client, urls: list[str]) -> list[float]:
    times = []
    for url in urls:
        started = time.perf_counter()
        client.get(url).raise_for_status()
        times.append(time.perf_counter() - started)
    return times


def fair_share(db: Path) -> list[Row]:
    """One client (from 127.0.0.2) keeps 16 heavy ?sql= queries going at once (each cut at
    the 2 s limit, or refused 429 and tried again after 0.1 s); another (127.0.0.1) loads
    the start page, a report and a table page. Its p95 with the load against its p95 without."""
    body, year, _, _ = busiest_body_year(db)
    port = free_port()
    process, _ = start([BESLUT, "--db", str(db), "serve", "--port", str(port)], port)
    base = f"http://127.0.0.1:{port}"
    urls = ["/", "/beslut/sammantradesplan?" + urllib.parse.urlencode({"organ": body, "år": year}),
            "/beslut/planning_steps?_sort=date"] * VISITS
    stop_load = threading.Event()
    answers: dict[int, int] = {}

    def greedy():
        transport = httpx.HTTPTransport(local_address="127.0.0.2")
        with httpx.Client(base_url=base, timeout=60, transport=transport) as client:
            while not stop_load.is_set():
                status = client.get("/beslut.json", params={"sql": HEAVY_SQL}).status_code
                answers[status] = answers.get(status, 0) + 1
                if status == 429:
                    time.sleep(0.1)

    try:
        with httpx.Client(base_url=base, timeout=60) as visitor:
            visit(visitor, urls[:3])  # warm
            quiet = visit(visitor, urls)
            with concurrent.futures.ThreadPoolExecutor(HEAVY_CLIENTS) as pool:
                load = [pool.submit(greedy) for _ in range(HEAVY_CLIENTS)]
                time.sleep(3)  # the heavy queries are running
                loaded = visit(visitor, urls)
                stop_load.set()
                for future in load:
                    future.result()
    finally:
        stop(process)
    quiet95, loaded95 = percentile(quiet, 95), percentile(loaded, 95)
    ratio = loaded95 / quiet95
    counts = ", ".join(f"{answers[s]} x {s}" for s in sorted(answers))
    return [Row(f"portal: another visitor's pages while one client runs {HEAVY_CLIENTS} heavy ?sql= at once",
                "p95 <= 3x unloaded p95", f"p95 {ms(loaded95)} ({ratio:.2f}x), p50 {ms(percentile(loaded, 50))}",
                f"unloaded p95 {ms(quiet95)}; heavy client's answers: {counts}", ratio <= 3)]


def measure(n: int = SIZE) -> list[Row]:
    db = synthetic_archive(n)
    with tempfile.TemporaryDirectory(prefix="beslut-bench-") as tmp:
        return startup(db) + reports(db, Path(tmp)) + fair_share(db)


if __name__ == "__main__":
    print(table(measure()))
