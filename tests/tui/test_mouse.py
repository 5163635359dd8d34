"""The mouse works too: every click below goes through Textual's mouse events at a screen
position, as a terminal reports it, on the widgets the clerk sees."""

from __future__ import annotations

import tui_sample as sample
from textual.command import CommandPalette

from archive.dispatch import mark_dispatched
from archive.matters import get_matter
from tui.app import BeslutApp
from tui.footer import KeyFooter
from tui.header import TitleBar
from tui.matter_list import MatterListScreen, MatterTable
from tui.matter_view import MatterScreen
from tui.rowlist import RowList
from tui.tabs import TabBar


async def settle(pilot) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def column_of(text: str, widget, extra: int = 0) -> int:
    """The x offset where `text` is drawn in a one-line widget."""
    return widget.render().plain.index(text) + extra


async def test_click_a_row_then_click_it_again_to_open_it(planned):
    archive, ids = planned
    async with BeslutApp(archive, today=sample.TODAY).run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        table = pilot.app.screen.query_one(MatterTable)
        assert [table.get_row_at(i)[1] for i in range(2)] == [sample.LINKOPING_TITLE, sample.MALMO_TITLE]
        await pilot.click(MatterTable, offset=(20, 2))  # line 0 is the header: line 2 is the second matter
        await pilot.pause()
        assert table.cursor_row == 1 and isinstance(pilot.app.screen, MatterListScreen)
        await pilot.click(MatterTable, offset=(20, 2))  # a click on the highlighted row opens it
        await settle(pilot)
        assert isinstance(pilot.app.screen, MatterScreen) and pilot.app.screen.matter.id == ids["Malmö"]
        # The header line is not a row.
        await pilot.press("escape")
        await settle(pilot)
        await pilot.click(MatterTable, offset=(20, 0))
        await pilot.pause()
        assert isinstance(pilot.app.screen, MatterListScreen) and table.cursor_row == 1


async def test_tabs_rows_and_footer_keys_by_mouse(planned):
    archive, ids = planned
    mark_dispatched(archive, ids["Malmö"], [1], on="2024-09-02")
    async with BeslutApp(archive, today=sample.TODAY).run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        pilot.app.open_matter(ids["Malmö"])
        await settle(pilot)
        screen = pilot.app.screen
        bar = screen.query_one(TabBar)
        await pilot.click(TabBar, offset=(column_of("Beslutet skickas till", bar, extra=1 + 2), 0))
        await settle(pilot)
        assert screen.active_tab == "recipients" and screen.query_one("#tabs").current == "recipients"
        recipients = screen.query_one("#recipients-table", RowList)
        await pilot.click("#recipients-table", offset=(10, 3))  # the third recipient
        await pilot.pause()
        assert recipients.cursor_row == 2
        # A footer key, clicked, is the key pressed: "e" dispatches the highlighted recipient.
        footer = screen.query_one(KeyFooter)
        await pilot.click(KeyFooter, offset=(column_of("Expediera", footer), 0))
        await pilot.pause()
        assert "Expediera" in str(pilot.app.screen.query_one("#dialog-title").render())
        await pilot.press("enter")  # today's date, as offered
        await settle(pilot)
        # Today (20 Aug) is before the decision (KF 29 Aug): beslut asks first (issue 14, defect 6).
        assert "före beslutet" in str(pilot.app.screen.query_one("#dialog-title").render())
        await pilot.press("j")
        await settle(pilot)
        sent = [r.sent_on for r in get_matter(archive, ids["Malmö"]).recipients]
        assert sent[:3] == ["2024-09-02", None, sample.TODAY.isoformat()]
        # Back by the footer's "esc Tillbaka", then the title line's icon opens the command palette.
        await pilot.click(KeyFooter, offset=(column_of("Tillbaka", footer), 0))
        await settle(pilot)
        assert isinstance(pilot.app.screen, MatterListScreen)
        await pilot.click(TitleBar, offset=(2, 0))
        await pilot.pause()
        assert isinstance(pilot.app.screen, CommandPalette)
