"""tui/terminal.py: the driver survives its terminal going away (the end-to-end case, a
killed tmux server, is in test_tmux.py)."""

from __future__ import annotations

import errno
import os
import threading
from unittest import mock

from textual.drivers._writer_thread import MAX_QUEUED_WRITES, WriterThread

from tui.terminal import TerminalDriver, _Output, terminal_gone


class HungUp:
    """A terminal after a hang-up: every write and flush fails with EIO."""

    def write(self, text: str) -> None:
        raise OSError(errno.EIO, "Input/output error")

    def flush(self) -> None:
        raise OSError(errno.EIO, "Input/output error")

    def fileno(self) -> int:
        return 2


def test_writes_to_a_hung_up_terminal_are_dropped_and_the_writer_still_stops():
    writer = WriterThread(_Output(HungUp()))
    writer.start()

    def write_then_stop() -> None:
        for _ in range(2 * MAX_QUEUED_WRITES):  # a dead writer thread would block these for ever
            writer.write("\x1b[?1049l")
        writer.stop()

    shutting_down = threading.Thread(target=write_then_stop, daemon=True)
    shutting_down.start()
    shutting_down.join(timeout=10)
    assert not shutting_down.is_alive(), "the app would hang writing to the gone terminal"
    assert not writer.is_alive()


def test_terminal_gone():
    leader, follower = os.openpty()
    read_end, write_end = os.pipe()
    try:
        assert not terminal_gone(follower)
        assert terminal_gone(read_end)  # not a terminal (ENOTTY)
    finally:
        for fd in (leader, follower, read_end, write_end):
            os.close(fd)
    assert terminal_gone(follower)  # closed (EBADF)


def test_sigcont_resumes_only_on_a_terminal_that_is_still_there():
    leader, follower = os.openpty()
    read_end, write_end = os.pipe()
    try:
        for fd, resumed in ((follower, True), (read_end, False)):
            driver = TerminalDriver.__new__(TerminalDriver)  # no app: only the signal handler is tried
            driver.fileno = fd
            driver._auto_restart = True
            with mock.patch.object(TerminalDriver, "resume_application_mode") as resume:
                driver._sigcont_application()
            assert resume.called is resumed
    finally:
        for fd in (leader, follower, read_end, write_end):
            os.close(fd)
