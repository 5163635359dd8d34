"""Issue 16, items 2-5: security headers and cookie flags, debug pages off by default, a
fair share of custom queries per client (429 + Retry-After), and a bad sort or facet column
a 400 with one quiet log line."""

from __future__ import annotations

import concurrent.futures
import gc
import logging
import re
import urllib.parse
import warnings

import httpx
import pytest
from datasette_auth_passwords.utils import hash_password

from archive.serving import AUTH_HASH_ENV, CUSTOM_SQL_PER_CLIENT, DEBUG_PAGES

HEADERS = {
    "content-security-policy": re.compile(r"default-src 'self'.*frame-ancestors 'none'"),
    "x-frame-options": re.compile(r"^DENY$"),
    "x-content-type-options": re.compile(r"^nosniff$"),
    "referrer-policy": re.compile(r"^no-referrer$"),
}
PAGES = ["/", "/beslut", "/beslut/matters", "/beslut/matters.json", "/beslut/frister?per=2024-12-01",
         "/-/export/matters.csv", "/beslut.csv?sql=select+1", "/-/kalender/5.ics", "/robots.txt",
         "/-/static/app.css", "/no/such/page", "/-/verifiera"]
ENDLESS = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"


# ------------------------------------------------------------------ item 3


async def test_security_headers_on_every_response(fixed_portal):
    for url in PAGES:
        response = await fixed_portal.client.get(url)
        for name, pattern in HEADERS.items():
            values = response.headers.get_list(name)
            assert len(values) == 1 and pattern.search(values[0]), (url, name, values)


async def test_login_cookie_is_httponly_and_samesite(fixed, monkeypatch, make_portal):
    monkeypatch.setenv(AUTH_HASH_ENV, hash_password("granska-2024", iterations=1000))
    portal = await make_portal(fixed.path, auth=True)
    login = await portal.client.get("/-/login")
    token = re.search(r'name="csrftoken" value="([^"]+)"', login.text)[1]
    response = await portal.client.post(
        "/-/login", data={"username": "revisor", "password": "granska-2024", "csrftoken": token},
        cookies={"ds_csrftoken": login.cookies["ds_csrftoken"]})
    assert response.status_code == 302
    cookies = [v for v in response.headers.get_list("set-cookie") if v.startswith("ds_actor=")]
    assert cookies and all(re.search(r"; HttpOnly", c) and re.search(r"(?i); SameSite=Lax", c) for c in cookies)
    for cookie in login.headers.get_list("set-cookie"):
        assert "HttpOnly" in cookie and "samesite=lax" in cookie.lower(), cookie


# ------------------------------------------------------------------ item 4


async def test_debug_pages_are_off_by_default(fixed_portal, fixed):
    for name in DEBUG_PAGES:
        for url in (f"/-/{name}", f"/-/{name}.json"):
            response = await fixed_portal.client.get(url)
            assert response.status_code == 404, url
    path = str(fixed.path.resolve())
    for url in ("/.json", "/beslut.json", "/beslut", "/-/databases.json",
                "/beslut.json?" + urllib.parse.urlencode({"sql": "select * from pragma_database_list"}),
                "/beslut.json?" + urllib.parse.urlencode({"sql": "select file from pragma_database_list()"})):
        response = await fixed_portal.client.get(url)
        assert path not in response.text and fixed.path.name not in response.text, url


async def test_debug_pages_are_off_under_auth_too(fixed, monkeypatch, make_portal):
    monkeypatch.setenv(AUTH_HASH_ENV, hash_password("granska-2024", iterations=1000))
    portal = await make_portal(fixed.path, auth=True)
    for url in ("/-/allow-debug", "/-/permissions", "/-/threads", "/-/versions.json", "/-/actor.json"):
        assert (await portal.client.get(url)).status_code == 404, url


async def test_an_option_turns_the_debug_pages_on(fixed, make_portal):
    portal = await make_portal(fixed.path, debug_pages=True)
    for url in ("/-/versions.json", "/-/threads.json", "/-/allow-debug", "/-/databases.json"):
        assert (await portal.client.get(url)).status_code == 200, url


def test_serve_has_the_option(fixed, db_path, server_factory):
    fixed.close()
    assert server_factory(db_path).get("/-/versions.json").status_code == 404
    assert server_factory(db_path, "--debug-pages").get("/-/versions.json").status_code == 200


