"""The beslut terminal app. The archive is injected (`BeslutApp(archive)`), as
harlequin receives its adapter: the app never opens files or builds queries itself.

Four areas, each its own mode (its own stack of screens): Ärenden (F2), Sammanträden
(F3), Mottagare (F4), Att göra (F5). A matter opens on top of whichever area it was
opened from. Every binding of the screen in front is also a command-palette entry
(Ctrl+P), and `?` shows the keys."""

from __future__ import annotations

import datetime as dt
import gc
import sys
import threading
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path
from typing import TypeVar

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.command import CommandPalette
from textual.driver import Driver
from textual.drivers.linux_driver import LinuxDriver
from textual.screen import Screen

from archive.db import Archive
from tui import resume_gc
from tui.matter_list import MatterListScreen
from tui.swedish import SwedishCommandPalette, system_commands
from tui.terminal import TerminalDriver, terminal_gone

T = TypeVar("T")
TERMINAL_CHECK_SECONDS = 2.0
WARM_UP_AFTER_SECONDS = 0.3  # after the first screen (about 0.1 s after mount here)


def _first_screen() -> Screen:
    """The matter list, the screen the app starts on, made ready for the app's CSS as it is
    now. Textual's _init_mode takes a new mode's screen for one styled with older CSS and
    refreshes the app's CSS: its whole stylesheet parsed again, twice (the refresh empties
    the parse cache), and every node restyled, 9-10 ms of the first screen (bench/tui.py).
    Textual's own default screen (an app without modes) is not refreshed so. The screen's
    widgets are styled as Textual registers them; what the refresh gave besides is the
    app's own styles (the colours its screens inherit), which Textual applies only after
    the first frame: given here. Only for the screen made at start: a later theme change
    bumps the count before the screens of other modes exist, and those take the refresh.
    Private: Screen._css_update_count and App._css_update_count (Textual 8)."""
    screen = MatterListScreen()
    app = screen.app
    app.stylesheet.apply(app)
    screen._css_update_count = app._css_update_count
    return screen


