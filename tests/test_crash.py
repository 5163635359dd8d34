"""A power cut, as near as a test gets: processes killed with SIGKILL in the middle of
writing. SQLite's WAL must leave the file whole, every document all or nothing, the
change log and its hash chain intact, and the next run must simply complete."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from archive import open_archive
from archive.chain import verify
from archive.matters import get_matter, save_matter
from archive.model import Matter, PlanningStep
from tests.conftest import MALMO_SEED
from tests.serving import BESLUT

BATCH, KILLS = 150, 20
DOCUMENTS = BATCH * (KILLS + 1)
PARTS = ("planning_steps", "recipients", "responsibles", "proposals", "basis_documents")


def write_documents(folder: Path) -> list[Path]:
    """The Malmö seed, made distinct per file (another checksum, another summary), in one
    folder per batch: a folder import stores each file in its own transaction."""
    text = MALMO_SEED.read_text(encoding="utf-8")
    assert "Sammanfattning \n" in text
    batches = []
    for number in range(KILLS + 1):
        batch = folder / f"omgang-{number:02d}"
        batch.mkdir(parents=True)
        for i in range(number * BATCH, (number + 1) * BATCH):
            path = batch / f"dokument-{i:04d}.txt"
            path.write_text(text.replace("Sammanfattning \n", f"Sammanfattning \nDel {i}. ", 1), encoding="utf-8")
        batches.append(batch)
    return batches


def assert_whole(db_path: Path, reference: dict[str, int]) -> int:
    """Integrity, foreign keys, the hash chain, and every matter complete. Returns the count."""
    archive = open_archive(db_path, migrate=False)
    try:
        assert archive.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert archive.execute("PRAGMA foreign_key_check").fetchall() == []
        assert verify(archive.conn).ok
        for part in PARTS:
            counts = archive.execute(
                f"SELECT m.id, (SELECT count(*) FROM {part} p WHERE p.matter_id = m.id) FROM matters m"
            ).fetchall()
            torn = [(matter_id, n) for matter_id, n in counts if n != reference[part]]
            assert torn == [], f"{part}: matters with a part of a document {torn[:5]}"
        matters = archive.execute("SELECT count(*), count(DISTINCT source_checksum) FROM matters").fetchone()
        assert matters[0] == matters[1], "a document imported twice"
        logged = archive.execute(
            "SELECT count(*) FROM changes WHERE table_name = 'matters' AND action = 'insert'"
        ).fetchone()[0]
        assert logged == matters[0], "change log and matters disagree"
        return matters[0]
    finally:
        archive.close()


@pytest.mark.slow
def test_bulk_import_killed_at_twenty_random_moments(tmp_path):
    """Batch 0 runs whole and gives the time a run takes; batches 1-20 are each killed at
    a random moment of that time, so (nearly) every kill lands in a run with work to do."""
    folders = write_documents(tmp_path / "dokument")
    db_path = tmp_path / "beslut.db"

    def importing(*paths):
        return [BESLUT, "--db", str(db_path), "import", *map(str, paths)]

    subprocess.run([BESLUT, "--db", str(db_path), "init"], check=True, capture_output=True)  # warm caches
    started = time.perf_counter()
    subprocess.run(importing(folders[0]), check=True, capture_output=True)
    whole_run = time.perf_counter() - started
    with open_archive(db_path, migrate=False) as first:
        reference = {part: first.execute(f"SELECT count(*) FROM {part}").fetchone()[0] // BATCH for part in PARTS}
    assert reference["recipients"] == 27 and reference["planning_steps"] == 3

    seed = random.randrange(1_000_000)
    rng = random.Random(seed)
    counts, killed = [BATCH], 0
    for number, folder in enumerate(folders[1:], start=1):
        process = subprocess.Popen(importing(folder), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        moment = rng.uniform(0.0, 0.9 * whole_run)
        time.sleep(moment)
        process.send_signal(signal.SIGKILL)
        killed += process.wait() == -signal.SIGKILL
        counts.append(assert_whole(db_path, reference))
        print(f"seed {seed}, batch {number}: killed at {moment:.2f}s of {whole_run:.2f}s,"
              f" exit {process.returncode}, {counts[-1]} matters", file=sys.stderr)
    assert killed >= KILLS // 2, "the kills came too late to interrupt anything"
    assert counts == sorted(counts), "a killed run took back what an earlier run stored"

    finished = subprocess.run(importing(*folders), capture_output=True, text=True, timeout=600)
    assert finished.returncode == 0, finished.stderr
    assert assert_whole(db_path, reference) == DOCUMENTS


SAVE_KILLED_INSIDE = """
import sys, time
import archive.matters as matters
from archive import open_archive

def bump_then_hang(archive, matter_id, _bump=matters.bump_version):
    _bump(archive, matter_id)  # the step's UPDATE and its change-log row are written, not committed
    print("inside", flush=True)
    time.sleep(120)

matters.bump_version = bump_then_hang
matters.set_step_date(open_archive(sys.argv[1], actor="avbruten"), 1, 2, "2031-01-15")
"""


def test_save_killed_in_the_middle_leaves_the_old_value(db_path):
    with open_archive(db_path) as archive:
        save_matter(archive, Matter(title="Ärende", planning=[
            PlanningStep("Kommunstyrelsens arbetsutskott", "2030-01-07"),
            PlanningStep("Kommunstyrelsen", "2030-01-15"),
        ]))
        changes_before = archive.execute("SELECT count(*) FROM changes").fetchone()[0]
        version_before = get_matter(archive, 1).version

    process = subprocess.Popen([sys.executable, "-c", SAVE_KILLED_INSIDE, str(db_path)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert process.stdout.readline().strip() == "inside", process.stderr.read()
    process.send_signal(signal.SIGKILL)
    process.wait()

    with open_archive(db_path, migrate=False) as archive:
        matter = get_matter(archive, 1)
        assert matter.planning[1].date == "2030-01-15" and matter.version == version_before
        assert archive.execute("SELECT count(*) FROM changes").fetchone()[0] == changes_before
        assert archive.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert verify(archive.conn).ok
        # The lock died with the process: the next save goes through at once.
        from archive.matters import set_step_date

        set_step_date(archive, 1, 2, "2031-01-15", expected_version=version_before)
        assert get_matter(archive, 1).planning[1].date == "2031-01-15"
        assert verify(archive.conn).ok
