"""The portal shows the result of the change log's hash chain, as `beslut verify` does."""

from __future__ import annotations

import subprocess


async def test_an_intact_chain_is_shown_whole(portal, seeded):
    rows = seeded.execute("SELECT count(*) FROM changes").fetchone()[0]
    page = await portal.client.get("/-/verifiera")
    assert page.status_code == 200
    assert f"alla {rows} rader stämmer" in page.text
    report = (await portal.client.get("/-/verifiera.json")).json()
    assert report == {"ok": True, "rows": rows, "first_bad_id": None, "problem": None}
    assert 'href="/-/verifiera"' in (await portal.client.get("/")).text  # in the menu


async def test_a_tampered_row_is_named(seeded, db_path, make_portal):
    seeded.close()
    subprocess.run(["sqlite3", str(db_path),
                    "DROP TRIGGER changes_no_update; UPDATE changes SET actor = 'mallory' WHERE id = 5;"], check=True)
    ds = await make_portal(db_path)
    page = await ds.client.get("/-/verifiera")
    assert page.status_code == 409
    assert "Kedjan är bruten vid rad 5" in page.text and "/beslut/changes/5" in page.text
    report = (await ds.client.get("/-/verifiera.json")).json()
    assert (report["ok"], report["first_bad_id"]) == (False, 5)


async def test_the_chain_is_shown_only_to_who_may_see_the_change_log(make_portal, seeded, deny):
    deny(("view-table", ("beslut", "changes")))
    ds = await make_portal(seeded.path)
    assert (await ds.client.get("/beslut")).status_code == 200
    assert (await ds.client.get("/beslut/changes")).status_code == 403
    for url in ("/-/verifiera", "/-/verifiera.json"):
        response = await ds.client.get(url)
        assert response.status_code == 403, url
        assert "rader" not in response.text, url
