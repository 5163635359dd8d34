"""Sammanträdets gång: one meeting's föredragningslista, kallelse, protokoll and
expediering, from F3 (key p on a meeting). A thin view: every change is one archive/
function (archive.agenda, archive.protocol, archive.render, archive.expediering).

Four tabs (keys 1-4): Föredragningslista (reorder with Ctrl+Up/Down, k closed/public,
m a matter to a later meeting),
Kallelse (the text as it will be sent; w writes PDF or HTML and records the day it went
out), Protokoll (a takes the proposal as the decision, e writes another, r återremiss,
b bordläggning, j justering and notice, w writes the protocol), Expediering (x sends
the extracts by e-mail with a progress bar; what is left shows after a refusal)."""

from __future__ import annotations

from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import ContentSwitcher, DataTable, Static

from archive import agenda, expediering, protocol, render
from archive.errors import ArchiveError, InvalidValue
from archive.model import DECISION_KINDS_SV, MEETING_STATES_SV
from tui.dialogs import ChoiceDialog, Field, FormDialog, ProgressDialog
from tui.footer import KeyFooter
from tui.header import TitleBar
from tui.rowlist import RowList
from tui.tabs import TabBar
from tui.text import cell

TABS = [("agenda", "Föredragningslista"), ("kallelse", "Kallelse"), ("protocol", "Protokoll"),
        ("expediering", "Expediering")]
# Which tab each action works in (the footer shows only those).
TAB_ACTIONS = {
    "move_item": {"agenda"}, "toggle_public": {"agenda"}, "move_to_meeting": {"agenda"},
    "take_proposal": {"protocol"}, "write_decision": {"protocol"}, "remit": {"protocol"},
    "table_item": {"protocol"}, "justera": {"protocol"},
    "write_document": {"kallelse", "protocol"}, "expediera": {"expediering"},
}
DATE_HINT = "t.ex. 2024-09-03, 240903 eller 3 sep 2024"


