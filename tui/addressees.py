"""Mottagare: the addressee directory and the distribution lists (sändlistor):
create and rename a list, add and remove its members, add an addressee."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import DataTable, Input, Label, Static

from archive import dispatch
from archive.errors import ArchiveError
from archive.model import ADDRESSEE_KINDS, ADDRESSEE_KINDS_SV
from tui.dialogs import AddresseeDialog, ConfirmDialog, Field, FormDialog
from tui.footer import KeyFooter
from tui.header import TitleBar
from tui.live import LiveScreen
from tui.rowlist import RowList
from tui.text import cell, kind_sv


class AddresseesScreen(LiveScreen):
    """Sändlistor and their members side by side; the directory below, searchable."""

    TITLE = "Mottagare"
    BINDINGS = [
        Binding("n", "new_list", "Ny sändlista"),
        Binding("r", "rename_list", "Byt namn"),
        Binding("a", "add_member", "Lägg till medlem"),
        Binding("delete", "remove_member", "Ta bort medlem"),
        Binding("t", "new_addressee", "Ny mottagare", tooltip="Lägg till en mottagare i registret"),
        Binding("slash", "focus_search", "Sök i registret"),
        Binding("e", "edit_email", "E-post", show=False, tooltip="E-postadress för expediering"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.lists: list[dispatch.DistributionList] = []
        self.members: list[dispatch.Addressee] = []

    def compose(self) -> ComposeResult:
        yield TitleBar()
        with Horizontal(id="lists-pane"):
            with Vertical(id="lists-box"):
                yield Static("Sändlistor", classes="section")
                yield DataTable(id="lists-table", cursor_type="row")
            with Vertical(id="members-box"):
                yield Static("", id="members-title", classes="section")
                # RowLists: their columns fit the width (an 80-column terminal shows every one).
                yield RowList(["Nr", "Mottagare", "Titel", "Sort"], id="members-table")
        with Vertical(id="directory-box"):
            with Horizontal(id="directory-bar"):
                yield Label("Mottagarregister, sök:", id="directory-label")
                yield Input(placeholder="namn eller titel", id="directory-search")
            yield RowList(["Namn", "Titel", "Sort"], id="directory-table", zebra_stripes=True)
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#lists-table", DataTable).add_columns("Namn", "Antal")
        self.load()
        self.query_one("#lists-table", DataTable).focus()

    def archive_changed(self) -> None:
        self.load()

    # ------------------------------------------------------------ reading

    def load(self, select: str | None = None) -> None:
        self.remember_archive()
        table = self.query_one("#lists-table", DataTable)
        row = table.cursor_row
        self.lists = self.app.call_archive(dispatch.distribution_lists)
        table.clear()
        for entry in self.lists:
            table.add_row(cell(entry.name), cell(entry.members))
        if select is not None:
            row = next((n for n, e in enumerate(self.lists) if e.name == select), row)
        if self.lists:
            table.move_cursor(row=min(max(row, 0), len(self.lists) - 1))
        self.load_members()
        self.load_directory()

    @property
    def current(self) -> dispatch.DistributionList | None:
        table = self.query_one("#lists-table", DataTable)
        if not self.lists or table.cursor_row >= len(self.lists):
            return None
        return self.lists[table.cursor_row]

    def load_members(self) -> None:
        table = self.query_one("#members-table", RowList)
        row = table.cursor_row
        current = self.current
        title = self.query_one("#members-title", Static)
        if current is None:
            self.members = []
            table.set_rows([])
            title.update("Inga sändlistor ännu (n skapar en)")
            return
        self.members = self.app.call_archive(dispatch.list_members, current.name)
        title.update(cell(f"{current.name}: {len(self.members)} mottagare"))
        table.set_rows([(n, member.name, member.title, kind_sv(member.kind))
                        for n, member in enumerate(self.members, 1)], cursor_row=row)

    def load_directory(self) -> None:
        text = self.query_one("#directory-search", Input).value
        found = self.app.call_archive(dispatch.find_addressees, text, limit=200)
        self.query_one("#directory-table", RowList).set_rows([(a.name, a.title, kind_sv(a.kind)) for a in found])

    @on(DataTable.RowHighlighted, "#lists-table")
    def _list_highlighted(self) -> None:
        self.load_members()

    @on(Input.Changed, "#directory-search")
    def _search(self) -> None:
        self.load_directory()

    # ------------------------------------------------------------ actions

    def action_edit_email(self) -> None:  # issue 15: tui/meeting_cycle.py
        from tui.meeting_cycle import edit_email

        edit_email(self, self.query_one("#directory-table", RowList))

    def action_focus_search(self) -> None:
        self.query_one("#directory-search", Input).focus()

    def action_new_list(self) -> None:
        def save(values: dict) -> None:
            self.app.call_archive(dispatch.create_list, values["name"])

        dialog = FormDialog("Ny sändlista", [Field("name", "Namn")], save)
        self.app.push_screen(dialog, lambda result: result and self.load(select=dialog.values()["name"]))

    def action_rename_list(self) -> None:
        current = self.current
        if current is None:
            return

        def save(values: dict) -> None:
            self.app.call_archive(dispatch.rename_list, current.name, values["name"])

        dialog = FormDialog(f"Byt namn på {current.name}", [Field("name", "Nytt namn", value=current.name)], save)
        self.app.push_screen(dialog, lambda result: result and self.load(select=" ".join(
            dialog.values()["name"].split())))

    def action_add_member(self) -> None:
        current = self.current
        if current is None:
            self.notify("Skapa en sändlista först (n).", severity="warning")
            return

        def add(addressee_id: int) -> bool:
            return self.app.call_archive(dispatch.add_list_member, current.name, addressee_id)

        self.app.push_screen(AddresseeDialog(f"Lägg till på {current.name}", add),
                             lambda result: result and self.load(select=current.name))

    def action_remove_member(self) -> None:
        current = self.current
        if current is None or not self.members:
            return
        member = self.members[self.query_one("#members-table", RowList).cursor_row]

        def answer(yes) -> None:
            if not yes:
                return
            try:
                self.app.call_archive(dispatch.remove_list_member, current.name, member.id)
            except ArchiveError as refused:
                self.notify(f"Ändrades inte: {refused.message}", severity="error")
                return
            self.load(select=current.name)
            self.notify(f"{member.name} är borttagen från {current.name}.")

        self.app.push_screen(
            ConfirmDialog("Ta bort medlem", f"Ta bort {member.label} från {current.name}?", [("j", "Ta bort", True)]),
            answer,
        )

    def action_new_addressee(self) -> None:
        def save(values: dict) -> None:
            self.app.call_archive(dispatch.save_addressee, values["name"], values["title"] or None, values["kind"])

        fields = [
            Field("name", "Namn"),
            Field("title", "Titel (för en person)"),
            Field("kind", "Sort", "select", value="department",
                  options=[(ADDRESSEE_KINDS_SV[k], k) for k in ADDRESSEE_KINDS]),
        ]
        self.app.push_screen(FormDialog("Ny mottagare i registret", fields, save),
                             lambda result: result and self.load_directory())
