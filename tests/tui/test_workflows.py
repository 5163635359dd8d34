"""Every clerk's workflow of issue 4 driven by Pilot, asserting the archive's rows and
the change log afterwards. The archive: both seed cases, Malmö's 2024 meeting plans and
the distribution lists (tui_sample.build_all); today is fixed (tui_sample.TODAY)."""

from __future__ import annotations

import csv
import json

import tui_sample as sample
from textual.widgets import DataTable, Input, Label, OptionList, Static

from archive import open_archive
from archive.deadlines import due
from archive.dispatch import list_members, mark_dispatched
from archive.matters import get_matter
from tui.app import BeslutApp
from tui.dialogs import AddresseeDialog, ChoiceDialog, ConfirmDialog, FormDialog
from tui.matter_list import MatterListScreen, MatterTable
from tui.matter_view import MatterScreen
from tui.meetings import MeetingsScreen
from tui.rowlist import RowList


async def settle(pilot) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def make_app(archive) -> BeslutApp:
    return BeslutApp(archive, today=sample.TODAY)


async def open_malmo(pilot) -> MatterScreen:
    await settle(pilot)
    await pilot.press("slash", *"internationella", "enter", "enter")
    await settle(pilot)
    assert isinstance(pilot.app.screen, MatterScreen)
    return pilot.app.screen


def changes(archive, table: str, action: str | None = None, matter_id: int | None = None) -> list[dict]:
    sql, params = "SELECT * FROM changes WHERE table_name = ?", [table]
    if action:
        sql += " AND action = ?"
        params.append(action)
    if matter_id:
        sql += " AND matter_id = ?"
        params.append(matter_id)
    return archive.query(sql + " ORDER BY id", params)


def body_id(archive, name: str, municipality: str = "Malmö") -> int:
    sql = "SELECT id FROM bodies WHERE name = ? AND municipality = ?"
    return archive.execute(sql, (name, municipality)).fetchone()[0]


def meeting_id(archive, body: str, date: str) -> int:
    return archive.execute(
        "SELECT id FROM meetings WHERE body_id = ? AND date = ?", (body_id(archive, body), date)
    ).fetchone()[0]


def steps(archive, matter_id: int) -> list[tuple]:
    return [
        (s.body, s.date, s.role, s.decides, s.outcome) for s in get_matter(archive, matter_id).planning
    ]


# ---------------------------------------------------------------- Beslutsplanering


async def test_add_step_on_a_meeting_of_the_body(planned):
    archive, ids = planned
    malmo = ids["Malmö"]
    async with make_app(archive).run_test(size=(120, 40)) as pilot:
        screen = await open_malmo(pilot)
        await pilot.press("ctrl+end", "a")  # after the last step
        await pilot.pause()
        dialog = pilot.app.screen
        assert isinstance(dialog, FormDialog)
        dialog.widget("body").value = body_id(archive, "Kommunfullmäktige")
        await pilot.pause()
        # The meetings offered are the body's, after the matter's last dated step.
        offered = [value for _, value in dialog.widget("meeting")._options if value is not None]
        september = meeting_id(archive, "Kommunfullmäktige", "2024-09-26")
        assert september in offered and meeting_id(archive, "Kommunfullmäktige", "2024-06-27") not in offered
        dialog.widget("meeting").value = september
        dialog.widget("role").value = "för kännedom"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert pilot.app.screen is screen
        assert screen.query_one("#planning-table", RowList).row_count == 4
    assert steps(archive, malmo)[-1] == ("Kommunfullmäktige", "2024-09-26", "för kännedom", False, None)
    row = archive.query("SELECT meeting_id FROM planning_steps WHERE matter_id = ? AND position = 4", (malmo,))[0]
    assert row["meeting_id"] == september
    inserted = changes(archive, "planning_steps", "insert", malmo)[-1]
    assert inserted["actor"] == "testare" and json.loads(inserted["after"])["date"] == "2024-09-26"


async def test_add_deciding_step_by_typed_swedish_date(planned):
    archive, ids = planned
    malmo = ids["Malmö"]
    async with make_app(archive).run_test(size=(120, 40)) as pilot:
        await open_malmo(pilot)
        await pilot.press("a")
        await pilot.pause()
        dialog = pilot.app.screen
        dialog.widget("body").value = body_id(archive, "Kommunfullmäktige")
        dialog.widget("decides").value = True
        dialog.widget("role").value = "beslutar"
        dialog.widget("date").focus()
        await pilot.press(*"26 sep 2024", "enter")
        await settle(pilot)
    assert steps(archive, malmo) == [
        ("Kommunstyrelsens arbetsutskott", "2024-08-05", "bereder", False, None),
        ("Kommunstyrelsen", "2024-08-14", "bereder", False, None),
        ("Kommunfullmäktige", "2024-08-29", "beslutar", False, None),
        ("Kommunfullmäktige", "2024-09-26", "beslutar", True, None),
    ]
    # The earlier deciding step lost its flag, logged as an update of that row.
    updates = [json.loads(c["after"]) for c in changes(archive, "planning_steps", "update", malmo)]
    assert any(u["position"] == 3 and u["decides"] == 0 for u in updates)


