"""/-/verifiera: the change log's hash chain checked for the auditor, in the portal.

The same walk as `beslut verify` (archive.chain.verify), over the portal's read-only
connection, in Datasette's worker thread. HTML for people, `.json` for scripts.
"""

from __future__ import annotations

from archive.chain import verify
from datasette import Response, hookimpl

DB = "beslut"


async def verify_chain(datasette, request):
    # The report reads the change log (and links to its rows): for those who may see it.
    await datasette.ensure_permissions(
        request.actor, [("view-table", (DB, "changes")), ("view-database", DB), "view-instance"]
    )
    report = (await datasette.get_database(DB).execute_fn(verify)).to_json()
    if request.url_vars.get("format") == "json":
        return Response.json(report, status=200 if report["ok"] else 409)
    return Response.html(
        await datasette.render_template("beslut_verify.html", {"report": report}, request=request),
        status=200 if report["ok"] else 409,
    )


@hookimpl
def register_routes():
    return [(r"^/-/verifiera(\.(?P<format>json))?$", verify_chain)]


@hookimpl
def menu_links(datasette, actor):
    return [{"href": datasette.urls.path("/-/verifiera"), "label": "Verifiera ändringsloggen"}]
