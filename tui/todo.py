"""Att göra: what falls due, as archive/deadlines.due() computes it, soonest first.
due() reads every meeting and open motion near the window (0.1-0.2 s on 200,000
matters): it runs in a worker, and an answer for another window is dropped."""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import DataTable, Input, Label

from archive.deadlines import DueItem, due
from tui.footer import KeyFooter
from tui.header import TitleBar
from tui.live import LiveScreen
from tui.text import cell


class TodoScreen(LiveScreen):
    """Att göra: deadlines from today back and forward `within` days, overdue in red."""

    TITLE = "Att göra"
    BINDINGS = [
        Binding("ctrl+r", "reload", "Läs in på nytt"),
        Binding("w", "focus_within", "Antal dagar"),
        Binding("o", "open", "Öppna ärende", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.items: list[DueItem] = []

    def compose(self) -> ComposeResult:
        yield TitleBar()
        with Horizontal(id="todo-bar"):
            yield Label("", id="todo-today")
            yield Label("Dagar framåt och bakåt:", id="todo-within-label")
            yield Input("14", id="todo-within", max_length=3, restrict=r"[0-9]*")
        yield DataTable(id="todo-table", cursor_type="row", zebra_stripes=True)
        yield Label("", id="todo-status")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one(DataTable).add_columns("Datum", "Dagar", "Vad", "Organ", "Sammanträde", "Ärende")
        self.query_one("#todo-today", Label).update(f"Idag {self.app.today.isoformat()}")
        self.load()
        self.query_one(DataTable).focus()

    def archive_changed(self) -> None:
        self.load()

    @property
    def within(self) -> int:
        text = self.query_one("#todo-within", Input).value
        return int(text) if text else 14

    def load(self) -> None:
        self.query_one("#todo-status", Label).update("Läser in …")
        self._read(self.within)

    @work(thread=True, exclusive=True, group="todo")
    def _read(self, within: int) -> None:
        self.remember_archive()
        items = self.app.call_archive(due, today=self.app.today, within=within)
        self.app.call_from_thread(self._show, within, items)

    def _show(self, within: int, items: list[DueItem]) -> None:
        if within != self.within:
            return  # the clerk has typed another number meanwhile
        self.items = items
        table = self.query_one(DataTable)
        table.clear()
        for item in self.items:
            style = "bold red" if item.overdue else ("yellow" if item.days_left <= 2 else "")
            matter = " ".join(p for p in (item.case_number, item.title) if p)
            table.add_row(
                Text(item.date, style=style), cell(item.days_left, style), cell(item.label, style),
                cell(item.body), cell(item.meeting_date), cell(matter),
            )
        overdue = sum(1 for i in self.items if i.overdue)
        self.query_one("#todo-status", Label).update(
            f"{len(self.items)} frister, {overdue} försenade" if self.items else "Inget faller ut inom perioden."
        )

    @on(Input.Changed, "#todo-within")
    def _within_changed(self) -> None:
        self.load()

    @on(DataTable.RowSelected, "#todo-table")
    def _selected(self) -> None:
        self.action_open()

    def action_reload(self) -> None:
        self.load()

    def action_focus_within(self) -> None:
        self.query_one("#todo-within", Input).focus()

    def action_open(self) -> None:
        table = self.query_one(DataTable)
        if not self.items:
            return
        item = self.items[table.cursor_row]
        if item.matter_id:
            self.app.open_matter(item.matter_id)
        else:
            self.notify(f"{item.label}: {item.body} {item.meeting_date} (se Sammanträden, F3).")
