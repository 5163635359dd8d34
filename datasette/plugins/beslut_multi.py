"""`beslut serve A.db B.db ...`: many municipalities in one portal (archive/multi.py does the work).

- / and /-/alla-kommuner: the municipalities (each its database) and the reports, each
  runnable on every archive; /.json the municipalities for scripts.
- /-/alla-kommuner/<rapport>[?param=...]: the report on each archive in turn, the rows shown
  with their municipality (the first rows on the page, all of them as CSV).
- /-/alla-kommuner/<rapport eller tabell>.csv[?kommun=X&_excel=1]: whole, streamed, neutralised;
  `kommun` limits it to one archive (each municipality's pages download through it).
- /-/verifiera(.json): every archive's change-log chain.
The single-archive routes that name the database "beslut" (/-/export, /-/kalender) answer 404
with the way to the same data here; a database's own CSV link is answered by the export above.
"""

from __future__ import annotations

import asyncio
import logging
import re
import urllib.parse

from datasette.utils.asgi import BadRequest, NotFound

from archive import multi
from archive.csvout import csv_chunks
from archive.errors import ArchiveError, InvalidValue
from archive.export import reports
from archive.serving import _authorizer
from datasette import Response, hookimpl
from datasette.plugins import pm

log = logging.getLogger("beslut.portal")

SHOWN_ROWS = 1000  # rows on the page; the CSV has them all
FORMAT_ARGS = {"_excel", "kommun", "_size", "_dl", "_stream", "_labels", "_nocount", "_nofacet", "_nosuggest"}
TABLE_CSV = re.compile(r"^/(?P<db>[^/]+)/(?P<name>[^/]+)\.csv$")
DATABASE_CSV = re.compile(r"^/(?!-/)[^/]+\.csv$")


def _archives(datasette):
    return getattr(datasette, "beslut_archives", None)


def _chosen(datasette, request) -> list[multi.MunicipalArchive]:
    archives = _archives(datasette)
    if archives is None:
        raise NotFound("Portalen visar ett enda arkiv; sidan finns bara när flera kommuner serveras.")
    kommun = request.args.get("kommun")
    if kommun is None:
        return archives
    chosen = [a for a in archives if a.name == kommun]
    if not chosen:
        raise NotFound(f"Portalen har ingen kommun som heter {kommun}.")
    return chosen


def _query(name, request, archives):
    params = {k: request.args.get(k) for k in request.args.keys() if k not in FORMAT_ARGS}
    try:
        return multi.report_query(name, params, archives[0] if archives else None)
    except InvalidValue as error:  # a parameter that is not a date
        raise BadRequest(error.message) from None
    except ArchiveError as error:
        raise NotFound(error.message) from None


def _prepare(datasette):
    def prepare(conn, name):  # the SQL functions plugins give every portal connection
        pm.hook.prepare_connection(conn=conn, database=name, datasette=datasette)
    return prepare


async def index(datasette, request):
    _chosen(datasette, request)
    await datasette.ensure_permissions(request.actor, ["view-instance"])
    listed = [{"name": n, "title": r["title"], "params": r["params"]} for n, r in reports().items()]
    return Response.html(await datasette.render_template(
        "beslut_alla_kommuner.html", {"reports": listed, "archives": _archives(datasette)}, request=request))


async def report_page(datasette, request):
    archives = _chosen(datasette, request)
    await datasette.ensure_permissions(request.actor, ["view-instance"])
    name = request.url_vars["name"]
    known = reports()
    if name not in known:
        raise NotFound(f"Det finns ingen rapport som heter {name}.")
    sql, params = _query(name, request, archives)
    problems: list[multi.Problem] = []

    def run():
        header, batches = multi.run_everywhere(archives, sql, params, prepare=_prepare(datasette),
                                               authorizer=_authorizer, problems=problems)
        shown, total = [], 0
        for batch in batches:
            total += len(batch)
            if len(shown) < SHOWN_ROWS:
                shown.extend(batch[: SHOWN_ROWS - len(shown)])
        return header, shown, total

    header, shown, total = await asyncio.to_thread(run)
    query = urllib.parse.urlencode({k: v for k, v in params.items()})
    return Response.html(await datasette.render_template("beslut_alla_kommuner.html", {
        "report": {"name": name, "title": known[name]["title"], "params": params},
        "header": header, "rows": shown, "total": total, "problems": problems,
        "archives": archives, "query": query,
    }, request=request))


