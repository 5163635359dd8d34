"""Textual's own words in Swedish: the descriptions of its widgets' keys ("Focus Next",
"Dismiss menu"), its system commands ("Theme", "Keys") and its command palette.

Textual has no translations. Every place that shows a key's description (the footer,
the help panel's key list, the command palette) reads it from the screen's
`active_bindings`; our screens and dialogs take `SwedishKeys` first in their bases,
which hands those out in Swedish. Our own bindings are written in Swedish already."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache

from rich.align import Align
from rich.text import Text
from textual.app import SystemCommand
from textual.binding import ActiveBinding, Binding
from textual.command import CommandList, CommandPalette
from textual.screen import Screen
from textual.widgets.option_list import Option

# The descriptions Textual 8 gives the keys of the widgets beslut uses (Screen, Input,
# Select, DataTable, OptionList, Checkbox, Button, scrolling containers, the palette).
KEYS_SV = {
    "Quit": "Avsluta",
    "Focus Next": "Nästa fält",
    "Focus Previous": "Föregående fält",
    "Copy selected text": "Kopiera markerad text",
    "Cut selected text": "Klipp ut markerad text",
    "Paste text from the clipboard": "Klistra in",
    "Select all": "Markera allt",
    "Move cursor left": "Vänster",
    "Move cursor left and select": "Markera åt vänster",
    "Move cursor left a word": "Ett ord åt vänster",
    "Move cursor left a word and select": "Markera ett ord åt vänster",
    "Move cursor right and select": "Markera åt höger",
    "Move cursor right a word": "Ett ord åt höger",
    "Move cursor right a word and select": "Markera ett ord åt höger",
    "Move cursor right or accept the completion suggestion": "Höger, eller ta förslaget",
    "Go to start": "Till början",
    "Go to end": "Till slutet",
    "Select line start": "Markera till början",
    "Select line end": "Markera till slutet",
    "Delete character left": "Radera tecknet till vänster",
    "Delete character right": "Radera tecknet till höger",
    "Delete left to start of word": "Radera ordet till vänster",
    "Delete right to start of word": "Radera ordet till höger",
    "Delete all to the left": "Radera allt till vänster",
    "Delete all to the right": "Radera allt till höger",
    "Submit": "Bekräfta",
    "Show menu": "Visa valen",
    "Dismiss menu": "Stäng valen",
    "Select": "Välj",
    "Cursor up": "Upp",
    "Cursor down": "Ned",
    "Cursor left": "Vänster",
    "Cursor right": "Höger",
    "Up": "Upp",
    "Down": "Ned",
    "Page up": "Sida upp",
    "Page down": "Sida ned",
    "Page Up": "Sida upp",
    "Page Down": "Sida ned",
    "Page Left": "Sida vänster",
    "Page Right": "Sida höger",
    "Top": "Först",
    "Bottom": "Sist",
    "First": "Först",
    "Last": "Sist",
    "Home": "Radens början",
    "End": "Radens slut",
    "Toggle": "Kryssa i eller ur",
    "Press button": "Tryck på knappen",
    "Scroll Up": "Rulla upp",
    "Scroll Down": "Rulla ned",
    "Scroll Left": "Rulla åt vänster",
    "Scroll Right": "Rulla åt höger",
    "Scroll Home": "Rulla till början",
    "Scroll End": "Rulla till slutet",
    "Next command": "Nästa kommando",
    "Previous command": "Föregående kommando",
    "Exit the command palette": "Stäng kommandolistan",
    "Next page": "Nästa sida",
    "Previous page": "Föregående sida",
    "Go to top": "Till början",
    "Go to bottom": "Till slutet",
}
TOOLTIPS_SV = {
    "Quit the app and return to the command prompt.": "Avsluta beslut och gå tillbaka till kommandoraden.",
}


@lru_cache(maxsize=512)
def swedish(binding: Binding) -> Binding:
    """The binding with its description and tooltip in Swedish (ours are already)."""
    description = KEYS_SV.get(binding.description, binding.description)
    tooltip = TOOLTIPS_SV.get(binding.tooltip, binding.tooltip)
    if (description, tooltip) == (binding.description, binding.tooltip):
        return binding
    return replace(binding, description=description, tooltip=tooltip)


class SwedishKeys:
    """First among a screen's bases: its active keys, as every display reads them, in Swedish."""

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        return {
            key: active if (binding := swedish(active.binding)) is active.binding
            else ActiveBinding(active.node, binding, active.enabled, TOOLTIPS_SV.get(active.tooltip, active.tooltip))
            for key, active in super().active_bindings.items()
        }


class SwedishCommandPalette(CommandPalette):
    """Textual's command palette with a Swedish prompt and a Swedish "no matches"."""

    NO_MATCHES = "Inga kommandon passar"

    def __init__(self, **kwargs) -> None:
        super().__init__(placeholder="Sök bland kommandona …", **kwargs)

    def _start_no_matches_countdown(self, search_value: str) -> None:
        # Textual's own adds an English line after a pause; this adds the same line in Swedish.
        self._stop_no_matches_countdown()

        def show() -> None:
            if not search_value:  # discovering, not searching: nothing to say
                self._list_visible = False
                return
            self.query_one(CommandList).add_option(
                Option(Align.center(Text(self.NO_MATCHES, style="not bold")), disabled=True, id=self._NO_MATCHES)
            )
            self._list_visible = True

        self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, show)


def system_commands(screen: Screen) -> Iterable[SystemCommand]:
    """Textual's system commands (App.get_system_commands) in Swedish."""
    app = screen.app
    yield SystemCommand("Tema", "Byt färgtema", app.action_change_theme)
    yield SystemCommand("Avsluta", "Avsluta beslut", app.action_quit)
    if screen.query("HelpPanel"):
        yield SystemCommand("Tangenter", "Dölj tangenterna och hjälpen", app.action_hide_help_panel)
    else:
        yield SystemCommand("Tangenter", "Visa alla tangenter som gäller här", app.action_show_help_panel)
    if screen.maximized is not None:
        yield SystemCommand("Återställ", "Visa fältet i normal storlek igen", screen.action_minimize)
    elif screen.focused is not None and screen.focused.allow_maximize:
        yield SystemCommand("Maximera", "Visa det markerade fältet över hela skärmen", screen.action_maximize)
    yield SystemCommand("Skärmbild", "Spara en bild av skärmen (SVG)",
                        lambda: app.set_timer(0.1, app.deliver_screenshot))
