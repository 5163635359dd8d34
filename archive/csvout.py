"""CSV as beslut writes it, shared by the CLI exports and the portal's export route.

Two dialects: plain CSV (comma, UTF-8) and Excel CSV for Swedish Excel (semicolon, UTF-8
with BOM, CRLF). In both, a text cell that Excel would run as a formula is neutralised
with a leading apostrophe (CSV injection: cells starting with = + - @ tab or CR).
"""

from __future__ import annotations

import csv
import io
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence

BOM = "\ufeff"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    """The cell as written: text that could start a formula gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    if isinstance(value, bytes):
        return value.hex()
    return value


class Dialect:
    def __init__(self, *, excel: bool = False):
        self.excel = excel
        self.delimiter = ";" if excel else ","
        self.prefix = BOM if excel else ""

    def writer(self, out) -> csv.writer:
        return csv.writer(out, delimiter=self.delimiter, lineterminator="\r\n")


# Whether written CSV text may hold a cell that needs neutralising, checked with str's
# C scans (a look at every cell costs as much as writing the CSV). A cell can start only
# at a line start or after a delimiter, maybe after an opening quote. `=`, `+`, `@` and
# tab are rare anywhere, so any one of them sends the batch the slow way; `-` is in every
# date, so only where a cell starts. A cell holding a CR is always quoted, so one that
# starts with it shows as '"' + CR; an apostrophe may be how csv wrote bytes (b'..'). A hit
# can be a false alarm (a negative number, a title with '@'): the batch is then written cell
# by cell, so this check never decides what a cell becomes.
def _may_need_neutralising(text: str, delimiter: str) -> bool:
    return (
        any(char in text for char in "=+@\t'")
        or '"\r' in text
        or text.startswith(("-", '"-'))
        or any(n in text for n in (delimiter + "-", "\n-", delimiter + '"-', '\n"-'))
    )


def _batch_text(dialect: Dialect, batch: Sequence[Sequence]) -> str:
    """A batch of rows as CSV text: in C when no cell needs neutralising (the usual case:
    a whole-planning export is then 3x faster), cell by cell when one might."""
    buffer = io.StringIO()
    dialect.writer(buffer).writerows(batch)
    text = buffer.getvalue()
    if _may_need_neutralising(text, dialect.delimiter):
        buffer = io.StringIO()
        dialect.writer(buffer).writerows([neutralise(v) for v in row] for row in batch)
        text = buffer.getvalue()
    return text


def _header_text(dialect: Dialect, header: Sequence[str]) -> str:
    buffer = io.StringIO()
    buffer.write(dialect.prefix)
    dialect.writer(buffer).writerow(header)
    return buffer.getvalue()


def write_csv(out, header: Sequence[str], rows: Iterable[Sequence], *, excel: bool = False,
              batch_rows: int = 2000, progress: Callable[[int], None] | None = None) -> int:
    """Write header and rows to a text stream; returns the number of rows written.
    `progress(rows written so far)` after each batch."""
    dialect = Dialect(excel=excel)
    out.write(_header_text(dialect, header))
    count, rows = 0, iter(rows)
    while batch := list(itertools.islice(rows, batch_rows)):
        out.write(_batch_text(dialect, batch))
        count += len(batch)
        if progress is not None:
            progress(count)
    return count


def csv_chunks(header: Sequence[str], fetch, *, excel: bool = False) -> Iterator[bytes]:
    """UTF-8 chunks of a CSV document; `fetch()` returns the next batch of rows, empty at the end.

    The caller decides where `fetch` runs (the portal calls it in a worker thread)."""
    dialect = Dialect(excel=excel)
    yield _header_text(dialect, header).encode("utf-8")
    while batch := fetch():
        yield _batch_text(dialect, batch).encode("utf-8")


NUMBER = re.compile(r"-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?")


def neutralise_csv_text(text: str) -> str:
    """Rewrite a CSV document made elsewhere (Datasette's own CSV of a ?sql= query) with its
    formula-like text cells neutralised. Its cells are all text by now, so a cell that is a
    plain number (-5, -0.5) is left alone: Excel reads it as the number it is."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    for row in csv.reader(io.StringIO(text, newline="")):
        writer.writerow([cell if NUMBER.fullmatch(cell) else neutralise(cell) for cell in row])
    return out.getvalue()