async def test_role_deciding_reorder_and_remove(planned):
    archive, ids = planned
    malmo = ids["Malmö"]
    async with make_app(archive).run_test(size=(120, 40)) as pilot:
        screen = await open_malmo(pilot)
        await pilot.press("down", "r")  # Kommunstyrelsen: role
        await pilot.pause()
        assert isinstance(pilot.app.screen, ChoiceDialog)
        await pilot.press("down", "enter")  # bereder -> yttrar sig
        await settle(pilot)
        assert steps(archive, malmo)[1][2] == "yttrar sig"
        await pilot.press("b")  # Kommunstyrelsen decides
        await settle(pilot)
        assert [s[3] for s in steps(archive, malmo)] == [False, True, False]
        await pilot.press("ctrl+up")  # Kommunstyrelsen before the arbetsutskott
        await settle(pilot)
        assert [s[0] for s in steps(archive, malmo)][:2] == ["Kommunstyrelsen", "Kommunstyrelsens arbetsutskott"]
        assert screen.query_one("#planning-table", RowList).cursor_row == 0
        # Now step 2 (08-05) lies before step 1 (08-14): the plan check says so where the clerk works.
        assert "ligger före" in str(screen.query_one("#plan-problems", Static).render())
        assert "före föregående steg" in str(screen.query_one("#planning-table", RowList).get_row_at(1)[6])
        await pilot.press("ctrl+down")
        await settle(pilot)
        await pilot.press("down", "down", "delete")  # remove Kommunfullmäktige
        await pilot.pause()
        assert isinstance(pilot.app.screen, ConfirmDialog)
        await pilot.press("j")
        await settle(pilot)
    assert steps(archive, malmo) == [
        ("Kommunstyrelsens arbetsutskott", "2024-08-05", "bereder", False, None),
        ("Kommunstyrelsen", "2024-08-14", "beslutar", True, None),
    ]
    deleted = changes(archive, "planning_steps", "delete", malmo)
    assert len(deleted) == 1 and json.loads(deleted[0]["before"])["date"] == "2024-08-29"
    # Two moves: each logged as one honest position change per moved row.
    moves = [c for c in changes(archive, "planning_steps", "update", malmo)
             if json.loads(c["before"])["position"] != json.loads(c["after"])["position"]]
    assert len(moves) >= 4
    assert get_matter(archive, malmo).version == 6


async def test_postpone_to_the_next_meeting_keeps_the_old_step(planned):
    archive, ids = planned
    malmo = ids["Malmö"]
    async with make_app(archive).run_test(size=(120, 40)) as pilot:
        screen = await open_malmo(pilot)
        await pilot.press("down", "p")
        await pilot.pause()
        assert isinstance(pilot.app.screen, FormDialog)
        await pilot.press("enter")  # empty date: the body's next meeting
        await settle(pilot)
        assert pilot.app.screen is screen
        table = screen.query_one("#planning-table", RowList)
        assert [str(table.get_row_at(i)[5]) for i in range(table.row_count)] == ["", "bordlagt", "", ""]
    assert steps(archive, malmo) == [
        ("Kommunstyrelsens arbetsutskott", "2024-08-05", "bereder", False, None),
        ("Kommunstyrelsen", "2024-08-14", "bereder", False, "bordlagt"),
        ("Kommunstyrelsen", "2024-08-28", "bereder", False, None),
        ("Kommunfullmäktige", "2024-08-29", "beslutar", True, None),
    ]
    outcome = [c for c in changes(archive, "planning_steps", "update", malmo) if json.loads(c["after"])["outcome"]]
    assert json.loads(outcome[0]["before"])["outcome"] is None
    assert json.loads(outcome[0]["after"])["outcome"] == "bordlagt"
    assert json.loads(changes(archive, "planning_steps", "insert", malmo)[-1]["after"])["date"] == "2024-08-28"


async def test_step_on_a_cancelled_meeting_and_not_a_meeting_are_flagged(planned):
    archive, ids = planned
    from archive.meetings import cancel_meeting

    cancel_meeting(archive, meeting_id(archive, "Kommunstyrelsen", "2024-08-14"))
    async with make_app(archive).run_test(size=(120, 40)) as pilot:
        screen = await open_malmo(pilot)
        await pilot.press("down", "down", "d", "ctrl+u", *"2024-08-30", "enter")  # KF has no meeting then
        await settle(pilot)
        text = str(screen.query_one("#plan-problems", Static).render())
        assert "sammanträde 2024-08-14 är inställt" in text
        assert "Kommunfullmäktige har inget sammanträde 2024-08-30" in text
        table = screen.query_one("#planning-table", RowList)
        assert "inställt" in str(table.get_row_at(1)[6])
        assert "inget sammanträde" in str(table.get_row_at(2)[6])
        await pilot.press("1")
        await pilot.pause()
        assert "är inställt" in str(screen.query_one("#overview-problems", Static).render())


