"""The matter screen and `beslut check` say the same thing (issue 14): over one archive with
a problem of every kind a plan can have, the TUI (driven with Pilot) and `check --json`
(through the CLI) are compared problem by problem, matter by matter."""

from __future__ import annotations

import json

import tui_sample as sample
from click.testing import CliRunner
from textual.widgets import Static

from archive import dispatch, meetings
from archive.model import PROBLEM_KINDS_SV
from archive.planning import add_step
from beslut.cli import cli
from tui.app import BeslutApp
from tui.matter_view import MatterScreen
from tui.rowlist import RowList

PLAN_KINDS = {"steps_out_of_order", "not_a_meeting", "cancelled_meeting", "dispatched_before_decision"}


async def settle(pilot) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def shown_problems(pilot, search: str) -> tuple[list[str], dict[int, str]]:
    """Open the matter found by `search`: the problem lines under its plan, and the short
    labels in the planning table's last column by step."""
    await settle(pilot)
    await pilot.press("slash", *search, "enter", "enter")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, MatterScreen)
    text = str(screen.query_one("#plan-problems", Static).render())
    lines = [] if text == "Planen är i ordning." else [line.removeprefix("⚠ ") for line in text.splitlines()]
    table = screen.query_one("#planning-table", RowList)
    labels = {n: str(table.get_row_at(n - 1)[6]).removeprefix("⚠ ") for n in range(1, table.row_count + 1)}
    await pilot.press("escape")
    await settle(pilot)
    return lines, {n: label for n, label in labels.items() if label}


async def test_the_matter_screen_and_check_report_the_same_problems(planned, db_path):
    archive, ids = planned
    malmo, linkoping = ids["Malmö"], ids["Linköping"]
    add_step(archive, malmo, "Kommunstyrelsen", date="2024-08-21")  # no KS meeting that day, and before KF's
    ks_0828 = meetings.get_meeting(archive, "Kommunstyrelsen", "2024-08-28", "Malmö").id
    add_step(archive, malmo, "Kommunstyrelsen", date="2024-08-28")
    meetings.cancel_meeting(archive, ks_0828)  # a step on a meeting cancelled afterwards
    dispatch.mark_dispatched(archive, malmo, [1], on="2024-08-20", confirm_early=True)
    add_step(archive, linkoping, "Kommunfullmäktige", date="2022-09-29")
    add_step(archive, linkoping, "Kommunstyrelsen", date="2022-09-15")  # before the step above it

    result = CliRunner().invoke(cli, ["--db", str(db_path), "check", "--today", "2024-08-20", "--json"])
    assert result.exit_code == 0, result.output
    found = [f for f in json.loads(result.stdout) if f["kind"] in PLAN_KINDS]
    assert {f["kind"] for f in found} == PLAN_KINDS  # every kind of plan problem is in the archive

    async with BeslutApp(archive, today=sample.TODAY).run_test(size=(160, 50)) as pilot:
        screens = {malmo: await shown_problems(pilot, "internationella"),
                   linkoping: await shown_problems(pilot, "Ukraina")}

    for matter_id, (lines, labels) in screens.items():
        expected = sorted((f for f in found if f["matter_id"] == matter_id), key=lambda f: (f["step"], f["kind"]))
        assert expected, matter_id
        assert lines == [f["message"] for f in expected], matter_id
        by_step: dict[int, list[str]] = {}
        for f in expected:
            by_step.setdefault(f["step"], []).append(PROBLEM_KINDS_SV[f["kind"]])
        assert labels == {step: ", ".join(words) for step, words in by_step.items()}, matter_id
