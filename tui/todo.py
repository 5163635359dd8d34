"""Att göra: what falls due, as archive/deadlines.due() computes it, soonest first.
due() reads every meeting and open motion near the window (0.1-0.2 s on 200,000
matters): it runs in a worker, and an answer for another window is dropped."""

from __future__ import annotations

import datetime as dt

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Input, Label

from archive.dates import format_long, parse_date
from archive.deadlines import DueItem, due
from archive.model import count
from tui.dialogs import Field, FormDialog
from tui.footer import KeyFooter
from tui.header import TitleBar
from tui.live import LiveScreen
from tui.rowlist import RowList
from tui.text import cell


class TodoScreen(LiveScreen):
    """Att göra: deadlines from today back and forward `within` days, overdue in red."""

    TITLE = "Att göra"
    BINDINGS = [
        Binding("ctrl+r", "reload", "Läs in på nytt"),
        Binding("w", "focus_within", "Antal dagar"),
        Binding("t", "set_day", "Räkna från dag", tooltip="Räkna fristerna från en annan dag än idag"),
        Binding("o", "open", "Öppna ärende", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.items: list[DueItem] = []
        self.chosen_day: dt.date | None = None  # the clerk's "today" (t); None: the app's today

    @property
    def day(self) -> dt.date:
        """The day the deadlines are counted from, as `beslut due --today` takes it."""
        return self.chosen_day or self.app.today

    def compose(self) -> ComposeResult:
        yield TitleBar()
        with Horizontal(id="todo-bar"):
            yield Label("", id="todo-today")
            yield Label("Dagar framåt och bakåt:", id="todo-within-label")
            yield Input("14", id="todo-within", max_length=3, restrict=r"[0-9]*")
        # A RowList, not a DataTable: its columns fit the width (80 columns show all six).
        yield RowList(["Datum", "Dagar", "Vad", "Organ", "Sammanträde", "Ärende"], id="todo-table", zebra_stripes=True)
        yield Label("", id="todo-status")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.load()
        self.query_one(RowList).focus()

    def archive_changed(self) -> None:
        self.load()

    @property
    def within(self) -> int:
        text = self.query_one("#todo-within", Input).value
        return int(text) if text else 14

    def load(self) -> None:
        chosen = " (vald dag, t ändrar)" if self.day != self.app.today else ""
        self.query_one("#todo-today", Label).update(f"Per {format_long(self.day, weekday=True)}{chosen}")
        self.query_one("#todo-status", Label).update("Läser in …")
        self._read(self.within, self.day)

    @work(thread=True, exclusive=True, group="todo")
    def _read(self, within: int, day: dt.date) -> None:
        self.remember_archive()
        items = self.app.call_archive(due, today=day, within=within)
        self.app.call_from_thread(self._show, within, day, items)

    def _show(self, within: int, day: dt.date, items: list[DueItem]) -> None:
        if (within, day) != (self.within, self.day):
            return  # the clerk has typed another number or chosen another day meanwhile
        self.items = items
        table = self.query_one(RowList)
        rows = []
        for item in self.items:
            style = "bold red" if item.overdue else ("yellow" if item.days_left <= 2 else "")
            matter = " ".join(p for p in (item.case_number, item.title) if p)
            rows.append((Text(item.date, style=style), cell(item.days_left, style), cell(item.label, style),
                         cell(item.body), cell(item.meeting_date), cell(matter)))
        table.set_rows(rows, cursor_row=table.cursor_row)
        overdue = sum(1 for i in self.items if i.overdue)
        counts = f"{count(len(self.items), 'frist', 'frister')}, {count(overdue, 'försenad', 'försenade')}"
        self.query_one("#todo-status", Label).update(counts if self.items else "Inget faller ut inom perioden.")

    @on(Input.Changed, "#todo-within")
    def _within_changed(self) -> None:
        self.load()

    @on(RowList.RowSelected, "#todo-table")
    def _selected(self) -> None:
        self.action_open()

    def action_reload(self) -> None:
        self.load()

    def action_set_day(self) -> None:
        """Count from another day, as the CLI's --today: to prepare next week's work, or to
        see a demo archive as of its own dates."""
        chosen: list[dt.date | None] = []

        def save(values: dict) -> None:
            chosen.append(parse_date(values["day"]) if values["day"] else None)

        def done(result) -> None:
            if result is True:
                self.chosen_day = chosen[0]
                self.load()

        field = Field("day", "Dag (t.ex. 2024-08-20, 240820 eller 20 aug 2024; tomt: idag)",
                      value=self.day.isoformat(), placeholder="ÅÅÅÅ-MM-DD")
        self.app.push_screen(FormDialog("Räkna fristerna från dag", [field], save), done)

    def action_focus_within(self) -> None:
        self.query_one("#todo-within", Input).focus()

    def action_open(self) -> None:
        table = self.query_one(RowList)
        if not self.items:
            return
        item = self.items[table.cursor_row]
        if item.matter_id:
            self.app.open_matter(item.matter_id)
        else:
            self.notify(f"{item.label}: {item.body} {item.meeting_date} (se Sammanträden, F3).")
