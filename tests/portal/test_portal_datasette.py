"""Datasette v0 in process: the canned schedule, read-only whatever is sent, 404 without traces."""

from __future__ import annotations

import logging
import sqlite3
import urllib.parse

import pytest

from archive.matters import set_step_date
from datasette import hookimpl
from datasette.plugins import pm

MALMO_TITLE = "Revidering av policy för Malmö stads internationella arbete"
HEADER = "Datum,Tid,Organ,Kommun,Sammanträde,Diarienummer,Ärende,Roll,Beslutar\r\n"


def schedule_url(body: str, year: str = "2024", fmt: str = ".csv") -> str:
    return "/beslut/sammantradesplan" + fmt + "?" + urllib.parse.urlencode({"organ": body, "år": year})


@pytest.mark.parametrize(
    ("body", "date", "role", "decides"),
    [
        ("Kommunstyrelsens arbetsutskott", "2024-08-05", "bereder", "nej"),
        ("Kommunstyrelsen", "2024-08-14", "bereder", "nej"),
        ("Kommunfullmäktige", "2024-08-29", "beslutar", "ja"),
    ],
)
async def test_sammantradesplan_csv_holds_the_malmo_date(portal, body, date, role, decides):
    response = await portal.client.get(schedule_url(body))
    assert response.status_code == 200
    assert response.text == HEADER + f"{date},,{body},Malmö,,,{MALMO_TITLE},{role},{decides}\r\n"


async def test_sammantradesplan_other_year_is_empty(portal):
    response = await portal.client.get(schedule_url("Kommunstyrelsen", "2023"))
    assert response.text == HEADER


async def test_sammantradesplan_accepts_body_code(portal):
    response = await portal.client.get(schedule_url("KSAU"))
    assert "2024-08-05,,Kommunstyrelsens arbetsutskott,Malmö" in response.text


async def test_metadata_gives_every_table_a_swedish_title(portal):
    tables = (await portal.client.get("/beslut.json")).json()["tables"]
    shown = [t["name"] for t in tables if not t["hidden"]]
    meta = portal.metadata("tables", database="beslut")
    missing = [name for name in shown if not (meta.get(name) or {}).get("title")]
    assert shown and missing == []
    page = (await portal.client.get("/beslut/planning_steps")).text
    assert "Beslutsplanering (steg)" in page
    assert "Organets roll (bereder, yttrar sig, beslutar, för kännedom)" in page


def sql_url(sql: str) -> str:
    return "/beslut.json?" + urllib.parse.urlencode({"sql": sql})


WRITES = {
    "insert": "INSERT INTO bodies (name) VALUES ('Inbrottsnämnden')",
    "update": "UPDATE matters SET title = 'ändrad'",
    "delete": "DELETE FROM recipients",
    "cte delete": "WITH doomed AS (SELECT id FROM recipients) DELETE FROM recipients WHERE id IN doomed",
    "cte insert": "WITH x(n) AS (SELECT 'Inbrottsnämnden') INSERT INTO bodies (name) SELECT n FROM x",
    "cte update": "WITH x AS (SELECT 1) UPDATE matters SET title = 'ändrad'",
    "replace": "REPLACE INTO bodies (id, name) VALUES (1, 'Inbrottsnämnden')",
    "upsert": "INSERT INTO holidays (date, name) VALUES ('2024-01-01', 'x') ON CONFLICT DO UPDATE SET name = 'x'",
    "attach": "ATTACH DATABASE 'file:{tmp}/intrang.db' AS intrang",
    "pragma write": "PRAGMA journal_mode = DELETE",
    "pragma user_version": "PRAGMA user_version = 4242",
    "pragma query_only off": "PRAGMA query_only = 0",
    "pragma writable_schema": "PRAGMA writable_schema = 1",
    "pragma function": "SELECT * FROM pragma_user_version(7)",
    "load_extension": "SELECT load_extension('/tmp/nothing.so')",
    "two statements": "SELECT 1; DELETE FROM recipients",
    "create table": "CREATE TABLE intrang (x)",
    "create temp table": "CREATE TEMP TABLE intrang (x)",
    "drop table": "DROP TABLE changes",
    "vacuum into": "VACUUM INTO '{tmp}/intrang.db'",
    "fts rebuild": "INSERT INTO matters_fts (matters_fts) VALUES ('rebuild')",
}


@pytest.mark.parametrize("kind", list(WRITES))
async def test_sql_writes_are_refused(portal, seeded, tmp_path, digest, kind):
    seeded.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = digest(seeded.path)
    response = await portal.client.get(sql_url(WRITES[kind].format(tmp=tmp_path)))
    assert response.status_code == 400, response.text
    assert response.json()["ok"] is False
    assert digest(seeded.path) == before
    assert not (tmp_path / "intrang.db").exists()
    assert seeded.query("SELECT count(*) AS n FROM recipients")[0]["n"] == 29


@pytest.mark.parametrize("kind", list(WRITES))
async def test_read_connection_refuses_writes_whatever_datasette_lets_through(portal, seeded, tmp_path, digest, kind):
    """The second and third locks (query_only, the authorizer) on their own: the SQL goes
    straight to a portal connection, past Datasette's check that SQL starts with SELECT."""
    seeded.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = digest(seeded.path)
    conn = portal.get_database("beslut").connect()
    try:
        with pytest.raises(sqlite3.DatabaseError):
            conn.executescript(WRITES[kind].format(tmp=tmp_path))
        assert conn.execute("PRAGMA query_only").fetchone()[0] == 1
        assert conn.execute("PRAGMA user_version").fetchone()[0] != 4242
    finally:
        conn.close()
    assert digest(seeded.path) == before
    assert not (tmp_path / "intrang.db").exists()


