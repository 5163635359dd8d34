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

from archive import dispatch
from archive.errors import ArchiveError, InvalidValue, StaleEdit
from tui.swedish import SwedishKeys
from tui.text import cell, kind_sv

RELOAD = "reload"
COMPACT_BELOW_LINES = 32  # a form's fields lose their borders on a terminal shorter than this


class SaveDialog(SwedishKeys, ModalScreen[object]):
    """A dialog that saves through `save`: title above, fields (`body()`), an error line
    and a help line below. Dismisses with what `save` returned (True for None) when saved,
    None when cancelled; after a stale refusal it offers Ctrl+R and dismisses RELOAD."""

    BINDINGS = [
        Binding("escape", "cancel", "Avbryt"),
        Binding("ctrl+r", "reload", "Läs in på nytt", show=False),
    ]
    HELP = "Enter sparar · Esc avbryter"

    def __init__(self, title, save: Callable) -> None:
        super().__init__()
        self.title_text = title
        self.save = save
        self.stale = False

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(cell(self.title_text), id="dialog-title")
            yield from self.body()
            yield Static("", id="dialog-error")
            yield Label(self.HELP, id="dialog-help")

    def body(self) -> ComposeResult:
        yield from ()

    def show_error(self, text: str) -> None:
        self.query_one("#dialog-error", Static).update(cell(text))

    def try_save(self, value) -> None:
        """`save(value)`; a refusal from archive/ is shown here and the dialog stays open."""
        try:
            result = self.save(value)
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


class FormDialog(SaveDialog):
    """A few fields saved together by `save(values)`. Enter in a line or Ctrl+S saves.
    `on_change(dialog, name, value)` lets a field's choices follow another's."""

    BINDINGS = [Binding("ctrl+s", "save", "Spara")]
    HELP = "Enter eller Ctrl+S sparar · Esc avbryter"

    def __init__(self, title, fields: list[Field], save: Callable[[dict], object], *,
                 on_change: Callable[[FormDialog, str, object], None] | None = None,
                 focus: str | None = None) -> None:
        super().__init__(title, save)
        self.focus_field = focus
        self.fields = fields
        self.on_change = on_change

    def body(self) -> ComposeResult:
        # On a short terminal (24 lines) the fields go without their borders: five of them,
        # as adding a step has, then fit on the screen.
        compact = self.app.size.height < COMPACT_BELOW_LINES
        for f in self.fields:
            if f.kind == "check":
                yield Checkbox(f.label, value=bool(f.value), id=f"field-{f.name}", compact=compact)
                continue
            yield Label(f.label, classes="field-label")
            if f.kind == "select":
                yield Select(
                    f.options, prompt=f.blank or "Välj", allow_blank=f.blank is not None,
                    value=f.value if f.value is not None else Select.NULL, id=f"field-{f.name}", compact=compact,
                )
            else:
                yield Input(value=str(f.value or ""), placeholder=f.placeholder, id=f"field-{f.name}", compact=compact)

    def on_mount(self) -> None:
        self.widget(self.focus_field or self.fields[0].name).focus()

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

    def action_save(self) -> None:
        self.try_save(self.values())


class ConfirmDialog(SwedishKeys, ModalScreen[object]):
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


class ProgressDialog(SwedishKeys, ModalScreen[None]):
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


class AddresseeDialog(SaveDialog):
    """Pick an addressee from the directory with completion as you type: the line
    completes (→ accepts) and the matches below follow each keystroke (↓ to choose).
    A name not in the directory is added to it on a second Enter, after the dialog says
    so. `add(addressee_id)` saves the choice and returns false when it was there already."""

    HELP = "Enter lägger till · ↓ väljer bland träffarna · Esc avbryter"

    def __init__(self, title, add: Callable[[int], object]) -> None:
        super().__init__(title, self._add)
        self.add = add
        self.matches: list = []
        self.confirm_new: str | None = None
        self._found: tuple[str, list] | None = None

    def find(self, text: str) -> list[dispatch.Addressee]:
        """The directory's matches for `text`. The line's completion and the list below ask
        for the same text on each keystroke: the last answer is kept, read once."""
        if self._found is None or self._found[0] != text:
            self._found = (text, self.app.call_archive(dispatch.find_addressees, text, limit=10))
        return self._found[1]

    def _add(self, choice: int | str) -> None:
        """`choice`: an addressee's id, or the name of a new one."""
        addressee_id = choice if isinstance(choice, int) else self.app.call_archive(dispatch.save_addressee, choice)
        if not self.add(addressee_id):
            raise InvalidValue("mottagaren står redan på listan", field="addressee")

    def body(self) -> ComposeResult:
        yield Label("Mottagare (skriv för att söka i registret):")
        yield Input(placeholder="namn eller titel", id="addressee-input", suggester=AddresseeSuggester(self.find))
        yield OptionList(id="addressee-matches")

    def on_mount(self) -> None:
        self.query_one(Input).focus()
        self._show_matches("")

    def _show_matches(self, text: str) -> None:
        self.matches = self.find(text)
        options = self.query_one(OptionList)
        options.clear_options()
        options.add_options([
            Option(cell(a.label + (f"  ({kind_sv(a.kind)})" if a.kind else "")))
            for a in self.matches
        ])

    @on(Input.Changed, "#addressee-input")
    def _typed(self, event: Input.Changed) -> None:
        self.confirm_new = None
        self.show_error("")
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
            self.show_error("Skriv ett namn eller en titel och tryck Enter, eller välj bland träffarna med ↓.")
            return

        def by_label(label: str):
            return self.app.call_archive(dispatch.addressee_by_label, label)

        found = by_label(text)
        suggestion = getattr(event.input, "_suggestion", "")
        if found is None and suggestion:  # Enter takes the completion shown in the line
            found = by_label(suggestion)
        if found is None and len(self.matches) == 1:  # or the one match below it
            found = self.matches[0]
        if found is not None:
            self.try_save(found.id)
        elif self.confirm_new == text:
            self.try_save(text)
        else:
            self.confirm_new = text
            self.show_error(f"”{text}” finns inte i registret. Enter igen lägger till den som ny mottagare.")

    @on(OptionList.OptionSelected, "#addressee-matches")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.try_save(self.matches[event.option_index].id)


class ChoiceDialog(SaveDialog):
    """One choice from a list: ↑↓ and Enter saves it with `save(value)` at once."""

    HELP = "↑↓ väljer · Enter sparar · Esc avbryter"

    def __init__(self, title, prompt: str, options: list[tuple[str, object]], save: Callable[[object], object], *,
                 value=None) -> None:
        super().__init__(title, save)
        self.prompt = prompt
        self.options = options
        self.value = value

    def body(self) -> ComposeResult:
        yield Label(self.prompt)
        yield OptionList(*[Option(cell(label)) for label, _ in self.options], id="choices")

    def on_mount(self) -> None:
        choices = self.query_one(OptionList)
        choices.focus()
        values = [v for _, v in self.options]
        choices.highlighted = values.index(self.value) if self.value in values else 0

    @on(OptionList.OptionSelected, "#choices")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.try_save(self.options[event.option_index][1])
