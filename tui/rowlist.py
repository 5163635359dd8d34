"""A list of rows with fixed columns and a row cursor, drawn line by line (Textual's
Line API): only the lines on screen are drawn, each from plain strings.

For the matter list, which is refilled on every keystroke of a search. Textual's
DataTable measured and rendered every cell of the window through Rich on each refill:
about 60 ms of the first screen and most of a keystroke's 70-90 ms (bench/tui.py).
Here a refill only swaps a list of tuples, and a line on screen is a few segments,
cached until the rows, the width, the focus or the theme change.

It looks and reacts like a DataTable with `cursor_type="row"` and zebra stripes: the
same component classes and colours, a fixed header line, Up/Down/PgUp/PgDn/Home/End (Ctrl+Home/End too),
Enter (and a click on the highlighted row) selects, a click moves the cursor."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

ELLIPSIS = "…"


class Column(NamedTuple):  # not a frozen dataclass: 0.1 ms to make at import, not 0.6 (bench/tui.py)
    label: str
    width: int | None = None  # cells, without the one cell of padding a side; None: as wide as the widest value
    flex: bool = False  # takes the width the other columns leave (the matter list's title)
    min_width: int = 0  # a flex column's least width; any column keeps at least its label's width


def fit_widths(columns: Sequence[Column], natural: list[int], available: int) -> list[int]:
    """Column widths for `available` cells (each column has one cell of padding a side):
    flex columns take what the others leave; when the columns are still too wide, the
    widest are cut to a common width (long names), so narrow ones (dates, numbers) stay
    whole, and no column goes below its label's width."""
    widths = list(natural)
    if available <= 0:
        return widths
    budget = available - 2 * len(columns)
    flex = [i for i, column in enumerate(columns) if column.flex]
    if flex:
        share = (budget - sum(w for i, w in enumerate(widths) if i not in flex)) // len(flex)
        for i in flex:
            widths[i] = max(share, columns[i].min_width, cell_len(columns[i].label))
    if sum(widths) <= budget:
        return widths
    floors = [min(w, max(cell_len(c.label), c.min_width)) for w, c in zip(widths, columns, strict=True)]
    low, high = 0, max(widths)
    while low < high:  # the largest cap at which the columns fit
        cap = (low + high + 1) // 2
        if sum(max(f, min(w, cap)) for f, w in zip(floors, widths, strict=True)) <= budget:
            low = cap
        else:
            high = cap - 1
    return [max(f, min(w, low)) for f, w in zip(floors, widths, strict=True)]


Cell = str | Text | None  # a Text's own style colours the whole cell (a date overdue, a warning)


def fit(text: str, width: int) -> str:
    """`text` padded or cut to exactly `width` cells; a cut shows an ellipsis."""
    if cell_len(text) <= width:
        return set_cell_size(text, width)
    return set_cell_size(text, width - 1) + ELLIPSIS if width > 0 else ""


