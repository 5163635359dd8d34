"""Issue 14, defect 9: every screen and dialog works at 80x24, the smallest terminal a
clerk may have (the snapshots show them; these check what must not be lost)."""

from __future__ import annotations

import tui_sample as sample

from archive.dispatch import mark_dispatched
from tui.app import BeslutApp
from tui.footer import KeyFooter
from tui.rowlist import RowList
from tui.tabs import TabBar

SMALL = (80, 24)


async def settle(pilot) -> None:
    for _ in range(2):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


def every_key_is_drawn(screen) -> None:
    footer = screen.query_one(KeyFooter)
    footer.render()
    drawn = {span[-1].key for span in footer._spans if span[-2] <= footer.size.width}  # (..., end, key)
    shown = {entry.key for entry in footer._keys}
    assert shown and shown <= drawn, shown - drawn
    assert footer.region.bottom <= SMALL[1]


async def test_the_matter_screen_at_80x24(planned):
    archive, ids = planned
    mark_dispatched(archive, ids["Malmö"], [1], on="2024-09-02")
    async with BeslutApp(archive, today=sample.TODAY).run_test(size=SMALL) as pilot:
        await settle(pilot)
        every_key_is_drawn(pilot.app.screen)
        pilot.app.open_matter(ids["Malmö"])
        await settle(pilot)
        screen = pilot.app.screen
        bar = screen.query_one(TabBar)
        bar.render()
        assert [tab for _start, end, tab in bar._spans if end <= bar.content_region.width] == [
            "overview", "planning", "recipients", "proposals", "basis", "responsible", "history"]
        every_key_is_drawn(screen)
        await pilot.press("3")
        await settle(pilot)
        recipients = screen.query_one("#recipients-table", RowList)
        first = recipients.render_line(1).text
        assert "2024-09-02" in first and first.rstrip().endswith("2024-09-02")  # Expedierat, whole
        every_key_is_drawn(screen)
        await pilot.press("2", "a")  # the add-step dialog, all five fields on screen
        await settle(pilot)
        dialog = pilot.app.screen.query_one("#dialog")
        assert dialog.region.height <= SMALL[1] and dialog.region.bottom <= SMALL[1]
        fields = [w for w in pilot.app.screen.query("Select, Input, Checkbox") if w.id and w.id.startswith("field-")]
        assert len(fields) == 5 and all(dialog.region.contains_region(f.region) for f in fields)


async def test_the_other_areas_at_80x24(planned):
    archive, ids = planned
    async with BeslutApp(archive, today=sample.TODAY).run_test(size=SMALL) as pilot:
        await settle(pilot)
        for key, table in (("f3", None), ("f4", "#members-table"), ("f5", "#todo-table")):
            await pilot.press(key)
            await settle(pilot)
            every_key_is_drawn(pilot.app.screen)
            if table:  # every column on screen, none scrolled off to the right
                rows = pilot.app.screen.query_one(table, RowList)
                assert rows.virtual_size.width <= rows.scrollable_content_region.width
