"""Snapshot tests (pytest-textual-snapshot) of every screen on the fixed small archive:
the seed cases, Malmö's 2024 meeting plans and the distribution lists, today fixed at
tui_sample.TODAY. Nothing on these screens depends on the clock (the change log's
times, on the Historik tab, are left out). Every screen and dialog at the default size and
at 80x24, the smallest terminal a clerk may have (issue 14). Update after a deliberate
change with `pytest tests/tui/test_snapshots.py --snapshot-update` and look at the SVGs."""

from __future__ import annotations

import pytest
import tui_sample as sample

from tui.app import BeslutApp

SIZES = {"120x36": (120, 36), "80x24": (80, 24)}


@pytest.fixture(params=list(SIZES))
def size(request) -> tuple[int, int]:
    return SIZES[request.param]


@pytest.fixture
def app(planned):
    archive, _ = planned
    return BeslutApp(archive, today=sample.TODAY)


async def settle(pilot) -> None:
    for _ in range(2):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


def keys(*pressed: str):
    """run_before for snap_compare: let the list load, press the keys, let the work settle."""

    async def run_before(pilot) -> None:
        await settle(pilot)
        await pilot.pause(0.1)  # the list's filter row is mounted just after the first frame
        await settle(pilot)
        for key in pressed:
            await pilot.press(key)
            await settle(pilot)

    return run_before


OPEN_MALMO = ("down", "enter")


def test_matter_list(app, snap_compare, size):
    assert snap_compare(app, terminal_size=size, run_before=keys())


def test_matter_list_searched(app, snap_compare, size):
    assert snap_compare(app, terminal_size=size, run_before=keys("slash", *"ukraina"))


def test_matter_overview(app, snap_compare, size):
    assert snap_compare(app, terminal_size=size, run_before=keys(*OPEN_MALMO, "1"))


def test_matter_planning_after_postponing(app, snap_compare, size):
    assert snap_compare(app, terminal_size=size, run_before=keys(*OPEN_MALMO, "down", "p", "enter"))


def test_matter_recipients(app, snap_compare, size):
    assert snap_compare(app, terminal_size=size, run_before=keys(*OPEN_MALMO, "3"))


def test_matter_proposals_basis_responsible(app, snap_compare, size):
    assert snap_compare(app, terminal_size=size, run_before=keys("enter", "4"))


def test_add_step_dialog(app, snap_compare, size):
    assert snap_compare(app, terminal_size=size, run_before=keys(*OPEN_MALMO, "a"))


def test_add_recipient_completion(app, snap_compare, size):
    assert snap_compare(app, terminal_size=size, run_before=keys(*OPEN_MALMO, "3", "a", *"stad"))


async def _ks_meeting_of_14_august(pilot) -> None:
    await settle(pilot)
    await pilot.press("f3")
    await settle(pilot)
    screen = pilot.app.screen
    ks = pilot.app.archive.execute(
        "SELECT id FROM bodies WHERE name = 'Kommunstyrelsen' AND municipality = 'Malmö'").fetchone()[0]
    screen.query_one("#meeting-body").value = ks
    await settle(pilot)
    screen.query_one("#meetings-table").move_cursor(row=[m.date for m in screen.rows].index("2024-08-14"))
    await settle(pilot)


def test_meetings(app, snap_compare, size):
    assert snap_compare(app, terminal_size=size, run_before=_ks_meeting_of_14_august)


def test_justering_dialog(app, snap_compare, size):
    async def run_before(pilot) -> None:
        await _ks_meeting_of_14_august(pilot)
        await pilot.press("j")
        await settle(pilot)

    assert snap_compare(app, terminal_size=size, run_before=run_before)


def test_addressees(app, snap_compare, size):
    assert snap_compare(app, terminal_size=size, run_before=keys("f4", "down"))


def test_todo(app, snap_compare, size):
    assert snap_compare(app, terminal_size=size, run_before=keys("f5"))


def test_matter_basis(app, snap_compare, size):
    assert snap_compare(app, terminal_size=size, run_before=keys(*OPEN_MALMO, "5"))


def test_matter_responsible(app, snap_compare, size):
    assert snap_compare(app, terminal_size=size, run_before=keys(*OPEN_MALMO, "6"))


def test_set_date_dialog(app, snap_compare, size):
    assert snap_compare(app, terminal_size=size, run_before=keys(*OPEN_MALMO, "down", "d"))


def test_role_dialog(app, snap_compare, size):
    assert snap_compare(app, terminal_size=size, run_before=keys(*OPEN_MALMO, "r"))


def test_postpone_dialog(app, snap_compare, size):
    assert snap_compare(app, terminal_size=size, run_before=keys(*OPEN_MALMO, "down", "p"))


def test_distribution_list_dialog(app, snap_compare, size):
    assert snap_compare(app, terminal_size=size, run_before=keys(*OPEN_MALMO, "3", "l"))


def test_dispatch_dialog(app, snap_compare, size):
    assert snap_compare(app, terminal_size=size, run_before=keys(*OPEN_MALMO, "3", "e"))


def test_remove_confirmation(app, snap_compare, size):
    assert snap_compare(app, terminal_size=size, run_before=keys(*OPEN_MALMO, "delete"))


def test_new_matter_dialog(app, snap_compare, size):
    assert snap_compare(app, terminal_size=size, run_before=keys("n"))


def test_help_panel(app, snap_compare, size):
    assert snap_compare(app, terminal_size=size, run_before=keys(*OPEN_MALMO, "question_mark"))


def test_cancel_meeting_dialog(app, snap_compare, size):
    async def run_before(pilot) -> None:
        await _ks_meeting_of_14_august(pilot)
        await pilot.press("c")
        await settle(pilot)

    assert snap_compare(app, terminal_size=size, run_before=run_before)


def test_meeting_state_dialog(app, snap_compare, size):
    async def run_before(pilot) -> None:
        await _ks_meeting_of_14_august(pilot)
        await pilot.press("s")
        await settle(pilot)

    assert snap_compare(app, terminal_size=size, run_before=run_before)


def test_export_dialog(app, snap_compare, size):
    async def run_before(pilot) -> None:
        await _ks_meeting_of_14_august(pilot)
        await pilot.press("x")
        await settle(pilot)

    assert snap_compare(app, terminal_size=size, run_before=run_before)


def test_new_addressee_dialog(app, snap_compare, size):
    assert snap_compare(app, terminal_size=size, run_before=keys("f4", "t"))


def test_new_list_dialog(app, snap_compare, size):
    assert snap_compare(app, terminal_size=size, run_before=keys("f4", "n"))


def test_todo_day_dialog(app, snap_compare, size):
    assert snap_compare(app, terminal_size=size, run_before=keys("f5", "t"))