class RowList(ScrollView, can_focus=True):
    """Rows of strings under a header line; row keys identify the rows (matter ids)."""

    ALLOW_SELECT = False
    COMPONENT_CLASSES = {"row-list--header", "row-list--cursor", "row-list--even-row", "row-list--odd-row"}
    DEFAULT_CSS = """
    RowList {
        background: $surface;
        color: $foreground;
        &:focus {
            background-tint: $foreground 5%;
            & > .row-list--cursor {
                background: $block-cursor-background;
                color: $block-cursor-foreground;
                text-style: $block-cursor-text-style;
            }
            & > .row-list--header {
                background-tint: $foreground 5%;
            }
        }
        &:dark > .row-list--even-row {
            background: $surface-darken-1 40%;
        }
        & > .row-list--header {
            text-style: bold;
            background: $panel;
            color: $foreground;
        }
        &:ansi > .row-list--header {
            background: ansi_bright_blue;
            color: ansi_default;
        }
        & > .row-list--even-row {
            background: $surface-lighten-1 50%;
        }
        & > .row-list--cursor {
            background: $block-cursor-blurred-background;
            color: $block-cursor-blurred-foreground;
            text-style: $block-cursor-blurred-text-style;
        }
    }
    """
    BINDINGS = [
        Binding("enter", "select_cursor", "Öppna", show=False),
        Binding("up", "cursor_up", "Upp", show=False),
        Binding("down", "cursor_down", "Ned", show=False),
        Binding("pageup", "page_up", "Sida upp", show=False),
        Binding("pagedown", "page_down", "Sida ned", show=False),
        Binding("home,ctrl+home", "first", "Först", show=False),
        Binding("end,ctrl+end", "last", "Sist", show=False),
    ]

    cursor_row: reactive[int] = reactive(0, repaint=False)

    class _RowMessage(Message):
        def __init__(self, row_list: RowList, cursor_row: int, row_key) -> None:
            super().__init__()
            self.row_list = row_list
            self.cursor_row = cursor_row
            self.row_key = row_key

        @property
        def control(self) -> RowList:
            return self.row_list

    class RowHighlighted(_RowMessage):
        """The cursor is on another row."""

    class RowSelected(_RowMessage):
        """Enter, or a click on the highlighted row."""

    def __init__(self, columns: Sequence[Column | str] = (), *, zebra_stripes: bool = False, id: str | None = None,
                 classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.columns: list[Column] = [Column(c) if isinstance(c, str) else c for c in columns]
        self.zebra_stripes = zebra_stripes
        self._keys: list = []
        self._rows: list[tuple[Cell, ...]] = []
        self._widths: list[int] = []
        self._fitted_width = 0  # the content width self._widths were fitted for (0: not laid out yet)
        self._fitted_size: Size | None = None  # and the list's size then
        self._base_style = Style()
        self._lines: dict[tuple[int, bool], Strip] = {}  # drawn lines, by (row, under the cursor)

    # ------------------------------------------------------------ content

    @property
    def row_count(self) -> int:
        return len(self._rows)

    def get_row_at(self, index: int) -> tuple[str, ...]:
        """The row's cells as shown (an empty cell is "")."""
        return tuple(_plain(value) for value in self._rows[index])

    def row_key_at(self, index: int):
        return self._keys[index]

    def set_columns(self, columns: Sequence[Column]) -> None:
        self.columns = list(columns)
        self._changed()

    def set_rows(self, rows: Sequence[tuple[Cell, ...]], keys: Sequence | None = None, *, cursor_row: int = 0,
                 scroll_y: float | None = None) -> None:
        """Show these rows (keys: the row numbers unless given); the cursor on `cursor_row`
        (kept in view unless `scroll_y` is given: then the list is scrolled there, as when
        a window of rows slides)."""
        shown_before = len(self._rows)
        self._rows = [tuple(row) for row in rows]
        self._keys = list(keys) if keys is not None else list(range(len(self._rows)))
        self._changed(lines=max(shown_before, len(self._rows)) + 1)
        self.move_cursor(cursor_row, scroll=scroll_y is None)
        if scroll_y is not None:
            self.scroll_to(y=max(scroll_y, 0), animate=False, immediate=True)

    def _changed(self, lines: int | None = None) -> None:
        """Draw again; only the first `lines` lines (the header and the rows shown before
        or now) when given: the blank lines below them stay as they were drawn (a matter's
        planning fills a few of the table's ~30 lines; redrawing all of them through
        Textual's styles cache was ~1/4 of the lines an open renders, bench/tui.py)."""
        self._lines.clear()
        self._fit_columns()
        width = self.scrollable_content_region.width
        if lines is None or not width or lines >= self.size.height:
            self.refresh()
        else:
            self.refresh(Region(0, 0, width, lines))

    def _fit_columns(self) -> None:
        """The columns' widths for the width the list has now, and its virtual size."""
        available = self.scrollable_content_region.width
        self._fitted_width, self._fitted_size = available, self.size
        natural = [
            column.width if column.width is not None or column.flex
            else max([cell_len(column.label), *(cell_len(_plain(row[i])) for row in self._rows)])
            for i, column in enumerate(self.columns)
        ]
        self._widths = fit_widths(self.columns, [w or 0 for w in natural], available)
        width = sum(w + 2 for w in self._widths)
        # + the header line. Set without the reactive's layout request: a new row count would
        # otherwise lay out the whole screen on every refill (a search keystroke); only the
        # scrollbars and this widget need to follow (bench/tui.py).
        virtual_size = Size(width, len(self._rows) + 1)
        if virtual_size != self.virtual_size:
            self.set_reactive(RowList.virtual_size, virtual_size)
            self._scroll_update(virtual_size)

    def on_resize(self) -> None:
        # The columns fit the new size. Filled before its first layout (a screen's on_mount),
        # the list was fitted to this size as it was first drawn (render_lines), a moment
        # before this event: nothing to draw again then (bench/tui.py, first screen).
        if self.size != self._fitted_size:
            self._changed()

    # ------------------------------------------------------------ cursor

    def move_cursor(self, row: int, *, scroll: bool = True) -> None:
        row = min(max(row, 0), max(len(self._rows) - 1, 0))
        if row != self.cursor_row:
            self.cursor_row = row  # the watcher redraws and tells the screen
        if scroll:
            self.scroll_to_cursor()

    @property
    def _data_height(self) -> int:
        return max(self.scrollable_content_region.height - 1, 1)

    def scroll_to_cursor(self) -> None:
        top, height = round(self.scroll_y), self._data_height
        if self.cursor_row < top:
            self.scroll_to(y=self.cursor_row, animate=False, immediate=True)
        elif self.cursor_row >= top + height:
            self.scroll_to(y=self.cursor_row - height + 1, animate=False, immediate=True)

    def watch_cursor_row(self, old: int, new: int) -> None:
        self.refresh_line(old + 1)
        self.refresh_line(new + 1)
        if self._rows:
            self.post_message(self.RowHighlighted(self, new, self._keys[new]))

    def action_cursor_up(self) -> None:
        self.move_cursor(self.cursor_row - 1)

    def action_cursor_down(self) -> None:
        self.move_cursor(self.cursor_row + 1)

    def action_page_up(self) -> None:
        self.move_cursor(self.cursor_row - self._data_height)

    def action_page_down(self) -> None:
        self.move_cursor(self.cursor_row + self._data_height)

    def action_first(self) -> None:
        self.move_cursor(0)

    def action_last(self) -> None:
        self.move_cursor(len(self._rows) - 1)

    def action_select_cursor(self) -> None:
        if self._rows:
            self.post_message(self.RowSelected(self, self.cursor_row, self._keys[self.cursor_row]))

    def on_click(self, event: events.Click) -> None:
        if event.y == 0:
            return  # the header
        row = round(self.scroll_y) + event.y - 1
        if not 0 <= row < len(self._rows):
            return
        if row == self.cursor_row:
            self.action_select_cursor()
        else:
            self.move_cursor(row)

    # ------------------------------------------------------------ drawing

    def on_focus(self) -> None:
        self._restyled()

    def on_blur(self) -> None:
        self._restyled()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._restyled()

    def _restyled(self) -> None:
        self._lines.clear()
        self.refresh()

    def render_lines(self, crop):
        self._base_style = self.rich_style  # once per redraw: it walks up the DOM
        if not self._fitted_width and self.scrollable_content_region.width:
            # Filled before its first layout, laid out since (its Resize event is on its
            # way): fit the columns now, not in a second frame after this one.
            self._lines.clear()
            self._fit_columns()
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        scroll_x = round(self.scroll_x)
        base = self._base_style
        if y == 0:
            strip = self._draw(tuple(column.label for column in self.columns), "row-list--header")
        else:
            row = round(self.scroll_y) + y - 1
            if row >= len(self._rows):
                return Strip.blank(width, base)
            cursor = row == self.cursor_row
            strip = self._lines.get((row, cursor))
            if strip is None:
                part = ("row-list--cursor" if cursor else
                        "row-list--even-row" if self.zebra_stripes and row % 2 == 0 else "row-list--odd-row")
                strip = self._lines[(row, cursor)] = self._draw(self._rows[row], part)
        return strip.crop_extend(scroll_x, scroll_x + width, base)

    def _draw(self, values: tuple[Cell, ...], part: str) -> Strip:
        style: Style = self._base_style + self.get_component_rich_style(part)
        segments = [
            Segment(" " + fit(_plain(value), width) + " ",
                    style + _style(value.style) if isinstance(value, Text) and value.style else style)
            for width, value in zip(self._widths, values, strict=False)
        ]
        return Strip(segments, sum(w + 2 for w in self._widths[:len(values)]))


def _style(style: str | Style) -> Style:
    return Style.parse(style) if isinstance(style, str) else style


def _plain(value: Cell) -> str:
    if value is None:
        return ""
    return value.plain if isinstance(value, Text) else str(value)