class BeslutApp(App):
    """The clerk's terminal: matters, their planning and their recipients."""

    CSS_PATH = Path(__file__).with_name("app.tcss")  # absolute: subclasses may live anywhere
    TITLE = "beslut"
    # The other areas are imported when first opened: the first screen comes up sooner.
    MODES = {
        "matters": _first_screen,
        "meetings": lambda: _screen("tui.meetings", "MeetingsScreen"),
        "addressees": lambda: _screen("tui.addressees", "AddresseesScreen"),
        "todo": lambda: _screen("tui.todo", "TodoScreen"),
    }
    DEFAULT_MODE = "matters"
    BINDINGS = [
        Binding("ctrl+q", "quit", "Avsluta", priority=True, show=False),
        Binding("f2", "switch_mode('matters')", "Ärenden"),
        Binding("f3", "switch_mode('meetings')", "Sammanträden"),
        Binding("f4", "switch_mode('addressees')", "Mottagare"),
        Binding("f5", "switch_mode('todo')", "Att göra"),
        Binding("question_mark", "help", "Hjälp", key_display="?"),
    ]

    def __init__(self, archive: Archive, *, today: dt.date | None = None, **kwargs) -> None:
        super().__init__(**kwargs)
        self.archive = archive
        # "Today" for deadlines and default dates: passed in by tests (fixed screens), else the clock.
        self.today = today or dt.date.today()
        # One SQLite connection serves the screen and the workers: one call at a time.
        self._archive_lock = threading.RLock()
        self._spare_matter_screen = None

    def call_archive(self, function: Callable[..., T], *args, **kwargs) -> T:
        """Run one archive/ function on the app's archive (from any thread)."""
        with self._archive_lock:
            return function(self.archive, *args, **kwargs)

    def on_load(self) -> None:
        # What the imports made (Textual, the archive, the screens' classes) lives as long as
        # the process: set it apart from the garbage collector now, or its first full
        # collection walks all of it on the way to the first screen (10-20 ms, bench/tui.py).
        # The warm-up freezes what the first screen made; on_unmount hands both back.
        gc.freeze()

    def on_mount(self) -> None:
        self.sub_title = self.archive.path.name
        self.set_timer(WARM_UP_AFTER_SECONDS, self._warm_up)
        if not self.is_headless and sys.__stdin__ is not None and sys.__stdin__.isatty():
            self.set_interval(TERMINAL_CHECK_SECONDS, self._exit_if_terminal_gone)

    @work(thread=True, group="warm-up")
    def _warm_up(self) -> None:
        """While the clerk reads the first screen: load the holiday calendar (the `holidays`
        package takes about 170 ms to import, else paid by the first matter opened), then
        set the objects made so far (Textual's, the screens', the CSS) apart from the
        garbage collector. Its full collections otherwise walk them all, 35-75 ms each,
        a stall every few keystrokes (bench/tui.py, search p95). Then the collector's
        thresholds of before the start (tui/__init__.py)."""
        from archive import workdays  # here, not at start: dateutil is not needed for the first screen

        workdays.holidays_in(self.today.year)
        gc.collect()
        gc.freeze()
        resume_gc()

    def on_unmount(self) -> None:
        # Frozen objects are never collected: what the app froze is handed back on the way
        # out, for a process that goes on (a test run makes one app after another).
        gc.unfreeze()
        resume_gc()  # an app that ends before its warm-up

    def get_driver_class(self) -> type[Driver]:
        driver = super().get_driver_class()
        return TerminalDriver if driver is LinuxDriver else driver

    def _exit_if_terminal_gone(self) -> None:
        """A dropped SSH session or closed terminal window whose SIGHUP never reaches us
        (a parent such as `make` takes it, or it is ignored) would leave the app spinning
        on a dead terminal, holding the archive open (see tui/terminal.py)."""
        if terminal_gone(sys.__stdin__.fileno()):
            self.exit(return_code=1)

    def open_matter(self, matter_id: int) -> None:
        """Open a matter on top of the current area. One matter screen is kept (installed)
        and reused while it is not on a stack: showing another matter then only reads it,
        instead of building the screen's widgets again."""
        from tui.matter_view import MatterScreen

        screen = self._spare_matter_screen
        if screen is not None and not screen.in_use and screen.is_mounted:
            screen.show_matter(matter_id)
        else:
            screen = MatterScreen(matter_id)
            if self._spare_matter_screen is None:
                self.install_screen(screen, name="matter")
                self._spare_matter_screen = screen
        screen.in_use = True
        self.push_screen(screen)

    def action_help(self) -> None:
        if self.screen.query("HelpPanel"):
            self.action_hide_help_panel()
        else:
            self.action_show_help_panel()

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """The palette: every action the screen in front offers now, by its footer label."""
        seen = set()
        for key, active in screen.active_bindings.items():
            binding = active.binding
            if not active.enabled or not binding.description or binding.action in seen:
                continue
            if binding.action in ("command_palette", "quit"):
                continue
            seen.add(binding.action)
            help_text = binding.tooltip or f"Tangent: {binding.key_display or key}"
            yield SystemCommand(binding.description, help_text, partial(self._run, binding.action, active.node))
        yield from system_commands(screen)  # Textual's own (Tema, Tangenter, ...), in Swedish

    def action_command_palette(self) -> None:
        if self.use_command_palette and not CommandPalette.is_open(self):
            self.push_screen(SwedishCommandPalette(id="--command-palette"))

    def _run(self, action: str, node) -> None:
        self.call_later(self.run_action, action, node)


def _screen(module: str, name: str) -> Screen:
    import importlib

    return getattr(importlib.import_module(module), name)()


def run(archive: Archive) -> None:
    """`beslut tui`: run the app on an open archive until the clerk quits."""
    BeslutApp(archive).run()
