"""/-/anslagstavla: the municipality's digital notice board of justerade protocols, and
its Atom feed (/-/anslagstavla.atom). Thin over archive.anslag (the SQL and the appeal
rule live there), run on the portal's read-only connection in Datasette's worker thread."""

from __future__ import annotations

import datetime as dt
from functools import partial

from archive.anslag import atom_feed, notices
from datasette import Response, hookimpl

DB = "beslut"


async def notice_board(datasette, request):
    await datasette.ensure_permissions(
        request.actor, [("view-table", (DB, "meetings")), ("view-database", DB), "view-instance"]
    )
    today = dt.date.today()
    items = await datasette.get_database(DB).execute_fn(partial(notices, today=today))
    if request.url_vars.get("format") == "atom":
        base = f"{request.scheme}://{request.host}"
        body = atom_feed(items, base_url=base, now=dt.datetime.now(dt.UTC))
        return Response(body, content_type="application/atom+xml; charset=utf-8")
    return Response.html(await datasette.render_template(
        "beslut_anslagstavla.html", {"notices": items, "today": today.isoformat()}, request=request))


@hookimpl
def register_routes():
    return [(r"^/-/anslagstavla(\.(?P<format>atom))?$", notice_board)]


@hookimpl
def menu_links(datasette, actor):
    return [{"href": datasette.urls.path("/-/anslagstavla"), "label": "Anslagstavla"}]
