"""Import speed (issue 8): 1,000 documents through the importer, in rows/s, against plain
sqlite3 executemany of the same rows into the same tables and indexes in one transaction.

The documents are the corpus's tjänsteskrivelser and both seeds, each copy with its own
case number, so every file is a new matter. Three figures, measured side by side:
- store: the parsed documents written by archive.importing.import_document (one
  transaction per file, change-log rows, source and warnings, read back as `show` does);
- parse + store: the same from the files, in one process;
- the whole `beslut import FOLDER` process.

Issue 13 adds a folder of 10,000 documents of real size made from real ones: half are
copies of the two seeds (whole real tjänsteskrivelser, 5 and 11 kB), half copies of the
real protocols, kallelser and extracts of tests/import_corpus/real/tuning and
tests/import_linking/real (as the public pages give them, about 2 kB each). Every copy
gets its own case numbers (a letter code added to each number's prefix), so each is new
matters, linked and stored as a clerk's folder would be; `beslut import FOLDER` runs
under a pseudo-terminal (util-linux `script`) so that its progress bar is drawn, as a
clerk sees it. Target: under two minutes.

Run alone: .venv/bin/python bench/import_bench.py  (--folder-only: just the 10,000)
"""

from __future__ import annotations

import os
import re
import resource
import shlex
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
FOLDER_N = 10_000
FOLDER_TARGET_SECONDS = 120
CORPUS = ROOT / "tests" / "import_corpus"
REAL_DIRS = [CORPUS / "real" / "tuning", ROOT / "tests" / "import_linking" / "real"]
SEEDS = [ROOT / "data" / "000_a1ad65b85ba8194d.txt", ROOT / "data" / "003_452c782f76d8c9d6.txt"]
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


def real_templates() -> tuple[list[tuple[str, str, list[str]]], list[tuple[str, str, list[str]]]]:
    """(seeds, meeting documents): (stem, text, the case numbers the importer reads in it),
    every real document that imports (the tuning corpus holds some that must be refused)."""
    def read(paths):
        found = []
        for path in paths:
            try:
                document = parse_document(path)
            except Exception:  # noqa: BLE001 - a document the importer refuses is no template
                continue
            if document.plan is not None or document.kind == "tjänsteskrivelse" and path not in SEEDS:
                continue
            numbers = sorted({m.case_number for m in document.matters if m.case_number}, key=len, reverse=True)
            found.append((path.stem, path.read_text(encoding="utf-8"), numbers))
        return found

    meeting_documents = read(sorted(p for folder in REAL_DIRS for p in folder.glob("*.txt")))
    return read(SEEDS), [t for t in meeting_documents if t[2]]


def _code(i: int) -> str:
    """0 -> 'AAAA', 1 -> 'AAAB' ...: four letters make 456,976 copies distinct."""
    letters = ""
    for _ in range(4):
        i, r = divmod(i, 26)
        letters = chr(65 + r) + letters
    return letters


def generate_real(folder: Path, n: int = FOLDER_N) -> tuple[list[Path], int]:
    """n documents of real size from real ones, each with its own case numbers; the
    number of distinct templates used."""
    seeds, meeting_documents = real_templates()
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        pool = seeds if i % 2 == 0 else meeting_documents
        stem, text, numbers = pool[(i // 2) % len(pool)]
        code = _code(i)
        if numbers:
            # "KS 2018/124" -> "KSAAAB 2018/124": a prefix the reader takes as any other
            pattern = re.compile("|".join(re.escape(n) for n in numbers))
            text = pattern.sub(lambda m, code=code: re.sub(r"^([A-ZÅÄÖ]*)", rf"\g<1>{code}", m.group(0), count=1),
                               text)
        else:
            text = f"Dnr BX 2024/{i:05d}\n" + text
        path = folder / f"{i:05d}_{stem}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths, len(seeds) + len(meeting_documents)


def measure_folder(n: int = FOLDER_N) -> list[Row]:
    with tempfile.TemporaryDirectory(prefix="beslut-import-folder-") as tmp:
        scratch = Path(tmp)
        paths, templates = generate_real(scratch / "docs", n)
        sizes = [p.stat().st_size for p in paths]
        db = scratch / "folder.db"
        subprocess.run([BESLUT, "--db", str(db), "init"], check=True, stdout=subprocess.DEVNULL)
        command = f"{shlex.quote(BESLUT)} --db {shlex.quote(str(db))} import {shlex.quote(str(scratch / 'docs'))}"
        # `script` gives the command a terminal, so click draws the progress bar on it
        log = scratch / "terminal.log"
        load = os.getloadavg()[0]  # the machine is shared: how busy it was, beside the figure
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        seconds = wall(["script", "-qfec", command, str(log)], stdout=subprocess.DEVNULL)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        drawn = "Importerar" in log.read_text(encoding="utf-8", errors="replace")
        conn = sqlite3.connect(db)
        matters, steps, sources = (conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                                   for t in ("matters", "planning_steps", "import_sources"))
        conn.close()
        failed = n - sources
    kb = sum(sizes) / len(sizes) / 1024
    return [Row(
        f"import a folder of {n:,} real documents (mean {kb:.1f} kB, {templates} real templates): "
        "`beslut import FOLDER` with its progress bar",
        f"< {FOLDER_TARGET_SECONDS} s",
        f"{seconds:.1f} s ({n / seconds:,.0f} documents/s){'' if drawn else ', NO progress bar seen'}",
        f"{matters:,} matters, {steps:,} steps; {failed} files not imported; CPU {cpu:.0f} s in all processes, "
        f"load average {load:.1f} on {os.cpu_count()} cores at start",
        seconds < FOLDER_TARGET_SECONDS and drawn and failed == 0,
    )]


def rows() -> list[Row]:
    return measure() + measure_folder()


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folder-only", action="store_true",
                        help=f"only the folder of {FOLDER_N:,} real documents (about two minutes)")
    print(table(measure_folder() if parser.parse_args().folder_only else rows()))