async def export(datasette, request, send, receive):
    archives = _chosen(datasette, request)
    await datasette.ensure_permissions(request.actor, ["view-instance"])
    name = request.url_vars["name"]
    sql, params = _query(name, request, archives)
    excel = request.args.get("_excel") in ("1", "on", "true", "ja")
    header, batches = await asyncio.to_thread(
        multi.run_everywhere, archives, sql, params, prepare=_prepare(datasette), authorizer=_authorizer)
    chunks = csv_chunks(header, lambda: next(batches, []), excel=excel)
    suffix = f"-{request.args['kommun']}" if request.args.get("kommun") else "-alla-kommuner"
    filename = f"{name}{suffix}{'-excel' if excel else ''}.csv"
    await send({"type": "http.response.start", "status": 200, "headers": [
        (b"content-type", b"text/csv; charset=utf-8"),
        (b"content-disposition", f"attachment; filename*=UTF-8''{urllib.parse.quote(filename)}".encode("ascii")),
        (b"cache-control", b"no-store"),
    ]})
    gone = asyncio.Event()

    async def watch_disconnect():  # a client that leaves stops the asking of the other archives
        while (await receive())["type"] != "http.disconnect":
            pass
        gone.set()

    watcher = asyncio.create_task(watch_disconnect())
    try:
        while not gone.is_set():
            try:
                chunk = await asyncio.to_thread(next, chunks, None)
            except ArchiveError as error:
                # An archive failed after the rows of others were sent: the response ends without
                # its last chunk, so the client sees an incomplete download, never a short file
                # that looks whole.
                log.error("export %s för alla kommuner avbruten: %s", name, error)
                return
            if chunk is None:
                await send({"type": "http.response.body", "body": b"", "more_body": False})
                return
            await send({"type": "http.response.body", "body": chunk, "more_body": True})
        log.info("export %s för alla kommuner avbruten: klienten kopplade ner", name)
    finally:
        watcher.cancel()
        batches.close()  # closes the archive being read


async def verify_all(datasette, request):
    archives = _chosen(datasette, request)
    await datasette.ensure_permissions(request.actor, ["view-instance"])
    results = await asyncio.to_thread(multi.verify_everywhere, archives)
    ok = all(r["ok"] for r in results)
    if request.url_vars.get("format") == "json":
        return Response.json({"ok": ok, "arkiv": results}, status=200 if ok else 409)
    return Response.html(await datasette.render_template(
        "beslut_alla_kommuner.html", {"verify": results, "ok": ok, "archives": archives}, request=request),
        status=200 if ok else 409)


@hookimpl
def register_routes():
    return [
        (r"^/-/alla-kommuner/verifiera(\.(?P<format>json))?$", verify_all),
        (r"^/-/alla-kommuner$", index),
        (r"^/-/alla-kommuner/(?P<name>[^/.]+)$", report_page),
        (r"^/-/alla-kommuner/(?P<name>[^/]+)\.csv$", export),
    ]