# ---------------------------------------------------------------- Beslutet skickas till


async def test_recipients_completion_list_remove_reorder_and_dispatch(planned):
    archive, ids = planned
    malmo = ids["Malmö"]
    async with make_app(archive).run_test(size=(120, 40)) as pilot:
        screen = await open_malmo(pilot)
        await pilot.press("3", "a")
        await pilot.pause()
        dialog = pilot.app.screen
        assert isinstance(dialog, AddresseeDialog)
        await pilot.press(*"kris")
        await pilot.pause()
        matches = dialog.query_one(OptionList)
        assert str(matches.get_option_at_index(0).prompt).startswith(sample.EXTRA_NAMND)
        await pilot.press("down", "enter")
        await settle(pilot)
        assert pilot.app.screen is screen
        names = [r.name for r in get_matter(archive, malmo).recipients]
        assert names == sample.MALMO_RECIPIENTS + [sample.EXTRA_NAMND]
        # Remove it again, then add the whole list "Alla nämnder": it comes back, nothing doubles.
        await pilot.press("ctrl+end", "delete", "j")
        await settle(pilot)
        assert len(get_matter(archive, malmo).recipients) == len(sample.MALMO_RECIPIENTS)
        await pilot.press("l")
        await pilot.pause()
        assert isinstance(pilot.app.screen, ChoiceDialog)
        await pilot.press("down", "enter")  # lists by name: Alla helägda bolag, Alla nämnder
        await settle(pilot)
        names = [r.name for r in get_matter(archive, malmo).recipients]
        assert names == sample.MALMO_RECIPIENTS + [sample.EXTRA_NAMND]
        # Move the new one up by one, dispatch it alone, then all the rest on another day.
        await pilot.press("ctrl+end", "ctrl+up")
        await settle(pilot)
        assert [r.name for r in get_matter(archive, malmo).recipients][-2] == sample.EXTRA_NAMND
        await pilot.press("e", "ctrl+u", *"2 sep 2024", "enter")
        await settle(pilot)
        await pilot.press("x", "ctrl+u", *"240903", "enter")
        await settle(pilot)
        assert "28 mottagare, 28 expedierade" in str(screen.query_one("#recipients-status", Static).render())
    recipients = get_matter(archive, malmo).recipients
    assert {r.sent_on for r in recipients if r.name != sample.EXTRA_NAMND} == {"2024-09-03"}
    assert [r.sent_on for r in recipients if r.name == sample.EXTRA_NAMND] == ["2024-09-02"]
    sent = [c for c in changes(archive, "recipients", "update", malmo) if json.loads(c["after"])["sent_on"]]
    assert len(sent) == 28 and {c["actor"] for c in sent} == {"testare"}
    assert len(changes(archive, "recipients", "delete", malmo)) == 1


async def test_new_addressee_typed_twice_is_added_to_directory_and_matter(planned):
    archive, ids = planned
    async with make_app(archive).run_test(size=(120, 40)) as pilot:
        await open_malmo(pilot)
        await pilot.press("3", "a", *"Valberedningen", "enter")
        await pilot.pause()
        assert "finns inte i registret" in str(pilot.app.screen.query_one("#dialog-error", Static).render())
        await pilot.press("enter")
        await settle(pilot)
    assert get_matter(archive, ids["Malmö"]).recipients[-1].name == "Valberedningen"
    assert changes(archive, "addressees", "insert")[-1]["after"].count("Valberedningen") == 1


async def test_addressee_already_on_the_matter_is_refused_in_the_dialog(planned):
    archive, ids = planned
    before = archive.execute("SELECT count(*) FROM changes").fetchone()[0]
    async with make_app(archive).run_test(size=(120, 40)) as pilot:
        await open_malmo(pilot)
        await pilot.press("3", "a", *"Kommunstyrelsen", "enter")
        await pilot.pause()
        dialog = pilot.app.screen
        assert isinstance(dialog, AddresseeDialog), "the dialog stays open so the clerk can choose another"
        assert "står redan på listan" in str(dialog.query_one("#dialog-error", Static).render())
    assert [r.name for r in get_matter(archive, ids["Malmö"]).recipients] == sample.MALMO_RECIPIENTS
    assert archive.execute("SELECT count(*) FROM changes").fetchone()[0] == before


# ---------------------------------------------------------------- two clerks at once


