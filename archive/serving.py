"""The auditors' portal: Datasette on the archive, read-only, with our metadata and plugins.

`build_datasette()` is what both `beslut serve` and the in-process tests use, so the tests
exercise the configuration that runs. Read-only is enforced three times over: the file is
opened `mode=ro` (or `immutable=1` for a snapshot), every connection sets `query_only`, and
an SQLite authorizer refuses writes, ATTACH and schema changes whatever SQL arrives.
"""

from __future__ import annotations

import contextlib
import copy
import html
import logging
import logging.config
import os
import sqlite3
import tempfile
from datetime import datetime
from pathlib import Path

import yaml
from datasette.app import Datasette
from datasette.database import Database

from archive.errors import ArchiveError
from datasette.plugins import pm

PORTAL_DIR = Path(__file__).resolve().parent.parent / "datasette"
DB_NAME = "beslut"
AUTH_USER = "revisor"
AUTH_HASH_ENV = "BESLUT_REVISOR_HASH"

SETTINGS = {
    "sql_time_limit_ms": 2000,  # a runaway ?sql= is cut after two seconds
    "max_returned_rows": 1000,  # pages only: whole reports go through /-/export
    "default_cache_ttl": 0,  # the live archive changes; never serve a stale page
    "suggest_facets": False,  # costs a scan of every column on large tables
    "allow_download": False,
    "num_sql_threads": 3,
}

# Actions the authorizer lets through: reads, selects, functions, transactions, and PRAGMAs
# that only read (Datasette introspects with table_info and friends; for those the argument
# is a table name, for the others any argument would set a value).
_INTROSPECTION_PRAGMAS = {
    "table_info", "table_xinfo", "index_list", "index_info", "index_xinfo", "foreign_key_list",
    "database_list", "function_list", "collation_list", "module_list", "pragma_list",
}
_ALLOWED_ACTIONS = {
    sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION,
    sqlite3.SQLITE_TRANSACTION, sqlite3.SQLITE_RECURSIVE,
}
_REFUSED_FUNCTIONS = {"load_extension", "writefile", "edit"}


def _authorizer(action, arg1, arg2, db_name, trigger):
    if action == sqlite3.SQLITE_PRAGMA:
        allowed = (arg1 or "").lower() in _INTROSPECTION_PRAGMAS or arg2 is None
        return sqlite3.SQLITE_OK if allowed else sqlite3.SQLITE_DENY
    if action == sqlite3.SQLITE_UPDATE and arg1 == "sqlite_master":
        # FTS5 asks for this while connecting its virtual table; the file is mode=ro anyway.
        return sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_FUNCTION and (arg2 or "").lower() in _REFUSED_FUNCTIONS:
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK if action in _ALLOWED_ACTIONS else sqlite3.SQLITE_DENY


class ReadOnlyDatabase(Database):
    """Datasette's Database that never opens a writable connection."""

    def connect(self, write=False):
        if write:
            raise PermissionError("portalen är skrivskyddad")
        conn = super().connect(write=False)
        conn.execute("PRAGMA query_only = 1")
        conn.set_authorizer(_authorizer)
        return conn

    def export_connection(self) -> sqlite3.Connection:
        """A connection of its own for one long export (no Datasette SQL thread is held for
        it): read-only as every other, with the SQL functions plugins give a connection
        (escape_fts, which ?_search needs), but without the Python row and text factories
        Datasette sets on its own connections: a call per row and per text cell doubled a
        whole export (bench/portal_bench.py). beslut writes the archive as UTF-8, so
        SQLite's own decoding serves."""
        conn = self.connect()
        pm.hook.prepare_connection(conn=conn, database=self.name, datasette=self.ds)
        return conn


def load_metadata(*, auth: bool = False, snapshot_note: str | None = None) -> dict:
    metadata = yaml.safe_load((PORTAL_DIR / "metadata.yml").read_text(encoding="utf-8"))
    if snapshot_note:
        # The start page shows description_html when there is one, and then not description.
        if metadata.get("description_html"):
            note = html.escape(snapshot_note)
            metadata["description_html"] += f'\n<p class="beslut-snapshot"><strong>{note}</strong></p>'
        else:
            metadata["description"] = f"{metadata.get('description', '')}\n\n{snapshot_note}".strip()
    if auth:
        # Only the auditor's account sees anything; the hash comes from the environment.
        metadata["allow"] = {"id": AUTH_USER}
        metadata.setdefault("plugins", {})["datasette-auth-passwords"] = {
            f"{AUTH_USER}_password_hash": {"$env": AUTH_HASH_ENV},
        }
    return metadata


