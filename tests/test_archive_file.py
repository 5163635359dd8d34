"""The file is the archive (issue 14, defects 1, 2, 3 and 14): a read-only archive reads,
a mistyped --db creates nothing, the .db alone is complete after every command, and a
team of clerks with their own accounts shares one archive in a setgid folder."""

from __future__ import annotations

import asyncio
import grp
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from archive import open_archive
from beslut.cli import cli
from tests.accounts import needs_root, run_as, team_accounts
from tests.conftest import LINKOPING_SEED, MALMO_SEED


@pytest.fixture
def open_dir():
    """A folder other accounts can reach (pytest's own tmp folders are root's alone)."""
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="beslut-konton-"))
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def beslut(db, *args):
    result = CliRunner().invoke(cli, ["--db", str(db), *args])
    return result.exit_code, result.output


def matters_in(path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM matters").fetchone()[0]
    finally:
        conn.close()


# ---------------------------------------------------------------- 2: a missing --db file


@pytest.mark.parametrize("command", [
    ["list"], ["show", "1"], ["check"], ["due"], ["verify"], ["meetings", "list"],
    ["export", "planning"], ["plan", "set-date", "1", "1", "2024-08-05"], ["serve", "--port", "1"],
    ["tui"], ["meetings", "cancel", "--body", "KS", "2024-08-14"],
])
def test_a_missing_archive_is_named_and_not_created(tmp_path, command):
    missing = tmp_path / "stavfel.db"
    code, output = beslut(missing, *command)
    assert code == 1, output
    assert str(missing) in output and "arkivet finns inte" in output
    assert not missing.exists()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("command", [["init"], ["demo"], ["import", str(MALMO_SEED)]])
def test_init_demo_and_import_create_the_archive(tmp_path, command):
    path = tmp_path / "ny.db"
    code, output = beslut(path, *command)
    assert code == 0, output
    assert path.is_file()


# ---------------------------------------------------------------- 3: the .db alone is complete


def test_after_a_command_the_db_file_alone_holds_everything(tmp_path):
    """A real process (not CliRunner): what `beslut demo` leaves behind when it exits."""
    path = tmp_path / "kommun.db"
    subprocess.run([sys.executable, "-m", "beslut", "--db", str(path), "demo"], check=True,
                   capture_output=True)
    copy = tmp_path / "kopia" / "kommun.db"
    copy.parent.mkdir()
    shutil.copyfile(path, copy)  # the .db alone, as a clerk copies "the archive"
    assert matters_in(copy) == 2
    assert not (tmp_path / "kommun.db-wal").exists() or (tmp_path / "kommun.db-wal").stat().st_size == 0


def test_a_long_running_writer_checkpoints_as_it_goes(tmp_path):
    path = tmp_path / "kommun.db"
    beslut(path, "import", str(MALMO_SEED))
    tui_archive = open_archive(path, long_running=True)  # as `beslut tui` opens it
    try:
        from archive.matters import update_matter

        update_matter(tui_archive, 1, title="Ny rubrik")
        copy = tmp_path / "kopia.db"
        shutil.copyfile(path, copy)  # while the TUI is still open
        conn = sqlite3.connect(copy)
        assert conn.execute("SELECT title FROM matters WHERE id = 1").fetchone() == ("Ny rubrik",)
        conn.close()
    finally:
        tui_archive.close()


# ---------------------------------------------------------------- 1: read-only archives read


def _reading_commands(path: str) -> dict:
    """As an account that may not write the archive: every reading command, and one write."""
    from datasette.app import Datasette  # noqa: F401 - loaded before any cwd games

    from archive.serving import build_datasette

    runner = CliRunner()
    found = {}
    for name, args in {
        "list": ["list"], "show": ["show", "2", "--json"], "verify": ["verify"], "check": ["check"],
        "due": ["due", "--today", "2024-08-01"], "meetings": ["meetings", "list", "--year", "2024"],
        "export": ["export", "planning", "--year", "2024"],
        "write": ["plan", "set-date", "2", "1", "2024-08-19"],
    }.items():
        result = runner.invoke(cli, ["--db", path, *args])
        found[name] = (result.exit_code, result.output)

    # `beslut serve` itself, up to the server loop: the CLI opens the archive, then the portal
    # is built on it and answers one request in-process (instead of serving forever).
    import archive.serving as serving

    def serve_one_request(db_path, **options):
        async def get():
            response = await build_datasette(db_path).client.get("/beslut/matters.json?_shape=array")
            return response.status_code, len(response.json())

        found["portal"] = asyncio.run(get())

    serving.serve, real_serve = serve_one_request, serving.serve
    try:
        result = runner.invoke(cli, ["--db", path, "serve"])
    finally:
        serving.serve = real_serve
    found["serve"] = (result.exit_code, result.output, found.get("portal"))
    return found


def _warm_up(path: Path) -> None:
    """Load every module the reading commands need, here as root: the other account cannot
    read this interpreter's standard library (see tests/accounts.py)."""
    spare = path.with_name("uppvärmning.db")
    shutil.copyfile(path, spare)
    _reading_commands(str(spare))
    spare.unlink()


def _assert_reads_and_refuses_writes(found: dict) -> None:
    for name in ("list", "show", "verify", "check", "due", "meetings", "export"):
        code, output = found[name]
        assert code == 0, (name, output)
        assert "skrivskyddat" not in output, (name, output)
    assert "Revidering av policy" in found["list"][1]
    assert "Kommunstyrelsens arbetsutskott" in found["meetings"][1]
    assert found["serve"] == (0, "", (200, 2))
    code, output = found["write"]
    assert code == 1 and "skrivskyddat" in output, output


@needs_root
def test_a_chmod_444_archive_reads_and_refuses_only_writes(open_dir):
    path = open_dir / "kommun.db"
    subprocess.run([sys.executable, "-m", "beslut", "--db", str(path), "demo"], check=True, capture_output=True)
    matters_in(path)  # the last connection's close: no -wal, no -shm left, as after a clean exit
    assert sorted(p.name for p in open_dir.iterdir()) == ["kommun.db"]
    _warm_up(path)
    path.chmod(0o444)  # and the folder is the owner's (0755): the auditor may only read
    with team_accounts("revisor", group="granskning") as names:
        found = run_as(names["revisor"], _reading_commands, str(path))
    _assert_reads_and_refuses_writes(found)
    assert matters_in(path) == 2


@needs_root
def test_a_read_only_copy_in_a_read_only_folder_reads(open_dir):
    path = open_dir / "kommun.db"
    assert beslut(path, "demo")[0] == 0
    _warm_up(path)
    handed_over = open_dir / "till-revisorn"
    handed_over.mkdir()
    shutil.copyfile(path, handed_over / "kommun.db")
    (handed_over / "kommun.db").chmod(0o444)
    handed_over.chmod(0o555)
    with team_accounts("revisor", group="granskning") as names:
        found = run_as(names["revisor"], _reading_commands, str(handed_over / "kommun.db"))
    _assert_reads_and_refuses_writes(found)
    assert sorted(p.name for p in handed_over.iterdir()) == ["kommun.db"]


# ---------------------------------------------------------------- 14: a team of clerks


def _as_clerk(path: str, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["--db", path, *args])
    return result.exit_code, result.output


def _files_while_open(path: str) -> dict:
    """Write while open, then the mode and group of the archive's three files."""
    from archive.matters import update_matter

    archive = open_archive(path)
    try:
        update_matter(archive, 1, summary="Ändrad medan arkivet var öppet")
        return {suffix: (stat.S_IMODE(os.stat(path + suffix).st_mode), os.stat(path + suffix).st_gid)
                for suffix in ("", "-wal", "-shm")}
    finally:
        archive.close()


@needs_root
def test_two_clerks_with_their_own_accounts_share_one_archive(open_dir):
    with team_accounts("anna", "bo", group="kansli") as names:
        team_gid = grp.getgrnam(names["group"]).gr_gid
        folder = open_dir / "beslut"
        folder.mkdir()
        os.chown(folder, 0, team_gid)
        folder.chmod(0o2770)  # the README's team folder: group kansli, setgid
        path = str(folder / "kommun.db")
        clerk = {"umask": 0o002, "env": {"BESLUT_USER": None}}

        assert run_as(names["anna"], _as_clerk, path, "init", **clerk)[0] == 0
        code, output = run_as(names["anna"], _as_clerk, path, "import", str(MALMO_SEED), **clerk)
        assert code == 0, output
        files = run_as(names["bo"], _files_while_open, path, **clerk)
        for suffix, (mode, gid) in files.items():
            assert gid == team_gid, suffix
            assert mode & 0o060 == 0o060, (suffix, oct(mode))  # group may read and write
        code, output = run_as(names["bo"], _as_clerk, path, "plan", "set-date", "1", "2", "2024-08-28", **clerk)
        assert code == 0, output
        code, output = run_as(names["anna"], _as_clerk, path, "import", str(LINKOPING_SEED), **clerk)
        assert code == 0, output

        conn = sqlite3.connect(path)
        actors = {row[0]: row[1] for row in conn.execute(
            "SELECT actor, count(*) FROM changes GROUP BY actor")}
        planning_actor = conn.execute(
            "SELECT DISTINCT actor FROM changes WHERE table_name = 'planning_steps' AND action = 'update'"
        ).fetchall()
        conn.close()
        assert set(actors) == {names["anna"], names["bo"]}
        assert planning_actor == [(names["bo"],)]


def test_init_and_restore_create_the_file_by_umask_and_folder_group(tmp_path):
    """SQLite alone makes a new file 0644 whatever the umask; beslut lets the umask decide."""
    old = os.umask(0o002)
    try:
        assert beslut(tmp_path / "a.db", "init")[0] == 0
        assert beslut(tmp_path / "a.db", "backup", str(tmp_path / "kopia.db"))[0] == 0
        assert beslut(tmp_path / "b.db", "restore", str(tmp_path / "kopia.db"))[0] == 0
    finally:
        os.umask(old)
    for name in ("a.db", "b.db"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o664, name


# ---------------------------------------------------------------- an archive from a newer beslut


@pytest.mark.parametrize("command", [["list"], ["init"], ["plan", "set-date", "1", "1", "2024-08-05"]])
def test_an_archive_from_a_newer_beslut_is_refused_and_left_as_it_is(tmp_path, command):
    """A newer beslut has migrated the archive further than this one knows. Opening it here
    ran this version's migrations, found none pending and wrote its own, lower, schema
    version into the file: the archive then passed for an old one and took writes made
    without the newer rules. Every command now refuses it by name and leaves it untouched."""
    from archive.db import SCHEMA_VERSION

    db = tmp_path / "nyare.db"
    assert beslut(db, "demo")[0] == 0
    with sqlite3.connect(db) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    def content():
        with sqlite3.connect(db) as conn:
            return (conn.execute("PRAGMA user_version").fetchone()[0], list(conn.iterdump()))

    before = content()
    code, output = beslut(db, *command)
    assert code == 1, output
    assert (f"{db}: arkivet har schemaversion {SCHEMA_VERSION + 1}, från en nyare version av beslut än den här "
            f"(som läser {SCHEMA_VERSION}); uppdatera beslut") in output
    assert content() == before
