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

from archive.csvout import neutralise_csv_text
from archive.errors import ArchiveError
from archive.export import export_filename, report_param_names, report_params
from archive.serving import Label, calendar_source, export_chunks, source_kind, without_page_limit
from datasette import Response, hookimpl

log = logging.getLogger("beslut.portal")

DB = "beslut"
ROBOTS = "User-agent: *\nDisallow: /\n"
# Datasette's own CSV of a table, view or report: served by our export instead (whole,
# neutralised, linear). Its CSV of a ?sql= query is neutralised on the way out.
DATASETTE_CSV = re.compile(rf"^/{DB}/(?P<name>[^/]+)\.csv$")
SQL_CSV = f"/{DB}.csv"


def auth_enabled(datasette) -> bool:
    return bool(datasette.plugin_config("datasette-auth-passwords") or {})


# ------------------------------------------------------------------ export


# Arguments that only shape Datasette's page or CSV, never which rows: an export ignores them
# (_labels adds the labels' columns, see export()).
FORMAT_ARGS = {"_excel", "_size", "_dl", "_stream", "_labels", "_nocount", "_nofacet", "_nosuggest", "_next",
               "_facet", "_facet_array", "_facet_date", "_col", "_nocol", "_trace", "_json", "_shape"}


def wants(request, arg: str) -> bool:
    return request.args.get(arg) in ("1", "on", "true", "ja")


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
    sql = without_page_limit(built["sql"])
    if sql is None:
        raise BadRequest("Filtret kunde inte tillämpas.")
    return sql, built["params"] or {}


async def export_source(datasette, request, name: str) -> dict:
    """What export `name` reads, after the visitor's permissions are checked: a report's SQL
    and its parameters (checked and in ISO form: archive/export.py), or a table or view
    (with the page's filters as SQL), and the file name it downloads as."""
    actor = request.actor
    excel = wants(request, "_excel")
    query = await datasette.get_canned_query(DB, name, actor)
    if query is not None:
        await datasette.ensure_permissions(
            actor, [("view-query", (DB, name)), ("view-database", DB), "view-instance"]
        )
        try:
            params = report_params(name, {p: request.args.get(p) or "" for p in report_param_names(name)})
        except ArchiveError as error:
            raise BadRequest(error.message) from None
        return {"sql": query["sql"], "params": params,
                "filename": export_filename(name, list(params.values()), excel=excel)}
    db = datasette.get_database(DB)
    # Any table or view Datasette shows a page of (hidden ones too: their pages link here).
    kind = await db.execute_fn(lambda conn: source_kind(conn, name))
    if kind is None:
        raise NotFound(f"Det finns ingen tabell eller rapport som heter {name}.")
    await datasette.ensure_permissions(
        actor, [("view-table", (DB, name)), ("view-database", DB), "view-instance"]
    )
    source = {"filename": export_filename(name, excel=excel)}
    filters = [(k, v) for k in request.args.keys() if k not in FORMAT_ARGS for v in request.args.getlist(k)]
    if any(k == "_where" for k, _ in filters):
        # Free SQL in an export would run without the SQL time limit; ?sql= has one.
        raise BadRequest("_where går inte att exportera; använd en SQL-fråga (?sql=) eller filtren.")
    if filters:
        source["sql"], source["params"] = await filtered_sql(datasette, request, name, filters)
    if wants(request, "_labels") and kind == "table":
        source["labels"] = [
            Label(fk["column"], fk["other_table"], fk["other_column"], label)
            for fk in await db.foreign_keys_for_table(name)
            if (label := await db.label_column_for_table(fk["other_table"]))
        ]
    return source


async def export(datasette, request, send, receive):
    name = request.url_vars["name"]
    source = await export_source(datasette, request, name)
    conn = datasette.get_database(DB).export_connection()  # archive/serving.py: read-only, plain rows
    try:
        chunks = await asyncio.to_thread(  # SQL errors before headers
            export_chunks, conn, name, sql=source.get("sql"), params=source.get("params"),
            labels=source.get("labels"), excel=wants(request, "_excel"),
        )
        await send({
            "type": "http.response.start",
            "status": 200,
            "headers": [
                (b"content-type", b"text/csv; charset=utf-8"),
                (b"content-disposition",
                 f"attachment; filename*=UTF-8''{urllib.parse.quote(source['filename'])}".encode("ascii")),
                (b"cache-control", b"no-store"),
            ],
        })
        gone = asyncio.Event()

        async def watch_disconnect():
            while (await receive())["type"] != "http.disconnect":
                pass
            gone.set()

        watcher = asyncio.create_task(watch_disconnect())
        # The next chunk is read in a worker thread while this one is being sent.
        pending = asyncio.ensure_future(asyncio.to_thread(next, chunks, None))
        try:
            while not gone.is_set():
                chunk = await pending
                if chunk is None:
                    break
                pending = asyncio.ensure_future(asyncio.to_thread(next, chunks, None))
                await send({"type": "http.response.body", "body": chunk, "more_body": True})
            if gone.is_set():
                log.info("export %s avbruten: klienten kopplade ner", name)
                return
            await send({"type": "http.response.body", "body": b"", "more_body": False})
        finally:
            watcher.cancel()
            await asyncio.wait([pending])  # never close the connection under a running read
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
    # An id past SQLite's integer range names no body (binding it would raise: a 500).
    found = None if body_id >= 2**63 else await datasette.get_database(DB).execute_fn(
        lambda conn: calendar_source(conn, body_id))
    if found is None:
        raise NotFound(f"Det finns inget organ med id {body_id}.")
    body, meetings = found
    ics = meeting_plan_ics(body, meetings, now=datetime.now(UTC))
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


REPORT_PAGE = re.compile(rf"^/{DB}/(?P<name>[^/.]+)(?P<json>\.json)?$")


def report_query_string(name: str, query_string: bytes) -> bytes:
    """A report page's query string with its parameters as the report's SQL reads them (the
    archive's one date parser: archive/export.py); ArchiveError naming a parameter it cannot
    read. Other arguments (_size, _shape, ...) pass as they are."""
    names = set(report_param_names(name))
    pairs = urllib.parse.parse_qsl(query_string.decode("latin-1"), keep_blank_values=True, encoding="utf-8")
    given = {k: v for k, v in pairs if k in names}
    values = report_params(name, given)
    return urllib.parse.urlencode([(k, values[k] if k in names else v) for k, v in pairs]).encode("ascii")


async def bad_request(datasette, message: str, *, as_json: bool) -> Response:
    error = {"ok": False, "error": message, "status": 400, "title": "Felaktig parameter"}
    if as_json:
        return Response.json(error, status=400)
    return Response.html(await datasette.render_template("error.html", error), status=400)


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

            report = REPORT_PAGE.match(path)
            if report and report_param_names(report["name"]):
                try:
                    query_string = report_query_string(report["name"], scope.get("query_string", b""))
                except ArchiveError as error:
                    response = await bad_request(datasette, error.message, as_json=bool(report["json"]))
                    return await response.asgi_send(send_with_robots)
                scope = {**scope, "query_string": query_string}
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
