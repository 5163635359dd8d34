"""The auditors' portal: Datasette on the archive, read-only, with our metadata and plugins.

`build_datasette()` is what both `beslut serve` and the in-process tests use, so the tests
exercise the configuration that runs. Read-only is enforced three times over: the file is
opened `mode=ro` (or `immutable=1` for a snapshot), every connection sets `query_only`, and
an SQLite authorizer refuses writes, ATTACH and schema changes whatever SQL arrives.
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import html
import logging
import logging.config
import os
import re
import sqlite3
import tempfile
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import yaml
from datasette.app import Datasette
from datasette.database import Database

from archive.csvout import csv_sql_chunks, csv_table_chunks, quote_ident, whole_table_sql
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
    "num_sql_threads": 4,  # one always kept for reports and pages: free_sql_threads()
}

# Custom ?sql= queries one client (address) may run at a time; more are answered 429.
CUSTOM_SQL_PER_CLIENT = 1


def free_sql_threads(threads: int) -> int:
    """How many SQL threads custom queries of all clients together may hold: all but one,
    which stays for the canned reports and the table pages."""
    return max(1, threads - 1)


# On every response. Datasette's pages run inline scripts (column menus, the SQL editor) and
# styles, so those stay allowed; nothing may come from elsewhere or frame the portal.
SECURITY_HEADERS = [
    (b"content-security-policy",
     b"default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
     b"img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"),
    (b"x-frame-options", b"DENY"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
]

# Datasette's debug and server-detail pages (/-/<name> and /-/<name>.json): they tell the
# server's file paths, versions, threads, settings and permission rules. Off unless
# `beslut serve --debug-pages`.
DEBUG_PAGES = ["metadata", "versions", "plugins", "settings", "config", "threads", "databases", "actor",
               "auth-token", "permissions", "messages", "allow-debug", "patterns"]
PLUGIN_CONFIG = "beslut"


def debug_pages_enabled(datasette) -> bool:
    return bool((datasette.plugin_config(PLUGIN_CONFIG) or {}).get("debug_pages"))

# Actions the authorizer lets through: reads, selects, functions, transactions, and PRAGMAs
# that only read (Datasette introspects with table_info and friends; for those the argument
# is a table name, for the others any argument would set a value).
_INTROSPECTION_PRAGMAS = {
    "table_info", "table_xinfo", "index_list", "index_info", "index_xinfo", "foreign_key_list",
    "function_list", "collation_list", "module_list", "pragma_list",
}
_ALLOWED_ACTIONS = {
    sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION,
    sqlite3.SQLITE_TRANSACTION, sqlite3.SQLITE_RECURSIVE,
}
_REFUSED_FUNCTIONS = {"load_extension", "writefile", "edit"}
# Reading, but it tells the server's file path (also as the function pragma_database_list).
_REFUSED_PRAGMAS = {"database_list"}


def _authorizer(action, arg1, arg2, db_name, trigger):
    if action == sqlite3.SQLITE_PRAGMA:
        if (arg1 or "").lower() in _REFUSED_PRAGMAS:
            return sqlite3.SQLITE_DENY
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

    async def execute(self, sql, params=None, truncate=False, custom_time_limit=None, page_size=None,
                      log_sql_errors=False):
        """Datasette's execute, without its own print of a failing query (the raw connection
        object and the parameters, on stderr): the visitor sees the error on the page, and
        the error handler logs one line when it is ours."""
        return await super().execute(sql, params=params, truncate=truncate, custom_time_limit=custom_time_limit,
                                     page_size=page_size, log_sql_errors=False)

    async def attached_databases(self):
        # ATTACH is refused (the authorizer), and PRAGMA database_list would tell the file path.
        return []

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


# ------------------------------------------------------------ the portal's own reading
# What the portal's plugins (datasette/plugins/) ask of the archive, as functions of a
# read-only connection: the SQL lives here, the plugins only call these.


def source_kind(conn: sqlite3.Connection, name: str) -> str | None:
    """'table' or 'view' when the archive has one called `name`, else None."""
    row = conn.execute(
        "SELECT type FROM sqlite_master WHERE name = ? AND type IN ('table', 'view')", (name,)
    ).fetchone()
    return row[0] if row else None


_PAGE_LIMIT = re.compile(r"\s+limit\s+\d+\s*$", re.IGNORECASE)


def without_page_limit(sql: str) -> str | None:
    """Datasette's SQL for a table page without its page limit (None: it had none at the end)."""
    whole = _PAGE_LIMIT.sub("", sql)
    return None if whole == sql else whole


