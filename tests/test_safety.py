"""Tamper evidence, integrity, backup and restore, storage failures."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess

import pytest
from click.testing import CliRunner

from archive.errors import ArchiveError
from archive.importing import import_files, parse_files
from archive.matters import get_matter, set_step_date
from archive.safety import check_integrity
from beslut.cli import cli
from tests.conftest import LINKOPING_SEED, MALMO_SEED


def run(db_path, *args):
    return CliRunner().invoke(cli, ["--db", str(db_path), *args])


@pytest.fixture
def seeded(archive):
    import_files(archive, parse_files([LINKOPING_SEED, MALMO_SEED]))
    set_step_date(archive, 2, 2, "2024-08-21")
    return archive


def test_every_change_row_is_chained(seeded, db_path):
    hashes = [row["hash"] for row in seeded.query("SELECT hash FROM changes ORDER BY id")]
    assert len(hashes) > 40 and all(len(h) == 64 for h in hashes) and len(set(hashes)) == len(hashes)
    result = run(db_path, "verify", "--json")
    assert result.exit_code == 0
    assert json.loads(result.output)["rows"] == len(hashes)


def test_tampering_with_sqlite3_cli_is_named(seeded, db_path):
    seeded.close()
    subprocess.run(
        ["sqlite3", str(db_path),
         "DROP TRIGGER changes_no_update; UPDATE changes SET actor = 'mallory' WHERE id = 5;"],
        check=True,
    )
    result = run(db_path, "verify")
    assert result.exit_code == 1
    assert "rad 5" in result.output and str(db_path) in result.output


def test_deleting_a_row_breaks_the_chain_at_the_next(seeded, db_path):
    seeded.close()
    subprocess.run(
        ["sqlite3", str(db_path), "DROP TRIGGER changes_no_delete; DELETE FROM changes WHERE id = 7;"], check=True
    )
    result = run(db_path, "verify")
    assert result.exit_code == 1 and "rad 8" in result.output


def test_the_log_allows_no_update_even_of_the_hash(seeded):
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        with seeded.write():
            seeded.execute("UPDATE changes SET hash = 'x' WHERE id = 1")


def test_backup_while_writing_and_restore(seeded, db_path, tmp_path):
    dest = tmp_path / "kopia.db"
    result = run(db_path, "backup", str(dest))
    assert result.exit_code == 0, result.output
    assert "integrity_check: ok" in result.output
    again = run(db_path, "backup", str(dest))
    assert again.exit_code == 1 and "finns redan" in again.output

    set_step_date(seeded, 2, 2, "2024-09-04")  # a change after the backup
    refused = run(db_path, "restore", str(dest))
    assert refused.exit_code == 1 and "--force" in refused.output
    seeded.close()
    assert run(db_path, "restore", str(dest), "--force").exit_code == 0
    restored = run(db_path, "show", "2", "--json")
    assert json.loads(restored.output)["planning"][1]["date"] == "2024-08-21"
    assert run(db_path, "verify").exit_code == 0


def test_restore_refuses_a_damaged_copy(seeded, db_path, tmp_path):
    copy = tmp_path / "trasig.db"
    seeded.close()
    shutil.copy(db_path, copy)
    subprocess.run(
        ["sqlite3", str(copy), "DROP TRIGGER changes_no_update; UPDATE changes SET after = '{}' WHERE id = 3;"],
        check=True,
    )
    target = tmp_path / "nytt.db"
    result = run(target, "restore", str(copy))
    assert result.exit_code == 1 and "rad 3" in result.output
    assert not target.exists() or target.stat().st_size == 0
    not_db = tmp_path / "text.db"
    not_db.write_text("hej")
    result = run(target, "restore", str(not_db))
    assert result.exit_code == 1 and "inget arkiv" in result.output


def test_full_disk_gives_clear_message_and_no_change(seeded):
    pages = seeded.execute("PRAGMA page_count").fetchone()[0]
    seeded.execute(f"PRAGMA max_page_count = {pages}")
    before = get_matter(seeded, 2)
    with pytest.raises(ArchiveError, match="disken är full"):
        import_files(seeded, [_big_matter()])
    assert get_matter(seeded, 2) == before
    assert check_integrity(seeded.conn).ok


def _big_matter():
    """A matter large enough to need new pages."""
    from archive.model import Matter

    return Matter(title="Stort ärende", summary="x" * 200_000, source_checksum="big", source_file="big.txt")


def test_read_only_archive_gives_clear_message(seeded):
    seeded.execute("PRAGMA query_only = ON")
    with pytest.raises(ArchiveError, match="skrivskyddat"):
        set_step_date(seeded, 2, 2, "2024-08-28")


def test_check_integrity_reports(seeded):
    report = check_integrity(seeded.conn)
    assert report.ok and report.integrity == ["ok"] and report.chain.rows > 0