# ------------------------------------------------------------------ item 5


def assert_quiet(caplog, capsys):
    out = capsys.readouterr()
    assert "conn=" not in out.err and "Connection object" not in out.err + caplog.text
    assert "never awaited" not in out.err + caplog.text
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING], caplog.text
    return [r for r in caplog.records if r.name == "beslut.portal"]


@pytest.mark.parametrize("url", [
    "/beslut/matters?_sort=nope", "/beslut/matters?_sort_desc=nope", "/beslut/matters.json?_sort=nope",
    "/beslut/matters?_facet=nope", "/beslut/planning_schedule?_facet=nope", "/beslut/matters?_facet_date=nope",
    "/beslut/matters.json?_facet_array=nope",
])
async def test_unknown_sort_or_facet_column_is_400_and_one_quiet_line(fixed_portal, caplog, capsys, url):
    caplog.set_level(logging.DEBUG)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        response = await fixed_portal.client.get(url)
        gc.collect()  # an unawaited coroutine warns when it is collected
    assert response.status_code == 400, url
    assert "nope" in response.text
    assert not [w for w in caught if "never awaited" in str(w.message)]
    lines = assert_quiet(caplog, capsys)
    assert len(lines) == 1 and lines[0].levelno == logging.INFO


async def test_a_failing_query_is_not_logged_with_its_connection(fixed_portal, caplog, capsys):
    caplog.set_level(logging.DEBUG)
    for sql in ("select nope", "select * from no_such_table where x = :secret"):
        response = await fixed_portal.client.get("/beslut.json?" + urllib.parse.urlencode({"sql": sql, "secret": "s"}))
        assert response.status_code == 400
    assert len(assert_quiet(caplog, capsys)) <= 2


async def test_known_sort_and_facet_still_work(fixed_portal):
    for url in ("/beslut/matters?_sort=title", "/beslut/matters?_facet=kind", "/beslut/planning_steps?_sort=id",
                "/beslut/planning_schedule?_facet=body&_sort_desc=date"):
        assert (await fixed_portal.client.get(url)).status_code == 200, url


# ------------------------------------------------------------------ item 2


def heavy(client: httpx.Client) -> httpx.Response:
    return client.get("/beslut.json?" + urllib.parse.urlencode({"sql": ENDLESS}))


def test_a_client_gets_a_few_custom_queries_at_a_time(fixed, db_path, server_factory):
    """One address running more than its share of ?sql= queries is answered 429 with
    Retry-After; another address can still run one, and pages still answer."""
    fixed.close()
    server = server_factory(db_path)
    greedy = httpx.Client(base_url=server.base, timeout=30,
                          transport=httpx.HTTPTransport(local_address="127.0.0.2"))
    other = httpx.Client(base_url=server.base, timeout=30)
    try:
        with concurrent.futures.ThreadPoolExecutor(CUSTOM_SQL_PER_CLIENT + 3) as pool:
            running = [pool.submit(heavy, greedy) for _ in range(CUSTOM_SQL_PER_CLIENT + 2)]
            answers = [f.result() for f in running]
            refused = [r for r in answers if r.status_code == 429]
            assert len(refused) == 2, [r.status_code for r in answers]
            assert all(r.headers["retry-after"] == "2" and "SQL" in r.json()["error"] for r in refused)
            # Each query let through ran until the 2 s limit stopped it.
            assert sorted(r.status_code for r in answers if r.status_code != 429) == [400] * CUSTOM_SQL_PER_CLIENT
            # While the greedy client holds its share, another address still gets its query and pages.
            hold = [pool.submit(heavy, greedy) for _ in range(CUSTOM_SQL_PER_CLIENT)]
            own = other.get("/beslut.json?" + urllib.parse.urlencode({"sql": "select count(*) from matters"}))
            assert own.status_code == 200
            assert other.get("/beslut/matters").status_code == 200
            assert [f.result().status_code for f in hold] == [400] * CUSTOM_SQL_PER_CLIENT
        # Once its queries are done, the client may run more.
        assert greedy.get("/beslut.json?sql=select+1").status_code == 200
    finally:
        greedy.close()
        other.close()