@dataclass(frozen=True)
class Label:
    """A foreign key shown with its label: `column` -> other_table.other_column's `label`."""

    column: str
    other_table: str
    other_column: str
    label: str


def labelled_sql(sql: str, columns: list[str], labels: list[Label]) -> str:
    """`sql` with each labelled column followed by `<column>_label`, as Datasette's own CSV
    with _labels=on has them (a label looked up by key: one index probe a row)."""
    by_column = {label.column: label for label in labels}
    cells = []
    for column in columns:
        cells.append(f"x.{quote_ident(column)}")
        if column in by_column:
            lab = by_column[column]
            cells.append(
                f"(SELECT o.{quote_ident(lab.label)} FROM {quote_ident(lab.other_table)} o "
                f"WHERE o.{quote_ident(lab.other_column)} = x.{quote_ident(column)}) "
                f"AS {quote_ident(column + '_label')}"
            )
    return f"SELECT {', '.join(cells)} FROM ({sql}) AS x"


def export_chunks(conn: sqlite3.Connection, name: str, *, sql: str | None = None, params=None,
                  labels: list[Label] | None = None, excel: bool = False):
    """The CSV chunks of a whole export: report or filtered table `sql` with `params`, or
    table or view `name` whole, with `labels` after their columns. Runs the query (and
    raises its SQL error) before returning."""
    params = params or {}
    if sql is None:
        kind = source_kind(conn, name)
        if kind == "table" and not labels:
            return csv_table_chunks(conn, name, excel=excel)
        sql = whole_table_sql(conn, name) if kind == "table" else f"SELECT * FROM {quote_ident(name)}"
    if labels:
        columns = [d[0] for d in conn.execute(f"SELECT * FROM ({sql}) LIMIT 0", params).description]
        sql = labelled_sql(sql, columns, labels)
    return csv_sql_chunks(conn, sql, params, excel=excel)


def calendar_source(conn: sqlite3.Connection, body_id: int) -> tuple[dict, list[dict]] | None:
    """A body (id, name, municipality) and its meetings in date order, for its iCalendar;
    None when there is no such body."""
    found = conn.execute("SELECT id, name, municipality FROM bodies WHERE id = ?", (body_id,))
    names = [d[0] for d in found.description]
    body = found.fetchone()
    if body is None:
        return None
    cursor = conn.execute(
        """SELECT meeting_id AS id, date, start_time, location, state, planned_matters
           FROM meeting_schedule WHERE body_id = ? ORDER BY date""",
        (body_id,),
    )
    columns = [d[0] for d in cursor.description]
    return dict(zip(names, body, strict=True)), [dict(zip(columns, row, strict=True)) for row in cursor]


def load_metadata(*, auth: bool = False, snapshot_note: str | None = None, debug_pages: bool = False) -> dict:
    metadata = yaml.safe_load((PORTAL_DIR / "metadata.yml").read_text(encoding="utf-8"))
    if snapshot_note:
        # The start page shows description_html when there is one, and then not description.
        if metadata.get("description_html"):
            note = html.escape(snapshot_note)
            metadata["description_html"] += f'\n<p class="beslut-snapshot"><strong>{note}</strong></p>'
        else:
            metadata["description"] = f"{metadata.get('description', '')}\n\n{snapshot_note}".strip()
    if debug_pages:
        metadata.setdefault("plugins", {})[PLUGIN_CONFIG] = {"debug_pages": True}
    if auth:
        # Only the auditor's account sees anything; the hash comes from the environment.
        metadata["allow"] = {"id": AUTH_USER}
        metadata.setdefault("plugins", {})["datasette-auth-passwords"] = {
            f"{AUTH_USER}_password_hash": {"$env": AUTH_HASH_ENV},
        }
    return metadata


def _require_auth_hash(auth: bool) -> None:
    if auth and not os.environ.get(AUTH_HASH_ENV):
        raise ArchiveError(
            f"--auth kräver lösenordets hash i miljövariabeln {AUTH_HASH_ENV} "
            "(skapa den med `datasette hash-password`)"
        )


