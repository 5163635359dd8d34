"""The footer of every screen: Textual's Footer, recomposed only when the keys it
shows change. The stock footer rebuilds all its key widgets on every bindings signal
(each focus change sends one), which made opening a matter several times slower.
Kept for that speed alone: opening 30 matters of the 200,000-matter bench archive,
p50 87-150 ms with KeyFooter against 220-304 ms with the stock Footer (textual 8.2.8,
two runs each, interleaved; the same loop as bench/tui.py's "open a matter")."""

from __future__ import annotations

from textual.screen import Screen
from textual.widgets import Footer


class KeyFooter(Footer):
    """Footer that coalesces bindings signals and skips a rebuild that would change nothing."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._pending = False
        self._shown: tuple | None = None

    def bindings_changed(self, screen: Screen) -> None:
        self._bindings_ready = True
        if not screen.app.app_focus:
            return
        if self.is_attached and screen is self.screen and not self._pending:
            self._pending = True
            self.call_after_refresh(self._recompose_if_changed)

    async def _recompose_if_changed(self) -> None:
        self._pending = False
        if not self.is_attached:
            return
        shown = tuple(
            (key, active.binding.action, active.binding.description, active.enabled)
            for key, active in self.screen.active_bindings.items()
            if active.binding.show
        )
        if shown == self._shown:
            return
        self._shown = shown
        await self.recompose()
