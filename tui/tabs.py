"""The matter screen's tab labels in one line, over a ContentSwitcher of panes.

Textual's TabbedContent is about twenty widgets for seven tabs (a tab, a pane and their
containers each, an animated underline), and every widget of a screen is styled again
each time the screen comes back to the front: the reused matter screen comes to the
front on every matter opened. This bar is one widget; the panes are plain containers.
The number keys (bound by the screen) or a click choose a tab."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual import events
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget


class TabBar(Widget, can_focus=False):
    """Labels of (id, label) tabs; `active` is the id of the one shown."""

    ALLOW_SELECT = False
    COMPONENT_CLASSES = {"tab-bar--active", "tab-bar--inactive", "tab-bar--number"}
    DEFAULT_CSS = """
    TabBar {
        height: 1;
        width: 100%;
        padding: 0 1;
    }
    TabBar > .tab-bar--active {
        color: $block-cursor-foreground;
        background: $block-cursor-background;
        text-style: bold;
    }
    TabBar > .tab-bar--inactive {
        color: $foreground-muted;
    }
    TabBar > .tab-bar--number {
        color: $footer-key-foreground;
    }
    """

    active: reactive[str] = reactive("")

    class Activated(Message):
        """A tab was chosen (by a click, or by setting `active`)."""

        def __init__(self, tab_bar: TabBar, tab: str) -> None:
            super().__init__()
            self.tab_bar = tab_bar
            self.tab = tab

        @property
        def control(self) -> TabBar:
            return self.tab_bar

    def __init__(self, tabs: Sequence[tuple[str, str] | tuple[str, str, str]], *, active: str,
                 id: str | None = None) -> None:
        """`tabs`: (id, label) or (id, label, short label for a narrow terminal)."""
        super().__init__(id=id)
        self.tabs = [(tab[0], tab[1], tab[2] if len(tab) > 2 else tab[1]) for tab in tabs]
        self.set_reactive(TabBar.active, active)
        self._spans: list[tuple[int, int, str]] = []

    def watch_active(self, tab: str) -> None:
        self.post_message(self.Activated(self, tab))

    def render(self) -> Text:
        # The widest form that fits: every tab stays on screen (80 columns: short labels).
        width = self.content_region.width
        for short, numbered in ((False, True), (False, False), (True, True), (True, False)):
            line = self._line(numbered=numbered, short=short)
            if line.cell_len <= width:
                break
        return line

    def _line(self, *, numbered: bool, short: bool = False) -> Text:
        active = self.get_component_rich_style("tab-bar--active")
        inactive = self.get_component_rich_style("tab-bar--inactive")
        number = self.get_component_rich_style("tab-bar--number", partial=True)
        line = Text(no_wrap=True, overflow="ellipsis", end="")
        self._spans = []
        for n, (tab, label, short_label) in enumerate(self.tabs, 1):
            start = line.cell_len
            style = active if tab == self.active else inactive
            if numbered:
                line.append(f" {n}", style + number if tab != self.active else style)
            line.append(f" {short_label}" if short and numbered else f" {short_label if short else label} ", style)
            self._spans.append((start, line.cell_len, tab))
            if numbered and not short:
                line.append(" ")
        return line

    def on_click(self, event: events.Click) -> None:
        x = event.x - 1  # the bar's left padding
        for start, end, tab in self._spans:
            if start <= x < end:
                self.active = tab
                return
