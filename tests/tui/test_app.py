"""TUI v0 driven by Pilot, asserting the archive's rows afterwards."""

from __future__ import annotations

import json

import tui_sample as sample
from textual.widgets import Input, Static

from archive import open_archive
from archive.matters import get_matter, set_step_date
from tui.app import BeslutApp
from tui.dialogs import FormDialog
from tui.matter_list import MatterListScreen, MatterTable
from tui.matter_view import MatterScreen
from tui.rowlist import RowList


async def settle(pilot) -> None:
    """Let the workers finish and the screen catch up."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def open_by_search(pilot, words: str) -> MatterScreen:
    await pilot.press("slash", *words)
    await settle(pilot)
    await pilot.press("enter", "enter")  # submit the search, open the highlighted matter
    await settle(pilot)
    assert isinstance(pilot.app.screen, MatterScreen)
    return pilot.app.screen


def list_titles(app) -> list[str]:
    table = app.screen.query_one(MatterTable)
    return [str(table.get_row_at(i)[1]) for i in range(table.row_count)]


async def test_list_shows_both_matters_and_search_narrows_it(seeded):
    archive, ids = seeded
    app = BeslutApp(archive)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, MatterListScreen)
        assert list_titles(app) == [sample.LINKOPING_TITLE, sample.MALMO_TITLE]
        await pilot.press("slash", *"ukraina")
        await settle(pilot)
        assert list_titles(app) == [sample.LINKOPING_TITLE]
        await pilot.press(*" finns")
        await settle(pilot)
        assert list_titles(app) == []
        assert "Inga ärenden" in str(app.screen.query_one("#list-status").render())


async def test_change_kommunstyrelsen_date_of_malmo_matter(seeded):
    archive, ids = seeded
    app = BeslutApp(archive)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = await open_by_search(pilot, "internationella")
        assert screen.matter.id == ids["Malmö"]
        await pilot.press("down", "d")  # step 2 is Kommunstyrelsen
        await pilot.pause()
        assert isinstance(app.screen, FormDialog)
        assert app.screen.query_one(Input).value == "2024-08-14"
        await pilot.press(*"2024-08-21", "enter")
        await settle(pilot)
        assert app.screen is screen
        shown = screen.query_one("#planning-table", RowList).get_row_at(1)
        assert [str(v) for v in shown[1:3]] == ["Kommunstyrelsen", "2024-08-21"]

    matter = get_matter(archive, ids["Malmö"])
    assert [(s.body, s.date) for s in matter.planning] == [
        ("Kommunstyrelsens arbetsutskott", "2024-08-05"),
        ("Kommunstyrelsen", "2024-08-21"),
        ("Kommunfullmäktige", "2024-08-29"),
    ]
    rows = archive.query(
        "SELECT actor, before, after FROM changes WHERE table_name = 'planning_steps' AND action = 'update'"
        " AND matter_id = ?",
        (ids["Malmö"],),
    )
    assert len(rows) == 1
    assert rows[0]["actor"] == "testare"
    assert json.loads(rows[0]["before"])["date"] == "2024-08-14"
    assert json.loads(rows[0]["after"])["date"] == "2024-08-21"


async def test_swedish_date_forms_are_accepted(seeded):
    archive, ids = seeded
    app = BeslutApp(archive)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await open_by_search(pilot, "internationella")
        await pilot.press("d", *"21 aug 2024", "enter")  # after step 2 (14 aug): saved on a second Enter
        await pilot.pause()
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("down", "down", "d", *"240905", "enter")
        await settle(pilot)
    dates = [s.date for s in get_matter(archive, ids["Malmö"]).planning]
    assert dates == ["2024-08-21", "2024-08-14", "2024-09-05"]


async def test_invalid_date_is_refused_on_screen_and_nothing_changes(seeded):
    archive, ids = seeded
    changes_before = archive.execute("SELECT count(*) FROM changes").fetchone()[0]
    app = BeslutApp(archive)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await open_by_search(pilot, "internationella")
        await pilot.press("down", "d", *"31 feb 2024", "enter")
        await pilot.pause()
        assert isinstance(app.screen, FormDialog), "the dialog stays open so the clerk can correct the date"
        error = str(app.screen.query_one("#dialog-error", Static).render())
        assert "Sparades inte" in error and "finns inte" in error
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MatterScreen)
    assert get_matter(archive, ids["Malmö"]).planning[1].date == "2024-08-14"
    assert archive.execute("SELECT count(*) FROM changes").fetchone()[0] == changes_before


async def test_stale_save_is_refused_with_who_and_when(seeded, db_path):
    archive, ids = seeded
    app = BeslutApp(archive)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = await open_by_search(pilot, "internationella")
        # Another clerk, in another process's connection, changes the same matter meanwhile.
        with open_archive(db_path, actor="kollega") as other:
            set_step_date(other, ids["Malmö"], 3, "2024-09-26")
        await pilot.press("down", "d", *"2024-08-21", "enter")
        await pilot.pause()
        assert isinstance(app.screen, FormDialog)
        error = str(app.screen.query_one("#dialog-error", Static).render())
        assert "kollega" in error and "ändrats" in error
        at = archive.query("SELECT at FROM changes ORDER BY id DESC LIMIT 1")[0]["at"]
        assert at in error
        await pilot.press("ctrl+r")  # reload, as the dialog offers
        await settle(pilot)
        assert app.screen is screen
        assert [s.date for s in screen.matter.planning] == ["2024-08-05", "2024-08-14", "2024-09-26"]
    assert [s.date for s in get_matter(archive, ids["Malmö"]).planning] == ["2024-08-05", "2024-08-14", "2024-09-26"]


async def test_database_text_is_never_parsed_as_markup(seeded):
    archive, ids = seeded
    app = BeslutApp(archive)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = await open_by_search(pilot, "ukraina")
        await pilot.press("4")
        await pilot.pause()
        proposals = screen.query_one("#proposals-table", RowList)
        assert "[/]" in str(proposals.get_row_at(1)[2])


async def test_detail_view_shows_every_part(seeded):
    archive, ids = seeded
    app = BeslutApp(archive)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = await open_by_search(pilot, "internationella")

        for tab in "1234567":  # the tabs are built when first shown
            await pilot.press(tab)
            await pilot.pause()

        def column(table_id: str, index: int) -> list[str]:
            table = screen.query_one(f"#{table_id}", RowList)
            return [str(table.get_row_at(i)[index]) for i in range(table.row_count)]

        assert column("planning-table", 1) == ["Kommunstyrelsens arbetsutskott", "Kommunstyrelsen", "Kommunfullmäktige"]
        assert column("planning-table", 4) == ["", "", "ja"]
        assert column("recipients-table", 1) == sample.MALMO_RECIPIENTS
        assert column("proposals-table", 1) == ["Kommunfullmäktige"]
        assert column("basis-table", 2) == ["2024-08-05"]
        assert column("responsible-table", 1) == ["Näringslivsdirektör", "Sektionschef", "Stadsdirektör"]
        assert sample.MALMO_TITLE in str(screen.query_one("#matter-title", Static).render())
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MatterListScreen)


async def test_list_holds_at_most_two_screens_while_scrolling(archive):
    sample.fill(archive, 150)
    app = BeslutApp(archive)
    async with app.run_test(size=(100, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        table = screen.query_one(MatterTable)
        page = screen.window.page_size
        assert page == 24
        assert table.row_count == 2 * page

        def current() -> int:
            return table.row_key_at(table.cursor_row)

        # Row by row across the end of the window: every matter in turn, none skipped.
        await pilot.press(*["down"] * (2 * page - 4))
        await settle(pilot)
        assert current() == 2 * page - 3
        for expected in range(2 * page - 2, 2 * page + 5):
            await pilot.press("down")
            await settle(pilot)
            assert current() == expected
            assert table.row_count <= 2 * page
        # A screen at a time to the end: the window slides, never grows.
        previous = current()
        while not (screen.window.at_end and table.cursor_row == table.row_count - 1):
            await pilot.press("pagedown")
            await settle(pilot)
            assert table.row_count <= 2 * page
            assert current() > previous or screen.window.at_end
            previous = current()
        assert current() == 150
        assert screen.window.first > 0
        # And back to the top through the pages left behind.
        while current() != 1:
            await pilot.press("pageup")
            await settle(pilot)
            assert table.row_count <= 2 * page
            assert current() < previous or current() == 1
            previous = current()
        assert table.cursor_row == 0 and screen.window.first == 0


async def test_matter_screen_is_reused_and_shows_the_new_matter_everywhere(seeded):
    archive, ids = seeded
    app = BeslutApp(archive)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        first = await open_by_search(pilot, "internationella")
        await pilot.press("4")  # build the proposals tab with Malmö's proposal
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("slash", "ctrl+u", *"ukraina", "enter", "enter")
        await settle(pilot)
        second = app.screen
        assert second is first and second.matter.id == ids["Linköping"]
        assert second.active_tab == "planning" and second.query_one("#tabs").current == "planning"
        assert sample.LINKOPING_TITLE in str(second.query_one("#matter-title", Static).render())
        planning = second.query_one("#planning-table", RowList)
        assert [str(planning.get_row_at(i)[1]) for i in range(planning.row_count)] == [
            "Kommunstyrelsen", "Kommunfullmäktige"]
        proposals = second.query_one("#proposals-table", RowList)
        assert proposals.row_count == 2 and str(proposals.get_row_at(0)[1]) == "Kommunstyrelsen"


async def test_reused_matter_screen_takes_a_theme_chosen_while_it_was_away(seeded):
    """The matter screen skips Textual's restyle when it comes back and nothing on the app
    changed (tui/live.py); a theme chosen on the list meanwhile must still reach it."""
    archive, _ids = seeded
    app = BeslutApp(archive)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = await open_by_search(pilot, "internationella")
        head = screen.query_one("#matter-head")
        assert head.styles.border_bottom[1] == app.current_theme.to_color_system().primary
        await pilot.press("escape")
        await pilot.pause()
        app.theme = "textual-light" if app.theme != "textual-light" else "nord"
        await pilot.pause()
        await pilot.press("enter")  # the highlighted matter again, on the same screen
        await settle(pilot)
        assert app.screen is screen
        assert head.styles.border_bottom[1] == app.current_theme.to_color_system().primary
