"""Ärende: one matter, its title above and its parts in tabs.

Every edit is an archive/ function called with the version this screen shows
(`expected_version`): when another session changed the matter meanwhile the edit is
refused and the screen says who and when, and offers to reload.
"""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widget import Widget
from textual.widgets import ContentSwitcher, Select, Static

from archive import deadlines, dispatch, plan_checks, planning
from archive.dates import format_date, parse_date
from archive.errors import ArchiveError, InvalidValue, StaleEdit
from archive.history import matter_history
from archive.matters import get_matter, set_step_date, update_matter
from archive.model import POSTPONE_KINDS_SV, PROBLEM_KINDS_SV, ROLES_SV, Matter, count
from archive.plan_checks import order_problems_if_moved
from tui.dialogs import RELOAD, AddresseeDialog, ChoiceDialog, ConfirmDialog, Field, FormDialog
from tui.footer import KeyFooter
from tui.header import TitleBar
from tui.live import LiveScreen
from tui.rowlist import RowList
from tui.tabs import TabBar
from tui.text import body_options, cell, joined

TABS = [  # (id, label, short label for a narrow terminal)
    ("overview", "Översikt", "Översikt"),
    ("planning", "Beslutsplanering", "Plan"),
    ("recipients", "Beslutet skickas till", "Mottagare"),
    ("proposals", "Förslag till beslut", "Förslag"),
    ("basis", "Beslutsunderlag", "Underlag"),
    ("responsible", "Ansvariga", "Ansvariga"),
    ("history", "Historik", "Historik"),
]

# Actions that belong to one tab (or two): shown in the footer and run only there.
TAB_ACTIONS = {
    "edit_matter": ("overview",),
    "add": ("planning", "recipients"),
    "remove": ("planning", "recipients"),
    "move_up": ("planning", "recipients"),
    "move_down": ("planning", "recipients"),
    "set_date": ("planning",),
    "set_role": ("planning",),
    "set_deciding": ("planning",),
    "postpone": ("planning",),
    "add_list": ("recipients",),
    "dispatch_one": ("recipients",),
    "dispatch_all": ("recipients",),
}

# The matter form, title first (the one field a new matter needs).
FORM_ORDER = ("title", "case_number", "kind", "municipality", "raised_on", "raised_by", "summary")
FIELD_LABELS = {
    "case_number": "Diarienummer", "title": "Rubrik", "kind": "Typ", "municipality": "Kommun",
    "raised_on": "Väckt (datum)", "raised_by": "Väckt av", "summary": "Sammanfattning",
}


