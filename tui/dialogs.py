"""Small modal dialogs. Each runs its save through a callable it is given, so a
refusal from archive/ (a bad date, a stale version) is shown in the dialog itself and
the clerk can correct it without losing what was typed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import field as dc_field

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import ModalScreen
from textual.suggester import Suggester
from textual.widgets import Button, Checkbox, Input, Label, OptionList, ProgressBar, Select, Static
from textual.widgets.option_list import Option

from archive.errors import ArchiveError, StaleEdit
from tui.text import cell

RELOAD = "reload"


class InputDialog(ModalScreen[object]):
    """One line of input, saved by `save(text)`; dismisses with True when saved,
    RELOAD when the clerk asks to reload after a stale save, None when cancelled."""

    BINDINGS = [
        Binding("escape", "cancel", "Avbryt"),
        Binding("ctrl+r", "reload", "Läs in på nytt", show=False),
    ]

    def __init__(
        self, title, prompt: str, value: str, save: Callable[[str], object], *, placeholder: str = ""
    ) -> None:
        super().__init__()
        self.title_text = title
        self.prompt = prompt
        self.initial = value
        self.save = save
        self.placeholder = placeholder
        self.stale = False

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(cell(self.title_text), id="dialog-title")
            yield Label(self.prompt)
            yield Input(value=self.initial, placeholder=self.placeholder, id="dialog-input")
            yield Static("", id="dialog-error")
            yield Label("Enter sparar · Esc avbryter", id="dialog-help")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    @on(Input.Submitted, "#dialog-input")
    def _submit(self, event: Input.Submitted) -> None:
        error = self.query_one("#dialog-error", Static)
        try:
            self.save(event.value)
        except StaleEdit as stale:
            self.stale = True
            error.update(cell(f"Sparades inte: {stale.message}. Ctrl+R läser in ärendet på nytt."))
            self.query_one("#dialog-help", Label).update("Ctrl+R läser in på nytt · Esc avbryter")
            return
        except ArchiveError as refused:
            error.update(cell(f"Sparades inte: {refused.message}"))
            return
        self.dismiss(True)

    def action_cancel(self) -> None:
        self.dismiss(RELOAD if self.stale else None)

    def action_reload(self) -> None:
        self.dismiss(RELOAD)


# ---------------------------------------------------------------- forms


@dataclass
class Field:
    """One field of a FormDialog: an input line, a choice (select) or a yes/no (check)."""

    name: str
    label: str
    kind: str = "input"  # input, select, check
    value: object = None
    options: list[tuple[str, object]] = dc_field(default_factory=list)
    placeholder: str = ""
    blank: str | None = None  # a select's prompt when nothing is chosen (None: a choice is required)


class FormDialog(ModalScreen[object]):
    """A few fields saved together by `save(values)`. Enter in a line or Ctrl+S saves.
    A refusal is shown in the dialog; a stale save offers Ctrl+R (dismisses RELOAD).
    `on_change(dialog, name, value)` lets a field's choices follow another's."""

    BINDINGS = [
        Binding("escape", "cancel", "Avbryt"),
        Binding("ctrl+s", "save", "Spara"),
        Binding("ctrl+r", "reload", "Läs in på nytt", show=False),
    ]

    def __init__(self, title, fields: list[Field], save: Callable[[dict], object], *,
                 on_change: Callable[[FormDialog, str, object], None] | None = None, help: str = "",
                 focus: str | None = None) -> None:
        super().__init__()
        self.focus_field = focus
        self.title_text = title
        self.fields = fields
        self.save = save
        self.on_change = on_change
        self.help_text = help or "Enter eller Ctrl+S sparar · Esc avbryter"
        self.stale = False
        self._ready = False

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(cell(self.title_text), id="dialog-title")
            for f in self.fields:
                if f.kind == "check":
                    yield Checkbox(f.label, value=bool(f.value), id=f"field-{f.name}")
                    continue
                yield Label(f.label, classes="field-label")
                if f.kind == "select":
                    yield Select(
                        f.options, prompt=f.blank or "Välj", allow_blank=f.blank is not None,
                        value=f.value if f.value is not None else Select.NULL, id=f"field-{f.name}",
                    )
                else:
                    yield Input(value=str(f.value or ""), placeholder=f.placeholder, id=f"field-{f.name}")
            yield Static("", id="dialog-error")
            yield Label(self.help_text, id="dialog-help")

    def on_mount(self) -> None:
        self.widget(self.focus_field or self.fields[0].name).focus()
        self.call_after_refresh(self._set_ready)

    def _set_ready(self) -> None:
        self._ready = True

    def widget(self, name: str):
        return self.query_one(f"#field-{name}")

    def values(self) -> dict:
        result = {}
        for f in self.fields:
            value = self.widget(f.name).value
            if value is Select.NULL:
                value = None
            elif isinstance(value, str):
                value = value.strip()
            result[f.name] = value
        return result

    def set_options(self, name: str, options: list[tuple[str, object]], value=None) -> None:
        select = self.widget(name)
        select.set_options(options)
        if value is not None:
            select.value = value

    @on(Select.Changed)
    @on(Input.Changed)
    @on(Checkbox.Changed)
    def _changed(self, event) -> None:
        if self.on_change is not None and event.control.id and event.control.id.startswith("field-"):
            self.on_change(self, event.control.id.removeprefix("field-"), event.value)

    @on(Input.Submitted)
    def _submitted(self) -> None:
        self.action_save()

    def show_error(self, text: str) -> None:
        self.query_one("#dialog-error", Static).update(cell(text))

    def action_save(self) -> None:
        try:
            result = self.save(self.values())
        except StaleEdit as stale:
            self.stale = True
            self.show_error(f"Sparades inte: {stale.message}. Ctrl+R läser in ärendet på nytt.")
            self.query_one("#dialog-help", Label).update("Ctrl+R läser in på nytt · Esc avbryter")
            return
        except ArchiveError as refused:
            self.show_error(f"Sparades inte: {refused.message}")
            return
        self.dismiss(True if result is None else result)

    def action_cancel(self) -> None:
        self.dismiss(RELOAD if self.stale else None)

    def action_reload(self) -> None:
        self.dismiss(RELOAD)


class ConfirmDialog(ModalScreen[object]):
    """A question with a few answers, each on a key; dismisses with the chosen answer's
    value (None on Esc)."""

    BINDINGS = [Binding("escape", "choose(-1)", "Avbryt")]

    def __init__(self, title, text, answers: list[tuple[str, str, object]]) -> None:
        """`answers`: (key, label, value); the first is also Enter."""
        super().__init__()
        self.title_text = title
        self.text = text
        self.answers = answers
        for n, (key, label, _) in enumerate(answers):
            self._bindings.bind(key, f"choose({n})", label)
        self._bindings.bind("enter", "choose(0)", answers[0][1], show=False)

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(cell(self.title_text), id="dialog-title")
            yield Static(cell(self.text), id="dialog-text")
            with Horizontal(id="dialog-buttons"):
                for n, (key, label, _) in enumerate(self.answers):
                    yield Button(f"{label} ({key})", id=f"answer-{n}", variant="primary" if n == 0 else "default")
                yield Button("Avbryt (Esc)", id="answer--1")

    def on_mount(self) -> None:
        self.query_one("#answer-0", Button).focus()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.action_choose(int(event.button.id.removeprefix("answer-")))

    def action_choose(self, n: int) -> None:
        self.dismiss(None if n < 0 else self.answers[n][2])


class ProgressDialog(ModalScreen[None]):
    """Progress of long work running in a worker; the worker calls `advance` (through
    call_from_thread) and closes it when done."""

    def __init__(self, title: str) -> None:
        super().__init__()
        self.title_text = title

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(cell(self.title_text), id="dialog-title")
            yield ProgressBar(id="progress", show_eta=False)
            yield Label("", id="progress-text")

    class Advanced(Message):
        def __init__(self, done: int, total: int) -> None:
            super().__init__()
            self.done = done
            self.total = total

    def advance_from_thread(self, done: int, total: int) -> None:
        """From the worker: never waits for the screen (the worker may hold the archive,
        which the screen might be waiting for)."""
        self.post_message(self.Advanced(done, total))

    def on_progress_dialog_advanced(self, event: Advanced) -> None:
        self.advance(event.done, event.total)

    def advance(self, done: int, total: int) -> None:
        self.query_one(ProgressBar).update(total=max(total, 1), progress=done if total else 1)
        self.query_one("#progress-text", Label).update(f"{done} av {total}")


class AddresseeSuggester(Suggester):
    """Completion in the line itself: the first directory label that starts with what is typed."""

    def __init__(self, find: Callable[[str], list]) -> None:
        super().__init__(use_cache=False, case_sensitive=False)
        self.find = find

    async def get_suggestion(self, value: str) -> str | None:
        if not value.strip():
            return None
        for addressee in self.find(value):
            if addressee.label.lower().startswith(value.lower()):
                return addressee.label
        return None


class AddresseeDialog(ModalScreen[object]):
    """Pick an addressee from the directory with completion as you type: the line
    completes (→ accepts) and the matches below follow each keystroke (↓ to choose).
    `save(addressee_id or new name)`; a name not in the directory is added on a
    second Enter, after the dialog says so."""

    BINDINGS = [
        Binding("escape", "cancel", "Avbryt"),
        Binding("ctrl+r", "reload", "Läs in på nytt", show=False),
    ]

    def __init__(self, title, find: Callable[[str], list], by_label: Callable[[str], object],
                 save: Callable[[object], object]) -> None:
        super().__init__()
        self.title_text = title
        self.find = find
        self.by_label = by_label
        self.save = save
        self.matches: list = []
        self.confirm_new: str | None = None
        self.stale = False

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(cell(self.title_text), id="dialog-title")
            yield Label("Mottagare (skriv för att söka i registret):")
            yield Input(placeholder="namn eller titel", id="addressee-input", suggester=AddresseeSuggester(self.find))
            yield OptionList(id="addressee-matches")
            yield Static("", id="dialog-error")
            yield Label("Enter lägger till · ↓ väljer bland träffarna · Esc avbryter", id="dialog-help")

    def on_mount(self) -> None:
        self.query_one(Input).focus()
        self._show_matches("")

    def _show_matches(self, text: str) -> None:
        self.matches = self.find(text)
        options = self.query_one(OptionList)
        options.clear_options()
        options.add_options([Option(cell(a.label + (f"  ({a.kind})" if a.kind else ""))) for a in self.matches])

    @on(Input.Changed, "#addressee-input")
    def _typed(self, event: Input.Changed) -> None:
        self.confirm_new = None
        self.query_one("#dialog-error", Static).update("")
        self._show_matches(event.value)

    def on_key(self, event) -> None:
        if event.key == "down" and self.focused is self.query_one(Input) and self.matches:
            options = self.query_one(OptionList)
            options.focus()
            options.highlighted = 0
            event.stop()

    @on(Input.Submitted, "#addressee-input")
    def _submitted(self, event: Input.Submitted) -> None:
        text = " ".join(event.value.split())
        if not text:
            return
        found = self.by_label(text)
        suggestion = getattr(event.input, "_suggestion", "")
        if found is None and suggestion:  # Enter takes the completion shown in the line
            found = self.by_label(suggestion)
        if found is None and len(self.matches) == 1:  # or the one match below it
            found = self.matches[0]
        if found is not None:
            self._save(found.id)
        elif self.confirm_new == text:
            self._save(text)
        else:
            self.confirm_new = text
            self.query_one("#dialog-error", Static).update(
                cell(f"”{text}” finns inte i registret. Enter igen lägger till den som ny mottagare.")
            )

    @on(OptionList.OptionSelected, "#addressee-matches")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self._save(self.matches[event.option_index].id)

    def _save(self, choice) -> None:
        try:
            result = self.save(choice)
        except StaleEdit as stale:
            self.stale = True
            self.query_one("#dialog-error", Static).update(
                cell(f"Sparades inte: {stale.message}. Ctrl+R läser in ärendet på nytt.")
            )
            return
        except ArchiveError as refused:
            self.query_one("#dialog-error", Static).update(cell(f"Sparades inte: {refused.message}"))
            return
        self.dismiss(True if result is None else result)

    def action_cancel(self) -> None:
        self.dismiss(RELOAD if self.stale else None)

    def action_reload(self) -> None:
        self.dismiss(RELOAD)


class ChoiceDialog(ModalScreen[object]):
    """One choice from a list: ↑↓ and Enter saves it with `save(value)` at once."""

    BINDINGS = [
        Binding("escape", "cancel", "Avbryt"),
        Binding("ctrl+r", "reload", "Läs in på nytt", show=False),
    ]

    def __init__(self, title, prompt: str, options: list[tuple[str, object]], save: Callable[[object], object], *,
                 value=None) -> None:
        super().__init__()
        self.title_text = title
        self.prompt = prompt
        self.options = options
        self.save = save
        self.value = value
        self.stale = False

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(cell(self.title_text), id="dialog-title")
            yield Label(self.prompt)
            yield OptionList(*[Option(cell(label)) for label, _ in self.options], id="choices")
            yield Static("", id="dialog-error")
            yield Label("↑↓ väljer · Enter sparar · Esc avbryter", id="dialog-help")

    def on_mount(self) -> None:
        choices = self.query_one(OptionList)
        choices.focus()
        values = [v for _, v in self.options]
        choices.highlighted = values.index(self.value) if self.value in values else 0

    @on(OptionList.OptionSelected, "#choices")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        error = self.query_one("#dialog-error", Static)
        try:
            result = self.save(self.options[event.option_index][1])
        except StaleEdit as stale:
            self.stale = True
            error.update(cell(f"Sparades inte: {stale.message}. Ctrl+R läser in ärendet på nytt."))
            return
        except ArchiveError as refused:
            error.update(cell(f"Sparades inte: {refused.message}"))
            return
        self.dismiss(True if result is None else result)

    def action_cancel(self) -> None:
        self.dismiss(RELOAD if self.stale else None)

    def action_reload(self) -> None:
        self.dismiss(RELOAD)
