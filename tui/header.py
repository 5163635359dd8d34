"""The title line of every screen: Textual's Header in one widget.

Textual's Header is four widgets, and each change of the screen's sub-title (the matter's
number, on every matter opened) updates its title widget with a layout pass, which the
screen only gets to a frame later: a second frame for every matter opened (bench/tui.py).
This one draws the same line (the icon that opens the command palette on the left, the
title and sub-title centred, the same colours) and only repaints when they change."""

from __future__ import annotations

from textual import events
from textual.content import Content
from textual.widget import Widget

ICON = "⭘"
ICON_WIDTH = 8  # the clickable cell at the left, as wide as Textual's HeaderIcon


class TitleBar(Widget, can_focus=False):
    """The screen's title and sub-title (or the app's), and the command palette's icon."""

    ALLOW_SELECT = False
    DEFAULT_CSS = """
    TitleBar {
        dock: top;
        width: 100%;
        height: 1;
        background: $panel;
        color: $foreground;
    }
    """

    def on_mount(self) -> None:
        for owner in (self.app, self.screen):
            for name in ("title", "sub_title"):
                self.watch(owner, name, self._changed, init=False)
        if self.app.ENABLE_COMMAND_PALETTE:
            self.tooltip = "Kommandon (Ctrl+P)"

    def _changed(self) -> None:
        self.refresh()  # one line whatever it says: no layout

    @property
    def titles(self) -> tuple[str, str]:
        screen, app = self.screen, self.app
        title = screen.title if screen.title is not None else app.title
        sub_title = screen.sub_title if screen.sub_title is not None else app.sub_title
        return title or "", sub_title or ""

    def render(self) -> Content:
        middle = self.app.format_title(*self.titles)  # the app's own title format, as Header uses
        icon = " " + ICON if self.app.ENABLE_COMMAND_PALETTE else ""
        start = max(ICON_WIDTH, (self.size.width - middle.cell_length) // 2)
        return Content.assemble(icon.ljust(start), middle).truncate(self.size.width, ellipsis=True)

    async def on_click(self, event: events.Click) -> None:
        if event.x < ICON_WIDTH and self.app.ENABLE_COMMAND_PALETTE:
            event.stop()
            await self.run_action("app.command_palette")
