"""Ärende: one matter, its overview above and its parts in tabs."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static, TabbedContent, TabPane

from archive.matters import get_matter, set_step_date
from archive.model import Matter
from tui.dialogs import RELOAD, InputDialog
from tui.text import cell, joined

TABS = [
    ("planning", "Beslutsplanering"),
    ("recipients", "Beslutet skickas till"),
    ("proposals", "Förslag till beslut"),
    ("basis", "Beslutsunderlag"),
    ("responsible", "Ansvariga"),
]


class MatterScreen(Screen):
    """One matter as the archive holds it now; `version` is what a save checks against."""

    BINDINGS = [
        Binding("escape", "app.pop_screen", "Tillbaka"),
        Binding("d", "set_date", "Ändra datum", tooltip="Ändra datum för markerat steg i beslutsplaneringen"),
        Binding("ctrl+r", "reload", "Läs in på nytt"),
        *[Binding(str(n), f"show_tab('{key}')", label, show=False) for n, (key, label) in enumerate(TABS, 1)],
    ]

    def __init__(self, matter_id: int) -> None:
        super().__init__()
        self.matter_id = matter_id
        self.matter: Matter | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="overview"):
            yield Static(id="matter-title")
            yield Static(id="matter-facts")
            yield Static(id="matter-summary")
        with TabbedContent(id="tabs"):
            with TabPane("Beslutsplanering", id="planning"):
                yield DataTable(id="planning-table", cursor_type="row")
            with TabPane("Beslutet skickas till", id="recipients"):
                yield DataTable(id="recipients-table", cursor_type="row")
            with TabPane("Förslag till beslut", id="proposals"):
                yield DataTable(id="proposals-table", cursor_type="row")
            with TabPane("Beslutsunderlag", id="basis"):
                yield DataTable(id="basis-table", cursor_type="row")
            with TabPane("Ansvariga", id="responsible"):
                yield DataTable(id="responsible-table", cursor_type="row")
        yield Footer()

    def on_mount(self) -> None:
        columns = {
            "planning-table": ["Nr", "Organ", "Datum", "Roll", "Beslutar", "Utfall"],
            "recipients-table": ["Nr", "Mottagare", "Titel", "Expedierat"],
            "proposals-table": ["Nr", "Till", "Förslag"],
            "basis-table": ["Nr", "Handling", "Datum"],
            "responsible-table": ["Namn", "Titel", "Enhet", "Roll"],
        }
        for table_id, names in columns.items():
            self.query_one(f"#{table_id}", DataTable).add_columns(*names)
        self.load()
        self.query_one("#planning-table", DataTable).focus()

    def load(self) -> None:
        """(Re)read the matter from the archive and show it."""
        matter = self.app.call_archive(get_matter, self.matter_id)
        self.matter = matter
        self.sub_title = f"Ärende {matter.id}"
        self.query_one("#matter-title", Static).update(cell(matter.title, style="bold"))
        facts = joined(
            f"Diarienummer {matter.case_number}" if matter.case_number else "Inget diarienummer",
            matter.kind,
            matter.municipality,
            f"väckt {matter.raised_on}" + (f" av {matter.raised_by}" if matter.raised_by else "")
            if matter.raised_on else None,
            f"version {matter.version}",
            sep=" · ",
        )
        self.query_one("#matter-facts", Static).update(facts)
        self.query_one("#matter-summary", Static).update(cell(matter.summary))
        self._fill(
            "planning-table",
            [
                (n, s.body, s.date or "(inget datum)", s.role, "ja" if s.decides else "", s.outcome)
                for n, s in enumerate(matter.planning, 1)
            ],
        )
        self._fill(
            "recipients-table",
            [(n, r.name, r.title, r.sent_on) for n, r in enumerate(matter.recipients, 1)],
        )
        self._fill("proposals-table", [(n, p.to, p.text) for n, p in enumerate(matter.proposals, 1)])
        self._fill("basis-table", [(n, b.title, b.date) for n, b in enumerate(matter.basis, 1)])
        self._fill("responsible-table", [(r.name, r.title, r.unit, r.role) for r in matter.responsible])

    def _fill(self, table_id: str, rows: list[tuple]) -> None:
        table = self.query_one(f"#{table_id}", DataTable)
        row = table.cursor_row
        table.clear()
        for values in rows:
            table.add_row(*(cell(v) for v in values))
        if rows:
            table.move_cursor(row=min(row, len(rows) - 1))

    # ------------------------------------------------------------ actions

    def action_show_tab(self, tab: str) -> None:
        self.query_one(TabbedContent).active = tab
        self.query_one(f"#{tab}-table", DataTable).focus()

    def action_reload(self) -> None:
        self.load()
        self.notify("Ärendet är inläst på nytt.")

    def action_set_date(self) -> None:
        matter = self.matter
        if matter is None or not matter.planning:
            self.notify("Ärendet har ingen beslutsplanering.", severity="warning")
            return
        self.action_show_tab("planning")
        position = self.query_one("#planning-table", DataTable).cursor_row + 1
        step = matter.planning[position - 1]
        version = matter.version

        def save(text: str) -> None:
            self.app.call_archive(set_step_date, matter.id, position, text.strip() or None, expected_version=version)

        def done(result) -> None:
            if result is True:
                self.load()
                new = self.matter.planning[position - 1]
                self.notify(f"{new.body}: datum {new.date or 'borttaget'}.")
            elif result == RELOAD:
                self.load()

        title = joined(f"Steg {position}", step.body, sep=": ")
        self.app.push_screen(
            InputDialog(title, "Nytt datum (t.ex. 2024-08-21, 240821 eller 21 aug 2024; tomt tar bort datumet):",
                        step.date or "", save, placeholder="ÅÅÅÅ-MM-DD"),
            done,
        )
