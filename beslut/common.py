"""What every `beslut` command shares: the open archive (State), JSON and CSV output,
the Swedish date type and the --municipality option. Its own module, so that the
command modules and cli.py import it and never each other (no import cycle)."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import sys

import click


class State:
    """The --db path, and the archive opened on first use, closed when the command ends
    (closing checkpoints: the .db file alone is then the whole archive)."""

    def __init__(self, db_path: str):
        self.db_path = db_path
        self._archive = None

    def archive(self, *, create: bool = False, long_running: bool = False):
        """The open archive. Only the commands that make an archive (init, demo, import)
        pass `create`; for every other one a missing file is an error naming it (a
        mistyped --db must not leave a new empty archive behind). A file this user may
        not write opens read-only: reading works, a write is refused. `long_running` (the
        TUI): checkpointed after each commit."""
        if self._archive is None:
            from archive.db import open_archive

            self._archive = open_archive(self.db_path, create=create, long_running=long_running)
        return self._archive

    def close(self) -> None:
        if self._archive is not None:
            self._archive.close()
            self._archive = None


pass_state = click.make_pass_decorator(State)


def print_json(value) -> None:
    import json  # here: most commands print no JSON, and every one pays for its imports

    click.echo(json.dumps(value, ensure_ascii=False, indent=2))


class SwedishDate(click.ParamType):
    """A date in any form archive.dates accepts: 2025-01-08, 250108, "8 jan 2025"."""

    name = "DATE"

    def convert(self, value, param, ctx):
        if isinstance(value, dt.date):
            return value
        from archive.dates import parse_date
        from archive.errors import InvalidDate

        try:
            return parse_date(value)
        except InvalidDate as error:
            self.fail(str(error), param, ctx)


DATE = SwedishDate()
municipality_option = click.option(
    "--municipality", help="Organets kommun, när flera kommuner har ett organ med det namnet."
)

EXCEL_HELP = "CSV för svenska Excel: semikolon som avgränsare, UTF-8 med BOM."


class _OpenOnWrite:
    """The output file, opened (so created or emptied) by the first write: an export refused
    before it writes anything (no such body, report or parameter) leaves an earlier file as it was."""

    def __init__(self, path: str):
        self.path, self.file = path, None

    def write(self, text: str) -> int:
        if self.file is None:
            self.file = open(self.path, "w", encoding="utf-8", newline="")
        return self.file.write(text)


@contextlib.contextmanager
def csv_output(output: str | None, excel: bool):
    """The file to write, or standard output (as UTF-8 bytes for --excel, whatever the locale)."""
    if output:
        out = _OpenOnWrite(output)
        try:
            yield out
        finally:
            if out.file is not None:
                out.file.close()
    elif excel:
        sys.stdout.flush()
        out = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="")
        try:
            yield out
        finally:
            out.flush()
            out.detach()
    else:
        yield sys.stdout
