"""Issue 14, defect 12 (the TUI's part): everything the clerk reads is Swedish, Textual's
own keys and commands too, with number agreement; the year field shows its year; an
empty Enter in "Lägg till mottagare" says what to do."""

from __future__ import annotations

import tui_sample as sample
from textual.dom import DOMNode
from textual.widgets import DataTable, Input, OptionList, Select, Static

from archive.dispatch import mark_dispatched
from tui.app import BeslutApp
from tui.dialogs import AddresseeDialog
from tui.matter_view import MatterScreen
from tui.meetings import MeetingsScreen

TEXTUAL_COMMANDS = {"Theme", "Quit", "Keys", "Maximize", "Minimize", "Screenshot"}


async def settle(pilot) -> None:
    for _ in range(2):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


def textual_descriptions() -> set[str]:
    """Every key description Textual's own classes give (in English)."""
    found, todo = set(), [DOMNode]
    while todo:
        cls = todo.pop()
        todo.extend(cls.__subclasses__())
        if cls.__module__.startswith("textual."):
            for binding in cls.__dict__.get("BINDINGS") or []:
                description = binding[2] if isinstance(binding, tuple) and len(binding) > 2 else getattr(
                    binding, "description", "")
                if description:
                    found.add(description)
    return found


def shown_words(pilot) -> set[str]:
    """What the clerk can read about the keys here: footer, help panel, command palette."""
    screen = pilot.app.screen
    words = set()
    for active in screen.active_bindings.values():
        words |= {active.binding.description, active.binding.tooltip or "", active.tooltip or ""}
    for command in pilot.app.get_system_commands(screen):
        words |= {command.title, command.help}
    return words - {""}


async def test_textual_keys_commands_and_palette_are_swedish(planned):
    archive, ids = planned
    english = textual_descriptions()
    assert {"Focus Next", "Dismiss menu", "Show menu", "Submit"} <= english
    seen: set[str] = set()
    async with BeslutApp(archive, today=sample.TODAY).run_test(size=(120, 40)) as pilot:
        await settle(pilot)

        async def visit_every_field() -> None:
            for widget in list(pilot.app.screen.query("*")):
                if widget.focusable and widget.display:
                    widget.focus()
                    await pilot.pause()
                    seen.update(shown_words(pilot))

        await visit_every_field()  # the matter list: search, filters, list
        pilot.app.screen.query_one("#filter-body", Select).action_show_overlay()
        await pilot.pause()
        seen.update(shown_words(pilot))  # an open menu: "Dismiss menu"
        await pilot.press("escape")
        for key in ("f3", "f4", "f5"):
            await pilot.press(key)
            await settle(pilot)
            await visit_every_field()
        await pilot.press("f2", "escape", "down", "enter")
        await settle(pilot)
        assert isinstance(pilot.app.screen, MatterScreen)
        await visit_every_field()
        await pilot.press("a")  # the add-step dialog: selects, inputs, a checkbox
        await settle(pilot)
        await visit_every_field()
        await pilot.press("escape", "3", "a")  # the recipient picker: input and option list
        await settle(pilot)
        await visit_every_field()
        await pilot.press("escape", "question_mark")
        await pilot.pause()
        help_text = " ".join(str(s.render()) for s in pilot.app.screen.query("HelpPanel *") if isinstance(s, Static))
        await pilot.press("question_mark", "ctrl+p")
        await pilot.pause()
        palette_input = pilot.app.screen.query_one(Input)
        assert palette_input.placeholder == "Sök bland kommandona …"
    assert "Stäng valen" in seen and "Nästa fält" in seen and "Tangenter" in seen
    assert seen & english == set()
    assert seen & TEXTUAL_COMMANDS == set()
    assert not any(word in help_text for word in ("Focus", "Dismiss", "cursor", "Submit"))


async def test_recipient_picker_names_kinds_in_swedish(planned):
    archive, ids = planned
    async with BeslutApp(archive, today=sample.TODAY).run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("down", "enter", "3", "a", *"stad")
        await settle(pilot)
        options = pilot.app.screen.query_one(OptionList)
        labels = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert any(label.endswith("(organ)") for label in labels), labels
        assert any(label.endswith("(bolag)") for label in labels), labels
        assert not any(f"({kind})" in label for label in labels for kind in ("body", "company", "person"))


async def test_an_empty_enter_in_add_recipient_says_what_to_do(planned):
    archive, ids = planned
    async with BeslutApp(archive, today=sample.TODAY).run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("down", "enter", "3", "a", "enter")
        await settle(pilot)
        dialog = pilot.app.screen
        assert isinstance(dialog, AddresseeDialog)
        said = str(dialog.query_one("#dialog-error", Static).render())
        assert "Skriv ett namn" in said and "↓" in said


async def test_numbers_agree_with_their_words(planned):
    archive, ids = planned
    mark_dispatched(archive, ids["Malmö"], [1], on="2024-09-02")
    async with BeslutApp(archive, today=sample.TODAY).run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("down", "enter", "3")
        await settle(pilot)
        assert str(pilot.app.screen.query_one("#recipients-status", Static).render()) == (
            "27 mottagare, 1 expedierad")
        await pilot.press("f3")
        await settle(pilot)
        screen = pilot.app.screen
        assert isinstance(screen, MeetingsScreen)
        ks = archive.execute("SELECT id FROM bodies WHERE name = 'Kommunstyrelsen' AND municipality = 'Malmö'"
                             ).fetchone()[0]
        screen.query_one("#meeting-body", Select).value = ks
        await settle(pilot)
        screen.query_one("#meetings-table", DataTable).move_cursor(
            row=[m.date for m in screen.rows].index("2024-08-14"))
        await settle(pilot)
        assert str(screen.query_one("#agenda-title", Static).render()).endswith("(1 ärende)")
        await pilot.press("c")
        await pilot.pause()
        assert "1 steg är planerat på det." in str(pilot.app.screen.query_one("#dialog-text", Static).render())


async def test_the_year_field_shows_the_whole_year_while_typing(planned):
    archive, ids = planned
    async with BeslutApp(archive, today=sample.TODAY).run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f3")
        await settle(pilot)
        year = pilot.app.screen.query_one("#meeting-year", Input)
        year.focus()
        year.action_end()
        await pilot.pause()
        assert year.render_line(0).text.strip().startswith("2024")
