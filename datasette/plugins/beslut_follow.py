"""`beslut serve --follow`: how far behind the primary the portal is, where auditors look.

The start page's text gains a line naming the last change the portal's copy holds and when
the replica was last checked; /-/verifiera shows the same (template variable
`beslut_follow`); /-/foljer.json gives it to scripts. The follower itself is
archive/follow.py; this only shows its status.
"""

from __future__ import annotations

import datetime as dt
import html

from archive.follow import follow_note
from datasette import Response, hookimpl


def _follower(datasette):
    return getattr(datasette, "beslut_follower", None)


@hookimpl
def get_metadata(datasette, key, database, table):
    follower = _follower(datasette)
    if follower is None or database is not None:
        return {}
    note = html.escape(follow_note(follower.status(), now=dt.datetime.now(dt.UTC)))
    return {"description_html": f'{datasette.beslut_start_html}\n<p class="beslut-follow"><strong>{note}</strong></p>'}


@hookimpl
def extra_template_vars(datasette):
    follower = _follower(datasette)
    if follower is None:
        return {}
    return {"beslut_follow": follow_note(follower.status(), now=dt.datetime.now(dt.UTC))}


async def follow_status(datasette, request):
    follower = _follower(datasette)
    if follower is None:
        return Response.json({"following": False, "error": "Portalen följer ingen replika."}, status=404)
    await datasette.ensure_permissions(request.actor, ["view-instance"])
    return Response.json(follower.status())


@hookimpl
def register_routes():
    return [(r"^/-/foljer\.json$", follow_status)]
