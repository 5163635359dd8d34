"""Small modal dialogs. Each runs its save through a callable it is given, so a
refusal from archive/ (a bad date, a stale version) is shown in the dialog itself and
the clerk can correct it without losing what was typed."""

from __future__ import annotations

from collections.abc import Callable

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

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
