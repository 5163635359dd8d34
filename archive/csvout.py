"""CSV as beslut writes it, shared by the CLI exports and the portal's export route.

Two dialects: plain CSV (comma, UTF-8) and Excel CSV for Swedish Excel (semicolon, UTF-8
with BOM, CRLF). In both, a text cell that Excel would run as a formula is neutralised
with a leading apostrophe (CSV injection: cells starting with = + - @ tab or CR).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator, Sequence

BOM = "\ufeff"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    """The cell as written: text that could start a formula gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    if isinstance(value, bytes):
        return value.hex()
    return value


def sql_neutralised(expr: str) -> str:
    """SQL for `neutralise()` of a text column, for exports that hand the cursor straight to
    `csv.writer.writerows` (per-row work stays in C)."""
    starts = ", ".join("char(9)" if c == "\t" else "char(13)" if c == "\r" else f"'{c}'" for c in FORMULA_STARTS)
    return f"CASE WHEN substr({expr}, 1, 1) IN ({starts}) THEN '''' || {expr} ELSE {expr} END"


class Dialect:
    def __init__(self, *, excel: bool = False):
        self.excel = excel
        self.delimiter = ";" if excel else ","
        self.prefix = BOM if excel else ""

    def writer(self, out) -> csv.writer:
        return csv.writer(out, delimiter=self.delimiter, lineterminator="\r\n")


def write_csv(out, header: Sequence[str], rows: Iterable[Sequence], *, excel: bool = False) -> int:
    """Write header and rows to a text stream; returns the number of rows written."""
    dialect = Dialect(excel=excel)
    out.write(dialect.prefix)
    writer = dialect.writer(out)
    writer.writerow(header)
    count = 0
    for row in rows:
        writer.writerow([neutralise(v) for v in row])
        count += 1
    return count


def csv_chunks(header: Sequence[str], fetch, *, excel: bool = False) -> Iterator[bytes]:
    """UTF-8 chunks of a CSV document; `fetch()` returns the next batch of rows, empty at the end.

    The caller decides where `fetch` runs (the portal calls it in a worker thread)."""
    dialect = Dialect(excel=excel)
    buffer = io.StringIO()
    writer = dialect.writer(buffer)
    buffer.write(dialect.prefix)
    writer.writerow(header)
    yield buffer.getvalue().encode("utf-8")
    while batch := fetch():
        buffer.seek(0)
        buffer.truncate()
        writer.writerows([neutralise(v) for v in row] for row in batch)
        yield buffer.getvalue().encode("utf-8")


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