def _portal_without_databases(metadata: dict, settings: dict | None) -> Datasette:
    """The portal's Datasette (our plugins, templates, settings) before any archive is added."""
    ds = Datasette(
        files=[],
        metadata=metadata,
        plugins_dir=str(PORTAL_DIR / "plugins"),
        template_dir=str(PORTAL_DIR / "templates"),
        settings={**SETTINGS, **(settings or {})},
    )
    # Datasette adds an in-memory "_memory" database when given no files: drop it, so the
    # only databases reachable by ?sql= are the archives, named as metadata.yml does.
    ds.remove_database("_memory")
    return ds


def build_datasette(
    db_path: str | os.PathLike, *, immutable: bool = False, auth: bool = False,
    snapshot_note: str | None = None, settings: dict | None = None, follower=None,
    debug_pages: bool = False,
) -> Datasette:
    """A configured Datasette on the archive at `db_path` (not started); with `follower`
    (archive.follow.Follower) over its generations, `db_path` being the first."""
    path = Path(db_path).resolve()
    if not path.is_file():
        raise ArchiveError("arkivet finns inte", file=str(db_path))
    _require_auth_hash(auth)
    metadata = load_metadata(auth=auth, snapshot_note=snapshot_note, debug_pages=debug_pages)
    start_html = metadata.pop("description_html", "") if follower else None
    ds = _portal_without_databases(metadata, settings)
    if follower is None:
        from archive.db import cannot_share

        # A read-only copy in a read-only folder can only be read immutable (archive/db.py).
        immutable = immutable or cannot_share(path)
        ds.add_database(ReadOnlyDatabase(ds, str(path), is_mutable=not immutable), name=DB_NAME)
    else:
        # The start page's text comes from plugins/beslut_follow.py, with how far behind it is.
        ds.beslut_follower, ds.beslut_start_html = follower, start_html
        ds.add_database(FollowedDatabase(ds, path), name=DB_NAME)
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
          snapshot: bool = False, follow: str | None = None, s3=None, debug_pages: bool = False,
          follow_timeout: float | None = None) -> None:
    """Run the portal until interrupted (uvicorn, one worker, one-line logs). With `follow`
    (a replica), on copies kept within seconds of it (archive/follow.py) instead of `db_path`;
    its first restore may take `follow_timeout` seconds (None: archive.follow's default)."""
    import uvicorn

    _exit_cleanly_on_sigterm()
    with contextlib.ExitStack() as stack:
        note = None
        path = Path(db_path)
        if follow:
            logging.config.dictConfig(log_config())
            ds = _following_datasette(stack, follow, s3, auth=auth, debug_pages=debug_pages, timeout=follow_timeout)
            logging.getLogger("beslut.portal").info("följer %s, serverar på http://%s:%s/", follow, host, port)
            uvicorn.run(ds.app(), host=host, port=port, log_config=None, lifespan="on", workers=1)
            return
        if snapshot:
            directory = stack.enter_context(tempfile.TemporaryDirectory(prefix="beslut-snapshot-"))
            path = take_snapshot(db_path, directory)
            note = f"Ögonblicksbild av arkivet tagen {datetime.now().strftime('%Y-%m-%d %H:%M')}; " \
                   "den ändras inte medan du granskar."
        ds = build_datasette(path, immutable=snapshot, auth=auth, snapshot_note=note, debug_pages=debug_pages)
        logging.config.dictConfig(log_config())
        logging.getLogger("beslut.portal").info(
            "serverar %s%s på http://%s:%s/", db_path, " (ögonblicksbild)" if snapshot else "", host, port
        )
        uvicorn.run(ds.app(), host=host, port=port, log_config=None, lifespan="on", workers=1)


def _exit_cleanly_on_sigterm() -> None:
    """Uvicorn shuts down on SIGTERM (a service manager's stop) and then raises the signal again
    with the handler it found: the default one ends the process before our clean-up runs (a
    follower's Litestream and copies, a snapshot's file stay behind). This one exits normally."""
    import signal
    import sys

    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))


