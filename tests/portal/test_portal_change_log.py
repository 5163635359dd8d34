"""The portal's Ändringslogg tells each change as the TUI's Historik does (issue 14, defect
10): its "Ändring" column is the sentence archive/history.py gives for that change-log
row, beside the raw values an auditor may need."""

from __future__ import annotations

import json
import urllib.parse

import pytest

from archive import dispatch, meetings
from archive.history import describe, lookup_names, matter_history
from archive.matters import set_step_date
from tests.portal.test_portal_swedish import visible
from tests.tui import tui_sample as sample

ALL = {"ärende": "", "användare": "", "från": "", "till": ""}


def meeting_id(archive, body: str, date: str) -> int:
    return meetings.get_meeting(archive, body, date, municipality="Malmö").id


async def report(portal, **params) -> list[dict]:
    url = "/beslut/andringslogg.json?" + urllib.parse.urlencode({**ALL, **params, "_shape": "objects"})
    response = await portal.client.get(url)
    assert response.status_code == 200, response.text
    return response.json()["rows"]


@pytest.fixture
def changed(archive):
    """The two sample matters with a planning step's date changed (Linköping's KS step),
    a recipient's expediering recorded (Daniel Stendahl) and a meeting moved with the step
    on it (Malmö's KF 29 aug -> 30 aug)."""
    ids = sample.build_all(archive)
    set_step_date(archive, ids["Linköping"], 1, "2024-08-28")
    dispatch.mark_dispatched(archive, ids["Linköping"], [2], on="2024-09-02")
    meetings.move_meeting(archive, meeting_id(archive, "Kommunfullmäktige", "2024-08-29"), "2024-08-30",
                          confirm_order=True)
    return archive, ids


async def test_each_change_is_the_sentence_historik_shows(changed, db_path, make_portal):
    archive, ids = changed
    malmo, linkoping = ids["Malmö"], ids["Linköping"]
    rows = await report(await make_portal(db_path))
    told = {row["Nr"]: row["Ändring"] for row in rows}
    logged = {row["id"]: row for row in archive.query("SELECT * FROM changes")}
    assert set(told) == set(logged)

    def last(table: str, **where) -> int:
        return max(i for i, r in logged.items() if r["table_name"] == table and r["action"] == "update"
                   and all(r[k] == v for k, v in where.items()))

    step = last("planning_steps", matter_id=linkoping)
    expedierad = last("recipients", matter_id=linkoping)
    moved_meeting = last("meetings")
    moved_step = last("planning_steps", matter_id=malmo)
    historik_linkoping = [entry.text for entry in matter_history(archive, linkoping)]
    historik_malmo = [entry.text for entry in matter_history(archive, malmo)]
    assert told[expedierad] == historik_linkoping[0] == "Mottagare Daniel Stendahl: expedierad 2024-09-02"
    assert told[step] == historik_linkoping[1] == "Kommunstyrelsen: datum satt till 28 aug 2024"
    moved = "Kommunfullmäktige: sammanträde flyttat 29 aug → 30 aug 2024"
    assert told[moved_meeting] == told[moved_step] == historik_malmo[0] == moved

    # Every row, whatever its table: the sentence archive.history gives that one row.
    for number, row in logged.items():
        assert told[number] == describe(row, lookup_names(archive, [row])), row
    # The raw columns are kept, exactly as logged.
    by_number = {row["Nr"]: row for row in rows}
    assert json.loads(by_number[expedierad]["Efter"])["sent_on"] == "2024-09-02"
    assert by_number[expedierad]["Före"] == logged[expedierad]["before"]


async def test_a_matters_change_log_reads_as_its_historik(changed, db_path, make_portal):
    """Asked for one matter, the report's sentences newest first are the matter's Historik
    (a meeting moved with its step being one sentence there, the step's)."""
    archive, ids = changed
    portal = await make_portal(db_path)
    for matter in ids.values():
        rows = await report(portal, ärende=str(matter))
        assert [row["Ändring"] for row in rows][::-1] == [entry.text for entry in matter_history(archive, matter)]


async def test_the_report_page_shows_the_sentence_under_a_swedish_heading(changed, db_path, make_portal):
    archive, ids = changed
    portal = await make_portal(db_path)
    page = (await portal.client.get("/beslut/andringslogg?" + urllib.parse.urlencode(
        {**ALL, "ärende": str(ids["Linköping"])}))).text
    shown = visible(page)
    assert "Ändring" in shown and "Mottagare Daniel Stendahl: expedierad 2024-09-02" in shown
    csv = (await portal.client.get("/-/export/andringslogg.csv?" + urllib.parse.urlencode(
        {**ALL, "ärende": str(ids["Linköping"])}))).text
    assert csv.splitlines()[0] == "Nr,Tid (UTC),Användare,Tabell,Rad,Ärende-id,Diarienummer,Åtgärd,Före,Efter,Ändring"
    assert "Mottagare Daniel Stendahl: expedierad 2024-09-02" in csv


async def test_a_name_changed_after_the_report_was_asked_is_told_anew(changed, db_path, make_portal):
    """The names behind ids are kept between rows of a connection, never past a change to
    the archive: a body renamed is told by its new name on the next page, as Historik does."""
    archive, ids = changed
    portal = await make_portal(db_path)
    before = await report(portal, ärende=str(ids["Linköping"]))
    assert before[-1]["Ändring"] == "Mottagare Daniel Stendahl: expedierad 2024-09-02"
    archive.execute("UPDATE addressees SET name = 'Daniel Stendahl Ek' WHERE name = 'Daniel Stendahl'")
    after = await report(portal, ärende=str(ids["Linköping"]))
    assert after[-1]["Ändring"] == "Mottagare Daniel Stendahl Ek: expedierad 2024-09-02"
    assert after[-1]["Ändring"] == matter_history(archive, ids["Linköping"])[0].text


