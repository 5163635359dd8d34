"""The real terminal under the app, which may go away (a dropped SSH session, a closed
window) without its SIGHUP reaching us: `make`, `nohup` or `trap '' HUP` keep it.

Textual 8's Linux driver does not expect that. Its writer thread dies on the first write
to the hung-up terminal (EIO), after which the app blocks for ever as soon as 30 writes
are queued, on its way out too; and the SIGCONT the kernel sends with a hang-up makes it
start application mode again on the dead terminal (a second writer and input thread).
`TerminalDriver` drops output to a terminal that is gone and does not restart on one;
the app polls `terminal_gone()` and exits. (Textualize/textual#6690, open, only stops the
input thread's busy loop on EOF: the app would still run on, so the poll stays.)"""

from __future__ import annotations

import termios

from textual.drivers.linux_driver import LinuxDriver


def terminal_gone(fd: int) -> bool:
    """A hung-up terminal answers EIO; a closed descriptor, EBADF or ValueError."""
    try:
        termios.tcgetattr(fd)
    except (termios.error, OSError, ValueError):
        return True
    return False


class _Output:
    """The driver's output file: a write to a terminal that has gone away is dropped,
    so the writer thread keeps draining its queue and the app can still shut down."""

    def __init__(self, file) -> None:
        self._file = file

    def write(self, text: str) -> None:
        try:
            self._file.write(text)
        except OSError:
            pass

    def flush(self) -> None:
        try:
            self._file.flush()
        except OSError:
            pass

    def fileno(self) -> int:
        return self._file.fileno()


class TerminalDriver(LinuxDriver):
    """Textual's Linux driver, for a terminal that may go away under the app."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._file = _Output(self._file)

    def _sigcont_application(self, *args) -> None:
        if not terminal_gone(self.fileno):  # a hang-up's SIGCONT: nothing to resume on
            super()._sigcont_application(*args)