class MatterScreen(LiveScreen):
    """One matter as the archive holds it now; `version` is what a save checks against."""

    class Loaded(Message):
        """The matter is read and on screen: posted once the frame that draws it has been
        drawn (bench/tui.py times opening a matter by it)."""

    BINDINGS = [
        Binding("escape", "back", "Tillbaka"),
        Binding("m", "edit_matter", "Ändra uppgifter", tooltip="Rubrik, diarienummer, typ, väckt ..."),
        Binding("a", "add", "Lägg till"),
        Binding("d", "set_date", "Ändra datum", tooltip="Ändra datum för markerat steg i beslutsplaneringen"),
        Binding("r", "set_role", "Roll"),
        Binding("b", "set_deciding", "Beslutande steg"),
        Binding("p", "postpone", "Bordlägg/återremiss"),
        Binding("l", "add_list", "Sändlista"),
        Binding("e", "dispatch_one", "Expediera"),
        Binding("x", "dispatch_all", "Expediera alla"),
        Binding("delete", "remove", "Ta bort"),
        Binding("ctrl+up", "move_up", "Flytta upp"),
        Binding("ctrl+down", "move_down", "Flytta ned"),
        Binding("ctrl+r", "reload", "Läs in på nytt"),
        *[Binding(str(n), f"show_tab('{key}')", label, show=False) for n, (key, label, _) in enumerate(TABS, 1)],
    ]

    def __init__(self, matter_id: int) -> None:
        super().__init__()
        self.matter_id = matter_id
        self.matter: Matter | None = None
        self.in_use = False  # on some area's stack (the app reuses a screen that is not)
        self.problems: list[plan_checks.Violation] = []
        self._tab_bar = TabBar(TABS, active="planning", id="tab-bar")  # made here: check_action asks it early

    def compose(self) -> ComposeResult:
        yield TitleBar()
        with Vertical(id="matter-head"):
            yield Static(id="matter-title")
            yield Static(id="matter-facts")
        yield self._tab_bar
        with ContentSwitcher(id="tabs", initial="planning"):
            for tab, *_labels in TABS:
                with Vertical(id=tab, classes="pane"):
                    if tab == "planning":
                        yield from pane_widgets(tab)
        yield KeyFooter()

    def on_mount(self) -> None:
        # Only the planning tab is built now; the others when first shown (opening is quicker).
        self._built = {"planning"}
        self._view: dict[str, object] = {}
        # The widgets load() fills, by id: looked up once, not by a DOM query on every load.
        self._widgets: dict[str, Widget] = {
            widget.id: widget for widget in self.query("#matter-title, #matter-facts, #planning *")
            if widget.id
        }
        self._panes = self.query_one(ContentSwitcher)
        self.load()
        self.table("planning").focus()

    def table(self, tab: str) -> RowList:
        return self._widgets[f"{tab}-table"]

    def show_matter(self, matter_id: int) -> None:
        """Show another matter on this (reused) screen, from its planning tab."""
        self.matter_id = matter_id
        for widget in self._widgets.values():
            if isinstance(widget, RowList):
                widget.move_cursor(0)
        self._tab_bar.active = "planning"
        self.keep_own_lines()
        self.load()
        table = self.table("planning")
        if self.focused is not table:  # focus() redraws the whole table even when it has it
            table.focus()
        self.draw_on_resume()

    def action_back(self) -> None:
        self.in_use = False
        self.app.pop_screen()

    async def ensure_tab(self, tab: str) -> None:
        """Build a tab's widgets the first time it is shown, with what load() read."""
        if tab in self._built:
            return
        self._built.add(tab)
        widgets = pane_widgets(tab)
        await self._panes.get_child_by_id(tab).mount_all(widgets)
        for widget in widgets:
            if widget.id:
                self._widgets[widget.id] = widget
            if widget.id in self._view:
                self._apply(widget.id)

    # ------------------------------------------------------------ reading

    def load(self) -> None:
        """(Re)read the matter from the archive and show it."""
        call = self.app.call_archive
        self.remember_archive()
        matter = call(get_matter, self.matter_id)
        self.matter = matter
        self.problems = call(plan_checks.matter_problems, matter.id)
        due = call(deadlines.matter_deadlines, matter.id, today=self.app.today)
        self.sub_title = f"Ärende {matter.id}"
        self._widgets["matter-title"].update(cell(matter.title, style="bold"), layout=False)
        raised = None
        if matter.raised_on:
            raised = f"väckt {format_date(matter.raised_on)}" + (f" av {matter.raised_by}" if matter.raised_by else "")
        facts = joined(
            f"Diarienummer {matter.case_number}" if matter.case_number else "Inget diarienummer",
            matter.kind, matter.municipality, raised, f"version {matter.version}", sep=" · ",
        )
        self._widgets["matter-facts"].update(facts, layout=False)
        self._show("matter-summary", cell(matter.summary or "(ingen sammanfattning)"))
        self._show("overview-table", [
            (
                Text(d.date, style="bold red" if d.overdue else ""),
                d.label + (" ✓" if d.done else " – försenad" if d.overdue else ""),
                d.body, d.meeting_date, f"steg {d.position}" if d.position else None,
            )
            for d in due
        ])
        problem_lines = [p.message for p in self.problems]
        problems = Text("\n".join("⚠ " + line for line in problem_lines), style="yellow") if problem_lines else Text(
            "Planen är i ordning.", style="green")
        self._show("overview-problems", problems)
        self._show("plan-problems", problems)
        by_position: dict[int, list[str]] = {}
        for p in self.problems:
            by_position.setdefault(p.position, []).append(PROBLEM_KINDS_SV.get(p.kind, p.kind))
        self._show("planning-table", [
            (n, s.body, s.date or "(inget datum)", s.role, "ja" if s.decides else "", s.outcome,
             Text("⚠ " + ", ".join(by_position[n]), style="yellow") if n in by_position else "")
            for n, s in enumerate(matter.planning, 1)
        ])
        self._show("recipients-table", [(n, r.name, r.title, r.sent_on) for n, r in enumerate(matter.recipients, 1)])
        sent = sum(1 for r in matter.recipients if r.sent_on)
        sent_text = count(sent, "expedierad", "expedierade")
        self._show("recipients-status", Text(f"{len(matter.recipients)} mottagare, {sent_text}"))
        self._show("proposals-table", [(n, p.to, p.text) for n, p in enumerate(matter.proposals, 1)])
        self._show("basis-table", [(n, b.title, b.date) for n, b in enumerate(matter.basis, 1)])
        self._show("responsible-table", [(r.name, r.title, r.unit, r.role) for r in matter.responsible])
        history = [(e.local_time, e.actor, e.text) for e in call(matter_history, matter.id)]
        self._show("history-table", history)
        shown = self._widgets.get("history-table")
        self._show("history-detail", history_detail(history, shown.cursor_row if shown else 0))
        # The texts above change size. Lay the screen out in its next frame: each Static's own
        # request reaches the screen a frame (~17 ms) later, after a frame in the old layout.
        self.refresh(layout=True)
        self.hand_over(self._widgets.values())
        self.call_after_refresh(self.post_message, self.Loaded())

    def archive_changed(self) -> None:
        """Back in front after a change made elsewhere (a meeting cancelled in Sammanträden,
        another clerk): the matter as it is now, and its version, which the next edit checks."""
        if self.in_use:
            self.load()

    def _show(self, widget_id: str, content) -> None:
        """Keep what a widget shows; show it now if the widget is built."""
        self._view[widget_id] = content
        self._apply(widget_id)

    def _apply(self, widget_id: str) -> None:
        widget = self._widgets.get(widget_id)
        if widget is None:
            return  # its tab is not built yet
        content = self._view[widget_id]
        if isinstance(widget, RowList):
            widget.set_rows(content, cursor_row=widget.cursor_row)
        else:
            widget.update(content, layout=False)  # load() lays the whole screen out once

    @property
    def active_tab(self) -> str:
        return self._tab_bar.active

    def cursor(self, tab: str) -> int:
        """The 1-based position of the highlighted row in a tab's table."""
        return self.table(tab).cursor_row + 1

    def check_action(self, action: str, parameters: tuple) -> bool | None:
        tabs = TAB_ACTIONS.get(action)
        return tabs is None or self.active_tab in tabs

    @on(RowList.RowHighlighted, "#history-table")
    def _history_highlighted(self, event: RowList.RowHighlighted) -> None:
        self._view["history-detail"] = history_detail(self._view.get("history-table") or [], event.cursor_row)
        if "history-detail" in self._widgets:
            self._widgets["history-detail"].update(self._view["history-detail"])  # its height may change

    @on(TabBar.Activated)
    async def _tab_changed(self, event: TabBar.Activated) -> None:
        self._panes.current = event.tab
        await self.ensure_tab(event.tab)
        self.table(event.tab).focus()
        self.refresh_bindings()

    # ------------------------------------------------------------ editing

    def edit(self, function, *args, done: str | None = None, **kwargs) -> bool:
        """Run one archive edit on this matter at the version shown; a stale version is
        refused and the clerk is offered a reload."""
        try:
            self.app.call_archive(function, self.matter.id, *args, expected_version=self.matter.version, **kwargs)
        except StaleEdit as stale:
            self.offer_reload(stale)
            return False
        except ArchiveError as refused:
            self.notify(f"Sparades inte: {refused.message}", severity="error", timeout=8)
            return False
        self.load()
        if done:
            self.notify(done)
        return True

    def offer_reload(self, stale: StaleEdit) -> None:
        def answer(value) -> None:
            if value == RELOAD:
                self.load()
                self.notify("Ärendet är inläst på nytt.")

        who = stale.actor or "någon annan"
        when = (stale.at or "")[:19].replace("T", " ")
        self.app.push_screen(
            ConfirmDialog("Ärendet har ändrats", f"Sparades inte: {who} ändrade ärendet {when} (UTC) sedan du "
                          f"öppnade det. Läs in det på nytt och gör om ändringen.",
                          [("r", "Läs in på nytt", RELOAD)]),
            answer,
        )

    def after_dialog(self, message: str | None = None):
        def done(result) -> None:
            if result is None:
                return
            self.load()
            if result == RELOAD:
                self.notify("Ärendet är inläst på nytt.")
            elif message:
                self.notify(message)
        return done

    # ------------------------------------------------------------ actions: tabs

    def action_show_tab(self, tab: str) -> None:
        self._tab_bar.active = tab  # TabBar.Activated shows it

    def action_reload(self) -> None:
        self.load()
        self.notify("Ärendet är inläst på nytt.")

    def action_edit_matter(self) -> None:
        matter, version = self.matter, self.matter.version

        def save(values: dict) -> None:
            self.app.call_archive(update_matter, matter.id, expected_version=version, **values)

        self.app.push_screen(FormDialog(f"Ändra ärende {matter.id}", matter_fields(matter), save),
                             self.after_dialog("Sparat."))

    # ------------------------------------------------------------ actions: planning

    def _step(self):
        if not self.matter.planning:
            self.notify("Ärendet har ingen beslutsplanering.", severity="warning")
            return None, None
        position = self.cursor("planning")
        return position, self.matter.planning[position - 1]

    def action_add(self) -> None:
        if self.active_tab == "recipients":
            self.add_recipient()
        else:
            self.add_step()

    def add_step(self) -> None:
        matter, version = self.matter, self.matter.version
        bodies = self.app.call_archive(planning.bodies, matter.municipality or None) or self.app.call_archive(
            planning.bodies)
        dates = [s.date for s in matter.planning if s.date]
        after = max(dates) if dates else self.app.today.isoformat()

        def meetings(body_id) -> list[tuple[str, object]]:
            if body_id is None or body_id is Select.NULL:
                return []
            found = self.app.call_archive(planning.body_meetings, body_id, after=after, limit=40)
            return [(format_meeting(m), m.id) for m in found]

        def changed(dialog: FormDialog, name: str, value) -> None:
            if name == "body":
                dialog.set_options("meeting", meetings(value))

        def save(values: dict) -> None:
            if values["body"] is None:
                raise InvalidValue("välj ett organ", field="body")
            self.app.call_archive(
                planning.add_step, matter.id, values["body"], date=values["date"] or None,
                meeting_id=None if values["date"] else values["meeting"], role=values["role"],
                decides=values["decides"], expected_version=version,
            )

        fields = [
            Field("body", "Organ", "select", options=body_options(bodies), blank="Välj organ"),
            Field("meeting", f"Sammanträde (organets plan efter {after})", "select", options=[],
                  blank="Inget valt"),
            Field("date", "… eller skriv ett datum (t.ex. 21 aug 2024, 240821)", placeholder="ÅÅÅÅ-MM-DD"),
            Field("role", "Roll", "select", value="bereder", options=ROLE_OPTIONS),
            Field("decides", "Beslutande steg", "check", value=False),
        ]
        self.app.push_screen(FormDialog("Lägg till steg", fields, save, on_change=changed),
                             self.after_dialog("Steget är tillagt."))

    def action_set_date(self) -> None:
        position, step = self._step()
        if step is None:
            return
        version, matter = self.matter.version, self.matter

        confirmed: list[str] = []  # a date that breaks the order, confirmed by a second Enter

        def save(values: dict) -> None:
            date = values["date"] or None
            if date and date not in confirmed:
                # Shown before it is saved: a date after a later step of the matter.
                broken = self.app.call_archive(order_problems_if_moved, [step.id], parse_date(date).isoformat())
                if broken:
                    confirmed.append(date)
                    raise InvalidValue("⚠ " + "; ".join(p.message for p in broken) + ". Enter igen sparar ändå.",
                                       field="date")
            self.app.call_archive(set_step_date, matter.id, position, date, expected_version=version)

        def done(result) -> None:
            if result is True:
                self.load()
                new = self.matter.planning[position - 1]
                self.notify(f"{new.body}: datum {new.date or 'borttaget'}.")
            elif result == RELOAD:
                self.load()

        title = joined(f"Steg {position}", step.body, sep=": ")
        field = Field("date", "Nytt datum: 2024-08-21, 240821 eller 21 aug 2024 (tomt tar bort datumet)",
                      value=step.date, placeholder="ÅÅÅÅ-MM-DD")
        self.app.push_screen(FormDialog(title, [field], save), done)

    def action_set_role(self) -> None:
        position, step = self._step()
        if step is None:
            return
        version, matter = self.matter.version, self.matter

        def save(role) -> None:
            self.app.call_archive(planning.set_role, matter.id, position, role, expected_version=version)

        self.app.push_screen(
            ChoiceDialog(joined(f"Steg {position}", step.body, sep=": "), "Roll:", ROLE_OPTIONS, save,
                         value=step.role),
            self.after_dialog("Rollen är ändrad."),
        )

    def action_set_deciding(self) -> None:
        position, step = self._step()
        if step is not None:
            self.edit(planning.set_deciding, position, done=f"{step.body} är beslutande steg.")

    def action_postpone(self) -> None:
        position, step = self._step()
        if step is None:
            return
        version, matter = self.matter.version, self.matter

        def save(values: dict):
            return self.app.call_archive(planning.postpone, matter.id, position, kind=values["kind"],
                                         date=values["date"] or None, expected_version=version)

        def done(result) -> None:
            if isinstance(result, planning.Postponed):
                self.load()
                self.notify(f"Nytt steg {result.position}: {step.body} {result.date or '(inget datum)'}.")
            elif result == RELOAD:
                self.load()

        fields = [
            Field("kind", "Uppskov", "select", value="bordläggning",
                  options=[(label, kind) for kind, label in POSTPONE_KINDS_SV.items()]),
            Field("date", "Nytt datum (tomt: organets nästa sammanträde)", placeholder="nästa sammanträde"),
        ]
        self.app.push_screen(FormDialog(joined(f"Skjut upp steg {position}", step.body, step.date, sep=" · "),
                                        fields, save, focus="date"), done)

    def action_remove(self) -> None:
        tab = self.active_tab
        rows = self.matter.planning if tab == "planning" else self.matter.recipients
        if not rows:
            return
        position = self.cursor(tab)
        row = rows[position - 1]
        what = f"steg {position} ({row.body} {row.date or ''})" if tab == "planning" else f"mottagaren {row.name}"
        function = planning.remove_step if tab == "planning" else dispatch.remove_recipient

        def answer(value) -> None:
            if value:
                self.edit(function, position, done=f"Tog bort {what}.")

        self.app.push_screen(ConfirmDialog("Ta bort", f"Ta bort {what}?", [("j", "Ta bort", True)]), answer)

    def _move(self, delta: int) -> None:
        tab = self.active_tab
        rows = self.matter.planning if tab == "planning" else self.matter.recipients
        position = self.cursor(tab)
        to = position + delta
        if not rows or not 1 <= to <= len(rows):
            return
        function = planning.move_step if tab == "planning" else dispatch.move_recipient
        if self.edit(function, position, to):
            self.table(tab).move_cursor(to - 1)

    def action_move_up(self) -> None:
        self._move(-1)

    def action_move_down(self) -> None:
        self._move(+1)

    # ------------------------------------------------------------ actions: recipients

    def add_recipient(self) -> None:
        matter, version = self.matter, self.matter.version

        def add(addressee_id: int) -> int:
            return self.app.call_archive(dispatch.add_recipients, matter.id, [addressee_id], expected_version=version)

        self.app.push_screen(AddresseeDialog("Lägg till mottagare", add), self.after_dialog("Mottagaren är tillagd."))

    def action_add_list(self) -> None:
        matter, version = self.matter, self.matter.version
        lists = self.app.call_archive(dispatch.distribution_lists)
        if not lists:
            self.notify("Det finns inga sändlistor (skapa dem under Mottagare).", severity="warning")
            return
        added: list[int] = []

        def save(name) -> None:
            added.append(self.app.call_archive(dispatch.add_distribution_list, matter.id, name,
                                               expected_version=version))

        def done(result) -> None:
            self.after_dialog()(result)
            if result is True:
                self.notify(f"{count(added[0], 'ny mottagare', 'nya mottagare')} från sändlistan.")

        options = [(f"{entry.name} ({entry.members} mottagare)", entry.name) for entry in lists]
        self.app.push_screen(ChoiceDialog("Lägg till sändlista", "Sändlista:", options, save), done)

    def _dispatch(self, positions: list[int] | None, what: str) -> None:
        matter, version = self.matter, self.matter.version
        finished = self.after_dialog(f"Expedierat: {what}.")

        def save(values: dict, confirm_early: bool = False):
            try:
                self.app.call_archive(dispatch.mark_dispatched, matter.id, positions, on=values["date"],
                                      expected_version=version, confirm_early=confirm_early)
            except dispatch.DispatchBeforeDecision as early:
                return early  # asked below: the clerk confirms a date before the decision
            return True

        def done(result) -> None:
            if not isinstance(result, dispatch.DispatchBeforeDecision):
                finished(result)
                return

            def answer(confirmed) -> None:
                if confirmed:
                    try:
                        finished(save({"date": result_date}, confirm_early=True))
                    except ArchiveError as refused:
                        self.notify(f"Sparades inte: {refused.message}", severity="error")

            result_date = result.day
            self.app.push_screen(ConfirmDialog(
                "Expediera före beslutet?",
                f"Beslutet fattas {result.decided_on}; expedieringen är daterad {result_date}.",
                [("j", "Expediera ändå", True)]), answer)

        self.app.push_screen(
            FormDialog(f"Expediera {what}", [Field("date", "Expedierat den", value=self.app.today.isoformat(),
                                                   placeholder="ÅÅÅÅ-MM-DD")], save),
            done,
        )

    def action_dispatch_one(self) -> None:
        if not self.matter.recipients:
            return
        position = self.cursor("recipients")
        self._dispatch([position], self.matter.recipients[position - 1].name)

    def action_dispatch_all(self) -> None:
        if not any(not r.sent_on for r in self.matter.recipients):
            self.notify("Alla mottagare är redan expedierade.")
            return
        self._dispatch(None, "alla som återstår")