@hookimpl
def asgi_wrapper(datasette):
    def wrap(app):
        async def multi_paths(scope, receive, send):
            if scope["type"] != "http" or _archives(datasette) is None:
                return await app(scope, receive, send)
            path = scope.get("path", "")
            if path == "/.json":
                archives = _archives(datasette)
                return await Response.json({"kommuner": [
                    {"namn": a.name, "url": datasette.urls.database(a.name)} for a in archives
                ], "alla_kommuner": datasette.urls.path("/-/alla-kommuner")}).asgi_send(send)
            if path == "/":
                # Datasette's start page lists every table of every database with its row count:
                # 3-5 s for 50 archives, 30-40 s for 290. The municipalities and the reports instead.
                return await app({**scope, "path": "/-/alla-kommuner", "raw_path": b"/-/alla-kommuner"},
                                 receive, send)
            if path == "/beslut" and "beslut" not in datasette.databases:
                # The single archive's "Rapporter" menu link: here the reports are per municipality.
                return await Response.redirect(datasette.urls.path("/-/alla-kommuner")).asgi_send(send)
            if path in ("/-/verifiera", "/-/verifiera.json"):
                scope = {**scope, "path": "/-/alla-kommuner/verifiera" + (".json" if path.endswith("json") else "")}
                scope["raw_path"] = scope["path"].encode("ascii")
                return await app(scope, receive, send)
            if path.startswith(("/-/export/", "/-/kalender/")):
                return await Response.text(
                    "Portalen visar flera kommuner: hämta en kommuns data under /-/alla-kommuner "
                    "(?kommun=NAMN).", status=404).asgi_send(send)
            if DATABASE_CSV.match(path):
                # Datasette's CSV of a free ?sql= query: not neutralised against formulas here.
                return await Response.text(
                    "CSV av en egen SQL-fråga finns bara i portalen för ett arkiv; här går sidan att läsa, "
                    "och tabeller och rapporter att ladda ner hela.", status=400).asgi_send(send)
            match = TABLE_CSV.match(path)
            if match and match["db"] != "-":
                from datasette.utils import tilde_decode

                query = urllib.parse.parse_qsl(scope.get("query_string", b"").decode("latin-1"))
                if any(k not in FORMAT_ARGS for k, _ in query):
                    return await Response.text(
                        "En filtrerad tabell kan inte laddas ner i portalen för flera kommuner; "
                        "hela tabellen eller rapporten går: ta bort filtret.", status=400).asgi_send(send)
                db = tilde_decode(urllib.parse.unquote(match["db"]))
                export_path = f"/-/alla-kommuner/{match['name']}.csv"
                args = [("kommun", db), *[(k, v) for k, v in query if k == "_excel"]]
                scope = {**scope, "path": export_path, "raw_path": export_path.encode("ascii", "ignore"),
                         "query_string": urllib.parse.urlencode(args).encode("ascii")}
            return await app(scope, receive, send)

        return multi_paths

    return wrap


@hookimpl
def startup(datasette):
    """`beslut serve` over many archives: Datasette reads every database's schema on the first
    request to one of its own pages (~3 s for 290 archives); read them in the background now."""
    if _archives(datasette) is None or not getattr(datasette, "beslut_warm_schemas", False):
        return None

    async def later():
        await asyncio.sleep(2)  # after the first visitors' start page, which needs no schema
        await datasette.refresh_schemas()

    async def warm():
        datasette.beslut_warming = asyncio.get_running_loop().create_task(later())  # held: not collected

    return warm


@hookimpl
def menu_links(datasette, actor):
    if _archives(datasette) is None:
        return []
    return [{"href": datasette.urls.path("/-/alla-kommuner"), "label": "Alla kommuner"}]


@hookimpl
def extra_template_vars(datasette, database, table, request):
    """On a municipality's pages, the export links go to its archive through /-/alla-kommuner:
    a report with the page's parameters; a table whole (a filter cannot follow: the label says so)."""
    if _archives(datasette) is None or not database or request is None:
        return {}
    name = table or (request.url_vars or {}).get("table")
    if not name:
        return {"beslut_multi": True}
    quoted = urllib.parse.quote(name)
    args = [("kommun", database)]
    label = None
    if name in reports():
        args += [(k, request.args.get(k)) for k in request.args.keys() if k in reports()[name]["params"]]
    elif any(k not in FORMAT_ARGS for k in request.args.keys()):
        label = "hela tabellen (sidans filter följer inte med i portalen för flera kommuner)"
    href = datasette.urls.path(f"/-/alla-kommuner/{quoted}.csv") + "?" + urllib.parse.urlencode(args)
    return {
        "beslut_multi": True,
        "beslut_export_href": href,
        "beslut_export_label": label,
        "beslut_all_href": datasette.urls.path(f"/-/alla-kommuner/{quoted}"),
    }
