"""Issue 14 through the CLI and archive/: a cancel or move that breaks a matter's chain is
refused unless confirmed (4), expediering before the decision (6), meeting plans never on
a holiday and `check` reporting one that is (7), and the CLI in Swedish (12)."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from archive import dispatch, meetings
from archive.demo import build_demo
from archive.export import write_planning_csv
from archive.matters import get_matter
from archive.synthetic import generate as synthetic_rows
from archive.workdays import non_working_reason
from beslut.cli import cli

MALMO = 2  # the Malmö matter in the demo: KSAU 2024-08-05 -> KS 2024-08-14 -> KF 2024-08-29


def run(db_path, *args):
    return CliRunner().invoke(cli, ["--db", str(db_path), *args])


@pytest.fixture
def demo(archive):
    list(build_demo(archive))
    return archive


def plan(archive, matter_id=MALMO):
    return [(s.body, s.date) for s in get_matter(archive, matter_id).planning]


# ---------------------------------------------------------------- 4: a move that breaks the chain


def test_cancel_moving_a_step_after_the_decision_is_refused_unless_confirmed(demo, db_path):
    before = plan(demo)
    ks_0814 = meetings.get_meeting(demo, "Kommunstyrelsen", "2024-08-14", "Malmö").id
    found = meetings.order_problems_of_move(demo, ks_0814, "2024-09-11")
    assert [(p.matter_id, p.step, p.kind) for p in found] == [(MALMO, 3, "steps_out_of_order")]
    assert meetings.order_problems_of_move(demo, ks_0814, "next") == []  # 28 Aug is before KF's 29 Aug

    args = ("meetings", "cancel", "--body", "Kommunstyrelsen", "--municipality", "Malmö", "2024-08-14")
    refused = run(db_path, *args, "--move-to", "2024-09-11")
    assert refused.exit_code == 1
    assert "1 steg skulle hamna före ett tidigare steg i sitt ärende" in refused.output
    assert "steg 3 (Kommunfullmäktige 2024-08-29) ligger före ett tidigare steg (2024-09-11)" in refused.output
    assert "--confirm-order" in refused.output
    assert plan(demo) == before
    assert meetings.get_meeting(demo, "Kommunstyrelsen", "2024-08-14", "Malmö").state == "planned"

    done = run(db_path, *args, "--move-to", "2024-09-11", "--confirm-order")
    assert done.exit_code == 0, done.output
    assert "1 steg i beslutsplaneringar flyttade till 2024-09-11" in done.output
    assert plan(demo)[1] == ("Kommunstyrelsen", "2024-09-11")
    assert meetings.get_meeting(demo, "Kommunstyrelsen", "2024-08-14", "Malmö").state == "cancelled"


def test_cancel_move_to_next_and_move_refusing_disorder(demo, db_path):
    result = run(db_path, "meetings", "cancel", "--body", "Kommunstyrelsen", "--municipality", "Malmö",
                 "2024-08-14", "--move-to", "next")
    assert result.exit_code == 0, result.output
    assert plan(demo)[1] == ("Kommunstyrelsen", "2024-08-28")
    moved = run(db_path, "meetings", "move", "--body", "Kommunstyrelsen", "--municipality", "Malmö",
                "2024-08-28", "2024-09-02")
    assert moved.exit_code == 1 and "ligger före ett tidigare steg (2024-09-02)" in moved.output
    assert plan(demo)[1] == ("Kommunstyrelsen", "2024-08-28")


def test_cancel_and_move_treat_a_step_with_an_outcome_alike(demo):
    from archive.planning import postpone

    postpone(demo, MALMO, 2)  # KS 2024-08-14: bordlagt, a new step on 2024-08-28
    meeting = meetings.get_meeting(demo, "Kommunstyrelsen", "2024-08-14", "Malmö").id
    before = plan(demo)
    for operation in (lambda: meetings.cancel_meeting(demo, meeting, move_steps=True),
                      lambda: meetings.move_meeting(demo, meeting, "2024-08-15")):
        with pytest.raises(meetings.InvalidValue, match="med utfall \\(bordlagt\\)"):
            operation()
    assert plan(demo) == before


# ---------------------------------------------------------------- 6: expediering before the decision


def test_dispatch_before_the_decision_is_refused_unless_confirmed_and_checked(demo, db_path):
    with pytest.raises(dispatch.DispatchBeforeDecision, match="före beslutet 2024-08-29"):
        dispatch.mark_dispatched(demo, MALMO, [1], on="2024-08-20")
    assert get_matter(demo, MALMO).recipients[0].sent_on is None
    assert dispatch.mark_dispatched(demo, MALMO, [1], on="2024-08-20", confirm_early=True) == 1
    found = json.loads(run(db_path, "check", "--today", "2024-09-01", "--json").stdout)
    early = [f for f in found if f["kind"] == "dispatched_before_decision"]
    assert [(f["matter_id"], f["date"], f["step"]) for f in early] == [(MALMO, "2024-08-20", 3)]
    assert dispatch.mark_dispatched(demo, MALMO, [2], on="2024-08-29") == 1  # the decision's day is fine


# ---------------------------------------------------------------- 7: holidays


def test_demo_and_synthetic_meetings_are_on_working_days(demo, db_path):
    dates = [row[0] for row in demo.execute("SELECT date FROM meetings")]
    assert len(dates) > 100
    assert [d for d in dates if non_working_reason(__import__("datetime").date.fromisoformat(d))] == []
    assert "2024-12-26" not in dates  # annandag jul: KF's last Thursday is skipped
    rows = dict(synthetic_rows(50))["INSERT INTO meetings (id, body_id, date, state) VALUES (?, ?, ?, ?)"]
    import datetime as dt

    assert [r[2] for r in rows if non_working_reason(dt.date.fromisoformat(r[2]))] == []
    found = json.loads(run(db_path, "check", "--today", "2024-09-01", "--json").stdout)
    assert [f for f in found if f["kind"] == "meeting_on_holiday"] == []


def test_check_reports_a_meeting_on_a_holiday_or_weekend(demo, db_path, tmp_path):
    plan_csv = tmp_path / "plan.csv"
    plan_csv.write_text("Organ;Datum\nKommunstyrelsen;2024-12-26\nKommunstyrelsen;2024-11-09\n", encoding="utf-8")
    assert run(db_path, "meetings", "import", str(plan_csv), "--municipality", "Malmö", "--force").exit_code == 0
    found = json.loads(run(db_path, "check", "--today", "2024-09-01", "--json").stdout)
    holidays = [(f["date"], f["severity"], f["message"]) for f in found if f["kind"] == "meeting_on_holiday"]
    assert holidays == [
        ("2024-11-09", "warning", "Kommunstyrelsen 2024-11-09: sammanträde på lördag"),
        ("2024-12-26", "warning", "Kommunstyrelsen 2024-12-26: sammanträde på annandag jul"),
    ]


# ---------------------------------------------------------------- 12: Swedish, one renderer


def test_usage_errors_are_swedish(db_path):
    result = run(db_path, "list", "--limit", "x")
    assert result.exit_code == 2
    assert "Användning: cli list" in result.output or "Användning: beslut list" in result.output
    assert "Fel: Ogiltigt värde för '--limit': 'x' är inget giltigt tal." in result.output
    result = run(db_path, "list", "--bogus")
    assert result.exit_code == 2 and "Fel: Det finns ingen flagga '--bogus'." in result.output
    result = run(db_path, "list", "--limt", "3")  # a near miss: click suggests the option
    assert result.exit_code == 2 and "Menade du '--limit'?" in result.output
    result = run(db_path, "serve", "--folow")  # two near options
    assert result.exit_code == 2 and "(Menade du någon av: '--follow', '--follow-timeout'?)" in result.output
    assert "Did you mean" not in result.output
    result = run(db_path, "meetings", "cancel", "--body", "KS")
    assert result.exit_code == 2 and "Argument saknas 'DATE'" in result.output
    assert "Error" not in result.output and "Usage" not in result.output


def test_number_agreement_in_cli_messages(demo, db_path, tmp_path):
    out = tmp_path / "ksau.csv"
    result = run(db_path, "export", "planning", "--body", "Kommunstyrelsens arbetsutskott", "-o", str(out))
    assert result.exit_code == 0 and "1 rad till" in result.output and "rader" not in result.output
    result = run(db_path, "export", "planning", "--year", "2024", "-o", str(out))
    assert "3 rader till" in result.output
    plan_csv = tmp_path / "plan.csv"
    plan_csv.write_text("Organ;Datum\nKommunstyrelsen;2025-01-08\n", encoding="utf-8")
    result = run(db_path, "meetings", "import", str(plan_csv), "--municipality", "Malmö")
    assert "1 nytt, 0 ändrade, 0 oförändrade" in result.output


def test_export_planning_is_the_tui_export(demo, db_path):
    """`export planning --excel` and the TUI's F3 export (write_planning_csv by body id) are
    the same bytes: one renderer, Swedish headings; plain CSV differs only in `,`."""
    kf = meetings.find_body(demo, "Kommunfullmäktige", "Malmö")
    tui = io.StringIO()
    write_planning_csv(demo, tui, body_id=kf, year=2024, excel=True)
    cli_excel = run(db_path, "export", "planning", "--year", "2024", "--body", "Kommunfullmäktige", "--excel")
    assert cli_excel.stdout_bytes.decode("utf-8") == tui.getvalue()
    plain = run(db_path, "export", "planning", "--year", "2024", "--body", "Kommunfullmäktige")
    rows = list(csv.reader(io.StringIO(plain.stdout)))
    assert rows[0] == ["datum", "organ", "diarienummer", "rubrik", "roll", "beslutar", "utfall", "sammanträde"]
    assert rows == list(csv.reader(io.StringIO(tui.getvalue().lstrip("\ufeff")), delimiter=";"))


def test_the_portal_view_lists_what_check_reports(demo, db_path, tmp_path):
    """plan_problems (m009) is built from the same queries as check: the same rows."""
    from archive.planning import add_step

    add_step(demo, MALMO, "Kommunstyrelsen", date="2024-08-21")
    meetings.cancel_meeting(demo, meetings.get_meeting(demo, "Kommunfullmäktige", "2024-08-29", "Malmö").id)
    dispatch.mark_dispatched(demo, MALMO, [3], on="2024-08-01", confirm_early=True)
    plan_csv = tmp_path / "plan.csv"
    plan_csv.write_text("Organ;Datum\nKommunstyrelsen;2024-12-26\n", encoding="utf-8")
    run(db_path, "meetings", "import", str(plan_csv), "--municipality", "Malmö", "--force")
    found = json.loads(run(db_path, "check", "--today", "2024-08-01", "--json").stdout)
    kinds = {"steps_out_of_order", "not_a_meeting", "cancelled_meeting", "dispatched_before_decision",
             "meeting_on_holiday"}
    from_check = sorted((f["kind"], f["matter_id"], f["step"], f["date"]) for f in found if f["kind"] in kinds)
    from_view = sorted(tuple(r) for r in demo.execute("SELECT kind, matter_id, step, date FROM plan_problems"))
    assert {k for k, *_ in from_check} == kinds
    assert from_view == from_check
