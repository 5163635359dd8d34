"""Ärenden: the matter list with its search box.

The archive may hold 200,000 matters; the list only ever holds a window of two pages
(a page is one screen of rows), drawn by tui/rowlist.py's RowList.
Pages are fetched by keyset (`after_id`), and the pages left behind are found again
through the bookmarks (the `after_id` each page was fetched with), never by OFFSET.
"""

from __future__ import annotations

from collections.abc import Callable

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.geometry import Size
from textual.message import Message
from textual.widgets import Input, Label, Select
from textual.worker import get_current_worker

from archive.matters import STATUSES, MatterRow, create_matter, list_matters, matter_kinds
from tui.footer import KeyFooter
from tui.header import TitleBar
from tui.live import LiveScreen
from tui.rowlist import Column, RowList
from tui.text import body_options

Fetch = Callable[[int | None, int], list[MatterRow]]


class Window:
    """Which two pages of the list the table holds, and where the pages start. (Not a
    dataclass: one takes ~1 ms to make at import, bench/tui.py, first screen.)"""

    def __init__(self, page_size: int) -> None:
        self.page_size = page_size
        self.pages: list[list[MatterRow]] = []
        self.first = 0  # index of pages[0] in the whole list
        self.bookmarks: list[int | None] = [None]
        self.at_end = False

    @property
    def rows(self) -> list[MatterRow]:
        return [row for page in self.pages for row in page]

    def reset(self, rows: list[MatterRow]) -> None:
        """The first two pages, fetched in one query of 2 x page_size rows."""
        size = self.page_size
        self.pages = [p for p in (rows[:size], rows[size:]) if p]
        self.first = 0
        self.bookmarks = [None] + ([rows[size - 1].id] if len(rows) > size else [])
        self.at_end = len(rows) < 2 * size

    def refill(self, rows: list[MatterRow]) -> None:
        """The same two pages read again (rows changed, added or gone): the window stays
        where it is in the list."""
        size = self.page_size
        self.pages = [p for p in (rows[:size], rows[size:]) if p]
        del self.bookmarks[self.first + 1:]
        if len(rows) > size:
            self.bookmarks.append(rows[size - 1].id)
        self.at_end = len(rows) < 2 * size

    def next_after(self) -> int | None:
        """The keyset position of the page after the window (None: nothing more)."""
        if self.at_end or not self.pages:
            return None
        return self.pages[-1][-1].id

    def forward(self, rows: list[MatterRow]) -> int:
        """Slide one page down; returns how many rows left the top."""
        if not rows:
            self.at_end = True
            return 0
        self.at_end = len(rows) < self.page_size
        index = self.first + len(self.pages)
        if len(self.bookmarks) <= index:
            self.bookmarks.append(self.pages[-1][-1].id)
        self.pages.append(rows)
        if len(self.pages) <= 2:
            return 0
        dropped = self.pages.pop(0)
        self.first += 1
        return len(dropped)

    def previous_after(self) -> int | None | bool:
        """The bookmark of the page before the window, or False at the top."""
        return self.bookmarks[self.first - 1] if self.first > 0 else False

    def backward(self, rows: list[MatterRow]) -> int:
        """Slide one page up; returns how many rows came in at the top."""
        self.pages.insert(0, rows)
        self.first -= 1
        if len(self.pages) > 2:
            self.pages.pop()
            self.at_end = False
        return len(rows)


class SearchInput(Input):
    """The search box. Textual's Input sets its virtual width to the text's on every
    keystroke, and that reactive asks the whole screen for a layout pass each time; the
    box has a fixed size, so here it only repaints itself (bench/tui.py, search keystroke)."""

    def _watch_value(self, value: str) -> None:
        self.set_reactive(Input.virtual_size, Size(self.content_width, 1))
        super()._watch_value(value)  # sets the same size: no layout
        self.refresh()


class MatterTable(RowList):
    """The matter list; row keys are matter ids. The wheel at either end of the window
    moves the cursor there, which makes the screen fetch the next page."""

    def on_mouse_scroll_down(self) -> None:
        if self.row_count and self.scroll_y >= self.max_scroll_y:
            self.move_cursor(row=self.row_count - 1)

    def on_mouse_scroll_up(self) -> None:
        if self.row_count and self.scroll_y <= 0:
            self.move_cursor(row=0)


