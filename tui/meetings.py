"""Sammanträden: one body's meetings in a year, the agenda of the highlighted meeting,
its state, cancelling (moving every step on it to the body's next meeting in one
transaction) and the body's schedule as a CSV file. Long work runs in workers with a
progress dialog."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import DataTable, Input, Label, Select, Static

from archive import meetings
from archive.dates import WEEKDAYS
from archive.errors import ArchiveError, InvalidValue
from archive.export import write_meeting_plan_csv
from archive.model import MEETING_STATES_SV, RECORDED_STATES, count
from archive.planning import bodies
from tui.dialogs import ChoiceDialog, ConfirmDialog, Field, FormDialog, ProgressDialog
from tui.footer import KeyFooter
from tui.header import TitleBar
from tui.live import LiveScreen
from tui.text import body_options, cell


class MeetingsScreen(LiveScreen):
    """Sammanträden: choose a body and a year; the meetings above, the agenda below."""

    TITLE = "Sammanträden"
    BINDINGS = [
        Binding("s", "set_state", "Ändra läge", tooltip="planerat, kallat, hållet"),
        Binding("j", "record_approval", "Justering", tooltip="Datum för justering och anslag om justering"),
        Binding("c", "cancel_meeting", "Ställ in", tooltip="Ställ in sammanträdet och flytta ärendena"),
        Binding("x", "export", "Exportera CSV", tooltip="Organets sammanträdesplan för året som CSV-fil"),
        Binding("o", "open_matter", "Öppna ärende", tooltip="Öppna markerat ärende på dagordningen"),
        Binding("f", "focus_body", "Välj organ"),
        Binding("p", "open_cycle", "Protokoll", show=False, tooltip="Lista, kallelse, protokoll, expediering"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[meetings.MeetingRow] = []
        self.items: list[meetings.AgendaItem] = []
        self.body_id: int | None = None
        self.body_name = ""
        self.busy = False  # a worker is changing or exporting; the screen reads nothing meanwhile
        self.body_names: dict[int, str] = {}

    def compose(self) -> ComposeResult:
        yield TitleBar()
        with Horizontal(id="meeting-bar"):
            yield Select([], prompt="Välj organ", id="meeting-body", allow_blank=True)
            yield Label("År:", id="meeting-year-label")
            yield Input(id="meeting-year", max_length=4, restrict=r"[0-9]*")
        yield DataTable(id="meetings-table", cursor_type="row", zebra_stripes=True)
        yield Static("", id="agenda-title", classes="section")
        yield DataTable(id="agenda-table", cursor_type="row")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#meetings-table", DataTable).add_columns(
            "Datum", "Dag", "Tid", "Plats", "Läge", "Ärenden", "Justerat", "Anslaget")
        self.query_one("#agenda-table", DataTable).add_columns(
            "Diarienummer", "Rubrik", "Steg", "Roll", "Beslutar", "Utfall")
        found = self.app.call_archive(bodies)
        self.query_one("#meeting-year", Input).value = str(self.app.today.year)
        select = self.query_one("#meeting-body", Select)
        self.body_names = {b["id"]: b["name"] for b in found}
        select.set_options(body_options(found))
        latest = self.app.call_archive(meetings.latest_meeting_body)
        if latest is not None:
            select.value = latest
        self.query_one("#meetings-table", DataTable).focus()

    @property
    def year(self) -> int | None:
        text = self.query_one("#meeting-year", Input).value
        return int(text) if len(text) == 4 else None

    def load(self) -> None:
        if self.busy:
            return  # a worker holds the archive; _finished loads afterwards
        self.remember_archive()
        table = self.query_one("#meetings-table", DataTable)
        row = table.cursor_row
        table.clear()
        self.rows = []
        if self.body_id is not None and self.year:
            self.rows = self.app.call_archive(meetings.body_year, self.body_id, self.year)
        for m in self.rows:
            style = "strike dim" if m.state == "cancelled" else ""
            table.add_row(
                cell(m.date, style), cell(weekday_short(m.date)), cell(m.start_time), cell(m.location),
                cell(MEETING_STATES_SV.get(m.state, m.state), style), cell(m.planned or ""),
                cell(m.approved_on), cell(m.notice_posted_on), key=str(m.id),
            )
        if self.rows:
            table.move_cursor(row=min(max(row, 0), len(self.rows) - 1))
        self.load_agenda()

    def load_agenda(self) -> None:
        if self.busy:
            return
        table = self.query_one("#agenda-table", DataTable)
        table.clear()
        meeting = self.current
        title = self.query_one("#agenda-title", Static)
        if meeting is None:
            title.update(cell(f"{self.body_name}: inga sammanträden {self.year or ''}"))
            self.items = []
            return
        self.items = self.app.call_archive(meetings.agenda, meeting.id)
        items = count(len(self.items), "ärende", "ärenden")
        title.update(cell(f"Dagordning {self.body_name} {meeting.date} ({items})"))
        for item in self.items:
            table.add_row(cell(item.case_number or "–"), cell(item.title), cell(item.position), cell(item.role),
                          cell("ja" if item.decides else ""), cell(item.outcome))

    @property
    def current(self) -> meetings.MeetingRow | None:
        table = self.query_one("#meetings-table", DataTable)
        if not self.rows or table.cursor_row >= len(self.rows):
            return None
        return self.rows[table.cursor_row]

    @on(Select.Changed, "#meeting-body")
    def _body_changed(self, event: Select.Changed) -> None:
        self.body_id = None if event.value is Select.NULL else event.value
        self.body_name = self.body_names.get(self.body_id, "")
        years = self.app.call_archive(meetings.meeting_years, self.body_id) if self.body_id is not None else []
        if years and self.year not in years:
            # The year nearest to today that the body has a plan for.
            nearest = min(years, key=lambda y: abs(y - self.app.today.year))
            with self.prevent(Input.Changed):
                self.query_one("#meeting-year", Input).value = str(nearest)
        self.load()

    @on(Input.Changed, "#meeting-year")
    def _year_changed(self) -> None:
        if self.year:
            self.load()

    @on(DataTable.RowHighlighted, "#meetings-table")
    def _meeting_highlighted(self) -> None:
        self.load_agenda()

    @on(DataTable.RowSelected, "#meetings-table")
    def _meeting_selected(self) -> None:
        if self.items:
            self.query_one("#agenda-table", DataTable).focus()

    @on(DataTable.RowSelected, "#agenda-table")
    def _agenda_selected(self, event: DataTable.RowSelected) -> None:
        self.app.open_matter(self.items[event.cursor_row].matter_id)

    def archive_changed(self) -> None:
        if self.body_id is not None and not self.busy:
            self.load()

    # ------------------------------------------------------------ actions

    def action_focus_body(self) -> None:
        self.query_one("#meeting-body", Select).focus()

    def action_open_matter(self) -> None:
        table = self.query_one("#agenda-table", DataTable)
        if self.items:
            self.app.open_matter(self.items[min(table.cursor_row, len(self.items) - 1)].matter_id)

    def _open_meeting(self) -> meetings.MeetingRow | None:
        """The highlighted meeting, unless it is cancelled (then the clerk is told so)."""
        meeting = self.current
        if meeting is not None and meeting.state == "cancelled":
            self.notify("Sammanträdet är inställt.", severity="warning")
            return None
        return meeting

    def action_open_cycle(self) -> None:  # issue 15: the meeting's own screen (tui/meeting_cycle.py)
        if meeting := self._open_meeting():
            from tui.meeting_cycle import MeetingCycleScreen

            self.app.push_screen(MeetingCycleScreen(meeting.id))

    def action_set_state(self) -> None:
        meeting = self._open_meeting()
        if meeting is None:
            return

        def save(state) -> None:
            self.app.call_archive(meetings.set_state, meeting.id, state)

        def done(result) -> None:
            if result:
                self.load()
                self.notify("Läget är ändrat.")

        options = [(MEETING_STATES_SV[s], s) for s in RECORDED_STATES]
        self.app.push_screen(
            ChoiceDialog(f"{self.body_name} {meeting.date}", "Läge:", options, save, value=meeting.state), done
        )

    def action_record_approval(self) -> None:
        """The protocol's justering and the notice of it (anslag): the dates the law's
        deadlines run from (archive.deadlines). A justering makes the meeting held."""
        meeting = self._open_meeting()
        if meeting is None:
            return

        def save(values: dict) -> None:
            self.app.call_archive(meetings.record_meeting, meeting.id, approved_on=values["approved_on"] or None,
                                  notice_posted_on=values["notice_posted_on"] or None)

        def done(result) -> None:
            if result:
                self.load()
                self.notify("Justering och anslag är sparade.")

        example = "t.ex. 2024-08-21, 240821 eller 21 aug 2024"
        fields = [
            Field("approved_on", f"Protokollet justerat den ({example})", value=meeting.approved_on or "",
                  placeholder="ÅÅÅÅ-MM-DD"),
            Field("notice_posted_on", "Anslag om justering uppsatt den", value=meeting.notice_posted_on or "",
                  placeholder="ÅÅÅÅ-MM-DD"),
        ]
        self.app.push_screen(FormDialog(f"Justering: {self.body_name} {meeting.date}", fields, save), done)

    def action_cancel_meeting(self) -> None:
        meeting = self.current
        if meeting is None or meeting.state == "cancelled":
            return
        if meeting.state == "held":
            self.notify("Sammanträdet är redan hållet.", severity="warning")
            return
        target = self.app.call_archive(meetings.next_open_meeting, meeting.id)
        answers = []
        text = f"Ställ in {self.body_name}s sammanträde {meeting.date}?"
        if meeting.planned and target is not None:
            text += f" {planned_on(meeting.planned)} på det."
            # Shown before anything is saved: a move that puts a step after a later step of
            # its matter (the archive refuses it unless confirmed: archive.meetings).
            broken = self.app.call_archive(meetings.order_problems_of_move, meeting.id, "next")
            if broken:
                text += (f"\n\n⚠ Flytten till {target.date} bryter ordningen i "
                         f"{count(len({p.matter_id for p in broken}), 'ärende', 'ärenden')}:\n")
                text += "\n".join(f"• {p.case_number or p.title}: {p.message}" for p in broken[:MAX_LISTED])
                if len(broken) > MAX_LISTED:
                    text += f"\n• och {count(len(broken) - MAX_LISTED, 'steg', 'steg')} till"
                answers.append(("u", "Ställ in utan att flytta", MOVE_NOT))
                answers.append(("f", f"Flytta ändå till {target.date}", MOVE_CONFIRMED))
            else:
                answers.append(("f", f"Ställ in och flytta till {target.date}", MOVE))
        elif meeting.planned:
            text += f" {planned_on(meeting.planned)} på det; organet har inget senare sammanträde."
        if not any(value == MOVE_NOT for _, _, value in answers):
            answers.append(("u", "Ställ in utan att flytta", MOVE_NOT))

        def answer(choice) -> None:
            if choice is not None:
                self.run_cancel(meeting.id, choice != MOVE_NOT, confirm_order=choice == MOVE_CONFIRMED)

        self.app.push_screen(ConfirmDialog("Ställ in sammanträde", text, answers), answer)

    def run_cancel(self, meeting_id: int, move: bool, *, confirm_order: bool = False) -> None:
        dialog = ProgressDialog("Ställer in och flyttar ärendena …")
        self.app.push_screen(dialog)
        self.busy = True
        self._cancel_worker(meeting_id, move, confirm_order, dialog)

    @work(thread=True, exclusive=True, group="meeting-change")
    def _cancel_worker(self, meeting_id: int, move: bool, confirm_order: bool, dialog: ProgressDialog) -> None:
        def progress(done: int, total: int) -> None:
            dialog.advance_from_thread(done, total)

        try:
            result = self.app.call_archive(meetings.cancel_meeting, meeting_id, move_steps=move,
                                           confirm_order=confirm_order, progress=progress)
        except ArchiveError as refused:
            self.app.call_from_thread(self._finished, dialog, f"Ändrades inte: {refused.message}", "error")
            return
        text = f"Sammanträdet {result.meeting.date} är inställt."
        if move:
            text += f" {count(result.moved, 'steg flyttat', 'steg flyttade')} till {result.moved_to}."
        self.app.call_from_thread(self._finished, dialog, text, "information")

    def _finished(self, dialog: ProgressDialog, message: str, severity: str) -> None:
        self.busy = False
        dialog.dismiss()
        self.load()
        self.notify(message, severity=severity, timeout=8)

    def action_export(self) -> None:
        """The body's meeting plan for the year in the year field: all its meetings and
        the matters planned on each (archive.export.write_meeting_plan_csv)."""
        if self.body_id is None:
            return
        body_id, year, name = self.body_id, self.year, self.body_name
        if year is None:
            self.notify("Skriv ett år (fyra siffror) först.", severity="warning")
            return
        default = f"sammantradesplan-{name.lower().replace(' ', '-')}-{year}.csv"

        def save(values: dict):
            path = Path(values["path"] or default).expanduser()
            if not path.parent.exists():
                raise InvalidValue(f"katalogen {path.parent} finns inte", field="fil")
            return path

        def chosen(path) -> None:
            if isinstance(path, Path):
                dialog = ProgressDialog(f"Exporterar {name}s sammanträdesplan {year} till {path} …")
                self.app.push_screen(dialog)
                self.busy = True
                self._export_worker(body_id, year, path, dialog)

        self.app.push_screen(
            FormDialog(f"Exportera {name}s sammanträdesplan {year} som CSV",
                       [Field("path", "Fil", value=default, placeholder=default)], save),
            chosen,
        )

    @work(thread=True, exclusive=True, group="meeting-export")
    def _export_worker(self, body_id: int, year: int, path: Path, dialog: ProgressDialog) -> None:
        def progress(done: int, total: int) -> None:
            dialog.advance_from_thread(done, total)

        try:
            with open(path, "w", encoding="utf-8", newline="") as out:
                rows = self.app.call_archive(write_meeting_plan_csv, out, body_id, year, progress=progress)
        except (ArchiveError, OSError) as error:
            message = getattr(error, "message", None) or str(error)
            self.app.call_from_thread(self._finished, dialog, f"Exporten misslyckades: {message}", "error")
            return
        written = f"Skrev {count(rows, 'rad', 'rader')} till {path}."
        self.app.call_from_thread(self._finished, dialog, written, "information")


# The cancel dialog's answers, and how many broken steps it lists before "och N till".
MOVE, MOVE_CONFIRMED, MOVE_NOT = "move", "move-confirmed", "no-move"
MAX_LISTED = 5


def planned_on(steps: int) -> str:
    return f"{steps} steg är {'planerat' if steps == 1 else 'planerade'}"


def weekday_short(date: str) -> str:
    """"mån", "tis", ...: the weekday as the meeting plan export writes it."""
    return WEEKDAYS[dt.date.fromisoformat(date).weekday()][:3]
