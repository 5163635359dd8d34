"""Meeting plans through the real CLI and the archive functions."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from click.testing import CliRunner

from archive import meetings
from archive.errors import InvalidValue, NotFound
from archive.matters import ensure_body, get_matter, save_matter
from archive.model import Matter, PlanningStep
from beslut.cli import cli

KS_RULE = "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE"
KS_ARGS = [
    "meetings", "generate", "--body", "Kommunstyrelsen", "--rule", KS_RULE,
    "--from", "2025-01-08", "--to", "2025-12-31", "--skip-month", "7", "--holidays", "next-weekday",
]
# Worked out by hand: every second Wednesday from 8 January 2025. July (9th, 23rd) is
# skipped. No Wednesday of the series is a holiday except 24 December (julafton); the
# next weekday is Monday 29 December (25, 26 Dec are holidays, 27-28 a weekend).
KS_2025 = [
    "2025-01-08", "2025-01-22", "2025-02-05", "2025-02-19", "2025-03-05", "2025-03-19",
    "2025-04-02", "2025-04-16", "2025-04-30", "2025-05-14", "2025-05-28", "2025-06-11",
    "2025-06-25", "2025-08-06", "2025-08-20", "2025-09-03", "2025-09-17", "2025-10-01",
    "2025-10-15", "2025-10-29", "2025-11-12", "2025-11-26", "2025-12-10", "2025-12-29",
]


def run(db_path, *args, exit_code=0):
    result = CliRunner().invoke(cli, ["--db", str(db_path), *args], catch_exceptions=False)
    assert result.exit_code == exit_code, result.output
    return result


def ks_dates(archive):
    return [r["date"] for r in archive.query(
        "SELECT m.date FROM meetings m JOIN bodies b ON b.id = m.body_id"
        " WHERE b.name = 'Kommunstyrelsen' ORDER BY m.date"
    )]


def test_generate_every_second_wednesday_2025(archive, db_path):
    result = run(db_path, *KS_ARGS)
    assert [line.split("\t")[1] for line in result.stdout.splitlines()] == KS_2025
    assert ks_dates(archive) == KS_2025
    moved = archive.query("SELECT date, plan_date FROM meetings WHERE date != plan_date")
    assert moved == [{"date": "2025-12-29", "plan_date": "2025-12-24"}]
    assert "flyttat från 2025-12-24 (julafton)" in result.stderr


def test_generate_cross_checked_with_the_holidays_package(archive, db_path):
    """Not the oracle (KS_2025 is): an independent count with the package's own
    public + de facto categories, to catch a hand-calculation slip."""
    import holidays
    from holidays.constants import DE_FACTO, PUBLIC

    off = holidays.Sweden(years=2025, categories=(PUBLIC, DE_FACTO))
    day, expected = dt.date(2025, 1, 8), []
    while day <= dt.date(2025, 12, 31):
        if day.month != 7:
            moved = day
            while moved in off or moved.weekday() >= 5:
                moved += dt.timedelta(days=1)
            expected.append(moved.isoformat())
        day += dt.timedelta(weeks=2)
    assert expected == KS_2025


def test_regenerating_never_duplicates(archive, db_path):
    run(db_path, *KS_ARGS)
    meetings.cancel_meeting(archive, meetings.get_meeting(archive, "Kommunstyrelsen", "2025-03-05").id)
    meetings.move_meeting(archive, meetings.get_meeting(archive, "Kommunstyrelsen", "2025-04-16").id, "2025-04-17")
    result = run(db_path, *KS_ARGS, "--json")
    report = json.loads(result.stdout)
    assert report["created"] == []
    assert len(report["existing"]) == 24
    dates = ks_dates(archive)
    assert len(dates) == 24
    assert "2025-04-16" not in dates and "2025-04-17" in dates  # a moved meeting does not come back
    assert archive.query("SELECT state FROM meetings WHERE date = '2025-03-05'") == [{"state": "cancelled"}]


def test_holidays_skip_and_last_thursday(archive):
    report = meetings.generate(
        archive, "Kommunfullmäktige", "FREQ=MONTHLY;BYDAY=-1TH", "2025-01-01", "2025-12-31",
        holidays="skip", start_time="18.00",
    )
    # Last Thursdays of 2025 by hand; 29 May (Kristi himmelsfärdsdag) and
    # 25 December (juldagen) are skipped.
    assert report.created == [
        "2025-01-30", "2025-02-27", "2025-03-27", "2025-04-24", "2025-06-26", "2025-07-31",
        "2025-08-28", "2025-09-25", "2025-10-30", "2025-11-27",
    ]
    assert report.skipped == [("2025-05-29", "hoppas över: kristi himmelsfärdsdag"),
                              ("2025-12-25", "hoppas över: juldagen")]
    assert {m.start_time for m in meetings.list_meetings(archive, body="Kommunfullmäktige")} == {"18:00"}


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--rule", "FREQ=SOMETIMES"], "ogiltig RRULE"),
        (["--rule", KS_RULE, "--time", "25:99"], "ingen tid"),
        (["--rule", KS_RULE, "--to", "2024-01-01"], "före startdatum"),
    ],
)
def test_generate_refuses_bad_input_and_writes_nothing(archive, db_path, args, says):
    base = {"--from": "2025-01-08", "--to": "2025-12-31"}
    for i in range(0, len(args), 2):
        base[args[i]] = args[i + 1]
    flat = [x for kv in base.items() for x in kv]
    result = run(db_path, "meetings", "generate", "--body", "Kommunstyrelsen", *flat, exit_code=1)
    assert says in result.output
    assert archive.query("SELECT count(*) AS n FROM meetings") == [{"n": 0}]


def test_bad_date_option_is_a_usage_error(db_path):
    result = run(db_path, "meetings", "generate", "--body", "KS", "--rule", KS_RULE,
                 "--from", "2025-02-30", "--to", "2025-12-31", exit_code=2)
    assert "datumet finns inte" in result.output


def test_move_takes_the_planning_steps_along(archive, db_path):
    meetings.generate(archive, "Kommunstyrelsen", KS_RULE, "2025-01-08", "2025-03-31")
    matter_id = save_matter(archive, Matter(title="Budget", planning=[
        PlanningStep(body="Kommunstyrelsen", date="2025-02-05", role="beslutar", decides=True)]))
    before = get_matter(archive, matter_id)
    meeting_id = meetings.get_meeting(archive, "Kommunstyrelsen", "5 februari 2025").id
    moved = meetings.move_meeting(archive, meeting_id, "2025-02-06")
    assert (moved.meeting.date, moved.meeting.plan_date, moved.moved) == ("2025-02-06", "2025-02-05", 1)
    after = get_matter(archive, matter_id)
    assert after.planning[0].date == "2025-02-06"
    assert after.version == before.version + 1
    with pytest.raises(InvalidValue, match="julafton"):
        meetings.move_meeting(archive, meeting_id, "2025-12-24")
    with pytest.raises(InvalidValue, match="redan ett sammanträde"):
        meetings.move_meeting(archive, meeting_id, "2025-02-19")
    run(db_path, "meetings", "cancel", "--body", "Kommunstyrelsen", "2025-02-06")
    result = run(db_path, "meetings", "move", "--body", "Kommunstyrelsen", "2025-02-06", "2025-02-07", exit_code=1)
    assert "sammanträdet 2025-02-06 är inställt; det flyttas inte" in result.output
    assert get_matter(archive, matter_id).planning[0].date == "2025-02-06"


def test_record_and_list_json(archive, db_path):
    run(db_path, *KS_ARGS)
    result = run(db_path, "meetings", "record", "--body", "Kommunstyrelsen", "2025-03-05",
                 "--approved-on", "12 mars 2025", "--notice-on", "250313")
    assert "sista dag för överklagande 2025-04-03" in result.output
    rows = json.loads(run(db_path, "meetings", "list", "--year", "2025", "--json").stdout)
    march = next(r for r in rows if r["date"] == "2025-03-05")
    assert (march["state"], march["approved_on"], march["notice_posted_on"]) == ("held", "2025-03-12", "2025-03-13")
    # The change log saw the new columns.
    after = archive.query(
        "SELECT after FROM changes WHERE table_name = 'meetings' AND action = 'update' ORDER BY id DESC LIMIT 1"
    )
    assert json.loads(after[0]["after"])["notice_posted_on"] == "2025-03-13"
    result = run(db_path, "meetings", "record", "--body", "Kommunstyrelsen", "2025-03-19",
                 "--approved-on", "2025-03-18", exit_code=1)
    assert "före sammanträdet" in result.output


def test_lead_time_is_stored_on_the_body(archive, db_path):
    run(db_path, *KS_ARGS)
    result = run(db_path, "meetings", "lead-time", "--body", "kommunstyrelsen", "--documents", "15", "--call", "6")
    assert "15 arbetsdagar" in result.output and "6 dagar" in result.output
    assert archive.query("SELECT documents_lead_days, call_lead_days FROM bodies WHERE name = 'Kommunstyrelsen'") == [
        {"documents_lead_days": 15, "call_lead_days": 6}]


# ---------------------------------------------------------------- CSV import


def test_import_semicolon_utf8_bom(archive, db_path, tmp_path):
    path = tmp_path / "plan.csv"
    path.write_bytes("\ufeffOrgan;Datum;Tid;Plats\n"
                     "Kommunstyrelsen;2025-01-15;13:00;Sessionssalen\n"
                     "Kommunstyrelsen;12 februari 2025;;Rådhuset Älvsborg\n"
                     "Kommunfullmäktige;250227;18:00;\n".encode())
    report = json.loads(run(db_path, "meetings", "import", str(path), "--json").stdout)
    assert (report["encoding"], report["delimiter"]) == ("utf-8", ";")
    assert [(r["body"], r["date"]) for r in report["created"]] == [
        ("Kommunstyrelsen", "2025-01-15"), ("Kommunstyrelsen", "2025-02-12"), ("Kommunfullmäktige", "2025-02-27")]
    rows = archive.query("SELECT date, start_time, location FROM meetings ORDER BY date")
    assert rows[1] == {"date": "2025-02-12", "start_time": None, "location": "Rådhuset Älvsborg"}
    again = json.loads(run(db_path, "meetings", "import", str(path), "--json").stdout)
    assert again["created"] == [] and len(again["unchanged"]) == 3
    assert archive.query("SELECT count(*) AS n FROM meetings") == [{"n": 3}]


def test_import_comma_windows_1252_with_body_option(archive, db_path, tmp_path):
    path = tmp_path / "plan.csv"
    path.write_bytes("Datum,Plats\n2025-03-04,Nämndrummet Ö\n2025-04-01,Nämndrummet Ö\n".encode("cp1252"))
    report = json.loads(run(db_path, "meetings", "import", str(path), "--body", "Byggnadsnämnden", "--json").stdout)
    assert (report["encoding"], report["delimiter"]) == ("windows-1252", ",")
    assert archive.query("SELECT DISTINCT location FROM meetings") == [{"location": "Nämndrummet Ö"}]


KS_JAN = "Organ;Datum\nKommunstyrelsen;2025-01-15\n"


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (KS_JAN + "Kommunstyrelsen;2025-02-30\n", "plan.csv:3: fält Datum: datumet finns inte"),
        (KS_JAN + "Kommunstyrelsen;2025-12-24\n", "plan.csv:3: fält Datum: 2025-12-24 är julafton"),
        (KS_JAN + "Kommunstyrelsen;15 jan 2025\n", "plan.csv:3: fält Datum: Kommunstyrelsen 2025-01-15 står två"),
        ("Organ;Dag och tid\nKommunstyrelsen;2025-01-15\n", "plan.csv:1: ingen datumkolumn"),
        ("Organ;Datum;Tid\nKommunstyrelsen;2025-01-15;kl 1\n", "plan.csv:2: fält Tid"),
        ("Datum\n2025-01-15\n", "plan.csv:1: ingen kolumn Organ; ange --body"),
    ],
)
def test_import_errors_name_the_line_and_write_nothing(archive, db_path, tmp_path, content, says):
    path = tmp_path / "plan.csv"
    path.write_text(content, encoding="utf-8")
    result = run(db_path, "meetings", "import", str(path), exit_code=1)
    assert says in result.output
    assert archive.query("SELECT count(*) AS n FROM meetings") == [{"n": 0}]


def test_import_a_body_in_two_municipalities_names_the_line_and_writes_nothing(archive, db_path, tmp_path):
    for municipality in ("Malmö", "Lund"):
        ensure_body(archive, "Kommunstyrelsen", municipality)
    path = tmp_path / "plan.csv"
    path.write_text(KS_JAN, encoding="utf-8")
    result = run(db_path, "meetings", "import", str(path), exit_code=1)
    assert "plan.csv:2: fält Organ: 'Kommunstyrelsen' finns i flera kommuner (Lund, Malmö)" in result.output
    assert archive.query("SELECT count(*) AS n FROM meetings") == [{"n": 0}]


def test_plan_dates_is_pure_and_knows_skipped_months():
    planned = meetings.plan_dates("FREQ=MONTHLY;BYMONTHDAY=24", dt.date(2025, 6, 1), dt.date(2025, 12, 31),
                                  skip_months=[7, 8], holidays="next-weekday")
    assert [(p.plan_date.isoformat(), p.date and p.date.isoformat()) for p in planned] == [
        ("2025-06-24", "2025-06-24"),
        ("2025-09-24", "2025-09-24"),
        ("2025-10-24", "2025-10-24"),
        ("2025-11-24", "2025-11-24"),
        ("2025-12-24", "2025-12-29"),  # julafton -> Monday after Christmas and the weekend
    ]


def malmo_meeting(archive, body, date):
    return archive.execute(
        "SELECT m.id FROM meetings m JOIN bodies b ON b.id = m.body_id"
        " WHERE b.name = ? AND b.municipality = 'Malmö' AND m.date = ?", (body, date)).fetchone()[0]


KS_0814 = ("Kommunstyrelsen", "2024-08-14")  # Malmö's matter has a step on it
KF_LAST = ("Kommunfullmäktige", "2024-11-28")  # no meeting of the body after it (26 Dec: annandag jul)


@pytest.mark.parametrize("setup, refused, error, says", [
    (None, lambda a, m: meetings.record_meeting(a, m, approved_on="2024-08-20", notice_posted_on="2024-08-19"),
     InvalidValue, "anslag 2024-08-19 före justeringen"),
    (lambda a, m: meetings.record_meeting(a, m, approved_on="2024-08-20", notice_posted_on="2024-08-21"),
     lambda a, m: meetings.record_meeting(a, m, approved_on="2024-08-22"), InvalidValue,
     "justering 2024-08-22 efter anslaget 2024-08-21"),
    (None, lambda a, m: meetings.record_meeting(a, m, state="cancelled"), InvalidValue, "okänt läge"),
    (lambda a, m: meetings.cancel_meeting(a, m),
     lambda a, m: meetings.record_meeting(a, m, approved_on="2024-08-20"), InvalidValue, "2024-08-14 är inställt"),
    (None, lambda a, m: meetings.set_state(a, m, "kallad"), InvalidValue, "okänt läge 'kallad'"),
    (None, lambda a, m: meetings.set_state(a, -1, "held"), NotFound, "inget sammanträde med id -1"),
    (lambda a, m: meetings.cancel_meeting(a, m),
     lambda a, m: meetings.set_state(a, m, "held"), InvalidValue, "2024-08-14 är inställt"),
    (lambda a, m: meetings.set_state(a, m, "held"),
     lambda a, m: meetings.cancel_meeting(a, m, move_steps=True), InvalidValue, "redan hållet"),
    (None, lambda a, m: meetings.cancel_meeting(a, malmo_meeting(a, *KF_LAST), move_steps=True),
     NotFound, "inget sammanträde efter 2024-11-28 att flytta till"),
])
def test_meeting_edits_by_id_refuse_and_change_nothing(archive, setup, refused, error, says):
    """The TUI's meeting edits (by id): each refusal names the problem and leaves the
    archive as it was (a cancel that cannot move its steps is not half done)."""
    from archive.demo import build_demo

    list(build_demo(archive))
    meeting_id = malmo_meeting(archive, *KS_0814)
    if setup:
        setup(archive, meeting_id)

    def tables():
        return [archive.query(f"SELECT * FROM {t} ORDER BY id") for t in ("meetings", "planning_steps", "matters")]

    before = tables()
    with pytest.raises(error, match=says):
        refused(archive, meeting_id)
    assert tables() == before


def test_a_plan_that_states_the_year_replaces_an_inferred_one(tmp_path):
    """The real Gullspång list imported first without its year (inferred from the weekdays,
    so marked), then as published, with the year: the meetings are the same and now stand
    as stated, each updated once; the Historik-words for it are Swedish. A plan without a
    year imported after it does not make a stated year inferred again."""
    from archive import open_archive
    from archive.history import describe, lookup_names
    from tests.test_import_plans import GULLSPANG, without_year

    if dt.date.today().year - 12 > 2022:  # the importer infers only recent years (as test_import_plans)
        pytest.skip("2022 is no longer a recent year")
    db = tmp_path / "a.db"

    def listed():
        return json.loads(run(db, "meetings", "list", "--json").output)

    assert run(db, "import", str(without_year(tmp_path))).exit_code == 0
    assert len(listed()) == 86 and all(m["year_inferred"] for m in listed())
    stated = run(db, "import", "--json", str(GULLSPANG))
    assert stated.exit_code == 0, stated.output
    assert len(listed()) == 86 and not any(m["year_inferred"] for m in listed())
    again = tmp_path / "utan_ar_igen.txt"
    again.write_text(without_year(tmp_path).read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert run(db, "import", str(again)).exit_code == 0
    assert not any(m["year_inferred"] for m in listed())
    with open_archive(db) as archive:
        rows = archive.query("SELECT * FROM changes WHERE table_name = 'meetings' AND action = 'update'")
        names = lookup_names(archive, rows)
        told = {describe(row, names).split(": ", 1)[1] for row in rows}
    assert len(rows) == 86 and told == {"året angivet i sammanträdesplanen"}
