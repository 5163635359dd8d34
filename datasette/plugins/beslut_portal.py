"""The portal's own routes and guards, thin over archive/.

- /-/export/<name>.csv[?_excel=1&param=...]: a whole table, view or report (canned query),
  streamed from one SQLite cursor in batches: linear in the rows, never cut at
  max_returned_rows and never paged by OFFSET. Stops when the client goes away. A table
  or view with Datasette's filters, search or sort exports whole with them applied.
- Datasette's own /beslut/<name>.csv is answered by the same export, so every CSV link on
  every page is whole and neutralised; the CSV of a ?sql= query is neutralised on its way out,
  and one whose SQL fails is a 400 (Datasette answers it 200 and empty).
- /-/kalender/<body id>.ics: the body's meeting plan as iCalendar.
- /robots.txt and X-Robots-Tag: no indexing.
- Only GET and HEAD, except the login form with --auth.
- /-/password-tool is never offered; /-/login only when `beslut serve --auth`.
- With --auth, an anonymous visitor who is refused is sent to the login page. HTTP Basic
  credentials are accepted too (by the plugin); a Basic header it cannot read is a 400, and
  without --auth the Authorization header is dropped.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import logging
import re
import urllib.parse
from datetime import UTC, datetime

from datasette.utils.asgi import BadRequest, NotFound

from archive.csvout import csv_chunks, neutralise_csv_text
from archive.export import PARAM_RE  # a report's parameters, found as `beslut export report` finds them
from datasette import Response, hookimpl

log = logging.getLogger("beslut.portal")

DB = "beslut"
BATCH_ROWS = 10000  # rows per chunk: fewer thread hand-offs and ASGI sends (bench/portal_bench.py)
ROBOTS = "User-agent: *\nDisallow: /\n"
# Datasette's own CSV of a table, view or report: served by our export instead (whole,
# neutralised, linear). Its CSV of a ?sql= query is neutralised on the way out.
DATASETTE_CSV = re.compile(rf"^/{DB}/(?P<name>[^/]+)\.csv$")
SQL_CSV = f"/{DB}.csv"


def auth_enabled(datasette) -> bool:
    return bool(datasette.plugin_config("datasette-auth-passwords") or {})


# ------------------------------------------------------------------ export


# Arguments that only shape Datasette's page or CSV, never which rows: an export ignores them.
FORMAT_ARGS = {"_excel", "_size", "_dl", "_stream", "_labels", "_nocount", "_nofacet", "_nosuggest", "_next",
               "_facet", "_facet_array", "_facet_date", "_col", "_nocol", "_trace", "_json", "_shape"}
LIMIT_RE = re.compile(r"\s+limit\s+\d+\s*$", re.IGNORECASE)


async def filtered_sql(datasette, request, name: str, filters: list[tuple[str, str]]) -> tuple[str, dict]:
    """The SQL Datasette itself builds for a table page with filters, search and sort
    (it reports it in the page's JSON), without its page limit: the whole filtered table
    in one query. Asked as the visitor, so the same permissions apply; one row, and no
    count or facets, so the page's own work is as small as it gets."""
    query = urllib.parse.urlencode([*filters, ("_size", "1"), ("_nocount", "1"), ("_nofacet", "1"),
                                    ("_nosuggest", "1")])
    cookies = {"ds_actor": datasette.sign({"a": request.actor}, "actor")} if request.actor else {}
    response = await datasette.client.get(
        datasette.urls.table(DB, name, format="json") + "?" + query, cookies=cookies
    )
    if response.status_code != 200:
        raise BadRequest(f"Filtret kunde inte tillämpas ({response.status_code}).")
    built = response.json()["query"]
    sql = LIMIT_RE.sub("", built["sql"])
    if sql == built["sql"]:
        raise BadRequest("Filtret kunde inte tillämpas.")
    return sql, built["params"] or {}


async def report_sql(datasette, request, name: str) -> tuple[str, dict]:
    """The SQL and parameters for export `name`, after the visitor's permissions are checked."""
    actor = request.actor
    query = await datasette.get_canned_query(DB, name, actor)
    if query is not None:
        await datasette.ensure_permissions(
            actor, [("view-query", (DB, name)), ("view-database", DB), "view-instance"]
        )
        names = query.get("params") or PARAM_RE.findall(query["sql"])
        return query["sql"], {p: request.args.get(p) or "" for p in names}
    db = datasette.get_database(DB)
    # Any table or view Datasette shows a page of (hidden ones too: their pages link here).
    found = (await db.execute(
        "SELECT type FROM sqlite_master WHERE name = ? AND type IN ('table', 'view')", [name]
    )).first()
    if found is None:
        raise NotFound(f"Det finns ingen tabell eller rapport som heter {name}.")
    await datasette.ensure_permissions(
        actor, [("view-table", (DB, name)), ("view-database", DB), "view-instance"]
    )
    filters = [(k, v) for k in request.args.keys() if k not in FORMAT_ARGS for v in request.args.getlist(k)]
    if any(k == "_where" for k, _ in filters):
        # Free SQL in an export would run without the SQL time limit; ?sql= has one.
        raise BadRequest("_where går inte att exportera; använd en SQL-fråga (?sql=) eller filtren.")
    if filters:
        return await filtered_sql(datasette, request, name, filters)
    quote = lambda ident: '"' + ident.replace('"', '""') + '"'  # noqa: E731
    # A table in key order is a plain scan of its b-tree (rowid, or the key of a WITHOUT
    # ROWID table such as holidays); a view comes in its own order.
    order = ""
    if found["type"] == "table":
        keys = await db.primary_keys(name)
        order = " ORDER BY " + (", ".join(quote(k) for k in keys) if keys else "rowid")
    quoted = quote(name)
    return f"SELECT * FROM {quoted}{order}", {}


async def export(datasette, request, send, receive):
    name = request.url_vars["name"]
    excel = request.args.get("_excel") in ("1", "on", "true", "ja")
    sql, params = await report_sql(datasette, request, name)
    conn = datasette.get_database(DB).export_connection()  # archive/serving.py: read-only, plain rows
    try:
        cursor = await asyncio.to_thread(conn.execute, sql, params)  # SQL errors before headers
        header = [d[0] for d in cursor.description]
        chunks = csv_chunks(header, lambda: cursor.fetchmany(BATCH_ROWS), excel=excel)
        filename = f"{name}{'-excel' if excel else ''}.csv"
        await send({
            "type": "http.response.start",
            "status": 200,
            "headers": [
                (b"content-type", b"text/csv; charset=utf-8"),
                (b"content-disposition",
                 f"attachment; filename*=UTF-8''{urllib.parse.quote(filename)}".encode("ascii")),
                (b"cache-control", b"no-store"),
            ],
        })
        gone = asyncio.Event()

        async def watch_disconnect():
            while (await receive())["type"] != "http.disconnect":
                pass
            gone.set()

        watcher = asyncio.create_task(watch_disconnect())
        try:
            while not gone.is_set():
                chunk = await asyncio.to_thread(next, chunks, None)
                if chunk is None:
                    break
                await send({"type": "http.response.body", "body": chunk, "more_body": True})
            if gone.is_set():
                log.info("export %s avbruten: klienten kopplade ner", name)
                return
            await send({"type": "http.response.body", "body": b"", "more_body": False})
        finally:
            watcher.cancel()
    finally:
        conn.close()


# ------------------------------------------------------------------ calendar


async def calendar(datasette, request):
    # icalendar is imported on the first calendar asked for, not at every start (30-60 ms).
    from archive.calendar import meeting_plan_ics

    body_id = int(request.url_vars["body_id"])
    await datasette.ensure_permissions(
        request.actor, [("view-table", (DB, "meetings")), ("view-database", DB), "view-instance"]
    )
    db = datasette.get_database(DB)
    # An id past SQLite's integer range names no body (binding it would raise: a 500).
    bodies = [] if body_id >= 2**63 else (
        await db.execute("SELECT id, name, municipality FROM bodies WHERE id = ?", [body_id])).rows
    if not bodies:
        raise NotFound(f"Det finns inget organ med id {body_id}.")
    meetings = await db.execute(
        """SELECT meeting_id AS id, date, start_time, location, state, planned_matters
           FROM meeting_schedule WHERE body_id = ? ORDER BY date""",
        [body_id],
    )
    ics = meeting_plan_ics(dict(bodies[0]), [dict(r) for r in meetings.rows], now=datetime.now(UTC))
    return Response(
        ics, content_type="text/calendar; charset=utf-8",
        headers={"content-disposition": f"attachment; filename=sammantradesplan-{body_id}.ics"},
    )


# ------------------------------------------------------------------ guards


async def robots():
    return Response.text(ROBOTS)


@hookimpl
def register_routes():
    return [
        (r"^/robots\.txt$", robots),
        (r"^/-/export/(?P<name>[^/]+)\.csv$", export),
        (r"^/-/kalender/(?P<body_id>\d+)\.ics$", calendar),
    ]


UNREADABLE_BASIC = ("Inloggningen (HTTP Basic) kunde inte läsas: lösenord med å, ä, ö eller andra tecken "
                    "utanför ASCII fungerar bara i inloggningsformuläret på /-/login.")


def unreadable_basic(header: bytes | None) -> bool:
    """datasette-auth-passwords reads HTTP Basic credentials on every request, even when no
    login is required, and raises (a 500 and a traceback) on a header that is not base64 or
    not ASCII: such a header gets a 400 naming the way that works (the login form)."""
    if header is None or not header.startswith(b"Basic "):
        return False
    try:
        base64.b64decode(header[6:], validate=True).decode("ascii")
    except (binascii.Error, UnicodeDecodeError):
        return True
    return False


SQL_CSV_FAILED = "Frågan gick inte att köra, så det finns ingen CSV. Felet visas på sidan {page}"


def neutralising(send, page: str):
    """An ASGI `send` that holds back a CSV body (Datasette's ?sql= CSV: at most
    max_returned_rows rows) and sends it with formula-like cells neutralised. Datasette
    answers a query that fails in SQLite (no such column, a refused function) with 200 and
    no header row, which looks like an empty answer: that is a 400 naming the query's page
    (`page`), where Datasette shows the error. A query that runs always has a header."""
    state = {"start": None, "body": []}

    async def wrapped(message):
        if message["type"] == "http.response.start":
            content_type = dict(message.get("headers") or []).get(b"content-type", b"")
            # Datasette sends its CSV as text/plain unless ?_dl=1 asks for text/csv.
            if not content_type.startswith((b"text/csv", b"text/plain")) or message.get("status") != 200:
                state["start"] = False
                return await send(message)
            state["start"] = message
            return None
        if state["start"] is False:
            return await send(message)
        state["body"].append(message.get("body", b""))
        if message.get("more_body"):
            return None
        body = b"".join(state["body"])
        if not body.strip():
            return await Response.text(SQL_CSV_FAILED.format(page=page), status=400).asgi_send(send)
        body = neutralise_csv_text(body.decode("utf-8")).encode("utf-8")
        headers = [(k, v) for k, v in state["start"].get("headers") or [] if k.lower() != b"content-length"]
        headers.append((b"content-length", str(len(body)).encode("ascii")))
        await send({**state["start"], "headers": headers})
        await send({"type": "http.response.body", "body": body, "more_body": False})

    return wrapped


@hookimpl
def asgi_wrapper(datasette):
    def wrap(app):
        async def guarded(scope, receive, send):
            if scope["type"] != "http":
                return await app(scope, receive, send)
            path = scope.get("path", "")
            auth = auth_enabled(datasette)
            # Read-only whatever is sent: only the login form may be posted to (Datasette
            # 0.65.5 answers a POST to a read-only canned query with a 500).
            if scope.get("method", "GET") not in ("GET", "HEAD") and not (
                auth and path in ("/-/login", "/-/logout")
            ):
                return await Response.text(
                    "Portalen är skrivskyddad.", status=405, headers={"allow": "GET, HEAD"}
                ).asgi_send(send)
            headers = scope.get("headers") or []
            authorization = dict(headers).get(b"authorization")
            if authorization is not None and not auth:
                # Without --auth the header means nothing (and the plugin would still read it).
                scope = {**scope, "headers": [(k, v) for k, v in headers if k.lower() != b"authorization"]}
            elif auth and unreadable_basic(authorization):
                return await Response.text(UNREADABLE_BASIC, status=400).asgi_send(send)
            # The hash tool is an unauthenticated CPU sink; login only means something with --auth.
            if path == "/-/password-tool" or (path == "/-/login" and not auth):
                return await Response.text("Sidan finns inte.", status=404).asgi_send(send)

            async def send_with_robots(message):
                if message["type"] == "http.response.start":
                    headers = list(message.get("headers") or [])
                    headers.append((b"x-robots-tag", b"noindex, nofollow"))
                    message = {**message, "headers": headers}
                await send(message)

            match = DATASETTE_CSV.match(path)
            if match:
                export_path = f"/-/export/{match['name']}.csv"
                scope = {**scope, "path": export_path, "raw_path": export_path.encode("ascii", "ignore")}
            elif path == SQL_CSV:
                page = datasette.urls.database(DB) + "?" + scope.get("query_string", b"").decode("latin-1")
                return await app(scope, receive, neutralising(send_with_robots, page))
            return await app(scope, receive, send_with_robots)

        return guarded

    return wrap


@hookimpl
def forbidden(datasette, request, message):
    if auth_enabled(datasette) and not request.actor:
        return Response.redirect(datasette.urls.path("/-/login"))


@hookimpl
def menu_links(datasette, actor):
    return [{"href": datasette.urls.path("/beslut#queries"), "label": "Rapporter"}]