class MatterListScreen(LiveScreen):
    """Ärenden: search box and filters above, the windowed list below."""

    class Updated(Message):
        """The answer for `key` (search, filters) is on screen: posted once the frame that
        draws it has been drawn (bench/tui.py times the list by it)."""

        def __init__(self, key: tuple) -> None:
            super().__init__()
            self.key = key

    TITLE = "Ärenden"
    # The list has the focus when the screen comes up. Textual's default ("*": the first
    # widget that takes focus) gave it to the search box as the screen was composed, and it
    # moved to the list as the screen mounted: two focus changes, each restyling, before
    # the first frame (bench/tui.py, first screen).
    AUTO_FOCUS = "#matters"
    BINDINGS = [
        Binding("slash", "focus_search", "Sök", tooltip="Sök på diarienummer, rubrik och text"),
        Binding("f", "focus_filters", "Filter", tooltip="Organ, typ, status och år"),
        Binding("ctrl+l", "clear_filters", "Rensa filter", show=False),
        Binding("n", "new_matter", "Nytt ärende"),
        Binding("m", "edit_matter", "Ändra ärende", tooltip="Ändra det markerade ärendets uppgifter"),
        Binding("escape", "focus_list", "Till listan", show=False),
        Binding("q", "app.quit", "Avsluta"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.window = Window(page_size=20)
        self.search_text = ""
        self.filters: dict = {}
        self._loading = False
        self._choices_filled = False

    def compose(self) -> ComposeResult:
        yield TitleBar()
        with Horizontal(id="search-bar"):
            yield Label("Sök:", id="search-label")
            yield SearchInput(placeholder="diarienummer, rubrik eller text", id="search")
        # The filters are mounted just after the first screen (they cost a third of the start-up).
        yield Horizontal(id="filter-bar")
        yield MatterTable(zebra_stripes=True, id="matters")
        yield Label("", id="list-status")
        yield KeyFooter()

    def on_mount(self) -> None:
        table = self.query_one(MatterTable)
        # The title takes what the other columns leave; on a narrow terminal the widest are cut.
        table.set_columns([
            Column("Diarienummer", 13),
            Column("Rubrik", flex=True, min_width=20),
            Column("Nästa steg", 42),
            Column("Status", 10),
        ])
        # One page is one screen of rows; the window holds two.
        self.window.page_size = max(10, self.app.size.height)
        # The first two pages before the first frame (under a millisecond on 200,000 matters):
        # a worker would draw the screen empty first and the rows a frame or more later.
        self.remember_archive()
        key = self.query_key
        self._show_first(key, self.app.call_archive(list_matters, limit=2 * self.window.page_size))

    @work(thread=True, group="filter-choices")
    def _fill_filter_choices(self) -> None:
        """The filters' choices, read after the list (kinds scan the matters: not before the first screen)."""
        from archive.planning import bodies  # imported here, after the first screen, as it is read

        options = body_options(self.app.call_archive(bodies))
        kinds = self.app.call_archive(matter_kinds)
        self.app.call_from_thread(self._set_filter_choices, options, kinds)

    def _set_filter_choices(self, body_options: list, kinds: list[str]) -> None:
        self.query_one("#filter-body", Select).set_options(body_options)
        self.query_one("#filter-kind", Select).set_options((k, k) for k in kinds)

    # ------------------------------------------------------------ data

    @property
    def query_key(self) -> tuple:
        """What the list shows: the search and the filters (an answer for another key is stale)."""
        return (self.search_text, tuple(sorted(self.filters.items())))

    def fetch(self, after_id: int | None, limit: int) -> list[MatterRow]:
        return self.app.call_archive(
            list_matters, search=self.search_text or None, after_id=after_id, limit=limit, **self.filters
        )

    def reload(self) -> None:
        self._load_first(self.query_key)

    def archive_changed(self) -> None:
        """Back in front after a change elsewhere: the rows on screen read again, in place."""
        self._loading = True
        self._load_again(self.window.bookmarks[self.window.first], self.window.first, self.query_key)

    @work(thread=True, exclusive=True, group="matter-page")
    def _load_again(self, after_id: int | None, first: int, key: tuple) -> None:
        self.remember_archive()
        rows = self.fetch(after_id, 2 * self.window.page_size)
        self.app.call_from_thread(self._show_again, key, first, rows)

    def _show_again(self, key: tuple, first: int, rows: list[MatterRow]) -> None:
        self._loading = False
        if key != self.query_key or first != self.window.first:
            return
        table = self.query_one(MatterTable)
        row, scroll = table.cursor_row, table.scroll_y
        self.window.refill(rows)
        self._fill(cursor_row=min(row, max(len(rows) - 1, 0)), scroll_y=scroll)

    @work(thread=True, exclusive=True, group="matter-list")
    def _load_first(self, key: tuple) -> None:
        self.remember_archive()
        search, filters = key
        rows = self.app.call_archive(
            list_matters, search=search or None, limit=2 * self.window.page_size, **dict(filters)
        )
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show_first, key, rows)

    def _show_first(self, key: tuple, rows: list[MatterRow]) -> None:
        if key != self.query_key:
            return  # an older keystroke's answer
        self.window.reset(rows)
        self._fill(cursor_row=0)
        table = self.query_one(MatterTable)
        # Drawn at once, not on Textual's next 1/60 s beat: the typed letter was drawn on one
        # beat, and its answer, ready a few ms later, waited for the next (6 ms at the
        # median, up to a whole frame; bench/tui.py, search). The search box too: a letter
        # typed within a frame of the last one is not drawn yet.
        if self.draw_now(self.query_one("#search"), table, table.vertical_scrollbar, self.query_one("#list-status")):
            self.post_message(self.Updated(key))
        elif self.app_holds_frames():
            # The app is starting: it draws frames but hands none to the terminal until its
            # mount is over, and the frame drawn so leaves nothing to draw after it (only
            # the title bar reached the terminal before the list was said to be drawn).
            self.app.call_later(self._draw_whole_screen, key)
        else:
            self.call_after_refresh(self.post_message, self.Updated(key))
        if not self._choices_filled:
            self._choices_filled = True
            self.set_timer(0.05, self._mount_filters)  # after the list has been drawn

    def _draw_whole_screen(self, key: tuple) -> None:
        """The first screen, all of it, in the first frame the terminal gets (from the
        widgets' drawn lines: 1-3 ms), then Updated."""
        self.refresh()
        if self.draw_now(self):
            self.post_message(self.Updated(key))
        else:
            self.call_after_refresh(self.post_message, self.Updated(key))

    async def _mount_filters(self) -> None:
        await self.query_one("#filter-bar", Horizontal).mount_all([
            Select([], prompt="Alla organ", id="filter-body"),
            Select([], prompt="Alla typer", id="filter-kind"),
            Select([(s, s) for s in STATUSES], prompt="Alla statusar", id="filter-status"),
            Input(placeholder="År", id="filter-year", max_length=4, restrict=r"[0-9]*"),
        ])
        self._fill_filter_choices()

    @work(thread=True, exclusive=True, group="matter-page")
    def _load_next(self, after_id: int, key: tuple) -> None:
        rows = self.fetch(after_id, self.window.page_size)
        self.app.call_from_thread(self._show_next, key, after_id, rows)

    def _show_next(self, key: tuple, after_id: int, rows: list[MatterRow]) -> None:
        self._loading = False
        if key != self.query_key or after_id != self.window.next_after():
            return
        table = self.query_one(MatterTable)
        row, scroll = table.cursor_row, table.scroll_y
        dropped = self.window.forward(rows)
        self._fill(cursor_row=row - dropped, scroll_y=scroll - dropped)

    @work(thread=True, exclusive=True, group="matter-page")
    def _load_previous(self, after_id: int | None, first: int, key: tuple) -> None:
        rows = self.fetch(after_id, self.window.page_size)
        self.app.call_from_thread(self._show_previous, key, first, rows)

    def _show_previous(self, key: tuple, first: int, rows: list[MatterRow]) -> None:
        self._loading = False
        if key != self.query_key or first != self.window.first:
            return
        table = self.query_one(MatterTable)
        row, scroll = table.cursor_row, table.scroll_y
        added = self.window.backward(rows)
        self._fill(cursor_row=row + added, scroll_y=scroll + added)

    def _fill(self, cursor_row: int, scroll_y: float | None = None) -> None:
        rows = self.window.rows
        self.query_one(MatterTable).set_rows(
            [(row.case_number or "–", row.title,
              (row.next_date or "(inget datum)") + " " + row.next_body if row.next_body else None, row.status)
             for row in rows],
            [row.id for row in rows], cursor_row=cursor_row, scroll_y=scroll_y,
        )
        self._show_status()

    def _show_status(self) -> None:
        rows = self.window.rows
        status = self.query_one("#list-status", Label)
        if not rows:
            status.update("Inga ärenden" + (f" för sökningen ”{self.search_text}”" if self.search_text else "")
                          + (" med valda filter" if self.filters else ""), layout=False)
            return
        start = self.window.first * self.window.page_size + 1
        more = "" if self.window.at_end else " (fler finns)"
        # One line of fixed size (app.tcss): no layout pass on every keystroke, only a repaint.
        status.update(f"Visar ärende {start}–{start + len(rows) - 1}{more}", layout=False)

    # ------------------------------------------------------------ events

    @on(Input.Changed, "#search")
    def _search_changed(self, event: Input.Changed) -> None:
        self.search_text = event.value.strip()
        self.reload()

    @on(Input.Submitted, "#search")
    def _search_submitted(self) -> None:
        self.action_focus_list()

    @on(RowList.RowHighlighted, "#matters")
    def _row_highlighted(self, event: RowList.RowHighlighted) -> None:
        table = self.query_one(MatterTable)
        if event.cursor_row != table.cursor_row or self._loading:
            return  # a stale event from before the last refill
        if event.cursor_row >= table.row_count - 1:
            after_id = self.window.next_after()
            if after_id is not None:
                self._loading = True
                self._load_next(after_id, self.query_key)
        elif event.cursor_row == 0:
            after_id = self.window.previous_after()
            if after_id is not False:
                self._loading = True
                self._load_previous(after_id, self.window.first, self.query_key)

    @on(RowList.RowSelected, "#matters")
    def _row_selected(self, event: RowList.RowSelected) -> None:
        self.app.open_matter(event.row_key)

    def action_focus_search(self) -> None:
        self.query_one("#search", Input).focus()

    def action_focus_list(self) -> None:
        self.query_one(MatterTable).focus()

    def on_key(self, event) -> None:
        # Down from the search box goes to the list, as in any search field.
        if event.key == "down" and self.focused is self.query_one("#search", Input):
            self.action_focus_list()
            event.stop()

    @on(Select.Changed, "#filter-body")
    @on(Select.Changed, "#filter-kind")
    @on(Select.Changed, "#filter-status")
    @on(Input.Changed, "#filter-year")
    def _filter_changed(self, event) -> None:
        name = event.control.id.removeprefix("filter-")
        value = event.value
        if name == "year":
            value = int(value) if len(value) == 4 else None
        key = {"body": "body_id"}.get(name, name)
        if value is None or value is Select.NULL or value == "":
            self.filters.pop(key, None)
        else:
            self.filters[key] = value
        self.reload()

    def action_focus_filters(self) -> None:
        for select in self.query("#filter-body"):
            select.focus()

    def action_clear_filters(self) -> None:
        for select in self.query("#filter-bar Select").results(Select):
            select.clear()
        for year in self.query("#filter-year").results(Input):
            year.value = ""
        self.filters.clear()
        self.reload()

    def _highlighted_id(self) -> int | None:
        table = self.query_one(MatterTable)
        if not table.row_count:
            return None
        return table.row_key_at(table.cursor_row)

    def action_new_matter(self) -> None:
        from tui.dialogs import FormDialog
        from tui.matter_view import matter_fields

        created: list[int] = []

        def save(values: dict) -> None:
            created.append(self.app.call_archive(create_matter, **values))

        def done(result) -> None:
            if result is True and created:
                self.reload()
                self.notify(f"Ärende {created[0]} är skapat.")
                self.app.open_matter(created[0])

        self.app.push_screen(FormDialog("Nytt ärende", matter_fields(), save), done)

    def action_edit_matter(self) -> None:
        matter_id = self._highlighted_id()
        if matter_id is None:
            return
        from archive.matters import get_matter, update_matter
        from tui.dialogs import FormDialog
        from tui.matter_view import matter_fields

        matter = self.app.call_archive(get_matter, matter_id)

        def save(values: dict) -> None:
            self.app.call_archive(update_matter, matter.id, expected_version=matter.version, **values)

        def done(result) -> None:
            if result is not None:
                self.reload()

        self.app.push_screen(FormDialog(f"Ändra ärende {matter.id}", matter_fields(matter), save), done)
