"""The beslut terminal app. The archive is injected (`BeslutApp(archive)`), as
harlequin receives its adapter: the app never opens files or builds queries itself."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from textual.app import App
from textual.binding import Binding

from archive.db import Archive
from tui.matter_list import MatterListScreen
from tui.matter_view import MatterScreen

T = TypeVar("T")


class BeslutApp(App):
    """The clerk's terminal: matters, their planning and their recipients."""

    CSS_PATH = "app.tcss"
    TITLE = "beslut"
    BINDINGS = [
        Binding("ctrl+q", "quit", "Avsluta", priority=True, show=False),
    ]

    def __init__(self, archive: Archive, **kwargs) -> None:
        super().__init__(**kwargs)
        self.archive = archive
        # One SQLite connection serves the screen and the workers: one call at a time.
        self._archive_lock = threading.RLock()

    def call_archive(self, function: Callable[..., T], *args, **kwargs) -> T:
        """Run one archive/ function on the app's archive (from any thread)."""
        with self._archive_lock:
            return function(self.archive, *args, **kwargs)

    def on_mount(self) -> None:
        self.sub_title = str(self.archive.path)
        self.push_screen(MatterListScreen())

    def open_matter(self, matter_id: int) -> None:
        self.push_screen(MatterScreen(matter_id))


def run(archive: Archive) -> None:
    """`beslut tui`: run the app on an open archive until the clerk quits."""
    BeslutApp(archive).run()
