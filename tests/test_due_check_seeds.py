"""`beslut due` and `beslut check` over the real demo archive (both seeds and their
bodies' meeting plans), through the CLI as a clerk or a script runs them."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from click.testing import CliRunner

from beslut.cli import cli


def run(db_path, *args, exit_code=0):
    result = CliRunner().invoke(cli, ["--db", str(db_path), *args], catch_exceptions=False)
    assert result.exit_code == exit_code, result.output
    return result


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "beslut.db"
    run(path, "demo")
    return path


def test_linkoping_motion_is_past_one_year(demo):
    found = json.loads(run(demo, "check", "--today", "2026-11-23", "--json").stdout)
    assert [(f["kind"], f["severity"], f["date"], f["title"][:6]) for f in found] == [
        ("motion_past_year", "warning", "2023-06-30", "Motion"),
    ]
    assert "väcktes 2022-06" in found[0]["message"]


def test_the_year_of_a_june_motion_ends_on_30_june(demo):
    """Month precision counts from the month's last day (archive.deadlines.motion_year)."""
    assert json.loads(run(demo, "check", "--today", "2023-06-30", "--json").stdout) == []
    assert len(json.loads(run(demo, "check", "--today", "2023-07-01", "--json").stdout)) == 1


def test_strict_exits_1_only_when_something_is_found(demo):
    assert "motion_past_year" in run(demo, "check", "--today", "2026-11-23", "--strict", exit_code=1).stdout
    run(demo, "check", "--today", "2023-01-01", "--strict", exit_code=0)


def test_due_before_the_malmo_meetings(demo):
    items = json.loads(run(demo, "due", "--today", "2024-08-01", "--within", "14", "--json").stdout)
    dates = [i["date"] for i in items]
    assert dates == sorted(dates)
    malmo = {(i["kind"], i["body"], i["meeting_date"], i["date"], i["overdue"]) for i in items if i["body"]}
    # Hand-worked: KS AU 5 Aug 2024 needs its documents 10 working days before (22 July)
    # and its kallelse 5 days before (31 July); KF 29 Aug, documents by 15 Aug.
    assert ("documents", "Kommunstyrelsens arbetsutskott", "2024-08-05", "2024-07-22", True) in malmo
    assert ("call", "Kommunstyrelsens arbetsutskott", "2024-08-05", "2024-07-31", True) in malmo
    assert ("call", "Kommunstyrelsen", "2024-08-14", "2024-08-09", False) in malmo
    assert ("documents", "Kommunfullmäktige", "2024-08-29", "2024-08-15", False) in malmo
    assert all(i["date"] <= "2024-08-15" for i in items)


def test_recorded_late_justering_is_reported(demo, tmp_path):
    copy = tmp_path / "copy.db"
    run(demo, "backup", str(copy))  # a plain file copy would miss what is still in the WAL
    run(copy, "meetings", "record", "--body", "Kommunfullmäktige", "--municipality", "Malmö", "2024-08-29",
        "--approved-on", "2024-09-20", "--notice-on", "2024-09-25")
    kinds = {f["kind"]: f for f in json.loads(run(copy, "check", "--today", "2024-10-01", "--json").stdout)}
    assert kinds["late_approval"]["body"] == "Kommunfullmäktige"
    assert "late_notice" in kinds


def test_step_before_an_earlier_one_and_notice_before_justering_are_reported(demo, tmp_path):
    copy = tmp_path / "copy.db"
    run(demo, "backup", str(copy))
    run(copy, "plan", "set-date", "2", "3", "2024-08-01")  # KF before KS 2024-08-14
    run(copy, "meetings", "record", "--body", "Kommunstyrelsen", "--municipality", "Malmö", "2024-08-14",
        "--notice-on", "2024-08-20")  # a notice with no justering recorded
    found = {f["kind"]: f for f in json.loads(run(copy, "check", "--today", "2024-08-30", "--json").stdout)}
    order = found["steps_out_of_order"]
    assert (order["matter_id"], order["step"], order["date"], order["body"], order["severity"]) == (
        2, 3, "2024-08-01", "Kommunfullmäktige", "error")
    assert order["message"] == "steg 3 (Kommunfullmäktige 2024-08-01) ligger före ett tidigare steg (2024-08-14)"
    early = found["notice_before_approval"]
    assert (early["body"], early["date"]) == ("Kommunstyrelsen", "2024-08-20")
    assert early["message"] == "Kommunstyrelsen 2024-08-14: anslaget 2024-08-20 före justeringen (ej justerat)"
    # Tue 2024-08-20 + 3 weeks = Tue 2024-09-10, a working day.
    items = json.loads(run(copy, "due", "--today", "2024-09-01", "--within", "14", "--json").stdout)
    assert ("Kommunstyrelsen", "2024-08-14", "2024-09-10", False) in {
        (i["body"], i["meeting_date"], i["date"], i["overdue"]) for i in items if i["kind"] == "appeal_end"}


def test_one_matters_deadlines(demo):
    """The Malmö matter's meetings' deadlines, hand-worked (nothing recorded yet, so the
    notice counts from the justering's deadline); the Linköping motion's year."""
    from archive import open_archive
    from archive.deadlines import matter_deadlines

    today = dt.date(2024, 8, 1)
    with open_archive(demo) as archive:
        malmo = [(d.kind, d.body, d.meeting_date, d.date, d.done, d.overdue)
                 for d in matter_deadlines(archive, 2, today=today)]
        linkoping = [(d.kind, d.date, d.done, d.overdue) for d in matter_deadlines(archive, 1, today=today)]
    au, ks, kf = "Kommunstyrelsens arbetsutskott", "Kommunstyrelsen", "Kommunfullmäktige"
    assert malmo == [
        ("documents", au, "2024-08-05", "2024-07-22", False, True),  # 10 working days before Mon 08-05
        ("call", au, "2024-08-05", "2024-07-31", False, True),  # 5 days before
        ("documents", ks, "2024-08-14", "2024-07-31", False, True),
        ("call", ks, "2024-08-14", "2024-08-09", False, False),
        ("documents", kf, "2024-08-29", "2024-08-15", False, False),
        ("approval", au, "2024-08-05", "2024-08-19", False, False),  # + 14 days
        ("notice", au, "2024-08-05", "2024-08-21", False, False),  # + 2 days
        ("call", kf, "2024-08-29", "2024-08-22", False, False),  # fullmäktige: 7 days
        ("approval", ks, "2024-08-14", "2024-08-28", False, False),
        ("notice", ks, "2024-08-14", "2024-08-30", False, False),
        ("approval", kf, "2024-08-29", "2024-09-12", False, False),
        ("notice", kf, "2024-08-29", "2024-09-16", False, False),  # Sat 09-14 -> Mon 09-16
    ]
    assert linkoping == [("motion_year", "2023-06-30", False, True)]