class MeetingCycleScreen(Screen):
    """One meeting from the agenda to the expediering."""

    TITLE = "Sammanträdets gång"
    DEFAULT_CSS = """
    MeetingCycleScreen #cycle-head { height: 1; padding: 0 1; text-style: bold; }
    MeetingCycleScreen #cycle-panes { height: 1fr; }
    MeetingCycleScreen .cycle-pane { height: 1fr; }
    MeetingCycleScreen DataTable { height: 1fr; }
    MeetingCycleScreen #kallelse-text, MeetingCycleScreen #expediering-text { padding: 0 1; }
    MeetingCycleScreen #protocol-decision { height: 4; padding: 0 1; border-top: solid $primary; }
    """
    BINDINGS = [
        Binding("escape", "back", "Tillbaka", show=False),  # as everywhere; the footer's room is for the rest
        *[Binding(str(n), f"show_tab('{key}')", label, show=False) for n, (key, label) in enumerate(TABS, 1)],
        Binding("ctrl+up", "move_item(-1)", "Flytta upp"),
        Binding("ctrl+down", "move_item(1)", "Flytta ned"),
        Binding("k", "toggle_public", "Sekretess", tooltip="Offentlig eller sekretess"),
        Binding("m", "move_to_meeting", "Annat möte", tooltip="Flytta ärendet till ett senare sammanträde"),
        Binding("a", "take_proposal", "Anta", tooltip="Förslaget till beslut blir beslutet"),
        Binding("e", "write_decision", "Ändra", tooltip="Skriv ett annat beslut än förslaget"),
        Binding("r", "remit", "Återremiss"),
        Binding("b", "table_item", "Bordlägg"),
        Binding("j", "justera", "Justera", tooltip="Justerare, justering, anslag, förvaring"),
        Binding("w", "write_document", "PDF", tooltip="Skriv till en fil: PDF eller HTML"),
        Binding("x", "expediera", "Expediera", tooltip="Skicka protokollsutdragen med e-post"),
    ]

    def __init__(self, meeting_id: int) -> None:
        super().__init__()
        self.meeting_id = meeting_id
        self.items: list[agenda.AgendaEntry] = []
        self.paragraphs: list[protocol.Paragraph] = []
        self.busy = False
        self._tab_bar = TabBar(TABS, active="agenda", id="cycle-tabs")

    def compose(self) -> ComposeResult:
        yield TitleBar()
        yield Static(id="cycle-head")
        yield self._tab_bar
        with ContentSwitcher(id="cycle-panes", initial="agenda"):
            with Vertical(id="agenda", classes="cycle-pane"):
                yield DataTable(id="agenda-items", cursor_type="row", zebra_stripes=True)
            with VerticalScroll(id="kallelse", classes="cycle-pane"):
                yield Static(id="kallelse-text")
            with Vertical(id="protocol", classes="cycle-pane"):
                yield DataTable(id="protocol-items", cursor_type="row", zebra_stripes=True)
                yield Static(id="protocol-decision")
            with VerticalScroll(id="expediering", classes="cycle-pane"):
                yield Static(id="expediering-text")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#agenda-items", DataTable).add_columns("Nr", "Diarienummer", "Rubrik", "")
        self.query_one("#protocol-items", DataTable).add_columns("§", "Rubrik", "Beslut")
        self.load()
        self.query_one("#agenda-items", DataTable).focus()

    # ------------------------------------------------------------ reading

    @property
    def meeting(self) -> dict:
        return self.app.call_archive(agenda.meeting_row, self.meeting_id)

    def load(self) -> None:
        if self.busy:
            return
        m = self.meeting
        state = MEETING_STATES_SV.get(m["state"], m["state"])
        justerat = f" · justerat {m['approved_on']}" if m["approved_on"] else ""
        self.query_one("#cycle-head", Static).update(cell(f"{m['body']} {m['date']} · {state}{justerat}"))
        self.app.call_archive(agenda.sync_agenda, self.meeting_id)
        self.items = self.app.call_archive(agenda.agenda_items, self.meeting_id)
        table = self.query_one("#agenda-items", DataTable)
        row = table.cursor_row
        table.clear()
        for item in self.items:
            table.add_row(cell(item.position), cell(item.case_number or ""), cell(item.title),
                          cell("" if item.public else "sekretess"))
        if self.items:
            table.move_cursor(row=min(max(row, 0), len(self.items) - 1))
        pane = self.active_tab
        if pane == "kallelse":
            self.load_kallelse()
        elif pane == "protocol":
            self.load_protocol()
        elif pane == "expediering":
            self.load_expediering()

    def load_kallelse(self) -> None:
        doc = self.app.call_archive(render.kallelse_document, self.meeting_id)
        self.query_one("#kallelse-text", Static).update(cell("\n".join(
            ("\n" if b.style in ("heading", "title") else "") + b.text for b in doc.blocks)))

    def load_protocol(self) -> None:
        try:
            self.paragraphs = self.app.call_archive(protocol.paragraphs_numbered, self.meeting_id)
        except ArchiveError as refused:
            self.paragraphs = []
            self.notify(f"Inget protokoll: {refused.message}", severity="warning", timeout=8)
        table = self.query_one("#protocol-items", DataTable)
        row = table.cursor_row
        table.clear()
        for par in self.paragraphs:
            kind = DECISION_KINDS_SV.get(par.decision_kind or "", "–" if par.matter_id else "")
            table.add_row(cell(f"§ {par.number}"), cell(par.title), cell(kind))
        if self.paragraphs:
            table.move_cursor(row=min(max(row, 0), len(self.paragraphs) - 1))
        self.show_decision()

    def show_decision(self) -> None:
        par = self.current_paragraph
        text = ""
        if par is not None and par.matter_id:
            text = f"Beslut: {par.decision}" if par.decision else f"Förslag: {par.proposal or '(inget förslag)'}"
        self.query_one("#protocol-decision", Static).update(cell(text))

    def load_expediering(self) -> None:
        m = self.meeting
        lines = []
        if not m["approved_on"]:
            lines.append("Protokollet är inte justerat: inget kan expedieras än.")
        else:
            rows = self.app.call_archive(expediering.outbox, self.meeting_id)
            counts = {state: sum(r["state"] == state for r in rows) for state in
                      ("sent", "pending", "failed", "sending", "paper")}
            lines += [f"Skickade: {counts['sent']}", f"Kvar att skicka: {counts['pending']}",
                      f"Misslyckade: {counts['failed']}", f"Osäkra (avbrutna): {counts['sending']}",
                      f"Utan e-postadress (papper): {counts['paper']}"]
            lines += [f"  fel: § {r['number']} {r['name']}: {r['error']}" for r in rows if r["state"] == "failed"]
            lines += [f"  papper: § {r['number']} {r['name']}" for r in rows if r["state"] == "paper"]
            if not rows:
                lines.append("x expedierar protokollsutdragen till mottagarna.")
        self.query_one("#expediering-text", Static).update(cell("\n".join(lines)))

    @property
    def active_tab(self) -> str:
        return self._tab_bar.active

    @property
    def current_paragraph(self) -> protocol.Paragraph | None:
        table = self.query_one("#protocol-items", DataTable)
        if not self.paragraphs or table.cursor_row >= len(self.paragraphs):
            return None
        return self.paragraphs[table.cursor_row]

    def check_action(self, action: str, parameters: tuple) -> bool | None:
        tabs = TAB_ACTIONS.get(action)
        return tabs is None or self.active_tab in tabs

    def action_show_tab(self, tab: str) -> None:
        self._tab_bar.active = tab

    @on(TabBar.Activated)
    def _tab_changed(self, event: TabBar.Activated) -> None:
        self.query_one("#cycle-panes", ContentSwitcher).current = event.tab
        self.load()
        focus = {"agenda": "#agenda-items", "protocol": "#protocol-items"}.get(event.tab)
        if focus:
            self.query_one(focus, DataTable).focus()
        self.refresh_bindings()

    @on(DataTable.RowHighlighted, "#protocol-items")
    def _paragraph_highlighted(self) -> None:
        self.show_decision()

    def action_back(self) -> None:
        self.app.pop_screen()

    # ------------------------------------------------------------ changes

    def change(self, function, *args, done: str, **kwargs) -> None:
        """One archive change; a refusal is shown, never raised."""
        try:
            self.app.call_archive(function, *args, **kwargs)
        except ArchiveError as refused:
            self.notify(f"Ändrades inte: {refused.message}", severity="error", timeout=8)
            return
        self.load()
        self.notify(done)

    def action_move_item(self, step: int) -> None:
        table = self.query_one("#agenda-items", DataTable)
        if not self.items:
            return
        position = table.cursor_row + 1
        self.change(agenda.move_item, self.meeting_id, position, position + step, done="Punkten är flyttad.")
        table.move_cursor(row=max(0, min(position - 1 + step, len(self.items) - 1)))

    def action_toggle_public(self) -> None:
        table = self.query_one("#agenda-items", DataTable)
        if not self.items:
            return
        item = self.items[table.cursor_row]
        self.change(agenda.set_public, self.meeting_id, item.position, not item.public,
                    done="Punkten är offentlig." if not item.public else "Punkten har sekretess.")

    def action_move_to_meeting(self) -> None:
        """The highlighted matter to a later meeting of the body: its planning step moves."""
        from archive.planning import body_meetings

        table = self.query_one("#agenda-items", DataTable)
        if not self.items or self.items[table.cursor_row].kind != "matter":
            self.notify("Markera ett ärende på listan.", severity="warning")
            return
        item, m = self.items[table.cursor_row], self.meeting
        later = [c for c in self.app.call_archive(body_meetings, m["body_id"], after=m["date"])
                 if c.state != "cancelled"]
        if not later:
            self.notify(f"{m['body']} har inget senare sammanträde.", severity="warning")
            return

        def save(target_id: int):
            return self.app.call_archive(agenda.move_to_meeting, self.meeting_id, item.position, target_id)

        def done(result) -> None:
            if result:
                self.load()
                self.notify(f"{item.title} är flyttat; steget i beslutsplaneringen följde med.")

        options = [(f"{c.date} {c.start_time or ''}".rstrip(), c.id) for c in later]
        self.app.push_screen(ChoiceDialog(f"Flytta {item.title}", "Till sammanträdet:", options, save), done)

    def _matter_paragraph(self) -> protocol.Paragraph | None:
        par = self.current_paragraph
        if par is None or not par.matter_id:
            self.notify("Markera en paragraf med ett ärende.", severity="warning")
            return None
        return par

    def action_take_proposal(self) -> None:
        if par := self._matter_paragraph():
            self.change(protocol.decide, self.meeting_id, par.matter_id, done=f"§ {par.number}: förslaget är beslutat.")

    def action_remit(self) -> None:
        if par := self._matter_paragraph():
            self.change(protocol.decide, self.meeting_id, par.matter_id, kind="återremiss",
                        done=f"§ {par.number} återremitteras; ett nytt steg är planerat.")

    def action_table_item(self) -> None:
        if par := self._matter_paragraph():
            self.change(protocol.decide, self.meeting_id, par.matter_id, kind="bordläggning",
                        done=f"§ {par.number} bordläggs; ett nytt steg är planerat.")

    def action_write_decision(self) -> None:
        par = self._matter_paragraph()
        if par is None:
            return

        def save(values: dict) -> None:
            self.app.call_archive(protocol.decide, self.meeting_id, par.matter_id, text=values["text"] or "")

        def done(result) -> None:
            if result:
                self.load()
                self.notify(f"§ {par.number}: beslutet är sparat.")

        self.app.push_screen(FormDialog(f"Beslut § {par.number}", [
            Field("text", "Beslut", value=par.decision or par.proposal or "")], save), done)

    def action_justera(self) -> None:
        m = self.meeting

        def save(values: dict) -> None:
            self.app.call_archive(protocol.record_justering, self.meeting_id,
                                  approved_on=values["approved_on"] or None, approvers=values["approvers"],
                                  notice_on=values["notice_on"] or None, kept_at=values["kept_at"])

        def done(result) -> None:
            if result:
                self.load()
                self.notify("Justeringen är sparad.")

        self.app.push_screen(FormDialog(f"Justering: {m['body']} {m['date']}", [
            Field("approved_on", f"Justerat den ({DATE_HINT})", value=m["approved_on"] or ""),
            Field("approvers", "Justerare", value=m["approvers"] or ""),
            Field("notice_on", "Anslaget på anslagstavlan den", value=m["notice_posted_on"] or ""),
            Field("kept_at", "Protokollet förvaras", value=m["protocol_kept_at"] or ""),
        ], save), done)

    def action_write_document(self) -> None:
        m = self.meeting
        kallelse = self.active_tab == "kallelse"
        word = "kallelse" if kallelse else "protokoll"
        default = f"{word}-{m['body'].lower().replace(' ', '-')}-{m['date']}.pdf"
        fields = [Field("path", "Fil (.pdf eller .html)", value=default)]
        if kallelse:
            fields.append(Field("sent_on", f"Kallelsen skickas den ({DATE_HINT}; tomt: registreras inte)",
                                value=self.app.today.isoformat()))

        def save(values: dict):
            path = Path(values["path"] or default).expanduser()
            if not path.parent.exists():
                raise InvalidValue(f"katalogen {path.parent} finns inte", field="fil")
            build = render.kallelse_document if kallelse else render.protocol_document
            self.app.call_archive(lambda archive: render.write_document(build(archive, self.meeting_id), path))
            if kallelse and values.get("sent_on"):
                return self.app.call_archive(protocol.record_call, self.meeting_id, values["sent_on"])
            return path

        def done(result) -> None:
            if not result:
                return
            self.load()
            if isinstance(result, protocol.CallRecord) and result.late:
                self.notify(f"Kallelsen är sen: den skulle ha gått ut senast {result.deadline}.",
                            severity="warning", timeout=10)
            else:
                self.notify(f"{word.capitalize()}en är skriven.")

        self.app.push_screen(FormDialog(f"Skriv {word}", fields, save), done)

    def action_expediera(self) -> None:
        import os

        def save(values: dict):
            host, port = expediering.parse_smtp(values["smtp"])
            if not values["sender"]:
                raise InvalidValue("ange avsändarens adress", field="från")
            return expediering.SmtpSettings(host=host, port=port, sender=values["sender"],
                                            starttls=bool(values["starttls"]), user=values["user"] or None,
                                            password=os.environ.get("BESLUT_SMTP_PASSWORD"))

        def chosen(settings) -> None:
            if isinstance(settings, expediering.SmtpSettings):
                dialog = ProgressDialog("Expedierar protokollsutdragen …")
                self.app.push_screen(dialog)
                self.busy = True
                self._send_worker(settings, dialog)

        self.app.push_screen(FormDialog("Expediera med e-post", [
            Field("smtp", "SMTP-server (VÄRD:PORT)", value=os.environ.get("BESLUT_SMTP", "")),
            Field("sender", "Från (registratorns adress)", value=os.environ.get("BESLUT_FROM", "")),
            Field("user", "Användare (tomt: ingen inloggning)", value=""),
            Field("starttls", "STARTTLS", kind="check", value=False),
        ], save), chosen)

    @work(thread=True, exclusive=True, group="expediering")
    def _send_worker(self, settings, dialog: ProgressDialog) -> None:
        def progress(done: int, total: int) -> None:
            dialog.advance_from_thread(done, total)

        try:
            summary = self.app.call_archive(expediering.expediera, self.meeting_id, settings, today=self.app.today,
                                            progress=progress)
        except ArchiveError as refused:
            self.app.call_from_thread(self._sent, dialog, f"Inget skickades: {refused.message}", "error")
            return
        text = f"{summary.sent} skickade, {summary.already_sent} redan skickade, " \
               f"{summary.without_address} utan adress, {summary.failed} misslyckade."
        if summary.stopped:
            text += f" Avbrutet: {summary.stopped}; {summary.to_send} kvar."
        severity = "warning" if summary.stopped or summary.failed else "information"
        self.app.call_from_thread(self._sent, dialog, text, severity)

    def _sent(self, dialog: ProgressDialog, message: str, severity: str) -> None:
        self.busy = False
        dialog.dismiss()
        self.load()
        self.notify(message, severity=severity, timeout=10)


def edit_email(screen: Screen, table: RowList) -> None:
    """F4: the e-mail address of the addressee highlighted in the directory (`table`: name,
    title, ...), for expediering; an empty address means paper."""
    from archive.addressee_import import addressee_email, set_email

    if not table.row_count:
        return
    name, title = (str(value) for value in table.get_row_at(table.cursor_row)[:2])
    addressee_id, email = screen.app.call_archive(addressee_email, name, title or None)

    def save(values: dict) -> None:
        screen.app.call_archive(set_email, addressee_id, values["email"] or None)

    def done(result) -> None:
        if result:
            screen.notify(f"E-postadressen för {name} är sparad.")

    label = f"{title}, {name}" if title else name
    screen.app.push_screen(FormDialog(f"E-post för {label}", [
        Field("email", "E-postadress (tom: beslut skickas på papper)", value=email or "")], save), done)