def build_datasette(
    db_path: str | os.PathLike, *, immutable: bool = False, auth: bool = False,
    snapshot_note: str | None = None, settings: dict | None = None,
) -> Datasette:
    """A configured Datasette on the archive at `db_path` (not started)."""
    path = Path(db_path).resolve()
    if not path.is_file():
        raise ArchiveError("arkivet finns inte", file=str(db_path))
    if auth and not os.environ.get(AUTH_HASH_ENV):
        raise ArchiveError(
            f"--auth kräver lösenordets hash i miljövariabeln {AUTH_HASH_ENV} "
            "(skapa den med `datasette hash-password`)"
        )
    ds = Datasette(
        files=[],
        metadata=load_metadata(auth=auth, snapshot_note=snapshot_note),
        plugins_dir=str(PORTAL_DIR / "plugins"),
        template_dir=str(PORTAL_DIR / "templates"),
        settings={**SETTINGS, **(settings or {})},
    )
    # Datasette adds an in-memory "_memory" database when given no files: drop it, so the
    # only database reachable by ?sql= is the archive, and name it as metadata.yml does.
    ds.remove_database("_memory")
    from archive.db import cannot_share

    # A read-only copy in a read-only folder can only be read immutable (archive/db.py).
    immutable = immutable or cannot_share(path)
    ds.add_database(ReadOnlyDatabase(ds, str(path), is_mutable=not immutable), name=DB_NAME)
    return ds


def take_snapshot(db_path: str | os.PathLike, directory: str | os.PathLike) -> Path:
    """A frozen, consistent copy of the archive (VACUUM INTO), for serving immutable."""
    target = Path(directory) / f"beslut-{datetime.now().strftime('%Y%m%d-%H%M%S')}.db"
    conn = sqlite3.connect(f"file:{Path(db_path).resolve()}?mode=ro", uri=True)
    try:
        conn.execute("VACUUM INTO ?", (str(target),))
    finally:
        conn.close()
    return target


def describe(exception: BaseException) -> str:
    """`Type: first line of the message`, short; never a traceback."""
    first = (str(exception).splitlines() or [""])[0][:200]
    return f"{type(exception).__name__}: {first}" if first else type(exception).__name__


class OneLineFormatter(logging.Formatter):
    """Log records as one line: an exception becomes its type and first message line,
    never a traceback (tracebacks with local variables leak data into logs)."""

    def format(self, record: logging.LogRecord) -> str:
        plain = copy.copy(record)
        plain.exc_info = plain.exc_text = plain.stack_info = None
        text = super().format(plain)
        if record.exc_info and record.exc_info[1] is not None:
            text += f" [{describe(record.exc_info[1])}]"
        return text.replace("\n", " ")


def log_config(level: str = "INFO") -> dict:
    handler = {"class": "logging.StreamHandler", "formatter": "oneline", "stream": "ext://sys.stderr"}
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"oneline": {"()": OneLineFormatter, "format": "%(levelname)s %(name)s: %(message)s"}},
        "handlers": {"default": handler},
        "root": {"handlers": ["default"], "level": level},
        "loggers": {
            name: {"handlers": [], "level": level, "propagate": True}
            for name in ("uvicorn", "uvicorn.error", "uvicorn.access", "asyncio", "beslut")
        },
    }


def serve(db_path, host: str = "127.0.0.1", port: int = 8001, *, auth: bool = False,
          snapshot: bool = False) -> None:
    """Run the portal until interrupted (uvicorn, one worker, one-line logs)."""
    import uvicorn

    with contextlib.ExitStack() as stack:
        note = None
        path = Path(db_path)
        if snapshot:
            directory = stack.enter_context(tempfile.TemporaryDirectory(prefix="beslut-snapshot-"))
            path = take_snapshot(db_path, directory)
            note = f"Ögonblicksbild av arkivet tagen {datetime.now().strftime('%Y-%m-%d %H:%M')}; " \
                   "den ändras inte medan du granskar."
        ds = build_datasette(path, immutable=snapshot, auth=auth, snapshot_note=note)
        logging.config.dictConfig(log_config())
        logging.getLogger("beslut.portal").info(
            "serverar %s%s på http://%s:%s/", db_path, " (ögonblicksbild)" if snapshot else "", host, port
        )
        uvicorn.run(ds.app(), host=host, port=port, log_config=None, lifespan="on", workers=1)