def _following_datasette(stack: contextlib.ExitStack, source: str, s3, *, auth: bool,
                         debug_pages: bool = False, timeout: float | None = None) -> Datasette:
    """Restore from the replica, follow it, and switch the portal to each new copy (a thread)."""
    from archive.follow import Follower

    folder = stack.enter_context(tempfile.TemporaryDirectory(prefix="beslut-follow-"))
    follower = Follower(source, Path(folder), s3=s3)
    stack.callback(follower.stop)
    first = follower.start() if timeout is None else follower.start(timeout=timeout)
    ds = build_datasette(first.path, auth=auth, follower=follower, debug_pages=debug_pages)
    threading.Thread(target=follower.run, args=(ds.get_database(DB_NAME).switch,), daemon=True,
                     name="beslut-follow").start()
    return ds


MULTI_START_HTML = """<p>Flera kommuners ärendearkiv, <strong>endast läsning</strong>: varje kommun är en egen
databas nedan, med samma rapporter. <a href="/-/alla-kommuner">Alla kommuner</a> kör en rapport i
varje kommuns arkiv och visar raderna tillsammans med kommunen.</p>"""


def build_datasette_multi(archives, *, auth: bool = False, settings: dict | None = None,
                          debug_pages: bool = False) -> Datasette:
    """A portal over many archives (archive.multi.MunicipalArchive), each its own database
    named by its municipality, with the single archive's tables, views and reports."""
    _require_auth_hash(auth)
    metadata = load_metadata(auth=auth, debug_pages=debug_pages)
    one = metadata.pop("databases", {}).get(DB_NAME, {})
    metadata["description_html"] = MULTI_START_HTML
    metadata["databases"] = {a.name: {**one, "title": a.name, "description": f"{a.name}s ärendearkiv."}
                             for a in archives}
    ds = _portal_without_databases(metadata, settings)
    for archive in archives:
        ds.add_database(ReadOnlyDatabase(ds, str(archive.path), is_mutable=True), name=archive.name)
    ds.beslut_archives = archives  # plugins/beslut_multi.py: the "alla kommuner" pages
    return ds


def _more_open_files() -> None:
    """Datasette keeps a connection a worker thread for each database it has been asked about,
    each holding up to three files (archive, -wal, -shm): with hundreds of archives that passes
    the usual soft limit of 1,024 open files, so take what the hard limit allows."""
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard == resource.RLIM_INFINITY or hard > soft:
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))


def serve_many(paths, host: str = "127.0.0.1", port: int = 8001, *, auth: bool = False,
               debug_pages: bool = False) -> None:
    """`beslut serve A.db B.db ...`: the portal over many municipalities' archives."""
    import uvicorn

    from archive.multi import name_archives

    archives = name_archives(paths)
    _more_open_files()
    ds = build_datasette_multi(archives, auth=auth, debug_pages=debug_pages)
    ds.beslut_warm_schemas = True  # plugins/beslut_multi.py reads the schemas while it starts
    logging.config.dictConfig(log_config())
    logging.getLogger("beslut.portal").info(
        "serverar %d arkiv (%s) på http://%s:%s/", len(archives),
        ", ".join(a.name for a in archives[:5]) + (" …" if len(archives) > 5 else ""), host, port)
    uvicorn.run(ds.app(), host=host, port=port, log_config=None, lifespan="on", workers=1)


class FollowedDatabase(ReadOnlyDatabase):
    """The portal's database over the follower's generations. `switch()` points it at a new
    file; each worker thread notices on its next query, closes its connection to the old
    generation and opens the new one (Datasette keeps one connection a thread, by name)."""

    def __init__(self, ds, path, **kwargs):
        super().__init__(ds, str(path), is_mutable=True, **kwargs)
        self._generation = 0
        self._local = threading.local()

    def switch(self, path: Path) -> None:
        self.path = str(path)
        self._generation += 1

    def _connection(self) -> sqlite3.Connection:
        held = getattr(self._local, "held", None)
        if held is None or held[0] != self._generation:
            if held is not None:
                held[1].close()
                if held[1] in self._all_file_connections:
                    self._all_file_connections.remove(held[1])
            conn = self.connect()
            self.ds._prepare_connection(conn, self.name)
            self._local.held = held = (self._generation, conn)
        return held[1]

    async def execute_fn(self, fn):
        return await asyncio.get_running_loop().run_in_executor(self.ds.executor, lambda: fn(self._connection()))
