"""Many clerks at once: 8 processes x 200 edits on overlapping matters, through the
same code path as the CLI and the TUI (read, then save with the version read), while
a reader process keeps querying and a real `beslut serve` answers auditors' reads.
Every edit is applied exactly once or refused with a message;
the change log holds one row per applied edit; nobody sees "database is locked"."""

from __future__ import annotations

import datetime as dt
import json
import multiprocessing
import random
import threading

from archive import open_archive
from archive.chain import verify
from archive.errors import StaleEdit
from archive.matters import get_matter, save_matter, set_step_date
from archive.model import Matter, PlanningStep
from tests.serving import Server

WORKERS, EDITS, MATTERS = 8, 200, 4


def clerk(db_path: str, worker: int, results) -> None:
    archive = open_archive(db_path, actor=f"clerk{worker}")
    rng = random.Random(worker)
    applied, refused, failures = [], 0, []
    for i in range(EDITS):
        matter_id = rng.randrange(1, MATTERS + 1)
        position = rng.randrange(1, 4)
        # Unique across all clerks, so every applied edit really changes a value.
        date = (dt.date(2030, 1, 1) + dt.timedelta(days=worker * EDITS + i)).isoformat()
        try:
            version = get_matter(archive, matter_id).version
            set_step_date(archive, matter_id, position, date, expected_version=version)
            applied.append((matter_id, position, date))
        except StaleEdit as error:
            assert "ändrats av clerk" in str(error)
            refused += 1
        except Exception as error:  # noqa: BLE001 - any other error is what this test looks for
            failures.append(f"{type(error).__name__}: {error}")
    results.put((worker, applied, refused, failures))


def reader(db_path: str, stop, results) -> None:
    archive = open_archive(db_path, migrate=False)
    reads, failures = 0, []
    while not stop.is_set():
        try:
            archive.query("SELECT count(*) FROM changes")
            get_matter(archive, 1)
            reads += 1
        except Exception as error:  # noqa: BLE001
            failures.append(str(error))
    results.put(("reader", reads, failures))


def auditor(server: Server, stop: threading.Event, seen: dict) -> None:
    """Reads through the portal while the clerks write: every answer must be a 200."""
    paths = ["/beslut/changes.json?_sort_desc=id&_size=5", "/beslut/planning_steps.json?matter_id=1",
             "/beslut.json?sql=select+count(*)+from+changes"]
    while not stop.is_set():
        response = server.get(paths[seen["reads"] % len(paths)])
        seen["reads"] += 1
        if response.status_code != 200:
            seen["failures"].append(f"{response.status_code}: {response.text[:200]}")


def test_eight_clerks_two_hundred_edits_each(db_path, tmp_path):
    archive = open_archive(db_path)
    for n in range(MATTERS):
        save_matter(archive, Matter(title=f"Ärende {n}", planning=[
            PlanningStep("Kommunstyrelsens arbetsutskott"), PlanningStep("Kommunstyrelsen"),
            PlanningStep("Kommunfullmäktige", role="beslutar", decides=True)]))
    before = archive.execute("SELECT count(*) FROM changes").fetchone()[0]

    server = Server(db_path, tmp_path / "serve.log")
    web, web_stop = {"reads": 0, "failures": []}, threading.Event()
    web_thread = threading.Thread(target=auditor, args=(server, web_stop, web))
    web_thread.start()

    ctx = multiprocessing.get_context("spawn")
    results, stop = ctx.Queue(), ctx.Event()
    read_process = ctx.Process(target=reader, args=(str(db_path), stop, results))
    read_process.start()
    clerks = [ctx.Process(target=clerk, args=(str(db_path), w, results)) for w in range(WORKERS)]
    for process in clerks:
        process.start()
    outcomes = [results.get(timeout=240) for _ in clerks]
    stop.set()
    reader_outcome = results.get(timeout=60)
    for process in [*clerks, read_process]:
        process.join(timeout=30)
    web_stop.set()
    web_thread.join(timeout=60)
    server.stop()

    applied = [edit for _, edits, _, _ in outcomes for edit in edits]
    refused = sum(r for _, _, r, _ in outcomes)
    failures = [f for *_, fs in outcomes for f in fs]
    assert failures == []
    assert len(applied) + refused == WORKERS * EDITS
    assert applied, "no edit got through"
    print(f"applied {len(applied)}, refused {refused}, reads {reader_outcome[1]}")
    assert reader_outcome[2] == [] and reader_outcome[1] > 0
    print(f"portal reads {web['reads']}")
    assert web["failures"] == [] and web["reads"] > 0
    assert "locked" not in server.output() and "Traceback" not in server.output()

    logged = archive.query("SELECT actor, after FROM changes WHERE id > ? AND action = 'update'", (before,))
    assert len(logged) == len(applied)
    assert sorted((json.loads(r["after"])["date"]) for r in logged) == sorted(d for *_, d in applied)
    # The last applied edit of each step is what the archive holds.
    final = {}
    for row in archive.query("SELECT after FROM changes WHERE id > ? AND action = 'update' ORDER BY id", (before,)):
        after = json.loads(row["after"])
        final[(after["matter_id"], after["position"])] = after["date"]
    for (matter_id, position), date in final.items():
        assert get_matter(archive, matter_id).planning[position - 1].date == date
    assert archive.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert verify(archive.conn).ok