async def test_stale_save_from_another_connection_is_refused_and_offers_reload(planned, db_path):
    archive, ids = planned
    malmo = ids["Malmö"]
    async with make_app(archive).run_test(size=(120, 40)) as pilot:
        screen = await open_malmo(pilot)
        with open_archive(db_path, actor="kollega") as other:
            mark_dispatched(other, malmo, [1], on="2024-08-19", confirm_early=True)
        await pilot.press("down", "b")  # make Kommunstyrelsen decide, on the version read before
        await pilot.pause()
        dialog = pilot.app.screen
        assert isinstance(dialog, ConfirmDialog)
        text = str(dialog.query_one("#dialog-text", Static).render())
        at = archive.query("SELECT at FROM changes ORDER BY id DESC LIMIT 1")[0]["at"]
        assert "kollega" in text and at[:19].replace("T", " ") in text
        await pilot.press("r")
        await settle(pilot)
        assert pilot.app.screen is screen and screen.matter.recipients[0].sent_on == "2024-08-19"
        # The refused edit changed nothing; done again on the fresh version it is saved.
        assert [s[3] for s in steps(archive, malmo)] == [False, False, True]
        await pilot.press("b")
        await settle(pilot)
    assert [s[3] for s in steps(archive, malmo)] == [False, True, False]
    assert {c["actor"] for c in changes(archive, "recipients", "update", malmo)} == {"kollega"}


async def test_stale_save_in_a_dialog_names_who(planned, db_path):
    archive, ids = planned
    async with make_app(archive).run_test(size=(120, 40)) as pilot:
        await open_malmo(pilot)
        await pilot.press("3", "x")
        await pilot.pause()
        with open_archive(db_path, actor="kollega") as other:
            mark_dispatched(other, ids["Malmö"], [2], on="2024-08-19", confirm_early=True)
        await pilot.press("enter")
        await pilot.pause()
        error = str(pilot.app.screen.query_one("#dialog-error", Static).render())
        assert "kollega" in error and "Ctrl+R" in error
        await pilot.press("ctrl+r")
        await settle(pilot)
    sent = [r.sent_on for r in get_matter(archive, ids["Malmö"]).recipients]
    assert sent.count("2024-08-19") == 1 and sent.count(None) == len(sent) - 1


# ---------------------------------------------------------------- overview, history, matter fields


async def test_overview_deadlines_and_history(planned):
    archive, ids = planned
    async with make_app(archive).run_test(size=(120, 40)) as pilot:
        screen = await open_malmo(pilot)
        await pilot.press("d", "ctrl+u", *"2024-08-19", "enter", "enter")  # after KS's 14 aug: confirmed
        await settle(pilot)
        await pilot.press("1")
        await pilot.pause()
        table = screen.query_one("#overview-table", RowList)
        rows = [[str(v) for v in table.get_row_at(i)] for i in range(table.row_count)]
        assert ["2024-09-12", "Justering senast", "Kommunfullmäktige", "2024-08-29", "steg 3"] in rows
        await pilot.press("7")
        await pilot.pause()
        history = screen.query_one("#history-table", RowList)
        newest = [str(v) for v in history.get_row_at(0)]
        # In Swedish a clerk reads (archive/history.py), local time, no ids or field names.
        assert newest[1:] == ["testare", "Kommunstyrelsens arbetsutskott: sammanträde flyttat 5 aug → 19 aug 2024"]
        assert all(history.get_row_at(i)[2] for i in range(history.row_count))  # no blank rows


async def test_edit_matter_fields_and_new_matter(planned):
    archive, ids = planned
    async with make_app(archive).run_test(size=(120, 40)) as pilot:
        screen = await open_malmo(pilot)
        await pilot.press("1", "m")
        await pilot.pause()
        dialog = pilot.app.screen
        dialog.widget("case_number").value = "KS 2024/1234"
        dialog.widget("raised_on").value = "5 aug 2024"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert "KS 2024/1234" in str(screen.query_one("#matter-facts", Static).render())
        await pilot.press("escape", "escape", "n")
        await pilot.pause()
        dialog = pilot.app.screen
        await pilot.press(*"Medborgarförslag om parkbänkar")
        dialog.widget("kind").value = "medborgarförslag"
        dialog.widget("municipality").value = "Malmö"
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(pilot.app.screen, MatterScreen)
        new_id = pilot.app.screen.matter.id
    matter = get_matter(archive, ids["Malmö"])
    assert (matter.case_number, matter.raised_on, matter.raised_precision) == ("KS 2024/1234", "2024-08-05", "day")
    update = changes(archive, "matters", "update", ids["Malmö"])[-1]
    assert json.loads(update["after"])["case_number"] == "KS 2024/1234"
    new = get_matter(archive, new_id)
    assert (new.title, new.kind, new.municipality) == ("Medborgarförslag om parkbänkar", "medborgarförslag", "Malmö")
    assert changes(archive, "matters", "insert", new_id)[0]["actor"] == "testare"


