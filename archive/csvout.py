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
# by cell, so this check never decides what a cell becomes. A one-character scan costs ~1 %
# of a longer one (memchr against a search that stops at every `-`), so the three that
# need a quote are made only when there is a quote in the text at all.
def _may_need_neutralising(text: str, delimiter: str) -> bool:
    return (
        any(char in text for char in "=+@\t'")
        or text.startswith(("-", '"-'))
        or delimiter + "-" in text or "\n-" in text
        or ('"' in text and any(n in text for n in ('"\r', delimiter + '"-', '\n"-')))
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


# ------------------------------------------------------------ whole exports, fast
# Python's csv module costs ~4x `sqlite3 -csv` on a whole table (bench/portal_bench.py): a
# Python call per cell. Here SQLite writes each row as one string, its cells joined by the
# unit separator U+001F (printf('%s\x1f%s...'): one call a row; NULL is empty, a number its
# digits, text as it is), and Python looks at a whole batch of rows at once with str's C
# scans: when no cell holds the delimiter, a quote, CR or LF and none starts like a formula,
# the batch is its CSV once U+001F becomes the delimiter. A row that fails is split into its
# cells and written by the csv module with write_csv's neutralising, except that a cell that
# is a plain number (-5) stays as it is, text or not, as in neutralise_csv_text (the row no
# longer says which it was; Excel reads either as the number). A row with U+001F in a cell
# cannot be split: see _query_batches and _table_batches.
# A blob would come out of printf as its bytes (and json_array refuses it): a table with a
# column declared BLOB, or with none declared, is written the csv module's way (blobs as
# hex); the archive's tables and views hold no blobs.
# A table with an integer key is read in key ranges, each range one string (group_concat):
# one Python object a range, not one a row.

SEP = "\x1f"


def quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _rows_sql(cells: Sequence[str], source: str) -> str:
    """SELECT of each row of `source` (columns `cells`) as its plain string, and its cells
    as JSON when U+001F is in one of them. OFFSET keeps SQLite from flattening the levels
    into one, which would work out the plain string, and a view's columns, more than once."""
    plain = f"printf('{SEP.join(['%s'] * len(cells))}', {', '.join(cells)})"
    return (f"SELECT plain, CASE WHEN length(plain) - length(replace(plain, '{SEP}', '')) = {len(cells) - 1} "
            f"THEN NULL ELSE json_array({', '.join(cells)}) END "
            f"FROM (SELECT {plain} AS plain, * FROM ({source}) LIMIT -1 OFFSET 0)")


def _clean(text: str, rows: int, columns: int, delimiter: str) -> bool:
    """Whether `rows` plain rows (joined by LF) are their CSV as they stand."""
    return (
        columns > 1  # the csv module writes a row of one empty cell as ""
        and text.count(SEP) == rows * (columns - 1)
        and text.count("\n") == rows - 1 and "\r" not in text and '"' not in text and delimiter not in text
        and not text.startswith(FORMULA_STARTS)
        and not any(f"{start}{char}" in text for start in (SEP, "\n") for char in FORMULA_STARTS)
    )


def _split_cell(cell: str) -> str:
    return cell if NUMBER.fullmatch(cell) else neutralise(cell)


def _rows_text(dialect: Dialect, rows: Sequence[tuple[str, str | None]], columns: int) -> str:
    """The CSV of (plain, cells or None) rows: the whole batch as it stands when it is clean,
    else row by row."""
    text = "\n".join([plain for plain, _ in rows])
    if not any(cells for _, cells in rows) and _clean(text, len(rows), columns, dialect.delimiter):
        return text.replace(SEP, dialect.delimiter).replace("\n", "\r\n") + "\r\n"
    import json  # here: only a row with U+001F in a cell needs it, and every export pays its import

    out = io.StringIO()
    writer = dialect.writer(out)
    for plain, cells in rows:
        if cells is not None:
            writer.writerow([neutralise(v) for v in json.loads(cells)])
        elif _clean(plain, 1, columns, dialect.delimiter):
            out.write(plain.replace(SEP, dialect.delimiter) + "\r\n")
        else:
            writer.writerow([_split_cell(cell) for cell in plain.split(SEP)])
    return out.getvalue()


def result_columns(conn, sql: str, params=()) -> list[str]:
    return [d[0] for d in conn.execute(f"SELECT * FROM ({sql}) LIMIT 0", params).description]


def _query_cursor(conn, sql: str, params) -> tuple[list[str], object]:
    """The column names of query `sql`, and a cursor of its rows' plain strings in its order.
    The query runs, and any SQL error is raised, here."""
    names = result_columns(conn, sql, params)
    inner = [f"c{i}" for i in range(len(names))]  # ours: a query may repeat a name (`a.id, b.id`)
    plain = f"printf('{SEP.join(['%s'] * len(inner))}', {', '.join(inner)})"
    return names, conn.execute(f"WITH r({', '.join(inner)}) AS ({sql}) SELECT {plain} FROM r", params)


def _query_batches(dialect: Dialect, conn, sql: str, params, cursor, columns: int,
                   batch_rows: int) -> Iterator[tuple[str, int]]:
    """(CSV text, rows) of each batch of plain rows. A U+001F in a cell shows as one too
    many in the batch's count (every row has exactly columns - 1 of its own): the rows from
    that batch on are then read again as values, in the same read transaction so they are
    the same rows, and written cell by cell."""
    done = 0
    while batch := cursor.fetchmany(batch_rows):
        plains = [row[0] for row in batch]
        text = "\r\n".join(plains) + "\r\n"
        if text.count(SEP) != len(batch) * (columns - 1):
            values = conn.execute(sql, params)
            for _ in itertools.islice(iter(values.fetchone, None), done):
                pass
            while rows := values.fetchmany(batch_rows):
                yield _batch_text(dialect, rows), len(rows)
            return
        if dialect.delimiter not in text and _clean_lines(text, len(batch), columns, SEP):
            yield text.replace(SEP, dialect.delimiter), len(batch)
        else:
            yield _rows_text(dialect, [(plain, None) for plain in plains], columns), len(batch)
        done += len(batch)


def _encoded(header: str, batches) -> Iterator[bytes]:
    yield header.encode("utf-8")
    for text, _ in batches:
        yield text.encode("utf-8")


def _query_csv(conn, sql: str, params, dialect: Dialect, batch_rows: int):
    began = not conn.in_transaction
    if began:
        conn.execute("BEGIN")  # the query and any second reading of it see one snapshot
    try:
        names, cursor = _query_cursor(conn, sql, params)
    except BaseException:
        if began:
            conn.execute("COMMIT")
        raise
    batches = _query_batches(dialect, conn, sql, params, cursor, len(names), batch_rows)
    return names, _ended(conn, batches, began)


def _ended(conn, batches, began: bool):
    try:
        yield from batches
    finally:
        if began and conn.in_transaction:
            conn.execute("COMMIT")


def csv_sql_chunks(conn, sql: str, params=(), *, excel: bool = False, batch_rows: int = 20000) -> Iterator[bytes]:
    """UTF-8 chunks of the CSV of query `sql`: a header (its column names), then its rows in
    its order. The query runs, and any SQL error is raised, before the first chunk."""
    dialect = Dialect(excel=excel)
    names, batches = _query_csv(conn, sql, params, dialect, batch_rows)
    return _encoded(_header_text(dialect, names), batches)


def write_csv_sql(out, conn, sql: str, params=(), *, excel: bool = False) -> int:
    """Write the CSV of query `sql` to a text stream; returns the number of rows."""
    dialect = Dialect(excel=excel)
    names, batches = _query_csv(conn, sql, params, dialect, 20000)
    out.write(_header_text(dialect, names))
    count = 0
    for text, rows in batches:
        out.write(text)
        count += rows
    return count


def integer_key(conn, table: str) -> str | None:
    """The column that reads a table in key order by its rowid: its INTEGER PRIMARY KEY, or
    `rowid` when it has no key; None for a WITHOUT ROWID table or another key."""
    keys = conn.execute("SELECT name, type FROM pragma_table_info(?) WHERE pk > 0", (table,)).fetchall()
    without_rowid = conn.execute(
        "SELECT sql LIKE '%WITHOUT ROWID%' FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
    ).fetchone()
    if without_rowid is None or without_rowid[0]:
        return None
    if not keys:
        return "rowid"
    return keys[0][0] if len(keys) == 1 and keys[0][1].upper() == "INTEGER" else None


def whole_table_sql(conn, table: str) -> str:
    """A whole table in key order: a plain scan of its b-tree."""
    keys = [name for (name,) in conn.execute(
        "SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk", (table,))]
    order = ", ".join(quote_ident(k) for k in keys) if keys else "rowid"
    return f"SELECT * FROM {quote_ident(table)} ORDER BY {order}"


def csv_table_chunks(conn, table: str, *, excel: bool = False, batch_rows: int = 50000) -> Iterator[bytes]:
    """UTF-8 chunks of a whole table's CSV in key order; by key ranges where it can."""
    dialect = Dialect(excel=excel)
    declared = conn.execute("SELECT name, upper(type) FROM pragma_table_info(?) ORDER BY cid", (table,)).fetchall()
    if any(kind in ("", "BLOB") for _, kind in declared):
        cursor = conn.execute(whole_table_sql(conn, table))
        return csv_chunks([d[0] for d in cursor.description], lambda: cursor.fetchmany(batch_rows), excel=excel)
    key = integer_key(conn, table)
    if key is None:
        return csv_sql_chunks(conn, whole_table_sql(conn, table), excel=excel)
    names = [name for name, _ in declared]
    cells = [quote_ident(n) for n in names]
    name, k = quote_ident(table), quote_ident(key)
    # Each range as its lines in one string, written with the delimiter itself: a cell that
    # holds one shows in the count (_clean_lines), and the range is then done row by row.
    line = f"printf('{dialect.delimiter.join(['%s'] * len(cells))}\r\n', {', '.join(cells)})"
    ranged = (f"SELECT group_concat(line, ''), max(k), count(*) FROM (SELECT {line} AS line, "
              f"{k} AS k FROM {name} WHERE {k} > :after ORDER BY {k} LIMIT :rows)")
    rows = _rows_sql(cells, f"SELECT * FROM {name} WHERE {k} > :after AND {k} <= :top ORDER BY {k}")
    header = _header_text(dialect, names).encode("utf-8")
    return _table_chunks(conn, dialect, header, ranged, rows, len(names), batch_rows)


def _clean_lines(text: str, rows: int, columns: int, delimiter: str) -> bool:
    """Whether `rows` CSV lines written plainly with the delimiter are their CSV as they
    stand. Each test is a C scan of the whole text; a formula character is looked for at a
    cell's start only when it is in the text at all (`-` always is: every date has it). A cell
    starting with CR shows in the count of CRs (a line's own CR follows a cell, never starts one)."""
    return (
        columns > 1
        and text.count(delimiter) == rows * (columns - 1)
        and text.count("\n") == rows and text.count("\r") == rows and '"' not in text
        and not text.startswith(FORMULA_STARTS)
        and not any(char in text and (delimiter + char in text or "\n" + char in text)
                    for char in FORMULA_STARTS if char != "\r")
    )


def _table_chunks(conn, dialect, header, ranged, rows, columns, batch_rows) -> Iterator[bytes]:
    yield header
    after = -(2**63)  # below every key but the least integer itself, which no archive row has
    while True:
        text, top, count = conn.execute(ranged, {"after": after, "rows": batch_rows}).fetchone()
        if not count:
            return
        if not _clean_lines(text, count, columns, dialect.delimiter):  # the range again, row by row
            text = _rows_text(dialect, conn.execute(rows, {"after": after, "top": top}).fetchall(), columns)
        after = top
        yield text.encode("utf-8")
