"""archive.planning: steps added, moved, removed, postponed; plan checks; each with its
change-log rows."""

from __future__ import annotations

import json

import pytest

from archive.demo import build_demo
from archive.errors import InvalidValue, StaleEdit
from archive.matters import get_matter, list_matters, resolve
from archive.plan_checks import matter_problems as plan_problems
from archive.planning import (
    add_step,
    move_step,
    postpone,
    remove_step,
    set_deciding,
    set_role,
)


@pytest.fixture
def demo(archive):
    list(build_demo(archive))
    malmo = archive.execute("SELECT id FROM matters WHERE municipality = 'Malmö'").fetchone()[0]
    return archive, malmo


def plan(archive, matter_id):
    return [(s.body, s.date, s.role, s.decides, s.outcome) for s in get_matter(archive, matter_id).planning]


def test_postpone_adds_a_step_on_the_next_meeting_and_keeps_the_old_one(demo):
    archive, malmo = demo
    version = get_matter(archive, malmo).version
    last = archive.execute("SELECT max(id) FROM changes").fetchone()[0]
    result = postpone(archive, malmo, 2, expected_version=version)
    assert (result.position, result.date) == (3, "2024-08-28")  # KS meets every other Wednesday
    assert plan(archive, malmo) == [
        ("Kommunstyrelsens arbetsutskott", "2024-08-05", "bereder", False, None),
        ("Kommunstyrelsen", "2024-08-14", "bereder", False, "bordlagt"),
        ("Kommunstyrelsen", "2024-08-28", "bereder", False, None),
        ("Kommunfullmäktige", "2024-08-29", "beslutar", True, None),
    ]
    assert get_matter(archive, malmo).version == version + 1
    rows = archive.query(
        "SELECT action, before, after FROM changes WHERE table_name = 'planning_steps' AND matter_id = ?"
        " AND id > ? ORDER BY id", (malmo, last))
    actions = [(r["action"], json.loads(r["before"] or "{}").get("position"),
                json.loads(r["after"] or "{}").get("position")) for r in rows]
    # The outcome on step 2, KF moves from 3 to 4 (one honest row), the new step at 3.
    assert actions == [("update", 2, 2), ("update", 3, 4), ("insert", None, 3)]
    assert json.loads(rows[0]["after"])["outcome"] == "bordlagt"


def test_postponing_the_deciding_step_moves_the_flag_and_atterremiss_is_marked(demo):
    archive, malmo = demo
    postpone(archive, malmo, 3, kind="återremiss", date="26 sep 2024")
    steps = plan(archive, malmo)
    assert steps[2] == ("Kommunfullmäktige", "2024-08-29", "beslutar", False, "återremitterat")
    assert steps[3] == ("Kommunfullmäktige", "2024-09-26", "beslutar", True, None)
    with pytest.raises(InvalidValue, match="redan utfallet"):
        postpone(archive, malmo, 3)


def test_add_move_remove_role_and_deciding(demo):
    archive, malmo = demo
    add_step(archive, malmo, "Kommunstyrelsen", date="240911", role="yttrar sig", position=3)
    assert [s[:3] for s in plan(archive, malmo)][2] == ("Kommunstyrelsen", "2024-09-11", "yttrar sig")
    meeting = archive.execute("SELECT meeting_id FROM planning_steps WHERE matter_id = ? AND position = 3",
                              (malmo,)).fetchone()[0]
    assert meeting is not None  # 2024-09-11 is on KS's plan
    assert move_step(archive, malmo, 3, 1) == 1
    assert [s[0] for s in plan(archive, malmo)] == [
        "Kommunstyrelsen", "Kommunstyrelsens arbetsutskott", "Kommunstyrelsen", "Kommunfullmäktige"]
    set_role(archive, malmo, 1, "för kännedom")
    set_deciding(archive, malmo, 3)
    steps = plan(archive, malmo)
    assert steps[0][2] == "för kännedom"
    assert [s[3] for s in steps] == [False, False, True, False]
    assert steps[2][2] == "beslutar"
    remove_step(archive, malmo, 1)
    assert [s[0] for s in plan(archive, malmo)] == [
        "Kommunstyrelsens arbetsutskott", "Kommunstyrelsen", "Kommunfullmäktige"]
    positions = [r[0] for r in archive.execute(
        "SELECT position FROM planning_steps WHERE matter_id = ? ORDER BY position", (malmo,))]
    assert positions == [1, 2, 3]
    deleted = archive.query("SELECT before FROM changes WHERE table_name = 'planning_steps' AND action = 'delete'")
    assert json.loads(deleted[0]["before"])["date"] == "2024-09-11"


def test_a_step_with_an_outcome_is_history_and_stays(demo):
    archive, malmo = demo
    postpone(archive, malmo, 2)
    with pytest.raises(InvalidValue, match="historik"):
        remove_step(archive, malmo, 2)


def test_stale_and_invalid_edits_change_nothing(demo):
    archive, malmo = demo
    before = plan(archive, malmo), archive.execute("SELECT count(*) FROM changes").fetchone()[0]
    version = get_matter(archive, malmo).version
    postpone(archive, malmo, 1, expected_version=version)
    after_one = plan(archive, malmo), archive.execute("SELECT count(*) FROM changes").fetchone()[0]
    assert after_one != before
    with pytest.raises(StaleEdit, match="testare"):
        add_step(archive, malmo, "Kommunstyrelsen", expected_version=version)
    with pytest.raises(InvalidValue, match="roll"):
        add_step(archive, malmo, "Kommunstyrelsen", role="godkänner")
    with pytest.raises(InvalidValue):
        add_step(archive, malmo, "Kommunstyrelsen", date="31 feb 2024")
    assert (plan(archive, malmo), archive.execute("SELECT count(*) FROM changes").fetchone()[0]) == after_one


def test_plan_checks(demo):
    archive, malmo = demo
    assert plan_problems(archive, malmo) == []
    add_step(archive, malmo, "Kommunstyrelsen", date="2024-08-21")  # a Wednesday without a KS meeting
    add_step(archive, malmo, "Kommunstyrelsen", date="2024-08-28")
    archive.execute("UPDATE meetings SET state = 'cancelled' WHERE date = '2024-08-28' AND body_id = "
                    "(SELECT id FROM bodies WHERE name = 'Kommunstyrelsen' AND municipality = 'Malmö')")
    problems = [(p.position, p.kind) for p in plan_problems(archive, malmo)]
    assert problems == [(4, "not_a_meeting"), (4, "steps_out_of_order"), (5, "cancelled_meeting"),
                        (5, "steps_out_of_order")]
    # Linköping: no dates at all, nothing to check.
    assert plan_problems(archive, resolve(archive, 1)) == []


def test_list_status_a_postponing_outcome_is_not_a_decision(demo):
    archive, malmo = demo

    def status(**filters):
        return [(row.id, row.status) for row in list_matters(archive, **filters)]

    assert status() == [(1, "oplanerat"), (malmo, "planerat")]
    for outcome, expected in ((" Bordlagt ", "planerat"), ("  ", "planerat"), ("återremitterad", "planerat"),
                              ("Bifall", "beslutat")):
        with archive.write():
            archive.execute("UPDATE planning_steps SET outcome = ? WHERE matter_id = ? AND decides = 1",
                            (outcome, malmo))
        assert status(status=expected) == [(malmo, expected)], outcome
    assert status(status="oplanerat") == [(1, "oplanerat")]
    with pytest.raises(InvalidValue, match="okänd status"):
        list_matters(archive, status="klart")