async def test_list_filters_and_status(planned):
    archive, ids = planned
    async with make_app(archive).run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = pilot.app.screen
        assert isinstance(screen, MatterListScreen)
        table = screen.query_one(MatterTable)

        def shown() -> list[tuple[str, str, str]]:
            return [(str(table.get_row_at(i)[1]), str(table.get_row_at(i)[2]), str(table.get_row_at(i)[3]))
                    for i in range(table.row_count)]

        assert shown() == [
            (sample.LINKOPING_TITLE, "(inget datum) Kommunstyrelsen", "oplanerat"),
            (sample.MALMO_TITLE, "2024-08-05 Kommunstyrelsens arbetsutskott", "planerat"),
        ]
        screen.query_one("#filter-kind").value = "motion"
        await settle(pilot)
        assert [t for t, _, _ in shown()] == [sample.LINKOPING_TITLE]
        screen.query_one("#filter-kind").clear()
        screen.query_one("#filter-status").value = "planerat"
        await settle(pilot)
        assert [t for t, _, _ in shown()] == [sample.MALMO_TITLE]
        await pilot.press("ctrl+l")
        await settle(pilot)
        screen.query_one("#filter-year").value = "2022"  # the Linköping motion was raised in June 2022
        await settle(pilot)
        assert [t for t, _, _ in shown()] == [sample.LINKOPING_TITLE]
        await pilot.press("ctrl+l")
        screen.query_one("#filter-body").value = body_id(archive, "Kommunfullmäktige")
        await settle(pilot)
        assert [t for t, _, _ in shown()] == [sample.MALMO_TITLE]
        mark_dispatched(archive, ids["Malmö"], on="2024-09-02")
        screen.query_one("#filter-body").clear()
        screen.query_one("#filter-status").value = "expedierat"
        await settle(pilot)
        assert shown() == [(sample.MALMO_TITLE, "2024-08-05 Kommunstyrelsens arbetsutskott", "expedierat")]


# ---------------------------------------------------------------- Sammanträden


async def open_meetings(pilot, body: str, date: str) -> MeetingsScreen:
    await settle(pilot)
    await pilot.press("f3")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, MeetingsScreen)
    screen.query_one("#meeting-body").value = body_id(pilot.app.archive, body)
    await settle(pilot)
    table = screen.query_one("#meetings-table", DataTable)
    table.move_cursor(row=[m.date for m in screen.rows].index(date))
    await pilot.pause()
    return screen


async def test_meeting_agenda_and_state(planned):
    archive, ids = planned
    async with make_app(archive).run_test(size=(120, 40)) as pilot:
        screen = await open_meetings(pilot, "Kommunstyrelsen", "2024-08-14")
        from archive.meetings import list_meetings

        plan = list_meetings(archive, body="Kommunstyrelsen", year=2024, municipality="Malmö")
        assert screen.year == 2024 and [m.date for m in screen.rows] == [m.date for m in plan]
        agenda = screen.query_one("#agenda-table", DataTable)
        assert [str(agenda.get_row_at(i)[1]) for i in range(agenda.row_count)] == [sample.MALMO_TITLE]
        await pilot.press("s")
        await pilot.pause()
        await pilot.press("down", "enter")  # planerat -> kallat
        await settle(pilot)
        assert "kallat" in str(screen.query_one("#meetings-table", DataTable).get_row_at(
            [m.date for m in screen.rows].index("2024-08-14"))[4])
        await pilot.press("o")
        await settle(pilot)
        assert isinstance(pilot.app.screen, MatterScreen) and pilot.app.screen.matter.id == ids["Malmö"]
    state = archive.query("SELECT state FROM meetings WHERE id = ?", (meeting_id(archive, "Kommunstyrelsen",
                                                                                   "2024-08-14"),))[0]["state"]
    assert state == "called"
    change = changes(archive, "meetings", "update")[-1]
    assert json.loads(change["after"])["state"] == "called" and change["actor"] == "testare"


async def test_record_justering_and_notice_and_the_deadline_is_kept(planned):
    """The protocol's justering and the notice of it, entered on Sammanträden: stored with
    history, the meeting held, and the matter's overview shows the deadline kept."""
    archive, ids = planned
    ks = meeting_id(archive, "Kommunstyrelsen", "2024-08-14")
    async with make_app(archive).run_test(size=(120, 40)) as pilot:
        screen = await open_meetings(pilot, "Kommunstyrelsen", "2024-08-14")
        await pilot.press("j")
        await pilot.pause()
        dialog = pilot.app.screen
        assert isinstance(dialog, FormDialog)
        # A justering before the meeting is refused in the dialog, and nothing is stored.
        dialog.widget("approved_on").value = "1 aug 2024"
        await pilot.press("enter")
        await settle(pilot)
        assert pilot.app.screen is dialog
        assert "före sammanträdet" in str(dialog.query_one("#dialog-error").render())
        assert archive.query("SELECT approved_on FROM meetings WHERE id = ?", (ks,))[0]["approved_on"] is None
        dialog.widget("approved_on").value = "20 aug 2024"  # Swedish forms, as everywhere
        dialog.widget("notice_posted_on").value = "240821"
        dialog.widget("approved_on").focus()
        await pilot.press("enter")
        await settle(pilot)
        assert pilot.app.screen is screen
        row = screen.query_one("#meetings-table", DataTable).get_row_at([m.date for m in screen.rows].index(
            "2024-08-14"))
        assert [str(c) for c in row[4:]] == ["hållet", "1", "2024-08-20", "2024-08-21"]
        # The matter's overview: the justering deadline of the Kommunstyrelsen step is kept.
        await pilot.press("o")
        await settle(pilot)
        await pilot.press("1")
        await settle(pilot)
        overview = pilot.app.screen.query_one("#overview-table", RowList)
        shown = [overview.get_row_at(i) for i in range(overview.row_count)]
        assert ("Justering senast ✓", "Kommunstyrelsen", "2024-08-14") in [(r[1], r[2], r[3]) for r in shown]
    stored = archive.query("SELECT state, approved_on, notice_posted_on FROM meetings WHERE id = ?", (ks,))[0]
    assert dict(stored) == {"state": "held", "approved_on": "2024-08-20", "notice_posted_on": "2024-08-21"}
    after = [json.loads(c["after"]) for c in changes(archive, "meetings", "update") if c["row_id"] == ks]
    assert after[-1]["approved_on"] == "2024-08-20" and after[-1]["notice_posted_on"] == "2024-08-21"


