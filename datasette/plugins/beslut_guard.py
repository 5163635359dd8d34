"""The portal closed by default and fair under load (an ASGI wrapper around Datasette).

- Security headers on every response (Content-Security-Policy, X-Frame-Options,
  X-Content-Type-Options, Referrer-Policy); every cookie HttpOnly and SameSite=Lax
  (and Secure over HTTPS).
- Datasette's debug and server-detail pages (/-/versions, /-/threads, /-/databases, ...)
  answer 404 unless `beslut serve --debug-pages` turned them on.
- A fair share of the SQL threads: each client (by address) may run a few custom ?sql=
  queries at a time; more are answered 429 with Retry-After, and the custom queries of all
  clients together leave a thread free for the reports and table pages.
- A table page asked to sort or facet by a column it does not have is a 400 naming the
  column (Datasette answers 500 and logs an error, or leaves coroutines unawaited).
"""

from __future__ import annotations

import logging
import math
import re
import urllib.parse

from archive.serving import (
    CUSTOM_SQL_PER_CLIENT,
    DB_NAME,
    DEBUG_PAGES,
    SECURITY_HEADERS,
    debug_pages_enabled,
    free_sql_threads,
)
from datasette import Response, hookimpl

log = logging.getLogger("beslut.portal")

DEBUG_PAGE = re.compile(rf"^/-/({'|'.join(DEBUG_PAGES)})(\.json)?$")
CUSTOM_SQL_PAGE = re.compile(rf"^/{DB_NAME}(\.\w+)?$")
TABLE_PAGE = re.compile(rf"^/{DB_NAME}/(?P<name>[^/.]+)(?P<format>\.\w+)?$")
COLUMN_ARGS = ("_sort", "_sort_desc", "_facet", "_facet_array", "_facet_date")
OUR_HEADERS = {name.lower() for name, _ in SECURITY_HEADERS}  # a response's own of these are replaced


def cookie_with_flags(value: bytes, *, secure: bool) -> bytes:
    text = value.decode("latin-1")
    flags = {part.strip().split("=")[0].lower() for part in text.split(";")[1:]}
    if "httponly" not in flags:
        text += "; HttpOnly"
    if "samesite" not in flags:
        text += "; SameSite=Lax"
    if secure and "secure" not in flags:
        text += "; Secure"
    return text.encode("latin-1")


def with_security_headers(send, *, secure: bool):
    async def wrapped(message):
        if message["type"] == "http.response.start":
            headers = [
                (k, cookie_with_flags(v, secure=secure) if k.lower() == b"set-cookie" else v)
                for k, v in message.get("headers") or [] if k.lower() not in OUR_HEADERS
            ]
            message = {**message, "headers": headers + list(SECURITY_HEADERS)}
        await send(message)

    return wrapped


def refusal(status: int, message: str, *, as_json: bool, headers: dict | None = None) -> Response:
    if as_json:
        return Response.json({"ok": False, "error": message, "status": status}, status=status, headers=headers)
    return Response.text(message, status=status, headers=headers)


class FairShare:
    """Custom ?sql= queries in flight, per client and in all."""

    def __init__(self, datasette):
        self.datasette = datasette
        self.by_client: dict[str, int] = {}
        self.total = 0

    def retry_after(self) -> str:
        return str(math.ceil(self.datasette.setting("sql_time_limit_ms") / 1000))

    def take(self, client: str) -> str | None:
        """None when the client may run one more query now (then give() it back), else why not."""
        if self.by_client.get(client, 0) >= CUSTOM_SQL_PER_CLIENT:
            return (f"Du kör redan {CUSTOM_SQL_PER_CLIENT} egna SQL-frågor samtidigt; vänta tills någon är klar "
                    f"och försök igen om {self.retry_after()} s.")
        if self.total >= free_sql_threads(self.datasette.setting("num_sql_threads")):
            return f"Portalen kör många egna SQL-frågor just nu; försök igen om {self.retry_after()} s."
        self.by_client[client] = self.by_client.get(client, 0) + 1
        self.total += 1
        return None

    def give(self, client: str) -> None:
        self.total -= 1
        self.by_client[client] -= 1
        if not self.by_client[client]:
            del self.by_client[client]


async def unknown_column(datasette, name: str, args: list[tuple[str, str]]) -> str | None:
    """The message for the first sort or facet column table or view `name` does not have."""
    asked = [(k, v) for k, v in args if k in COLUMN_ARGS and v]
    if not asked:
        return None
    db = datasette.get_database(DB_NAME)
    is_table = await db.table_exists(name)
    if not (is_table or name in await db.view_names()):
        return None  # Datasette's own 404 (or a report: no such arguments there)
    columns = set(await db.table_columns(name))
    if is_table and not await db.primary_keys(name):
        columns.add("rowid")  # as Datasette: a table without a declared key sorts by rowid
    for arg, column in asked:
        if column not in columns:
            return f"Tabellen {name} har ingen kolumn {column!r} ({arg})."
    return None


@hookimpl
def asgi_wrapper(datasette):
    share = FairShare(datasette)

    def wrap(app):
        async def guarded(scope, receive, send):
            if scope["type"] != "http":
                return await app(scope, receive, send)
            path = scope.get("path", "")
            send = with_security_headers(send, secure=scope.get("scheme") == "https")
            query = urllib.parse.parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
            as_json = path.endswith(".json")
            if DEBUG_PAGE.match(path) and not debug_pages_enabled(datasette):
                return await Response.text("Sidan finns inte.", status=404).asgi_send(send)
            table = TABLE_PAGE.match(path)
            if table:
                problem = await unknown_column(datasette, urllib.parse.unquote(table["name"]), query)
                if problem:
                    log.info("400 %s %s: %s", scope.get("method"), path, problem)
                    return await refusal(400, problem, as_json=as_json).asgi_send(send)
            if CUSTOM_SQL_PAGE.match(path) and any(k == "sql" for k, _ in query):
                client = (scope.get("client") or ("?",))[0]
                refused = share.take(client)
                if refused:
                    log.info("429 %s %s: %s", scope.get("method"), path, client)
                    return await refusal(429, refused, as_json=as_json,
                                         headers={"retry-after": share.retry_after()}).asgi_send(send)
                try:
                    return await app(scope, receive, send)
                finally:
                    share.give(client)
            return await app(scope, receive, send)

        return guarded

    return wrap

