"""The archive's guarantees: migrations, the change log, stale edits, locking."""

from __future__ import annotations

import getpass
import json
import os
import sqlite3
import subprocess
import sys
import threading
import time

import pytest

from archive import open_archive
from archive.db import SCHEMA_VERSION, Archive, lock_holder
from archive.errors import ArchiveBusy, InvalidDate, InvalidValue, NotFound, StaleEdit
from archive.importing import import_files, parse_files
from archive.matters import create_matter, get_matter, history, list_matters, set_step_date, update_matter
from archive.schema import migrations
from tests.conftest import LINKOPING_SEED, MALMO_SEED


@pytest.fixture
def seeded(archive):
    import_files(archive, parse_files([LINKOPING_SEED, MALMO_SEED]))
    return archive


def test_connection_settings(archive):
    assert archive.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert archive.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert archive.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000


def test_migrations_are_recorded_and_idempotent(db_path):
    open_archive(db_path).close()
    archive = open_archive(db_path)
    applied = [m.name for m in migrations.applied(archive.db)]
    assert applied == [m.name for m in migrations._migrations]
    assert migrations.pending(archive.db) == []
    # SCHEMA_VERSION lets an up-to-date archive open without loading sqlite-utils.
    assert SCHEMA_VERSION == len(migrations._migrations), "raise archive.db.SCHEMA_VERSION with the migration"
    assert archive.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_opening_an_up_to_date_archive_does_not_load_sqlite_utils(db_path):
    import subprocess
    import sys

    open_archive(db_path).close()
    code = (f"import sys; from archive import open_archive; open_archive({str(db_path)!r}); "
            "assert 'sqlite_utils' not in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_set_date_writes_change_log_with_old_and_new(seeded):
    set_step_date(seeded, 2, 2, "21 aug 2024")
    assert get_matter(seeded, 2).planning[1].date == "2024-08-21"
    [change] = [c for c in history(seeded, 2) if c["action"] == "update"]
    assert change["table_name"] == "planning_steps"
    assert change["actor"] == "testare"
    assert json.loads(change["before"])["date"] == "2024-08-14"
    assert json.loads(change["after"])["date"] == "2024-08-21"
    assert change["at"].endswith("Z")


def test_import_is_logged_per_row(seeded):
    rows = history(seeded, 2)
    tables = {row["table_name"] for row in rows}
    assert tables == {"matters", "planning_steps", "proposals", "basis_documents", "recipients", "responsibles"}
    assert sum(1 for row in rows if row["table_name"] == "recipients") == 27


def test_change_log_refuses_update_and_delete(seeded):
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        with seeded.write():
            seeded.execute("UPDATE changes SET actor = 'mallory'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        with seeded.write():
            seeded.execute("DELETE FROM changes")
    assert {row["actor"] for row in seeded.query("SELECT actor FROM changes")} == {"testare"}


def test_writes_outside_beslut_are_refused(seeded, db_path):
    """A plain sqlite3 connection has no beslut_actor(): it cannot change audited tables."""
    conn = sqlite3.connect(db_path)
    with pytest.raises(sqlite3.OperationalError, match="beslut_actor|beslut_audit"):
        conn.execute("UPDATE matters SET title = 'x' WHERE id = 1")
    conn.close()


def test_stale_edit_is_refused_with_who_and_when(seeded, db_path):
    version = get_matter(seeded, 2).version
    other = Archive(db_path, actor="kollega")
    set_step_date(other, 2, 1, "2024-08-06", expected_version=version)
    with pytest.raises(StaleEdit) as refused:
        set_step_date(seeded, 2, 2, "2024-08-21", expected_version=version)
    assert refused.value.actor == "kollega"
    assert "kollega" in str(refused.value)
    assert get_matter(seeded, 2).planning[1].date == "2024-08-14"  # nothing overwritten
    other.close()


def test_invalid_date_and_position(seeded):
    with pytest.raises(InvalidDate, match="finns inte"):
        set_step_date(seeded, 2, 2, "2024-02-30")
    with pytest.raises(NotFound, match="3 steg"):
        set_step_date(seeded, 2, 7, "2024-08-21")
    with pytest.raises(NotFound):
        get_matter(seeded, "KS 1999/1")


def test_writer_waits_for_lock_instead_of_failing(seeded, db_path):
    """A second writer holding the lock briefly delays, never fails, this one."""
    holder = sqlite3.connect(db_path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    threading.Timer(0.3, lambda: holder.execute("COMMIT")).start()
    started = time.perf_counter()
    set_step_date(seeded, 2, 2, "2024-08-21")
    assert time.perf_counter() - started >= 0.25
    assert get_matter(seeded, 2).planning[1].date == "2024-08-21"
    holder.close()


HOLD_THE_LOCK = """
import sqlite3, sys, time
holder = sqlite3.connect(sys.argv[1], isolation_level=None)
holder.execute("BEGIN IMMEDIATE")
print("holding", flush=True)
time.sleep(60)
"""


def test_writer_gives_up_with_clear_message_naming_the_holder(seeded, db_path, monkeypatch):
    monkeypatch.setattr("archive.db.WRITE_RETRIES", 2)
    seeded.execute("PRAGMA busy_timeout = 10")
    holder = subprocess.Popen([sys.executable, "-c", HOLD_THE_LOCK, str(db_path)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "holding"
        with pytest.raises(ArchiveBusy, match="låst") as refused:
            set_step_date(seeded, 2, 2, "2024-08-21")
        assert f"process {holder.pid}, användare {getpass.getuser()}: python" in str(refused.value)
    finally:
        holder.kill()
        holder.wait()
    assert get_matter(seeded, 2).planning[1].date == "2024-08-14"


def _own_shm_locks(db_path) -> list[str]:
    """This process's POSIX locks on the archive's -shm file, as /proc/locks lists them."""
    shm = os.stat(f"{db_path}-shm")
    inode = f"{os.major(shm.st_dev):02x}:{os.minor(shm.st_dev):02x}:{shm.st_ino}"
    with open("/proc/locks", encoding="ascii") as locks:
        rows = [line.split() for line in locks]
    # "3: POSIX  ADVISORY  READ 4242 fe:00:2149297 128 128"
    return sorted(" ".join(f[3:]) for f in rows if f[1] == "POSIX" and f[4] == str(os.getpid()) and f[5] == inode)


@pytest.mark.skipif(not os.path.exists("/proc/locks"), reason="Linux only")
def test_naming_the_holder_keeps_this_processes_own_locks(seeded, db_path):
    """Telling who holds the lock must not release the WAL locks this process's own open
    connections hold on the -shm file (a close of any descriptor of it would)."""
    seeded.execute("BEGIN")
    seeded.execute("SELECT count(*) FROM matters").fetchone()  # a reader holds a read mark
    before = _own_shm_locks(db_path)
    assert before, "the open connection holds locks on the -shm file"
    holder = subprocess.Popen([sys.executable, "-c", HOLD_THE_LOCK, str(db_path)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "holding"
        assert lock_holder(db_path).startswith(f"process {holder.pid}, ")
    finally:
        holder.kill()
        holder.wait()
    assert _own_shm_locks(db_path) == before
    seeded.execute("COMMIT")


def test_list_is_paged_by_key_and_searchable(seeded):
    first = list_matters(seeded, limit=1)
    assert [row.id for row in first] == [1]
    assert [row.id for row in list_matters(seeded, after_id=1, limit=10)] == [2]
    assert [row.id for row in list_matters(seeded, search="internationella policy")] == [2]
    assert [row.id for row in list_matters(seeded, search="Ukraina")] == [1]
    assert [row.id for row in list_matters(seeded, search="MP")] == [1]  # short word: LIKE path
    assert list_matters(seeded, search='"[/]')  == []
    row = list_matters(seeded, search="policy")[0]
    assert (row.next_body, row.next_date) == ("Kommunstyrelsens arbetsutskott", "2024-08-05")


def test_searched_pages_by_key_are_the_matches_in_id_order(archive):
    """A search alone takes its page from the index in id order (list_matters); page after
    page, and with a filter beside it, it lists what a full search lists."""
    ids = [create_matter(archive, title=f"Detaljplan {n}" if n % 3 else f"Bygglov {n}") for n in range(1, 12)]
    plans = [i for n, i in enumerate(ids, 1) if n % 3]
    paged, after = [], None
    while page := list_matters(archive, search="detaljplan", after_id=after, limit=2):
        paged += [row.id for row in page]
        after = page[-1].id
    assert paged == plans
    assert [row.id for row in list_matters(archive, search="detaljplan", limit=None)] == plans
    assert [row.id for row in list_matters(archive, search="detaljplan", after_id=plans[2], limit=3)] == plans[3:6]
    assert [row.id for row in list_matters(archive, search="detaljplan", status="oplanerat", limit=2)] == plans[:2]
    archive.execute("UPDATE matters SET kind = 'motion' WHERE id IN (?, ?)", (plans[0], plans[4]))
    assert [row.id for row in list_matters(archive, search="detaljplan", kind="motion", limit=1)] == [plans[0]]


def test_matter_form_refusals_change_nothing(seeded, db_path):
    """The clerk's form (create_matter, update_matter): an unknown field, an empty title,
    a case number another matter has, or a stale version is refused, and nothing is written."""
    update_matter(seeded, 1, case_number=" KS  2024/1 ")  # its own case number again is no clash
    update_matter(seeded, 1, case_number="KS 2024/1")

    def state():
        return seeded.query("SELECT * FROM matters ORDER BY id"), seeded.query("SELECT id FROM changes")

    before = state()
    refusals = [
        (lambda: update_matter(seeded, 2, decided="ja"), "okänt fält 'decided'"),
        (lambda: update_matter(seeded, 2, title=" \n "), "ärendet behöver en rubrik"),
        (lambda: create_matter(seeded, kind="motion"), "ärendet behöver en rubrik"),
        (lambda: create_matter(seeded, title="Ny", case_number="KS 2024/1"), "KS 2024/1 har redan ärende 1"),
        (lambda: update_matter(seeded, 2, case_number="KS  2024/1"), "KS 2024/1 har redan ärende 1"),
    ]
    for refused, says in refusals:
        with pytest.raises(InvalidValue, match=says):
            refused()
    assert state() == before
    version = get_matter(seeded, 2).version
    other = Archive(db_path, actor="kollega")
    update_matter(other, 2, summary="Ändrad av en kollega", expected_version=version)
    other.close()
    changed = state()
    with pytest.raises(StaleEdit, match="kollega"):
        update_matter(seeded, 2, title="Min rubrik", expected_version=version)
    assert changed != before and state() == changed


def test_generation_changes_with_any_write_and_not_with_reads(seeded, db_path):
    """What a TUI screen compares to know whether it shows an old archive (tui/live.py)."""
    before = seeded.generation()
    get_matter(seeded, 2)
    list_matters(seeded)
    assert seeded.generation() == before
    set_step_date(seeded, 2, 2, "21 aug 2024")
    after_own = seeded.generation()
    assert after_own != before
    other = open_archive(db_path)
    set_step_date(other, 2, 2, "28 aug 2024")
    other.close()
    assert seeded.generation() != after_own