async def test_every_door_of_the_report_tells_the_same_sentences(changed, db_path, tmp_path, make_portal):
    """`beslut export report andringslogg`, the portal's download and its "alla kommuner"
    page over several archives give the same Ändring column."""
    import csv
    import io

    from click.testing import CliRunner

    from archive import open_archive
    from archive.multi import ARCHIVE_COLUMN, name_archives
    from archive.serving import build_datasette_multi
    from archive.synthetic import build_synthetic
    from beslut.cli import cli

    archive, ids = changed
    cli_csv = CliRunner().invoke(cli, ["--db", str(db_path), "export", "report", "andringslogg"],
                                 catch_exceptions=False)
    assert cli_csv.exit_code == 0, cli_csv.output
    portal = await make_portal(db_path)
    portal_csv = (await portal.client.get("/-/export/andringslogg.csv?" + urllib.parse.urlencode(ALL))).text

    def sentences(text: str, column: str = "Ändring") -> list[str]:
        return [row[column] for row in csv.DictReader(io.StringIO(text))]

    said = sentences(portal_csv)
    assert "Mottagare Daniel Stendahl: expedierad 2024-09-02" in said
    assert sentences(cli_csv.output) == said

    other = tmp_path / "are.db"
    generated = open_archive(other)
    try:
        build_synthetic(generated, 30, municipality="Åre")
    finally:
        generated.close()
    both = build_datasette_multi(name_archives([db_path, other]))
    await both.invoke_startup()
    try:
        everywhere = (await both.client.get("/-/alla-kommuner/andringslogg.csv")).text
    finally:
        for database in both.databases.values():
            database.close()
    told = [(row[ARCHIVE_COLUMN], row["Ändring"]) for row in csv.DictReader(io.StringIO(everywhere))]
    assert [text for place, text in told if place == "Åre"] == ["Provarkiv genererat: 30 ärenden"]
    assert [text for place, text in told if place != "Åre"] == said


async def test_the_change_log_tables_pages_tell_the_sentence_beside_the_logged_values(changed, db_path, make_portal):
    """/beslut/changes and a row's page (where /-/verifiera points) show the sentence in the
    Åtgärd cell with the logged word after it; the table's JSON stays the log as stored."""
    archive, ids = changed
    portal = await make_portal(db_path)
    [expedierad] = archive.query("SELECT * FROM changes WHERE table_name = 'recipients' AND action = 'update'"
                                 " AND matter_id = ?", (ids["Linköping"],))
    sentence = "Mottagare Daniel Stendahl: expedierad 2024-09-02"
    assert describe(expedierad, lookup_names(archive, [expedierad])) == sentence
    for url in (f"/beslut/changes/{expedierad['id']}", "/beslut/changes?table_name=recipients&action=update"):
        shown = " ".join(visible((await portal.client.get(url)).text).split())
        assert f"{sentence} (update)" in shown, url
        assert '"sent_on":"2024-09-02"' in shown, url  # the logged image too
    raw = (await portal.client.get(f"/beslut/changes/{expedierad['id']}.json?_shape=objects")).json()
    assert raw["rows"][0]["action"] == "update"
    # A page without the images shows the logged word alone, never a half-told sentence.
    narrow = visible((await portal.client.get("/beslut/changes?_col=action&table_name=recipients")).text)
    assert sentence not in narrow and "update" in narrow


def test_every_column_of_the_directory_is_a_sentence_in_the_change_log(archive):
    """Bodies, the Mottagarregister and its sändlistor belong to no matter's Historik, but the
    portal's log tells their rows too: adding, removing and changing any one column (to
    another value or to nothing) is a Swedish sentence, never the generic "en uppgift",
    a column name, an id or None (as tests/test_history.py walks the matters' tables)."""
    import re

    from archive.history import DIRECTORY_DESCRIBERS, NOT_IN_A_MATTERS_HISTORY, QUIET
    from tests.test_history import _other_values

    sample.build_all(archive)
    assert set(DIRECTORY_DESCRIBERS) == set(NOT_IN_A_MATTERS_HISTORY)
    failures = []

    def tell(action, table, before, after) -> str:
        row = {"action": action, "table_name": table, "before": json.dumps(before) if before else None,
               "after": json.dumps(after) if after else None}
        return describe(row, lookup_names(archive, [row]))

    for table in DIRECTORY_DESCRIBERS:
        [before] = archive.query(f"SELECT * FROM {table} ORDER BY id DESC LIMIT 1")
        for action, images in (("insert", (None, before)), ("delete", (before, None))):
            text = tell(action, table, *images)
            if re.search(r"\bNone\b|_id\b|en uppgift|borttag(en|et) (sändlista|§)|\(borttag", text):
                failures.append((table, action, text))
        for column in archive.db[table].columns:
            if column.name in QUIET:
                continue
            for value in _other_values(archive, table, column, before[column.name]):
                text = tell("update", table, before, {**before, column.name: value})
                if re.search(rf"\bNone\b|_id\b|en uppgift|\b{column.name}\b", text) or text.endswith(": "):
                    failures.append((table, column.name, value, text))
    assert not failures, "\n".join(map(str, failures))
    kf = archive.query("SELECT * FROM bodies WHERE name = 'Kommunfullmäktige' AND municipality = 'Malmö'")[0]
    assert tell("update", "bodies", kf, {**kf, "call_lead_days": 10}) == \
        "Organet Kommunfullmäktige (Malmö): kallelsen 10 dagar före sammanträdet"
