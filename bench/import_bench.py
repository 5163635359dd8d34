"""Import speed (issue 8): 1,000 documents through the importer, in rows/s, against plain
sqlite3 executemany of the same rows into the same tables and indexes in one transaction.

The documents are the corpus's tjänsteskrivelser and both seeds, each copy with its own
case number, so every file is a new matter. Three figures, measured side by side:
- store: the parsed documents written by archive.importing.import_document (one
  transaction per file, change-log rows, source and warnings, read back as `show` does);
- parse + store: the same from the files, in one process;
- the whole `beslut import FOLDER` process.

Run alone: .venv/bin/python bench/import_bench.py
"""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from archive import open_archive  # noqa: E402
from archive.importing import import_document, parse_document  # noqa: E402
from bench.common import BESLUT, ROOT, Row, table, wall  # noqa: E402

N = 1000
CORPUS = ROOT / "tests" / "import_corpus"
TEMPLATES = [p for p in sorted(CORPUS.glob("ts*.txt")) if p.stem not in ("ts06_truncated", "ts08_two_numbers")] + [
    ROOT / "data" / "000_a1ad65b85ba8194d.txt", ROOT / "data" / "003_452c782f76d8c9d6.txt"]
# The tables an import writes, parents first; `changes` (the audit log) is our overhead, not data.
TABLES = ["bodies", "meetings", "addressees", "matters", "planning_steps", "proposals", "basis_documents",
          "recipients", "responsibles", "import_sources", "import_matters"]
SCHEMA_ONLY = """SELECT sql FROM sqlite_master
WHERE sql IS NOT NULL AND type IN ('table', 'index') AND name NOT LIKE 'sqlite_%'
  AND name NOT LIKE '%_fts%' AND tbl_name IN ({}) ORDER BY type DESC, name"""


def generate(folder: Path, n: int = N) -> list[Path]:
    """n documents from the templates, each with its own case number."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = [(p, p.read_text(encoding="utf-8")) for p in TEMPLATES]
    numbers = {p: parse_document(p).items[0].matter.case_number for p in TEMPLATES}
    paths = []
    for i in range(n):
        template, text = texts[i % len(texts)]
        number = f"BX {2000 + i % 30}/{i:05d}"
        if numbers[template]:
            text = text.replace(numbers[template], number)
        else:
            text = f"Dnr {number}\n" + text
        path = folder / f"{i:05d}_{template.stem}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def _rows(db: Path, tables: list[str] = TABLES) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(db)
    data = {}
    for name in tables:
        columns = [r[1] for r in conn.execute(f"PRAGMA table_info({name})")]
        data[name] = (columns, conn.execute(f"SELECT * FROM {name} ORDER BY id").fetchall())
    schema = [r[0] for r in conn.execute(SCHEMA_ONLY.format(", ".join(f"'{t}'" for t in tables)))]
    conn.close()
    return data, schema


def plain_executemany(db: Path, scratch: Path, tables: list[str] = TABLES) -> tuple[float, int]:
    """The same rows, into the same tables and indexes, with sqlite3 executemany, one transaction."""
    data, schema = _rows(db, tables)
    target = scratch / f"plain-{len(tables)}.db"
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    for sql in schema:
        conn.execute(re.sub(r"REFERENCES \w+\(id\)( ON DELETE CASCADE)?", "", sql))
    started = time.perf_counter()
    conn.execute("BEGIN")
    for name, (columns, rows) in data.items():
        conn.executemany(f"INSERT INTO {name} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})",
                         rows)
    conn.execute("COMMIT")
    seconds = time.perf_counter() - started
    conn.close()
    return seconds, sum(len(rows) for _, rows in data.values())


def measure(n: int = N) -> list[Row]:
    with tempfile.TemporaryDirectory(prefix="beslut-import-bench-") as tmp:
        scratch = Path(tmp)
        paths = generate(scratch / "docs", n)
        # parse + store, one process
        db = scratch / "ours.db"
        archive = open_archive(db)
        started = time.perf_counter()
        parsed = [parse_document(path) for path in paths]
        parse_seconds = time.perf_counter() - started
        started = time.perf_counter()
        for document in parsed:
            import_document(archive, document)
        store_seconds = time.perf_counter() - started
        archive.close()
        baseline, rows = plain_executemany(db, scratch)
        with_log, _ = plain_executemany(db, scratch, [*TABLES, "changes"])
        changes = sqlite3.connect(db).execute("SELECT count(*) FROM changes").fetchone()[0]
        # the whole command
        cli_db = scratch / "cli.db"
        subprocess.run([BESLUT, "--db", str(cli_db), "init"], check=True, stdout=subprocess.DEVNULL)
        cli_seconds = wall([BESLUT, "--db", str(cli_db), "import", str(scratch / "docs")],
                           stdout=subprocess.DEVNULL)
    total = parse_seconds + store_seconds
    comparison = f"executemany, 1 transaction: {rows / baseline:,.0f} rows/s ({baseline * 1000:.0f} ms)"
    return [
        Row(f"import {n:,} documents: store ({rows:,} rows + {changes:,} change-log rows)", "<= 2x executemany",
            f"{rows / store_seconds:,.0f} rows/s ({store_seconds:.2f} s, {store_seconds / baseline:.1f}x)",
            comparison, store_seconds / baseline <= 2),
        Row(f"import {n:,} documents: store, against executemany that also writes the change-log rows", "-",
            f"{store_seconds / with_log:.1f}x", f"executemany of data + change log: {with_log * 1000:.0f} ms",
            None),
        Row(f"import {n:,} documents: parse + store", "<= 2x executemany",
            f"{rows / total:,.0f} rows/s ({total:.2f} s, {total / baseline:.1f}x; parse {parse_seconds:.2f} s)",
            comparison, total / baseline <= 2),
        Row(f"import {n:,} documents: whole `beslut import FOLDER`", "-",
            f"{rows / cli_seconds:,.0f} rows/s ({cli_seconds:.2f} s, {n / cli_seconds:,.0f} documents/s)",
            comparison, None),
    ]


def rows() -> list[Row]:
    return measure()


if __name__ == "__main__":
    print(table(rows()))
