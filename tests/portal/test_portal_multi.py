"""Many municipalities in one portal: `beslut serve A.db B.db ...` and the "alla kommuner" pages."""

from __future__ import annotations

import csv
import io
import shutil

import pytest

from archive import open_archive
from archive.errors import ArchiveError
from archive.export import write_report_csv
from archive.importing import import_files, parse_files
from archive.multi import ARCHIVE_COLUMN, name_archives
from archive.serving import AUTH_HASH_ENV, build_datasette_multi
from archive.synthetic import build_synthetic
from tests.portal.conftest import LINKOPING_SEED, MALMO_SEED


def make_archive(path, *, seed=None, synthetic=None, municipality=None):
    archive = open_archive(path)
    try:
        if seed:
            import_files(archive, parse_files([seed]))
        if synthetic:
            build_synthetic(archive, synthetic, municipality=municipality)
    finally:
        archive.close()
    return path


@pytest.fixture
def three(tmp_path):
    """Three municipalities' archives: Malmö's and Linköping's seeds, and a synthetic Åre."""
    return [make_archive(tmp_path / "a.db", seed=MALMO_SEED), make_archive(tmp_path / "b.db", seed=LINKOPING_SEED),
            make_archive(tmp_path / "c.db", synthetic=300, municipality="Åre")]


@pytest.fixture
async def multi_portal(three):
    ds = build_datasette_multi(name_archives(three))
    await ds.invoke_startup()
    yield ds
    for database in ds.databases.values():
        database.close()


