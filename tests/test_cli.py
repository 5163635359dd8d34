"""The CLI contract: command names, options, exit codes, output shapes."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from archive import open_archive
from beslut.cli import cli
from tests.conftest import LINKOPING_SEED, MALMO_SEED


def run(db_path, *args, **kw):
    return CliRunner().invoke(cli, ["--db", str(db_path), *args], **kw)


@pytest.fixture
def demo_db(db_path):
    result = run(db_path, "demo")
    assert result.exit_code == 0, result.output
    return db_path


def test_init_is_idempotent(db_path):
    assert run(db_path, "init").exit_code == 0
    assert run(db_path, "init").exit_code == 0
    assert db_path.exists()


def test_db_from_environment(db_path, monkeypatch):
    monkeypatch.setenv("BESLUT_DB", str(db_path))
    assert CliRunner().invoke(cli, ["import", str(MALMO_SEED)]).exit_code == 0
    assert json.loads(CliRunner().invoke(cli, ["list", "--json"]).output)[0]["id"] == 1


def test_demo_is_repeatable_and_links_meetings(demo_db):
    assert run(demo_db, "demo").exit_code == 0
    listed = json.loads(run(demo_db, "list", "--json").output)
    assert [m["title"] for m in listed] == [
        "Motion (MP) - Sök vänortssamarbete med en stad i Ukraina, svar",
        "Revidering av policy för Malmö stads internationella arbete",
    ]
    assert listed[1]["next_step"] == {"body": "Kommunstyrelsens arbetsutskott", "date": "2024-08-05"}
    archive = open_archive(demo_db)
    # Every dated Malmö step falls on a meeting of its body's plan.
    steps = archive.query("SELECT date, meeting_id FROM planning_steps WHERE date IS NOT NULL")
    assert len(steps) == 3 and all(step["meeting_id"] for step in steps)
    lists = archive.query("SELECT name FROM distribution_lists ORDER BY name")
    assert [row["name"] for row in lists] == ["Alla helägda bolag", "Alla nämnder"]


def test_plan_set_date_then_show(demo_db):
    result = run(demo_db, "plan", "set-date", "2", "2", "2024-08-21")
    assert result.exit_code == 0, result.output
    matter = json.loads(run(demo_db, "show", "2", "--json").output)
    assert [s["date"] for s in matter["planning"]] == ["2024-08-05", "2024-08-21", "2024-08-29"]


def test_plan_set_date_errors_name_the_field(demo_db):
    result = run(demo_db, "plan", "set-date", "2", "2", "30 februari 2024")
    assert result.exit_code == 1
    assert "datumet finns inte" in result.output
    result = run(demo_db, "plan", "set-date", "2", "9", "2024-08-21")
    assert result.exit_code == 1 and "POSITION" in result.output
    result = run(demo_db, "plan", "set-date", "KS 1/1", "1", "2024-08-21")
    assert result.exit_code == 1 and "REF" in result.output
    result = run(demo_db, "plan", "set-date", "2", "zero", "2024-08-21")
    assert result.exit_code == 2  # usage error


def test_show_by_case_number(db_path):
    archive = open_archive(db_path)
    with archive.write():
        archive.execute("INSERT INTO matters (case_number, title) VALUES ('KS 2022/123', 'Test')")
    matter = json.loads(run(db_path, "show", "KS 2022/123", "--json").output)
    assert list(matter)[:10] == [
        "id", "case_number", "title", "kind", "planning", "recipients", "proposals", "basis", "responsible",
        "municipality",
    ]
    assert matter["case_number"] == "KS 2022/123"


def test_show_text(demo_db):
    result = run(demo_db, "show", "1")
    assert result.exit_code == 0
    assert "EU strateg, Daniel Stendahl" in result.output
    assert "Kommunfullmäktige (inget datum) beslutar (beslutar)" in result.output


def test_export_planning_csv(demo_db, tmp_path):
    result = run(demo_db, "export", "planning", "--year", "2024")
    rows = list(csv.reader(io.StringIO(result.output)))
    policy = "Revidering av policy för Malmö stads internationella arbete"
    # The same renderer and Swedish headings as the TUI's export; commas unless --excel.
    assert rows == [
        ["datum", "organ", "diarienummer", "rubrik", "roll", "beslutar", "utfall", "sammanträde"],
        ["2024-08-05", "Kommunstyrelsens arbetsutskott", "", policy, "bereder", "", "", "planerat"],
        ["2024-08-14", "Kommunstyrelsen", "", policy, "bereder", "", "", "planerat"],
        ["2024-08-29", "Kommunfullmäktige", "", policy, "beslutar", "ja", "", "planerat"],
    ]
    out = tmp_path / "ks.csv"
    result = run(demo_db, "export", "planning", "--body", "kommunfullmäktige", "-o", str(out))
    assert result.exit_code == 0
    rows = list(csv.reader(out.open(encoding="utf-8")))
    assert [row[0] for row in rows[1:]] == ["2024-08-29", ""]  # undated Linköping step last
    result = run(demo_db, "export", "planning", "--body", "Ingen nämnd")
    assert result.exit_code == 1 and "--body" in result.output


def test_synthetic_proportions(db_path):
    result = run(db_path, "demo", "--synthetic", "500")
    assert result.exit_code == 0, result.output
    archive = open_archive(db_path)
    count = lambda table: archive.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: E731
    assert count("matters") == 500
    assert 2.5 <= count("planning_steps") / 500 <= 3.2
    assert count("recipients") == 5000
    assert count("bodies") == 40
    assert 9_000 <= count("meetings") <= 11_000
    assert count("addressees") == 2000
    assert archive.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert archive.execute("PRAGMA foreign_key_check").fetchall() == []
    # The FTS index was rebuilt after the bulk load.
    title = archive.execute("SELECT title FROM matters WHERE id = 17").fetchone()[0]
    assert 17 in [row["rowid"] for row in archive.query(
        "SELECT rowid FROM matters_fts WHERE matters_fts MATCH ?", ('"' + title + '"',))]
    [bulk] = archive.query("SELECT * FROM changes")
    assert bulk["action"] == "bulk" and json.loads(bulk["after"])["matters"] == 500
    again = run(db_path, "demo", "--synthetic", "10")
    assert again.exit_code == 1 and "finns redan" in again.output


def test_errors_are_one_line(db_path, tmp_path):
    bad = tmp_path / "tom.txt"
    bad.write_text("")
    result = run(db_path, "import", str(bad))
    assert result.exit_code == 1
    assert result.output.strip() == f"Fel: {bad}: filen är tom"


def test_import_both_seeds_from_cli(db_path):
    result = run(db_path, "import", str(LINKOPING_SEED), str(MALMO_SEED))
    assert result.exit_code == 0
    assert "importerat som ärende 2" in result.output


def test_bare_beslut_opens_the_tui(db_path, monkeypatch):
    opened = []
    # The TUI runs long: its archive checkpoints after each commit (issue 14, defect 3).
    monkeypatch.setattr("tui.app.run", lambda archive: opened.append(archive.long_running and archive.path))
    assert run(db_path, "init").exit_code == 0
    assert CliRunner().invoke(cli, ["--db", str(db_path)]).exit_code == 0
    monkeypatch.setenv("BESLUT_DB", str(db_path))
    assert CliRunner().invoke(cli, []).exit_code == 0
    assert opened == [db_path, db_path]
