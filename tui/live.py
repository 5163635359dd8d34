"""Screens that show the archive as it is when they come back to the front.

A screen left behind (another area chosen with F2-F5, a matter opened on top of it)
may show what another screen, or another clerk, has changed since: a meeting cancelled
in Sammanträden moves the open matter's step. Each screen remembers the archive's
generation (archive.db.Archive.generation) when it read what it shows, and reads again
when it comes back and the archive has changed since. Reading only then keeps the way
back from a matter as quick as before (bench/tui.py).

LiveScreen is also the one place where the app reaches into Textual's private internals
to style and draw its screens less often and sooner (the section at the end of the class)."""

from __future__ import annotations

from textual import events
from textual.screen import Screen
from textual.widget import Widget

from archive.db import Archive
from tui.swedish import SwedishKeys


class LiveScreen(SwedishKeys, Screen):
    """Subclasses call `remember_archive()` as they read, and implement `archive_changed()`."""

    _seen_generation: tuple[int, int] | None = None

    def remember_archive(self) -> None:
        self._seen_generation = self.app.call_archive(Archive.generation)

    def shows_old_archive(self) -> bool:
        return self._seen_generation is not None and self.app.call_archive(Archive.generation) != self._seen_generation

    def archive_changed(self) -> None:
        """Read again what the screen shows."""
        raise NotImplementedError

    # ======================================================================================
    # Textual's private internals, for styling and drawing screens: every such use is in
    # this section. Written against Textual 8 (pyproject.toml pins it); tests/tui's snapshot
    # and workflow tests and bench/tui.py show when a new Textual breaks one. Names used:
    #   App: _batch_count, _css_update_count
    #   Screen: _refresh_layout, _compositor_refresh, _on_timer_update, _screen_resized,
    #           _compositor (._dirty_regions, .size, .visible_widgets), _dirty_widgets,
    #           _repaint_required, _layout_required
    #   Widget: _set_dirty, _styles_cache (._cache, ._dirty_lines), _repaint_required
    # (tui/app.py's _first_screen also sets Screen._css_update_count, for the same reason
    # as on_mount below. Other private uses sit beside the one widget they change: the
    # search box's _watch_value, tui/matter_list.py; the terminal driver's, tui/terminal.py;
    # the command palette's, tui/swedish.py.)
    # --------------------------------------------------------------------------------------

    # Styling. Textual styles a screen's widgets as it mounts them, and its handler of
    # ScreenResume (Screen._on_screen_resume, after ours in the MRO) restyles every widget
    # each time the screen comes to the front: at start 3-4 ms of the first screen, and a
    # third of opening a matter on the reused matter screen (bench/tui.py). A suspended
    # screen's widgets keep their styles up to date themselves (focus, hover, classes); what
    # it misses is only what changes on the app: the theme or the CSS (counted by Textual in
    # App._css_update_count) and the app's own classes and pseudo-classes (dark/light,
    # focus/blur, ...). The screen is restyled only when one of those changed since it was
    # last in front (or mounted).
    _styled_for: tuple | None = None

    def on_mount(self) -> None:
        self._styled_for = self._app_styling()

    def _app_styling(self) -> tuple:
        return self.app._css_update_count, frozenset(self.app.classes), self.app.pseudo_classes

    def on_screen_resume(self, event: events.ScreenResume) -> None:
        styled_for = self._app_styling()
        self._keep_own_lines = styled_for == self._styled_for  # (6) below
        if self._keep_own_lines:
            event.refresh_styles = False
        self._styled_for = styled_for
        self._draw_when_idle, self._draw_on_resume = self._draw_on_resume, False  # (3) below
        if self.shows_old_archive():
            self.archive_changed()

    def app_holds_frames(self) -> bool:
        """The app is starting: Textual draws frames but hands none to the terminal until
        its mount is over (App._batch_count)."""
        return bool(self.app._batch_count)

    # Frames drawn only to be thrown away. (1) Textual's screen update, when a layout and a
    # whole-screen repaint are both due (a reused matter screen brought to the front after
    # load(): ScreenResume asks for the repaint, load() for the layout; the first screen
    # after its Resize), hands the terminal the layout's frame (the regions it changed) and
    # at once the whole screen over it: opening a matter drew two frames (bench/tui.py:
    # ~1 ms of its ~9-10 ms CPU). The layout's frame is skipped; the repaint still due
    # (_repaint_required: Screen._on_timer_update draws it next) draws everything it moved.
    # (2) While the app holds its frames (the start, until its mount is over) a screen's
    # layout still renders a whole frame, which App._display then drops: 4-6 ms of the first
    # screen. Not rendered; its widgets stay dirty and the next frame draws them (Textual
    # clears them with the dropped frame: nothing is drawn later than it would be).
    _layout_before_repaint = False

    def _refresh_layout(self, size=None, scroll: bool = False) -> None:
        self._layout_before_repaint = self._repaint_required
        try:
            super()._refresh_layout(size, scroll)
        finally:
            self._layout_before_repaint = False

    def _compositor_refresh(self) -> None:
        if self._layout_before_repaint or (self.app_holds_frames() and self.is_current):
            return
        front = self.app.screen
        if front is not self and front.styles.background.a == 1 and not self.app.is_inline:
            self._compositor._dirty_regions.clear()  # (4) below: hidden, repainted on resume
            self._dirty_widgets.clear()
            return
        super()._compositor_refresh()

    # (7) Layouts for nothing. Textual lays a screen out again for every Resize it gets,
    # also to the size it is laid out for: at start the first screen got two such (the
    # app's own Resize and the driver's, both of the size it had come to the front with),
    # ~1 ms each (bench/tui.py, first screen). Those are skipped; a layout still due for
    # another reason (widgets changed since) is made by the screen's next update, as for
    # any change (Textual's own Screen._on_idle resumes it).
    def _screen_resized(self, size) -> None:
        if size == self._compositor.size:
            return
        super()._screen_resized(size)

    # Frames drawn late. (3) Textual draws a screen at most once each 1/60 s, on a fixed
    # beat: a matter opened waited for the next beat after it was ready, 0-17 ms (open p95
    # 20 ms at a CPU p95 of 10 ms, bench/tui.py). A screen that asked for it
    # (draw_on_resume(), before it is pushed) draws as soon as its ScreenResume has been
    # handled (on_idle runs before Screen._on_idle, which would resume the beat), and the
    # beat finds nothing left. Not for a screen brought back by a pop: App._replace_screen
    # asks it for a whole repaint after its ScreenResume, which would be a second frame.
    # (4) A screen under the one in front is one of App._background_screens even when the
    # front screen is opaque, and every frame of its own (a blur, a late update) asked the
    # front screen for a whole repaint: after each open the list under the matter screen
    # made the matter screen draw all of it a second time. Behind an opaque screen nothing
    # of it shows; its ScreenResume repaints it whole when it comes back. (5) A widget
    # changed by code learns it must be drawn only when its Idle posts Update to the screen,
    # after the frame that drew it (load() on the reused matter screen: a second frame for
    # the four widgets it changed); hand_over() gives them to the screen as Screen._on_update
    # does, so the frame that is due draws them. (8) draw_now() draws the frame the beat
    # would, at once (a search's answer, ready a few ms after the typed letter was drawn,
    # waited for the next beat: 6 ms at the median, up to a whole frame).
    _draw_when_idle = False
    _draw_on_resume = False

    def draw_on_resume(self) -> None:
        """Draw the screen as soon as it is in front, not on the next beat."""
        self._draw_on_resume = True

    def hand_over(self, widgets) -> None:
        """Widgets just changed: drawn in the screen's next frame, not in one after it."""
        visible = self._compositor.visible_widgets
        for widget in widgets:
            if widget._repaint_required and widget in visible:
                widget._repaint_required = False
                self._dirty_widgets.add(widget)

    def draw_now(self, *changed: Widget) -> bool:
        """Draw the changed widgets (the screen itself: all of it) in a frame now, laid out
        first if needed, as Screen._on_update and the beat would: one extra frame. Their
        own Update messages, arriving after, find nothing left to draw. False: not drawn
        (the screen is not in front, or the app holds its frames), Textual's beat will."""
        if not self.is_current or self.app_holds_frames():
            return False
        self._dirty_widgets.update(changed)
        self._on_timer_update()
        return True

    # (6) Screen._on_screen_resume repaints the whole screen (the terminal shows the screen
    # that was in front) by refresh(), and so do a new sub_title and load()'s layout; each
    # also throws away the screen's own drawn lines (its background, 40 lines through
    # Textual's styles cache: ~40 % of the lines an open renders). From keep_own_lines()
    # or a resume without a restyle until the screen is idle, its own look has not changed
    # (a restyle or a new width throws the lines away by itself): the whole frame is still
    # drawn, from those lines.
    _keep_own_lines = False

    def keep_own_lines(self) -> None:
        """Only the screen's widgets change until it is idle, not its own background."""
        self._keep_own_lines = True

    def _set_dirty(self, *regions) -> None:
        if regions or not self._keep_own_lines:
            super()._set_dirty(*regions)
            return
        cache = self._styles_cache
        lines, dirty = dict(cache._cache), set(cache._dirty_lines)
        super()._set_dirty()
        cache._cache.update(lines)
        cache._dirty_lines = dirty

    def on_idle(self) -> None:
        self._keep_own_lines = False  # (6): until the screen is idle
        if not self._draw_when_idle:  # (3)
            return
        self._draw_when_idle = False
        if self.is_current and self is self.app.screen and not self.app_holds_frames() and (
                self._layout_required or self._repaint_required or self._dirty_widgets):
            self._on_timer_update()