def rows_of(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def test_archives_are_named_by_their_municipality_and_the_same_one_twice_is_refused(three, tmp_path):
    assert [a.name for a in name_archives(three)] == ["Linköping", "Malmö", "Åre"]
    shutil.copy(three[0], tmp_path / "kopia.db")
    with pytest.raises(ArchiveError, match="båda Malmös arkiv"):
        name_archives([three[0], tmp_path / "kopia.db"])
    (tmp_path / "inget.db").write_bytes(b"inte sqlite" * 200)
    with pytest.raises(ArchiveError, match="inget arkiv"):
        name_archives([tmp_path / "inget.db"])
    with pytest.raises(ArchiveError, match="samma arkiv är angivet två gånger"):
        name_archives([three[0], three[0]])


def test_auth_without_the_password_hash_is_refused(three, monkeypatch):
    monkeypatch.delenv(AUTH_HASH_ENV, raising=False)
    with pytest.raises(ArchiveError, match=f"--auth kräver lösenordets hash i miljövariabeln {AUTH_HASH_ENV}"):
        build_datasette_multi(name_archives(three), auth=True)


async def test_each_municipality_is_its_own_database_with_the_reports(multi_portal):
    assert set(multi_portal.databases) - {"_internal"} == {"Linköping", "Malmö", "Åre"}
    start = await multi_portal.client.get("/")
    assert start.status_code == 200 and "Alla kommuner" in start.text
    assert (await multi_portal.client.get("/beslut")).headers["location"] == "/-/alla-kommuner"
    listed = (await multi_portal.client.get("/.json")).json()["kommuner"]
    assert [k["namn"] for k in listed] == ["Linköping", "Malmö", "Åre"]
    page = await multi_portal.client.get("/Malm~C3~B6/ej_expedierade")
    assert page.status_code == 200
    assert "/-/alla-kommuner/ej_expedierade.csv?kommun=Malm%C3%B6" in page.text


async def test_alla_kommuner_is_each_archive_report_with_its_municipality(multi_portal, three):
    response = await multi_portal.client.get("/-/alla-kommuner/ej_expedierade.csv")
    assert response.status_code == 200
    got = rows_of(response.text)
    expected_rows = []
    for archive in name_archives(three):
        out = io.StringIO()
        conn = open_archive(archive.path)
        try:
            write_report_csv(conn, out, "ej_expedierade", {})
        finally:
            conn.close()
        header, *rows = rows_of(out.getvalue())
        expected_rows += [[archive.name, *row] for row in rows]
    assert got[0] == [ARCHIVE_COLUMN, *header]
    assert got[1:] == expected_rows
    assert {row[0] for row in got[1:]} >= {"Malmö"}  # Malmö's seed has decisions not yet sent

    page = await multi_portal.client.get("/-/alla-kommuner/ej_expedierade")
    assert page.status_code == 200 and f"{len(expected_rows)} rader" in page.text
    assert "<td>Malmö</td>" in page.text
    one = rows_of((await multi_portal.client.get("/-/alla-kommuner/ej_expedierade.csv?kommun=%C3%85re")).text)
    assert all(row[0] == "Åre" for row in one[1:])
    # A database's own CSV link is the same export, limited to it; a filter cannot follow.
    own = await multi_portal.client.get("/Malm~C3~B6/ej_expedierade.csv")
    assert rows_of(own.text)[1:] == [r for r in expected_rows if r[0] == "Malmö"]
    assert (await multi_portal.client.get("/Malm~C3~B6/matters.csv?kind=motion")).status_code == 400
    assert (await multi_portal.client.get("/-/export/matters.csv")).status_code == 404
    free_sql = await multi_portal.client.get("/Malm~C3~B6.csv", params={"sql": "select '=1+1' as x"})
    assert free_sql.status_code == 400 and "=1+1" not in free_sql.text
    assert (await multi_portal.client.get("/-/alla-kommuner/finns_inte")).status_code == 404


async def test_alla_kommuner_reads_report_dates_as_the_single_archive_does(multi_portal, three):
    response = await multi_portal.client.get("/-/alla-kommuner/beslutsplanering.csv",
                                             params={"från": "juni 2024", "till": "2024"})
    assert response.status_code == 200
    expected_rows = []
    for archive in name_archives(three):
        out = io.StringIO()
        conn = open_archive(archive.path)
        try:
            write_report_csv(conn, out, "beslutsplanering", {"från": "2024-06-01", "till": "2024-12-31"})
        finally:
            conn.close()
        expected_rows += [[archive.name, *row] for row in rows_of(out.getvalue())[1:]]
    assert expected_rows and rows_of(response.text)[1:] == expected_rows
    bad = await multi_portal.client.get("/-/alla-kommuner/beslutsplanering", params={"från": "snart"})
    assert bad.status_code == 400 and "parametern från" in bad.text


async def test_an_unknown_municipality_and_the_follow_status_of_a_portal_that_follows_nothing_are_404(multi_portal):
    unknown = await multi_portal.client.get("/-/alla-kommuner/ej_expedierade", params={"kommun": "Ingenstans"})
    assert unknown.status_code == 404
    status = await multi_portal.client.get("/-/foljer.json")
    assert status.status_code == 404
    assert status.json() == {"following": False, "error": "Portalen följer ingen replika."}


async def test_verifiera_checks_every_archive(multi_portal):
    report = (await multi_portal.client.get("/-/verifiera.json")).json()
    assert report["ok"] and [r["kommun"] for r in report["arkiv"]] == ["Linköping", "Malmö", "Åre"]
    assert "Alla 3 kedjor är hela" in (await multi_portal.client.get("/-/verifiera")).text


async def test_300_archives_need_no_attach(tmp_path):
    """Past SQLite's ATTACH limit (10; 125 at most): every archive is asked on its own."""
    template = make_archive(tmp_path / "mall.db")
    paths = []
    for n in range(300):
        paths.append(tmp_path / f"kommun-{n:03d}.db")
        shutil.copy(template, paths[-1])
    ds = build_datasette_multi(name_archives(paths))
    await ds.invoke_startup()
    try:
        response = await ds.client.get("/-/alla-kommuner/sammantradesplan?organ=KF&%C3%A5r=2024")
        assert response.status_code == 200 and "0 rader" in response.text
        verified = (await ds.client.get("/-/verifiera.json")).json()
        assert len(verified["arkiv"]) == 300 and verified["ok"]
    finally:
        for database in ds.databases.values():
            database.close()


@pytest.mark.slow
def test_beslut_serve_takes_more_archives(three, server_factory):
    server = server_factory(three[0], str(three[1]), str(three[2]))
    assert "Alla kommuner" in server.get("/").text
    text = server.get("/-/alla-kommuner/ej_expedierade.csv").text
    assert text.startswith(ARCHIVE_COLUMN) and "\r\nMalmö," in text
    server.stop()
    assert "serverar 3 arkiv (Linköping, Malmö, Åre)" in server.output()


async def test_an_archive_that_cannot_answer_is_named_never_left_out(three):
    import sqlite3

    broken = sqlite3.connect(three[2])  # Åre's archive, without the view the report reads
    broken.execute("DROP VIEW unsent_decisions")
    broken.close()
    ds = build_datasette_multi(name_archives(three))
    await ds.invoke_startup()
    try:
        page = await ds.client.get("/-/alla-kommuner/ej_expedierade")
        assert page.status_code == 200
        assert "<strong>Åre:</strong> frågan gick inte att köra: no such table: unsent_decisions" in page.text
        assert "<td>Malmö</td>" in page.text
        verified = (await ds.client.get("/-/verifiera.json")).json()
        assert [r["kommun"] for r in verified["arkiv"]] == ["Linköping", "Malmö", "Åre"]
    finally:
        for database in ds.databases.values():
            database.close()


def _older_archive(path):
    """An archive as the previous version of beslut left it: every migration but the last
    applied (issue 13's linking columns missing), its user_version saying so."""
    from archive.schema import migrations

    archive = open_archive(path, migrate=False)
    try:
        last = list(migrations._migrations)[-1].name
        with archive.write():
            migrations.apply(archive.db, stop_before=last)
            archive.execute(f"PRAGMA user_version = {len(migrations._migrations) - 1}")
    finally:
        archive.close()
    return path


def test_serve_refuses_an_archive_on_another_schema_naming_it(three, tmp_path):
    """`beslut serve A.db OLD.db NEW.db`: an archive on an older schema is refused by name, with
    the command that brings it up to date (which then lets the portal take it); one from a newer
    beslut is refused as newer, never told to run `init` with the older program."""
    import sqlite3
    import subprocess

    from archive.db import SCHEMA_VERSION
    from tests.serving import BESLUT

    def serve(*paths):
        return subprocess.run([BESLUT, "serve", "--port", "1", *map(str, paths)], capture_output=True, text=True,
                              timeout=60)

    old = _older_archive(tmp_path / "gammal.db")
    refused = serve(three[0], old)
    assert refused.returncode == 1, refused.stderr
    assert (f"{old}: arkivet har schemaversion {SCHEMA_VERSION - 1}, portalen läser {SCHEMA_VERSION}; "
            f"kör `beslut --db {old} init` först") in refused.stderr
    assert subprocess.run([BESLUT, "--db", str(old), "init"], capture_output=True, timeout=60).returncode == 0
    assert [a.name for a in name_archives([three[0], old])] == ["gammal", "Malmö"]

    newer = tmp_path / "nyare.db"
    shutil.copy(three[1], newer)
    with sqlite3.connect(newer) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    refused = serve(three[0], newer)
    assert refused.returncode == 1, refused.stderr
    assert (f"{newer.resolve()}: arkivet har schemaversion {SCHEMA_VERSION + 1}, från en nyare version av beslut "
            f"än den här (som läser {SCHEMA_VERSION}); uppdatera beslut") in refused.stderr
    assert "init" not in refused.stderr