async def test_cancel_meeting_moves_every_step_to_the_next_meeting(planned):
    archive, ids = planned
    sample.fill(archive, 3)  # three more matters, planned on KS 2024-08-14 below
    from archive.planning import add_step

    for matter_id in (3, 4, 5):
        add_step(archive, matter_id, body_id(archive, "Kommunstyrelsen"), date="2024-08-14")
    versions = {m: get_matter(archive, m).version for m in (2, 3, 4, 5)}
    async with make_app(archive).run_test(size=(120, 40)) as pilot:
        screen = await open_meetings(pilot, "Kommunstyrelsen", "2024-08-14")
        assert screen.current.planned == 4
        await pilot.press("c")
        await pilot.pause()
        dialog = pilot.app.screen
        assert isinstance(dialog, ConfirmDialog)
        assert "2024-08-28" in str(dialog.query_one("#answer-0").label)
        await pilot.press("enter")
        await settle(pilot)
        assert pilot.app.screen is screen
        assert "inställt" in str(screen.query_one("#meetings-table", DataTable).get_row_at(
            [m.date for m in screen.rows].index("2024-08-14"))[4])
    ks = body_id(archive, "Kommunstyrelsen")
    moved = archive.query("SELECT matter_id, date, meeting_id FROM planning_steps WHERE body_id = ? ORDER BY matter_id",
                          (ks,))
    target = meeting_id(archive, "Kommunstyrelsen", "2024-08-28")
    assert [(r["matter_id"], r["date"], r["meeting_id"]) for r in moved if r["matter_id"] > 1] == [
        (2, "2024-08-28", target), (3, "2024-08-28", target), (4, "2024-08-28", target), (5, "2024-08-28", target),
    ]
    assert all(get_matter(archive, m).version == versions[m] + 1 for m in versions)
    step_changes = [c for c in changes(archive, "planning_steps", "update")
                    if json.loads(c["after"])["date"] == "2024-08-28"]
    assert len(step_changes) == 4
    assert json.loads(changes(archive, "meetings", "update")[-1]["after"])["state"] == "cancelled"


async def test_a_cancel_that_puts_a_step_after_a_later_step_is_shown_and_needs_confirming(planned):
    """Issue 14, defect 4: cancelling KS 2024-08-28 would move the Malmö matter's KS step to
    2024-09-11, after its KF decision on 2024-08-29. The dialog says so before anything is
    saved; Enter then cancels without moving, and only "f" moves it anyway."""
    from archive.matters import set_step_date

    archive, ids = planned
    set_step_date(archive, ids["Malmö"], 2, "2024-08-28")
    ks_28 = meeting_id(archive, "Kommunstyrelsen", "2024-08-28")
    async with make_app(archive).run_test(size=(120, 40)) as pilot:
        await open_meetings(pilot, "Kommunstyrelsen", "2024-08-28")
        await pilot.press("c")
        await pilot.pause()
        dialog = pilot.app.screen
        assert isinstance(dialog, ConfirmDialog)
        text = str(dialog.query_one("#dialog-text", Static).render())
        assert "⚠ Flytten till 2024-09-11 bryter ordningen i 1 ärende" in text and sample.MALMO_TITLE in text
        assert "2024-09-11" in text and "2024-08-29" in text
        labels = [str(b.label) for b in dialog.query("Button")]
        assert labels[0] == "Ställ in utan att flytta (u)" and labels[1] == "Flytta ändå till 2024-09-11 (f)"
        assert archive.query("SELECT state FROM meetings WHERE id = ?", (ks_28,))[0]["state"] == "planned"
        await pilot.press("escape")  # nothing saved
        await pilot.pause()
        assert archive.query("SELECT state FROM meetings WHERE id = ?", (ks_28,))[0]["state"] == "planned"
        await pilot.press("c", "f")  # moved anyway, confirmed
        await settle(pilot)
    assert get_matter(archive, ids["Malmö"]).planning[1].date == "2024-09-11"
    assert archive.query("SELECT state FROM meetings WHERE id = ?", (ks_28,))[0]["state"] == "cancelled"


