"""The whole-export CSV written by SQLite (archive/csvout.py, csv_table_chunks and
csv_sql_chunks) is byte for byte what write_csv (the csv module, cell by cell) writes, for
every kind of awkward cell, in both dialects, whichever way a batch or row goes."""

from __future__ import annotations

import io
import sqlite3

import pytest

from archive.csvout import csv_sql_chunks, csv_table_chunks, write_csv, write_csv_sql

AWKWARD = [
    "plain", "", None, "with, comma", "with; semicolon", 'with "quotes"', "two\nlines", "cr\rinside",
    "=1+1", "+46 40 34 10 00", "@SUM(A1)", "\tTab", "\rCR first", "-text", "a-b", "2024-08-05",
    "unit\x1fseparator", "Malmö – Åsa Öberg", " space", "'apostrophe",
]
NUMBERS = [0, 5, -5, 2**62, None]


@pytest.fixture
def conn(tmp_path):
    conn = sqlite3.connect(tmp_path / "csv.db")
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, n INTEGER, b TEXT)")
    rows = [(i + 1, AWKWARD[i % len(AWKWARD)], NUMBERS[i % len(NUMBERS)], AWKWARD[(i * 7) % len(AWKWARD)])
            for i in range(len(AWKWARD) * len(NUMBERS) * 3)]
    rows += [(1000 + i, "plain", i, "2024-01-01") for i in range(50)]  # clean batches too
    conn.executemany("INSERT INTO t VALUES (?, ?, ?, ?)", rows)
    conn.execute("CREATE TABLE one (x TEXT)")
    conn.executemany("INSERT INTO one VALUES (?)", [("a",), ("",), (None,), ("b,c",)])
    conn.execute("CREATE TABLE k (code TEXT PRIMARY KEY, name TEXT) WITHOUT ROWID")
    conn.executemany("INSERT INTO k VALUES (?, ?)", [("b", "=x"), ("a", "y, z")])
    conn.execute("CREATE VIEW v AS SELECT t.id, t.a AS a, t.id AS id2, t.b FROM t ORDER BY t.id DESC")
    yield conn
    conn.close()


def python_csv(conn, sql, excel):
    cursor = conn.execute(sql)
    out = io.StringIO()
    write_csv(out, [d[0] for d in cursor.description], cursor, excel=excel)
    return out.getvalue().encode("utf-8")


@pytest.mark.parametrize("excel", [False, True])
@pytest.mark.parametrize("batch", [1, 3, 1000])
@pytest.mark.parametrize(("table", "order"), [("t", "id"), ("one", "rowid"), ("k", "code")])
def test_whole_table_is_what_the_csv_module_writes(conn, excel, batch, table, order):
    expected = python_csv(conn, f"SELECT * FROM {table} ORDER BY {order}", excel)
    assert b"".join(csv_table_chunks(conn, table, excel=excel, batch_rows=batch)) == expected


@pytest.mark.parametrize("excel", [False, True])
@pytest.mark.parametrize("batch", [1, 7, 1000])
def test_query_and_view_are_what_the_csv_module_writes(conn, excel, batch):
    for sql in ("SELECT * FROM v", "SELECT a, n, a AS again FROM t WHERE n IS NOT NULL ORDER BY id DESC"):
        assert b"".join(csv_sql_chunks(conn, sql, excel=excel, batch_rows=batch)) == python_csv(conn, sql, excel)
        out = io.StringIO()
        assert write_csv_sql(out, conn, sql, excel=excel) == len(conn.execute(sql).fetchall())
        assert out.getvalue().encode("utf-8") == python_csv(conn, sql, excel)


def test_text_that_is_a_negative_number_split_from_its_row(conn):
    """A row that must be split (a comma) no longer says whether '-5' was text or a number:
    it stays -5, which Excel reads as the number it shows (as for Datasette's ?sql= CSV)."""
    conn.execute("INSERT INTO t VALUES (5000, 'a, b', 1, '-5')")
    text = b"".join(csv_sql_chunks(conn, "SELECT a, b FROM t WHERE id = 5000")).decode()
    assert text == 'a,b\r\n"a, b",-5\r\n'
