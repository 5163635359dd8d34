"""beslut's terminal UI (Textual). Computes nothing itself: every query and every
change goes through archive/, which the app receives in its constructor."""

import gc

# Garbage collection while the app starts. Loading Textual and our screens makes some
# 60,000 objects that live as long as the process; at Python's default thresholds the
# collector walks them ~80 times on the way to the first screen and frees nothing (13-16 ms
# of CPU, bench/tui.py). This package is imported before Textual, so here the young
# generation is collected only after 100,000 new objects instead of 700: none on the way
# to the first screen. BeslutApp sets what the start made apart from the collector
# (gc.freeze) once that screen is drawn and calls resume_gc(); a process that imports tui/
# without running the app still collects, only less often.
_THRESHOLDS = gc.get_threshold()
gc.set_threshold(100_000, *_THRESHOLDS[1:])


def resume_gc() -> None:
    """Python's collection thresholds as they were before the start (idempotent)."""
    gc.set_threshold(*_THRESHOLDS)