async def test_a_step_date_after_a_later_step_is_shown_and_needs_a_second_enter(planned):
    archive, ids = planned
    async with make_app(archive).run_test(size=(120, 40)) as pilot:
        screen = await open_malmo(pilot)
        await pilot.press("down", "d", "ctrl+u", *"2024-09-11", "enter")  # KS after the KF decision (08-29)
        await pilot.pause()
        dialog = pilot.app.screen
        assert isinstance(dialog, FormDialog)
        said = str(dialog.query_one("#dialog-error", Static).render())
        assert said == ("Sparades inte: ⚠ steg 3 (Kommunfullmäktige 2024-08-29) ligger före ett tidigare steg "
                        "(2024-09-11). Enter igen sparar ändå.")
        assert get_matter(archive, ids["Malmö"]).planning[1].date == "2024-08-14"  # nothing saved yet
        await pilot.press("enter")
        await settle(pilot)
        assert pilot.app.screen is screen
    assert get_matter(archive, ids["Malmö"]).planning[1].date == "2024-09-11"


async def test_the_open_matter_shows_a_meeting_cancelled_in_f3_when_it_comes_back(planned):
    """Issue 14, defect 5: cancel a meeting in F3 (moving its steps), come back with F2:
    the matter shows the new date, and editing is not refused as a conflict with one's
    own change; the list under it shows the new next step too."""
    archive, ids = planned
    async with make_app(archive).run_test(size=(120, 40)) as pilot:
        matter = await open_malmo(pilot)
        await open_meetings(pilot, "Kommunstyrelsen", "2024-08-14")
        await pilot.press("c", "f")  # cancel, and move its steps to the next meeting
        await settle(pilot)
        await pilot.press("f2")
        await settle(pilot)
        assert pilot.app.screen is matter
        assert [str(v) for v in matter.table("planning").get_row_at(1)[1:3]] == ["Kommunstyrelsen", "2024-08-28"]
        assert matter.matter.version == get_matter(archive, ids["Malmö"]).version
        matter.table("planning").move_cursor(1)
        await pilot.press("r", "down", "enter")  # an edit at the version shown: saved, not refused
        await settle(pilot)
        assert pilot.app.screen is matter
        assert get_matter(archive, ids["Malmö"]).planning[1].role == "yttrar sig"


async def test_the_open_matter_shows_its_step_on_a_meeting_cancelled_meanwhile(planned):
    archive, ids = planned
    async with make_app(archive).run_test(size=(120, 40)) as pilot:
        matter = await open_malmo(pilot)
        assert matter.problems == []
        await open_meetings(pilot, "Kommunstyrelsen", "2024-08-14")
        await pilot.press("c", "u")  # cancel without moving: the step now sits on a cancelled meeting
        await settle(pilot)
        await pilot.press("f2")
        await settle(pilot)
        assert pilot.app.screen is matter
        assert [p.kind for p in matter.problems] == ["cancelled_meeting"]
        assert "inställt" in str(matter.query_one("#plan-problems", Static).render())


async def test_the_matter_list_shows_a_change_made_in_the_matter_when_it_comes_back(planned):
    archive, ids = planned
    async with make_app(archive).run_test(size=(120, 40)) as pilot:
        matter = await open_malmo(pilot)
        await pilot.press("d", "ctrl+u", *"2024-08-19", "enter", "enter")  # step 1, KSAU; confirmed
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        listed = pilot.app.screen.query_one(MatterTable)
        assert pilot.app.screen is not matter
        assert str(listed.get_row_at(listed.cursor_row)[2]) == "2024-08-19 Kommunstyrelsens arbetsutskott"


async def test_export_a_body_meeting_plan_for_the_year_to_csv(planned, tmp_path):
    archive, ids = planned
    target = tmp_path / "ks.csv"
    async with make_app(archive).run_test(size=(120, 40)) as pilot:
        await open_meetings(pilot, "Kommunstyrelsen", "2024-08-14")
        await pilot.press("x")
        await pilot.pause()
        pilot.app.screen.widget("path").value = str(target)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(pilot.app.screen, MeetingsScreen)
    text = target.read_text(encoding="utf-8-sig")
    rows = list(csv.reader(text.splitlines(), delimiter=";"))
    # Issue 14, defect 11: the body's meeting plan for the year, every meeting, not one row.
    from archive.meetings import list_meetings

    plan = list_meetings(archive, body="Kommunstyrelsen", year=2024, municipality="Malmö")
    assert len(plan) > 20
    assert rows[0] == ["datum", "dag", "tid", "plats", "sammanträde", "diarienummer", "ärende", "steg", "roll",
                       "beslutar", "utfall"]
    assert [r[0] for r in rows[1:]] == [m.date for m in plan]
    assert rows[1 + [m.date for m in plan].index("2024-08-14")] == [
        "2024-08-14", "ons", "13:00", "Stadshuset", "planerat", "", sample.MALMO_TITLE, "2", "bereder", "nej", ""]
    assert rows[1] == ["2024-01-17", "ons", "13:00", "Stadshuset", "planerat", "", "", "", "", "", ""]