async def test_post_to_every_canned_query_is_refused(portal, seeded, digest):
    seeded.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = digest(seeded.path)
    queries = portal.metadata("queries", database="beslut")
    assert len(queries) >= 5
    for name in queries:
        response = await portal.client.post(f"/beslut/{name}", data={"organ": "KS", "år": "2024"})
        assert response.status_code == 405, (name, response.status_code)
    assert digest(seeded.path) == before


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE"])
@pytest.mark.parametrize("path", [
    "/beslut", "/beslut/matters", "/beslut/matters/1", "/beslut/matters/-/insert", "/beslut/matters/1/-/update",
    "/beslut/matters/1/-/delete", "/beslut/matters/-/drop", "/beslut/-/create", "/-/export/matters.csv",
    "/-/login", "/-/password-tool", "/-/messages", "/-/permissions",
])
async def test_other_writing_methods_and_write_api_paths_are_refused(portal, seeded, digest, method, path):
    seeded.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = digest(seeded.path)
    response = await portal.client.request(
        method, path, json={"sql": "DELETE FROM recipients", "row": {"title": "ändrad"}, "table": "x"}
    )
    assert response.status_code == 405, (method, path, response.status_code)
    assert digest(seeded.path) == before


async def test_read_only_connections(portal):
    database = portal.get_database("beslut")
    with pytest.raises(PermissionError):
        database.connect(write=True)
    conn = database.connect()
    assert conn.execute("PRAGMA query_only").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM matters").fetchone()[0] == 2
    with pytest.raises(sqlite3.DatabaseError):  # it would tell the server's file path
        conn.execute("PRAGMA database_list")
    conn.close()
    # The exports' own connection: as locked, with Datasette's SQL functions, plain rows.
    export = database.export_connection()
    try:
        assert export.execute("PRAGMA query_only").fetchone()[0] == 1
        with pytest.raises(sqlite3.DatabaseError):
            export.execute("CREATE TEMP TABLE intrang (x)")
        row = export.execute("SELECT escape_fts('räkne övningar'), title FROM matters WHERE id = 1").fetchone()
        assert type(row) is tuple and row[0] == '"räkne" "övningar"' and row[1].startswith("Motion (MP)")
    finally:
        export.close()


def assert_no_trace(text: str) -> None:
    assert "Traceback" not in text
    assert "locals" not in text.lower()
    # rich prints locals as "name = value" rows inside a box
    assert "│" not in text and "exception =" not in text and "request =" not in text


async def test_unknown_url_is_404_without_traceback(portal, capsys, caplog):
    caplog.set_level(logging.DEBUG)
    response = await portal.client.get("/no/such/page")
    assert response.status_code == 404
    assert "Sidan finns inte." in response.text
    assert_no_trace(response.text)
    out = capsys.readouterr()
    assert_no_trace(out.out + out.err + caplog.text)
    lines = [r for r in caplog.records if r.name == "beslut.portal"]
    assert len(lines) == 1 and lines[0].getMessage().startswith("404 GET /no/such/page: NotFound")
    for url in ("/beslut/no_such_table", "/beslut/matters/99999", "/nope.json"):
        response = await portal.client.get(url)
        assert response.status_code == 404, url
        assert_no_trace(response.text)


class Exploding:
    """A plugin route that fails the way a bug would, with a secret in a local variable."""

    @staticmethod
    @hookimpl
    def register_routes():
        async def boom(request):
            password = "hemligt-lösenord"  # noqa: F841 - must never reach a log or a page
            raise RuntimeError("kaboom")

        return [(r"^/-/boom$", boom)]


async def test_internal_error_is_500_one_log_line_no_locals(make_portal, seeded, capsys, caplog):
    caplog.set_level(logging.DEBUG)
    pm.register(Exploding, name="test-exploding")
    try:
        ds = await make_portal(seeded.path)
        response = await ds.client.get("/-/boom")
    finally:
        pm.unregister(name="test-exploding")
    assert response.status_code == 500
    assert "kaboom" not in response.text and "hemligt" not in response.text
    out = capsys.readouterr()
    everything = out.out + out.err + caplog.text
    assert_no_trace(everything)
    assert "hemligt" not in everything
    assert "500 GET /-/boom: RuntimeError: kaboom" in caplog.text


async def test_sql_csv_past_the_time_limit_is_400_not_an_internal_error(make_portal, seeded, caplog):
    """Datasette's pages make a query cut at the SQL time limit a 400; its ?sql= CSV let it
    through as a 500 logged as an error."""
    caplog.set_level(logging.DEBUG)
    portal = await make_portal(seeded.path, settings={"sql_time_limit_ms": 50})
    endless = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"
    response = await portal.client.get("/beslut.csv?" + urllib.parse.urlencode({"sql": endless}))
    assert response.status_code == 400
    assert "längre tid än portalens gräns på 50 ms" in response.text
    assert_no_trace(response.text)
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


async def test_live_change_shows_on_next_request(portal, seeded):
    assert "2024-08-14" in (await portal.client.get(schedule_url("Kommunstyrelsen"))).text
    set_step_date(seeded, 2, 2, "21 augusti 2024")
    text = (await portal.client.get(schedule_url("Kommunstyrelsen"))).text
    assert "2024-08-21,,Kommunstyrelsen" in text and "2024-08-14" not in text
