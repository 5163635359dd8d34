"""The footer of every screen: the keys the clerk can press now, in one line.

Textual's Footer builds one widget per key and rebuilds them all on every bindings
signal (each focus change sends one). Each of those widgets is styled on its own, which
cost about 70 ms of the first screen and made opening a matter several times slower
(bench/tui.py). This footer is one widget that draws the same line, in the same colours
(the theme's $footer-* variables), and is only redrawn when the keys it shows change.
When the keys do not fit in one line (an 80-column terminal) it takes a second or third
line, so that every key stays reachable; Textual's Footer cut them off.
A click on a key presses it, as in Textual's Footer; hovering shows the key's tooltip."""

from __future__ import annotations

from typing import NamedTuple

from rich.text import Text
from textual import events
from textual.screen import Screen
from textual.widget import Widget

PALETTE_LABEL = "Kommandon"  # Textual's own label for Ctrl+P is English ("palette")
PALETTE_TOOLTIP = "Sök bland alla kommandon"


class _Key(NamedTuple):  # not a frozen dataclass: 0.1 ms to make at import, not 0.6 (bench/tui.py)
    key: str
    display: str
    description: str
    enabled: bool
    tooltip: str


class KeyFooter(Widget, can_focus=False):
    """One line of "key description" pairs from the screen's active bindings; the command
    palette's key at the right edge."""

    ALLOW_SELECT = False
    COMPONENT_CLASSES = {"key-footer--key", "key-footer--description", "key-footer--disabled"}
    DEFAULT_CSS = """
    KeyFooter {
        dock: bottom;
        height: 1;
        color: $footer-foreground;
        background: $footer-background;
    }
    KeyFooter > .key-footer--key {
        color: $footer-key-foreground;
        background: $footer-key-background;
        text-style: bold;
    }
    KeyFooter > .key-footer--description {
        color: $footer-description-foreground;
        background: $footer-description-background;
    }
    KeyFooter > .key-footer--disabled {
        text-style: dim;
    }
    """

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._keys: tuple[_Key, ...] = ()
        self._palette: _Key | None = None
        self._spans: list[tuple[int, int, int, _Key]] = []  # (line, start, end) of each key drawn

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self.bindings_changed)
        self.bindings_changed(self.screen)  # the keys are in the screen's first frame

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def bindings_changed(self, screen: Screen) -> None:
        if screen is not self.screen or not screen.app.app_focus:
            return
        keys, palette = self._active_keys()
        if (keys, palette) != (self._keys, self._palette):
            self._keys, self._palette = keys, palette
            self._fit_height()
            self.refresh()

    def on_resize(self) -> None:
        self._fit_height()

    def _fit_height(self) -> None:
        """As many lines as the keys need at this width (a layout only when that changes)."""
        lines = len(self._lines(self.size.width or self.app.size.width))
        if self.styles.height is None or self.styles.height.value != lines:
            self.styles.height = lines

    def _lines(self, width: int) -> list[list[_Key]]:
        """The keys, line by line; the last line keeps room for the palette's key."""
        palette = self._width(self._palette) + 1 if self._palette is not None else 0
        lines: list[list[_Key]] = [[]]
        used = 0
        for entry in self._keys:
            size = self._width(entry)
            if lines[-1] and used + size > width - palette:
                lines.append([])
                used = 0
            lines[-1].append(entry)
            used += size
        return lines

    @staticmethod
    def _width(entry: _Key) -> int:
        return len(f" {entry.display} ") + (len(f"{entry.description} ") if entry.description else 0)

    def _active_keys(self) -> tuple[tuple[_Key, ...], _Key | None]:
        """What Textual's Footer shows: one key per action (its first binding), in order."""
        app = self.app
        keys: list[_Key] = []
        actions: set[str] = set()
        palette = None
        for key, active in self.screen.active_bindings.items():
            binding = active.binding
            entry = _Key(key, app.get_key_display(binding), binding.description, active.enabled,
                         active.tooltip or binding.tooltip or binding.description)
            if key == app.COMMAND_PALETTE_BINDING and app.ENABLE_COMMAND_PALETTE:
                palette = _Key(key, entry.display, PALETTE_LABEL, active.enabled, PALETTE_TOOLTIP)
            elif binding.show and binding.action not in actions:
                actions.add(binding.action)
                keys.append(entry)
        return tuple(keys), palette

    def render(self) -> Text:
        key_style = self.get_component_rich_style("key-footer--key")
        description_style = self.get_component_rich_style("key-footer--description")
        disabled_style = self.get_component_rich_style("key-footer--disabled", partial=True)
        self._spans = []
        rows = self._lines(self.size.width)
        drawn = []
        for y, keys in enumerate(rows):
            line = Text(no_wrap=True, overflow="crop", end="")
            for entry in keys:
                start = line.cell_len
                self._append(line, entry, key_style, description_style, disabled_style)
                self._spans.append((y, start, line.cell_len, entry))
            drawn.append(line)
        line = drawn[-1]
        if self._palette is not None:  # at the right edge of the last line, over whatever does not fit
            tail = Text("▏", style=description_style, no_wrap=True, end="")
            self._append(tail, self._palette, key_style, description_style, disabled_style)
            start = max(0, self.size.width - tail.cell_len)
            last = len(drawn) - 1
            if line.cell_len > start:
                line.truncate(start)
                self._spans = [(y, a, min(b, start), entry) for y, a, b, entry in self._spans
                               if y != last or a < start]
            line.append(" " * (start - line.cell_len))
            line.append_text(tail)
            self._spans.append((last, start, line.cell_len, self._palette))
        return Text("\n", no_wrap=True, end="").join(drawn)

    @staticmethod
    def _append(line: Text, entry: _Key, key_style, description_style, disabled_style) -> None:
        extra = disabled_style if not entry.enabled else None
        line.append(f" {entry.display} ", key_style + extra if extra else key_style)
        if entry.description:
            line.append(f"{entry.description} ", description_style + extra if extra else description_style)

    def _entry_at(self, x: int, y: int = 0) -> _Key | None:
        return next((entry for line, start, end, entry in self._spans if line == y and start <= x < end), None)

    def on_mouse_down(self, event: events.MouseDown) -> None:
        entry = self._entry_at(event.x, event.y)
        if entry is None:
            return
        if entry.enabled:
            self.app.simulate_key(entry.key)
        else:
            self.app.bell()

    def on_mouse_move(self, event: events.MouseMove) -> None:
        entry = self._entry_at(event.x, event.y)
        self.tooltip = entry.tooltip if entry else None