COLUMNS = {
    "overview-table": ["Datum", "Frist", "Organ", "Sammanträde", "Steg"],
    "planning-table": ["Nr", "Organ", "Datum", "Roll", "Beslutar", "Utfall", "Kontroll"],
    "recipients-table": ["Nr", "Mottagare", "Titel", "Expedierat"],
    "proposals-table": ["Nr", "Till", "Förslag"],
    "basis-table": ["Nr", "Handling", "Datum"],
    "responsible-table": ["Namn", "Titel", "Enhet", "Roll"],
    "history-table": ["Tid", "Vem", "Händelse"],
}


def history_detail(rows: list[tuple], row: int) -> Text:
    """The highlighted change of the Historik tab in full, under the table."""
    if not rows:
        return cell("Inga ändringar.")
    time, actor, text = rows[min(row, len(rows) - 1)]
    return cell(f"{time} {actor}: {text}")


def pane_widgets(tab: str) -> list:
    """The widgets of one tab (built when the tab is first shown)."""
    table = RowList(COLUMNS[f"{tab}-table"], id=f"{tab}-table")
    if tab == "overview":
        return [Static(id="matter-summary"), Static("Tidsfrister", classes="section"), table,
                Static(id="overview-problems", classes="problems")]
    if tab == "planning":
        return [table, Static(id="plan-problems", classes="problems")]
    if tab == "recipients":
        return [table, Static(id="recipients-status", classes="status")]
    if tab == "history":  # the highlighted change in full: a narrow terminal cuts the column
        return [table, Static(id="history-detail", classes="status")]
    return [table]


ROLE_OPTIONS = [(label, role) for role, label in ROLES_SV.items()]


def format_meeting(m) -> str:
    state = {"cancelled": " (inställt)", "held": " (hållet)", "called": " (kallat)"}.get(m.state, "")
    return f"{format_date(m.date)}" + (f" kl. {m.start_time}" if m.start_time else "") + state


def matter_fields(matter: Matter | None = None) -> list[Field]:
    """The form for a matter's own fields (new, or `matter`'s current values)."""
    defaults = {"kind": "ärende"}
    return [
        Field(name, FIELD_LABELS[name], value=(getattr(matter, name) if matter else defaults.get(name)) or "",
              placeholder="t.ex. 5 aug 2024 eller juni 2022" if name == "raised_on" else "")
        for name in FORM_ORDER
    ]
