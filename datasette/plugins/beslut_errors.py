"""Error pages without tracebacks.

Datasette 0.65.5's default handle_exception prints every error, a 404 included, as a rich
traceback WITH LOCAL VARIABLES (and `traceback.print_exc()` for a 500). Its hook returns a
closure that does the printing when Datasette awaits it, and Datasette awaits the closures
of every implementation. So this is a hook *wrapper*: it lets the others run, drops the
default's closure unawaited, and puts ours in its place: the same error page, and one log
line instead of a traceback.
"""

from __future__ import annotations

import logging

from datasette.database import QueryInterrupted
from datasette.utils import add_cors_headers
from datasette.utils.asgi import Base400
from datasette.views.base import DatasetteError
from markupsafe import Markup

from archive.serving import describe
from datasette import Response, hookimpl

log = logging.getLogger("beslut.portal")

DEFAULT_HANDLER_MODULE = "datasette.handle_exception"
MESSAGES = {
    404: "Sidan finns inte.",
    500: "Ett internt fel inträffade. Felet är loggat utan detaljer här.",
}


async def error_response(datasette, request, exception) -> Response:
    title = None
    info: dict = {}
    if isinstance(exception, Base400):
        status = exception.status
        message = exception.args[0] if exception.args else ""
    elif isinstance(exception, DatasetteError):
        status = exception.status
        info = dict(exception.error_dict or {})
        message = Markup(exception.message) if exception.message_is_html else exception.message
        title = exception.title
    elif isinstance(exception, QueryInterrupted):
        # Datasette makes this a 400 on its pages, but lets it through from a ?sql= CSV.
        status, title = 400, "Frågan avbröts"
        message = f"Frågan tog längre tid än portalens gräns på {datasette.setting('sql_time_limit_ms')} ms."
    else:
        status = 500
        message = MESSAGES[500]
    if status == 404:
        message = MESSAGES[404]  # Datasette's own texts are English; the detail goes to the log
    level = logging.ERROR if status >= 500 else logging.INFO
    log.log(level, "%s %s %s: %s", status, request.method, request.path, describe(exception))
    info.update({"ok": False, "error": message, "status": status, "title": title})
    headers = {}
    if datasette.cors:
        add_cors_headers(headers)
    if request.path.split("?")[0].endswith(".json"):
        return Response.json(info, status=status, headers=headers)
    template = datasette.jinja_env.select_template([f"{status}.html", "error.html"])
    html = await template.render_async(
        dict(info, urls=datasette.urls, app_css_hash=datasette.app_css_hash(), menu_links=lambda: [])
    )
    return Response.html(html, status=status, headers=headers)


@hookimpl(wrapper=True)
def handle_exception(datasette, request, exception):
    results = yield
    others = [r for r in results if getattr(r, "__module__", None) != DEFAULT_HANDLER_MODULE]
    return [*others, lambda: error_response(datasette, request, exception)]