# ---------------------------------------------------------------- Mottagare, Att göra, keys


async def test_distribution_lists_create_rename_and_members(planned):
    archive, ids = planned
    async with make_app(archive).run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("f4")
        await settle(pilot)
        screen = pilot.app.screen
        assert [entry.name for entry in screen.lists] == ["Alla helägda bolag", "Alla nämnder"]
        await pilot.press("n", *"Revisionen", "enter")
        await settle(pilot)
        assert screen.current.name == "Revisionen"
        await pilot.press("r", "ctrl+u", *"Revisorerna", "enter")
        await settle(pilot)
        await pilot.press("a", *"Revisorskoll", "enter")
        await settle(pilot)
        await pilot.press("a", *"Valnämnden", "enter")
        await settle(pilot)
        assert [m.name for m in screen.members] == ["Revisorskollegiet", "Valnämnden"]
        await pilot.press("tab")  # to the members
        await pilot.press("delete", "j")
        await settle(pilot)
    assert [m.name for m in list_members(archive, "Revisorerna")] == ["Valnämnden"]
    assert json.loads(changes(archive, "distribution_lists", "update")[-1]["after"])["name"] == "Revisorerna"
    assert len(changes(archive, "distribution_list_members", "insert")) >= 2
    assert len(changes(archive, "distribution_list_members", "delete")) == 1


async def test_todo_shows_what_archive_due_computes(planned):
    archive, ids = planned
    expected = due(archive, today=sample.TODAY, within=14)
    assert expected
    async with make_app(archive).run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("f5")
        await settle(pilot)
        table = pilot.app.screen.query_one(RowList)
        shown = [(str(table.get_row_at(i)[0]), str(table.get_row_at(i)[2])) for i in range(table.row_count)]
        assert shown == [(item.date, item.label) for item in expected]
        pilot.app.screen.query_one("#todo-within", Input).value = "3"
        await settle(pilot)
        assert table.row_count == len(due(archive, today=sample.TODAY, within=3)) < len(expected)


async def test_todo_counts_from_a_day_the_clerk_sets(planned):
    """Issue 14, defect 8: F5 gets the CLI's --today: a key, a date dialog, the day on screen."""
    import datetime as dt

    archive, ids = planned
    day = dt.date(2024, 9, 1)
    expected = due(archive, today=day, within=14)
    assert expected != due(archive, today=sample.TODAY, within=14)
    async with make_app(archive).run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("f5")
        await settle(pilot)
        screen = pilot.app.screen
        assert str(screen.query_one("#todo-today", Label).render()) == "Per tisdag 20 augusti 2024"
        await pilot.press("t")
        await pilot.pause()
        dialog = pilot.app.screen
        assert isinstance(dialog, FormDialog)
        await pilot.press("ctrl+u", *"31 sep 2024", "enter")  # no such day: said in the dialog, nothing changes
        await pilot.pause()
        assert pilot.app.screen is dialog and "sep" in str(dialog.query_one("#dialog-error", Static).render())
        await pilot.press("ctrl+u", *"1 sep 2024", "enter")
        await settle(pilot)
        assert pilot.app.screen is screen
        assert str(screen.query_one("#todo-today", Label).render()) == (
            "Per söndag 1 september 2024 (vald dag, t ändrar)")
        table = screen.query_one(RowList)
        shown = [(str(table.get_row_at(i)[0]), str(table.get_row_at(i)[2])) for i in range(table.row_count)]
        assert shown == [(item.date, item.label) for item in expected]
        await pilot.press("t", "ctrl+u", "enter")  # empty: back to today
        await settle(pilot)
        assert str(screen.query_one("#todo-today", Label).render()) == "Per tisdag 20 augusti 2024"


async def test_help_and_command_palette(planned):
    archive, ids = planned
    async with make_app(archive).run_test(size=(120, 40)) as pilot:
        screen = await open_malmo(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert screen.query("HelpPanel")
        await pilot.press("question_mark")
        await pilot.pause()
        commands = [c.title for c in pilot.app.get_system_commands(screen)]
        for title in ("Lägg till", "Bordlägg/återremiss", "Ändra datum", "Sammanträden", "Att göra"):
            assert title in commands
        assert "Expediera" not in commands  # a key of another tab is neither shown nor offered
        await pilot.press("3")
        await pilot.pause()
        on_recipients = [c.title for c in pilot.app.get_system_commands(screen)]
        assert "Expediera" in on_recipients and "Ändra datum" not in on_recipients
        await pilot.press("2")
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Bordlägg")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(pilot.app.screen, FormDialog)  # the postpone dialog, from the palette
